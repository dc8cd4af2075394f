"""Blind4: a fourth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind4`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-23 (started 22:39 UTC) by an independent tester, on branch
``cblind4`` from base commit 0f3b8db201e61fe5affcaeb66755622d547bea80, from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person named differently within one article: misspellings, letter swaps,
doubled/dropped letters, transliteration variants such as Zhang/Chang or
Mikhailov/Mikhaylov; near-misses: two different people with similar names, both
properly introduced, relatives sharing a surname, a place or company named like
a person) and ``conflicting_figures`` (the same quantity stated as fact with two
different numbers in one article, in varied wording; near-misses: hedged
figures, ranges, updates, different occasions/places/groups, parts of a whole,
forecasts, two sources that disagree, a different year).  Fresh: not yet
scored, never used to tune.

What the author read: the brief; ``git rev-parse HEAD`` and ``git status`` of
/work/main; ``ls benchmarks tests`` (file names only); in
benchmarks/consistency_templates_blind3.py the output of a ``grep -n`` for
``^def`` / top-level assignments / comment lines (names and line numbers of its
helpers and lists, including the line numbers at which its four template lists
start) and lines 1-291 (module docstring, imports, people lists, helpers and
context functions, and the first line of the first entry of ``NAME_TEMPLATES``,
printed because the ``sed`` range ran two lines past the list header; nothing
further of any template was read); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind3.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind3\\|BLIND3\\|def sets_for\\|choices="``.  Not read: src/reliability/,
features/, docs/, README.md, benchmarks/results/, any other tests/test_consistency*
file, the templates of blind2 and blind3, the rest of consistency_injection.py,
any git history.  Seen by accident: the first sentence of blind3's first name
template ("[[{full}]], {role} {org}, said the proposal would be put to a vote in
{month}."); nothing here is modelled on it.  After the scripted ``sed`` wiring
of ``blind4`` into consistency_injection.py, ``git diff`` of that file showed
the few lines around each edit (the end of ``SETS``, the ``sets_for`` header
and ``split_templates``, the usage lines of the module docstring); nothing
else of the harness was read.  The blind3 helpers for spelling
numbers and for the mechanical misspellings (``_change``, ``_swap``, ``_drop``,
``_double``, ``spell``, ``value_of``, ``_pair``) are reused as conventions; all
people, places, organisations, name pairs and situations are new.  The detector
was never run on these templates and ``reliability.score`` was never called by
the author.  tests/test_consistency_templates_blind4.py imports the harness
module to check the ``blind4`` wiring (this defines the harness lists in
memory; they are never printed or inspected).

Conventions (those of the harness, as in blind3): a template is a tuple of one
to three sentences with ``{placeholders}``; a context function takes a
``random.Random`` and returns the dict filling them; conflict sides are marked
``[[...]]`` in the template (the full name and the variant surname; the two
numbers); the context key ``"kind"`` names the variant:

* names: ``transliteration``, ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words`` (applies to the small
  counts ``c``, the percentages ``pc`` and the ages ``age``; hundreds ``hh``,
  thousands ``th``, votes ``vt``, money ``usd``/``eur`` and distances ``km``
  are always digits, as copy writes them).

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one, so "rose to", "of whom" and revision
templates read sensibly.  Near-miss templates carry no marks.

Extra context keys of this set: names ``first`` (given name of the person),
near-miss names ``fa``/``fb`` (given names of ``a``/``b``), ``r``/``fr`` (a
relative of ``a`` sharing the surname ``sa``), ``company`` (a firm named like
the surname ``sd`` of the person ``d``); figures ``person`` (an invented name)
and ``year`` / ``prev`` (a year and the year before it).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from consistency_template_kit import (  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)
    _EDITS, _WORD_VALUES, _gender_words, _pair, _round_pair, _styled,
)

# ------------------------------------------------------------------ people

# (first name, surname, "m"/"f"): invented people for mechanical variants.
PERSONS = [
    ("Solveig", "Ramstedt", "f"), ("Casimir", "Zielinski", "m"), ("Adaeze", "Uchendu", "f"),
    ("Evaristo", "Montalban", "m"), ("Harue", "Kobayashi", "f"), ("Radomir", "Vukovic", "m"),
    ("Lakshmi", "Venkataraman", "f"), ("Murdo", "Macaskill", "m"), ("Graziella", "Pellegrino", "f"),
    ("Torbjorn", "Eklund", "m"), ("Samira", "Belkacem", "f"), ("Babatunde", "Olawale", "m"),
    ("Guadalupe", "Echeverria", "f"), ("Leopold", "Stadlmayr", "m"), ("Nomvula", "Dlamini", "f"),
    ("Padraig", "Donnellan", "m"), ("Zsofia", "Horvath", "f"), ("Ambrose", "Trelawney", "m"),
    ("Itzel", "Zamorano", "f"), ("Kofi", "Asante", "m"), ("Ragnhild", "Fossberg", "f"),
    ("Wendelin", "Grubmuller", "m"), ("Philippa", "Ashcombe", "f"), ("Vasile", "Munteanu", "m"),
    ("Nadira", "Sultanova", "f"), ("Obinna", "Ezeokafor", "m"), ("Katalin", "Remenyi", "f"),
    ("Massimo", "Carbonaro", "m"), ("Aino", "Kettunen", "f"), ("Chukwudi", "Onyekachi", "m"),
    ("Beatrix", "Holtzmann", "f"), ("Anatol", "Krasnicki", "m"),
]

# (first name, surname, transliteration variant, "m"/"f"): the same name as two
# romanisations or spellings of one name.
TRANSLITERATIONS_PEOPLE = [
    ("Arseny", "Mikhailov", "Mikhaylov", "m"), ("Ling", "Wang", "Wong", "f"), ("Jae-hyun", "Kim", "Gim", "m"),
    ("Hye-jin", "Jung", "Chung", "f"), ("Rustam", "Yusupov", "Iusupov", "m"), ("Khalid", "Rashid", "Rasheed", "m"),
    ("Oleksandr", "Tkachenko", "Tkatchenko", "m"), ("Natalya", "Kuznetsova", "Kouznetsova", "f"),
    ("Gennady", "Chaikovsky", "Tchaikovsky", "m"), ("Yevgenia", "Zhukova", "Joukova", "f"),
    ("Hamid", "Nasseri", "Nasiri", "m"), ("Aisha", "Mahmoud", "Mahmud", "f"), ("Jing", "Huang", "Hwang", "f"),
    ("Giorgos", "Papadopoulos", "Papadopulos", "m"), ("Vikram", "Chaudhary", "Choudhary", "m"),
    ("Anjali", "Srivastava", "Shrivastava", "f"), ("Nodir", "Khodjaev", "Khodzhaev", "m"),
    ("Yuri", "Fyodorov", "Fedorov", "m"), ("Hüseyin", "Yılmaz", "Yilmaz", "m"), ("Pavla", "Dvořáková", "Dvorakova", "f"),
    ("Ngozi", "Nwosu", "Nwoso", "f"), ("Xin", "Qiu", "Chiu", "f"), ("Tsering", "Dorje", "Dorjee", "m"),
    ("Mustafa", "Doğan", "Dogan", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Larsen", "Larson"), ("Olsen", "Olson"), ("Christensen", "Christiansen"), ("Neumann", "Newman"),
    ("Schmitt", "Schmidt"), ("Wolf", "Wolff"), ("Phillips", "Philips"), ("Mathews", "Matthews"),
    ("Gray", "Grey"), ("Cohen", "Cohn"), ("Klein", "Kline"), ("Bauer", "Baur"), ("Kramer", "Cramer"),
    ("Zimmerman", "Zimmermann"), ("Andersen", "Anderson"), ("Ferreira", "Pereira"), ("Lowe", "Lowry"),
    ("Hart", "Harte"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Thornbury", "Thornbridge"), ("Ellesmere", "Ellesmore"), ("Harlow", "Harlowe Point"),
    ("Calloway", "Callow End"), ("Pemberton", "Pembury"), ("Wexley", "Wexford Mills"),
    ("Stanhope", "Stanhope Crossing"), ("Garside", "Garsdale"), ("Redmayne", "Redmaine"), ("Fairley", "Fairlie"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Brannock", "Brannigan Haulage"), ("Tillson", "Tilson Dairies"), ("Merriweather", "Merriwether Foods"),
    ("Castell", "Castellan Marine"), ("Oakes", "Oakes Brothers Joinery"), ("Pennock", "Penlock Security"),
    ("Hartigan", "Hartington Homes"), ("Dunmore", "Dunsmore Printing"),
]
GIVEN_NAMES = ["Aurelio", "Brigitta", "Cosmo", "Delphine", "Ewan", "Fenna", "Gideon", "Hester", "Ignatius", "Jolene",
               "Kasimir", "Linnea", "Magnus", "Nerys", "Osvaldo", "Petra", "Rasmus", "Saoirse", "Tobias", "Ulla",
               "Valentin", "Wilhelmina"]
PLACES = ["Graythorpe", "Millbeck", "Port Easton", "Kilbrannan", "Upper Sowerby", "Redwater Falls", "Alderbrook",
          "Cranmoor", "Eastleigh Cross", "Santa Lucia del Monte", "Vellmar Heights", "Stourmouth"]
ORGANISATIONS = ["the river conservancy board", "the provincial health service", "the port authority",
                 "the airport operator", "the county library service", "the farmers' cooperative",
                 "the ambulance trust", "the regional arts council", "the bus drivers' union",
                 "the national forestry service", "the residents' association", "the city planning committee"]
ROLES = ["a spokeswoman for", "the director of", "a senior engineer at", "the deputy chair of",
         "the treasurer of", "an adviser to", "the general secretary of", "the press officer for"]
TITLES_M = ["Mr.", "Dr.", "Mayor", "Inspector", "Senator", "Chief", "Alderman"]
TITLES_F = ["Ms.", "Dr.", "Mayor", "Inspector", "Senator", "Chief", "Mrs."]
FIGURE_PEOPLE = ["Ottilie Brandauer", "Cornelius Mabry", "Yolanda Arvizu", "Leopoldo Saraceni", "Winifred Tully",
                 "Desmond Achterberg", "Ifeoma Chukwuma", "Birgitta Solheim", "Horatio Vance", "Mirjam Oosterhuis"]


def _common(rng: random.Random) -> dict[str, str]:
    return {"org": rng.choice(ORGANISATIONS), "role": rng.choice(ROLES), "town": rng.choice(PLACES),
            "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
            "month": rng.choice(["February", "March", "May", "July", "August", "November"])}


def name_context(rng: random.Random) -> dict[str, str]:
    """full: "First Surname"; first: the given name; var: the variant surname; kind: the variant."""
    kind = rng.choice(["transliteration"] + list(_EDITS))
    if kind == "transliteration":
        first, surname, variant, gender = rng.choice(TRANSLITERATIONS_PEOPLE)
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
    """a/b: two different people with look-alike surnames (sa, sb); r: a relative of a (same surname);
    c: a person (sc) and a look-alike place; d: a person (sd) and a company named like them."""
    sa, sb = rng.choice(LOOKALIKE_SURNAMES)
    if rng.random() < 0.5:
        sa, sb = sb, sa
    fa, fb, fc, fd, fr = rng.sample(GIVEN_NAMES, 5)
    sc, place = rng.choice(PLACE_SURNAMES)
    sd, company = rng.choice(COMPANY_SURNAMES)
    context = {"a": f"{fa} {sa}", "sa": sa, "fa": fa, "b": f"{fb} {sb}", "sb": sb, "fb": fb,
               "r": f"{fr} {sa}", "fr": fr, "c": f"{fc} {sc}", "sc": sc, "place": place,
               "d": f"{fd} {sd}", "sd": sd, "company": company, "kind": "near"}
    context.update(_common(rng))
    return context


# ----------------------------------------------------------------- figures


def value_of(text: str) -> float:
    """The number in a rendered side: "4,200", "$3.5 million", "twenty-three percent", "12.5%", "41"."""
    text = text.lower().replace(",", "")
    scale = 1.0
    if "million" in text:
        scale = 1e6
    elif "billion" in text:
        scale = 1e9
    digits = re.search(r"\d+(?:\.\d+)?", text)
    if digits:
        return float(digits.group(0)) * scale
    total = 0
    for word in re.findall(r"[a-z]+", text):
        total += _WORD_VALUES.get(word, 0)
    return float(total) * scale


def _figures(rng: random.Random, ordered: bool) -> dict[str, str]:
    styles = rng.choice([("digits", "digits"), ("words", "digits"), ("digits", "words"), ("words", "words")])
    ctx: dict[str, str] = {"kind": f"{styles[0]}/{styles[1]}"}
    c = _pair(rng, 3, 80, ordered)
    pc = _pair(rng, 4, 75, ordered)
    age = _pair(rng, 19, 91, ordered)
    for i in (0, 1):
        ctx[f"c{i + 1}"] = _styled(c[i], styles[i])
        ctx[f"pc{i + 1}"] = _styled(pc[i], styles[i]) + " percent"
        ctx[f"age{i + 1}"] = _styled(age[i], styles[i])
    hh = _pair(rng, 110, 960, ordered)
    th = _round_pair(rng, 1500, 64000, 100, ordered)
    vt = _pair(rng, 1800, 24500, ordered)
    km = _pair(rng, 8, 720, ordered)
    usd = _pair(rng, 11, 140, ordered)
    eur = _round_pair(rng, 120, 990, 10, ordered)
    for i in (0, 1):
        ctx[f"hh{i + 1}"] = str(hh[i])
        ctx[f"th{i + 1}"] = f"{th[i]:,}"
        ctx[f"vt{i + 1}"] = f"{vt[i]:,}"
        ctx[f"km{i + 1}"] = str(km[i])
        ctx[f"usd{i + 1}"] = f"${usd[i] / 10:.1f} million" if usd[i] % 10 else f"${usd[i] // 10} million"
        ctx[f"eur{i + 1}"] = f"€{eur[i] * 1000:,}"
    year = rng.randint(2016, 2025)
    ctx.update({"person": rng.choice(FIGURE_PEOPLE), "year": str(year), "prev": str(year - 1)})
    ctx.update(_common(rng))
    return ctx


def figure_context(rng: random.Random) -> dict[str, str]:
    return _figures(rng, ordered=False)


def figure_near_context(rng: random.Random) -> dict[str, str]:
    return _figures(rng, ordered=True)

# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("[[{full}]], {role} {org}, told reporters on {day} that the ferry timetable would not change.",
     "\"We have heard the complaints,\" [[{var}]] said."),
    ("The inquiry heard from [[{full}]], who ran the pumping station at {town} for a decade.",
     "[[{var}]] told the panel that the flood alarms had been switched off."),
    ("[[{full}]] was appointed {role} {org} in {month}.",
     "Before that, {title} [[{var}]] spent six years overseeing the harbour dredging contract."),
    ("According to [[{full}]], the orchestra's winter season will open with a free concert in {town}.",
     "Tickets, [[{var}]] added, would be handed out at the library."),
    ("{title} [[{full}]] declined to say whether charges would follow.",
     "In a statement released later, [[{var}]]'s office said the review was continuing."),
    ("Residents of {town} packed the hall to hear [[{full}]] defend the rezoning plan.",
     "At one point [[{var}]] was shouted down by a sheep farmer from the valley."),
    ("[[{full}]] founded the cooperative bakery in {town} after the flour mill closed.",
     "{She} said the bakery now employs half the street.",
     "[[{var}]] plans to open a second shop in the spring."),
    ("The lawsuit was brought by [[{full}]], a nurse who was dismissed in {month}.",
     "Lawyers for [[{var}]] argue that the dismissal breached the union agreement."),
    ("\"This is not over,\" said [[{full}]], {role} {org}.",
     "[[{var}]] vowed to take the matter to the regional court."),
    ("The conservation prize went to [[{full}]] for {her} work on the flood maps of {town}.",
     "Speaking at the ceremony, [[{var}]] thanked the volunteers who had logged the river levels."),
    ("Police identified the driver of the tanker as [[{full}]] of {town}.",
     "[[{var}]] was treated at the scene and released."),
    ("[[{full}]] ({role} {org}) said the audit had found no missing funds.",
     "Critics of [[{var}]] were not convinced."),
    ("The club confirmed on {day} that [[{full}]] will coach the under-18 side next season.",
     "[[{var}]] previously ran the youth academy in {town}."),
    ("[[{full}]] has spent most of {her} career mapping the caves beneath {town}.",
     "Last week {first} [[{var}]] led a group of students into the lowest chamber."),
    ("The chief witness, [[{full}]], said {she} saw the lorry leave the depot before dawn.",
     "Under cross-examination, [[{var}]] admitted that the street lights had been off."),
    ("Emails obtained by this newspaper show that [[{full}]] approved the payments.",
     "A lawyer for {hon} [[{var}]] said the emails had been taken out of context."),
    ("[[{full}]] and {her} neighbours have had no running water since {month}.",
     "\"We carry buckets from the church,\" [[{var}]] said."),
    ("The report was written by [[{full}]], {role} {org}.",
     "[[{var}]]'s conclusions were rejected by the council on {day}."),
    ("After the count, [[{full}]] said the result showed that {town} wanted change.",
     "Supporters carried [[{var}]] out of the sports hall on their shoulders."),
    ("[[{full}]] is expected to announce {her} candidacy on {day}.",
     "Aides to [[{var}]] have been sounding out donors for weeks."),
    ("The museum's new director, [[{full}]], wants to return the carved doors to the village they came from.",
     "\"They belong there,\" said [[{var}]]."),
    ("Engineers led by [[{full}]] inspected the viaduct at {town} on {day}.",
     "The team of {title} [[{var}]] found cracks in two of the piers."),
    ("[[{full}]] resigned as {role} {org} on {day}.",
     "No reason was given, but colleagues said [[{var}]] had clashed with the board over the budget."),
    ("A petition started by [[{full}]] has gathered signatures from every street in {town}.",
     "[[{var}]] will hand it to {org} in {month}."),
    ("The goalkeeper, [[{full}]], saved two penalties in the shoot-out.",
     "It was the second time this season that [[{var}]] had won a match almost single-handed."),
    ("[[{full}]], who chairs the parish planning group, said the hedgerows would be protected.",
     "But documents seen by this paper show that [[{var}]] signed off on their removal in {month}."),
    ("Prosecutors say [[{full}]] ran the scheme from a rented office above a launderette in {town}.",
     "[[{var}]] has pleaded not guilty."),
    ("In an interview, [[{full}]] described the night the dam gave way.",
     "\"The water was at the door within minutes,\" [[{var}]] recalled."),
    ("The grant was won by [[{full}]], a soil scientist at the agricultural college.",
     "[[{var}]]'s team will study how the drought has changed the bacteria in farmland."),
    ("Also on the panel was [[{full}]], {role} {org}.",
     "[[{var}]] argued that fares should be frozen until the new trains arrive."),
    ("[[{full}]] took over the family vineyard outside {town} when {her} father fell ill.",
     "This year, [[{var}]] said, the grapes were picked three weeks early."),
    ("The ombudsman's ruling vindicates [[{full}]], who first raised concerns about the care home in {month}.",
     "[[{var}]] said {she} felt relieved but angry."),
    ("Asked about the delays, [[{full}]] blamed a shortage of welders.",
     "[[{var}]] said the shipyard would take on more apprentices by the summer."),
    ("The novel's author, [[{full}]], grew up above a fishmonger's in {town}.",
     "Much of the book, [[{var}]] says, is drawn from those years."),
    ("[[{full}]] was chosen to lead {org} by a show of hands on {day}.",
     "Members said they hoped [[{var}]] would repair relations with the mayor's office."),
    ("A spokesman said [[{full}]] was recovering in hospital after the collision.",
     "Friends of [[{var}]] have started a collection to replace the wrecked bicycle."),
    ("The parish archive was catalogued by [[{full}]], a retired schoolteacher.",
     "Among the papers [[{var}]] found were letters from the last lighthouse keeper."),
    ("The contract was signed on behalf of {org} by [[{full}]].",
     "Auditors later asked [[{var}]] to explain why no other bids had been sought."),
    ("Villagers credit [[{full}]] with keeping the post office open.",
     "For years [[{var}]] ran it unpaid from {her} front room."),
    ("The new rules were drafted by [[{full}]], {role} {org}.",
     "According to [[{var}]], they will take effect in {month}."),
    ("Judge [[{full}]] adjourned the hearing until {day}.",
     "Lawyers for both sides said they expected Judge [[{var}]] to rule before {month}."),
    ("[[{full}]] ran the {town} marathon to raise money for the hospice.",
     "[[{var}]] finished in just under four hours."),
    ("The climbing party was led by [[{full}]], an experienced mountain guide.",
     "Rescuers reached [[{var}]] and the others late on {day}."),
    ("The company's founder, [[{full}]], stepped down on {day}.",
     "In a farewell letter to staff, [[{var}]] said the firm was in good hands."),
    ("[[{full}]] told the council that the library roof had leaked for years.",
     "Councillors thanked {hon} [[{var}]] and promised an inspection."),
    ("Among the first at the scene was [[{full}]], a volunteer firefighter from {town}.",
     "[[{var}]] pulled two children from the car before it caught fire."),
    ("\"We will rebuild,\" [[{full}]] said outside the burnt-out school.",
     "[[{var}]], the head teacher, said lessons would continue in the church hall."),
    ("[[{full}]] is standing for re-election in {town}.",
     "Posters for {first} [[{var}]] have gone up along the high street."),
    ("The study's lead author, [[{full}]], cautioned against reading too much into the results.",
     "[[{var}]] and colleagues plan a larger trial next year."),
    ("Tenants in the tower block say they first complained to [[{full}]] in {month}.",
     "A spokeswoman for [[{var}]] said every complaint had been answered."),
]

NAME_NEAR_MISSES = [
    ("{a}, {role} {org}, and {b}, a dairy farmer, both spoke at the meeting.",
     "{sa} backed the plan; {sb} opposed it."),
    ("The case pits {a} against {b}, a former business partner.",
     "{sb} says {sa} still owes the firm money."),
    ("{c} grew up in {place}, a hamlet a few miles from {town}.",
     "{sc} still keeps a boat on the lake there."),
    ("{a} and {r} have run the hardware shop on Mill Lane together for years.",
     "{fa} keeps the accounts and {fr} does the deliveries."),
    ("{d} has driven lorries for {company} since leaving school.",
     "{sd} said the firm had always paid on time."),
    ("{a} was named {role} {org} on {day}.",
     "{sa} said the first priority would be the budget.",
     "{sa} starts in {month}."),
    ("Both {a} and {b} applied for the post.",
     "The board chose {sb}, citing experience in {town}."),
    ("{a} and {b} were elected to the council on the same night.",
     "{sa} represents the north ward and {sb} the harbour."),
    ("The award was shared by {a} and {b}.",
     "{sa} wrote the software; {sb} built the sensors."),
    ("{a} watched from the stands as {r}, {fa}'s youngest child, played for the county.",
     "{fr} scored twice on {day}."),
    ("Police named the victim as {a}.",
     "{fa}'s brother, {r}, said the family was devastated."),
    ("The meeting was held at the community hall in {place}.",
     "{c}, who chaired it, said turnout had been good."),
    ("{company} has been fined for polluting the stream near {town}.",
     "{d}, a local angler, first reported the dead fish."),
    ("{a} ({role} {org}) met {b} on {day} to discuss the strike.",
     "Neither {sa} nor {sb} would comment afterwards."),
    ("The spokesperson, {a}, is no relation of {b}, the opposition leader.",
     "{sa} joined {org} in {month}."),
    ("{c} has farmed the land outside {place} for forty years.",
     "{sc} said the new road would cut the farm in two."),
    ("{d} says {company} is no relation.",
     "\"People ask me about it all the time,\" {sd} said."),
    ("{a} and {r}, twins, both qualified for the final.",
     "{fr} won; {fa} came fourth."),
    ("Dr. {a} treated the injured at the scene, helped by nurse {b}.",
     "Dr. {sa} later praised {sb}'s calm."),
    ("{b} replaced {a} as coach in {month}.",
     "{sb} has won five of six games since {sa} left."),
    ("The petition was organised by {a}.",
     "{sa} said it would go to {org} on {day}."),
    ("{c} opened a café on the road to {place}.",
     "Locals joke that {sc} named it after the village, but it is simply the family name."),
    ("The prosecution called {a}; the defence called {b}.",
     "{sb} contradicted almost everything {sa} had said."),
    ("{a} and {r}, who are married, run the pharmacy in {town}.",
     "The {sa} family has run the pharmacy for three generations."),
    ("{d} is a supplier to {company}, which is based in {town}.",
     "{sd} says the firm has still not paid for two deliveries."),
    ("Judge {a} heard the appeal; Judge {b} had heard the original trial.",
     "{sa} overturned the ruling of {sb}."),
    ("{a} has written three books about the coast; {b} has illustrated two of them.",
     "{sa} says {sb} is the better artist."),
    ("{fa} {sa} spoke first.",
     "{sa}, {role} {org}, said the plans had been rushed."),
    ("Residents of {place} have complained about the quarry.",
     "{c}, a councillor, said {org} would investigate."),
    ("{a} beat {b} by a single vote in the ballot for chair.",
     "{sb} called for a recount, which {sa} accepted."),
    ("The goals came from {a} and {b}.",
     "{sa}'s header was the pick of them, although {sb} hit the post twice."),
    ("{r} took over the family boatyard from {a} in {month}.",
     "{fa} still comes in most mornings, {fr} said."),
    ("{company} was founded in {town} and has no link to {d}.",
     "{sd} runs an unrelated bakery on the same street."),
    ("The audit was carried out by {a} and checked by {b}.",
     "{sb} found no errors in {sa}'s figures."),
    ("{c} was born in {place} and now lives in {town}.",
     "{sc} returns every summer for the regatta."),
    ("Two teachers, {a} and {b}, have been suspended.",
     "A spokesperson for {org} said the cases of {sa} and {sb} were unrelated."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The fire at the packing warehouse in {town} injured [[{c1}]] workers, {org} said.",
     "All of the [[{c2}]] injured workers were taken to the same hospital."),
    ("The storm destroyed [[{c1}]] homes on the east side of {town}.",
     "Volunteers have begun clearing the rubble of the [[{c2}]] destroyed houses."),
    ("Police arrested [[{c1}]] people during the protest on {day}.",
     "Of the [[{c2}]] arrested, most were released without charge by the evening."),
    ("The coach was carrying [[{c1}]] passengers when it left the road near {town}.",
     "Rescuers said all [[{c2}]] passengers had been accounted for."),
    ("The school board voted on {day} to close [[{c1}]] primary schools.",
     "Parents at the [[{c2}]] schools facing closure have organised a march."),
    ("The airline has grounded [[{c1}]] aircraft while their engines are inspected.",
     "The [[{c2}]] grounded planes are expected back in service next week."),
    ("[[{hh1}]] families lost their homes in the landslide, {org} said.",
     "Temporary shelter has been found for all [[{hh2}]] families."),
    ("The outbreak has sickened [[{c1}]] children at the nursery in {town}.",
     "Health inspectors are testing food served to the [[{c2}]] sick children."),
    ("The crash killed [[{c1}]] people, police said on {day}.",
     "The names of the [[{c2}]] victims have not been released."),
    ("The quarry employs [[{hh1}]] people, nearly all of them from {town}.",
     "Closing it would put all [[{hh2}]] employees out of work, the union warned."),
    ("Turnout in the {town} by-election was [[{pc1}]], the returning officer said.",
     "Candidates blamed the heavy rain for the [[{pc2}]] turnout."),
    ("On {day}, {org} raised parking charges by [[{pc1}]].",
     "Shopkeepers say the [[{pc2}]] increase will drive customers to the retail park."),
    ("Sales at the bakery chain fell [[{pc1}]] in the last quarter.",
     "The company blamed the [[{pc2}]] drop on the price of wheat."),
    ("A survey by {org} found that [[{pc1}]] of tenants had waited more than a month for repairs.",
     "The [[{pc2}]] figure is the highest the survey has ever recorded."),
    ("The climber, who was [[{age1}]], fell near the summit on {day}.",
     "Friends described the [[{age2}]]-year-old as careful and experienced."),
    ("{person}, [[{age1}]], has run the newsagent in {town} since leaving school.",
     "The [[{age2}]]-year-old says the shop will close when the lease runs out."),
    ("The oldest competitor, a grandmother of [[{age1}]] from {town}, finished third.",
     "At [[{age2}]], she said, it would probably be her last race."),
    ("The harvest festival drew [[{th1}]] visitors over the weekend, organisers said.",
     "Stallholders said the [[{th2}]] visitors had emptied their stalls by Sunday lunchtime."),
    ("The petition to save the maternity unit has [[{th1}]] signatures.",
     "Campaigners will deliver all [[{th2}]] signatures to {org} on {day}."),
    ("The power cut on {day} left [[{th1}]] homes without electricity.",
     "Engineers had reconnected all [[{th2}]] homes by midnight."),
    ("{person} won the mayoral race with [[{vt1}]] votes.",
     "The [[{vt2}]] votes were the most any candidate in {town} has ever received."),
    ("The referendum on the bypass passed with [[{vt1}]] votes in favour.",
     "Opponents said the [[{vt2}]] yes votes did not reflect the views of the outlying villages."),
    ("Last week {org} awarded a [[{usd1}]] contract to resurface the coast road.",
     "Work under the [[{usd2}]] contract is due to begin in {month}."),
    ("The county agreed on {day} to pay [[{usd1}]] to settle the lawsuit.",
     "The [[{usd2}]] settlement is the largest in the county's history."),
    ("The new library cost [[{usd1}]], paid for largely by a single donor.",
     "Critics questioned whether [[{usd2}]] was a sensible price for a building of that size."),
    ("Thieves took paintings worth [[{usd1}]] from the gallery in {town}.",
     "Insurers have offered a reward for the return of the [[{usd2}]] haul."),
    ("The fine imposed on the shipping company was [[{eur1}]].",
     "The company said it would appeal against the [[{eur2}]] penalty."),
    ("The village raised [[{eur1}]] to repair the church tower.",
     "Everyone who gave to the [[{eur2}]] appeal will be invited to the reopening in {month}."),
    ("According to its accounts, {org} spent [[{eur1}]] on consultants last year.",
     "The [[{eur2}]] bill was raised by opposition members on {day}."),
    ("The gas pipeline will run [[{km1}]] kilometres from the coast to {town}.",
     "Landowners along the [[{km2}]]-kilometre route have been offered compensation."),
    ("The ultra-runners covered [[{km1}]] km over three days.",
     "Only a handful of entrants completed the full [[{km2}]] km."),
    ("The wildfire has burned along [[{km1}]] kilometres of the highway.",
     "Crews are trying to stop it spreading beyond the [[{km2}]] kilometres already affected."),
    ("The district hospital has [[{hh1}]] beds.",
     "All [[{hh2}]] beds were occupied on {day}, staff said."),
    ("The cruise ship had [[{hh1}]] crew members on board.",
     "The [[{hh2}]] crew were kept on the ship while the passengers disembarked."),
    ("The earthquake killed [[{c1}]] people in the hill villages above {town}.",
     "Funerals for the [[{c2}]] dead began on {day}."),
    ("[[{th1}]] runners took part in the {town} half-marathon on {day}.",
     "Organisers said the [[{th2}]] runners had raised money for the hospice."),
    ("The strike involved [[{hh1}]] bus drivers across the region.",
     "Managers met representatives of the [[{hh2}]] striking drivers on {day}."),
    ("The victim was a man from {town}, aged [[{age1}]].",
     "Neighbours said the man, who was [[{age2}]], had lived alone for years."),
    ("The union said [[{pc1}]] of its members had voted to strike.",
     "The [[{pc2}]] vote in favour gives the leadership a clear mandate, {person} said."),
    ("The drug trial enrolled [[{hh1}]] patients at four hospitals.",
     "Researchers followed the [[{hh2}]] patients for two years."),
    ("The zoo's new aviary houses [[{c1}]] species of bird.",
     "Keepers said all [[{c2}]] species had settled in well."),
    ("The fraud cost pensioners a total of [[{usd1}]].",
     "Prosecutors say the [[{usd2}]] was moved through shell companies in {town}."),
    ("Annual fees at the music college will go up by [[{eur1}]].",
     "The [[{eur2}]] increase was approved by the governors on {day}."),
    ("The dam holds back a reservoir [[{km1}]] kilometres long.",
     "At [[{km2}]] kilometres, it is the longest lake in the province."),
    ("The packaging firm will cut [[{hh1}]] jobs at its plant in {town}.",
     "The [[{hh2}]] job losses will be completed by {month}."),
    ("A total of [[{c1}]] candidates are standing for the council.",
     "Voters will choose from the [[{c2}]] candidates on {day}."),
    ("The bridge closure adds [[{km1}]] kilometres to the journey for commuters from {town}.",
     "Drivers say the [[{km2}]]-kilometre detour is costing them an hour a day."),
    ("The inquiry heard evidence from [[{c1}]] witnesses.",
     "The chair thanked all [[{c2}]] witnesses in the final report."),
    ("{person} was fined after [[{c1}]] sheep strayed onto the railway line.",
     "The [[{c2}]] animals were rounded up by the fire brigade."),
    ("The ballot drew [[{vt1}]] votes, {org} said.",
     "Of the [[{vt2}]] ballots cast, only a few dozen were spoiled."),
]

FIGURE_NEAR_MISSES = [
    ("The blaze injured as many as {c1} workers, {org} said.",
     "Hospital staff said {c2} of them were still being treated."),
    ("Between {c2} and {c1} people were thought to be on the boat when it capsized.",),
    ("The death toll rose to {c1} on {day}, up from {c2} the day before.",),
    ("Turnout was {pc2} by midday and reached {pc1} by the close of polls.",),
    ("The festival drew {th1} visitors in {year}.",
     "In {prev}, {th2} people attended."),
    ("The company expects to sell {th1} bicycles next year.",
     "It sold {th2} this year."),
    ("Organisers said {th1} people joined the march; police put the figure at {th2}.",),
    ("The storm destroyed {c1} homes in {town} and {c2} in the neighbouring village.",),
    ("Of the {hh1} patients in the trial, {hh2} received the new drug.",),
    ("The driver, {age1}, and a passenger, {age2}, were both taken to hospital.",),
    ("The original budget was {usd1}; the council later trimmed it to {usd2}.",),
    ("The county had sought {eur1} in damages but was awarded {eur2}.",),
    ("The pipeline will eventually run {km1} kilometres.",
     "The first phase, due in {month}, covers {km2} kilometres."),
    ("In the ballot, {pc1} of members voted, and {pc2} of all members backed a strike.",),
    ("The mayor received {vt1} votes and her challenger {vt2}.",),
    ("Roughly {th1} homes lost power at the height of the storm.",
     "By morning {th2} were still without electricity."),
    ("The hospital has {hh1} beds, of which {hh2} are in the new wing.",),
    ("Police estimated the crowd at around {th1} on {day} evening.",
     "Earlier in the day about {th2} people had gathered outside the town hall."),
    ("Estimates of the number killed range from {c2} to {c1}.",),
    ("The union says {th1} members will strike; management says no more than {th2} will walk out.",),
    ("The mayor, {age1}, faces a former teacher aged {age2} in the election.",),
    ("The club had {hh1} members in {month}, up from {hh2} a year earlier.",),
    ("Rents in {town} have risen {pc1} since 2010 and {pc2} in the past year alone.",),
    ("The first stage covers {km1} kilometres and the second {km2}.",),
    ("The fine could reach {eur1}, although lawyers expect something closer to {eur2}.",),
    ("In {year} the charity raised {usd1}.",
     "In {prev} it raised {usd2}."),
    ("The coach was carrying {c1} passengers, {c2} of whom were children.",),
    ("The earthquake may have killed up to {c1} people, officials warned.",
     "So far {c2} deaths have been confirmed."),
    ("The school had {hh1} pupils when it opened; today it has {hh2}.",),
    ("Sales fell {pc1} at the city-centre store and {pc2} at the branch in {town}.",),
    ("The farm is {km1} kilometres from {town}; the nearest vet is {km2} kilometres away.",),
    ("The proposal would raise the annual fee to {eur1}.",
     "The current fee is {eur2}."),
    ("Of the {vt1} ballots cast, {vt2} went to {person}.",),
    ("Nearly {c1} people applied for the jobs, and {c2} were hired.",),
    ("The settlement, first reported as {usd1}, was corrected to {usd2} in court papers filed on {day}.",),
    ("An earlier version of this article said {c1} people had been arrested.",
     "The correct figure is {c2}."),
    ("{person} died at {age1}; a younger sibling had died at {age2}.",),
    ("The plant will employ {hh1} people once fully open, the company forecast.",
     "It currently has {hh2} staff."),
]
