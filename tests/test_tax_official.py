"""rates/income_tax.yaml for 2024 and 2025 against the primary sources.

Expected values are the law text itself (Wet IB 2001 as in force on 1 January 2024 and
1 January 2025, read from wetten.overheid.nl through the MinBZK regelrecht-corpus harvest),
published Belastingdienst / UWV figures, or the arithmetic of those rules written out by hand.
None is copied from the code's output. Where our representation differs from the wording of
the law (the arbeidskorting bases), the test states how much, and where.

No Belastingdienst witte maandtabel row for 2024 or 2025 was found in the stored corpora
(see /work/research/confirm-2.md); the withholding tests for those years are hand arithmetic
of the Rekenvoorschriften method that reproduces the 2026 table rows (tests/test_tax.py).
"""

from __future__ import annotations

import datetime as dt
from math import ceil, floor

import numpy as np
import pytest

from calc.rates import RATES_DIR, load_rates_file
from calc.tax import (
    TaxRates,
    algemene_heffingskorting,
    arbeidskorting,
    box1_tax,
    period_withholding,
)

D2024, D2025 = dt.date(2024, 6, 1), dt.date(2025, 6, 1)

WET_IB_2024 = "https://wetten.overheid.nl/BWBR0011353/2024-01-01"
WET_IB_2025 = "https://wetten.overheid.nl/BWBR0011353/2025-01-01"

# ---------------------------------------------------------------- box 1 tariff, art. 2.10

# Wet IB 2001 art. 2.10 lid 1, the table as printed in the law (columns I, II, III, IV):
# income above I and not above II pays III + IV x (income - I). This is the *belasting* only.
# 2024: WET_IB_2024#Artikel2.10 ; 2025: WET_IB_2025#Artikel2.10
ART_2_10 = {
    D2024: [(0, 38098, 0, 0.0932), (38098, 75518, 3550, 0.3697), (75518, None, 17384, 0.4950)],
    D2025: [(0, 38441, 0, 0.0817), (38441, 76817, 3140, 0.3748), (76817, None, 17523, 0.4950)],
}
# Premies volksverzekeringen below AOW age: AOW 17,90% + Anw 0,10% + Wlz 9,65% = 27,65%, over the
# income up to the end of the first bracket (Belastingdienst, "Box 1 - tarieven": 35,82% = 8,17%
# belasting + 27,65% premies in 2025; Nieuwsbrief Loonheffingen 2024, tabel 1: 36,97% = 9,32% +
# 27,65%). https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/
# inkomstenbelasting/heffingskortingen_boxen_tarieven/boxen_en_tarieven/box_1/
PREMIES_VV = 0.1790 + 0.0010 + 0.0965


def law_tax_2_10(day: dt.date, income: float) -> float:
    """Belasting by the art. 2.10 table plus premies volksverzekeringen over the first bracket."""
    rows = ART_2_10[day]
    tax = 0.0
    for lower, upper, base, rate in rows:
        if income > lower and (upper is None or income <= upper):
            tax = base + rate * (income - lower)
    return tax + PREMIES_VV * min(income, rows[0][1])


@pytest.mark.parametrize("day", [D2024, D2025], ids=["2024", "2025"])
@pytest.mark.parametrize(
    "income", [1000, 12000, 24030, 38000, 38098, 38441, 45000, 60000, 75518, 76817, 80000, 150000]
)
def test_box1_tariff_is_the_law_table_plus_premies(book, day, income):
    """Our combined brackets give the law's belasting + 27,65% premies, within the € 1 that the
    law loses by printing column III in whole euros (e.g. 2025: 38.441 x 8,17% = 3.140,63 -> 3.140)."""
    brackets = book.value("income_tax.box1_brackets", day)
    assert float(box1_tax(income, brackets)) == pytest.approx(law_tax_2_10(day, income), abs=1.0)


def test_first_bracket_rates_add_up_to_the_published_combined_rates():
    """2024: 9,32% + 27,65% = 36,97% (the same rate as the law's second row, hence one combined
    row up to € 75.518, as the Nieuwsbrief Loonheffingen 2024 tabel 1 prints it for below AOW age).
    2025: 8,17% + 27,65% = 35,82% (Belastingdienst, Box 1 - tarieven 2025)."""
    f = load_rates_file(RATES_DIR / "income_tax.yaml").parameters["box1_brackets"].values
    b2024, b2025 = f[D2024.replace(month=1)], f[D2025.replace(month=1)]
    assert b2024[0]["rate"] == pytest.approx(0.0932 + PREMIES_VV) == pytest.approx(0.3697)
    assert [r["upto"] for r in b2024] == [75518, None]
    assert b2025[0]["rate"] == pytest.approx(0.0817 + PREMIES_VV) == pytest.approx(0.3582)
    assert [r["upto"] for r in b2025] == [38441, 76817, None]
    assert [r["rate"] for r in b2025[1:]] == [0.3748, 0.495]


