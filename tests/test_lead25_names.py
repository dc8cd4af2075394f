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
