"""The words of the PDF "Controle van uw Wajong" (calc/reconcile_report.py fills them in,
calc/templates/reconcile.typ lays them out), Dutch (B1) and English. Words only: amounts and dates
come in formatted from calc's result; the sentences of the answer, the months, the causes, the money
and the checklist are calc.reconcile's own (the app shows the same)."""

from __future__ import annotations

from typing import Any

TEXT: dict[str, dict[str, Any]] = {
    "nl": {
        "title": "Controle van uw Wajong",
        "subtitle": "Klopt wat UWV betaalde en terugvraagt? Maand voor maand nagerekend.",
        "for_whom": "Voor",
        "page": "Pagina",
        "footer": "Loont werken? – Controle van uw Wajong. Een controle met de regels, geen besluit van UWV.",
        "made_on": "Gemaakt op",
        "months": "Maanden",
        "letter_date": "Datum van de brief",
        "letter_amount": "UWV vraagt terug (bruto)",
        "no_letter": "geen brief ingevuld",
        "version": "Versie rekenhulp",
        "h_person": "Waarmee wij rekenden",
        "f_age": "Leeftijd",
        "f_wajong": "Wajong",
        "f_av_yes": "met arbeidsvermogen",
        "f_av_no": "zonder arbeidsvermogen",
        "f_garantiebedrag": "Garantiebedrag per maand",
        "f_loonwaarde": "Loonwaarde (loondispensatie)",
        "f_pay_period": "Loon",
        "pay_period": {"month": "elke maand", "four_weeks": "elke vier weken"},
        "f_repayment": "Terugbetalen",
        "repayment": {
            None: "nog niet bekend",
            "pay": "u betaalt zelf terug",
            "offset": "UWV haalt het van uw Wajong af (verrekenen)",
        },
        "h_months": "Maand voor maand",
        "columns": [
            "Maand",
            "Loon",
            "Vakantiegeld",
            "Volgens de regels",
            "UWV betaalde",
            "Te veel of te weinig",
        ],
        "table_note": "Loon: het brutoloon van de maand, zonder vakantiegeld. Volgens de regels: de Wajong "
        "die bij dat loon hoort (bruto). UWV betaalde: de bruto Wajong op de betaalspecificatie. Te veel: "
        "UWV betaalde meer dan de regels zeggen; dat vraagt UWV terug.",
        "h_why": "Waarom? De uitleg per maand",
        "h_causes": "Waar kan het verschil vandaan komen?",
        "causes_intro": "Wij hebben elke oorzaak nagerekend. De bovenste past het best bij de brief.",
        "check": "Kijk na:",
        "h_money": "Bruto of netto terugbetalen? Belasting en toeslagen",
        "h_room": "Wat de wet open laat",
        "h_bezwaar": "Bezwaar maken",
        "bezwaar": "Bent u het niet eens met de brief? Maak dan bezwaar. Dat kan tot en met {date}.",
        "bezwaar_nodate": "Bezwaar maken kan tot {weeks} weken na de datum van de brief. Kijk naar de datum "
        "op de brief.",
        "h_warnings": "Let op",
        "h_checklist": "Wat kunt u doen? Vink af wat u gedaan heeft",
        "provisional": "Een deel van de bedragen is nog niet zeker. Dit is een voorlopige berekening.",
        "h_sources": "Bronnen",
        "h_disclaimer": "Een controle, geen besluit",
        "disclaimer": "Dit is een controle met de regels van de Wajong-wet, geen besluit van UWV. UWV kan "
        "gegevens hebben die hier niet zijn ingevuld, bijvoorbeeld ander loon in de polisadministratie. "
        "Maak bezwaar op tijd, ook als u nog op antwoord van UWV wacht.",
    },
    "en": {
        "title": "Checking your Wajong",
        "subtitle": "Is what UWV paid and asks back right? Checked month by month.",
        "for_whom": "For",
        "page": "Page",
        "footer": "Loont werken? – Checking your Wajong. A check against the rules, not a decision by UWV.",
        "made_on": "Made on",
        "months": "Months",
        "letter_date": "Date of the letter",
        "letter_amount": "UWV asks back (gross)",
        "no_letter": "no letter entered",
        "version": "Tool version",
        "h_person": "What the check used",
        "f_age": "Age",
        "f_wajong": "Wajong",
        "f_av_yes": "met arbeidsvermogen (with work capacity)",
        "f_av_no": "zonder arbeidsvermogen (without work capacity)",
        "f_garantiebedrag": "Garantiebedrag a month",
        "f_loonwaarde": "Loonwaarde (loondispensatie)",
        "f_pay_period": "Wage",
        "pay_period": {"month": "every month", "four_weeks": "every four weeks"},
        "f_repayment": "Repayment",
        "repayment": {
            None: "not known yet",
            "pay": "you pay it back yourself",
            "offset": "UWV takes it from your Wajong (verrekenen)",
        },
        "h_months": "Month by month",
        "columns": ["Month", "Wage", "Holiday pay", "By the rules", "UWV paid", "Too much or too little"],
        "table_note": "Wage: the month's gross wage, without holiday pay. By the rules: the Wajong that goes "
        "with that wage (gross). UWV paid: the gross Wajong on the betaalspecificatie. Too much: UWV paid "
        "more than the rules give; UWV asks that back.",
        "h_why": "Why? The explanation per month",
        "h_causes": "Where can the difference come from?",
        "causes_intro": "Each cause was recomputed; the top one fits the letter best.",
        "check": "Check:",
        "h_money": "Repay gross or net? Tax and toeslagen",
        "h_room": "What the law leaves open",
        "h_bezwaar": "Objecting (bezwaar)",
        "bezwaar": "Disagree with the letter? Object (bezwaar) until {date} at the latest.",
        "bezwaar_nodate": "You can object (bezwaar) until {weeks} weeks after the letter's date; see the "
        "date on the letter.",
        "h_warnings": "Please note",
        "h_checklist": "What can you do? Tick what you have done",
        "provisional": "Some amounts are not yet certain. This is a provisional check.",
        "h_sources": "Sources",
        "h_disclaimer": "A check, not a decision",
        "disclaimer": "This is a check against the rules of the Wajong law, not a decision by UWV. UWV may "
        "have data not entered here, such as a different wage in the polisadministratie. Object in time, "
        "even while you wait for UWV's answer.",
    },
}
