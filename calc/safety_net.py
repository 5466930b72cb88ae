"""The safety net in plain sentences, each with its article (issue 16, part 2): "if I work, do I lose my
Wajong?" Read in the Wet Wajong text of 1 January 2026 (BWBR0008657, via the regelrecht-corpus harvest of
wetten.overheid.nl):

* With arbeidsvermogen (Wajong 2010, chapter 2; oude Wajong, chapter 3): the right does not end while the
  Wajonger works, unless he earns at least 75% of the maatmaninkomen after five years of work (art. 2:16
  lid 2, 3:19 lid 2). If it ended, it herleeft on application when he can no longer earn more than 75% of
  the maatman (art. 2:17 lid 1); in the oude Wajong the benefit is granted again after four weeks of
  arbeidsongeschiktheid (art. 3:21 lid 1).
* Without arbeidsvermogen: a volledig en duurzaam arbeidsongeschikte of the Wajong 2010 who earns more than
  20% of the maatmaninkomen for twelve calendar months in a row is called for a re-examination (art. 2:46a
  lid 1); in the Wajong 2015 the right ends only when UWV decides he has arbeidsvermogen (art. 1a:9 a), and
  herleeft when he again has duurzaam none (art. 1a:10 lid 1).

The maatmaninkomen is not an input: the number given is 20% of the minimum wage, "if your maatmaninkomen is
the minimum wage" (docs/assumptions.md). The sentences only say what the law says; UWV decides.
"""

from __future__ import annotations

from typing import Any

from calc.explain import LawSource, Notice
from calc.money import eur, percent
from calc.rates import RateBook
from calc.situation import Situation

WAJONG = "https://wetten.overheid.nl/BWBR0008657/2026-01-01"
ART_1A_9 = LawSource(
    "Wet Wajong art. 1a:9 en 1a:10 (einde en herleving, Wajong 2015)", f"{WAJONG}#Artikel1a9"
)
ART_2_16 = LawSource(
    "Wet Wajong art. 2:16 (einde van het recht; na vijf jaar werken)", f"{WAJONG}#Artikel216"
)
ART_2_17 = LawSource("Wet Wajong art. 2:17 (herleving van het recht)", f"{WAJONG}#Artikel217")
ART_2_46A = LawSource(
    "Wet Wajong art. 2:46a (onderzoek bij inkomen boven 20% van het maatmaninkomen)",
    f"{WAJONG}#Artikel246a",
)
ART_3_19 = LawSource(
    "Wet Wajong art. 3:19 en 3:21 (oude Wajong: einde en opnieuw toekennen)", f"{WAJONG}#Artikel319"
)
MONTHS_REEXAMINATION = 12  # art. 2:46a lid 1: "een aaneengesloten termijn van twaalf kalendermaanden"


def safety_net_notices(s: Situation, wage_month: float, book: RateBook) -> list[Notice]:
    """The sentences for this client: by the kind of Wajong, with a number where the inputs allow one
    (`wage_month`: the wage per month with the new job)."""
    if s.wajong.arbeidsvermogen:
        share = percent(book.value("wajong.end_of_right_maatman_share", s.first_day), "nl", 0)
        share_en = percent(book.value("wajong.end_of_right_maatman_share", s.first_day), "en", 0)
        return [_five_years(share, share_en), _herleving(share, share_en)]
    return [_reexamination(s, wage_month, book), _herleving_dga()]


def _five_years(share: str, share_en: str) -> Notice:
    return Notice(
        "safety_five_years",
        "Zolang u werkt, stopt uw recht op Wajong niet. Het kan "
        f"pas stoppen als u na 5 jaar werken ten minste {share} verdient van het maatmaninkomen: wat iemand "
        "zonder beperking met uw opleiding verdient (Wajong art. 2:16 lid 2; oude Wajong art. 3:19 lid 2).",
        "While you work, your right to Wajong does not end. It "
        f"can only end if, after 5 years of work, you earn at least {share_en} of the maatmaninkomen: what "
        "someone without your limitation with your education earns (Wajong art. 2:16(2); old Wajong "
        "art. 3:19(2)).",
        sources=(ART_2_16, ART_3_19),
    )


