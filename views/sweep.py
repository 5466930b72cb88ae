"""The 0-40 hours sweep for the charts, in one vectorised call. The only place the app calls it.

Today this is `calc.chain.sweep` (wage, Wajong, withholding, toeslagen, net per month). When the
lead moves or renames the net sweep (e.g. `calc.evaluate.sweep`), only this function changes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from calc.chain import sweep
from calc.rates import RateBook
from calc.situation import Situation

HOURS = np.arange(0, 41, dtype=float)  # 0, 1, ..., 40 hours per week


def hours_sweep(
    situation: Situation, job_index: int, book: RateBook, hours: np.ndarray = HOURS
) -> pd.DataFrame:
    """One row per number of hours for job `job_index`: hours_per_week, wage, wajong, other_income,
    withholding, zorgtoeslag, huurtoeslag, kindgebonden_budget, gross_income, net_income (NaN where
    not computable)."""
    return sweep(situation, hours, job_index=job_index, book=book)
