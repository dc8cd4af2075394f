"""The learned event-identity pass of ``restated_event`` (``reliability.features.event_identity``)."""

from __future__ import annotations

import datetime
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.features import event_identity, temporal
from reliability.features.temporal import analyse_dates

from .conftest import requires_shared_data
from .test_linear_time import _assert_four_times_the_input_scales_linearly

REPOSITORY = Path(__file__).resolve().parents[1]
PUBLISHED = datetime.date(2016, 9, 27)
LEARNED = "learned event-identity model"

# Restatements the rules do not pair (a debut told again as a first game; an opening told again in a
# clause), found by the learned pass.
DEBUT = ("Tomasz Wren made his first-team debut for Harlow Athletic in August 1995. Supporters still talk about the "
           "day he first played for the club, in 1999.")
EXHIBITION = ("The only exhibition of Ada Morrow's paintings opened at the Kelso Gallery on 2 May 1988. It closed early, "
           "the gallery says, having opened on 9 June 1989.")


def _rules_only(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    temporal._LEARNED_IDENTITY = False
    try:
        return [conflict.kind for conflict in analyse_dates(text, published=published).conflicts]
    finally:
        temporal._LEARNED_IDENTITY = True


def test_parameters_are_plain_data_for_these_features() -> None:
    parameters = event_identity.load_parameters()
    assert tuple(parameters["features"]) == event_identity.FEATURES
    assert len(parameters["linear"]) == len(event_identity.FEATURES)
    assert 0.5 <= float(parameters["threshold"]) < 1.0
    assert all(0 <= first < second < len(event_identity.FEATURES) for first, second, _ in parameters["pairwise"])
    # The Webis outlets whose credible articles were negatives never overlap those held out for false positives.
    assert parameters["held_out_outlets"] and not any(outlet in " ".join(parameters["host_corpora"])
                                                      for outlet in parameters["held_out_outlets"])


def test_logit_is_the_full_sum_of_weights_and_pairwise_products() -> None:
    parameters = event_identity.load_parameters()
    rng = random.Random(7)
    for _ in range(200):
        values = [rng.choice((0.0, 0.0, 1.0, 2.0, 0.693)) for _ in event_identity.FEATURES]
        expected = float(parameters["intercept"]) + sum(value * weight for value, weight in zip(values, parameters["linear"]))
        expected += sum(values[first] * values[second] * weight for first, second, weight in parameters["pairwise"])
        assert event_identity.logit(values, parameters) == pytest.approx(expected, abs=1e-9)
        # The same without the index load_parameters() adds.
        plain = {key: value for key, value in parameters.items() if key != "pairwise_of"}
        assert event_identity.logit(values, plain) == pytest.approx(expected, abs=1e-9)
    assert 0.0 <= event_identity.probability([0.0] * len(event_identity.FEATURES), parameters) <= 1.0


def test_an_event_told_twice_in_words_no_rule_pairs_is_found_with_both_dates() -> None:
    assert "restated_event" not in _rules_only(DEBUT)
    conflicts = [conflict for conflict in analyse_dates(DEBUT, published=PUBLISHED).conflicts
                 if conflict.kind == "restated_event"]
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert [DEBUT[start:end] for start, end in conflict.spans] == ["August 1995", "1999"]
    assert LEARNED in conflict.explanation and "told as \"debut\" and \"first played\"" in conflict.explanation
    assert "seems to be dated August 1995 here, but 1999 at offset" in conflict.explanation
    # Without a publication date too: the pass does not need one.
    assert any(LEARNED in conflict.explanation for conflict in analyse_dates(DEBUT).conflicts)


def test_an_only_event_told_again_in_a_clause_is_one_event() -> None:
    assert "restated_event" not in _rules_only(EXHIBITION)
    (conflict,) = [conflict for conflict in analyse_dates(EXHIBITION, published=PUBLISHED).conflicts
                   if conflict.kind == "restated_event"]
    assert [EXHIBITION[start:end] for start, end in conflict.spans] == ["2 May 1988", "9 June 1989"]
    assert "(\"opened\")" in conflict.explanation


@pytest.mark.parametrize("text", [
    # Recurring events dated by their own years are different events.
    "Turnout in the 2012 election was 58 percent. In the 2016 election it rose to 61 percent.",
    "Gallup polls in 1996 showed little movement. ABC polls in 2004 showed the same.",
    "The first debate in 2012 drew 67 million viewers. The first debate in 2008 drew 52 million.",
    # Unrelated events, no shared event word.
    "The bridge was built in 1932. The river flooded the valley in 1947.",
    # One event dated once, and the same date told twice.
    "The treaty was signed on 3 March 2009. The treaty, signed on March 3, 2009, ended the dispute.",
])
def test_different_or_consistent_events_gain_no_learned_restatement(text: str) -> None:
    assert not any(LEARNED in conflict.explanation for conflict in analyse_dates(text, published=PUBLISHED).conflicts)


def test_a_word_beyond_the_next_date_belongs_to_that_date() -> None:
    # "summit" is the 2018 summit's; the accord's 2017 does not share it with "The summit of 2018".
    text = ("The Ardley accord was signed in 2017 in the aftermath of the 2018 summit. Delegates praised the accord. "
            "The summit of 2018 had been chaired by Mira Solberg.")
    assert not any(LEARNED in conflict.explanation for conflict in analyse_dates(text, published=PUBLISHED).conflicts)
    assert "order_violation" in _rules_only(text)


def test_a_pair_another_rule_relates_is_not_also_called_one_event() -> None:
    temporal._LEARNED_IDENTITY = False
    try:
        candidates, _, reference, inferred = temporal._analyse(DEBUT, PUBLISHED)
    finally:
        temporal._LEARNED_IDENTITY = True

    def context() -> temporal._Context:
        return temporal._Context(DEBUT, candidates, reference, inferred, "published")

    (found,) = temporal._learned_restatements(context(), [])
    other = temporal.DateConflict("order_violation", found.spans, "an order violation of the same two dates")
    assert temporal._learned_restatements(context(), [other]) == []
    # A rule's restatement of either date also keeps the pass away from it.
    one_side = temporal.DateConflict("restated_event", (found.spans[0], (0, 3)), "a restatement found by a rule")
    assert temporal._learned_restatements(context(), [one_side]) == []


def test_the_pass_is_linear_in_the_number_of_dated_mentions() -> None:
    block = ("The closure of the Brenmoor mill in May 1981 hurt the town. The closure, announced for October 1986, "
             "is still blamed. The 1990 closure of the Orlan works followed. ")
    _assert_four_times_the_input_scales_linearly(analyse_dates, block * 150, block * 600)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "The closure of the mill", "the closure", "its closure", "The ceasefire", "the truce", "The election",
    "polls", "It", "The signing", "signed the pact", "\u201cThe closure\u201d", "Михайлов", "\U0001F600", "<p>",
]), min_size=1, max_size=12), st.lists(st.integers(1890, 2015), min_size=1, max_size=12))
def test_random_dated_mentions_never_crash_and_spans_slice(phrases: list[str], years: list[int]) -> None:
    text = " ".join(f"{phrase} in {year} was noted." for phrase, year in zip(phrases, years * len(phrases)))
    for conflict in analyse_dates(text, published=PUBLISHED).conflicts:
        for start, end in conflict.spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip()


