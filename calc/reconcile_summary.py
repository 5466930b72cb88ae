"""Klopt mijn Wajong? in plain words: the answer first, then the months as a table (issue 21).

`answer(result)` reads the result of calc.reconcile (months, total, reclaim) and says, in B1 Dutch and
English, whether UWV's letter matches, how large the difference is and the most likely cause. The app,
the PDF and the batch read this one answer, so they say the same thing. `month_rows` gives the
months as the table shows them (formatted with calc.money.eur), with the total; nothing here computes
a Wajong amount: every number is read from the result.
"""

from __future__ import annotations

from typing import Any

from calc.money import eur
from calc.reconcile_causes import explains_part
from calc.reconcile_texts import month_label, months_label

CENT = 0.005  # below half a cent an amount is zero (the result is rounded to the cent)
# (too much, too little), with a non-breaking space: a narrow column breaks after the amount, never
# inside the words.
DIFFERENCE_WORDS = {"nl": ("te\u00a0veel", "te\u00a0weinig"), "en": ("too\u00a0much", "too\u00a0little")}


def difference_text(x: float, lang: str = "nl") -> str:
    """A month's difference (due − paid) as a reader says it: '€ 14,00 te veel' (UWV paid more than
    due), '€ 70,00 te weinig' (less), 'klopt' (the same)."""
    if abs(x) < CENT:
        return "klopt" if lang == "nl" else "right"
    words = DIFFERENCE_WORDS[lang if lang in DIFFERENCE_WORDS else "nl"]
    return f"{eur(abs(x), lang)} {words[0] if x < 0 else words[1]}"


def most_likely_cause(reclaim: dict[str, Any]) -> dict[str, Any] | None:
    """The first ranked cause when it explains all or part of the letter's gap; when none does, the
    wrong wage (polis_wage), the one cause that can explain any difference. None when the letter
    matches or there is no letter."""
    causes = reclaim.get("causes") or []
    if reclaim.get("matches") is not False or not causes:
        return None
    first = causes[0]
    if first["closes_gap"] or explains_part(first, reclaim["gap"], reclaim["tolerance"]):
        return first
    return next((c for c in causes if c["cause"] == "polis_wage"), first)


def _check_sentence(expected: float, lang: str, short: bool = False) -> str:
    """What the check finds over all months: too much paid, too little, or right."""
    if expected > CENT:
        if lang == "nl":
            return f"Volgens de regels betaalde UWV u {eur(expected)} te veel."
        return f"By the rules UWV paid you {eur(expected, 'en')} too much."
    if expected < -CENT:
        if lang == "nl":
            owe = "" if short else " UWV moet u dat nog betalen."
            return f"Volgens de regels betaalde UWV u {eur(-expected)} te weinig.{owe}"
        owe = "" if short else "; UWV still owes you that"
        return f"By the rules UWV paid you {eur(-expected, 'en')} too little{owe}."
    return (
        "Volgens de regels betaalde UWV precies genoeg."
        if lang == "nl"
        else "By the rules UWV paid exactly right."
    )


def _short(reclaim: dict[str, Any], lang: str) -> str:
    if reclaim["matches"] is True:
        return "De brief van UWV klopt." if lang == "nl" else "UWV's letter is right."
    if reclaim["matches"] is False:
        return (
            "De brief van UWV klopt waarschijnlijk niet."
            if lang == "nl"
            else "UWV's letter is probably not right."
        )
    return _check_sentence(reclaim["expected"], lang, short=True)


def _letter_sentences(reclaim: dict[str, Any], lang: str) -> list[str]:
    letter, gap, tol = reclaim["letter"], reclaim["gap"], reclaim["tolerance"]
    nl = lang == "nl"
    out = [f"UWV vraagt {eur(letter)} terug." if nl else f"UWV asks back {eur(letter, 'en')}."]
    if reclaim["matches"]:
        out.append(
            "Wij rekenen hetzelfde uit." if nl else "The check finds the same.",
        )
        if abs(gap) >= CENT:
            out.append(
                f"Het verschil van {eur(abs(gap))} is kleiner dan {eur(tol)}. Dat komt door afronden."
                if nl
                else f"The difference of {eur(abs(gap), 'en')} is below {eur(tol, 'en')}: rounding."
            )
        return out
    out.append(_check_sentence(reclaim["expected"], lang))
    more = gap > 0
    if nl:
        out.append(f"UWV vraagt dus {eur(abs(gap))} {'meer' if more else 'minder'} terug dan wij uitrekenen.")
    else:
        out.append(f"So UWV asks back {eur(abs(gap), 'en')} {'more' if more else 'less'} than the check.")
    return out


