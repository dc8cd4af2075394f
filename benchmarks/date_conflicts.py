"""Injected date-conflict benchmark for ``reliability.features.temporal``.

Takes credible ("real") articles from the BuzzFeed-Webis 2016 corpus, injects
each of the six conflict types with sentence templates at sentence or
paragraph boundaries, and reports per-type recall, evidence-span recall and the
false-positive rate on the same articles unmodified.

Templates come in two halves: the ``development`` half was used while writing
the rules, the ``held_out`` half was not looked at while tuning and is the one
reported by default.  Run from the repository root::

    python benchmarks/date_conflicts.py                  # held-out templates
    python benchmarks/date_conflicts.py --split development
    python benchmarks/date_conflicts.py --published 2016-09-27

Without ``--published`` the article ``date`` field is used where present (it is
absent in this corpus, so the reference date is inferred from each article).
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "src"))

from reliability.features.temporal import CONFLICT_KINDS, analyse_dates  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 10: "ten"}
EVENTS = [("treaty", "signed"), ("accord", "signed"), ("summit", "held"), ("agreement", "signed"),
          ("foundation", "established"), ("museum", "opened"), ("festival", "launched"),
          ("stadium", "built"), ("commission", "created"), ("alliance", "formed"),
          ("pipeline", "completed"), ("charter", "adopted"), ("ceasefire", "agreed"),
          ("reform", "enacted"), ("merger", "approved"), ("program", "introduced")]
ADJECTIVES = ["bilateral", "landmark", "regional", "controversial", "historic", "", "", "federal"]
OTHER_EVENTS = ["summit", "election", "earthquake", "referendum", "crisis", "strike", "flood", "scandal"]

Template = Callable[[random.Random], list[str]]


def _date(rng: random.Random, low: int = 1990, high: int = 2015) -> datetime.date:
    return datetime.date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))


def _wrong_weekday(rng: random.Random, day: datetime.date) -> str:
    return WEEKDAYS[(day.weekday() + rng.randint(1, 6)) % 7]


def _event(rng: random.Random) -> tuple[str, str, str]:
    noun, verb = rng.choice(EVENTS)
    return noun, verb, rng.choice(ADJECTIVES)


# Every template returns one or two sentences; [[...]] marks an evidence span.
def weekday_a(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"The hearing took place on [[{_wrong_weekday(rng, day)}, {MONTHS[day.month - 1]} {day.day}, {day.year}]], according to court records."]


def weekday_b(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"Negotiators met again on [[{_wrong_weekday(rng, day)}, {day.day} {MONTHS[day.month - 1]} {day.year}]] to review the draft."]


def weekday_c(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"In a statement dated [[{_wrong_weekday(rng, day)[:3]}., {MONTHS[day.month - 1][:3]}. {day.day}, {day.year}]], the agency defended its decision."]


def weekday_d(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"The vote, held [[{_wrong_weekday(rng, day)} {MONTHS[day.month - 1]} {day.day}, {day.year}]], was closer than expected."]


def weekday_e(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"Records show the shipment left port on [[{_wrong_weekday(rng, day)}, {MONTHS[day.month - 1]} {day.day}, {day.year}]] and arrived days later."]


def weekday_f(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"A spokesman confirmed that the deadline had been moved to [[{_wrong_weekday(rng, day)}, {day.day} {MONTHS[day.month - 1]}, {day.year}]]."]


def impossible_a(rng: random.Random) -> list[str]:
    return [f"The contract was signed on [[February 30, {rng.randint(1990, 2015)}]], the filing says."]


def impossible_b(rng: random.Random) -> list[str]:
    month = rng.choice(["April", "June", "September", "November"])
    return [f"According to the indictment, the transfer happened on [[{month} 31, {rng.randint(1990, 2015)}]]."]


def impossible_c(rng: random.Random) -> list[str]:
    year = rng.choice([2001, 2002, 2003, 2005, 2006, 2007, 2009, 2010, 2011, 2013, 2014, 2015])
    return [f"The company says the merger closed on [[February 29, {year}]]."]


def impossible_d(rng: random.Random) -> list[str]:
    month = rng.choice(["April", "June", "September", "November"])
    return [f"Police said the incident occurred on [[31 {month} {rng.randint(1990, 2015)}]] near the border."]


def impossible_e(rng: random.Random) -> list[str]:
    return [f"The memo, dated [[{rng.randint(1995, 2015)}-02-{rng.choice([30, 31])}]], was later released."]


def impossible_f(rng: random.Random) -> list[str]:
    month = rng.choice(["April", "June", "September", "November"])
    return [f"Investors were told on [[{month} 31st]] that the fund would close."]


def restated_a(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    words = f"{adjective} {noun}".strip()
    return [f"Critics have long pointed to the [[{first}]] {words} as a turning point.",
            f"Records show the {noun} was {verb} in [[{MONTHS[rng.randint(0, 11)]} {second}]]."]


def restated_b(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    return [f"The {noun} was first {verb} in [[{first}]], officials said.",
            f"Supporters note that the {noun} was {verb} in [[{second}]] after years of talks."]


def restated_c(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    words = f"{adjective} {noun}".strip()
    return [f"Under the [[{first}]] {words}, both sides agreed to share data.",
            f"The {noun}, {verb} in [[{second}]], remains in force."]


def restated_d(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    return [f"Its [[{first}]] {noun} drew wide attention at the time.",
            f"Analysts recall that the {noun} had been {verb} on [[{MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}, {second}]]."]


def restated_e(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    words = f"{adjective} {noun}".strip()
    return [f"The [[{first}]] {words} is cited in the complaint.",
            f"That {noun} was {verb} in [[{second}]], the complaint adds."]


def restated_f(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    return [f"Lawmakers praised the [[{first}]] {noun} on Tuesday.",
            f"But the {noun} itself was actually {verb} back in [[{second}]], records show."]


def _ordered_years(rng: random.Random) -> tuple[int, int]:
    early = rng.randint(1990, 2012)
    return early, early + rng.randint(1, 4)


def order_a(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"The {noun} was {verb} in [[{early}]] in the aftermath of the [[{late}]] {rng.choice(OTHER_EVENTS)}."]


def order_b(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"Following the [[{late}]] {rng.choice(OTHER_EVENTS)}, the {noun} was {verb} in [[{early}]]."]


def order_c(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"The {noun} was {verb} in [[{MONTHS[rng.randint(0, 11)]} {late}]], before the [[{early}]] {rng.choice(OTHER_EVENTS)}."]


def order_d(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"Officials {verb} the {noun} in [[{early}]] after the [[{late}]] {rng.choice(OTHER_EVENTS)} exposed the problem."]


def order_e(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"In the wake of the [[{late}]] {rng.choice(OTHER_EVENTS)}, the {noun} was quickly {verb} in [[{early}]]."]


def order_f(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"The {noun} was {verb} in [[{late}]], prior to the [[{early}]] {rng.choice(OTHER_EVENTS)}."]


def anachronism_a(rng: random.Random) -> list[str]:
    day = _date(rng, 2001, 2010)
    return [f"The governor said [[yesterday]], [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], that he would not resign."]


def anachronism_b(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    day = _date(rng, 2018, 2024)
    return [f"The {noun} was {verb} on [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], officials said."]


def anachronism_c(rng: random.Random) -> list[str]:
    day = _date(rng, 2001, 2010)
    return [f"The company announced [[last week]] ([[{MONTHS[day.month - 1]} {day.day}, {day.year}]]) that it would cut jobs."]


def anachronism_d(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    return [f"Residents recalled how the {noun} was {verb} in [[{MONTHS[rng.randint(0, 11)]} {rng.randint(2018, 2024)}]] amid protests."]


def anachronism_e(rng: random.Random) -> list[str]:
    day = _date(rng, 2001, 2010)
    return [f"[[Earlier today]], on [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], the board approved the budget."]


def anachronism_f(rng: random.Random) -> list[str]:
    return [f"The two leaders met in [[{rng.randint(2018, 2024)}]] and signed a trade deal."]


def duration_a(rng: random.Random) -> list[str]:
    year = rng.randint(1900, 1990)
    years = 2016 - year + rng.choice([-15, -10, -8, 8, 10, 12])
    return [f"The club was founded in [[{year}]], [[{years} years ago]], by a group of dock workers."]


def duration_b(rng: random.Random) -> list[str]:
    length = rng.choice([2, 3, 4])
    first = rng.randint(1, 15)
    last = first + length + rng.randint(3, 8)
    month = MONTHS[rng.randint(0, 11)]
    return [f"The [[{NUMBER_WORDS[length]}-day]] conference ran [[from {month} {first} to {month} {last}]]."]


def duration_c(rng: random.Random) -> list[str]:
    year = rng.randint(1940, 1995)
    years = 2016 - year + rng.choice([-12, -9, 9, 14])
    return [f"The family has run the bakery [[for {years} years]], [[since {year}]]."]


def duration_d(rng: random.Random) -> list[str]:
    born = rng.randint(1940, 1990)
    age = 2016 - born + rng.choice([-14, -11, 10, 13])
    return [f"The [[{age}-year-old]] senator, who was born in [[{born}]], declined to comment."]


def duration_e(rng: random.Random) -> list[str]:
    weeks = rng.choice([2, 3])
    first = rng.randint(1, 5)
    last = min(28, first + weeks * 7 + rng.randint(5, 10))
    month = MONTHS[rng.randint(0, 11)]
    return [f"The [[{NUMBER_WORDS[weeks]}-week]] strike lasted [[from {month} {first} to {month} {last}]]."]


def duration_f(rng: random.Random) -> list[str]:
    year = rng.randint(1950, 1995)
    years = 2016 - year + rng.choice([-10, -7, 7, 11])
    return [f"[[{years} years ago]], in [[{year}]], the plant opened its doors."]


TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [weekday_a, weekday_b, weekday_c, weekday_d, weekday_e, weekday_f],
    "impossible_date": [impossible_a, impossible_b, impossible_c, impossible_d, impossible_e, impossible_f],
    "restated_event": [restated_a, restated_b, restated_c, restated_d, restated_e, restated_f],
    "order_violation": [order_a, order_b, order_c, order_d, order_e, order_f],
    "publication_anachronism": [anachronism_a, anachronism_b, anachronism_c, anachronism_d, anachronism_e, anachronism_f],
    "duration_arithmetic": [duration_a, duration_b, duration_c, duration_d, duration_e, duration_f],
}

_BOUNDARY = re.compile(r"(?<=[.!?])[\"')]?[ ]+(?=[A-Z])|\n\n")
_MARK = re.compile(r"\[\[(.*?)\]\]")


def _boundaries(text: str) -> list[int]:
    return [match.end() if match.group(0) == "\n\n" else match.start() + len(match.group(0)) for match in _BOUNDARY.finditer(text)]


def _inject(text: str, sentences: list[str], rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Insert sentences at boundaries (in order), returning text and marked spans."""
    boundaries = _boundaries(text) or [len(text)]
    positions = sorted(rng.sample(boundaries, min(len(sentences), len(boundaries))))
    while len(positions) < len(sentences):
        positions.append(positions[-1])
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    length = 0
    for position, sentence in zip(positions, sentences):
        pieces.append(text[cursor:position])
        length += position - cursor
        cursor = position
        plain = ""
        index = 0
        for match in _MARK.finditer(sentence):
            plain += sentence[index:match.start()]
            start = length + len(plain) + (0 if position == 0 else 1)
            plain += match.group(1)
            spans.append((start, start + len(match.group(1))))
            index = match.end()
        plain += sentence[index:]
        insertion = (" " if position > 0 else "") + plain + (" " if position < len(text) and not text[position:position + 1].isspace() else "")
        pieces.append(insertion)
        length += len(insertion)
    pieces.append(text[cursor:])
    return "".join(pieces), spans


