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
from views.memo import session_memo

HOURS = np.arange(0, 41, dtype=float)  # 0, 1, ..., 40 hours per week


def hours_sweep(
    situation: Situation, job_index: int, book: RateBook, hours: np.ndarray = HOURS
) -> pd.DataFrame:
    """One row per number of hours for job `job_index`: hours_per_week, wage, wajong, other_income,
    withholding, zorgtoeslag, huurtoeslag, kindgebonden_budget, gross_income, net_income (NaN where
    not computable)."""
    return sweep(situation, hours, job_index=job_index, book=book)


def sweep_key(situation: Situation, job_index: int) -> str:
    """What the sweep of job `job_index` depends on: the situation without that job's hours, so a change
    of hours alone keeps the key. A toetsingsinkomen the client gave is carried from the hours entered
    (calc.chain._sweep_frame), so then the hours stay in the key."""
    if situation.toetsingsinkomen_year is None:
        jobs = list(situation.jobs)
        jobs[job_index] = jobs[job_index].model_copy(update={"hours_per_week": 0.0})
        situation = situation.model_copy(update={"jobs": jobs})
    return f"{job_index}:{situation.model_dump_json()}"


def session_sweep(situation: Situation, job_index: int, book: RateBook) -> tuple[str, pd.DataFrame]:
    """The sweep and its key, computed once per situation in this session (views.memo): a change of
    hours alone reuses it."""
    key = sweep_key(situation, job_index)
    return key, session_memo("hours_sweep", key, lambda: hours_sweep(situation, job_index, book))
