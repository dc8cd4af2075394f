"""Round 9: general causes of misses, not templates.

Order by a connective's scope (the governed phrase runs from the connective to its date and may
hold that event's own participle or relative clause; the main date is the nearest one before the
connective in the same clause), the same across sentences for a subject that refers back, and
restatements whose second mention names its subject only by reference (a pronoun, a possessive,
an opening participle, a relative clause of a definite noun).  Written in other words than any
injected template: each case uses its own events, names and connectives."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case


@pytest.mark.parametrize("text", [
    # the governed date far from the connective, behind its own participle
    "The regulator opened an investigation on 4 March 1999 in reaction to a whistleblower's dossier, leaked on 9 May 1999.",
    # behind its own relative clause
    "Graham Tolley took over as coach on 2 June 2001, replacing Ivo Brandt, who had quit on 17 August 2001.",
    # a causal verb phrase
    "The dam failure of April 2004 paved the way for the safety law passed in June 2002.",
    "Protests in the capital in 2007 gave rise to the reform movement of 2005.",
    # "on the heels of", "in the run-up to" with a date further on
    "The airline collapsed in 2003 on the heels of a fuel-price spike that peaked in the spring of 2006.",
    "In the run-up to the 2011 referendum, the party printed two million leaflets in 2013.",
    # a contrastive "but only after" and a pluperfect
    "The bridge reopened in May 1996, but only after engineers had certified the new cables in March 1997.",
    # "went on to", "subsequently", "then" inside one clause
    "Ruth Amadi qualified as a nurse in 1990 and went on to found the charity in 1986.",
    "The band signed with Larkspur Records in 2009 and subsequently released its debut album in 2007.",
    # "until" closing a span opened with "from"
    "The ferry ran every hour from its launch in 1993 until the council withdrew the subsidy in 1988.",
    # an opening connective whose governed date has a relative clause of its own
    "Following the fire of 12 May 2004, which gutted the east wing, the trustees commissioned a new hall on 3 January 2003.",
    # an epistemic "may have" is not the future
    "The drought of 1984 preceded the famine of 1982, historians write, and may have worsened it.",
    # across sentences: a pronoun subject and "followed", "then"
    "The orchestra's new hall was completed in August 2001. It followed a design competition, held in 2003, that drew 90 entries.",
    "Helga Brun first sailed the channel solo in 1977. She then crossed the Atlantic alone in 1975.",
    # "the 1998 poisonings": a determiner and a plural event noun date events
    "The factory was shut in 1995 in response to the 1998 poisonings.",
])
def test_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    # the consistent versions
    "The regulator opened an investigation on 4 June 1999 in reaction to a whistleblower's dossier, leaked on 9 May 1999.",
    "Graham Tolley took over as coach on 2 June 2001, replacing Ivo Brandt, who had quit on 17 March 2001.",
    "The band signed with Larkspur Records in 2005 and subsequently released its debut album in 2007.",
    "The ferry ran every hour from its launch in 1983 until the council withdrew the subsidy in 1988.",
    "Following the fire of 12 May 2004, which gutted the east wing, the trustees commissioned a new hall on 3 January 2005.",
    # the connective belongs to a reported clause, not to the dated main clause
    "In response to a request from the committee in July 2015, the ministry reported that 300 cases were closed in 2014.",
    # a relative clause between the main date and the connective: the connective is the relative clause's
    "In 2012 the law, which had been in force until 2008, was repealed.",
    # "followed" in the sense of tracking, "followed up", "named after", "the following year"
    "The 2004 survey followed 300 families in 2009.",
    "The 1990 patients were followed up in 2000.",
    "The school, built in 1990, was named after a governor who served before 1950.",
    # a list of dates after "and then", not a governed phrase
    "She cited two campaigns, her husband's in 1992, and then 1968, as long ones.",
    # the future and the hypothetical
    "The plant opened in 2010 and will close after the 2008 rules expire.",
    # across sentences: the previous sentence narrates two dates; the new one contradicts only one
    "Prices peaked in 2008 and again in 2014. The decline that followed in 2010 was steep.",
    # a genuinely different subject with its own name
    "The museum opened in 2001. Critics later praised a sister gallery that Tate built in 1999.",
])
def test_order_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", [
    # a pronoun subject, with a source set off after the date
    "The poet Ilse Varga died on 3 March 1999 in Szeged. She died on 20 October 1997, her publisher confirmed.",
    # an opening participle whose subject follows
    "Ansel Morrow was born on 9 May 1931 in Leeds. Born on 12 December 1929, he grew up above a bakery.",
    "The Kessling accord was signed in Oslo in June 1994. Signed in March 1992, the accord ended a fishing war.",
    # a pronoun inside a subordinate clause, a comma before the date
    "The Harwood theatre was inaugurated in May 1962. When it was inaugurated, in October 1964, it seated 700.",
    # a relative clause of a definite noun without a name
    "Bellam Foods was founded in 1921 by a grocer. Shares in the company, which was founded in 1926, rose.",
    # a definite description, with a source set off between the event word and its date
    "The Crane Street brewery closed on 4 April 1989. Locals still say the brewery closed, the plaque records, on 30 June 1991.",
    # a possessive with the noun of the verb
    "Pia Lunde resigned from the board in May 2005. Her resignation in January 2003 was not announced.",
    # ordained once
    "Tomas Riel was ordained in 1970 at Lund. He was ordained in 1975, the diocese says.",
])
def test_restated_fires(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # the consistent versions
    "The poet Ilse Varga died on 3 March 1999 in Szeged. She died on 3 March 1999, her publisher confirmed.",
    "Ansel Morrow was born on 9 May 1931 in Leeds. Born on 9 May 1931, he grew up above a bakery.",
    # a name of its own before the pronoun: another person
    "Ansel Morrow was born in 1931. His sister Edda Morrow said she was born in 1935.",
    # "birth" as a modifier, "born" far from the date
    "Obama was born in Hawaii. Trump raised the birth certificate again in 2011, having raised it in 2008.",
    "Critics claimed he was born abroad, a story that went unchallenged until 2007. He was born on August 4, 1961.",
    # recurring events stay recurring ("elected")
    "Maya Roth was elected mayor in 2004. She was elected mayor again in 2008.",
    # different subjects of a once-only event, each named
    "Karl Dane died in 1990. Lisa Dane, his widow, died in 2004.",
])
def test_restated_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", [
    # a length between a start and an end marked by their verbs, in either order
    "Sara Quist was hired by the bank on 3 May 1990 and worked 20 years there before she retired on 1 June 1994.",
    "The ferry sank in 2002 after 40 years of service; it had been launched in 1991.".replace("; it had", ", having"),
    "The pier closed in 1999 after standing for 12 years; it opened in 1950.".replace("; it opened in 1950", ", which opened in 1950"),
    "Detained on 2 February 2011, the journalist spent 30 weeks in custody before being released on 9 March 2011.",
    "The exhibition ran for 9 months, from its opening in January 2008 until it closed in December 2010.",
    # a pronoun subject carries the start from the sentence before
    "Ole Brand joined the band in 1979. He left in 1984 after 17 years on bass.",
])
def test_span_length_fires(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


@pytest.mark.parametrize("text", [
    # the consistent versions
    "Sara Quist was hired by the bank on 3 May 1990 and worked 20 years there before she retired on 1 June 2010.",
    "Detained on 2 February 2011, the journalist spent 5 weeks in custody before being released on 9 March 2011.",
    "The exhibition ran for 9 months, from its opening in January 2008 until it closed in October 2008.",
    "Ole Brand joined the band in 1979. He left in 1984 after 5 years on bass.",
    # an approximate length within its looseness
    "Hired in 1990, she retired in 2013 after some 20 years at the firm.",
    # a length that does not measure the span between the two dates
    "He joined the council in 1990, was jailed for 2 years in 1995, and left politics.",
    # no end marker: two starts
    "The museum opened in 1950; the library, built over 10 years, opened in 1990.",
    # the future
    "The line, opened in 1990, will close in 2030 after 20 years of losses.",
])
def test_span_length_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")
