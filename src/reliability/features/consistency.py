"""Internal consistency beyond dates: one person named two ways, one quantity given two values.

``name_inconsistency`` counts surnames used alone ("Yang said") that match no
name the article introduced but differ by one or two letters from the surname
of a person it did introduce ("Benjamin Young"): a sign of careless copying or
machine translation. ``conflicting_figures`` counts a quantity stated as fact
with two different numbers ("12 people were killed" ... "15 people were
killed") when neither statement is hedged or marked as an update. Each finding
carries both spans as evidence.

Both run in one pass over the article's words with set look-ups.
"""

from __future__ import annotations

import math

from reliability.article import Article
from reliability.features.base import PHRASES, Measurement, Span, load_lexicon

__all__ = ["extract_consistency", "edit_distance"]

_SPEECH_VERBS = frozenset(
    "said says told added explained explains noted argued argues warned stressed insisted "
    "emphasized emphasised recalled wrote writes continued concluded replied asked".split()
)
_TITLES = frozenset("mr mrs ms dr prof professor sen senator rep gen general president minister".split())
# Capitalised words that open a sentence or name a role, never a person's name.
_NOT_PERSON = frozenset(
    "the a an he she they it we i you this that these those but and or so then there here his her "
    "their its our my your one who what when where why how if as at in on of for to by with from "
    "after before while since however meanwhile also later earlier today yesterday tomorrow "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december mr mrs ms dr prof north south east west new "
    "united state states house white senate congress police army president minister officials "
    "according said says".split()
)
# Role nouns ("Aides said", "Analysts say"): a capitalised one opens a sentence, it is no surname.
_ROLE_WORDS = frozenset(
    term
    for lexicon, categories in (("attribution_roles", ("person", "person_modified")), ("anonymous_sources", ("source_noun",)))
    for category in categories
    for term in load_lexicon(lexicon).terms[category]
    if " " not in term
)
# Quantities worth comparing: a count of people or things and what happened to them.
_OUTCOMES = frozenset(
    "killed dead died injured wounded hurt arrested detained missing evacuated displaced deployed "
    "sent fired dismissed infected hospitalized hospitalised rescued".split()
)
_HEDGED = frozenset(
    "about around nearly almost approximately roughly some over under more less least up estimated "
    "reportedly possibly perhaps likely could may might".split()
)
_UPDATED = frozenset("rose risen climbed increased updated revised now toll raised reached".split())
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "fifty": 50, "hundred": 100,
}
_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# The outcome and number words are found in the shared pass over the words (one
# dictionary look-up per word serves every lexicon), not in passes of their own.
PHRASES.register("consistency", (
    [(word, "consistency:outcome", "outcome", False) for word in sorted(_OUTCOMES)]
    + [(word, "consistency:number_word", "number_word", False) for word in sorted(_NUMBER_WORDS)]
))


