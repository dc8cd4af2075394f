"""The public contract of score() and score_many()."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reliability
from reliability import (
    ArticleTypeError,
    Assessment,
    FailedItem,
    InputTooLargeError,
    InvalidArticleError,
    ReliabilityError,
    score,
    score_many,
)
from tests.strategies import article_text, titles

LONG = (
    "According to a source with direct access to the discussions, the proposal could reportedly "
    "change everything. Officials said the meeting was held behind closed doors. "
) * 6


def _check_invariants(text: str, title: str | None, result: Assessment) -> None:
    for item in result.evidence:
        source = text if item.field == "text" else (title or "")
        assert source[item.start:item.end] == item.text
        assert 0 <= item.start <= item.end <= len(source)
    # Every registry feature, plus what the model adds (its learned word_choice score).
    assert set(result.features) == set(reliability.FEATURE_NAMES) | set(reliability.api.default_model().feature_names)
    if result.credibility is None:
        assert result.label == "insufficient text" and result.flags
        assert result.contributions == {}
    else:
        assert 0.0 <= result.credibility <= 1.0
        assert abs(math.fsum(result.contributions.values()) - result.logit) <= 1e-9
        assert abs(math.log(result.credibility / (1 - result.credibility)) - result.logit) <= 1e-9
        assert result.interval is not None
        assert 0.0 <= result.interval[0] <= result.credibility <= result.interval[1] <= 1.0
    json.dumps(result.to_dict())


def test_score_long_article_has_all_parts() -> None:
    result = score(LONG, title="Talks resume", published="2024-06-19", source="example.org")
    _check_invariants(LONG, "Talks resume", result)
    assert result.credibility is not None
    assert result.label in {"credible", "uncertain", "not credible"}
    assert "intercept" in result.contributions
    assert result.features["anonymous_source_density"] > 0
    assert any(item.feature == "anonymous_source_density" for item in result.evidence)
    assert "not whether the claims are true" in result.explain()


def test_published_accepts_date_and_datetime() -> None:
    by_string = score(LONG, published="2024-06-19")
    by_date = score(LONG, published=dt.date(2024, 6, 19))
    by_datetime = score(LONG, published=dt.datetime(2024, 6, 19, 8, 30))
    assert by_string.credibility == by_date.credibility == by_datetime.credibility


@pytest.mark.parametrize("text", ["", "   ", "Too short.", "Officials said it could fail."])
def test_short_text_is_flagged_not_scored(text: str) -> None:
    result = score(text)
    assert result.credibility is None and result.logit is None
    assert result.label == "insufficient text"
    assert result.flags[0].startswith("too_short:")


def test_short_text_still_reports_features_and_evidence() -> None:
    result = score("Officials said it could fail.")
    assert result.features["hedging_density"] > 0
    assert any(item.text == "could" for item in result.evidence)


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ((None,), ArticleTypeError, "text: expected a str (the article body), received NoneType None"),
        ((b"bytes",), ArticleTypeError, "text: expected a str (the article body), received bytes b'bytes'"),
        ((42,), ArticleTypeError, "text: expected a str (the article body), received int 42"),
    ],
)
def test_non_string_text_raises_clear_error(arguments: tuple[object], error: type, message: str) -> None:
    with pytest.raises(error) as caught:
        score(*arguments)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert isinstance(caught.value, ReliabilityError) and isinstance(caught.value, TypeError)


def test_bad_published_and_prior_raise_value_errors() -> None:
    with pytest.raises(InvalidArticleError, match=r"published: expected an ISO 8601 date such as '2024-06-19', received str 'yesterday'"):
        score(LONG, published="yesterday")
    with pytest.raises(ArticleTypeError, match=r"title: expected a str or None, received int 5"):
        score(LONG, title=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidArticleError, match=r"prior: expected a float strictly between 0 and 1, received float 1.5"):
        score(LONG, prior=1.5)


def test_input_too_large() -> None:
    with pytest.raises(InputTooLargeError, match=r"text: expected at most 100 characters \(max_chars\), received 1,000"):
        score("a" * 1000, max_chars=100)


def test_prior_shifts_log_odds_exactly() -> None:
    base = score(LONG)
    shifted = score(LONG, prior=0.5)
    model_rate = reliability.api.default_model().base_rate
    expected = math.log(0.5 / 0.5) - math.log(model_rate / (1 - model_rate))
    assert shifted.contributions["prior_adjustment"] == pytest.approx(expected, abs=1e-12)
    assert shifted.logit - base.logit == pytest.approx(expected, abs=1e-9)


def test_ten_megabyte_input_is_handled() -> None:
    text = ("Officials said the deal could collapse, reportedly. “Quote” — Михайлов said 🙂. " * 130_000)[:10_000_000]
    result = score(text)
    assert result.credibility is not None
    assert result.evidence[-1].text == text[result.evidence[-1].start:result.evidence[-1].end]


@given(text=article_text, title=titles)
def test_score_properties_hold_for_any_text(text: str, title: str | None) -> None:
    # check_language=False: random text is rarely English prose, and the model path must hold on it too.
    first = score(text, title=title, min_words=5, check_language=False)
    _check_invariants(text, title, first)
    second = score(text, title=title, min_words=5, check_language=False)
    assert first.to_dict() == second.to_dict()  # deterministic
    checked = score(text, title=title, min_words=5)
    _check_invariants(text, title, checked)
    assert checked.credibility is None or checked.to_dict() == first.to_dict()


@given(st.lists(st.one_of(article_text, st.integers(), st.none(), st.fixed_dictionaries({"text": article_text})), max_size=8))
def test_score_many_keeps_every_slot(items: list[object]) -> None:
    results = score_many(items, min_words=5)
    assert len(results) == len(items)
    for index, (item, result) in enumerate(zip(items, results)):
        if isinstance(item, (str, dict)):
            assert isinstance(result, Assessment)
        else:
            assert isinstance(result, FailedItem) and result.index == index


def test_score_many_parallel_matches_sequential(seed_texts: dict[str, str]) -> None:
    items = [*seed_texts.values()] * 3 + [{"text": LONG, "title": "T", "published": "2024-01-01"}, 7]
    sequential = score_many(items)
    parallel = score_many(items, n_jobs=2, chunk_size=4)
    assert [r.to_dict() for r in sequential] == [r.to_dict() for r in parallel]
    assert isinstance(parallel[-1], FailedItem) and parallel[-1].index == len(items) - 1
    three = score_many(items, n_jobs=3, chunk_size=2)  # two workers and this process
    assert [r.to_dict() for r in sequential] == [r.to_dict() for r in three]


def test_score_many_counts_this_process_among_the_n_jobs(seed_texts: dict[str, str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # n_jobs=2 is one worker plus this process, which scores chunks from the back (its own
    # results never cross a process boundary). The workers run their own copy of the module,
    # so the wrapper below counts only what this process scored.
    import reliability.api as api

    items = [*seed_texts.values()] * 40
    sequential = [r.to_dict() for r in score_many(items)]
    scored_here: list[int] = []
    original = api._score_items

    def counting(start: int, chunk: list[object], options: dict[str, object]) -> list[object]:
        scored_here.extend(range(start, start + len(chunk)))
        return original(start, chunk, options)

    monkeypatch.setattr(api, "_score_items", counting)
    parallel = score_many(items, n_jobs=2, chunk_size=16)
    assert [r.to_dict() for r in parallel] == sequential
    assert scored_here and scored_here[0] >= len(items) - 16  # from the back, in small chunks
    assert sorted(scored_here) == list(range(len(items) - len(scored_here), len(items)))  # one tail, no gap



def test_score_many_parallel_keeps_order_with_many_small_chunks(seed_texts: dict[str, str]) -> None:
    # Enough items that the workers take chunks from the front while this process, as they
    # start, takes small ones from the back; the two must meet without a gap or an overlap.
    texts = [*seed_texts.values()]
    items = [texts[index % len(texts)] + f" Item {index}." for index in range(120)] + [None]
    parallel = score_many(items, n_jobs=2, chunk_size=8)
    sequential = score_many(items)
    assert [r.to_dict() for r in parallel] == [r.to_dict() for r in sequential]
    assert isinstance(parallel[-1], FailedItem) and parallel[-1].index == 120


@given(st.integers(0, 400), st.integers(1, 300), st.integers(1, 4), st.lists(st.integers(1, 40), max_size=30))
def test_chunk_source_hands_out_every_item_once_and_shrinks_its_chunks(
    count: int, chunk_size: int, n_jobs: int, back_sizes: list[int],
) -> None:
    from reliability.api import _MIN_CHUNK, _ChunkSource

    source = _ChunkSource(list(range(count)), chunk_size, n_jobs)
    front = iter(source)
    seen: list[int] = []
    sizes: list[int] = []
    for size in back_sizes:  # this process and the workers alternate
        taken = source.take_back(size)
        if taken is not None:
            start, chunk = taken
            assert list(chunk) == list(range(start, start + len(chunk))) and 0 < len(chunk) <= size
            seen.extend(chunk)
        handed = next(front, None)
        if handed is not None:
            start, chunk = handed
            assert list(chunk) == list(range(start, start + len(chunk)))
            seen.extend(chunk)
            sizes.append(len(chunk))
    for start, chunk in front:
        seen.extend(chunk)
        sizes.append(len(chunk))
    assert sorted(seen) == list(range(count))
    assert all(size <= chunk_size for size in sizes)
    # Guided sizes never grow, and stay at least _MIN_CHUNK until the last few items.
    assert all(later <= earlier for earlier, later in zip(sizes, sizes[1:]))
    assert all(size >= min(_MIN_CHUNK, chunk_size) for size in sizes[:-1])
    assert source.take_back(5) is None


def test_score_many_makes_no_reference_cycles_and_restores_the_collector(seed_texts: dict[str, str]) -> None:
    # score_many pauses the cyclic GC while it scores and collects results: safe only
    # because scoring, failures included, leaves nothing for the collector to find.
    import gc

    items = [*seed_texts.values(), "Too short.", 42, None, {"text": 5}, {"text": LONG, "published": "2016-02-30"}]
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        results = score_many(items)
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
    assert len(results) == len(items)
    assert gc.isenabled() == was_enabled
    score_many(items)
    assert gc.isenabled() == was_enabled


def test_assessment_pickles_by_columns_and_comes_back_equal(seed_texts: dict[str, str]) -> None:
    import pickle

    results = [score(seed_texts["000"], title="T", published="2024-06-19"), score("Too short."),
               score(LONG, prior=0.3)]
    for result in results:
        back = pickle.loads(pickle.dumps(result, protocol=5))
        assert back.to_dict() == result.to_dict()  # (== on the objects: nan != nan in features)
        assert back.evidence == result.evidence
        assert [(d.feature, d.contribution, d.description, d.reason) for d in back.details] == [
            (d.feature, d.contribution, d.description, d.reason) for d in result.details]
        assert all(type(item) is type(original) for item, original in zip(back.evidence, result.evidence))
        assert all(type(item).__name__ == "Contribution" for item in back.details)


def test_score_many_leaves_joblib_usable(seed_texts: dict[str, str]) -> None:
    from joblib import Parallel, delayed

    items = [*seed_texts.values()] * 2
    Parallel(n_jobs=2)(delayed(len)(text) for text in items)
    score_many(items, n_jobs=2, chunk_size=2)
    # joblib's own shared executor must still work after score_many used its pool.
    assert Parallel(n_jobs=2)(delayed(len)(text) for text in items) == [len(text) for text in items]


@pytest.mark.parametrize("n_jobs", [0, 1.5, True, "2"])
def test_score_many_rejects_bad_n_jobs(n_jobs: object) -> None:
    with pytest.raises(reliability.ReliabilityError, match="n_jobs"):
        score_many(["text"], n_jobs=n_jobs)  # type: ignore[arg-type]


@pytest.mark.parametrize("items", ["One article passed as a bare string.", b"bytes", {"text": "one dict"},
                                   None, 42])  # None, 42: list() raised a bare TypeError
def test_score_many_refuses_a_single_article_instead_of_scoring_its_characters(items: object) -> None:
    # list("abc") is three items: a bare str used to come back as one Assessment per character.
    with pytest.raises(ArticleTypeError, match=r"items: expected an iterable of articles .*score\(\)"):
        score_many(items)  # type: ignore[arg-type]


def test_score_many_batch_title_published_and_source_are_defaults_for_dict_items() -> None:
    # score_many(items, published=...) passed the option beside each dict item's own value:
    # every dict item failed with "internal error: score() got multiple values for keyword
    # argument 'published'"; only plain strings were scored.
    text = "Officials said the bridge could reopen next week after repairs, the city engineer said. " * 8
    results = score_many([text, {"text": text}, {"text": text, "published": "2020-01-02", "title": "Own"}],
                         published="2024-06-19", title="Batch headline", source="outlet")
    assert all(isinstance(result, Assessment) for result in results), results
    expected = score(text, published="2024-06-19", title="Batch headline", source="outlet").to_dict()
    assert results[0].to_dict() == expected and results[1].to_dict() == expected
    assert results[2].to_dict() == score(text, published="2020-01-02", title="Own", source="outlet").to_dict()


def test_to_json_passes_every_json_dumps_option_including_ensure_ascii() -> None:
    # to_json(ensure_ascii=True) raised "json.dumps() got multiple values for keyword argument".
    result = score("The owners of Caf\u00e9 Society said the bridge could reopen next week. " * 8)
    ascii_only = result.to_json(ensure_ascii=True, indent=1)
    assert ascii_only.isascii() and "Caf\\u00e9" in ascii_only
    assert json.loads(ascii_only) == json.loads(result.to_json()) and "Caf\u00e9" in result.to_json()


def test_failed_items_name_their_slot_in_every_message() -> None:
    results = score_many([{"text": "word " * 60, "published": "garbage"}, 5, {"title": "t"}, "fine " * 60])
    for index, result in enumerate(results[:3]):
        assert isinstance(result, FailedItem) and result.message.startswith(f"items[{index}]: "), result
    assert results[0].message == ("items[0]: published: expected an ISO 8601 date such as '2024-06-19', "
                                  "received str 'garbage'")
    assert isinstance(results[3], Assessment)


@pytest.mark.parametrize(("options", "error", "message"), [
    ({"top": -1}, InvalidArticleError, "top: expected a non-negative int, received int -1"),
    ({"top": "3"}, ArticleTypeError, "top: expected a non-negative int, received str '3'"),
    ({"max_spans": -1}, InvalidArticleError, "max_spans: expected a non-negative int or None, received int -1"),
    ({"source_text": 5}, ArticleTypeError, "source_text: expected the scored text (a str) or None, received int 5"),
])
def test_explain_rejects_bad_options_with_a_named_error(options: dict, error: type, message: str) -> None:
    result = score(LONG)
    with pytest.raises(error) as raised:
        result.explain(**options)
    assert str(raised.value) == message


@pytest.mark.parametrize("chunk_size", [0, -5, "64", 2.5, True])
def test_score_many_rejects_a_bad_chunk_size_with_a_named_error(chunk_size: object) -> None:
    # chunk_size=0 used to end in "range() arg 3 must not be zero", "64" in a str/int comparison.
    with pytest.raises(ReliabilityError) as raised:
        score_many([LONG, LONG], n_jobs=2, chunk_size=chunk_size)
    assert str(raised.value).startswith("chunk_size: expected a positive int, received ")


def test_score_many_keeps_the_others_when_one_item_hits_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A bug reached by one article (e.g. an OverflowError in date arithmetic for published
    # '9999-12-31') used to propagate out of score_many and lose every other result.
    import reliability.api as api

    real_score = api.score

    def flaky(text: str, **options: object) -> Assessment:
        if text == "boom":
            raise OverflowError("date value out of range")
        return real_score(text, **options)

    monkeypatch.setattr(api, "score", flaky)
    results = score_many([LONG, "boom", {"text": LONG}])
    assert isinstance(results[0], Assessment) and isinstance(results[2], Assessment)
    assert results[1] == FailedItem(1, "OverflowError", "items[1]: internal error: date value out of range")


def test_score_many_reads_a_dataframe_by_rows() -> None:
    # list(frame) is its column names: score_many(frame) scored the word "text" (one result per
    # column) instead of one result per row.
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"text": [LONG, "Too short."], "title": ["Talks resume", None]})
    results = score_many(frame)
    assert [result.to_dict() for result in results] == [score(LONG, title="Talks resume").to_dict(),
                                                        score("Too short.").to_dict()]
    with pytest.raises(ArticleTypeError, match=r"items: expected a DataFrame with a 'text' column"):
        score_many(pandas.DataFrame({"body": [LONG]}))


@pytest.mark.parametrize(("text", "words"), [("Hello", "1 word"), ("Hello there", "2 words")])
def test_explain_of_an_unjudged_text_counts_its_words_in_plain_english(text: str, words: str) -> None:
    assert score(text).explain().splitlines()[0] == f"Credibility: not judged (insufficient text; {words})."


_DATED = ("The treaty was signed on Monday, March 14, 2016, two years after the 2014 summit, and took effect "
          "in June 9998. It was founded in 1948, 60 years ago; yesterday, 3 March 8999, officials met again. "
          "The three-day summit ran from June 18 to June 24, 1001. ") * 3


@pytest.mark.parametrize("published", ["1000-01-01", "1000-01-02", "8999-12-30", "8999-12-31", "2016-09-27"])
def test_publication_dates_at_the_ends_of_the_accepted_range_are_scored(published: str) -> None:
    # 9999-12-31 overflowed datetime in the date engine (reference + margin): a crash, a 500
    # over HTTP. The accepted range leaves the engine room to count from the date.
    assert score(_DATED, published=published).credibility is not None


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(8999, 12, 31)))
def test_any_accepted_publication_date_is_scored(published: dt.date) -> None:
    assert score(_DATED, published=published).credibility is not None


@pytest.mark.parametrize("published", ["9999-12-31", "9000-01-01", "0999-12-31", dt.date(1, 1, 1)])
def test_publication_dates_outside_the_range_are_refused_by_name(published: object) -> None:
    with pytest.raises(reliability.InvalidArticleError,
                       match=r"^published: expected a date from 1000-01-01 to 8999-12-31, received "):
        score(_DATED, published=published)


def test_score_many_parallel_under_a_threading_backend(seed_texts: dict[str, str]) -> None:
    # score_many asks joblib for its process pool directly, so a backend chosen with
    # joblib.parallel_config does not change where it scores; the results must not change either.
    from joblib import parallel_config

    items = [*seed_texts.values()] * 12
    with parallel_config(backend="threading"):
        threaded = score_many(items, n_jobs=2, chunk_size=8)
    assert [r.to_dict() for r in threaded] == [r.to_dict() for r in score_many(items)]


def test_score_many_restores_the_switch_interval(seed_texts: dict[str, str]) -> None:
    # score_many shortens the GIL switch interval while this process scores beside its
    # workers; the process's own setting must come back afterwards.
    import sys

    before = sys.getswitchinterval()
    results = score_many([*seed_texts.values()] * 8, n_jobs=2, chunk_size=4)
    assert len(results) == len(seed_texts) * 8
    assert sys.getswitchinterval() == before


def test_score_many_parallel_without_joblibs_executor_module(seed_texts: dict[str, str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # joblib.executor is not documented API: without it score_many uses a private loky
    # pool for the call, shuts it, and leaves joblib's own pool usable.
    import sys

    from joblib import Parallel, delayed

    items = [*seed_texts.values()] * 6
    sequential = [r.to_dict() for r in score_many(items)]
    monkeypatch.setitem(sys.modules, "joblib.executor", None)
    assert [r.to_dict() for r in score_many(items, n_jobs=2, chunk_size=4)] == sequential
    monkeypatch.undo()
    assert Parallel(n_jobs=2)(delayed(len)(text) for text in items) == [len(text) for text in items]


def test_explain_refuses_a_source_text_that_is_not_the_scored_text() -> None:
    # The context beside each span is cut from source_text: another text (the article before a
    # clean-up, say) quoted the wrong words beside every span, silently. to_html() refuses it.
    text = "Officials said the bridge, a source close to the talks said, could reopen next week. " * 8
    result = score(text)
    assert "[a source close to the talks said]" in result.explain(source_text=text)
    for other in ("different", "X" + text, text + " And more words here."):
        with pytest.raises(InvalidArticleError) as raised:
            result.explain(source_text=other)
        assert str(raised.value).startswith("source_text: expected the string that was scored")


@pytest.mark.parametrize("text", ["", "   \n", "!!! ???", "\u200b\u200b"])
@pytest.mark.parametrize("check_language", [True, False])
def test_a_text_without_words_is_never_judged(text: str, check_language: bool) -> None:
    # With min_words=0 an empty text was flagged not_english ("This looks like another language
    # or a list of words"), and with check_language=False it was scored (0.47, "uncertain").
    result = score(text, min_words=0, check_language=check_language)
    assert result.credibility is None and result.label == "insufficient text"
    assert result.flags == ("too_short: 0 words, at least 1 needed to judge",)


@pytest.mark.parametrize(("options", "error"), [
    ({"n_jobs": "2"}, ArticleTypeError), ({"n_jobs": 1.5}, ArticleTypeError), ({"n_jobs": 0}, InvalidArticleError),
    ({"chunk_size": "64"}, ArticleTypeError), ({"chunk_size": 2.5}, ArticleTypeError),
    ({"chunk_size": 0}, InvalidArticleError),
])
def test_score_many_tells_a_wrong_type_from_a_wrong_value(options: dict, error: type) -> None:
    # n_jobs="2" and chunk_size="64" were InvalidArticleErrors (ValueErrors), not TypeErrors.
    with pytest.raises(error):
        score_many(["text"], **options)


def test_score_many_takes_numpy_ints_for_n_jobs_and_chunk_size() -> None:
    # Both were refused: "n_jobs: expected a non-zero int (-1 for every core), received int64 np.int64(1)".
    import numpy as np

    results = score_many(["Officials said the bridge would reopen."] * 3, n_jobs=np.int64(1), chunk_size=np.int32(2))
    assert [result.label for result in results] == ["insufficient text"] * 3


def test_explain_and_source_profiles_take_numpy_ints() -> None:
    # explain(top=np.int64(3)) and score_source(max_evidence=np.int64(2)) were refused as
    # "expected a non-negative int, received int64 ...".
    import numpy as np

    from reliability.sources import score_source, score_sources

    result = score(LONG)
    assert result.explain(top=np.int64(3), max_spans=np.int32(1)) == result.explain(top=3, max_spans=1)
    rows = [{"source": "a.example", "logit": 1.0}]
    assert score_source(rows, max_evidence=np.int64(2)).n_articles == 1
    assert score_sources(rows, min_outlets=np.int64(2), max_evidence=np.int64(2))[0].n_articles == 1


def test_default_names_the_shipped_model_as_in_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Officials said the council met on Monday to discuss the budget for the coming year. " * 8
    monkeypatch.chdir(tmp_path)  # no file called "default" here
    assert score(text, model="default").to_dict() == score(text).to_dict()


def test_nan_fields_are_missing_as_in_a_dataframe() -> None:
    # score_many(df) read NaN cells as missing, but score_many(df.to_dict("records")) failed every
    # row whose title, source or publication date was NaN ("title: expected a str or None").
    text = "Officials said the council met on Monday to discuss the budget for the coming year. " * 8
    nan = float("nan")
    plain = score(text).to_dict()
    assert score(text, title=nan, source=nan, published=nan).to_dict() == plain
    results = score_many([{"text": text, "title": nan, "published": nan, "source": nan}])
    assert results[0].to_dict() == plain
    with pytest.raises(ArticleTypeError):
        score(text, title=1.5)


def test_a_text_longer_than_the_training_articles_is_scored_and_flagged(seed_texts: dict[str, str]) -> None:
    # The length term is clipped at the training articles' 99.5th percentile: a huge text scores
    # like a long article, and the answer must say that this is an extrapolation.
    from reliability.model import default_model

    low, high = default_model().length_range
    assert 50 <= low < 100 and 3_000 < high < 10_000
    body = seed_texts["002"]
    normal = score(body)
    assert low <= normal.word_count <= high and normal.flags == ()
    long = score((body + "\n\n") * (high // normal.word_count + 2))
    assert long.credibility is not None and long.word_count > high
    assert len(long.flags) == 1 and long.flags[0].startswith("length_outside_training: ")
    assert f"{high:,} words" in long.flags[0]
    assert "Flag: length_outside_training" in long.explain()


def test_a_model_without_the_length_feature_never_flags_length() -> None:
    import dataclasses

    from reliability.model import default_model

    model = default_model()
    weights = tuple(dataclasses.replace(f, weight=0.0) if f.name == "word_count_log" else f for f in model.features)
    assert dataclasses.replace(model, features=weights).length_range is None
