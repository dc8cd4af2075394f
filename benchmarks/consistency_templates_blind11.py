"""Blind11: an eleventh independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind11`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 05:16:45 UTC, ``date -u``) by an independent
tester, on branch ``cblind11`` (worktree /work/wt/cblind11) from base commit
aef87a8376a6aee0c0e55e34c7321d757c2eaa4a (``git log -1 --format=%H``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant -- Arabic, Chinese, Korean, Japanese, Russian/Ukrainian,
Indian, Greek, Persian, Hebrew, Turkish, Vietnamese, Polish; near-misses: two
different people with similar names, both introduced, relatives sharing a
surname, a place, company, ship or product named like a person, a person with a
title then surname only, spelt consistently) and ``conflicting_figures`` (one
quantity stated as fact with two different numbers in one article, in varied
wording -- digits and number words; counts, money, percentages, measures,
durations, ages, speeds, distances, prices, scores, votes, areas, weights;
referred back with a different noun, a pronoun, "that sum", an appositive, a
hyphenated compound such as "the 12-storey tower"; near-misses: hedged or
estimated figures, ranges, updates, different occasions/places/groups/years,
parts of a whole, forecasts or targets against outcomes, two named sources
that disagree).
Fresh: this set never went through the detector; it is to be scored once before
and once after session 16's rounds, and never used to tune.

What the author read: the brief; ``date -u``, ``git status``, ``git log -1
--format=%H`` of the worktree (clean), ``ls`` of benchmarks/ and tests/ (file
names only) and ``wc -l`` of the three files below;
benchmarks/consistency_templates_blind10.py (whole file: header, people lists,
helpers, context functions and all four template lists -- none of its
sentences, people, places, organisations or name pairs is reused here), plus
``grep -n`` of its line numbers for the machinery section that was copied;
tests/consistency_template_checks.py and
tests/test_consistency_templates_blind10.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind10\\|BLIND10\\|def sets_for\\|choices=\\|^SPLITS"`` (before the wiring)
and of ``grep -n "blind11"`` (after it).  The ``sed`` wiring of ``blind11`` was
scripted and checked with ``grep -n`` only; ``git diff`` of the harness was not
displayed, so nothing else of it was seen, by accident or otherwise, and the
file was only byte-compiled (``python -m py_compile``), never run.  Nothing
else was seen by accident.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind9, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind11.py imports the harness
module to check the ``blind11`` wiring (the harness's lists are never printed
or inspected), and loads blind10's module to check that no person, surname
pair, place, organisation or template sentence is shared with it (earlier sets
could not be checked, as their templates were not to be read; the brief's
example pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and
every pair named in blind10, were deliberately not used).  The author ran only
the well-formedness test of this set, which runs no detector, and rendered a
few samples of this module's own templates (not committed).

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context`` and the
context-function signatures are blind10's, unchanged; ``name_near_context``
adds a ship named like a person (``f``/``sf``/``ship``), and two figure
families are added: ``mi`` (miles, 4 to 220, digits) and ``tn`` (tonnes, 150
to 9,800 in tens, comma-grouped digits).  All people, places, organisations,
name pairs and sentences are new.  This set has 60 name templates, 66 figure
templates, 46 name near-misses and 51 figure near-misses.

Conventions (those of the harness, as in blind3 to blind10): a template is a
tuple of one to three sentences with ``{placeholders}``; a context function
takes a ``random.Random`` and returns the dict filling them; conflict sides are
marked ``[[...]]`` in the template (the full name and the variant surname; the
two numbers); the context key ``"kind"`` names the variant:

* names: ``transliteration`` (drawn about a third of the time; the pair's two
  spellings are used in either order), ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words`` (applies to the small
  counts ``c``, percentages ``pc``, ages ``age``, day counts ``dy``, week
  counts ``wk`` and year counts ``yr``); hundreds ``hh``, thousands ``th``,
  votes ``vt``, money ``usd``/``eur``/``gbp``, prices ``pr``, distances
  ``km``/``mi``, speeds ``spd`` (km/h), weights ``kg``/``tn``, minutes ``mn``,
  temperatures ``tc`` (degrees Celsius), points ``pts``, hectares ``ha``,
  rainfall ``mm``, altitudes ``ft`` and volumes ``lt`` are always digits, as
  copy writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys of this set: names ``first`` (given name of the person) and
``title`` (a title for the person); near-miss names ``fa``/``fb`` (given names
of ``a``/``b``), ``r``/``fr`` (a relative of ``a`` sharing the surname ``sa``),
``c``/``sc`` and a look-alike ``place``, ``d``/``sd`` and a ``company`` named
like them, ``e``/``se`` and a ``product`` named like them, ``f``/``sf`` and a
``ship`` named like them; figures ``person`` (an invented name) and ``year`` /
``prev`` (a year and the year before it).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from consistency_template_kit import (  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)
    _EDITS, _gender_words, _pair, _round_pair, _styled, value_of,
)

# ------------------------------------------------------------------ people

# (first name, surname, "m"/"f"): invented people for mechanical variants.
PERSONS = [
    ("Evander", "Fairweather", "m"), ("Marguerite", "Pennyfeather", "f"), ("Obinna", "Nwankwo", "m"),
    ("Thomasina", "Carlyon", "f"), ("Barnaby", "Witherspoon", "m"), ("Grazyna", "Kaczmarek", "f"),
    ("Esteban", "Valderrama", "m"), ("Remedios", "Santamaria", "f"), ("Percival", "Cattermole", "m"),
    ("Araminta", "Braithwaite", "f"), ("Olufemi", "Adeyemi", "m"), ("Clementine", "Hargreaves", "f"),
    ("Torbjorn", "Lindqvist", "m"), ("Ingeborg", "Skovgaard", "f"), ("Ignacio", "Zubizarreta", "m"),
    ("Winifred", "Pendlebury", "f"), ("Dragan", "Petrovic", "m"), ("Abena", "Asantewaa", "f"),
    ("Crispin", "Fanshawe", "m"), ("Lieselotte", "Brandstetter", "f"), ("Ottavio", "Scarpellini", "m"),
    ("Itziar", "Goikoetxea", "f"), ("Jasper", "Cartwright", "m"), ("Margaux", "Beauchamp", "f"),
    ("Laszlo", "Szentgyorgyi", "m"), ("Thandiwe", "Mahlangu", "f"), ("Peregrine", "Wolstenholme", "m"),
    ("Guinevere", "Penhaligon", "f"), ("Kofi", "Asamoah", "m"), ("Rosamund", "Entwistle", "f"),
    ("Zbigniew", "Ostrowski", "m"), ("Cressida", "Farquharson", "f"), ("Maximilian", "Oberndorfer", "m"),
    ("Ifeoma", "Anyanwu", "f"), ("Leopold", "Rattenbury", "m"), ("Astrid", "Sandvik", "f"),
    ("Gaspard", "Montgolfier", "m"), ("Philomena", "Quigley", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese,
# Indian, Greek, Persian, Hebrew, Turkish, Vietnamese, Polish).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Samir", "Hussein", "Husain", "m"), ("Rania", "Qassem", "Kassem", "f"), ("Walid", "Ashour", "Achour", "m"),
    ("Laila", "Suleiman", "Soliman", "f"), ("Fadi", "Youssef", "Yousef", "m"),
    # Russian / Ukrainian
    ("Vladimir", "Zhuravlev", "Zhuravlyov", "m"), ("Anastasia", "Semyonova", "Semenova", "f"),
    ("Pyotr", "Yakovlev", "Iakovlev", "m"), ("Bohdan", "Hnatyuk", "Gnatyuk", "m"),
    ("Iryna", "Hrytsenko", "Gritsenko", "f"),
    # Chinese (pinyin vs Wade-Giles)
    ("Wei", "Zhou", "Chou", "m"), ("Mei", "Zheng", "Cheng", "f"), ("Tao", "Guo", "Kuo", "m"),
    ("Xiaoling", "Xiong", "Hsiung", "f"),
    # Korean
    ("Min-jun", "Choi", "Choe", "m"), ("Ji-woo", "Yoon", "Yun", "f"), ("Sung-ho", "Baek", "Paek", "m"),
    # Japanese (Hepburn with/without long vowels, Nihon-shiki)
    ("Haruki", "Kondoh", "Kondo", "m"), ("Emiko", "Ohshima", "Oshima", "f"), ("Daisuke", "Shimizu", "Simizu", "m"),
    # Indian
    ("Anirban", "Mukherjee", "Mukerji", "m"), ("Kavita", "Dikshit", "Dixit", "f"),
    ("Venkat", "Subramaniam", "Subramanian", "m"),
    # Greek
    ("Giorgos", "Papadopoulos", "Papadopulos", "m"), ("Eleni", "Konstantinou", "Constantinou", "f"),
    ("Manolis", "Chatzidakis", "Hatzidakis", "m"),
    # Persian
    ("Reza", "Hosseini", "Husseini", "m"), ("Shirin", "Ghasemi", "Qasemi", "f"), ("Omid", "Sadeghi", "Sadeqi", "m"),
    # Hebrew
    ("Noam", "Cohen", "Kohen", "m"), ("Tamar", "Yitzhaki", "Itzhaki", "f"),
    # Turkish
    ("Emre", "Öztürk", "Ozturk", "m"), ("Zeynep", "Şahin", "Sahin", "f"), ("Burak", "Güneş", "Gunes", "m"),
    # Vietnamese
    ("Thanh", "Nguyễn", "Nguyen", "f"), ("Minh", "Phạm", "Pham", "m"), ("Lan", "Huỳnh", "Huynh", "f"),
    # Polish
    ("Tomasz", "Wiśniewski", "Wisniewski", "m"), ("Agnieszka", "Kołodziej", "Kolodziej", "f"),
    ("Marek", "Szczęsny", "Szczesny", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Reid", "Reed"), ("Thompson", "Thomson"), ("Meyer", "Meier"), ("Carr", "Kerr"), ("Clark", "Clarke"),
    ("Allen", "Allan"), ("Fischer", "Fisher"), ("Hanson", "Hansen"), ("Petersen", "Peterson"),
    ("Lowe", "Low"), ("Brown", "Browne"), ("Wood", "Woods"), ("Stephens", "Stevens"), ("Mackay", "McKay"),
    ("Laurence", "Lawrence"), ("Hayes", "Hays"), ("Rhodes", "Rhoades"), ("Gibbons", "Gibbins"),
    ("Marshall", "Marshal"), ("Dickson", "Dixon"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Wakefield", "Wakefield Common"), ("Ashby", "Ashby Parva"), ("Kirkby", "Kirkby Fold"),
    ("Stanton", "Stanton Ferrers"), ("Thornton", "Thornton Dale"), ("Clifton", "Clifton Reach"),
    ("Weston", "Weston Sands"), ("Chester", "Chesterford"), ("Denby", "Denby Dale"), ("Bradley", "Bradleigh"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Fairbairn", "Fairbairns Removals"), ("Kershaw", "Kershaws Coaches"), ("Lockwood", "Lockwode Builders"),
    ("Rowntree", "Rowntrees Dairies"), ("Hebden", "Hebdens Hardware"), ("Gallagher", "Gallaher Roofing"),
    ("Mortimer", "Mortimers Estate Agents"), ("Tolworth", "Tolworth Printing"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Ashcroft", "the Ashcroft pushchair"), ("Brennan", "the Brenan smartwatch"),
    ("Delaney", "the Delany coffee machine"), ("Everett", "the Everet e-bike"),
    ("Radcliffe", "the Radcliff lawnmower"), ("Winslow", "the Winslowe kettle"),
    ("Carrington", "the Carington robot vacuum"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Pritchard", "the ferry Prichard Star"), ("Halloran", "the trawler Holloran Bay"),
    ("Beaumont", "the tanker Beaumond Spirit"), ("Whitcombe", "the yacht Whitcomb Lady"),
    ("Rafferty", "the dredger Raferty"),
]
GIVEN_NAMES = ["Anselm", "Beatrix", "Clement", "Dorothea", "Evadne", "Fergus", "Griselda", "Hamish", "Isolde", "Jago",
               "Kester", "Leonora", "Magnus", "Nerys", "Oswin", "Perpetua", "Quentin", "Rufus", "Seraphina",
               "Thaddeus", "Una", "Valentine"]
PLACES = ["Ballykeel", "Nether Wyndham", "Gorsebrook", "Castelnuovo Alto", "Dunmallow", "Eastholme St Mary",
          "Kinlochbrae", "Saint-Aubin-des-Prés", "Pendarrow", "Lochanhead", "Marram Point", "Upper Ashwell"]
ORGANISATIONS = ["the coastguard agency", "the teachers' union", "the rail regulator", "the fire brigades union",
                 "the housing ombudsman", "the food standards agency", "the meteorological office",
                 "the law society", "the mountain rescue federation", "the national library",
                 "the bus operators' association", "the audit office"]
ROLES = ["a spokesman for", "the chief executive of", "a solicitor for", "the president of", "an economist at",
         "the communications chief at", "the secretary of", "an adviser to"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Councillor", "Sergeant", "Father", "Colonel"]
TITLES_F = ["Ms.", "Dr.", "Professor", "Councillor", "Sergeant", "Sister", "Colonel"]
FIGURE_PEOPLE = ["Adelaide Brightwell", "Bartholomew Nkemelu", "Camilla Ostergaard", "Dashiell Prentice",
                 "Euphemia Larkspur", "Fitzroy Adebanjo", "Georgette Vandermolen", "Horatio Quayle",
                 "Iolanthe Maddox", "Jericho Stavros"]


def _common(rng: random.Random) -> dict[str, str]:
    return {"org": rng.choice(ORGANISATIONS), "role": rng.choice(ROLES), "town": rng.choice(PLACES),
            "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"]),
            "month": rng.choice(["January", "April", "June", "September", "October", "December"])}


def name_context(rng: random.Random) -> dict[str, str]:
    """full: "First Surname"; first: the given name; var: the variant surname; kind: the variant."""
    kind = rng.choice(["transliteration", "transliteration"] + list(_EDITS))
    if kind == "transliteration":
        first, surname, variant, gender = rng.choice(TRANSLITERATIONS_PEOPLE)
        if rng.random() < 0.5:
            surname, variant = variant, surname
    else:
        first, surname, gender = rng.choice(PERSONS)
        variant = _EDITS[kind](surname, rng)
        while variant == surname:
            variant = _EDITS[kind](surname, rng)
    context = {"full": f"{first} {surname}", "first": first, "var": variant, "kind": kind,
               "title": rng.choice(TITLES_F if gender == "f" else TITLES_M)}
    context.update(_gender_words(gender))
    context.update(_common(rng))
    return context


def name_near_context(rng: random.Random) -> dict[str, str]:
    """a/b: two different people with look-alike surnames (sa, sb); r: a relative or namesake of a (same
    surname); c: a person (sc) and a look-alike place; d: a person (sd) and a company named like them;
    e: a person (se) and a product named like them; f: a person (sf) and a ship named like them."""
    sa, sb = rng.choice(LOOKALIKE_SURNAMES)
    if rng.random() < 0.5:
        sa, sb = sb, sa
    fa, fb, fc, fd, fe, fr, ff = rng.sample(GIVEN_NAMES, 7)
    sc, place = rng.choice(PLACE_SURNAMES)
    sd, company = rng.choice(COMPANY_SURNAMES)
    se, product = rng.choice(PRODUCT_SURNAMES)
    sf, ship = rng.choice(SHIP_SURNAMES)
    context = {"a": f"{fa} {sa}", "sa": sa, "fa": fa, "b": f"{fb} {sb}", "sb": sb, "fb": fb,
               "r": f"{fr} {sa}", "fr": fr, "c": f"{fc} {sc}", "sc": sc, "place": place,
               "d": f"{fd} {sd}", "sd": sd, "company": company, "e": f"{fe} {se}", "se": se,
               "product": product, "f": f"{ff} {sf}", "sf": sf, "ship": ship, "kind": "near"}
    context.update(_common(rng))
    return context


# ----------------------------------------------------------------- figures


def _figures(rng: random.Random, ordered: bool) -> dict[str, str]:
    styles = rng.choice([("digits", "digits"), ("words", "digits"), ("digits", "words"), ("words", "words")])
    ctx: dict[str, str] = {"kind": f"{styles[0]}/{styles[1]}"}
    c = _pair(rng, 3, 85, ordered)
    pc = _pair(rng, 5, 72, ordered)
    age = _pair(rng, 18, 93, ordered)
    dy = _pair(rng, 3, 60, ordered)
    wk = _pair(rng, 3, 52, ordered)
    yr = _pair(rng, 2, 45, ordered)
    for i in (0, 1):
        ctx[f"c{i + 1}"] = _styled(c[i], styles[i])
        ctx[f"wk{i + 1}"] = _styled(wk[i], styles[i])
        ctx[f"yr{i + 1}"] = _styled(yr[i], styles[i])
        ctx[f"pc{i + 1}"] = _styled(pc[i], styles[i]) + " percent"
        ctx[f"age{i + 1}"] = _styled(age[i], styles[i])
        ctx[f"dy{i + 1}"] = _styled(dy[i], styles[i])
    hh = _pair(rng, 120, 980, ordered)
    th = _round_pair(rng, 1200, 72000, 100, ordered)
    vt = _pair(rng, 1500, 28000, ordered)
    km = _pair(rng, 6, 140, ordered)
    usd = _pair(rng, 12, 160, ordered)
    eur = _round_pair(rng, 150, 950, 10, ordered)
    gbp = _round_pair(rng, 40, 900, 5, ordered)
    spd = _pair(rng, 30, 320, ordered)
    kg = _pair(rng, 12, 140, ordered)
    mn = _pair(rng, 12, 180, ordered)
    tc = _pair(rng, 18, 48, ordered)
    pts = _pair(rng, 40, 140, ordered)
    ha = _round_pair(rng, 60, 4800, 10, ordered)
    mm = _pair(rng, 15, 240, ordered)
    pr = _round_pair(rng, 150, 4800, 5, ordered)
    ft = _round_pair(rng, 1200, 38000, 100, ordered)
    lt = _round_pair(rng, 200, 9500, 10, ordered)
    mi = _pair(rng, 4, 220, ordered)
    tn = _round_pair(rng, 150, 9800, 10, ordered)
    for i in (0, 1):
        ctx[f"hh{i + 1}"] = str(hh[i])
        ctx[f"th{i + 1}"] = f"{th[i]:,}"
        ctx[f"vt{i + 1}"] = f"{vt[i]:,}"
        ctx[f"km{i + 1}"] = str(km[i])
        ctx[f"usd{i + 1}"] = f"${usd[i] / 10:.1f} million" if usd[i] % 10 else f"${usd[i] // 10} million"
        ctx[f"eur{i + 1}"] = f"€{eur[i] * 1000:,}"
        ctx[f"gbp{i + 1}"] = f"£{gbp[i] * 1000:,}"
        ctx[f"spd{i + 1}"] = str(spd[i])
        ctx[f"kg{i + 1}"] = str(kg[i])
        ctx[f"mn{i + 1}"] = str(mn[i])
        ctx[f"tc{i + 1}"] = str(tc[i])
        ctx[f"pts{i + 1}"] = str(pts[i])
        ctx[f"ha{i + 1}"] = f"{ha[i]:,}"
        ctx[f"mm{i + 1}"] = str(mm[i])
        ctx[f"pr{i + 1}"] = f"${pr[i] / 100:.2f}"
        ctx[f"ft{i + 1}"] = f"{ft[i]:,}"
        ctx[f"lt{i + 1}"] = f"{lt[i]:,}"
        ctx[f"mi{i + 1}"] = str(mi[i])
        ctx[f"tn{i + 1}"] = f"{tn[i]:,}"
    year = rng.randint(2015, 2025)
    ctx.update({"person": rng.choice(FIGURE_PEOPLE), "year": str(year), "prev": str(year - 1)})
    ctx.update(_common(rng))
    return ctx


def figure_context(rng: random.Random) -> dict[str, str]:
    return _figures(rng, ordered=False)


def figure_near_context(rng: random.Random) -> dict[str, str]:
    return _figures(rng, ordered=True)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("The lighthouse keeper [[{full}]] logged the distress flare shortly after midnight.",
     "Without [[{var}]]'s call, the coastguard said, the dinghy would never have been found."),
    ("[[{full}]], a cheesemaker from {town}, has won gold at the world cheese awards.",
     "The winning blue was aged for eighteen months in a cave that [[{var}]] rents from the parish."),
    ("Detectives have charged [[{full}]] with the theft of a medieval psalter from the cathedral library.",
     "{title} [[{var}]] was remanded in custody until a hearing in {month}."),
    ("Opening the batting, [[{full}]] made a century on debut.",
     "The crowd rose as [[{var}]] raised {her} bat to the pavilion."),
    ("The epidemiologist [[{full}]] warned on {day} that the outbreak had not yet peaked.",
     "Ministers, [[{var}]] said, had been too quick to lift restrictions."),
    ("A ferry deckhand, [[{full}]], dived into the harbour to save a drowning teenager.",
     "{She} was later given a bravery award, and the teenager's parents say they owe [[{var}]] everything."),
    ("[[{full}]] has been named conductor of the {town} philharmonic.",
     "Musicians describe [[{var}]] as demanding but generous."),
    ("The council leader, [[{full}]], survived a vote of no confidence by a single vote.",
     "Opponents accused [[{var}]] of relying on absent members."),
    ("A beekeeper, [[{full}]], says a neighbour's pesticide spraying wiped out forty hives.",
     "The neighbour disputes the claim, but [[{var}]] has sent samples for testing."),
    ("[[{full}]], {role} {org}, told reporters the figures were worse than expected.",
     "Asked whether jobs would go, [[{var}]] declined to comment."),
    ("The goalkeeper [[{full}]] saved two penalties in the shoot-out.",
     "Team-mates mobbed [[{var}]] in the six-yard box."),
    ("Firefighters were called when [[{full}]], a retired engineer, smelled gas in the flats below.",
     "Residents say [[{var}]]'s nose prevented a disaster."),
    ("Archaeologist [[{full}]] believes the bones belong to a Viking chieftain.",
     "Radiocarbon tests ordered by [[{var}]] should settle the question by {month}."),
    ("The ombudsman has upheld a complaint by [[{full}]], who waited two years for a hip operation.",
     "The hospital has apologised to [[{var}]] in writing."),
    ("A crane operator, [[{full}]], was stuck in {her} cab for six hours when the power failed.",
     "Engineers eventually brought [[{var}]] down by ladder."),
    ("The prison governor [[{full}]] has resigned after a string of escapes.",
     "In a statement, [[{var}]] said {she} took full responsibility."),
    ("Climber [[{full}]] became the first person to scale the north face solo in winter.",
     "At the summit, [[{var}]] radioed base camp with a single word: \"Done.\""),
    ("The whistleblower [[{full}]] leaked documents showing the drug's side effects had been hidden.",
     "Regulators have since praised [[{var}]] for {her} courage."),
    ("[[{full}]] has run the village post office in {town} for thirty-one years.",
     "When the sorting office threatened closure, customers marched with [[{var}]] to the county hall."),
    ("Sculptor [[{full}]] has unveiled a bronze of a miner's wife at the old colliery gates.",
     "Families of former miners wept as [[{var}]] pulled back the sheet."),
    ("The ambassador, [[{full}]], was summoned to the foreign ministry on {day}.",
     "Officials handed [[{var}]] a formal note of protest."),
    ("[[{full}]], a lorry driver, spotted the missing toddler wandering on the hard shoulder.",
     "Police said [[{var}]] stopped and kept the child warm until officers arrived."),
    ("Chess grandmaster [[{full}]] won the tournament with a round to spare.",
     "Commentators said [[{var}]]'s endgame technique was flawless."),
    ("The auditor [[{full}]] found that the trust had overspent on consultants.",
     "Board members dispute [[{var}]]'s figures."),
    ("A postal worker in {town}, [[{full}]], noticed that an elderly customer had not collected her milk.",
     "The customer had fallen, and doctors said [[{var}]]'s alertness saved her life."),
    ("Transport campaigners have elected [[{full}]] as their new chair.",
     "[[{var}]] wants a tram line reopened by the end of the decade."),
    ("The cellist [[{full}]] left a rare instrument in the back of a taxi.",
     "It was returned the next morning, and [[{var}]] has given the driver tickets to {her} next concert."),
    ("Forensic scientist [[{full}]] told the jury that the fibres matched the defendant's coat.",
     "Under cross-examination, [[{var}]] conceded that the coat was a common brand."),
    ("A farmer, [[{full}]], has been fined for letting slurry run into a trout stream.",
     "Magistrates told [[{var}]] that ignorance was no excuse."),
    ("The comedian [[{full}]] has cancelled {her} tour after losing {her} voice.",
     "Ticket holders will get refunds, [[{var}]]'s promoter said."),
    ("Flight attendant [[{full}]] calmed a panicking passenger during severe turbulence.",
     "The airline has commended [[{var}]] for {her} composure."),
    ("[[{full}]] was sworn in as the youngest magistrate in the county.",
     "Colleagues say [[{var}]] has already impressed the bench."),
    ("Oceanographer [[{full}]] has tracked a plastic duck that drifted from the Pacific to the Atlantic.",
     "Schoolchildren write to [[{var}]] every week asking where it is now."),
    ("The bishop has suspended [[{full}]], a parish priest, pending an inquiry.",
     "Parishioners have written in support of [[{var}]]."),
    ("A surgeon, [[{full}]], performed the region's first robot-assisted kidney transplant on {day}.",
     "The patient is recovering well, [[{var}]] said."),
    ("Wheelchair racer [[{full}]] set a course record in the {town} half-marathon.",
     "Spectators lined the final straight to cheer [[{var}]] home."),
    ("The ornithologist [[{full}]] has spotted a bird not seen on the island for a century.",
     "Twitchers arrived within hours of [[{var}]]'s post online."),
    ("Defence lawyers for [[{full}]] say the confession was obtained under duress.",
     "The judge will rule on {day} whether [[{var}]]'s statement is admissible."),
    ("A cleaner at the town hall, [[{full}]], found a bag containing twenty thousand pounds.",
     "[[{var}]] handed it straight to the police."),
    ("Film director [[{full}]] won the audience award at the festival on {day}.",
     "Critics had been lukewarm, but audiences took [[{var}]]'s comedy to their hearts."),
    ("The harbour pilot [[{full}]] guided the stricken container ship into port.",
     "Its captain thanked [[{var}]] over the radio."),
    ("[[{full}]], the town's last blacksmith, is taking on an apprentice.",
     "Hundreds applied; [[{var}]] chose a former accountant."),
    ("An investigation by [[{full}]] of {org} found that files had been shredded.",
     "Managers dispute [[{var}]]'s conclusions."),
    ("Astronaut [[{full}]] returned to Earth on {day} after six months on the space station.",
     "Doctors say [[{var}]] will need weeks to regain {her} strength."),
    ("The poet [[{full}]] has turned down an honour from the government.",
     "In a letter, [[{var}]] said {she} could not accept it while libraries were closing."),
    ("Rescuers found [[{full}]] alive under the rubble of a collapsed bakery.",
     "{She} had been trapped for nineteen hours.",
     "Doctors said [[{var}]] was dehydrated but otherwise unhurt."),
    ("The head gardener at the botanic garden, [[{full}]], has coaxed a titan arum into flower.",
     "Visitors queued round the block, and [[{var}]] warned them about the smell."),
    ("The union's general secretary, [[{full}]], walked out of talks with management on {day}.",
     "No new date has been set, though [[{var}]] said the door was open."),
    ("Climate scientist [[{full}]] has been awarded a medal for work on Arctic sea ice.",
     "Accepting it, [[{var}]] thanked the crew of the research ship."),
    ("[[{full}]] lost {her} home in the floods.",
     "A neighbour set up a fundraiser, and within a day strangers had given [[{var}]] enough to rebuild."),
    ("The customs officer [[{full}]] found cocaine hidden inside a shipment of pineapples.",
     "Bosses said [[{var}]]'s instinct had been remarkable."),
    ("A taxi driver, [[{full}]], has been honoured for ferrying nurses to work free of charge during the snow.",
     "The hospital's chief executive presented [[{var}]] with a plaque."),
    ("Racing cyclist [[{full}]] crashed on the final descent but got back on to finish.",
     "[[{var}]] crossed the line with a torn jersey and a bleeding knee."),
    ("Magistrates have banned [[{full}]] from keeping animals for life.",
     "RSPCA inspectors had found eleven starving dogs at [[{var}]]'s farm."),
    ("The historian [[{full}]] has found a lost letter by a wartime prime minister in a second-hand book.",
     "It fell out of the pages as [[{var}]] leafed through them in a shop in {town}.",
     "The letter is to be auctioned in {month}."),
    ("The entrepreneur [[{full}]] sold {her} drone company for an undisclosed sum.",
     "Staff will share in the proceeds, [[{var}]] said."),
    ("A supply teacher, [[{full}]], has been cleared of misconduct by a tribunal.",
     "The panel said the allegations against [[{var}]] were unfounded.",
     "{She} hopes to return to the classroom in {month}."),
    ("Veteran broadcaster [[{full}]] presented {her} final programme on {day}.",
     "Listeners flooded the station with messages thanking [[{var}]] for four decades on air."),
    ("The mountain hut warden, [[{full}]], raised the alarm when two skiers failed to return.",
     "Rescuers credited [[{var}]] with saving both lives."),
    ("[[{full}]], a refugee who arrived with nothing, now employs forty people at a bakery in {town}.",
     "The mayor described [[{var}]] as an inspiration."),
]

NAME_NEAR_MISSES = [
    ("The finalists are {a} and {b}, both from {town}.",
     "{sa} won the first set and {sb} the second."),
    ("{a} and {b} were elected to the board of {org} on {day}.",
     "{sb} will chair the finance committee; {sa} the audit committee."),
    ("{a} and {r}, who are brothers-in-law, run the garage together.",
     "{fr} looks after the books; {fa} fixes the cars."),
    ("Floods have cut off {place} for a second day.",
     "{c}, a parish councillor, said {sc} had never seen water so high."),
    ("{d} said {sd} has no connection with {company}, despite the name.",),
    ("The maker has recalled {product} after reports of overheating.",
     "{e}, a consumer lawyer, said {se} expected claims to follow."),
    ("The crew of {ship} were rescued when she ran aground off the headland on {day}.",
     "{f}, the harbourmaster, said {sf} had warned about the sandbank."),
    ("Dr. {sa} will lead the new clinic.",
     "Patients have praised Dr. {sa} for cutting waiting times."),
    ("Two surgeons, {a} and {b}, operated through the night.",
     "{sa} repaired the liver while {sb} worked on the spleen."),
    ("{a} has succeeded {r} as owner of the hotel.",
     "{fr} {sa} bought it in the seventies."),
    ("The planning inspector, {a}, visited {place} on {day}.",
     "{sa} said the village's character must be protected."),
    ("Shares in {company} fell sharply after the profit warning.",
     "{d}, an analyst, said {sd} had expected worse."),
    ("{a} was appointed to the court of appeal alongside {b}.",
     "{sa} and {sb} were at law school together."),
    ("A fire broke out on {ship} as she lay at anchor.",
     "{f}, a crew member, said {sf} smelled smoke in the engine room."),
    ("{a} and {r}, who are siblings, both competed in the triathlon.",
     "{fr} finished ahead of {fa} by two minutes."),
    ("Councillor {sa} has called for a new zebra crossing.",
     "Councillor {sa} says children are at risk on the main road."),
    ("{e} reviewed {product} for a consumer magazine.",
     "{se} gave it four stars."),
    ("The two candidates, {a} and {b}, debated on local radio.",
     "{sb} attacked {sa}'s record on housing."),
    ("Residents of {place} are fighting plans for a quarry.",
     "{c}, who chairs the campaign, said {sc} would take the case to court if necessary."),
    ("{company} has won a contract to maintain the council's fleet.",
     "{d}, a councillor, declared that {sd} had once worked there."),
    ("Professor {sa} has retired after forty years at the university.",
     "Former students said Professor {sa} inspired them."),
    ("{a} and {r}, father and son, were both knighted this year.",
     "{fa} was honoured for services to medicine and {fr} for services to music."),
    ("Twelve migrants were rescued in the Channel on {day} by {ship}.",
     "{f}, a spokesman for the operator, said {sf} was proud of the crew."),
    ("Two nurses, {a} and {b}, have been shortlisted for the national award.",
     "{sb} works in paediatrics and {sa} in palliative care."),
    ("{a} opened the batting with {b}.",
     "{sa} was out for four; {sb} went on to make eighty."),
    ("{c} grew up in {place} and still lives nearby.",
     "{sc} says the village has changed beyond recognition."),
    ("Shops say {product} is the best-selling model this year.",
     "{e}, a retail analyst, said {se} was not surprised."),
    ("{a}, the coroner, opened the inquest on {day}.",
     "{sa} adjourned it until {month}."),
    ("The twins {a} and {r} started at the same school on {day}.",
     "{fa} is in one class and {fr} in the other."),
    ("{d} left {company} last year to set up a consultancy.",),
    ("Two economists, {a} and {b}, gave evidence to the committee.",
     "{sa} warned of a recession; {sb} disagreed."),
    ("The writer {a} has married the actor {b}.",
     "{sa} and {sb} met on a film set."),
    ("Sergeant {sa} arrested the driver.",
     "The court heard that Sergeant {sa} smelled alcohol on his breath."),
    ("Bus services to {place} will be cut from {month}.",
     "{c}, a pensioner who lives there, said {sc} would be stranded."),
    ("{a} and {r} are co-owners of the family vineyard.",
     "{fa} makes the wine and {fr} sells it."),
    ("The crew of {ship} were given shore leave in {town}.",
     "{f}, a local publican, said {sf} had rarely been busier."),
    ("{a} and {b} were jointly awarded the prize for chemistry.",
     "{sb}'s work built on {sa}'s earlier discoveries."),
    ("{e} has sued the maker of {product}.",
     "{se} says the device injured a finger."),
    ("The lawyers {a} and {b} represent rival bidders.",
     "{sa} acts for the buyer and {sb} for the seller."),
    ("{d}, a plumber, spent a year working for {company}.",
     "{sd} says the name still confuses customers."),
    ("Father {sa} led the funeral service.",
     "Father {sa} said the dead woman had been the heart of the parish."),
    ("{a} has been elected mayor and {r}, a cousin, to the council.",
     "{fr} said it was a proud day for the family."),
    ("The referee {a} sent off two players.",
     "{sa} was later praised by both managers.",
     "Fans, though, booed {sa} off the pitch."),
    ("{a} and {b} have formed a new party.",
     "{sa} will lead it; {sb} will be its treasurer."),
    ("Walkers are warned about cliff falls near {place}.",
     "{c}, a geologist, said {sc} had seen the path crumble."),
    ("After forty years at sea, {ship} has been sold for scrap.",
     "{f}, who served aboard her for twenty years, said {sf} was heartbroken."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The avalanche swept [[{c1}]] skiers off the piste above {town}, {org} said.",
     "Mountain guides dug out all [[{c2}]] within the hour."),
    ("The hospital trust agreed to pay [[{usd1}]] to the family of a baby harmed at birth.",
     "Their solicitor said no sum could undo the damage, but the [[{usd2}]] award would pay for lifelong care."),
    ("Engineers say the bridge's main span is [[{hh1}]] metres long.",
     "When it opens, that [[{hh2}]]-metre span will be the longest in the country."),
    ("Support for the ruling party has fallen to [[{pc1}]], the poll found.",
     "It is the first time the party has polled as low as [[{pc2}]] since it took office."),
    ("The miners were trapped underground for [[{dy1}]] days.",
     "Relatives kept a vigil at the pithead throughout the [[{dy2}]]-day rescue."),
    ("Heavy snow closed schools across the region, keeping [[{th1}]] pupils at home.",
     "Head teachers said the [[{th2}]] children would be set work online."),
    ("The oldest competitor at the regatta is [[{age1}]].",
     "He has sailed since childhood, and at [[{age2}]] shows no sign of stopping."),
    ("The incumbent lost her seat by [[{vt1}]] votes.",
     "A recount was refused because a gap of [[{vt2}]] was too wide to overturn."),
    ("The fire crews took [[{mn1}]] minutes to reach the blaze, the report found.",
     "Residents said the wait, [[{mn2}]] minutes in all, allowed the flames to spread to the roof."),
    ("Customs seized [[{kg1}]] kilograms of heroin hidden in a consignment of furniture.",
     "Officers said the haul, [[{kg2}]] kg, had a street value in the millions."),
    ("The train was doing [[{spd1}]] km/h when it derailed, investigators found.",
     "The curve has a strict limit, and at [[{spd2}]] km/h the carriages could not stay on the rails."),
    ("A signed first edition of the novel fetched [[{gbp1}]] at auction on {day}.",
     "The seller, a retired teacher from {town}, said the [[{gbp2}]] would pay off her mortgage."),
    ("[[{mm1}]] millimetres of rain fell on the town in twelve hours, {org} said.",
     "Drains built for a fraction of that could not cope with [[{mm2}]] mm."),
    ("A loaf from the village bakery costs [[{pr1}]].",
     "The baker says she cannot sell it for less than [[{pr2}]] because flour prices have soared."),
    ("The refinery was shut for [[{wk1}]] weeks after the explosion.",
     "Its owners said the [[{wk2}]]-week closure cost them dearly."),
    ("The visitors scored [[{pts1}]] points in the final against the holders.",
     "That tally of [[{pts2}]] set a new record for a final."),
    ("The new stand holds [[{hh1}]] spectators.",
     "Its [[{hh2}]] seats sold out within minutes of going on sale."),
    ("The glider reached [[{ft1}]] feet over the ridge, a club record.",
     "The pilot said the view from [[{ft2}]] feet was worth the cold."),
    ("The burst main released [[{lt1}]] litres of water onto the high street.",
     "Shopkeepers spent the day sweeping out what was left of the [[{lt2}]] litres."),
    ("Inflation fell to [[{pc1}]] in {month}, official figures showed.",
     "Economists said a rate of [[{pc2}]] left room for a cut in interest rates."),
    ("The goalkeeper has spent [[{yr1}]] years at the club.",
     "In those [[{yr2}]] years, he has never been sent off."),
    ("Gunmen kidnapped [[{c1}]] schoolchildren from a boarding school on {day}.",
     "Negotiators are in contact with the group holding the [[{c2}]] pupils."),
    ("Flames have destroyed [[{ha1}]] hectares of pine forest.",
     "It will take decades for the [[{ha2}]] hectares to recover."),
    ("The university will spend [[{usd1}]] on a new library.",
     "Students asked why the [[{usd2}]] project was a priority when rents were rising."),
    ("The orchestra has been given [[{eur1}]] by a foundation.",
     "The grant of [[{eur2}]] will fund a youth programme."),
    ("The crocodile captured in the reservoir weighed [[{kg1}]] kilograms.",
     "Rangers needed six men to lift the [[{kg2}]]-kilo reptile onto the truck."),
    ("The mercury hit [[{tc1}]] degrees in {town} on {day}.",
     "Hospitals reported a surge in admissions as temperatures stayed at [[{tc2}]] degrees into the evening."),
    ("Pilgrims walk the [[{km1}]] kilometres from the coast to the shrine.",
     "Most take three days to cover the [[{km2}]] km."),
    ("The actress was [[{age1}]] when she won her first award.",
     "She recalls that, aged [[{age2}]], she had no idea what to say."),
    ("The amendment passed by [[{c1}]] votes.",
     "Its sponsors said a margin of [[{c2}]] was a clear mandate."),
    ("Heatwave warnings kept [[{th1}]] registered runners away from the marathon, organisers said.",
     "The [[{th2}]] no-shows will be offered places next year."),
    ("The hospital has cut its waiting list by [[{pc1}]].",
     "Managers say the [[{pc2}]] fall is down to weekend clinics."),
    ("The speedboat was travelling at [[{spd1}]] km/h when it hit the jetty.",
     "The coroner said no one could have reacted in time at [[{spd2}]] km/h."),
    ("The inquiry heard from [[{c1}]] former patients.",
     "Each of the [[{c2}]] described being ignored by staff."),
    ("Archaeologists have unearthed [[{hh1}]] silver coins in a ploughed field.",
     "The hoard, [[{hh2}]] coins in all, is thought to have been buried during a Viking raid."),
    ("The band's world tour ran for [[{wk1}]] weeks.",
     "By the end of the [[{wk2}]]-week tour, the drummer had broken two wrists."),
    ("Campaigners gathered [[{vt1}]] signatures to save the lido.",
     "The petition, with its [[{vt2}]] names, was handed to the council on {day}."),
    ("The lifeboat travelled [[{km1}]] kilometres through a storm to reach the trawler.",
     "Crew members said it was the roughest [[{km2}]] km they had ever covered."),
    ("A cup of coffee at the new airport terminal costs [[{pr1}]].",
     "Travellers complained that [[{pr2}]] was too much for a small flat white."),
    ("The yachtsman drifted for [[{dy1}]] days after his mast broke.",
     "He survived the [[{dy2}]] days on rainwater and tinned fish."),
    ("The carmaker plans to shed [[{hh1}]] jobs at its factory in {town}.",
     "Ministers have urged the firm to reconsider, warning that [[{hh2}]] redundancies would hit the area hard."),
    ("The former chief executive received a pay-off of [[{gbp1}]].",
     "Shareholders voted against the deal, calling that sum of [[{gbp2}]] a reward for failure."),
    ("Patients waited [[{mn1}]] minutes on average for an ambulance in {month}.",
     "The health secretary said a wait of [[{mn2}]] minutes was unacceptable."),
    ("The defender is paid [[{eur1}]] a month.",
     "Critics said [[{eur2}]] a month was a lot for a player who rarely starts."),
    ("Just [[{c1}]] breeding pairs of the eagle remain in the country.",
     "Conservationists are tagging all [[{c2}]] pairs to monitor them."),
    ("The flood ruined [[{th1}]] bottles in the wine merchant's cellar.",
     "Insurers are assessing the loss of the [[{th2}]] bottles."),
    ("The cyclist killed in the collision was [[{age1}]], police said.",
     "Friends of the [[{age2}]]-year-old held a vigil at the junction."),
    ("The new office block is [[{c1}]] storeys tall.",
     "Residents had objected that the [[{c2}]]-storey tower would overshadow the park."),
    ("The champions finished the season with [[{pts1}]] points.",
     "Only one side in the league's history has bettered [[{pts2}]]."),
    ("Investigators found [[{c1}]] unexploded shells in the woods.",
     "Bomb disposal experts detonated the [[{c2}]] devices on {day}."),
    ("Tenants in the block have had no heating for [[{dy1}]] days.",
     "The landlord said {day} that [[{dy2}]] days without heat was regrettable."),
    ("The navy has ordered [[{c1}]] patrol boats from a domestic shipyard.",
     "The contract for [[{c2}]] vessels will secure hundreds of jobs."),
    ("The food bank's winter appeal raised [[{gbp1}]].",
     "Its coordinator, {person}, said demand had never been higher.",
     "The [[{gbp2}]] will be spent on fresh food and heating vouchers."),
    ("The steelworks employed [[{hh1}]] people when it shut.",
     "Few found work locally.",
     "A plaque by the gates commemorates the [[{hh2}]] who lost their jobs."),
    ("The flood barrier stretches for [[{km1}]] kilometres along the estuary.",
     "Engineers inspect the full [[{km2}]] km every spring."),
    ("The glacier has lost [[{mm1}]] millimetres of thickness this summer alone, the survey found.",
     "Scientists said a loss of [[{mm2}]] mm in a single season was alarming."),
    ("The concert drew [[{th1}]] fans to the park.",
     "Stewards said the crowd, [[{th2}]] strong, was well behaved."),
    ("The airliner cruised at [[{ft1}]] feet over the Alps when an engine failed.",
     "The crew descended from [[{ft2}]] feet and diverted to {town}."),
    ("Weeds now cover [[{pc1}]] of the lake's surface.",
     "Anglers said that, with [[{pc2}]] of the water choked, the fishing season was over."),
    ("A lorry shed [[{lt1}]] litres of cooking oil across the motorway.",
     "Highways crews used sand to soak up the [[{lt2}]] litres."),
    ("The ferry's crossing to the island covers [[{mi1}]] miles of open sea.",
     "In winter gales, the [[{mi2}]]-mile passage can take twice as long."),
    ("The recycling plant processed [[{tn1}]] tonnes of glass last year.",
     "The company said that, at [[{tn2}]] tonnes, it had run at full capacity."),
    ("The runaway lorry careered [[{mi1}]] miles down the motorway before police stopped it.",
     "The driver later said he could not remember any of the [[{mi2}]] miles."),
    ("The bridge can bear [[{tn1}]] tonnes, its designers say.",
     "Lorries heavier than [[{tn2}]] tonnes will be diverted."),
    ("The defendant was [[{age1}]] at the time of the robbery, the court heard.",
     "His lawyer said a [[{age2}]]-year-old could not have planned such a crime alone."),
    ("The company was fined [[{usd1}]] for polluting the river.",
     "Environmental groups said the penalty, [[{usd2}]], was a fraction of its annual profit."),
]

FIGURE_NEAR_MISSES = [
    ("Roughly {th1} people attended the vigil, according to an unofficial count.",
     "The year before, perhaps {th2} had come."),
    ("Somewhere between {c2} and {c1} cars were damaged in the hailstorm.",),
    ("The number of confirmed cases climbed to {c1} on {day}, from {c2} the day before.",),
    ("Support for the scheme was {pc1} in {year} and {pc2} in {prev}.",),
    ("The cycle path will be {km1} kilometres long when complete; {km2} kilometres are open now.",),
    ("The groom's father was {age1} and the bride's father {age2}.",),
    ("Of the {vt1} votes cast, {vt2} were postal ballots.",),
    ("Analysts had expected inflation of {pc1}; it came in at {pc2}.",),
    ("Organisers said {th1} marched; police put the figure at {th2}.",),
    ("The senior race was {km1} km and the junior race {km2} km.",),
    ("The prison holds {hh1} inmates, {hh2} of them on remand.",),
    ("The stadium was budgeted at {usd1}, of which {usd2} has been spent.",),
    ("Perhaps as many as {c1} birds died in the oil spill, wardens fear.",
     "So far {c2} bodies have been recovered."),
    ("The van can reach {spd1} km/h but is governed to {spd2} km/h for deliveries.",),
    ("The adult bear weighed {kg1} kilograms and her cub {kg2}.",),
    ("The museum welcomed {th1} visitors in {year} and {th2} in {prev}.",),
    ("Up to {hh1} posts could go, the company warned; {hh2} have been cut so far.",),
    ("The committee voted {c1} to {c2} to approve the budget.",),
    ("The under-21 side scored {pts1} points this season and the women's side {pts2}.",),
    ("The penalty was set at {gbp1} but reduced to {gbp2} on appeal.",),
    ("The direct bus takes {mn2} minutes; the one via the hospital takes {mn1}.",),
    ("The older of the two brothers is {age1}; the younger is {age2}.",),
    ("Builders think the roof repairs could cost about {eur1}.",
     "A first estimate had been {eur2}."),
    ("Teachers in the capital were on strike for {wk1} weeks and those in the provinces for {wk2}.",),
    ("Figures published by {org} suggest about {pc1} of members back the strike.",
     "A study by {person} put support at {pc2}."),
    ("The new drug reduced relapses by {pc1} in women and by {pc2} in men.",),
    ("The airport hopes for {th1} passengers a year; in {prev} it handled {th2}.",),
    ("Early reports said {c1} people were missing; by evening {c2} were still unaccounted for.",),
    ("It was {tc1} degrees on the coast and {tc2} degrees in the mountains.",),
    ("The planning office approved {hh1} extensions in {year} and {hh2} in {prev}.",),
    ("The winner took {vt1} votes and the runner-up {vt2}.",),
    ("The farm covers {ha1} hectares, {ha2} of which are arable.",),
    ("The landlord claims {usd1} in unpaid rent; the tenants admit to {usd2}.",),
    ("Up to {mm1} millimetres of rain was forecast; {mm2} fell by nightfall.",),
    ("Bread cost {pr1} in the city and {pr2} in the villages.",),
    ("The prosecution asked for {yr1} years, but the judge imposed {yr2}.",),
    ("The virus infected {c1} pupils at the school, {c2} of whom needed hospital treatment.",),
    ("The concert hall will seat {th1} once the balcony opens; it currently seats {th2}.",),
    ("The drone can climb to {ft1} feet but is flown below {ft2}.",),
    ("The lorry carried {lt1} litres of milk, of which {lt2} spilled.",),
    ("The northern gauge recorded {mm1} mm in {month} and the southern gauge {mm2} mm.",),
    ("The deal could be worth as much as {eur1}, with {eur2} paid up front.",),
    ("The first blockade lasted {dy1} days and the second {dy2}.",),
    ("The last runner home took {mn1} minutes and the winner {mn2}.",),
    ("The team's best total this season was {pts1} and its worst {pts2}.",),
    ("Rents rose {pc1} in the capital and {pc2} elsewhere last year.",),
    ("The fire engine reached {spd1} km/h on the dual carriageway but only {spd2} km/h in the old town.",),
    ("The old ferry route was {mi1} miles; the new one is {mi2} miles.",),
    ("The mine produced {tn1} tonnes of ore in {year} and {tn2} tonnes in {prev}.",),
    ("The tugs can tow up to {tn1} tonnes; the barge weighed about {tn2}.",),
    ("The target is to plant {ha1} hectares of woodland; so far {ha2} have been planted.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
