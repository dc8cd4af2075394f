"""Session 25 (lead): names written from wordings of our own.

A surname introduced inside a full name around a nickname (Elif "Ellie" Öztürk) now registers the same spellings
as any other surname (its folded ASCII form, its transliteration-normalised form, the other letters its sound opens
with): the nickname branch of ``_names`` registered only the surname's first letter, so "Ozturk" after
Elif "Ellie" Öztürk was never compared.  One helper, ``_register_lengths``, now serves both branches.

A surname alone as one item of a series of single capitalised words ("names four wardens: Harding, Okoye, Vandervll
and Bell", "written by Smith, Adeyami and Jones", "Officers Doyle, Branigan and Kerr") is read mid-sentence, so it is
compared with the surnames introduced before; a series of places or firms (told by the word before it, "flights to",
"The firms", "The route passes", or by an apposition naming no role after it, ", the law firm,") names nobody.  Of our
own 30 sentences re-mentioning a person with another spelling, 26 were found before this session, 27 with the series
reading; of 8 series, 1 before and 7 after; the two series of a place and a firm spelt like an introduced surname
that alarmed before ("The route passes Kendall, ...", "The firms Mercier, ...") no longer do.

A second batch of 30 of our own (other positions, other spellings) found 24 before; three general readings came out
of its misses: the South Slavic "-vić" written "-vic" and "-vich" ("Petrovic"/"Petrovich"); an abbreviated title
without its full stop, as British copy writes it ("Fr Donelly", "Insp Hale"), is no given name; and more verbs that
people do and teams, firms and places do not, after a sentence-opening surname ("Nwachuku read", "slept", "wore").
Left: Bengali a/o ("Chakrabarti"/"Chakraborty"), English -sen/-son ("Sorensen"/"Sorenson"), a long name losing two
letters ("Thistlethwaite"/"Thistlewaite").
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

_FILLER = " The meeting ran late. Several residents asked questions about parking. "


def _pairs(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span.start:span.end] for span in measurement.spans]


@pytest.mark.parametrize(("first", "then", "variant"), [
    ('The skater Elif "Ellie" Öztürk won gold.', "Ozturk said she was tired.", "Ozturk"),
    ("The skater Elif \u201cEllie\u201d Öztürk won gold.", "Later Ozturk thanked her coach.", "Ozturk"),
    ('The keeper Søren "Sonny" Østergaard saved twice.', "Ostergaard said the wind helped.", "Ostergaard"),
    ('The pilot Tomasz "Tom" Zielinski landed safely.', "Zelinsky said the wind was strong.", "Zelinsky"),
])
def test_a_nicknamed_surname_registers_its_spellings(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _FILLER + then)
    assert len(pairs) == 2 and pairs[1] == variant, pairs


@pytest.mark.parametrize(("first", "then"), [
    ('The skater Elif "Ellie" Öztürk won gold.', "Öztürk said she was tired."),
    ('The skater Elif "Ellie" Öztürk won gold.', "Her coach Ayse Oztan said she was tired."),
    ('The keeper Søren "Sonny" Østergaard saved twice.', "Østergaard said the wind helped."),
    ('The pilot Tomasz "Tom" Zielinski landed safely.', "The airline flies to Zelenograd twice a week."),
])
def test_nicknamed_names_spelt_alike_or_other_people_stay_silent(first: str, then: str) -> None:
    assert _pairs(first + _FILLER + then) == []


SERIES = [
    ("The warden Esmeralda Vandervell retired on Friday.", "The report names four wardens: Harding, Okoye, Vandervll and Bell.",
     "Vandervll"),
    ("The economist Olusegun Adeyemi presented the forecast.", "Adeyami, Smith and Jones wrote the paper together.", "Adeyami"),
    ("The economist Olusegun Adeyemi presented the forecast.", "The paper was written by Smith, Adeyami and Jones.", "Adeyami"),
    ("The councillor Bronwen Pritchard proposed the motion.", "It was backed by Evans, Prichard, Lowe and Tate.", "Prichard"),
    ("The chemist Fatima Rashidova led the study.", "Rashidov, Chen and Patel are its authors.", "Rashidov"),
    ("The officer Declan Brannigan made the arrest.", "Officers Doyle, Branigan and Kerr were commended.", "Branigan"),
    ("The lawyer Helga Brandstetter filed the motion.", "Lawyers Moss, Brandsteter, and Young signed it.", "Brandsteter"),
    ("The tenor Cosimo Bellingham sang the anthem.", "The cast includes Howe, Bellinghan, Pryce and Ward.", "Bellinghan"),
]


@pytest.mark.parametrize(("first", "then", "variant"), SERIES)
def test_a_surname_in_a_series_of_names_is_compared(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _FILLER + then)
    assert len(pairs) == 2 and pairs[1] == variant, pairs


@pytest.mark.parametrize(("first", "then"), [
    ("The warden Esmeralda Vandervell retired on Friday.", "The report names four wardens: Harding, Okoye, Vandervell and Bell."),
    ("The pilot Anna Berger flew the route.", "The airline serves Oslo, Bergen and Tromso."),
    ("The lawyer Marta Paris filed the appeal.", "Flights to Paris, Lyon and Nice were cancelled."),
    ("The chairman Colin Lyons spoke first.", "Offices in Lyon, Lille and Nantes will close."),
    ("The trader Hamish Jordan lost the money.", "Envoys from Jordan, Egypt and Qatar attended."),
    ("The coach Peter Kendal resigned.", "The route passes Kendall, Penrith and Carlisle."),
    ("The singer Ruth Mercer performed.", "The firms Mercier, Dior and Chanel sponsored the show."),
    ("The banker Tom Morgan resigned.", "Morgen, Brandt and Weiss, the law firm, denied it."),
    ("The mayor Anna Hollis spoke.", "The tour visited three villages: Holis, Brent and Marsh."),
    ("The striker Kwabena Asamoah scored twice.", "Asamoah, Ruiz and Kent scored in the second half."),
    ("The striker Kwabena Asamoah scored twice.", "New York, Asamoa and Rome were the tour's stops."),
    ("The singer Ruth Mercer performed.", "The show was sponsored by three firms: Mercier, Dior and Chanel."),
])
def test_series_of_places_firms_or_consistent_names_stay_silent(first: str, then: str) -> None:
    assert _pairs(first + _FILLER + then) == []


@pytest.mark.parametrize(("first", "then", "variant"), [
    ("The mayor Ivan Petrovic cut the ribbon.", '"It is a great day," says Petrovich.', "Petrovich"),
    ("The mayor Ivan Petrovich cut the ribbon.", "Petrovic said it was a great day.", "Petrovic"),
    ("The player Ana Ivanovic won the final.", "Ivanovich said it was her best match.", "Ivanovich"),
    ("The priest Father Michael Donnelly led prayers.", "Fr Donelly said the parish would rebuild.", "Donelly"),
    ("The detective Inspector Ruth Hallam led the search.", "Insp Hallum said the search would go on.", "Hallum"),
    ("The poet Amara Nwachukwu read her work.", "Nwachuku read for twenty minutes.", "Nwachuku"),
    ("The driver Okello Mbabazi was praised.", "Mbabazzi slept in the cab for two nights.", "Mbabazzi"),
])
def test_vich_titles_without_a_stop_and_verbs_people_do(first: str, then: str, variant: str) -> None:
    pairs = _pairs(first + _FILLER + then)
    assert len(pairs) == 2 and pairs[1] == variant, pairs


@pytest.mark.parametrize(("first", "then"), [
    ("The mayor Ivan Petrovic cut the ribbon.", "Petrovich Street was closed for the parade."),
    ("The mayor Ivan Aldric spoke.", "Aldrich said it was fine."),
    ("The priest Father Michael Donnelly led prayers.", "Fr Donnelly said the parish would rebuild."),
    ("The priest Father Michael Donnelly led prayers.", "Fr Patrick Dolan said the parish would rebuild."),
    ("The club signed Joao Bento.", "Benfica read the statement aloud."),
])
def test_vich_and_titles_near_misses_stay_silent(first: str, then: str) -> None:
    assert _pairs(first + _FILLER + then) == []
