"""Blind3: a third independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind3`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-23 by an independent tester from the issue's definition only
("the same person named differently within one article (seed 004 introduces
"Benjamin Young" and then quotes "Yang"), and conflicting figures for the same
quantity stated as fact. Evidence: both spans.") and the brief's restatement of
the two kinds and of the near-misses.  Fresh: not yet scored, never used to tune.

What the author read: the brief; ``git status`` of the worktree; the file names
listed by ``ls benchmarks tests`` (names only); lines 1-60 of
benchmarks/consistency_templates_blind2.py (its module docstring and the first
lines of the PEOPLE list header, no entries) and the output of a ``grep -n`` for
``^def`` / top-level assignments in that file (the names and line numbers of its
helpers and lists, e.g. ``TRANSLITERATIONS``, ``SIMILAR_SURNAMES``,
``PLACE_LOOKALIKES``, ``FIRST_NAMES``, ``TOWNS``, ``_SIMILAR_CONSONANT``, and the
first line of ``FIRST_NAMES``/``TOWNS``/``_SIMILAR_CONSONANT``/``_UNITS``/
``_TENS``, which grep printed because they are one-line assignments; no
template was read); in benchmarks/consistency_injection.py lines 1-74 (module
docstring and imports) and from "# split assignment" to the end;
tests/test_consistency_templates_blind2.py (whole file, no detector code).
Not read: src/reliability/features/, features/, docs/, README.md,
benchmarks/results/, benchmarks/name_pairs.py, tests/test_consistency.py,
tests/test_consistency_generalised*.py, the template lists and context
functions of consistency_injection.py and of blind2, any git history.  Seen by
accident: the one-line grep output named above (first few first names and town
names of blind2; none reused here).  The detector was never run on these
templates and ``reliability.score`` was never called by the author.
tests/test_consistency_templates_blind3.py imports the harness module to check
the ``blind3`` wiring (this defines the old lists in memory; they are never
printed or inspected).

Conventions (those of the harness): a template is a tuple of one to three
sentences with ``{placeholders}``; a context function takes a ``random.Random``
and returns the dict filling them; conflict sides are marked ``[[...]]`` in the
template (the full name and the variant surname; the two numbers); the context
key ``"kind"`` names the variant:

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
    ("Ingrid", "Halvorsen", "f"), ("Tomasz", "Wieczorek", "m"), ("Chidinma", "Okonkwo", "f"),
    ("Rafael", "Quintero", "m"), ("Aiko", "Matsumura", "f"), ("Dmitri", "Sokolov", "m"),
    ("Priya", "Raghunathan", "f"), ("Callum", "Fairbairn", "m"), ("Noemi", "Castellano", "f"),
    ("Henrik", "Lindqvist", "m"), ("Yasmin", "Haddad", "f"), ("Oluwaseun", "Adebayo", "m"),
    ("Marisol", "Villanueva", "f"), ("Gregor", "Brandstetter", "m"), ("Thandiwe", "Mahlangu", "f"),
    ("Ruairi", "Gallagher", "m"), ("Eszter", "Kovacs", "f"), ("Bartholomew", "Pennington", "m"),
    ("Ximena", "Arrieta", "f"), ("Kwame", "Mensah", "m"), ("Sunniva", "Bjornstad", "f"),
    ("Anselm", "Hofbauer", "m"), ("Lucinda", "Whitcombe", "f"), ("Teodor", "Petrescu", "m"),
    ("Farida", "Benali", "f"), ("Desmond", "Okafor", "m"), ("Margit", "Szabados", "f"),
    ("Lorenzo", "Bellandi", "m"), ("Hanna", "Virtanen", "f"), ("Emeka", "Nwachukwu", "m"),
]

# (first name, surname, transliteration variant, "m"/"f"): the same name as two
# romanisations or spellings of one name.
TRANSLITERATIONS_PEOPLE = [
    ("Wei", "Zhang", "Chang", "m"), ("Ji-woo", "Lee", "Yi", "f"), ("Min-jun", "Park", "Pak", "m"),
    ("Seo-yeon", "Choi", "Choe", "f"), ("Mikhail", "Gorbunov", "Gorbounov", "m"),
    ("Nadia", "Hussein", "Husain", "f"), ("Omar", "Qureshi", "Kureishi", "m"),
    ("Leila", "Hosseini", "Husseini", "f"), ("Tariq", "Rahman", "Rehman", "m"),
    ("Yusuf", "Othman", "Osman", "m"), ("Svetlana", "Tsvetkova", "Tsvetkowa", "f"),
    ("Andriy", "Kovalenko", "Kowalenko", "m"), ("Jürgen", "Müller", "Mueller", "m"),
    ("Karim", "Abdallah", "Abdullah", "m"), ("Olena", "Shevchenko", "Schewtschenko", "f"),
    ("Ahmad", "Khalil", "Chalil", "m"), ("Mei", "Xu", "Hsu", "f"), ("Hao", "Zhou", "Chou", "m"),
    ("Fatima", "Youssef", "Yusuf", "f"), ("Arkady", "Yefremov", "Efremov", "m"),
    ("Benjamin", "Young", "Yang", "m"), ("Katya", "Tchernova", "Chernova", "f"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Hansen", "Hanson"), ("Peterson", "Petersen"), ("Reid", "Reed"), ("Meyer", "Mayer"),
    ("Schulz", "Schultz"), ("Lindberg", "Lindgren"), ("Carlsen", "Carlson"), ("Morales", "Moralez"),
    ("Nowak", "Novak"), ("Stewart", "Stuart"), ("Thomson", "Thompson"), ("Fischer", "Fisher"),
    ("Jensen", "Jenson"), ("Kaur", "Kaul"), ("Tan", "Tang"), ("Lin", "Ling"),
]
# (surname, nearby place with a similar name)
PLACE_SURNAMES = [
    ("Ashford", "Ashworth"), ("Kenton", "Kenyon"), ("Marlow", "Marlowe"), ("Preston", "Prestonburg"),
    ("Holloway", "Hollowell"), ("Bradford", "Bradfield"), ("Whitby", "Whitley"), ("Carrington", "Carlington"),
    ("Dalton", "Dalston"), ("Langley", "Langly Falls"),
]
GIVEN_NAMES = ["Alma", "Bastian", "Corinne", "Dario", "Elif", "Fintan", "Greta", "Hamza", "Ilse", "Joaquin",
               "Kerstin", "Lamar", "Mirela", "Nikolai", "Orla", "Pilar", "Quentin", "Rania", "Soren", "Tove"]
PLACES = ["Westbury", "Lake Corrin", "Hollis Bay", "Marrowfield", "North Tansey", "Caldwater", "Fernhill",
          "Brackley Junction", "Ostrava Heights", "San Telmo"]
ORGANISATIONS = ["the county housing authority", "the regional transit agency", "the state teachers' union",
                 "the harbour commission", "the water utility", "the district school board",
                 "the hospital trust", "the chamber of commerce", "the parks department", "the tenants' association"]
ROLES = ["a spokesperson for", "the chief executive of", "a senior official at", "the chair of",
         "a lawyer representing", "the finance director of", "a board member of", "the head of"]
TITLES_M = ["Mr.", "Dr.", "Councilman", "Judge", "Sheriff", "Professor", "Commissioner"]
TITLES_F = ["Ms.", "Dr.", "Councilwoman", "Judge", "Sheriff", "Professor", "Commissioner"]


def _lower_positions(name: str) -> list[int]:
    return [i for i in range(1, len(name)) if name[i].isalpha() and name[i].islower()]


def _common(rng: random.Random) -> dict[str, str]:
    return {"org": rng.choice(ORGANISATIONS), "role": rng.choice(ROLES), "town": rng.choice(PLACES),
            "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
            "month": rng.choice(["January", "March", "April", "June", "September", "October"])}


def name_context(rng: random.Random) -> dict[str, str]:
    """full: "First Surname"; var: the variant surname; kind: the variant."""
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
    """a/b: two different people with look-alike surnames (sa, sb); c: a person (sc) and a look-alike place."""
    sa, sb = rng.choice(LOOKALIKE_SURNAMES)
    if rng.random() < 0.5:
        sa, sb = sb, sa
    fa, fb, fc = rng.sample(GIVEN_NAMES, 3)
    sc, place = rng.choice(PLACE_SURNAMES)
    context = {"a": f"{fa} {sa}", "sa": sa, "b": f"{fb} {sb}", "sb": sb, "c": f"{fc} {sc}", "sc": sc,
               "place": place, "kind": "near"}
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
    c = _pair(rng, 4, 90, ordered)
    pc = _pair(rng, 5, 90, ordered)
    age = _pair(rng, 21, 88, ordered)
    for i in (0, 1):
        ctx[f"c{i + 1}"] = _styled(c[i], styles[i])
        ctx[f"pc{i + 1}"] = _styled(pc[i], styles[i]) + " percent"
        ctx[f"age{i + 1}"] = _styled(age[i], styles[i])
    hh = _pair(rng, 120, 980, ordered)
    th = _round_pair(rng, 1200, 48000, 100, ordered)
    vt = _pair(rng, 2100, 19800, ordered)
    km = _pair(rng, 12, 640, ordered)
    usd = _pair(rng, 12, 95, ordered)
    eur = _round_pair(rng, 150, 950, 10, ordered)
    for i in (0, 1):
        ctx[f"hh{i + 1}"] = str(hh[i])
        ctx[f"th{i + 1}"] = f"{th[i]:,}"
        ctx[f"vt{i + 1}"] = f"{vt[i]:,}"
        ctx[f"km{i + 1}"] = str(km[i])
        ctx[f"usd{i + 1}"] = f"${usd[i] / 10:.1f} million" if usd[i] % 10 else f"${usd[i] // 10} million"
        ctx[f"eur{i + 1}"] = f"€{eur[i] * 1000:,}"
    ctx.update(_common(rng))
    return ctx


def figure_context(rng: random.Random) -> dict[str, str]:
    return _figures(rng, ordered=False)


def figure_near_context(rng: random.Random) -> dict[str, str]:
    return _figures(rng, ordered=True)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    ("[[{full}]], {role} {org}, said the proposal would be put to a vote in {month}.",
     "\"Nobody should be surprised by this,\" [[{var}]] said."),
    ("The complaint was filed on {day} by [[{full}]], who has lived in {town} for two decades.",
     "According to [[{var}]], the landlord ignored three written warnings."),
    ("{title} [[{full}]] opened the hearing by reading a statement from the family.",
     "Lawyers for the city asked {title} [[{var}]] to delay the ruling until {month}."),
    ("Among those waiting outside was [[{full}]], a retired nurse.",
     "[[{var}]]'s daughter had been on the waiting list since last spring."),
    ("\"We were told the money was there,\" said [[{full}]], {role} {org}.",
     "Officials did not respond to [[{var}]]'s account."),
    ("The report was written by [[{full}]] and two colleagues at {org}.",
     "Critics have accused [[{var}]] of overstating the risks, a charge {she} rejects."),
    ("[[{full}]] was named interim director on {day}.",
     "Before the appointment, [[{var}]] ran the agency's budget office for six years."),
    ("Police identified the driver as [[{full}]] of {town}.",
     "A neighbour described [[{var}]] as quiet and well liked.",
     "No charges have been filed."),
    ("In a letter to shareholders, [[{full}]] warned that costs would keep rising.",
     "Analysts said the warning from [[{var}]] came earlier than expected."),
    ("The measure is backed by [[{full}]], who chairs the finance committee.",
     "{Her} opponents say [[{var}]] has not explained how it would be paid for."),
    ("[[{full}]], 52, has coached the team since 2011.",
     "Under [[{var}]], the club reached two regional finals."),
    ("The exhibition was curated by [[{full}]].",
     "\"I wanted people to slow down,\" [[{var}]] told reporters at the opening."),
    ("Residents packed the hall to hear [[{full}]], {role} {org}.",
     "Several people interrupted [[{var}]] during the presentation."),
    ("The lawsuit names [[{full}]] as the company's former compliance officer.",
     "An attorney for [[{var}]] declined to comment on {day}."),
    ("{hon} [[{full}]] said {she} first noticed the water problem in {month}.",
     "By the time inspectors arrived, {hon} [[{var}]] had already hired a plumber."),
    ("The scholarship is named after [[{full}]], a teacher who died last year.",
     "Former students remembered [[{var}]] as demanding but kind."),
    ("Investigators interviewed [[{full}]], the site manager, twice.",
     "[[{var}]] told them the scaffolding had been inspected that morning."),
    ("The deal was negotiated by [[{full}]] on behalf of {org}.",
     "People familiar with the talks said [[{var}]] pushed for a shorter contract."),
    ("[[{full}]] won the seat by a narrow margin.",
     "It is the first time a candidate like [[{var}]] has carried the district."),
    ("Also on the panel was [[{full}]], an economist who studies rural lending.",
     "[[{var}]] argued that the subsidy mostly helped larger farms."),
    ("The first witness was [[{full}]], who was working the night shift.",
     "Under cross-examination, [[{var}]] said the lights had been off for several minutes."),
    ("[[{full}]] founded the restaurant with a cousin in 2009.",
     "The building's new owners have offered [[{var}]] a two-year lease."),
    ("\"It was chaos,\" said [[{full}]], who was on the platform when the train stopped.",
     "Passengers near [[{var}]] were told to stay in their seats."),
    ("The petition was started by [[{full}]], a parent at the school.",
     "Within a week, more than a thousand people had signed, [[{var}]] said."),
    ("Officials confirmed that [[{full}]] had resigned from {org}.",
     "The resignation of [[{var}]] takes effect at the end of {month}."),
    ("[[{full}]] has spent years documenting the decline of the river's salmon.",
     "Much of what is known about the spawning grounds comes from [[{var}]]'s surveys."),
    ("The fire crew was led by Captain [[{full}]].",
     "Captain [[{var}]] said the roof collapsed shortly after the team withdrew."),
    ("[[{full}]], {role} {org}, disputed the findings.",
     "The audit, [[{var}]] said in a statement, relied on outdated figures."),
    ("The novel, {her} third, follows a family of fishermen.",
     "[[{full}]] began writing it while living in {town}.",
     "Reviewers have praised [[{var}]] for the book's restraint."),
    ("Prosecutors say [[{full}]] transferred the funds through two shell companies.",
     "If convicted, [[{var}]] faces up to ten years in prison."),
    ("The mayor's chief of staff, [[{full}]], will run the transition.",
     "Council members said they had not been consulted before [[{var}]] was chosen."),
    ("[[{full}]] told the committee that the backlog had doubled.",
     "Asked what had caused it, [[{var}]] pointed to staff shortages."),
    ("The clinic is run by [[{full}]], a paediatrician who trained abroad.",
     "Patients travel from three counties to see [[{var}]]."),
    ("[[{full}]] was elected union president in {month}.",
     "Since then, [[{var}]] has led two strikes at the plant."),
    ("A statement from [[{full}]]'s office said the meeting had been productive.",
     "[[{var}]] is expected to travel to {town} later this week."),
    ("The video was recorded by [[{full}]], who lives across the street.",
     "Police later asked [[{var}]] for the original file."),
    ("[[{full}]], who owns the farm, said the flooding was the worst in memory.",
     "Insurers have not yet assessed the damage, according to [[{var}]]."),
    ("The orchestra's new conductor, [[{full}]], arrives from {town} in {month}.",
     "Ticket sales rose after the appointment of [[{var}]] was announced."),
    ("Defence lawyers called [[{full}]] as an expert witness.",
     "The judge allowed [[{var}]]'s testimony over the prosecution's objection."),
    ("[[{full}]] has been the district's representative since 2015.",
     "Supporters of [[{var}]] gathered outside the courthouse on {day}."),
    ("The study's lead author, [[{full}]], cautioned against drawing broad conclusions.",
     "\"This is one county, one season,\" [[{var}]] said."),
    ("On {day}, [[{full}]] announced {she} would not seek another term.",
     "The decision surprised allies, who had expected [[{var}]] to run again."),
    ("Shop owner [[{full}]] said sales had fallen since the road closed.",
     "Across the street from [[{var}]], two stores have already shut."),
    ("[[{full}]] was hired to review the contracts.",
     "{Her} findings were delivered in {month}.",
     "The council has not released [[{var}]]'s report."),
]

NAME_NEAR_MISSES = [
    ("{a}, {role} {org}, said the plan was sound.", "But {b}, a resident of {town}, called it rushed.",
     "{sb} said {sa} had not visited the site."),
    ("The award went to {a}.", "The runner-up, {b}, finished a point behind {sa}."),
    ("{a} and {b} are not related, despite the similar names.", "{sa} works in sales; {sb} is an engineer."),
    ("The first speaker was {a}.", "{b} spoke next.", "{sb} disagreed with almost everything {sa} had said."),
    ("{c} grew up in {place}, a few miles from where {sc} now teaches.",),
    ("{c}, who runs the bakery in {place}, said business had slowed.", "{sc} plans to reopen in spring."),
    ("Police spoke with {a}, the driver, and {b}, a passenger.", "{sa} was treated for minor injuries."),
    ("{a} was elected chair; {b} was elected treasurer.",),
    ("The company was founded by {a}.", "It was sold in 2019 to {b}, who kept {sa} on as an adviser."),
    ("{c} said the road to {place} had been closed since {day}.", "\"Nobody told us,\" {sc} said."),
    ("{a} coaches the junior team, and {b} coaches the seniors.", "{sb} said the two squads train separately."),
    ("A spokesperson for {org}, {a}, confirmed the closure.", "{b}, who chairs the opposition group, said {sb} would appeal."),
    ("The case was heard by Judge {a}.", "The defendant was represented by {b}.",
     "{sb} asked Judge {sa} for more time."),
    ("{c} drove in from {place} every morning for twelve years.",),
    ("Two researchers, {a} and {b}, wrote the report.", "{sa} did the fieldwork; {sb} ran the models."),
    ("The building in {place} is owned by {c}.", "{sc} bought it in 2004."),
    ("{a} lost the primary to {b}.", "{sa} conceded on {day} night."),
    ("Witnesses included {a}, a cashier, and {b}, who was buying groceries.",
     "{sb} said the man left on foot."),
    ("{c}, the mayor of {place}, welcomed the decision.", "{sc} had lobbied for the grant for two years."),
    ("The album was produced by {a} and mixed by {b}.",),
    ("{a} said {org} had not been informed.", "Later, {b} of the same office said it had been, a claim {sa} disputed."),
    ("Firefighters from {place} assisted, said chief {c}.",),
    ("{a} replaces {b}, who retired in {month}.", "{sb} had held the job since 2008."),
    ("In {place}, volunteers led by {c} filled sandbags overnight.", "{sc} said more help was needed."),
    ("{a} of {town} and {b} of {place} were both fined.", "{sa} paid on the spot."),
    ("The petition was signed by {a}.", "A rival petition was organised by {b}.",
     "{sb} said it had more signatures than {sa}'s."),
    ("{c} said the plant near {place} would stay open.",),
    ("The twins' teacher, {a}, said they were doing well.", "Their football coach, {b}, agreed."),
    ("{a} was sworn in on {day}.", "Outgoing commissioner {b} did not attend.", "{sa} thanked {sb} in a speech."),
    ("{c}, a farmer outside {place}, lost most of the harvest.", "{sc} has farmed there since 1990."),
    ("Chess players {a} and {b} drew their first game.", "{sb} won the second."),
    ("The tenants, {a} and {b}, share the top floor.", "{sa} has lived there longer."),
]


# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The storm destroyed [[{hh1}]] homes in {town}, officials said.",
     "Rebuilding the [[{hh2}]] destroyed homes could take years, the mayor said."),
    ("The factory will cut [[{th1}]] jobs by the end of the year.",
     "Unions say the loss of [[{th2}]] jobs will devastate the town."),
    ("The collapse of the bridge on {day} killed [[{c1}]] people.",
     "The [[{c2}]] victims included two children."),
    ("The referendum passed with [[{vt1}]] votes in favour.",
     "Turnout was low, and the [[{vt2}]] yes votes amounted to a fifth of registered voters."),
    ("The renovation cost [[{usd1}]], according to {org}.",
     "Critics said the [[{usd2}]] spent on the renovation should have gone to repairs."),
    ("Unemployment in the county stands at [[{pc1}]].",
     "With [[{pc2}]] of adults out of work, the county is among the worst affected in the state."),
    ("The new pipeline runs [[{km1}]] kilometres from the coast to the refinery.",
     "Construction of the [[{km2}]]-kilometre pipeline began in {month}."),
    ("The victim, who was [[{age1}]], was a retired postal worker.",
     "Friends said the [[{age2}]]-year-old had lived alone for years."),
    ("A total of [[{c1}]] students were suspended after the brawl.",
     "\"Suspending [[{c2}]] students was not a decision we took lightly,\" the principal said."),
    ("The charity raised [[{eur1}]] for the shelter.",
     "The [[{eur2}]] will pay for a new roof and two years of heating."),
    ("The council approved [[{hh1}]] new affordable flats on {day}.",
     "Building all [[{hh2}]] flats will take until 2030."),
    ("Police made [[{c1}]] arrests during the protest.",
     "Of the [[{c2}]] people arrested, most were released without charge."),
    ("The district's schools lost [[{th1}]] pupils over the past decade.",
     "The head of {org} said the drop of [[{th2}]] pupils forced three closures."),
    ("Census data show that [[{pc1}]] of the town's residents were born abroad.",
     "That [[{pc2}]] share is the highest in the region."),
    ("The candidate won by [[{vt1}]] votes.",
     "\"A margin of [[{vt2}]] votes is a clear mandate,\" a campaign spokesperson said."),
    ("The fire burned for [[{c1}]] hours before it was brought under control.",
     "Crews were on the scene for all [[{c2}]] hours."),
    ("Flooding forced [[{hh1}]] families from their homes.",
     "The [[{hh2}]] displaced families are staying in school gyms."),
    ("The airport handled [[{th1}]] flights last year.",
     "Those [[{th2}]] flights made it the busiest regional airport in the country."),
    ("The settlement is worth [[{usd1}]].",
     "Under the terms of the [[{usd2}]] settlement, the company admits no wrongdoing."),
    ("The oldest runner in the race was [[{age1}]].",
     "\"I'm [[{age2}]] and I'm not done yet,\" she said at the finish."),
    ("Wildfires have scorched [[{th1}]] hectares in the province.",
     "Satellite images show the extent of the [[{th2}]] hectares lost."),
    ("The hospital has [[{hh1}]] beds.",
     "All [[{hh2}]] beds were full on {day}, a spokesperson said."),
    ("Port officials said [[{c1}]] ships were stuck outside the harbour on {day}.",
     "The [[{c2}]] stranded ships were carrying mostly grain."),
    ("The tax rise will bring in [[{eur1}]] a year.",
     "The extra [[{eur2}]] is earmarked for road repairs."),
    ("The drug reduced hospital admissions by [[{pc1}]] in the trial.",
     "A [[{pc2}]] reduction in admissions would save the health service millions, the authors wrote."),
    ("Rescuers said [[{c1}]] miners remain trapped underground.",
     "Rescuers are drilling a shaft to reach the [[{c2}]] trapped miners."),
    ("The marathon route is [[{km1}]] kilometres long this year.",
     "Runners will cover [[{km2}]] kilometres, passing through {town}."),
    ("The company employs [[{th1}]] people in the region.",
     "It is the largest private employer there, with [[{th2}]] workers."),
    ("The petition gathered [[{vt1}]] signatures.",
     "Organisers handed the [[{vt2}]] signatures to the council on {day}."),
    ("The suspect, [[{age1}]], was arrested at his home.",
     "The [[{age2}]]-year-old is due in court next week."),
    ("Last night's concert drew [[{th1}]] people to the stadium.",
     "Security for the crowd of [[{th2}]] was handled by a private firm."),
    ("The lottery jackpot reached [[{usd1}]].",
     "The winner of the [[{usd2}]] prize has not come forward."),
    ("The explosion injured [[{c1}]] workers.",
     "Doctors said the [[{c2}]] injured workers were in stable condition."),
    ("The school district laid off [[{hh1}]] teachers in {month}.",
     "Parents protested the [[{hh2}]] layoffs outside the board meeting."),
    ("The mayor's approval rating is [[{pc1}]], the poll found.",
     "At [[{pc2}]], the rating is the lowest of any mayor in the state."),
    ("The bus was carrying [[{c1}]] passengers when it overturned.",
     "All [[{c2}]] passengers were taken to hospital."),
    ("The border fence stretches [[{km1}]] kilometres.",
     "Patrols along the [[{km2}]]-kilometre fence have doubled."),
    ("The museum received [[{th1}]] visitors in its first month.",
     "\"[[{th2}]] visitors in one month is beyond anything we hoped for,\" the director said."),
    ("The budget shortfall is [[{usd1}]].",
     "To close the [[{usd2}]] gap, the council will freeze hiring."),
    ("Voters rejected the measure by [[{vt1}]] votes.",
     "Supporters blamed the [[{vt2}]]-vote defeat on a confusing ballot."),
    ("The shelter took in [[{c1}]] dogs after the raid.",
     "Staff are now trying to find homes for the [[{c2}]] dogs."),
    ("The plant's owner was fined [[{eur1}]] for the spill.",
     "Environmental groups called the [[{eur2}]] fine too small."),
    ("The drought destroyed [[{pc1}]] of the harvest.",
     "Farmers said losing [[{pc2}]] of the crop would push many into debt."),
    ("Rescuers pulled [[{c1}]] survivors from the rubble.",
     "The [[{c2}]] survivors were flown to the capital."),
]

FIGURE_NEAR_MISSES = [
    ("At least {c2} people were killed in the collapse.", "Later, officials said {c1} had died."),
    ("The death toll rose to {c1} on {day}.", "Earlier, {c2} deaths had been confirmed."),
    ("The storm damaged {hh1} homes in {town}.", "Of those, {hh2} were destroyed."),
    ("The factory cut {th1} jobs last year.", "This year it plans to cut {th2}."),
    ("Police say {th2} people attended the rally.", "Organisers put the crowd at {th1}."),
    ("Unemployment was {pc1} in {month}.", "A year earlier it had been {pc2}."),
    ("The project was budgeted at {usd2}.", "The final bill was {usd1}."),
    ("About {c1} families were evacuated.",),
    ("Up to {th1} jobs could be lost, the union warned.", "The company says {th2}."),
    ("The estimate was revised to {hh1} homes from {hh2}.",),
    ("{town} recorded {c1} burglaries; the neighbouring county recorded {c2}.",),
    ("Between {c2} and {c1} people are thought to be missing.",),
    ("The hospital has {hh1} beds, {hh2} of them in intensive care.",),
    ("Turnout was {pc1} in the city and {pc2} in the suburbs.",),
    ("Forecasters had predicted {km2} millimetres of rain.", "In the end, {km1} fell."),
    ("The charity hoped to raise {eur1}.", "It raised {eur2}."),
    ("The bill passed with {vt1} votes.", "An earlier version had received {vt2}."),
    ("The victim, {age2}, was with her father, {age1}.",),
    ("There were {c1} passengers on board, including {c2} children.",),
    ("Roughly {th1} people live in the valley.",),
    ("Some {hh1} teachers applied for the programme; {hh2} were accepted.",),
    ("The ministry says {pc1} of roads are in poor condition.", "Independent engineers put the figure at {pc2}."),
    ("The pipeline will eventually run {km1} kilometres.", "The first stage covers {km2}."),
    ("More than {c2} ships were waiting outside the port.",),
    ("Admissions fell by {pc1} among adults and by {pc2} among children.",),
    ("The fine was initially set at {eur1} but was cut to {eur2} on appeal.",),
    ("Nearly {vt1} signatures were collected, though only {vt2} were verified.",),
    ("In 2019, {th1} visitors came; in 2022, {th2}.",),
    ("The firm employs {th1} people worldwide and {th2} in Europe.",),
    ("The jackpot was expected to top {usd1}.", "Last week's prize was {usd2}."),
    ("Officials say {c2} miners are trapped; a union leader said as many as {c1}.",),
    ("The suspect is thought to be about {age1}.",),
]
