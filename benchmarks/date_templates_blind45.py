"""``blind45``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind45`` templates.  Written on 2026-11-25 (started 00:17:20 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind44's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind45 /work/wt/dblind45 45141d5``:
# 45141d55b1b3ae4f32dd987f9f1e30495fd2da5e.
# What was read: lines 1-471 of benchmarks/date_templates_blind44.py (printed
# with ``sed -n 1,471p``: its header comment, imports, name lists, helpers and
# generator machinery, up to the line before its ``# --- weekday_mismatch ---``
# section comment; its templates were never seen; ``wc -l`` gave its length,
# and a ``grep -n`` for its names/markers was filtered with ``awk`` to lines
# <= 471 before anything was printed); its header's summary of its phrasings
# was read and avoided.  Its machinery (lines 151-178 and 202-471) was copied
# with a sed script (``b45_`` names, ``BLIND45_TEMPLATES``, "twenty-eight days
# ago" as the new relative anchor instead of "twenty-seven days ago"); its
# name lists (lines 179-201) were replaced and none of its names, places or
# firms were reused (checked by a script comparing the capitalised words of
# both lists: only generic words such as "River", "Mount", "Hospital",
# "Hurricane", "Party", "Alliance", "Ben", "St", "Royal" are shared);
# tests/date_template_checks.py (whole file, the shared checks, with
# ``cat``); tests/test_date_templates_independent.py (whole file, with
# ``cat``; the ``blind45`` row was added and the docstring's range extended
# to blind45, then shown with ``git diff`` of that file only); in
# tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A11 "def load_benchmark"``); in benchmarks/date_conflicts.py only
# the output of ``grep -n "blind44"`` (the import line 99 and the dict entry
# at line 2614), after which one import line and one dict entry were inserted
# with sed and checked with ``grep -n "blind4[45]"``; in
# benchmarks/event_identity.py only the ``FRESH = (...)`` line (cut to 200
# characters), changed with sed and shown again with
# ``grep -n "^FRESH" ... | cut -c1-200``; ``git diff --stat`` (file names
# and line counts only).
# Seen by accident: ``ls benchmarks tests`` listed file names only (e.g. a
# ``results`` folder, the other template modules and test files), no
# contents; ``git worktree add`` printed the subject of the base commit
# ("README and docs/performance.md: the session 21 speed figures name the
# commit they were measured on (82e6cce); the later commits were not
# re-timed"); the FRESH line's trailing comment (its first 200 characters
# show "# not trained on: the shipped pass was fitte"); the import line's
# trailing comment "# noqa: E402  (benchmarks/ helper)".  No detector code
# was seen.
# The brief suggested order pairs and markers (audit/resignation, "in the
# wake of", "paved the way for", ...) that blind44's header already lists;
# following its rule to write DIFFERENT phrasings, none of those was used.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind45``, which runs no
# detector) and a throwaway script (/tmp/b45_sample.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# Fresh: to be scored once on the code at the end of session 22 as the before
# of session 23's rounds, never used to tune.  Every template is used:
# ``--split blind45``.
#
# Conventions (those of blind44, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b45_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Each template seeds its own ``random.Random`` from its name and 64 bits
# drawn from the caller's rng.  Every side of a conflict is marked with
# [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated from June 2017 to 2025; relative expressions are pinned to 1995-2012
# or 2020-2025.  Other kinds keep their dates in 1900-2015, name no weekday
# outside the weekday templates and use no relative expression ("ago" only
# in durations, counted to 2016-09-27: one template here, "which opened N
# years ago in ...").  Stated counts miss every defensible count (unknown
# days, inclusive or exclusive counting) by at least seven units; all
# duration offsets are 0.  In order-violation facts ``earlier`` is the event
# the text says came first (label ``E``; it carries the later date) and
# ``later`` the one it puts second (label ``L``), wherever each stands in the
# sentence (two templates write the second event first: "Prior to joining
# ... in ..., was a reporter ..., a job she left in", "Before taking charge
# of ... on ..., had coached the youth side, a post he gave up on"; one
# writes the first event inside a clause: "By the time the inquiry reported
# in ..., had already been wound up, on").  Order markers (new): "died ...
# and was buried", "Following his indictment", "went on to", "gave rise
# to", "In the aftermath of", "won ... and was inaugurated", "made her
# maiden voyage ... and sank", "born ..., was christened", "Buoyed by",
# "Having patented", "Encouraged by", "unearthed ..., went on display",
# "voted for industrial action ...; the walkout itself began", "Fresh
# from", "The first ascent ...; the second ... came", "first proposed ...
# and finally opened", "joined ... and was made captain", "was formed ...,
# and won its first seat", "Only after ... did", "it was not until ...
# that", "Prior to", "By the time ... had already", "preceded", "sparked",
# "ushered in", "laid the groundwork for", "subsequently", "Straight after
# leaving", "Spurred by", "first relegated ..., then promoted", "first
# assembled ..., was eventually bequeathed", "Before taking charge".  Pairs
# for order: death/burial, indictment/trial, founding/first dividend, ore
# discovery/mine, earthquake/reconsecration, election win/inauguration,
# maiden voyage/sinking, birth/christening, debut novel/second novel,
# patent/mass production, pilot scheme/national roll-out, hoard found/
# displayed, strike ballot/walkout, trials/world championships, first/second
# ascent, bypass proposed/opened, trainee/captain, party formed/first seat,
# appeal/organ work, licence/first broadcast, reporter/new job, firm wound
# up/inquiry report, riots/martial law, works closure/protests, tariff
# repeal/export boom, survey/dredging, councillor/mayor, leaving university/
# hospital post, cholera/sewers, relegation/promotion, collection assembled/
# bequeathed, youth coach/manager.
# Restated templates are ``b45_restated_same_*`` (one head noun twice:
# earthquake, landslide, shipwreck, explosion, riot, kidnapping, coup,
# referendum, eruption, wildfire, blizzard, famine, blockade, occupation,
# flood, massacre, hunger strike, coronation, merger, air crash, ambush, pit
# disaster; 22) or ``b45_restated_diff_*`` (verb against noun -- resigned/
# resignation, impeached/impeachment, deported/deportation, annexed/
# annexation, ordained/ordination, pardoned/pardon, nationalised/
# nationalisation, collided/collision, evacuated/evacuation, wound up/
# liquidation, unveiled/unveiling, withdrew/withdrawal --, synonyms quake/
# tremor, blaze/fire, strike/stoppage, kidnapping/abduction, coup/putsch,
# famine/great hunger, demonstratives "That final" and "That ballot" (for a
# postal vote), "The tragedy" for a pier collapse, a pronoun "he signed it"
# for a will, an apposition "{town}'s worst flood, a tidal surge that ...,
# struck on" against "The surge came ashore on"; 23); events that last
# (wildfire, famine, blockade, occupation, hunger strike, strike, famine/
# hunger) are dated at least two calendar years apart (``gap=(2, 12)``).
# Durations: an age reached ("who was born in ..., turned N on"), an age in
# apposition ("{name}, N, who was born ... on" -- counted to publication),
# an "Nth wedding anniversary", an "Nth birthday", a university's "Nth
# anniversary", a club's "centenary", a N-day strike, a N-year restoration,
# a N-month refit, N weeks in quarantine, a N-week trial, a statue unveiled
# "N years after her death", a result declared "N days later", a N-year
# lease, "has employed ... for N years, ever since", "had been missing for
# N days when ... found", "a marriage of N years ended with his death",
# "after N years behind bars", a N-day hunger strike, a N-month search for a
# wreck, "N weeks of rehearsals", N years as a lighthouse keeper, a N-day
# desert crossing, "It took N months to complete the merger", "took N years
# to build", a ceasefire that "held for N weeks", "has been a republic for N
# years, since", a "N-year wait for a bypass", "stood idle for half a
# century", "spent a decade at", "which opened N years ago in", a N-day
# passage, a revue that "ran for N months", a river "above its flood mark
# for N weeks" -- in years, months, weeks and days, as digits, words and
# ordinals.  Like blind44, the set has no near-miss or clean (conflict-free)
# templates.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``; every format is used), ``{NUM}`` a
# stated count, ``{WD}`` the stated weekday, other braces invented names;
# ``sy=True`` puts both dates of a pair in one year; formats without a year
# (``CONTEXT``) take it from the other date, whose marked span carries it.
# Extra relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new
# here: "twenty-eight days ago").  Counts: 42 weekday_mismatch, 32
# impossible_date (22 with a year, 10 impossible in every year), 45
# restated_event (22 same, 23 diff), 32 order_violation, 31
# publication_anachronism (17 dated after publication, 14 relative
# expressions pinned far from it), 34 duration_arithmetic (216 in all); the
# ``blind45`` row of tests/test_date_templates_independent.py asks for 42
# restated, 32 durations and 21 of each restated wording.
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set;
# none is taken from blind44's name lists.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-eight days ago"})


FIRST_F = ["Marguerite", "Winifred", "Cordelia", "Anneliese", "Theodora", "Beatrix", "Perpetua", "Georgiana"]
FIRST_M = ["Bartholomew", "Cornelius", "Lysander", "Evander", "Percival", "Thaddeus"]
LAST = ["Hollingsworth", "Mbeki-Lowe", "Quartermaine", "Strachan", "Delacroix-Hunt", "Oyelaran", "Kettleborough",
        "Van Houten", "Szymanski", "Tregarthen", "Ballantyne", "Achterberg", "Pennycook", "Lindqvist"]
TOWNS = ["Marlow Parva", "Cresswater", "Upper Blinsey", "Hawksridge", "Duncarrow", "Elmstead Quay", "Saltmarsh Green",
         "Kingsbarrow", "Polwenna", "Glenmorrow"]
FIRMS = ["Saltire Glassworks", "Kestrel Aviation", "Hobbs & Ainsworth", "Greyfriars Brewery", "Meridian Tinplate",
         "Orchard Lane Foods", "Silverbirch Insurance", "Peregrine Textiles"]
NATIONS = ["Norvania", "Caldoria", "Aurelsk", "Brenmark", "Zemlarus", "Estoria"]
CLUBS = ["Cresswater United", "Hawksridge Rovers", "Duncarrow Thistle", "Polwenna Albion", "Kingsbarrow Town",
         "Elmstead Quay Swifts"]
STORMS = ["Hurricane Odalys", "Typhoon Kirameki", "Cyclone Warrigal", "Storm Petronella", "Hurricane Benedikt"]
SHIPS = ["the trawler Cresswater Lass", "the liner Empress of Norvania", "MV Saltmarsh Tern",
         "the barque Georgiana Bell"]
PEAKS = ["Mount Tavish", "the Kaltenjoch", "Ben Lurgainn", "Mount Esterbrook"]
UNIVERSITIES = ["Hawksridge University", "the University of Duncarrow", "Cresswater Polytechnic",
                "Glenmorrow School of Art"]
RIVERS = ["the River Cress", "the River Wendle", "the Tavy Water", "the River Morrow"]
HOSPITALS = ["Hawksridge Infirmary", "St Aldhelm's Hospital", "the Duncarrow Royal", "Kingsbarrow Memorial Hospital"]
VENUES = ["the Cresswater Hippodrome", "the Hawksridge Corn Exchange", "the Polwenna Pavilion", "the Duncarrow Tivoli"]
PARTIES = ["the Agrarian Reform Party", "the Liberal Harbourside Movement", "the United Highlands Front",
           "the Social Fishermen's Alliance"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND45_TEMPLATES = new_templates()
_t = registrar("b45_", BLIND45_TEMPLATES, _ctx)


# --- weekday_mismatch ----------------------------------------------------------
_t("weekday_warehouse_fire", "weekday_mismatch",
   ["Fire crews were called to the {F} warehouse in {T} at dawn on [[{WD}, {D:F}]], and the blaze was out by noon."])
_t("weekday_first_woman_bench", "weekday_mismatch",
   ["[[On {WD}, {D:B}]], {P} became the first woman to chair the {T} bench."])
_t("weekday_recount", "weekday_mismatch",
   ["The result of the recount in {T} was declared shortly after midnight on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_promotion_win", "weekday_mismatch",
   ["{C} clinched promotion with a 2-1 win over {C2} on [[{WD} {D:BO}]]."])
_t("weekday_council_minutes", "weekday_mismatch",
   ["The minutes of the meeting held on [[{WD}, {D:ORD}]] record that the motion to sell the common was lost."])
_t("weekday_log_stamp", "weekday_mismatch",
   ["The engineer's log entry, stamped [[{D:ISO} ({WD})]], records the pumps at {T} failing twice."])
_t("weekday_receipt_dot", "weekday_mismatch",
   ["A receipt dated [[{D:DOT}]], a [[{WD}]], shows that {R} paid for the rifle in cash."])
_t("weekday_ferry_suspended", "weekday_mismatch",
   ["In [[{D:Y}]], the ferry service to {T} was suspended from [[{WD}, {D:MD}]] until the new pier was built."])
_t("weekday_season_opened", "weekday_mismatch",
   ["The [[{D:Y}]] season opened at {O} on [[{WD} {D:DM}]] with a sell-out revue."])
_t("weekday_polls_apmd", "weekday_mismatch",
   ["Voters in {T} went to the polls on [[{WD}, {D:APMD}]], in the [[{D:Y}]] council elections."], ap=True)
_t("weekday_allotment_diary", "weekday_mismatch",
   ["{P}'s allotment diary for [[{D:Y}]] notes the first frost on [[{WD} {D:SHMD}]]."])
_t("weekday_surgery_opened", "weekday_mismatch",
   ["{R} opened his surgery in {T} in [[{D:Y}]], seeing his first patient on [[{WD} {D:ORDNY}]]."])
_t("weekday_born_early_hours", "weekday_mismatch",
   ["{P} was born at {X} in the early hours of [[{WD}, {D:FO}]], the youngest of six children."])
_t("weekday_jury_verdict", "weekday_mismatch",
   ["The jury returned its verdict late on [[{WD}, {D:SH}]], after nine hours of deliberation."])
_t("weekday_landfall", "weekday_mismatch",
   ["{H} made landfall near {T} on the night of [[{WD}, {D:B}]], tearing the roof off the lifeboat house."])
_t("weekday_shares_fell", "weekday_mismatch",
   ["Shares in {F} fell by a third on [[{WD}, {D:F}]] after the chairman walked out of a board meeting."])
_t("weekday_letter_sister", "weekday_mismatch",
   ["Writing to his sister on [[{WD} {D:BO}]], {R} described the crossing as the worst of his life."])
_t("weekday_aground", "weekday_mismatch",
   ["{V} ran aground off {T} on [[{WD}, {D:ORD}]]; all forty crew were brought ashore."])
_t("weekday_summit", "weekday_mismatch",
   ["The first climbers reached the summit of {M} at 11.40am on [[{WD}, {D:F}]], according to the expedition log."])
_t("weekday_depot_raid", "weekday_mismatch",
   ["Police said the raid on the {F2} depot took place between 2am and 4am on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_doctorates", "weekday_mismatch",
   ["{U} conferred its first doctorates at a ceremony in the great hall on [[{WD}, {D:SH}]]."])
_t("weekday_gauge_log", "weekday_mismatch",
   ["Floodwater from {K} reached the high street on [[{D:ISO}]], which the gauge log marks as a [[{WD}]]."])
_t("weekday_parish_register", "weekday_mismatch",
   ["According to the parish register, {P} and {R} were married at {T} on [[{WD}, {D:BO}]]."])
_t("weekday_courier_edition", "weekday_mismatch",
   ["The [[{WD} {D:DOT}]] edition of the {T} Courier carried the news across its front page."])
_t("weekday_founding_conference", "weekday_mismatch",
   ["{J} held its founding conference in a draughty hall in {T} on [[{WD}, {D:FO}]]."])
_t("weekday_final_orders", "weekday_mismatch",
   ["The bar at {O} served its final pint on [[{WD}, {D:F}]], before the building was handed to the council."])
_t("weekday_ceasefire_noon", "weekday_mismatch",
   ["A ceasefire between {N} and {N2} came into force at noon on [[{WD}, {D:B}]]."])
_t("weekday_foundation_stone", "weekday_mismatch",
   ["The foundation stone of {X} was laid by {P} on [[{WD}, {D:ORD}]], in front of a crowd of thousands."])
_t("weekday_postmaster_arrest", "weekday_mismatch",
   ["{R}, the {T} postmaster, was arrested at his home on [[{WD}, {D:AP}]], and charged with theft."], ap=True)
_t("weekday_shift_change", "weekday_mismatch",
   ["The stoppage at {F} began at the 6am shift change on [[{WD}, {D:SH}]]."])
_t("weekday_snow_pass", "weekday_mismatch",
   ["Heavy snow closed every road over the pass below {M} on [[{WD}, {D:FO}]]."])
_t("weekday_mile_record", "weekday_mismatch",
   ["{Q} set a national record for the mile on the cinder track at {T} on [[{WD} {D:B}]]."])
_t("weekday_census_night", "weekday_mismatch",
   ["Census enumerators in {T} were told to count everyone who slept in the district on the night of "
    "[[{WD}, {D:BO}]]."])
_t("weekday_bishop_letter", "weekday_mismatch",
   ["In a letter dated [[{WD}, {D:ORD}]], the bishop turned down the petition from {T}."])
_t("weekday_manager_sacked", "weekday_mismatch",
   ["The {C} manager was sacked on [[{WD}, {D:FO}]], two days after the cup defeat by {C2}."])
_t("weekday_trading_halted", "weekday_mismatch",
   ["Trading in {F} shares was halted shortly after the opening bell on [[{WD} {D:SH}]]."])
_t("weekday_river_froze", "weekday_mismatch",
   ["In [[{D:Y}]], {K} burst its banks on [[{WD}, {D:MD}]], flooding the lower town."])
_t("weekday_harvest_diary", "weekday_mismatch",
   ["The farm diary kept by {P} for [[{D:Y}]] notes that the harvest began on [[{WD} {D:DM}]]."])
_t("weekday_timetable", "weekday_mismatch",
   ["The timetable for [[{D:Y}]] lists the first sailing to {T2} as [[{WD} {D:SHMD}]]."])
_t("weekday_county_fair", "weekday_mismatch",
   ["The [[{D:Y}]] county fair at {T} opened on [[{WD}, {D:APMD}]], a week late because of the rain."], ap=True)
_t("weekday_takeover_statement", "weekday_mismatch",
   ["{F} announced its takeover of {F2} in a statement issued on [[{WD}, {D:BO}]]."])
_t("weekday_hospital_ward", "weekday_mismatch",
   ["The children's ward at {X}, opened in [[{D:Y}]], took in its first patients on [[{WD} {D:ORDNY}]]."])

# --- impossible_date ---------------------------------------------------------------
_t("impossible_deeds_farm", "impossible_date",
   ["The deeds record that the farm at {T} was sold to {R} on [[{D:F}]]."])
_t("impossible_sworn_magistrate", "impossible_date",
   ["{P} was sworn in as the first female magistrate in {T} on [[{D:BO}]]."])
_t("impossible_bridge_unsafe", "impossible_date",
   ["The bridge over {K} was declared unsafe by county engineers on [[{D:AP}]]."])
_t("impossible_fire_inquest", "impossible_date",
   ["According to the inquest, the fire at {F} broke out in the paint store on [[{D:B}]]."])
_t("impossible_passport_issued", "impossible_date",
   ["Her passport, issued on [[{D:ORD}]], was later found in the wreckage."])
_t("impossible_merger_filing", "impossible_date",
   ["The merger of {F} and {F2} was completed on [[{D:ISO}]], according to the company filing."])
_t("impossible_plaque_wing", "impossible_date",
   ["A plaque at {X} says the east wing was opened on [[{D:DOT}]]."])
_t("impossible_first_match_ground", "impossible_date",
   ["{C} played their first match at the new ground on [[{D:FO}]]."])
_t("impossible_storm_spotted", "impossible_date",
   ["{H} was first spotted by a weather ship on [[{D:SH}]]."])
_t("impossible_accord_initialled", "impossible_date",
   ["The peace accord between {N} and {N2} was initialled in {T} on [[{D:F}]]."])
_t("impossible_honorary_degree", "impossible_date",
   ["{U} awarded {Q} an honorary degree on [[{D:B}]]."])
_t("impossible_lighthouse_log", "impossible_date",
   ["The lighthouse keeper's log entry for [[{D:BO}]] reports a gale from the north-east."])
_t("impossible_party_chair_quit", "impossible_date",
   ["{R} stood down as chairman of {J} on [[{D:AP}]], citing ill health."])
_t("impossible_coroner_home", "impossible_date",
   ["The coroner recorded that {P} died at her home in {T} on [[{D:ORD}]]."])
_t("impossible_tunnel_work", "impossible_date",
   ["Work on the railway tunnel beneath {M} began on [[{D:F}]]."])
_t("impossible_launched_yard", "impossible_date",
   ["{V} was launched from the {T} yard on [[{D:FO}]]."])
_t("impossible_gazette_first", "impossible_date",
   ["The first edition of the {T} Gazette went on sale on [[{D:SH}]], priced at one penny."])
_t("impossible_programme_iso", "impossible_date",
   ["The programme gives the date of the opening night at {O} as [[{D:ISO}]]."])
_t("impossible_defences_breached", "impossible_date",
   ["The flood defences along {K} were breached on [[{D:DOT}]], forcing hundreds from their homes."])
_t("impossible_estate_auction", "impossible_date",
   ["An auction of the contents of {R}'s estate was held at {O} on [[{D:B}]]."])
_t("impossible_branch_line", "impossible_date",
   ["Railway records show the branch line to {T} closed to passengers on [[{D:F}]]."])
_t("impossible_mayor_elected", "impossible_date",
   ["{Q} was elected mayor of {T} on [[{D:BO}]], the first woman to hold the office."])
_t("impossible_feast_fair", "impossible_date",
   ["The horse fair at {T} is held every year on [[{D:MD}]], the feast of the town's patron saint."])
_t("impossible_rent_due", "impossible_date",
   ["Rent on the {T} allotments falls due each year on [[{D:DM}]]."])
_t("impossible_regatta_ow", "impossible_date",
   ["By tradition, the regatta on {K} is held on [[{D:OW}]]."])
_t("impossible_told_court_born", "impossible_date",
   ["{P} told the court she had been born on [[{D:ORDNY}]] in a village near {T}."])
_t("impossible_entries_close", "impossible_date",
   ["Entries for the {T} marathon close on [[{D:APMD}]]."])
_t("impossible_invoice_paid", "impossible_date",
   ["The invoice from {F} is stamped as paid on [[{D:SHMD}]]."])
_t("impossible_fishing_season", "impossible_date",
   ["Under the old charter, the salmon season on {K} opens on [[{D:OW}]]."])
_t("impossible_agm_fixed", "impossible_date",
   ["The annual general meeting of {C} is fixed for [[{D:MD}]] each year."])
_t("impossible_shipment_left", "impossible_date",
   ["{R} insisted the shipment left port on [[{D:DM}]], though no record of it exists."])
_t("impossible_objections_deadline", "impossible_date",
   ["The planning office set the deadline for objections as [[{D:ORDNY}]]."])

# --- restated_event: the same head word twice ---------------------------------------
_t("restated_same_earthquake", "restated_event",
   ["The earthquake that levelled half of {T} struck on [[{A:F}]].",
    "Survivors of the earthquake, which the observatory timed to [[{B:F}]], are still owed compensation."])
_t("restated_same_landslide", "restated_event",
   ["A landslide buried the road below {M} on [[{A:B}]].", "Nobody was hurt in the landslide of [[{B:B}]]."])
_t("restated_same_shipwreck", "restated_event",
   ["Divers have found the bell of {V}, whose shipwreck off {T} on [[{A:FO}]] claimed eleven lives.",
    "The shipwreck, on [[{B:FO}]], led to new rules on lifejackets."])
_t("restated_same_explosion", "restated_event",
   ["An explosion tore through the boiler house at {F} on [[{A:AP}]].",
    "The explosion of [[{B:AP}]] was heard in {T2}, four miles away."])
_t("restated_same_riot", "restated_event",
   ["The riot outside {O} in [[{A:MY}]] left forty people injured.",
    "Magistrates later heard that the riot had started on [[{B:BO}]] over ticket prices."])
_t("restated_same_kidnapping", "restated_event",
   ["The kidnapping of {P} from her home in {T} on [[{A:SH}]] made headlines across {N}.",
    "Her kidnapping, police said, was carried out on [[{B:SH}]] by three men in a stolen van."])
_t("restated_same_coup", "restated_event",
   ["The coup that brought the army to power in {N} came on [[{A:ORD}]].",
    "Tanks rolled into the capital during the coup of [[{B:Y}]]."])
_t("restated_same_referendum", "restated_event",
   ["In the referendum of [[{A:MY}]], voters in {N} narrowly backed independence.",
    "Turnout in the referendum, held on [[{B:F}]], was the highest ever recorded."])
_t("restated_same_eruption", "restated_event",
   ["Ash from the eruption of {M} on [[{A:ISO}]] fell as far away as {T}.",
    "Geologists dated the eruption to [[{B:ISO}]] from the seismograph records."])
_t("restated_same_wildfire", "restated_event",
   ["The wildfire that swept the hills above {T} in [[{A:Y}]] destroyed sixty homes.",
    "Insurers paid out more than any previous claim after the wildfire of [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_blizzard", "restated_event",
   ["Drifts of twenty feet were reported after the blizzard of [[{A:DM}]].",
    "The blizzard, which began on [[{B:B}]], cut {T} off for a week."], sy=True)
_t("restated_same_famine", "restated_event",
   ["The famine of [[{A:Y}]] drove thousands from the farms of {N} into the cities.",
    "Historians estimate that one person in ten died in the famine, which they place in [[{B:Y}]]."],
   gap=(2, 12))
_t("restated_same_blockade", "restated_event",
   ["The blockade of the port of {T} by {N2} began in [[{A:MY}]].",
    "Food ran short within weeks of the blockade starting in [[{B:MY}]]."], gap=(2, 12))
_t("restated_same_occupation", "restated_event",
   ["The occupation of the {F} works by its staff began in [[{A:EARLY}]].",
    "The occupation, which started in [[{B:LATE}]], ended with the plant being sold."], gap=(2, 12))
_t("restated_same_flood", "restated_event",
   ["Marks on the church wall show how high {K} rose during the flood in [[{A:SPRING}]].",
    "The flood came on [[{B:BO}]], when the river burst its banks after a week of rain."])
_t("restated_same_massacre", "restated_event",
   ["The massacre at {T} took place on [[{A:F}]], according to the war crimes tribunal.",
    "Survivors told the tribunal that the massacre was carried out on [[{B:F}]]."])
_t("restated_same_hunger_strike", "restated_event",
   ["{R} began his hunger strike at {X} in [[{A:SHMY}]].",
    "The hunger strike, begun in [[{B:APMY}]], won him a transfer to an open prison."], gap=(2, 12))
_t("restated_same_coronation", "restated_event",
   ["The coronation of the king of {N} took place in the cathedral on [[{A:BO}]].",
    "Street parties were held across {N} on the day of the coronation, [[{B:BO}]]."])
_t("restated_same_merger", "restated_event",
   ["The merger of {F} and {F2} took effect on [[{A:DOT}]].",
    "Staff were told of the merger on the morning it took effect, [[{B:DOT}]]."])
_t("restated_same_air_crash", "restated_event",
   ["The air crash near {T} on [[{A:AP}]] was blamed on ice on the wings.",
    "The inquiry into the air crash, which happened on [[{B:AP}]], criticised the airline's de-icing rules."])
_t("restated_same_ambush", "restated_event",
   ["Six soldiers were killed in the ambush on the road to {T} on [[{A:FO}]].",
    "A memorial to the ambush victims gives the date of the ambush as [[{B:FO}]]."])
_t("restated_same_pit_disaster", "restated_event",
   ["The {T} pit disaster of [[{A:ORD}]] killed ninety-one miners.",
    "An inquiry into the pit disaster, which took place on [[{B:ORD}]], blamed a faulty lamp."])

# --- restated_event: a different wording the second time ----------------------------------
_t("restated_diff_resigned_resignation", "restated_event",
   ["{R} resigned as chief constable of {T} on [[{A:F}]].", "His resignation, dated [[{B:F}]], gave no reason."])
_t("restated_diff_impeached_impeachment", "restated_event",
   ["The president of {N} was impeached on [[{A:B}]].",
    "The impeachment, voted through on [[{B:B}]], was the first in the country's history."])
_t("restated_diff_deported_deportation", "restated_event",
   ["{Q} was deported to {N2} on [[{A:SH}]].", "Her deportation on [[{B:SH}]] was later ruled unlawful."])
_t("restated_diff_annexed_annexation", "restated_event",
   ["{N} annexed the border province of {T} in [[{A:MY}]].",
    "The annexation, in [[{B:MY}]], was never recognised by {N2}."])
_t("restated_diff_ordained_ordination", "restated_event",
   ["{P} was ordained at {T} cathedral on [[{A:BO}]], one of the first women to be so.",
    "Her ordination took place on [[{B:BO}]] before a congregation of six hundred."])
_t("restated_diff_pardoned_pardon", "restated_event",
   ["{R} was pardoned by the governor on [[{A:AP}]].",
    "The pardon, granted on [[{B:AP}]], came too late to save his business."])
_t("restated_diff_nationalised_nationalisation", "restated_event",
   ["The government nationalised {F} in [[{A:Y}]].",
    "Shareholders were paid in bonds after the nationalisation of [[{B:Y}]]."])
_t("restated_diff_collided_collision", "restated_event",
   ["{V} collided with a coaster in fog off {T} on [[{A:ISO}]].",
    "The harbour master's report into the collision dates it to [[{B:ISO}]]."])
_t("restated_diff_quake_tremor", "restated_event",
   ["The quake that cracked the dam above {T} hit on [[{A:FO}]].",
    "Residents felt the tremor, on [[{B:FO}]], as far away as {T2}."])
_t("restated_diff_blaze_fire", "restated_event",
   ["The blaze that gutted {O} broke out on [[{A:F}]].",
    "The cause of the fire, which started on [[{B:F}]], was never found."])
_t("restated_diff_strike_stoppage", "restated_event",
   ["Dockers in {T} went on strike in [[{A:MID}]].",
    "The stoppage, which began in [[{B:MID}]], closed the port for months."], gap=(2, 12))
_t("restated_diff_kidnapping_abduction", "restated_event",
   ["The kidnapping of the {F} heir outside {T} happened on [[{A:B}]].",
    "Detectives reopened the file on the abduction of [[{B:B}]] when new evidence emerged."])
_t("restated_diff_coup_putsch", "restated_event",
   ["The coup in {N} began before dawn on [[{A:SH}]].",
    "Leaders of the putsch of [[{B:SH}]] were later tried for treason."])
_t("restated_diff_that_final", "restated_event",
   ["{C} beat {C2} in the cup final at {T} on [[{A:BO}]].",
    "That final, played on [[{B:BO}]], drew the largest crowd the ground has seen."])
_t("restated_diff_the_tragedy", "restated_event",
   ["The pier at {T} collapsed under the weight of a crowd on [[{A:F}]].",
    "The tragedy, on [[{B:F}]], led to the closure of every pier in the county for inspection."])
_t("restated_diff_pronoun_will", "restated_event",
   ["{R} signed his last will in the presence of two nurses at {X} on [[{A:AP}]].",
    "His solicitor said he signed it on [[{B:AP}]], a week before he died."])
_t("restated_diff_apposition_surge", "restated_event",
   ["{T}'s worst flood, a tidal surge that swept away the harbour wall, struck on [[{A:DM}]].",
    "The surge came ashore on [[{B:B}]], at the top of a spring tide."], sy=True)
_t("restated_diff_evacuated_evacuation", "restated_event",
   ["Villagers were evacuated from the slopes of {M} on [[{A:ORD}]].",
    "The evacuation, on [[{B:ORD}]], came hours before the first lava flow."])
_t("restated_diff_wound_up_liquidation", "restated_event",
   ["{F} was wound up by the High Court on [[{A:DOT}]].",
    "Creditors received a few pence in the pound after its liquidation on [[{B:DOT}]]."])
_t("restated_diff_unveiled_unveiling", "restated_event",
   ["A statue of {P} was unveiled in the market square at {T} on [[{A:FO}]].",
    "The unveiling, on [[{B:FO}]], was performed by her grandson."])
_t("restated_diff_withdrew_withdrawal", "restated_event",
   ["The troops of {N} withdrew from {T} on [[{A:SHMD}]].",
    "Their withdrawal, on [[{B:SH}]], was watched by cheering crowds."], sy=True)
_t("restated_diff_famine_hunger", "restated_event",
   ["The famine that struck the island in [[{A:Y}]] is remembered in every family there.",
    "The great hunger, which islanders date to [[{B:Y}]], halved the population."], gap=(2, 12))
_t("restated_diff_that_ballot", "restated_event",
   ["Members of {J} chose {Q} as their leader in a postal vote on [[{A:B}]].",
    "That ballot, counted on [[{B:B}]], was the first the party had held."])

# --- order_violation: ``E`` is put first by the text, ``L`` second ------------------------------
_t("order_died_buried", "order_violation",
   ["{R} died at {X} on [[{E:MD}]] and was buried in the churchyard at {T} on [[{L:F}]]."], sy=True)
_t("order_indictment_trial", "order_violation",
   ["Following his indictment in [[{E:MY}]], {R} stood trial at {T} in [[{L:MY}]]."])
_t("order_founded_dividend", "order_violation",
   ["{F} was founded in [[{E:Y}]] and went on to pay its first dividend in [[{L:Y}]]."])
_t("order_ore_mine", "order_violation",
   ["The discovery of tin near {T} in [[{E:Y}]] gave rise to the first mine there, sunk in [[{L:Y}]]."])
_t("order_earthquake_cathedral", "order_violation",
   ["In the aftermath of the earthquake of [[{E:F}]], the cathedral at {T} was rebuilt and reconsecrated on "
    "[[{L:F}]]."])
_t("order_won_inaugurated", "order_violation",
   ["{Q} won the presidency of {N} in [[{E:MY}]] and was inaugurated in [[{L:APMY}]]."])
_t("order_maiden_voyage_sank", "order_violation",
   ["{V} made her maiden voyage in [[{E:SUMMER}]] and sank off {T} in [[{L:AUTUMN}]]."])
_t("order_born_christened", "order_violation",
   ["{P}'s daughter, born at {X} on [[{E:SHMD}]], was christened at {T} on [[{L:SH}]]."], sy=True)
_t("order_buoyed_second_novel", "order_violation",
   ["Buoyed by the success of her debut novel in [[{E:Y}]], {Q} published a second in [[{L:Y}]]."])
_t("order_patent_production", "order_violation",
   ["Having patented the design in [[{E:MY}]], {F} began mass production of the engine in [[{L:MY}]]."])
_t("order_pilot_nationwide", "order_violation",
   ["Encouraged by a pilot scheme in {T} in [[{E:Y}]], ministers extended free school meals across {N} in "
    "[[{L:Y}]]."])
_t("order_hoard_display", "order_violation",
   ["The hoard, unearthed by a farmer at {T} on [[{E:BO}]], went on display at {O} on [[{L:BO}]]."])
_t("order_ballot_walkout", "order_violation",
   ["Staff at {F} voted for industrial action on [[{E:AP}]]; the walkout itself began on [[{L:AP}]]."])
_t("order_trials_championships", "order_violation",
   ["Fresh from winning the national trials in [[{E:SHMY}]], {Q} went to the world championships in "
    "[[{L:SHMY}]]."])
_t("order_first_second_ascent", "order_violation",
   ["The first ascent of {M} was made in [[{E:Y}]]; the second, by {R}, came in [[{L:Y}]]."])
_t("order_proposed_opened", "order_violation",
   ["The {T} bypass was first proposed in [[{E:MID}]] and finally opened in [[{L:EARLY}]]."])
_t("order_joined_captain", "order_violation",
   ["{R} joined {C} as a trainee in [[{E:FALL}]] and was made club captain in [[{L:FALL}]]."])
_t("order_formed_first_seat", "order_violation",
   ["{J} was formed at [[{E:END}]], and won its first seat on the council in [[{L:Y}]]."])
_t("order_only_after_appeal", "order_violation",
   ["Only after the appeal had raised enough money in [[{E:MY}]] did work begin on the organ at {O}, in "
    "[[{L:MY}]]."])
_t("order_not_until_broadcast", "order_violation",
   ["{F2} was granted a licence to broadcast on [[{E:F}]]; it was not until [[{L:F}]] that its first "
    "programme went on air."])
_t("order_prior_to_joining", "order_violation",
   ["Prior to joining {F} in [[{L:Y}]], {P} was a reporter on the {T} Gazette, a job she left in [[{E:Y}]]."])
_t("order_by_the_time_inquiry", "order_violation",
   ["By the time the inquiry reported in [[{L:ISO}]], {F} had already been wound up, on [[{E:ISO}]]."])
_t("order_riots_preceded", "order_violation",
   ["The riots in {T} on [[{E:DOT}]] preceded the declaration of martial law on [[{L:DOT}]]."])
_t("order_closure_sparked", "order_violation",
   ["The closure of the {F} works in [[{E:Y}]] sparked a wave of protests that spread to {T2} in [[{L:Y}]]."])
_t("order_repeal_ushered", "order_violation",
   ["The repeal of the grain tariff in [[{E:LATE}]] ushered in an export boom that began in [[{L:SPRING}]]."])
_t("order_survey_groundwork", "order_violation",
   ["A survey of {K} carried out in [[{E:Y}]] laid the groundwork for the first dredging of the channel in "
    "[[{L:Y}]]."])
_t("order_council_subsequently_mayor", "order_violation",
   ["{Q} was elected to the council in [[{E:Y}]] and subsequently became mayor of {T} in [[{L:Y}]]."])
_t("order_leaving_university_staff", "order_violation",
   ["Straight after leaving {U} in [[{E:SUMMER}]], {R} joined the staff of {X}, where he started in "
    "[[{L:MY}]]."])
_t("order_cholera_sewers", "order_violation",
   ["Spurred by a cholera outbreak in [[{E:Y}]], {T} laid its first sewers in [[{L:Y}]]."])
_t("order_relegated_promoted", "order_violation",
   ["{C} were first relegated in [[{E:Y}]], then promoted back to the top flight in [[{L:Y}]]."])
_t("order_collection_bequeathed", "order_violation",
   ["The collection of clocks, first assembled by {P} on [[{E:ORD}]], was eventually bequeathed to {T} on "
    "[[{L:ORD}]]."])
_t("order_before_coaching_post", "order_violation",
   ["Before taking charge of {C} on [[{L:FO}]], {R} had coached the youth side, a post he gave up on "
    "[[{E:FO}]]."])

# --- publication_anachronism --------------------------------------------------------------
_t("anachronism_died_my", "publication_anachronism",
   ["{P}, the founder of {F}, died at {X} in [[{D:MY}]], her family said."])
_t("anachronism_bridge_completed", "publication_anachronism",
   ["The new bridge over {K}, which was completed on [[{D:F}]], has cut journey times by half."])
_t("anachronism_elected_b", "publication_anachronism",
   ["{R} was elected leader of {J} on [[{D:B}]], beating two rivals."])
_t("anachronism_storm_hit", "publication_anachronism",
   ["{H}, which hit {T} on [[{D:AP}]], caused damage estimated at millions."])
_t("anachronism_match_won", "publication_anachronism",
   ["{C} won the league title at {T} on [[{D:BO}]] with three games to spare."])
_t("anachronism_closed_y", "publication_anachronism",
   ["{O}, which closed its doors in [[{D:Y}]] after a century of shows, is to become flats."])
_t("anachronism_merged_iso", "publication_anachronism",
   ["The two councils merged on [[{D:ISO}]], according to the published accounts."])
_t("anachronism_signed_dot", "publication_anachronism",
   ["The trade agreement between {N} and {N2}, signed on [[{D:DOT}]], removed most tariffs."])
_t("anachronism_mid_hospital", "publication_anachronism",
   ["{X} moved to its new site in [[{D:MID}]], and the old buildings have since been demolished."])
_t("anachronism_late_launched", "publication_anachronism",
   ["{V} was relaunched after a refit in [[{D:LATE}]]."])
_t("anachronism_end_factory", "publication_anachronism",
   ["The {F2} factory at {T}, shut at [[{D:END}]], employed four hundred people."])
_t("anachronism_summer_festival", "publication_anachronism",
   ["The festival at {T} drew its biggest crowds in [[{D:SUMMER}]], organisers said."])
_t("anachronism_ordinal_record", "publication_anachronism",
   ["{Q} broke the course record at {T} on [[{D:ORD}]]."])
_t("anachronism_sh_arrested", "publication_anachronism",
   ["{R} was arrested at {T} station on [[{D:SH}]] and later released on bail."])
_t("anachronism_fo_summit", "publication_anachronism",
   ["The first winter ascent of {M} was completed on [[{D:FO}]]."])
_t("anachronism_apmy_resigned", "publication_anachronism",
   ["The chairman of {F}, who resigned in [[{D:APMY}]], has joined {F2}."])
_t("anachronism_early_graduated", "publication_anachronism",
   ["{P} graduated from {U} in [[{D:EARLY}]] and now works as a vet in {T}."])
_t("anachronism_rel_yesterday", "publication_anachronism",
   ["[[Yesterday]]'s vote in {T}, held on [[{D:F}]], returned {J} with a larger majority."], rel="Yesterday")
_t("anachronism_rel_last_week", "publication_anachronism",
   ["The gales that closed the {T} ferry [[last week]] began on [[{D:B}]], the coastguard said."],
   rel="last week")
_t("anachronism_rel_this_morning", "publication_anachronism",
   ["Police were called to {F}'s offices [[this morning]], [[{D:AP}]], after a break-in."], rel="this morning")
_t("anachronism_rel_last_month", "publication_anachronism",
   ["[[Last month]]'s floods on {K}, in [[{D:MY}]], were the worst for a generation."], rel="Last month")
_t("anachronism_rel_last_year", "publication_anachronism",
   ["[[Last year]]'s harvest in {N}, gathered in [[{D:Y}]], was the smallest on record."], rel="Last year")
_t("anachronism_rel_two_days", "publication_anachronism",
   ["{R} was released from {X} [[two days ago]], on [[{D:BO}]], and is recovering at home."],
   rel="two days ago")
_t("anachronism_rel_fortnight", "publication_anachronism",
   ["The crash on the {T} road [[a fortnight ago]], on [[{D:SH}]], has prompted calls for a speed limit."],
   rel="a fortnight ago")
_t("anachronism_rel_last_weekend", "publication_anachronism",
   ["{C} lost at home to {C2} [[last weekend]], on [[{D:FO}]], their first defeat of the season."],
   rel="last weekend")
_t("anachronism_rel_this_afternoon", "publication_anachronism",
   ["The funeral of {P} took place at {T} [[this afternoon]], [[{D:ORD}]]."], rel="this afternoon")
_t("anachronism_rel_earlier_this_year", "publication_anachronism",
   ["{F2} opened its new plant in {T} [[earlier this year]], in [[{D:SHMY}]]."], rel="earlier this year")
_t("anachronism_rel_twenty_eight_days", "publication_anachronism",
   ["{Q} went missing on a walk near {M} [[twenty-eight days ago]], on [[{D:ISO}]]."],
   rel="twenty-eight days ago")
_t("anachronism_rel_last_night", "publication_anachronism",
   ["Firefighters tackled a blaze at {O} [[last night]], [[{D:DOT}]], and saved the auditorium."],
   rel="last night")
_t("anachronism_rel_earlier_this_week", "publication_anachronism",
   ["The mayor of {T} opened the new library [[earlier this week]], on [[{D:F}]]."], rel="earlier this week")
_t("anachronism_rel_earlier_this_month", "publication_anachronism",
   ["{N} held a general election [[earlier this month]], on [[{D:B}]]."], rel="earlier this month")

# --- duration_arithmetic ----------------------------------------------------------------
_t("duration_turned_age", "duration_arithmetic",
   ["{R}, who was born in [[{S:Y}]], turned [[{NUM}]] on [[{E:F}]]."], unit="years", span=(9000, 32000),
   min=20)
_t("duration_wedding_anniversary", "duration_arithmetic",
   ["{P} and {R} celebrated their [[{NUM} wedding anniversary]] on [[{E:BO}]], having married at {T} on "
    "[[{S:BO}]]."], unit="years", span=(7000, 22000), ordinal=True, min=10, top=80)
_t("duration_strike_days", "duration_arithmetic",
   ["The strike at {F} lasted [[{NUM} days]], from [[{S:F}]] to [[{E:F}]]."], unit="days", span=(20, 150))
_t("duration_restoration_years", "duration_arithmetic",
   ["The [[{NUM}-year]] restoration of {O}, begun in [[{S:Y}]], was completed in [[{E:Y}]]."], unit="years",
   span=(1500, 5000), words=True)
_t("duration_refit_months", "duration_arithmetic",
   ["{V} returned to service in [[{E:MY}]] after a [[{NUM}-month]] refit that began in [[{S:MY}]]."],
   unit="months", span=(150, 700))
_t("duration_quarantine_weeks", "duration_arithmetic",
   ["The crew spent [[{NUM} weeks]] in quarantine at {T}, from [[{S:DM}]] until [[{E:B}]]."], unit="weeks",
   span=(30, 120), words=True)
_t("duration_trial_weeks", "duration_arithmetic",
   ["The [[{NUM}-week]] trial of {R}, which opened on [[{S:AP}]], ended with his acquittal on [[{E:AP}]]."],
   unit="weeks", span=(30, 150))
_t("duration_years_after_death_statue", "duration_arithmetic",
   ["A statue of {P} was unveiled at {T} on [[{E:FO}]], [[{NUM} years]] after her death in [[{S:Y}]]."],
   unit="years", span=(2000, 20000))
_t("duration_days_after_polls", "duration_arithmetic",
   ["The polls in {T} closed on [[{S:SH}]], and the result was declared [[{NUM} days]] later, on [[{E:SH}]]."],
   unit="days", span=(25, 120))
_t("duration_lease_expired", "duration_arithmetic",
   ["The [[{NUM}-year]] lease on the {T} quay, signed in [[{S:MY}]], ran out in [[{E:MY}]]."], unit="years",
   span=(3000, 25000))
_t("duration_employed_since", "duration_arithmetic",
   ["{F} has employed {R} for [[{NUM} years]], ever since he joined as an office boy in [[{S:Y}]]."],
   unit="years", yr=(1930, 2005))
_t("duration_age_apposition", "duration_arithmetic",
   ["{P}, [[{NUM}]], who was born in {T} on [[{S:F}]], has written a memoir of her childhood."], unit="years",
   yr=(1925, 1990), min=18, top=105)
_t("duration_missing_days", "duration_arithmetic",
   ["{R} had been missing for [[{NUM} days]] when he was found on [[{E:ORD}]]; he was last seen leaving {T} on "
    "[[{S:ORD}]]."], unit="days", span=(20, 200))
_t("duration_marriage_ended", "duration_arithmetic",
   ["Their marriage of [[{NUM} years]] ended with his death on [[{E:B}]]; they had wed at {T} in [[{S:Y}]]."],
   unit="years", span=(5000, 20000))
_t("duration_behind_bars", "duration_arithmetic",
   ["Jailed in [[{S:MY}]], {R} walked free in [[{E:MY}]] after [[{NUM} years]] behind bars."], unit="years",
   span=(2500, 9000), words=True)
_t("duration_hunger_strike_days", "duration_arithmetic",
   ["{Q} called off her [[{NUM}-day]] hunger strike on [[{E:MD}]], having begun it on [[{S:F}]]."],
   unit="days", span=(25, 90))
_t("duration_search_months", "duration_arithmetic",
   ["The [[{NUM}-month]] search for {V}, which began in [[{S:SHMY}]], ended when divers found her in "
    "[[{E:SHMY}]]."], unit="months", span=(300, 1200))
_t("duration_rehearsals_weeks", "duration_arithmetic",
   ["After [[{NUM} weeks]] of rehearsals starting on [[{S:ISO}]], the opera had its premiere at {O} on "
    "[[{E:ISO}]]."], unit="weeks", span=(40, 150))
_t("duration_lighthouse_keeper", "duration_arithmetic",
   ["{R} spent [[{NUM} years]] as keeper of the {T} light, from [[{S:EARLY}]] to [[{E:LATE}]]."],
   unit="years", span=(4000, 14000))
_t("duration_desert_crossing", "duration_arithmetic",
   ["Setting out on [[{S:DOT}]] and arriving on [[{E:DOT}]], the expedition completed its [[{NUM}-day]] "
    "crossing of the {N} desert."], unit="days", span=(30, 110))
_t("duration_took_months_merger", "duration_arithmetic",
   ["It took [[{NUM} months]] to complete the merger of {F} and {F2}, agreed in [[{S:APMY}]] and finalised in "
    "[[{E:APMY}]]."], unit="months", span=(150, 600))
_t("duration_bridge_took_years", "duration_arithmetic",
   ["The bridge over {K} took [[{NUM} years]] to build: work started in [[{S:MID}]] and it opened in "
    "[[{E:END}]]."], unit="years", span=(2500, 6000), words=True)
_t("duration_university_anniversary", "duration_arithmetic",
   ["{U}, founded in [[{S:Y}]], marked its [[{NUM} anniversary]] with a dinner on [[{E:F}]]."], unit="years",
   span=(9000, 35000), ordinal=True)
_t("duration_birthday_ordinal", "duration_arithmetic",
   ["{P}, who was born on [[{S:BO}]], celebrated her [[{NUM} birthday]] at {X} on [[{E:BO}]]."],
   unit="years", span=(20000, 37000), ordinal=True, min=50)
_t("duration_ceasefire_weeks", "duration_arithmetic",
   ["The ceasefire between {N} and {N2} held for [[{NUM} weeks]], from [[{S:FO}]] until fighting resumed on "
    "[[{E:FO}]]."], unit="weeks", span=(50, 300))
_t("duration_republic_since", "duration_arithmetic",
   ["{N} has been a republic for [[{NUM} years]], since the monarchy was abolished in [[{S:MY}]]."],
   unit="years", yr=(1910, 2000))
_t("duration_bypass_wait", "duration_arithmetic",
   ["The [[{NUM}-year]] wait for a bypass ended in [[{E:AUTUMN}]], when the road first promised in "
    "[[{S:SPRING}]] opened to traffic."], unit="years", span=(5000, 15000))
_t("duration_idle_half_century", "duration_arithmetic",
   ["The mill at {T} stood idle for [[half a century]], from [[{S:Y}]] until it was turned into flats in "
    "[[{E:Y}]]."], unit="years", span=(9000, 14000), fixed=(50, "half a century"))
_t("duration_centenary_club", "duration_arithmetic",
   ["{C} celebrated their [[centenary]] on [[{E:F}]]; the club was founded in a pub in {T} in [[{S:Y}]]."],
   unit="years", span=(22000, 29000), fixed=(100, "centenary"), yr=(1900, 1935))
_t("duration_decade_at_firm", "duration_arithmetic",
   ["{R} spent [[a decade]] at {F}, joining in [[{S:MY}]] and leaving for {F2} in [[{E:MY}]]."],
   unit="years", span=(5500, 9000), fixed=(10, "a decade"))
_t("duration_opened_years_ago", "duration_arithmetic",
   ["The {T} lido, which opened [[{NUM} years ago]] in [[{S:Y}]], is to be restored."], unit="years",
   yr=(1920, 1990))
_t("duration_passage_days", "duration_arithmetic",
   ["{V} made the passage from {T} to {N2} in [[{NUM} days]], sailing on [[{S:ORDNY}]] and docking on "
    "[[{E:ORD}]]."], unit="days", span=(25, 100))
_t("duration_ran_for_months_show", "duration_arithmetic",
   ["The revue ran for [[{NUM} months]] at {O}, opening on [[{S:SHMD}]] and closing on [[{E:SH}]]."],
   unit="months", span=(120, 330), words=True)
_t("duration_river_flood_weeks", "duration_arithmetic",
   ["{K} stayed above its flood mark for [[{NUM} weeks]], from [[{S:APMD}]] to [[{E:AP}]]."], unit="weeks",
   span=(45, 200))
