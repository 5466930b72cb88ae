"""The words of the section "Klopt mijn Wajong?" (views/reconcile.py), Dutch (B1) and English.

views/i18n.py merges them into its TEXTS (one dict per language, the same keys; tests/test_i18n.py
checks both). They live in their own file because views/i18n.py would otherwise pass the house's
500 lines. Words only: amounts come in formatted with calc.money.eur.
"""

from __future__ import annotations

RECONCILE_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "rc.h": "Klopt mijn Wajong?",
        "rc.intro": "Heeft u een brief van UWV dat u Wajong moet terugbetalen? Hier rekent u na of het "
        "bedrag klopt. Vul per maand uw loon in en de Wajong die UWV betaalde.",
        "rc.privacy": "Wat u hier invult, blijft in dit venster. Het staat niet in de link en wij bewaren "
        "het niet.",
        "rc.person": "Wij rekenen met uw leeftijd en uw Wajong uit vraag 1: {age} jaar, {kind}. Klopt dat "
        "niet voor deze maanden? Pas het daar aan.",
        "rc.person.garantie": "Uw garantiebedrag uit vraag 1 telt mee: {amount} per maand.",
        "rc.months": "Uw maanden: maand, loon en Wajong",
        "rc.months.help": "Eén maand per regel. Kopieer de kolommen uit Excel, of typ ze met ; ertussen. "
        "Loon: het brutoloon op uw loonstrook, zonder vakantiegeld. Wajong: het brutobedrag op de "
        "betaalspecificatie van UWV.",
        "rc.months.placeholder": "april 2026;1.300,00;696,08\nmei 2026;1.450,00;696,08",
        "rc.months.more": "Ook vakantiegeld of uren per maand? Zet dan op de eerste regel de namen van de "
        "kolommen, bijvoorbeeld: maand;loon;wajong;vakantiegeld",
        "rc.start": "Eerste maand (uw regels hebben geen maand)",
        "rc.file": "Of kies een CSV-bestand met uw maanden",
        "rc.file.used": "Wij gebruiken het bestand {name}. Haal het weg als u de tekst hierboven wilt "
        "gebruiken.",
        "rc.file.big": "Dit bestand is te groot voor een lijst met maanden. Kies een kleiner bestand "
        "(hoogstens {kb} kB).",
        "rc.file.text": "Dit bestand kunnen wij niet lezen. Sla het op als CSV (met ; tussen de "
        "kolommen) en probeer het opnieuw.",
        "rc.letter": "Bedrag dat UWV terugvraagt (bruto, uit de brief)",
        "rc.letter.help": "Laat leeg als u geen brief heeft. Dan rekenen wij alleen uit wat u volgens de "
        "regels krijgt.",
        "rc.letter.bad": "Bedrag dat UWV terugvraagt: {message}. Schrijf het zoals in de brief, "
        "bijvoorbeeld 1.234,56.",
        "rc.date": "Datum van de brief",
        "rc.repayment": "Hoe betaalt u terug?",
        "rc.repayment.unknown": "Weet ik nog niet",
        "rc.repayment.pay": "Ik betaal zelf terug",
        "rc.repayment.offset": "UWV haalt het van mijn Wajong af (verrekenen)",
        "rc.more": "Meer instellingen",
        "rc.lw": "Loonwaarde in procent, als u loondispensatie heeft (staat in de brief van UWV)",
        "rc.lw.help": "Met loondispensatie vult u bij loon in wat de werkgever echt betaalt.",
        "rc.pay_period": "Hoe vaak krijgt u loon?",
        "rc.pay_period.month": "Elke maand",
        "rc.pay_period.four_weeks": "Elke vier weken",
        "rc.empty": "Vul eerst uw maanden in. Dan ziet u hier het antwoord.",
        "rc.fix": "Dit moet u eerst aanpassen:",
        "rc.table": "Maand voor maand",
        "rc.col.month": "Maand",
        "rc.col.wage": "Loon",
        "rc.col.holiday": "Vakantiegeld",
        "rc.col.due": "Volgens de regels",
        "rc.col.paid": "UWV betaalde",
        "rc.col.diff": "Te veel of te weinig",
        "rc.table.note": "Volgens de regels: de Wajong die bij uw loon hoort. Te veel: UWV betaalde meer "
        "dan de regels zeggen. Dat vraagt UWV terug.",
        "rc.why": "Waarom? De uitleg per maand",
        "rc.causes": "Alle mogelijke oorzaken van het verschil",
        "rc.causes.check": "Wat kunt u nakijken?",
        "rc.h.money": "Bruto of netto terugbetalen?",
        "rc.room": "Wat de wet open laat",
        "rc.bezwaar": "Bent u het niet eens met de brief? Maak dan bezwaar. Dat kan tot en met {date}.",
        "rc.bezwaar.nodate": "Bezwaar maken kan tot {weeks} weken na de datum van de brief. Vul de datum in, "
        "dan ziet u tot wanneer.",
        "rc.h.warnings": "Let op",
        "rc.h.todo": "Wat kunt u doen?",
        "rc.sources": "Bronnen: wetten en pagina's van UWV en de Belastingdienst",
        "rc.pdf": "Download de controle als PDF",
        "rc.pdf.help": "Een PDF met het antwoord, de tabel, de afvinklijst en de bronnen. Om mee te nemen "
        "naar UWV of uw coach.",
        "rc.provisional": "Een deel van de bedragen is nog niet zeker. Dit is een voorlopige berekening.",
        "rc.disclaimer": "Dit is een controle met de regels van de wet, geen besluit van UWV. UWV kan "
        "gegevens hebben die u hier niet invulde.",
    },
    "en": {
        "rc.h": "Is my Wajong right? (Klopt mijn Wajong?)",
        "rc.intro": "Did UWV send you a letter saying you must pay Wajong back? Check here whether the "
        "amount is right. Enter your wage per month and the Wajong UWV paid.",
        "rc.privacy": "What you enter here stays in this window. It is not in the link and we do not "
        "keep it.",
        "rc.person": "The check uses your age and Wajong from question 1: {age} years, {kind}. Not right "
        "for these months? Change it there.",
        "rc.person.garantie": "Your garantiebedrag from question 1 counts: {amount} a month.",
        "rc.months": "Your months: month, wage and Wajong",
        "rc.months.help": "One month per line. Copy the columns from Excel, or type them with ; between "
        "them. Wage: the gross wage on your payslip, without holiday pay. Wajong: the gross amount on "
        "UWV's betaalspecificatie.",
        "rc.months.placeholder": "April 2026;1,300.00;696.08\nMay 2026;1,450.00;696.08",
        "rc.months.more": "Also holiday pay or hours per month? Put the column names on the first line, "
        "e.g.: month;wage;wajong;holiday_pay",
        "rc.start": "First month (your lines have no month)",
        "rc.file": "Or choose a CSV file with your months",
        "rc.file.used": "Using the file {name}. Remove it to use the text above.",
        "rc.file.big": "This file is too large for a list of months. Choose a smaller file (at most {kb} "
        "kB).",
        "rc.file.text": "This file cannot be read. Save it as CSV (with ; between the columns) and try "
        "again.",
        "rc.letter": "Amount UWV asks back (gross, from the letter)",
        "rc.letter.help": "Leave empty if you have no letter; the check then shows what the rules give.",
        "rc.letter.bad": "Amount UWV asks back: {message}. Write it as in the letter, e.g. 1,234.56.",
        "rc.date": "Date of the letter",
        "rc.repayment": "How do you pay it back?",
        "rc.repayment.unknown": "I don't know yet",
        "rc.repayment.pay": "I pay it back myself",
        "rc.repayment.offset": "UWV takes it from my Wajong (verrekenen)",
        "rc.more": "More settings",
        "rc.lw": "Loonwaarde in percent, if you have loondispensatie (in UWV's letter)",
        "rc.lw.help": "With loondispensatie, enter as wage what the employer really pays.",
        "rc.pay_period": "How often are you paid?",
        "rc.pay_period.month": "Every month",
        "rc.pay_period.four_weeks": "Every four weeks",
        "rc.empty": "Enter your months first; the answer appears here.",
        "rc.fix": "Please fix this first:",
        "rc.table": "Month by month",
        "rc.col.month": "Month",
        "rc.col.wage": "Wage",
        "rc.col.holiday": "Holiday pay",
        "rc.col.due": "By the rules",
        "rc.col.paid": "UWV paid",
        "rc.col.diff": "Too much or too little",
        "rc.table.note": "By the rules: the Wajong that goes with your wage. Too much: UWV paid more than "
        "the rules give; UWV asks that back.",
        "rc.why": "Why? The explanation per month",
        "rc.causes": "All possible causes of the difference",
        "rc.causes.check": "What can you check?",
        "rc.h.money": "Repay gross or net?",
        "rc.room": "What the law leaves open",
        "rc.bezwaar": "Disagree with the letter? Object (bezwaar) until {date} at the latest.",
        "rc.bezwaar.nodate": "You can object (bezwaar) until {weeks} weeks after the letter's date. Enter "
        "the date to see the deadline.",
        "rc.h.warnings": "Please note",
        "rc.h.todo": "What can you do?",
        "rc.sources": "Sources: laws and pages of UWV and the Belastingdienst",
        "rc.pdf": "Download the check as PDF",
        "rc.pdf.help": "A PDF with the answer, the table, the checklist and the sources, to take to UWV or "
        "your coach.",
        "rc.provisional": "Some amounts are not yet certain. This is a provisional check.",
        "rc.disclaimer": "This is a check against the rules of the law, not a decision by UWV. UWV may "
        "have data you did not enter here.",
    },
}
