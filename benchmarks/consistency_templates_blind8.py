"""Blind8: an eighth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind8`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 02:32:28 UTC, ``date -u``) by an independent
tester, on branch ``cblind8`` (worktree /work/wt/cblind8) from base commit
453123ab99ece942e8d5e63f09e59627950f22c5 (``git rev-parse HEAD``), from the
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
Fresh: to be scored once on the final code of session 15, never used to tune.

What the author read: the brief; ``date -u``, ``git rev-parse HEAD`` and
``git status --short`` of the worktree (clean); ``wc -l`` of the three files
below; benchmarks/consistency_templates_blind7.py (whole file: header, people
lists, helpers, context functions and all four template lists -- it is
development data now; none of its sentences, people, places, organisations or
name pairs is reused here), plus a count of its four lists (53 / 40 / 53 / 40)
obtained by loading that module alone, and ``grep -n`` of its line numbers for
the machinery section that was copied; tests/consistency_template_checks.py and
tests/test_consistency_templates_blind7.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind7\\|BLIND7\\|def sets_for\\|choices=\\|^SPLITS"``.  After the scripted
``sed`` wiring of ``blind8`` into consistency_injection.py (a usage line after
blind7's; ``"blind8"`` added to ``SPLITS``, to the two ``split in/not in``
tuples and to the ``sets_for`` docstring), ``git diff`` of that file showed by
accident the few lines around each edit: the usage lines of the module
docstring (blind5/blind6/blind7 usage lines, a ``--per-kind 120 --seed
20160927 --output report.md`` example, and the end of a sentence about a
``held_out`` half taking odd positions), the end of the harness's ``SETS``
dict (the ``conflicting_figures`` entry naming its own ``FIGURE_TEMPLATES``,
``FIGURE_NEAR_MISSES``, ``figure_context`` and a lambda calling
``figure_context(rng, ordered=True)``), the ``sets_for`` header and its
``import importlib.util``, and the first lines of ``split_templates`` (blind
sets use every template; the other splits take even or odd positions by
parity).  That is everything seen by accident (the same lines blind7's header
reports); nothing else of the harness was read, and the file was only
byte-compiled (``python -m py_compile``), never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind6, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind8.py imports the harness
module to check the ``blind8`` wiring (the harness's lists are never printed or
inspected), and loads blind7's module to check that no person, surname pair,
place or template is shared with it (earlier sets could not be checked, as
their templates were not to be read; the brief's own example pairs
Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky were deliberately not
used, in case an earlier set has them).  The author ran only the
well-formedness tests (blind7's and blind8's), which run no detector, and
rendered a few samples of this module's own templates with a throwaway script
outside the worktree (not committed).

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``) and the context-function signatures
are blind7's, unchanged; two figure families are added: ``yr`` (year counts,
2 to 45, styled like the small counts) and ``ha`` (hectares, 60 to 4,800,
digits with thousands commas).  All people, places, organisations, name pairs
and sentences are new.

Conventions (those of the harness, as in blind3 to blind7): a template is a
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
  votes ``vt``, money ``usd``/``eur``/``gbp``, distances ``km``, speeds ``spd``
  (km/h), weights ``kg``, minutes ``mn``, temperatures ``tc`` (degrees
  Celsius), points ``pts`` and hectares ``ha`` are always digits, as copy
  writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys of this set (as blind7): names ``first`` (given name of the
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
    ("Bogdan", "Wisniewski", "m"), ("Philippa", "Hazelwood", "f"), ("Obinna", "Nwachukwu", "m"),
    ("Cordelia", "Blackstock", "f"), ("Leopold", "Harrowgate", "m"), ("Radka", "Novotna", "f"),
    ("Gonzalo", "Villanueva", "m"), ("Esperanza", "Quintero", "f"), ("Ambrose", "Cattermole", "m"),
    ("Winifred", "Pettigrew", "f"), ("Babajide", "Ogunleye", "m"), ("Georgiana", "Tremayne", "f"),
    ("Magnus", "Bergstrom", "m"), ("Solveig", "Haugland", "f"), ("Lucian", "Valdivia", "m"),
    ("Honoria", "Drummond", "f"), ("Branislav", "Petrovic", "m"), ("Akosua", "Boateng", "f"),
    ("Ignatius", "Fotheringham", "m"), ("Gertrud", "Schweitzer", "f"), ("Massimo", "Lombardi", "m"),
    ("Pilar", "Arriaga", "f"), ("Cuthbert", "Ravenscroft", "m"), ("Ottilie", "Beaumont", "f"),
    ("Laszlo", "Kovacsics", "m"), ("Nomvula", "Dlamini", "f"), ("Algernon", "Pickersgill", "m"),
    ("Seraphine", "Delacroix", "f"), ("Kwame", "Owusu-Ansah", "m"), ("Edwina", "Ormerod", "f"),
    ("Vratislav", "Hrubecky", "m"), ("Millicent", "Braithwaite", "f"), ("Leander", "Hoffmeister", "m"),
    ("Chidinma", "Okafor", "f"), ("Reginald", "Haverford", "m"), ("Sigrid", "Amundsen", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese,
# Persian, Greek, Indian, Turkish, German umlauts/eszett, Czech/Polish diacritics
# dropped, Hebrew, Scottish Mc/Mac).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Tariq", "Mansour", "Mansur", "m"), ("Huda", "Khalil", "Khaleel", "f"), ("Omar", "Suleiman", "Sulayman", "m"),
    ("Amira", "Yousef", "Youssef", "f"), ("Bassam", "Shaheen", "Chahine", "m"),
    # Russian / Ukrainian
    ("Yevgeny", "Alekseyev", "Alexeev", "m"), ("Tatyana", "Sergeyeva", "Sergeeva", "f"),
    ("Vitaliy", "Tkachenko", "Tkatchenko", "m"), ("Oksana", "Zhuravel", "Jouravel", "f"),
    ("Pyotr", "Khrustalev", "Chrustalew", "m"),
    # Chinese (pinyin vs Wade-Giles)
    ("Jian", "Zhao", "Chao", "m"), ("Hui", "Qian", "Chien", "f"), ("Ling", "Xie", "Hsieh", "f"), ("Bo", "Jiang", "Chiang", "m"),
    # Korean
    ("Hye-jin", "Pak", "Park", "f"), ("Sung-min", "Jung", "Chung", "m"), ("Da-eun", "Ryu", "Yoo", "f"),
    # Japanese
    ("Hiroshi", "Itoh", "Ito", "m"), ("Yuko", "Ohno", "Ono", "f"), ("Kenji", "Satoh", "Sato", "m"),
    # Persian
    ("Mahnaz", "Ghaffari", "Qaffari", "f"), ("Navid", "Mousavi", "Musavi", "m"), ("Parisa", "Rezaei", "Rezai", "f"),
    # Greek
    ("Dimitra", "Georgiou", "Yiorgiou", "f"), ("Nikos", "Chatzis", "Hatzis", "m"),
    # Indian
    ("Sunita", "Chaudhary", "Choudhury", "f"), ("Rahul", "Srivastava", "Shrivastava", "m"),
    ("Deepa", "Iyengar", "Ayyangar", "f"),
    # Turkish
    ("Murat", "Yılmaz", "Yilmaz", "m"), ("Ayşe", "Çelik", "Celik", "f"),
    # German umlauts / eszett
    ("Günter", "Müller", "Mueller", "m"), ("Bärbel", "Köhler", "Koehler", "f"),
    # Czech / Polish diacritics dropped
    ("Tomáš", "Dvořák", "Dvorak", "m"), ("Małgorzata", "Wójcik", "Wojcik", "f"),
    # Hebrew
    ("Avi", "Levi", "Levy", "m"), ("Noa", "Friedman", "Fridman", "f"),
    # Scottish Mc / Mac
    ("Ewan", "McDonald", "MacDonald", "m"), ("Morag", "McIntyre", "MacIntyre", "f"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Phillips", "Philips"), ("Matthews", "Mathews"), ("Graham", "Grahame"), ("Neal", "Neil"), ("Harris", "Harries"),
    ("Lawson", "Larson"), ("Schmidt", "Schmitt"), ("Bauer", "Baur"), ("Conway", "Conroy"), ("Gray", "Grey"),
    ("Burke", "Bourke"), ("Moore", "Muir"), ("Cohn", "Kohn"), ("Martins", "Martens"), ("Lindsay", "Lindsey"),
    ("Andersen", "Anderson"), ("Hart", "Hardt"), ("Mills", "Miles"), ("Dixon", "Dickson"), ("Ward", "Word"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Kendall", "Kendal"), ("Preston", "Prestonpans"), ("Hatfield", "Hatfield Peverel"), ("Bromley", "Bromley Cross"),
    ("Lincoln", "Lincoln Fields"), ("Selby", "Selby Marsh"), ("Ripley", "Rippley Green"), ("Burnley", "Burnleigh"),
    ("Dudley", "Dudley Port"), ("Buxton", "Buxton Spa"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Hargreaves", "Hargreave Haulage"), ("Sinclair", "Sinclaire Cosmetics"), ("Whitaker", "Whittaker Timber"),
    ("Nicholls", "Nichols Bakeries"), ("Pennington", "Penington Pharmacy"), ("Ogilvy", "Ogilvie Insurance"),
    ("Farrow", "Farrows Garden Centre"), ("Bannister", "Banister Roofing"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Morrison", "the Morison pressure cooker"), ("Sterling", "the Stirling sports car"),
    ("Holloway", "the Holloway camping stove"), ("Fenwick", "the Fennwick robot vacuum"),
    ("Marsden", "the Marsden garden shed"), ("Langford", "the Langforde electric scooter"),
    ("Bradbury", "the Bradbury hearing aid"),
]
GIVEN_NAMES = ["Aldous", "Briony", "Caspian", "Delphina", "Emrys", "Fenella", "Gaspard", "Honor", "Isolde", "Jago",
               "Kerensa", "Leofric", "Marigold", "Nerys", "Orrin", "Peregrine", "Rosalie", "Saoirse", "Tobias",
               "Ursula", "Valentin", "Wilhelmina"]
PLACES = ["Kestrel Bridge", "Upper Hanley", "Monteverde", "Westholme", "Saltmarsh End", "Little Barrow",
          "Penmorvah", "Ashcombe", "Glenfinlas", "Villafranca del Campo", "Thornbury Weir", "Redhaven"]
ORGANISATIONS = ["the ambulance service", "the port authority", "the water regulator", "the farmers' union",
                 "the transport authority", "the health board", "the football league", "the weather service",
                 "the environment agency", "the sheriff's office", "the national library", "the bar council"]
ROLES = ["a spokeswoman for", "the director of", "a lawyer for", "the treasurer of", "an economist at",
         "the press officer at", "the chair of", "a consultant to"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Councillor", "Inspector", "Judge", "Reverend"]
TITLES_F = ["Ms.", "Dr.", "Professor", "Councillor", "Inspector", "Judge", "Reverend"]
FIGURE_PEOPLE = ["Aurelia Hartigan", "Benedikt Strand", "Cosima Ferraro", "Dermot Quilty", "Euphemia Rakes",
                 "Florian Achterberg", "Gwendolyn Oyelaran", "Hamza Belkacem", "Isadora Vance", "Jolyon Treharne"]


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
    ("Wing [[{full}]] crossed for the decisive try eight minutes from time in {town}.",
     "The conversion was missed, but [[{var}]]'s score was enough."),
    ("Giving evidence on {day}, the toxicologist [[{full}]] said the dose would have been fatal within hours.",
     "Under cross-examination, [[{var}]] conceded that the sample had been stored at the wrong temperature."),
    ("A crowdfunding appeal set up by [[{full}]] has paid for a defibrillator outside the village shop.",
     "\"It took a fortnight,\" [[{var}]] said. \"People were incredibly generous.\""),
    ("[[{full}]] spent the night in a departure lounge after the last flight to {town} was cancelled.",
     "The airline later offered [[{var}]] a voucher, which {she} described as an insult."),
    ("The treasurer of the allotment society, [[{full}]], has stepped down after a row over rents.",
     "Members are expected to choose a successor to [[{var}]] in {month}."),
    ("Prosecutors dropped all charges against [[{full}]] on {day}.",
     "A lawyer for [[{var}]] said the case should never have been brought."),
    ("Apple grower [[{full}]] lost half the blossom to a late frost in {month}.",
     "{Her} neighbours fared even worse, said [[{var}]], who has farmed the slope for decades."),
    ("A meteorite that crashed through a garage roof in {town} was identified by [[{full}]], a geologist at the university.",
     "Collectors have already offered [[{var}]] large sums for fragments, but the stone will go to the museum."),
    ("[[{full}]] began work as chief executive of the ambulance trust on {day}.",
     "One of [[{var}]]'s first decisions was to publish response times every week."),
    ("At {town} magistrates' court, [[{full}]] admitted driving without insurance.",
     "Magistrates fined [[{var}]] and banned {her} from driving for a year."),
    ("When the power failed, the night porter [[{full}]] guided patients out of the basement with a torch.",
     "Hospital managers have nominated [[{var}]] for a bravery award."),
    ("The rail union's general secretary, [[{full}]], said on {day} that the overtime ban would continue.",
     "Talks collapsed, according to [[{var}]], because the company changed its offer at the last minute."),
    ("Objectors to the quarry extension were led by [[{full}]], a retired surveyor.",
     "{title} [[{var}]] told the inquiry that blasting would crack the church walls."),
    ("The choreographer [[{full}]] has created a new ballet for the national company.",
     "Rehearsals were tense, dancers say, because [[{var}]] rewrote the second act twice."),
    ("A late equaliser from [[{full}]] kept the visitors' title hopes alive.",
     "Until then the home defence had kept [[{var}]] quiet all afternoon."),
    ("The fishmonger's stall run by [[{full}]] has been trading in the covered market since {her} father retired.",
     "Chefs from across {town} buy their turbot from [[{var}]]."),
    ("[[{full}]], a glaciologist who has spent eleven summers on the ice cap, published new measurements on {day}.",
     "The melt is accelerating, [[{var}]] found."),
    ("Neighbours pulled [[{full}]], a pensioner, from the smoke-filled bungalow.",
     "Paramedics treated [[{var}]] for smoke inhalation before taking {her} to hospital."),
    ("The founder of the discount chain, [[{full}]], has sold {her} remaining shares.",
     "The sale leaves [[{var}]] with no stake in the business for the first time."),
    ("The netball federation has appointed [[{full}]] as head coach ahead of the world cup.",
     "Players said they were delighted. [[{var}]] takes charge in {month}."),
    ("Rural bus routes will disappear under the plans, warned [[{full}]], {role} {org}.",
     "Ministers, [[{var}]] said, had not visited a single affected village."),
    ("The jury in the trial of [[{full}]] retired to consider its verdict on {day}.",
     "[[{var}]] denies causing the death of a cyclist by careless driving."),
    ("Marine biologist [[{full}]] has filmed a giant squid off the coast for the first time.",
     "The footage, shot by [[{var}]] from a research submarine, lasts under a minute."),
    ("The village turned out in force for the funeral of [[{full}]], its postmistress for four decades.",
     "Schoolchildren laid flowers outside the post office where [[{var}]] had worked."),
    ("[[{full}]] won the vote to lead the independent group on the district council.",
     "Rivals accept that [[{var}]] will be hard to dislodge."),
    ("Coastguards winched [[{full}]] from the cliff ledge after {she} was cut off by the tide.",
     "A spokesman said [[{var}]] had been lucky: the water was already at {her} feet."),
    ("Shares in the shipping group slid when [[{full}]] resigned as chairman.",
     "Investors had regarded [[{var}]] as the architect of its recovery."),
    ("The mural on the side of the library was painted by [[{full}]] during lockdown.",
     "Council officers now want to list it, much to [[{var}]]'s surprise."),
    ("A firefighter, [[{full}]], delivered a baby boy on the hard shoulder of the motorway.",
     "Mother and son are doing well, and the family has asked [[{var}]] to be godparent."),
    ("A boundary dispute over a single metre of garden ended in the county court when [[{full}]] lost {her} appeal.",
     "The judge ordered [[{var}]] to pay both sides' costs."),
    ("The young novelist [[{full}]] has been longlisted for the fiction prize with a debut set in {town}.",
     "Critics have compared [[{var}]] to the great social realists."),
    ("Environmental health officers closed a takeaway owned by [[{full}]] after finding mice in the kitchen.",
     "[[{var}]] has promised to reopen once the building has been treated."),
    ("The marathon was won by [[{full}]], who ran the last five kilometres alone.",
     "Spectators on the finishing straight chanted [[{var}]]'s name."),
    ("The inquiry into the hospital's maternity unit will be chaired by [[{full}]], the health secretary announced.",
     "Families had asked for [[{var}]] by name."),
    ("Sewage from a cracked pipe flooded the cellar of [[{full}]], a publican in {town}.",
     "The water company has apologised to [[{var}]] and paid for a clean-up."),
    ("The archivist [[{full}]] found the missing letters in a box of unsorted parish papers.",
     "\"I almost threw the box away,\" [[{var}]] admitted."),
    ("A ruling by the ombudsman has backed [[{full}]], who complained about a bank's handling of a fraud.",
     "The bank must refund [[{var}]] in full within a month."),
    ("[[{full}]] was installed as the town's new rabbi on {day}.",
     "The synagogue was packed for [[{var}]]'s first sermon."),
    ("Sailor [[{full}]] has completed the transatlantic crossing in a boat {she} built in {her} garage.",
     "Customs officers in the harbour were the first to greet [[{var}]]."),
    ("The outbreak of norovirus was first spotted by [[{full}]], the ward's senior nurse.",
     "Quick action by [[{var}]] stopped it spreading to the rest of the hospital."),
    ("The tribunal found in favour of [[{full}]], a warehouse worker sacked for joining a union.",
     "[[{var}]] was awarded compensation and an apology."),
    ("[[{full}]] kept a clean sheet on {her} debut between the posts.",
     "The manager said [[{var}]] had earned a run in the side."),
    ("The regulator has banned [[{full}]] from acting as a company director for eight years.",
     "According to the ruling, [[{var}]] had taken deposits from customers after the firm was insolvent."),
    ("[[{full}]] spent a year photographing the last working coal barges on the river.",
     "The pictures go on show in {month}, and [[{var}]] will give a talk on the opening night."),
    ("Demand at the warm space in the church hall has doubled since {month}, said [[{full}]], who runs it.",
     "Most visitors, [[{var}]] added, are pensioners living alone."),
    ("Sitting at the crown court, Judge [[{full}]] jailed the gang for a total of forty years.",
     "In sentencing, [[{var}]] described the robberies as cowardly."),
    ("The bridge that cracked on {day} was inspected last year by [[{full}]], a structural engineer.",
     "The report written by [[{var}]] recommended weight limits that were never imposed."),
    ("The search for the missing child ended when a dog walker, [[{full}]], heard crying in the woods.",
     "The girl's parents have thanked [[{var}]] in person."),
    ("A trial led by [[{full}]] suggests a cheap blood-pressure drug slows dementia.",
     "More work is needed, [[{var}]] cautioned, before doctors prescribe it."),
    ("Batsman [[{full}]] hit an unbeaten hundred as the county chased down the target.",
     "[[{var}]] finished the innings with a six into the car park."),
    ("A bus driver, [[{full}]], has been praised for talking a teenager down from the bridge parapet near {town}.",
     "Police said [[{var}]] stayed with the boy until officers arrived."),
    ("Voters in the ward ended the career of [[{full}]], who had sat on the council since the 1990s.",
     "[[{var}]] left the count without speaking to reporters.",
     "The winning candidate paid tribute to {her} years of service."),
    ("The cellist [[{full}]] was reunited on {day} with an instrument stolen from {her} car.",
     "Police found it in a pawn shop; [[{var}]] said {she} wept when it was handed back."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} gave evidence on the same day at the inquest.",
     "{sa} was the driver; {sb} was a passenger in the car behind."),
    ("{a} and {r}, who are siblings, took over the family vineyard above {town} in {month}.",
     "{fr} makes the wine; {fa} handles sales."),
    ("Schools in {place} will stay closed on {day} because of snow.",
     "{c}, a parent, said {sc} would be working from home with three children."),
    ("{company} has gone into administration.",
     "{d}, a retired teacher, said {sd} had received condolences from friends who confused the firm with the family."),
    ("{e} is regularly asked whether {se} designed {product}.",
     "The answer is no."),
    ("Centre-back {a} headed clear from {b} in the last minute.",
     "{sb} had earlier hit the bar; {sa} was named man of the match."),
    ("Counsel for the defence, {a}, questioned the pathologist, {b}, for two hours.",
     "{sb} stood by the findings; {sa} suggested they were incomplete."),
    ("{r} passed the bakery to {a}, {fr}'s eldest child, on {day}.",
     "{fa} is the third generation to bake there."),
    ("A new cycle path will link {place} with {town}.",
     "{c}, who commutes that way, said {sc} would use it every day."),
    ("{d} has asked {company} to stop using a logo that looks like a family crest.",
     "{sd} said the resemblance was a coincidence but an annoying one."),
    ("{product} is out of stock across the country.",
     "{e}, a retail analyst, blamed a shortage of parts."),
    ("{a} and {b} are the two names on the shortlist for chief fire officer.",
     "{sa} already works for {org}; {sb} would come from the private sector."),
    ("{a} and {r}, parent and child, were both elected to the parish council.",
     "{fr} topped the poll; {fa} came third."),
    ("{c} has lived in {place} since childhood.",
     "{sc} says visitors often assume the place was named after the family."),
    ("The spinner {a} dismissed the opener {b} for a duck.",
     "{sa} then took three more wickets; {sb} watched from the pavilion."),
    ("{d} is often asked whether {sd} owns {company}.",
     "\"Different spelling, different family,\" is the stock reply."),
    ("{product} was voted the gadget of the year.",
     "{e} chaired the panel of judges."),
    ("The review will be carried out by {a}, a former police chief, and {b}, a child psychologist.",
     "{sa} and {sb} are due to report in {month}."),
    ("{r} opened the hardware shop in {town}; {a}, {fr}'s godchild, still runs it.",
     "{fa} has kept the original counter."),
    ("Landslips have closed the lane to {place}.",
     "{c}, a farmer, said {sc} was cut off for two days."),
    ("Drivers at {company} walked out on {day} over pay.",
     "{d}, a local councillor, met the strikers."),
    ("{a} edged out {b} to win the regional chess championship.",
     "{sb} resigned on move forty; {sa} shook hands and left the hall."),
    ("{e} tested {product} for a consumer magazine.",
     "{se} found it reliable but noisy."),
    ("The pianist {a} accompanied the tenor {b} at the festival.",
     "{sb} sang Schubert; {sa} played a solo encore."),
    ("{a} and {r}, twins, both entered the mayoral race.",
     "{fa} withdrew on {day}, leaving {fr} to fight on."),
    ("House prices in {place} have doubled in a decade.",
     "{c}, a builder, said {sc} could not afford to live there now."),
    ("{b} replaces {a} as chief librarian in {month}.",
     "{sa} is retiring; {sb} comes from the university library in {town}."),
    ("{d} worked one summer at {company} while studying.",
     "{sd} says colleagues assumed there was a family connection."),
    ("The first witness, {a}, was followed by {b}, a ballistics expert.",
     "{sb} said the gun had been fired twice; {sa} had heard only one shot."),
    ("{e} owns three of {product}.",
     "{se} insists it is not a marketing stunt."),
    ("{a} and {r}, who are cousins, ran the half-marathon together on {day}.",
     "{fr} finished first; {fa} was two minutes behind."),
    ("{c} became harbourmaster at {place} in {month}.",
     "{sc} took over from a colleague who had held the post for twenty years."),
    ("{a} of the nurses' union and {b} of the health department met on {day}.",
     "{sa} said the talks had gone well; {sb} would not comment."),
    ("Inspectors visited {company} on {day}.",
     "{d}, who runs a shop next door, said {sd} had watched them arrive."),
    ("The rowers {a} and {b} shared the single sculls title after a dead heat.",
     "Judges could not separate {sa} and {sb} on the photo."),
    ("{product} has been withdrawn after reports of overheating.",
     "{e}, a safety engineer, advised owners to unplug it."),
    ("{a} and {r}, a married couple, marked their golden wedding on {day}.",
     "{fr} met {fa} at a dance in {town}."),
    ("Train services to {place} will be replaced by buses in {month}.",
     "{c}, a student, said {sc} would miss lectures."),
    ("The two mayoral candidates, {a} and {b}, debated on local radio.",
     "{sa} pledged free parking; {sb} pledged more street lights."),
    ("{d} has bought a van from {company}, a firm {sd} says has no link to the family.",),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The visitors ran in [[{pts1}]] points against the bottom club on {day}.",
     "Their coach said a [[{pts2}]]-point haul away from home showed how far the side had come."),
    ("A minibus carrying a youth choir overturned near {town}, injuring [[{c1}]] children, {org} said.",
     "All [[{c2}]] youngsters were discharged from hospital by the evening."),
    ("The county has signed a [[{usd1}]] contract to resurface its rural roads.",
     "Critics of the deal say the [[{usd2}]] should have gone to bus services instead."),
    ("Crossing the strait by the new hydrofoil takes [[{mn1}]] minutes.",
     "\"[[{mn2}]] minutes door to door is a game changer for islanders,\" said {person}, {role} {org}."),
    ("A burst riverbank left [[{hh1}]] houses in {town} under water on {day}.",
     "Volunteers spent the weekend pumping out the [[{hh2}]] flooded homes."),
    ("The club's captain has been out injured for [[{wk1}]] weeks.",
     "He returns to training on {day}, ending a [[{wk2}]]-week absence."),
    ("Youth unemployment in the province has reached [[{pc1}]], official figures published on {day} show.",
     "At [[{pc2}]], the rate is the highest of any region in the country."),
    ("The winner of the village's scarecrow contest is [[{age1}]] years old.",
     "Judges said the [[{age2}]]-year-old's entry was the funniest they had seen."),
    ("[[{vt1}]] tenants took part in the ballot on the stock transfer, the housing association said.",
     "Of the [[{vt2}]] who voted, a clear majority backed the move."),
    ("The thermometer at the airport recorded [[{tc1}]] degrees on {day}, a new record for {month}.",
     "Tarmac softened on the runway as the mercury hit [[{tc2}]] degrees."),
    ("The new cycle highway between {town} and the coast is [[{km1}]] kilometres long.",
     "Riders who completed the [[{km2}]]-kilometre route on the opening day were given medals."),
    ("Border police found [[{kg1}]] kilograms of heroin in the fuel tank of a lorry.",
     "It was the force's largest seizure this year; the drugs, all [[{kg2}]] kg of them, will be destroyed."),
    ("The new tram reached [[{spd1}]] km/h during trials on {day}.",
     "Engineers were delighted with the [[{spd2}]] km/h run, though trams will be limited in the city centre."),
    ("The inquest into the ferry sinking has sat for [[{dy1}]] days.",
     "Families who have attended all [[{dy2}]] days say they still have no answers."),
    ("The academy trust has taken on [[{c1}]] trainee teachers this year.",
     "Each of the [[{c2}]] trainees will be paired with a mentor."),
    ("Rents in {town} rose by [[{pc1}]] in the year to {month}, the letting agents' survey found.",
     "Tenants' groups said an increase of [[{pc2}]] was pricing families out."),
    ("The man who drove into the crowd is [[{age1}]], police said.",
     "Detectives are holding the [[{age2}]]-year-old on suspicion of attempted murder."),
    ("A sponsored swim across the loch raised [[{gbp1}]] for the air ambulance.",
     "The charity said the [[{gbp2}]] would fund a night flight crew for a month."),
    ("[[{th1}]] spectators packed the ground for the cup final on {day}.",
     "Police said the [[{th2}]]-strong crowd was well behaved."),
    ("Bin collections in {town} have been suspended for [[{wk1}]] weeks because of the strike.",
     "After [[{wk2}]] weeks without a collection, rats have appeared in the streets."),
    ("An elderly man waited [[{mn1}]] minutes for an ambulance after collapsing in the street.",
     "\"[[{mn2}]] minutes is far too long,\" his daughter said."),
    ("A syndicate of office cleaners in {town} has won [[{eur1}]] in the national lottery.",
     "The [[{eur2}]] prize will be shared between eleven colleagues."),
    ("Officers arrested [[{c1}]] fans before kick-off, {org} said.",
     "Most of the [[{c2}]] detained were later released without charge."),
    ("The restored wetland covers [[{ha1}]] hectares.",
     "Conservationists said the [[{ha2}]]-hectare site was already attracting wading birds."),
    ("The funicular up to the old town takes [[{mn1}]] minutes.",
     "Tourists queue for an hour for a [[{mn2}]]-minute ride."),
    ("The container ship was carrying [[{hh1}]] refrigerated containers when its engines failed.",
     "Tugs towed the vessel and its [[{hh2}]] boxes of fruit to port."),
    ("The baby elephant born at the safari park on {day} weighed [[{kg1}]] kilograms.",
     "Keepers said the [[{kg2}]] kg calf was standing within an hour."),
    ("The governor was re-elected with [[{pc1}]] of the vote.",
     "{person}, who ran her campaign, said [[{pc2}]] was a clear mandate."),
    ("Engineers have drilled [[{km1}]] kilometres of the new water tunnel under the mountains.",
     "The [[{km2}]] kilometres dug so far were completed without a single serious injury, the company said."),
    ("The wildfire in the national park burned for [[{dy1}]] days before it was contained.",
     "Firefighters from five countries worked through the [[{dy2}]] days."),
    ("The brass band's tour this summer takes in [[{c1}]] towns.",
     "Its players will visit [[{c2}]] bandstands in as many weekends."),
    ("The new chief constable, {person}, is [[{age1}]] years old.",
     "At [[{age2}]], {person} is the youngest person to hold the post."),
    ("The waiting list for knee and hip operations in the region stands at [[{th1}]].",
     "\"[[{th2}]] people in pain is a scandal,\" said {person}, {role} {org}."),
    ("A bobsleigh team clocked [[{spd1}]] km/h on the run's fastest bend.",
     "The crash happened moments later, at [[{spd2}]] km/h."),
    ("The former solicitor was ordered to pay back [[{gbp1}]] taken from clients' accounts.",
     "A judge said the [[{gbp2}]] had funded a gambling habit."),
    ("Sales of heat pumps rose by [[{pc1}]] in {month}.",
     "Installers attributed the [[{pc2}]] increase to a government grant."),
    ("The city spent [[{usd1}]] clearing snow last winter.",
     "Council leaders defended the [[{usd2}]] bill, saying roads had to stay open.",
     "Opposition councillors want that figure cut by a third."),
    ("The cyclone brought gusts of [[{spd1}]] km/h to the coast on {day}.",
     "Power lines came down across the district as winds hit [[{spd2}]] km/h."),
    ("The union said [[{vt1}]] nurses voted in the strike ballot.",
     "Those [[{vt2}]] votes were counted by an independent scrutineer."),
    ("The new orbital bus route serves [[{c1}]] villages.",
     "Residents of the [[{c2}]] villages had lobbied for it for years."),
    ("The home side ended the season with [[{pts1}]] points.",
     "That tally of [[{pts2}]] was their best in a decade."),
    ("The sea wall took [[{yr1}]] years to rebuild.",
     "Residents of {town} lived with scaffolding for all [[{yr2}]] years."),
    ("The harvest festival's giant marrow measured [[{c1}]] centimetres.",
     "The [[{c2}]]-centimetre vegetable won its grower a trophy and a year's supply of compost."),
    ("The airline's chief executive received [[{usd1}]] in pay and bonuses last year.",
     "Cabin crew who have not had a rise since {year} called the [[{usd2}]] award obscene."),
    ("The submarine cable runs [[{hh1}]] metres below the surface of the channel.",
     "At [[{hh2}]] metres, repairs need remotely operated vehicles."),
    ("The city paid [[{eur1}]] to stage the marathon this year.",
     "The mayor said the [[{eur2}]] outlay was recovered through tourism."),
    ("The boy, [[{age1}]], is the youngest patient to receive the implant in Europe.",
     "Surgeons said the [[{age2}]]-year-old was already walking."),
    ("The rail line was closed for [[{mn1}]] minutes after a tree fell on the tracks.",
     "During the [[{mn2}]]-minute closure, commuters were stuck between stations."),
    ("Mountain rescue teams brought [[{c1}]] walkers down from the ridge after the storm.",
     "Those [[{c2}]] hikers were lucky, the team leader said."),
    ("The farm has planted [[{ha1}]] hectares of new woodland since {year}.",
     "Owls have returned to its [[{ha2}]] hectares of young trees."),
    ("The glacier has retreated by [[{pc1}]] of its length since records began, the survey found.",
     "Scientists called the [[{pc2}]] loss alarming."),
    ("The new scanner at {town} hospital cost [[{gbp1}]].",
     "Every penny of the [[{gbp2}]] came from local fundraising."),
    ("The oil tanker blaze burned for [[{dy1}]] days.",
     "Coastal residents were told to keep windows shut for the full [[{dy2}]] days.",
     "The clean-up is expected to take months."),
    ("The sentence was [[{yr1}]] years in prison.",
     "Relatives of the victims said [[{yr2}]] years was too lenient."),
]

FIGURE_NEAR_MISSES = [
    ("Rescuers fear up to {hh1} people may be trapped, though officials stressed that number was only an estimate.",
     "So far {hh2} have been brought out alive."),
    ("Forecasters predict between {c2} and {c1} centimetres of snow on high ground on {day}.",),
    ("The number of flu patients in hospital climbed to {c1} on {day}, up from {c2} the week before.",),
    ("The port first put the number of cancelled sailings at {hh2}, then revised it to {hh1}.",),
    ("Turnout was {pc1} in {year}, compared with {pc2} in {prev}.",),
    ("The bypass will be {km1} kilometres long when it is finished.",
     "The first {km2} kilometres open in {month}."),
    ("The oldest runner in the fun run, aged {age1}, finished just ahead of a rival aged {age2}.",),
    ("Of the {vt1} ballot papers issued, {vt2} were spoiled.",),
    ("Economists had forecast growth of {pc1}; the statistics office reported {pc2}.",),
    ("Organisers said {th1} people joined the march; the police estimate was {th2}.",),
    ("The first hearing lasted {dy1} days, and the appeal {dy2}.",),
    ("The hailstorm damaged {hh1} cars in {town} and {hh2} in neighbouring villages.",),
    ("The hospital's budget is {usd1}, of which {usd2} goes on agency staff.",),
    ("Engineers think roughly {c1} homes are still without power.",
     "Perhaps {c2} of them will be reconnected by {day}."),
    ("The new locomotive is designed for {spd1} km/h but will run at {spd2} km/h on the old line.",),
    ("The statue weighs {kg1} kilograms and its plinth {kg2}.",),
    ("The museum welcomed {th1} visitors in {month} {year}.",
     "In {month} {prev} it had {th2}."),
    ("As many as {c1} jobs could go, the firm said; {c2} staff have already volunteered to leave.",),
    ("Estimates of the number of people at the vigil ranged from {th2} to {th1}.",),
    ("The women's team scored {pts1} points on {day}; the men's team managed {pts2}.",),
    ("The company was fined {eur1}, a penalty cut to {eur2} on appeal.",),
    ("Buses took an average of {mn1} minutes on the route, against a scheduled {mn2}.",),
    ("The longest leg of the relay is {km1} kilometres and the shortest {km2}.",),
    ("The two survivors, aged {age1} and {age2}, were found clinging to the hull.",),
    ("Surveyors think the repairs to the pier could cost around {gbp1}.",
     "An earlier report had put the figure at {gbp2}."),
    ("Doctors struck for {wk1} weeks in the north and {wk2} weeks in the south.",),
    ("A survey for {org} found about {pc1} support for the new stadium.",
     "A rival survey commissioned by {person} put support at {pc2}."),
    ("The vaccine cut hospital admissions by {pc1} among the over-80s and by {pc2} among younger adults.",),
    ("The zoo hopes to attract {th1} visitors a year once the new enclosure opens.",
     "Last year it drew {th2}."),
    ("Early reports said {c1} people had died; the authorities later put the toll at {c2}.",),
    ("Temperatures hit {tc1} degrees in the valleys but only {tc2} degrees in the mountains.",),
    ("The council granted {hh1} licences in {year} and {hh2} in {prev}.",),
    ("{person} won with {vt1} votes; the runner-up took {vt2}.",),
    ("The estate covers {ha1} hectares, of which {ha2} are woodland.",),
    ("The regulator said customers were owed {usd1}; the energy company put the figure at {usd2}.",),
    ("Forecasters say temperatures may reach {tc1} degrees on {day}; last week's high was {tc2}.",),
    ("Last year's telethon raised {gbp1}; this year's has so far raised {gbp2}.",),
    ("Planners expect the new airport link to carry {th1} passengers a day by 2035.",
     "The existing bus service carries around {th2}."),
    ("Volunteers counted {c1} puffins on the island in {month}, {c2} of them chicks.",),
    ("The prosecution asked for {yr1} years; the judge imposed {yr2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
