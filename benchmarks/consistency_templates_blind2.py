"""Blind2: an independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind2`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-23 by an independent tester from the issue's definition only
("the same person named differently within one article (seed 004 introduces
"Benjamin Young" and then quotes "Yang"), and conflicting figures for the same
quantity stated as fact. Evidence: both spans.") and the brief's restatement of
the two kinds and of the near-misses.  Fresh: scored once before and once after
a round, never used to tune.

What the author read: the brief; ``git status`` of the worktree; the file names
listed by ``ls benchmarks tests`` (names only: this showed that files such as
benchmarks/name_pairs.py, benchmarks/results and date_templates_blind5..24.py
exist; none was opened); in benchmarks/consistency_injection.py only lines 1-74
(module docstring, imports, REPOSITORY/sys.path lines) and from the line
"# split assignment" to the end (SETS, SPLITS, split_templates, render, the
boundary/abbreviation patterns, inject, load_articles, run, main).  Also one
line of the old region, line 76 ``KINDS = ("name_inconsistency",
"conflicting_figures")``, shown by ``grep -n KINDS`` to find where KINDS is
defined.
Not read: src/reliability/features/, features/ (cards), docs/, README.md,
benchmarks/results/, benchmarks/name_pairs.py, tests/test_consistency*.py, the
old template lists and context functions of consistency_injection.py (lines
~75-565), any git history.  Seen by accident: nothing beyond the file names
above.  The detector was never run on these templates and ``reliability.score``
was never called by the author.  tests/test_consistency_templates_blind2.py
imports the harness module to check the ``blind2`` wiring (this defines the old
lists in memory; they were never printed or inspected).

Conventions (those of the harness): a template is a tuple of one to three
sentences with ``{placeholders}``; a context function takes a ``random.Random``
and returns the dict filling them; conflict sides are marked ``[[...]]`` in the
rendered text (the full name and the variant surname; the two numbers); the
context key ``"kind"`` names the variant for the per-variant breakdown:

* names: ``transliteration``, ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words``.  The style applies to the
  small counts (``s``, 3-99), shares (``p``, 3-92 percent), rates (``r``, 2-30
  percent, in digits sometimes with a decimal) and ages (``a``); hundreds
  (``h``), thousands (``k``) and money (``m``: thousands or millions of dollars;
  ``g``: billions) are written in digits as news copy does.

Near-miss templates carry no marks.  In near-miss figure contexts the first
number of each family is the larger one (``s1 > s2``), so templates about a
subset, a rise or a revision read sensibly.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from consistency_template_kit import (  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)
    _VOWELS,
)

# ------------------------------------------------------------------ people

# (first name, surname, "m"/"f") for mechanical variants; invented people.
PEOPLE = [
    ("Amara", "Okonkwo", "f"), ("Tomasz", "Kowalczyk", "m"), ("Priya", "Raghunathan", "f"),
    ("Joaquin", "Etxeberria", "m"), ("Ngozi", "Adebayo", "f"), ("Keiko", "Takahashi", "f"),
    ("Dmitri", "Volkonsky", "m"), ("Ingrid", "Lindqvist", "f"), ("Kwame", "Mensah", "m"),
    ("Lucia", "Castellano", "f"), ("Sione", "Taufa", "m"), ("Aroha", "Whitcombe", "f"),
    ("Bjorn", "Halvorsen", "m"), ("Chidi", "Nwachukwu", "m"), ("Rashida", "Bellamy", "f"),
    ("Mateus", "Ferreira", "m"), ("Olga", "Szymanska", "f"), ("Declan", "Gallagher", "m"),
    ("Hiroshi", "Nakamura", "m"), ("Folake", "Oyelaran", "f"), ("Graham", "Pemberton", "m"),
    ("Signe", "Rasmussen", "f"), ("Milan", "Vukovic", "m"), ("Teresa", "Marchetti", "f"),
    ("Laurent", "Delacroix", "m"), ("Maribel", "Quintanilla", "f"), ("Anil", "Chaturvedi", "m"),
    ("Harriet", "Abernathy", "f"), ("Stellan", "Bergstrom", "m"), ("Naledi", "Mokoena", "f"),
    ("Emeka", "Okafor", "m"), ("Wren", "Haverford", "f"), ("Thuy", "Trinh", "f"),
    ("Rolf", "Brandauer", "m"), ("Catalina", "Villaseñor", "f"), ("Ilse", "Kretschmer", "f"),
]

# Transliteration variants: (surname as introduced, variant) in both directions.
TRANSLITERATIONS = [
    ("Young", "Yang"), ("Mohammed", "Muhammad"), ("Hussein", "Husain"), ("Gaddafi", "Qaddafi"),
    ("Zhang", "Chang"), ("Xu", "Hsu"), ("Choi", "Choe"), ("Park", "Pak"), ("Ahmed", "Ahmad"),
    ("Osman", "Usman"), ("Yusuf", "Youssef"), ("Rahman", "Rehman"), ("Hosseini", "Husseini"),
    ("Chernenko", "Tchernenko"), ("Petrov", "Petroff"), ("Tchaikovsky", "Chaikovsky"),
    ("Mueller", "Müller"), ("Sorensen", "Sørensen"), ("Abdullah", "Abdulla"),
    ("Nasrallah", "Nasrullah"), ("Qureshi", "Kureshi"), ("Zhou", "Chou"), ("Iyer", "Aiyar"),
    ("Kovalenko", "Kowalenko"), ("Gonzalez", "Gonzales"), ("Al-Masri", "el-Masri"),
]
# First names to go with each transliterated surname (invented pairings).
_TRANSLIT_FIRST = {
    "Young": [("Daniel", "m"), ("Hye-jin", "f")], "Mohammed": [("Faisal", "m"), ("Amina", "f")],
    "Hussein": [("Karim", "m"), ("Layla", "f")], "Gaddafi": [("Sami", "m")],
    "Zhang": [("Wei", "m"), ("Lihua", "f")], "Xu": [("Jian", "m"), ("Meiling", "f")],
    "Choi": [("Min-jun", "m"), ("Seo-yeon", "f")], "Park": [("Ji-ho", "m"), ("Eun-ji", "f")],
    "Ahmed": [("Tariq", "m"), ("Nadia", "f")], "Osman": [("Bilal", "m"), ("Hawa", "f")],
    "Yusuf": [("Ibrahim", "m"), ("Zainab", "f")], "Rahman": [("Anwar", "m"), ("Shirin", "f")],
    "Hosseini": [("Reza", "m"), ("Parisa", "f")], "Chernenko": [("Oleg", "m"), ("Yelena", "f")],
    "Petrov": [("Anatoly", "m"), ("Irina", "f")], "Tchaikovsky": [("Pavel", "m")],
    "Mueller": [("Jonas", "m"), ("Katrin", "f")], "Sorensen": [("Mads", "m"), ("Freja", "f")],
    "Abdullah": [("Hamid", "m"), ("Mariam", "f")], "Nasrallah": [("Georges", "m"), ("Rima", "f")],
    "Qureshi": [("Imran", "m"), ("Sana", "f")], "Zhou": [("Haoran", "m"), ("Xinyi", "f")],
    "Iyer": [("Lakshmi", "f"), ("Venkat", "m")], "Kovalenko": [("Taras", "m"), ("Oksana", "f")],
    "Gonzalez": [("Rodrigo", "m"), ("Marisol", "f")], "Al-Masri": [("Yasmin", "f"), ("Omar", "m")],
}

# Two different people with similar real surnames (near-misses).
SIMILAR_SURNAMES = [
    ("Hansen", "Hanson"), ("Petersen", "Peterson"), ("Schmidt", "Schmitt"), ("Meyer", "Mayer"),
    ("Reid", "Reed"), ("Thomson", "Thompson"), ("Nielsen", "Nielson"), ("Clarke", "Clark"),
    ("Stewart", "Stuart"), ("Yang", "Young"), ("Mohammed", "Muhammad"), ("Kowalski", "Kowalsky"),
    ("Gray", "Grey"), ("Andersen", "Anderson"), ("Phillips", "Philips"), ("Chen", "Chan"),
]
# A surname resembling a place named nearby (near-misses): (surname, place).
PLACE_LOOKALIKES = [
    ("Dalton", "Dayton"), ("Austen", "Austin"), ("Harford", "Hartford"), ("Dunham", "Durham"),
    ("Modesti", "Modesto"), ("Salam", "Salem"), ("Warrick", "Warwick"), ("Peterson", "Paterson"),
    ("Lowel", "Lowell"), ("Tolledo", "Toledo"), ("Camdon", "Camden"), ("Bristow", "Bristol"),
]
FIRST_NAMES = ["Marta", "Owen", "Adaeze", "Pieter", "Rosalind", "Kenji", "Fatou", "Eamon", "Leilani",
               "Gustavo", "Yara", "Henrik", "Soraya", "Tobias", "Nomvula", "Arjun", "Colette", "Dawit"]
TOWNS = ["Millbrook", "Cedar Falls", "Port Ellery", "Ashby", "Granite Springs", "New Haldane",
         "Willow Creek", "Fairmount", "Brackenridge", "Lone Oak"]

_SIMILAR_CONSONANT = {"n": "m", "m": "n", "t": "d", "d": "t", "s": "z", "z": "s", "c": "k", "k": "c",
                      "b": "p", "p": "b", "g": "k", "v": "w", "w": "v", "r": "l", "l": "r", "f": "v",
                      "h": "k", "j": "y", "y": "i", "x": "s", "q": "k"}


def _letter_changed(name: str, rng: random.Random) -> str:
    positions = [i for i in range(1, len(name)) if name[i].isalpha() and name[i].lower() in _VOWELS + "".join(_SIMILAR_CONSONANT)]
    i = rng.choice(positions)
    c = name[i]
    if c in _VOWELS:
        new = rng.choice([v for v in _VOWELS if v != c])
    else:
        new = _SIMILAR_CONSONANT[c.lower()]
    return name[:i] + new + name[i + 1:]


def _letters_swapped(name: str, rng: random.Random) -> str:
    positions = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i + 1].isalpha() and name[i] != name[i + 1]]
    i = rng.choice(positions)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


def _letter_dropped(name: str, rng: random.Random) -> str:
    doubled = [i for i in range(1, len(name) - 1) if name[i] == name[i + 1]]
    positions = doubled or [i for i in range(1, len(name)) if name[i].isalpha()]
    i = rng.choice(positions)
    return name[:i] + name[i + 1:]


def _letter_doubled(name: str, rng: random.Random) -> str:
    positions = [i for i in range(1, len(name) - 1) if name[i].lower() in "bcdfgklmnprstz"
                 and name[i - 1] != name[i] and (i + 1 >= len(name) or name[i + 1] != name[i])]
    i = rng.choice(positions)
    return name[:i + 1] + name[i] + name[i + 1:]


_EDITS = {"letter changed": _letter_changed, "letters swapped": _letters_swapped,
          "letter dropped": _letter_dropped, "letter doubled": _letter_doubled}


def _mark(text: str) -> str:
    return f"[[{text}]]"


def _pronouns(gender: str) -> dict[str, str]:
    if gender == "f":
        return {"title": "Ms.", "pr": "she", "Pr": "She", "pos": "her", "obj": "her"}
    return {"title": "Mr.", "pr": "he", "Pr": "He", "pos": "his", "obj": "him"}


def name_context(rng: random.Random) -> dict[str, str]:
    """A person introduced by full name (``{full}``) and the variant surname (``{v}``), both marked."""
    kind = "transliteration" if rng.random() < 0.35 else rng.choice(sorted(_EDITS))
    if kind == "transliteration":
        surname, variant = rng.choice(TRANSLITERATIONS)
        first, gender = rng.choice(_TRANSLIT_FIRST[surname])
        if rng.random() < 0.5:
            surname, variant = variant, surname
    else:
        first, surname, gender = rng.choice(PEOPLE)
        variant = surname
        while variant == surname:
            variant = _EDITS[kind](surname, rng)
    context = {"kind": kind, "first": first, "last": surname, "full": _mark(f"{first} {surname}"),
               "v": _mark(variant), "town": rng.choice(TOWNS)}
    context.update(_pronouns(gender))
    return context


def name_near_context(rng: random.Random) -> dict[str, str]:
    """Two different people with similar surnames; a surname resembling a place; a consistently named person."""
    a, b = rng.choice(SIMILAR_SURNAMES)
    if rng.random() < 0.5:
        a, b = b, a
    f1, f2, f3, f4 = rng.sample(FIRST_NAMES, 4)
    last, place = rng.choice(PLACE_LOOKALIKES)
    first, surname, gender = rng.choice(PEOPLE)
    context = {"kind": "near", "p1": f"{f1} {a}", "p2": f"{f2} {b}", "l1": a, "l2": b,
               "full": f"{f3} {last}", "last": last, "place": place,
               "c": f"{first} {surname}", "cl": surname, "cf": first, "c2": f"{f4} {surname}",
               "town": rng.choice(TOWNS)}
    context.update(_pronouns(gender))
    return context


# ------------------------------------------------------------------ numbers

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_word(n: int) -> str:
    """0..99 in words ("forty-three")."""
    if n < 20:
        return _UNITS[n]
    tens, units = divmod(n, 10)
    return _TENS[tens] + ("-" + _UNITS[units] if units else "")


def value_of(text: str) -> float:
    """The number a side denotes ("$4.2 million", "forty-three", "12,400", "7.5%", "twelve percent")."""
    t = text.lower().replace("$", "").replace(",", "").replace("%", "").replace(" percent", "").strip()
    scale = 1.0
    for word, factor in (("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if t.endswith(" " + word):
            scale = factor
            t = t[: -len(word) - 1].strip()
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return float(t) * scale
    total = 0
    for part in t.split("-"):
        if part in _UNITS:
            total += _UNITS.index(part)
        elif part in _TENS:
            total += _TENS.index(part) * 10
        else:
            raise ValueError(text)
    return total * scale


def _two(rng: random.Random, low: int, high: int, ordered: bool) -> tuple[int, int]:
    """Two integers in [low, high] at least 15 % apart; with ``ordered`` the first is the larger."""
    while True:
        x, y = rng.randint(low, high), rng.randint(low, high)
        if abs(x - y) >= 0.15 * max(x, y) and abs(x - y) >= 2:
            break
    if ordered and x < y:
        x, y = y, x
    return x, y


def _money(rng: random.Random, ordered: bool) -> tuple[str, str]:
    scale = rng.choice(["million", "million", "million", "thousand"])
    if scale == "thousand":
        x, y = _two(rng, 120, 990, ordered)
        return f"${x * 1000:,}", f"${y * 1000:,}"
    if rng.random() < 0.5:
        x, y = _two(rng, 12, 480, ordered)
        return f"${x / 10:g} million", f"${y / 10:g} million"
    x, y = _two(rng, 5, 900, ordered)
    return f"${x} million", f"${y} million"


def _percent(value: int, style: str, rng: random.Random) -> str:
    if style == "words":
        return f"{number_word(value)} percent"
    return f"{value}%" if rng.random() < 0.3 else f"{value} percent"


def _figures(rng: random.Random, styles: tuple[str, str], ordered: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    s = _two(rng, 3, 99, ordered)
    h = _two(rng, 110, 990, ordered)
    k = _two(rng, 12, 950, ordered)
    p = _two(rng, 3, 92, ordered)
    a = _two(rng, 19, 94, ordered)
    r = _two(rng, 2, 30, ordered)
    decimal = _two(rng, 12, 150, ordered) if styles == ("digits", "digits") and rng.random() < 0.4 else None
    m = _money(rng, ordered)
    g = _two(rng, 11, 240, ordered)
    k_values = [k[0] * 100, k[1] * 100]
    for side, style in ((0, styles[0]), (1, styles[1])):
        n = str(side + 1)
        out["s" + n] = number_word(s[side]) if style == "words" else str(s[side])
        out["h" + n] = str(h[side])
        out["k" + n] = f"{k_values[side]:,}"
        out["p" + n] = _percent(p[side], style, rng)
        out["a" + n] = number_word(a[side]) if style == "words" else str(a[side])
        if decimal is not None and style == "digits":
            out["r" + n] = _percent(decimal[side], style, rng).replace(str(decimal[side]), f"{decimal[side] / 10:g}", 1)
        else:
            out["r" + n] = _percent(r[side], style, rng)
        out["m" + n] = m[side]
        out["g" + n] = f"${g[side] / 10:g} billion"
    return out


def figure_context(rng: random.Random) -> dict[str, str]:
    """Two different numbers for each family (``s``, ``h``, ``k``, ``p``, ``r``, ``a``, ``m``, ``g``), both sides marked."""
    styles = rng.choice([("digits", "digits")] * 2 + [("words", "digits"), ("digits", "words"), ("words", "words")])
    context = {key: _mark(value) for key, value in _figures(rng, styles, ordered=False).items()}
    context["kind"] = f"{styles[0]}/{styles[1]}"
    context["town"] = rng.choice(TOWNS)
    return context


def figure_near_context(rng: random.Random) -> dict[str, str]:
    """Unmarked numbers, the first of each family the larger (``s1 > s2``)."""
    styles = rng.choice([("digits", "digits")] * 2 + [("words", "digits"), ("digits", "words")])
    context = _figures(rng, styles, ordered=True)
    context["kind"] = "near"
    context["town"] = rng.choice(TOWNS)
    small = int(value_of(context["s1"]))
    context["s1d"], context["s1w"] = str(small), number_word(small)
    return context


# ------------------------------------------------------------------ name conflicts

NAME_TEMPLATES = [
    ("{full}, who has run the overnight shelter on Orchard Street for nine years, said donations had dried up since spring.",
     "\"We are turning people away every night,\" {v} said."),
    ("The lawsuit was filed Tuesday by {full}, a former billing clerk at the hospital.",
     "Lawyers for the hospital said {v}'s claims were without merit."),
    ("\"Nobody told us the water was unsafe,\" said {full}, whose two children attend the school.",
     "{title} {v} said {pr} learned of the advisory from a neighbor."),
    ("{full} was appointed interim police chief in March after the department's previous leader retired.",
     "Under {v}, the department has added a civilian review board."),
    ("The bill's sponsor, state Sen. {full}, said it would close a loophole that lets landlords keep deposits.",
     "Opponents accused {v} of rushing the measure through committee."),
    ("According to {full}, the county's emergency manager, crews had cleared most main roads by noon.",
     "Residents of the northern townships were still waiting for plows, {v} acknowledged."),
    ("{full}, 54, has coached the team since the program was revived.",
     "Players describe {v} as demanding but fair."),
    ("Police identified the driver as {full} of {town}.",
     "Investigators said there was no sign that {v} had been drinking."),
    ("The exhibition was curated by {full}, an art historian who spent a decade reading the painter's letters.",
     "\"The letters tell you exactly when he was frightened,\" {v} said."),
    ("Dr. {full}, an epidemiologist at the state health department, urged residents to get tested.",
     "The true number of infections is likely far higher, according to Dr. {v}."),
    ("{full} founded the bakery in a rented garage.", "It now supplies cafes across the region.",
     "{v} said the company plans to open a second kitchen next year."),
    ("Among those rescued was {full}, a retired machinist who had climbed onto the roof as the water rose.",
     "Rescuers reached {v} shortly before dawn."),
    ("Mayor {full} declined to comment on the audit on Friday.",
     "A spokesman for Mayor {v} later said the city would cooperate fully."),
    ("The company's chief executive, {full}, told analysts that sales had slowed in Europe.",
     "Shares fell sharply after {v}'s remarks."),
    ("{full} was sentenced Thursday to eight years in prison.",
     "The judge said {v} had shown no remorse."),
    ("\"It's the busiest season we've ever had,\" said {full}, who manages the campground.",
     "{v} expects every site to be booked again over the holiday weekend."),
    ("Gov. {full} signed the budget late Monday night.",
     "The spending plan includes a raise for teachers that Gov. {v} had promised during the campaign."),
    ("{full}, a nurse from {town}, was among the first volunteers to arrive.",
     "\"I just grabbed my bag and drove,\" {v} recalled."),
    ("The report was written by {full}, a researcher at the Center for Rural Policy.",
     "{v} and two colleagues surveyed farmers in every county of the state."),
    ("The victim's sister, {full}, described him as a quiet man who loved fishing.",
     "{v} asked that the family be given privacy."),
    ("{full} won the seat by a narrow margin in November.",
     "Supporters gathered outside {v}'s campaign office to celebrate."),
    ("Officers arrested {full}, 31, on charges of burglary and resisting arrest.",
     "{v} is being held at the county jail."),
    ("Speaking to reporters outside the courthouse, {full} said the verdict was a relief.",
     "\"We waited four years for this,\" said {v}."),
    ("The union's president, {full}, called the latest offer an insult.",
     "Management negotiators met with {v} again on Wednesday, but no agreement was reached."),
    ("{full} grew up in a village outside Lagos and moved to Houston as a teenager.",
     "Today {v} runs one of the city's largest engineering firms."),
    ("The orchestra has named {full} its new music director.",
     "{v}, who currently leads an ensemble in Vienna, will take up the post next fall."),
    ("Prosecutors say {full} diverted money from the charity to pay personal debts.",
     "An attorney representing {v} said the charges would be contested."),
    ("{full}, the principal of Lincoln Elementary, said classes would resume Monday.",
     "Parents with questions can contact {title} {v} directly, the district said in a statement."),
    ("The first prize went to {full}, a high school junior from {town}.",
     "{v}'s project measured plastic particles in the local river."),
    ("{full} has been missing since Saturday, when {pr} left home to go hiking.",
     "Anyone with information about {v} is asked to call the sheriff's office."),
    ("Rep. {full}, a Democrat, voted against the measure.",
     "In a statement, Rep. {v} said the bill did too little for small farms."),
    ("\"We were told the factory would stay open,\" said {full}, a line worker for more than two decades.",
     "Like many of the plant's workers, {v} is now looking for a job in another county."),
    ("The ambassador, {full}, was summoned to the foreign ministry on Tuesday.",
     "Officials said they had conveyed their concerns to Ambassador {v} directly."),
    ("Coach {full} said the team would appeal the suspension.",
     "The league has given {v} until Friday to file the appeal."),
    ("{full} and a business partner opened the restaurant six years ago.",
     "The menu draws on recipes from {v}'s grandmother."),
    ("The petition was started by {full}, a graduate student in chemistry.",
     "Within a week it had gathered thousands of signatures, {v} said."),
    ("A jury acquitted {full} on all counts.",
     "Outside the courtroom, {v} hugged relatives and thanked the jurors."),
    ("The architect behind the design, {full}, said the building would burn no natural gas.",
     "{v}'s firm has built similar projects in Oslo and Toronto."),
    ("{full} was elected chair of the school board on Tuesday.",
     "Board member Linda Carr, who voted against {v}, said she hoped the two could work together."),
    ("Firefighter {full} was treated for smoke inhalation and released.",
     "Fire officials praised {v} for carrying two children out of the building."),
    ("The complaint to the city came from {full}, who lives across the street from the construction site.",
     "\"You can't even open a window,\" {v} said."),
    ("In a letter to shareholders, {full} defended the merger.",
     "Analysts said {v} would face tough questions at the annual meeting."),
    ("{full} is expected to plead not guilty at an arraignment next week.",
     "A public defender has been assigned to represent {v}."),
    ("The deal was negotiated by {full}, the city's economic development director.",
     "It was the third such agreement {v} has brokered this year."),
    ("Asked about the delays, {full}, the project manager, blamed a shortage of steel.",
     "Still, {v} insisted the bridge would open by summer."),
    ("{full} had been at the plant for less than a month when the explosion happened.",
     "Co-workers said the blast threw people across the room.",
     "{v} suffered burns to the arms and face and remains in the hospital."),
    ("The scholarship is named for {full}, a teacher who taught at the school for three decades.",
     "Former students say {v} changed their lives."),
    ("Prof. {full} has studied the glacier since graduate school.",
     "Over that time, Prof. {v} said, it has retreated almost a kilometer."),
]

NAME_NEAR_MISSES = [
    # two different people with similar surnames, each introduced by full name
    ("{p1} and {p2} were both elected to the council on Tuesday.",
     "{l1} won the eastern district, while {l2} took an at-large seat."),
    ("The award was shared by {p1}, a chemist, and {p2}, a physicist.",
     "{l2} said the recognition belonged to the whole lab."),
    ("{p1} scored twice for the home side.", "The visitors' only goal came from {p2} late in the second half."),
    ("Defense attorney {p1} questioned the detective for most of the afternoon.",
     "Prosecutor {p2} objected repeatedly."),
    ("{p1}, the outgoing director, handed the keys to {p2} at a ceremony on Friday.",
     "{l2} is the museum's first director from outside the country."),
    ("The company was founded by {p1}.", "Its current chief executive, {p2}, is no relation.",
     "{l2} joined from a rival firm."),
    ("Witnesses included {p1}, who lives next door, and {p2}, a delivery driver.",
     "{l1} said the shots came just before midnight; {l2} remembered hearing them later."),
    ("Lead author {p1} worked with {p2} of the University of Ghent on the analysis.",
     "{l2} ran the statistical models."),
    ("{p1} beat {p2} in straight sets.", "It was {l1}'s first win over {l2} in four meetings."),
    ("The two candidates, {p1} and {p2}, met for their only debate on Tuesday.",
     "{l1} attacked {l2}'s record on housing."),
    ("{p1}, a Republican, and {p2}, a Democrat, co-sponsored the bill.",),
    ("The fire was reported by {p1}, a neighbor.", "Battalion Chief {p2} said crews arrived within minutes."),
    ("Judge {p1} replaces Judge {p2}, who retired in June after decades on the bench.",),
    ("The film stars {p1} as a widowed fisherman and {p2} as his estranged son.",),
    ("In the final round, {p2} edged {p1} by a single stroke.",),
    ("{p1} and {p2} are not related, though voters often confuse them.",
     "{l1} represents the north side; {l2} represents the south."),
    ("Testifying before the committee were {p1} of the Treasury and {p2} of the central bank.",
     "{l1} said inflation was easing; {l2} was more cautious."),
    # a surname resembling a place named nearby
    ("{full} moved to {place} after college.", "{last} now teaches history at a high school there."),
    ("\"{place} has always been home,\" said {full}, who owns a hardware store downtown.",),
    ("{full}, a pastor in {place}, organized the vigil.", "Hundreds of people attended, {last} said."),
    ("The {place} City Council voted to hire {full} as city manager.", "{last} starts in January."),
    ("{full} was born in {place} and still spends summers there.",),
    ("Police in {place} said {full} had been reported missing by relatives.", "{last} was found safe Monday."),
    ("{full} drove four hours from {place} to attend the rally.",),
    ("The {place} Public Library has named {full} its new director.",
     "{last} previously ran a branch library two states away."),
    # one person, named consistently
    ("{c}, a longtime volunteer at the food bank, said demand had doubled.",
     "\"We've never seen lines like this,\" {cl} said."),
    ("Dr. {c} has treated patients at the clinic since it opened.",
     "Dr. {cl} said the new wing would cut waiting times."),
    ("{c} was hired as athletic director two years ago.", "Under {cl}, the school has added three varsity sports."),
    ("Police said {c} had been driving the stolen truck.", "{cl}'s passenger fled on foot."),
    ("Sen. {c} said the vote would be close.",
     "Aides to {cl} said the senator was still making calls Thursday night."),
    ("{c} says the garden started as a way to keep neighborhood kids busy.",
     "Now, {cf} says, it feeds dozens of families."),
    ("The report's author, {c}, said its findings were preliminary.", "{cl} plans to publish a full study next year."),
    # two relatives sharing a surname
    ("{c} and a cousin, {c2}, run the family vineyard outside {town}.",
     "The {cl} family has grown grapes there for four generations."),
]

# ------------------------------------------------------------------ figure conflicts

FIGURE_TEMPLATES = [
    ("The fire destroyed {h1} homes in the canyon.",
     "Insurance adjusters have begun visiting the {h2} homes lost in the blaze."),
    ("The crash killed {s1} people, according to the transportation safety board.",
     "Relatives of the {s2} victims gathered at the airport on Sunday."),
    ("The plant employs {k1} workers.", "\"Those {k2} jobs are the backbone of this town,\" the mayor said."),
    ("The measure passed with {p1} of the vote.", "Supporters said winning {p2} of the vote sent a clear message."),
    ("The district will spend {m1} on new electric buses.", "Board members approved the {m2} purchase without debate."),
    ("The victim, a {a1}-year-old woman, was pronounced dead at the scene.",
     "Neighbors said the {a2}-year-old had lived alone for years."),
    ("The storm knocked out power to {k1} customers.",
     "Crews had restored service to all {k2} affected customers by Sunday morning."),
    ("Airport officials said {h1} flights were canceled on Thursday.", "Most of the {h2} canceled flights were domestic."),
    ("The new trail runs {s1} miles along the old rail line.",
     "Cyclists can ride all {s2} miles without crossing a road."),
    ("The referendum failed by {h1} votes.", "Organizers said the {h2}-vote margin showed how divided the town remains."),
    ("Unemployment in the county stands at {r1}.",
     "\"When {r2} of people are out of work, everybody feels it,\" said a local pastor."),
    ("The company agreed to pay {m1} to settle the lawsuit.",
     "Under the {m2} settlement, former employees will receive checks by spring."),
    ("Police seized {s1} firearms during the raid.", "Photos released by the department showed the {s2} guns laid out on a table."),
    ("The outbreak has sickened {s1} people in three counties.",
     "Health officials have interviewed all {s2} patients about what they ate."),
    ("The school board voted to close {s1} schools at the end of the year.",
     "Parents at the {s2} schools slated for closure have vowed to fight the decision."),
    ("The ferry was carrying {h1} passengers when it ran aground.", "All {h2} passengers were evacuated safely."),
    ("Tuition at the university will rise {r1} next fall.", "Students say the {r2} increase will force some to drop out."),
    ("At {h1} meters, the bridge is the longest in the state.", "Engineers said the {h2}-meter span needs new cables."),
    ("The earthquake damaged {h1} buildings in the old town.", "City inspectors said {h2} buildings were damaged in the quake."),
    ("Turnout was {p1}, election officials said.", "The {p2} turnout was the lowest in two decades."),
    ("The factory will cut {h1} jobs.", "Workers learned of the {h2} layoffs in an email on Monday morning."),
    ("The governor's plan would cost {g1}.", "Critics say the state cannot afford to spend {g2} on the project."),
    ("The suspect, {a1}, was arrested at a relative's home in {town}.", "Court records list the {a2}-year-old suspect's address as unknown."),
    ("Firefighters rescued {s1} people from the burning apartment building.",
     "\"Getting {s2} people out of there alive was a miracle,\" the fire chief said."),
    ("The drug trial enrolled {h1} patients.", "None of the {h2} patients in the study reported serious side effects."),
    ("The wildfire has burned {k1} acres.", "Crews are racing to contain the {k2}-acre fire before the winds pick up."),
    ("The museum welcomed {k1} visitors in its first month.", "Officials called the {k2} visitors a sign of strong interest."),
    ("The pileup left {s1} people injured.", "Hospitals across the region treated the {s2} injured overnight."),
    ("Inflation ran at {r1} last year, the statistics office said.", "With prices up {r2}, wages have not kept pace."),
    ("The team's payroll is {m1}.", "Even with a {m2} payroll, the club finished last."),
    ("A total of {h1} students graduated this spring.", "The {h2} graduates received their diplomas in the football stadium."),
    ("The strike involves {k1} nurses.", "Hospital managers have hired temporary staff to replace the {k2} striking nurses."),
    ("The road will be closed for {s1} days.", "Drivers should plan for detours during the {s2}-day closure, officials said."),
    ("The bank will close {s1} branches in the region.", "The {s2} branches to be closed are mostly in rural towns."),
    ("The airline reported a loss of {g1} for the quarter.", "Executives blamed the {g2} loss on higher fuel costs."),
    ("Rescuers pulled {s1} survivors from the rubble.", "\"We found {s2} people alive,\" said a rescue coordinator."),
    ("The vaccine was {p1} effective in the trial.", "Researchers called the {p2} efficacy rate remarkable."),
    ("The oldest runner in this year's marathon is {a1}.", "Organizers said the {a2}-year-old has entered every race since it began."),
    ("The hurricane killed {s1} people on the island.", "The government declared three days of mourning for the {s2} dead."),
    ("The city has {h1} beds in its homeless shelters.", "Advocates say {h2} beds are nowhere near enough for a city this size."),
    ("The landfill takes in {k1} tons of trash a day.", "Handling {k2} tons a day requires a fleet of trucks, the operator said."),
    ("The new stadium will seat {k1} fans.", "Tickets for the {k2}-seat stadium's opening game go on sale next month."),
    ("The contract is worth {m1} over five years.", "The {m2} deal is the largest in team history."),
    ("The explosion injured {s1} workers.", "The plant had passed a safety inspection in the spring.",
     "A company spokeswoman said all {s2} injured workers were expected to recover."),
    ("Food prices rose {r1} over the past year.", "Shoppers outside the market said the {r2} rise was hard to absorb."),
    ("Police said the driver was going {s1} miles per hour when the car left the road.",
     "\"At {s2} miles an hour on that curve, you don't stand a chance,\" a deputy said."),
    ("The charity raised {m1} at its annual gala.", "Organizers said the {m2} raised would fund two new clinics."),
    ("Crews evacuated {h1} residents from the flood zone.",
     "The {h2} evacuees are staying with relatives or at the high school gym."),
]

FIGURE_NEAR_MISSES = [
    # hedged figures
    ("The fire destroyed at least {h2} homes, officials said.", "Residents fear the final count will be higher."),
    ("An estimated {k1} people attended the march.", "Organizers said it was the largest protest in the city in years."),
    ("Up to {s1} flights could be canceled Friday, the airline warned.", "By midday, {s2} flights had been canceled."),
    ("At least {s2} people were killed, officials said.", "Hospital sources told local media the toll was {s1}."),
    ("The wildfire has burned more than {k2} acres, and officials said it could reach {k1} acres before it is contained.",),
    # updated or revised figures
    ("Early returns showed the measure winning {p1} of the vote.", "With all precincts counted, its share fell to {p2}."),
    ("The death toll rose to {s1} on Tuesday, up from {s2} a day earlier.",),
    ("The county first reported {s2} cases.", "That number was later revised to {s1}."),
    ("The number of missing climbers has risen to {s1}.", "Earlier in the day, rescuers had said {s2} were unaccounted for."),
    ("The contract was initially valued at {m2}.", "Cost overruns have since pushed it to {m1}."),
    # forecast against outcome
    ("The budget projected {m1} in revenue.", "The city actually collected {m2}."),
    ("Forecasters had predicted {s1} inches of snow.", "By morning, {s2} inches had fallen."),
    ("Analysts expected a quarterly profit of {g1}.", "The company reported {g2}."),
    ("The museum drew {k1} visitors last year.", "This year it expects about {k2}."),
    # a subset
    ("The crash injured {s1} people.", "Of the injured, {s2} remain in critical condition."),
    ("The company employs {k1} people worldwide.", "About {h2} of them work at the plant in {town}."),
    ("Police arrested {s1} people during the protest.", "Prosecutors have charged {s2} of them so far."),
    ("The plant has {k1} workers.", "Only {h2} of them belong to the union."),
    ("Of the {h1} homes in the evacuation zone, {s2} were destroyed.",),
    ("Rescuers said {s1} people were trapped when the operation began.", "By nightfall, {s2} were still waiting to be reached."),
    # another date, place or category
    ("The shelter housed {s1} people on Monday night.", "On Tuesday, {s2} people stayed there."),
    ("The storm left {k1} customers without power in {town}.", "In neighboring counties, {k2} customers lost power."),
    ("The fire destroyed {h1} homes and {s2} businesses.",),
    ("The school enrolled {h1} students this year, compared with {h2} last year.",),
    ("The driver, {a1}, was uninjured.", "The passenger, {a2}, was taken to the hospital with a broken arm."),
    ("Unemployment fell to {r2} in May from {r1} in April.",),
    ("The measure needs {p1} of the vote to pass.", "Polls show it with {p2} support."),
    ("The bill passed the state Senate {s1} to {s2}.",),
    ("The average home in {town} sells for {m2}, while houses along the lake go for {m1}.",),
    ("Nearly {p1} of students passed the exam, up from {p2} two years ago.",),
    ("The airline carried {k1} passengers in June.", "In July, that number dropped to {k2}."),
    ("The victim was {a1}.", "The suspect, a {a2}-year-old neighbor, was arrested hours later."),
    # the same quantity restated consistently (digits, or the same number in words and digits)
    ("The fire destroyed {h1} homes in the hills above {town}.", "Most of the {h1} homes lost in the fire were insured."),
    ("The crash killed {s1w} people.", "Relatives of the {s1d} victims gathered at the airport on Sunday."),
    ("The school board voted to close {s1d} schools.", "\"Closing {s1w} schools is the hardest decision we've made,\" the chairwoman said."),
    # a range, and deaths against injuries
    ("Between {s2} and {s1} people are believed to be trapped, rescuers said.",),
    ("The collapse killed {s2} people and injured {s1} others.",),
    # two attributed claims that disagree openly
    ("According to police, {s2} people were arrested.", "Activists say {s1} were detained."),
    ("Police estimated the crowd at {k2}.", "Organizers disputed that figure, saying {k1} people had marched."),
    ("The union says {k1} members walked off the job.", "The company puts the number at {k2}."),
]
