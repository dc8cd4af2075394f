"""Checks shared by the well-formedness tests of the independent date-template sets (blind6, blind7).

Run WITHOUT the detector.  Every template is run for 50 seeds.  Besides the
sentence form and the marked spans, each template's ``facts`` (the date
expressions that make the conflict, as written in the text) are parsed here,
independently of the generator, and the conflict is checked with ``datetime``:
weekday templates must state a weekday the date does not fall on, impossible-date
templates a date the calendar lacks, restatements two disjoint datings, order
violations a claimed "earlier" event dated after the "later" one, anachronisms a
past event at least eight months after 2016-09-27 or a relative expression pinned
at least three years away from it, and durations a number at least 5 units
outside every defensible count (unknown days and inclusive/exclusive counting
included).
"""

from __future__ import annotations

import calendar
import datetime
import random
import re
from pathlib import Path
from typing import Any

import pytest

KINDS = {"weekday_mismatch", "impossible_date", "restated_event", "order_violation", "publication_anachronism",
         "duration_arithmetic"}
SEEDS = range(50)
REFERENCE = datetime.date(2016, 9, 27)
EIGHT_MONTHS_AFTER = datetime.date(2017, 5, 27)
THREE_YEARS_BEFORE = datetime.date(2013, 9, 27)
THREE_YEARS_AFTER = datetime.date(2019, 9, 27)

MARK = re.compile(r"\[\[(.*?)\]\]")
WEEKDAY_ANY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thur?s?|Fri|Sat|"
                         r"Sun)\b")
RELATIVE = re.compile(r"\b(yesterday|today|tonight|tomorrow|(this|last|next) (morning|afternoon|evening|night|week|"
                      r"weekend|month|year|spring|summer|autumn|winter)|earlier this \w+)\b", re.IGNORECASE)
AGO = re.compile(r"\bago\b", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
PREFIXES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
QUALIFIER = re.compile(r"\b(mid|early|late|end|spring|summer|autumn|fall|winter)\b")
DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
ORDINAL_WORDS = {"thirtieth": 30, "thirty-first": 31}
FILLER = {"the", "of", "day"}
LONGEST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
NUMBER_PHRASES = {"half a century": 50, "centenary": 100, "a decade": 10, "a fortnight": 14}
#: The relative expressions both sets pin to a date (blind7 adds "last weekend").
RELATIVE_ANCHORS = {"yesterday", "last week", "this morning", "earlier this month", "last night", "two days ago",
                    "last month", "last year", "earlier today", "this week", "a fortnight ago"}


# --- an independent parser for the date expressions the templates write -----

def _components(text: str, year: int | None = None) -> tuple[int | None, int | None, int | None, str | None]:
    """(year, month, day, qualifier) of one date expression; strict about what it accepts."""
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), None
    dotted = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", text)
    if dotted:
        return int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)), None
    years = YEAR.findall(text)
    assert len(years) <= 1, text
    found_year = int(years[0]) if years else year
    rest = YEAR.sub(" ", text)
    months = MONTH.findall(rest)
    assert len(months) <= 1, text
    month = PREFIXES.index(months[0][:3]) + 1 if months else None
    rest = MONTH.sub(" ", rest)
    words = [number for word, number in ORDINAL_WORDS.items() if word in rest]
    for word in ORDINAL_WORDS:
        rest = rest.replace(word, " ")
    days = [int(number) for number in DAY.findall(rest)]
    assert len(days) + len(words) <= 1, text
    day = (days or words or [None])[0]
    rest = DAY.sub(" ", rest)
    qualifiers = QUALIFIER.findall(rest)
    assert len(qualifiers) <= 1, text
    rest = QUALIFIER.sub(" ", rest)
    leftover = set(re.findall(r"[A-Za-z]+", rest))
    assert leftover <= FILLER, (text, leftover)
    assert not (day is not None and month is None), text
    assert not (qualifiers and month is not None), text
    return found_year, month, day, (qualifiers[0] if qualifiers else None)


