"""Attribution: general patterns beyond the cue words (sentences written for these tests).

Each table exercises one construction with words that neither the gold set nor the
independent probes use, so the rules, not the examples, are tested.
"""

from __future__ import annotations

import gc
import time

import pytest

from reliability.article import Article
from reliability.features.attribution import extract_attribution


def _found(text: str) -> tuple[list[str], list[str]]:
    result = extract_attribution(Article(text))
    return tuple(  # type: ignore[return-value]
        [text[span.start:span.end] for span in result[feature].spans]
        for feature in ("anonymous_source_density", "named_attribution_density")
    )


def _covers(found: list[str], fragment: str) -> bool:
    return any(fragment in span or span in fragment for span in found)


# (sentence, anonymous fragment or None, named fragment or None)
PATTERNS = [
    # unnamed person or group noun phrase + reporting verb
    ("Nurses told the inquiry that staffing was dangerously low.", "Nurses told", None),
    ("Several shopkeepers complained that the closure had cost them customers.", "shopkeepers complained", None),
    ("Neighbours of the family say they heard shouting late at night.", "Neighbours of the family say", None),
    ("Supporters of the bill argue it will cut costs.", "Supporters of the bill argue", None),
    ("A former staffer told me the office was chaotic.", "staffer told", None),
    ("A close friend of the singer said she was recovering.", "friend of the singer said", None),
    ("Two paramedics who were at the scene said the driver was conscious.", "paramedics who were at the scene said", None),
    ("Some within the party fear a split.", "Some within the party fear", None),
    ("Union leaders warned that a strike was likely.", "leaders warned", None),
    # anonymity stated in a relative clause or apposition
    ("A nurse, who could not be identified for her safety, recalled the chaos.", "nurse, who could not be identified", None),
    ('"It will not last," cautioned a senior banker who did not want to be named.', "cautioned a senior banker", None),
    # inverted order after a quote
    ('"We were not warned," insisted one villager.', "insisted one villager", None),
    # outlets quoting or citing someone
    ("NHK quoted a police officer as saying the suspect had fled.", "a police officer", "NHK quoted"),
    ("Kyodo reported the decision, citing a government source.", "a government source", "Kyodo reported"),
    ("Bloomberg, citing unnamed officials, reported that tariffs would rise.", "unnamed officials",
     "Bloomberg, citing unnamed officials, reported"),
    ("The broadcaster quoted an eyewitness as saying the building shook.", "an eyewitness", "broadcaster quoted"),
    # impersonal and passive attribution
    ("It has been claimed that the minister knew about the payments.", "It has been claimed", None),
    ("It was learned that the contract had been signed in secret.", "It was learned", None),
    ("We were told by several insiders that the deal was done.", "told by several insiders", None),
    # parenthetical or apposition between the name and the verb
    ("Yevgeny Prigozhin, speaking from a field camp, denied the report.", None, "Prigozhin, speaking from a field camp, denied"),
    ("Kim Yo Jong, the leader's sister, accused Seoul of provocation.", None, "Kim Yo Jong, the leader's sister, accused"),
    ("Amnesty International's director, Agnès Callamard, condemned the verdict.", None, "Agnès Callamard, condemned"),
    # verbs beyond "said"
    ("Oxfam accused the government of neglect.", None, "Oxfam accused"),
    ("Unicef praised the volunteers.", None, "Unicef praised"),
    ("The Financial Times understands that the bid will be raised.", None, "Financial Times understands"),
    # names with lower-case particles
    ("Hassan el-Amin told reporters the ceasefire was holding.", None, "Hassan el-Amin told"),
    ("Mahmoud al-Mahmoud, the mayor of the town, vowed to rebuild.", None, "al-Mahmoud, the mayor of the town, vowed"),
    # staff speaking for a named person or organisation
    ("Elon Musk's lawyer said the claim was baseless.", None, "Elon Musk's lawyer said"),
    ("A spokeswoman for Airbus said the delivery had been delayed.", None, "spokeswoman for Airbus said"),
    ("Angela Rayner's office said she would not comment further.", None, "Angela Rayner's office said"),
    ("The talks stalled, and Deutsche Bank economists wrote that a deal was unlikely.", None, "Deutsche Bank economists wrote"),
    # pronoun after a named introduction
    ("Mario Draghi visited Berlin on Tuesday. He told reporters the talks were useful.", None, "He told"),
    # names containing a cue word
    ("The Insider Monthly reported that the fund had closed.", None, "Insider Monthly reported"),
]

