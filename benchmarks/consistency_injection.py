"""Injected name-inconsistency and conflicting-figure benchmark for ``name_inconsistency`` and ``conflicting_figures``.

Takes the credible ("real") articles of the BuzzFeed-Webis 2016 corpus and, for
each injection, inserts the one to three sentences of a template into one
article at separate sentence or paragraph boundaries, in order, with article
text between them (the insertion scheme of ``benchmarks/date_conflicts.py``).
Two conflict kinds are injected:

* ``name_inconsistency``: a person introduced by full name and later referred
  to by a variant of the surname (a letter changed, two letters swapped, a
  letter dropped or doubled, or a transliteration variant such as
  "Young"/"Yang", "Mohammed"/"Muhammad").
* ``conflicting_figures``: one quantity stated as fact with two different
  numbers in two places (digits or number words).

Each side is marked ``[[...]]`` in the template (the full name and the variant
surname; the two numbers).  Recall: the feature's count on the injected article
is at least one more than on the unmodified article.  Evidence-span recall:
additionally, every marked side is overlapped by an evidence item of that
feature (``field == "text"``).

Near-misses are injected the same way and reported as a false-alarm rate (the
count rises by at least one): two different people with similar names, each
introduced with a full name; a person whose surname resembles a place named
nearby; hedged, updated or revised figures; two different quantities (other
date, other place, other category, a subset, a forecast against an outcome, two
attributed claims).  The column "with evidence on inserted text" counts the
false alarms whose evidence overlaps an inserted sentence (the others rose
because the insertion changed something elsewhere).  Finally the false
positives on every unmodified credible article are counted (articles with at
least one finding of each feature).

How the templates were written: by an independent tester, from the issue's
definition only ("the same person named differently within one article (seed
004 introduces "Benjamin Young" and then quotes "Yang"), and conflicting figures
for the same quantity stated as fact. Evidence: both spans.") and the brief
asking for this benchmark, in the way news copy is written, without reading the
detector.  What the author read: the brief, README.md, benchmarks/date_conflicts.py
(structure copied, code rewritten), tests/test_benchmarks_smoke.py and
tests/conftest.py (test style and ``load_benchmark``), benchmarks/_environment.py,
the ``default_data_dir`` function of src/reliability/corpora.py, the shared data
README and the Webis records.  Not read: src/reliability/features/,
features/consistency.md, benchmarks/name_pairs.py, benchmarks/results/,
tests/test_consistency.py or their history.  The detector was used only through
``reliability.score`` (and, as a check of the harness, on seed 004 and on the
issue's own examples).  The templates were fixed (commit a9f894f) before the
first run and not changed after it.  One harness change followed the first run:
insertion points after a title, an initial or another abbreviation ("Democratic
Rep. | Corrine Brown") are no longer used (date_conflicts.py's boundary pattern
allowed them); the first run's figures are kept in
benchmarks/results/consistency_injection.md.  ``--contiguous`` inserts each
template as one block, a diagnostic of whether the scattering hides findings.

``--split blind2`` uses all templates, near-misses and context functions of
benchmarks/consistency_templates_blind2.py instead of the lists above: a second
independent set written on 2026-11-23 by another independent tester, from the
issue's definition and the brief only (that tester read only this docstring and
the harness code from "# split assignment" on; not the detector, its cards,
docs, results or the lists above; see that file's header).  Fresh: scored once
before and once after a round, never used to tune.

``--split blind3`` likewise uses benchmarks/consistency_templates_blind3.py, a
third independent set written on 2026-11-23 by another independent tester from
the issue's definition and the brief only (see that file's header for what was
read).  Fresh: not yet scored, never used to tune.

Templates alternate between a ``development`` half (even positions within each
list) and a ``held_out`` half (odd positions); the default report is
``held_out``.  Run from the repository root::

    python benchmarks/consistency_injection.py                       # held-out templates
    python benchmarks/consistency_injection.py --split development
    python benchmarks/consistency_injection.py --split blind2        # the independent blind2 set
    python benchmarks/consistency_injection.py --split blind3        # the independent blind3 set
    python benchmarks/consistency_injection.py --split blind4        # the independent blind4 set
    python benchmarks/consistency_injection.py --split blind5        # the independent blind5 set
    python benchmarks/consistency_injection.py --split blind6        # the independent blind6 set
    python benchmarks/consistency_injection.py --split blind7        # the independent blind7 set
    python benchmarks/consistency_injection.py --split blind8        # the independent blind8 set
    python benchmarks/consistency_injection.py --split blind9        # the independent blind9 set
    python benchmarks/consistency_injection.py --split blind10       # the independent blind10 set
    python benchmarks/consistency_injection.py --split blind11       # the independent blind11 set
    python benchmarks/consistency_injection.py --split blind12       # the independent blind12 set
    python benchmarks/consistency_injection.py --split blind13       # the independent blind13 set
    python benchmarks/consistency_injection.py --split blind14       # the independent blind14 set
    python benchmarks/consistency_injection.py --split blind15       # the independent blind15 set
    python benchmarks/consistency_injection.py --split blind16       # the independent blind16 set
    python benchmarks/consistency_injection.py --split blind17       # the independent blind17 set
    python benchmarks/consistency_injection.py --split blind18       # the independent blind18 set
    python benchmarks/consistency_injection.py --split blind19       # the independent blind19 set
    python benchmarks/consistency_injection.py --split blind20       # the independent blind20 set
    python benchmarks/consistency_injection.py --split blind21       # the independent blind21 set
    python benchmarks/consistency_injection.py --split blind22       # the independent blind22 set
    python benchmarks/consistency_injection.py --per-kind 120 --seed 20160927 --output report.md
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "src"))

KINDS = ("name_inconsistency", "conflicting_figures")

# ---------------------------------------------------------------- people

MALE = ["James", "Michael", "David", "Robert", "Daniel", "Thomas", "Peter", "Andrew", "Mark", "Paul",
        "Steven", "Richard", "Kevin", "Brian", "Gary", "Eric", "Jonathan", "Patrick"]
FEMALE = ["Sarah", "Karen", "Laura", "Emily", "Susan", "Linda", "Anna", "Rachel", "Maria", "Julia",
          "Helen", "Nicole", "Amanda", "Claire", "Deborah", "Megan"]

# (first name, gender, surname, variant a careless writer or a transliteration produces)
TRANSLITERATED = [
    ("Benjamin", "m", "Young", "Yang"), ("Ali", "m", "Mohammed", "Muhammad"), ("Tarek", "m", "Hussein", "Husain"),
    ("Wei", "m", "Zhang", "Chang"), ("Mei", "f", "Chen", "Chan"), ("Thi", "f", "Nguyen", "Nguyan"),
    ("Omar", "m", "Abdullah", "Abdallah"), ("Yusuf", "m", "Osman", "Usman"), ("Karim", "m", "Hassan", "Hasan"),
    ("Nadia", "f", "Rahman", "Rehman"), ("Taras", "m", "Shevchenko", "Shevchenco"), ("Dmitry", "m", "Medvedev", "Medvedyev"),
    ("Sergei", "m", "Mikhailov", "Mikhaylov"), ("Ying", "f", "Tsai", "Cai"), ("Jian", "m", "Zhou", "Chou"),
    ("Min-jun", "m", "Park", "Pak"), ("Ji-woo", "f", "Choi", "Choe"), ("Samir", "m", "Mahmoud", "Mahmud"),
    ("Fatima", "f", "Ahmed", "Ahmad"), ("Tariq", "m", "Rashid", "Rasheed"), ("Ilham", "m", "Aliyev", "Aliev"),
    ("Oleg", "m", "Kuznetsov", "Kusnetsov"), ("Ivan", "m", "Petrov", "Petroff"), ("Klaus", "m", "Schmidt", "Schmitt"),
    ("Ute", "f", "Meyer", "Maier"), ("Carlos", "m", "Gonzalez", "Gonzales"), ("Grace", "f", "Thompson", "Thomson"),
    ("Harold", "m", "Phillips", "Philips"), ("Fiona", "f", "Reid", "Reed"), ("Alan", "m", "Stewart", "Stuart"),
    ("Muammar", "m", "Qaddafi", "Gaddafi"), ("Khaled", "m", "Yousef", "Youssef"), ("Andrei", "m", "Tchaikovsky", "Chaikovsky"),
]
PLAIN_SURNAMES = ["Peterson", "Hargreaves", "Whitfield", "Kowalski", "Brennan", "Lindqvist", "Castellano", "Ferguson",
                  "Dalrymple", "Okonkwo", "Fitzgerald", "Harrington", "Nakamura", "Abernathy", "Rosenthal", "Callaghan",
                  "Vandermeer", "Sorensen", "Halvorsen", "McAllister", "Pemberton", "Gallagher", "Delgado", "Fontaine",
                  "Marchetti", "Wojcik", "Underwood", "Blackwell", "Kaminski", "Esposito", "Montgomery", "Whitaker"]
# (person's surname, similar place name) for the name-and-place near-misses
# real, distinct surnames that look alike, for the near-misses (two different people)
GENUINE_PAIRS = [("Young", "Yang"), ("Hussein", "Husain"), ("Zhang", "Chang"), ("Chen", "Chan"), ("Osman", "Usman"),
                 ("Hassan", "Hasan"), ("Rahman", "Rehman"), ("Park", "Pak"), ("Choi", "Choe"), ("Mahmoud", "Mahmud"),
                 ("Ahmed", "Ahmad"), ("Rashid", "Rasheed"), ("Schmidt", "Schmitt"), ("Meyer", "Maier"),
                 ("Gonzalez", "Gonzales"), ("Thompson", "Thomson"), ("Phillips", "Philips"), ("Reid", "Reed"),
                 ("Stewart", "Stuart"), ("Hansen", "Hanson"), ("Larsen", "Larson"), ("Johnson", "Johnston"),
                 ("Allen", "Allan"), ("Gray", "Grey"), ("Clark", "Clarke"), ("Smith", "Smyth"), ("Brown", "Browne"),
                 ("Petersen", "Peterson"), ("Fischer", "Fisher"), ("Mayer", "Meyer")]
PLACE_LIKE = [("Austen", "Austin"), ("Bristow", "Bristol"), ("Parris", "Paris"), ("Darby", "Derby"),
              ("Redding", "Reading"), ("Carlyle", "Carlisle"), ("Sidney", "Sydney"), ("Dalles", "Dallas")]

ROLES = ["a spokesman for the state health department", "the company's chief financial officer",
         "a senior researcher at the institute", "the city's police chief", "a lawyer for the family",
         "the union's regional secretary", "an economist at the central bank", "the school district's superintendent",
         "a deputy foreign minister", "the hospital's medical director", "a campaign adviser",
         "the agency's director of operations"]
ORGS = ["the transport ministry", "Northfield Logistics", "the county council", "the regional water authority",
        "the teachers' union", "the election commission", "Harbor Point Hospital", "the port authority"]
COMPANIES = ["Northfield Logistics", "Harwell Foods", "Bayside Motors", "Keystone Steel", "Orion Telecom",
             "Granite Mutual", "Westbrook Textiles", "Apex Airlines"]
CITIES = ["Springfield", "Lakeview", "Riverton", "Fairhaven", "Millbrook", "Cedar Falls", "Kingsport", "Ashford"]
VOWELS = "aeiou"


def _edit(surname: str, rng: random.Random) -> tuple[str, str]:
    """A careless-writer variant of ``surname``: (variant, operation). The first letter is kept."""
    for _ in range(50):
        operation = rng.choice(["swap", "drop", "double", "vowel"])
        body = list(surname)
        if operation == "swap":
            i = rng.randint(1, len(body) - 2)
            if body[i] == body[i + 1] or not (body[i].islower() and body[i + 1].islower()):
                continue
            body[i], body[i + 1] = body[i + 1], body[i]
        elif operation == "drop":
            i = rng.randint(1, len(body) - 1)
            if not body[i].islower():
                continue
            del body[i]
        elif operation == "double":
            choices = [i for i in range(1, len(body)) if body[i] not in VOWELS and body[i].islower()
                       and body[i] != body[i - 1] and (i + 1 >= len(body) or body[i] != body[i + 1])]
            if not choices:
                continue
            i = rng.choice(choices)
            body.insert(i, body[i])
        else:
            choices = [i for i in range(1, len(body)) if body[i] in VOWELS]
            if not choices:
                continue
            i = rng.choice(choices)
            body[i] = rng.choice([v for v in VOWELS if v != body[i]])
        variant = "".join(body)
        if variant != surname and variant.lower() != surname.lower():
            return variant, operation
    raise AssertionError(surname)


def _person(rng: random.Random, exclude: set[str] = frozenset()) -> dict[str, str]:
    """A person with a surname variant: transliteration pair or a mechanical edit (about half each)."""
    while True:
        if rng.random() < 0.5:
            first, gender, surname, variant = rng.choice(TRANSLITERATED)
            source = "transliteration"
        else:
            gender = rng.choice("mf")
            first = rng.choice(MALE if gender == "m" else FEMALE)
            surname = rng.choice(PLAIN_SURNAMES)
            variant, source = _edit(surname, rng)
        if surname not in exclude and variant not in exclude:
            break
    male = gender == "m"
    return {"first": first, "surname": surname, "variant": variant, "source": source,
            "he": "he" if male else "she", "He": "He" if male else "She", "his": "his" if male else "her",
            "His": "His" if male else "Her", "him": "him" if male else "her", "Mr": "Mr." if male else "Ms."}


def name_context(rng: random.Random) -> dict[str, str]:
    p = _person(rng)
    return {**p, "full": f"[[{p['first']} {p['surname']}]]", "V": f"[[{p['variant']}]]",
            "role": rng.choice(ROLES), "org": rng.choice(ORGS), "city": rng.choice(CITIES), "kind": p["source"]}


def name_near_context(rng: random.Random) -> dict[str, str]:
    """Two different people with genuinely different, similar surnames (each a real surname, first names differ),
    and a person whose surname resembles a place named nearby."""
    one, two = rng.sample(GENUINE_PAIRS, 1)[0] if rng.random() < 0.5 else tuple(reversed(rng.choice(GENUINE_PAIRS)))
    g1, g2 = rng.choice("mf"), rng.choice("mf")
    first1 = rng.choice(MALE if g1 == "m" else FEMALE)
    first2 = rng.choice([name for name in (MALE if g2 == "m" else FEMALE) if name != first1])
    surname, place = rng.choice(PLACE_LIKE)
    first_p = rng.choice(MALE + FEMALE)
    roles = rng.sample(ROLES, 2)
    return {"full1": f"[[{first1} {one}]]", "full2": f"[[{first2} {two}]]",
            "S1": one, "S2": two, "Mr1": "Mr." if g1 == "m" else "Ms.", "Mr2": "Mr." if g2 == "m" else "Ms.",
            "he1": "he" if g1 == "m" else "she", "he2": "he" if g2 == "m" else "she",
            "His1": "His" if g1 == "m" else "Her", "his1": "his" if g1 == "m" else "her",
            "his2": "his" if g2 == "m" else "her",
            "role1": roles[0], "role2": roles[1], "org": rng.choice(ORGS), "city": rng.choice(CITIES),
            "pfull": f"[[{first_p} {surname}]]", "PS": surname, "place": f"[[{place}]]", "P": place,
            "kind": "near-miss"}


# Every template is a tuple of one to three sentences; [[...]] marks a side.
NAME_TEMPLATES: list[tuple[str, ...]] = [
    ("{full}, {role}, said the review would be completed by the end of the year.",
     '"We are not going to cut corners," {V} said.'),
    ("The plan was drawn up by {full}, who joined {org} in 2009.",
     "{Mr} {V} declined to say how much it would cost."),
    ('"This is a difficult day for everyone," said {full}, {role}.',
     "According to {V}, the decision was taken after weeks of talks."),
    ("{full} has run the program since it began.",
     "{V}'s office did not respond to a request for comment on Tuesday."),
    ("Among those at the meeting was {full}, {role}.",
     "{V}, who has criticised the proposal in the past, left before the vote."),
    ("Speaking for {org}, {full} told reporters the figures were being checked.",
     '"We will publish everything," {Mr} {V} added.'),
    ("In an interview, {full} described the first weeks as chaotic.",
     "It took months before the new rules were in place, {he} said.",
     "{V} now says the worst is over."),
    ("The lawsuit was filed by {full}, a former employee of {org}.",
     "Lawyers for {org} said {V}'s claims were without merit."),
    ("{full}, 52, grew up in {city} and studied law before entering politics.",
     "Critics say {V} has changed {his} position several times."),
    ('"Nobody saw this coming," {full} said in a statement on Monday.',
     '"We are still counting the cost," said {V}.'),
    ("A letter signed by {full} was sent to every household in {city}.",
     "Residents who spoke to {V} at a meeting on Thursday were unconvinced."),
    ("{full} is expected to testify before the committee next week.",
     "{Mr} {V} has denied any wrongdoing."),
    ("The report's lead author, {full}, said the data covered ten years.",
     "Officials at {org} asked for more time to respond.",
     "{V} said the findings were robust."),
    ("Speaking at a news conference, {full} urged residents to stay indoors.",
     "Later that evening, {V} repeated the warning on local radio."),
    ("{full}, {role}, was appointed in March.",
     "Since then, {V} has overseen two rounds of budget cuts."),
    ("The company's founder, {full}, sold {his} stake last year.",
     "{V}'s departure surprised investors."),
    ("{full} confirmed the arrests in a brief statement.",
     "Asked whether more arrests were likely, {V} said it was too early to tell."),
    ('"The numbers speak for themselves," {full}, {role}, told the Associated Press.',
     "But {V} conceded that the program had been slow to start."),
    ("The bill was introduced by {full} in January.",
     "Supporters of the measure gathered outside the building on Wednesday.",
     "{V} said {he} expected it to pass."),
    ("{full} was named interim director after the previous head resigned.",
     "A spokeswoman said {V} would hold the post until a permanent replacement was found."),
    ("{full}, who chairs the panel, opened the hearing with a warning.",
     "{V} then called the first witness."),
    ("The decision was announced by {full} on Friday afternoon.",
     "Opposition lawmakers demanded that {Mr} {V} explain the delay."),
    ("In a 2014 memo, {full} warned that the system was outdated.",
     "That memo, {V} said this week, was ignored."),
    ("{full} said the investigation had found no evidence of fraud.",
     '"We looked at every account," according to {V}.'),
    ("The rescue was led by {full}, {role}.",
     "Crews worked through the night, {he} said.",
     "By morning, {V}'s team had reached the last of the stranded families."),
    ("{full} has written three books on the subject.",
     "In the latest, {V} argues that the crisis was avoidable."),
    ("The deal was negotiated by {full}, who flew to {city} for the talks.",
     "People familiar with the talks said {V} pushed hard for the concession."),
    ("{full} declined to comment on the allegations when reached by phone.",
     "A lawyer representing {V} later issued a statement denying them."),
    ("The award went to {full}, {role}.",
     "Accepting it, {V} thanked {his} colleagues at {org}."),
    ("{full} announced {his} candidacy outside the courthouse in {city}.",
     "{V}'s campaign says it has raised more than it expected."),
    ("According to {full}, {role}, the shortage will last into next year.",
     "{V} blamed rising costs and a lack of staff."),
    ('"We have done everything we were asked to do," said {full}.',
     "The inspectors disagreed.",
     '"Everything," {V} repeated.'),
    ("{full} was arrested at {his} home in {city} on Sunday.",
     "Prosecutors say {V} transferred the money through three shell companies."),
    ("The photographs were taken by {full}, a freelance journalist.",
     "{V} said {he} had been threatened while working in the area."),
    ("{full}, the mayor of {city}, called the ruling a victory.",
     "Mayor {V} said the city would not appeal."),
    ("A statement from {full} said the talks had broken down.",
     "{V}'s statement did not say whether they would resume."),
    ("{full} took over {org} in 2012 with a promise to cut waiting times.",
     "Under {V}, waiting times have risen."),
    ("Detectives interviewed {full}, the last person to see the victim alive.",
     "{V} was not considered a suspect, police said."),
    ("The proposal came from {full}, {role}.",
     "Board members said the plan was too expensive.",
     "{Mr} {V} said {he} would revise it."),
    ("{full} said on Monday that {he} would stay on as chairman.",
     "Shareholders voted to keep {V} for another year."),
    ("{full} first raised concerns about the bridge in 2011.",
     "Engineers who reviewed {V}'s report reached the same conclusion."),
    ("The statement was read out by {full}, {role}, outside the court.",
     "{V} did not take questions."),
]

NAME_NEAR_MISSES: list[tuple[str, ...]] = [
    ("{full1}, {role1}, said the review would take a year.",
     "A second official, {full2}, {role2}, said it could be done sooner."),
    ("The award was shared by {full1} and {full2}, who have never worked together."),
    ("{full1} chairs the committee.",
     "{full2}, an unrelated member of the opposition, voted against the bill.",
     "{S1} and {S2} are not related."),
    ("Among the witnesses was {full1}, {role1}.",
     "Another witness, {full2}, {role2}, gave a different account.",
     "{S2} said {he2} had arrived after the fire started."),
    ("{full1} was elected chairman in 2010.",
     "{His1} successor, {full2}, took office last month."),
    ('"We expect delays," said {full1}, {role1}.',
     '"Delays are not inevitable," said {full2}, {role2}.'),
    ("The first complaint came from {full1}, a teacher in {city}.",
     "A second came from {full2}, a nurse who lives nearby.",
     "{Mr2} {S2} said {he2} had never met {Mr1} {S1}."),
    ("{full1} and {full2}, both candidates for the seat, debated on Tuesday.",
     "{S1} attacked {S2}'s record on schools."),
    ("{full1} spent {his1} early career at {org}.",
     "{full2}, who joined the firm in 2015, now holds the same job."),
    ("{full1}, {role1}, will lead the inquiry.",
     "{full2}, no relation, is a lawyer for the victims' families."),
    ("The novelist {pfull} lives just outside {place}.",
     "{PS} said the town had changed a great deal."),
    ("{pfull}, {role1}, moved to {place} in 2004.",
     "{P} has since grown by a third, {PS} said."),
    ("Flights to {place} were cancelled on Monday.",
     "{pfull}, who was stranded at the airport, said nobody had explained why."),
    ("{full1} testified on Monday.",
     "The next day the committee heard from {full2}, {role2}."),
    ("{full1} coaches the women's team.",
     "{full2} coaches the men's team at a rival school in {city}."),
    ("Police named the driver as {full1}, 34.",
     "The passenger, {full2}, 29, was taken to hospital.",
     "{S1} was uninjured."),
    ("{full1} founded the charity in 1998.",
     "Its current director is {full2}, {role2}."),
    ("{full1}, who represents {city}, backed the plan.",
     "{full2}, who represents a neighbouring district, did not."),
    ("The paper was written by {full1} of {org} and {full2} of a university in {city}."),
    ("{full1} won the primary with a comfortable margin.",
     "{His1} opponent in November will be {full2}, {role2}."),
    ("Speaking first, {full1} defended the budget.",
     "{full2}, {role2}, spoke next and called it reckless.",
     "{S2}'s remarks drew applause."),
    ("The two surgeons, {full1} and {full2}, performed the operation together."),
    ("{pfull} grew up in {place} and still visits every summer.",
     "The {P} city council named a street after {PS} in 2012."),
    ("{full1}, {role1}, resigned on Friday.",
     "{His1} deputy, {full2}, will take over until an election is held."),
    ("A petition started by {full1} gathered thousands of signatures.",
     "{full2}, who organised a rival petition, said the numbers were inflated."),
    ("{full1} was the first to reach the scene.",
     "{full2}, a neighbour, called the fire brigade.",
     "Both {S1} and {S2} were later praised by the mayor."),
]

# ---------------------------------------------------------------- figures

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("" if ones == 0 else "-" + ONES[ones])


def _digits(n: int) -> str:
    return f"{n:,}"


def _pair(rng: random.Random, low: int, high: int, step: int = 1) -> tuple[int, int]:
    """Two clearly different values (at least 20 % and two steps apart)."""
    while True:
        a = rng.randrange(low, high + 1, step) if step > 1 else rng.randint(low, high)
        b = rng.randrange(low, high + 1, step) if step > 1 else rng.randint(low, high)
        if abs(a - b) >= max(2 * step, 0.2 * max(a, b)):
            return a, b


def _money(value: int) -> str:
    return f"${value / 10:.1f} million"


def figure_context(rng: random.Random, ordered: bool = False) -> dict[str, str]:
    """Number pairs for every quantity; each side marked. Small counts are words or digits at random.

    ``ordered`` (near-misses): small counts rise (a < b: a toll that rose), large counts, money and percentages
    fall (ja > jb: a subset, a part spent so far, a rate that fell)."""
    context: dict[str, str] = {"city": rng.choice(CITIES), "org": rng.choice(COMPANIES)}
    styles = []

    def pair(low: int, high: int, step: int = 1, rising: bool = True) -> tuple[int, int]:
        a, b = _pair(rng, low, high, step)
        if ordered:
            a, b = sorted((a, b), reverse=not rising)
        return a, b

    small = pair(3, 40)
    for side, value in zip("ab", small):
        style = rng.choice(["words", "digits"]) if value < 100 else "digits"
        styles.append(style)
        text = number_words(value) if style == "words" else _digits(value)
        context[side] = f"[[{text}]]"
        context[side.upper()] = f"[[{text[:1].upper() + text[1:]}]]"
    context["kind"] = "/".join(styles)
    big = pair(120, 4000, 10, rising=False)
    context["ja"], context["jb"] = (f"[[{_digits(v)}]]" for v in big)
    money = pair(12, 95, rising=False)
    context["ma"], context["mb"] = (f"[[{_money(v)}]]" for v in money)
    pct = pair(8, 85, rising=False)
    context["pa"], context["pb"] = (f"[[{v}]]" for v in pct)
    dist = pair(6, 90)
    context["da"], context["db"] = (f"[[{v}]]" for v in dist)
    age = pair(24, 88)
    context["aa"], context["ab"] = (f"[[{v}]]" for v in age)
    votes = pair(1200, 48000, 7)
    context["va"], context["vb"] = (f"[[{_digits(v)}]]" for v in votes)
    return context


FIGURE_TEMPLATES: list[tuple[str, ...]] = [
    ("{A} people were killed when the bus left the road outside {city} on Sunday.",
     "All {b} people who died in the crash were passengers."),
    ("The explosion killed {a} workers at the plant.",
     "The {b} victims of the blast will be buried on Friday."),
    ("Police arrested {a} people during the protest in {city}.",
     "Of the {b} protesters arrested on Saturday, most were released without charge."),
    ("{org} will cut {ja} jobs, the company said on Tuesday.",
     "The {jb} job cuts will fall mostly on its factories."),
    ("The fire destroyed {a} houses on the edge of {city}.",
     "Firefighters were unable to save the {b} homes, which were built of timber."),
    ("Authorities evacuated {ja} people from the flood zone.",
     "Officials said the evacuation of the {jb} residents went smoothly."),
    ("The storm injured {a} people in the county.",
     "Hospitals treated all {b} of the injured overnight."),
    ("The city council approved the budget by a vote of {a} to 2.",
     "The {b} council members who voted for it said taxes would not rise."),
    ("The contract is worth {ma}, according to the filing.",
     "Critics say the {mb} contract was awarded without a tender."),
    ("Unemployment in {city} stands at {pa} percent.",
     "With {pb} percent of adults out of work, the town has asked for federal aid."),
    ("The pipeline runs {da} miles from the coast to the refinery.",
     "Environmental groups have fought the {db}-mile pipeline for years."),
    ("The victim, a {aa}-year-old teacher, was found at her home.",
     "Neighbours said the {ab}-year-old lived alone."),
    ("{A} miners were trapped underground after the collapse.",
     "Rescuers reached the {b} trapped miners early on Thursday."),
    ("The earthquake destroyed {ja} buildings in the region.",
     "Engineers are inspecting the rubble of the {jb} collapsed buildings."),
    ("The airline cancelled {a} flights on Monday because of the strike.",
     "Passengers on the {b} cancelled flights will be offered refunds."),
    ("The candidate received {va} votes in the first round.",
     "Her {vb} votes were not enough to avoid a runoff."),
    ("The museum spent {ma} on the renovation.",
     "Visitors will see the results of the {mb} renovation when it reopens in May."),
    ("The attack left {a} soldiers dead.",
     "The army said it would hold a funeral for the {b} soldiers killed."),
    ("Of the 200 students tested, {a} failed the exam.",
     "The {b} students who failed will be allowed to retake it."),
    ("The hospital laid off {ja} nurses last year.",
     "Union leaders said the loss of {jb} nursing jobs had left wards understaffed."),
    ("The landslide buried {a} homes in the village.",
     "It was raining heavily when the {b} houses were buried, residents said."),
    ("Customs officers seized {da} kilograms of cocaine at the port.",
     "The {db} kilograms were hidden in a shipment of bananas."),
    ("Turnout was {pa} percent, the election commission said.",
     "The {pb} percent turnout was the lowest since 1990."),
    ("The ship sank {da} miles off the coast.",
     "Divers found the wreck on the sea floor, {db} miles from shore."),
    ("The fraud cost investors {ma}.",
     "Prosecutors say the {mb} was spent on cars, jewellery and property."),
    ("{A} people were rescued from the flooded tunnel.",
     "Emergency crews said the {b} people rescued were all in good condition.",
     "The tunnel will remain closed for a week."),
    ("The company closed {a} stores across the state in January.",
     "Most of the {b} stores it closed were in shopping malls."),
    ("The senator, who is {aa}, has served since 1992.",
     "At {ab}, he is one of the longest-serving members of the chamber."),
    ("The outbreak has sickened {a} children at the school.",
     "Health officials said the {b} sick children had eaten in the cafeteria."),
    ("The wildfire has burned {ja} acres.",
     "Crews are trying to contain the fire, which has now consumed {jb} acres.",
     "No homes are under threat."),
    ("The ferry was carrying {ja} passengers when it capsized.",
     "Relatives gathered at the port as the names of the {jb} passengers were read out."),
    ("The agency fined the bank {ma} for failing to report suspicious transfers.",
     "The bank said it would not contest the {mb} fine."),
    ("Prices rose {pa} percent in a single year.",
     "Economists blamed the {pb} percent rise on the weaker currency."),
    ("The bridge is {da} metres long.",
     "When it opens, the {db}-metre bridge will be the longest in the country."),
    ("{A} inmates escaped from the prison overnight.",
     "Guards said the {b} escaped inmates had dug a tunnel."),
    ("Police said {a} cars were set on fire during the riot.",
     "The owners of the {b} burned cars will be compensated by the city."),
    ("The factory employs {ja} people.",
     "All {jb} employees will keep their jobs under the deal."),
    ("Voters approved the measure with {pa} percent of the vote.",
     "The {pb} percent majority surprised both campaigns."),
    ("The flood killed {a} cattle on the farm.",
     "The farmer said the {b} cattle he lost were worth more than the house."),
    ("The driver was travelling at {da} miles per hour when he hit the wall.",
     "At {db} miles per hour, the car had no chance of stopping, investigators said."),
    ("The project will create {ja} jobs, the governor said.",
     "The {jb} new jobs will be based in {city}."),
    ("The virus has killed {a} people in the province this year.",
     "The {b} deaths are the most since records began."),
]

FIGURE_NEAR_MISSES: list[tuple[str, ...]] = [
    ("At least {a} people were killed in the blast, officials said on Monday.",
     "By Tuesday, the death toll had risen to {b}."),
    ("{A} people were killed in an attack on a market in March.",
     "{B} people were killed in a separate attack in May."),
    ("The company cut {ja} jobs in 2014.",
     "It cut another {jb} jobs the following year."),
    ("{A} people were killed in the crash and {b} were injured."),
    ("Police initially said {a} people had been arrested.",
     "The number was later revised to {b}."),
    ("The factory employs {ja} people, {jb} of them part-time."),
    ("Organizers said {ja} people attended the rally.",
     "Police put the crowd at {jb}."),
    ("The plan is expected to cost {ma}.",
     "So far, {mb} has been spent."),
    ("Unemployment fell from {pa} percent to {pb} percent over the year."),
    ("The first flight covered {da} miles.",
     "The second, a week later, covered {db} miles."),
    ("{A} homes were destroyed by the fire in {city}.",
     "In a neighbouring town, {b} homes were damaged but left standing."),
    ("The storm is expected to force up to {ja} people from their homes.",
     "So far, about {jb} have been evacuated."),
    ("At least {a} people have died, according to preliminary figures.",
     "The final toll of {b} was confirmed a week later."),
    ("The victim was {aa}.",
     "Her husband, {ab}, was also injured."),
    ("In 2012 the candidate received {va} votes.",
     "Four years later she won {vb}."),
    ("The bank was fined {ma} in 2013 and {mb} in 2015 for separate violations."),
    ("{A} soldiers were killed in the first week of fighting.",
     "By the end of the month, {b} more had died."),
    ("The school has {ja} pupils.",
     "Of them, {jb} take the bus."),
    ("The budget proposes cutting {ja} teaching jobs.",
     "Lawmakers approved cuts of {jb} after a long debate."),
    ("About {pa} percent of voters backed the measure in early polls.",
     "On election day its support had slipped to {pb} percent."),
    ("{A} people were arrested on Friday night.",
     "Another {b} were arrested on Saturday."),
    ("The old bridge was {da} metres long; its replacement is {db} metres."),
    ("Roughly {a} cars were damaged in the hailstorm, insurers estimated at first.",
     "The estimate has since been raised to {b}."),
    ("The ferry can carry {ja} passengers.",
     "It had {jb} on board when it ran aground."),
    ("Prices rose {pa} percent in the capital and {pb} percent in rural areas."),
    ("The company said {ja} jobs were at risk.",
     "In the end, {jb} workers were laid off."),
    ("{A} children were treated at the hospital on Monday.",
     "On Tuesday, {b} more were admitted with the same symptoms."),
]

# split assignment: even positions development, odd positions held out
SETS = {
    "name_inconsistency": (NAME_TEMPLATES, NAME_NEAR_MISSES, name_context, name_near_context),
    "conflicting_figures": (FIGURE_TEMPLATES, FIGURE_NEAR_MISSES, figure_context,
                            lambda rng: figure_context(rng, ordered=True)),
}
SPLITS = ("held_out", "development", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22")


def sets_for(split: str) -> dict:
    """SETS, or for ``blind2``/``blind3``/``blind4``/``blind5``/``blind6``/``blind7``/``blind8``/``blind9``/``blind10``/``blind11``/``blind12``/``blind13``/``blind14``/``blind15``/``blind16``/``blind17``/``blind18``/``blind19``/``blind20``/``blind21``/``blind22`` the lists and context functions of benchmarks/consistency_templates_<split>.py."""
    if split not in ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22"):
        return SETS
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"consistency_templates_{split}",
                                                  Path(__file__).resolve().parent / f"consistency_templates_{split}.py")
    blind = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(blind)
    return {
        "name_inconsistency": (blind.NAME_TEMPLATES, blind.NAME_NEAR_MISSES, blind.name_context, blind.name_near_context),
        "conflicting_figures": (blind.FIGURE_TEMPLATES, blind.FIGURE_NEAR_MISSES, blind.figure_context,
                                blind.figure_near_context),
    }


def split_templates(templates: list[tuple[str, ...]], split: str) -> list[tuple[str, ...]]:
    if split in ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22"):
        return list(templates)
    parity = 1 if split == "held_out" else 0
    return [template for index, template in enumerate(templates) if index % 2 == parity]


def render(template: tuple[str, ...] | str, context: dict[str, str]) -> list[str]:
    """The template's sentences with the context filled in (marks kept)."""
    if isinstance(template, str):
        template = (template,)
    return [sentence.format(**context) for sentence in template]


