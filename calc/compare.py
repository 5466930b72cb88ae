"""The answer: what arrives now, and with each job, in money (`python -m calc compare`).

One comparison for the app, its scenario cards, the PDF, the batch and the CLI. Per scenario two
honest numbers, in this order:

* `cash_month`: what arrives in the account in an ordinary month, with the withholding the client
  will really see (the net month: wage + Wajong + other income - loonheffing + toeslagen advances);
* `year_total`: all the year's money once everything is settled: holiday pay included, after the
  final income tax and the final toeslagen (calc.chain.ChainOutcome.year_total). It does not depend
  on who applies the loonheffingskorting; `year_total_per_month` is it divided by 12.

"Now" is the situation without the new job (the last job), keeping any current job. Every scenario
goes through the same chain in one vectorised call. See docs/cli.md.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from calc.advice import loonheffingskorting_advice
from calc.chain import ChainOutcome, carry_toetsingsinkomen, compute_chain
from calc.columns import Columns, columns_from_situation
from calc.compare_texts import headline, job_label, scenario_labels
from calc.costs import costs_of_working, costs_sentences, municipal_signals, social_minimum_share
from calc.errors import InputProblem, InvalidSituation
from calc.money import round_cents
from calc.net import NET_PARTS, TOESLAG_KEYS
from calc.provisional import provisional_list
from calc.rates import RateBook, load_rates, recording
from calc.safety_net import safety_net_list
from calc.situation import CompareRequest, Situation
from calc.validate import check_situation


def compare(req: CompareRequest, book: RateBook | None = None) -> dict[str, Any]:
    """Now, the situation as given, and each variant: cash per month and the year's money, with the
    differences, the loonheffingskorting advice and the headline. Raises InvalidSituation."""
    book = book or load_rates()
    with recording() as used:
        result = _compare(req, book)
    result["provisional"] = provisional_list(used.values())
    return result


def new_work_of(req: CompareRequest) -> str | None:
    """What is new: "job" (the last job), "business" (the business), or None (nothing: no job and no
    business, or none named). `new_work` null: the last job if there is one, else the business."""
    given = req.situation()
    if req.new_work == "business" or (req.new_work is None and not given.jobs and given.business):
        return "business" if given.business is not None else None
    return "job" if given.jobs else None


def scenarios_of(req: CompareRequest) -> tuple[Situation, list[Situation]]:
    """(now, scenarios): the situation as given, then each variant in place of the new (last) job, or in
    place of the business when the business is new (issue 17: "now" is then without it).

    Without any job there is no new job: "now" is the situation as given and the scenarios are the
    variants alone (each a job added to nothing), so nothing is compared with itself.
    """
    given = req.situation()
    if new_work_of(req) == "business":
        now = given.model_copy(update={"business": None})
        return now, [given, *(now.model_copy(update={"jobs": [*now.jobs, *v]}) for v in req.variants)]
    if not given.jobs:
        return given, [given.model_copy(update={"jobs": list(v)}) for v in req.variants]
    current = given.jobs[:-1]
    now = given.model_copy(update={"jobs": current})
    return now, [given, *(given.model_copy(update={"jobs": [*current, *v]}) for v in req.variants)]


def _check(scenarios: list[Situation], n_current: int, book: RateBook) -> None:
    """check_situation for every scenario; a variant's problem names the variant's own field."""
    problems: list[InputProblem] = []
    for k, x in enumerate(scenarios):
        try:
            check_situation(x, book)
        except InvalidSituation as err:
            for p in err.problems:
                problems.append(p if k == 0 else _in_variant(p, k - 1, n_current))
    if problems:
        raise InvalidSituation(list({(p.field, p.message_nl): p for p in problems}.values()))


def _check_new_work(req: CompareRequest, given: Situation) -> None:
    """`new_work` names something the situation does not have."""
    if req.new_work == "business" and given.business is None:
        raise InvalidSituation(
            [
                InputProblem(
                    "new_work", "wat is nieuw: er is geen bedrijf ingevuld (business).", "no business given."
                )
            ]
        )
    if req.new_work == "job" and not given.jobs:
        raise InvalidSituation(
            [InputProblem("new_work", "wat is nieuw: er is geen baan ingevuld (jobs).", "no job given.")]
        )


def _in_variant(p: InputProblem, v: int, n_current: int) -> InputProblem:
    if p.field.startswith("jobs["):
        j = int(p.field[5 : p.field.index("]")])
        if j >= n_current:
            return InputProblem(
                f"variants[{v}][{j - n_current}]{p.field[p.field.index(']') + 1 :]}",
                p.message_nl,
                p.message_en,
            )
    return p


def _compare(req: CompareRequest, book: RateBook) -> dict[str, Any]:
    given = req.situation()
    _check_new_work(req, given)
    now, scenarios = scenarios_of(req)
    new = new_work_of(req)
    # Checked: the situation as given, then each variant (a variant's problem names its own field).
    _check([given, *scenarios[1:]] if new else [given, *scenarios], len(now.jobs), book)
    cols = Columns.concat([columns_from_situation(x) for x in (now, *scenarios)])
    if given.toetsingsinkomen_year is not None:  # given for the situation with the new job
        cols = carry_toetsingsinkomen(columns_from_situation(given), cols, book, given.first_day)
    c = compute_chain(cols, book, given.first_day)
    labels = scenario_labels(now, scenarios, new_job=bool(new), business=new == "business")
    rows = [_scenario(c, i, x, labels[i]) for i, x in enumerate((now, *scenarios))]
    now_row, variants = rows[0], rows[1:]
    costs = costs_of_working(given.costs, book, given.first_day)
    for k, row in enumerate(rows):  # the costs are the new job's: every scenario but "now" has them
        net_costs = costs["net_costs_month"] if k > 0 else 0.0
        row["cash_month_after_costs"] = float(round_cents(row["cash_month"] - net_costs))
        row["year_total_after_costs"] = float(round_cents(row["year_total"] - 12 * net_costs))
    for v in variants:
        v["difference_cash_month"] = float(round_cents(v["cash_month"] - now_row["cash_month"]))
        v["difference_year_total"] = float(round_cents(v["year_total"] - now_row["year_total"]))
        v["difference_year_total_per_month"] = float(round_cents(v["difference_year_total"] / 12))
        for key in ("cash_month_after_costs", "year_total_after_costs"):
            v[f"difference_{key}"] = float(round_cents(v[key] - now_row[key]))
    advice = loonheffingskorting_advice(cols.take(np.array([1 if new else 0])), book, given)
    top = headline(now_row, variants[0] if new else None, advice)
    if new:
        v0 = variants[0]
        top["costs_nl"], top["costs_en"] = costs_sentences(
            v0["difference_cash_month"], v0["difference_cash_month_after_costs"], costs
        )
    else:
        top["costs_nl"], top["costs_en"] = "", ""
    return {
        "period": given.period,
        "rates_as_of": book.latest_start(given.first_day).isoformat(),
        "now": now_row,
        "variants": variants,
        "headline": top,
        "new_work": new,
        "loonheffingskorting": advice,
        "costs": costs,
        "municipal": _municipal(c, cols, book, given) if new else [],
        # Issue 16, part 2: the safety net in sentences with their articles (calc/safety_net.py).
        "safety_net": safety_net_list(given, rows[1 if new else 0]["month"]["wage"], book),
    }


def _municipal(c: ChainOutcome, cols: Columns, book: RateBook, given: Situation) -> list[dict[str, Any]]:
    """The municipality's schemes: now (row 0) against the new job (row 1), as shares of the household's
    social minimum (calc/costs.py)."""
    gross = c.gross_month[:2] + np.where(cols.partner[:2], cols.partner_income_year[:2] / 12, 0.0)
    share = social_minimum_share(gross, c.toeslagenwet.norm_month[:2])
    return municipal_signals(float(share[0]), float(share[1]), book, given.first_day)


def _scenario(c: ChainOutcome, i: int, s: Situation, label: tuple[str, str]) -> dict[str, Any]:
    """One scenario: its jobs, the two numbers, and the parts they are made of."""
    t = c.tax
    return {
        "label_nl": label[0],
        "label_en": label[1],
        "jobs": [
            {**j.model_dump(mode="json"), "label_nl": job_label(j, "nl"), "label_en": job_label(j, "en")}
            for j in s.jobs
        ],
        "business": s.business.model_dump(mode="json") if s.business else None,
        "cash_month": float(c.net_month[i]),
        "year_total": float(c.year_total[i]),
        "year_total_per_month": float(round_cents(c.year_total[i] / 12)),
        "month": {
            **{p.key: _value(p.read(c)[i]) for p in NET_PARTS},
            "net_income": float(c.net_month[i]),
        },
        "year": {
            "holiday_pay": float(t.holiday_pay_year[i]),
            "income_tax": float(t.income_tax_year[i]),
            "iack": float(t.iack[i]),
            "withheld": float(t.withheld_year[i]),
            "settlement": float(t.settlement_year[i]),
            "business_profit": float(t.business.profit[i]),
            "zvw_bijdrage": float(t.zvw_bijdrage_year[i]),
            "voorlopige_aanslag": float(t.voorlopige_aanslag_year[i]),
            **{k: _value(c.toeslagen.parts[k].year[i]) for k in TOESLAG_KEYS},
        },
    }


def _value(x: float) -> float | None:
    return None if np.isnan(x) else float(x)
