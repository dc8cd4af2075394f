"""Time linear in input length: every module-level pattern and ``score()`` itself.

Adversarial inputs are long runs of what the patterns' repeats accept (digits,
spaces, capitals, quotes, "!", "a a a", "-", ...).  Each is timed at n and 4n
characters, best of three after a warm-up; linear code takes about 4x, and the
bound is deliberately generous because the test machine is shared.
"""

from __future__ import annotations

import gc

import importlib
import pkgutil
import re
import time
from pathlib import Path
from collections.abc import Callable
from typing import TypeVar

import pytest

import reliability
import reliability.features

T = TypeVar("T")

_MODULES = ["reliability.article"] + [
    f"reliability.features.{module.name}" for module in pkgutil.iter_modules(reliability.features.__path__)
]
# Patterns known to be quadratic, each with the reason (none now: attribution's
# descriptor pattern was "[ ]*,?[ ]*", which split a run of spaces between its two
# repeats in every possible way, and is now possessive "[ ]*+,?[ ]*+").
_KNOWN_QUADRATIC: dict[str, str] = {}
_PATTERNS = [
    pytest.param(
        value,
        id=f"{name.rsplit('.', 1)[-1]}.{attribute}",
        marks=[pytest.mark.xfail(reason=reason, run=False)]
        if (reason := _KNOWN_QUADRATIC.get(f"{name.rsplit('.', 1)[-1]}.{attribute}")) else [],
    )
    for name in _MODULES
    for attribute, value in vars(importlib.import_module(name)).items()
    if isinstance(value, re.Pattern)
]
_RUNS = ("1", " ", "A", '"', "!", "a ", "-", ".", "1 ", "May ", "said ", "a'", "\n", ", ", "A.")
_N = 20_000
_RATIO = 8.0  # linear is 4x, quadratic 16x
# Below this a measurement is noise, not a trend.
_FLOOR_SECONDS = 0.004

