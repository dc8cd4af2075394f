"""Blind7: a seventh independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind7`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 02:07:07 UTC, ``date -u``) by an independent
tester, on branch ``cblind7`` (worktree /work/wt/cblind7) from base commit
1a46f62f6b3d50536ff358b360e0347e8efb6b93 (``git rev-parse HEAD``), from the
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
Fresh: to be scored once before and once after a round, never used to tune.

What the author read: the brief; ``date -u``, ``git rev-parse HEAD`` and
``git status --short`` of the worktree (clean); ``wc -l`` of the three files
below; benchmarks/consistency_templates_blind6.py (whole file: header, people
lists, helpers, context functions and all four template lists -- it is
development data now; none of its sentences, people, places, organisations or
name pairs is reused here), plus a count of its four lists (53 / 38 / 53 / 40)
obtained by loading that module alone; tests/consistency_template_checks.py and
tests/test_consistency_templates_blind6.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind6\\|BLIND6\\|def sets_for\\|choices=\\|^SPLITS"``.  After the scripted
``sed`` wiring of ``blind7`` into consistency_injection.py (a usage line after
blind6's; ``"blind7"`` added to ``SPLITS``, to the two ``split in/not in``
tuples and to the ``sets_for`` docstring), ``git diff`` of that file showed by
accident the few lines around each edit: the usage lines of the module
docstring (blind4/blind5/blind6 usage lines, a ``--per-kind 120 --seed
20160927 --output report.md`` example, and the end of a sentence about a
``held_out`` half taking odd positions), the end of the harness's ``SETS``
dict (the ``conflicting_figures`` entry naming its own ``FIGURE_TEMPLATES``,
``FIGURE_NEAR_MISSES``, ``figure_context`` and a lambda calling
``figure_context(rng, ordered=True)``), the ``sets_for`` header and its
``import importlib.util``, and the first lines of ``split_templates`` (blind
sets use every template; the other splits take even or odd positions by
parity).  That is everything seen by accident; nothing else of the harness was
read, and the file was only byte-compiled (``python -m py_compile``), never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind5, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind7.py imports the harness
module to check the ``blind7`` wiring (the harness's lists are never printed or
inspected), and loads blind6's module to check that no person, surname pair,
place or template is shared with it.  The author ran only the well-formedness tests (blind6's and
blind7's), which run no detector, and rendered a few samples of this module's
own templates with a throwaway script (not committed).

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``) and the context-function signatures
are blind6's, unchanged; two figure families are added: ``wk`` (week counts,
styled like the small counts) and ``pts`` (points scored, digits).  All people,
places, organisations, name pairs and sentences are new.

Conventions (those of the harness, as in blind3 to blind6): a template is a
tuple of one to three sentences with ``{placeholders}``; a context function
takes a ``random.Random`` and returns the dict filling them; conflict sides are
marked ``[[...]]`` in the template (the full name and the variant surname; the
two numbers); the context key ``"kind"`` names the variant:

* names: ``transliteration`` (drawn about a third of the time; the pair's two
  spellings are used in either order), ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words`` (applies to the small
  counts ``c``, percentages ``pc``, ages ``age``, day counts ``dy`` and week
  counts ``wk``); hundreds ``hh``, thousands ``th``, votes ``vt``, money
  ``usd``/``eur``/``gbp``, distances ``km``, speeds ``spd`` (km/h), weights
  ``kg``, minutes ``mn``, temperatures ``tc`` (degrees Celsius) and points
  ``pts`` are always digits, as copy writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys of this set (as blind6): names ``first`` (given name of the
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
    ("Wojciech", "Szczepanski", "m"), ("Henrietta", "Aldersgate", "f"), ("Chukwuemeka", "Okonkwo", "m"),
    ("Perpetua", "Fairweather", "f"), ("Bartholomew", "Quigley", "m"), ("Ludmila", "Hrdlickova", "f"),
    ("Osvaldo", "Bettencourt", "m"), ("Marisol", "Echeverria", "f"), ("Thaddeus", "Winterbottom", "m"),
    ("Rosalind", "Featherstone", "f"), ("Emeka", "Adebayo", "m"), ("Clementine", "Ashworth", "f"),
    ("Fergus", "Lindqvist", "m"), ("Dagny", "Hallvardsen", "f"), ("Rupert", "Castellanos", "m"),
    ("Imelda", "Fitzwilliam", "f"), ("Stanislav", "Kolarovic", "m"), ("Wanjiru", "Kamau", "f"),
    ("Crispin", "Mortimer", "m"), ("Hildegard", "Oberholzer", "f"), ("Aurelio", "Santangelo", "m"),
    ("Yolanda", "Bustamante", "f"), ("Barnaby", "Underhill", "m"), ("Agathe", "Montfort", "f"),
    ("Zoltan", "Kerekes", "m"), ("Thandiwe", "Mahlangu", "f"), ("Percival", "Rotherham", "m"),
    ("Marguerite", "Lestrange", "f"), ("Kwabena", "Asante", "m"), ("Lavinia", "Pemberton", "f"),
    ("Jaroslav", "Vondracek", "m"), ("Rosamund", "Wetherell", "f"), ("Anselm", "Grunewald", "m"),
    ("Oluwaseun", "Adeyemi", "f"), ("Desmond", "Carrington", "m"), ("Ingeborg", "Tollefsen", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese,
# Persian, Greek, Indian, Turkish, German umlauts/eszett, Czech/Portuguese
# diacritics dropped, Hebrew, Scottish Mc/Mac).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Samir", "Haddad", "Hadad", "m"), ("Rania", "Qassem", "Kassem", "f"), ("Walid", "Hussein", "Husain", "m"),
    ("Leila", "Abboud", "Aboud", "f"), ("Karim", "Bakri", "Bakry", "m"),
    # Russian / Ukrainian
    ("Dmitri", "Fyodorov", "Fedorov", "m"), ("Svetlana", "Yakovleva", "Iakovleva", "f"),
    ("Oleksandr", "Shevchuk", "Chevtchouk", "m"), ("Anastasia", "Zhukova", "Joukova", "f"),
    ("Mykola", "Kravchenko", "Krawczenko", "m"),
    # Chinese (pinyin vs Wade-Giles)
    ("Wei", "Zhou", "Chou", "m"), ("Mei", "Zhang", "Chang", "f"), ("Jun", "Xu", "Hsu", "m"), ("Lan", "Cai", "Tsai", "f"),
    # Korean
    ("Seo-yeon", "Choi", "Choe", "f"), ("Dong-hyun", "Kang", "Gang", "m"), ("Min-ji", "Roh", "Noh", "f"),
    # Japanese
    ("Takeshi", "Saitoh", "Saito", "m"), ("Emiko", "Kohno", "Kono", "f"), ("Ryota", "Yuuki", "Yuki", "m"),
    # Persian
    ("Reza", "Hosseini", "Husseini", "m"), ("Farhad", "Ghorbani", "Qorbani", "m"), ("Shirin", "Jafari", "Djafari", "f"),
    # Greek
    ("Yannis", "Christodoulou", "Hristodoulou", "m"), ("Eleni", "Konstantinou", "Constantinou", "f"),
    # Indian
    ("Priya", "Mukherjee", "Mukherji", "f"), ("Arjun", "Banerjee", "Bandyopadhyay", "m"),
    ("Kavita", "Agarwal", "Aggarwal", "f"),
    # Turkish
    ("Emre", "Öztürk", "Ozturk", "m"), ("Elif", "Şahin", "Sahin", "f"),
    # German umlauts / eszett
    ("Jürgen", "Schröder", "Schroeder", "m"), ("Käthe", "Großmann", "Grossmann", "f"),
    # Czech / Portuguese diacritics dropped
    ("Zdeňka", "Růžičková", "Ruzickova", "f"), ("Joaquim", "Gonçalves", "Goncalves", "m"),
    # Hebrew
    ("Yael", "Cohen", "Kohen", "f"), ("Moshe", "Katz", "Kats", "m"),
    # Scottish Mc / Mac
    ("Fiona", "McLeod", "MacLeod", "f"), ("Hamish", "McKenzie", "MacKenzie", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Reid", "Reed"), ("Thompson", "Thomson"), ("Stewart", "Stuart"), ("Meyer", "Meier"), ("Fischer", "Fisher"),
    ("Jensen", "Jenson"), ("Petersen", "Peterson"), ("Hansen", "Hanson"), ("Rossi", "Russo"), ("Ferreira", "Pereira"),
    ("Kelly", "Kelley"), ("Allen", "Allan"), ("Baker", "Barker"), ("Walsh", "Welsh"), ("Moran", "Morgan"),
    ("Wolf", "Wolfe"), ("Stein", "Stern"), ("Carr", "Kerr"), ("Rees", "Rhys"), ("Nowak", "Novak"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Marlow", "Marlowe Heath"), ("Kingston", "Kingstone"), ("Fairbairn", "Fairburn"), ("Wetherby", "Weatherby Moor"),
    ("Ormsby", "Ormesby St Margaret"), ("Denholm", "Denholme"), ("Langley", "Langley Marish"),
    ("Sherwood", "Sherwood Rise"), ("Appleby", "Appleby-in-Westmorland"), ("Bradshaw", "Bradshaw Brow"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Ferguson", "Fergusson Plant Hire"), ("Mackintosh", "McIntosh Outdoor Clothing"),
    ("Rowntree", "Rowntrees Removals"), ("Cadogan", "Cadogan Estates"), ("Bellamy", "Bellamy & Daughters Opticians"),
    ("Goodwin", "Goodwyn Motors"), ("Thornton", "Thorntons Plumbing"), ("Pritchard", "Prichard Logistics"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Ellison", "the Elison electric kettle"), ("Dawson", "the Dawson 40 kayak"), ("Hudson", "the Hudsen mountain bike"),
    ("Lowell", "the Lowel reading lamp"), ("Garland", "the Garland hybrid rose"),
    ("Rutherford", "the Rutherford board game"), ("Kimball", "the Kimbal upright piano"),
]
GIVEN_NAMES = ["Ailsa", "Bertrand", "Coralie", "Evander", "Florentyna", "Gideon", "Hermione", "Ivo", "Jessamy",
               "Kasimir", "Lorcan", "Melisande", "Niamh", "Octavian", "Philomena", "Quentin", "Rhiannon", "Severin",
               "Tallulah", "Ulrich", "Vivienne", "Wystan"]
PLACES = ["Brackwater", "Lower Stanbridge", "Castelnuovo", "Eastmoor", "Tillingham Quay", "Great Oxley",
          "Porthkerris", "Ravensmoor", "Drumcallan", "San Lorenzo de Alba", "Hollinwood", "Whitcombe Vale"]
ORGANISATIONS = ["the regional fire brigade", "the rail operator", "the competition authority",
                 "the meteorological office", "the teachers' union", "the housing association",
                 "the prison inspectorate", "the canal trust", "the coastguard agency",
                 "the children's hospital", "the county cricket club", "the chamber of commerce"]
ROLES = ["a spokesman for", "the chief executive of", "a barrister for", "the vice-chair of", "an analyst at",
         "the head of communications at", "the secretary of", "a former adviser to"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Councillor", "Sergeant", "Justice", "Father"]
TITLES_F = ["Ms.", "Dr.", "Professor", "Councillor", "Sergeant", "Justice", "Sister"]
FIGURE_PEOPLE = ["Anselma Quayle", "Barnabas Okoro", "Delphine Marchetti", "Eamon Tierney", "Greer Lockhart",
                 "Horace Penhaligon", "Ingrid Solheim", "Kofi Mensah-Bonsu", "Leocadia Ruiz", "Torquil Maclaren"]


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
    for i in (0, 1):
        ctx[f"c{i + 1}"] = _styled(c[i], styles[i])
        ctx[f"wk{i + 1}"] = _styled(wk[i], styles[i])
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
    ("[[{full}]] scored twice in the second half as the visitors came from behind to win in {town}.",
     "It was the first time [[{var}]] had started a league match since {month}."),
    ("The inquest heard from [[{full}]], the pathologist who carried out the post-mortem examination.",
     "[[{var}]] told the coroner the injuries were consistent with a fall."),
    ("A petition started by [[{full}]] to save the lido has passed ten thousand signatures.",
     "The council will now debate it, and [[{var}]] has been invited to speak."),
    ("Passengers stranded overnight at the station included [[{full}]], who was travelling to a funeral.",
     "\"Nobody told us anything for five hours,\" said [[{var}]]."),
    ("[[{full}]], {role} {org}, has resigned with immediate effect.",
     "In a short statement, [[{var}]] cited family reasons."),
    ("The appeal court quashed the conviction of [[{full}]] on {day}.",
     "Outside the building, [[{var}]] hugged {her} children and thanked the jury campaigners."),
    ("Vineyard owner [[{full}]] lost most of this year's grapes to a hailstorm.",
     "Insurance will cover only part of the damage, according to [[{var}]]."),
    ("The astronomer [[{full}]] spotted the comet from an observatory above {town}.",
     "It will be named after [[{var}]], the international union confirmed."),
    ("A new chief executive, [[{full}]], took charge of the struggling hospital trust in {month}.",
     "Within weeks [[{var}]] had scrapped the car parking charges for staff."),
    ("[[{full}]] was found guilty of dangerous driving at {town} crown court.",
     "Sentencing [[{var}]], the judge said the crash had been entirely avoidable."),
    ("When the lifts failed, caretaker [[{full}]] carried shopping up the stairs for elderly tenants.",
     "Residents want [[{var}]] recognised in the honours list."),
    ("Talks between the airline and its pilots broke down on {day}, said [[{full}]], the union's negotiator.",
     "[[{var}]] accused management of walking away from an agreed deal."),
    ("The planning committee rejected the wind farm despite the support of [[{full}]], its chair.",
     "{title} [[{var}]] said the decision would be challenged."),
    ("In a rare interview, the reclusive composer [[{full}]] spoke about {her} new opera.",
     "The work took [[{var}]] seven years to complete."),
    ("Tennis player [[{full}]] retired hurt in the third set with a wrist injury.",
     "Doctors will assess [[{var}]] before the doubles final on {day}."),
    ("The bakery run by [[{full}]] in {town} has been voted the best in the county.",
     "Queues form outside [[{var}]]'s shop before it opens at seven."),
    ("Geologist [[{full}]] has warned that the volcano is showing signs of unrest.",
     "Measurements taken by [[{var}]]'s team show the ground rising by several centimetres a month."),
    ("Among those evacuated from the burning tower was [[{full}]], a retired teacher.",
     "Firefighters led [[{var}]] down fourteen flights of stairs."),
    ("The supermarket's founder, [[{full}]], has died at home in {town}.",
     "Tributes to [[{var}]] came from staff, suppliers and rivals."),
    ("[[{full}]] has been named the new head coach of the national rugby side.",
     "The federation said [[{var}]] had signed a four-year contract."),
    ("According to [[{full}]], {role} {org}, the cuts will fall hardest on rural areas.",
     "[[{var}]] urged ministers to think again before {month}."),
    ("The two-day trial of [[{full}]] ended on {day} with an acquittal.",
     "Jurors took less than an hour to clear [[{var}]] of all charges."),
    ("Climate scientist [[{full}]] will give this year's public lecture at the university.",
     "Tickets for [[{var}]]'s talk sold out within a day."),
    ("Hundreds lined the streets of {town} for the funeral of [[{full}]], a popular local GP.",
     "[[{var}]] had worked at the surgery for thirty-five years."),
    ("[[{full}]] was elected leader of the opposition group on the county council.",
     "Colleagues describe [[{var}]] as a tough but fair negotiator."),
    ("Fire crews rescued [[{full}]] from the flooded underpass in the early hours of {day}.",
     "[[{var}]] had tried to drive through water more than a metre deep."),
    ("Shares in the mining group fell after [[{full}]] stepped down as finance director.",
     "Analysts said the departure of [[{var}]] raised questions about the accounts."),
    ("The sculpture in the market square is the work of [[{full}]], who grew up nearby.",
     "It took [[{var}]] two winters to carve the granite."),
    ("Midwife [[{full}]] delivered twins in the back of an ambulance on the bypass.",
     "Both babies are well, [[{var}]] said later."),
    ("A dispute between neighbours in {town} reached the high court when [[{full}]] sued over a hedge.",
     "The judge told [[{var}]] that the case should never have come to court."),
    ("[[{full}]] is among the five finalists for the national poetry prize.",
     "The winning poem will be announced in {month}, and [[{var}]] is the bookmakers' favourite."),
    ("Trading standards officers raided premises belonging to [[{full}]] on {day}.",
     "Counterfeit perfume worth thousands was found, and [[{var}]] was arrested."),
    ("The race was won by [[{full}]], who broke clear on the final climb.",
     "[[{var}]] crossed the line with both arms raised."),
    ("Ministers have appointed [[{full}]] to review the safety of the country's dams.",
     "[[{var}]] is due to report before the end of {month}."),
    ("Water from the burst main flooded the kitchen of [[{full}]], who lives on the corner.",
     "The utility has offered [[{var}]] compensation and a hotel room."),
    ("The museum's curator, [[{full}]], identified the coin as Roman.",
     "[[{var}]] believes it was lost by a soldier on the march north."),
    ("A complaint by [[{full}]] about the noise from the nightclub was upheld on {day}.",
     "The club must now close at midnight, a decision [[{var}]] called long overdue."),
    ("The new bishop, [[{full}]], was enthroned at the cathedral on {day}.",
     "In {her} first sermon, [[{var}]] spoke about loneliness."),
    ("[[{full}]] has sailed single-handed around the world in record time.",
     "Crowds gathered on the harbour wall at {town} to welcome [[{var}]] home."),
    ("The hospital's infection control lead, [[{full}]], ordered the ward closed.",
     "Visitors will be allowed back once [[{var}]] is satisfied the outbreak is over."),
    ("Campaigners led by [[{full}]] have won a judicial review of the incinerator plan.",
     "The ruling vindicated [[{var}]]'s arguments about air quality."),
    ("Goalkeeper [[{full}]] saved two penalties in the shoot-out.",
     "Team-mates carried [[{var}]] off the pitch on their shoulders."),
    ("{org} has suspended [[{full}]] pending an investigation into expenses claims.",
     "[[{var}]] denies any wrongdoing."),
    ("An exhibition of photographs by [[{full}]] opens at the city gallery in {month}.",
     "Most of [[{var}]]'s pictures were taken on the night bus."),
    ("[[{full}]], who runs the food bank in {town}, says demand has never been higher.",
     "Volunteers told [[{var}]] that the shelves were empty by Wednesday."),
    ("The judge in the case, [[{full}]], adjourned the hearing until {month}.",
     "Lawyers for the defence had asked [[{var}]] for more time."),
    ("Engineer [[{full}]] designed the footbridge that collapsed on {day}.",
     "Investigators have asked [[{var}]] for the original calculations."),
    ("The farmer [[{full}]] found the missing walker in a barn at first light.",
     "\"{She} was cold but talking,\" [[{var}]] said."),
    ("A new study by [[{full}]] links poor sleep to heart disease in middle age.",
     "The data, [[{var}]] said, came from forty thousand volunteers."),
    ("[[{full}]] will captain the county side this summer.",
     "Club officials said [[{var}]] had earned the honour."),
    ("Residents have praised [[{full}]], a bus driver who stopped to help at a crash near {town}.",
     "The bus company has written to thank [[{var}]]."),
    ("The long-serving council leader, [[{full}]], lost {her} seat in the election on {day}.",
     "[[{var}]] conceded defeat shortly after three in the morning."),
    ("The violinist [[{full}]] left a rare instrument on a train at {town}.",
     "Rail staff returned it to [[{var}]] the next morning."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} were both called as witnesses at the planning inquiry.",
     "{sa} spoke for the developers; {sb} lives next to the site."),
    ("{a} and {r}, who are siblings, inherited the family farm outside {town} in {month}.",
     "{fr} runs the dairy herd while {fa} looks after the sheep."),
    ("Flood warnings remain in place for {place}.",
     "{c}, whose shop there was flooded last winter, said {sc} had already moved the stock upstairs."),
    ("{company} has been fined for breaching health and safety rules.",
     "{d}, who chairs the local residents' association, said no one should confuse the firm with {sd}'s family."),
    ("{e} admits to being asked about {product} at least once a week.",
     "{se} has never owned one."),
    ("Midfielder {a} was booked for a foul on {b} just before half-time.",
     "{sb} limped off minutes later, and {sa} was substituted soon after."),
    ("The defence barrister {a} cross-examined the detective, {b}, for most of {day}.",
     "{sb} insisted the interview had been conducted properly; {sa} suggested otherwise."),
    ("{r} handed over the family jewellery business to {a}, {fr}'s eldest child, in {month}.",
     "{fa} is the fourth generation to run it."),
    ("The road through {place} will be closed for resurfacing from {day}.",
     "{c}, a delivery driver, said {sc} would have to start work an hour earlier."),
    ("{d} said the family had nothing to do with {company}, despite the similar name.",
     "{sd} learned of the firm's existence from a wrong number."),
    ("A shipment of {product} arrived late at the shop in {town}.",
     "{e}, the owner, said customers had been waiting since {month}."),
    ("{a} and {b} have been shortlisted to become the next chief constable.",
     "{sa} currently leads {org}; {sb} is a deputy chief constable in the north."),
    ("{a} and {r}, a parent and child, both qualified as doctors this summer.",
     "{fr} will work in {town}; {fa} has taken a post in paediatrics."),
    ("{c} has written a guidebook to the walks around {place}.",
     "{sc} spent three years researching it."),
    ("The bowler {a} took four wickets and the batsman {b} scored a century.",
     "{sb} was named player of the match ahead of {sa}."),
    ("Asked about {company}, {d} laughed.",
     "\"No relation,\" {sd} said, \"though I do get their post.\""),
    ("{product} has won a design award.",
     "{e}, a member of the judging panel, declared an interest because of the name."),
    ("The inquiry is led by {a}, a retired judge, with {b}, an accountant, as assessor.",
     "{sa} and {sb} will take evidence in {town} from {month}."),
    ("{r} founded the garage in {town}; {a}, {fr}'s grandchild, runs it today.",
     "{fa} has added an electric charging point."),
    ("Walkers on the coast path between {place} and {town} were warned of rockfalls.",
     "{c}, a coastguard volunteer, said {sc} had closed one section."),
    ("Workers at {company} voted to strike on {day}.",
     "{d}, a union organiser who has never worked there, addressed the rally."),
    ("{a} beat {b} in the final of the national spelling bee.",
     "{sb} stumbled on the word 'onomatopoeia'; {sa} spelled it without hesitation."),
    ("{e} reviewed {product} for the local paper.",
     "{se} praised its design but criticised the price."),
    ("The conductor {a} and the soloist {b} took their bows together.",
     "{sb} then played an encore while {sa} looked on."),
    ("{a} and {r} are cousins who both stood in the parish election.",
     "{fa} won; {fr} came fourth."),
    ("Property prices in {place} have risen sharply.",
     "{c}, an estate agent, said buyers were moving there from {town}."),
    ("{b} succeeds {a} as head of the music department.",
     "{sa} retires in {month} after twenty years; {sb} joins from a school in {town}."),
    ("{d} took a summer job at {company} as a student.",
     "{sd} says the shared name caused endless confusion on the payroll."),
    ("The prosecution witness {a} was followed into the box by {b}, a forensic scientist.",
     "{sb} told the jury that fibres found on the coat matched; {sa} had described seeing a struggle."),
    ("{e} keeps a collection of vintage {product} adverts.",
     "{se} says it started as a joke about the name."),
    ("{a} and {r}, who are siblings, climbed the mountain on {day}.",
     "{fr} reached the summit first; {fa} turned back to help another climber."),
    ("{c} was appointed postmaster in {place} in {month}.",
     "{sc} took over the counter from a retiring colleague."),
    ("{a} of the teachers' union and {b} of the education department met on {day}.",
     "{sa} said the talks were constructive; {sb} declined to comment."),
    ("Bailiffs arrived at {company} on {day}.",
     "{d}, who owns the café across the road, said {sd} had seen the vans arrive."),
    ("The sprinters {a} and {b} dead-heated for the bronze medal.",
     "A photograph could not separate {sa} and {sb}."),
    ("{product} has been recalled because of a faulty part.",
     "{e}, a consumer lawyer, said owners should stop using it."),
    ("{a} and {r}, a married couple, celebrated their diamond wedding on {day}.",
     "{fr} proposed to {fa} on a bus in {town}."),
    ("Bus services to {place} are to be cut from {month}.",
     "{c}, a pensioner, said {sc} would be unable to reach the hospital."),
    ("The two candidates for mayor, {a} and {b}, met in a televised debate.",
     "{sa} promised lower fares; {sb} promised more police."),
    ("{d} has bought shares in {company}, a firm {sd} says is named after a different family.",),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The home side scored [[{pts1}]] points on {day} as it beat the league leaders.",
     "Their [[{pts2}]] points were the most the team has scored this season."),
    ("A gas explosion at the block of flats in {town} injured [[{c1}]] residents, {org} said.",
     "Paramedics treated the [[{c2}]] injured at the scene before taking them to hospital."),
    ("The council's new recycling contract is worth [[{usd1}]] over five years.",
     "Opposition members said the [[{usd2}]] deal had been rushed through."),
    ("The ferry crossing now takes [[{mn1}]] minutes after the company bought faster boats.",
     "Commuters welcomed the [[{mn2}]]-minute journey, which used to take far longer."),
    ("Heavy rain flooded [[{hh1}]] homes in the valley overnight.",
     "Insurers have sent assessors to the [[{hh2}]] properties affected."),
    ("The striker has now gone [[{wk1}]] weeks without a goal.",
     "Fans have grown restless during a [[{wk2}]]-week drought."),
    ("Unemployment in the region stands at [[{pc1}]], the statistics office said on {day}.",
     "Local business leaders said a jobless rate of [[{pc2}]] demanded government action."),
    ("The jackpot winner, [[{age1}]], bought the ticket on the way home from work.",
     "The [[{age2}]]-year-old said the first thing to go would be the mortgage."),
    ("A total of [[{vt1}]] residents voted in favour of the new parish precept.",
     "The [[{vt2}]] yes votes were well short of a majority of the electorate."),
    ("The heatwave pushed temperatures in {town} to [[{tc1}]] degrees on {day}.",
     "Roads began to melt at [[{tc2}]] degrees, and schools closed early."),
    ("The bridge over the estuary is [[{km1}]] kilometres long.",
     "Cyclists will be allowed to use the [[{km2}]] km crossing from {month}."),
    ("Customs officers seized [[{kg1}]] kilograms of cocaine hidden in a banana shipment.",
     "The [[{kg2}]] kg haul had a street value of millions, {org} said."),
    ("The high-speed train reached [[{spd1}]] km/h on its test run on {day}.",
     "Engineers said the [[{spd2}]] km/h run passed without any problems."),
    ("The jury deliberated for [[{dy1}]] days before reaching its verdicts.",
     "During those [[{dy2}]] days, jurors asked to see the CCTV footage twice."),
    ("The school has hired [[{c1}]] new teachers for the autumn term.",
     "The head said all [[{c2}]] recruits had experience in special needs."),
    ("Average house prices in {town} fell by [[{pc1}]] last year, according to the land registry.",
     "The [[{pc2}]] drop was the sharpest in the country."),
    ("The defendant, [[{age1}]], denies three counts of fraud.",
     "The court heard the [[{age2}]]-year-old had run the business from his kitchen."),
    ("The charity auction raised [[{gbp1}]] for the children's hospice.",
     "Organisers said the [[{gbp2}]] would pay for a new sensory room."),
    ("Stadium officials said [[{th1}]] fans watched the derby on {day}.",
     "The crowd of [[{th2}]] was the biggest at the ground in a decade."),
    ("The strike by refuse collectors has now lasted [[{wk1}]] weeks.",
     "Rubbish has piled up on the streets of {town} for [[{wk2}]] weeks."),
    ("The ambulance took [[{mn1}]] minutes to reach the pensioner after she fell.",
     "Her family said waiting [[{mn2}]] minutes on a cold floor was unacceptable."),
    ("The winning lottery ticket, bought in {town}, was worth [[{eur1}]].",
     "The holder of the [[{eur2}]] ticket has not yet come forward."),
    ("Police arrested [[{c1}]] people after the match, {org} said.",
     "Those [[{c2}]] arrests were for public order offences."),
    ("The new reservoir will hold [[{th1}]] cubic metres of water.",
     "Its [[{th2}]] cubic-metre capacity will secure supplies for the town."),
    ("The cable car to the summit takes [[{mn1}]] minutes.",
     "Visitors can see three countries during the [[{mn2}]]-minute ride."),
    ("A cargo ship ran aground on {day} with [[{hh1}]] containers on deck.",
     "Salvage crews began removing the [[{hh2}]] containers the next morning."),
    ("The tiger cub born at the zoo weighed [[{kg1}]] kilograms at its first check-up.",
     "Keepers said the [[{kg2}]] kg cub was feeding well."),
    ("The senator won [[{pc1}]] of the vote in the primary.",
     "Her campaign said the [[{pc2}]] share showed she could win in November."),
    ("The tunnel-boring machine has now dug [[{km1}]] kilometres beneath the city.",
     "After [[{km2}]] km, the machine will pause for maintenance."),
    ("Firefighters fought the moorland blaze for [[{dy1}]] days.",
     "After [[{dy2}]] days of flames, rain finally put out the last embers."),
    ("The orchestra's tour of {month} includes [[{c1}]] concerts.",
     "Its musicians will travel by coach between the [[{c2}]] venues."),
    ("The city's new mayor, {person}, is [[{age1}]].",
     "{person} said that at [[{age2}]] there was plenty of energy left for the job."),
    ("Hospital waiting lists in the region have grown to [[{th1}]] patients.",
     "{person}, {role} {org}, said the [[{th2}]] people waiting deserved better."),
    ("The wind turbine's blades turn at tip speeds of [[{spd1}]] km/h.",
     "At [[{spd2}]] km/h, a bird strike is almost always fatal, ornithologists say."),
    ("The fraudster was ordered to repay [[{gbp1}]] to his victims.",
     "Most of the [[{gbp2}]] had been spent on holidays and cars."),
    ("Sales of electric cars rose by [[{pc1}]] in {month}, industry figures show.",
     "Dealers said the [[{pc2}]] rise was driven by new tax breaks."),
    ("The council has spent [[{usd1}]] repairing potholes this year.",
     "Drivers say the [[{usd2}]] has made little difference."),
    ("The typhoon's winds reached [[{spd1}]] km/h as it made landfall.",
     "Trees were uprooted across the province by gusts of [[{spd2}]] km/h."),
    ("[[{vt1}]] members took part in the ballot, the union said.",
     "The [[{vt2}]] members who voted backed action by a large margin."),
    ("The new bus route has [[{c1}]] stops between {town} and the airport.",
     "Passengers say the journey is too slow with [[{c2}]] stops along the way."),
    ("The team finished the season on [[{pts1}]] points, enough to avoid relegation.",
     "With [[{pts2}]] points, the club survived on the final day."),
    ("The flood barrier took [[{wk1}]] weeks to install.",
     "Residents watched the [[{wk2}]]-week project from their windows."),
    ("The reclining Buddha at the temple is [[{c1}]] metres long.",
     "Pilgrims walk the length of the [[{c2}]]-metre statue in silence."),
    ("The company's chief executive was paid [[{usd1}]] last year.",
     "Shareholders voted against the [[{usd2}]] package at the annual meeting."),
    ("The wreck lies [[{hh1}]] metres below the surface.",
     "Divers can stay at [[{hh2}]] metres for only a few minutes."),
    ("The festival's organisers spent [[{eur1}]] on security this year.",
     "The [[{eur2}]] bill was paid by the city."),
    ("The patient, [[{age1}]], was the first in the country to receive the new gene therapy.",
     "Doctors said the [[{age2}]]-year-old was recovering well."),
    ("The motorway was closed for [[{mn1}]] minutes after a lorry shed its load.",
     "Drivers sat in queues for [[{mn2}]] minutes as the road was cleared."),
    ("Rescuers pulled [[{c1}]] survivors from the rubble of the hotel.",
     "The [[{c2}]] survivors were flown to hospitals in {town}."),
    ("Researchers tagged [[{hh1}]] sharks off the coast last summer.",
     "Data from the [[{hh2}]] tagged sharks show they travel further than thought."),
    ("The ice sheet lost [[{pc1}]] of its mass over the decade, the study found.",
     "A loss of [[{pc2}]] would raise sea levels worldwide, the authors wrote."),
    ("The hospital's new scanner cost [[{gbp1}]].",
     "Fundraisers in {town} collected the whole [[{gbp2}]] in a year."),
    ("The refinery fire burned for [[{dy1}]] days.",
     "Smoke from the [[{dy2}]]-day blaze could be seen from the coast."),
]

FIGURE_NEAR_MISSES = [
    ("As many as {hh1} people may have been caught up in the crush, officials said, though the figure is unconfirmed.",
     "So far {hh2} have been treated in hospital."),
    ("Forecasters expect between {c2} and {c1} millimetres of rain in the hills on {day}.",),
    ("The number of confirmed measles cases rose to {c1} on {day}, from {c2} a week earlier.",),
    ("The airport first said {th2} passengers had been affected by the outage, then revised that to {th1}.",),
    ("The party won {pc1} of the vote in {year}, compared with {pc2} in {prev}.",),
    ("The ring road will be {km1} kilometres long when finished.",
     "Only {km2} kilometres are open to traffic so far."),
    ("The bride, {age2}, married a groom aged {age1} at the registry office in {town}.",),
    ("Of the {vt1} postal votes returned, {vt2} were rejected for missing signatures.",),
    ("The treasury had forecast inflation of {pc1} for the year; it came in at {pc2}.",),
    ("Unions said {th1} people marched through {town}; police counted {th2}.",),
    ("The first trial lasted {dy1} days, and the retrial {dy2}.",),
    ("The storm damaged {hh1} homes on the island and {hh2} on the mainland.",),
    ("The university's research budget is {usd1}, of which {usd2} comes from industry.",),
    ("Engineers believe roughly {c1} properties are still without water.",
     "About {c2} of them are expected to be reconnected by {day}."),
    ("The new aircraft can cruise at {spd1} km/h, but it will be limited to {spd2} km/h during trials.",),
    ("The bell weighs {kg1} kilograms and its clapper {kg2}.",),
    ("The ferry company carried {th1} passengers in {month} {year}.",
     "In {month} {prev}, the figure was {th2}."),
    ("Up to {c1} people could lose their jobs, the company warned; {c2} have already accepted redundancy.",),
    ("Estimates of the crowd at the rally varied between {th2} and {th1}.",),
    ("The under-18 side scored {pts1} points on {day} and the senior side {pts2}.",),
    ("The landlord was fined {eur1}, reduced to {eur2} on appeal.",),
    ("Trains took an average of {mn1} minutes on the route, against a timetable of {mn2} minutes.",),
    ("The longest stage of the race is {km1} kilometres; the shortest is {km2}.",),
    ("The climbers, aged {age1} and {age2}, were rescued by helicopter.",),
    ("Surveyors think the sea wall repairs could cost about {gbp1}.",
     "An earlier survey had put the bill at {gbp2}."),
    ("Nurses were on strike for {wk1} weeks in the capital and {wk2} weeks in the provinces.",),
    ("A poll for {org} put support for the bypass at about {pc1}.",
     "A separate poll commissioned by {person} found {pc2}."),
    ("The treatment cut symptoms by {pc1} in older patients and by {pc2} in younger ones.",),
    ("The theatre hopes to sell {th1} tickets a year once the refurbishment is complete.",
     "It sold {th2} in its first month."),
    ("Initial reports spoke of {c1} dead; the authorities later corrected the toll to {c2}.",),
    ("Temperatures reached {tc1} degrees inland but only {tc2} degrees on the coast.",),
    ("The authority approved {hh1} planning applications in {year} and {hh2} in {prev}.",),
    ("The winning candidate, {person}, received {vt1} votes, and the runner-up {vt2}.",),
    ("The catch weighed {kg1} kilograms, of which {kg2} was sold to restaurants.",),
    ("The watchdog said passengers were owed {usd1} in refunds; the airline said {usd2}.",),
    ("Forecasters said temperatures could reach {tc1} degrees on {day}; the previous week the high was {tc2}.",),
    ("Last year's appeal raised {gbp1}; this year's has reached {gbp2} so far.",),
    ("Planners project that the new line will carry {th1} passengers a day by 2040.",
     "The old line carries around {th2}."),
    ("Wardens counted {c1} seals on the sandbank in {month}, including {c2} pups.",),
    ("The stadium holds {th1} spectators; {th2} turned up for the friendly on {day}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
