"""Blind5: a fifth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind5`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 00:39:27 UTC, ``date -u``) by an independent
tester, on branch ``cblind5`` (worktree /work/wt/cblind5) from base commit
c0fb9ac3f1708afb968f1959c2fd323d2d1be61a (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant; near-misses: two different people with similar names,
both properly introduced, relatives sharing a surname, a place, company or
product named like a person) and ``conflicting_figures`` (one quantity stated
as fact with two different numbers in one article, in varied wording;
near-misses: hedged or estimated figures, ranges, updates and revisions,
different occasions/places/groups/years, parts of a whole, forecasts against
outcomes, two named sources that disagree).  Fresh: to be scored once before
and once after a round, never used to tune.

What the author read: the brief; ``date -u``, ``git rev-parse HEAD`` and
``git status --short`` of the worktree; ``ls benchmarks tests`` (file names
only, the listing was cut off after ``benchmarks/revelation_check.py`` and
showed no tests/ names); benchmarks/consistency_templates_blind4.py (whole
file: header, people lists, helpers, context functions and all four template
lists -- it is development data now; none of its sentences, people, places,
organisations or name pairs is reused here); tests/consistency_template_checks.py
and tests/test_consistency_templates_blind4.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind4\\|BLIND4\\|def sets_for\\|choices=\\|^SPLITS"``.  After the scripted
``sed`` wiring of ``blind5`` into consistency_injection.py, ``git diff`` of that
file showed the few lines around each edit: the usage lines of the module
docstring, the end of the harness's ``SETS`` dict (the ``conflicting_figures``
entry naming its own ``FIGURE_TEMPLATES``, ``FIGURE_NEAR_MISSES``,
``figure_context`` and a lambda calling ``figure_context(rng, ordered=True)``),
the ``sets_for`` header and the first lines of ``split_templates`` (blind sets
use every template; the other splits take even or odd positions).  That is
everything seen by accident; nothing else of the harness was read.  Not read or
run: src/reliability/, features/, docs/, README.md, benchmarks/results/, any
other tests/test_consistency* file, tests/test_names_round14.py, the templates
of blind2 and blind3, any git history; ``reliability.score`` was never called
and the detector was never run on these templates.
tests/test_consistency_templates_blind5.py imports the harness module to check
the ``blind5`` wiring (the harness's lists are defined in memory only, never
printed or inspected).  The author rendered a handful of samples of this
module's own templates to proofread them, and ran the well-formedness tests
(blind4's and blind5's), which run no detector.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``) follow blind4's conventions; all people, places, organisations,
name pairs and sentences are new.

Conventions (those of the harness, as in blind3/blind4): a template is a tuple
of one to three sentences with ``{placeholders}``; a context function takes a
``random.Random`` and returns the dict filling them; conflict sides are marked
``[[...]]`` in the template (the full name and the variant surname; the two
numbers); the context key ``"kind"`` names the variant:

* names: ``transliteration`` (drawn about a third of the time; the pair's two
  spellings are used in either order), ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words`` (applies to the small
  counts ``c``, percentages ``pc``, ages ``age`` and day counts ``dy``);
  hundreds ``hh``, thousands ``th``, votes ``vt``, money ``usd``/``eur``/``gbp``,
  distances ``km``, speeds ``spd`` (km/h), weights ``kg`` and minutes ``mn``
  are always digits, as copy writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys of this set: names ``first`` (given name of the person);
near-miss names ``fa``/``fb`` (given names of ``a``/``b``), ``r``/``fr`` (a
relative or namesake of ``a`` sharing the surname ``sa``), ``c``/``sc`` and a
look-alike ``place``, ``d``/``sd`` and a ``company`` named like them,
``e``/``se`` and a ``product`` named like them; figures ``person`` (an invented
name) and ``year`` / ``prev`` (a year and the year before it).
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
    ("Henrike", "Wallenstrom", "f"), ("Bartosz", "Grabowiecki", "m"), ("Chiamaka", "Okonkwo", "f"),
    ("Leandro", "Villaverde", "m"), ("Rosalind", "Pettigrew", "f"), ("Stanislav", "Dobrovsky", "m"),
    ("Meenakshi", "Ramaswamy", "f"), ("Fergus", "Lochhead", "m"), ("Annunziata", "Cavaliere", "f"),
    ("Jorunn", "Haugland", "f"), ("Tiberiu", "Constantinescu", "m"), ("Yewande", "Adebayo", "f"),
    ("Emeric", "Ballantyne", "m"), ("Mireille", "Fontanet", "f"), ("Osric", "Wetherall", "m"),
    ("Thandeka", "Mabuza", "f"), ("Cormac", "Gallagher", "m"), ("Viveka", "Lindqvist", "f"),
    ("Ruairi", "Brennock", "m"), ("Marisol", "Betancourt", "f"), ("Desiderio", "Scarpaleggia", "m"),
    ("Eulalia", "Marchetti", "f"), ("Gottfried", "Reinsberger", "m"), ("Kalinda", "Pemberwick", "f"),
    ("Zdenek", "Kratochvil", "m"), ("Oluwaseun", "Adeyemi", "m"), ("Ingeborg", "Tollefsen", "f"),
    ("Anselm", "Kirchbaumer", "m"), ("Perpetua", "Nakamura", "f"), ("Lazlo", "Dunkirkson", "m"),
    ("Clodagh", "Fitzmaurice", "f"), ("Benedek", "Szabolcsi", "m"), ("Ottoline", "Rathbone", "f"),
    ("Severin", "Hackenbruck", "m"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese pinyin vs Wade-Giles,
# Korean, Persian, Greek, Hindi/Tamil, Turkish, Yiddish/German, Vietnamese without
# diacritics, Portuguese/Spanish without accents).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Tariq", "Qasim", "Kassem", "m"), ("Layla", "Ghanem", "Ghanim", "f"), ("Samir", "Othman", "Uthman", "m"),
    ("Rania", "Abdelaziz", "Abdulaziz", "f"), ("Walid", "Haddadin", "Hadadin", "m"),
    # Russian / Ukrainian
    ("Dmitri", "Zaitsev", "Zaytsev", "m"), ("Oksana", "Hrytsenko", "Gritsenko", "f"),
    ("Vadim", "Belyaev", "Beliaev", "m"), ("Svetlana", "Yakovleva", "Iakovleva", "f"),
    ("Bohdan", "Shevchuk", "Chevtchouk", "m"),
    # Chinese, pinyin vs Wade-Giles
    ("Mei", "Zhou", "Chou", "f"), ("Wei", "Xu", "Hsu", "m"), ("Yan", "Zheng", "Cheng", "f"),
    ("Jun", "Jiang", "Chiang", "m"), ("Hui", "Cai", "Tsai", "f"),
    # Korean
    ("Min-jun", "Choi", "Choe", "m"), ("Seo-yeon", "Yoon", "Yun", "f"), ("Dong-hyun", "Kang", "Gang", "m"),
    # Persian
    ("Parisa", "Hosseini", "Husseini", "f"), ("Kaveh", "Ghorbani", "Qorbani", "m"), ("Shirin", "Rezaei", "Rezaie", "f"),
    # Greek
    ("Eleni", "Christodoulou", "Hristodoulou", "f"), ("Stavros", "Dimitriou", "Demetriou", "m"),
    # Hindi / Tamil
    ("Karthik", "Subramanian", "Subramaniam", "m"), ("Priya", "Pillai", "Pillay", "f"),
    ("Arjun", "Mukherjee", "Mukherji", "m"),
    # Turkish
    ("Elif", "Öztürk", "Ozturk", "f"), ("Emre", "Şahin", "Sahin", "m"),
    # Yiddish / German
    ("Mordechai", "Schwartzman", "Shvartsman", "m"), ("Ruth", "Loewenthal", "Löwenthal", "f"),
    # Vietnamese without diacritics
    ("Thanh", "Nguyễn", "Nguyen", "m"), ("Lan", "Phạm", "Pham", "f"), ("Quang", "Huỳnh", "Huynh", "m"),
    # Portuguese / Spanish accents dropped
    ("Joana", "Gonçalves", "Goncalves", "f"), ("Ramiro", "Ibáñez", "Ibanez", "m"), ("Consuelo", "Jiménez", "Jimenez", "f"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Jansen", "Janssen"), ("Hansen", "Hanson"), ("Meyer", "Maier"), ("Fischer", "Fisher"), ("Reid", "Reed"),
    ("Stuart", "Stewart"), ("Thomson", "Thompson"), ("Mackay", "McKay"), ("Petersen", "Pedersen"),
    ("Hoffman", "Hofmann"), ("Weber", "Webber"), ("Sousa", "Souza"), ("Novak", "Nowak"), ("Chen", "Chan"),
    ("Yusuf", "Youssef"), ("Moreno", "Merino"), ("Carr", "Kerr"), ("Nilsen", "Nilsson"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Kirkby", "Kirkbride"), ("Langdon", "Langdon Hills"), ("Whitmore", "Whitmoor"), ("Radcliffe", "Ratcliffe Wharf"),
    ("Aldridge", "Aldridge Green"), ("Sutterby", "Sutterton"), ("Marchbank", "Marchbanks Moor"),
    ("Penhallow", "Penhale"), ("Tregarth", "Tregarthen Cove"), ("Ashworth", "Ashwater"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Kettleby", "Kettleby Plastics"), ("Rowntree", "Rountree Logistics"), ("Fenwick", "Fenwicke Cleaning"),
    ("Gilchrist", "Gilchrist & Daughters Removals"), ("Stavely", "Staveley Engineering"), ("Ormerod", "Ormrod Buses"),
    ("Blackwood", "Blackwood Energy"), ("Tennant", "Tennent Windows"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Dorsey", "the Dorsey mattress"), ("Marlowe", "the Marlow cider"), ("Bellamy", "the Bellamie handbag"),
    ("Corrigan", "the Corrigan hybrid rose"), ("Sheldrake", "the Sheldrake pressure cooker"),
    ("Kessler", "the Kestler folding bike"), ("Halloran", "the Halloran 3 lawnmower"),
]
GIVEN_NAMES = ["Anouk", "Bertrand", "Calliope", "Dashiell", "Eilidh", "Florian", "Greta", "Hamish", "Imogen",
               "Jasper", "Kerensa", "Lorcan", "Maren", "Niamh", "Orlando", "Peregrine", "Quentin", "Rosamund",
               "Sigrun", "Thaddeus", "Ursula", "Vilhelm"]
PLACES = ["Brackenfold", "Easter Culbin", "Montverde", "Saltash Quay", "Wolverly", "Nether Garrow",
          "Port Malden", "Castlereagh Falls", "Dunmarra", "San Telmo de Arriba", "Oxley Bridge", "Frensham Vale"]
ORGANISATIONS = ["the regional water authority", "the teaching hospitals trust", "the coastguard agency",
                 "the housing association", "the state rail operator", "the chamber of commerce",
                 "the mountain rescue service", "the fisheries inspectorate", "the teachers' union",
                 "the national meteorological office", "the tenants' federation", "the county highways department"]
ROLES = ["a spokesman for", "the chief executive of", "a lawyer for", "the vice-chair of", "a researcher at",
         "the finance director of", "the chief inspector of", "a trustee of"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Councillor", "Commissioner", "Captain", "Father"]
TITLES_F = ["Ms.", "Dr.", "Professor", "Councillor", "Commissioner", "Captain", "Sister"]
FIGURE_PEOPLE = ["Augustin Pereval", "Henrietta Cullimore", "Nkechi Obiora", "Raimund Feldhaus", "Tamsin Rook",
                 "Evander Quilty", "Marguerite Osei", "Bjarne Lykkegaard", "Consolata Ferrante", "Idris Pennant"]


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
    for i in (0, 1):
        ctx[f"c{i + 1}"] = _styled(c[i], styles[i])
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
    ("[[{full}]], {role} {org}, said on {day} that the night buses would run again from {month}.",
     "Asked about the cost, [[{var}]] declined to give a figure."),
    ("The trial of [[{full}]] opened at the crown court on {day}.",
     "Prosecutors allege that [[{var}]] forged invoices over a period of four years."),
    ("[[{full}]] scored the winning try in the final minute.",
     "Afterwards [[{var}]] dedicated the victory to {her} late grandfather."),
    ("The vaccine study is led by [[{full}]], an immunologist at the teaching hospital in {town}.",
     "[[{var}]] said early results were encouraging but not conclusive."),
    ("Shares in the logistics group fell after [[{full}]] announced {her} departure as chief executive.",
     "Analysts said [[{var}]] had steadied the company through two difficult years."),
    ("Forecasters, including [[{full}]] of {org}, warned of gales along the coast on {day}.",
     "[[{var}]] urged drivers to avoid the causeway until the tide turned."),
    ("The planning appeal was lodged by [[{full}]], who owns the old tannery site in {town}.",
     "Councillors rejected [[{var}]]'s first application in {month}."),
    ("Foreign ministers were briefed by [[{full}]], the envoy who brokered the ceasefire.",
     "[[{var}]] told them the truce was holding but fragile."),
    ("[[{full}]] was sworn in as the new coroner for {town} on {day}.",
     "{title} [[{var}]] replaces a coroner who served for twenty years."),
    ("The fossil was spotted by [[{full}]], a geology student walking the cliffs near {town}.",
     "\"I nearly stepped on it,\" [[{var}]] said."),
    ("[[{full}]] told the inquest that the ward had been short of staff for months.",
     "The coroner thanked [[{var}]] for {her} candour."),
    ("Voters in {town} re-elected [[{full}]] by a wide margin.",
     "[[{var}]] promised to finish the flood defences before the end of the term."),
    ("The sprinter [[{full}]] has been banned for two years after a failed drugs test.",
     "[[{var}]] intends to appeal, {her} agent said."),
    ("A statement from [[{full}]], {role} {org}, was read out in court.",
     "In it, [[{var}]] apologised to the families."),
    ("[[{full}]] has run the soup kitchen at the bus station since {month} last year.",
     "Volunteers say [[{var}]] rarely takes a day off."),
    ("The bill was introduced by [[{full}]], a backbench member from {town}.",
     "Ministers have signalled that [[{var}]]'s proposal will not be given government time."),
    ("The mountain rescue team found [[{full}]] sheltering in a gully on {day} morning.",
     "[[{var}]] had been missing for two nights."),
    ("[[{full}]], the harbour master, ordered the port closed as the storm approached.",
     "Fishermen later praised [[{var}]]'s decision."),
    ("Defence counsel [[{full}]] told the jury the evidence was circumstantial.",
     "[[{var}]] asked jurors to consider who else had a key to the flat."),
    ("The astronomers, led by [[{full}]], detected the comet on {day}.",
     "[[{var}]] said it would be visible from {town} with binoculars by {month}."),
    ("Former employees have accused [[{full}]] of withholding their final wages.",
     "Reached by phone, [[{var}]] denied owing anyone money."),
    ("[[{full}]] has been named head coach of the women's national team.",
     "The federation said [[{var}]] would take charge for the qualifiers in {month}."),
    ("The aid convoy was organised by [[{full}]], {role} {org}.",
     "[[{var}]] said the trucks had waited three days at the border crossing."),
    ("Hospital managers suspended [[{full}]], a senior surgeon, pending an investigation.",
     "Colleagues of [[{var}]] have written to the board in {her} support."),
    ("[[{full}]] broke the course record at the {town} fell race on {day}.",
     "It was [[{var}]]'s third win in the event."),
    ("In {month}, [[{full}]] became the youngest person to chair {org}.",
     "[[{var}]] said {she} wanted every meeting to be open to the public."),
    ("[[{full}]], whose family has farmed near {town} for generations, lost most of the flock in the snow.",
     "\"We dug out what we could,\" [[{var}]] said."),
    ("The budget was presented by [[{full}]], the council's finance chief.",
     "Opposition members accused [[{var}]] of hiding cuts in the small print."),
    ("The extradition hearing for [[{full}]] was adjourned on {day}.",
     "[[{var}]] is wanted abroad on fraud charges and has been on bail since {month}."),
    ("Researcher [[{full}]] has spent a decade tracking the decline of bumblebees around {town}.",
     "{Her} latest survey, [[{var}]] said, found the fewest yet."),
    ("[[{full}]] opened the new cancer wing on {day}.",
     "[[{var}]], who was once a patient there, cut the ribbon."),
    ("Transport officials say [[{full}]] approved the contract without a tender.",
     "[[{var}]] has since left {org}."),
    ("The paramedic who reached the crash first, [[{full}]], gave evidence on {day}.",
     "[[{var}]] described the scene as chaotic."),
    ("[[{full}]] won the regional election after a campaign about rural bus services.",
     "Supporters of {title} [[{var}]] celebrated in the square at {town}."),
    ("The striker [[{full}]] signed a three-year contract on {day}.",
     "The club did not disclose the fee paid for [[{var}]]."),
    ("The charity's founder, [[{full}]], will step down in {month}.",
     "Trustees said [[{var}]] would remain as an adviser."),
    ("Documents filed by [[{full}]] show the property changed hands twice in a year.",
     "A lawyer for [[{var}]] said both sales were legal."),
    ("A climate model developed by [[{full}]] predicts wetter winters for the region.",
     "[[{var}]] presented the findings at a conference in {town}."),
    ("[[{full}]] is the only survivor of the fishing boat that sank off {town}.",
     "Lifeboat crews found [[{var}]] clinging to a cool box."),
    ("The ambassador, [[{full}]], was summoned to the foreign ministry on {day}.",
     "[[{var}]] left the building without speaking to reporters."),
    ("Parents have praised [[{full}]], the head teacher who reopened the school after the flood.",
     "[[{var}]] said the pupils deserved the credit."),
    ("The inspection was carried out by [[{full}]] of {org}.",
     "In {her} report, [[{var}]] listed eleven breaches of fire safety rules."),
    ("[[{full}]] appeared before magistrates on {day} charged with dangerous driving.",
     "[[{var}]] spoke only to confirm {her} name and address."),
    ("The hydrologist [[{full}]] has been measuring the glacier since 2009.",
     "This summer, [[{var}]] said, it retreated further than in any year on record."),
    ("[[{full}]] took charge of the bank's retail operations in {month}.",
     "Under [[{var}]], the bank has closed a third of its branches."),
    ("Firefighters rescued [[{full}]] from the roof of a flooded house in {town}.",
     "[[{var}]] was taken to hospital as a precaution."),
    ("The cycling team's doctor, [[{full}]], insisted the riders had done nothing wrong.",
     "[[{var}]] was questioned by anti-doping officials on {day}."),
    ("The union's negotiator, [[{full}]], walked out of the talks late on {day}.",
     "\"The offer is an insult,\" [[{var}]] told waiting reporters."),
    ("[[{full}]] chairs the committee that oversees the reservoir.",
     "On {day}, [[{var}]] said the hosepipe ban would last until {month}."),
    ("Among the prisoners freed in the exchange was [[{full}]], a journalist held for two years.",
     "[[{var}]] is expected to arrive home on {day}."),
    ("The retired judge [[{full}]] will lead the review, {org} said.",
     "[[{var}]] has been asked to report by {month}."),
    ("The chef [[{full}]] earned the restaurant its first star.",
     "Diners travel from far beyond {town} to eat [[{var}]]'s tasting menu."),
    ("[[{full}]] lost {her} seat on the council by eleven votes.",
     "[[{var}]] has not ruled out a legal challenge."),
    ("A portrait of [[{full}]] now hangs in the town hall of {town}.",
     "Unveiling it, the mayor said [[{var}]] had done more for the town than anyone living.",
     "The painting took {first}'s granddaughter a year to finish."),
]

NAME_NEAR_MISSES = [
    ("{a}, a paediatric nurse, and {b}, a retired firefighter, both gave evidence on {day}.",
     "{sa} described the smoke; {sb} described the locked fire exit."),
    ("{a} defeated {b} in the race for the {town} seat.",
     "{sb} conceded shortly after midnight and congratulated {sa}."),
    ("The twins {a} and {r} will both row for the university in {month}.",
     "{fr} sits at stroke and {fa} in the bow seat."),
    ("{c} was born in a farmhouse just outside {place}.",
     "{sc} says the village has changed beyond recognition."),
    ("{d}, a plumber from {town}, has no connection with {company}.",
     "{sd} says customers of the firm still ring by mistake."),
    ("{e} has no connection with {product}, despite the name.",
     "{se} has never even owned one, friends say."),
    ("Judge {a} sentenced the defendant; the prosecution was led by {b}.",
     "{sb} had asked for a longer term than {sa} imposed."),
    ("{a} and {r} are cousins who both farm near {town}.",
     "{fa} grows barley and {fr} keeps pigs."),
    ("{b} replaced {a} as head of {org} in {month}.",
     "{sb} had been {sa}'s deputy for four years."),
    ("The scientists {a} and {b} published rival papers on the same fossil.",
     "{sa} argues it is an early bird; {sb} thinks it is a small dinosaur."),
    ("{c} runs the only shop in {place}.",
     "{sc} has been lobbying {org} for a bus stop outside it."),
    ("{e} reviewed {product} for a consumer magazine.",
     "{se} gave it three stars out of five."),
    ("The contract went to {company}, not to the firm run by {d}.",
     "{sd} said the tender had been fair."),
    ("{a}'s grandfather, {r}, founded the boatyard in {town}.",
     "{r} died in {month} at the age of ninety."),
    ("{a} chairs the health board and {b} chairs the police board.",
     "{sa} and {sb} will hold a joint meeting on {day}."),
    ("The goalkeeper {a} was beaten twice by {b}.",
     "{sb} has now scored in every round, while {sa} had conceded only once before the final."),
    ("{a} could not attend the ceremony, so {r}, {fa}'s sister, collected the award.",
     "{fr} read out a short speech."),
    ("Flooding closed the main road into {place} on {day}.",
     "{c}, who lives on the edge of the village, said the water reached the garden wall."),
    ("{d} set up a rival to {company} in {month}.",
     "{sd} said the similar name was a coincidence."),
    ("Two witnesses, {a} and {b}, gave conflicting accounts.",
     "{sa} said the car was red; {sb} said it was blue."),
    ("{e}, a design engineer, worked on {product} for two years.",
     "{se} says the product's name was chosen long before the job began."),
    ("{a} and {r} were married at the chapel in {town} on {day}.",
     "{fr} and {fa} met at university."),
    ("The trophy is named after {c}, who grew up in {place}.",
     "{sc} won it three times in the 1980s."),
    ("{a} of {org} and {b} of {company} signed the agreement.",
     "{sa} called it a milestone; {sb} said there was more work to do."),
    ("{a} and {r} are not related, despite sharing a surname and a street in {town}.",
     "{fa} is a dentist; {fr} teaches at the primary school."),
    ("The prize for young scientists went to {a}; the runner-up was {b}.",
     "{sb} and {sa} will both travel to the international final in {month}."),
    ("{d} used to work for {company} before setting up alone.",
     "{sd} left the company in {month}."),
    ("Voters will choose between {a} and {b} on {day}.",
     "Polls give {sb} a narrow lead over {sa}."),
    ("Shoppers queued outside the store in {town} for {product}.",
     "{e}, who was third in line, said the wait had been worth it."),
    ("The {sa} family has run the bakery for three generations.",
     "{a} now manages it with {r}, who does the early shift."),
    ("{c} moved to {place} in {month}.",
     "{sc} had never lived outside a city before."),
    ("The defence called {b} after the prosecution's expert, {a}, had finished.",
     "{sb} disagreed with {sa} on almost every point."),
    ("{a}, the striker, and {b}, the team's physiotherapist, were both fined by the league.",
     "{sa} was fined for dissent and {sb} for walking onto the pitch."),
    ("{e} was in the audience when {product} was launched in {town}.",
     "{se} bought one the same day."),
    ("The former mayor, {a}, endorsed {b} for the post on {day}.",
     "{sb} thanked {sa} at a rally in {town}."),
    ("{a} and {r} are siblings who both work as midwives at the hospital in {town}.",
     "{fr} joined first; {fa} followed a year later."),
    ("The road to {place} is being resurfaced.",
     "{c}, who drives it every day, welcomed the work."),
    ("{company} sponsors the youth league in which {d}'s daughter plays.",
     "{sd} coaches the team on Saturdays."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The jury deliberated for [[{dy1}]] days before returning its verdict.",
     "After [[{dy2}]] days of deliberation, the foreman read out guilty verdicts on every count."),
    ("The measles outbreak at the boarding school has affected [[{c1}]] pupils, health officials said on {day}.",
     "Parents of the [[{c2}]] children who fell ill have been offered vaccination for siblings."),
    ("{person} was clocked at [[{spd1}]] km/h on the bypass outside {town}, magistrates heard.",
     "The court was told that at [[{spd2}]] km/h the car could not have stopped in time."),
    ("The catfish landed by {person} at the reservoir weighed [[{kg1}]] kilograms.",
     "Angling officials have confirmed the [[{kg2}]]-kilogram fish as a national record."),
    ("The high-speed line will cut through [[{km1}]] kilometres of farmland between {town} and the capital.",
     "Farmers along its [[{km2}]] kilometres say the compensation offers are too low."),
    ("Waiting times at the hospital in {town} rose by [[{pc1}]] last year, according to figures released on {day}.",
     "Ministers said the [[{pc2}]] rise reflected an ageing population."),
    ("The midfielder, [[{age1}]], has agreed a one-year extension.",
     "Few clubs offer new contracts to players of [[{age2}]], but the manager said fitness was not a concern."),
    ("The judge ordered the landlord to repay [[{gbp1}]] in illegal fees to tenants.",
     "Housing campaigners welcomed the [[{gbp2}]] repayment order."),
    ("The tornado travelled [[{km1}]] kilometres across open farmland before it dissipated.",
     "Storm chasers followed it for the whole of its [[{km2}]]-kilometre track."),
    ("The ferry was carrying [[{hh1}]] passengers and crew when it ran aground.",
     "Coastguards said everyone among the [[{hh2}]] people on board had been brought ashore."),
    ("Youth unemployment in the province stands at [[{pc1}]], the statistics office said.",
     "That rate of [[{pc2}]] is the highest in the country."),
    ("The rescue took [[{mn1}]] minutes, the fire service said.",
     "Crews needed [[{mn2}]] minutes to cut the driver free from the wreckage."),
    ("The city's new stadium will seat [[{th1}]] spectators.",
     "The [[{th2}]]-seat ground is due to open in {month}."),
    ("The proposal was backed by [[{vt1}]] residents in the consultation ballot.",
     "Officials said the [[{vt2}]] supporters outnumbered opponents by two to one."),
    ("The defence minister confirmed that [[{c1}]] soldiers were killed in the ambush.",
     "The bodies of the [[{c2}]] soldiers were flown home on {day}."),
    ("The hospital trust overspent its budget by [[{usd1}]] last year.",
     "Auditors traced most of the [[{usd2}]] overspend to agency nurses."),
    ("Rainfall at the {town} weather station reached [[{c1}]] millimetres in a single hour.",
     "Forecasters said [[{c2}]] millimetres in an hour was unheard of for the area."),
    ("The defendant, aged [[{age1}]], is a care worker from {town}.",
     "The woman, who is [[{age2}]], was arrested in {month} after a colleague raised concerns."),
    ("Marine biologists tagged [[{c1}]] basking sharks off the coast this summer.",
     "Data from the [[{c2}]] tagged sharks suggest they travel further than previously thought."),
    ("The strike at the container port has now lasted [[{dy1}]] days.",
     "Picket lines have been staffed around the clock for all [[{dy2}]] days, the union said."),
    ("Emergency crews evacuated [[{hh1}]] residents from the tower block after the gas leak.",
     "Most of the [[{hh2}]] evacuees spent the night in a leisure centre."),
    ("The club paid a transfer fee of [[{eur1}]] for the teenage winger.",
     "{person}, the sporting director, said the [[{eur2}]] fee was a bargain."),
    ("The plan would put [[{hh1}]] new homes on the old airfield at {town}.",
     "Residents fear the [[{hh2}]] houses will overwhelm local schools."),
    ("Only [[{pc1}]] of the city's buses ran on time last month, {org} said.",
     "The [[{pc2}]] punctuality rate was the worst since records began."),
    ("The blades of the offshore turbines reach a tip speed of [[{spd1}]] km/h.",
     "At [[{spd2}]] km/h, campaigners say, the blades kill seabirds that fly too close."),
    ("The stolen church bell weighs [[{kg1}]] kilograms, police said.",
     "Officers believe the thieves used a van to move the [[{kg2}]]-kilogram bell."),
    ("The survey counted [[{th1}]] pairs of nesting gannets on the island.",
     "The [[{th2}]] pairs represent a recovery after the bird flu outbreak."),
    ("Observers from {org} put turnout in the presidential runoff at [[{pc1}]].",
     "The [[{pc2}]] participation rate was respectable given the weather, they said."),
    ("The eighth stage, [[{km1}]] km from the coast to {town}, was the longest of the race.",
     "Riders began the [[{km2}]] km stage in heavy rain."),
    ("The trapped miners were brought to the surface after [[{dy1}]] days underground.",
     "Relatives had kept a vigil at the pithead for all [[{dy2}]] days."),
    ("The children's hospice needs to raise [[{gbp1}]] a year to stay open.",
     "Without that [[{gbp2}]], it will have to cut beds, its chief executive warned."),
    ("The judge jailed {person} for [[{c1}]] months.",
     "The [[{c2}]]-month sentence was welcomed by the victim's family."),
    ("{person} was elected with [[{vt1}]] first-preference votes.",
     "That tally of [[{vt2}]] was the highest in the constituency."),
    ("The flood barrier on the estuary cost [[{usd1}]] to build.",
     "Engineers say the [[{usd2}]] barrier has already paid for itself."),
    ("The cargo ship ran aground with [[{c1}]] crew on board.",
     "All [[{c2}]] sailors were lifted off by helicopter."),
    ("A heatwave killed [[{hh1}]] people in the region in {month}, health authorities said.",
     "Most of the [[{hh2}]] victims were over seventy."),
    ("The tallest of the redwoods in the park is [[{c1}]] metres high.",
     "Climbers measured the [[{c2}]]-metre tree with a tape dropped from the top."),
    ("The protest drew [[{th1}]] people, according to police.",
     "Police said the [[{th2}]] marchers had been largely peaceful."),
    ("The meteorite that landed near {town} weighs [[{kg1}]] kilograms.",
     "Collectors have already offered to buy the [[{kg2}]] kg rock."),
    ("The missing pensioner, [[{age1}]], was found safe on {day}.",
     "Relatives said the [[{age2}]]-year-old had wandered off after breakfast."),
    ("The appeal court reduced the shipping company's fine to [[{eur1}]] on {day}.",
     "The firm said it would pay the [[{eur2}]] within a month."),
    ("Engineers found [[{c1}]] cracked rivets on the railway viaduct.",
     "Each of the [[{c2}]] rivets will be replaced before the line reopens."),
    ("Trains on the new line run at [[{spd1}]] km/h.",
     "That top speed of [[{spd2}]] km/h makes it the fastest railway in the country."),
    ("The school's roll has fallen to [[{hh1}]] pupils.",
     "With just [[{hh2}]] pupils, the school is no longer viable, {org} says."),
    ("Officials said [[{c1}]] wildfires were burning across the province on {day}.",
     "Water-bombing aircraft were sent to the largest of the [[{c2}]] fires."),
    ("The vaccine was [[{pc1}]] effective at preventing hospital admission, the trial found.",
     "Its efficacy of [[{pc2}]] was lower than the manufacturer had hoped."),
    ("The lifeboat's oldest volunteer, {person}, is [[{age1}]].",
     "Colleagues say that at [[{age2}]], {person} is still the first to arrive at the station."),
    ("The motion passed with [[{c1}]] councillors voting in favour.",
     "The [[{c2}]] votes in favour included three from the opposition benches."),
    ("The animal shelter took in [[{c1}]] dogs after the breeder's licence was revoked.",
     "Staff are appealing for homes for the [[{c2}]] animals."),
    ("The food bank handed out [[{th1}]] parcels in {town} last winter.",
     "Volunteers packed each of the [[{th2}]] parcels by hand."),
    ("The talks between the two delegations lasted [[{mn1}]] minutes.",
     "After [[{mn2}]] minutes of negotiation, both sides emerged smiling."),
    ("Under the ceasefire deal, [[{hh1}]] prisoners will be freed.",
     "The [[{hh2}]] detainees are to be released in stages over a week."),
    ("The crater left by the blast is [[{c1}]] metres wide, investigators said.",
     "Forensic teams are sifting soil from the [[{c2}]]-metre crater."),
    ("The power cut lasted [[{mn1}]] minutes, the grid operator said.",
     "Traffic lights across {town} were out for the full [[{mn2}]] minutes."),
]

FIGURE_NEAR_MISSES = [
    ("At least {c1} people were injured in the collision, though officials said the figure could change.",
     "Hospitals had confirmed treating {c2} by nightfall."),
    ("Forecasters expect between {c2} and {c1} millimetres of rain on {day}.",),
    ("The number of confirmed cases rose to {hh1} on {day}, from {hh2} a week earlier.",),
    ("The company first said {th2} customers' records had been exposed; it later revised that to {th1}.",),
    ("{person} won {pc1} of the vote in {year}, compared with {pc2} in {prev}.",),
    ("The tunnel will be {km1} kilometres long when it is finished.",
     "So far, crews have bored {km2} kilometres."),
    ("The manager, {age1}, has signed a goalkeeper aged {age2}.",),
    ("Of the {vt1} votes counted so far, {vt2} have gone to the incumbent.",),
    ("The government had forecast export growth of {pc1}; the actual figure was {pc2}.",),
    ("Union officials said {th1} workers joined the strike, while the employers' federation counted {th2}.",),
    ("The first trial lasted {dy1} days; the retrial lasted {dy2}.",),
    ("The fire destroyed {hh1} hectares inside the national park and {hh2} on neighbouring farms.",),
    ("The trust's annual budget is {usd1}, of which {usd2} goes on agency staff.",),
    ("The hospital treated roughly {c1} people for heatstroke on {day}, a spokesperson estimated.",
     "Of those, {c2} were kept in overnight."),
    ("Trains will eventually reach {spd1} km/h, but for the first year they are limited to {spd2} km/h.",),
    ("The bell weighs {kg1} kilograms; its clapper alone weighs {kg2}.",),
    ("The airport handled {th1} passengers in {month} {year}.",
     "In the same month of {prev}, it handled {th2}."),
    ("Police say up to {hh1} people may have been on the ferry; {hh2} have so far been accounted for.",),
    ("Estimates of the crowd varied from {th2} to {th1}.",),
    ("The senior team has won {c1} matches this season and the under-21s {c2}.",),
    ("The fine was originally set at {eur1} but was reduced to {eur2} on appeal.",),
    ("The ambulance took {mn1} minutes to reach the farm; the national target is {mn2} minutes.",),
    ("The walk is {km1} kilometres in total, with a shorter {km2}-kilometre option for families.",),
    ("The two climbers, aged {age1} and {age2}, were airlifted to hospital.",),
    ("Surveyors estimate the repairs will cost roughly {gbp1}.",
     "An earlier survey had put the bill at {gbp2}."),
    ("The strike lasted {dy1} days at the port and {dy2} days at the airport.",),
    ("A poll by {org} put support for the bill at about {pc1}.",
     "A rival poll, commissioned by {person}, found {pc2}."),
    ("The vaccine was {pc1} effective among under-sixties and {pc2} effective among older patients.",),
    ("The museum hopes to attract {th1} visitors in its first year.",
     "It welcomed {th2} in its first month alone."),
    ("Initial reports said {c1} people had died; the health ministry later corrected the toll to {c2}.",),
    ("The storm brought gusts of {spd1} km/h on the coast and {spd2} km/h inland.",),
    ("The council approved {hh1} new homes in {year} and {hh2} in {prev}.",),
    ("The winning candidate, {person}, took {vt1} votes; the runner-up took {vt2}.",),
    ("The trawler's catch weighed {kg1} kilograms in total, {kg2} of it cod.",),
    ("Prosecutors put the losses at {usd1}; the defence said they were closer to {usd2}.",),
    ("Crews warned the rescue could take {mn1} minutes or more; in the event it took {mn2}.",),
    ("Last year's appeal raised {eur1}; this year's has so far raised {eur2}.",),
    ("Ministers promise the line will carry {th1} passengers a day by 2030.",
     "It currently carries about {th2}."),
    ("Some {c1} seals were counted on the sandbank in {month}, of which {c2} were pups.",),
    ("The rescued walker, {age1}, had set out with a friend aged {age2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
