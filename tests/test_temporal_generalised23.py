"""Round 22 (dates23): general causes of missed restatements and orders, in sentences of our own.

Restatements: a phrase set off by two commas between an event noun and the predicate that dates it; names
of the agent or the place after the event word (not another owner); a day written "the 2nd of June, 1931"
after "on the"; near-synonym classes of one happening (blast / explosion, convicted / conviction, capsized /
sinking, rioted / riot); an event of one sentence taken up in the next by a pronoun with the same deed
("It was built in"), by a pro-verb ("It happened", "She did it") or by a definite noun naming any event
("The tragedy, ..., happened on", "the ceremony, on ...,").  Orders: the same across two sentences, one
event taken up in the other by a pronoun, the same deed done to "it", a noun of its verb ("The painting")
or "The work", with "after", "ahead of", "in response to" in either sentence.  The near misses are
another instance ("rebuilt", "again"), another deed, a date that is not the event's time ("until"), an
event identified by its own date ("The ceremony on 3 May 1994 honoured ...") and orders the dates keep."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case


@pytest.mark.parametrize("text", [
    'The mutiny at Fort Halden broke out in March 1921. That rebellion, which the garrison commander had long feared, began on 2 October 1924, according to the regimental diary.',
    'Dockers across Portmaddox rioted in the summer of 1911. The riot, the fiercest the port had seen, erupted on 9 May 1913.',
    'The trawler Kestrel Dawn capsized off Skerrow in 1962. The sinking, a shock to the whole village, took place on 4 March 1966.',
    'Piet Vandermeer was acquitted of arson in May 1990. The acquittal, announced by the Lowford magistrates on 2 February 1987, surprised nobody.',
    'The carillon was consecrated on the 2nd of June, 1931. Its consecration, before a crowd of thousands, took place on 14 September 1935.',
    'The Orrin viaduct was built in 1872 to carry coal trains. It was built in 1879, the railway society insists, by Irish navvies.',
    "A fire swept through the Dunmere mill in August 1904. It happened, the fire brigade's log shows, in October 1907.",
    'Marta Kovanen climbed the north ridge of Skarfell in 1956. She did it on 14 July 1959, with a borrowed rope.',
    'The ferry Maid of Colne struck a reef near Tarrant Point in 1948. The tragedy, remembered by a plaque on the quay, happened on 3 April 1951.',
    'Ada Brennock married the poet Lewis Arden at Kilbride chapel on 4 June 1927. Guests said the ceremony, on 30 August 1929, was brief and cold.',
    'A blast ripped through the Hennock munitions depot on 6 May 1941. The explosion of 1943 is still commemorated every spring.',
    'Tomas Ridd was convicted of forgery in March 1899. His conviction, handed down by the assize court at Carlow on 12 June 1902, was never overturned.',
])
def test_restated_fires(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    'The Rennet bridge was built in 1872. It was rebuilt in 1899 after a flood.',
    'A fire swept through the Dunmere mill in August 1904. It happened again in October 1907, when the drying shed burned.',
    'The Orrin school opened in 1950. The ceremony marking its 50th anniversary took place on 3 May 2000.',
    'Rumours that the mayor was born abroad circulated until 2009. She was born in Kettering on 4 May 1960.',
    'The Orrin viaduct was built in 1872. It was closed in 1966.',
    "The council approved the plan in 1990. The ceremony on 3 May 1994 honoured the town's war dead.",
])
def test_restated_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", [
    'The Coldharbour foundry closed on 2 March 1988. The owners had shut it only after the last order was delivered on 30 June 1988.',
    'Volunteers painted 400 signs ahead of the marathon on 5 April 2009. The painting was finished on 19 May 2009, the organisers admitted.',
    'The contract, dated 14 Feb 1972, led to a strike. Workers walked out on 2 Jan 1972, days after the contract was signed.',
    'The harbour was dredged in 1964. The work was commissioned in response to the silting of 1971.',
])
def test_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    'The Coldharbour foundry closed on 2 March 1988. The owners had shut it only after the last order was delivered on 30 January 1988.',
    'Volunteers painted 400 signs ahead of the marathon on 5 April 2009. The painting was finished on 19 March 2009, the organisers said.',
    'The harbour was dredged in 1964. The work was commissioned in response to the silting of 1961.',
    'The harbour was dredged in 1964. A new pier was built after the storm of 1971.',
    'The contract, dated 14 Feb 1972, led to a strike. Workers walked out on 2 Mar 1972, days after the contract was signed.',
])
def test_order_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", [
    # an event told as posthumous, dated before the death
    "The painter Ilse Harrow died in March 1931. Her last canvas was shown posthumously in 1929 at the Lenworth gallery.",
    "Gustav Mirren was killed in a climbing accident in 1970. His memoir, published posthumously in 1968, sold well.",
    # the next sentence narrated as later by its subject's "later", "then"
    "Orla Fenwick joined the Harwood choir on 3 May 1998. She later toured Japan with the choir in the autumn of 1995.",
    "Bram Tolliver signed for Kestle Rovers on 2 August 2006. He then played two seasons in Norway before retiring in May 2004.",
])
def test_narrated_order_fires(text: str) -> None:
    check_dated_case(text, "order_violation")


@pytest.mark.parametrize("text", [
    "The painter Ilse Harrow died in March 1931. Her last canvas was shown posthumously in 1933 at the Lenworth gallery.",
    # a pluperfect or a reported earlier time after "later"
    "Orla Fenwick joined the Harwood choir on 3 May 1998. She later recalled that she had first sung with them in 1995.",
    "Orla Fenwick joined the Harwood choir on 3 May 1998. She then moved to Leeds after the 1995 floods had ruined her house.",
    "Bram Tolliver signed for Kestle Rovers on 2 August 2006. He then played two seasons in Norway before retiring in May 2010.",
])
def test_narrated_order_does_not_fire(text: str) -> None:
    check_dated_case(text, None, "order_violation")


def test_pronoun_with_the_same_deed_restates() -> None:
    check_dated_case("Corran Mills was founded in 1902 by a weaver. Its own brochure says it was founded in 1911.", "restated_event")


def test_another_named_subject_does_not_restate() -> None:
    check_dated_case("Corran Mills was founded in 1902 by a weaver. Harrow Looms, its rival, was founded in 1911.", None, "restated_event")


@pytest.mark.parametrize("text", [
    # a place after "from", "at" names no other owner of the event
    "Ines Valko led the 1961 voyage to the Harrap glacier. The voyage set out from Port Ellery in the summer of 1963, with six sledges.",
    # a set-off reporting phrase names no other owner either
    "The town council was created by the 1974 amalgamation of three parishes. That amalgamation, Ruth Cole wrote, took effect on 1 April 1977.",
    # "That first ascent" is a definite mention like "that ascent"
    "Mirela Ost made the first ascent of the Tarn Needle in 1952, roped to her brother. That first ascent, in 1949, is marked by a brass plate.",
])
def test_restated_with_places_and_set_off_names(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # another party named as the subject: another expedition
    "Ines Valko led the 1961 voyage to the Harrap glacier. A voyage led by Piet Varr set out in the summer of 1963.",
    # the date after the comma is no premodifier of the word after it
    "Ines Valko joined the 1961 voyage in the spring of 1961, carrying the instruments. She left the team in 1966.",
])
def test_restated_places_near_misses(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", [
    # phrasal verbs read as the verb of their class
    "Mara Quell stepped down as director in March 2003. Her resignation, which surprised the trustees, took effect in October 1999.",
    "The roof of the Abbot's Hall caved in on 3 January 1952. The collapse, which killed two vergers, came on 9 March 1955.",
    "Arno Veit passed away at his home in Tallow on 14 May 1977. The town mourned his death on 2 June 1980.",
])
def test_phrasal_verbs_restate(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # "broke out" is no verb of a class: a fire is not the riot
    "Fire broke out at the Marrin depot in 1990. The riot of 1992 was put down by troops.",
    # another person's death
    "Arno Veit passed away at his home in Tallow on 14 May 1977. The town mourned the death of his brother Emil on 2 June 1980.",
])
def test_phrasal_verbs_near_misses(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", [
    # the same deed by a pronoun, for a party the first sentence does not name: another event
    "Kasia Brell first appeared for the Lennox Players on 4 May 1981. She first appeared for the Orme Players on 4 May 1984.",
    "The Coldharbour foundry closed on 2 March 1988. Its sister plant at Rendle was shut only after the Harlow Steel contract expired on 30 June 1988.",
])
def test_pronoun_retellings_of_another_party(text: str) -> None:
    check_dated_case(text, None, "restated_event")
    check_dated_case(text, None, "order_violation")


@pytest.mark.parametrize("text", [
    # another instance by an ordinal, an anniversary, a remembrance
    "The Tarrow museum opened in 1990. The ceremony, on 4 May 2015, marked its 25th year.",
    # "It" with another deed
    "The Pellow bridge was built in 1932. It was widened in 1975, and the old toll house was removed.",
])
def test_anaphoric_near_misses(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.xfail(strict=True, reason="flagged by an older rule on the base already (round 22 leaves it)")
@pytest.mark.parametrize("text", [
    # a second instance told after the date, and a stage (the announcement) of the event
    "Olek Brandt was arrested in June 2010. He was arrested in 2012 for a second offence.",
    "Greta Holm retired from the bench in 2004. The retirement, which she announced in 2001, surprised nobody.",
])
def test_older_rule_false_alarms(text: str) -> None:
    check_dated_case(text, None, "restated_event")


def test_fronted_before_and_pluperfect_fires() -> None:
    check_dated_case("Ahead of the royal visit on 2 May 1961, workmen repainted the pier, which a storm had damaged in August 1962.",
                     "order_violation")


@pytest.mark.parametrize("text", [
    "Ahead of the royal visit on 2 May 1961, workmen repainted the pier, which a storm had damaged in August 1959.",
    # the date of a pluperfect in another clause than the posthumous event's
    "Vera Lisk died in 1990. Her novel, published posthumously, had been finished in 1985.",
])
def test_fronted_and_posthumous_near_misses(text: str) -> None:
    check_dated_case(text, None, "order_violation")


def test_naming_phrase_takes_up_the_event() -> None:
    check_dated_case("A gale tore the roof off the Pellow chapel on 3 March 1903. The Great Pellow Gale, as the storm is still called, "
                     "struck on 19 November 1904.", "restated_event")


@pytest.mark.parametrize("text", [
    # the naming phrase dates another event
    "A gale tore the roof off the Pellow chapel on 3 March 1903. The Great Gale, as the 1881 storm is still called, struck on 19 November 1881.",
    # a name with no naming phrase: another party
    "A gale tore the roof off the Pellow chapel on 3 March 1903. Hurricane Edna, which had crossed the Atlantic, struck on 19 November 1904.",
])
def test_naming_phrase_near_misses(text: str) -> None:
    check_dated_case(text, None, "restated_event")


def test_the_day_of_the_same_deed_restates() -> None:
    check_dated_case("The Marle colliery closed on 4 April 1968. Ivo Denn, who cut coal there for 20 years, called the day the "
                     "colliery closed, 9 October 1971, a funeral for the town.", "restated_event")


@pytest.mark.parametrize("text", [
    # the day of another deed
    "The Marle colliery closed on 4 April 1968. Ivo Denn called the day the union was founded, 9 October 1931, the proudest of his life.",
    # "every" marks a recurring day
    "The Marle colliery closed on 4 April 1968. Ivo Denn remembers the day the colliery closed, 4 April 1968, every single year.",
])
def test_the_day_near_misses(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", [
    # undated sentences between the event and the sentence that takes it up
    "A fire swept through the Dunmere mill in August 1904. The mill had employed 300 hands. Its owners never rebuilt. "
    "It happened, the fire brigade's log shows, in October 1907.",
    "The Orrin viaduct was built in 1872 to carry coal trains. The line closed long ago. It was built in 1879, the railway society insists.",
])
def test_retellings_across_undated_sentences(text: str) -> None:
    check_dated_case(text, "restated_event")


@pytest.mark.parametrize("text", [
    # the same verb for other things
    "Anders Brill quit smoking in 2003. The council met to discuss the library budget. He quit his job at the bank in 2005.",
    # a dated sentence between: a keyless anaphor takes up the nearest dated event
    "A fire swept through the Dunmere mill in August 1904. The town's new school opened in 1907. It happened in 1907, the log shows.",
])
def test_retellings_across_sentences_near_misses(text: str) -> None:
    check_dated_case(text, None, "restated_event")


def test_order_across_undated_sentences() -> None:
    check_dated_case("The Coldharbour foundry closed on 2 March 1988. Its 200 workers were laid off. The owners had shut it only "
                     "after the last order was delivered on 30 June 1988.", "order_violation")