# ---------------------------------------------------------------- algemene heffingskorting, art. 8.10


def law_ahk(day: dt.date, income: float) -> float:
    """Art. 8.10 lid 2, verbatim amounts.
    2024 (WET_IB_2024#Artikel8.10): "€ 3.362, verminderd, doch niet verder dan tot nihil, met 6,630%
    van het gedeelte van het belastbare inkomen uit werk en woning dat meer bedraagt dan € 24.812".
    2025 (WET_IB_2025#Artikel8.10): "€ 3.068, ... met 6,337% van het gedeelte van het
    verzamelinkomen dat meer bedraagt dan € 28.406"."""
    if day == D2024:
        return max(3362 - 0.06630 * max(income - 24812, 0), 0.0)
    return max(3068 - 0.06337 * max(income - 28406, 0), 0.0)


@pytest.mark.parametrize("day", [D2024, D2025], ids=["2024", "2025"])
def test_ahk_is_art_8_10(book, day):
    r = TaxRates.on(book, day)
    incomes = np.arange(0, 90_001, 250.0)
    got = algemene_heffingskorting(incomes, r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value)
    np.testing.assert_allclose(got, [law_ahk(day, y) for y in incomes], atol=1e-9)


# ---------------------------------------------------------------- arbeidskorting, art. 8.11


def law_arbeidskorting(day: dt.date, ai: float) -> float:
    """Art. 8.11 lid 2 as worded: a running sum with caps ("waarbij de som ... niet meer bedraagt
    dan"), then the phase-out, not below nil.
    2024 (WET_IB_2024#Artikel8.11): 8,425% max € 968; + 31,433% above € 11.490, sum max € 5.158;
    + 2,471% above € 24.820, sum max € 5.532; - 6,51% above € 39.957.
    2025 (WET_IB_2025#Artikel8.11): 8,053% max € 980; + 30,030% above € 12.169, sum max € 5.220;
    + 2,258% above € 26.288, sum max € 5.599; - 6,51% above € 43.071."""
    if day == D2024:
        r1, c1, k1, r2, c2, k2, r3, c3, k3 = 0.08425, 968, 11490, 0.31433, 5158, 24820, 0.02471, 5532, 39957
    else:
        r1, c1, k1, r2, c2, k2, r3, c3, k3 = 0.08053, 980, 12169, 0.30030, 5220, 26288, 0.02258, 5599, 43071
    a = min(r1 * ai, c1)
    ab = min(a + r2 * max(ai - k1, 0), c2)
    abc = min(ab + r3 * max(ai - k2, 0), c3)
    return max(abc - 0.0651 * max(ai - k3, 0), 0.0)


@pytest.mark.parametrize("day", [D2024, D2025], ids=["2024", "2025"])
def test_arbeidskorting_is_art_8_11_to_the_cent(book, day):
    """The law's capped running sum, also at and around the knikpunten (e.g. 2025 at € 43.071:
    5.220 + 2,258% x 16.783 = 5.598,96, not the next segment's base 5.599)."""
    segs = book.value("income_tax.arbeidskorting_segments", day)
    ai = np.concatenate([np.arange(0, 140_000, 1.37), [11490, 12169, 24820, 26288, 39957, 43071]])
    ours = arbeidskorting(ai, segs)
    law = np.array([law_arbeidskorting(day, x) for x in ai])
    np.testing.assert_allclose(ours, law, atol=1e-6)
    assert arbeidskorting(np.array([43071.0]), segs)[0] == pytest.approx(
        5220 + 0.02258 * (43071 - 26288) if day == D2025 else law_arbeidskorting(day, 43071), abs=1e-6
    )


