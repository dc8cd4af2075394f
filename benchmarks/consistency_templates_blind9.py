"""Blind9: a ninth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind9`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 03:46:18 UTC, ``date -u``) by an independent
tester, on branch ``cblind9`` (worktree /work/wt/cblind9) from base commit
906ec20244325fbbc51afdbce865a20bce822c7a (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant; near-misses: two different people with similar names,
both introduced, relatives sharing a surname, a place, company or product named
like a person) and ``conflicting_figures`` (one quantity stated as fact with two
different numbers in one article, in varied wording -- digits and number words;
counts, money, percentages, measures, durations, ages, speeds, distances,
prices, scores, votes; near-misses: hedged or estimated figures, ranges,
updates, different occasions/places/groups/years, parts of a whole, forecasts
against outcomes, two named sources that disagree).
Fresh: to be scored once before and once after session 15's last round, never used to tune.

What the author read: the brief; ``date -u``, ``git rev-parse HEAD``,
``git branch --show-current`` and ``git status --short`` of the worktree
(clean); ``wc -l`` of the three files below;
benchmarks/consistency_templates_blind8.py (whole file: header, people lists,
helpers, context functions and all four template lists -- it is development
data now; none of its sentences, people, places, organisations or name pairs is
reused here), plus a count of its four lists (53 / 54 / 40 / 40) obtained by
loading that module alone, and ``grep -n`` of its line numbers for the
machinery section that was copied; tests/consistency_template_checks.py and
tests/test_consistency_templates_blind8.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind8\\|BLIND8\\|def sets_for\\|choices=\\|^SPLITS"``.  After the scripted
``sed`` wiring of ``blind9`` into consistency_injection.py (a usage line after
blind8's; ``"blind9"`` added to ``SPLITS``, to the two ``split in/not in``
tuples and to the ``sets_for`` docstring), ``git diff`` of that file showed by
accident the few lines around each edit: the usage lines of the module
docstring (blind6/blind7/blind8 usage lines, a ``--per-kind 120 --seed
20160927 --output report.md`` example, and the end of a sentence about a
``held_out`` half taking odd positions), the end of the harness's ``SETS``
dict (the ``conflicting_figures`` entry naming its own ``FIGURE_TEMPLATES``,
``FIGURE_NEAR_MISSES``, ``figure_context`` and a lambda calling
``figure_context(rng, ordered=True)``), the ``sets_for`` header and its
``import importlib.util``, and the first lines of ``split_templates`` (blind
sets use every template; the other splits take even or odd positions by
parity).  That is everything seen by accident (the same lines blind8's header
reports); nothing else of the harness was read, and the file was only
byte-compiled (``python -m py_compile``), never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind7, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind9.py imports the harness
module to check the ``blind9`` wiring (the harness's lists are never printed or
inspected), and loads blind8's module to check that no person, surname pair,
place, organisation or template sentence is shared with it (earlier sets could
not be checked, as their templates were not to be read; the brief's example
pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and every pair
named in blind8, were deliberately not used).  The author ran only the
well-formedness tests (blind8's and blind9's; blind8's own test loads blind7's
module, whose content was not printed), which run no detector, and rendered a
few samples of this module's own templates with a throwaway script outside the
worktree (not committed).

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``) and the context-function signatures
are blind8's, unchanged; two figure families are added: ``mm`` (millimetres of
rain, 15 to 240, digits) and ``pr`` (shop prices in dollars and cents, $1.50 to
$48.00, e.g. ``$4.35``).  All people, places, organisations, name pairs and
sentences are new.  This set has 53 name templates, 55 figure templates, 40 name
near-misses and 42 figure near-misses.

Conventions (those of the harness, as in blind3 to blind8): a template is a
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
  ``km``, speeds ``spd`` (km/h), weights ``kg``, minutes ``mn``, temperatures
  ``tc`` (degrees Celsius), points ``pts``, hectares ``ha`` and rainfall
  ``mm`` are always digits, as copy writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys of this set (as blind8): names ``first`` (given name of the
person); near-miss names ``fa``/``fb`` (given names of ``a``/``b``),
``r``/``fr`` (a relative or namesake of ``a`` sharing the surname ``sa``),
``c``/``sc`` and a look-alike ``place``, ``d``/``sd`` and a ``company`` named
like them, ``e``/``se`` and a ``product`` named like them; figures ``person``
(an invented name) and ``year`` / ``prev`` (a year and the year before it).
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
    ("Thaddeus", "Whitcombe", "m"), ("Marguerite", "Lavoisier", "f"), ("Emeka", "Onyekachi", "m"),
    ("Rosamund", "Fairweather", "f"), ("Barnaby", "Cholmondeley", "m"), ("Zdenka", "Kratochvilova", "f"),
    ("Ezequiel", "Barrientos", "m"), ("Remedios", "Castellanos", "f"), ("Percival", "Dunstable", "m"),
    ("Clementine", "Featherstone", "f"), ("Olumide", "Adebayo", "m"), ("Araminta", "Pendleton", "f"),
    ("Torbjorn", "Lindqvist", "m"), ("Ingrid", "Fjeldstad", "f"), ("Evander", "Montalvo", "m"),
    ("Harriet", "Kilbride", "f"), ("Dragan", "Milosavljevic", "m"), ("Abena", "Asantewaa", "f"),
    ("Horatio", "Wetherall", "m"), ("Liesel", "Brandauer", "f"), ("Giancarlo", "Santoro", "m"),
    ("Itziar", "Goikoetxea", "f"), ("Fitzroy", "Stanhope", "m"), ("Apolline", "Marchetti", "f"),
    ("Miklos", "Szabolcsi", "m"), ("Thandeka", "Mahlangu", "f"), ("Bartholomew", "Quennell", "m"),
    ("Eulalie", "Rochefort", "f"), ("Kofi", "Mensah-Bonsu", "m"), ("Prudence", "Gosling", "f"),
    ("Radomir", "Kucharczyk", "m"), ("Theodora", "Winstanley", "f"), ("Konstantin", "Rosenblatt", "m"),
    ("Ngozi", "Ekwueme", "f"), ("Montague", "Brackenbury", "m"), ("Astrid", "Kjellberg", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese,
# Persian, Greek, Indian, Turkish, German umlauts/eszett, Czech/Polish diacritics
# dropped, Portuguese cedilla, Hebrew, Scottish Mc/Mac).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Faisal", "Abdallah", "Abdullah", "m"), ("Layla", "Hussein", "Husain", "f"), ("Rania", "Qasim", "Kassem", "f"),
    ("Samir", "Nasrallah", "Nasralla", "m"), ("Yasmin", "Ashour", "Achour", "f"),
    # Russian / Ukrainian
    ("Dmitry", "Kovalyov", "Kovalev", "m"), ("Svetlana", "Vasilyeva", "Vassilieva", "f"),
    ("Andriy", "Shevchuk", "Chevtchouk", "m"), ("Olena", "Hrytsenko", "Gritsenko", "f"),
    ("Arkady", "Yakovlev", "Jakowlew", "m"),
    # Chinese (pinyin vs Wade-Giles)
    ("Wei", "Zhou", "Chou", "m"), ("Mei", "Xu", "Hsu", "f"), ("Lan", "Cao", "Tsao", "f"), ("Tao", "Zheng", "Cheng", "m"),
    # Korean
    ("Min-ji", "Choi", "Choe", "f"), ("Jae-won", "Kang", "Gang", "m"), ("Hyun-woo", "Yoon", "Yun", "m"),
    # Japanese
    ("Takeshi", "Kondoh", "Kondo", "m"), ("Aiko", "Saitoh", "Saito", "f"), ("Haruki", "Ohta", "Ota", "m"),
    # Persian
    ("Farzad", "Hosseini", "Husseini", "m"), ("Shirin", "Tehrani", "Tahrani", "f"), ("Kourosh", "Jafari", "Djafari", "m"),
    # Greek
    ("Eleni", "Papadopoulou", "Papadopulu", "f"), ("Yannis", "Konstantinou", "Constantinou", "m"),
    # Indian
    ("Anil", "Chatterjee", "Chatterji", "m"), ("Priya", "Mukherjee", "Mukherji", "f"), ("Vikram", "Reddy", "Reddi", "m"),
    # Turkish
    ("Emre", "Öztürk", "Ozturk", "m"), ("Zeynep", "Şahin", "Sahin", "f"),
    # German umlauts / eszett
    ("Jürgen", "Schröder", "Schroeder", "m"), ("Gisela", "Weiß", "Weiss", "f"),
    # Czech / Polish diacritics dropped
    ("Jiří", "Novák", "Novak", "m"), ("Katarzyna", "Zielińska", "Zielinska", "f"),
    # Portuguese cedilla
    ("João", "Gonçalves", "Goncalves", "m"),
    # Hebrew
    ("Yossi", "Cohen", "Kohen", "m"), ("Tamar", "Katz", "Kats", "f"),
    # Scottish Mc / Mac
    ("Hamish", "McLeod", "MacLeod", "m"), ("Fiona", "McKenzie", "MacKenzie", "f"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Stephens", "Stevens"), ("Reid", "Reed"), ("Thomson", "Thompson"), ("Allen", "Allan"), ("Carr", "Kerr"),
    ("Hanson", "Hansen"), ("Meyer", "Maier"), ("Fischer", "Fisher"), ("Nielsen", "Nilsen"), ("Walsh", "Welsh"),
    ("Brown", "Browne"), ("Clarke", "Clark"), ("Fry", "Frey"), ("Hurst", "Hirst"), ("Price", "Pryce"),
    ("Lyons", "Lyon"), ("Keane", "Kean"), ("Hughes", "Hewes"), ("Sandford", "Sanford"), ("Fox", "Foxe"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Carlisle", "Carlisle Bay"), ("Stafford", "Staffordstown"), ("Warwick", "Warwick Wharf"),
    ("Kingsley", "Kingsley Vale"), ("Ashby", "Ashby Parva"), ("Thornton", "Thornton Heath"),
    ("Wembley", "Wembley Park"), ("Hastings", "Hastings Cove"), ("Clifton", "Clyfton Down"),
    ("Radcliffe", "Radcliffe-on-Trent"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Gallagher", "Gallacher Plumbing"), ("Dawson", "Dawsons Removals"), ("Fairbairn", "Fairburn Coaches"),
    ("Kirkwood", "Kirkwood Dairies"), ("Merriman", "Merryman Toys"), ("Lockhart", "Lockheart Security"),
    ("Rutherford", "Rutherfords Opticians"), ("Treadwell", "Tredwell Tyres"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Ashcroft", "the Ashcroft folding bicycle"), ("Beckett", "the Becket espresso machine"),
    ("Carver", "the Carva kitchen knife"), ("Dalton", "the Daltons smart thermostat"),
    ("Everett", "the Everette baby monitor"), ("Griffin", "the Gryffin e-reader"),
    ("Hadley", "the Hadley ride-on lawnmower"),
]
GIVEN_NAMES = ["Anselm", "Bronwen", "Crispin", "Dagny", "Eamon", "Flavia", "Gideon", "Hermione", "Ivor", "Juniper",
               "Kasimir", "Linnea", "Mordecai", "Noelle", "Osric", "Perpetua", "Quentin", "Romilly", "Sebastian",
               "Tamsin", "Ulric", "Verity"]
PLACES = ["Fallowfield Cross", "Nether Wyncombe", "Porthgarrow", "Castelnuovo Alto", "Brackenmoor", "Eastleigh Sands",
          "Dunmarren", "Highcross Vale", "Saint-Aubin-sur-Lys", "Oakhurst Mill", "Ravensdale", "Lower Sedgebrook"]
ORGANISATIONS = ["the coastguard agency", "the teachers' union", "the food standards agency", "the rail regulator",
                 "the fire brigade", "the chamber of commerce", "the rugby union", "the meteorological institute",
                 "the housing ombudsman", "the prison service", "the heritage trust", "the dock workers' federation"]
ROLES = ["a spokesman for", "the chief executive of", "a solicitor for", "the secretary of", "an analyst at",
         "the communications head at", "the president of", "an adviser to"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Councillor", "Sergeant", "Justice", "Father"]
TITLES_F = ["Ms.", "Dr.", "Professor", "Councillor", "Sergeant", "Justice", "Sister"]
FIGURE_PEOPLE = ["Anneliese Corrigan", "Bartosz Heaney", "Celestine Okoro", "Dashiell Marwood", "Eloise Carrabba",
                 "Fergus Lindahl", "Giulietta Brandt", "Horace Mbatha", "Ines Vautrin", "Jasper Oduya"]


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
    e: a person (se) and a product named like them."""
    sa, sb = rng.choice(LOOKALIKE_SURNAMES)
    if rng.random() < 0.5:
        sa, sb = sb, sa
    fa, fb, fc, fd, fe, fr = rng.sample(GIVEN_NAMES, 6)
    sc, place = rng.choice(PLACE_SURNAMES)
    sd, company = rng.choice(COMPANY_SURNAMES)
    se, product = rng.choice(PRODUCT_SURNAMES)
    context = {"a": f"{fa} {sa}", "sa": sa, "fa": fa, "b": f"{fb} {sb}", "sb": sb, "fb": fb,
               "r": f"{fr} {sa}", "fr": fr, "c": f"{fc} {sc}", "sc": sc, "place": place,
               "d": f"{fd} {sd}", "sd": sd, "company": company, "e": f"{fe} {se}", "se": se,
               "product": product, "kind": "near"}
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
    ("Goalkeeper [[{full}]] saved two penalties in the shoot-out as the part-timers reached the quarter-finals.",
     "Afterwards [[{var}]] said {she} had studied videos of every opposition taker."),
    ("The conductor [[{full}]] walked off the podium in {town} on {day} after a phone rang during the slow movement.",
     "Audience members said [[{var}]] returned ten minutes later to loud applause."),
    ("A beekeeper, [[{full}]], has lost forty hives to a virus that spread from imported queens.",
     "\"It's like watching your life's work evaporate,\" said [[{var}]]."),
    ("[[{full}]] has been named head of the inquiry into the collapsed school roof.",
     "In a brief statement, [[{var}]] promised to publish every document {she} receives."),
    ("Lifeboat volunteers rescued [[{full}]] after {her} kayak capsized off the headland.",
     "[[{var}]], who was wearing a buoyancy aid, had been in the water for forty minutes."),
    ("The planning committee rejected an application by [[{full}]] to turn a disused chapel into flats.",
     "[[{var}]] now plans to appeal to the government's inspector."),
    ("Striker [[{full}]] has signed a two-year contract with the newly promoted side.",
     "The club refused to disclose how much it paid for [[{var}]]."),
    ("Tributes have been paid to [[{full}]], the founder of the {town} folk festival, who has died aged 81.",
     "Friends remembered [[{var}]] as generous, stubborn and permanently late."),
    ("Prison officers found a mobile phone in the cell of [[{full}]] during a routine search.",
     "[[{var}]] is serving a life sentence for the murder of a security guard."),
    ("The economist [[{full}]] warned on {day} that the housing market was heading for a correction.",
     "Mortgage rates, according to [[{var}]], will stay high well into next year."),
    ("A retired headteacher, [[{full}]], has walked the length of the country to raise money for a hospice.",
     "Along the way [[{var}]] wore out four pairs of boots."),
    ("Council leader [[{full}]] survived a vote of no confidence by a single vote.",
     "Opponents accused [[{var}]] of relying on the support of a councillor under investigation."),
    ("The surgeon [[{full}]] separated the conjoined twins in an operation lasting most of the night.",
     "Both babies are stable, [[{var}]] told reporters the next morning."),
    ("Police want to speak to [[{full}]] in connection with a burglary at a jeweller's in {town}.",
     "Anyone who sees [[{var}]] is asked not to approach {her}."),
    ("The sculptor [[{full}]] has been commissioned to make a memorial to the miners.",
     "It will be cast in bronze at a foundry [[{var}]] has used for years."),
    ("[[{full}]] topped the poll in the by-election with a majority of several hundred.",
     "It is the first time the ward has elected a candidate from [[{var}]]'s party."),
    ("An astronomer at the observatory, [[{full}]], spotted the comet while checking images for asteroids.",
     "The comet will now carry [[{var}]]'s name."),
    ("Tenants in the tower block have chosen [[{full}]] to represent them at the fire safety hearing.",
     "{title} [[{var}]] lives on the fourteenth floor."),
    ("[[{full}]] was cleared of fraud on {day} after a six-week trial.",
     "Outside court, [[{var}]] thanked {her} family for standing by {her}."),
    ("The head chef of the harbour hotel, [[{full}]], has won the region's first Michelin star.",
     "Staff celebrated in the kitchen while [[{var}]] phoned {her} mother."),
    ("A lorry driver, [[{full}]], stopped a runaway pram rolling towards the dual carriageway.",
     "The baby's mother said [[{var}]] had saved her son's life."),
    ("The new poet laureate is [[{full}]], whose collection about {her} grandmother's farm sold out twice.",
     "Reading at the ceremony, [[{var}]] was visibly moved."),
    ("Climate activists led by [[{full}]] glued themselves to the entrance of the oil company's headquarters.",
     "A judge later released [[{var}]] on bail."),
    ("The academy's new principal, [[{full}]], has banned mobile phones from the school day.",
     "Parents are divided, but [[{var}]] says behaviour has already improved."),
    ("A pilot, [[{full}]], landed the light aircraft in a field after its engine cut out.",
     "Farmers helped [[{var}]] and two passengers out of the cockpit."),
    ("Investigative reporter [[{full}]] has been awarded the press freedom prize.",
     "[[{var}]]'s reporting exposed the neglect of care home residents in {town}."),
    ("The appeal court has overturned the conviction of [[{full}]], jailed in 2009 for a robbery {she} always denied.",
     "DNA evidence shows that [[{var}]] could not have been the attacker."),
    ("Sprinter [[{full}]] broke the national record in the heats on {day}.",
     "In the final, [[{var}]] could only finish fourth."),
    ("The mayor's chief of staff, [[{full}]], resigned on {day} over a leaked email.",
     "In it, [[{var}]] had described residents of {town} as ungrateful."),
    ("Farmers in the valley have been offered compensation after a dam built by [[{full}]] flooded their fields.",
     "[[{var}]] said the dam had been approved by {org}."),
    ("[[{full}]], a midwife, has delivered more than two thousand babies in {town}.",
     "At a party to mark {her} retirement, several of them came to thank [[{var}]]."),
    ("The treasure hunter [[{full}]] unearthed a hoard of Roman coins with a metal detector.",
     "The coroner will decide whether [[{var}]] is entitled to a reward."),
    ("A complaint against [[{full}]], a family doctor, has been upheld by the medical regulator.",
     "[[{var}]] had failed to refer a patient with a suspected tumour."),
    ("The spacecraft's flight director, [[{full}]], counted down the final seconds before launch.",
     "\"It was perfect,\" [[{var}]] said afterwards."),
    ("[[{full}]] has quit the band {she} founded, citing exhaustion.",
     "The remaining members said they would tour without [[{var}]]."),
    ("The bishop of the diocese, [[{full}]], has apologised to survivors of abuse at a church children's home.",
     "Campaigners said the apology from [[{var}]] came decades too late."),
    ("A ferry passenger, [[{full}]], filmed the moment the ramp collapsed.",
     "The video posted by [[{var}]] has been viewed millions of times."),
    ("Wicketkeeper [[{full}]] took six catches on the opening day.",
     "[[{var}]] has now been called up to the national squad."),
    ("The data regulator fined a clinic run by [[{full}]] for leaving patient files in a skip.",
     "[[{var}]] blamed a contractor."),
    ("[[{full}]] was sworn in on {day} as the county's chief prosecutor.",
     "Among [[{var}]]'s first cases will be the collapse of the car park in {town}."),
    ("Wildlife officers have praised [[{full}]], a shepherd who reported a poisoned eagle on {her} land.",
     "Tests confirmed what [[{var}]] had suspected."),
    ("The hostage negotiator [[{full}]] spent nine hours on the phone to the gunman.",
     "He eventually surrendered to [[{var}]] without a shot being fired."),
    ("A tenant, [[{full}]], has won damages from a landlord who ignored mould in {her} flat for three years.",
     "[[{var}]]'s young son had developed asthma."),
    ("The festival's artistic director, [[{full}]], has cancelled the closing concert because of the weather.",
     "Ticket holders will be refunded, [[{var}]] said."),
    ("Cyclist [[{full}]] attacked on the final climb and won the stage by forty seconds.",
     "The leader's jersey now belongs to [[{var}]]."),
    ("Inspectors were let into the factory by [[{full}]], the night shift supervisor.",
     "Later, [[{var}]] told them that the fire doors had been chained shut for months."),
    ("The translator [[{full}]] has won the international prize for {her} version of a Georgian epic.",
     "[[{var}]] will share the prize money with the author's estate."),
    ("[[{full}]], who was born in {town}, has become the oldest person to row the Atlantic alone.",
     "Family members waved flags as [[{var}]] stepped onto the quay."),
    ("A whistleblower, [[{full}]], told MPs that safety checks at the plant had been faked.",
     "The company has suspended [[{var}]] pending an investigation."),
    ("Auctioneers valued the painting found in the loft of [[{full}]] at a six-figure sum.",
     "[[{var}]] had bought it for a few pounds at a car boot sale in the 1980s."),
    ("The referee, [[{full}]], sent off three players in the first half.",
     "Both managers criticised [[{var}]] after the match, and the league will review the footage."),
    ("[[{full}]], {role} {org}, announced on {day} that the service would be cut back over the winter.",
     "Union officials met [[{var}]] the same afternoon.",
     "No agreement was reached."),
    ("Villagers have raised enough money to buy the pub from its owner, [[{full}]].",
     "The sale was agreed after [[{var}]] turned down a higher offer from a developer."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} were both shortlisted for the young scientist award.",
     "{sa} studies coral; {sb} works on batteries."),
    ("{a} and {r}, who are cousins, both reached the final of the national piping championship.",
     "{fr} played first; {fa} won."),
    ("Flooding has cut off the road to {place} for a third day.",
     "{c}, who delivers groceries there, said {sc} had been turning back orders."),
    ("{company} has won a contract to supply the hospital.",
     "{d}, a nurse there, said {sd} knew nothing about the deal until reading the paper."),
    ("{e} has no connection with {product}, despite the name.",
     "{se} says the jokes wore thin long ago."),
    ("The chess prodigy {a} drew with the grandmaster {b} in {town}.",
     "{sb} offered the draw; {sa} accepted after some thought."),
    ("For the defence, {a} questioned the witness, {b}, about the timings.",
     "{sb} admitted the clock might have been wrong."),
    ("{r} handed the family farm to {a}, {fr}'s grandchild, in {month}.",
     "{fa} plans to switch to organic milk."),
    ("A new footbridge will open in {place} in {month}.",
     "{c}, an engineer who worked on it, said {sc} was proud of the design."),
    ("{company} has been fined for paying its suppliers late.",
     "{d}, one of those suppliers, said {sd} waited six months for an invoice to be paid."),
    ("Reviewers praised {product} for its battery life.",
     "{e}, who reviews gadgets for a living, called it the best of the year."),
    ("{a} and {b} will co-chair the commission on rural broadband.",
     "{sa} represents the farmers; {sb} the telecoms industry."),
    ("{a} and {r}, who are married, run the bed and breakfast together.",
     "{fa} cooks; {fr} does the accounts."),
    ("{c} was born in {place} but has lived abroad for thirty years.",
     "{sc} returned on {day} for a school reunion."),
    ("In the tennis final, {a} beat {b} in straight sets.",
     "{sb} had not dropped a set all week; {sa} had needed three in every round."),
    ("{d} once applied for a job at {company}.",
     "{sd} did not get it."),
    ("Queues formed before dawn on {day} when {product} went on sale.",
     "{e}, a shop manager in {town}, sold out by noon."),
    ("The inquiry heard from {a}, a fire officer, and from {b}, a building inspector.",
     "{sa} described the smoke; {sb} described the cladding."),
    ("{r}, a former mayor, watched {a}, {fr}'s eldest grandchild, take the oath as a councillor.",
     "{fa} is the fourth member of the family to serve."),
    ("Rail passengers to {place} face delays until {month}.",
     "{c}, a commuter, said {sc} now leaves home an hour earlier."),
    ("Staff at {company} were told on {day} that the depot would close.",
     "{d}, the local MP, said {sd} would fight to save the jobs."),
    ("The archers {a} and {b} tied for first place.",
     "{sa} won the shoot-off; {sb} took silver."),
    ("{e} designed the packaging for {product}.",
     "{se} jokes that the client chose the agency for its name."),
    ("Two candidates, {a} and {b}, are standing for the chair of the health board.",
     "{sb} is the favourite; {sa} has the backing of the nurses."),
    ("{a} and {r}, twins, graduated on the same day in {town}.",
     "{fa} studied law; {fr} studied medicine."),
    ("{c} has painted {place} in every season.",
     "{sc}'s exhibition opens in {month}."),
    ("{company} sponsors the local football club.",
     "{d}, its captain, said {sd} was often teased about the shirts."),
    ("A faulty charger has forced the recall of {product}.",
     "{e} of the consumers' association urged owners to stop using it."),
    ("The violinist {a} and the cellist {b} have formed a duo.",
     "{sa} writes the arrangements; {sb} books the concerts."),
    ("{a} and {r}, a married couple, both stood for the council.",
     "{fr} won; {fa} lost by eleven votes."),
    ("A landslide has closed the railway at {place}.",
     "{c}, the stationmaster, said {sc} had never seen anything like it."),
    ("{d} has no shares in {company}.",
     "{sd} wants that made clear."),
    ("{e}, an engineer, tested {product} in freezing conditions.",
     "{se} reported that it kept working."),
    ("The arbitrator {a} rejected an argument by {b}, counsel for the airline.",
     "{sb} said the airline would appeal; {sa} declined to comment."),
    ("{r} founded the boatyard; {a}, {fr}'s great-nephew, runs it today.",
     "{fa} still uses the old slipway."),
    ("A new primary school is planned for {place}.",
     "{c}, a governor at the existing one, said {sc} welcomed the news."),
    ("{company} was founded in {town} in 1952.",
     "{d}, a local historian, says {sd}'s own family had nothing to do with it."),
    ("Engineers in {town} designed {product}.",
     "{e} bought one on {day}."),
    ("{a} won the mayoral primary, beating {b} by a wide margin.",
     "{sb} conceded on {day}; {sa} thanked volunteers."),
    ("{a} and {b} share an office at the university.",
     "{sa} and {sb} have never written a paper together."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("Heavy rain dumped [[{mm1}]] millimetres on {town} in a single afternoon, {org} said.",
     "Drains were simply overwhelmed by the [[{mm2}]] mm that fell."),
    ("A bottle of olive oil now costs [[{pr1}]] in the town's supermarkets.",
     "Shoppers said paying [[{pr2}]] a bottle was unthinkable two years ago."),
    ("Firefighters rescued [[{c1}]] people from the upper floors of the burning hotel.",
     "All [[{c2}]] guests were taken to a nearby sports hall."),
    ("Jury awards [[{usd1}]] to injured climber.",
     "A jury in {town} on {day} ordered the equipment maker to pay the climber [[{usd2}]] in damages."),
    ("The strike by refuse workers has now lasted [[{wk1}]] weeks.",
     "Union leaders said the [[{wk2}]]-week dispute could end if the council improved its offer."),
    ("Inflation fell to [[{pc1}]] in {month}, the statistics office said on {day}.",
     "Economists had not expected the rate to drop to [[{pc2}]] so quickly."),
    ("The oldest resident of the care home, who celebrated her birthday on {day}, is [[{age1}]].",
     "Staff baked a cake with [[{age2}]] candles."),
    ("Postal ballots totalled [[{vt1}]], the returning officer said.",
     "Counting the [[{vt2}]] postal votes delayed the result until dawn."),
    ("The bridge's main span is [[{hh1}]] metres long.",
     "When it opens, the [[{hh2}]]-metre span will be the longest in the country."),
    ("Police seized [[{kg1}]] kilograms of cocaine hidden among bananas at the port.",
     "Customs officers said the haul, [[{kg2}]] kg in all, had a street value in the millions."),
    ("The new high-speed train hit [[{spd1}]] km/h on the test track.",
     "\"[[{spd2}]] km/h with passengers on board is what we promised,\" said {person}, {role} {org}."),
    ("The detainee has refused food for [[{dy1}]] days, his lawyer said.",
     "Doctors who examined him said that after [[{dy2}]] days without eating his organs were at risk."),
    ("The village school has [[{c1}]] pupils on its roll this term.",
     "With only [[{c2}]] children, it is the smallest in the county."),
    ("Electricity bills will go up by [[{pc1}]] from {month}, the regulator announced.",
     "For a typical household, a rise of [[{pc2}]] means hundreds more a year."),
    ("The driver, aged [[{age1}]], was arrested at the scene.",
     "Police have not named the [[{age2}]]-year-old."),
    ("The painting sold for [[{gbp1}]] at auction on {day}.",
     "Its owner had expected far less than the [[{gbp2}]] it fetched."),
    ("[[{th1}]] runners took part in the city marathon on {day}.",
     "Organisers said all [[{th2}]] participants had been given a medal and a foil blanket."),
    ("The motorway will be shut for [[{wk1}]] weeks while the viaduct is repaired.",
     "Hauliers say a closure of [[{wk2}]] weeks will cost them dearly."),
    ("Ambulances waited outside the emergency department for [[{mn1}]] minutes on average last week.",
     "The trust's chief executive said [[{mn2}]]-minute handovers were unacceptable."),
    ("The club has sold its training ground to a developer for [[{eur1}]].",
     "Fans protested that [[{eur2}]] was far below its true value."),
    ("Police made [[{c1}]] arrests during the protest outside parliament.",
     "Those [[{c2}]] people were held overnight and released on {day}."),
    ("The forest fire has destroyed [[{ha1}]] hectares of pine.",
     "Satellite images show the scale of the [[{ha2}]] hectares lost."),
    ("The cable car journey to the summit takes [[{mn1}]] minutes.",
     "Visitors say the [[{mn2}]] minutes pass quickly because of the views."),
    ("The ship was carrying [[{hh1}]] cattle when it lost power in the storm.",
     "Vets who boarded in port found all [[{hh2}]] animals alive."),
    ("The heaviest pumpkin at the show weighed [[{kg1}]] kilograms.",
     "Its grower said the [[{kg2}]] kg giant had been fed on seaweed."),
    ("The president was elected with [[{pc1}]] of the vote in the second round.",
     "Supporters celebrated in the streets as the [[{pc2}]] result was announced."),
    ("The tunnel boring machine has completed [[{km1}]] kilometres of the metro extension.",
     "Engineers said the [[{km2}]] km bored so far had gone through waterlogged clay."),
    ("The siege of the town lasted [[{dy1}]] days.",
     "Survivors of those [[{dy2}]] days described eating grass."),
    ("The orchestra's autumn tour visits [[{c1}]] cities.",
     "Its musicians will play [[{c2}]] concerts, one in each city."),
    ("The new head of the central bank, {person}, is [[{age1}]].",
     "At [[{age2}]], {person} is the youngest governor in its history."),
    ("There are [[{th1}]] families on the council's housing waiting list.",
     "\"[[{th2}]] families without a proper home is a disgrace,\" said {person}, {role} {org}."),
    ("The storm's strongest gust, [[{spd1}]] km/h, was recorded on the pier.",
     "Forecasters said the [[{spd2}]] km/h gust on the pier was the strongest in a decade."),
    ("A former bank manager admitted stealing [[{gbp1}]] from elderly customers.",
     "The court heard that the [[{gbp2}]] was spent on holidays and a sports car."),
    ("Bus fares in the city are rising by [[{pc1}]] from {month}.",
     "Passenger groups said the [[{pc2}]] increase would hit the poorest hardest."),
    ("The state spent [[{usd1}]] on consultants last year, an audit found.",
     "Lawmakers demanded to know what the [[{usd2}]] had bought.",
     "The audit office will report again in {month}."),
    ("The typhoon made landfall with winds of [[{spd1}]] km/h.",
     "Trees were uprooted across the province as the [[{spd2}]] km/h winds swept inland."),
    ("The union said [[{vt1}]] members voted to accept the pay offer.",
     "Those [[{vt2}]] votes amounted to a clear majority, its general secretary said."),
    ("The ferry serves [[{c1}]] islands in the archipelago.",
     "Families on all [[{c2}]] of them depend on it for food and fuel."),
    ("The basketball team scored [[{pts1}]] points against the league leaders on {day}.",
     "The [[{pts2}]]-point total was a season high."),
    ("The lighthouse keeper served for [[{yr1}]] years.",
     "Over those [[{yr2}]] years he kept a diary of every ship that passed."),
    ("The fossil fish found in the quarry is [[{c1}]] centimetres long.",
     "Palaeontologists said the [[{c2}]]-centimetre specimen was almost complete."),
    ("The bank's chief executive earned [[{usd1}]] last year.",
     "Shareholders voted against the [[{usd2}]] package at the annual meeting."),
    ("The cave divers reached a depth of [[{hh1}]] metres, a record for the system.",
     "At [[{hh2}]] metres, the water was close to freezing."),
    ("The city spent [[{eur1}]] on new Christmas lights.",
     "Opposition councillors said the [[{eur2}]] would have been better spent on the night shelter."),
    ("The climber, who is [[{age1}]], became the oldest person to reach the summit.",
     "Guides said the [[{age2}]]-year-old climbed strongly throughout."),
    ("Trains on the branch line were halted for [[{mn1}]] minutes after a signal failure.",
     "Passengers stranded for [[{mn2}]] minutes were offered refunds."),
    ("Coastguards searched for [[{c1}]] missing fishermen after their trawler sank.",
     "Relatives of the [[{c2}]] crew gathered at the harbour."),
    ("The nature reserve has grown to [[{ha1}]] hectares after the trust bought a neighbouring farm.",
     "Its [[{ha2}]] hectares are home to otters and bitterns."),
    ("The ice sheet has lost [[{pc1}]] of its volume since {year}, researchers said.",
     "The loss of [[{pc2}]] is faster than any model predicted."),
    ("A jockey was fined [[{gbp1}]] for excessive use of the whip.",
     "He said he would appeal against the [[{gbp2}]] penalty."),
    ("The heatwave pushed temperatures to [[{tc1}]] degrees in {town} on {day}.",
     "Roads melted in the [[{tc2}]]-degree heat."),
    ("The fraudster was jailed for [[{yr1}]] years on {day}.",
     "He will serve at least half of the [[{yr2}]]-year term before he can apply for parole."),
    ("The rainfall total for the month reached [[{mm1}]] millimetres at the airport gauge.",
     "Farmers said [[{mm2}]] mm in {month} had left fields too wet to plant."),
    ("A cup of coffee at the stadium costs [[{pr1}]].",
     "Fans have started a petition against the [[{pr2}]] price."),
    ("The flood appeal has raised [[{eur1}]] since {month}.",
     "Donations came from schools, churches and football clubs.",
     "The [[{eur2}]] total will go to families who lost their homes."),
]

