"""What is not calculated but may matter, as signals next to the result: the Toeslagenwet top-up and
the tegemoetkoming arbeidsongeschikten ("check this with UWV")."""

from __future__ import annotations

from calc.benefit import WajongOutcome
from calc.explain import Notice, row
from calc.toeslagen.sources import TW, WAJONG_3_75


def toeslagen_signals(wajong: WajongOutcome, i: int = 0) -> list[Notice]:
    """Toeslagenwet top-up and tegemoetkoming arbeidsongeschikten: not calculated, signalled.

    Toeslagenwet: signalled when a Wajong is paid, there is a partner, and the gross household
    income this month (wage + Wajong + other income + partner's income / 12) is below the minimum
    wage grondslag. Without a partner the Wajong plus earnings is at least 70% (75%) of the
    grondslag, so no signal (docs/toeslagen.md: reasoning, not the TW test itself).
    Tegemoetkoming: every Wajong recipient on 1 July gets it in September; the 2025/2026 amounts
    were not confirmed, so no amount is shown.
    """
    c = wajong.cols
    out: list[Notice] = []
    w = row(wajong.wajong, i)
    household_month = (
        row(c.wage, i)
        + w
        + row(c.other_income, i)
        + (row(c.partner_income_year, i) / 12 if row(c.partner, i) else 0.0)
    )
    if w > 0 and bool(row(c.partner, i)) and household_month < row(wajong.grondslag, i):
        out.append(
            Notice(
                "toeslagenwet_check",
                "Is uw inkomen samen lager dan het sociaal minimum? Dan kunt u misschien een toeslag "
                "op uw Wajong krijgen (Toeslagenwet). Veel mensen vragen die niet aan. Vraag het na "
                "bij UWV. Wij rekenen die toeslag niet uit.",
                "If your household income is below the social minimum, UWV may top up your Wajong "
                "(Toeslagenwet); many people never claim it. Check this with UWV. Not calculated here.",
                sources=(TW,),
            )
        )
    out.append(
        Notice(
            "tegemoetkoming_arbeidsongeschikten",
            "Heeft u op 1 juli recht op Wajong? Dan krijgt u in september van UWV een extra bedrag: "
            "de tegemoetkoming arbeidsongeschikten. Dit bedrag staat niet in deze berekening. Vraag "
            "UWV naar het bedrag.",
            "If you are entitled to Wajong on 1 July, UWV pays the yearly tegemoetkoming "
            "arbeidsongeschikten in September. Not included here (the amount for this year is not "
            "confirmed). Check with UWV.",
            sources=(WAJONG_3_75,),
        )
    )
    return out
