"""The Wajong month by month: the entitlement from the actual income, the voorschot from the
estimate, and when UWV pays each difference (corrections, settlements of a voorschot period, the
yearly vakantie-uitkering). See calc/calendar.py and docs/calendar.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc.benefit import WajongRates, compute_wajong
from calc.columns import Columns, group_rows
from calc.explain import LawSource
from calc.money import round_cents
from calc.months import YearMonth, add_months, last_day, month_label
from calc.rates import RateBook, rate_set_key
from calc.toeslagenwet import ToeslagenwetRates, compute_toeslagenwet

Array = NDArray[np.float64]


UWV_VOORSCHOT = LawSource(
    "UWV, Wat gebeurt er met mijn Wajong-uitkering als ik ga werken? (voorschot, nabetaling, terugbetalen)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/"
    "wanneer-verandert-wajong-uitkering/wat-gebeurt-er-met-mijn-wajong-uitkering-als-ik-ga-werken",
)


AIB_4_1_3 = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1 lid 3 (loon telt in het aangiftetijdvak)",
    "https://wetten.overheid.nl/BWBR0029368/2024-01-01#Hoofdstuk4_Artikel4:1",
)


@dataclass(frozen=True)
class MonthlyWajong:
    """Per internal month the Wajong, and the Toeslagenwet top-up UWV pays with it (TW art. 15 lid 3-4)."""

    entitlement: Array  # law: Wajong of the month from the income of the month
    holiday_accrual: Array
    voorschot: Array  # from the estimated income
    without_work: Array
    tw_entitlement: Array  # the Toeslagenwet top-up of the month (what is paid: 0 when the client gets none)
    tw_holiday_accrual: Array
    tw_voorschot: Array  # the top-up on the estimated income

    @property
    def uwv_voorschot(self) -> Array:
        """What UWV advances each month: Wajong and top-up (the toeslagen's projection counts both)."""
        return self.voorschot + self.tw_voorschot


def wajong_by_month(
    actual: Columns, estimate: Columns, days: list[dt.date], book: RateBook, both: Columns | None = None
) -> MonthlyWajong:
    """compute_wajong and compute_toeslagenwet on all months at once, one call per set of rates (actual
    and estimate rows stacked; `both` may pass that stack when the caller has it already)."""
    n = len(actual)
    if both is None:
        both = Columns.concat([actual, estimate])
    keys = [
        (rate_set_key(WajongRates.on(book, d)), rate_set_key(ToeslagenwetRates.on(book, d))) for d in days
    ]
    out = {k: np.zeros(2 * n) for k in ("wajong", "holiday_accrual", "without_work", "tw", "tw_holiday")}
    for idx in group_rows(keys * 2):
        cols, day = both.take(idx), days[idx[0] % n]
        o = compute_wajong(cols, book, day)
        tw = compute_toeslagenwet(cols, o, book, day)
        for f in ("wajong", "holiday_accrual", "without_work"):
            out[f][idx] = getattr(o, f)
        out["tw"][idx], out["tw_holiday"][idx] = tw.toeslag, tw.holiday_accrual
    return MonthlyWajong(
        entitlement=out["wajong"][:n],
        holiday_accrual=out["holiday_accrual"][:n],
        voorschot=out["wajong"][n:],
        without_work=out["without_work"][:n],
        tw_entitlement=out["tw"][:n],
        tw_holiday_accrual=out["tw_holiday"][:n],
        tw_voorschot=out["tw"][n:],
    )


@dataclass(frozen=True)
class WajongPayments:
    """Per internal month: what UWV pays, and which month each correction belongs to."""

    voorschot: Array
    correction: Array  # difference for one earlier month, `lag` months later
    correction_for: list[int | None]  # index of that earlier month
    settlement: Array  # end of a voorschot period: nabetaling (+) or terugvordering (-)
    settlement_for: list[YearMonth | None]  # (first, last) index of the voorschot period
    in_voorschot: NDArray[np.bool_]
    difference: Array  # entitlement - voorschot, per month
    paid_in: list[int]  # index of the month in which each month's difference is paid (may be >= n)


def schedule_wajong_payments(
    entitlement: Array, voorschot: Array, new_job: NDArray[np.bool_], lag: int, period: int
) -> WajongPayments:
    """Who pays what when (our model of UWV practice; docs/calendar.md).

    * voorschot[M] is paid in M (UWV pays "achteraf, aan het eind van de maand").
    * A voorschot period of `period` months starts in each month a job starts; overlapping
      periods join. Its total difference (entitlement - voorschot) is settled in the month
      `lag` months after its last month (UWV: "Blijkt achteraf dat u te weinig voorschot van ons
      heeft gekregen? Dan krijgt u een nabetaling ... te veel ... terugbetalen").
    * Outside a voorschot period the difference of month M is corrected in month M + lag.
    Every month's difference is paid exactly once; `paid_in` says when (possibly after the range).
    """
    n = len(entitlement)
    diff = round_cents(entitlement - voorschot)
    in_v = np.zeros(n, dtype=bool)
    for m in np.flatnonzero(new_job):
        in_v[m : m + period] = True
    correction = np.zeros(n)
    correction_for: list[int | None] = [None] * n
    settlement = np.zeros(n)
    settlement_for: list[YearMonth | None] = [None] * n
    paid_in = [0] * n
    m = 0
    while m < n:
        if in_v[m]:
            end = m
            while end + 1 < n and in_v[end + 1]:
                end += 1
            amount = float(round_cents(diff[m : end + 1].sum()))
            pay = end + lag
            paid_in[m : end + 1] = [pay] * (end + 1 - m)
            if pay < n:
                settlement[pay] += amount
                settlement_for[pay] = (m, end)
            m = end + 1
            continue
        pay = m + lag
        paid_in[m] = pay
        if diff[m] != 0 and pay < n:
            correction[pay] += diff[m]
            correction_for[pay] = m
        m += 1
    return WajongPayments(
        voorschot=voorschot,
        correction=round_cents(correction),
        correction_for=correction_for,
        settlement=round_cents(settlement),
        settlement_for=settlement_for,
        in_voorschot=in_v,
        difference=diff,
        paid_in=paid_in,
    )


def once_a_year(accrual: Array, months: list[YearMonth], pay_month: int) -> Array:
    """Pay in `pay_month` the accrual of the twelve months before it (Wajong art. 3:25, 3:52: the
    vakantie-uitkering in May over the twelve months before May)."""
    paid = np.zeros(len(months))
    for i, (_, m) in enumerate(months):
        if m == pay_month and i >= 12:
            paid[i] = accrual[i - 12 : i].sum()
    return round_cents(paid)


def once_a_year_including(accrual: Array, months: list[YearMonth], pay_month: int) -> Array:
    """Pay in `pay_month` the accrual of the twelve months ending with it (employer's vakantiegeld,
    year 1 June - 31 May, paid in May)."""
    paid = np.zeros(len(months))
    for i, (_, m) in enumerate(months):
        if m == pay_month and i >= 11:
            paid[i] = accrual[i - 11 : i + 1].sum()
    return round_cents(paid)


def outstanding_for_window(pay: WajongPayments, win: slice) -> float:
    """Differences of window months that UWV pays or reclaims after the window."""
    return float(
        round_cents(sum(pay.difference[m] for m in range(win.start, win.stop) if pay.paid_in[m] >= win.stop))
    )


def due_after_window(pay: WajongPayments, months: list[YearMonth], win: slice) -> list[dict[str, Any]]:
    """What the window's months still bring after the calendar: amount per payment month."""
    due: dict[int, float] = {}
    kind: dict[int, str] = {}
    for m in range(win.start, win.stop):
        if pay.paid_in[m] >= win.stop and pay.difference[m] != 0:
            due[pay.paid_in[m]] = due.get(pay.paid_in[m], 0.0) + float(pay.difference[m])
            kind[pay.paid_in[m]] = "settlement" if pay.in_voorschot[m] else "correction"
    return [
        {
            "month": month_label(add_months(*months[0], i)),
            "amount": float(round_cents(a)),
            "kind": kind[i],
        }
        for i, a in sorted(due.items())
    ]


def uwv_pay_date(ym: YearMonth, book: RateBook, day: dt.date) -> str:
    days = book.value("uwv_timing.wajong_pay_day", day)
    d = days.get(str(ym[1]), days["default"])
    return dt.date(ym[0], ym[1], min(int(d), last_day(ym).day)).isoformat()
