"""The law and the official pages the employer panel cites."""

from __future__ import annotations

from calc.explain import LawSource

WTL_2024 = "https://wetten.overheid.nl/BWBR0037522/2024-01-01"
WTL_2026 = "https://wetten.overheid.nl/BWBR0037522/2026-01-01"
WTL_2_13 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.13 (LKV doelgroep banenafspraak)", f"{WTL_2026}#Artikel2.13"
)
WTL_2_10_2024 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.10-2.12 (tekst 2024-2025: doelgroepverklaring, 3 jaar)",
    f"{WTL_2024}#Artikel2.10",
)
WTL_2_10_2026 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.10 en 2.12 (tekst 2026: doelgroepregister)",
    f"{WTL_2026}#Artikel2.10",
)
WTL_2_5 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.2 en 2.5 (LKV oudere werknemer)", f"{WTL_2024}#Artikel2.5"
)
WTL_4_1 = LawSource(
    "Wet tegemoetkomingen loondomein art. 4.1 lid 3 (alleen het hoogste LKV) en 4.1-4.4 (uitbetaling het "
    "jaar erna)",
    f"{WTL_2026}#Artikel4.1",
)
WAJONG_2_20 = LawSource(
    "Wet Wajong art. 2:20 (loondispensatie)", "https://wetten.overheid.nl/BWBR0008657/2025-01-01#Artikel220"
)
KAMERVRAAG_2019 = LawSource(
    "Aanhangsel Handelingen II 2019/20, nr. 648: inkomen uit arbeid = loonwaarde x deeltijdfactor x "
    "functieloon",
    "https://zoek.officielebekendmakingen.nl/ah-tk-20192020-648.html",
)
ZW_29B = LawSource(
    "Ziektewet art. 29b (no-riskpolis)", "https://wetten.overheid.nl/BWBR0001888/2025-01-01#Artikel29b"
)
UWV_NO_RISK_DURATION = LawSource(
    "UWV: hoelang geldt de no-riskpolis",
    "https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/"
    "looncompensatie-bij-ziekte/hoelang-geldt-de-no-riskpolis",
)
# A secondary source (a trade publication); listed in docs/rates.md with the other secondary ones.
UWV_NO_RISK_PREMIUM = LawSource(
    "Rendement: no-riskpolis'ers tellen niet mee voor de gedifferentieerde Whk-premie",
    "https://www.rendement.nl/salarisadministratie/no-riskpolis",
)
WML_15 = LawSource(
    "Wet minimumloon en minimumvakantiebijslag art. 15 (vakantiebijslag 8%)",
    "https://wetten.overheid.nl/BWBR0002638/2024-01-01#HoofdstukIII_Artikel15",
)