def edit_distance(first: str, second: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``.

    Examples
    --------
    >>> edit_distance("young", "yang"), edit_distance("smith", "smyth"), edit_distance("young", "smith")
    (2, 1, 3)
    """
    if abs(len(first) - len(second)) > limit:
        return limit
    previous = list(range(len(second) + 1))
    for row, left in enumerate(first, start=1):
        current = [row]
        for column, right in enumerate(second, start=1):
            current.append(min(previous[column] + 1, current[column - 1] + 1,
                               previous[column - 1] + (left != right)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


def _names(article: Article) -> tuple[dict[str, tuple[int, int]], list[tuple[str, int]]]:
    """Return (surname -> span of its full name's first mention, lone surname mentions that an earlier full name could match)."""
    text = article.norm
    starts = article.word_starts
    ends = article.word_ends
    words = article.words
    lower = article.lower_words
    count = len(words)
    full_names: dict[str, tuple[int, int]] = {}
    lone: list[tuple[str, int]] = []
    # A name word: capitalised (so only those words are tested), two letters or more,
    # not all capitals, and not a word that opens sentences or names a role.
    name_words = [
        index for index in article.capitalised_indices
        if len(word := words[index]) >= 2 and not word.isupper()
        # "O'Sullivan", "Al-Assad": joined names are name words too.
        and (word.isalpha() or word.replace("'", "").replace("-", "").isalpha())
        and lower[index] not in _NOT_PERSON
    ]
    is_name_word = set(name_words)
    # (first letter, last letter) of every full-name word of four letters or more seen so far:
    # a lone word that matches none can never be reported (see _name_conflicts), so its
    # clause is not read.
    known_ends: set[tuple[str, str]] = set()
    next_free = 0
    for index in name_words:
        if index < next_free:
            continue
        last = index
        while (
            last + 1 in is_name_word and last - index < 3
            and text[ends[last]:starts[last + 1]] == " "
        ):
            last += 1
        if last > index:
            # "Benjamin Young", "Kim Jong Un": every word of a full name counts as introduced.
            for position in range(index, last + 1):
                known = lower[position]
                full_names.setdefault(known, (starts[index], ends[last]))
                if len(known) >= 4:
                    known_ends.add((known[0], known[-1]))
        elif len(word := lower[index]) >= 4 and (word[0], word[-1]) in known_ends and word not in _ROLE_WORDS:
            # Only the words beside it in the same clause: "... our president. Most of my" is no title.
            before = lower[index - 1] if index > 0 and text[ends[index - 1]:starts[index]] == " " else ""
            after = lower[index + 1] if index + 1 < count and text[ends[index]:starts[index + 1]] == " " else ""
            if after in _SPEECH_VERBS or (before in _SPEECH_VERBS and text[ends[index]:ends[index] + 1] in ".,") or before in _TITLES:
                lone.append((lower[index], index))
        next_free = last + 1
    return full_names, lone


def _name_conflicts(article: Article) -> list[Span]:
    full_names, lone = _names(article)
    starts = article.word_starts
    ends = article.word_ends
    found: list[Span] = []
    for surname, position in lone:
        # "Russia" after "Russias Rossiya": the same word without a possessive s.
        if surname in full_names or surname + "s" in full_names or len(surname) < 4:
            continue
        start, end = starts[position], ends[position]
        for known, (name_start, name_end) in full_names.items():
            # Same first and last letter and at most two edits: "Young"/"Yang", "Smith"/"Smyth".
            if known[0] != surname[0] or known[-1] != surname[-1] or len(known) < 4 or name_start >= start:
                continue
            # At most one letter more or fewer: "Young"/"Yang", "Bery"/"Berry", not "Gore"/"George".
            if abs(len(known) - len(surname)) <= 1 and edit_distance(known, surname, 3) <= 2:
                introduced = article.clean_text[name_start:name_end]
                found.append(Span(name_start, name_end, f"introduced as {introduced!r}"))
                found.append(Span(start, end, f"later called {article.clean_text[start:end]!r}"))
                break
    return found


def _number_at(words: tuple[str, ...], lower: tuple[str, ...], index: int) -> float | None:
    word = lower[index]
    if word[0].isascii() and word[0].isdigit():
        digits = word.replace(",", "")
        if not (digits.isascii() and digits.isdigit()):
            return None
        value = float(digits)
        if value >= 1900 and value <= 2100:
            return None  # a year, not a count
    elif word in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[word])
    else:
        return None
    if index + 1 < len(lower) and lower[index + 1] in _MULTIPLIERS:
        value *= _MULTIPLIERS[lower[index + 1]]
    return value


def _figure_conflicts(article: Article) -> list[Span]:
    words = article.words
    lower = article.lower_words
    starts = article.word_starts
    ends = article.word_ends
    text = article.norm
    sentence_ends = [end for _, end in article.sentences]
    stated: dict[tuple[str, str], tuple[float, int, int]] = {}
    found: list[Span] = []
    sentence = 0
    # Only a figure with an outcome word two to five words after it ("12 people were
    # killed") can be reported: the outcome words are found first (with the lexicons),
    # and most numbers are then passed over without a closer look.
    listed = PHRASES.hits(article, "consistency")
    outcomes = {hit.first for hit in listed if hit.category == "outcome"}
    if not outcomes:
        return found
    number_words = [hit.first for hit in listed if hit.category == "number_word"]
    for index in sorted({*article.digit_indices, *number_words}):
        if index + 2 not in outcomes and index + 3 not in outcomes and index + 4 not in outcomes \
                and index + 5 not in outcomes:
            continue
        value = _number_at(words, lower, index)
        if value is None:
            continue
        while sentence < len(sentence_ends) and sentence_ends[sentence] <= starts[index]:
            sentence += 1
        sentence_start = 0 if sentence == 0 else sentence_ends[sentence - 1]
        sentence_end = sentence_ends[sentence] if sentence < len(sentence_ends) else len(text)
        previous = lower[index - 1] if index > 0 else ""
        if previous in _HEDGED or previous in ("than", "to", "from", "of"):
            continue
        # "12 people were killed", "12 civilians killed": a noun, then within three words an outcome.
        noun_index = index + 1 + (index + 1 < len(lower) and lower[index + 1] in _MULTIPLIERS)
        if noun_index >= len(lower) or not lower[noun_index].isalpha():
            continue
        outcome = None
        for position in range(noun_index + 1, min(noun_index + 4, len(lower))):
            if starts[position] >= sentence_end:
                break
            if lower[position] in _OUTCOMES:
                outcome = position
                break
        if outcome is None:
            continue
        context = set(lower[max(0, index - 12):outcome + 4])
        if context & _UPDATED or any(text[starts[k]:ends[k]].lower() in _HEDGED for k in range(index + 1, outcome)):
            continue
        if starts[index] < sentence_start:
            continue
        noun = lower[noun_index].rstrip("s")
        key = (noun, lower[outcome])
        start, end = starts[index], ends[outcome]
        earlier = stated.get(key)
        if earlier is None:
            stated[key] = (value, start, end)
        elif earlier[0] != value:
            found.append(Span(earlier[1], earlier[2], f"first stated as {article.clean_text[earlier[1]:earlier[2]]!r}"))
            found.append(Span(start, end, f"then as {article.clean_text[start:end]!r}"))
    return found


def extract_consistency(article: Article) -> dict[str, Measurement]:
    """Count inconsistent names and conflicting figures (each finding: two evidence spans).

    Examples
    --------
    >>> from reliability.article import Article
    >>> text = ("Benjamin Young, a researcher at Rand, spoke. "
    ...         '"No amount of training can replicate it," Yang said.')
    >>> result = extract_consistency(Article(text))
    >>> result["name_inconsistency"].value, [text[s.start:s.end] for s in result["name_inconsistency"].spans]
    (1.0, ['Benjamin Young', 'Yang'])
    >>> text = "On Monday 12 people were killed in the blast. Police said 15 people were killed."
    >>> [text[s.start:s.end] for s in extract_consistency(Article(text))["conflicting_figures"].spans]
    ['12 people were killed', '15 people were killed']
    """
    if article.word_count == 0:
        reason = "the text has no words"
        return {name: Measurement(math.nan, reason=reason) for name in ("name_inconsistency", "conflicting_figures")}
    names = _name_conflicts(article)
    figures = _figure_conflicts(article)
    return {
        "name_inconsistency": Measurement(len(names) / 2.0, tuple(names)),
        "conflicting_figures": Measurement(len(figures) / 2.0, tuple(figures)),
    }