NEAR_MISSES = [
    "The pilots were grounded for a week.",
    "Nurses are paid less than teachers.",
    "Farmers who grow wheat said goodbye to subsidies long ago.",
    "The union members voted to accept the offer.",
    "Supporters of the team travelled to Madrid.",
    "The villagers said prayers for the missing.",
    "Workers claim benefits every month.",
    "Students told to stay home were sent a letter.",
    "It was reported to be the hottest day of the year.",
    "He told his colleagues to leave.",
    "A relative of the victim attended the hearing.",
    "Port Said is a city in Egypt.",
    'The phrase "experts say" appears in many articles.',
    "Witnesses to the crash were taken to hospital.",
    "She said it was fine.",
    "A man who cannot be named for legal reasons appeared in court.",
    "According to the figures, exports fell.",
    "A spokesman for the airline declined to comment.",
    "Investors expect rain.",
    "When did he write his memoirs?",
    "Protesters urged officials to resign.",
    "The gunman, described as a tall man, fled on foot.",
]


@pytest.mark.parametrize(("text", "anonymous", "named"), PATTERNS)
def test_pattern(text: str, anonymous: str | None, named: str | None) -> None:
    found_anonymous, found_named = _found(text)
    if anonymous is None:
        assert found_anonymous == []
    else:
        assert _covers(found_anonymous, anonymous), found_anonymous
    if named is None:
        assert found_named == []
    else:
        assert _covers(found_named, named), found_named


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss(text: str) -> None:
    assert _found(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun speaker needs a named person earlier in the paragraph
        ("He said he would return.", []),
        ("The bill passed.\nShe said it was a victory.", []),
        ("Lisa Nandy spoke in Leeds. She said it was a victory.", ["She said"]),
    ],
)
def test_pronoun_speaker_needs_a_named_antecedent(text: str, expected: list[str]) -> None:
    assert _found(text)[1] == expected


@pytest.mark.parametrize(
    "unit",
    ["workers ", "Workers, ", "a spokesman, ", "friends of the ", "those who ", "it was ", "He said ",
     "said one official who ", "citing analysts ", "al-", "not to be named, ", '"sources say" '],
)
def test_attribution_time_is_linear(unit: str) -> None:
    # CPU time of this thread, with the cyclic garbage collector paused: in a full test run on a
    # busy 2-core machine, wall time (another process taking the core) and a full collection
    # (which scales with everything the run keeps alive, not with this input) once made a
    # linear pattern measure 15x for 4x the text (session 9: 2.4 ms against 37 ms).
    def seconds(repeats: int) -> float:
        text = unit * repeats
        best = float("inf")
        gc.collect()
        gc.disable()
        try:
            for _ in range(3):
                started = time.thread_time()
                extract_attribution(Article(text))
                best = min(best, time.thread_time() - started)
        finally:
            gc.enable()
        return best

    for _ in range(3):
        small, large = seconds(2_000), seconds(8_000)
        if large <= 8.0 * small + 0.01:
            return
    assert large <= 8.0 * small + 0.01, (unit, small, large)


def test_evidence_slices_the_input() -> None:
    text = "Ахмед аль-Шараа, speaking in Дамаск, denied it. \u201cNo,\u201d insisted one villager. It is understood 😀 officials said so."
    article = Article(text)
    for measurement in extract_attribution(article).values():
        for span in measurement.spans:
            assert article.norm[span.start:span.end] == text[span.start:span.end] or len(article.norm) == len(text)
