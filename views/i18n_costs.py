"""The app's texts for the costs of working and the municipality's schemes (issue 16), Dutch (B1) and
English; merged into `views.i18n.TEXTS` (same keys in both languages)."""

from __future__ import annotations

COSTS_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "costs.more": "Kost werken u geld? Vul het hier in (niet verplicht)",
        "costs.work": "Wat kost werken u per maand?",
        "costs.work.help": "Bijvoorbeeld reizen dat uw werkgever niet betaalt, werkkleding, lunch, "
        "kinderopvang of het eigen risico. Een schatting is goed.",
        "costs.travel": "Reiskostenvergoeding van uw werkgever per maand",
        "costs.travel.help": "Het geld dat uw werkgever u geeft voor het reizen. Tot {limit} per kilometer "
        "is dat geen loon: het telt niet mee voor uw Wajong, de belasting en de toeslagen.",
        "src.after_costs": "Op uw rekening, min de kosten van werken",
        "h.costs": "Met de kosten van werken",
        "h.municipal": "Uw gemeente",
    },
    "en": {
        "costs.more": "Does working cost you money? Enter it here (optional)",
        "costs.work": "What does working cost you per month?",
        "costs.work.help": "For example travel your employer does not pay, work clothes, lunch, childcare "
        "or the eigen risico. An estimate is fine.",
        "costs.travel": "Travel allowance from your employer per month",
        "costs.travel.help": "The money your employer gives you for travel. Up to {limit} per km it is not "
        "wage: it does not count for your Wajong, the tax or the toeslagen.",
        "src.after_costs": "In your account, minus the costs of working",
        "h.costs": "With the costs of working",
        "h.municipal": "Your municipality",
    },
}
