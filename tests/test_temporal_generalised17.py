"""Round 16: publication anachronisms and phase order (publication_anachronism, order_violation).

A word of the recent past ("last week", "earlier today", "last year") and a date a year or more
away that dates the same event, linked by a definite or set-off noun phrase in the same sentence
or by a definite event noun opening the next one; a past event dated after publication with no
preposition before a full date, or inside a past "when"/"until" clause; two phases of one event
whose order lies in the words (start/end, suspend/resume, leave/return, engage/marry,
discover/publish, elect/re-elect, destroy/rebuild, arrest/charge), linked by "and", an opening
participle or a next sentence whose subject points back.  Written in other words than any
injected template; published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case


@pytest.mark.parametrize("text", [
    "Unemployment in Latvia dipped to 7.1 per cent last month, the labour ministry said of its survey for April 2009.",
    "Hundreds of farmers blocked the ring road last weekend -- the blockade on June 4, 2003 lasted into the night.",
    "Ticket sales fell sharply last year, its annual accounts for 2010 reveal.",
    "The inquiry, which sat this week at Harwick Town Hall on 12 June 2004, heard from six witnesses.",
    "The county council met earlier this month to debate the budget. The meeting, held 9 May 2005, ran late.",
    "Fire crews fought a warehouse blaze on the quay last night. The blaze, in February 2007, gutted three units.",
    "Detectives detained the driver Oct. 14, 2019, a court filing shows.",
    "Crowds cheered when the new footbridge opened to the public Aug. 3, 2021.",
    "The regional assembly adopted the harbour plan on 4 March 2020, by 31 votes to 12.",
])
def test_recent_word_and_date_fire(text: str) -> None:
    check_dated_case(text, "publication_anachronism")


@pytest.mark.parametrize("text", [
    # comparison, origin and repetition: another moment than the recent one
    "Inflation rose last month to its highest level since March 2002.",
    "Turnout last week was higher than in the referendum of 2005.",
    "Sales fell last year, and in 2009 the firm had closed two plants.",
    "The charity, founded in 1999, held its gala last night.",
    "He was jailed last week for the murder of March 2002.",
    "Campaigners marked the anniversary of the 1984 strike this week.",
    "She spoke last month about the Clean Air Act of 1990.",
    "In his last year with the club, which he left in 2009, he scored twice.",
    # quoted and future plans, conditionals
    "Officials agreed last week on the schedule for the ballot of March 2, 2019.",
    "Firefighters tackled a blaze last night. The blaze, which began in 2003, had smouldered in a landfill for years.",
    "Officials said last week that the new line would open in 2022.",
    "If the bridge is finished by 12 May 2021, tolls will start that summer.",
    "Engineers expect to complete the tunnel on 4 June 2020, the company said.",
    "The council said the parking plan for 2020 would be put to a vote.",
    # a dateline, not an event
    "Rebels shelled the airport in some districts March 15 2017 Amid continuing clashes, aid stalled.",
])
def test_recent_word_and_date_near_misses(text: str) -> None:
    check_dated_case(text, None, "publication_anachronism")


@pytest.mark.parametrize("text", [
    "Excavation of the harbour tunnel began in 1984 and was completed in 1979, records show.",
    "Ferry crossings were halted on 3 May 1996 and resumed on 20 April 1996 after the storm.",
    "The novelist went into exile in 1981. She returned to Lisbon in 1977, after the coup.",
    "The couple announced their engagement in July 2001 and married in June 2000 in Porto.",
    "Astronomers spotted the comet in March 1997 and published their orbit on 2 January 1996.",
    "First elected mayor in 1990, Ines Varga was re-elected in 1986 by a wide margin.",
    "The old mill burned down in 1921. It was rebuilt in brick in 1918.",
    "Police arrested the treasurer in May 2004 and charged him in January 2003 with fraud.",
])
def test_phase_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    # the right order
    "Excavation of the harbour tunnel began in 1974 and was completed in 1979, records show.",
    "The novelist went into exile in 1971. She returned to Lisbon in 1977, after the coup.",
    # two different events of the same kind, not one subject's phases
    "The 2010 strike ended in March 2010; a new strike began in 2012.",
    "A new dispute began in 2012, two years after the previous one ended in 2010.",
    "The first survey was completed in 2001, while the second began in 2005.",
    # hypothetical, future and negated phases
    "Work could begin in 2019 and would be finished in 2018 at the earliest, if funds allow.",
    "The ban was not lifted in 2004 and trading never resumed in 2003.",
])
def test_phase_order_near_misses(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", [
    "The first series of the quiz, in 1992, was filmed in a barn. By the third, in 1990, it had a studio.",
    "The museum's second branch opened in 1984; its first, in Leeds, had opened in 1988.",
    "The first stage of the ring road was finished in 2003. The second stage, built by the same firm, was finished in 1999.",
])
def test_ordinal_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    "The first series of the quiz, in 1988, was filmed in a barn. By the third, in 1990, it had a studio.",
    # periods, ranks and adverbs are no sequence of one thing
    "Sales in the first quarter of 2016 beat those of the second quarter of 2015.",
    "He was first elected in 2008 and took second place in 2004.",
    "Her first novel appeared in 2001; his second, a memoir, in 1999.",
    "The second-largest flood, in 1953, was smaller than the first one recorded in 1947.",
    # different nouns
    "The first bridge opened in 1990, and the second tunnel in 1985.",
])
def test_ordinal_order_near_misses(text: str) -> None:
    check_dated_case(text, None, "order_violation")


def _spans_text(text: str, kind: str) -> list[list[str]]:
    import datetime

    from reliability.features.temporal import analyse_dates

    analysis = analyse_dates(text, published=datetime.date(2016, 9, 27))
    return [[text[start:end] for start, end in conflict.spans] for conflict in analysis.conflicts if conflict.kind == kind]


@pytest.mark.parametrize(("text", "kind", "year"), [
    ("The 1987 regatta drew a big crowd. The final was rowed on Tuesday, August 14, in a stiff breeze.",
     "weekday_mismatch", "1987"),
    ("The ferry, laid up for the whole of 1987, was sold at auction on Tuesday, August 14, to a breaker.",
     "weekday_mismatch", "1987"),
    ("Over the 1993 season the club signed its striker on September 20, before the opening game on August 2.",
     "order_violation", "1993"),
])
def test_yearless_day_evidence_includes_its_year(text: str, kind: str, year: str) -> None:
    spans = _spans_text(text, kind)
    assert spans and any(year in conflict for conflict in spans), spans


def test_yearless_weekday_right_in_the_written_year_keeps_its_evidence() -> None:
    # 14 August 1986 was a Thursday: the year written nearby does not make the conflict.
    spans = _spans_text("The 1986 fair was a success. It opened on Thursday, August 14, in sunshine.", "weekday_mismatch")
    assert all("1986" not in conflict for conflict in spans), spans


def test_recent_word_linked_to_a_later_sentence_by_its_noun_fires() -> None:
    text = ("Shareholders voted last week to replace the chairman. The meeting ran for four hours. "
            "Several directors spoke against the motion. The vote, taken on 9 June 2004, was close.")
    check_dated_case(text, "publication_anachronism")


@pytest.mark.parametrize("text", [
    # the later sentence's noun shares nothing with the recent word's sentence
    "Shareholders met last week to replace the chairman. The meeting ran for four hours. "
    "Several directors spoke against the motion. The merger, taken up in 2004, was never completed.",
    # the later sentence dates an earlier, named occasion
    "Shareholders voted last week to replace the chairman. It was the first contested ballot in years. "
    "The vote before that, in 2004, went the other way.",
])
def test_recent_word_and_later_sentence_near_misses(text: str) -> None:
    check_dated_case(text, None, "publication_anachronism")


def test_phase_pair_across_an_undated_sentence_fires() -> None:
    text = ("The old pier burned down in 1931. Crowds watched from the promenade as the flames spread. "
            "It was rebuilt in timber in 1927 and reopened to the public.")
    check_dated_case(text, "order_violation")


def test_phase_pair_with_a_date_in_between_does_not_fire() -> None:
    text = ("The old pier burned down in 1931. A new promenade was laid in 1925. "
            "It was rebuilt in timber in 1927 and reopened to the public.")
    check_dated_case(text, None, "order_violation")


def test_past_clause_with_to_and_a_plural_noun_fires() -> None:
    # "to walkers" is a prepositional phrase, not an infinitive of a plan
    check_dated_case("Crowds cheered when the new footbridge opened to walkers on Aug. 3, 2021.", "publication_anachronism")


def test_future_clause_with_to_and_a_plural_noun_does_not_fire() -> None:
    check_dated_case("The trust will reopen the footbridge to walkers on Aug. 3, 2021.", None, "publication_anachronism")


def test_ordering_verb_with_a_participle_on_its_object_fires() -> None:
    check_dated_case("The survey (finished 2004-05-02) came before the council's review, published 2003-11-20.", "order_violation")


def test_ordering_verb_with_a_participle_in_the_right_order_does_not_fire() -> None:
    check_dated_case("The survey (finished 2003-05-02) came before the council's review, published 2003-11-20.", None, "order_violation")
