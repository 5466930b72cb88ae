"""A Wajonger's business in words, Dutch (B1) and English (issue 17): the explanation steps (what the
Wajong counts, the ondernemersaftrek, the MKB-winstvrijstelling, the belastbare winst, the Zvw bijdrage,
the voorlopige aanslag), the warnings (the settlement risk in numbers) and the checklist for a zzp
Wajonger. calc/business.py and calc/tax/ondernemer.py compute."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from calc import wajong
from calc.explain import LawSource, Notice, Step, row
from calc.money import eur, percent
from calc.months import long_month
from calc.rates import RateBook
from calc.tax.ondernemer import (
    WET_IB_3_2_1,
    WET_IB_3_6,
    WET_IB_3_74,
    WET_IB_3_76,
    WET_IB_3_78A,
    WET_IB_3_79A,
    WET_IB_9_5,
    ZVW_43,
)

if TYPE_CHECKING:
    from calc.business import SettlementRisk
    from calc.chain import ChainOutcome

UWV_ZELFSTANDIGE = LawSource(
    "UWV, De hoogte van mijn Wajong-uitkering als ik zelfstandige ben (schatting aan het begin van het "
    "jaar, voorschot, 1 keer per jaar verrekenen met uw belastingaangifte)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/hoogte-wajong-uitkering/de-hoogte-van-mijn-wajong-uitkering-als-ik-zelfstandige-ben",
)
UWV_INKOMSTEN_OPGEVEN = LawSource(
    "UWV, Geef inkomsten op aan UWV (ook wijzigingen in ondernemersaftrek en MKB-winstvrijstelling)",
    "https://www.uwv.nl/particulieren/eigen-bedrijf-starten/starten-vanuit-arbeidsongeschiktheidsuitkering/tijdens-start-eigen-bedrijf/detail/geef-inkomsten-op-aan-uwv",
)
WAJONG_2_16 = LawSource(
    "Wet Wajong art. 2:16 lid 2 en 3:19 lid 2 (einde recht na vijf jaar werk); art. 1a:9 (Wajong 2015)",
    "https://wetten.overheid.nl/BWBR0008657/2026-07-01#Artikel216",
)
SMALL = 0.5  # euro: less than this is not worth a sentence
BUSINESS_SOURCES = (UWV_ZELFSTANDIGE, UWV_INKOMSTEN_OPGEVEN, wajong.AIB_3_2_BUSINESS, wajong.AIB_4_1_BUSINESS)


def _en(x: float) -> str:
    return eur(x, "en")


def _hours(x: float, lang: str = "nl") -> str:
    """'1.225' / '1,225' (hours, whole numbers)."""
    text = f"{x:,.0f}"
    return text.replace(",", ".") if lang == "nl" else text


def explain_business(c: ChainOutcome, i: int = 0) -> list[Step]:
    """The business's steps for row i (none without a business)."""
    b = c.tax.business
    if b.rates is None or not bool(b.has_business[i]):
        return []
    return [_income(c, i), _aftrek(c, i), _mkb(c, i), _taxable(c, i), _zvw(c, i), _voorlopige_aanslag(c, i)]


def _income(c: ChainOutcome, i: int) -> Step:
    profit, month = row(c.tax.business.profit, i), row(c.wajong.business_income, i)
    loss_nl = f" Een verlies telt als {eur(0.0)}." if profit < 0 else ""
    loss_en = f" A loss counts as {_en(0.0)}." if profit < 0 else ""
    return Step(
        rule="business_income",
        text_nl=(
            f"Uw bedrijf: u verwacht {eur(profit)} winst dit jaar, vóór de ondernemersaftrek. UWV telt die "
            f"winst mee voor uw Wajong, gelijk verdeeld over de maanden met uw bedrijf: {eur(month)} per "
            "maand. De zelfstandigenaftrek, startersaftrek en MKB-winstvrijstelling verlagen alleen uw "
            f"belasting, niet dit bedrag.{loss_nl}"
        ),
        text_en=(
            f"Your business: you expect {_en(profit)} profit this year, before the ondernemersaftrek. UWV "
            f"counts it for your Wajong, spread evenly over the months with your business: {_en(month)} a "
            f"month. The entrepreneur's deductions lower only your tax, not this amount.{loss_en}"
        ),
        amount=month,
        inputs={
            "business_profit_year": profit,
            "business_profit_month": row(c.cols.business_profit_month, i),
        },
        law=(wajong.AIB_3_2_BUSINESS, wajong.AIB_4_1_BUSINESS, UWV_ZELFSTANDIGE),
    )


