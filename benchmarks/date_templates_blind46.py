"""``blind46``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind46`` templates.  Written on 2026-11-25 (started 03:00:50 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind45's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind46 /work/wt/dblind46 163cbc0``:
# 163cbc0dae5f315a4d901b87763e392f45871c47.
# What was read: benchmarks/date_template_kit.py (whole file, with ``cat``;
# the shared machinery, imported here as blind45 does); lines 1-210 of
# benchmarks/date_templates_blind45.py (printed with ``sed -n 1,210p``: its
# header comment, imports, ``EXTRA_ANCHORS``, name lists, ``_ctx`` and the two
# kit lines; its templates, from its ``# --- weekday_mismatch ---`` line on,
# were never printed); its name lists (lines 176-206) were also read by a
# throwaway script comparing their capitalised words with this set's: only
# generic words are shared ("Ben", "Mount", "River", "Water", "Hospital",
# "Infirmary", "University", "Party", "St", "MV", "Hurricane", "Typhoon",
# "Cyclone", "Storm"); tests/date_template_checks.py (whole file, with
# ``cat``); tests/test_date_templates_independent.py (whole file, with
# ``cat``; the ``blind46`` row was added and the docstring's range extended
# to blind46, then shown with ``git diff`` of that file only); in
# tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A11 "def load_benchmark"``); in benchmarks/date_conflicts.py only
# the output of ``grep -n "blind45"`` (cut to 200 characters: the import line
# 100 and the dict entry at line 2616), after which one import line and one
# dict entry were inserted with sed and checked with ``grep -n "blind4[56]"``;
# in benchmarks/event_identity.py only the ``FRESH = (...)`` line (cut to 200
# characters), changed with sed and shown again with
# ``grep -n "^FRESH" ... | cut -c1-200``; ``git status --short``.
# Seen by accident: ``ls benchmarks tests`` listed file names only (the other
# template modules and test files, a ``results`` folder), no contents;
# ``git worktree add`` printed the subject of the base commit
# ("features/consistency.md, docs/performance.md: drop the particle pass's
# per-article timing and article count, ..."); the FRESH line's trailing
# comment (its first 200 characters show "# not trained on: the shipped
# pas"); the import line's trailing comment "# noqa: E402  (benchmarks/
# helper)".  No detector code was seen.  After the first commit of this set,
# ``git log -1 --format=%H`` was run by mistake (against the brief's rule);
# it printed only that commit's own hash, nothing of the history; the commit
# was then amended to record this, and ``git rev-parse HEAD`` used instead.
# blind45's header says its brief suggested order markers (audit/resignation,
# "in the wake of", "paved the way for", ...) that blind44 had listed, and
# avoided them; they are not in blind45's header, and this set's brief asks
# for phrasings blind45's header does not list, so several are used here.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind46``, which runs no
# detector) and a throwaway script (/tmp/b46_sample.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, any
# __pycache__ deleted); ``pyflakes`` on this file is clean.
# Fresh: to be scored once on the code at the end of session 23 as the before
# of session 24's rounds, never used to tune.  Every template is used:
# ``--split blind46``.
#
# Conventions (those of blind45; machinery from date_template_kit).  A
# template is a ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b46_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Every side of a conflict is marked with [[...]].  Anachronisms assume
# publication on 2016-09-27: past events are dated from June 2017 to 2025;
# relative expressions are pinned to 1995-2012 or 2020-2025.  Other kinds
# keep their dates in 1900-2015, name no weekday outside the weekday
# templates and use no relative expression ("ago" only in durations, counted
# to 2016-09-27: one template here, "automated N years ago, in ...").  Stated
# counts miss every defensible count (unknown days, inclusive or exclusive
# counting) by at least seven units; all duration offsets are 0.  In
# order-violation facts ``earlier`` is the event the text says came first
# (label ``E``; it carries the later date) and ``later`` the one it puts
# second (label ``L``), wherever each stands in the sentence (four templates
# write the second event first: "Ahead of the opening of the tramway on ...,
# engineers ran the first trial car ... on", "In the run-up to the general
# election of ..., published its manifesto on", "In preparation for the
# royal visit of ..., the streets ... were resurfaced, starting on", "In the
# lead-up to the opening of ... in ..., the company held open rehearsals
# in").
# Order markers (new against blind45's header): "In the wake of", "and
# construction began", "Ahead of", "The first draft ... was published
# in ...; it was finally ratified", "set a national record in her heat ... before taking gold in
# the final", "Once ... had", "paved the way for", "On the heels of", "was
# followed by", "prompted", "led to", "In response to", "began with ... and
# culminated in", "In the run-up to", "was the forerunner of", "In
# preparation for", "was appointed ... and was succeeded by", "triggered",
# "set the stage for", "were a prelude to", "Upon graduating", "With ...
# completed", "Not until ... had ... did", "resulting in", "was first
# elected ... and eventually became", "The cornerstone ... was laid ...; its
# first minister was ordained there", "announced their engagement ... and
# were married", "In the lead-up to", "which in turn forced", "Having first
# climbed ... solo ..., led a guided party", "Soon after".  Pairs for order:
# audit/resignation, planning consent/construction, trial run/opening,
# draft/ratification, heat/final, recall/repair, coal discovery/railway,
# league title/cup final, smelter closure/bus company collapse, footbridge
# collapse/bridge review, typhoid case/wells closed, flooding/embankment,
# petition/change in the law, manifesto/general election, savings club/
# incorporated firm, resurfacing/royal visit, editor/successor, bond
# default/bank run, pay dispute/party founded, border skirmishes/war,
# graduation/hospital post, wreck survey/cargo raised, merger approved/branch
# closures, mill fire/redundancies, elected councillor/party leader,
# cornerstone/ordination, engagement/wedding, open rehearsals/theatre
# opening, silting/warehouses moved, solo ascent/guided ascent,
# independence/first parliament.
# Restated templates are ``b46_restated_same_*`` (one head word twice:
# avalanche, derailment, robbery, lockout, mutiny, tornado, drought, siege,
# blackout, stampede, hijacking, assassination, abdication, by-election, oil
# spill, jailbreak, cholera outbreak, sit-in, heatwave, capsizing, landfall,
# rockfall; 22) or ``b46_restated_diff_*`` (verb against noun -- acquitted/
# acquittal, extradited/extradition, defected/defection, consecrated/
# consecration, devalued/devaluation, expelled/expulsion, arrested/arrest,
# knighted/investiture --, synonyms tornado/twister, heist/robbery, uprising/
# revolt, outage/blackout, standoff/siege, cloudburst/deluge, went to the
# polls/"That election", demonstratives "That vote" (for a vote to expel a
# leader), "That match" (for a cup final), "This disaster" (for a gas
# explosion), "The incident" (for a train collision), a pronoun "designed it,
# and it was opened" (for a bridge), an epithet "{town}'s worst rail
# disaster" for a collision in fog, an apposition "{name}'s death, a fall
# from the cliffs at ..., occurred on" against "the fall, on"; 22); events
# that last (lockout, drought, siege, cholera outbreak, sit-in, heatwave,
# uprising/revolt) are dated at least two calendar years apart
# (``gap=(2, 12)``).
# Durations: tenure "served N years as chief constable, from ... until",
# "After N months in office", "a N-week tour ran from ... to", "the N-day
# siege ... began on ... and ended on", an age at death ("born ... on ...,
# died ... on ..., aged N"), a jubilee "marked N years since ... was first
# elected", "for the past N years, since", "for N years, ever since",
# "spent N days in captivity", "a passage of N days", "N months in all", "after
# N years abroad" (exile), "stood idle for N weeks" (words), "her Nth
# birthday", "spent a decade in charge", "after half a century as organist",
# "lasted a fortnight", "celebrated its centenary", "automated N years ago,
# in", "after serving N months of his sentence", "the N-day strike", "N
# weeks later" (a verdict), "after N weeks on the ward", "together for N
# years until his death", "taught ... for N years" (words), "took N months"
# (words, a refit), "reigned for N years, from his coronation", "a run of N
# days", "N weeks in total" (a parliamentary session), "N days in all" (no
# rain), "after N years of work" (words), "has now held the post for N
# years", "has been missing for N weeks, ever since" -- in years, months,
# weeks and days, as digits, words, ordinals and fixed phrases.  Like
# blind45, the set has no near-miss or clean (conflict-free) templates.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``; every format is used), ``{NUM}`` a
# stated count, ``{WD}`` the stated weekday, other braces invented names;
# ``sy=True`` puts both dates of a pair in one year; formats without a year
# (``CONTEXT``) take it from the other date, whose marked span carries it.
# Extra relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new
# here: "twenty-nine days ago").  Counts: 41 weekday_mismatch, 31
# impossible_date (20 with a year, 11 impossible in every year), 44
# restated_event (22 same, 22 diff), 31 order_violation, 30
# publication_anachronism (15 dated after publication, 15 relative
# expressions pinned far from it), 33 duration_arithmetic (210 in all); the
# ``blind46`` row of tests/test_date_templates_independent.py asks for 42
# restated, 32 durations and 21 of each restated wording.
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set;
# none is taken from blind45's name lists.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-nine days ago"})


FIRST_F = ["Rosalind", "Henrietta", "Ottilie", "Clementine", "Araminta", "Leonora", "Philippa", "Isadora"]
FIRST_M = ["Ambrose", "Leopold", "Crispin", "Ignatius", "Fitzroy", "Barnaby"]
LAST = ["Ravenscroft", "Okonkwo-Bell", "Fairweather", "Castellanos", "Whitlock", "Abernethy", "Njoroge",
        "Pemberton-Vance", "Kowalczyk", "Trelawney", "Gustafsson", "Brackenbury", "Ferreira-Hale", "Dunmore"]
TOWNS = ["Ashcombe Regis", "Fernhollow", "Lower Quenby", "Stonecastle", "Invercairn", "Bramblemouth", "Wrexley Marsh",
         "Harlow Ferry", "Penhallow", "Caerwennel"]
FIRMS = ["Bellweather Engineering", "Corvid Shipping", "Marsh & Tolland", "Thistledown Mills", "Aldergrove Pottery",
         "Cobalt Ridge Mining", "Lanyard Assurance", "Halcyon Biscuits"]
NATIONS = ["Valderra", "Ostrovia", "Karelstan", "Mirandel", "Quillonia", "Drevonia"]
CLUBS = ["Fernhollow Athletic", "Stonecastle Wanderers", "Invercairn Celtic", "Bramblemouth Harriers",
         "Penhallow Rangers", "Caerwennel Corinthians"]
STORMS = ["Hurricane Ysolde", "Typhoon Haruka", "Cyclone Billabirra", "Storm Gwendolen", "Hurricane Casimir"]
SHIPS = ["the ferry Invercairn Maid", "the steamer Queen of Valderra", "MV Bramble Petrel",
         "the schooner Leonora Grace"]
PEAKS = ["Mount Caddon", "the Wolfenhorn", "Ben Dorchaill", "Mount Ravelstone"]
UNIVERSITIES = ["Stonecastle University", "the University of Invercairn", "Fernhollow Institute of Technology",
                "Penhallow College of Music"]
RIVERS = ["the River Quen", "the River Ashburn", "the Caddon Water", "the River Fenn"]
HOSPITALS = ["Stonecastle General", "St Wilfrida's Hospital", "the Invercairn Infirmary",
             "Bramblemouth Cottage Hospital"]
VENUES = ["the Fernhollow Lyceum", "the Stonecastle Drill Hall", "the Penhallow Assembly Rooms",
          "the Bramblemouth Playhouse"]
PARTIES = ["the Smallholders' League", "the Progressive Coastal Union", "the National Renewal Party",
           "the Crofters' and Workers' Bloc"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND46_TEMPLATES = new_templates()
_t = registrar("b46_", BLIND46_TEMPLATES, _ctx)

W, I, RS, OR, AN, DU = ("weekday_mismatch", "impossible_date", "restated_event", "order_violation",
                        "publication_anachronism", "duration_arithmetic")

# --- weekday_mismatch ---
_t("weekday_jury", W, ["The jury at {T} Crown Court returned its verdict on [[{WD}, {D:F}]], after deliberating "
                       "for a little under five hours."])
_t("weekday_warehouse", W, ["Firefighters were called to the {F} warehouse in {T} shortly before midnight on "
                            "[[{WD} {D:BO}]]."])
_t("weekday_sworn", W, ["{P} was sworn in as the first woman to lead {T} council on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_postmark", W, ["A postmark dated [[{D:ISO}]] shows the letter was sent on a [[{WD}]].",
                           "It reached {R} in {T2} more than a month later."])
_t("weekday_ticket", W, ["The ticket stub, stamped [[{WD} {D:DOT}]], was still in the pocket of the coat."])
_t("weekday_manifest", W, ["Boarding closed at 6.40 pm on [[{WD} {D:SH}]], according to the manifest of {V}."])
_t("weekday_stone", W, ["The foundation stone of {X} was laid by {R} on [[{WD}, {D:ORD}]], in front of a crowd "
                        "of several hundred."])
_t("weekday_season_md", W, ["During the [[{D:Y}]] season {C} lost only once at home, to {C2} on "
                            "[[{WD}, {D:MD}]]."])
_t("weekday_marathon_dm", W, ["{Q} crossed the line first in the [[{D:Y}]] {T} marathon, run on "
                              "[[{WD} {D:DM}]] in heavy rain."])
_t("weekday_fair_apmd", W, ["The [[{D:Y}]] county fair at {T} opened on [[{WD}, {D:APMD}]] and drew record "
                            "crowds."], ap=True)
_t("weekday_log_shmd", W, ["The [[{D:Y}]] log of {V} shows it anchored off {T} on [[{WD} {D:SHMD}]] to wait out "
                           "a gale."])
_t("weekday_stoppage_ordny", W, ["In [[{D:Y}]] the stoppage at {F} finally ended on [[{WD}, {D:ORDNY}]], when the "
                                 "shop stewards accepted a revised offer."])
_t("weekday_drowned", W, ["{P}, who drowned in {K} on [[{WD}, {D:FO}]], was buried in the churchyard at {T}."])
_t("weekday_opening_night", W, ["The opening night at {O} was [[{WD} {D:B}]], and every seat was sold."])
_t("weekday_bulletin", W, ["According to a police bulletin issued on [[{WD}, {D:F}]], two men were seen leaving "
                           "the bank in {T} by the rear door."])
_t("weekday_wedding", W, ["{P} and {R} were married at the register office in {T} on [[{WD} {D:BO}]]; the "
                          "reception was held at {O}."])
_t("weekday_landfall", W, ["{H} made landfall near {T} in the early hours of [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_match_report", W, ["{C} came from two goals down to beat {C2} 3-2 on [[{WD} {D:SH}]], with {r} "
                               "scoring the winner in stoppage time."])
_t("weekday_summit", W, ["{Q} and her rope partner reached the summit of {M} at dawn on [[{WD}, {D:F}]]."])
_t("weekday_graduation", W, ["The first graduation ceremony at {U} took place on [[{WD} {D:B}]]."])
_t("weekday_broadcast", W, ["The first programme went out from the {T} transmitter at 7 pm on [[{WD}, {D:FO}]], "
                            "a concert by the town band."])
_t("weekday_treaty", W, ["Envoys of {N} and {N2} initialled the border treaty on [[{WD}, {D:ORD}]] in a railway "
                         "carriage outside {T}."])
_t("weekday_auction", W, ["The painting was sold at auction in {T} on [[{WD}, {D:AP}]], to a telephone bidder."],
   ap=True)
_t("weekday_rescue", W, ["Coastguards winched the crew of {V} to safety on the morning of [[{WD} {D:BO}]]."])
_t("weekday_diary", W, ["In her diary entry for [[{WD} {D:DOT}]], {P} describes the floods on {K}."])
_t("weekday_poll_close", W, ["Polls closed at 10 pm on [[{WD}, {D:F}]], and {J} took the seat by 212 votes."])
_t("weekday_opening_ceremony", W, ["The new wing of {X} was opened by {R} on [[{WD}, {D:FO}]]."])
_t("weekday_invoice", W, ["The invoice, dated [[{D:ISO}]], says the goods left the {F} depot that [[{WD}]]."])
_t("weekday_evacuate_md", W, ["Residents of {T} were told to leave their homes on [[{WD}, {D:MD}]] as the waters "
                              "of {K} rose through the [[{D:Y}]] floods."])
_t("weekday_cup_dm", W, ["The [[{D:Y}]] cup final between {C} and {C2} was played on [[{WD} {D:DM}]]."])
_t("weekday_obit", W, ["{R}, the former chairman of {F}, died at {X} on [[{WD}, {D:B}]], his family said."])
_t("weekday_concert", W, ["The orchestra's farewell concert at {O}, on [[{WD}, {D:ORD}]], ended with a standing "
                          "ovation."])
_t("weekday_flight", W, ["Her flight from {T} landed at 11.15 on [[{WD} {D:SH}]], two hours late."])
_t("weekday_sentencing", W, ["{R} was sentenced at {T} Crown Court on [[{WD}, {D:F}]] to six years in prison."])
_t("weekday_reopen_apmd", W, ["After repairs through much of [[{D:Y}]], the bridge over {K} reopened to traffic on "
                              "[[{WD}, {D:APMD}]]."])
_t("weekday_launch", W, ["{V} was launched at the {F} yard on [[{WD}, {D:FO}]] by {P}."])
_t("weekday_walkout_shmd", W, ["Nurses at {X} walked out at noon on [[{WD} {D:SHMD}]], the first strike of the "
                               "[[{D:Y}]] pay dispute."])
_t("weekday_arrest", W, ["Police said {R} was arrested at his home in {T} on the evening of [[{WD} {D:B}]]."])
_t("weekday_minutes", W, ["Minutes of the meeting held on [[{WD}, {D:AP}]] record that the board of {F} voted to "
                          "close the {T} plant."], ap=True)
_t("weekday_ordny_vote", W, ["The [[{D:Y}]] ballot of {J} members closed on [[{WD}, {D:ORDNY}]] with a narrow "
                             "vote in favour of the merger."])
_t("weekday_census", W, ["The census was taken on the night of [[{WD}, {D:BO}]], and enumerators in {T} counted "
                         "fewer than four hundred households."])

# --- impossible_date ---
_t("impossible_deed", I, ["The deed, signed on [[{D:F}]], transferred the mill at {T} to {F}."])
_t("impossible_contract", I, ["{R} signed a three-year contract with {C} on [[{D:FO}]]."])
_t("impossible_charge", I, ["Prosecutors say the cheque was cashed at a bank in {T} on [[{D:AP}]]."])
_t("impossible_plaque", I, ["A plaque by the door reads: \"Opened by {P}, [[{D:B}]].\""])
_t("impossible_baptism", I, ["The parish register records the baptism of {R} on [[{D:BO}]]."])
_t("impossible_scoreline", I, ["{C} beat {C2} 4-1 in the replay on [[{D:SH}]]."])
_t("impossible_charter", I, ["The charter of {U} is dated [[{D:ORD}]]."])
_t("impossible_filing", I, ["A company filing dated [[{D:ISO}]] lists {P} as a director of {F}."])
_t("impossible_stamp", I, ["The border stamp in his passport reads [[{D:DOT}]]."])
_t("impossible_md", I, ["Flood warnings for {K} were lifted on [[{D:MD}]], the agency said."])
_t("impossible_dm", I, ["The school at {T} holds its prize-giving every year on [[{D:DM}]]."])
_t("impossible_apmd", I, ["Entries for the {T} regatta close each year on [[{D:APMD}]]."])
_t("impossible_shmd", I, ["The timetable shows the last sailing of {V} on [[{D:SHMD}]]."])
_t("impossible_ordny", I, ["By custom, the mayor of {T} is chosen on [[{D:ORDNY}]]."])
_t("impossible_ow", I, ["The fair at {T} has been held on [[{D:OW}]] since the town's charter was granted."])
_t("impossible_death", I, ["{R} died at {X} on [[{D:F}]], aged 78."])
_t("impossible_tribunal", I, ["The tribunal ruled in favour of {P} on [[{D:FO}]], ordering {F} to pay her "
                              "compensation."])
_t("impossible_storm", I, ["{H} tore the roof off the market hall in {T} on [[{D:AP}]]."])
_t("impossible_premiere", I, ["The opera had its premiere at {O} on [[{D:B}]]."])
_t("impossible_eviction", I, ["The family was evicted from the farm at {T} on [[{D:BO}]]."])
_t("impossible_ceasefire", I, ["The ceasefire between {N} and {N2} came into force at midnight on [[{D:SH}]]."])
_t("impossible_letter", I, ["{P}'s letter to the editor, written on [[{D:ORD}]], was never published."])
_t("impossible_log", I, ["The engine-room log of {V} has an entry for [[{D:ISO}]]."])
_t("impossible_receipt", I, ["The receipt from {F} is dated [[{D:DOT}]]."])
_t("impossible_ow_fest", I, ["Each year the harvest supper in {T} falls on [[{D:OW}]], the organisers say."])
_t("impossible_md_deadline", I, ["Applications to {U} must arrive by [[{D:MD}]]."])
_t("impossible_dm_rent", I, ["Rent on the allotments at {T} falls due on [[{D:DM}]]."])
_t("impossible_ordny_feast", I, ["The village feast at {T} is kept on [[{D:ORDNY}]], as it has been for "
                                 "centuries."])
_t("impossible_strike_call", I, ["Union leaders at {F} called a strike for [[{D:F}]]."])
_t("impossible_discharge", I, ["{R} was discharged from {X} on [[{D:FO}]], his records show."])
_t("impossible_apmd_tour", I, ["The band's tour calls at {O} on [[{D:APMD}]]."])

# --- restated_event: same head word ---
_t("restated_same_avalanche", RS, ["The avalanche on {M} buried a party of six climbers on [[{A:F}]].",
                                   "{Q}, who survived the avalanche, said it struck on [[{B:F}]] without "
                                   "warning."])
_t("restated_same_derailment", RS, ["Nine passengers were hurt in the derailment outside {T} on [[{A:B}]].",
                                    "An inquiry blamed the derailment of [[{B:B}]] on a cracked rail."])
_t("restated_same_robbery", RS, ["The robbery at the {T} branch of {F} took place on [[{A:AP}]].",
                                 "Detectives have since linked {R} to the robbery, carried out on [[{B:AP}]]."])
_t("restated_same_lockout", RS, ["The lockout at {F} began in [[{A:MY}]] and lasted for most of the winter.",
                                 "Older workers in {T} still speak bitterly of the lockout, which started in "
                                 "[[{B:MY}]]."], gap=(2, 12))
_t("restated_same_mutiny", RS, ["The mutiny aboard {V} broke out on [[{A:FO}]] off the coast of {N}.",
                                "{r} was later hanged for his part in the mutiny of [[{B:FO}]]."])
_t("restated_same_tornado", RS, ["A tornado cut a path through the south of {T} on [[{A:SH}]].",
                                 "Insurers paid out millions after the tornado, which touched down on "
                                 "[[{B:SH}]]."])
_t("restated_same_drought", RS, ["The drought that began in [[{A:Y}]] dried up the reservoirs above {T}.",
                                 "By the time the drought of [[{B:Y}]] broke, half the herds in {N} had been "
                                 "lost."], gap=(2, 12))
_t("restated_same_siege", RS, ["The siege of {T} began in [[{A:EARLY}]].",
                               "Food ran out within weeks of the start of the siege in [[{B:EARLY}]]."],
   gap=(2, 12))
_t("restated_same_blackout", RS, ["A blackout left the whole of {T} without power on [[{A:DOT}]].",
                                  "Engineers from {F} restored supply the night after the blackout of "
                                  "[[{B:DOT}]]."])
_t("restated_same_stampede", RS, ["Eleven people died in a stampede at {O} on [[{A:ORD}]].",
                                  "The stampede, on [[{B:ORD}]], led to new rules on crowd numbers."])
_t("restated_same_hijacking", RS, ["The hijacking of a flight from {T} ended on [[{A:F}]] on the runway at "
                                   "{T2}.",
                                   "{R} was the pilot on the day of the hijacking, [[{B:F}]]."])
_t("restated_same_assassination", RS, ["The assassination of the {N} envoy in {T} on [[{A:BO}]] shocked the "
                                       "region.",
                                       "Three men were convicted of the assassination, which was carried out on "
                                       "[[{B:BO}]]."])
_t("restated_same_abdication", RS, ["The king of {N} announced his abdication on [[{A:AP}]].",
                                    "Crowds gathered outside the palace after the abdication on [[{B:AP}]]."])
_t("restated_same_byelection", RS, ["{J} won the {T} by-election held on [[{A:FO}]].",
                                    "Turnout at the by-election, on [[{B:FO}]], was the lowest on record."])
_t("restated_same_oilspill", RS, ["The oil spill off {T} began on [[{A:ISO}]], according to the coastguard log.",
                                  "Volunteers cleaned birds for weeks after the oil spill of [[{B:ISO}]]."])
_t("restated_same_jailbreak", RS, ["Four inmates escaped in the jailbreak at {T} prison on [[{A:SH}]].",
                                   "The governor resigned over the jailbreak, which took place on [[{B:SH}]]."])
_t("restated_same_outbreak", RS, ["The cholera outbreak in {T} began in [[{A:SUMMER}]].",
                                  "Doctors at {X} traced the outbreak of [[{B:SUMMER}]] to a single well."],
   gap=(2, 12))
_t("restated_same_sitin", RS, ["Students began their sit-in at {U} in [[{A:APMY}]].",
                               "The sit-in, which started in [[{B:APMY}]], ended only when the rector "
                               "resigned."], gap=(2, 12))
_t("restated_same_heatwave", RS, ["The heatwave of [[{A:Y}]] killed hundreds of cattle on farms around {T}.",
                                  "{P} remembers the heatwave, in [[{B:MID}]], as the hardest months of her "
                                  "childhood."], gap=(2, 12))
_t("restated_same_capsizing", RS, ["The capsizing of {V} on [[{A:B}]] cost 40 lives.",
                                   "Relatives of those lost in the capsizing, on [[{B:B}]], still lay wreaths "
                                   "at {T}."])
_t("restated_same_landfall", RS, ["{H} made landfall at {T} on [[{A:F}]].",
                                  "Homes near the harbour were flattened when the storm made landfall on "
                                  "[[{B:F}]]."])

_t("restated_same_rockfall", RS, ["A rockfall closed the coast road at {T} on [[{A:AP}]].",
                                  "The road did not reopen until months after the rockfall of [[{B:AP}]]."])

# --- restated_event: different wording ---
_t("restated_diff_acquitted", RS, ["{R} was acquitted of fraud at {T} Crown Court on [[{A:F}]].",
                                   "His acquittal, on [[{B:F}]], ended a four-year investigation."])
_t("restated_diff_extradited", RS, ["{R} was extradited to {N} on [[{A:AP}]].",
                                    "Lawyers for the family had fought the extradition until the day it was "
                                    "carried out, [[{B:AP}]]."])
_t("restated_diff_defected", RS, ["The ballet dancer {R} defected to {N2} during a tour on [[{A:B}]].",
                                  "News of his defection, on [[{B:B}]], was suppressed at home for weeks."])
_t("restated_diff_consecrated", RS, ["The cathedral at {T} was consecrated on [[{A:BO}]].",
                                     "Bishops from across {N} attended the consecration on [[{B:BO}]]."])
_t("restated_diff_devalued", RS, ["{N} devalued its currency on [[{A:FO}]].",
                                  "Import prices doubled within a year of the devaluation on [[{B:FO}]]."])
_t("restated_diff_expelled", RS, ["{P} was expelled from {J} on [[{A:SH}]].",
                                  "She has always maintained that her expulsion, on [[{B:SH}]], was unlawful."])
_t("restated_diff_twister", RS, ["The tornado that flattened the chapel at {T} struck on [[{A:F}]].",
                                 "Survivors of the twister, which hit on [[{B:F}]], were housed in tents."])
_t("restated_diff_heist", RS, ["The heist at the {F} depot took place on [[{A:DOT}]].",
                               "None of the gold taken in the robbery of [[{B:DOT}]] has been recovered."])
_t("restated_diff_uprising", RS, ["The uprising in the mining towns of {N} began in [[{A:LATE}]].",
                                  "The revolt, which broke out in [[{B:LATE}]], was put down by the army."],
   gap=(2, 12))
_t("restated_diff_outage", RS, ["The outage at the {F} data centre began on [[{A:ISO}]].",
                                "Customers were compensated for the blackout of [[{B:ISO}]]."])
_t("restated_diff_standoff", RS, ["The standoff at the farm outside {T} began on [[{A:AP}]].",
                                  "The siege, which started on [[{B:AP}]], ended with the surrender of {R}."])
_t("restated_diff_poll", RS, ["Voters in {N} went to the polls on [[{A:B}]].",
                              "That election, held on [[{B:B}]], brought {J} to power."])
_t("restated_diff_incident", RS, ["Two trains collided outside {T} station on [[{A:ORD}]].",
                                  "The incident, on [[{B:ORD}]], closed the line for a week."])
_t("restated_diff_thatvote", RS, ["Members of {J} voted to expel their leader on [[{A:F}]].",
                                  "That vote, taken on [[{B:F}]], split the party."])
_t("restated_diff_pronoun_bridge", RS, ["The suspension bridge over {K} was opened on [[{A:FO}]].",
                                        "{R} designed it, and it was opened on [[{B:FO}]] by the governor."])
_t("restated_diff_epithet", RS, ["Two expresses collided in fog outside {T} on [[{A:BO}]].",
                                 "{T}'s worst rail disaster, on [[{B:BO}]], killed 23 passengers."])
_t("restated_diff_apposition", RS, ["The inquest heard that {P}'s death, a fall from the cliffs at {T}, occurred "
                                    "on [[{A:F}]].",
                                    "Police believe the fall, on [[{B:F}]], was an accident."])
_t("restated_diff_demonstrative_disaster", RS, ["A gas explosion destroyed a row of houses in {T} on [[{A:SH}]].",
                                                "This disaster, on [[{B:SH}]], led to new safety laws."])
_t("restated_diff_deluge", RS, ["A cloudburst over {T} flooded the high street on [[{A:AP}]].",
                                "Shopkeepers were still drying out stock weeks after the deluge of "
                                "[[{B:AP}]]."])
_t("restated_diff_knighted", RS, ["{R} was knighted at the palace on [[{A:F}]].",
                                  "He wore his father's medals to the investiture on [[{B:F}]]."])
_t("restated_diff_arrested", RS, ["{R} was arrested at the port of {T} on [[{A:DOT}]].",
                                  "His arrest, on [[{B:DOT}]], came after a tip-off from {N2}."])
_t("restated_diff_thatmatch", RS, ["{C} beat {C2} in the final on [[{A:B}]].",
                                   "That match, played on [[{B:B}]], brought the club its only major trophy."])

# --- order_violation (E: the event the text puts first, dated later; L: the one it puts second) ---
_t("order_audit_resignation", OR, ["In the wake of a damning audit of {F}'s accounts, published in [[{E:MY}]], "
                                   "its chief executive {R} resigned in [[{L:MY}]]."])
_t("order_consent_construction", OR, ["Planning consent for the {T} bypass was granted on [[{E:F}]], and "
                                      "construction began on [[{L:F}]]."])
_t("order_trialrun_opening", OR, ["Ahead of the opening of the tramway on [[{L:B}]], engineers ran the first "
                                  "trial car along the route on [[{E:B}]]."])
_t("order_draft_ratification", OR, ["The first draft of the constitution of {N} was published in [[{E:Y}]]; "
                                    "it was finally ratified in [[{L:Y}]]."])
_t("order_heat_final", OR, ["{Q} set a national record in her heat on [[{E:MD}]] before taking gold in the final "
                            "on [[{L:MD}]], [[{L:Y}]]."], sy=True)
_t("order_recall_repair", OR, ["Once {F} had recalled the faulty boilers, in [[{E:APMY}]], engineers began "
                               "repairing them in homes across {T}, starting in [[{L:APMY}]]."])
_t("order_paved", OR, ["The discovery of coal at {T} in [[{E:Y}]] paved the way for the railway, which reached "
                       "the town in [[{L:Y}]]."])
_t("order_heels", OR, ["On the heels of its league title in [[{E:SPRING}]], {C} reached the cup final in "
                       "[[{L:SPRING}]]."])
_t("order_followed", OR, ["The closure of the {F} smelter on [[{E:AP}]] was followed by the collapse of the "
                          "town's bus company on [[{L:AP}]]."])
_t("order_prompted", OR, ["The collapse of a footbridge over {K} on [[{E:FO}]] prompted a review of every bridge "
                          "in the county, ordered on [[{L:FO}]]."])
_t("order_ledto", OR, ["A typhoid case at {X} on [[{E:SH}]] led to the closure of the town's wells on "
                       "[[{L:SH}]]."])
_t("order_response", OR, ["In response to the flooding of [[{E:MY}]], {T} council built a new embankment along "
                          "{K}, finished in [[{L:MY}]]."])
_t("order_culminating", OR, ["{P}'s campaign began with a petition, handed in on [[{E:BO}]], and culminated in a "
                             "change in the law on [[{L:BO}]]."])
_t("order_runup", OR, ["In the run-up to the general election of [[{L:FO}]], {J} published its manifesto on "
                       "[[{E:FO}]]."])
_t("order_precursor", OR, ["The {T} Savings Club, founded in [[{E:Y}]], was the forerunner of {F}, which was "
                           "incorporated in [[{L:Y}]]."])
_t("order_preparation", OR, ["In preparation for the royal visit of [[{L:DM}]], the streets of {T} were "
                             "resurfaced, starting on [[{E:DM}]], [[{E:Y}]]."], sy=True)
_t("order_succeeded", OR, ["{R} was appointed editor of the {T} Courier in [[{E:Y}]] and was succeeded by {Q} "
                           "in [[{L:Y}]]."])
_t("order_triggered", OR, ["The default of {N} on its bonds in [[{E:LATE}]] triggered a run on the banks of "
                           "{N2} in [[{L:EARLY}]]."])
_t("order_setstage", OR, ["The miners' victory in the pay dispute of [[{E:Y}]] set the stage for the founding of "
                          "{J} in [[{L:Y}]]."])
_t("order_prelude", OR, ["Border skirmishes in [[{E:MY}]] were a prelude to the war between {N} and {N2}, "
                         "declared in [[{L:MY}]]."])
_t("order_upon", OR, ["Upon graduating from {U} in [[{E:Y}]], {P} joined the staff of {X} in [[{L:Y}]]."])
_t("order_with_complete", OR, ["With the survey of the wreck completed on [[{E:ISO}]], divers began raising the "
                               "cargo of {V} on [[{L:ISO}]]."])
_t("order_not_until", OR, ["Not until the merger with {F2} had been approved, on [[{E:DOT}]], did {F} begin "
                           "closing branches, the first on [[{L:DOT}]]."])
_t("order_resulting", OR, ["A fire at the {F} mill on [[{E:F}]] destroyed the looms, resulting in 300 "
                           "redundancies announced on [[{L:F}]]."])
_t("order_eventually", OR, ["{R} was first elected to the council in [[{E:AUTUMN}]] and eventually became leader "
                            "of {J} in [[{L:AUTUMN}]]."])
_t("order_cornerstone_ordination", OR, ["The cornerstone of the chapel at {T} was laid on [[{E:ORD}]]; its first "
                                        "minister was ordained there on [[{L:ORD}]]."])
_t("order_engagement_wedding", OR, ["{P} and {R} announced their engagement in [[{E:SHMY}]] and were married at "
                                    "{T} in [[{L:SHMY}]]."])
_t("order_lead_up", OR, ["In the lead-up to the opening of {O} in [[{L:END}]], the company held open rehearsals "
                         "in [[{E:MID}]]."])
_t("order_inturn", OR, ["The silting of {K} in [[{E:FALL}]] closed the port of {T}, which in turn forced {F} to "
                        "move its warehouses downriver in [[{L:FALL}]]."])
_t("order_having_first", OR, ["Having first climbed {M} solo on [[{E:APMD}]], {Q} led a guided party to the "
                              "summit on [[{L:APMD}]], [[{L:Y}]]."], sy=True)
_t("order_soon_after", OR, ["Soon after {N} declared independence on [[{E:SHMD}]], [[{E:Y}]], its first "
                            "parliament met, on [[{L:SHMD}]]."], sy=True)

# --- publication_anachronism (published 2016-09-27) ---
_t("anachronism_reopened", AN, ["The pier at {T}, which reopened on [[{D:F}]] after a long restoration, now draws "
                                "coach parties from across the county."])
_t("anachronism_final", AN, ["{C} lifted the trophy after beating {C2} in the final on [[{D:B}]], their first "
                             "honour in decades."])
_t("anachronism_inquest", AN, ["An inquest held at {T} on [[{D:AP}]] recorded a verdict of accidental death."])
_t("anachronism_appointed", AN, ["{P}, appointed head of {X} in [[{D:MY}]], has promised to cut waiting lists."])
_t("anachronism_landed", AN, ["{H}, which struck {T} in [[{D:APMY}]], left thousands without power."])
_t("anachronism_merger", AN, ["Since completing its takeover of {F2} on [[{D:FO}]], {F} has closed three "
                              "depots."])
_t("anachronism_vote", AN, ["Voters in {N} approved the new constitution in a referendum held on [[{D:BO}]]."])
_t("anachronism_record", AN, ["{Q} broke the course record on {M} on [[{D:SH}]], finishing in under four "
                              "hours."])
_t("anachronism_retired", AN, ["{R}, who retired as conductor of the {T} orchestra in [[{D:Y}]], gave his last "
                               "concert at {O}."])
_t("anachronism_collapse", AN, ["The roof of {O} collapsed under heavy snow on [[{D:ORD}]], though no one was "
                                "inside."])
_t("anachronism_filing", AN, ["Accounts filed on [[{D:ISO}]] show that {F} made a loss for the third year "
                              "running."])
_t("anachronism_elected", AN, ["{J} won its first seat in the {N} parliament in the election of [[{D:LATE}]]."])
_t("anachronism_sinking", AN, ["Salvage crews raised the wreck of {V}, which sank in [[{D:SHMY}]], from the "
                               "harbour floor."])
_t("anachronism_degree", AN, ["{P} received an honorary degree from {U} on [[{D:DOT}]]."])
_t("anachronism_tenure", AN, ["{R} has chaired {F} since [[{D:MID}]], when the founder stepped down."])
_t("anachronism_yesterday", AN, ["Flood barriers on {K} were raised [[yesterday]], [[{D:F}]], for the first time "
                                 "since they were built."], rel="yesterday")
_t("anachronism_lastnight", AN, ["{C} were knocked out of the cup [[last night]], [[{D:AP}]], after a penalty "
                                 "shoot-out at {C2}."], rel="last night")
_t("anachronism_thismorning", AN, ["{V} ran aground off {T} [[this morning]] ([[{D:B}]]), the "
                                   "coastguard said."], rel="this morning")
_t("anachronism_twentynine", AN, ["{R} was released from prison [[twenty-nine days ago]], on [[{D:FO}]], and "
                                  "has not been seen since."], rel="twenty-nine days ago")
_t("anachronism_lastweekend", AN, ["Thousands marched through {T} [[last weekend]] -- on [[{D:BO}]] -- against "
                                   "the closure of {X}."], rel="last weekend")
_t("anachronism_earlierweek", AN, ["Shares in {F} fell sharply [[earlier this week]], on [[{D:SH}]], after the "
                                   "profit warning."], rel="earlier this week")
_t("anachronism_thisafternoon", AN, ["{P} will lay a wreath at the memorial in {T} [[this afternoon]], "
                                     "[[{D:ORD}]]."], rel="this afternoon")
_t("anachronism_earlieryear", AN, ["{J} changed its leader [[earlier this year]], in [[{D:MY}]]."],
   rel="earlier this year")
_t("anachronism_lastmonth", AN, ["Output at the {F} plant fell by a fifth [[last month]] ([[{D:APMY}]]), the "
                                 "company said."], rel="last month")
_t("anachronism_lastyear", AN, ["The harvest in {N} was the worst on record [[last year]], in [[{D:Y}]]."],
   rel="last year")
_t("anachronism_fortnight", AN, ["Work on the new bridge over {K} stopped [[a fortnight ago]], on [[{D:ISO}]], "
                                 "when the contractor went bust."], rel="a fortnight ago")
_t("anachronism_earliertoday", AN, ["[[Earlier today]], [[{D:DOT}]], the board of {F} confirmed that {R} had "
                                    "stepped down."], rel="Earlier today")
_t("anachronism_thisweek", AN, ["Doctors at {X} began a three-day strike [[this week]], on [[{D:F}]]."],
   rel="this week")
_t("anachronism_twodays", AN, ["{Q} was named captain of {C} [[two days ago]], on [[{D:AP}]]."],
   rel="two days ago")
_t("anachronism_earliermonth", AN, ["The last shift left the pit at {T} [[earlier this month]], in "
                                    "[[{D:SHMY}]]."], rel="earlier this month")

# --- duration_arithmetic ---
_t("duration_served_until", DU, ["{R} served [[{NUM} years]] as chief constable, from [[{S:Y}]] until his "
                                 "retirement in [[{E:Y}]]."], unit="years", span=(4000, 9000), top=60)
_t("duration_months_office", DU, ["After [[{NUM} months in office]], {P}, who became prime minister of {N} on "
                                  "[[{S:F}]], lost a confidence vote on [[{E:F}]]."],
   unit="months", span=(400, 1500))
_t("duration_tour", DU, ["The band's [[{NUM}-week tour]] ran from [[{S:AP}]] to [[{E:AP}]] and took in "
                         "{O}."], unit="weeks", span=(120, 400))
_t("duration_siege_days", DU, ["The [[{NUM}-day siege]] of the embassy in {T} began on [[{S:BO}]] and ended "
                               "on [[{E:BO}]] when the gunmen surrendered."], unit="days", span=(40, 100))
_t("duration_age_death", DU, ["{R}, who was born in {T} on [[{S:F}]], died at {X} on [[{E:F}]], aged "
                              "[[{NUM}]]."], unit="years", span=(24000, 33000), min=20)
_t("duration_jubilee", DU, ["The jubilee celebrations marked [[{NUM} years]] since {r} was first elected provost of "
                            "{T}, in [[{S:Y}]]; the party was held in [[{E:SUMMER}]]."],
   unit="years", span=(9000, 20000))
_t("duration_past_years", DU, ["{Q} has run the post office in {T} for the past [[{NUM} years]], since "
                               "[[{S:MY}]]."], unit="years", yr=(1960, 2005))
_t("duration_ages_since", DU, ["{F} has had an office in {T} for [[{NUM} years]], ever since {r} opened the "
                               "first one there in [[{S:LATE}]]."], unit="years", yr=(1900, 1990))
_t("duration_captivity", DU, ["Kidnapped on [[{S:F}]] and freed on [[{E:F}]], {R} spent [[{NUM} days]] in "
                              "captivity."], unit="days", span=(20, 90))
_t("duration_voyage", DU, ["{V} left {T} on [[{S:MD}]] and reached {N} on [[{E:MD}]], [[{E:Y}]], a passage of "
                           "[[{NUM} days]]."], unit="days", span=(20, 60))
_t("duration_build", DU, ["Work on the dam across {K} began in [[{S:APMY}]] and was completed in [[{E:APMY}]], "
                          "[[{NUM} months]] in all."], unit="months", span=(500, 1500))
_t("duration_exile", DU, ["{R} went into exile in [[{S:Y}]] and returned to {N} in [[{E:Y}]] after [[{NUM}]] "
                          "years abroad."], unit="years", span=(3000, 9000), top=60)
_t("duration_words_weeks", DU, ["The works at {F} stood idle for [[{NUM} weeks]], from [[{S:B}]] to "
                                "[[{E:B}]]."], unit="weeks", span=(90, 140), words=True)
_t("duration_ordinal_birthday", DU, ["{P}, born on [[{S:BO}]], celebrated her [[{NUM}]] birthday at {O} on "
                                     "[[{E:BO}]]."], unit="years", span=(18000, 30000), ordinal=True, min=30,
   top=99)
_t("duration_decade", DU, ["{R} spent [[{NUM}]] in charge of {C}, from [[{S:F}]] to [[{E:F}]]."],
   unit="years", span=(300, 900), fixed=(10, "a decade"))
_t("duration_half_century", DU, ["{Q} retired in [[{E:Y}]] after [[{NUM}]] as organist at {T}, a post she took "
                                 "up in [[{S:Y}]]."], unit="years", span=(7000, 13000), fixed=(50, "half a century"))
_t("duration_fortnight", DU, ["The trade fair at {T}, which opened on [[{S:FO}]] and closed on [[{E:FO}]], "
                              "lasted [[{NUM}]] and drew buyers from {N}."], unit="days", span=(40, 80),
   fixed=(14, "a fortnight"))
_t("duration_centenary", DU, ["{C}, founded in [[{S:Y}]], celebrated its [[{NUM}]] with a match against {C2} in "
                              "[[{E:Y}]]."], unit="years", span=(20000, 32000), fixed=(100, "centenary"))
_t("duration_ago", DU, ["The lighthouse at {T}, automated [[{NUM} years ago]], in [[{S:MY}]], is now a "
                        "museum."], unit="years", yr=(1940, 2000))
_t("duration_sentence", DU, ["{R}, jailed on [[{S:DOT}]], was freed on [[{E:DOT}]] after serving [[{NUM} "
                             "months]] of his sentence."], unit="months", span=(300, 1200))
_t("duration_strike_ordny", DU, ["The [[{NUM}-day]] strike at {F} began on [[{S:ORDNY}]] and ended on "
                                 "[[{E:ORDNY}]], [[{E:Y}]]."], unit="days", span=(60, 150))
_t("duration_iso_trial", DU, ["The trial of {R} opened on [[{S:ISO}]] and the jury gave its verdict on "
                              "[[{E:ISO}]], [[{NUM} weeks]] later."], unit="weeks", span=(70, 200))
_t("duration_hospital_stay", DU, ["{P} was admitted to {X} on [[{S:SH}]] and discharged on [[{E:SH}]], after "
                                  "[[{NUM} weeks]] on the ward."], unit="weeks", span=(100, 300))
_t("duration_marriage", DU, ["Married at {T} in [[{S:SPRING}]], {P} and {R} were together for [[{NUM} years]] "
                             "until his death in [[{E:AUTUMN}]]."], unit="years", span=(8000, 20000))
_t("duration_years_words", DU, ["{Q} taught at {U} for [[{NUM} years]], from [[{S:EARLY}]] until "
                                "[[{E:END}]]."], unit="years", span=(5500, 7000), words=True)
_t("duration_months_words", DU, ["The refit of {V}, begun in [[{S:SHMY}]], took [[{NUM} months]] and ended in "
                                 "[[{E:SHMY}]]."], unit="months", span=(700, 900), words=True)
_t("duration_reign", DU, ["The king of {N} reigned for [[{NUM} years]], from his coronation on [[{S:ORD}]] "
                          "until he died on [[{E:ORD}]]."], unit="years", span=(6000, 15000))
_t("duration_dm_festival", DU, ["The [[{E:Y}]] festival at {O} opened on [[{S:DM}]] and closed on [[{E:DM}]], "
                                "a run of [[{NUM} days]]."], unit="days", span=(40, 90))
_t("duration_apmd_session", DU, ["The [[{E:Y}]] session of the {N} parliament sat from [[{S:APMD}]] to "
                                 "[[{E:APMD}]], [[{NUM} weeks]] in total."], unit="weeks", span=(120, 240))
_t("duration_shmd_drought", DU, ["No rain fell on {T} between [[{S:SHMD}]] and [[{E:SHMD}]], [[{E:Y}]] -- "
                                 "[[{NUM} days]] in all."], unit="days", span=(50, 110))
_t("duration_fall_spring", DU, ["Closed in [[{S:FALL}]] for rebuilding, {O} reopened in [[{E:MID}]] after "
                                "[[{NUM} years]] of work."], unit="years", span=(3500, 5500), words=True)
_t("duration_held_post", DU, ["{P} became the first woman to chair {F}, in [[{S:Y}]], and has now held the post "
                             "for [[{NUM} years]]."], unit="years", yr=(1970, 2004))
_t("duration_weeks_since", DU, ["{R} has been missing for [[{NUM} weeks]], ever since he set out to climb {M} on "
                                "[[{S:F}]]."], unit="weeks", yr=(2015, 2015), top=200)
