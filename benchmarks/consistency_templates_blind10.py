"""Blind10: a tenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind10`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 05:06:15 UTC, ``date -u``) by an independent
tester, on branch ``cblind10`` (worktree /work/wt/cblind10) from base commit
1a645f4f2839590fc522ecc47d8bfb718d12005d (``git log -1 --format=%H``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant; near-misses: two different people with similar names,
both introduced, relatives sharing a surname, a place, company or product named
like a person, a person with a title then surname only, spelt consistently) and
``conflicting_figures`` (one quantity stated as fact with two different numbers
in one article, in varied wording -- digits and number words; counts, money,
percentages, measures, durations, ages, speeds, distances, prices, scores,
votes; referred back with a different noun, a pronoun, "that total", a
hyphenated compound; near-misses: hedged or estimated figures, ranges, updates,
different occasions/places/groups/years, parts of a whole, forecasts against
outcomes, two named sources that disagree).
Fresh: this set never went through the detector; it is to be scored once before
and once after session 16's rounds, and never used to tune.

What the author read: the brief; ``date -u``, ``git status``, ``git log -1
--format=%H`` of the worktree (clean), ``ls`` of benchmarks/ and tests/ (file
names only) and ``wc -l`` of the three files below;
benchmarks/consistency_templates_blind9.py (whole file: header, people lists,
helpers, context functions and all four template lists -- it is development
data now; none of its sentences, people, places, organisations or name pairs is
reused here), plus ``grep -n`` of its line numbers for the machinery section
that was copied; tests/consistency_template_checks.py and
tests/test_consistency_templates_blind9.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind9\\|BLIND9\\|def sets_for\\|choices=\\|^SPLITS"`` (before the wiring) and
of ``grep -n "blind10"`` (after it).  The ``sed`` wiring of ``blind10`` was
scripted and checked with ``grep -n`` only; ``git diff`` of the harness was not
displayed, so nothing else of it was seen, by accident or otherwise, and the
file was only byte-compiled (``python -m py_compile``), never run.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, any other tests/test_consistency* file or test
about names, the templates of blind2 to blind8, any git history;
``reliability.score`` was never called and the detector was never run on these
templates.  tests/test_consistency_templates_blind10.py imports the harness
module to check the ``blind10`` wiring (the harness's lists are never printed
or inspected), and loads blind9's module to check that no person, surname
pair, place, organisation or template sentence is shared with it (earlier sets
could not be checked, as their templates were not to be read; the brief's
example pairs Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and
every pair named in blind9, were deliberately not used).  The author ran only
the well-formedness test of this set, which runs no detector, and rendered a
few samples of this module's own templates from a draft outside the worktree
(not committed).

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``) and the context-function signatures
are blind9's, unchanged; two figure families are added: ``ft`` (feet of
altitude, 1,200 to 38,000 in hundreds, comma-grouped digits) and ``lt`` (litres,
200 to 9,500 in tens, comma-grouped digits).  All people, places,
organisations, name pairs and sentences are new.  This set has 56 name
templates, 60 figure templates, 43 name near-misses and 47 figure near-misses.

Conventions (those of the harness, as in blind3 to blind9): a template is a
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
  ``tc`` (degrees Celsius), points ``pts``, hectares ``ha``, rainfall ``mm``,
  altitudes ``ft`` and volumes ``lt`` are always digits, as copy writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys of this set (as blind9): names ``first`` (given name of the
person) and ``title`` (a title for the person); near-miss names ``fa``/``fb``
(given names of ``a``/``b``), ``r``/``fr`` (a relative of ``a`` sharing the
surname ``sa``), ``c``/``sc`` and a look-alike ``place``, ``d``/``sd`` and a
``company`` named like them, ``e``/``se`` and a ``product`` named like them;
figures ``person`` (an invented name) and ``year`` / ``prev`` (a year and the
year before it).
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
    ("Lucian", "Ravenscroft", "m"), ("Philippa", "Haverstock", "f"), ("Chidubem", "Okonkwo", "m"),
    ("Wilhelmina", "Tregarthen", "f"), ("Ambrose", "Pettigrew", "m"), ("Bozena", "Wasilewska", "f"),
    ("Leandro", "Villalobos", "m"), ("Consuelo", "Arredondo", "f"), ("Cuthbert", "Ainsworth", "m"),
    ("Georgiana", "Blackadder", "f"), ("Babatunde", "Oyelaran", "m"), ("Imogen", "Thistlewood", "f"),
    ("Sigurd", "Halvorsen", "m"), ("Solveig", "Marstrander", "f"), ("Rodrigo", "Echeverria", "m"),
    ("Henrietta", "Coldicott", "f"), ("Milorad", "Stojanovic", "m"), ("Akosua", "Boatemaa", "f"),
    ("Aldous", "Templeton", "m"), ("Rosalie", "Oberhuber", "f"), ("Massimo", "Bertolucci", "m"),
    ("Ainhoa", "Etxeberria", "f"), ("Tobias", "Wainwright", "m"), ("Capucine", "Delacroix", "f"),
    ("Ferenc", "Horvathy", "m"), ("Nomvula", "Dlamini", "f"), ("Erasmus", "Pargeter", "m"),
    ("Gwendolyn", "Trevelyan", "f"), ("Kwabena", "Owusu-Ansah", "m"), ("Felicity", "Ormerod", "f"),
    ("Wojciech", "Grabowski", "m"), ("Octavia", "Hollingsworth", "f"), ("Benedikt", "Falkenrath", "m"),
    ("Chiamaka", "Nwachukwu", "f"), ("Lancelot", "Fotheringham", "m"), ("Sigrun", "Bergqvist", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese,
# Persian, Greek, Indian, Turkish, Hebrew, German umlauts/eszett, Scandinavian and
# Spanish letters dropped, Polish diacritics dropped).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Tariq", "Haddad", "Hadad", "m"), ("Nadia", "Mansour", "Mansur", "f"), ("Karim", "Othman", "Uthman", "m"),
    ("Hala", "Shaheen", "Chahine", "f"), ("Ziad", "Darwish", "Derwich", "m"),
    # Russian / Ukrainian
    ("Yevgeny", "Sokolov", "Sokoloff", "m"), ("Natalya", "Fyodorova", "Fedorova", "f"),
    ("Oleksandr", "Tkachenko", "Tkatchenko", "m"), ("Yulia", "Zhukova", "Joukova", "f"),
    ("Mykola", "Kravchuk", "Krawczuk", "m"),
    # Chinese (pinyin vs Wade-Giles)
    ("Jian", "Qian", "Chien", "m"), ("Hui", "Jiang", "Chiang", "f"), ("Bo", "Xie", "Hsieh", "m"),
    ("Ling", "Zhao", "Chao", "f"),
    # Korean
    ("Seo-yeon", "Jung", "Chung", "f"), ("Eun-ji", "Lim", "Rim", "f"), ("Dong-hyun", "Jeon", "Chun", "m"),
    # Japanese
    ("Kenji", "Itoh", "Ito", "m"), ("Ryo", "Gotoh", "Goto", "m"), ("Yuko", "Ohno", "Ono", "f"),
    # Persian
    ("Arash", "Rezaei", "Rezaie", "m"), ("Nasrin", "Ahmadi", "Ahmady", "f"), ("Babak", "Ghorbani", "Qorbani", "m"),
    # Greek
    ("Dimitris", "Georgiou", "Yeorgiou", "m"), ("Sofia", "Christodoulou", "Hristodoulou", "f"),
    ("Kostas", "Karamanlis", "Caramanlis", "m"),
    # Indian
    ("Rahul", "Srivastava", "Shrivastava", "m"), ("Sunita", "Choudhury", "Chowdhury", "f"),
    ("Arjun", "Iyer", "Aiyar", "m"), ("Deepa", "Nair", "Nayar", "f"),
    # Turkish
    ("Mehmet", "Yılmaz", "Yilmaz", "m"), ("Ayşe", "Çelik", "Celik", "f"),
    # Hebrew
    ("Avi", "Levy", "Levi", "m"), ("Eitan", "Shapira", "Shapiro", "m"),
    # German umlauts / eszett
    ("Dieter", "Müller", "Mueller", "m"), ("Heike", "Strauß", "Strauss", "f"),
    # Scandinavian / Spanish / Polish letters
    ("Søren", "Jørgensen", "Jorgensen", "m"), ("Iñaki", "Muñoz", "Munoz", "m"), ("Paweł", "Wróbel", "Wrobel", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Phillips", "Philips"), ("Matthews", "Mathews"), ("Davies", "Davis"), ("Jensen", "Jenson"),
    ("Snyder", "Snider"), ("Schmidt", "Schmitt"), ("Gray", "Grey"), ("Neal", "Neil"), ("Johnson", "Jonson"),
    ("Harris", "Harriss"), ("Abbott", "Abbot"), ("Lambert", "Lampert"), ("Stewart", "Stuart"),
    ("Waters", "Walters"), ("Nichols", "Nicholls"), ("Cook", "Cooke"), ("Hart", "Harte"),
    ("Mathis", "Mathes"), ("Powell", "Powel"), ("Moore", "Moor"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Kendall", "Kendal Green"), ("Ripley", "Ripley Cross"), ("Marlow", "Marlowe Bottom"), ("Selby", "Selby Marsh"),
    ("Whitby", "Whitby Ness"), ("Ludlow", "Ludlow Heath"), ("Buxton", "Buxton Edge"), ("Hamilton", "Hamilton Quay"),
    ("Lincoln", "Lincoln Fields"), ("Preston", "Prestonbury"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Harrington", "Harington Joinery"), ("Pemberton", "Pembertons Bakery"), ("Whitaker", "Whittaker Freight"),
    ("Bamford", "Bamforth Engineering"), ("Caldwell", "Caldwel Kitchens"), ("Marsden", "Marsdens Garden Centre"),
    ("Haworth", "Howarth Pharmacy"), ("Ogilvy", "Ogilvie Textiles"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Fenwick", "the Fenwick cordless drill"), ("Holloway", "the Hollaway air fryer"),
    ("Kingston", "the Kingstone tablet"), ("Lowell", "the Lowel running shoe"),
    ("Prescott", "the Prescot hearing aid"), ("Sutton", "the Suton electric scooter"),
    ("Tennant", "the Tennent camping stove"),
]
GIVEN_NAMES = ["Alaric", "Blythe", "Cosmo", "Delphine", "Ellery", "Fenella", "Godfrey", "Honor", "Ignatius", "Jemima",
               "Lysander", "Marigold", "Neville", "Ottoline", "Piers", "Rosalind", "Silas", "Tabitha", "Ursula",
               "Vaughan", "Wilfred", "Xanthe"]
PLACES = ["Kilbarrow", "Upper Thornleigh", "Saltmarsh End", "Monteverde Basso", "Fellgarth", "Westcombe Magna",
          "Ardnacross", "Blackwater Quay", "Villeneuve-la-Forêt", "Hollinsbridge", "Coldharbour Fen", "Strathmuir"]
ORGANISATIONS = ["the ambulance service", "the nurses' association", "the water regulator", "the port authority",
                 "the farmers' union", "the environment agency", "the civil aviation authority", "the bar council",
                 "the lifeboat institution", "the national archive", "the ferry operators' association",
                 "the statistics bureau"]
ROLES = ["a spokeswoman for", "the director of", "a lawyer for", "the chair of", "a researcher at",
         "the press officer at", "the treasurer of", "a consultant to"]
TITLES_M = ["Mr.", "Dr.", "Inspector", "Alderman", "Captain", "Judge", "Reverend"]
TITLES_F = ["Mrs.", "Dr.", "Inspector", "Alderman", "Captain", "Judge", "Reverend"]
FIGURE_PEOPLE = ["Aurelia Pennock", "Benedict Osei", "Cordelia Vance", "Desmond Achterberg", "Estelle Murtagh",
                 "Florian Kasprzak", "Gwyneth Abara", "Hector Tolland", "Isadora Quist", "Jonah Feldkamp"]


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
    ft = _round_pair(rng, 1200, 38000, 100, ordered)
    lt = _round_pair(rng, 200, 9500, 10, ordered)
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
    ("The harbourmaster [[{full}]] closed the port on {day} as gales battered the coast.",
     "Fishing crews grumbled, but [[{var}]] said lives came first."),
    ("A volunteer firefighter, [[{full}]], carried an elderly neighbour down a smoke-filled staircase.",
     "Paramedics later treated [[{var}]] for smoke inhalation."),
    ("[[{full}]] has been appointed chief constable of the county force.",
     "[[{var}]] takes up the post in {month}."),
    ("The novelist [[{full}]] has won the {town} book prize for a debut set in a fishing village.",
     "Judges praised [[{var}]]'s ear for dialogue."),
    ("Tennis player [[{full}]] retired injured in the second set on {day}.",
     "Physiotherapists strapped [[{var}]]'s ankle, but {she} could barely walk."),
    ("The winemaker [[{full}]] lost most of this year's harvest to a hailstorm.",
     "\"Twenty minutes destroyed a year's work,\" [[{var}]] said."),
    ("A crossing patrol officer, [[{full}]], has retired after forty years outside the same primary school.",
     "Pupils lined the pavement to cheer [[{var}]] on {her} last day."),
    ("Prosecutors say [[{full}]] laundered money through a chain of car washes.",
     "[[{var}]] denies all the charges."),
    ("The marine biologist [[{full}]] filmed a giant squid at a depth of nearly a kilometre.",
     "Footage shot by [[{var}]] will be shown at the natural history museum."),
    ("Health minister [[{full}]] faced angry questions in parliament on {day} over waiting lists.",
     "[[{var}]] promised an extra thousand operating sessions by {month}."),
    ("A shopkeeper, [[{full}]], fought off two armed robbers with a broom.",
     "CCTV footage shows [[{var}]] chasing the men into the street."),
    ("The architect [[{full}]] designed the new library, which opened in {town} on {day}.",
     "Readers told [[{var}]] that the reading room was the finest in the region."),
    ("Boxer [[{full}]] won the title with a knockout in the ninth round.",
     "[[{var}]]'s trainer said the fight plan had worked perfectly."),
    ("Judge [[{full}]] adjourned the fraud trial after a juror fell ill.",
     "Proceedings will resume when [[{var}]] is satisfied the jury can continue."),
    ("[[{full}]], a zookeeper, has hand-reared a rhino calf rejected by its mother.",
     "The calf now follows [[{var}]] everywhere."),
    ("The mountain guide [[{full}]] led the rescue of four walkers stranded by snow.",
     "[[{var}]] said the walkers had ignored warnings about the weather."),
    ("Environmental campaigners have welcomed the appointment of [[{full}]] to the board of {org}.",
     "[[{var}]] spent a decade fighting sewage discharges into rivers."),
    ("A student, [[{full}]], has invented a cheap water filter made from sawdust.",
     "Charities have asked [[{var}]] to help test it in refugee camps."),
    ("The jockey [[{full}]] was thrown at the final fence and broke a collarbone.",
     "[[{var}]] is expected to be out of action for six weeks."),
    ("Villagers say [[{full}]], the local vet, has not taken a holiday in twelve years.",
     "Farmers have clubbed together to send [[{var}]] on a cruise."),
    ("The choreographer [[{full}]] has staged a ballet performed entirely by dancers over sixty.",
     "Critics hailed [[{var}]]'s production as joyful."),
    ("An off-duty nurse, [[{full}]], kept a cyclist alive at the roadside until an ambulance arrived.",
     "The cyclist's wife has since met [[{var}]] to say thank you."),
    ("Talks between the rail unions and [[{full}]], the transport secretary, broke down late on {day}.",
     "Drivers will strike next week unless [[{var}]] improves the offer."),
    ("Pianist [[{full}]] stepped in at two hours' notice when the soloist fell ill.",
     "The orchestra's players rose to applaud [[{var}]] at the end."),
    ("The inventor [[{full}]] has sued a multinational for copying {her} design for a folding wheelchair.",
     "Lawyers for [[{var}]] are seeking substantial damages."),
    ("[[{full}]] spent nineteen years on death row before being exonerated.",
     "Since {her} release, [[{var}]] has campaigned against capital punishment."),
    ("The headteacher [[{full}]] has been suspended while allegations of exam cheating are investigated.",
     "Parents held a vigil outside the school in support of [[{var}]]."),
    ("A café owner in {town}, [[{full}]], has offered free meals to anyone who is alone on Christmas Day.",
     "More than a hundred people have taken up [[{var}]]'s offer."),
    ("Rower [[{full}]] capsized twice in the heats but still reached the final.",
     "[[{var}]] finished third there, taking bronze."),
    ("The backbencher [[{full}]] has resigned the party whip over the welfare cuts.",
     "Party managers tried for weeks to talk [[{var}]] round."),
    ("An amateur historian, [[{full}]], has identified the wreck of a wartime submarine.",
     "The navy has confirmed [[{var}]]'s findings."),
    ("The coroner [[{full}]] recorded a conclusion of misadventure at the inquest on {day}.",
     "[[{var}]] said the quarry lake should be fenced off."),
    ("Holidaymakers were cleared from the water after [[{full}]], a lifeguard, spotted a rip current.",
     "Beach managers praised [[{var}]]'s vigilance."),
    ("The software engineer [[{full}]] found a flaw that exposed millions of bank accounts.",
     "The bank paid [[{var}]] a bounty for reporting it."),
    ("The chair of the parish council, [[{full}]], has been accused of bullying the clerk.",
     "[[{var}]] strongly rejects the claims."),
    ("Police have charged [[{full}]] with dangerous driving after a crash on the ring road.",
     "[[{var}]] will appear before magistrates on {day}."),
    ("The photographer [[{full}]] spent a year documenting the last working coal mine.",
     "An exhibition of [[{var}]]'s images opens in {month}."),
    ("The ship's master, [[{full}]], ordered passengers to the lifeboats when the hull was breached.",
     "Survivors credited [[{var}]] with saving hundreds of lives."),
    ("[[{full}]], a postal worker, noticed that an elderly customer had not collected her mail for days.",
     "[[{var}]] alerted police, who found the woman injured at home."),
    ("Opera singer [[{full}]] lost {her} voice halfway through the first act.",
     "An understudy replaced [[{var}]] for the rest of the evening."),
    ("The drugs trial was led by [[{full}]], a professor of medicine at the university in {town}.",
     "According to [[{var}]], the results were better than anyone had hoped."),
    ("Race organisers disqualified [[{full}]] for taking a shortcut through a car park.",
     "[[{var}]] insists {she} simply followed the marshals."),
    ("A fisherman, [[{full}]], hauled up an unexploded bomb in {her} nets.",
     "Navy divers later thanked [[{var}]] for keeping calm."),
    ("The campaign to save the lido is being led by [[{full}]], who learned to swim there.",
     "[[{var}]] has collected twelve thousand signatures."),
    ("The film director [[{full}]] walked out of a press conference in {town} after questions about {her} private life.",
     "A publicist for [[{var}]] later apologised."),
    ("Mountaineer [[{full}]] has become the first person from the country to climb all fourteen of the highest peaks.",
     "[[{var}]] dedicated the achievement to {her} late father."),
    ("The ombudsman, [[{full}]], has criticised the council's handling of a disabled tenant's complaint.",
     "[[{var}]] ordered an apology and compensation."),
    ("Businessman [[{full}]] has bought the struggling football club for a nominal sum.",
     "Supporters are cautiously optimistic about [[{var}]]'s plans."),
    ("The hospital's chief nurse, [[{full}]], warned on {day} that staff were at breaking point.",
     "[[{var}]] asked the public to use pharmacies for minor ailments."),
    ("The auditor [[{full}]] discovered the missing funds while checking expense claims.",
     "Colleagues said [[{var}]] refused to sign off the accounts."),
    ("The astronaut [[{full}]] returned to Earth on {day} after six months on the space station.",
     "Doctors will monitor [[{var}]]'s bones and muscles for weeks."),
    ("[[{full}]], {role} {org}, will step down at the end of {month}.",
     "The decision surprised colleagues.",
     "A successor to [[{var}]] has not yet been named."),
    ("A teenager, [[{full}]], has become the youngest winner of the national spelling bee.",
     "The winning word was \"chiaroscuro\".",
     "[[{var}]] spelt it without hesitation."),
    ("The grandmaster [[{full}]] played forty opponents at once in the town square.",
     "Only two of them managed to beat [[{var}]]."),
    ("Detectives led by [[{full}]] have arrested three men over the jewellery raids in {town}.",
     "{title} [[{var}]] appealed for dashcam footage from the night of the last raid."),
    ("A lighthouse volunteer, [[{full}]], raised the alarm when {she} saw flares off the point.",
     "Thanks to [[{var}]], the crew of the yacht were picked up within the hour."),
]

NAME_NEAR_MISSES = [
    ("The ministers {a} and {b} clashed at the cabinet meeting on {day}.",
     "{sa} wanted the tax cut; {sb} did not."),
    ("{a} and {r}, who are siblings, both sit on the hospital board.",
     "{fr} chairs it; {fa} is treasurer."),
    ("The bus route to {place} is to be withdrawn.",
     "{c}, who uses it daily, said {sc} would be stranded."),
    ("{company} has opened a new depot in {town}.",
     "{d}, a councillor, said {sd} had no link to the firm."),
    ("A design flaw has been found in {product}.",
     "{e}, a safety engineer, said {se} had flagged it months ago."),
    ("The two goalkeepers, {a} and {b}, are competing for one place in the squad.",
     "{sb} is younger; {sa} is more experienced."),
    ("{r} opened the bakery decades ago; today {a}, {fr}'s grandchild, runs it.",
     "{fa} has kept the original oven."),
    ("Roadworks near {place} will continue until {month}.",
     "{c}, a taxi driver, said {sc} now avoids the area."),
    ("{company} has announced record profits.",
     "{d}, a shareholder activist, said {sd} would still vote against the pay report."),
    ("{product} was named gadget of the year.",
     "{e}, one of the judges, said {se} had used it every day."),
    ("In the debate, {a} accused {b} of dodging the question.",
     "{sb} replied that {sa} had not read the report."),
    ("{a} and {r}, cousins, are standing against each other in the council election.",
     "{fr} represents the greens; {fa} is an independent."),
    ("{c} grew up in {place} and still visits every summer.",
     "{sc}'s latest novel is set there."),
    ("{a} and {b}, two surgeons, have published rival studies on knee replacements.",
     "{sa} favours early surgery; {sb} prefers physiotherapy."),
    ("{d} was a customer of {company} for years.",
     "{sd} switched to a rival after a billing dispute."),
    ("Sales of {product} have doubled this year.",
     "{e}, a retail analyst in {town}, credits a price cut."),
    ("The detectives {a} and {b} worked the case together.",
     "{sa} interviewed the suspect; {sb} searched the flat."),
    ("{r}, a retired judge, sat beside a younger relative, {a}, at the ceremony.",
     "{fa} was being called to the bar."),
    ("A new health centre will open in {place} in {month}.",
     "{c}, a local pharmacist, said {sc} hoped it would ease pressure on the surgery."),
    ("{company} is recruiting apprentices.",
     "{d}, a careers adviser, said {sd} had already sent several students there."),
    ("{e} bought {product} on {day} and returned it the next morning.",
     "{se} said it was far too noisy."),
    ("The rival bidders {a} and {b} both want the shipyard.",
     "{sa} has offered more; {sb} promises to keep every job."),
    ("The twins {a} and {r} both qualified as pilots this year.",
     "{fa} flies cargo; {fr} flies passengers."),
    ("Fog closed the airport serving {place} on {day}.",
     "{c}, a stranded traveller, said {sc} had slept on the floor."),
    ("{company} denies polluting the river.",
     "{d}, an angler, says {sd} has found dead fish for weeks."),
    ("{product} has been withdrawn from sale.",
     "{e} of {org} welcomed the move."),
    ("The referees {a} and {b} will take charge of the two semi-finals.",
     "{sa} has the first match; {sb} the second."),
    ("{a} was elected captain, and {r}, {fa}'s spouse, vice-captain.",
     "{fr} has played for the club for longer."),
    ("House prices in {place} have fallen this year.",
     "{c}, an estate agent, said {sc} had never seen the market so quiet."),
    ("{company} has been sold to a private equity firm.",
     "{d}, who worked there for thirty years, said {sd} was worried about the pension scheme."),
    ("{e} wrote the instruction manual for {product}.",
     "{se} admits some of it is confusing."),
    ("Two witnesses, {a} and {b}, gave conflicting accounts of the crash.",
     "{sb} said the van was speeding; {sa} said it was not."),
    ("The co-founders {a} and {b} have fallen out over the company's direction.",
     "{sa} wants to sell; {sb} wants to expand."),
    ("The lifeboat crew includes {r} and {a}, who are siblings.",
     "{fa} joined two years after {fr}."),
    ("The harvest festival in {place} has been cancelled.",
     "{c}, one of the organisers, said {sc} was heartbroken."),
    ("{d} worked briefly at {company} as a student.",
     "{sd} now runs a rival firm."),
    ("Hackers have exploited a flaw in {product}.",
     "{e}, a security researcher, said {se} had warned the maker."),
    ("The jurors heard from two experts, {a} and {b}.",
     "{sa} testified for the prosecution; {sb} for the defence."),
    ("{a} has taken over the family shop from {r}.",
     "{fr} still helps out on Saturdays; {fa} does the rest."),
    ("A bypass around {place} has finally opened.",
     "{c}, who campaigned for it, said {sc} could now sleep at night."),
    ("The professors {a} and {b} share a laboratory.",
     "{sb} studies enzymes; {sa} studies viruses."),
    ("{a} has been appointed head of {org}.",
     "{sa} starts work in {month} and has promised a review of spending."),
    ("The inquest heard evidence from {a}, a pathologist.",
     "Under questioning, {sa} said the injuries were consistent with a fall.",
     "{sa} was the last witness."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The landslide buried [[{c1}]] houses on the edge of {town}, {org} said.",
     "Rescue teams worked through the night at the site, where [[{c2}]] homes had stood."),
    ("The city paid [[{usd1}]] to settle the wrongful arrest lawsuit.",
     "Lawyers for the family said the [[{usd2}]] settlement was the largest of its kind in the state."),
    ("The glacier has retreated [[{hh1}]] metres since monitoring began, the survey team said.",
     "That loss of [[{hh2}]] metres is visible from the valley floor."),
    ("Turnout in the referendum was [[{pc1}]].",
     "Observers said a figure of [[{pc2}]] gave the result legitimacy."),
    ("The hijacked tanker was held for [[{dy1}]] days before its crew was freed.",
     "Sailors said the [[{dy2}]]-day ordeal had left them exhausted."),
    ("Storms brought down lines across the county, leaving [[{th1}]] households without power.",
     "Engineers said all [[{th2}]] had been reconnected by {day} evening."),
    ("The youngest member of the crew aboard the research ship is [[{age1}]].",
     "At [[{age2}]], she has already spent two winters in Antarctica."),
    ("The new mayor won by [[{vt1}]] votes, according to the official count.",
     "Her margin of [[{vt2}]] was the widest since the war."),
    ("The relay team completed the mountain course in [[{mn1}]] minutes.",
     "Their time of [[{mn2}]] minutes broke a record that had stood since {year}."),
    ("The smuggled ivory weighed [[{kg1}]] kilograms, customs officers said.",
     "Tusks making up the [[{kg2}]]-kilogram consignment had been painted to look like wood."),
    ("The lorry was travelling at [[{spd1}]] km/h when it left the road, the inquest heard.",
     "A collision investigator said that at [[{spd2}]] km/h the driver had no chance of taking the bend."),
    ("A rare stamp bought for pennies sold for [[{gbp1}]] at auction on {day}.",
     "The buyer, a collector from {town}, said [[{gbp2}]] was a fair price for a piece of history."),
    ("Overnight, [[{mm1}]] millimetres of rain fell on the hills above {town}.",
     "The river rose quickly after that deluge of [[{mm2}]] mm."),
    ("A hot meal at the community café costs [[{pr1}]].",
     "Volunteers say they keep it at [[{pr2}]] so that pensioners can eat there every day."),
    ("The hunger strike ended after [[{wk1}]] weeks.",
     "Supporters said those [[{wk2}]] weeks had cost him a third of his body weight."),
    ("The home side racked up [[{pts1}]] points against the champions.",
     "That [[{pts2}]]-point haul was their best of the season."),
    ("The new ferry can carry [[{hh1}]] cars.",
     "Its capacity of [[{hh2}]] vehicles will double the number crossing each day."),
    ("The airliner had climbed to [[{ft1}]] feet when the crew reported smoke in the cabin.",
     "Passengers said the plane dropped sharply from [[{ft2}]] feet."),
    ("The tanker spilled [[{lt1}]] litres of diesel into the estuary, {org} said.",
     "Clean-up crews said that, at [[{lt2}]] litres, the spill was the worst in years."),
    ("Unemployment in the region stands at [[{pc1}]], official data showed on {day}.",
     "With joblessness at [[{pc2}]], it is the worst-performing region in the country."),
    ("The manager is leaving after [[{yr1}]] years in charge.",
     "Fans gave him a standing ovation to mark his [[{yr2}]] seasons at the club."),
    ("The gunman held [[{c1}]] hostages in the bank for most of the day.",
     "Police said every one of the [[{c2}]] captives walked out unharmed."),
    ("The wildfire has scorched [[{ha1}]] hectares of scrubland.",
     "A nature reserve is among the [[{ha2}]] hectares burnt."),
    ("The school district agreed to pay [[{usd1}]] for a fleet of electric buses.",
     "Parents questioned the [[{usd2}]] outlay while classrooms leak."),
    ("The museum has received [[{eur1}]] from a private donor.",
     "The gift, [[{eur2}]] in all, will pay to restore the frescoes."),
    ("The sturgeon landed by anglers on the river weighed [[{kg1}]] kilograms.",
     "It was released after photographs; at [[{kg2}]] kilos, it is thought to be decades old."),
    ("Inside the greenhouses, thermometers read [[{tc1}]] degrees on {day}.",
     "Workers said picking tomatoes at [[{tc2}]] degrees was unbearable."),
    ("The new line covers the [[{km1}]] kilometres between the two cities in under an hour.",
     "Commuters on the [[{km2}]]-km route will save forty minutes a day."),
    ("The sprinter, now [[{age1}]], announced her retirement on {day}.",
     "She said that at [[{age2}]] her body could no longer take the training."),
    ("The motion was carried by [[{c1}]] votes.",
     "Opposition members said a majority of [[{c2}]] showed how divided the chamber was."),
    ("Over the holiday weekend [[{th1}]] pilgrims visited the shrine, the diocese said.",
     "Stewards said they had never managed a crowd of [[{th2}]] before."),
    ("The council has cut the library budget by [[{pc1}]].",
     "Campaigners say the [[{pc2}]] reduction will force three branches to close."),
    ("Police clocked the motorcyclist at [[{spd1}]] km/h on the bypass.",
     "The magistrate said riding at [[{spd2}]] km/h through roadworks was reckless."),
    ("The prosecution called [[{c1}]] witnesses over the course of the trial.",
     "The judge thanked all [[{c2}]] for their patience."),
    ("Divers recovered [[{hh1}]] amphorae from the Roman wreck.",
     "The jars, [[{hh2}]] of them, are being conserved in {town}."),
    ("The singer's farewell tour lasted [[{wk1}]] weeks.",
     "Over those [[{wk2}]] weeks, she played to more than a million fans."),
    ("Residents collected [[{vt1}]] signatures against the incinerator.",
     "Organisers delivered the [[{vt2}]] names to the town hall on {day}."),
    ("The rescue helicopter flew [[{km1}]] kilometres out to sea to reach the yacht.",
     "The crew said the [[{km2}]]-kilometre trip was at the limit of the aircraft's range."),
    ("A single bus ticket in the capital costs [[{pr1}]].",
     "Commuters said [[{pr2}]] for one journey was daylight robbery."),
    ("The scientist spent [[{dy1}]] days alone in the cave as part of the experiment.",
     "When she emerged after [[{dy2}]] days underground, she said she had lost track of time."),
    ("The company will cut [[{hh1}]] jobs at its plant in {town}.",
     "Unions said losing [[{hh2}]] posts would devastate the town."),
    ("The former minister was paid [[{gbp1}]] for a series of speeches.",
     "He declined to say how the [[{gbp2}]] had been declared."),
    ("Callers to the tax helpline waited [[{mn1}]] minutes on average last month, the watchdog found.",
     "Small businesses said holding for [[{mn2}]] minutes cost them money."),
    ("The striker will earn [[{eur1}]] a week under his new contract.",
     "Supporters' groups said [[{eur2}]] a week was obscene when ticket prices were rising."),
    ("Only [[{c1}]] of the orchids survive in the wild, botanists say.",
     "Seeds from those [[{c2}]] plants are now stored in a vault."),
    ("The fire destroyed a warehouse holding [[{th1}]] books.",
     "Volunteers had catalogued all [[{th2}]] volumes only last year."),
    ("The man who died in the crash was [[{age1}]], police said.",
     "Relatives of the [[{age2}]]-year-old laid flowers at the roadside."),
    ("The cathedral's spire rises [[{hh1}]] feet above the city.",
     "Steeplejacks abseiled down the [[{hh2}]]-foot spire to inspect the stonework."),
    ("The team finished the season with [[{pts1}]] points, enough to win the league.",
     "No side had taken the title with [[{pts2}]] before."),
    ("Police have recovered [[{c1}]] stolen paintings from a lock-up garage.",
     "The gallery said it was overjoyed to have the [[{c2}]] works back."),
    ("Residents have been without running water for [[{dy1}]] days.",
     "The water company apologised on {day}, saying [[{dy2}]] days was unacceptable."),
    ("The airline has ordered [[{c1}]] new aircraft from the European manufacturer.",
     "The order for [[{c2}]] jets is worth billions."),
    ("The charity's Christmas appeal raised [[{gbp1}]].",
     "Its director, {person}, thanked donors.",
     "The money, [[{gbp2}]] in total, will fund a winter shelter in {town}."),
    ("The pit employed [[{hh1}]] men when it closed.",
     "Many never worked again.",
     "A memorial at the gates lists the names of all [[{hh2}]]."),
    ("The tornado tore a path [[{km1}]] kilometres long through farmland.",
     "Storm chasers followed it for the full [[{km2}]] km."),
    ("Tide gauges show that sea level at the harbour is [[{mm1}]] millimetres higher than a century ago.",
     "Engineers said the new wall was designed with that [[{mm2}]] mm in mind."),
    ("The festival sold [[{th1}]] tickets this year, organisers said.",
     "It was the first time the event had sold out; all [[{th2}]] went within a day."),
    ("The plane circled at [[{ft1}]] feet for an hour to burn off fuel.",
     "Air traffic control held it at [[{ft2}]] feet, well away from other traffic."),
    ("Silt has taken up [[{pc1}]] of the reservoir's capacity.",
     "Engineers said the [[{pc2}]] lost meant the dam must be dredged."),
    ("Firefighters pumped [[{lt1}]] litres of water out of the flooded basement.",
     "The [[{lt2}]] litres had come from a burst main."),
]

FIGURE_NEAR_MISSES = [
    ("An estimated {th1} people lined the route, though officials cautioned that the number was rough.",
     "Last year around {th2} came."),
    ("Between {c2} and {c1} boats are thought to have sunk in the harbour.",),
    ("The death toll rose to {c1} on {day}, up from {c2} a day earlier.",),
    ("Turnout was {pc1} in {year} and {pc2} in {prev}.",),
    ("The pipeline will be {km1} kilometres long; so far {km2} kilometres have been laid.",),
    ("The bride was {age2} and the groom {age1}.",),
    ("Of the {vt1} ballots counted, {vt2} were spoilt.",),
    ("Economists had forecast growth of {pc1}; the actual figure was {pc2}.",),
    ("The union put the number of strikers at {th1}; management said {th2}.",),
    ("The men's race was {km1} km long and the women's {km2} km.",),
    ("The hospital has {hh1} beds, {hh2} of them in intensive care.",),
    ("The project was budgeted at {usd1}; {usd2} has been spent so far.",),
    ("Possibly as many as {c1} sheep were killed by the dogs, the farmer believes.",
     "A vet has so far counted {c2} carcasses."),
    ("The car's top speed is {spd1} km/h, though it is limited to {spd2} km/h in town mode.",),
    ("The male gorilla weighs {kg1} kilograms and the female {kg2}.",),
    ("The theatre sold {th1} tickets in {year} and {th2} in {prev}.",),
    ("As many as {hh1} branches could close, the bank warned; {hh2} closures have been confirmed.",),
    ("The council voted {c1} to {c2} in favour of the scheme.",),
    ("The first team scored {pts1} points over the season and the reserves {pts2}.",),
    ("The fine was {gbp1} at first and was cut to {gbp2} on appeal.",),
    ("The express takes {mn2} minutes; the stopping service takes {mn1}.",),
    ("The eldest of the three sisters is {age1}; the youngest is {age2}.",),
    ("Surveyors think the repairs may cost around {eur1}.",
     "An earlier quote was {eur2}."),
    ("Doctors in the north were out for {wk1} weeks, those in the south for {wk2}.",),
    ("According to {org}, about {pc1} of residents oppose the scheme.",
     "A survey by {person} put the figure at {pc2}."),
    ("The vaccine cut hospital admissions by {pc1} among the over-sixties and by {pc2} among younger adults.",),
    ("The zoo aims to attract {th1} visitors a year; in {prev} it had {th2}.",),
    ("First reports spoke of {c1} people injured; hospitals later said {c2} had been treated.",),
    ("It was {tc1} degrees in {town} and {tc2} degrees up in the hills.",),
    ("The council approved {hh1} housing applications in {year} and {hh2} in {prev}.",),
    ("The winning candidate got {vt1} votes; her nearest rival got {vt2}.",),
    ("The estate extends to {ha1} hectares, of which {ha2} are woodland.",),
    ("Landlords say tenants owe {usd1} in arrears; tenants' groups say {usd2}.",),
    ("Forecasters said up to {mm1} millimetres of rain could fall; by midnight {mm2} had been recorded.",),
    ("A pint of milk cost {pr1} at the island shop and {pr2} on the mainland.",),
    ("Prosecutors sought {yr1} years; the court sentenced him to {yr2}.",),
    ("The outbreak infected {c1} people in the town, {c2} of whom were children.",),
    ("The arena will hold {th1} spectators once the roof is finished; for now it holds {th2}.",),
    ("The helicopter can reach {ft1} feet but usually flies below {ft2}.",),
    ("The tanker carried {lt1} litres of fuel, of which {lt2} leaked.",),
    ("The western station recorded {mm1} mm in {month}; the eastern one recorded {mm2} mm.",),
    ("The contract could be worth up to {eur1}, the company said, with {eur2} guaranteed.",),
    ("The first siege lasted {dy1} days, the second {dy2}.",),
    ("The slowest finisher took {mn1} minutes; the fastest took {mn2}.",),
    ("The club's highest score this season was {pts1}; its lowest was {pts2}.",),
    ("Wages rose {pc1} in the private sector and {pc2} in the public sector last year.",),
    ("The ambulance reached {spd1} km/h on the motorway but only {spd2} km/h in the city.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