def test_arbeidskorting_maxima_and_nulpunten():
    """Published: Nieuwsbrief Loonheffingen 2024 tabel 2a (maximum € 5.532 "bereikt bij € 39.957";
    afbouw "bereikt bij € 124.934"), Belastingdienst "Loonheffingskorting als u meer dan 1 inkomen
    hebt": "Vanaf € 124.935 ... krijgt u geen loonheffingskorting meer". 2025 by hand from art. 8.11:
    43.071 + 5.599 / 6,51% = 129.077,96."""
    book_day = {D2024: (39957, 124935), D2025: (43071, ceil(43071 + 5599 / 0.0651))}
    assert book_day[D2025][1] == 129078
    for day, (top, zero) in book_day.items():
        assert law_arbeidskorting(day, zero) == 0.0
        assert law_arbeidskorting(day, zero - 1000) > 0
        assert law_arbeidskorting(day, top) == pytest.approx({D2024: 5532, D2025: 5599}[day], abs=0.05)


@pytest.mark.parametrize("day", [D2024, D2025], ids=["2024", "2025"])
def test_our_arbeidskorting_reaches_nil_where_the_law_does(book, day):
    segs = book.value("income_tax.arbeidskorting_segments", day)
    zero = {D2024: 124935, D2025: 129078}[day]
    assert float(arbeidskorting(zero, segs)) == 0.0
    assert float(arbeidskorting(zero - 1000, segs)) == pytest.approx(0.0651 * 1000, abs=0.1)


# ---------------------------------------------------------------- jonggehandicaptenkorting, art. 8.16a


@pytest.mark.parametrize(
    ("day", "amount"),
    [
        # WET_IB_2024#Artikel8.16a: "De jonggehandicaptenkorting bedraagt € 898."
        (D2024, 898),
        # WET_IB_2025#Artikel8.16a: "De jonggehandicaptenkorting bedraagt € 909."; UWV,
        # https://uwv.nl/nl/premies-bedragen/jonggehandicaptenkorting: "in 2025 € 909".
        (D2025, 909),
    ],
    ids=["2024", "2025"],
)
def test_jonggehandicaptenkorting_is_art_8_16a(book, day, amount):
    assert book.value("income_tax.jonggehandicaptenkorting", day) == amount


def test_jgk_per_month_2025_is_909_divided_by_12(book):
    """Rendement / Fundament voor...: "€ 909/12 = € 75,75" per month (2025). Table € 2.002,50,
    loonheffingskorting applied: the JGK slice comes off the table amount."""
    r = TaxRates.on(book, D2025)
    with_jgk = period_withholding(2002.50, r, True, True, True)
    without = period_withholding(2002.50, r, True, True, False)
    assert float(without - with_jgk) == pytest.approx(75.75)


# ---------------------------------------------------------------- withholding 2024 and 2025, by hand


def test_witte_maandtabel_2025_method_by_hand(book):
    """Tabelloon € 2.002,50 (2025), the Rekenvoorschriften steps with the art. 2.10 / 8.10 / 8.11
    amounts: year 24.030; tariff floor(24.030 x 35,82%) = 8.607; AHK 3.068 (below € 28.406);
    AK ceil(980 + 30,03% x (24.030 - 12.169)) = ceil(4.541,86) = 4.542."""
    r = TaxRates.on(book, D2025)
    tariff = floor(24030 * 0.3582)
    zonder = round(tariff / 12, 2)
    met = round((tariff - 3068 - ceil(980 + 0.3003 * (24030 - 12169))) / 12, 2)
    got = period_withholding([2002.50, 2002.50], r, [False, True], [True, True], [False, False])
    np.testing.assert_allclose(got, [zonder, met], atol=0.001)
    assert (zonder, met) == (717.25, 83.08)


def test_witte_maandtabel_2024_method_by_hand(book):
    """Tabelloon € 3.001,50 (2024): year 36.018 (below € 38.098, one combined rate 36,97%);
    tariff floor(36.018 x 36,97%) = 13.315; AHK ceil(3.362 - 6,63% x (36.018 - 24.812)) = 2.620;
    AK ceil(5.158 + 2,471% x (36.018 - 24.820)) = ceil(5.434,70) = 5.435."""
    r = TaxRates.on(book, D2024)
    year = 3001.50 * 12
    tariff = floor(year * 0.3697)
    ahk = ceil(3362 - 0.0663 * (year - 24812))
    ak = ceil(5158 + 0.02471 * (year - 24820))
    assert (tariff, ahk, ak) == (13315, 2620, 5435)
    got = period_withholding([3001.50, 3001.50], r, [False, True], [True, True], [False, False])
    np.testing.assert_allclose(got, [round(tariff / 12, 2), round((tariff - ahk - ak) / 12, 2)], atol=0.001)
