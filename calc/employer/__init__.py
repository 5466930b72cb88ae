"""The employer panel (`python -m calc employer`): what hiring this Wajonger costs and what comes
back. `rules.py` holds the rules, `panel.py` applies them per job, `texts.py` explains them."""

from calc.employer.panel import employer_panel
from calc.employer.rules import (
    cost_per_hour,
    employer_cost_year,
    employer_hourly_wage,
    employer_premium_rate,
    highest_loonkostenvoordeel,
    loonkostenvoordeel,
    no_riskpolis_ziekengeld_month,
)

__all__ = [
    "cost_per_hour",
    "employer_cost_year",
    "employer_hourly_wage",
    "employer_panel",
    "employer_premium_rate",
    "highest_loonkostenvoordeel",
    "loonkostenvoordeel",
    "no_riskpolis_ziekengeld_month",
]
