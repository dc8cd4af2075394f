"""Session 25 (lead): names written from wordings of our own.

A surname introduced inside a full name around a nickname (Elif "Ellie" Öztürk) now registers the same spellings
as any other surname (its folded ASCII form, its transliteration-normalised form, the other letters its sound opens
with): the nickname branch of ``_names`` registered only the surname's first letter, so "Ozturk" after
Elif "Ellie" Öztürk was never compared.  One helper, ``_register_lengths``, now serves both branches.
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
