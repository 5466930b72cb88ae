"""The app's words for a Wajonger with an own business (issue 17), Dutch (B1) and English, merged into
`views.i18n.TEXTS`. Words only: every amount comes from calc, formatted by `calc.money.eur`."""

from __future__ import annotations

BUSINESS_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        # the question: a job or work for yourself
        "work.kind": "Wat voor werk overweegt u?",
        "work.job": "In loondienst, bij een werkgever.",
        "work.business": "Ik werk voor mezelf (eigen bedrijf)",
        "work.business.help": "Als zelfstandige (zzp): u verkoopt zelf uw werk of producten.",
        "h.business": "2. Uw eigen bedrijf",
        "biz.intro": "Vul in wat u verwacht voor dit jaar. UWV rekent eerst met deze schatting.",
        "biz.profit": "Verwachte winst per jaar (in euro)",
        "biz.profit.help": "Winst is wat u verdient min de kosten van uw bedrijf, vóór de "
        "zelfstandigenaftrek. Een verlies schrijft u met een min ervoor.",
        "biz.hours": "Uren per jaar in uw bedrijf",
        "biz.hours.help": "Alle uren voor uw bedrijf, ook voor administratie en klanten zoeken. Die uren "
        "bepalen of u belastingaftrek krijgt.",
        "biz.started": "In welk jaar begon uw bedrijf?",
        "biz.month": "In welke maand begon het?",
        "biz.month.none": "Kies — als uw bedrijf in januari begon of eerder.",
        "biz.was5": "Ik had de vijf jaar hiervoor elk jaar al een eigen bedrijf",
        "biz.was5.help": "Dan krijgt u geen startersaftrek.",
        # the profit sweep
        "h.profit": "Meer of minder winst",
        "profit.intro": "Wat houdt u over bij meer of minder winst? Dit is voor hetzelfde jaar, met "
        "dezelfde uren.",
        "profit.chart.title": "Uw geld per maand bij elke winst per jaar",
        "profit.axis": "Winst per jaar (euro)",
        "profit.keep": "Verdient u {step} meer winst per jaar? Dan houdt u daarvan ongeveer {kept} over "
        "(na de Wajong, belasting en toeslagen).",
        "profit.col": "Winst per jaar",
        "src.business_profit": "Winst uit uw bedrijf",
        "src.voorlopige_aanslag": "Voorlopige aanslag (min)",
        # the breakdown and the calendar
        "bd.business_profit": "Winst uit uw bedrijf per maand",
        "bd.voorlopige_aanslag": "Voorlopige aanslag (belasting over uw winst)",
        "cal.src.business_profit": "Winst uit uw bedrijf",
        "cal.src.voorlopige_aanslag": "Voorlopige aanslag (min)",
        "cal.biz.h": "Uw bedrijf: voorschot nu, verrekening later",
        "cal.biz.realised": "Winst die u echt haalt per jaar (leeg: zoals geschat)",
        "cal.biz.realised.help": "Probeer wat er gebeurt als uw winst hoger of lager uitvalt dan u schatte.",
        "cal.biz.year": "**{year}**: UWV betaalt uw Wajong als voorschot, met {estimate} geschatte winst. "
        "Vóór {aangifte} doet u aangifte inkomstenbelasting. Daarna verrekent UWV de "
        "Wajong met uw echte winst ({realised}), waarschijnlijk in {when}.",
        "cal.biz.pay": "UWV vraagt dan ongeveer {amount} terug.",
        "cal.biz.back": "U krijgt dan ongeveer {amount} bij.",
        "cal.biz.none": "Dan is er niets te verrekenen.",
        "cal.after.business_pay": "Wajong over de winst van {year}: UWV vraagt ongeveer {amount} terug, "
        "waarschijnlijk in {month}",
        "cal.after.business_back": "Wajong over de winst van {year}: u krijgt ongeveer {amount} bij, "
        "waarschijnlijk in {month}",
        "sc.business": "Eigen bedrijf: {profit} winst per jaar",
    },
    "en": {
        "work.kind": "What kind of work are you considering?",
        "work.job": "Employed, by an employer.",
        "work.business": "I work for myself (own business)",
        "work.business.help": "As a self-employed person (zzp): you sell your own work or products.",
        "h.business": "2. Your own business",
        "biz.intro": "Enter what you expect for this year. UWV first uses this estimate.",
        "biz.profit": "Expected profit per year (in euro)",
        "biz.profit.help": "Profit is what you earn less the costs of your business, before the "
        "zelfstandigenaftrek. Write a loss with a minus sign.",
        "biz.hours": "Hours per year in your business",
        "biz.hours.help": "All hours for your business, also administration and finding clients. They "
        "decide whether you get tax deductions.",
        "biz.started": "In which year did your business start?",
        "biz.month": "In which month did it start?",
        "biz.month.none": "Choose — if your business started in January or earlier.",
        "biz.was5": "I already had my own business in each of the five years before",
        "biz.was5.help": "Then there is no startersaftrek.",
        "h.profit": "More or less profit",
        "profit.intro": "What is left with more or less profit? For the same year, with the same hours.",
        "profit.chart.title": "Your money per month at each profit per year",
        "profit.axis": "Profit per year (euro)",
        "profit.keep": "If you make {step} more profit a year, you keep about {kept} of it (after the "
        "Wajong, tax and toeslagen).",
        "profit.col": "Profit per year",
        "src.business_profit": "Profit of your business",
        "src.voorlopige_aanslag": "Provisional tax assessment (minus)",
        "bd.business_profit": "Profit of your business per month",
        "bd.voorlopige_aanslag": "Voorlopige aanslag (tax on your profit)",
        "cal.src.business_profit": "Profit of your business",
        "cal.src.voorlopige_aanslag": "Voorlopige aanslag (minus)",
        "cal.biz.h": "Your business: an advance now, the settlement later",
        "cal.biz.realised": "Profit you really make per year (empty: as estimated)",
        "cal.biz.realised.help": "Try what happens when your profit turns out higher or lower than "
        "estimated.",
        "cal.biz.year": "**{year}**: UWV pays your Wajong as an advance, on {estimate} estimated profit. "
        "Before {aangifte} you file your income tax return. Then UWV settles the Wajong "
        "with your real profit ({realised}), probably in {when}.",
        "cal.biz.pay": "UWV then asks back about {amount}.",
        "cal.biz.back": "You then get about {amount} extra.",
        "cal.biz.none": "Then there is nothing to settle.",
        "cal.after.business_pay": "Wajong on the profit of {year}: UWV asks back about {amount}, probably "
        "in {month}",
        "cal.after.business_back": "Wajong on the profit of {year}: you get about {amount} extra, "
        "probably in {month}",
        "sc.business": "Own business: {profit} profit per year",
    },
}