@requires_shared_data
def test_the_shipped_model_rebuilds_from_the_development_sets() -> None:
    """models/event_identity.json is what benchmarks/event_identity.py fits (the same data and features; the same
    decisions and log-odds within 0.01 on every training and host pair)."""
    result = subprocess.run([sys.executable, str(REPOSITORY / "benchmarks" / "event_identity.py"), "--check"],
                            capture_output=True, text=True, timeout=600, cwd=REPOSITORY)
    # The model is trained on the development template sets and on the date tests' cases (TEST_FILES in
    # the script): after changing either, refit with `python benchmarks/event_identity.py --write`.
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_differences_compare_numbers_within_a_tolerance_and_the_rest_exactly() -> None:
    sys.path.insert(0, str(REPOSITORY / "benchmarks"))
    try:
        from event_identity import differences  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(REPOSITORY / "benchmarks"))
    shipped = json.loads((REPOSITORY / "src" / "reliability" / "models" / "event_identity.json").read_text())
    assert differences(shipped, shipped) == []
    nudged = json.loads(json.dumps(shipped))
    nudged["linear"][0] += 1e-9
    assert differences(nudged, shipped) == []
    nudged["linear"][0] *= 1.01
    assert differences(nudged, shipped)
    renamed = json.loads(json.dumps(shipped))
    renamed["features"][0] = "something_else"
    assert differences(renamed, shipped)
