"""Round 13: an event-concept layer, so that one event named in different words is one event.

Verb, noun, participle and phrasal forms grouped by what happened (quit/retirement, went
under/collapse, approved/approval, left the tracks/derailment, graduated/graduation, enthroned/
enthronement, detained/arrest, election victory/elected, first record/debut album, abdicated/
abdication, knighted/knighthood, acquitted/acquittal, sacked/sacking, buried/funeral).  Concepts a
subject may undergo more than once (degrees, approvals, offices, clubs) join only through a noun
that refers back; "quit" never pairs with "quit".  Written in other words than any injected
template; published on the stand-in date 2016-09-27."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case

FILLER = " The council met on Tuesday to discuss the library budget. "


@pytest.mark.parametrize("text", [
    "Jonas Pell quit professional tennis in 2004 after a shoulder injury." + FILLER
    + "His retirement, in June 2007, ended a run of nine seasons on the tour.",
    "Wexford Mutual went under in 2009 after a run on its branches." + FILLER
    + "The collapse of Wexford Mutual in 2012 wiped out the savings of 4,000 members.",
    "Halvex was approved by regulators in March 2011 for adults with chronic migraine." + FILLER
    + "Since approval, granted in May 2013, sales have doubled.",
    "The night sleeper left the tracks near Gorran on 4 April 1998, injuring 30 passengers." + FILLER
    + "The derailment, on 9 October 2001, led to a new signalling system.",
    "Ines Carver graduated from Dunholm University in 1979 with a degree in chemistry." + FILLER
    + "Her graduation ceremony, held in 1984, is recorded in a photograph on the stairs.",
    "Bishop Aldo Ferrant's enthronement in 2002 filled the cathedral." + FILLER
    + "He was enthroned at Wellsby on 5 May 2006 before a congregation of 2,000.",
    "Rosa Imber was first elected to the assembly in 1992 on a promise to reopen the mine." + FILLER
    + "Her first election victory, in 1996, was won by 212 votes.",
    "The Lanterns' debut album came out in 1988 on a label run from a bedroom." + FILLER
    + "Their first record, released in 1991, sold 900 copies.",
    "King Osric abdicated in 1962, citing his health." + FILLER
    + "His abdication, in March 1965, was announced on the radio.",
    "Pavel Dron was acquitted of fraud in 2009 after a long trial." + FILLER
    + "His acquittal, in May 2012, was overturned on appeal.",
    "Fenwick Rovers sacked Ivo Straub in 2008 after six defeats." + FILLER
    + "His sacking, in May 2011, made him the shortest-serving manager in the club's history.",
    # the person the event happened to, as an object pronoun
    "Ivo Brandt's 2013 arrest for the theft came after a tip-off." + FILLER
    + "Police detained him at a hostel on 23 May 2010 on suspicion of theft.",
])
def test_concept_restatement_fires(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # different participants
    "Jonas Pell quit professional tennis in 2004 after a shoulder injury." + FILLER
    + "Marek Olin's retirement, in June 2007, ended a run of nine seasons on the tour.",
    "Ellen Marsh was knighted in 2001 for services to music." + FILLER
    + "Tom Reed's knighthood, conferred in 2004, was the first for a conductor.",
    "Mira Holt was buried in Kelso in 1990." + FILLER + "Joan Pike's funeral, on 3 May 1994, drew hundreds.",
    "Ines Carver graduated from Dunholm University in 1979." + FILLER
    + "Her son's graduation ceremony, held in 2007, was in the same hall.",
    # "quit" with other objects is not a retirement
    "Anders Holm quit smoking in 2003." + FILLER + "He quit his job at the bank in 2005.",
    # one subject, two degrees, two approvals, two clubs, two offices, two sackings
    "Ines Carver graduated from Dunholm University in 1979." + FILLER + "She graduated from Yale in 1984 with a doctorate.",
    "The drug was approved in Europe in 2014." + FILLER + "It was approved in the United States in 2016.",
    "The plan was approved by the council in 2012." + FILLER + "A second plan was approved by the council in 2014.",
    "The striker signed for Leeds in 2009." + FILLER + "He later signed for Hull in 2012.",
    "Lord Smith was sworn in as governor in 2001." + FILLER + "Lady Jones took office as governor in 2005.",
    "He was sworn in as governor in 2001 and again in 2005.",
    "The manager was sacked by Leeds in 2009." + FILLER + "He was sacked by Hull in 2012.",
    "The general was ousted in 1999." + FILLER + "He was ousted again in 2004.",
    # "the first ... the second", recurring events
    "The first derailment, in 1993, injured 40 people." + FILLER
    + "A second express left the tracks on 15 March 1995 near the same bridge.",
    "Her first election victory, in 2004, was narrow." + FILLER + "Her second election victory, in 2008, was a landslide.",
    "Smith was first elected in 2004." + FILLER + "Jones's first election victory, in 2008, was a landslide.",
    "The band's debut album came out in 1993." + FILLER + "Their second record came out in 1997.",
    "The first baptism in the new font took place in 1990." + FILLER + "The second baptism was held in 1994.",
    "Police detained him in 2004." + FILLER + "He was detained again in 2009.",
    "The Archbishop of York's enthronement in 1990 was lavish." + FILLER + "The Archbishop of Wales was enthroned in 1995.",
    "Ivo Brandt's 2013 arrest for the theft came after a tip-off." + FILLER
    + "Police detained Jan Moss at a hostel on 23 May 2010 on suspicion of theft.",
    "Ivo Brandt was arrested in 2013 for theft." + FILLER + "Police arrested him again in 2015 for assault.",
    "Ivo Brandt joined the club in 2003." + FILLER + "The club sacked him in 2009.",
])
def test_concept_restatement_must_not_fire(text: str) -> None:
    check_dated_case(text, None, absent="restated_event")
