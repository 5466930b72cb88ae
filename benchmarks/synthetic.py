"""Synthetic caseloads for the batch benchmark: plausible Wajong situations, no real people."""

from __future__ import annotations

import numpy as np
import pandas as pd


def synthetic_caseload(
    n: int, seed: int = 8, periods: tuple[str, ...] = ("2026-01", "2026-07")
) -> pd.DataFrame:
    """n rows in the batch's flat format: ages 18-66, about half working, a quarter with
    loondispensatie among those, some partners and rent; spread over `periods`."""
    rng = np.random.default_rng(seed)
    works = rng.random(n) < 0.5
    dispensed = works & (rng.random(n) < 0.25)
    partner = rng.random(n) < 0.2
    age = rng.integers(21, 67, n)
    return pd.DataFrame(
        {
            "client": np.arange(n),
            "period": rng.choice(periods, n),
            "age": age,
            "arbeidsvermogen": rng.random(n) < 0.6,
            "garantiebedrag": np.where(rng.random(n) < 0.05, np.round(rng.uniform(900, 1500, n), 2), np.nan),
            "hours_per_week": np.where(works, np.round(rng.uniform(4, 38, n), 1), np.nan),
            "hourly_wage": np.where(works, np.round(rng.uniform(15.0, 25.0, n), 2), np.nan),
            "loonwaarde": np.where(dispensed, np.round(rng.uniform(0.3, 0.8, n), 2), np.nan),
            "other_income_month": np.where(rng.random(n) < 0.05, np.round(rng.uniform(100, 800, n), 2), 0.0),
            "partner": partner,
            "partner_income_year": np.where(partner, np.round(rng.uniform(0, 40_000, n), 0), 0.0),
            "persons": np.where(partner, 2, 1) + (rng.random(n) < 0.1),
            "rent": np.where(rng.random(n) < 0.6, np.round(rng.uniform(400, 1000, n), 2), 0.0),
            "assets": np.round(rng.exponential(5000, n), 0),
            "loonheffingskorting": rng.choice(["uwv", "employer", "uwv", "uwv"], n),
        }
    )
