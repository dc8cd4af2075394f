"""Blind6: a sixth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind6`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-24 (started 01:18:04 UTC, ``date -u``) by an independent
tester, on branch ``cblind6`` (worktree /work/wt/cblind6) from base commit
2b6875836c63fcdc6aeaa7e84edf075dd697ac06 (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration variant; near-misses: two different people with similar names,
both introduced, relatives sharing a surname, a place, company or product named
like a person) and ``conflicting_figures`` (one quantity stated as fact with two
different numbers in one article, in varied wording; near-misses: hedged or
estimated figures, ranges, updates, different occasions/places/groups/years,
parts of a whole, forecasts against outcomes, two named sources that disagree).
Fresh: to be scored once before and once after a round, never used to tune.

What the author read: the brief; ``date -u``, ``git rev-parse HEAD`` and
``git status --short`` of the worktree (clean); ``wc -l`` of the three files
below; benchmarks/consistency_templates_blind5.py (whole file: header, people
lists, helpers, context functions and all four template lists -- it is
development data now; none of its sentences, people, places, organisations or
name pairs is reused here); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind5.py (whole files); in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind5\\|BLIND5\\|def sets_for\\|choices=\\|^SPLITS"`` and of ``grep -n`` for a
few helper-section markers of blind5's module.  After the scripted ``sed``
wiring of ``blind6`` into consistency_injection.py, ``git diff`` of that file
showed the few lines around each edit: the usage lines of the module docstring
(blind3/blind4/blind5 usage lines and a ``--per-kind 120 --seed 20160927``
example), the end of the harness's ``SETS`` dict (the ``conflicting_figures``
entry naming its own ``FIGURE_TEMPLATES``, ``FIGURE_NEAR_MISSES``,
``figure_context`` and a lambda calling ``figure_context(rng, ordered=True)``),
the ``sets_for`` header and the first lines of ``split_templates`` (blind sets
use every template; the other splits take even or odd positions by parity).
That is everything seen by accident; nothing else of the harness was read.  Not
read or run: src/reliability/, features/, docs/, README.md, benchmarks/results/,
any other tests/test_consistency* file, tests/test_names_round14.py, the
templates of blind2 to blind4, any git history; ``reliability.score`` was never
called and the detector was never run on these templates.
tests/test_consistency_templates_blind6.py imports the harness module to check
the ``blind6`` wiring (the harness's lists are never printed or inspected).  The
author ran only the well-formedness tests (blind5's and blind6's), which run no
detector, and rendered a few samples of this module's own templates.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``) are blind5's, unchanged; one figure family (``tc``, temperatures in
degrees Celsius) is added.  All people, places, organisations, name pairs and
sentences are new.

Conventions (those of the harness, as in blind3 to blind5): a template is a
tuple of one to three sentences with ``{placeholders}``; a context function
takes a ``random.Random`` and returns the dict filling them; conflict sides are
marked ``[[...]]`` in the template (the full name and the variant surname; the
two numbers); the context key ``"kind"`` names the variant:

* names: ``transliteration`` (drawn about a third of the time; the pair's two
  spellings are used in either order), ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words`` (applies to the small
  counts ``c``, percentages ``pc``, ages ``age`` and day counts ``dy``);
  hundreds ``hh``, thousands ``th``, votes ``vt``, money ``usd``/``eur``/``gbp``,
  distances ``km``, speeds ``spd`` (km/h), weights ``kg``, minutes ``mn`` and
  temperatures ``tc`` (degrees Celsius) are always digits, as copy writes them.

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
    ("Agnieszka", "Brzostowska", "f"), ("Lucius", "Hartswood", "m"), ("Folasade", "Ogunleye", "f"),
    ("Casimir", "Delacourt", "m"), ("Philippa", "Ravensworth", "f"), ("Radovan", "Milosavljevic", "m"),
    ("Sunanda", "Venkataraman", "f"), ("Alasdair", "Drummondson", "m"), ("Graziella", "Buonarroti", "f"),
    ("Torbjorn", "Ekstrand", "m"), ("Valeriu", "Munteanu", "m"), ("Ifeoma", "Nwachukwu", "f"),
    ("Cuthbert", "Pennington", "m"), ("Solange", "Beaumarchais", "f"), ("Wendelin", "Obermaier", "m"),
    ("Nomvula", "Dlamini", "f"), ("Dermot", "Kavanagh", "m"), ("Gunnhild", "Sandvik", "f"),
    ("Ignatius", "Trelawney", "m"), ("Ximena", "Valderrama", "f"), ("Gianluca", "Morandini", "m"),
    ("Ottilie", "Brackenbury", "f"), ("Leopold", "Stadelmann", "m"), ("Beatrix", "Cholmondley", "f"),
    ("Vojtech", "Hrabanek", "m"), ("Babatunde", "Olawale", "m"), ("Sigrid", "Fjellstad", "f"),
    ("Korbinian", "Wittelsbach", "m"), ("Esperanza", "Quintanilla", "f"), ("Ambrose", "Kilbride", "m"),
    ("Saoirse", "Donoghue", "f"), ("Miklos", "Vasarhelyi", "m"), ("Honoria", "Blenkinsop", "f"),
    ("Evert", "Landsknecht", "m"), ("Tamara", "Gorodetskaya", "f"), ("Anatole", "Villeneuve", "m"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations or spellings (Arabic, Russian/Ukrainian, Chinese, Korean, Japanese,
# Persian, Greek, Hindi/Bengali, Turkish, Polish/Czech diacritics dropped,
# Scandinavian letters, Irish Mc/Mac).
TRANSLITERATIONS_PEOPLE = [
    # Arabic
    ("Khalid", "Mansour", "Mansur", "m"), ("Nour", "Hamdan", "Hamdane", "f"), ("Yousef", "Shaheen", "Chahine", "m"),
    ("Amal", "Abdelrahman", "Abdul Rahman", "f"), ("Fadi", "Khoury", "Khouri", "m"),
    # Russian / Ukrainian
    ("Grigori", "Vorobyov", "Vorobiev", "m"), ("Natalya", "Tkachenko", "Tkatchenko", "f"),
    ("Yuri", "Aleksandrov", "Alexandrov", "m"), ("Olena", "Kovalenko", "Kowalenko", "f"),
    ("Taras", "Bondarchuk", "Bondartchouk", "m"),
    # Chinese (pinyin vs Wade-Giles / Cantonese)
    ("Li", "Qian", "Chien", "f"), ("Hao", "Zhao", "Chao", "m"), ("Xin", "Huang", "Wong", "f"),
    ("Bo", "Xie", "Hsieh", "m"),
    # Korean
    ("Ji-woo", "Lee", "Yi", "f"), ("Sung-min", "Jung", "Chung", "m"), ("Hye-jin", "Shin", "Sin", "f"),
    # Japanese
    ("Haruki", "Ohno", "Ono", "m"), ("Yumiko", "Itoh", "Ito", "f"), ("Kenta", "Satoh", "Sato", "m"),
    ("Aiko", "Ohashi", "Oohashi", "f"),
    # Persian
    ("Dariush", "Mohammadi", "Mohamadi", "m"), ("Maryam", "Karimi", "Karimy", "f"),
    # Greek
    ("Nikos", "Papadopoulos", "Papadopulos", "m"), ("Katerina", "Georgiou", "Yeorgiou", "f"),
    # Hindi / Bengali
    ("Anirban", "Chattopadhyay", "Chattopadhyaya", "m"), ("Sunita", "Chaudhary", "Choudhury", "f"),
    ("Rahul", "Srivastava", "Shrivastava", "m"),
    # Turkish
    ("Zeynep", "Yıldız", "Yildiz", "f"), ("Burak", "Çelik", "Celik", "m"),
    # Polish / Czech diacritics dropped
    ("Małgorzata", "Wójcik", "Wojcik", "f"), ("Jiří", "Dvořák", "Dvorak", "m"), ("Łukasz", "Kamiński", "Kaminski", "m"),
    # Scandinavian letters
    ("Søren", "Bjørnstad", "Bjornstad", "m"), ("Astrid", "Læssøe", "Laessoe", "f"), ("Håkon", "Ångström", "Angstrom", "m"),
    # Irish Mc / Mac
    ("Siobhan", "McNamara", "MacNamara", "f"), ("Eoin", "McGuinness", "MacGuinness", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Olsen", "Olson"), ("Schmidt", "Schmitt"), ("Neumann", "Newman"), ("Philips", "Phillips"), ("Gray", "Grey"),
    ("Mathews", "Matthews"), ("Clarke", "Clark"), ("Macdonald", "McDonnell"), ("Andersen", "Anderson"),
    ("Kaufman", "Kauffmann"), ("Lang", "Long"), ("Costa", "Acosta"), ("Kowalski", "Kowalczyk"), ("Wang", "Wong"),
    ("Hassan", "Hasan"), ("Marin", "Martin"), ("Byrne", "Burne"), ("Larsen", "Larson"), ("Brown", "Braun"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Hartley", "Hartley Wintney"), ("Bramhall", "Bramhall Moor"), ("Kendrick", "Kendrick's Cross"),
    ("Ellesmere", "Ellesmere Port"), ("Thornbury", "Thornborough"), ("Merriman", "Merrymeet"),
    ("Caldecott", "Caldicot"), ("Penrose", "Penrose Point"), ("Holloway", "Holloway Road"), ("Burnley", "Burnleigh"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Harcourt", "Harcourt Insurance"), ("Pilkington", "Pilkinton Glazing"), ("Whitbread", "Whitbred Catering"),
    ("Sainsbury", "Sainsburys Haulage"), ("Moffatt", "Moffat Scaffolding"), ("Dunlop", "Dunlopp Tyres"),
    ("Hargreaves", "Hargreaves & Sons Funeral Directors"), ("Lyle", "Lyle Brothers Builders"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Collins", "the Collins road atlas"), ("Ainsley", "the Ainslie gin"), ("Harper", "the Harpur fountain pen"),
    ("Beckett", "the Becket reclining chair"), ("Murdoch", "the Murdock trail shoe"), ("Carver", "the Carver 200 chainsaw"),
    ("Tennyson", "the Tenison sourdough loaf"),
]
GIVEN_NAMES = ["Aurelie", "Benedikt", "Cressida", "Dorian", "Elspeth", "Fintan", "Gwendolyn", "Horatio", "Isolde",
               "Joaquin", "Kirsten", "Leontine", "Magnus", "Nerys", "Ottavio", "Pernille", "Rafferty", "Saskia",
               "Tobias", "Verity", "Wilhelmina", "Zebedee"]
PLACES = ["Glenmorrow", "Upper Haddow", "Villaseca", "Kingsferry", "Ashbourne Mills", "Little Dunsford",
          "Port Arrin", "Redmarsh", "Carrickmore Bay", "Santa Inés del Monte", "Fellgate", "Harrowden Cross"]
ORGANISATIONS = ["the district ambulance service", "the ports authority", "the national audit office",
                 "the civil aviation regulator", "the nurses' union", "the farmers' cooperative",
                 "the children's commissioner's office", "the river trust", "the metropolitan police",
                 "the university hospital", "the state broadcaster", "the football association"]
ROLES = ["a spokeswoman for", "the director of", "a solicitor for", "the chair of", "an economist at",
         "the deputy head of", "the treasurer of", "a senior official at"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Alderman", "Inspector", "Judge", "Reverend"]
TITLES_F = ["Ms.", "Dr.", "Professor", "Alderman", "Inspector", "Judge", "Reverend"]
FIGURE_PEOPLE = ["Cyprian Holdsworth", "Wilhelmina Thackeray", "Adaeze Nwosu", "Ferdinand Quist", "Juno Ashcombe",
                 "Lysander Pryce", "Oona Grierson", "Eskil Vestergaard", "Benedetta Rinaldi", "Tegid Prosser"]


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
    tc = _pair(rng, 18, 48, ordered)
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
    ("[[{full}]], {role} {org}, said the overnight closure of the bridge would begin on {day}.",
     "Pressed on the diversion routes, [[{var}]] promised more signs."),
    ("Jurors in the fraud trial of [[{full}]] were sent home early on {day}.",
     "The prosecution says [[{var}]] moved client money into a private account in {month}."),
    ("[[{full}]] kicked the late penalty that sealed promotion.",
     "[[{var}]] said afterwards that {she} had practised the kick all week."),
    ("A clinical trial run by [[{full}]], a cardiologist in {town}, has recruited its first patients.",
     "[[{var}]] hopes to publish results within two years."),
    ("The brewery's owner, [[{full}]], has put the business up for sale.",
     "Staff learned of [[{var}]]'s decision from a notice on the canteen wall."),
    ("Meteorologist [[{full}]] warned that the dry spell could last into {month}.",
     "Farmers should plan for a poor harvest, [[{var}]] added."),
    ("An objection to the quarry expansion was filed by [[{full}]], whose house overlooks the site.",
     "The inspector visited [[{var}]]'s garden on {day} to assess the noise."),
    ("The peace talks are being chaired by [[{full}]], a retired diplomat.",
     "Delegates credit [[{var}]] with keeping both sides at the table."),
    ("[[{full}]] took office as chief constable on {day}.",
     "{title} [[{var}]] has pledged to reopen two police stations in {town}."),
    ("A rare orchid was found by [[{full}]], a retired postal worker out walking a dog near {town}.",
     "\"I knew straight away it was something special,\" [[{var}]] said."),
    ("[[{full}]] told the tribunal {she} had been dismissed for raising safety concerns.",
     "The employer's barrister said [[{var}]] had never filed a formal complaint."),
    ("Residents of {town} elected [[{full}]] as their first directly elected mayor.",
     "In a victory speech, [[{var}]] promised a new swimming pool."),
    ("Cyclist [[{full}]] has been stripped of the national title.",
     "Lawyers for [[{var}]] said the sample had been mishandled."),
    ("A letter signed by [[{full}]], {role} {org}, was delivered to the minister on {day}.",
     "In the letter, [[{var}]] calls for an independent inquiry."),
    ("For twelve years [[{full}]] has run the only bookshop in {town}.",
     "Customers have started a fund to help [[{var}]] pay the new rent."),
    ("The amendment tabled by [[{full}]] would ban disposable vapes.",
     "Health groups backed [[{var}]]'s proposal, but retailers oppose it."),
    ("Coastguards winched [[{full}]] from a ledge below the cliffs on {day}.",
     "[[{var}]] had been stranded by the rising tide."),
    ("[[{full}]], the ferry company's captain, turned the ship back as the swell grew.",
     "Passengers later thanked [[{var}]] for the decision."),
    ("Prosecutor [[{full}]] told the court the phone records were decisive.",
     "[[{var}]] showed jurors a map of the calls made on the night."),
    ("A team led by [[{full}]] has sequenced the genome of the ash tree fungus.",
     "[[{var}]] said the work could help breeders find resistant trees."),
    ("Tenants have accused [[{full}]] of ignoring damp in dozens of flats in {town}.",
     "A lawyer for [[{var}]] said repairs were under way."),
    ("[[{full}]] is the new conductor of the city's symphony orchestra.",
     "[[{var}]] will lead the first concert of the season in {month}."),
    ("The evacuation of the valley was coordinated by [[{full}]], {role} {org}.",
     "By nightfall, [[{var}]] said, every farm had been checked."),
    ("Surgeon [[{full}]] has been cleared of misconduct by the medical council.",
     "Patients of [[{var}]] had petitioned for {her} reinstatement."),
    ("[[{full}]] set a national record in the 800 metres at the indoor championships.",
     "The time lowered [[{var}]]'s own previous best by a second."),
    ("In {month}, [[{full}]] was appointed to lead {org}.",
     "Critics say [[{var}]] has no experience of managing a large budget."),
    ("[[{full}]], who breeds rare pigs outside {town}, lost three sows to the floods.",
     "\"We couldn't get to them in time,\" [[{var}]] said."),
    ("The spending plan was unveiled by [[{full}]], the city treasurer.",
     "Business leaders questioned [[{var}]]'s estimate of parking revenue."),
    ("A court in {town} granted bail to [[{full}]] on {day}.",
     "[[{var}]] must surrender {her} passport and report to police weekly."),
    ("Ornithologist [[{full}]] has counted the swifts nesting in {town} every summer for a decade.",
     "This year's count, [[{var}]] said, was the lowest on record."),
    ("[[{full}]] cut the ribbon on the new children's ward on {day}.",
     "[[{var}]], a former nurse, raised much of the money."),
    ("According to leaked emails, [[{full}]] signed off the software contract personally.",
     "[[{var}]] resigned from {org} in {month}."),
    ("The first firefighter into the warehouse, [[{full}]], gave evidence to the inquiry on {day}.",
     "[[{var}]] said the smoke was so thick {she} could not see {her} own hands."),
    ("[[{full}]] has won the party's nomination for the by-election.",
     "Activists said [[{var}]] had knocked on more doors than anyone."),
    ("The novelist [[{full}]] has been shortlisted for the prize for a second time.",
     "Judges called [[{var}]]'s book an unflinching portrait of village life."),
    ("Police named the driver of the lorry as [[{full}]], from {town}.",
     "[[{var}]] was treated at the scene for minor injuries."),
    ("[[{full}]], {role} {org}, defended the decision to close the ward.",
     "Nurses booed as [[{var}]] left the meeting."),
    ("The landslide was first reported by [[{full}]], a shepherd on the hillside.",
     "Rescuers said [[{var}]]'s call had saved lives."),
    ("Chess prodigy [[{full}]] became a grandmaster at the tournament in {town}.",
     "At the closing ceremony [[{var}]] thanked {her} first coach."),
    ("Investors sued [[{full}]] after the fund collapsed in {month}.",
     "Through a spokesperson, [[{var}]] said the claims were without merit."),
    ("The orchestra's new leader, [[{full}]], grew up in {town}.",
     "[[{var}]] first played the violin at the age of four."),
    ("[[{full}]] has been appointed ombudsman for the water industry.",
     "Consumer groups welcomed [[{var}]]'s appointment."),
    ("The hostages were freed after talks led by [[{full}]], a negotiator with {org}.",
     "[[{var}]] spent eleven hours on the phone with the kidnappers."),
    ("Headteacher [[{full}]] has banned mobile phones at the school in {town}.",
     "Parents have largely backed [[{var}]], according to a survey."),
    ("The expedition's doctor, [[{full}]], treated climbers for frostbite at base camp.",
     "[[{var}]] said two of them would need surgery."),
    ("[[{full}]] won the lottery jackpot with a ticket bought in {town}.",
     "[[{var}]] says {she} will keep working at the garage."),
    ("A bronze statue by the sculptor [[{full}]] was unveiled in the square on {day}.",
     "[[{var}]] spent three years on the commission."),
    ("The committee heard from [[{full}]], a former adviser at {org}.",
     "MPs pressed [[{var}]] on who had approved the payments."),
    ("[[{full}]] was rescued from the car after it left the road near {town}.",
     "Doctors say [[{var}]] is in a stable condition."),
    ("The union's general secretary, [[{full}]], called off the strike on {day}.",
     "Members will vote on the offer, [[{var}]] said, by the end of {month}."),
    ("Economist [[{full}]] has predicted a mild recession next year.",
     "The central bank rejected [[{var}]]'s forecast as too gloomy."),
    ("The gallery's director, [[{full}]], bought the painting at auction in {month}.",
     "Trustees said [[{var}]] had acted within {her} authority."),
    ("Fishing skipper [[{full}]] has warned that quotas will put boats out of business.",
     "[[{var}]] has fished out of {town} for thirty years."),
]

NAME_NEAR_MISSES = [
    ("{a} and {b} were both shortlisted for the award for young engineers.",
     "{sa} designed a low-cost water filter; {sb} built a solar-powered fridge."),
    ("{a} and {r}, husband and wife, have run the chip shop in {town} since the 1990s.",
     "{fr} fries; {fa} takes the orders."),
    ("Walkers setting out from {place} are advised to carry water.",
     "{c}, who leads guided hikes there, said the path was dry and exposed."),
    ("{d} has no connection with {company}, the firm that shares a version of the name.",
     "{sd} works as a primary school teacher in {town}."),
    ("{e} says friends often tease {se} about {product}.",),
    ("{a}, the home team's captain, shook hands with {b}, the visitors' captain, before kick-off.",
     "{sb}'s side won by two goals."),
    ("The councillor {a} and the council's chief planner, {b}, clashed over the housing plan.",
     "{sa} wants more affordable homes; {sb} says the site cannot take them."),
    ("{a} was sworn in as mayor on {day} by {r}, the outgoing mayor and {fa}'s aunt.",
     "{fr} had held the post for eight years."),
    ("The ferry to {place} was cancelled because of high winds.",
     "{c}, a passenger who had waited two hours, said {sc} would try again tomorrow."),
    ("{company} has won the contract to repair the school roof.",
     "{d}, a parent at the school, welcomed the news."),
    ("Reviewers have praised {product}.",
     "{e}, who tested it for a consumer magazine, gave it four stars."),
    ("{a} and {b} are both candidates for the vacant seat on {org}.",
     "{sb} is a retired judge; {sa} runs a housing charity."),
    ("{a} and {r} are twins who both joined the fire service in {month}.",
     "{fa} is based in {town}; {fr} works at the airport station."),
    ("{c} was born in {place} and still lives there.",
     "{sc} has written a history of the village."),
    ("The striker {a} and the goalkeeper {b} both signed new contracts on {day}.",
     "{sa} will stay for two more seasons and {sb} for one."),
    ("{d} said people often asked whether the family owned {company}.",
     "\"I wish I did,\" {sd} said."),
    ("{product} went on sale in {town} on {day}.",
     "Among the first buyers was {e}, a retired engineer."),
    ("{a} of {org} and {b} of the regional government will co-chair the inquiry.",
     "{sa} and {sb} will report by {month}."),
    ("{a} is the daughter of {r}, who founded the dance school in {town}.",
     "{fa} took over from {fr} last year."),
    ("Police have closed the road between {place} and {town}.",
     "{c}, who lives nearby, said the diversion added an hour to {sc}'s commute."),
    ("Staff at {company} were told on {day} that the site would close.",
     "{d}, a local councillor, said the news was a blow to {town}."),
    ("{a} defeated {b} in the final of the regional snooker championship.",
     "{sb} won the first three frames before {sa} came back."),
    ("{e} helped test {product} before it reached the shops.",
     "{se} suggested the colour change."),
    ("{a} replaced {b} as the orchestra's principal cellist in {month}.",
     "{sb} has retired after thirty years; {sa} joins from a quartet in {town}."),
    ("{a} and {r}, a father and son, were both on the lifeboat that went out on {day}.",
     "{fr} was at the helm while {fa} handled the tow line."),
    ("A new bus service links {place} with the hospital in {town}.",
     "{c}, a nurse, said {sc} used it every day."),
    ("{b} was appointed as {a}'s deputy on {day}.",
     "{sa} said {sb} had the experience the department needed."),
    ("{d} joined {company} as an apprentice in {month}.",
     "{sd} is no relation of the company's founders."),
    ("The witness {a} contradicted the account given by {b}, the defendant.",
     "{sb} told the court {sa} had been standing too far away to see."),
    ("{e} laughed when asked about {product}.",
     "\"No, it is not named after me,\" {se} said."),
    ("{a}, a paediatrician, and {r}, a cousin who works as a paramedic, ran the marathon together.",
     "{fa} finished ten minutes ahead of {fr}."),
    ("{c} was elected chair of the parish council in {place}.",
     "{sc} has lived in the parish for forty years."),
    ("{a} and {b} shared the chemistry prize this year.",
     "{sa} and {sb} work on different continents and have never met."),
    ("Shares in {company} rose on {day}.",
     "{d}, a fund manager at {org}, said the rally would not last."),
    ("{a} took the gold medal and {b} the silver.",
     "{sb} finished a fraction of a second behind {sa}."),
    ("The {sa} sisters, {a} and {r}, opened a bakery in {town} in {month}.",
     "{fr} bakes the bread; {fa} handles the accounts."),
    ("Tourists flock to {place} every summer.",
     "{c}, who runs a campsite there, says {sc} is fully booked until {month}."),
    ("{e} has never tried {product}, despite the name.",
     "{se} prefers the old model."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    ("The hunger strike at the detention centre has now lasted [[{dy1}]] days, campaigners said.",
     "Doctors who examined the men said their health had deteriorated sharply over the [[{dy2}]] days."),
    ("Food poisoning at the wedding reception in {town} left [[{c1}]] guests in hospital.",
     "Environmental health officers have interviewed all [[{c2}]] of those admitted."),
    ("Speed cameras recorded the motorcyclist at [[{spd1}]] km/h in a 50 zone, {org} said.",
     "{person}, prosecuting, said riding at [[{spd2}]] km/h through a village was reckless."),
    ("The pumpkin grown by {person} tipped the scales at [[{kg1}]] kilograms.",
     "Judges at the show in {town} awarded the [[{kg2}]] kg entry first prize."),
    ("The new cycle path runs for [[{km1}]] kilometres along the old railway line.",
     "Council officials hope the [[{km2}]]-kilometre route will take cars off the road."),
    ("Rents in {town} rose by [[{pc1}]] in the year to {month}, the housing ministry reported.",
     "Tenant groups said the [[{pc2}]] increase was pushing families out of the city."),
    ("The veteran goalkeeper, [[{age1}]], will retire at the end of the season.",
     "He made his debut long before most of his teammates were born and is still playing at [[{age2}]]."),
    ("The tribunal awarded the former nurse [[{gbp1}]] in compensation.",
     "Her union said the [[{gbp2}]] award sent a message to employers."),
    ("Temperatures in {town} hit [[{tc1}]] degrees Celsius on {day}, the highest ever recorded there.",
     "Hospitals reported a surge in heatstroke cases as the thermometer stood at [[{tc2}]] degrees."),
    ("The cruise ship had [[{hh1}]] passengers aboard when the engine fire broke out.",
     "All [[{hh2}]] holidaymakers were moved to the upper decks as a precaution."),
    ("Inflation fell to [[{pc1}]] in {month}, the central bank said.",
     "Economists said a rate of [[{pc2}]] gave room for a cut in interest rates."),
    ("Firefighters took [[{mn1}]] minutes to bring the blaze under control.",
     "Neighbours watched for the [[{mn2}]] minutes it took to put out the flames."),
    ("The concert hall, which opens in {month}, has [[{th1}]] seats.",
     "Acousticians spent two years tuning the [[{th2}]]-seat auditorium."),
    ("A total of [[{vt1}]] union members voted to accept the pay offer, officials said.",
     "The [[{vt2}]] members who voted yes were a clear majority of those balloted."),
    ("Officials confirmed that [[{c1}]] climbers died in the avalanche.",
     "A memorial service for the [[{c2}]] victims will be held in {town}."),
    ("The new bypass came in [[{usd1}]] over budget, auditors found.",
     "The contractor blamed the [[{usd2}]] overrun on rising steel prices."),
    ("The river peaked at [[{c1}]] centimetres above its normal level on {day}.",
     "Sandbags held back most of the water when it rose [[{c2}]] centimetres."),
    ("The accused, [[{age1}]], appeared by video link from prison.",
     "The court heard that the [[{age2}]]-year-old had no previous convictions."),
    ("Rangers released [[{c1}]] young otters into the river on {day}.",
     "The [[{c2}]] otters were raised at a sanctuary after being found orphaned."),
    ("Farmers have blockaded the refinery for [[{dy1}]] days.",
     "Fuel shortages have spread across the region during the [[{dy2}]]-day protest."),
    ("The landslide forced [[{hh1}]] people from their homes, the mayor said.",
     "Schools in {town} are sheltering the [[{hh2}]] displaced residents."),
    ("The museum paid [[{eur1}]] for the medieval manuscript.",
     "Its director, {person}, said the [[{eur2}]] price was fair for a book of such rarity."),
    ("Developers want to build [[{hh1}]] homes on the former golf course.",
     "Objectors say [[{hh2}]] houses would double the size of the village."),
    ("Just [[{pc1}]] of trains on the line arrived on time in {month}, figures show.",
     "Passenger groups called the [[{pc2}]] punctuality figure a disgrace."),
    ("The storm's strongest gust, [[{spd1}]] km/h, was recorded on the pier at {town}.",
     "Forecasters said a gust of [[{spd2}]] km/h was exceptional so far south."),
    ("The statue stolen from the cemetery weighs [[{kg1}]] kilograms.",
     "Detectives believe several people were needed to lift the [[{kg2}]] kg figure."),
    ("Volunteers counted [[{th1}]] toads crossing the lane to the breeding pond.",
     "Without the patrols, many of the [[{th2}]] animals would have been run over."),
    ("Turnout in the referendum was [[{pc1}]], the electoral commission announced.",
     "Analysts said the [[{pc2}]] turnout reflected fatigue after three elections in two years."),
    ("The mountain stage covers [[{km1}]] km and three summit finishes.",
     "The favourites rode together for most of the [[{km2}]] km."),
    ("The cave divers reached the trapped explorers after [[{dy1}]] days.",
     "Throughout those [[{dy2}]] days, the explorers survived on water dripping from the rock."),
    ("The lifeboat station needs [[{gbp1}]] for a new boathouse.",
     "Fundraisers have set up a stall on the quay to help find the [[{gbp2}]]."),
    ("{person} was sentenced to [[{c1}]] months in prison for the assault.",
     "The judge said the [[{c2}]]-month term reflected the victim's injuries."),
    ("The independent candidate, {person}, polled [[{vt1}]] votes.",
     "Her [[{vt2}]] votes were enough to unseat the sitting member."),
    ("The new desalination plant cost [[{usd1}]], the water ministry said.",
     "Critics of the [[{usd2}]] plant say it uses too much energy."),
    ("The fishing boat sank with [[{c1}]] men on board, the coastguard said.",
     "Divers are searching the wreck for the [[{c2}]] fishermen."),
    ("Wildfires have burned [[{hh1}]] hectares of forest in the province since {month}.",
     "Satellite images show the [[{hh2}]] hectares of scorched land stretching to the coast."),
    ("The lighthouse stands [[{c1}]] metres above the harbour.",
     "Visitors climb the [[{c2}]]-metre tower by a spiral staircase."),
    ("Organisers said [[{th1}]] runners finished the marathon.",
     "The [[{th2}]] finishers raised money for dozens of charities."),
    ("The bluefin tuna auctioned at the market weighed [[{kg1}]] kilograms.",
     "A restaurant chain bought the [[{kg2}]]-kilo fish for a record sum."),
    ("The hiker, [[{age1}]], had been missing since {day}.",
     "Searchers found the [[{age2}]]-year-old in a hut above the tree line."),
    ("Regulators fined the airline [[{eur1}]] for delays on {month} flights.",
     "The carrier said it would appeal against the [[{eur2}]] penalty."),
    ("Inspectors found [[{c1}]] faulty smoke alarms in the student block.",
     "The landlord has replaced all [[{c2}]] alarms, {org} said."),
    ("The maglev train reaches [[{spd1}]] km/h on the airport line.",
     "At [[{spd2}]] km/h, the journey to the city centre takes eight minutes."),
    ("The village school has only [[{hh1}]] pupils left on its roll.",
     "Parents fear that with [[{hh2}]] children the school will be merged."),
    ("Authorities said [[{c1}]] buildings collapsed in the earthquake.",
     "Engineers are inspecting the ruins of the [[{c2}]] buildings for survivors."),
    ("The new drug cut the risk of a second stroke by [[{pc1}]], researchers reported.",
     "The [[{pc2}]] reduction was larger than in any previous trial."),
    ("The oldest member of the choir, {person}, is [[{age1}]].",
     "{person} has sung in it since childhood and, at [[{age2}]], still never misses a rehearsal."),
    ("The council voted to close the library, with [[{c1}]] members in favour.",
     "Campaigners named all [[{c2}]] councillors who backed the closure in a leaflet."),
    ("The RSPCA rescued [[{c1}]] cats from a single house in {town}.",
     "The [[{c2}]] animals are being cared for at a rescue centre."),
    ("Sea temperatures off the coast reached [[{tc1}]] degrees in {month}.",
     "Marine scientists warned that water at [[{tc2}]] degrees would bleach the coral."),
    ("The emergency cabinet meeting lasted [[{mn1}]] minutes.",
     "Ministers left after [[{mn2}]] minutes without speaking to reporters."),
    ("Under the deal, the two countries will exchange [[{hh1}]] prisoners of war.",
     "The [[{hh2}]] men are expected to cross the border on {day}."),
    ("The sinkhole that opened on the high street is [[{c1}]] metres deep.",
     "Engineers lowered a camera to the bottom of the [[{c2}]]-metre hole."),
]

FIGURE_NEAR_MISSES = [
    ("Around {c1} people are thought to have been hurt in the stampede, though the count is provisional.",
     "By evening, {c2} had been formally identified by hospitals."),
    ("Between {c2} and {c1} centimetres of snow are expected on high ground on {day}.",),
    ("The death toll from the floods rose to {hh1} on {day}, up from {hh2} the previous evening.",),
    ("The bank initially said {th2} accounts had been affected, but revised the figure to {th1} a week later.",),
    ("{person} took {pc1} of the vote in {year}, up from {pc2} in {prev}.",),
    ("The pipeline will stretch {km1} kilometres when complete.",
     "So far, {km2} kilometres have been laid."),
    ("The chairman, {age1}, has hired a chief executive aged {age2}.",),
    ("Of {vt1} ballots cast, {vt2} were spoiled.",),
    ("The finance ministry had predicted growth of {pc1} this year; the outturn was {pc2}.",),
    ("Organisers said {th1} people joined the march; police put the number at {th2}.",),
    ("The first inquest lasted {dy1} days; the second took {dy2}.",),
    ("The drought has affected {hh1} farms in the north and {hh2} in the south.",),
    ("The hospital's annual budget is {usd1}, of which {usd2} is spent on drugs.",),
    ("A spokesman estimated that roughly {c1} homes had lost power.",
     "Engineers had reconnected {c2} of them by midnight."),
    ("The line is designed for {spd1} km/h, but trains will run at {spd2} km/h until the signalling is upgraded.",),
    ("The anchor weighs {kg1} kilograms; its chain adds another {kg2} per section.",),
    ("The port handled {th1} containers in {month} {year}.",
     "A year earlier, in {prev}, it handled {th2}."),
    ("Up to {hh1} migrants may have been on the boat, officials fear; {hh2} have been rescued.",),
    ("Estimates of the size of the crowd ranged from {th2} to {th1}.",),
    ("The women's team has scored {c1} goals this season and the men's team {c2}.",),
    ("The club was fined {eur1} by the league, later cut to {eur2} on appeal.",),
    ("The average response time was {mn1} minutes, against a target of {mn2} minutes.",),
    ("The full course is {km1} kilometres, and there is a {km2}-kilometre fun run for children.",),
    ("The two sailors, aged {age1} and {age2}, were picked up by a passing tanker.",),
    ("Engineers estimate the bridge repairs will cost about {gbp1}.",
     "A survey three years ago had suggested {gbp2}."),
    ("Strikers stayed out for {dy1} days at the steelworks and {dy2} days at the rolling mill.",),
    ("A survey by {org} put support for the tax at roughly {pc1}.",
     "A second survey, carried out for {person}, found {pc2}."),
    ("The vaccine was {pc1} effective in adults and {pc2} effective in children.",),
    ("The zoo hopes to draw {th1} visitors a year once the new enclosure opens.",
     "It attracted {th2} in the opening weekend."),
    ("Early reports put the number of dead at {c1}; officials later lowered the toll to {c2}.",),
    ("Gusts reached {spd1} km/h on the summit and {spd2} km/h in the valleys.",),
    ("The council granted permission for {hh1} homes in {year} and {hh2} in {prev}.",),
    ("The mayor, {person}, won {vt1} votes; the nearest rival won {vt2}.",),
    ("The harvest weighed {kg1} kilograms in all, of which {kg2} was sold at the market.",),
    ("The regulator said customers had lost {usd1}; the company put the figure at {usd2}.",),
    ("Temperatures are forecast to reach {tc1} degrees on {day}; on {day} last week they peaked at {tc2}.",),
    ("Last year's telethon raised {eur1}; this year's total so far is {eur2}.",),
    ("Planners expect the tram to carry {th1} passengers a day by 2035.",
     "Today it carries around {th2}."),
    ("Rangers counted {c1} deer on the estate in {month}, {c2} of them calves.",),
    ("The daytime high in the desert town was {tc1} degrees; at night it fell to {tc2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
