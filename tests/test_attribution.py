"""Attribution features: table-driven cases, the hand-written gold set, properties."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.attribution import extract_attribution

GOLD = Path(__file__).parent / "data" / "attribution_gold.tsv"

# Arbitrary text mixed with the words attribution rules look for, so the rules are exercised.
ARTICLE_LIKE_TEXT = st.lists(
    st.one_of(
        st.text(max_size=8),
        st.sampled_from(
            [" said", " says ", "Officials ", " sources", "According to ", " the ", "Smith", "Михайлов",
             '"', "\u201c", ", ", ". ", "\n", " an official, speaking on condition of anonymity,",
             " a professor at Oxford", " people familiar with", "-", " The ministry said"]
        ),
    ),
    max_size=40,
).map("".join)


def _texts(text: str, feature: str) -> list[str]:
    result = extract_attribution(Article(text))
    return [text[span.start:span.end] for span in result[feature].spans]


ANONYMOUS_POSITIVES = [
    ("A source with direct access to the discussions said the deal was close.", "source with direct access"),
    ("Officials said the road would reopen.", "Officials said"),
    ("People familiar with the matter said talks stalled.", "People familiar with the matter"),
    ("An official, speaking on condition of anonymity, confirmed the plan.", "condition of anonymity"),
    ("Insiders claim the chief executive will resign.", "Insiders claim"),
    ("Critics say the law is flawed.", "Critics say"),
    ("A senior European intelligence source told the newspaper that Putin is interested.", "source told"),
]
ANONYMOUS_NEAR_MISSES = [
    "The company sells open-source software.",
    "Sources of revenue fell sharply.",
    "Official figures show the economy grew.",
    "Officials at the Bank of England said rates would hold.",
    "The official language of the country is French.",
    "Some 40 people attended the ceremony.",
    "Critics of the film gave it four stars.",
]
NAMED_POSITIVES = [
    ("Михайлов said the talks were useful.", "Михайлов said"),
    ("Choe Son Hui said Pyongyang would respond.", "Choe Son Hui said"),
    ("KCNA reported the launch.", "KCNA reported"),
    ("According to TASS, the meeting ended.", "According to TASS"),
    ("The WSJ reported the clause.", "WSJ reported"),
    ("Officials at the Bank of England said rates would hold.", "Bank of England said"),
    ("Pyongyang is learning, explains Benjamin Young, a researcher at Rand.", "Benjamin Young"),
    # A possessive after the verb: the speaker is the possessed role, named when a name follows it.
    ('"We will win," said Trump\'s spokesman Sean Spicer.', "said Trump's spokesman Sean Spicer"),
    ('"It is over," said Barack Obama\'s campaign manager David Plouffe.', "campaign manager David Plouffe"),
    ('"We will win," said John Smith, Clinton\'s campaign manager.', "said John Smith"),
    ("Trump's said the wall will be built.", "Trump's said"),  # "Trump has said"
]
NAMED_NEAR_MISSES = [
    "He said he would return.",
    "They said nothing about the plan.",
    "Said Hassan was elected mayor in 2019.",
    "According to the schedule, the train leaves at six.",
    "The bridge collapsed after heavy rain.",
    # A possessive is not the speaker: not after the verb ...
    "He said Trump's policies failed badly.",
    "The lawyer added Clinton's emails were deleted.",
    "She wrote Williams' name on the list.",
    # ... and not before a reporting verb's form, which is then a noun
    "Trump's claim that millions voted illegally is false.",
    "The FBI's report was published on Monday.",
    "Here's Trump's tweet about the election.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessed role speaks: the span covers it, never ends at the possessor
        ('"We will win," added Clinton\'s campaign manager.', ["added Clinton's campaign manager"]),
        ('"We will win," said Williams\' lawyer.', ["said Williams' lawyer"]),
        ('"We will win," added Clinton.', ["added Clinton"]),
    ],
)
def test_possessive_after_verb_is_not_the_speaker(text: str, expected: list[str]) -> None:
    assert _texts(text, "named_attribution_density") == expected


@pytest.mark.parametrize(("text", "fragment"), ANONYMOUS_POSITIVES)
def test_anonymous_positive(text: str, fragment: str) -> None:
    assert any(fragment in found for found in _texts(text, "anonymous_source_density"))


@pytest.mark.parametrize("text", ANONYMOUS_NEAR_MISSES)
def test_anonymous_near_miss(text: str) -> None:
    assert _texts(text, "anonymous_source_density") == []


@pytest.mark.parametrize(("text", "fragment"), NAMED_POSITIVES)
def test_named_positive(text: str, fragment: str) -> None:
    assert any(fragment in found for found in _texts(text, "named_attribution_density"))


@pytest.mark.parametrize("text", NAMED_NEAR_MISSES)
def test_named_near_miss(text: str) -> None:
    assert _texts(text, "named_attribution_density") == []


def test_ratio_undefined_without_attributions() -> None:
    result = extract_attribution(Article("The bridge collapsed after heavy rain."))
    assert math.isnan(result["anonymous_source_ratio"].value)
    assert result["anonymous_source_ratio"].reason is not None


QUOTE_TEXT = (
    '"No amount of training can replicate actual experience," Yang said. '
    '"This is a disaster for everyone involved in the talks." '
    "The plan was approved on Monday by the committee."
)


def test_quoted_speech_share_counts_words_inside_quotes() -> None:
    article = Article(QUOTE_TEXT)
    result = extract_attribution(article)
    inside = 8 + 10
    assert result["quoted_speech_share"].value == pytest.approx(inside / article.word_count)


def test_unattributed_quote_share() -> None:
    result = extract_attribution(Article(QUOTE_TEXT))
    assert result["unattributed_quote_share"].value == pytest.approx(0.5)
    [span] = result["unattributed_quote_share"].spans
    assert QUOTE_TEXT[span.start:span.end].startswith('"This is a disaster')


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We will not give up the fight for our land."',
        '"We will not give up the fight for our land," the minister told reporters.',
        '"We will not give up the fight for our land," according to Lavrov.',
        '"We will not give up the fight for our land," she added.',
    ],
)
def test_quote_with_speaker_is_attributed(text: str) -> None:
    assert extract_attribution(Article(text))["unattributed_quote_share"].value == 0.0


def test_unattributed_quote_share_undefined_without_quotes() -> None:
    result = extract_attribution(Article("Nothing is quoted here."))
    assert math.isnan(result["unattributed_quote_share"].value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang is learning, explains Benjamin Young, a nuclear security researcher at Rand.", 1),
        ("The war is costly, according to Fyodor Tertytskyi, a North Korea specialist at Kookmin University.", 1),
        ('"The results are robust," said Alan Hughes, a professor of medicine at Oxford.', 1),
        ("Benjamin Young said the exercise was routine.", 0),
        ("A researcher said the results were robust.", 0),
        ("The professor was not in his office on Monday, Smith said.", 0),
    ],
)
def test_expert_quote_density(text: str, expected: int) -> None:
    assert len(extract_attribution(Article(text))["expert_quote_density"].spans) == expected


def read_gold(path: Path = GOLD) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _gold_spans(sentence: str, column: str) -> list[tuple[int, int]]:
    spans = []
    for fragment in filter(None, (part.strip() for part in column.split(" | "))):
        start = sentence.find(fragment)
        assert start >= 0, f"gold span {fragment!r} is not in {sentence!r}"
        spans.append((start, start + len(fragment)))
    return spans


def _match(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """Pairs of overlapping spans, each used once (greedy in text order)."""
    used: set[int] = set()
    matched = 0
    for start, end in predicted:
        for index, (gold_start, gold_end) in enumerate(gold):
            if index not in used and start < gold_end and gold_start < end:
                used.add(index)
                matched += 1
                break
    return matched


def evaluate_gold(path: Path = GOLD, details: bool = False):  # type: ignore[no-untyped-def]
    """Span precision and recall (overlap matching) of anonymous and named attribution."""
    totals = {kind: [0, 0, 0] for kind in ("anonymous", "named")}  # matched, predicted, gold
    errors = []
    for row in read_gold(path):
        sentence = row["sentence"]
        result = extract_attribution(Article(sentence))
        for kind, feature in (("anonymous", "anonymous_source_density"), ("named", "named_attribution_density")):
            predicted = [(span.start, span.end) for span in result[feature].spans]
            gold = _gold_spans(sentence, row[kind] or "")
            matched = _match(predicted, gold)
            totals[kind][0] += matched
            totals[kind][1] += len(predicted)
            totals[kind][2] += len(gold)
            if matched != len(predicted) or matched != len(gold):
                errors.append((kind, sentence, [sentence[s:e] for s, e in predicted], row[kind]))
    scores = {
        kind: {
            "precision": matched / predicted if predicted else math.nan,
            "recall": matched / gold if gold else math.nan,
            "gold": gold,
        }
        for kind, (matched, predicted, gold) in totals.items()
    }
    return (scores, errors) if details else scores


def test_gold_set_size() -> None:
    rows = read_gold()
    assert len(rows) >= 200
    assert sum(row["kind"] == "near_miss" for row in rows) >= 60


@pytest.mark.parametrize("kind", ["anonymous", "named"])
def test_gold_precision_recall(kind: str) -> None:
    scores = evaluate_gold()[kind]
    assert scores["precision"] >= 0.90, scores
    assert scores["recall"] >= 0.85, scores


@settings(max_examples=200, deadline=None)
@given(ARTICLE_LIKE_TEXT)
def test_any_string_never_crashes_and_spans_slice(text: str) -> None:
    result = extract_attribution(Article(text))
    for measurement in result.values():
        assert math.isnan(measurement.value) or measurement.value >= 0
        for span in measurement.spans:
            assert 0 <= span.start < span.end <= len(text)
            assert span.field == "text"