def _interval(side: str | tuple[str, int]) -> tuple[datetime.date, datetime.date]:
    """Earliest and latest day a (possibly coarse) date expression can mean."""
    text, year = (side, None) if isinstance(side, str) else side
    found_year, month, day, qualifier = _components(text, year)
    assert found_year is not None, text
    if day is not None:
        exact = datetime.date(found_year, month, day)  # type: ignore[arg-type]
        return exact, exact
    if month is not None:
        return (datetime.date(found_year, month, 1),
                datetime.date(found_year, month, calendar.monthrange(found_year, month)[1]))
    bounds = {None: ((1, 1), (12, 31)), "mid": ((4, 1), (9, 30)), "early": ((1, 1), (4, 30)),
              "late": ((9, 1), (12, 31)), "end": ((10, 1), (12, 31))}
    if qualifier == "winter":  # either hemisphere, either convention
        return datetime.date(found_year - 1, 12, 1), datetime.date(found_year + 1, 3, 31)
    (first_month, first_day), (last_month, last_day) = bounds.get(qualifier, bounds[None])  # seasons: whole year
    return datetime.date(found_year, first_month, first_day), datetime.date(found_year, last_month, last_day)


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


ELAPSED = {"years": _whole_years, "months": _whole_months,
           "weeks": lambda start, end: (end - start).days // 7, "days": lambda start, end: (end - start).days}


def _number(stated: str) -> int:
    digits = re.findall(r"\d+", stated)
    if digits:
        assert len(digits) == 1, stated
        return int(digits[0])
    for phrase, value in NUMBER_PHRASES.items():
        if phrase in stated:
            return value
    words = [NUMBER_WORDS[token] for token in re.split(r"[-\s]+", stated) if token in NUMBER_WORDS]
    assert len(words) == 1, stated
    return words[0]


def check_parser() -> None:
    """The parser reads every date format the sets write, and refuses the rest."""
    assert _interval("Sept. 3, 2013") == (datetime.date(2013, 9, 3),) * 2
    assert _interval("3 September 2013") == (datetime.date(2013, 9, 3),) * 2
    assert _interval("the 9th of March, 2012") == (datetime.date(2012, 3, 9),) * 2
    assert _interval(("March 9", 2012)) == (datetime.date(2012, 3, 9),) * 2
    assert _interval("2013-09-03") == _interval("03.09.2013") == (datetime.date(2013, 9, 3),) * 2
    assert _interval("Sep 3, 2013") == _interval("3 Sep 2013") == (datetime.date(2013, 9, 3),) * 2
    assert _interval("mid-2013") == (datetime.date(2013, 4, 1), datetime.date(2013, 9, 30))
    assert _interval("February 2012") == (datetime.date(2012, 2, 1), datetime.date(2012, 2, 29))
    assert _interval("the winter of 2019") == (datetime.date(2018, 12, 1), datetime.date(2020, 3, 31))
    assert _components("the thirty-first of April") == (None, 4, 31, None)
    assert _components("the 30th day of February, 2005") == (2005, 2, 30, None)
    with pytest.raises(AssertionError):
        _components("the summit of 2013")


def check_kinds_and_names(templates: dict[str, list[Any]], tag: str) -> None:
    """Six kinds, at least twenty distinct templates each, named ``<tag>_<kind>_...``."""
    prefix = {"weekday_mismatch": "weekday_", "impossible_date": "impossible_", "restated_event": "restated_",
              "order_violation": "order_", "publication_anachronism": "anachronism_",
              "duration_arithmetic": "duration_"}
    assert set(templates) == KINDS
    for kind, kind_templates in templates.items():
        assert len(kind_templates) >= 20, kind
        names = [template.__name__ for template in kind_templates]
        assert len(set(names)) == len(names), kind
        assert all(name.startswith(f"{tag}_{prefix[kind]}") for name in names), kind


def check_no_detector_import(module: Any) -> None:
    source = (Path(module.__file__)).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+reliability", source, re.MULTILINE)


def check_different_wording(templates: dict[str, list[Any]]) -> None:
    for kind, kind_templates in templates.items():
        skeletons = [re.sub(r"\d+", "#", " ".join(template(random.Random(0)))) for template in kind_templates]
        assert len(set(skeletons)) == len(skeletons), kind


def check_template(kind: str, template: Any, relative_anchors: set[str] = RELATIVE_ANCHORS) -> None:
    """Well-formed for 50 seeds, and a real conflict of its kind by the parser above."""
    for seed in SEEDS:
        sentences = template(random.Random(seed))  # type: ignore[operator]
        again, facts = template.facts(random.Random(seed))  # type: ignore[attr-defined]
        assert again == sentences
        assert isinstance(sentences, list) and 1 <= len(sentences) <= 3
        marked: list[str] = []
        plains: list[str] = []
        for sentence in sentences:
            assert sentence.strip() and sentence == sentence.strip()
            assert sentence.endswith((".", ".\"")), sentence
            assert sentence.count("[[") == sentence.count("]]")
            assert "[[" not in MARK.sub("", sentence) and "]]" not in MARK.sub("", sentence)
            assert "{" not in sentence and "}" not in sentence
            plain = MARK.sub(lambda match: match.group(1), sentence)
            assert plain[0].isupper() or plain[0] == "\"", sentence
            spans = MARK.findall(sentence)
            assert all(span and span == span.strip() and span in plain for span in spans), sentence
            marked += spans
            plains.append(plain)
        assert marked
        whole = " ".join(plains)

        def in_marked(text: str) -> bool:
            return any(text in span for span in marked)

        def side_text(side: str | tuple[str, int]) -> str:
            if isinstance(side, tuple):
                assert in_marked(str(side[1])), (side, whole)
                return side[0]
            return side

        # Type purity: no weekday outside weekday templates, no relative expressions outside anachronisms.
        weekdays = WEEKDAY_ANY.findall(whole)
        assert len(weekdays) == (1 if kind == "weekday_mismatch" else 0), whole
        if kind != "publication_anachronism":
            assert not RELATIVE.search(whole), whole
            assert not AGO.search(whole) or kind == "duration_arithmetic", whole
            assert all(int(year) <= 2015 for year in YEAR.findall(whole)), whole
        else:
            assert all(int(year) >= 2017 or int(year) <= 2013 for year in YEAR.findall(whole)), whole

        if kind == "weekday_mismatch":
            assert in_marked(facts["weekday"]) and facts["weekday"].rstrip(".") == weekdays[0], whole
            low, high = _interval(facts["date"])
            assert in_marked(side_text(facts["date"])) and low == high, whole
            stated = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(facts["weekday"][:3])
            assert low.weekday() != stated, whole
        elif kind == "impossible_date":
            text = side_text(facts["date"])
            assert in_marked(text), whole
            year, month, day, qualifier = _components(text)
            assert month is not None and day is not None and qualifier is None, text
            if year is None:  # impossible in every year
                assert day > LONGEST[month - 1], whole
            else:
                with pytest.raises(ValueError):
                    datetime.date(year, month, day)
        elif kind == "restated_event":
            first, second = facts["dates"]
            assert in_marked(side_text(first)) and in_marked(side_text(second)), whole
            (first_low, first_high), (second_low, second_high) = _interval(first), _interval(second)
            assert first_high < second_low or second_high < first_low, whole
            assert len(marked) >= 2 and len(set(marked)) == len(marked), whole
        elif kind == "order_violation":
            assert in_marked(side_text(facts["earlier"])) and in_marked(side_text(facts["later"])), whole
            claimed_first_low, _ = _interval(facts["earlier"])
            _, claimed_second_high = _interval(facts["later"])
            assert claimed_first_low > claimed_second_high, whole
            assert len(marked) >= 2 and len(set(marked)) == len(marked), whole
        elif kind == "publication_anachronism":
            assert in_marked(side_text(facts["date"])), whole
            low, high = _interval(facts["date"])
            relative = facts["relative"]
            if relative is None:
                assert low >= EIGHT_MONTHS_AFTER, whole
                assert not RELATIVE.search(whole) and not AGO.search(whole), whole
            else:
                assert relative.lower() in relative_anchors and in_marked(relative), whole
                assert high <= THREE_YEARS_BEFORE or low >= THREE_YEARS_AFTER, whole
        else:  # duration_arithmetic
            assert in_marked(facts["stated"]) and _number(facts["stated"]) == facts["value"], whole
            start_low, start_high = _interval(facts["start"])
            assert in_marked(side_text(facts["start"])), whole
            if facts["end"] is None:
                end_low = end_high = REFERENCE
            else:
                assert in_marked(side_text(facts["end"])), whole
                end_low, end_high = _interval(facts["end"])
            assert start_high <= end_low, whole  # no order conflict mixed in
            elapsed = ELAPSED[facts["unit"]]
            lowest = elapsed(start_high, end_low) - 1   # -1/+1: inclusive/exclusive counting
            highest = elapsed(start_low, end_high) + 1
            effective = facts["value"] + facts["offset"]
            assert effective <= lowest - 5 or effective >= highest + 5, (whole, lowest, highest, effective)
            assert len(marked) >= 2, whole