def _published(record: dict[str, object], override: datetime.date | None) -> datetime.date | None:
    if override is not None:
        return override
    value = record.get("date")
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return datetime.date.fromisoformat(value[:10])
    return None


def run(data: Path, split: str, per_type: int, seed: int, published: datetime.date | None) -> str:
    records = [json.loads(line) for line in (data / "buzzfeed_webis_2016" / "data.jsonl").open(encoding="utf-8")]
    articles = [record for record in records if record.get("label") == "real" and str(record.get("text") or "").strip()]
    rng = random.Random(seed)
    clean_flagged = 0
    clean_by_kind = {kind: 0 for kind in CONFLICT_KINDS}
    for record in articles:
        analysis = analyse_dates(record["text"], published=_published(record, published))
        if analysis.conflicts:
            clean_flagged += 1
        for conflict in analysis.conflicts:
            clean_by_kind[conflict.kind] += 1
    rows = []
    parity = 1 if split == "held_out" else 0
    for kind in CONFLICT_KINDS:
        templates = [template for index, template in enumerate(TEMPLATES[kind]) if index % 2 == parity]
        hits = span_hits = 0
        for trial in range(per_type):
            record = rng.choice(articles)
            template = templates[trial % len(templates)]
            text, spans = _inject(record["text"], template(rng), rng)
            analysis = analyse_dates(text, published=_published(record, published))
            evidence = [span for conflict in analysis.conflicts if conflict.kind == kind for span in conflict.spans]
            touching = [span for span in evidence if any(span[0] < end and start < span[1] for start, end in spans)]
            if touching:
                hits += 1
                if all(any(span[0] < end and start < span[1] for span in evidence) for start, end in spans):
                    span_hits += 1
        rows.append((kind, per_type, hits / per_type, span_hits / per_type, clean_by_kind[kind]))
    lines = [
        f"Date-conflict injection benchmark ({split} templates, {per_type} injections per type, seed {seed}, "
        f"published={'article date field (absent: inferred)' if published is None else published.isoformat()})",
        "",
        "| conflict type | injected | recall | evidence-span recall | flags on clean articles |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, count, recall, span_recall, clean in rows:
        lines.append(f"| {kind} | {count} | {recall:.3f} | {span_recall:.3f} | {clean} |")
    lines.append("")
    lines.append(f"False-positive rate on the {len(articles)} unmodified real articles: "
                 f"{clean_flagged}/{len(articles)} = {clean_flagged / len(articles):.4f} (articles with at least one conflict)")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPOSITORY.parent / "shared" / "data")
    parser.add_argument("--split", choices=("held_out", "development"), default="held_out")
    parser.add_argument("--per-type", type=int, default=120)
    parser.add_argument("--seed", type=int, default=20160927)
    parser.add_argument("--published", type=datetime.date.fromisoformat, default=None,
                        help="use this publication date for every article instead of the date field")
    parser.add_argument("--output", type=Path, default=None)
    arguments = parser.parse_args(argv)
    table = run(arguments.data, arguments.split, arguments.per_type, arguments.seed, arguments.published)
    print(table)
    if arguments.output is not None:
        arguments.output.parent.mkdir(parents=True, exist_ok=True)
        arguments.output.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