def _cause_sentences(cause: dict[str, Any], lang: str) -> list[str]:
    title = cause[f"title_{lang}"]
    title = title[:1].lower() + title[1:]  # after a colon, mid-sentence
    if cause["closes_gap"]:
        lead = f"Waarschijnlijke oorzaak: {title}." if lang == "nl" else f"Likely cause: {title}."
    elif cause["explains"]:
        lead = f"Mogelijke oorzaak: {title}." if lang == "nl" else f"Possible cause: {title}."
    else:
        lead = (
            f"Wij vinden geen oorzaak die het verschil verklaart. Kijk eerst naar: {title}."
            if lang == "nl"
            else f"No cause explains the difference. Look first at: {title}."
        )
    return [lead, cause[f"hypothesis_{lang}"]]


def answer(result: dict[str, Any]) -> dict[str, Any]:
    """The answer in plain words: `short_nl/en` (does the letter match?), `nl/en` (how much, over which
    months, and the most likely cause), `cause` (its code, or None)."""
    reclaim = result["reclaim"]
    periods = [m["period"] for m in result["months"]]
    cause = most_likely_cause(reclaim)
    out: dict[str, Any] = {"cause": cause["cause"] if cause else None}
    for lang in ("nl", "en"):
        n = len(periods)
        span = months_label(periods, lang)
        if lang == "nl":
            over = f"Wij keken naar {n} {'maand' if n == 1 else 'maanden'}: {span}."
        else:
            over = f"The check covers {n} month{'' if n == 1 else 's'}: {span}."
        sentences = [over]
        if reclaim["letter"] is None:
            sentences.append(_check_sentence(reclaim["expected"], lang))
        else:
            sentences += _letter_sentences(reclaim, lang)
        if cause is not None:
            sentences += _cause_sentences(cause, lang)
        out[f"short_{lang}"] = _short(reclaim, lang)
        out[lang] = " ".join(sentences)
    return out


def causes_shown(reclaim: dict[str, Any], lang: str = "nl") -> tuple[list[dict[str, str]], str | None]:
    """The causes a reader should look at, in rank order (those the check could test: title, what the
    check found, what to look at), and one sentence naming those that cannot apply here (monthly pay
    has no four-weekly split, no garantiebedrag entered, ...); None when every cause applies."""
    shown = [
        {
            "title": f"{n}. {c[f'title_{lang}']}",
            "text": c[f"hypothesis_{lang}"],
            "check": c[f"check_{lang}"],
        }
        for n, c in enumerate((c for c in reclaim["causes"] if c["computable"]), start=1)
    ]
    rest = [c[f"title_{lang}"].lower() for c in reclaim["causes"] if not c["computable"]]
    if not rest:
        return shown, None
    lead = "Speelt hier niet" if lang == "nl" else "Does not apply here"
    return shown, f"{lead}: {', '.join(rest)}."


def month_rows(result: dict[str, Any], lang: str = "nl") -> dict[str, Any]:
    """The months as the table shows them: month, wage (holiday pay when any month has it), due, paid,
    difference in words; and the total row. Every number is the result's own."""
    holiday = any(m["holiday_pay"] for m in result["months"])
    rows = []
    for m in result["months"]:
        row = [month_label(m["period"], lang), eur(m["wage"], lang)]
        if holiday:
            row.append(eur(m["holiday_pay"], lang) if m["holiday_pay"] else "")
        row += [
            eur(m["wajong_due"], lang),
            eur(m["wajong_paid"], lang),
            difference_text(m["difference"], lang),
        ]
        rows.append(row)
    t = result["total"]
    total = ["Totaal" if lang == "nl" else "Total", ""]
    if holiday:
        total.append("")
    total += [eur(t["due"], lang), eur(t["paid"], lang), difference_text(t["difference"], lang)]
    return {"holiday_pay": holiday, "rows": rows, "total": total}
