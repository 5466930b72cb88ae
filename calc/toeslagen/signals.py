"""What is not calculated but may matter, as a signal next to the result: the tegemoetkoming
arbeidsongeschikten ("check this with UWV"). The Toeslagenwet top-up is computed since issue 16
(calc/toeslagenwet.py); its signal is calc.toeslagenwet_texts.toeslagenwet_signals."""

from __future__ import annotations

from calc.benefit import WajongOutcome
from calc.explain import Notice
from calc.toeslagen.sources import WAJONG_3_75


def toeslagen_signals(wajong: WajongOutcome, i: int = 0) -> list[Notice]:
    """The tegemoetkoming arbeidsongeschikten: every Wajong recipient on 1 July gets it in September;
    the 2025/2026 amounts were not confirmed, so no amount is shown (not calculated, signalled)."""
    out: list[Notice] = []
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
