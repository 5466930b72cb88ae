"""Toeslagen (Awir): zorgtoeslag, huurtoeslag and kindgebonden budget, over arrays of situations.

Split along the law: `awir.py` (toetsingsinkomen, rounding, the € 24 minimum, the monthly payment),
one rules module per toeslag (`zorgtoeslag.py`, `huurtoeslag.py` with its two dated regimes,
`kindgebonden.py`) and beside each its texts (`*_texts.py`: the explanation and notices in Dutch and
English). `registry.py` lists them; `compute.py` applies them all; `signals.py` says what is not
calculated (Toeslagenwet, tegemoetkoming). See docs/toeslagen.md and docs/architecture.md.
"""

from calc.toeslagen.awir import (
    FLAG_PROJECTED,
    month_from_year,
    project_toetsingsinkomen,
    round_tegemoetkoming,
)
from calc.toeslagen.base import Toeslag, ToeslagenOutcome, ToeslagParts
from calc.toeslagen.compute import (
    compute_toeslagen,
    explain_toeslagen,
    toeslagen_for_income,
    toeslagen_notices,
)
from calc.toeslagen.huurtoeslag import (
    FLAG_HT_NOT_AVAILABLE,
    HuurtoeslagParts,
    HuurtoeslagRates,
    huurtoeslag_month,
    huurtoeslag_parts,
    normhuur,
)
from calc.toeslagen.registry import TOESLAGEN
from calc.toeslagen.signals import toeslagen_signals
from calc.toeslagen.zorgtoeslag import (
    ZorgtoeslagParts,
    ZorgtoeslagRates,
    normpremie,
    zorgtoeslag_month,
    zorgtoeslag_parts,
)

__all__ = [
    "FLAG_HT_NOT_AVAILABLE",
    "FLAG_PROJECTED",
    "TOESLAGEN",
    "HuurtoeslagParts",
    "HuurtoeslagRates",
    "Toeslag",
    "ToeslagParts",
    "ToeslagenOutcome",
    "ZorgtoeslagParts",
    "ZorgtoeslagRates",
    "compute_toeslagen",
    "explain_toeslagen",
    "huurtoeslag_month",
    "huurtoeslag_parts",
    "month_from_year",
    "normhuur",
    "normpremie",
    "project_toetsingsinkomen",
    "round_tegemoetkoming",
    "toeslagen_for_income",
    "toeslagen_notices",
    "toeslagen_signals",
    "zorgtoeslag_month",
    "zorgtoeslag_parts",
]