FIGURE_NEAR_MISSES = [
    ("Officials said roughly {th1} people had been evacuated, though the figure could change.",
     "By the evening {th2} had returned home."),
    ("The forecast is for {mm2} to {mm1} millimetres of rain on {day}.",),
    ("The number of patients waiting on trolleys rose to {c1} on {day}, from {c2} the previous day.",),
    ("The airline first said {hh2} flights were cancelled, later raising the figure to {hh1}.",),
    ("Inflation was {pc1} in {year}, against {pc2} in {prev}.",),
    ("The ring road will eventually be {km1} kilometres long; {km2} kilometres are finished.",),
    ("The youngest finisher was {age2}; the oldest was {age1}.",),
    ("Of the {vt1} votes cast, {vt2} went to the winning candidate.",),
    ("Analysts expected the jobless rate to reach {pc1}; in the event it was {pc2}.",),
    ("Organisers put the crowd at {th1}; police said about {th2}.",),
    ("The first trial lasted {dy1} days; the retrial lasted {dy2}.",),
    ("The storm damaged {hh1} roofs in {town} and {hh2} in the surrounding villages.",),
    ("The university's budget is {usd1}, of which {usd2} goes on research.",),
    ("Perhaps {c1} households still lack running water, engineers estimate.",
     "About {c2} may be reconnected by {day}."),
    ("The aircraft can fly at {spd1} km/h but cruises at {spd2} km/h to save fuel.",),
    ("The bell weighs {kg1} kilograms; its clapper weighs {kg2}.",),
    ("The gallery had {th1} visitors in {year} and {th2} in {prev}.",),
    ("Up to {c1} posts may go, the company said; {c2} staff have applied for voluntary redundancy.",),
    ("Between {th2} and {th1} people are thought to have attended the rally.",),
    ("The girls' team scored {pts1} points; the boys' team scored {pts2}.",),
    ("The bank was fined {eur1}; on appeal the penalty was reduced to {eur2}.",),
    ("Trains took {mn1} minutes on average, against a timetabled {mn2}.",),
    ("The longest stage of the race is {km1} kilometres; the shortest is {km2}.",),
    ("The two climbers, aged {age1} and {age2}, were airlifted off the mountain.",),
    ("Engineers think the repairs could cost about {gbp1}.",
     "A survey last year suggested {gbp2}."),
    ("Nurses in the capital struck for {wk1} weeks; those in the provinces for {wk2}.",),
    ("A poll for {org} suggested around {pc1} backed the plan.",
     "Another, commissioned by {person}, found {pc2}."),
    ("The drug reduced relapses by {pc1} in adults and by {pc2} in children.",),
    ("The park hopes for {th1} visitors a year once the lake is restored; last year it had {th2}.",),
    ("Initial reports put the number of dead at {c1}; officials later confirmed {c2}.",),
    ("It was {tc1} degrees on the coast and {tc2} degrees inland.",),
    ("The council issued {hh1} parking permits in {year} and {hh2} in {prev}.",),
    ("{person} received {vt1} votes, and the runner-up {vt2}.",),
    ("The farm covers {ha1} hectares, {ha2} of them arable.",),
    ("The union says members are owed {usd1}; the employer says {usd2}.",),
    ("Temperatures could reach {tc1} degrees on {day}, forecasters said; the high so far this week is {tc2}.",),
    ("Last year's charity run raised {gbp1}; this year's has raised {gbp2} so far.",),
    ("A loaf cost {pr1} in {year}, up from {pr2} in {prev}.",),
    ("Rain gauges recorded {mm1} millimetres in the hills and {mm2} in the valley.",),
    ("The judge could have imposed {yr1} years; she imposed {yr2}.",),
    ("The hospital treated {c1} casualties, {c2} of them children.",),
    ("The new stadium will seat {th1} when complete; the old one held {th2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
