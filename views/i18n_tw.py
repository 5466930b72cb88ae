"""The app's texts for the Toeslagenwet's questions (issue 16), Dutch (B1) and English; merged into
`views.i18n.TEXTS` (same keys in both languages)."""

from __future__ import annotations

TW_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "partner_birth_year": "In welk jaar is uw partner geboren?",
        "partner_birth_year.help": "Dit telt voor de toeslag van UWV (Toeslagenwet). Is uw partner geboren "
        "na 1971 en woont er geen kind jonger dan 12 bij u? Dan krijgt u die toeslag niet. Leeg: wij "
        "nemen aan na 1971.",
        "lives_with_parents": "Woont u bij uw ouders?",
        "lives_with_parents.help": "Bent u jonger dan 21 en woont u bij uw ouders? Dan krijgt u geen toeslag "
        "van UWV (Toeslagenwet).",
        "kostendelers": "Met hoeveel andere volwassenen van 27 jaar of ouder deelt u uw huis?",
        "kostendelers.help": "Tel niet mee: uw partner, iemand die huur aan u betaalt (commercieel) of een "
        "student. Deelt u uw huis? Dan is het sociaal minimum voor de toeslag van UWV lager.",
        "tw_receives": "Krijgt u nu een toeslag van UWV (Toeslagenwet)?",
        "tw_receives.help": "UWV vult uw Wajong soms aan tot het sociaal minimum. Die toeslag komt niet "
        "vanzelf: u moet hem aanvragen. Het staat op uw betaalspecificatie van UWV.",
        "tw_receives.yes": "Ja",
        "tw_receives.no": "Nee",
        "tw_receives.unknown": "Weet ik niet",
        "sc.toeslagenwet": "Toeslag van UWV per maand",
    },
    "en": {
        "partner_birth_year": "In what year was your partner born?",
        "partner_birth_year.help": "This counts for the UWV top-up (Toeslagenwet). Partner born after 1971 "
        "and no child under 12 at home? Then there is no top-up. Empty: we assume after 1971.",
        "lives_with_parents": "Do you live with your parents?",
        "lives_with_parents.help": "Under 21 and living with your parents? Then there is no UWV top-up "
        "(Toeslagenwet).",
        "kostendelers": "With how many other adults of 27 or older do you share your home?",
        "kostendelers.help": "Do not count your partner, someone who pays you rent (commercially) or a "
        "student. Sharing your home makes the social minimum for the UWV top-up lower.",
        "tw_receives": "Do you get a UWV top-up (Toeslagenwet) now?",
        "tw_receives.help": "UWV sometimes tops up the Wajong to the social minimum. It is not paid "
        "automatically: you have to ask for it. It is on your UWV payment slip.",
        "tw_receives.yes": "Yes",
        "tw_receives.no": "No",
        "tw_receives.unknown": "I don't know",
        "sc.toeslagenwet": "UWV top-up per month",
    },
}
