"""``blind30``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind30`` templates.  Written on 2026-11-23 (started 23:26:27 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict definitions in its brief and from how news copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything
# under src/reliability/), its date tests (tests/test_temporal*,
# tests/test_event_identity.py, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/ or benchmarks/event_identity.py.  Base commit, taken
# with ``git rev-parse HEAD`` (``git log`` was never run):
# 4f188ef2d62c0456e17f228b72408af2cffce199.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind30`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (printed with ``grep -n -A30``); lines 1-403 of
# benchmarks/date_templates_blind29.py (its header comment, imports, name
# lists, helpers and generator machinery up to, not including, its first
# ``_t(`` template, plus the comment line and the ``W = ...`` line opening
# its weekday section) as a model of the header and conventions -- none of
# its templates; its machinery (lines 85-399) was copied and adapted, its
# name lists were replaced and its names and places were not reused; in
# benchmarks/date_conflicts.py only the output of ``grep -n "import BLIND"``
# (the import lines 60-84) and of ``grep -n -A12 "^INDEPENDENT_SETS"`` (the
# dict, lines 2578-2589, and one blank line), then one import line and one
# dict entry were added with a scripted edit.
# Seen by accident: the ``grep -A30`` of ``load_benchmark`` ran past it into
# tests/conftest.py's ``date_conflicts`` helper (its signature, docstring, a
# line importing ``analyse_dates`` from ``reliability.features.temporal`` and
# a list comprehension over ``.conflicts`` with ``.kind`` and ``.spans``),
# the ``PUBLISHED_STAND_IN`` constant (2016-09-27) and the signature and
# docstring of ``dated_conflicts`` and ``dated_kinds``; a ``grep -n "_t(\""``
# of blind29 printed the opening line of its first template, cut at 40
# characters (the name ``weekday_teacher_last_seen``) but none of its text.
# No detector code was seen.
# The templates were only run through their own generators and
# tests/test_date_templates_independent.py (``-k blind30``, which runs no
# detector) and a throwaway script applying the shared checks over 300 seeds
# per template and printing a few rendered samples, never through the
# detector; benchmarks/date_conflicts.py was
# not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind30``.
#
# Conventions (those of blind29, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b30_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Each template seeds its own ``random.Random`` from its name and 64 bits
# drawn from the caller's rng.  Every side of a conflict is marked with
# [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated from June 2017 to 2025; relative expressions are pinned to 1995-2012
# or 2020-2025.  Other kinds keep their dates in 1890-2015, name no weekday
# outside the weekday templates and use no relative expression ("ago" only
# in durations, counted to 2016-09-27).  Stated counts miss every defensible
# count (unknown days, inclusive or exclusive counting) by at least seven
# units; all duration offsets are 0.  In order-violation facts ``earlier`` is
# the event the text says came first (label ``E``; it carries the later
# date) and ``later`` the one it puts second (label ``L``).  Restated
# templates are ``b30_restated_same_*`` (one head word twice) or
# ``b30_restated_diff_*`` (verb against noun, synonym, pronoun, a name, a
# description); which side gets the earlier date is drawn at random; events
# that last (a fire, a strike, a flood, a season's title, an eruption, a
# storm, a building project) are dated at least two calendar years apart
# (``gap=(2, 12)``).
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names (``{H}`` a storm, ``{V}``
# a ship, ``{M}`` a mountain); ``sy=True`` puts both dates of a pair in one
# year.  Formats written without a year (``CONTEXT``) take their year from
# the context -- a ``{X:Y}`` of the same label, or the other date of a
# same-year pair or range -- and their fact is then ``(text, year)``, the
# year written inside a marked span.  Duration phrases with a fixed value
# (``fixed=``: "a decade", "half a century", "centenary", "a fortnight") and
# a floor on drawn ages (``min=``) work as in blind29.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here: "thirteen
# days ago").  All people, places, firms, clubs, storms, ships, mountains and
# countries are invented for this set.
# ---------------------------------------------------------------------------
# days ago").  All people, places, firms, clubs, storms, ships, mountains and
# countries are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "thirteen days ago"})


FIRST_F = ["Leocadia", "Henrietta", "Oona", "Saskia", "Perpetua", "Ottilie", "Wilhelmina", "Zenobia"]
FIRST_M = ["Ignatius", "Cornelius", "Thaddeus", "Ambrose", "Florian", "Casimir"]
LAST = ["Wetherall", "Adebayo-Quinn", "Strandberg", "Fairweather-Cole", "Montalvo", "Okafor-Lisle", "Grimsditch",
        "Pennywhistle", "Van der Merwe-Holt", "Tanabe-Ross", "Kilbride", "Dunmore-Pike", "Wojcik", "Ravenscroft"]
TOWNS = ["Harrowden Mere", "Saltinge", "Copperfold", "Wyvern Staithe", "Elmhurst Vale", "Dunnock Ford",
         "Quarrington-under-Lyme", "Fallowby", "Stennack", "Bramblecote"]
FIRMS = ["Stonechat Freight", "Meridane Pharmaceuticals", "Orchardine Foods", "Tidewell Utilities",
         "Brasswick Engineering", "Lumenfall Telecom", "Heronsgate Capital", "Ashvale Motors"]
NATIONS = ["Maravia", "Ostrelund", "Caldoria", "Pentravia", "Zerevan", "Illyrica"]
CLUBS = ["Harrowden Mere Athletic", "Saltinge Mariners", "Copperfold United", "Fallowby Town", "Stennack Albion",
         "Bramblecote Wanderers"]
STORMS = ["Hurricane Ottoline", "Typhoon Severine", "Cyclone Hesper", "Storm Percival", "Hurricane Wenonah"]
SHIPS = ["the trawler Silver Kittiwake", "MV Amber Plover", "the barque Countess Ilse", "the freighter Iron Gannet"]
PEAKS = ["Mount Kelderrach", "the Brannhorn", "Mount Ossery", "the Beinn Tolmach"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


BLIND30_TEMPLATES = new_templates()
_t = registrar("b30_", BLIND30_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_ferry_sank", W, ["{V} went down off {T} in the early hours of [[{WD}, {D:F}]], with eleven crew aboard."])
_t("weekday_verdict_read", W, ["The jury returned its verdict against {P} shortly after noon on [[{WD}, {D:B}]]."])
_t("weekday_cup_final", W, ["{C} lifted the county cup at the third attempt on [[{WD}, {D:AP}]], beating {C2} 2-1."], ap=True)
_t("weekday_council_vote", W, ["Councillors in {T} voted 9-4 to close the lido at a meeting held on [[{WD} {D:BO}]]."])
_t("weekday_merger_announced", W, ["{F} announced its takeover of {F2} in a statement issued before markets opened on [[{WD}, {D:FO}]]."])
_t("weekday_comet_sighting", W, ["Amateur astronomers in {T} first photographed the comet on the night of [[{WD}, {D:ORD}]]."])
_t("weekday_premiere", W, ["The opera had its premiere at the {T} Playhouse on [[{WD}, {D:SH}]], to a half-empty house."])
_t("weekday_election_held", W, ["Voters in {N} went to the polls on [[{WD} {D:F}]] in the first contested election since independence."])
_t("weekday_strike_began", W, ["Dock workers at {T} walked out at 6 a.m. on [[{WD}, {D:AP}]], halting all container traffic."], ap=True)
_t("weekday_obituary_born", W, ["{P} was born in {T} on [[{WD}, {D:F}]], the youngest of seven children."])
_t("weekday_bridge_opening", W, ["The new span over the river at {T} was opened to traffic on [[{WD}, {D:B}]] after four years of works."])
_t("weekday_flood_peak", W, ["River levels at {T} peaked at 5.8 metres on [[{D:F}, a {WD}]], the environment agency said."])
_t("weekday_quote_minister", W, ["\"We signed it on [[{WD}, {D:FO}]], and I stand by every word,\" {R} told reporters."])
_t("weekday_record_broken", W, ["{P} lowered the national 800 metres record in {T} on [[{WD}, {D:ORDNY}, {D:Y}]]."])
_t("weekday_court_filed", W, ["Court papers filed on [[{WD}, {D:ISO}]] show that {F} owed creditors more than 40 million."])
_t("weekday_hospital_opened", W, ["The children's wing at {T} General admitted its first patient on [[{WD} {D:DOT}]], records show."])
_t("weekday_expedition_summit", W, ["The team reached the top of {M} at 11.40 local time on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_storm_landfall", W, ["{H} made landfall near {T} on [[{WD}, {D:B}]], flattening crops across the delta."])
_t("weekday_resignation", W, ["{R} handed in his resignation as chief executive of {F} on [[{WD}, {D:F}]]."])
_t("weekday_fire_gutted", W, ["Fire gutted the old corn exchange in {T} during the night of [[{WD} {D:BO}]]."])
_t("weekday_treaty_headline", W, ["Accord reached: delegates from {N} and {N2} initialled the border protocol on [[{WD}, {D:F}]]."])
_t("weekday_arrest", W, ["Police arrested {R} at his home in {T} on [[{WD}, {D:SH}]], a spokesman confirmed."])
_t("weekday_transfer", W, ["{C} completed the signing of striker {R} on [[{WD}, {D:FO}]] for an undisclosed fee."])
_t("weekday_launch_rocket", W, ["The satellite lifted off from the {N} coast at dawn on [[{WD}, {D:F}]], ending years of delays."])
_t("weekday_festival_closed", W, ["The {T} folk festival closed on [[{WD}, {D:B}]] with a record 12,000 visitors."])
_t("weekday_passive_decree", W, ["The decree was published in the official gazette of {N} on [[{WD}, {D:ORD}]]."])
_t("weekday_wedding", W, ["{P} and {R} married at the register office in {T} on [[{WD} {D:AP}]]."], ap=True)
_t("weekday_context_year", W, ["In [[{D:Y}]], {F} floated on the exchange; trading opened on [[{WD}, {D:MD}]] at 180 pence a share."])
_t("weekday_census_day", W, ["Enumerators in {T} counted residents door to door on census day, [[{WD}, {D:F}]]."])
_t("weekday_mine_collapse", W, ["The roof of the shaft at {T} colliery gave way on [[{WD}, {D:B}]], trapping 14 miners."])
_t("weekday_museum_theft", W, ["Thieves took two paintings from the {T} museum overnight on [[{WD}, {D:FO}]], police said."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_contract_signed", I, ["{F} says the supply contract was signed on [[{D:F}]] in {T}."])
_t("impossible_birth_register", I, ["According to the parish register, {P} was baptised on [[{D:B}]]."])
_t("impossible_match_report", I, ["{C} beat {C2} 3-0 in the replay played on [[{D:AP}]]."])
_t("impossible_court_date", I, ["The appeal was heard at the high court on [[{D:ORD}]], the judgment records."])
_t("impossible_iso_log", I, ["The station log entry dated [[{D:ISO}]] notes a tremor felt across {T}."])
_t("impossible_dot_memo", I, ["A memo dated [[{D:DOT}]] warned {F} directors about the pension shortfall."])
_t("impossible_ordinal_words", I, ["Staff were told the plant at {T} would close on [[{D:OW}]], the union said."])
_t("impossible_yearless_md", I, ["The harvest fair in {T} has been held on [[{D:MD}]] every year since the war, organisers claim."])
_t("impossible_letter_dated", I, ["The letter, dated [[{D:FO}]], was found among {P}'s papers."])
_t("impossible_quote_date", I, ["\"I remember the day exactly, it was [[{D:BO}]],\" said {R}."])
_t("impossible_ship_log", I, ["{V} left harbour at {T} on [[{D:SH}]] bound for {N}."])
_t("impossible_decree", I, ["The emergency decree took effect in {N} on [[{D:F}]], suspending all rallies."])
_t("impossible_deadline", I, ["Bidders had until [[{D:B}]] to submit offers for the {T} bus depot."])
_t("impossible_dm_yearless", I, ["Locals still mark [[{D:DM}]] as the day the {T} floods began."])
_t("impossible_tombstone", I, ["The headstone gives {P}'s date of death as [[{D:ORD}]]."])
_t("impossible_invoice", I, ["An invoice dated [[{D:AP}]] shows {F} paid 2.3 million to a consultancy in {T}."])
_t("impossible_ordny", I, ["Under the charter, the {T} mayor is sworn in each year on [[{D:ORDNY}]]."])
_t("impossible_census", I, ["The census return for {T}, completed on [[{D:F}]], lists 214 households."])
_t("impossible_trial_open", I, ["The trial of {R} opened in {T} on [[{D:BO}]] amid heavy security."])
_t("impossible_launch", I, ["The lifeboat was launched from the {T} slipway on [[{D:FO}]], its logbook shows."])
_t("impossible_headline", I, ["Ceasefire signed on [[{D:B}]]: {N} and {N2} halt shelling along the river."])
_t("impossible_passport", I, ["{Q}'s passport lists her date of birth as [[{D:ISO}]], investigators found."])
_t("impossible_apmd", I, ["The {T} regatta, always held on [[{D:APMD}]], draws crews from three counties."])
_t("impossible_shmd", I, ["Tickets for the gala are stamped [[{D:SHMD}]] and were sold out within hours."])
_t("impossible_vaccine", I, ["The first doses were given at the {T} clinic on [[{D:F}]], health officials said."])
_t("impossible_dissolved", I, ["Companies House records show {F} was dissolved on [[{D:DOT}]]."])
_t("impossible_eclipse", I, ["Observers in {N} recorded the eclipse on [[{D:SH}]] from the slopes of {M}."])
_t("impossible_poll", I, ["The opinion poll was conducted by telephone on [[{D:AP}]] among 1,020 adults in {N}."])
_t("impossible_stamp", I, ["The postmark on the envelope reads [[{D:BO}]], the auction house said."])
_t("impossible_goal_record", I, ["{R} scored his 100th league goal for {C} on [[{D:ORD}]]."])
_t("impossible_ow_yearless", I, ["Residents were ordered to leave the {T} estate by [[{D:OW}]], the eviction notice said."])

# --- restated_event: same head word -------------------------------------------
R = "restated_event"
_t("restated_same_treaty", R, ["The [[{A:Y}]] fisheries treaty between {N} and {N2} set quotas for cod.", "That treaty was signed in [[{B:MY}]] after months of talks."])
_t("restated_same_fire_passive", R, ["The old mill at {T} was destroyed by fire in [[{A:Y}]].", "Investigators later said the fire, which broke out in [[{B:Y}]], had been started deliberately."], gap=(2, 12))
_t("restated_same_merger_fronted", R, ["Merger completed [[{A:F}]]: {F} and {F2} now operate as a single group.", "The merger, shareholders were told, had been completed on [[{B:F}]]."])
_t("restated_same_strike", R, ["The [[{A:Y}]] strike at the {T} steelworks lasted eleven weeks.", "{P}, who led the strike, said it began in [[{B:MY}]]."], gap=(2, 12))
_t("restated_same_final_quote", R, ["\"That final in [[{A:Y}]] changed my life,\" {R} said.", "{C} won the final, played on [[{B:B}]], 2-0 against {C2}."])
_t("restated_same_election", R, ["{P} was first elected mayor of {T} in the election of [[{A:MY}]].", "Turnout at that election, held in [[{B:MY}]], was 38 per cent."], sy=True)
_t("restated_same_earthquake", R, ["The earthquake that struck {T} on [[{A:F}]] killed 31 people.", "Rebuilding after the earthquake of [[{B:F}]] took almost a decade."])
_t("restated_same_verdict_far", R, ["{R} was convicted of fraud in [[{A:Y}]] and served four years.", "His lawyers have long argued the conviction was unsafe.", "The conviction, handed down in [[{B:MY}]], was referred back to the appeal court."])
_t("restated_same_opening", R, ["The {T} concert hall's opening in [[{A:Y}]] drew royalty and three orchestras.", "Its opening, on [[{B:BO}]], was broadcast live."])
_t("restated_same_discovery", R, ["The discovery of the hoard near {T} in [[{A:MY}]] made headlines.", "The discovery was made on [[{B:F}]] by a metal detectorist, {P}."])
_t("restated_same_flood_apposition", R, ["The great flood, in [[{A:Y}]], left much of {T} under water.", "Residents still recall the flood of [[{B:Y}]] each spring."], gap=(2, 12))
_t("restated_same_ascent", R, ["{Q} made the first winter ascent of {M} in [[{A:Y}]].", "Her ascent, completed on [[{B:ORD}]], took nine days."])
_t("restated_same_takeover", R, ["{F} agreed the takeover of {F2} on [[{A:AP}]].", "Regulators approved the takeover agreed on [[{B:AP}]] without conditions."])
_t("restated_same_referendum", R, ["Voters in {N} backed the new constitution in the referendum of [[{A:Y}]].", "The referendum, held in [[{B:MY}]], passed with 61 per cent."])
_t("restated_same_sinking", R, ["The sinking of {V} on [[{A:B}]] remains the port's worst disaster.", "An inquiry into the sinking, on [[{B:B}]], blamed the owners."])
_t("restated_same_record_context", R, ["{P} set the club record on [[{A:MD}]] in a meet at {T}.", "The record, set on [[{B:F}]], still stands."], sy=True)
_t("restated_same_hurricane", R, ["{H} tore through {T} in [[{A:Y}]].", "Insurers paid out 400 million after the hurricane hit in [[{B:LATE}]]."], gap=(2, 12))
_t("restated_same_resignation_quote", R, ["{R} resigned as editor in [[{A:MY}]].", "\"My resignation in [[{B:MY}]] was not voluntary,\" he told the inquiry."])
_t("restated_same_coup", R, ["The army coup in {N} on [[{A:ISO}]] ended two decades of civilian rule.", "Diplomats say the coup of [[{B:ISO}]] was planned abroad."])
_t("restated_same_ceasefire_distant", R, ["A ceasefire between {N} and {N2} took hold along the river on [[{A:FO}]].", "Aid convoys crossed into {T} within hours.", "Both armies accuse each other of breaching the ceasefire, agreed on [[{B:FO}]], almost daily."])

# --- restated_event: different head words -------------------------------------
_t("restated_diff_signed_pact", R, ["{N} and {N2} signed a non-aggression pact in [[{A:Y}]].", "The accord, concluded in [[{B:MY}]], is due for renewal."])
_t("restated_diff_founded_it", R, ["{F} was founded by {R} in {T} in [[{A:Y}]].", "It began trading in [[{B:Y}]] from a single workshop, the company history says."])
_t("restated_diff_crashed_accident", R, ["A freight train derailed outside {T} on [[{A:F}]].", "The accident, on [[{B:F}]], led to new rules on track inspections."])
_t("restated_diff_acquired_deal", R, ["{F} bought rival {F2} in [[{A:MY}]].", "Analysts said the deal, struck in [[{B:MY}]], doubled its market share."])
_t("restated_diff_won_title", R, ["{C} won their only league championship in [[{A:Y}]].", "That title, clinched in [[{B:MY}]], is still celebrated in {T}."], gap=(2, 12))
_t("restated_diff_elected_victory", R, ["{Q} was elected to parliament for {T} in [[{A:Y}]].", "Her victory in [[{B:Y}]] made her the constituency's first woman MP."])
_t("restated_diff_died_death", R, ["The composer {P} died in {T} on [[{A:B}]].", "Her death, on [[{B:B}]], came weeks before the premiere of her last symphony."])
_t("restated_diff_ruled_judgment", R, ["The supreme court of {N} ruled against the dam in [[{A:MY}]].", "Campaigners hailed the judgment of [[{B:MY}]] as a turning point."])
_t("restated_diff_erupted_eruption", R, ["{M} erupted in [[{A:Y}]], forcing the evacuation of {T}.", "Villagers who fled the eruption in [[{B:Y}]] were never compensated."], gap=(2, 12))
_t("restated_diff_collapsed_disaster", R, ["The grandstand at {C}'s ground collapsed on [[{A:FO}]], injuring 60 fans.", "The disaster, on [[{B:FO}]], led to all-seater rules."])
_t("restated_diff_opened_launch", R, ["The {T} metro line opened to passengers on [[{A:AP}]].", "Since its launch on [[{B:AP}]], it has carried 90 million riders."])
_t("restated_diff_shot_assassination", R, ["President {R} of {N} was shot dead on [[{A:DOT}]].", "Historians still debate who ordered the assassination of [[{B:DOT}]]."])
_t("restated_diff_headline_pronoun", R, ["Landmark ruling: {T} council lost its planning appeal in [[{A:MY}]].", "It was handed down in [[{B:MY}]] by a panel of three judges."], sy=True)
_t("restated_diff_married_wedding", R, ["{P} married the cellist {R} in {T} in [[{A:Y}]].", "Their wedding in [[{B:Y}]] was attended by half the orchestra."])
_t("restated_diff_quote_walkout", R, ["Nurses at {T} General walked out in [[{A:MY}]] over pay.", "\"The stoppage of [[{B:MY}]] was our last resort,\" said union organiser {Q}."])
_t("restated_diff_discovered_find", R, ["Astronomers at the {T} observatory discovered the comet on [[{A:SH}]].", "The find, made on [[{B:SH}]], was confirmed by observers in {N}."])
_t("restated_diff_passive_event", R, ["The border crossing at {T} was reopened in [[{A:Y}]].", "{N2} officials welcomed the event, which took place in [[{B:EARLY}]], as a sign of thaw."])
_t("restated_diff_name_dam", R, ["Construction of the {T} dam was finished in [[{A:Y}]].", "The {T} reservoir, completed in [[{B:MID}]], supplies two million homes."], gap=(2, 12))
_t("restated_diff_debut_first_game", R, ["{R} made his debut for {C} on [[{A:F}]] against {C2}.", "In that first game, on [[{B:F}]], he scored twice."])
_t("restated_diff_bankrupt_collapse", R, ["{F} went bankrupt in [[{A:Y}]], costing 3,000 jobs.", "The firm's collapse in [[{B:Y}]] hit suppliers in {T} hardest."])
_t("restated_diff_apposition_scandal", R, ["The affair, exposed by {P} in [[{A:MY}]], brought down the {N} government.", "She first revealed the payments in a report published in [[{B:MY}]]."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_after_merger_cuts", O, ["After the merger of [[{E:F}]], {F} cut 400 jobs on [[{L:F}]]."])
_t("order_following_verdict", O, ["Following his conviction in [[{E:Y}]], {R} was stripped of his seat in [[{L:Y}]]."])
_t("order_aftermath_flood", O, ["In the aftermath of the flood of [[{E:MY}]], {T} council built new defences, completed in [[{L:MY}]]."])
_t("order_before_election", O, ["{P} resigned as deputy leader on [[{E:B}]], before the leadership election of [[{L:B}]]."])
_t("order_prior_to_transfer", O, ["Prior to joining {C} in [[{L:Y}]], {R} spent six seasons at {C2}, leaving in [[{E:Y}]]."])
_t("order_wake_of_scandal", O, ["In the wake of the bribery scandal, which broke in [[{E:MY}]], the chairman of {F} quit on [[{L:F}]]."])
_t("order_ahead_of_summit", O, ["Ahead of the summit on [[{L:FO}]], {N} and {N2} exchanged prisoners on [[{E:FO}]]."])
_t("order_after_context_year", O, ["After the storm of [[{E:MD}]], repairs to the {T} pier began on [[{L:F}]]."], sy=True)
_t("order_following_discovery", O, ["Following the discovery of oil off {T} in [[{E:Y}]], {F} was granted drilling rights in [[{L:MY}]]."])
_t("order_before_graduation", O, ["{Q} qualified as a surgeon in [[{E:Y}]], before enrolling at medical school in [[{L:Y}]]."])
_t("order_then_sequence", O, ["{R} first served as finance minister, from [[{E:Y}]], and then as prime minister from [[{L:Y}]]."])
_t("order_subsequently", O, ["The {T} line was electrified in [[{E:MY}]] and subsequently closed to steam traffic in [[{L:MY}]]."])
_t("order_after_ceasefire_quote", O, ["\"Only after the ceasefire of [[{E:B}]] could we reach the villages,\" an aid worker said of deliveries that began on [[{L:B}]]."])
_t("order_prior_to_listing", O, ["Prior to its stock-market listing in [[{L:Y}]], {F} had already been bought by {F2} in [[{E:Y}]]."])
_t("order_in_wake_eruption", O, ["In the wake of the eruption of {M} on [[{E:AP}]], flights were grounded across {N} from [[{L:AP}]]."])
_t("order_ahead_of_launch", O, ["Ahead of the product's launch in [[{L:MY}]], {F} recalled the prototype in [[{E:MY}]]."])
_t("order_after_appointment", O, ["Appointed coach of {C} on [[{E:ISO}]], {R} was sacked after a poor run on [[{L:ISO}]]."])
_t("order_before_death", O, ["{P} finished the novel on [[{E:DOT}]], shortly before her death on [[{L:DOT}]]."])
_t("order_followed_by", O, ["The stadium's demolition in [[{E:Y}]] was followed by its closure to spectators in [[{L:Y}]]."])
_t("order_once_completed", O, ["Once the bypass was completed in [[{E:MY}]], lorries were banned from {T} high street, a ban that began in [[{L:MY}]]."])
_t("order_after_retirement", O, ["{R} retired from racing in [[{E:Y}]] and went on to win his last Grand Prix in [[{L:Y}]]."])
_t("order_prior_context", O, ["Prior to the council vote on [[{L:APMD}]], residents had petitioned against the incinerator on [[{E:AP}]]."], sy=True)
_t("order_wake_collapse_passive", O, ["In the wake of the bank's collapse on [[{E:F}]], a deposit guarantee was introduced on [[{L:F}]]."])
_t("order_aftermath_riots", O, ["In the aftermath of riots in {T} in [[{E:Y}]], a public inquiry was opened in [[{L:MY}]]."])
_t("order_later_that", O, ["{Q} was arrested in [[{E:MY}]] and only later, in [[{L:MY}]], acquitted, prosecutors said."])
_t("order_before_independence", O, ["The colonial administration moved the capital of {N} to {T} in [[{E:Y}]], before independence in [[{L:Y}]]."])
_t("order_since_founding", O, ["Since its founding in [[{E:Y}]], the {T} choir has toured widely, beginning with a tour of {N} in [[{L:Y}]]."])
_t("order_follow_up_study", O, ["The follow-up study, published in [[{L:MY}]], confirmed the findings of the original trial published in [[{E:MY}]]."])
_t("order_after_sh", O, ["After the pipeline burst on [[{E:SH}]], {F2} shut the terminal at {T} on [[{L:SH}]]."])
_t("order_prior_to_fo_headline", O, ["Sold before the auction: the painting was bought privately on [[{E:FO}]], ahead of the sale scheduled for [[{L:FO}]]."])
_t("order_ahead_of_season", O, ["Ahead of the [[{L:Y}]] season, {C} moved to a new ground, which they opened in [[{E:MY}]]."])

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"
_t("anachronism_stadium_opened", A, ["The new {C} stadium opened in [[{D:MY}]] with a friendly against {C2}."])
_t("anachronism_minister_resigned", A, ["{R} resigned as transport minister on [[{D:F}]], citing ill health."])
_t("anachronism_plant_closed", A, ["{F} closed its {T} plant on [[{D:B}]], laying off 600 workers."])
_t("anachronism_court_ruled", A, ["The appeal court ruled in [[{D:Y}]] that the {T} ban was unlawful."])
_t("anachronism_was_elected", A, ["{Q} was elected president of {N} in [[{D:MY}]] after a run-off."])
_t("anachronism_died", A, ["The poet {P} died at her home in {T} on [[{D:AP}]], aged 88."])
_t("anachronism_had_launched", A, ["{F} had launched the service nationwide by [[{D:MID}]], the filing says."])
_t("anachronism_quote_signed", A, ["\"We signed the deal on [[{D:BO}]],\" said {R}, chief executive of {F}."])
_t("anachronism_iso_released", A, ["The report was released on [[{D:ISO}]] and found widespread failings at {T} prison."])
_t("anachronism_sank", A, ["{V} sank off {T} on [[{D:ORD}]], and its crew were rescued."])
_t("anachronism_headline_won", A, ["Title decided: {C} won the championship in [[{D:MY}]] on goal difference."])
_t("anachronism_erupted", A, ["{M} last erupted in [[{D:LATE}]], covering {T} in ash."])
_t("anachronism_passive_demolished", A, ["The old {T} gasworks were demolished in [[{D:Y}]] to make way for housing."])
_t("anachronism_dot_registered", A, ["{F2} was registered as a company on [[{D:DOT}]], filings in {N} show."])
_t("anachronism_storm_hit", A, ["{H} hit {T} on [[{D:SH}]], leaving thousands without power."])
_t("anachronism_rel_yesterday", A, ["The {T} council approved its budget [[yesterday]], [[{D:F}]], by a single vote."], rel="yesterday")
_t("anachronism_rel_last_week", A, ["{R} was arrested [[last week]], on [[{D:B}]], at {T} airport, police confirmed."], rel="last week")
_t("anachronism_rel_this_morning", A, ["Firefighters were called to the {F} depot [[this morning]] ([[{D:AP}]]) after a blast."], rel="this morning")
_t("anachronism_rel_earlier_this_month", A, ["Share prices at {F} fell sharply [[earlier this month]], in [[{D:MY}]], after a profit warning."], rel="earlier this month")
_t("anachronism_rel_last_night", A, ["{C} beat {C2} 4-1 [[last night]], on [[{D:FO}]], to reach the semi-finals."], rel="last night")
_t("anachronism_rel_two_days_ago", A, ["The strike began [[two days ago]], on [[{D:ISO}]], and shows no sign of ending."], rel="two days ago")
_t("anachronism_rel_last_month", A, ["Unemployment in {N} rose to 9 per cent [[last month]] ([[{D:MY}]]), figures show."], rel="last month")
_t("anachronism_rel_last_year", A, ["{P} won the national book prize [[last year]], in [[{D:Y}]], for her debut novel."], rel="last year")
_t("anachronism_rel_earlier_today", A, ["\"We lost contact with the vessel [[earlier today]], [[{D:BO}]],\" a coastguard officer said."], rel="earlier today")
_t("anachronism_rel_this_week", A, ["Talks between {N} and {N2} resumed [[this week]], the week of [[{D:B}]], in {T}."], rel="this week")
_t("anachronism_rel_fortnight", A, ["The bridge at {T} was closed [[a fortnight ago]], on [[{D:F}]], after cracks appeared."], rel="a fortnight ago")
_t("anachronism_rel_last_weekend", A, ["Hundreds marched through {T} [[last weekend]], on [[{D:AP}]], against the hospital closure."], rel="last weekend")
_t("anachronism_rel_earlier_this_week", A, ["{F} confirmed [[earlier this week]], on [[{D:SH}]], that it would cut 200 jobs."], rel="earlier this week")
_t("anachronism_rel_this_afternoon", A, ["The verdict in the {R} case was delivered [[this afternoon]], [[{D:DOT}]], in {T}."], rel="this afternoon")
_t("anachronism_rel_earlier_this_year", A, ["{Q} stepped down as head of the {T} orchestra [[earlier this year]], in [[{D:MY}]]."], rel="earlier this year")
_t("anachronism_rel_thirteen_days", A, ["The landslide near {T} happened [[thirteen days ago]], on [[{D:F}]], officials said."], rel="thirteen days ago")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
_t("duration_founded_ago", D, ["{F} was founded in [[{S:Y}]], [[{NUM} years ago]]."], unit="years")
_t("duration_summit_days", D, ["The [[{NUM}-day summit]] in {T} ran from [[{S:MD}]] to [[{E:F}]]."], unit="days", span=(20, 60), words=True)
_t("duration_age_at_death", D, ["{P}, born on [[{S:F}]], died on [[{E:F}]] [[aged {NUM}]]."], unit="years", span=(365 * 30, 365 * 90), yr=(1890, 1960), min=18)
_t("duration_strike_weeks", D, ["The strike lasted [[{NUM} weeks]], from [[{S:B}]] to [[{E:B}]]."], unit="weeks", span=(150, 400), yr=(1950, 2014))
_t("duration_decade_since", D, ["It is [[a decade]] since {T} opened its library in [[{S:Y}]]."], unit="years", fixed=(10, "a decade"), yr=(1900, 1990))
_t("duration_half_century", D, ["The {T} festival, first held in [[{S:Y}]], celebrates [[half a century]] of music this season."], unit="years", fixed=(50, "half a century"), yr=(1900, 1950))
_t("duration_centenary", D, ["{C} mark their [[centenary]] with a gala; the club was formed in [[{S:Y}]]."], unit="years", fixed=(100, "centenary"), yr=(1930, 2005))
_t("duration_reign_years", D, ["{R} ruled {N} for [[{NUM} years]], from [[{S:Y}]] until his overthrow in [[{E:Y}]]."], unit="years", span=(365 * 15, 365 * 40), yr=(1900, 1975))
_t("duration_months_trial", D, ["The trial, which opened on [[{S:F}]] and ended on [[{E:F}]], lasted [[{NUM} months]]."], unit="months", span=(500, 1200), yr=(1950, 2012))
_t("duration_fortnight_voyage", D, ["{V} left {T} on [[{S:B}]] and reached {N} on [[{E:B}]], after [[a fortnight]] at sea."], unit="days", span=(40, 90), fixed=(14, "a fortnight"))
_t("duration_aged_when", D, ["{Q}, who was born in [[{S:MY}]], was [[{NUM} years old]] when she won her first title in [[{E:MY}]]."], unit="years", span=(365 * 18, 365 * 35), yr=(1920, 1980), min=10)
_t("duration_anniversary_ordinal", D, ["{F} is celebrating its [[{NUM} anniversary]]; it opened its first shop on [[{S:FO}]]."], unit="years", ordinal=True, yr=(1900, 1995))
_t("duration_ago_passive", D, ["The bridge at {T} was completed in [[{S:MY}]], some [[{NUM} years ago]], and is now to be replaced."], unit="years", yr=(1900, 1990))
_t("duration_words_years", D, ["{P} served [[{NUM} years]] as a judge, from her appointment in [[{S:Y}]] until her retirement in [[{E:Y}]]."], unit="years", span=(365 * 25, 365 * 40), words=True, yr=(1920, 1975))
_t("duration_days_siege", D, ["The siege of {T} ended on [[{E:AP}]] after [[{NUM} days]]; it had begun on [[{S:AP}]]."], unit="days", span=(120, 400), yr=(1900, 2012))
_t("duration_ceo_tenure", D, ["{R}, chief executive of {F} since [[{S:Y}]], leaves after [[{NUM} years]] in the post."], unit="years", yr=(1960, 2000))
_t("duration_weeks_recovery", D, ["Injured on [[{S:F}]], {R} returned for {C} on [[{E:F}]], [[{NUM} weeks]] later."], unit="weeks", span=(200, 600), yr=(1960, 2013))
_t("duration_months_school_build", D, ["Building work began in [[{S:MY}]] and the school opened in [[{E:MY}]], [[{NUM} months]] later."], unit="months", span=(700, 1400), yr=(1950, 2011))
_t("duration_quote_age", D, ["\"I was [[{NUM}]] when I left {T},\" said {P}, who was born on [[{S:B}]] and emigrated on [[{E:B}]]."], unit="years", span=(365 * 30, 365 * 60), yr=(1900, 1960), min=5)
_t("duration_iso_days", D, ["The outage lasted [[{NUM} days]], from [[{S:ISO}]] to [[{E:ISO}]], according to the regulator."], unit="days", span=(60, 200), yr=(1990, 2014))
_t("duration_context_days", D, ["Polls stayed open for [[{NUM} days]], between [[{S:APMD}]] and [[{E:AP}]]."], unit="days", span=(25, 70), words=True, yr=(1950, 2014))
_t("duration_founded_ordinal_year", D, ["Founded in [[{S:Y}]], the {T} lifeboat station is now in its [[{NUM} year]] of service."], unit="years", ordinal=True, yr=(1890, 1990))
_t("duration_built_ago_words", D, ["The chapel was built in [[{S:Y}]], [[{NUM} years ago]], by mill workers."], unit="years", words=True, yr=(1900, 1975))
_t("duration_married_years", D, ["{P} and {R}, who married on [[{S:BO}]], have been together [[{NUM} years]]."], unit="years", yr=(1930, 1995))
_t("duration_vacancy_months", D, ["The post sat vacant for [[{NUM} months]] after {R} left on [[{S:DOT}]]; {Q} took over on [[{E:DOT}]]."], unit="months", span=(600, 1500), yr=(1960, 2011))
_t("duration_exile_years", D, ["After [[{NUM} years]] in exile, {R} returned to {N} in [[{E:MY}]]; he had fled in [[{S:MY}]]."], unit="years", span=(365 * 20, 365 * 40), yr=(1900, 1975))
_t("duration_headline_years_since", D, ["Back after [[{NUM} years]]: {C} return to the top flight, which they left in [[{S:Y}]]."], unit="years", yr=(1900, 1995))
_t("duration_weeks_festival", D, ["The [[{NUM}-week]] exhibition opened on [[{S:SH}]] and closed on [[{E:SH}]]."], unit="weeks", span=(250, 500), words=True, yr=(1950, 2013))
_t("duration_oldest_resident", D, ["{Q}, {T}'s oldest resident, was born on [[{S:F}]] and is now [[{NUM}]]."], unit="years", yr=(1900, 1960), min=20)
_t("duration_term_months", D, ["{R}'s [[{NUM}-month]] term as chairman, from [[{S:MY}]] to [[{E:MY}]], was the shortest on record."], unit="months", span=(900, 1800), yr=(1950, 2010))
_t("duration_years_in_service", D, ["Commissioned in [[{S:Y}]] and retired in [[{E:Y}]], {V} spent [[{NUM} years]] at sea."], unit="years", span=(365 * 30, 365 * 50), yr=(1900, 1960))
