"""The app's texts in Dutch (B1, the default) and English: one dict per language, same keys.

`t("key", lang, name=value)` fills `{name}` placeholders. Amounts are passed in already formatted
with `calc.money.eur`, so this file holds words only, never amounts.
"""

from __future__ import annotations

from calc.net import TOESLAG_PARTS
from views.i18n_business import BUSINESS_TEXTS
from views.i18n_costs import COSTS_TEXTS
from views.i18n_link import LINK_TEXTS
from views.i18n_reconcile import RECONCILE_TEXTS
from views.i18n_tw import TW_TEXTS

LANGS = ("nl", "en")
TOESLAG_NAMES = {p.key: {"nl": p.label_nl, "en": p.label_en} for p in TOESLAG_PARTS}

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Loont werken?",
        "intro": "Bereken wat u elke maand heeft met en zonder een baan. "
        "Vul een paar vragen in. Het antwoord ziet u meteen.",
        "lang": "Taal / Language",
        "mode.coach": "Weergave voor de coach (alle bedragen en bronnen)",
        # situation
        "to_answer": "[↓ Naar het antwoord](#antwoord)",
        "example": "**Voorbeeld**: iemand van 25 jaar, zonder huur, die 20 uur per week gaat werken voor het "
        "minimumloon. Vul uw eigen gegevens in; het antwoord verandert meteen.",
        "h.situation": "1. Uw situatie",
        "age": "Hoe oud bent u?",
        "wajong_kind": "Welke Wajong heeft u?",
        "wajong.met.help": "UWV vindt dat u kunt werken. Als u werkt, houdt u een deel van uw Wajong.",
        "wajong.zonder.help": "UWV vindt dat u nu en later niet kunt werken. U mag wel werken; "
        "uw Wajong wordt dan lager.",
        "partner": "Woont u samen met een partner?",
        "partner_income": "Inkomen van uw partner per jaar (bruto)",
        "persons": "Met hoeveel mensen woont u in huis (uzelf meegeteld)?",
        "rent": "Huur per maand (kale huur, zonder servicekosten). Geen huur? Vul 0 in.",
        "servicekosten": "Servicekosten per maand (schoonmaak, huismeester, energie voor gedeelde ruimtes), "
        "zoals op uw huurcontract. Tellen mee voor huurtoeslag tot en met 2025. Geen? Vul 0 in.",
        "children": "Heeft u kinderen onder 18 jaar? Vul hun leeftijden in, bijvoorbeeld: 4, 13. "
        "Geen? Laat leeg.",
        "children.bad": "leeftijden van de kinderen: schrijf hele getallen met een komma ertussen, "
        "bijvoorbeeld 4, 13.",
        "cur_hours": "Werkt u nu al? Hoeveel uur per week? (Nee: laat 0 staan)",
        "cur_wage": "Uurloon van uw huidige werk (bruto)",
        # job
        "h.job": "2. De baan",
        "job_intro": "Vul de baan in die u overweegt.",
        "hours": "Hoeveel uur per week gaat u werken?",
        "wage": "Uurloon (bruto)",
        "wage.placeholder": "minimumloon",
        "wage.default": "Leeg gelaten? Dan rekenen we met het minimumloon voor {age} jaar: {amount} per uur.",
        "ld": "Krijgt u loondispensatie?",
        "ld.help": "Met loondispensatie betaalt de werkgever minder loon, omdat u minder snel werkt. "
        "UWV vult uw inkomen aan.",
        "lw": "Loonwaarde in procent (staat in de brief van UWV)",
        "wage.ld": "Functieloon per uur (het loon voor dit werk zonder loondispensatie)",
        "more": "Meer instellingen",
        "more.household": "Woont u samen, heeft u kinderen of werkt u al? Vul het hier in",
        "period": "Voor welke maand rekenen we?",
        "other_income": "Ander inkomen per maand (bijvoorbeeld WW of ZW), bruto",
        "garantiebedrag": "Garantiebedrag per maand uit de brief van UWV (als u dat heeft)",
        "assets": "Spaargeld en ander vermogen op 1 januari (samen met uw partner)",
        "lhk": "Wie houdt rekening met uw loonheffingskorting?",
        "lhk.help": "Kies 'allebei' alleen als dat echt zo is: dan moet u na het jaar vaak geld "
        "terugbetalen aan de Belastingdienst.",
        "tti": "Verwacht inkomen voor toeslagen over dit jaar zonder de nieuwe baan (toetsingsinkomen, "
        "u en uw partner samen). Weet u het niet? Laat leeg, dan rekenen wij het uit.",
        "lw.range": "loonwaarde: vul een percentage in tussen 0 en 100.",
        "fix_first": "Pas de velden met een fout aan. Dan ziet u het antwoord.",
        # answer
        "h.answer": "Het antwoord",
        "cause.less": "minder {name}",
        "provisional": "Een deel van de bedragen voor {year} is nog niet bekend. "
        "Dit is een voorlopige schatting.",
        "provisional.list": "Welke bedragen zijn nog niet zeker?",
        "provisional.topics": "Nog niet zeker: {topics}.",
        "provisional.carried": "nog niet bekend: we rekenen met het bedrag vanaf {since}",
        "provisional.proposal": "voorstel van de regering, nog geen wet",
        "with_job": "Met deze baan",
        "cash.help": "Wat er in een gewone maand op uw rekening komt: loon en Wajong, min de belasting die "
        "wordt "
        "ingehouden, plus de toeslagen. Zonder vakantiegeld (dat komt in mei).",
        "cash.note": "Dat is loon en Wajong (met een toeslag van UWV als u die krijgt), min de ingehouden "
        "belasting, plus de toeslagen.",
        "difference": "Verschil",
        "h.warnings": "Let op",
        # breakdown
        "h.breakdown": "Hoe komen we hieraan?",
        "bd.wage": "Loon van de werkgever",
        "bd.wajong": "Wajong na verrekening",
        "bd.toeslagenwet": "Toeslag van UWV (Toeslagenwet)",
        "bd.other_income": "Ander inkomen",
        "bd.withholding": "Ingehouden belasting (loonheffing)",
        "bd.net_income": "Netto per maand",
        "bd.gross_income": "Bruto per maand",
        "bd.settlement": "Na het jaar: geld terug (+) of betalen (−)",
        "bd.holiday": "Vakantiegeld op de Wajong (opgebouwd per maand, betaald in mei)",
        "bd.col.item": "Onderdeel",
        "bd.col.now": "Nu",
        "bd.col.job": "Met baan",
        "bd.steps": "Uitleg en bronnen",
        "bd.none": "niet te berekenen",
        "source": "Bron",
        # hours
        "h.hours": "Meer of minder uren?",
        "chart.income.title": "Wat u per maand heeft bij 0 tot 40 uur per week",
        "chart.extra.title": "Wat één uur per week extra u oplevert (gemiddeld per maand over het jaar)",
        "chart.hours": "Uren per week",
        "chart.keep.half": "u houdt de helft of meer",
        "chart.keep.less": "u houdt minder dan de helft",
        "chart.keep.none": "u houdt niets over",
        "keep.cents": "Bij {hours} uur per week houdt u van elke euro loon gemiddeld {cents} cent over (over "
        "het hele jaar, na Wajong, belasting en toeslagen).",
        "keep.per_hour": "Per uur werken houdt u gemiddeld {amount} over.",
        "keep.break_even": "Pas vanaf {hours} uur per week heeft u over het jaar meer dan zonder werk.",
        "chart.amount": "Euro per maand",
        "chart.source": "Soort inkomen",
        "chart.extra": "Extra per maand",
        "src.wage": "Loon",
        "src.wajong": "Wajong",
        "src.toeslagenwet": "Toeslag van UWV",
        "src.other_income": "Ander inkomen",
        "src.toeslagen": "Toeslagen",
        "src.tax": "Loonheffing (min)",
        "src.net": "Op uw rekening per maand",
        "src.year": "Gemiddeld per maand over het hele jaar",
        "src.year_total": "Hele jaar",
        "src.gross": "Bruto",
        "table.show": "Toon als tabel",
        "plateau": "Van {h0} naar {h1} uur gaat uw brutoloon {wage} per maand omhoog. Over het hele jaar "
        "gerekend houdt u daarvan gemiddeld {kept} per maand over. "
        "De rest gaat vooral naar {cause}.",
        "plateau.loss": "Van {h0} naar {h1} uur gaat uw brutoloon {wage} per maand omhoog, maar over het "
        "hele jaar gerekend houdt u gemiddeld {kept} per maand minder over. "
        "Dat komt vooral door {cause}.",
        "plateau.flat": "Elk extra uur levert u ongeveer evenveel op.",
        "cause.wajong": "minder Wajong",
        "cause.toeslagenwet": "minder toeslag van UWV",
        "cause.tax": "meer belasting",
        "best_hour": "Eén uur per week extra levert u tussen {low} en {high} per maand op (gemiddeld over "
        "het hele jaar, met vakantiegeld).",
        "sweep.gross": "Deze grafiek toont bruto bedragen.",
        # calendar
        "h.calendar": "Maandkalender: wanneer komt het geld?",
        "cal.intro": "Niet elke maand is hetzelfde. Hier ziet u per maand wat er binnenkomt, "
        "de komende 12 maanden. De zwarte lijn is wat u netto krijgt.",
        "cal.open": "Bekijk de maandkalender",
        "cal.new_work": "De baan is nieuw: UWV betaalt eerst een voorschot en rekent later af",
        "cal.hours": (
            "Werkt u niet elke maand evenveel uren? Vul per maand de uren per week in, met ; ertussen "
            "(bijvoorbeeld 20; 20; 32; 0). Leeg: elke maand hetzelfde."
        ),
        "cal.hours_bad": "Vul alleen getallen in, met ; ertussen. Bijvoorbeeld: 20; 20; 32; 0",
        "cal.stop": "Wat als de baan stopt? Laat het zien",
        "cal.stop_after": "De baan stopt na zoveel maanden",
        "cal.stop.h": "Als de baan stopt",
        "cal.title": "Wat er per maand binnenkomt",
        "cal.month": "Maand",
        "cal.net_in": "Op uw rekening",
        "cal.note": "Let op",
        "cal.mark.lowest": "▼ laagste",
        "cal.mark.payback": "! terugbetalen",
        "cal.payback": "In deze maanden moet u waarschijnlijk geld terugbetalen: {months}. "
        "Houd daar rekening mee.",
        "cal.src.wage_paid": "Loon",
        "cal.src.employer_vakantiegeld": "Vakantiegeld werkgever",
        "cal.src.wajong_paid": "Wajong",
        "cal.src.toeslagenwet_paid": "Toeslag van UWV",
        "cal.src.uwv_vakantie_uitkering": "Vakantiegeld UWV",
        "cal.src.tegemoetkoming": "Tegemoetkoming",
        "cal.src.other_income": "Ander inkomen",
        "cal.src.withholding": "Belasting (min)",
        "cal.after": "Na het jaar",
        "cal.after.back": "{kind} {year}: u krijgt ongeveer {amount} terug",
        "cal.after.pay": "{kind} {year}: u moet ongeveer {amount} terugbetalen",
        "cal.after.none": "{kind} {year}: u krijgt niets terug en betaalt niets terug",
        "cal.after.wajong_back": "Wajong, na deze 12 maanden ({month}): u krijgt nog {amount}",
        "cal.after.wajong_pay": "Wajong, na deze 12 maanden ({month}): u betaalt {amount} terug",
        "cal.kind.inkomstenbelasting": "Inkomstenbelasting",
        # employer
        "h.employer": "Werkgever: wat kost deze medewerker?",
        "emp.intro": "Voor de werkgever: de kosten per uur en per maand, met loonkostenvoordeel (LKV) "
        "en loondispensatie. Handig voor het gesprek met een werkgever.",
        "emp.job": "Baan {n}: {hours} uur per week, functieloon {wage} per uur",
        "emp.job.lw": ", loonwaarde {lw}%",
        "emp.col.what": "Wat",
        "emp.col.hour": "Per uur",
        "emp.col.month": "Per maand",
        "emp.regular": "Een gewone medewerker kost",
        "emp.without_ld": "Deze medewerker zonder loondispensatie, na LKV",
        "emp.with_ld": "Deze medewerker met loondispensatie, na LKV",
        "emp.lkv": "Loonkostenvoordeel (LKV), uitbetaald in {year}",
        "emp.uwv_adds": "Wat UWV de medewerker aanvult (Wajong)",
        "emp.h.lkv": "Loonkostenvoordeel:",
        "emp.h.norisk": "No-riskpolis:",
        "emp.h.notes": "Meer hulp voor de werkgever (jobcoach, werkplek, proefplaatsing)",
        "emp.assumed": "Werkgeverslasten: {rate}% van het loon met vakantiegeld (standaardwaarden; "
        "die verschillen per werkgever).",
        # scenarios
        "h.scenarios": "Banen naast elkaar",
        "sc.intro": "Vergelijk de baan hierboven met tot vier andere banen: andere uren, ander loon, of "
        "met loondispensatie. Laat een baan leeg als u hem niet nodig heeft. Geen uurloon ingevuld? Dan "
        "geldt het uurloon van de baan hierboven.",
        "sc.add": "Andere banen vergelijken (andere uren, ander loon, loondispensatie)",
        "sc.name": "Baan {n}",
        "sc.col": "Baan",
        "sc.hours": "Baan {n}: uren per week",
        "sc.wage": "Baan {n}: uurloon (bruto)",
        "sc.lw": "Baan {n}: loonwaarde in procent (alleen met loondispensatie)",
        "sc.no_job": "zonder de nieuwe baan",
        "sc.cash": "Op uw rekening per maand",
        "sc.year": "Over het hele jaar",
        "sc.year.help": "Al het geld van het jaar: met vakantiegeld, na de belasting en de toeslagen van "
        "dat jaar. Hetzelfde, wie de loonheffingskorting ook toepast.",
        "sc.wajong": "Wajong per maand",
        "sc.toeslagen": "Toeslagen per maand",
        # case
        "h.todo": "Wat moet u nu doen?",
        "h.safety": "Uw vangnet",
        "pdf.name": "Naam op de samenvatting (niet verplicht; staat niet in de link)",
        "pdf.notes": "Notities van het gesprek, voor de samenvatting (staan niet in de link)",
        "h.case": "Bewaren en delen",
        "share": "De link in de adresbalk bevat al uw antwoorden. Kopieer de link om de berekening te delen. "
        "Wij bewaren niets.",
        "download": "Download als JSON-bestand",
        "download_pdf": "Download de samenvatting (PDF)",
        "upload": "Open een eerder bewaard JSON-bestand",
        "a11y.help": "Uitleg bij",
        "a11y.skip": "Naar de inhoud",
        "a11y.choose": "Kies bestand",
        "a11y.frame": "hulpje voor de schermlezer",
        "a11y.less": "Eén minder",
        "a11y.more": "Eén meer",
        "upload.help": "Een JSON-bestand is een klein tekstbestand met uw antwoorden, dat u hierboven kunt "
        "downloaden. Kies het hier om uw berekening weer te openen (kleiner dan 100 kB).",
        "upload.bad": "Dit bestand kunnen we niet openen:",
        "upload.extra": "Deze onderdelen uit het bestand staan niet in het formulier "
        "en tellen niet mee: {fields}",
        "disclaimer": "Dit is een schatting, geen besluit van UWV of de Belastingdienst. "
        "Bedragen geldig vanaf {date}.",
    },
    "en": {
        "title": "Does working pay?",
        "intro": "See what you have each month with and without a job. "
        "Answer a few questions; you see the answer straight away.",
        "lang": "Taal / Language",
        "mode.coach": "Coach view (all figures and sources)",
        "to_answer": "[↓ To the answer](#antwoord)",
        "example": "**Example**: someone aged 25, no rent, who will work 20 hours a week at the minimum "
        "wage. Enter your own details; the answer changes straight away.",
        "h.situation": "1. Your situation",
        "age": "How old are you?",
        "wajong_kind": "Which Wajong do you have?",
        "wajong.met.help": "UWV thinks you can work. When you work, you keep part of your Wajong.",
        "wajong.zonder.help": "UWV thinks you cannot work, now or later. You may still work; "
        "your Wajong then goes down.",
        "partner": "Do you live with a partner?",
        "partner_income": "Your partner's gross income per year",
        "persons": "How many people live in your home (including you)?",
        "rent": "Rent per month (basic rent, without service costs). No rent? Enter 0.",
        "servicekosten": "Service costs per month (cleaning, caretaker, energy for shared spaces), "
        "as on your rental contract. They count for huurtoeslag up to 2025. None? Enter 0.",
        "children": "Do you have children under 18? Enter their ages, for example: 4, 13. None? Leave empty.",
        "children.bad": "ages of the children: write whole numbers separated by commas, for example 4, 13.",
        "cur_hours": "Do you work already? How many hours a week? (No: leave 0)",
        "cur_wage": "Gross hourly wage of your current work",
        "h.job": "2. The job",
        "job_intro": "Enter the job you are considering.",
        "hours": "How many hours a week will you work?",
        "wage": "Gross hourly wage",
        "wage.placeholder": "minimum wage",
        "wage.default": "Left empty? Then we use the minimum wage for age {age}: {amount} per hour.",
        "ld": "Do you get loondispensatie?",
        "ld.help": "With loondispensatie the employer pays less, because you work more slowly. "
        "UWV tops up your income.",
        "lw": "Loonwaarde in percent (in the UWV letter)",
        "wage.ld": "Function wage per hour (the wage for this work without loondispensatie)",
        "more": "More settings",
        "more.household": "Do you live with a partner, have children or work already? Enter it here",
        "period": "Which month do we calculate?",
        "other_income": "Other gross income per month (e.g. WW or ZW)",
        "garantiebedrag": "Garantiebedrag per month from the UWV letter (if you have one)",
        "assets": "Savings and other assets on 1 January (with your partner)",
        "lhk": "Who applies your payroll tax credit (loonheffingskorting)?",
        "lhk.help": "UWV = with the Wajong; werkgever = your employer; allebei = both (you often "
        "have to pay back after the year); geen = neither.",
        "tti": "Expected income for toeslagen this year without the new job (toetsingsinkomen, you and "
        "your partner together). Not sure? Leave empty and we calculate it.",
        "lw.range": "loonwaarde: enter a percentage between 0 and 100.",
        "fix_first": "Please correct the fields with an error to see the answer.",
        "h.answer": "The answer",
        "cause.less": "less {name}",
        "provisional": "Some of the amounts for {year} are not known yet. This is a provisional estimate.",
        "provisional.list": "Which amounts are not certain yet?",
        "provisional.topics": "Not certain yet: {topics}.",
        "provisional.carried": "not known yet: we use the amount from {since}",
        "provisional.proposal": "government proposal, not yet law",
        "with_job": "With this job",
        "cash.help": "What arrives in your account in an ordinary month: wage and Wajong, minus the tax "
        "withheld, plus toeslagen. Without holiday pay (paid in May).",
        "cash.note": "That is wage and Wajong (with a UWV top-up if you get one), minus the tax withheld, "
        "plus toeslagen.",
        "difference": "Difference",
        "h.warnings": "Please note",
        "h.breakdown": "How we got here",
        "bd.wage": "Wage from the employer",
        "bd.wajong": "Wajong after offsetting",
        "bd.toeslagenwet": "UWV top-up (Toeslagenwet)",
        "bd.other_income": "Other income",
        "bd.withholding": "Tax withheld (loonheffing)",
        "bd.net_income": "Net per month",
        "bd.gross_income": "Gross per month",
        "bd.settlement": "After the year: money back (+) or to pay (−)",
        "bd.holiday": "Holiday pay on the Wajong (accrued per month, paid in May)",
        "bd.col.item": "Item",
        "bd.col.now": "Now",
        "bd.col.job": "With job",
        "bd.steps": "Explanation and sources",
        "bd.none": "cannot be computed",
        "source": "Source",
        "h.hours": "More or fewer hours?",
        "chart.income.title": "What you have per month at 0 to 40 hours a week",
        "chart.extra.title": "What one more hour a week brings you (per month, on average over the year)",
        "chart.hours": "Hours per week",
        "chart.keep.half": "you keep half or more",
        "chart.keep.less": "you keep less than half",
        "chart.keep.none": "you keep nothing",
        "keep.cents": "At {hours} hours a week you keep {cents} cents of every euro of wage on average "
        "(over the whole year, after Wajong, tax and toeslagen).",
        "keep.per_hour": "Each hour of work leaves you {amount} on average.",
        "keep.break_even": "Only from {hours} hours a week do you have more over the year than without work.",
        "chart.amount": "Euro per month",
        "chart.source": "Kind of income",
        "chart.extra": "Extra per month",
        "src.wage": "Wage",
        "src.wajong": "Wajong",
        "src.toeslagenwet": "UWV top-up",
        "src.other_income": "Other income",
        "src.toeslagen": "Allowances",
        "src.tax": "Wage tax (minus)",
        "src.net": "In your account per month",
        "src.year": "Per month on average over the year",
        "src.year_total": "Whole year",
        "src.gross": "Gross",
        "table.show": "Show as a table",
        "plateau": "From {h0} to {h1} hours your gross wage goes up by {wage} a month. Over the whole year "
        "you keep {kept} of it per month on average. "
        "The rest goes mainly to {cause}.",
        "plateau.loss": "From {h0} to {h1} hours your gross wage goes up by {wage} a month, but over the "
        "whole year you keep {kept} a month less on average. "
        "This is mainly due to {cause}.",
        "plateau.flat": "Each extra hour brings you about the same.",
        "cause.wajong": "less Wajong",
        "cause.toeslagenwet": "less UWV top-up",
        "cause.tax": "more tax",
        "best_hour": "One more hour a week brings you between {low} and {high} per month (on average over "
        "the year, with holiday pay).",
        "sweep.gross": "This chart shows gross amounts.",
        # calendar
        "h.calendar": "Month calendar: when does the money come?",
        "cal.intro": "Not every month is the same. Here you see what comes in each month, "
        "for the next 12 months. The black line is what you get net.",
        "cal.open": "Show the month calendar",
        "cal.new_work": "The job is new: UWV first pays an advance and settles later",
        "cal.hours": (
            "Hours change from month to month? Enter the hours per week for each month, separated "
            "by ; (for example 20; 20; 32; 0). Empty: the same every month."
        ),
        "cal.hours_bad": "Enter numbers only, separated by ;. For example: 20; 20; 32; 0",
        "cal.stop": "What if the job stops? Show it",
        "cal.stop_after": "The job stops after this many months",
        "cal.stop.h": "If the job stops",
        "cal.title": "What comes in each month",
        "cal.month": "Month",
        "cal.net_in": "In your account",
        "cal.note": "Note",
        "cal.mark.lowest": "▼ lowest",
        "cal.mark.payback": "! payback",
        "cal.payback": "In these months you will probably have to pay money back: {months}. "
        "Keep this in mind.",
        "cal.src.wage_paid": "Wage",
        "cal.src.employer_vakantiegeld": "Holiday pay employer",
        "cal.src.wajong_paid": "Wajong",
        "cal.src.toeslagenwet_paid": "UWV top-up",
        "cal.src.uwv_vakantie_uitkering": "Holiday pay UWV",
        "cal.src.tegemoetkoming": "Tegemoetkoming",
        "cal.src.other_income": "Other income",
        "cal.src.withholding": "Tax (minus)",
        "cal.after": "After the year",
        "cal.after.back": "{kind} {year}: you get about {amount} back",
        "cal.after.pay": "{kind} {year}: you pay about {amount} back",
        "cal.after.none": "{kind} {year}: nothing to get back or pay back",
        "cal.after.wajong_back": "Wajong, after these 12 months ({month}): you still get {amount}",
        "cal.after.wajong_pay": "Wajong, after these 12 months ({month}): you pay {amount} back",
        "cal.kind.inkomstenbelasting": "Income tax",
        # employer
        "h.employer": "Employer: what does this employee cost?",
        "emp.intro": "For the employer: the cost per hour and per month, with the loonkostenvoordeel (LKV) "
        "and loondispensatie. Useful when talking to an employer.",
        "emp.job": "Job {n}: {hours} hours a week, function wage {wage} per hour",
        "emp.job.lw": ", loonwaarde {lw}%",
        "emp.col.what": "What",
        "emp.col.hour": "Per hour",
        "emp.col.month": "Per month",
        "emp.regular": "A regular employee costs",
        "emp.without_ld": "This employee without loondispensatie, after LKV",
        "emp.with_ld": "This employee with loondispensatie, after LKV",
        "emp.lkv": "Loonkostenvoordeel (LKV), paid in {year}",
        "emp.uwv_adds": "What UWV adds for the employee (Wajong)",
        "emp.h.lkv": "Loonkostenvoordeel:",
        "emp.h.norisk": "No-riskpolis:",
        "emp.h.notes": "More support for the employer (job coach, workplace, trial placement)",
        "emp.assumed": "Employer charges: {rate}% of the wage incl. holiday pay (defaults; they differ "
        "per employer).",
        "h.scenarios": "Jobs side by side",
        "sc.intro": "Compare the job above with up to four other jobs: other hours, other wage, or with "
        "loondispensatie. Leave a job empty to skip it; without an hourly wage the one above is used.",
        "sc.add": "Compare other jobs (other hours, other wage, loondispensatie)",
        "sc.name": "Job {n}",
        "sc.col": "Job",
        "sc.hours": "Job {n}: hours per week",
        "sc.wage": "Job {n}: gross hourly wage",
        "sc.lw": "Job {n}: loonwaarde in percent (only with loondispensatie)",
        "sc.no_job": "without the new job",
        "sc.cash": "In your account per month",
        "sc.year": "Over the whole year",
        "sc.year.help": "All the year's money: with holiday pay, after the year's tax and toeslagen.",
        "sc.wajong": "Wajong per month",
        "sc.toeslagen": "Toeslagen per month",
        "h.todo": "What to do now",
        "h.safety": "Your safety net",
        "pdf.name": "Name on the summary (optional; not in the link)",
        "pdf.notes": "Notes from the meeting, for the summary (not in the link)",
        "h.case": "Save and share",
        "share": "The link in the address bar holds all your answers. Copy it to share this calculation. "
        "We store nothing.",
        "download": "Download as a JSON file",
        "download_pdf": "Download the summary (PDF)",
        "upload": "Open a JSON file you saved earlier",
        "a11y.help": "Help for",
        "a11y.skip": "Skip to main content",
        "a11y.choose": "Choose file",
        "a11y.frame": "screen reader helper",
        "a11y.less": "Decrement",
        "a11y.more": "Increment",
        "upload.help": "A JSON file is a small text file with your answers, which you can download above. "
        "Choose it here to open your calculation again (under 100 kB).",
        "upload.bad": "We cannot open this file:",
        "upload.extra": "These parts of the file are not in the form and are not used: {fields}",
        "disclaimer": "This is an estimate, not a decision by UWV or the Belastingdienst (tax office). "
        "Amounts valid from {date}.",
    },
}

