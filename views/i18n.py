"""The app's texts in Dutch (B1, the default) and English: one dict per language, same keys.

`t("key", lang, name=value)` fills `{name}` placeholders. Amounts are passed in already formatted
with `calc.money.eur`, so this file holds words only, never amounts.
"""

from __future__ import annotations

import datetime as dt

from calc.net import TOESLAG_PARTS

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
        "cur_hours": "Werkt u nu al? Hoeveel uur per week? (Nee: vul 0 in)",
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
        "now": "Nu, zonder baan",
        "amounts_are": "Bedragen {unit}.",
        "with_job": "Met deze baan",
        "difference": "Verschil",
        "per_month_net": "netto per maand",
        "per_month_gross": "bruto per maand",
        "more_sentence": "Met deze baan heeft u elke maand {amount} meer.",
        "less_sentence": "Met deze baan heeft u elke maand {amount} minder.",
        "same_sentence": "Met deze baan heeft u elke maand ongeveer evenveel.",
        "gross_note": "Dit zijn bruto bedragen: belasting en toeslagen zitten er nog niet in.",
        "net_note": "Netto: loon plus Wajong, min belasting, plus zorgtoeslag, huurtoeslag "
        "en kindgebonden budget. "
        "Geld dat u na het jaar terugkrijgt van de Belastingdienst (of moet betalen) "
        "is over 12 maanden verdeeld. "
        "Vakantiegeld staat hieronder apart.",
        "in_each_month": "Elke maand komt er {amount} binnen.",
        "settle.refund": "Na het jaar krijgt u ongeveer {amount} terug van de Belastingdienst.",
        "settle.pay": "Na het jaar moet u ongeveer {amount} terugbetalen aan de Belastingdienst.",
        "settle.none": "Na het jaar hoeft u niets terug te betalen en krijgt u niets terug.",
        "h.warnings": "Let op",
        # breakdown
        "h.breakdown": "Hoe komen we hieraan?",
        "bd.wage": "Loon van de werkgever",
        "bd.wajong": "Wajong na verrekening",
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
        "chart.extra.title": "Wat één uur per week extra u per maand oplevert (netto)",
        "chart.hours": "Uren per week",
        "chart.amount": "Euro per maand",
        "chart.source": "Soort inkomen",
        "chart.extra": "Extra per maand",
        "src.wage": "Loon",
        "src.wajong": "Wajong",
        "src.other_income": "Ander inkomen",
        "src.toeslagen": "Toeslagen",
        "src.tax": "Belasting na verrekening (min)",
        "src.net": "Netto",
        "src.net_settled": "Netto met geld terug na het jaar",
        "src.gross": "Bruto",
        "table.show": "Toon als tabel",
        "plateau": "Van {h0} naar {h1} uur gaat uw brutoloon {wage} omhoog; u houdt {kept} over. "
        "De rest gaat vooral naar {cause}.",
        "plateau.loss": "Van {h0} naar {h1} uur gaat uw brutoloon {wage} omhoog, "
        "maar u houdt {kept} minder over. "
        "Dat komt vooral door {cause}.",
        "plateau.flat": "Elk extra uur levert u ongeveer evenveel op.",
        "cause.wajong": "minder Wajong",
        "cause.tax": "meer belasting",
        "best_hour": "Eén uur per week extra levert u per maand tussen {low} en {high} op.",
        "sweep.gross": "Deze grafiek toont bruto bedragen.",
        # calendar
        "h.calendar": "Maandkalender: wanneer komt het geld?",
        "cal.intro": "Niet elke maand is hetzelfde. Hier ziet u per maand wat er binnenkomt, "
        "de komende 12 maanden. De zwarte lijn is wat u netto krijgt.",
        "cal.new_work": "De baan is nieuw: UWV betaalt eerst een voorschot en rekent later af",
        "cal.hours": (
            "Werkt u niet elke maand evenveel uren? Vul per maand de uren per week in, met ; ertussen "
            "(bijvoorbeeld 20; 20; 32; 0). Leeg: elke maand hetzelfde."
        ),
        "cal.hours_bad": "Vul alleen getallen in, met ; ertussen. Bijvoorbeeld: 20; 20; 32; 0",
        "cal.title": "Wat er per maand binnenkomt",
        "cal.month": "Maand",
        "cal.net_in": "Netto binnen",
        "cal.note": "Let op",
        "cal.mark.lowest": "▼ laagste",
        "cal.mark.payback": "! terugbetalen",
        "cal.payback": "In deze maanden moet u waarschijnlijk geld terugbetalen: {months}. "
        "Houd daar rekening mee.",
        "cal.src.wage_paid": "Loon",
        "cal.src.employer_vakantiegeld": "Vakantiegeld werkgever",
        "cal.src.wajong_paid": "Wajong",
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
        "sc.intro": "Vergelijk de baan hierboven (baan 1) met tot drie andere banen: "
        "andere uren, ander loon, "
        "met of zonder loondispensatie. Laat een baan leeg als u hem niet nodig heeft. "
        "Geen uurloon ingevuld? Dan geldt het uurloon van baan 1.",
        "sc.name": "Baan {n}",
        "sc.col": "Baan",
        "sc.hours": "Baan {n}: uren per week",
        "sc.wage": "Baan {n}: uurloon (bruto)",
        "sc.lw": "Baan {n}: loonwaarde in procent (alleen met loondispensatie)",
        # case
        "h.case": "Bewaren en delen",
        "share": "De link in de adresbalk bevat al uw antwoorden. Kopieer de link om de berekening te delen. "
        "Wij bewaren niets.",
        "download": "Download als JSON-bestand",
        "download_pdf": "Download de samenvatting (PDF)",
        "upload": "Open een eerder bewaard JSON-bestand",
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
        "cur_hours": "Do you work already? How many hours a week? (No: enter 0)",
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
        "now": "Now, without a job",
        "amounts_are": "Amounts {unit}.",
        "with_job": "With this job",
        "difference": "Difference",
        "per_month_net": "net per month",
        "per_month_gross": "gross per month",
        "more_sentence": "With this job you have {amount} more every month.",
        "less_sentence": "With this job you have {amount} less every month.",
        "same_sentence": "With this job you have about the same every month.",
        "gross_note": "These are gross amounts: tax and allowances are not included yet.",
        "net_note": "Net: wage plus Wajong, minus tax, plus healthcare and rent allowance and "
        "child budget (kindgebonden budget). "
        "Money you get back from (or pay to) the tax office after the year is spread over 12 months. "
        "Holiday pay is shown separately below.",
        "in_each_month": "Each month {amount} comes in.",
        "settle.refund": "After the year you get about {amount} back from the tax office.",
        "settle.pay": "After the year you have to pay about {amount} back to the tax office.",
        "settle.none": "After the year you neither pay back nor get money back.",
        "h.warnings": "Please note",
        "h.breakdown": "How we got here",
        "bd.wage": "Wage from the employer",
        "bd.wajong": "Wajong after offsetting",
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
        "chart.extra.title": "What one more hour a week brings you per month (net)",
        "chart.hours": "Hours per week",
        "chart.amount": "Euro per month",
        "chart.source": "Kind of income",
        "chart.extra": "Extra per month",
        "src.wage": "Wage",
        "src.wajong": "Wajong",
        "src.other_income": "Other income",
        "src.toeslagen": "Allowances",
        "src.tax": "Tax after settlement (minus)",
        "src.net": "Net",
        "src.net_settled": "Net with money back after the year",
        "src.gross": "Gross",
        "table.show": "Show as a table",
        "plateau": "From {h0} to {h1} hours your gross wage goes up by {wage}; you keep {kept}. "
        "The rest mostly goes to {cause}.",
        "plateau.loss": "From {h0} to {h1} hours your gross wage goes up by {wage}, "
        "but you keep {kept} less. "
        "This is mostly due to {cause}.",
        "plateau.flat": "Each extra hour brings you about the same.",
        "cause.wajong": "less Wajong",
        "cause.tax": "more tax",
        "best_hour": "One more hour a week brings you between {low} and {high} per month.",
        "sweep.gross": "This chart shows gross amounts.",
        # calendar
        "h.calendar": "Month calendar: when does the money come?",
        "cal.intro": "Not every month is the same. Here you see what comes in each month, "
        "for the next 12 months. The black line is what you get net.",
        "cal.new_work": "The job is new: UWV first pays an advance and settles later",
        "cal.hours": (
            "Hours change from month to month? Enter the hours per week for each month, separated "
            "by ; (for example 20; 20; 32; 0). Empty: the same every month."
        ),
        "cal.hours_bad": "Enter numbers only, separated by ;. For example: 20; 20; 32; 0",
        "cal.title": "What comes in each month",
        "cal.month": "Month",
        "cal.net_in": "Net in",
        "cal.note": "Note",
        "cal.mark.lowest": "▼ lowest",
        "cal.mark.payback": "! payback",
        "cal.payback": "In these months you will probably have to pay money back: {months}. "
        "Keep this in mind.",
        "cal.src.wage_paid": "Wage",
        "cal.src.employer_vakantiegeld": "Holiday pay employer",
        "cal.src.wajong_paid": "Wajong",
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
        "sc.intro": "Compare the job above (job 1) with up to three other jobs: other hours, other wage, "
        "with or without loondispensatie. Leave a job empty if you do not need it. "
        "No hourly wage? Then job 1's wage is used.",
        "sc.name": "Job {n}",
        "sc.col": "Job",
        "sc.hours": "Job {n}: hours per week",
        "sc.wage": "Job {n}: gross hourly wage",
        "sc.lw": "Job {n}: loonwaarde in percent (only with loondispensatie)",
        "h.case": "Save and share",
        "share": "The link in the address bar holds all your answers. Copy it to share this calculation. "
        "We store nothing.",
        "download": "Download as a JSON file",
        "download_pdf": "Download the summary (PDF)",
        "upload": "Open a JSON file you saved earlier",
        "upload.bad": "We cannot open this file:",
        "upload.extra": "These parts of the file are not in the form and are not used: {fields}",
        "disclaimer": "This is an estimate, not a decision by UWV or the Belastingdienst (tax office). "
        "Amounts valid from {date}.",
    },
}


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
    """'2026-07-01' -> '1 juli 2026' (Babel), or '1 July 2026'."""
    from babel.dates import format_date

    return format_date(dt.date.fromisoformat(iso), format="long", locale="nl_NL" if lang == "nl" else "en_GB")
