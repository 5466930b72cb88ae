"""The law and the official pages the tax rules cite."""

from __future__ import annotations

from calc.explain import LawSource

WET_IB_2_10 = LawSource(
    "Wet IB 2001, artikel 2.10 (tarief box 1)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel2.10",
)
WET_IB_8_1 = LawSource(
    "Wet IB 2001, artikel 8.1 en Wfsv artikel 9: heffingskorting tot ten hoogste de belasting en premie",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.1",
)
WET_IB_8_10 = LawSource(
    "Wet IB 2001, artikel 8.10 (algemene heffingskorting)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.10",
)
WET_IB_8_11 = LawSource(
    "Wet IB 2001, artikel 8.11 (arbeidskorting)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.11",
)
WET_IB_8_14A = LawSource(
    "Wet IB 2001, artikel 8.14a (inkomensafhankelijke combinatiekorting)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.14a",
)
WET_LB_21C = LawSource(
    "Wet op de loonbelasting 1964, artikel 21c (de loonheffingskorting: zonder combinatiekorting)",
    "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel21c",
)
RO_IACK = LawSource(
    "Rijksoverheid: Hoe vraag ik de inkomensafhankelijke combinatiekorting aan? "
    "(aangifte of voorlopige aanslag)",
    "https://www.rijksoverheid.nl/onderwerpen/inkomstenbelasting/vraag-en-antwoord/"
    "inkomensafhankelijke-combinatiekorting-aanvragen",
)
WET_IB_8_16A = LawSource(
    "Wet IB 2001, artikel 8.16a (jonggehandicaptenkorting)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.16a",
)
AK_NOT_ON_BENEFIT = LawSource(
    "Kamerbrief 14 maart 2025, Kamerstuk 29 544 nr. 1273: geen arbeidskorting over een uitkering",
    "https://berthub.eu/tkconv/document.html?nummer=2025D11069",
)
WET_LB_22 = LawSource(
    "Wet op de loonbelasting 1964, artikel 22 en 23 (loonheffingskorting bij één inhoudingsplichtige)",
    "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel22",
)
BD_MEERDERE_INKOMENS = LawSource(
    "Belastingdienst: Loonheffingskorting als u meer dan 1 inkomen hebt",
    "https://belastingdienst.nl./wps/wcm/connect/nl/werk-en-inkomen/content/loonheffingskorting-meerdere-inkomens",
)
UWV_LHK_WAJONG = LawSource(
    "UWV: Belasting en premies bij de Wajong (loonheffingskorting op uitkering of loon)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/betaling-wajong-uitkering/belasting-en-premies",
)
UWV_JGK = LawSource(
    "UWV: Jonggehandicaptenkorting (UWV verrekent die met de uitkering; werkgever alleen zonder uitkering)",
    "https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/jonggehandicaptenkorting-verrekenen",
)
REKENVOORSCHRIFTEN = LawSource(
    "Belastingdienst, Rekenvoorschriften voor de geautomatiseerde loonadministratie 2026",
    "https://download.belastingdienst.nl/belastingdienst/docs/rekenvoorschriften_voor_geautomatiseerde_loonadministratie_lh991z62fd.pdf",
)
UWV_ZVW = LawSource(
    "UWV: geen inkomensafhankelijke bijdrage Zvw meer ingehouden (werkgeversheffing)",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/zorgverzekeringswet/detail/geen-inkomensafhankelijke-bijdrage-meer-vanaf-2013",
)