def _aftrek(c: ChainOutcome, i: int) -> Step:
    """Which ondernemersaftrek applies: the urencriterium (1.225 hours), the verlaagd (800) or none."""
    b, cols = c.tax.business, c.cols
    r = b.rates
    assert r is not None
    hours, crit, red = row(cols.business_hours_year, i), r.urencriterium.value, r.verlaagd_urencriterium.value
    h, h_en = _hours(hours), _hours(hours, "en")
    c_nl, c_en, r_nl, r_en = _hours(crit), _hours(crit, "en"), _hours(red), _hours(red, "en")
    za, st, ao = row(b.zelfstandigenaftrek, i), row(b.startersaftrek, i), row(b.startersaftrek_ao, i)
    if bool(b.meets_urencriterium[i]):
        extra_nl = f" plus startersaftrek {eur(st)}" if st else ""
        extra_en = f" plus startersaftrek {_en(st)}" if st else ""
        nl = (
            f"U werkt {h} uur per jaar in uw bedrijf: genoeg voor het urencriterium ({c_nl} uur). "
            f"Zelfstandigenaftrek {eur(za)}{extra_nl}."
        )
        en = f"You work {h_en} hours a year in your business: the urencriterium ({c_en} hours) is met. "
        en += f"Zelfstandigenaftrek {_en(za)}{extra_en}."
    elif bool(b.meets_reduced[i]):
        why_nl = "" if ao else " Die krijgt u niet: alleen in de eerste drie jaar van een nieuw bedrijf."
        why_en = "" if ao else " Not for you: only in the first three years of a new business."
        nl = (
            f"U werkt {h} uur per jaar in uw bedrijf: minder dan {c_nl} uur, maar ten minste {r_nl} uur. "
            "Als Wajonger krijgt u dan de startersaftrek bij arbeidsongeschiktheid, niet meer dan uw "
            f"winst: {eur(ao)}. U krijgt geen zelfstandigenaftrek.{why_nl}"
        )
        en = (
            f"You work {h_en} hours a year: fewer than {c_en} but at least {r_en}. As a Wajonger you get "
            f"the startersaftrek bij arbeidsongeschiktheid, at most your profit: {_en(ao)}. No "
            f"zelfstandigenaftrek.{why_en}"
        )
    else:
        nl = f"U werkt {h} uur per jaar: minder dan {r_nl} uur. Dan is er geen ondernemersaftrek."
        en = f"You work {h_en} hours a year in your business: fewer than {r_en}. No ondernemersaftrek."
    return Step(
        rule="ondernemersaftrek",
        text_nl=nl,
        text_en=en,
        amount=row(b.ondernemersaftrek, i),
        unit="EUR/year",
        inputs={
            "zelfstandigenaftrek": za,
            "startersaftrek": st,
            "startersaftrek_bij_arbeidsongeschiktheid": ao,
        },
        rates=(
            r.urencriterium,
            r.verlaagd_urencriterium,
            r.zelfstandigenaftrek,
            r.startersaftrek,
            r.startersaftrek_ao,
        ),
        law=(WET_IB_3_6, WET_IB_3_74, WET_IB_3_76, WET_IB_3_78A),
    )


def _mkb(c: ChainOutcome, i: int) -> Step:
    b = c.tax.business
    assert b.rates is not None
    rate = b.rates.mkb.value
    base = row(b.profit, i) - row(b.ondernemersaftrek, i)
    return Step(
        rule="mkb_winstvrijstelling",
        text_nl=f"MKB-winstvrijstelling: {percent(rate)} van de winst na ondernemersaftrek ({eur(base)}) = "
        f"{eur(row(b.mkb, i))}.",
        text_en=f"MKB-winstvrijstelling: {percent(rate, 'en')} of the profit after the ondernemersaftrek "
        f"({_en(base)}) = {_en(row(b.mkb, i))}.",
        amount=row(b.mkb, i),
        unit="EUR/year",
        inputs={"profit_after_ondernemersaftrek": base},
        rates=(b.rates.mkb,),
        law=(WET_IB_3_79A,),
    )


def _taxable(c: ChainOutcome, i: int) -> Step:
    b = c.tax.business
    profit, aftrek, mkb, taxable = (
        row(x, i) for x in (b.profit, b.ondernemersaftrek, b.mkb, b.belastbare_winst)
    )
    return Step(
        rule="business_profit_taxable",
        text_nl=f"Belastbare winst: {eur(profit)} − {eur(aftrek)} − {eur(mkb)} = {eur(taxable)}. Die telt "
        "mee voor uw belasting en voor uw toeslagen (toetsingsinkomen).",
        text_en=f"Taxable profit: {_en(profit)} − {_en(aftrek)} − {_en(mkb)} = {_en(taxable)}. It counts "
        "for your tax and your toeslagen (toetsingsinkomen).",
        amount=taxable,
        unit="EUR/year",
        inputs={"business_profit_year": profit, "ondernemersaftrek": -aftrek, "mkb_winstvrijstelling": -mkb},
        law=(WET_IB_3_2_1,),
    )


