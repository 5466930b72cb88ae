"""The summary PDF's sections, each from calc's own results: the comparison (`calc.compare`), the
calendar (`calc.calendar`), the evaluation of the situation (`calc.evaluate`) and the employer panel.

Nothing is computed here that the app does not show: every amount is read from those results and
formatted; the PDF and the screen say the same numbers (tests/test_report.py, tests/test_compare.py).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from calc.money import eur
from calc.months import long_month
from calc.net import TOESLAG_KEYS, TOESLAG_PARTS
from calc.rates import RateBook
from calc.report_business import business_fact
from calc.situation import CalendarOptions, Situation
from calc.toeslagenwet_texts import flat_zone_hours, flat_zone_sentence

HOURS = np.arange(0, 41, dtype=float)  # the chart: 0, 1, ..., 40 hours per week


def _num(x: float, lang: str = "nl") -> str:
    return f"{x:g}".replace(".", "," if lang == "nl" else ".")


def signed(x: float, lang: str) -> str:
    return ("+ " if x > 0.005 else "") + eur(x, lang)


def facts(s: Situation, T: dict[str, Any], lang: str) -> list[list[str]]:
    """The situation as entered, as label-value pairs (the new job is the last one)."""
    yn = {True: T["yes"], False: T["no"]}
    out = [
        [T["f_age"], str(s.age)],
        [T["f_wajong"], T["f_av_yes"] if s.wajong.arbeidsvermogen else T["f_av_no"]],
    ]
    if s.wajong.garantiebedrag is not None:
        out.append([T["f_garantiebedrag"], eur(s.wajong.garantiebedrag, lang)])
    for n, job in enumerate(s.jobs, start=1):
        text = T["f_job_text"].format(hours=_num(job.hours_per_week, lang), wage=eur(job.hourly_wage, lang))
        if job.loonwaarde is not None:
            text += T["f_loonwaarde"].format(lw=_num(round(100 * job.loonwaarde, 2), lang))
        label = T["f_job_new"] if n == len(s.jobs) else T["f_job"].format(n=n)
        out.append([label, text])
    if not s.jobs and s.business is None:
        out.append([T["f_no_job"], T["f_no_job_text"]])
    out += business_fact(s, T, lang)
    h = s.household
    out += [[T["f_other"], eur(s.other_income_month, lang)], [T["f_partner"], yn[h.partner]]]
    if h.partner:
        out.append([T["f_partner_income"], eur(h.partner_income_year, lang)])
    out += [[T["f_persons"], str(h.persons)], [T["f_rent"], eur(h.rent, lang)]]
    if h.servicekosten:
        out.append([T["f_servicekosten"], eur(h.servicekosten, lang)])
    if h.children_ages:
        out.append([T["f_children"], ", ".join(str(a) for a in h.children_ages)])
    out += [[T["f_assets"], eur(h.assets, lang)], [T["f_lhk"], T["lhk"][s.loonheffingskorting]]]
    if s.toetsingsinkomen_year is not None:
        out.append([T["f_toetsingsinkomen"], eur(s.toetsingsinkomen_year, lang)])
    if s.costs.work_per_month or s.costs.travel_allowance_per_month:  # issue 16: the costs of working
        out.append([T["f_costs"], eur(s.costs.work_per_month, lang)])
        out.append([T["f_travel"], eur(s.costs.travel_allowance_per_month, lang)])
    return out


def answer(cmp: dict[str, Any], lang: str) -> dict[str, Any]:
    """Page 1, in the app's order: the money per month (headline), the year, what to do."""
    h = cmp["headline"]
    return {
        "short": h[f"short_{lang}"],
        "cash": h[f"cash_{lang}"],
        "year": h[f"year_{lang}"],
        "mismatch": h[f"mismatch_{lang}"] or None,
        "advice": [n[lang] for n in h["advice"]],
        # Issue 16: the gain after the costs of working (with its notes), the municipality's schemes.
        "costs": h.get(f"costs_{lang}") or None,
        "costs_notes": [n[lang] for n in (cmp.get("costs") or {}).get("notes") or []],
        "municipal": [m[lang] for m in cmp.get("municipal") or []],
    }


