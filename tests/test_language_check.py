"""The English-prose check: other languages and word lists are reported but not judged.

    pytest tests/test_language_check.py -s     # prints the shares behind the README's figures
"""

from __future__ import annotations

import statistics

import pytest

import reliability
from reliability.api import MIN_FUNCTION_WORD_SHARE, english_function_word_share
from reliability.article import Article
from reliability.errors import ArticleTypeError, InvalidArticleError
from tests.conftest import requires_shared_data

# News paragraphs written for this test (not taken from any corpus), each repeated to pass min_words.
FOREIGN = {
    "French": "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui doit entrer en vigueur "
              "l'année prochaine. Selon le ministre, il n'y a pas d'autre solution pour sauver le système. Les "
              "syndicats ont appelé à une grève nationale et on s'attend à de fortes perturbations dans les "
              "transports. Le texte sera présenté au Parlement à la fin du mois, a précisé le porte-parole.",
    "German": "Die Bundesregierung hat am Dienstag ein neues Gesetz zur Energiepolitik vorgestellt. In dem Entwurf "
              "ist vorgesehen, dass alle Kohlekraftwerke bis zum Jahr 2030 abgeschaltet werden. Kritiker aus der "
              "Opposition bezeichneten den Plan als unrealistisch, während Umweltverbände ihn als ersten Schritt "
              "begrüßten. Der Bundestag soll im kommenden Monat über das Gesetz abstimmen.",
    "Spanish": "El presidente anunció el martes un nuevo plan de inversiones en infraestructura que incluye la "
               "construcción de carreteras y hospitales en las regiones más pobres del país. Según el ministro de "
               "Hacienda, el proyecto costará unos cinco mil millones de dólares. La oposición criticó la medida y "
               "advirtió que no hay garantías de que los fondos lleguen a su destino.",
    "Italian": "Il governo ha approvato martedì un nuovo decreto sulla sanità pubblica che prevede l'assunzione di "
               "ventimila medici e infermieri entro la fine dell'anno. Secondo il ministro, il piano costerà circa "
               "tre miliardi di euro. I sindacati hanno accolto con favore la misura, ma l'opposizione ha chiesto "
               "maggiori dettagli sulle coperture finanziarie.",
    "Dutch": "De regering heeft dinsdag een nieuw plan gepresenteerd om de woningnood aan te pakken. Volgens de "
             "minister moeten er de komende tien jaar een miljoen nieuwe woningen worden gebouwd. De oppositie "
             "noemt het plan onrealistisch en wijst op het tekort aan bouwvakkers.",
    "Russian": "Правительство во вторник объявило о новой программе поддержки малого бизнеса. По словам министра "
               "экономики, на эти цели будет выделено около десяти миллиардов рублей. Представители оппозиции "
               "раскритиковали план, заявив, что он не решает главных проблем предпринимателей.",
}
NOT_PROSE = {
    "a repeated word": "credible " * 300,
    "a tag list": "Politics Elections Congress Senate Economy Markets Technology Science Health Sports World "
                  "Europe Asia Africa Americas Opinion Editorials Columnists Letters Video Podcasts " * 4,
}


def _repeated(paragraph: str) -> str:
    return " ".join([paragraph] * 3)


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_other_languages_are_reported_but_not_judged(language: str) -> None:
    text = _repeated(FOREIGN[language])
    share = english_function_word_share(Article(text))
    print(f"{language}: {share:.3f}")
    result = reliability.score(text)
    assert result.credibility is None and result.logit is None and result.label == "insufficient text"
    assert result.flags and result.flags[0].startswith("not_english:")
    assert result.features and result.word_count >= 50  # still measured
    forced = reliability.score(text, check_language=False)
    assert forced.credibility is not None and not forced.flags


@pytest.mark.parametrize("kind", sorted(NOT_PROSE))
def test_word_lists_are_not_judged(kind: str) -> None:
    result = reliability.score(NOT_PROSE[kind])
    assert result.credibility is None and result.flags[0].startswith("not_english:"), kind