def _zvw(c: ChainOutcome, i: int) -> Step:
    b, t = c.tax.business, c.tax
    assert b.rates is not None
    zvw = row(t.zvw_bijdrage_year, i)
    return Step(
        rule="zvw_bijdrage",
        text_nl=f"Bijdrage Zorgverzekeringswet over uw belastbare winst: {percent(b.rates.zvw_rate.value)} "
        f"= {eur(zvw)} per jaar. Die betaalt u zelf. Over loon en Wajong betalen uw werkgever en "
        "UWV hem.",
        text_en=f"Zvw contribution on your taxable profit: {percent(b.rates.zvw_rate.value, 'en')} = "
        f"{_en(zvw)} a year. You pay it yourself; on wage and Wajong your employer and UWV pay it.",
        amount=zvw,
        unit="EUR/year",
        inputs={"business_profit_taxable": row(b.belastbare_winst, i)},
        rates=(b.rates.zvw_rate, b.rates.zvw_max),
        law=(ZVW_43,),
    )


def _voorlopige_aanslag(c: ChainOutcome, i: int) -> Step:
    t = c.tax
    tax, zvw, withheld, va = (row(x, i) for x in (t.income_tax_year, t.zvw_bijdrage_year, t.withheld_year,
                                                  t.voorlopige_aanslag_year))  # fmt: skip
    pay = va >= 0
    nl_end = f"betaalt u elke maand {eur(va / 12)}" if pay else f"krijgt u elke maand {eur(-va / 12)} terug"
    en_end = f"you pay {_en(va / 12)} each month" if pay else f"you get {_en(-va / 12)} back each month"
    return Step(
        rule="voorlopige_aanslag",
        text_nl=f"Over winst houdt niemand loonheffing in. Belasting {eur(tax)} plus Zvw-bijdrage "
        f"{eur(zvw)} min ingehouden {eur(withheld)} = {eur(va)}. Met een voorlopige aanslag "
        f"{nl_end}. Dat rekenen we mee in uw geld per maand.",
        text_en=f"Nobody withholds tax on profit. Tax {_en(tax)} plus Zvw contribution {_en(zvw)} less "
        f"withheld {_en(withheld)} = {_en(va)}. With a voorlopige aanslag {en_end}; the money per "
        "month includes it.",
        amount=va,
        unit="EUR/year",
        inputs={"income_tax_year": tax, "zvw_bijdrage_year": zvw, "withheld_year": -withheld},
        law=(WET_IB_9_5,),
    )


def settlement_sentence(risk: SettlementRisk, lang: str = "nl") -> str:
    """'Valt uw winst € 3.000 hoger uit dan u schatte? Dan vraagt UWV ongeveer € 2.268 terug, waarschijnlijk
    in 2028. ...' (the settlement risk in numbers; the extra tax only when the higher profit costs tax)."""
    year = risk.settlement_month[:4]
    more_tax = risk.tax_extra >= SMALL
    if lang == "nl":
        tax = f" U betaalt dan ook ongeveer {eur(risk.tax_extra)} meer belasting." if more_tax else ""
        return (
            f"Valt uw winst {eur(risk.difference)} hoger uit dan u schatte? Dan vraagt UWV ongeveer "
            f"{eur(risk.payback)} Wajong terug, waarschijnlijk in {year}.{tax} Valt uw winst "
            f"{eur(risk.difference)} lager uit? Dan krijgt u ongeveer {eur(risk.nabetaling)} Wajong bij."
        )
    tax = f", and you pay about {_en(risk.tax_extra)} more tax" if more_tax else ""
    return (
        f"If your profit turns out {_en(risk.difference)} higher than you estimated, UWV will ask back "
        f"about {_en(risk.payback)} of Wajong, probably in {year}{tax}. If it turns out "
        f"{_en(risk.difference)} lower, you get about {_en(risk.nabetaling)} of Wajong extra."
    )