def scenario_table(cmp: dict[str, Any], T: dict[str, Any], lang: str) -> dict[str, Any]:
    """Every scenario on screen: now, the new job, the other jobs; per month and over the year. A
    current job is in every row, so the work column names only what each scenario adds."""
    current = cmp["now"]["jobs"]
    rows = []
    for k, sc in enumerate([cmp["now"], *cmp["variants"]]):
        jobs = sc["jobs"] if k == 0 else sc["jobs"][len(current) :]
        work = "; ".join(j[f"label_{lang}"] for j in jobs) or T["sc_none"]
        row = [sc[f"label_{lang}"], work, eur(sc["cash_month"], lang)]
        row += ["" if k == 0 else signed(sc["difference_cash_month"], lang)]
        row += [eur(sc["year_total"], lang)]
        row += ["" if k == 0 else signed(sc["difference_year_total"], lang)]
        rows.append(row)
    note = T["sc_note"]
    if cmp.get("new_work") == "business":  # "now" is without the business, not without a job (issue 17)
        note = note[: note.rindex("'", 0, note.rindex("'"))] + T["sc_now_business"]
    if current:
        note += " " + T["sc_current"]
    return {
        "header": [T["sc_name"], T["sc_jobs"], T["sc_cash"], T["sc_diff"], T["sc_year"], T["sc_diff_year"]],
        "rows": rows,
        "align": ["left", "left", "right", "right", "right", "right"],
        "note": note,
    }


def chart_svg(
    s: Situation,
    book: RateBook,
    T: dict[str, Any],
    lang: str,
    grondslag: float | None = None,
    disregard_until: str | None = None,
) -> tuple[str, str]:
    """Per month by hours of the new (last) job: the money in the account and the year's money per
    month on average (calc.chain.sweep, the app's hours chart), as SVG; '' without a job. With
    `grondslag` (a business is the new work, issue 17): by the business's profit (the app's profit chart).
    With it the Toeslagenwet's flat zone in words ('' when there is none), as the app says it."""
    if not s.jobs and grondslag is None:
        return "", ""
    import altair as alt
    import pandas as pd
    import vl_convert as vlc

    from calc.business import profit_grid
    from calc.chain import profit_sweep, sweep

    zone = None
    if grondslag is not None and s.business is not None:
        df = profit_sweep(s, profit_grid(s.business.profit_year, grondslag), book)
        x, title, flat = df["profit_year"], T["chart_profit"], ""
    else:
        df = sweep(s, HOURS, job_index=len(s.jobs) - 1, book=book)
        x, title = df["hours_per_week"], T["chart_hours"]
        flat = flat_zone_sentence(HOURS, df["toeslagenwet_flat_zone"].to_numpy(), disregard_until, lang)
        zone = flat_zone_hours(HOURS, df["toeslagenwet_flat_zone"].to_numpy())
    wide = pd.DataFrame(
        {
            "hours_per_week": x,
            T["chart_cash"]: df["net_income"],
            T["chart_year"]: (df["year_total"] / 12).round(2),
        }
    )
    long = wide.melt("hours_per_week", var_name="serie", value_name="eur")
    series = [T["chart_cash"], T["chart_year"]]
    lines = (
        alt.Chart(long)
        .mark_line(strokeWidth=2.5)
        .encode(
            x=alt.X("hours_per_week:Q", title=title),
            y=alt.Y("eur:Q", title=T["chart_eur"], axis=alt.Axis(format=",.0f")),
            # The money in the account solid dark blue, the year's average dashed orange (nl and en).
            color=alt.Color(
                "serie:N",
                title=None,
                legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400),
                scale=alt.Scale(domain=series, range=["#1a4f8b", "#E69F00"]),
            ),
            strokeDash=alt.StrokeDash(
                "serie:N", legend=None, scale=alt.Scale(domain=series, range=[[1, 0], [6, 4]])
            ),
        )
    )
    chart = lines
    if zone:  # shaded as in the app (views/charts.flat_zone_layer); the sentence says it in words
        band = alt.Chart(pd.DataFrame({"start": [zone[0]], "end": [zone[1]]})).mark_rect(color="#AA4499")
        chart = alt.layer(band.encode(x="start:Q", x2="end:Q", opacity=alt.value(0.12)), lines)
    chart = chart.properties(width=440, height=165)
    return vlc.vegalite_to_svg(chart.to_json(), format_locale="nl-NL" if lang == "nl" else "en-GB"), flat