# ---------------------------------------------------------------- injection

_BOUNDARY = re.compile(r"(?<=[.!?])[\"')]?[ ]+(?=[A-Z])|\n\n")
_MARK = re.compile(r"\[\[(.*?)\]\]")


_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Sgt|Capt|Cpl|Adm|Maj|Jr|Sr|Prof|Rev|"
                           r"St|Ft|Mt|No|Nos|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Pres|Gens|Atty|Supt)"
                           r"|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.[\"')]?[ ]+$")


def _boundaries(text: str) -> list[int]:
    """Sentence and paragraph boundaries, except after a title, an initial or another abbreviation ("Rep. | Smith")."""
    return [match.end() for match in _BOUNDARY.finditer(text)
            if match.group(0) == "\n\n" or not _ABBREVIATION.search(text[max(0, match.start() - 12):match.end()])]


def inject(text: str, sentences: list[str], rng: random.Random) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Insert the sentences at separate boundaries, in order; return the text, marked spans and sentence spans."""
    boundaries = _boundaries(text) or [len(text)]
    positions = sorted(rng.sample(boundaries, min(len(sentences), len(boundaries))))
    while len(positions) < len(sentences):
        positions.append(positions[-1])
    out: list[str] = []
    marked: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    cursor = 0
    length = 0
    for position, sentence in zip(positions, sentences):
        out.append(text[cursor:position])
        length += position - cursor
        cursor = position
        prefix = " " if position > 0 and not text[position - 1:position].isspace() else ""
        suffix = " " if position < len(text) and not text[position:position + 1].isspace() else ""
        plain = ""
        index = 0
        base = length + len(prefix)
        for match in _MARK.finditer(sentence):
            plain += sentence[index:match.start()]
            start = base + len(plain)
            plain += match.group(1)
            marked.append((start, start + len(match.group(1))))
            index = match.end()
        plain += sentence[index:]
        inserted.append((base, base + len(plain)))
        piece = prefix + plain + suffix
        out.append(piece)
        length += len(piece)
    out.append(text[cursor:])
    return "".join(out), marked, inserted


def _count(value: float) -> float:
    return 0.0 if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def load_articles(data: Path) -> list[str]:
    path = data / "buzzfeed_webis_2016" / "data.jsonl"
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return [str(record["text"]) for record in records if record.get("label") == "real" and str(record.get("text") or "").strip()]


def run(data: Path, split: str, per_kind: int, seed: int, contiguous: bool = False) -> str:
    from reliability import score

    articles = load_articles(data)
    clean = {kind: [] for kind in KINDS}
    for text in articles:
        features = score(text).features
        for kind in KINDS:
            clean[kind].append(_count(features[kind]))
    rng = random.Random(seed)
    rows = []
    breakdown: dict[str, dict[str, list[int]]] = {kind: {} for kind in KINDS}
    by_template: dict[str, dict[int, list[int]]] = {kind: {} for kind in KINDS}
    near_by_template: dict[str, dict[int, list[int]]] = {kind: {} for kind in KINDS}
    sets = sets_for(split)
    for kind in KINDS:
        templates, near, make, make_near = sets[kind]
        conflict = split_templates(templates, split)
        misses = split_templates(near, split)
        hits = span_hits = 0
        for trial in range(per_kind):
            index = rng.randrange(len(articles))
            context = make(rng)
            template = conflict[trial % len(conflict)]
            sentences = render(template, context)
            text, marked, _ = inject(articles[index], [" ".join(sentences)] if contiguous else sentences, rng)
            assessment = score(text)
            found = _count(assessment.features[kind]) >= clean[kind][index] + 1
            evidence = [(item.start, item.end) for item in assessment.evidence if item.feature == kind and item.field == "text"]
            spans_ok = found and all(any(_overlaps(side, item) for item in evidence) for side in marked)
            hits += found
            span_hits += spans_ok
            for key, table in ((context["kind"], breakdown[kind]), (templates.index(template), by_template[kind])):
                cell = table.setdefault(key, [0, 0, 0])
                cell[0] += 1
                cell[1] += found
                cell[2] += spans_ok
        alarms = on_inserted = 0
        for trial in range(per_kind):
            index = rng.randrange(len(articles))
            context = make_near(rng)
            sentences = render(misses[trial % len(misses)], context)
            text, _, inserted = inject(articles[index], [" ".join(sentences)] if contiguous else sentences, rng)
            assessment = score(text)
            cell = near_by_template[kind].setdefault(near.index(misses[trial % len(misses)]), [0, 0])
            cell[0] += 1
            if _count(assessment.features[kind]) >= clean[kind][index] + 1:
                alarms += 1
                cell[1] += 1
                evidence = [(item.start, item.end) for item in assessment.evidence if item.feature == kind and item.field == "text"]
                on_inserted += any(_overlaps(span, item) for span in inserted for item in evidence)
        flagged = sum(1 for value in clean[kind] if value >= 1)
        rows.append((kind, len(conflict), len(misses), hits, span_hits, alarms, on_inserted, flagged))
    n = per_kind
    lines = [
        f"Consistency injection benchmark ({split} templates, {per_kind} injections and {per_kind} near-misses per kind, "
        f"seed {seed}, {len(articles)} credible BuzzFeed-Webis articles"
        f"{', each template as one contiguous block' if contiguous else ''})",
        "",
        "| feature | templates | near-miss templates | recall | evidence-span recall | near-miss false alarms "
        "| of which with evidence on inserted text | unmodified articles flagged |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, nt, nn, hits, span_hits, alarms, on_inserted, flagged in rows:
        lines.append(f"| {kind} | {nt} | {nn} | {hits}/{n} = {hits / n:.3f} | {span_hits}/{n} = {span_hits / n:.3f} "
                     f"| {alarms}/{n} = {alarms / n:.3f} | {on_inserted} | {flagged}/{len(articles)} = {flagged / len(articles):.4f} |")
    lines += ["", "Recall by variant (names: transliteration pair or mechanical edit; figures: number style of the two sides):", "",
              "| feature | variant | injected | recall | evidence-span recall |", "|---|---|---:|---:|---:|"]
    for kind in KINDS:
        for variant, (count, hits, span_hits) in sorted(breakdown[kind].items()):
            lines.append(f"| {kind} | {variant} | {count} | {hits / count:.3f} | {span_hits / count:.3f} |")
    lines += ["", "Detected / injected by template (position in the full list; held_out = odd, development = even):", ""]
    for kind in KINDS:
        cells = ", ".join(f"{index}: {hits}/{count}" for index, (count, hits, _) in sorted(by_template[kind].items()))
        lines.append(f"- {kind}: {cells}")
    lines += ["", "Near-miss false alarms / injected by near-miss template (position in the full list):", ""]
    for kind in KINDS:
        cells = ", ".join(f"{index}: {alarms}/{count}" for index, (count, alarms) in sorted(near_by_template[kind].items()))
        lines.append(f"- {kind}: {cells}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPOSITORY.parent / "shared" / "data")
    parser.add_argument("--split", choices=SPLITS, default="held_out")
    parser.add_argument("--per-kind", type=int, default=120)
    parser.add_argument("--seed", type=int, default=20160927)
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--contiguous", action="store_true",
                        help="insert each template's sentences as one block at one boundary (a diagnostic, not the figure)")
    arguments = parser.parse_args(argv)
    table = run(arguments.data, arguments.split, arguments.per_kind, arguments.seed, arguments.contiguous)
    print(table)
    if arguments.output is not None:
        arguments.output.parent.mkdir(parents=True, exist_ok=True)
        arguments.output.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