def _herleving(share: str, share_en: str) -> Notice:
    return Notice(
        "safety_herleving",
        f"Is uw recht toch gestopt, en kunt u later niet meer dan {share} van het maatmaninkomen verdienen? "
        "Dan vraagt u de Wajong opnieuw aan en krijgt u hem weer: uw recht herleeft (Wajong art. 2:17). "
        "In de oude Wajong krijgt u hem weer als u 4 weken achter elkaar arbeidsongeschikt bent "
        "(art. 3:21).",
        f"If your right did end and you later cannot earn more than {share_en} of the maatmaninkomen, you "
        "apply again and get it back: the right revives (Wajong art. 2:17). In the old Wajong you get it "
        "back after 4 weeks in a row of incapacity (art. 3:21).",
        sources=(ART_2_17, ART_3_19),
    )


def _reexamination(s: Situation, wage_month: float, book: RateBook) -> Notice:
    """Art. 2:46a with a number: 20% of the minimum wage per month (as if the maatman were it)."""
    minimum = float(book.value("minimum_wage.referentiemaandloon", s.first_day))
    share = float(book.value("wajong.reexamination_share_maatman", s.first_day))
    limit = round(share * minimum, 2)
    pct, pct_en = percent(share, "nl", 0), percent(share, "en", 0)
    n = MONTHS_REEXAMINATION
    nl = (
        "U heeft een Wajong zonder arbeidsvermogen. U mag werken. Kreeg u de Wajong in 2010 tot en met "
        f"2014 (Wajong 2010)? Verdient u {n} maanden achter elkaar meer dan {pct} van uw maatmaninkomen? "
        "Dan nodigt UWV u uit voor een onderzoek: kunt u nog steeds niet werken? (Wajong art. 2:46a). Is "
        f"uw maatmaninkomen het minimumloon? Dan is die grens {eur(limit)} per maand."
    )
    en = (
        "You have a Wajong without arbeidsvermogen. You may work. Did you get the Wajong in 2010 to 2014 "
        f"(Wajong 2010)? If you earn more than {pct_en} of your maatmaninkomen for {n} months in a row, UWV "
        "invites you for a re-examination: are you still unable to work? (Wajong art. 2:46a). If your "
        f"maatmaninkomen is the minimum wage, that limit is {eur(limit, 'en')} a month."
    )
    if wage_month > 0:
        above = wage_month > limit
        nl += f" Met deze baan verdient u {eur(wage_month)} per maand: {'meer' if above else 'niet meer'}"
        nl += " dan dat."
        en += f" With this job you earn {eur(wage_month, 'en')} a month: {'more' if above else 'not more'}"
        en += " than that."
    return Notice("safety_reexamination", nl, en, amount=limit, sources=(ART_2_46A,))


def _herleving_dga() -> Notice:
    return Notice(
        "safety_herleving_dga",
        "Kreeg u de Wajong vanaf 2015 (Wajong 2015)? Dan stopt uw Wajong alleen als UWV besluit dat u "
        "toch kunt werken (Wajong art. 1a:9). Kunt u daarna toch blijvend niet werken? Dan krijgt u de "
        "Wajong weer: uw recht herleeft (art. 1a:10).",
        "Did you get the Wajong from 2015 (Wajong 2015)? Then your Wajong only ends if UWV decides you can "
        "work after all (Wajong art. 1a:9). If you then cannot work after all, for good, you get the Wajong "
        "back: the right revives (art. 1a:10).",
        sources=(ART_1A_9,),
    )


def safety_net_list(s: Situation, wage_month: float, book: RateBook) -> list[dict[str, Any]]:
    """The comparison's `safety_net` (docs/cli.md): code, nl, en, amount where there is one, sources."""
    out = []
    for n in safety_net_notices(s, wage_month, book):
        d = {"code": n.code, "nl": n.nl, "en": n.en, "sources": [src.citation() for src in n.sources]}
        if n.amount is not None:
            d["amount"] = n.amount
        out.append(d)
    return out