def calendar_settings(
    options: CalendarOptions, period: str, T: dict[str, Any], lang: str, jobs: bool = True
) -> str:
    """The settings the calendar was made with, in words (so the PDF says what was shown); `jobs`: whether
    there is a job whose newness matters (not for a business alone)."""
    parts = [T["cal_set_start"].format(month=long_month(options.start or period, lang), n=options.months)]
    if jobs:
        parts.append(T["cal_set_new_yes"] if options.new_work_at_start else T["cal_set_new_no"])
    if options.hours_per_week_by_month:
        pattern = "; ".join(
            " + ".join(_num(h, lang) for h in e) if isinstance(e, list) else _num(e, lang)
            for e in options.hours_per_week_by_month
        )
        parts.append(T["cal_set_hours"].format(pattern=pattern))
    if options.job_stops_after_months:
        parts.append(T["cal_set_stop"].format(n=options.job_stops_after_months))
    if options.pay_period == "four_weeks":
        parts.append(T["cal_set_four_weeks"])
    if options.tegemoetkoming is not None:
        parts.append(T["cal_set_tegemoetkoming"].format(amount=eur(options.tegemoetkoming, lang)))
    if options.business_profit_realised is not None:
        parts.append(T["cal_set_realised"].format(amount=eur(options.business_profit_realised, lang)))
    return ". ".join(parts) + "."


# The calendar's columns: each adds what is paid into the account (withholding subtracts), so every
# row adds up to "op uw rekening". Holiday pay (employer's and UWV's) is one column.
CALENDAR_COLUMNS = (
    ("cal_wage", ("wage_paid",)),
    ("cal_holiday", ("employer_vakantiegeld", "uwv_vakantie_uitkering")),
    ("cal_wajong", ("wajong_paid",)),
    ("cal_tw", ("toeslagenwet_paid",)),  # only when UWV pays a Toeslagenwet top-up in some month
    ("cal_other", ("other_income", "tegemoetkoming", "business_profit")),
    ("cal_tax", ("withholding", "voorlopige_aanslag")),
    ("cal_toeslagen", TOESLAG_KEYS),
)


