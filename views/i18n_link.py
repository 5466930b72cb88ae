"""The words for what the app cannot use (issue 19): a value in the link, an uploaded month outside
the list, a broken rates file. Dutch (B1) and English; views/i18n.py merges them into its TEXTS (its
own file so that views/i18n.py stays under the house's 500 lines).
"""

from __future__ import annotations

LINK_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
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
