"""The words for what the app cannot use as given: a number typed another way or unusually high
(issue 13), a value in the link, an uploaded month outside the list, a broken rates file (issue 19).
Dutch (B1) and English; views/i18n.py merges them into its TEXTS (its own file so that views/i18n.py
stays under the house's 500 lines).
"""

from __future__ import annotations

LINK_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "num.understood": "U vulde in: {value}",
        "num.ask": "U vulde {value} in. Dat is erg hoog. Klopt dat?",
        "num.ask.rent": "U vulde {value} huur per maand in. Klopt dat?",
        "num.ask.wage": "U vulde {value} per uur in. Klopt dat?",
        "num.ask.other": "U vulde {value} ander inkomen per maand in. Klopt dat?",
        "num.confirm": "Ja, dat klopt",
        "num.unit.hours": "{n} uur",
        "num.unit.pct": "{n}%",
        "num.fix": "Verbeter eerst de velden met een melding. Dan ziet u het antwoord.",
        "upload.month": "De maand in dit bestand ({month}) staat niet in de lijst van maanden die we kunnen "
        "berekenen. We rekenen nu met {current}. Kies zelf de maand bij 'Meer instellingen'.",
        "url.empty": "leeg",
        "url.on": "aan",
        "url.off": "uit",
        "url.bad": "In de link stond bij dit veld: {value}. Dat kunnen we niet gebruiken. "
        "Er staat nu: {now}. Vul het zelf in.",
        "rates.broken": "De rekenhulp kan nu niet rekenen: een bestand met bedragen klopt niet. "
        "Er is niets berekend. Meld dit aan de beheerder van deze website. Dit is er mis:",
    },
    "en": {
        "num.understood": "You entered: {value}",
        "num.ask": "You entered {value}. That is very high. Is that right?",
        "num.ask.rent": "You entered {value} rent per month. Is that right?",
        "num.ask.wage": "You entered {value} per hour. Is that right?",
        "num.ask.other": "You entered {value} other income per month. Is that right?",
        "num.confirm": "Yes, that is right",
        "num.unit.hours": "{n} hours",
        "num.unit.pct": "{n}%",
        "num.fix": "First correct the fields with a message. Then you see the answer.",
        "upload.month": "The month in this file ({month}) is not in the list of months we can compute. "
        "We now use {current}. Choose the month yourself under 'More settings'.",
        "url.empty": "empty",
        "url.on": "on",
        "url.off": "off",
        "url.bad": "The link had this for this field: {value}. We cannot use that. It is now: {now}. "
        "Please fill it in yourself.",
        "rates.broken": "The calculator cannot compute right now: a file with amounts is wrong. "
        "Nothing was computed. Please tell whoever runs this website. This is what is wrong:",
    },
}