# "Klopt mijn Wajong?" (views/i18n_reconcile.py); a link, an upload or a rates file the app cannot use
# (views/i18n_link.py); a Wajonger's own business (views/i18n_business.py, issue 17).
for _extra in (RECONCILE_TEXTS, LINK_TEXTS, BUSINESS_TEXTS):
    for _lang, _texts in _extra.items():
        assert not set(_texts) & set(TEXTS[_lang]), "a text reuses a key"
        TEXTS[_lang].update(_texts)


for _extra in (TW_TEXTS, COSTS_TEXTS):  # issue 16's questions and lines, kept in their own files
    for _lang, _texts in _extra.items():
        TEXTS[_lang] |= _texts


def part_label(key: str, lang: str = "nl", prefix: str = "bd") -> str:
    """The name of a part of the net month: a toeslag by its registry label (calc/toeslagen), the
    others by this file's text `{prefix}.{key}` (a new toeslag needs no text here)."""
    if key in TOESLAG_NAMES:
        name = TOESLAG_NAMES[key][lang if lang in LANGS else "nl"]
        return name[:1].upper() + name[1:]
    return t(f"{prefix}.{key}", lang)


def t(key: str, lang: str = "nl", **kw: str) -> str:
    """The text for `key` in `lang` (Dutch when the language is unknown), placeholders filled."""
    text = TEXTS.get(lang, TEXTS["nl"])[key]
    return text.format(**kw) if kw else text


def long_date(iso: str, lang: str = "nl") -> str:
    """'2026-07-01' -> '1 juli 2026' / '1 July 2026' (calc's format: the PDF prints the same)."""
    from calc.months import long_date as calc_long_date

    return calc_long_date(iso, lang)
