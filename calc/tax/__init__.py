"""Income tax box 1 and loonheffing for a Wajonger who works: the final tax of the year, what
UWV and the employer withhold during the year, and the settlement after the year.

Rules (below AOW age): box 1 tariff (Wet IB 2001 art. 2.10, `box1.py`), algemene heffingskorting
(art. 8.10), arbeidskorting on the wage only (art. 8.11; a Wajong paid by UWV is not
arbeidsinkomen, Kamerstuk 29 544 nr. 1273), jonggehandicaptenkorting (art. 8.16a); kortingen cannot
make the tax negative (art. 8.1; Wfsv art. 9) (`heffingskortingen.py`). Withholding: each payer
applies the tariff to its own payment as if it were the only income, and the loonheffingskorting
only if asked to (Wet LB 1964 art. 22-23; `loonheffing.py`). `outcome.py` applies them to rows;
`texts.py` explains them. See docs/tax.md for what is approximated.
"""

from calc.tax.box1 import box1_tax
from calc.tax.heffingskortingen import (
    algemene_heffingskorting,
    arbeidskorting,
    credits_applied,
    jonggehandicaptenkorting,
)
from calc.tax.loonheffing import TaxRates, holiday_pay_withholding, period_withholding, table_withholding_year
from calc.tax.outcome import LHK_CHOICES, TaxOutcome, compute_tax, tax_on_income
from calc.tax.sources import BD_MEERDERE_INKOMENS, UWV_LHK_WAJONG, WET_LB_22
from calc.tax.texts import explain_tax, tax_warnings

__all__ = [
    "BD_MEERDERE_INKOMENS",
    "LHK_CHOICES",
    "UWV_LHK_WAJONG",
    "WET_LB_22",
    "TaxOutcome",
    "TaxRates",
    "algemene_heffingskorting",
    "arbeidskorting",
    "box1_tax",
    "compute_tax",
    "credits_applied",
    "explain_tax",
    "holiday_pay_withholding",
    "jonggehandicaptenkorting",
    "period_withholding",
    "table_withholding_year",
    "tax_on_income",
    "tax_warnings",
]
