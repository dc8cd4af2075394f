"""Well-formedness of the ``blind5`` date-conflict templates, checked WITHOUT the detector.

Every template is run for 50 seeds; weekday templates must state a weekday the
date does not fall on, impossible-date templates a date the calendar lacks, and
publication-anachronism templates a date far from the assumed 2016-09-27.
"""

from __future__ import annotations

import datetime
import random
import re

import pytest

from tests.conftest import load_benchmark

KINDS = {"weekday_mismatch", "impossible_date", "restated_event", "order_violation", "publication_anachronism",
         "duration_arithmetic"}
SEEDS = range(50)
MARK = re.compile(r"\[\[(.*?)\]\]")
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues\.|Wed\.|Thurs\.|Fri\.|"
                     r"Sat\.|Sun\.)")
MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)")
PREFIXES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
YEAR = re.compile(r"\b(\d{4})\b")
LONGEST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]




BLIND5 = load_benchmark("date_templates_blind5").BLIND5_TEMPLATES
CASES = [(kind, template) for kind, templates in BLIND5.items() for template in templates]


def _marked(sentences: list[str]) -> str:
    return " ".join(span for sentence in sentences for span in MARK.findall(sentence))


def _month(text: str) -> int:
    match = MONTH.search(text)
    assert match is not None, text
    return PREFIXES.index(match.group(1)[:3]) + 1


def _year(marked: str, whole: str) -> int:
    years = YEAR.findall(marked) or YEAR.findall(whole)
    assert len(set(years)) == 1, whole
    return int(years[0])


def _stated_and_true_weekday(sentences: list[str]) -> tuple[int, int]:
    marked, whole = _marked(sentences), " ".join(sentences)
    weekday = WEEKDAY.search(marked)
    assert weekday is not None, whole
    stated = [day[:3] for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")]
    day_numbers = [int(number) for number in DAY.findall(YEAR.sub(" ", marked))]
    assert len(day_numbers) == 1, whole
    true = datetime.date(_year(marked, whole), _month(marked), day_numbers[0])
    return stated.index(weekday.group(1)[:3]), true.weekday()


def _is_impossible(sentences: list[str]) -> bool:
    marked = _marked(sentences)
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{1,2})\b", marked)
    slashes = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", marked)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif slashes:
        first, second, year = (int(part) for part in slashes.groups())
        return _impossible(second, first, year) and _impossible(first, second, year)  # both readings fail
    else:
        words = {"thirtieth": 30, "thirty-first": 31}
        found = [words[word] for word in words if word in marked]
        day = found[0] if found else int(DAY.findall(YEAR.sub(" ", marked))[0])
        month = _month(marked)
        years = YEAR.findall(marked)
        year = int(years[0]) if years else 0
    return _impossible(month, day, year)


def _impossible(month: int, day: int, year: int) -> bool:
    if not 1 <= month <= 12:
        return True
    if year == 0:  # no year given: impossible in every year
        return day > LONGEST[month - 1]
    try:
        datetime.date(year, month, day)
    except ValueError:
        return True
    return False


def test_all_six_kinds_with_at_least_ten_templates() -> None:
    assert set(BLIND5) == KINDS
    for kind, templates in BLIND5.items():
        assert len(templates) >= 10, kind
        assert len({template.__name__ for template in templates}) == len(templates), kind


@pytest.mark.parametrize(("kind", "template"), CASES, ids=[template.__name__ for _, template in CASES])
def test_template_is_well_formed(kind: str, template: object) -> None:
    for seed in SEEDS:
        sentences = template(random.Random(seed))  # type: ignore[operator]
        assert isinstance(sentences, list) and 1 <= len(sentences) <= 2
        for sentence in sentences:
            assert sentence.strip() and sentence == sentence.strip()
            assert sentence.endswith((".", ".\"")), sentence
            assert sentence.count("[[") == sentence.count("]]")
            assert "[[" not in MARK.sub("", sentence) and "]]" not in MARK.sub("", sentence)
            assert "{" not in sentence and "}" not in sentence
        marked = [span for sentence in sentences for span in MARK.findall(sentence)]
        assert marked and all(span.strip() for span in marked)
        whole = " ".join(sentences)
        if kind == "weekday_mismatch":
            stated, true = _stated_and_true_weekday(sentences)
            assert stated != true, whole
        elif kind == "impossible_date":
            assert _is_impossible(sentences), whole
        elif kind == "publication_anachronism":
            years = [int(year) for year in YEAR.findall(_marked(sentences))]
            assert years and all(year >= 2017 or year <= 2013 for year in years), whole
        else:
            assert all(int(year) <= 2015 for year in YEAR.findall(whole)), whole
        if kind in ("restated_event", "order_violation"):
            assert len(marked) >= 2 and len(set(marked)) == len(marked), whole