# Patterns that the code only applies to a bounded window (a few dozen characters
# before or after a match) or as one anchored match, never scanned over a whole
# text: a scan from every position would cost window x n by design.  They are
# still checked as one anchored match on the long input.
_WINDOW_ONLY = {
    # Round duration26: each matched once on a bounded window: _D26_FRONTED at a sentence start up to the link word (at
    # most 60 characters on), _D26_WITHIN over the first 30 characters of a sentence, _D26_FRONTED_RELATIVE at a
    # sentence start up to a date of the sentence (as _R21_FRONTED_LENGTH), _D26_RANGE_JOIN between two ranges at most
    # 16 characters apart, _D26_TERM_NOUN over the 30 characters after a length, _D26_ON_LINK between a length and a
    # date at most 20 characters on, _D26_YEAR_ADJECTIVE over the 30 characters after a year, _D26_SINCE_CLAUSE
    # between a length and a date at most 110 characters on, _D26_AFTER_EVENT over the 80 characters after a length.
    "temporal._D26_FRONTED", "temporal._D26_WITHIN", "temporal._D26_FRONTED_RELATIVE", "temporal._D26_RANGE_JOIN",
    "temporal._D26_TERM_NOUN", "temporal._D26_ON_LINK", "temporal._D26_YEAR_ADJECTIVE", "temporal._D26_SINCE_CLAUSE",
    "temporal._D26_AFTER_EVENT",
    # Round restate27: searched over at most the 110 characters before a restatement's date (_R31_OTHER_EVENT), the
    # 60 before it (_R31_STAGE) or the 50 before a head (_R31_CAPITALISED_BEFORE), each anchored at the end;
    # _R31_NAMING matched once right after a head, over at most 80 characters.
    "temporal._R31_OTHER_EVENT", "temporal._R31_STAGE", "temporal._R31_CAPITALISED_BEFORE", "temporal._R31_NAMING",
    # _R31_DAY_OF: searched over the 80 characters before a date, anchored at the end (as _R27_BEFORE over 110).
    "temporal._R31_DAY_OF",
    # Round order24: fullmatched between two dates at most 160 characters apart (_O24_RETURN, _O24_INTERVAL), or
    # matched once right after a name, over at most 80 characters or up to the next date (_O24_CARE_PLACE).
    "temporal._O24_RETURN", "temporal._O24_INTERVAL", "temporal._O24_CARE_PLACE",
    # Round order25: anchored at a sentence start over at most 100 characters (_O25_SPAN_SUBJECT, up to the first
    # date) or 80 (_O25_YEAR_FRAME, up to a year); both open with a run of spaces and quotes.
    "temporal._O25_SPAN_SUBJECT", "temporal._O25_YEAR_FRAME",
    # _O24_LATER_BEFORE over the 60 characters before a day without its year; _O24_LATER_AFTER matched once right
    # after it, over at most 40 characters.
    "temporal._O24_LATER_BEFORE", "temporal._O24_LATER_AFTER",
    # _O24_NO_SOONER: one anchored match at a sentence start, up to a date at most 160 characters on.
    "temporal._O24_NO_SOONER",
    # Round restate24: searched over the 40 characters before a phrase of _R27_BEFORE (an "of" complement's head).
    "temporal._R28_OF_HEAD",
    # Round duration23: fullmatched between a length and the range at most 160 characters after it.
    "temporal._D23_APPOSITION_THEN_RANGE",
    # Round order23: searched over the 110 characters before a date (_O23_BEGINNING), anchored between two dates at
    # most 160 characters apart (_O23_AND_NEXT), or over the gap between a stage verb and its complement (_O23_OF_HEAD).
    "temporal._O23_BEGINNING", "temporal._O23_AND_NEXT", "temporal._O23_OF_HEAD", "temporal._O23_MAIN_AFTER",
    "temporal._O23_SUBJECT_BEFORE", "temporal._O23_RELATIVE_BEFORE",
    # _O23_IT_LINK: anchored between two dates at most 160 characters apart; _O23_IT_MARKER on that clause (at most
    # 14 words); _O23_IT_BEGINNING's patterns (a dict, not scanned here) over the 90 characters before a date.
    "temporal._O23_IT_LINK", "temporal._O23_IT_MARKER",
    # _O23_TOOK_OFFICE over the 90 characters before a date; _O23_FIRST_IN_OFFICE anchored between two dates.
    "temporal._O23_TOOK_OFFICE", "temporal._O23_FIRST_IN_OFFICE",
    # _O23_SET_OFF_CUE over the 70 characters before a date.
    "temporal._O23_SET_OFF_CUE",
    # _O23_LAST_OF over the 40 characters before a date; _O23_FIRST_OCCURRENCE over the 90 before the first date.
    "temporal._O23_LAST_OF", "temporal._O23_FIRST_OCCURRENCE",
    # Round order22: one anchored match from a sentence start to a date at most 90 characters on, or from a
    # closing quotation mark to the next date of its sentence (at most 260 characters).
    "temporal._O22_SUBSEQUENT", "temporal._O22_ATTRIBUTION",
    # Round restate22: searched over the 110 characters before a date (_R27_BEFORE), the 6 or 12 before a phrase
    # or a date, or one match anchored right after a date (at most 40 characters before its plan word).
    "temporal._R27_BEFORE", "temporal._R27_THE_BEFORE_DATE", "temporal._R27_DATING_VERB", "temporal._R27_PLAN_AFTER",
    # Round restate18: one anchored match at a sentence start of at most 120 characters ("When it struck, in"),
    # at the start of the sentence before it or of a death's sentence, a search over the 90 characters
    # before a date, or over the 40 before it.
    "temporal._R24_IT_STRUCK", "temporal._R24_DISASTER_SUBJECT", "temporal._R24_NAMED_DEATH",
    "temporal._R24_COMING_INTO_BEING", "temporal._R24_HIS_DEATH",
    # Round restate17: searched over the 90 characters before a date, anchored at the date.
    "temporal._R23_BACK_REFERENCE",
    # Round 22: one anchored match at a sentence start (a clause of at most 240 characters), or over the
    # gap between a noun and its date, or between two commas before a date (at most 90 characters).
    "temporal._R22_PRONOUN_SUBJECT", "temporal._R22_NOUN_GAP", "temporal._R22_PREDICATE", "temporal._R22_SET_OFF_OPENING",
    "temporal._R22_WORK_SUBJECT", "temporal._R22_NARRATED_OPENING", "temporal._R22_LEAD_ONLY",
    "temporal._R22_FRONTED_BEFORE", "temporal._R22_NAMING",
    # Round 21: anchored at a sentence or clause start, or matched over a clause window of at most 220 characters.
    "temporal._R21_SUBJECT_BEFORE", "temporal._R21_CONTINUES", "temporal._R21_FRONTED_LENGTH",
    "temporal._R21_AFTER_OPENING", "temporal._R21_STEP_OPENING", "temporal._R21_FRONTED_EVENT_YEAR",
    "temporal._NOT_A_YEAR_AFTER", "temporal._WORDS_AFTER", "temporal._SEASON_AFTER",
    "temporal._RANGE_GAP", "temporal._APPOSITION_GAP", "temporal._PINNED_GAP", "temporal._MERGE_GAP",
    "temporal._AGO_LINK", "temporal._WORD_BEFORE", "temporal._PASSIVE_EVENT", "temporal._ACTIVE_EVENT",
    "temporal._IDENTIFIER_BEFORE", "temporal._PRECEDING_PREPOSITION", "temporal._SENTENCE_OPENING",
    # Date-conflict rules: gaps between two neighbouring expressions (at most a few dozen
    # characters), windows of at most 110 characters before a date, or one anchored match.
    # Round order16: one anchored match over the gap between a date and the next stage word (at most
    # 200 characters), or from a sentence start to its stage word, or right after a stage word.
    "temporal._STAGE_AND", "temporal._STAGE_NEXT_SUBJECT", "temporal._STAGE_FRONTED", "temporal._STAGE_OBJECT",
    "temporal._ATTACH_TOKEN",  # round 8: tokens of at most 90 characters before or 30 after a date
    "temporal._COMPOUND_EVENT_AFTER", "temporal._THE_BEFORE", "temporal._WEEKDAY_THEN_DATE",
    "temporal._DATE_THEN_WEEKDAY", "temporal._OF_IDENTIFIER", "temporal._FRONTED_VERB",
    "temporal._FRONTED_SUBJECT", "temporal._NAMED_EVENT", "temporal._OFFICE_EVENT", "temporal._NOMINAL_OF",
    "temporal._NAME_RUN", "temporal._ORDER_VERB", "temporal._REPORTING", "temporal._FRONTED_CLAUSE",
    "temporal._LAST_WEEKDAY", "temporal._IDENTIFIER_PAST", "temporal._IMPLIED_RANGE_GAP",
    "temporal._DIED_BEFORE", "temporal._BORN_BEFORE", "temporal._AGE_STATED", "temporal._LATER_LINK", "temporal._NOMINAL_FRAME",
    "temporal._PERIOD_NOUN", "temporal._OBJECT_AFTER", "temporal._NEXT_WORD", "temporal._CONTEST_AFTER", "temporal._L25_EVENT_AFTER", "temporal._L25_RECORD_AFTER",
    "temporal._FOR_FROM", "temporal._PAST_BEFORE_CONTEST", "temporal._DATE_THEN_PASSIVE", "temporal._DATE_THEN_ACTIVE", "temporal._OFFICE_CUE",
    # Round 3 (dates5): gaps between two neighbouring expressions, a few characters after a
    # date, or the words just before an event word; every space run in them is possessive.
    "temporal._DEICTIC_WEEKDAY_GAP", "temporal._LENGTH_LINK", "temporal._OBJECT_RELATIVE", "temporal._OFFSET_AFTER",
    "temporal._PINNED_LOOSE_GAP", "temporal._RELATIVE_BEFORE", "temporal._RELATIVE_YEAR_AFTER", "temporal._IN_YEAR_AFTER", "temporal._SPELLED_DAY_AFTER",
    # Round 5 (dates6): the gap between a date and its duration, the words just before a date,
    # or one anchored match after an event word; every space run in them is possessive.
    "temporal._PERFECT_LINK", "temporal._DATE_RIGHT_AFTER", "temporal._NOT_DEBUT_AFTER", "temporal._AGE_BEFORE_WHEN",
    "temporal._IN_FORCE_BEFORE", "temporal._POSSESSIVE_PRONOUN", "temporal._OPENING_LEAD", "temporal._TRAILING_SET_OFF",
    "temporal._SINCE_CLAUSE", "temporal._AGE_AFTER_EVENT", "temporal._NAME_BEFORE_BRACKET", "temporal._SEASONS_BEFORE",
    # Round 6 (dates7): the gap between an event word and its date (at most 70 characters), the
    # 40 characters before an event word, or one anchored match at a sentence opening.
    "temporal._CLOSE_DATE_GAP", "temporal._DEFINITE_BEFORE", "temporal._DETERMINER_BEFORE_DATE", "temporal._OPENING_NAME",
    # Round 7 (dates8): the gap between an anaphor's noun and its date (fullmatch within the
    # 110 characters before a date), or the 40 characters before a noun or date.
    "temporal._ANAPHOR_GAP", "temporal._COMPLEMENT_BEFORE", "temporal._POSSESSOR_BEFORE", "temporal._NOUN_PHRASE_BEFORE",
    "temporal._IDENTIFIER_WORDS",
    # Round 7 durations: the gap between two neighbouring expressions, or the 40 characters
    # before a date or an ordinal.
    "temporal._REVERSED_RANGE_GAP", "temporal._LENGTH_THEN_RANGE", "temporal._SERIES_START_BEFORE", "temporal._IN_ITS_BEFORE",
    # Round 7 order: the gap between two neighbouring dates (at most 70 characters) or the 10 before a date.
    "temporal._UNTIL_EVENT", "temporal._FROM_BEFORE",
    # Round 7 weekdays and themes: one anchored match right after a date or an event noun, or
    # between an event verb and its date (at most 60 characters).
    "temporal._THAT_YEAR_AFTER", "temporal._THEME_AFTER", "temporal._VERB_THEME_GAP", "temporal._WEEKDAY_ANAPHOR",
    "temporal._MODIFIED_NOUN", "temporal._FRAMING_YEAR", "temporal._CLAUSE_OPENING_BEFORE", "temporal._POSSESSIVE_WEEKDAY_GAP",
    # Round 9 (dates10) order by a connective's scope: one anchored match right after a connective
    # (14 characters) or at a sentence opening, or the 24 characters before a date.
    "temporal._SCOPE_NOT_AFTER", "temporal._SCOPE_NOT_BEFORE", "temporal._SCOPE_CONTINUATION", "temporal._SCOPE_OPENING_LEAD",
    "temporal._SCOPE_DATED_BY", "temporal._SCOPE_EVENT_OBJECT", "temporal._SCOPE_ANAPHOR", "temporal._SCOPE_SET_OFF_RELATIVE",
    # Round 9 restatements: the 32 characters before an event word, the gap between "born" and its
    # date (fullmatch, at most 70 characters), or one anchored match right after a date.
    "temporal._SUBJECT_PRONOUN_BEFORE", "temporal._REFERRING_SUBJECT_AFTER", "temporal._DEFINITE_ANTECEDENT", "temporal._BORN_GAP",
    # Round 9 durations: the 24 (16) characters before a stated length, one anchored match after it
    # or at a sentence opening.
    "temporal._SPAN_LENGTH_BEFORE", "temporal._SPAN_LENGTH_AFTER", "temporal._SPAN_APPROXIMATE", "temporal._SPAN_PRONOUN_OPENING",
    # Round 10 (dates11) durations: one anchored match right after a length or a date (at most 40
    # characters), or the 12 to 24 characters between a date and a length.
    "temporal._ADJECTIVE_LENGTH_NOUN", "temporal._DEFINITE_LENGTH_BEFORE", "temporal._INTERVAL_LINK", "temporal._INTERVAL_LEAD",
    "temporal._DATE_THEN_AGE", "temporal._AGE_AFTER_DATE",
    # Round 10 weekdays: one anchored match right after a weekday (24 characters) or between an
    # event noun and the next date (bounded repeats), or the 8 characters before a weekday.
    "temporal._WEEKDAY_NOUN_AFTER", "temporal._WEEKDAY_DETERMINER_BEFORE", "temporal._WEEKDAY_EVENT_DATE_GAP",
    # Round 10 restatements: the gap between an event noun and the next event word (fullmatch,
    # both within the 70 characters before a date).
    "temporal._NOUN_SET_OFF_GAP",
    # Round 16 (dates17): anchored matches in bounded gaps (a recent word and its date at most 160
    # characters apart, the next sentence's opening up to its date, the 200 characters between
    # two dated phases, the character after a date).
    "temporal._EVENT_PIN_NEXT", "temporal._EVENT_PIN_PLACE", "temporal._BARE_DAY_END",
    "temporal._PHASE_AND", "temporal._PHASE_NEXT_SUBJECT", "temporal._PHASE_FRONTED",
    # Round 11 (dates12): one anchored match within a bounded gap (the 64 characters between a
    # word of the recent past and its date, 40 after a date, a predicate of at most nine words,
    # a sentence opening).
    "temporal._PINNED_CLAUSE_GAP", "temporal._SINGLE_INTERVAL", "temporal._SCOPE_PREDICATE", "temporal._SUBJECT_NAME",
    # Linear-time pass (linear16): one anchored match at each sentence start, cached per sentence
    # (the first three words; both runs possessive).
    "temporal._THIRD_WORD",
    # Round order27: _O27_FRONTED anchored at a sentence opening up to its first date (at most 90 characters on);
    # _O27_MAIN fullmatched between two dates at most 120 characters apart.
    "temporal._O27_FRONTED", "temporal._O27_MAIN",
    # _O27_SUBJECT_STEP anchored at a sentence opening up to its first date (at most 110 characters on);
    # _O27_SUBJECT_MAIN fullmatched between two dates at most 120 characters apart.
    "temporal._O27_SUBJECT_STEP", "temporal._O27_SUBJECT_MAIN",
}