def calendar_columns(cal: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The columns of this calendar: the Toeslagenwet top-up only when it is paid in some month."""
    paid = any(m.get("toeslagenwet_paid") for m in cal["months"])
    return tuple(c for c in CALENDAR_COLUMNS if c[0] != "cal_tw" or paid)


def calendar_rows(cal: dict[str, Any], T: dict[str, Any], lang: str) -> list[list[str]]:
    rows = []
    for m in cal["months"]:
        mark = T["cal_lowest_mark"] if "lowest" in m["flags"] else ""
        mark += T["cal_payback_mark"] if "payback" in m["flags"] else ""
        row = [long_month(m["month"], lang) + mark]
        for key, parts in calendar_columns(cal):
            value = sum(m.get(p) or 0.0 for p in parts)
            row.append(eur(-value if key == "cal_tax" else value, lang))
        rows.append([*row, eur(m["net_in"], lang)])
    return rows


def calendar_section(cal: dict[str, Any], settings: str, T: dict[str, Any], lang: str) -> dict[str, Any]:
    """The month table (every row adds up), the lowest month, the calendar's own notes, the job stop."""
    stop = cal.get("job_stop")
    columns = calendar_columns(cal)
    tw = any(k == "cal_tw" for k, _ in columns)
    return {
        "settings": settings,
        "header": [T["cal_month"], *(T[k] for k, _ in columns), T["cal_net"]],
        "rows": calendar_rows(cal, T, lang),
        "align": ["left", *(["right"] * (len(columns) + 1))],
        "columns_note": T["cal_columns_note_tw" if tw else "cal_columns_note"],
        "lowest": (cal.get("lowest_month") or {}).get(f"text_{lang}", ""),
        "notes": [w[lang] for w in cal["warnings"]],
        "job_stop": stop[f"text_{lang}"] if stop else None,
    }


def _toeslag_name(kind: str, lang: str) -> str:
    """'kindgebonden_budget' -> 'Kindgebonden budget': the registry's name, as a sentence starts."""
    names = {p.key: p.label(lang) for p in TOESLAG_PARTS}
    name = names.get(kind, kind.replace("_", " "))
    return name[:1].upper() + name[1:]


def after_year(cmp: dict[str, Any], cal: dict[str, Any] | None, T: dict[str, Any], lang: str) -> list[str]:
    """What is settled after each year of the calendar: the income tax and each toeslag, against
    what was really withheld and paid as advances month by month. Without a calendar: the tax
    settlement of the comparison's year with the new job."""
    out: list[tuple[int, int, str]] = []  # (year, tax first, line)
    for a in (cal or {}).get("after_year") or []:
        if a["kind"] == "inkomstenbelasting":
            out.append(
                (a["year"], 0, _tax_line(a["settlement"], str(a["year"]), T, lang, a.get("iack", 0.0)))
            )
            continue
        amount = a.get("settlement") or 0.0
        if amount > 0.005:
            outcome = T["st_toeslag_back"].format(amount=eur(amount, lang))
        elif amount < -0.005:
            outcome = T["st_toeslag_pay"].format(amount=eur(-amount, lang))
        else:
            outcome = T["st_toeslag_zero"]
        text = T["st_toeslag"].format(
            kind=_toeslag_name(a["kind"], lang),
            year=a["year"],
            paid=eur(a["paid_as_advance"], lang),
            final=eur(a["final"], lang),
            outcome=outcome,
        )
        out.append(
            (a["year"], 1, text + (" " + T["st_when"].format(when=a["when_nl"]) if lang == "nl" else ""))
        )
    if cal is None:
        scenario = cmp["variants"][0] if cmp["variants"] else cmp["now"]
        year = scenario["year"]
        out.append((0, 0, _tax_line(year["settlement"], cmp["period"][:4], T, lang, year.get("iack", 0.0))))
    return [line for _, _, line in sorted(out, key=lambda x: x[:2])]


def _tax_line(settlement: float, year: str, T: dict[str, Any], lang: str, iack: float = 0.0) -> str:
    """The tax settlement of a year; the inkomensafhankelijke combinatiekorting in it, which no payer
    applies (Wet LB 1964 art. 21c), named apart."""
    if settlement > 0.005:
        line = T["st_tax_refund"].format(amount=eur(settlement, lang), year=year)
    elif settlement < -0.005:
        line = T["st_tax_pay"].format(amount=eur(-settlement, lang), year=year)
    else:
        line = T["st_tax_zero"].format(year=year)
    return line + (" " + T["st_tax_iack"].format(amount=eur(iack, lang)) if iack > 0.005 else "")


def employer_section(s: Situation, T: dict[str, Any], lang: str) -> dict[str, Any]:
    from calc.employer import employer_panel

    panel = employer_panel(s)
    rows = []
    for j in panel["jobs"]:
        cost = j["cost"]
        after = cost.get("with_loondispensatie") or cost.get("without_loondispensatie") or {}
        rows.append(
            [
                str(j["index"] + 1),
                _num(j["hours_per_week"], lang),
                eur(j["employer_wage_per_hour"], lang),
                eur(cost["regular"]["per_hour"], lang),
                eur(after.get("per_hour") or cost["regular"]["per_hour"], lang),
                eur(j["lkv"]["year"], lang),
            ]
        )
    keys = ("emp_job", "emp_hours", "emp_wage", "emp_cost", "emp_cost_after", "emp_lkv")
    return {
        "sentence": panel.get(f"sentence_{lang}") or T["emp_none"],
        "header": [T[k] for k in keys],
        "rows": rows,
        "align": ["left", *(["right"] * (len(keys) - 1))],
        "note": T["emp_note"],
    }


def provisional_sentence(cmp: dict[str, Any], T: dict[str, Any], lang: str) -> str | None:
    """Page 1: the sentence that some amounts are not known yet, naming them (calc's `provisional`)."""
    items = cmp.get("provisional") or []
    if not items:
        return None
    names = sorted(
        {
            p["topic_label"] if lang == "nl" else p["parameter"].partition(".")[0].replace("_", " ")
            for p in items
        }
    )
    return T["provisional"].format(year=cmp["period"][:4]) + " " + "; ".join(names) + "."