def business_notices(c: ChainOutcome, risk: SettlementRisk | None, i: int = 0) -> list[Notice]:
    """What a Wajonger with a business should know (evaluate's warnings)."""
    b, t = c.tax.business, c.tax
    if b.rates is None or not bool(b.has_business[i]) or risk is None:
        return []
    out = [
        Notice(
            "business_settlement_risk",
            settlement_sentence(risk, "nl") + " UWV rekent af met de cijfers van uw belastingaangifte.",
            settlement_sentence(risk, "en") + " UWV settles with the figures of your tax return.",
            amount=risk.payback,
            sources=(UWV_ZELFSTANDIGE, wajong.AIB_4_1_BUSINESS),
        )
    ]
    va = row(t.voorlopige_aanslag_year, i)
    if va > 0:
        out.append(
            Notice(
                "business_voorlopige_aanslag",
                "Over uw winst wordt geen belasting ingehouden. Vraag een voorlopige aanslag aan. Dan "
                f"betaalt u ongeveer {eur(va / 12)} per maand, in plaats van {eur(va)} in één keer na het "
                "jaar.",
                f"No tax is withheld on your profit. Ask for a voorlopige aanslag: about {_en(va / 12)} a "
                f"month instead of {_en(va)} at once after the year.",
                amount=va,
                sources=(WET_IB_9_5,),
            )
        )
    if row(b.profit, i) < 0:
        out.append(
            Notice(
                "business_loss",
                f"Een verlies telt voor de Wajong als {eur(0.0)}. Uw Wajong wordt er niet hoger van.",
                f"A loss counts as {_en(0.0)} for the Wajong; it does not raise your Wajong.",
                sources=(wajong.AIB_3_2_BUSINESS,),
            )
        )
    if int(row(c.cols.business_year, i)) > 90:  # calc.columns.UNKNOWN_START: the start was not given
        out.append(
            Notice(
                "business_start_unknown",
                "Geef op in welk jaar uw bedrijf begon. In de eerste jaren heeft u misschien recht op "
                "startersaftrek. Nu rekenen we zonder.",
                "Give the year your business started: in its first years you may get a startersaftrek.",
            )
        )
    return out


def business_checklist(book: RateBook, day: dt.date) -> list[Notice]:
    """The checklist of a Wajonger with a business (issue 17): the estimate to UWV, the hours, the
    voorlopige aanslag, and what the law says about five years of work."""
    share = percent(book.value("wajong.end_of_right_maatman_share", day), "nl", 0)
    share_en = percent(book.value("wajong.end_of_right_maatman_share", day), "en", 0)
    return [
        Notice(
            "business_estimate_to_uwv",
            "Geef aan het begin van elk jaar aan UWV door hoeveel winst u verwacht. Geef ook elke "
            "wijziging door, ook als uw ondernemersaftrek verandert. Dan hoeft u later minder terug te "
            "betalen.",
            "Give UWV your expected profit at the start of each year, and every change (also in your "
            "ondernemersaftrek), so that less has to be paid back later.",
            sources=(UWV_ZELFSTANDIGE, UWV_INKOMSTEN_OPGEVEN),
        ),
        Notice(
            "business_hours",
            "Houd bij hoeveel uur u aan uw bedrijf werkt (een urenadministratie). Die uren bepalen uw "
            "aftrek.",
            "Keep a record of the hours you work in your business: they decide your deductions.",
            sources=(WET_IB_3_6, WET_IB_3_78A),
        ),
        Notice(
            "business_voorlopige_aanslag",
            "Vraag bij de Belastingdienst een voorlopige aanslag aan. Dan betaalt u de belasting over uw "
            "winst per maand, en niet in één keer na het jaar.",
            "Ask the Belastingdienst for a voorlopige aanslag, so you pay the tax on your profit monthly.",
            sources=(WET_IB_9_5,),
        ),
        Notice(
            "business_five_years",
            "Uw Wajong stopt niet zomaar omdat u werkt. De wet zegt: bij de Wajong 2010 en de oude Wajong "
            f"stopt het recht pas als u na vijf jaar werk ten minste {share} verdient van wat iemand "
            "zonder beperking met dezelfde opleiding verdient. Bij de Wajong 2015 stopt het recht als u "
            "arbeidsvermogen krijgt. Vraag UWV hoe dit voor u werkt.",
            "Working does not simply end your Wajong. The law: a Wajong 2010 or old Wajong right ends "
            f"only if, after five years of work, you earn at least {share_en} of what a person without a "
            "disability with the same education earns; a Wajong 2015 right ends when you gain "
            "arbeidsvermogen. Ask UWV.",
            sources=(WAJONG_2_16,),
        ),
    ]


def settlement_when(risk: SettlementRisk, lang: str = "nl") -> str:
    """'aangifte vóór mei 2027, UWV verrekent waarschijnlijk in juni 2028'."""
    if lang == "nl":
        return (
            f"aangifte inkomstenbelasting vóór {long_month(risk.aangifte_month)}, daarna verrekent UWV "
            f"waarschijnlijk in {long_month(risk.settlement_month)}"
        )
    return (
        f"tax return before {long_month(risk.aangifte_month, 'en')}, then UWV settles probably in "
        f"{long_month(risk.settlement_month, 'en')}"
    )