def _best_of_three(function: Callable[[], object]) -> float:
    # CPU time of this thread, not wall time: on a busy machine another process taking the
    # core made wall-clock ratios of 8x and more out of linear patterns (a red test run for
    # a user with something else running). Time on the CPU is what grows with the input.
    function()
    best = float("inf")
    for _ in range(3):
        started = time.thread_time()
        function()
        best = min(best, time.thread_time() - started)
    return best


def _run(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _assert_linear(label: str, measure: Callable[[str], float], unit: str) -> None:
    small_text, large_text = _run(unit, _N), _run(unit, 4 * _N)
    # Other processes share the machine: repeated measurements confirm a slow one.
    for _ in range(3):
        small = measure(small_text)
        large = measure(large_text)
        if large <= _RATIO * small + _FLOOR_SECONDS:
            return
    assert large <= _RATIO * small + _FLOOR_SECONDS, (
        f"{label} on runs of {unit!r}: {small * 1e3:.1f} ms at {_N:,} characters, "
        f"{large * 1e3:.1f} ms at {4 * _N:,} (expected at most {_RATIO}x)"
    )


def _scan(pattern: re.Pattern[str]) -> Callable[[str], float]:
    return lambda text: _best_of_three(lambda: sum(1 for _ in pattern.finditer(text)))


def _anchored(pattern: re.Pattern[str]) -> Callable[[str], float]:
    return lambda text: _best_of_three(lambda: pattern.match(text))


def _assert_four_times_the_input_scales_linearly(function: Callable[[T], object], small: T, large: T) -> None:
    """``function(large)`` (four times ``small``'s size) takes at most 6x ``function(small)`` plus 50 ms.

    Other processes share the machine, and in a full test run the garbage collector's full passes
    scale with everything the run keeps alive, not with this input: collect first, and repeat a
    slow measurement before believing it. Linear is 4x, quadratic 16x.
    """
    for _ in range(3):
        gc.collect()
        small_seconds = _best_of_three(lambda: function(small))
        gc.collect()
        large_seconds = _best_of_three(lambda: function(large))
        if large_seconds <= 6.0 * small_seconds + 0.05:
            return
    assert large_seconds <= 6.0 * small_seconds + 0.05, (small_seconds, large_seconds)


def assert_extractor_scales_linearly(extractor: Callable[..., object], unit: str,
                                     repeats: int = 1_500) -> None:
    """``extractor`` on ``unit`` repeated ``repeats`` and four times as often scales linearly.

    The articles are tokenised before the timing, so only the extractor's own work is timed.
    """
    from reliability.article import Article

    small, large = Article(unit * repeats), Article(unit * 4 * repeats)
    for article in (small, large):
        article.lower_words  # noqa: B018 - tokenise outside the timing
    _assert_four_times_the_input_scales_linearly(extractor, small, large)


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_pattern_time_is_linear(pattern: re.Pattern[str], request: pytest.FixtureRequest) -> None:
    name = request.node.callspec.id
    for unit in _RUNS:
        _assert_linear(f"{name} (one anchored match)", _anchored(pattern), unit)
        if name not in _WINDOW_ONLY:
            _assert_linear(f"{name} (scan)", _scan(pattern), unit)


def test_score_time_is_linear() -> None:
    paragraph = (
        "The committee met on Monday, March 14, 2016, two years after the 2014 summit. "
        "\"We are not sure,\" said an official familiar with the talks, who asked not to be named. "
        "Officials said turnout rose 12 percent last week; critics called it a shocking disgrace!\n"
    )
    small = _run(paragraph, 250_000)
    large = _run(paragraph, 1_000_000)
    _assert_four_times_the_input_scales_linearly(reliability.score, small, large)


def test_expert_attributions_time_is_linear() -> None:
    # Many named speakers described as experts: each attribution looks only at the expert
    # roles near it (a look at all of them made a 20,000,000-character text take 12 s, not 8).
    from reliability.article import Article
    from reliability.features.attribution import extract_attribution

    paragraph = "Professor Jane Smith, an economist at the think tank, said the plan would work. "
    small = Article(_run(paragraph, 100_000))
    large = Article(_run(paragraph, 400_000))
    for article in (small, large):
        article.lower_words  # noqa: B018 - tokenise outside the timing
    _assert_four_times_the_input_scales_linearly(extract_attribution, small, large)


@pytest.mark.parametrize("unit", ["\u0301\u0323", "e\u0301 ", "x\u00ad", "\u200b",
                                  "Jose\u0301 said\u200b ", "\r", "U.S. "])
def test_cleaning_time_is_linear(unit: str) -> None:
    # The rare path (format characters dropped, accents composed): a run of thousands of marks
    # after one letter was quadratic in CPython's NFC until clusters were cut at 30 marks.
    from reliability.article import _cluster_re

    _cluster_re()  # built once, not timed
    # "a" first: a run of marks after one letter (a run alone has no letter to compose with).
    _assert_linear(f"score {unit!r}",
                   lambda text: _best_of_three(lambda: reliability.score("a" + text, check_language=False)), unit)


def test_name_pass_with_a_very_long_name_word_is_linear() -> None:
    # The name pass keeps the lengths of introduced words as bit masks: a capitalised "word" of
    # millions of letters must not make every later mask operation cost millions of bits.
    from reliability.article import Article
    from reliability.features.consistency import extract_consistency

    def text(names: int) -> Article:
        long_word = "Ab" + "c" * (10 * names)
        article = Article(f"Mr {long_word} Smith said. " + " ".join(
            f"Then A{'b' * (k % 40 + 2)} Cee{k % 7} went home." for k in range(names)))
        article.lower_words  # noqa: B018 - tokenise outside the timing
        return article

    small, large = text(25_000), text(100_000)
    _assert_four_times_the_input_scales_linearly(extract_consistency, small, large)


def test_name_pass_with_long_series_of_names_is_linear() -> None:
    # (lead25) A surname in a series of capitalised words ("Harding, Okoye, Vandervll and Bell") is read by walking the
    # series; the verdict is kept for every item, so a series of many thousand near-spellings is walked once.
    from reliability.article import Article
    from reliability.features.consistency import extract_consistency

    def text(items: int) -> Article:
        article = Article("The clerk John Smithe spoke. " + ", ".join(
            ("Smith", "Smyth", "Smithers")[k % 3] for k in range(items)) + " and Jones wrote.")
        article.lower_words  # noqa: B018 - tokenise outside the timing
        return article

    small, large = text(5_000), text(20_000)
    _assert_four_times_the_input_scales_linearly(extract_consistency, small, large)


_SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
#: Seconds per MB at 10 MB may exceed those at 1 MB by at most this factor. Measured 1.07
#: (0.44 against 0.47 s/MB, session 15); the quadratic dateline step fixed in session 15 made it
#: about 1.5 (4.3 s → 6.5 s at 10 MB) while costing 0.02 s at 1 MB, where the 4x checks above
#: cannot see it. Only a tight bound at the largest sizes catches a small quadratic term.
_TEN_MB_RATIO = 1.3


@pytest.mark.skipif(not _SEEDS, reason="needs the seed articles in seeds/ (a source checkout)")
def test_seconds_per_mb_flat_from_1_to_10_mb() -> None:
    # Real article text (the five seeds, repeated), as in benchmarks/speed.py: its dates, names
    # and events are what the passes pair up, unlike the synthetic paragraph above.
    unit = "\n\n".join(path.read_text(encoding="utf-8") for path in _SEEDS)
    small, large = _run(unit, 1_000_000), _run(unit, 10_000_000)
    reliability.score(unit)
    for _ in range(2):  # a slow measurement is repeated before it is believed
        gc.collect()
        per_mb_small = min(_thread_seconds(reliability.score, small) for _ in range(2))
        gc.collect()
        per_mb_large = _thread_seconds(reliability.score, large) / 10
        if per_mb_large <= _TEN_MB_RATIO * per_mb_small:
            return
    assert per_mb_large <= _TEN_MB_RATIO * per_mb_small, (
        f"score(): {per_mb_small:.3f} s per MB at 1 MB but {per_mb_large:.3f} at 10 MB "
        f"(expected at most {_TEN_MB_RATIO}x: something grows faster than the input)")


def _thread_seconds(function: Callable[[str], object], text: str) -> float:
    started = time.thread_time()
    function(text)
    return time.thread_time() - started
