"""The law and the official pages the toeslagen rules cite (one place, so each text module and rule
module names the same source the same way)."""

from __future__ import annotations

from calc.explain import LawSource

AWIR_7 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen, art. 7 en 8 (draagkracht, toetsingsinkomen)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
AWIR_14 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen, art. 14 lid 4 en 5 (afronding, minimum € 24)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
WZT_2 = LawSource(
    "Wet op de zorgtoeslag, art. 2 (normpremie, standaardpremie) en art. 3 (vermogen)",
    "https://wetten.overheid.nl/BWBR0018451/2026-01-01",
)
ZT_LEAFLET = LawSource(
    "Dienst Toeslagen, Berekening zorgtoeslag (maandbedrag: jaarbedrag / 12, naar beneden afgerond)",
    "https://download.belastingdienst.nl/toeslagen/docs/berekening_zorgtoeslag_tg0821z61fd.pdf",
)
WHT_2026 = LawSource(
    "Wet op de huurtoeslag, art. 20 en 21 (tekst vanaf 1 januari 2026)",
    "https://wetten.overheid.nl/BWBR0008659/2026-01-01",
)
HT_LEAFLET_2026 = LawSource(
    "Dienst Toeslagen, Berekening huurtoeslag 2026",
    "https://download.belastingdienst.nl/toeslagen/docs/berekening_huurtoeslag_tg0831z62fd.pdf",
)
BASISHUUR_VERLAGING = LawSource(
    "Besluit van 2023 tot verlaging van de basishuur in de huurtoeslag (Stb. 2023, 494), art. 1",
    "https://wetten.overheid.nl/BWBR0049106",
)
TW = LawSource(
    "Toeslagenwet (aanvulling tot het sociaal minimum)",
    "https://wetten.overheid.nl/BWBR0004043/2026-07-01",
)
WAJONG_3_75 = LawSource(
    "Wet Wajong, art. 3:75 (tegemoetkoming arbeidsongeschikten); UWV: betaling in september",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/wanneer-betaalt-uwv-mijn-uitkering/detail/betaling-van-uw-wia-wao-waz-of-wajong-uitkering",
)
AWIR_19 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen art. 16 en 19 (voorschot; definitieve berekening)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
AWIR_14_MINIMUM = LawSource(
    "Algemene wet inkomensafhankelijke regelingen, art. 14 lid 5 (niet minder dan € 24 per jaar)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
AWIR_7_ASSETS = LawSource(
    "Algemene wet inkomensafhankelijke regelingen, art. 7 lid 3 (vermogen op 1 januari)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
KGB_LEAFLET_2026 = LawSource(
    "Dienst Toeslagen, Berekening kindgebonden budget 2026 "
    "(maandbedrag: jaarbedrag / 12, naar beneden afgerond)",
    "https://download.belastingdienst.nl/toeslagen/docs/berekening_kindgebonden_budget_tg0811z61fd.pdf",
)
