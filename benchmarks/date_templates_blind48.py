"""``blind48``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind48`` templates.  Written on 2026-11-25 (started 09:11:58 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind47's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), features/, docs/, the README,
# benchmarks/results/, the body of benchmarks/date_conflicts.py or of
# benchmarks/event_identity.py, any other tests file, any other template file
# beyond the lines of blind47 named below, or the git history (``git show``
# was never run; ``git log`` was run once, by slip, as ``git log -1
# --format=%H`` right after this set's own first commit, printing only that
# commit's hash -- no other history was shown; the commit was then amended
# to say so, its hash read with ``git rev-parse HEAD``).
# benchmarks/date_conflicts.py was never run.
# Base commit: bc000c4 (``git worktree add -b dblind48 /work/wt/dblind48
# bc000c4``).
# What was read: benchmarks/date_template_kit.py (whole file, with ``cat``;
# the shared machinery, imported here as blind47 does); lines 1-210 of
# benchmarks/date_templates_blind47.py (printed with ``sed -n 1,210p``: its
# header comment, imports, ``EXTRA_ANCHORS``, name lists, ``_ctx`` and the two
# kit lines; its templates, from its ``# --- weekday_mismatch ---`` line at
# 211 on, were never printed); tests/date_template_checks.py and
# tests/test_date_templates_independent.py (whole files, with ``cat``; the
# ``blind48`` row was added to the latter with a small Python string
# replacement and its docstring's range extended to blind48, then checked
# with ``git diff`` of that file only); in tests/conftest.py the
# ``load_benchmark`` helper (printed with ``grep -n -A11 "def
# load_benchmark"``); in benchmarks/date_conflicts.py only the output of
# ``grep -n "blind47"`` (cut to 200 characters), after which one import line
# and one dict entry were inserted with ``sed`` and checked with ``grep -n
# "blind4[78]"``; in benchmarks/event_identity.py only the ``FRESH = (...)``
# line (``grep -n "^FRESH" ... | cut -c1-200``), changed with the ``sed`` of
# the brief and shown again the same way; ``git status --short`` and ``git
# diff --numstat`` (counts only) of the worktree.
# Seen by accident: ``ls`` of the worktree root listed its top-level names
# (LICENSE, MANIFEST.in, README.md, benchmarks, docs, features,
# pyproject.toml, seeds, src, tests; no contents); ``git worktree add``
# printed the subject of the base commit ("README, docs/performance.md,
# _has_articled_name docstring: the pattern's cost stated as measured by
# benchmarks/extractor_time.py (name pass 0.232 -> 0.186 ms), not a cProfile
# estimate"); the grep showed the import line's trailing comment "# noqa:
# E402  (benchmarks/ helper)" and that the dict entry sits at line 2620; the
# FRESH line's trailing comment, whose first characters within the
# 200-character cut read "# not trained on: the ".  No detector code was
# seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind48``, which runs no
# detector) and a throwaway script (/tmp/b48_sample.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector; date_conflicts.py was
# only byte-compiled (any __pycache__ deleted); ``pyflakes`` on this file is
# clean.
# Fresh: to be scored once on the code at the end of session 25 as the before
# of session 26's rounds, never used to tune.  Every template is used:
# ``--split blind48``.
#
# Conventions (those of blind47; machinery from date_template_kit).  A
# template is a ``Callable[[random.Random], list[str]]`` (1-2 sentences) named
# ``b48_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Every side of a conflict is marked with [[...]].  Anachronisms assume
# publication on 2016-09-27: past events are dated from June 2017 to 2025;
# relative expressions are pinned to 1995-2012 or 2020-2025.  Other kinds
# keep their dates in 1900-2015, name no weekday outside the weekday
# templates and use no relative expression ("ago" only in durations, counted
# to 2016-09-27: one template here, "admitted its first women students N
# years ago, in").  Stated counts miss every defensible count (unknown days,
# inclusive or exclusive counting) by at least seven units; all duration
# offsets are 0.  In order-violation facts ``earlier`` is the event the text
# says came first (label ``E``; it carries the later date) and ``later`` the
# one it puts second (label ``L``), wherever each stands in the sentence (two
# templates write the second event first: "went on trial on ..., following
# his arrest in ... on", "The opening of ... on ... was preceded by a gala
# preview ... on").
# Order markers (new against blind47's header): "In the wake of", "ahead of
# the final" / "ahead of the ratification vote", "paved the way for", "On the
# heels of", "Once the text had been agreed, on ..., ... was signed", "was
# followed by", "Two years on from", "prompted", "led to", "called to the bar
# ... and took silk", "; the wedding ... followed on", "was laid ..., and ...
# was consecrated", "made his debut ... and scored his first goal", "closed
# on ..., and ... was named the winner", "backed the merger ...; the combined
# group began trading", "finished testing ... and put it into production",
# "was launched ... and sailed on her maiden voyage", "Ground was broken
# ...; ... opened its doors", "ended in ..., long before ... first tested",
# "Only once ... had been dredged ... could", "In the aftermath of", "which
# preceded", "was the prelude to", "subsequently became", "following his
# arrest", "in time for", "was admitted ... and discharged", "set off a
# building boom that peaked", "was preceded by", "stayed in family hands until
# its sale ...; the new owners moved".
# Pairs for order: audit/resignation, heat/final, draft treaty/ratification,
# planning consent/construction, trial run/opening, agreed text/signing,
# recall/repair programme, flood/embankment, chemical leak/inquiry,
# collapse/rescue takeover, call to the bar/silk, engagement/wedding,
# foundation stone/consecration, debut/first goal, tender close/contract
# award, merger vote/trading, prototype/production, launch/maiden voyage,
# ground broken/opening, barrage finished/sluice test, dredging/cargo ships,
# riot/curfew, by-election/general election, walkout/national stoppage,
# council/mayor, arrest/trial, stand finished/opening match,
# admission/discharge, copper find/boom peak, preview/opening, sale/head
# office move.
# Restated templates are ``b48_restated_same_*`` (one head word twice:
# avalanche, tornado, mutiny, derailment, heatwave, siege, assassination,
# jailbreak, blackout, oil spill, dam burst, tsunami, eruption, bank robbery,
# stampede, ferry fire, pit disaster, by-election, cholera outbreak, state
# visit, sandstorm, lockout; 22) or ``b48_restated_diff_*`` (verb against
# noun -- abdicated/abdication, extradited/extradition, privatised/
# privatisation, acquitted/acquittal, devalued/devaluation, inaugurated/
# inauguration, excavated/excavation, wed/marriage, blockaded/blockade --,
# synonyms tornado/twister, blaze/inferno, heist/robbery, derailment/train
# crash, uprising/revolt, crush/stampede, deluge/floods, demonstratives and
# summary nouns "That vote" (for a confidence vote), "The incident" (for a
# shooting), "The disaster" (for a reservoir wall giving way), "The closure"
# (for a works shut for good), a pronoun "It was the longest span ... when it
# opened, on" (for a bridge), an apposition "{R}, the stoker who led the
# mutiny ..., was arrested" against "His arrest, on"; 22); events that last (heatwave, siege, cholera outbreak,
# lockout, uprising/revolt, blockaded/blockade) are dated at least two
# calendar years apart (``gap=(2, 12)``).
# Durations: tenure "served N years as ... until his retirement on ...; he
# had taken the post on", "after N months in office that began on", "a
# N-week tour ... ran from ... to", "the N-day siege ... began on ... and
# ended", age at death ("who died on ... at the age of N, was born"), a
# birthday ordinal ("celebrated her Nth birthday"), a jubilee ("celebrated
# its centenary on ...; it had been founded"), "for the past N years, ever
# since", "went dark ... after half a century of service", "refloated on
# ..., a fortnight after she ran aground", "the N-month trial ... opened ...
# and ended with a verdict", "Results were finally declared on ..., N days
# after polls closed on", "swam across ... aged N", "The N-year-old ...,
# born on", "banned ... for N weeks, from ... until", "retired ... after N
# years as head teacher ..., a post she took up in", "released on ...,
# having served N years in prison since", "the N-month occupation ... ended
# on ...; it had begun", "It took N weeks to clear the wreck ..., between
# ... and" (ISO dates), "In her N years at ..., from ... to", "After N months
# of repairs begun in ..., ... reopened" (words), "spent N days in a
# snowbound hut ..., from ... to", "is now in its Nth year", "the N-week
# lockout ... began on ... and ended", "admitted its first women students N
# years ago", "the N-day trial run ... lasted from", "In the Nth week of the
# dock strike that began on", life years in brackets "(1939-1980) ... died
# aged N", "kicked off its Nth season", "the N-month shutdown ... lasted from
# early ... to late", "served as bishop ... for N years, from mid-... until
# his death in the end of ..." (words), "After N months in exile ..., from
# the autumn of ... to fall", "the N-day crossing ... began on the Nth of
# ... and ended", "the N-week excavation ... ran from the spring of ... to
# the summer of" -- in years, months, weeks and days, as digits, words,
# ordinals and fixed phrases ("centenary", "half a century", "a
# fortnight").  Like blind47, the set has no near-miss or clean
# (conflict-free) templates.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``; every format is used), ``{NUM}`` a
# stated count, ``{WD}`` the stated weekday, other braces invented names;
# ``sy=True`` puts both dates of a pair in one year; formats without a year
# (``CONTEXT``) take it from the other date, whose marked span carries it, or
# from the same label written as a bare year (``{D:Y}``).
# Extra relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new
# here: "thirty-two days ago").  Counts: 41 weekday_mismatch, 30
# impossible_date (21 with a year, 9 impossible in every year), 44
# restated_event (22 same, 22 diff), 31 order_violation, 29
# publication_anachronism (14 dated after publication, 15 relative
# expressions pinned far from it), 34 duration_arithmetic (209 in all); the
# ``blind48`` row of tests/test_date_templates_independent.py asks for 42
# restated, 32 durations and 21 of each restated wording.
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set;
# none is taken from blind47's name lists: a throwaway script compared the
# capitalised words of both sets' name lists (blind47's read within its lines
# 1-210 only); just generic words are shared ("Mount", "River", "Hospital",
# "Infirmary", "University", "Royal", "St", "Party", "MV", "Hurricane",
# "Typhoon", "Cyclone", "Storm"; also "the ferry").
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "thirty-two days ago"})


FIRST_F = ["Ottilie", "Rosamund", "Philippa", "Imelda", "Henrietta", "Clementine", "Ysolde", "Georgiana"]
FIRST_M = ["Barnaby", "Ignatius", "Leopold", "Casimir", "Fitzroy", "Ambrose"]
LAST = ["Wetherall", "Okafor-Dent", "Dunstable", "Przybylski", "Fairbrother", "Castellanos-Grey", "Huxtable",
        "Rennard", "Abernethy", "Van Hoorne", "Kilbride", "Steenkamp-Lyle", "Tolliver", "Greatorex"]
TOWNS = ["Brackenridge", "Upper Sallow", "Thornaby Quay", "Kilmory Bridge", "Ashcombe Magna", "Pendlewick",
         "Harwick Sands", "Fenwold", "Rooksby", "Stavelford"]
FIRMS = ["Halberd Shipping", "Tamarisk Biscuits", "Corvane Steel", "Ruddleworth & Gale", "Bellhaven Mutual",
         "Graystone Glassworks", "Quorra Motors", "Linnet Paper Mills"]
NATIONS = ["Kelvaria", "Rhunmark", "Tharsia", "Ebrostan", "Galdovia", "Ystria"]
CLUBS = ["Brackenridge Athletic", "Pendlewick Harriers", "Rooksby Wanderers", "Stavelford Celtic",
         "Fenwold Corinthians", "Kilmory Bridge Rangers"]
STORMS = ["Hurricane Ximena", "Typhoon Haruki", "Cyclone Kalinda", "Storm Perdita", "Hurricane Anselmo"]
SHIPS = ["the ferry Pendlewick Belle", "the collier Black Rook", "MV Tharsian Star", "the tanker Halberd Pride"]
PEAKS = ["Mount Casterby", "the Pale Tooth", "Carn Ellery", "Mount Vessanen"]
UNIVERSITIES = ["Stavelford University", "the University of Rooksby", "the Brackenridge Institute of Technology",
                "Pendlewick College of Music"]
RIVERS = ["the River Tamsin", "the River Orle", "the Fenwold Brook", "the River Skelder"]
HOSPITALS = ["Rooksby General", "St Wystan's Hospital", "the Brackenridge Royal Infirmary",
             "Pendlewick Cottage Hospital"]
VENUES = ["the Stavelford Playhouse", "the Rooksby Drill Hall", "the Fenwold Assembly Rooms", "the Ashcombe Hippodrome"]
PARTIES = ["the Smallholders' Alliance", "the Coastal Labour Front", "the National Renewal Union",
           "the Free Burgher Party"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND48_TEMPLATES = new_templates()
_t = registrar("b48_", BLIND48_TEMPLATES, _ctx)

W, I, RS, OR, AN, DU = ("weekday_mismatch", "impossible_date", "restated_event", "order_violation",
                        "publication_anachronism", "duration_arithmetic")

# --- weekday_mismatch ---
_t("weekday_sworn_in", W, ["{P} was sworn in as chief constable of {T} on [[{WD}, {D:F}]], the first woman to hold "
                           "the post."])
_t("weekday_foundation_stone", W, ["The foundation stone of {O} was laid on [[{WD}]], [[{D:BO}]], by the Lord "
                                   "Lieutenant."])
_t("weekday_polls_open_late", W, ["Polling stations in {T} stayed open late on [[{WD} {D:B}]] after queues formed "
                                  "around the market square."])
_t("weekday_plant_closure_ap", W, ["{F} announced the closure of its {T} plant on [[{WD}, {D:AP}]], putting 300 "
                                   "jobs at risk."], ap=True)
_t("weekday_ferry_resumed_ord", W, ["The ferry service between {T} and {T2} resumed on [[{WD}, {D:ORD}]], after "
                                    "the harbour wall was repaired."])
_t("weekday_minutes_iso", W, ["Minutes of the board meeting dated [[{D:ISO}]] ([[{WD}]]) record that {P} moved "
                              "the motion to sell the fleet."])
_t("weekday_ledger_dot", W, ["The ledger entry for [[{WD} {D:DOT}]] shows the first payment from {F} to the "
                             "parish."])
_t("weekday_ship_log_sh", W, ["Log entry, [[{WD} {D:SH}]]: {V} anchored off {T} to ride out the gale."])
_t("weekday_first_match_md", W, ["In [[{D:Y}]] {C} moved to a new ground, where it played its first match on "
                                 "[[{WD}, {D:MD}]] in front of a record crowd."])
_t("weekday_verdict_fo", W, ["The jury returned its verdict on [[{WD}, {D:FO}]], clearing {R} of all charges."])
_t("weekday_maiden_speech", W, ["{Q} made her maiden speech in the chamber on [[{D:F}]], a [[{WD}]] on which the "
                                "public gallery was nearly empty."])
_t("weekday_storm_landfall_ap", W, ["{H} made landfall near {T} late on [[{WD}, {D:AP}]], flattening sea walls "
                                    "along the bay."], ap=True)
_t("weekday_bells_rang_dm", W, ["All the church bells of {T} rang on [[{WD} {D:DM}]] [[{D:Y}]], the day the "
                                "peace was signed."])
_t("weekday_opening_night_b", W, ["The opening night at {O}, on [[{WD} {D:B}]], was sold out weeks in advance."])
_t("weekday_summit_reached_fo", W, ["The two climbers reached the summit of {M} shortly after noon on "
                                    "[[{WD}, {D:FO}]]."])
_t("weekday_graduation_bo", W, ["{Q} received her doctorate from {U} on [[{WD} {D:BO}]], aged just 24."])
_t("weekday_takeover_signed_sh", W, ["The takeover of {F2} by {F} was signed in the early hours of [[{WD} {D:SH}]]."])
_t("weekday_flood_peak_ord", W, ["{K} peaked at almost six metres above its normal level on [[{WD}, {D:ORD}]]."])
_t("weekday_hospital_opened_apmd", W, ["{X} took its first patients in [[{D:Y}]], on [[{WD}, {D:APMD}]], after "
                                       "four years of building work."], ap=True)
_t("weekday_party_founded_iso", W, ["{J} was founded at a meeting above a pub in {T} on [[{WD}]] "
                                    "([[{D:ISO}]])."])
_t("weekday_rail_strike_f", W, ["Rail workers across {N} walked out at midnight on [[{WD}, {D:F}]], halting "
                                "all freight traffic."])
_t("weekday_record_attendance_ap", W, ["A record 41,000 people watched {C} beat {C2} on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_eviction_dot", W, ["Bailiffs cleared the last families from the terraces in {T} on [[{WD}]], "
                               "[[{D:DOT}]]."])
_t("weekday_launch_shmd", W, ["{V} was launched from the slipway at {T} in [[{D:Y}]] on [[{WD} {D:SHMD}]], "
                              "with the builder's daughter breaking the bottle."])
_t("weekday_letter_dated_b", W, ["In a letter dated [[{WD} {D:B}]], {R} asked the council to reconsider his "
                                 "dismissal."])
_t("weekday_coronation_procession", W, ["Crowds lined the avenues of the capital of {N} for the coronation "
                                        "procession on [[{WD}, {D:FO}]]."])
_t("weekday_armistice_ordny", W, ["The guns along the frontier between {N} and {N2} fell silent in [[{D:Y}]], on "
                                  "[[{WD} {D:ORDNY}]]."])
_t("weekday_trial_opened_f", W, ["The trial of the {T} bank robbers opened at the county court on "
                                 "[[{WD}, {D:F}]]."])
_t("weekday_fire_broke_out_sh", W, ["Fire broke out in the dye house of {F} in the small hours of "
                                    "[[{WD} {D:SH}]] and burned until dawn."])
_t("weekday_premiere_ap", W, ["The symphony by {P} had its premiere at {O} on [[{WD}, {D:AP}]], with the "
                              "composer conducting."], ap=True)
_t("weekday_by_election_bo", W, ["{Q} won the {T} by-election for {J} on [[{WD} {D:BO}]] with a majority of 812."])
_t("weekday_pier_collapse_iso", W, ["The pier at {T} partly collapsed during a storm surge on [[{D:ISO}]], a "
                                    "[[{WD}]]."])
_t("weekday_tram_last_run_ord", W, ["The last tram ran through the streets of {T} on [[{WD}, {D:ORD}]], "
                                    "decorated with black ribbons."])
_t("weekday_diary_entry_dm", W, ["\"[[{WD} {D:DM}]]: the river froze over,\" wrote {R} in his diary for "
                                 "[[{D:Y}]]."])
_t("weekday_border_closed_f", W, ["{N} closed its border with {N2} without warning on [[{WD}, {D:F}]]."])
_t("weekday_charter_granted_b", W, ["{T} was granted its town charter on [[{WD} {D:B}]], after a petition by "
                                    "its leading merchants."])
_t("weekday_cup_final_ap", W, ["{C} lifted the county cup on [[{WD}, {D:AP}]], beating {C2} on penalties."],
   ap=True)
_t("weekday_mine_rescue_dot", W, ["The last of the trapped miners was brought to the surface at {T} on "
                                  "[[{D:DOT}]], a [[{WD}]] morning."])
_t("weekday_bridge_reopened_fo", W, ["The bridge over {K} reopened to traffic on [[{WD}, {D:FO}]], two years "
                                     "after the collapse."])
_t("weekday_wedding_md", W, ["The couple married at {T} parish church on [[{WD}, {D:MD}]], [[{D:Y}]], and the "
                             "reception was held at {O}."])
_t("weekday_strike_called_sh", W, ["The union called its members out at {F} on [[{WD} {D:SH}]], after pay "
                                   "talks broke down."])

# --- impossible_date ---
_t("impossible_treaty_signed", I, ["The frontier treaty between {N} and {N2} was signed on [[{D:F}]]."])
_t("impossible_birth_register", I, ["According to the parish register, {R} was born in {T} on [[{D:BO}]]."])
_t("impossible_share_issue_ap", I, ["{F} issued its first shares to the public on [[{D:AP}]]."])
_t("impossible_gale_warning_b", I, ["A gale warning was issued for the coast near {T} on [[{D:B}]]."])
_t("impossible_inquest_ord", I, ["The inquest into the deaths at the quarry opened at {T} on [[{D:ORD}]]."])
_t("impossible_contract_iso", I, ["The contract, dated [[{D:ISO}]], committed {F} to deliver twelve locomotives."])
_t("impossible_receipt_dot", I, ["A receipt stamped [[{D:DOT}]] shows that {R} paid the deposit in full."])
_t("impossible_sailing_sh", I, ["{V} sailed from {T} on [[{D:SH}]] with a cargo of timber."])
_t("impossible_expedition_fo", I, ["The expedition set up its base camp below {M} on [[{D:FO}]]."])
_t("impossible_exam_results_f", I, ["Results of the entrance examinations at {U} were posted on [[{D:F}]]."])
_t("impossible_injunction_b", I, ["The High Court granted {F} an injunction against the pickets on [[{D:B}]]."])
_t("impossible_appointment_ap", I, ["{P} was appointed matron of {X} on [[{D:AP}]]."])
_t("impossible_flood_gauge_bo", I, ["The gauge on {K} at {T} recorded its highest reading on [[{D:BO}]]."])
_t("impossible_statue_unveiled_ord", I, ["A bronze statue of {R} was unveiled in the square at {T} on "
                                         "[[{D:ORD}]]."])
_t("impossible_cable_iso", I, ["The diplomatic cable from the embassy in {N} is dated [[{D:ISO}]]."])
_t("impossible_deed_dot", I, ["The title deed to the mill, dated [[{D:DOT}]], names {F} as the owner."])
_t("impossible_abdication_f", I, ["The king of {N} announced his abdication in a radio address on [[{D:F}]]."])
_t("impossible_derby_sh", I, ["{C} beat {C2} 4-1 in the local derby on [[{D:SH}]]."])
_t("impossible_manifesto_fo", I, ["{J} published its election manifesto on [[{D:FO}]]."])
_t("impossible_wreck_found_b", I, ["Divers found the wreck of {V} on [[{D:B}]], in 40 metres of water."])
_t("impossible_storm_named_ap", I, ["Forecasters named {H} on [[{D:AP}]] as it gathered strength offshore."])
_t("impossible_no_year_md", I, ["Every year on [[{D:MD}]], the people of {T} lay wreaths at the harbour wall."])
_t("impossible_no_year_dm", I, ["The regatta on {K} is held on [[{D:DM}]] each year, whatever the weather."])
_t("impossible_no_year_apmd", I, ["Under its charter the fair at {T} must open on [[{D:APMD}]]."])
_t("impossible_no_year_shmd", I, ["The timetable posted at {T} station lists a special service for [[{D:SHMD}]]."])
_t("impossible_no_year_ordny", I, ["The tenancy of every allotment in {T} falls due on [[{D:ORDNY}]]."])
_t("impossible_no_year_ow", I, ["The feast of the town's patron saint is kept in {T} on [[{D:OW}]]."])
_t("impossible_no_year_md_rent", I, ["The lease requires the rent for {O} to be paid by [[{D:MD}]] of each "
                                     "year."])
_t("impossible_no_year_ow_levy", I, ["The river levy on {K} was always collected on [[{D:OW}]], by ancient "
                                     "custom."])
_t("impossible_no_year_dm_plaque", I, ["Tradition in {T} holds that the first ward of {X} opened on "
                                       "[[{D:DM}]]."])

# --- restated_event: same head word ---
_t("restated_same_avalanche", RS, ["The avalanche on {M} on [[{A:F}]] buried a mountain hut and killed four "
                                   "climbers.", "Survivors of the avalanche, which struck on [[{B:F}]], were "
                                   "flown to {X}."])
_t("restated_same_tornado", RS, ["A tornado tore through the outskirts of {T} on [[{A:B}]].",
                                 "Insurers paid out millions after the tornado of [[{B:B}]]."])
_t("restated_same_mutiny", RS, ["The mutiny aboard {V} broke out on [[{A:FO}]], off the coast of {N}.",
                                "Six sailors were later hanged for their part in the mutiny of [[{B:FO}]]."])
_t("restated_same_derailment", RS, ["Eleven passengers died in the derailment near {T} on [[{A:AP}]].",
                                    "An inquiry blamed a cracked rail for the derailment on [[{B:AP}]]."])
_t("restated_same_heatwave", RS, ["The heatwave of [[{A:SUMMER}]] dried up {K} for the first time in memory.",
                                  "Farmers around {T} still talk about the heatwave of [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_siege", RS, ["The siege of {T} began in [[{A:MY}]], when rebel forces cut the railway.",
                               "{R} wrote a diary throughout the siege, which began in [[{B:MY}]]."], gap=(2, 12))
_t("restated_same_assassination", RS, ["The assassination of the president of {N} on [[{A:SH}]] shocked the "
                                       "region.", "{R} was convicted of the assassination, carried out on "
                                       "[[{B:SH}]], and sentenced to life."])
_t("restated_same_jailbreak", RS, ["Nine inmates escaped from the prison at {T} in a jailbreak on [[{A:ORD}]].",
                                   "The governor resigned days after the jailbreak of [[{B:ORD}]]."])
_t("restated_same_blackout", RS, ["A blackout plunged {T} into darkness on [[{A:ISO}]].",
                                  "Engineers traced the blackout of [[{B:ISO}]] to a fault at the substation."])
_t("restated_same_oil_spill", RS, ["The oil spill from {V} on [[{A:BO}]] coated twenty miles of beaches.",
                                   "Clean-up crews were still working on the oil spill, which began on "
                                   "[[{B:BO}]], a year later."])
_t("restated_same_dam_burst", RS, ["The dam burst above {T} on [[{A:DOT}]], sending a wall of water down the "
                                   "valley.", "The dam burst of [[{B:DOT}]] led to new safety laws."])
_t("restated_same_tsunami", RS, ["A tsunami swept over the fishing villages of {N} on [[{A:F}]].",
                                 "Aid workers reached the worst-hit coast days after the tsunami of [[{B:F}]]."])
_t("restated_same_eruption", RS, ["The eruption of {M} in [[{A:MY}]] covered {T} in ash.",
                                  "Geologists have studied the eruption of [[{B:MY}]] ever since."])
_t("restated_same_bank_robbery", RS, ["Masked men carried out the bank robbery in {T} on [[{A:MD}]], escaping "
                                      "with the wages of three factories.",
                                      "Police never recovered the money taken in the bank robbery of [[{B:F}]]."],
   sy=True)
_t("restated_same_stampede", RS, ["Fourteen people died in a stampede at {O} on [[{A:AP}]].",
                                  "The venue's licence was revoked after the stampede on [[{B:AP}]]."])
_t("restated_same_ferry_fire", RS, ["The ferry fire aboard {V} on [[{A:B}]] forced 200 passengers into the "
                                    "lifeboats.", "Investigators blamed faulty wiring for the ferry fire of "
                                    "[[{B:B}]]."])
_t("restated_same_pit_disaster", RS, ["The pit disaster at {T} on [[{A:FO}]] claimed 43 lives.",
                                      "A memorial to those killed in the pit disaster of [[{B:FO}]] stands "
                                      "outside the miners' hall."])
_t("restated_same_by_election", RS, ["{P} won the {T} by-election for {J} on [[{A:SH}]].",
                                     "Turnout in the by-election, held on [[{B:SH}]], was the lowest on record."])
_t("restated_same_cholera_outbreak", RS, ["The cholera outbreak in {T} began in [[{A:Y}]], when a well was "
                                          "contaminated.", "Doctors at {X} treated hundreds during the cholera "
                                          "outbreak of [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_state_visit", RS, ["The president of {N} made a state visit to {N2} in [[{A:APMY}]].",
                                     "Trade between the two countries doubled after the state visit of "
                                     "[[{B:APMY}]]."])
_t("restated_same_sandstorm", RS, ["A sandstorm grounded every flight out of the capital of {N} on "
                                   "[[{A:DM}]], [[{A:Y}]].",
                                   "The sandstorm of [[{B:DM}]] also wrecked the city's power lines."], sy=True)
_t("restated_same_lockout", RS, ["The lockout at {F} began in [[{A:SHMY}]] and divided the town.",
                                 "{R} led the workers throughout the lockout, which started in [[{B:SHMY}]]."],
   gap=(2, 12))

# --- restated_event: different wording ---
_t("restated_diff_abdicated_abdication", RS, ["The king of {N} abdicated on [[{A:F}]].",
                                              "His abdication, on [[{B:F}]], ended three centuries of rule by "
                                              "the dynasty."])
_t("restated_diff_extradited_extradition", RS, ["{R} was extradited from {N} on [[{A:B}]].",
                                                "Lawyers fought his extradition, finally carried out on "
                                                "[[{B:B}]], for two years."])
_t("restated_diff_privatised_privatisation", RS, ["The {T} water board was privatised in [[{A:MY}]].",
                                                  "Bills rose by a third after the privatisation of [[{B:MY}]]."])
_t("restated_diff_acquitted_acquittal", RS, ["{R} was acquitted of fraud at the county court on [[{A:FO}]].",
                                             "His acquittal on [[{B:FO}]] was greeted with cheers outside."])
_t("restated_diff_devalued_devaluation", RS, ["{N} devalued its currency on [[{A:AP}]].",
                                              "Import prices soared after the devaluation of [[{B:AP}]]."])
_t("restated_diff_inaugurated_inauguration", RS, ["{P} was inaugurated as president of {N} on [[{A:BO}]].",
                                                  "Foreign leaders flew in for her inauguration on [[{B:BO}]]."])
_t("restated_diff_tornado_twister", RS, ["A tornado flattened the grain silos at {T} on [[{A:SH}]].",
                                         "Nobody was killed by the twister of [[{B:SH}]]."])
_t("restated_diff_blaze_inferno", RS, ["The blaze at {F}'s warehouse started on [[{A:ORD}]].",
                                       "Forty fire crews fought the inferno of [[{B:ORD}]] through the night."])
_t("restated_diff_heist_robbery", RS, ["The gold heist at {T} airport took place on [[{A:ISO}]].",
                                       "Two baggage handlers were charged over the robbery of [[{B:ISO}]]."])
_t("restated_diff_derailment_train_crash", RS, ["The derailment outside {T} on [[{A:DOT}]] left 30 injured.",
                                                "The driver was cleared of blame for the train crash of "
                                                "[[{B:DOT}]]."])
_t("restated_diff_uprising_revolt", RS, ["The uprising in the mining towns of {N} began in [[{A:SPRING}]].",
                                         "Troops put down the revolt of [[{B:Y}]] with great brutality."],
   gap=(2, 12))
_t("restated_diff_crush_stampede", RS, ["Twelve fans died in a crush at the home ground of {C} on [[{A:F}]].",
                                        "The stampede of [[{B:F}]] led to all-seater stadiums."])
_t("restated_diff_that_vote", RS, ["The government of {N} lost a confidence vote by a single voice on "
                                   "[[{A:B}]].", "That vote, on [[{B:B}]], forced an early election."])
_t("restated_diff_the_incident", RS, ["A gunman opened fire in the main square of {T} on [[{A:AP}]].",
                                      "The incident, on [[{B:AP}]], led to a ban on handguns."])
_t("restated_diff_the_disaster", RS, ["The reservoir wall above {T} gave way on [[{A:FO}]].",
                                      "The disaster, on [[{B:FO}]], killed 60 people in the valley below."])
_t("restated_diff_pronoun_bridge", RS, ["The suspension bridge over {K} was opened to traffic on [[{A:BO}]].",
                                        "It was the longest span in {N} when it opened, on [[{B:BO}]]."])
_t("restated_diff_apposition_mutiny", RS, ["{R}, the stoker who led the mutiny on {V}, was arrested in {T} on "
                                           "[[{A:SH}]].", "His arrest, on [[{B:SH}]], made headlines across "
                                           "{N}."])
_t("restated_diff_deluge_floods", RS, ["A deluge swamped the lower town of {T} on [[{A:ORD}]].",
                                       "Hundreds of homes were ruined in the floods of [[{B:ORD}]]."])
_t("restated_diff_excavated_excavation", RS, ["Archaeologists excavated the Roman villa at {T} in "
                                              "[[{A:LATE}]].", "Finds from the excavation of [[{B:Y}]] are on "
                                              "display at {U}."])
_t("restated_diff_wed_marriage", RS, ["{Q} and {R} wed at {T} on [[{A:MD}]].",
                                      "Their marriage, on [[{B:F}]], was the society event of the season."],
   sy=True)
_t("restated_diff_blockaded_blockade", RS, ["{N} blockaded the ports of {N2} from [[{A:MY}]].",
                                           "The blockade, imposed in [[{B:MY}]], lasted fourteen months."],
   gap=(2, 12))
_t("restated_diff_the_closure", RS, ["{F} shut its works in {T} for good on [[{A:AP}]].",
                                     "The closure, on [[{B:AP}]], cost 900 jobs."])

# --- order_violation ---
_t("order_audit_resignation", OR, ["In the wake of the audit of [[{E:F}]], {P} resigned as treasurer of {J} on "
                                   "[[{L:F}]]."])
_t("order_heat_final", OR, ["{C} won its heat on [[{E:MD}]], ahead of the final at {T} on [[{L:F}]]."], sy=True)
_t("order_draft_ratification", OR, ["The draft treaty between {N} and {N2} was published in [[{E:MY}]], ahead of "
                                    "the ratification vote in [[{L:MY}]]."])
_t("order_consent_construction", OR, ["Planning consent granted on [[{E:FO}]] paved the way for construction of "
                                      "the {T} bypass, which began on [[{L:FO}]]."])
_t("order_trial_run_opening", OR, ["On the heels of a trial run on [[{E:AP}]], the {T} light railway opened to "
                                   "passengers on [[{L:AP}]]."])
_t("order_once_draft_agreed", OR, ["Once the text had been agreed, on [[{E:SH}]], the accord between {N} and {N2} "
                                   "was signed on [[{L:SH}]]."])
_t("order_recall_repair", OR, ["{F}'s recall of its faulty boilers in [[{E:MY}]] was followed by a free repair "
                               "programme, launched in [[{L:MY}]]."])
_t("order_two_years_on", OR, ["Two years on from the flood of [[{E:Y}]], the new embankment along {K} was "
                              "finished in [[{L:Y}]]."])
_t("order_leak_prompted_inquiry", OR, ["The chemical leak at {F} on [[{E:B}]] prompted the public inquiry that "
                                       "opened on [[{L:B}]]."])
_t("order_collapse_led_to_takeover", OR, ["The collapse of {F} on [[{E:BO}]] led to a rescue takeover by {F2} "
                                          "on [[{L:BO}]]."])
_t("order_barrister_took_silk", OR, ["{P} was called to the bar in [[{E:APMY}]] and took silk in "
                                     "[[{L:APMY}]]."])
_t("order_engagement_wedding", OR, ["The engagement was announced on [[{E:ISO}]]; the wedding at {T} followed on "
                                    "[[{L:ISO}]]."])
_t("order_stone_consecration", OR, ["The foundation stone was laid on [[{E:DOT}]], and the church was "
                                    "consecrated on [[{L:DOT}]]."])
_t("order_debut_first_goal", OR, ["{R} made his debut for {C} on [[{E:ORD}]] and scored his first goal for the "
                                  "club on [[{L:ORD}]]."])
_t("order_tender_contract", OR, ["Bids for the harbour contract closed on [[{E:APMD}]], and {F} was named the "
                                 "winner on [[{L:AP}]]."], sy=True)
_t("order_merger_vote_trading", OR, ["Shareholders backed the merger of {F} and {F2} in [[{E:SHMY}]]; the "
                                     "combined group began trading in [[{L:SHMY}]]."])
_t("order_prototype_production", OR, ["{F} finished testing the prototype engine in [[{E:MID}]] and put it into "
                                       "production in [[{L:EARLY}]]."])
_t("order_launch_maiden_voyage", OR, ["{V} was launched in [[{E:SUMMER}]] and sailed on her maiden voyage in "
                                      "[[{L:AUTUMN}]]."])
_t("order_ground_broken_opened", OR, ["Ground was broken in [[{E:SPRING}]]; {O} opened its doors in "
                                      "[[{L:FALL}]]."])
_t("order_barrage_sluices", OR, ["Work on the barrage across {K} ended in [[{E:END}]], long before engineers first "
                                 "tested its sluice gates in [[{L:LATE}]]."])
_t("order_only_once_dredged", OR, ["Only once {K} had been dredged, in [[{E:MY}]], could the first cargo ships "
                                   "reach {T}, in [[{L:MY}]]."])
_t("order_riot_curfew", OR, ["In the aftermath of the riot of [[{E:F}]], a curfew was imposed on {T} on "
                             "[[{L:F}]]."])
_t("order_by_election_preceded", OR, ["The {T} by-election of [[{E:B}]], which preceded the general election of "
                                      "[[{L:B}]], was won by {P}."])
_t("order_prelude_stoppage", OR, ["The walkout at {F} on [[{E:FO}]] was the prelude to the national stoppage of "
                                  "[[{L:FO}]]."])
_t("order_subsequently_mayor", OR, ["{R} was elected to the council of {T} in [[{E:Y}]].",
                                    "He subsequently became mayor, in [[{L:Y}]]."])
_t("order_trial_following_arrest", OR, ["{R} went on trial on [[{L:BO}]], following his arrest in {T} on "
                                        "[[{E:BO}]]."])
_t("order_stand_in_time", OR, ["The new stand at the home ground of {C} was finished on [[{E:SH}]], in time for the "
                               "opening match of the season on [[{L:SH}]]."])
_t("order_admitted_discharged", OR, ["{Q} was admitted to {X} on [[{E:AP}]] and discharged on [[{L:AP}]]."])
_t("order_copper_boom", OR, ["The discovery of copper near {T} in [[{E:Y}]] set off a building boom that "
                             "peaked in [[{L:Y}]]."])
_t("order_preceded_by_preview", OR, ["The opening of {O} on [[{L:F}]] was preceded by a gala preview for "
                                     "the town's dignitaries on [[{E:F}]]."])
_t("order_sale_head_office", OR, ["{F} stayed in family hands until its sale to {F2} on [[{E:DOT}]]; the new "
                                  "owners moved its head office to {T2} on [[{L:DOT}]]."])

# --- publication_anachronism ---
_t("anachronism_administration", AN, ["{F}, which went into administration in [[{D:MY}]], owes its suppliers "
                                      "more than 40 million pounds."])
_t("anachronism_late_chairman", AN, ["The late chairman of {C}, {R}, who died on [[{D:F}]], is to be honoured "
                                     "with a new stand."])
_t("anachronism_former_mp", AN, ["{P}, who lost her seat at the election of [[{D:B}]], has joined the board of "
                                 "{F}."])
_t("anachronism_storm_damage", AN, ["Repairs to the sea wall at {T}, damaged by {H} on [[{D:AP}]], are still "
                                    "unfinished."])
_t("anachronism_closed_bridge", AN, ["The bridge over {K}, closed since [[{D:FO}]], will not reopen before "
                                     "spring."])
_t("anachronism_retired_coach", AN, ["{R}, who retired as coach of {C} in [[{D:LATE}]], said he had no regrets."])
_t("anachronism_merged_hospital", AN, ["Staff at {X}, which merged with its neighbour on [[{D:ISO}]], say "
                                       "waiting lists have grown."])
_t("anachronism_referendum_result", AN, ["Since the referendum of [[{D:BO}]], {N} has been run by a caretaker "
                                         "cabinet."])
_t("anachronism_sank_ship", AN, ["Salvage teams are still working on {V}, which sank off {T} on [[{D:SH}]]."])
_t("anachronism_graduated", AN, ["{Q}, who graduated from {U} in [[{D:SUMMER}]], now runs the family farm."])
_t("anachronism_record_climb", AN, ["{P} set the speed record for climbing {M} on [[{D:ORD}]] and plans another "
                                    "attempt."])
_t("anachronism_sold_mill", AN, ["{F2} bought the old mill at {T} in [[{D:Y}]] and has turned it into flats."])
_t("anachronism_dot_inspection", AN, ["An inspection report dated [[{D:DOT}]] rated the schools of {T} "
                                      "inadequate."])
_t("anachronism_party_split", AN, ["{J}, which split in two in [[{D:APMY}]], is polling at record lows."])
_t("anachronism_rel_yesterday", AN, ["The council of {T} voted [[yesterday]], [[{D:F}]], to sell the town hall."],
   rel="yesterday")
_t("anachronism_rel_last_week", AN, ["{F} confirmed [[last week]] (in the week of [[{D:B}]]) that it would "
                                     "close its {T} depot."], rel="last week")
_t("anachronism_rel_this_morning", AN, ["Divers recovered a second body from {K} [[this morning]], "
                                        "[[{D:AP}]], police said."], rel="this morning")
_t("anachronism_rel_last_night", AN, ["Fire crews were called to {O} [[last night]] ([[{D:FO}]]) after a "
                                      "balcony collapsed."], rel="last night")
_t("anachronism_rel_two_days_ago", AN, ["{P}, who resigned [[two days ago]], on [[{D:SH}]], has declined to "
                                        "comment."], rel="two days ago")
_t("anachronism_rel_last_month", AN, ["House prices in {T} fell sharply [[last month]], in [[{D:MY}]], agents "
                                      "said."], rel="last month")
_t("anachronism_rel_last_year", AN, ["{C} were relegated [[last year]] (the [[{D:Y}]] season) after a "
                                     "winless run."], rel="last year")
_t("anachronism_rel_earlier_today", AN, ["Trading in {F} shares was halted [[earlier today]], [[{D:ISO}]], "
                                         "pending an announcement."], rel="earlier today")
_t("anachronism_rel_a_fortnight_ago", AN, ["{V} ran aground off {T} [[a fortnight ago]], on [[{D:BO}]], and "
                                           "is still stuck."], rel="a fortnight ago")
_t("anachronism_rel_last_weekend", AN, ["The {T} half-marathon, run [[last weekend]] ([[{D:DOT}]]), raised "
                                        "money for {X}."], rel="last weekend")
_t("anachronism_rel_earlier_this_week", AN, ["{N} recalled its ambassador to {N2} [[earlier this week]], on "
                                             "[[{D:ORD}]]."], rel="earlier this week")
_t("anachronism_rel_this_afternoon", AN, ["Speaking at {U} [[this afternoon]] ([[{D:F}]]), {Q} called for "
                                          "lower fees."], rel="this afternoon")
_t("anachronism_rel_earlier_this_year", AN, ["{F} cut 200 jobs at its {T} works [[earlier this year]], in "
                                             "[[{D:MID}]]."], rel="earlier this year")
_t("anachronism_rel_thirty_two_days", AN, ["The strike at {F} began [[thirty-two days ago]], on [[{D:B}]], and "
                                           "shows no sign of ending."], rel="thirty-two days ago")
_t("anachronism_rel_this_week", AN, ["{C} unveiled {R} as its new manager [[this week]], on [[{D:AP}]]."],
   rel="this week")

# --- duration_arithmetic ---
_t("duration_served_until", DU, ["{R} served [[{NUM} years]] as harbourmaster of {T} until his retirement on "
                                 "[[{E:F}]]; he had taken the post on [[{S:F}]]."], unit="years",
   span=(365 * 3, 365 * 25))
_t("duration_months_in_office", DU, ["{P} stepped down as mayor of {T} on [[{E:B}]], after [[{NUM} months]] in "
                                     "office that began on [[{S:B}]]."], unit="months", span=(200, 1500))
_t("duration_week_tour", DU, ["The {T} Players' [[{NUM}-week]] tour of {N} ran from [[{S:MD}]] to [[{E:F}]]."],
   unit="weeks", span=(20, 200))
_t("duration_day_siege", DU, ["The [[{NUM}-day]] siege of the embassy in {T} began on [[{S:FO}]] and ended "
                              "with the release of the last hostage on [[{E:FO}]]."], unit="days",
   span=(5, 300))
_t("duration_age_at_death", DU, ["{R}, who died on [[{E:F}]] at the age of [[{NUM}]], was born in {T} on "
                                 "[[{S:F}]]."], unit="years", yr=(1900, 1940), span=(365 * 40, 365 * 75), min=18)
_t("duration_birthday_ordinal", DU, ["{P}, born on [[{S:B}]], celebrated her [[{NUM}]] birthday at {O} on "
                                     "[[{E:B}]]."], unit="years", yr=(1900, 1960), span=(365 * 20, 365 * 55),
   ordinal=True, min=10)
_t("duration_centenary", DU, ["{U} celebrated its [[centenary]] on [[{E:F}]]; it had been founded by royal "
                              "charter on [[{S:F}]]."], unit="years", yr=(1920, 1990), span=(365 * 5, 365 * 60),
   fixed=(100, "centenary"))
_t("duration_for_the_past", DU, ["{P} has edited the {T} Gazette for the past [[{NUM} years]], ever since "
                                 "[[{S:MY}]]."], unit="years", yr=(1960, 2010))
_t("duration_half_century_light", DU, ["The lighthouse at {T}, first lit on [[{S:F}]], went dark on [[{E:F}]] "
                                       "after [[half a century]] of service."], unit="years",
   span=(365 * 8, 365 * 38), fixed=(50, "half a century"))
_t("duration_fortnight_refloated", DU, ["{V} was refloated on [[{E:AP}]], [[a fortnight]] after she ran aground "
                                        "off {T} on [[{S:AP}]]."], unit="days", span=(40, 200),
   fixed=(14, "a fortnight"))
_t("duration_trial_months", DU, ["The [[{NUM}-month]] trial of {R} opened on [[{S:BO}]] and ended with a verdict "
                                 "on [[{E:BO}]]."], unit="months", span=(100, 900))
_t("duration_results_days_after", DU, ["Results were finally declared on [[{E:F}]], [[{NUM} days]] after polls "
                                       "closed on [[{S:MD}]]."], unit="days", span=(25, 200))
_t("duration_aged_swim", DU, ["Born on [[{S:B}]], {Q} swam across {K} aged [[{NUM}]], on [[{E:B}]]."],
   unit="years", yr=(1900, 1980), span=(365 * 12, 365 * 35), min=10)
_t("duration_year_old_marathon", DU, ["The [[{NUM}-year-old]] {R}, born on [[{S:F}]], won the {T} marathon on "
                                      "[[{E:F}]]."], unit="years", yr=(1900, 1985), span=(365 * 18, 365 * 30),
   min=14)
_t("duration_fishing_ban_weeks", DU, ["Fishing was banned on {K} for [[{NUM} weeks]], from [[{S:FO}]] until "
                                      "[[{E:FO}]]."], unit="weeks", span=(30, 300))
_t("duration_years_as_head", DU, ["{P} retired on [[{E:AP}]] after [[{NUM} years]] as head teacher of the "
                                  "grammar school, a post she took up in [[{S:MY}]]."], unit="years",
   span=(365 * 4, 365 * 30))
_t("duration_prison_since", DU, ["{R} was released on [[{E:SH}]], having served [[{NUM} years]] in prison "
                                 "since [[{S:SH}]]."], unit="years", span=(365 * 3, 365 * 20))
_t("duration_occupation_months", DU, ["The [[{NUM}-month]] occupation of {T} by the army of {N} ended on "
                                      "[[{E:ORD}]]; it had begun on [[{S:ORD}]]."], unit="months",
   span=(200, 1500))
_t("duration_wreck_clearance", DU, ["It took [[{NUM} weeks]] to clear the wreck of {V} from the harbour mouth, "
                                    "between [[{S:ISO}]] and [[{E:ISO}]]."], unit="weeks", span=(30, 400))
_t("duration_years_at_firm", DU, ["In her [[{NUM} years]] at {F}, from [[{S:Y}]] to [[{E:Y}]], {P} never missed a "
                                  "board meeting."], unit="years", span=(365 * 4, 365 * 30))
_t("duration_repairs_months_words", DU, ["After [[{NUM} months]] of repairs begun in [[{S:APMY}]], {O} reopened "
                                         "in [[{E:APMY}]]."], unit="months", span=(500, 1500), words=True)
_t("duration_hut_days", DU, ["{P} spent [[{NUM} days]] in a snowbound hut on {M}, from [[{S:DM}]] to "
                             "[[{E:B}]]."], unit="days", span=(40, 250))
_t("duration_in_its_nth_year", DU, ["Trading since [[{S:LATE}]], {F} is now in its [[{NUM}]] year."],
   unit="years", yr=(1900, 1990), ordinal=True)
_t("duration_lockout_weeks", DU, ["The [[{NUM}-week]] lockout at {F} began on [[{S:DOT}]] and ended on "
                                  "[[{E:DOT}]]."], unit="weeks", span=(30, 400))
_t("duration_years_ago_women", DU, ["{U} admitted its first women students [[{NUM} years ago]], in "
                                    "[[{S:MY}]]."], unit="years", yr=(1900, 1990))
_t("duration_trial_run_days", DU, ["The [[{NUM}-day]] trial run of the {T} tramway lasted from [[{S:SHMD}]] to "
                                   "[[{E:SH}]]."], unit="days", span=(20, 150))
_t("duration_nth_week_strike", DU, ["In the [[{NUM}]] week of the dock strike that began on [[{S:F}]], the "
                                    "dockers voted on [[{E:F}]] to go back."], unit="weeks", span=(30, 400),
   ordinal=True)
_t("duration_life_years_aged", DU, ["{Q} ([[{S:Y}]]-[[{E:Y}]]), the founder of {J}, died aged [[{NUM}]]."],
   unit="years", yr=(1900, 1950), span=(365 * 30, 365 * 65), min=18)
_t("duration_nth_season", DU, ["{C}, founded in [[{S:Y}]], kicked off its [[{NUM}]] season at home to {C2} in "
                               "[[{E:SHMY}]]."], unit="years", span=(365 * 10, 365 * 80), ordinal=True)
_t("duration_blackout_months", DU, ["The [[{NUM}-month]] shutdown of the {T} smelter lasted from [[{S:EARLY}]] "
                                    "to [[{E:LATE}]]."], unit="months", span=(365 * 2, 365 * 6))
_t("duration_tenure_served_words", DU, ["{R} served as bishop of {T} for [[{NUM} years]], from [[{S:MID}]] "
                                        "until his death in [[{E:END}]]."], unit="years",
   span=(365 * 3, 365 * 12), words=True)
_t("duration_exile_months", DU, ["After [[{NUM} months]] in exile in {N2}, from [[{S:AUTUMN}]] to "
                                 "[[{E:FALL}]], {R} returned home."], unit="months", span=(365 * 2, 365 * 7))
_t("duration_ordny_voyage", DU, ["The [[{NUM}-day]] crossing of {V} began on [[{S:ORDNY}]] and ended at {T} on "
                                 "[[{E:ORD}]]."], unit="days", span=(30, 200))
_t("duration_spring_summer_weeks", DU, ["The [[{NUM}-week]] excavation at {T} ran from [[{S:SPRING}]] to "
                                        "[[{E:SUMMER}]]."], unit="weeks", span=(365 * 2, 365 * 5))
