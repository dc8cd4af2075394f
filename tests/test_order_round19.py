"""Round order19: connectives and constructions that fix an order, and chains fixed in the world.

Written for this round in its own words (not blind36's sentences). Constructions: an opening perfect
participle ("Having qualified in D1, she ... in D2"), a negated clause with "until" after a dated
clause ("X on D1, and Y did not happen until D2"), a span "after D1 until D2", the inverted main clause
after a fronted "Only after ..." (its date told directly or by a relative clause of arrival on its
object), "ultimately" and "in the end" as narration, and a stage of a fixed chain told second with the
pluperfect ("closed in D1; it had opened in D2"). New chains of ``lexicons/life_cycle_stages.tsv``:
an audition before casting, a filed application before its grant, a referendum before its
certified result, a debut before the last appearance, a first case before an outbreak is declared
over, a thesis before the degree, an application to join before admission. The second clause may
name the first stage's own noun ("applied for ...; the council approved the application") or set
out on the stage noun ("sailed on her maiden voyage"). Positives are checked for kind and the
exact offsets of both spans, with and without a publication date. Near-misses must stay silent:
consistent dates, plans, the pluperfect looking back, another instance, another event of the
object, quotations, and pairs whose order is not fixed.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _spans(text: str, kind: str, published: datetime.date | None = None) -> list[tuple[tuple[int, int], ...]]:
    return [conflict.spans for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == kind]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


ORDER_POSITIVES = [
    # An opening perfect participle.
    ("Having trained as an engineer in Leeds in 1972, Ruth Okonjo joined the railway in 1968.", "1972", "1968"),
    # A negated clause with "until".
    ("The ferry ran aground off Skerrow on 2 May 2014, and it was not refloated until 30 April 2013.",
     "2 May 2014", "30 April 2013"),
    ("The blaze broke out at the mill in March 2007; it was not until January 2006 that firefighters put it out.",
     "March 2007", "January 2006"),
    ("The barge sank off Foulness on 9 March 2012, and its cargo was only recovered in January 2011.",
     "9 March 2012", "January 2011"),
    # A trailing "by the time" after a pluperfect main clause.
    ("The founder had already sold his stake in 2009 by the time the firm listed in 2007.", "2009", "2007"),
    # A span from after one event until another.
    ("The choir went on singing after the chapel fire in 2010 until its farewell service in 2008.", "2010", "2008"),
    # The inverted main clause after a fronted "Only after".
    ("Only after the merger in June 2005 did the bank appoint Ilse Moor in March 2004.", "June 2005", "March 2004"),
    ("Only after the floods of May 2003 did the council hire Ivo Brandt, who arrived from Gdansk in March 2001.",
     "May 2003", "March 2001"),
    # "ultimately", "in the end".
    ("The strike began in October 1996 and ultimately collapsed in August 1995.", "October 1996", "August 1995"),
    ("The review opened in March 2009. In the end, it reported in May 2008.", "March 2009", "May 2008"),
    # The pluperfect for a stage told second.
    ("The Hallam Road depot shut in 1988; it had opened in 1993 with 300 staff.", "1988", "1993"),
    # New chains fixed in the world.
    ("Tomas Reyes auditioned for the part of Lear in May 2012 and was cast in March 2011.", "May 2012", "March 2011"),
    ("The design was filed with the patent office on 3 June 2001 and granted on 9 February 2000.",
     "3 June 2001", "9 February 2000"),
    ("The referendum took place on 2 April 1992; the result was certified on 20 March 1991.",
     "2 April 1992", "20 March 1991"),
    ("Anil Desai made his one-day debut in May 1999 and played his last one-day match in June 1997.",
     "May 1999", "June 1997"),
    ("The first case was confirmed on 8 June 2003, and the epidemic was declared over on 2 May 2002.",
     "8 June 2003", "2 May 2002"),
    ("Mei Lin submitted her thesis on river sediments in 2015 and was awarded the doctorate in 2013.", "2015", "2013"),
    ("Ostravia applied for membership of the alliance in 2004 and was admitted in 1999.", "2004", "1999"),
    # The first stage's own noun named back; setting out on the stage noun.
    ("Ada Wren applied for a licence to fish on 2 May 1988; the board approved the application on 1 March 1988.",
     "2 May 1988", "1 March 1988"),
    ("The schooner was launched at Brixham in June 1910 and set sail on her maiden voyage in May 1909.",
     "June 1910", "May 1909"),
]


@pytest.mark.parametrize(("text", "first", "second"), ORDER_POSITIVES)
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_order_told_against_the_dates(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _spans(text, "order_violation", published) == [(_span(text, first), _span(text, second))]


ORDER_NEAR_MISSES = [
    # Consistent dates.
    "Having trained as an engineer in Leeds in 1965, Ruth Okonjo joined the railway in 1968.",
    "The ferry ran aground off Skerrow on 2 May 2014, and it was not refloated until 30 June 2014.",
    "The choir went on singing after the chapel fire in 2010 until its farewell service in 2012.",
    "Only after the floods of May 2003 did the council hire Ivo Brandt, who arrived from Gdansk in March 2004.",
    "The Hallam Road depot shut in 1998; it had opened in 1993 with 300 staff.",
    "Ostravia applied for membership of the alliance in 2004 and was admitted in 2007.",
    # A main clause told as earlier still.
    "Having retired in 2001, he had joined the firm in 2005.",
    # The pluperfect looking back before the first date, a plan, a modal.
    "Olu Bamgbose joined the club in 2005 and had not played football until 1999.",
    "The bridge was closed in 2005 and will not reopen until 2001.",
    "The barge sank off Foulness on 9 March 2012, and its cargo was only recovered in June 2013.",
    "The founder had already sold his stake in 2005 by the time the firm listed in 2007.",
    # "only" that limits, not "not until"; "by the time" with no pluperfect.
    "The hall opened in 1995, and was only used once in 1990.",
    "The founder sold his stake in 2009 by the time the firm listed in 2007.",
    # Another instance; reopening told without the pluperfect.
    "The pier was damaged in 2005 and was not repaired again until 2001.",
    "The Hallam Road depot shut in 1988; it opened again in 1993.",
    # Another event of the object than its arrival.
    "Only after the floods of May 2003 did the council hire Ivo Brandt, who was born in March 1971.",
    "Only after the floods of May 2003 did the council buy the Old Mill, which opened in March 1901.",
    # A quotation.
    'The ferry ran aground on 2 May 2014, and "it was not refloated until 30 April 2013," the captain said.',
    # Orders not fixed in the world.
    "Ministers approved the Fenwick bypass in June 1994; work started in November 1987.",
    "Olga Berin qualified as a nurse in 1970 and took up her first post in 1966.",
    "Tomas Reyes auditioned for the part of Lear in May 2012 and was cast as Edgar in a film in March 2011.",
    # A second object the first clause does not name.
    "The design was filed with the patent office on 3 June 2001 and granted a loan on 9 February 2000.",
]


@pytest.mark.parametrize("text", ORDER_NEAR_MISSES)
def test_order_near_misses_stay_silent(text: str) -> None:
    assert _spans(text, "order_violation") == []
    assert _spans(text, "order_violation", PUBLISHED) == []