def test_seeds_and_plain_english_are_judged(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        result = reliability.score(text)
        assert result.credibility is not None, (name, result.flags)
        assert english_function_word_share(Article(text)) >= 0.25


def test_short_texts_keep_the_too_short_flag_and_bad_options_are_refused() -> None:
    assert reliability.score("Правительство объявило.").flags[0].startswith("too_short:")
    # A wrong type is a TypeError (STYLE.md rule 5), a wrong value a ValueError.
    with pytest.raises(ArticleTypeError, match="check_language: expected True or False, received str"):
        reliability.score("text", check_language="no")  # type: ignore[arg-type]
    with pytest.raises(ArticleTypeError, match="min_words: expected a non-negative int, received float"):
        reliability.score("text", min_words=2.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidArticleError, match="min_words: expected a non-negative int"):
        reliability.score("text", min_words=-1)
    import numpy as np

    assert reliability.score("text", prior=np.float32(0.5), min_words=np.int64(0),
                             check_language=False).credibility is not None
    assert english_function_word_share(Article("")) == 0.0


def test_batch_and_cli_pass_the_option(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reliability.cli import main

    text = _repeated(FOREIGN["German"])
    judged, unjudged = reliability.score_many([text, text], check_language=False)[0], reliability.score_many([text])[0]
    assert judged.credibility is not None and unjudged.credibility is None
    path = tmp_path / "de.txt"
    path.write_text(text, encoding="utf-8")
    import io
    import json

    out, err = io.StringIO(), io.StringIO()
    assert main(["score", "--json", str(path)], stdout=out, stderr=err) == 0
    assert json.loads(out.getvalue())["label"] == "insufficient text"
    # The flag named only the Python parameter, which a command-line user cannot pass.
    assert "--no-language-check" in json.loads(out.getvalue())["flags"][0]
    out = io.StringIO()
    assert main(["score", "--json", "--no-language-check", str(path)], stdout=out, stderr=err) == 0
    assert json.loads(out.getvalue())["credibility"] is not None


@requires_shared_data
def test_no_english_news_article_of_the_shared_corpora_is_refused() -> None:
    from reliability.corpora import load_corpus

    below: dict[str, int] = {}
    for corpus in ("webis", "horne", "fakes", "semeval"):
        shares = [english_function_word_share(Article(record["text"])) for record in load_corpus(corpus)
                  if Article(record["text"]).word_count >= 50]
        below[corpus] = sum(share < MIN_FUNCTION_WORD_SHARE for share in shares)
        print(f"{corpus}: {len(shares)} texts of >= 50 words, lowest share {min(shares):.3f}, "
              f"median {statistics.median(shares):.3f}, below {MIN_FUNCTION_WORD_SHARE}: {below[corpus]}")
    # The article corpora are English news: none is refused.
    assert below["webis"] == below["horne"] == below["fakes"] == 0
    # SemEval-2019 holds a few non-English pages and lists; at most 1 % of its texts.
    assert below["semeval"] <= 6


def test_text_split_into_its_letters_is_reported_but_not_judged(seed_texts: dict[str, str]) -> None:
    from reliability.api import MAX_SINGLE_CHARACTER_SHARE, single_character_share

    text = next(iter(seed_texts.values()))
    utf16_as_utf8 = text.encode("utf-16-le").decode("utf-8", "replace").replace("\ufffd", " ")
    for broken in (" ".join(text), "  ".join(text), utf16_as_utf8):
        assert single_character_share(Article(broken)) > MAX_SINGLE_CHARACTER_SHARE
        result = reliability.score(broken)
        assert result.credibility is None and result.label == "insufficient text"
        assert result.flags[0].startswith("single_characters:") and "--no-language-check" in result.flags[0]
        assert result.features  # still measured
        assert reliability.score(broken, check_language=False).credibility is not None
    # Prose with many initials and one-letter words stays judged.
    initials = ("A. J. Smith and R. K. Jones said a U.S. plan, set out in a 12-page memo, would cut costs by a third. "
                "I think it is a good plan, J. P. Morgan's chief economist said. ") * 6
    assert single_character_share(Article(initials)) < MAX_SINGLE_CHARACTER_SHARE
    assert reliability.score(initials).credibility is not None


@requires_shared_data
def test_no_corpus_article_is_mostly_single_characters() -> None:
    from reliability.api import MAX_SINGLE_CHARACTER_SHARE, single_character_share
    from reliability.corpora import load_corpus

    highest = max(single_character_share(Article(record["text"]))
                  for name in ("webis", "horne", "semeval", "fakes") for record in load_corpus(name))
    print(f"highest single-character share in the shared corpora: {highest:.3f}")
    assert highest < MAX_SINGLE_CHARACTER_SHARE / 2
