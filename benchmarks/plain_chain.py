"""A plain numpy chain over a caseload: the yardstick for the batch's speed (issue 20, benchmarks/run.py).

The main steps of a month's net income for every row, the way one would write them without a
calculation core: the wage, the Wajong beside it, box 1 tax with the heffingskortingen, zorgtoeslag
and huurtoeslag, the net. It reads the same rates (`calc.rates`), so nothing here is an amount of
its own. It skips what makes the batch trustworthy: checking every cell, rounding every step as the
law rounds it, the garantiebedrag, the loonheffingskorting per payer, the Toeslagenwet, a business,
the kindgebonden budget, the settlement with the tax return. So its figures are *not* the rules (never
compare them with calc's); its time is a floor, and `batch compute / plain chain` says what the
rest costs. Figures only; nothing here is tested against the law.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

Array = NDArray[np.float64]
OUT = ("wage", "wajong", "tax_month", "zorgtoeslag", "huurtoeslag", "net")


def _col(df: pd.DataFrame, name: str, default: float = 0.0) -> Array:
    return np.nan_to_num(df[name].to_numpy(dtype=float, na_value=np.nan), nan=default) if name in df else 0.0


def _brackets(income: Array, brackets: list[dict[str, Any]]) -> Array:
    tax, lower = np.zeros_like(income), 0.0
    for b in brackets:
        upper = np.inf if b["upto"] is None else b["upto"]
        tax += np.clip(income - lower, 0.0, upper - lower) * b["rate"]
        lower = upper
    return tax


def _arbeidskorting(wage_year: Array, segments: list[dict[str, Any]]) -> Array:
    out = np.zeros_like(wage_year)
    for s in segments:
        out = np.where(wage_year >= s["from"], s["base"] + (wage_year - s["from"]) * s["rate"], out)
    return np.maximum(out, 0.0)


def plain_chain(df: pd.DataFrame, book: Any, day: dt.date) -> dict[str, Array]:
    """Net income per month for every row of a flat caseload (calc.batch's input columns)."""
    v = lambda key: book.value(key, day)  # noqa: E731
    hours, hourly, lw = _col(df, "hours_per_week"), _col(df, "hourly_wage"), _col(df, "loonwaarde", 1.0)
    wage = hours * hourly * 52 / 12 * np.where(lw > 0, lw, 1.0)
    minimum_month = v("minimum_wage.hourly") * 40 * 52 / 12
    pct = np.where(df["arbeidsvermogen"].to_numpy(dtype=bool), v("wajong.percentage_arbeidsvermogen"),
                   v("wajong.percentage_geen_arbeidsvermogen"))  # fmt: skip
    wajong = np.maximum(pct * (minimum_month - wage), 0.0)
    other = _col(df, "other_income_month")
    year = 12 * (wage + wajong + other) * (1 + v("wajong.vakantie_uitkering_percentage"))
    phaseout = (year - v("income_tax.ahk_phaseout_start")).clip(0) * v("income_tax.ahk_phaseout_rate")
    ahk = np.maximum(v("income_tax.ahk_max") - phaseout, 0.0)
    kortingen = ahk + _arbeidskorting(12 * wage, v("income_tax.arbeidskorting_segments"))
    tax = np.maximum(_brackets(year, v("income_tax.box1_brackets")) - kortingen, 0.0)
    partner = df["partner"].to_numpy(dtype=bool)
    household = year + _col(df, "partner_income_year")
    norm = np.where(partner, v("zorgtoeslag.normpercentage_partner"), v("zorgtoeslag.normpercentage_single"))
    premie = v("zorgtoeslag.standaardpremie") * np.where(partner, 2, 1)
    drempel = v("zorgtoeslag.drempelinkomen")
    above = v("zorgtoeslag.normpercentage_above_drempel") * (household - drempel).clip(0)
    zorg = np.maximum(premie - norm * drempel - above, 0.0) / 12
    rent = np.minimum(_col(df, "rent"), v("huurtoeslag.maximale_huurgrens"))
    kind = np.where(df["persons"].to_numpy() > 1, "multi", "single")
    a = np.where(kind == "single", v("huurtoeslag.factor_a")["single"], v("huurtoeslag.factor_a")["multi"])
    b = np.where(kind == "single", v("huurtoeslag.factor_b")["single"], v("huurtoeslag.factor_b")["multi"])
    normhuur = np.maximum(a * household**2 + b * household, v("huurtoeslag.normhuur_minimum")["single"])
    huur = np.where(rent > 0, np.maximum(rent - normhuur, 0.0) * v("huurtoeslag.share_part_b"), 0.0)
    net = wage + wajong + other - tax / 12 + zorg + huur
    return {
        "wage": wage,
        "wajong": wajong,
        "tax_month": tax / 12,
        "zorgtoeslag": zorg,
        "huurtoeslag": huur,
        "net": net,
    }


def plain_caseload(df: pd.DataFrame, book: Any) -> pd.DataFrame:
    """`plain_chain` per period, the results beside the input, as the batch returns them."""
    out = {
        k: np.full(len(df), np.nan)
        for k in ("wage", "wajong", "tax_month", "zorgtoeslag", "huurtoeslag", "net")
    }
    period = df["period"].to_numpy()
    for p in pd.unique(period):
        rows = np.flatnonzero(period == p)
        part = plain_chain(df.iloc[rows], book, dt.date(int(p[:4]), int(p[5:7]), 1))
        for k, x in part.items():
            out[k][rows] = x
    return pd.concat([df, pd.DataFrame(out)], axis=1)
