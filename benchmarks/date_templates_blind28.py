"""``blind28``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind28`` templates.  Written on 2026-11-23 (started 21:34:34 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict definitions in its brief and from how news copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything
# under src/reliability/), its date tests (tests/test_temporal*,
# tests/test_event_identity.py, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/ or benchmarks/event_identity.py.  Base commit, taken
# with ``git rev-parse HEAD`` (``git log`` was never run):
# 72bd151fc1dec3d6c8819876c01f79beb6bfce1a.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind28`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (printed with ``grep -n -A30``); lines 1-381 of
# benchmarks/date_templates_blind27.py (its header comment, imports, name
# lists, helpers and generator machinery up to, not including, its first
# ``_t(`` template, plus the two lines opening its weekday section) as a
# model of the header and conventions -- none of its templates; its
# machinery (lines 79-379) was copied and adapted, its names and places were
# not reused; in benchmarks/date_conflicts.py only the output of
# ``grep -n "import BLIND"`` (the last three import lines shown, 80-82) and
# of ``grep -n -A14 "^INDEPENDENT_SETS"`` (the dict, lines 2576-2586, two
# blank lines and the signature of a ``run`` function), then one import line
# and one dict entry were added with a scripted edit.  An ``ls`` of
# benchmarks/ and tests/ listed file names only.
# Seen by accident: the worktree-creation message printed the subject line of
# the base commit (about event identity: a date's window stopping at the
# neighbouring dates, a retrained threshold and its scores); the
# ``grep -A30`` of ``load_benchmark`` ran past it into tests/conftest.py's
# ``date_conflicts`` helper (its signature, docstring, a line importing
# ``analyse_dates`` from ``reliability.features.temporal`` and a list
# comprehension over ``.conflicts`` with ``.kind`` and ``.spans``), the
# ``PUBLISHED_STAND_IN`` constant (2016-09-27), ``dated_conflicts`` and the
# signature and docstring of ``dated_kinds``; and a ``grep -n "_t("`` of
# blind27 (cut to 60 characters, ``head -12``) printed the opening line of
# its first eight templates, i.e. eight template names (weekday templates
# about a bridge, a jury, a mayor, a ferry, shares, a title, a registry
# stamp and a raid) but none of their text.  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind28``) and a throwaway
# script applying the shared checks over 500 seeds per template (the
# generator itself keeps a seven-unit duration margin), never through the
# detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind28``.
#
# Conventions (those of blind27, machinery adapted from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b28_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# templates are ``b28_restated_same_*`` (one head word twice) or
# ``b28_restated_diff_*`` (verb against noun, synonym, pronoun, a name, a
# description); which side gets the earlier date is drawn at random; events
# that last (a storm, a flood, a season's cup) are dated at least two
# calendar years apart (``gap=(2, 12)``).
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year.  Formats written without a year (``CONTEXT``)
# take their year from the context -- a ``{X:Y}`` of the same label, or the
# other date of a same-year pair or range -- and their fact is then
# ``(text, year)``, the year written inside a marked span.  New in blind28:
# "the autumn of 2005", "fall 2005" and "Sep 2005" formats, and duration
# phrases with a fixed value (``fixed=``: "a decade", "half a century",
# "centenary", "a fortnight"), and a floor on drawn ages and anniversaries
# (``min=``: no four-year-old members of parliament).  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS``.  All people, places, firms, clubs, storms, ships,
# bands and countries are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "eleven days ago"})


FIRST_F = ["Eulalie", "Brisa", "Henrietta", "Odile", "Wilhelmina", "Ottoline", "Saoirse", "Jessamy"]
FIRST_M = ["Cornelius", "Thaddeus", "Ignatius", "Leopold", "Casimir", "Osric"]
LAST = ["Quennell", "Abernethy-Rook", "Vasquez-Thorne", "Oyelaran", "Brightwater", "Kowalczyk", "Fairbairn",
        "Heptonstall", "Rosenkrantz", "Adeyemi-Clarke", "Penhaligon", "Tollemache", "Zanetti", "Gathercole"]
TOWNS = ["Fallowmere", "Brackenridge Ferry", "Saltcombe Regis", "Wyvernholt", "Eastwold", "Cairnmouth",
         "Hollins Reach", "Dunmarrow", "Ravensgill", "Quarrington"]
FIRMS = ["Larchmont Freight", "Helionic Power", "Copperbeech Foods", "Vantablue Telecom", "Greystone Mutual",
         "Orchis Pharmaceuticals", "Ironwick Steel", "Tidewell Shipping"]
NATIONS = ["Ostravia", "Kelmaria", "Drubenia", "Tavrosia", "Merovinia", "Salquor"]
CLUBS = ["Fallowmere Wanderers", "Cairnmouth United", "Dunmarrow Albion", "Ravensgill Town", "Eastwold Rovers",
         "Quarrington Athletic"]
STORMS = ["Hurricane Ottilie", "Cyclone Bramwell", "Typhoon Isaura", "Storm Gideon", "Hurricane Roswitha"]
SHIPS = ["MV Amber Plover", "the trawler Seraphine", "the container ship Kittiwake Star", "the cruise liner Odalys"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "S": r.choice(STORMS), "V": r.choice(SHIPS)}


BLIND28_TEMPLATES = new_templates()
_t = registrar("b28_", BLIND28_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_embankment_gave_way", W, [
    "The embankment of the {T} reservoir gave way on [[{WD}, {D:F}]], flooding farms downstream."])
_t("weekday_chief_executive_quit", W, [
    "{P} stepped down as chief executive of {F} on [[{WD}, {D:B}]].",
    "The board named {q} as interim successor the same afternoon."])
_t("weekday_fixture_list", W, [
    "Fixture list: {C} v {C2}, [[{WD} {D:SH}]], kick-off at 3pm."], ap=True)
_t("weekday_parliament_dissolved", W, [
    "The parliament of {N} was dissolved on [[{D:BO}]].",
    "That [[{WD}]] evening, thousands gathered outside the palace gates."])
_t("weekday_harbour_log_iso", W, [
    "According to the harbour log, {V} docked at {T} at 06:40 on [[{D:ISO}]] ([[{WD}]])."])
_t("weekday_receipt_dot", W, [
    "The receipt, dated [[{D:DOT}]], shows the purchase was made on a [[{WD}]] at the {T} branch."])
_t("weekday_promotion_context", W, [
    "{C} were promoted in [[{D:Y}]].",
    "The decisive win came on [[{WD}, {D:MD}]], away at {C2}."])
_t("weekday_birth_ordinal", W, [
    "{P} was born in {T} on [[{WD}, {D:FO}]], the youngest of six children."])
_t("weekday_dockers_walkout", W, [
    "Dockworkers at {T} walked out on [[{WD}, {D:SH}]] in protest at new shift patterns."])
_t("weekday_funeral_held", W, [
    "The funeral of {R} was held at St Aldhelm's church in {T} on [[{WD}, {D:ORD}]]."])
_t("weekday_quake_separate", W, [
    "The quake struck at 4.12am local time on [[{D:F}]], a [[{WD}]], when most residents of {T} were asleep."])
_t("weekday_match_report", W, [
    "{C} beat {C2} 3-1 at home on [[{WD} {D:B}]], lifting them off the bottom of the table."])
_t("weekday_board_minutes_ap", W, [
    "Minutes of the board meeting of [[{WD} {D:AP}]] record that {F} agreed to sell its rail depot."], ap=True)
_t("weekday_sentenced", W, [
    "{R} was sentenced at {T} Crown Court on [[{WD}, {D:AP}]] to four years in prison for fraud."])
_t("weekday_letter_quote", W, [
    "\"I write this on [[{WD} {D:BO}]],\" {P} began her letter to the mayor of {T}."])
_t("weekday_play_opened", W, [
    "The play opened at the {T} Lyceum on [[{D:FO}]], which fell on a [[{WD}]]."])
_t("weekday_polls", W, [
    "Voters in {N} went to the polls on [[{WD}, {D:F}]] and elected {P} as president."])
_t("weekday_night_sinking", W, [
    "{V} sank in a gale off {T} on the night of [[{WD}, {D:B}]]."])
_t("weekday_services_ap", W, [
    "Services were held at 11 a.m. [[{WD}, {D:AP}]], at the {T} Methodist Church."], ap=True)
_t("weekday_rate_cut_context", W, [
    "In [[{D:Y}]] the central bank of {N} cut interest rates without warning.",
    "The announcement came after markets closed on [[{WD}, {D:SHMD}]]."])
_t("weekday_river_burst_context", W, [
    "The flood of [[{D:Y}]] is still remembered in {T}.",
    "The river burst its banks on [[{WD}, {D:ORDNY}]], after a week of rain."])
_t("weekday_registry_wedding_context", W, [
    "Parish records show that in [[{D:Y}]] {P} married {R} on [[{WD} {D:DM}]] at the {T} registry office."])
_t("weekday_flight_diverted", W, [
    "Flight 212 from {T} was diverted to {T2} on [[{D:SH}]] ([[{WD}]]) after a cabin pressure warning."])
_t("weekday_last_shift_context", W, [
    "The {F} plant in {T} was shut in [[{D:Y}]]; the last shift clocked off on [[{WD}, {D:APMD}]]."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_supply_contract", I, [
    "{F} signed the supply contract with {F2} on [[{D:F}]], according to court filings."])
_t("impossible_birth_certificate", I, [
    "The birth certificate gives {P}'s date of birth as [[{D:B}]]."])
_t("impossible_founding_day_yearless", I, [
    "Residents of {T} gather every year on [[{D:MD}]] to mark the founding of the town."])
_t("impossible_licence_stamp_iso", I, [
    "The application form was stamped [[{D:ISO}]] by the licensing office in {T}."])
_t("impossible_note_dot", I, [
    "A handwritten note dated [[{D:DOT}]] was found among {R}'s papers after his death."])
_t("impossible_charter_words", I, [
    "Under the old charter, the {T} fair is held on [[{D:OW}]]."])
_t("impossible_lawsuit_ap", I, [
    "The lawsuit, filed [[{D:AP}]], accuses {F} of dumping waste in the {T} estuary."])
_t("impossible_first_goal", I, [
    "{R} scored his first league goal for {C} on [[{D:FO}]]."])
_t("impossible_ratified_bo", I, [
    "The treaty between {N} and {N2} was ratified on the [[{D:BO}]]."])
_t("impossible_inspection_sh", I, [
    "Inspection report 88/B, issued [[{D:SH}]], found no structural faults in the {T} viaduct."])
_t("impossible_lighthouse_ord", I, [
    "The lighthouse at {T} was first lit on [[{D:ORD}]]."])
_t("impossible_timetable_dm", I, [
    "The winter timetable lists an extra sailing to {T2} on [[{D:DM}]]."])
_t("impossible_ballots_apmd", I, [
    "Postal ballots had to be returned by [[{D:APMD}]], the election notice said."])
_t("impossible_menu_card_shmd", I, [
    "The menu card is headed 'Gala dinner, {T} Guildhall, [[{D:SHMD}]]'."])
_t("impossible_ceasefire_ordny", I, [
    "The ceasefire was meant to begin at midnight on [[{D:ORDNY}]], the envoys said."])
_t("impossible_creditors_deadline", I, [
    "Creditors of {F} were told to lodge their claims no later than [[{D:F}]]."])
_t("impossible_jury_verdict", I, [
    "The jury in the trial of {R} returned its verdict on [[{D:B}]] after four days of deliberation."])
_t("impossible_died_at_home", I, [
    "{P} died at her home in {T} on [[{D:FO}]], her family said."])
_t("impossible_cup_final_context", I, [
    "{C} lifted the cup in [[{D:Y}]], beating {C2} in a final played on [[{D:MD}]]."])
_t("impossible_passport_ap", I, [
    "The passport was issued in {T} on [[{D:AP}]] and expired ten years later."])
_t("impossible_invoice_iso", I, [
    "Invoice No. 447, dated [[{D:ISO}]], was never paid, the auditors found."])
_t("impossible_landfall_b", I, [
    "{S} made landfall near {T} on [[{D:B}]], the weather service said."])
_t("impossible_foundation_stone", I, [
    "The foundation stone of the {T} library bears the words \"Laid on [[{D:ORD}]].\""])
_t("impossible_merger_sh", I, [
    "The merger of {F} and {F2} took effect on [[{D:SH}]], creating the region's largest employer."])

# --- restated_event: same head word ---------------------------------------------
R = "restated_event"
_t("restated_same_border_treaty", R, [
    "The [[{A:Y}]] border treaty between {N} and {N2} ended a decades-old dispute.",
    "The treaty was signed in [[{B:MY}]] by both foreign ministers."])
_t("restated_same_founded_garage", R, [
    "{F} was founded by {R} in a rented garage in [[{A:Y}]].",
    "Founded in [[{B:Y}]], the firm now employs 900 people."])
_t("restated_same_born", R, [
    "{P}, born [[{A:B}]], grew up above her parents' bakery in {T}.",
    "She was born on [[{B:F}]], the second of three daughters."], yr=(1920, 1995))
_t("restated_same_died", R, [
    "{R} died on [[{A:F}]] at his farm outside {T}.",
    "His widow said he died peacefully in his sleep in [[{B:MY}]]."])
_t("restated_same_bridge_opened", R, [
    "The {T} suspension bridge opened to traffic in [[{A:MY}]].",
    "When it opened in [[{B:Y}]], the bridge was the longest in {N}."])
_t("restated_same_presidential_election", R, [
    "{P} won the [[{A:Y}]] presidential election in {N} by fewer than 4,000 votes.",
    "That election, held in [[{B:MY}]], was marred by allegations of ballot stuffing."])
_t("restated_same_merger_completed", R, [
    "The merger of {F} and {F2} was completed on [[{A:AP}]].",
    "Analysts noted that the merger was completed in [[{B:Y}]] without a single job loss."])
_t("restated_same_cup_final", R, [
    "{C} beat {C2} in the [[{A:Y}]] Coastal Cup final.",
    "The final, played on [[{B:F}]] in front of 40,000 fans, went to extra time."], gap=(2, 12))
_t("restated_same_great_flood", R, [
    "The great flood of [[{A:Y}]] destroyed half the houses in {T}.",
    "The flood struck in [[{B:LATE}]], after weeks of heavy rain."], gap=(2, 12))
_t("restated_same_coup", R, [
    "The [[{A:MY}]] coup in {N} brought General {r} to power.",
    "The coup took place on [[{B:B}]], when tanks surrounded the parliament."])
_t("restated_same_sank", R, [
    "{V} sank off {T} on [[{A:F}]] with the loss of 14 crew.",
    "She sank in [[{B:MY}]], just months after her maiden voyage."])
_t("restated_same_general_strike", R, [
    "The [[{A:Y}]] general strike in {N} brought the country to a standstill for a single day.",
    "The strike was held on [[{B:F}]], the anniversary of the republic's founding."])
_t("restated_same_married", R, [
    "{P} and {R} married in {T} on [[{A:F}]].",
    "The couple married in [[{B:Y}]] at the town's registry office, with only two witnesses."])
_t("restated_same_resignation_letter", R, [
    "{P} submitted her resignation as mayor of {T} on [[{A:F}]].",
    "The resignation, submitted by letter on [[{B:FO}]], gave no reason."])
_t("restated_same_acquired", R, [
    "{F2} was acquired by {F} in [[{A:Y}]] for an undisclosed sum.",
    "Before it was acquired in [[{B:MID}]], {F2} had been family-owned for three generations."])
_t("restated_same_eruption", R, [
    "The [[{A:Y}]] eruption of Mount Kelvane buried three villages near {T}.",
    "That eruption, on [[{B:SH}]], sent ash 12 kilometres into the sky."], gap=(2, 12))
_t("restated_same_satellite_launched", R, [
    "{N}'s first satellite was launched in [[{A:MY}]].",
    "It was launched from a site near {T} on [[{B:AP}]], on a borrowed rocket."])
_t("restated_same_town_hall_fire", R, [
    "The fire that gutted {T} town hall broke out on [[{A:B}]].",
    "Investigators said the fire broke out shortly after midnight on [[{B:BO}]] in a basement store."])
_t("restated_same_debut", R, [
    "{R} made his debut for {C} in [[{A:MY}]].",
    "His debut, against {C2} on [[{B:F}]], ended in a 2-0 defeat."])
_t("restated_same_independence", R, [
    "{N} declared independence on [[{A:F}]].",
    "The declaration of independence, in [[{B:Y}]], was read aloud in the main square of {T}."])
_t("restated_same_concert_context", R, [
    "{P}'s only concert at the {T} stadium took place in [[{A:MY}]].",
    "That concert, on [[{B:DM}]], drew 30,000 people."], sy=True)
_t("restated_same_plane_crashed", R, [
    "Larkwing Air flight 9 crashed on approach to {T} on [[{A:F}]].",
    "The plane crashed in [[{B:Y}]], killing all 57 people on board."])
_t("restated_same_referendum", R, [
    "In the [[{A:Y}]] referendum, voters in {N} rejected the new constitution.",
    "The referendum was held on [[{B:ORD}]], amid a boycott by the opposition."])
_t("restated_same_one_day_summit_context", R, [
    "The one-day trade summit in {T} was held in [[{A:APMY}]].",
    "At the summit, on [[{B:ORDNY}]], ministers from {N} and {N2} agreed to cut tariffs."], sy=True)

# --- restated_event: different words ---------------------------------------------
_t("restated_diff_signed_signing", R, [
    "{N} and {N2} signed the fisheries accord in [[{A:Y}]].",
    "Since its signing on [[{B:F}]], the accord has halved illegal catches in the strait."])
_t("restated_diff_ring_road_opening", R, [
    "The {T} ring road opened in [[{A:MY}]].",
    "Its opening, in [[{B:Y}]], cut journey times across the city by a third."])
_t("restated_diff_died_passed_away", R, [
    "{R} died in {T} on [[{A:F}]].",
    "He passed away in [[{B:MY}]], surrounded by his family."])
_t("restated_diff_battle_clash", R, [
    "The Battle of Greyridge was fought in [[{A:Y}]] between the armies of {N} and {N2}.",
    "That clash, on [[{B:BO}]], left 3,000 soldiers dead."], yr=(1890, 1990))
_t("restated_diff_strait_crossing", R, [
    "{P} became the first woman to swim the {T} strait in [[{A:MY}]].",
    "Her record-breaking crossing, completed on [[{B:F}]], took 14 hours."])
_t("restated_diff_married_wedding", R, [
    "{P} married the industrialist {R} in [[{A:Y}]].",
    "Their wedding, on [[{B:FO}]], was attended by 400 guests."])
_t("restated_diff_bought_takeover", R, [
    "{F} bought its rival {F2} in [[{A:MY}]].",
    "The takeover, completed in [[{B:Y}]], created the largest employer in {T}."])
_t("restated_diff_established_founding", R, [
    "The University of {T} was established in [[{A:Y}]].",
    "Since its founding in [[{B:Y}]], it has produced three Nobel laureates."])
_t("restated_diff_first_elected_victory", R, [
    "{P} was first elected mayor of {T} in [[{A:MY}]].",
    "Her first victory in the mayoral race, on [[{B:AP}]], made her the city's youngest leader."])
_t("restated_diff_collapse_disaster", R, [
    "The {T} footbridge collapsed on [[{A:B}]], injuring 12 pedestrians.",
    "The disaster, in [[{B:MY}]], led to a national review of bridge inspections."])
_t("restated_diff_storm_landfall_pronoun", R, [
    "{S} hit {T} in [[{A:MID}]].",
    "It made landfall on [[{B:F}]], flattening the harbour wall."], gap=(2, 12))
_t("restated_diff_shield_trophy", R, [
    "{C} won the [[{A:Y}]] Harbour Shield.",
    "They lifted the trophy on [[{B:F}]] after beating {C2} on penalties."], gap=(2, 12))
_t("restated_diff_seized_hijacking", R, [
    "Gunmen seized {V} off the coast of {N} in [[{A:MY}]].",
    "The hijacking, on [[{B:SH}]], ended after a standoff with the navy."])
_t("restated_diff_last_execution_hanging", R, [
    "{N} carried out its last execution in [[{A:Y}]].",
    "That final hanging, on [[{B:F}]], took place at {T} prison."])
_t("restated_diff_record_run", R, [
    "{P} broke the national 400-metre record at the {T} games in [[{A:MY}]].",
    "Her record run, on [[{B:BO}]], stood for two decades."])
_t("restated_diff_earthquake_tremor", R, [
    "An earthquake of magnitude 6.8 struck {T} on [[{A:F}]].",
    "The 6.8 tremor, recorded in [[{B:MY}]], destroyed the cathedral tower."])
_t("restated_diff_closed_closure", R, [
    "The {F} steelworks at {T} closed for good in [[{A:Y}]].",
    "Its closure, in [[{B:LATE}]], cost 2,000 jobs."])
_t("restated_diff_stole_robbery", R, [
    "Thieves stole the Aurelian crown from the {T} museum in [[{A:MY}]].",
    "The robbery, on the night of [[{B:B}]], was never solved."])
_t("restated_diff_touched_down_landing", R, [
    "Halcyon, a probe built by {N}, touched down on the Moon in [[{A:Y}]].",
    "The landing, on [[{B:F}]], was broadcast live across the country."])
_t("restated_diff_took_office_sworn_in_context", R, [
    "{P} took office as {N}'s first finance minister in [[{A:MY}]].",
    "She was sworn in on [[{B:MD}]], the day after the coalition deal was struck."], sy=True)
_t("restated_diff_set_up_founded", R, [
    "{R} set up {F} in a shed in {T} in [[{A:Y}]].",
    "According to its registration papers, the company was founded on [[{B:F}]]."])
_t("restated_diff_premiered_first_performance", R, [
    "{P}'s opera The Salt Wife premiered at the {T} Opera House in [[{A:MY}]].",
    "Its first performance, on [[{B:ORD}]], was greeted with boos."])
_t("restated_diff_sacked_dismissal_context", R, [
    "{C2} sacked their manager, {R}, in [[{A:APMY}]].",
    "His dismissal, on [[{B:ORDNY}]], came after a run of eight defeats."], sy=True)
_t("restated_diff_kidnapped_abduction", R, [
    "The {F} engineer {r} was kidnapped near the border with {N} in [[{A:SHMY}]].",
    "His abduction, on [[{B:DOT}]], was filmed by a passing motorist."])

# --- order_violation ---------------------------------------------------------------
O = "order_violation"
_t("order_aftermath_banking_collapse", O, [
    "The government of {N} resigned in [[{L:Y}]] in the aftermath of the [[{E:Y}]] banking collapse."])
_t("order_following_merger_headquarters", O, [
    "Following the merger of {F} and {F2} in [[{E:MY}]], the combined company moved its headquarters to {T} in "
    "[[{L:MY}]]."])
_t("order_qualified_before_moving", O, [
    "{P} qualified as a doctor in [[{E:Y}]], before moving to {T} in [[{L:Y}]]."])
_t("order_prior_to_branch_hiring", O, [
    "Prior to opening its {T} branch in [[{L:MY}]], {F} hired 40 local staff in [[{E:MY}]]."])
_t("order_buried_after_death", O, [
    "{R} was buried in {T} in [[{L:MY}]], shortly after his death in [[{E:MY}]]."])
_t("order_wake_of_floods_sea_wall", O, [
    "In the wake of the [[{E:Y}]] floods, {T} built a new sea wall, which was completed in [[{L:Y}]]."])
_t("order_preceded_by_coalition_collapse", O, [
    "The [[{L:Y}]] general election was preceded by the collapse of the ruling coalition in [[{E:MY}]]."])
_t("order_moved_after_husband_death", O, [
    "{P} lived in {T} until [[{L:Y}]], when she moved to {T2} after her husband's death in [[{E:Y}]]."])
_t("order_youth_player_later_captain", O, [
    "{R} joined {C} as a youth player in [[{E:Y}]] and later became the club's captain in [[{L:Y}]]."])
_t("order_ahead_of_summit_secret_meeting", O, [
    "Ahead of the [[{L:MY}]] summit in {T}, the foreign ministers of {N} and {N2} met in secret in [[{E:MY}]]."])
_t("order_fined_following_ruling", O, [
    "{F} was fined on [[{L:F}]] following a court ruling on [[{E:F}]] that it had misled customers."])
_t("order_council_subsequently_parliament", O, [
    "{P} won a seat on the {T} council in [[{E:Y}]] and was subsequently elected to parliament in [[{L:Y}]]."])
_t("order_after_graduating_debut", O, [
    "After graduating from the {T} conservatoire in [[{E:Y}]], {P} made her professional debut in [[{L:Y}]]."])
_t("order_inspection_came_after_complaints_iso", O, [
    "The inspection, carried out on [[{L:ISO}]], came after the first complaints were logged on [[{E:ISO}]]."])
_t("order_school_shut_after_mine", O, [
    "The last school in {T} shut in [[{L:Y}]], as families moved away after the mine closed in [[{E:Y}]]."])
_t("order_once_ceasefire_convoys", O, [
    "Only once the ceasefire took hold in [[{E:MY}]] did aid convoys reach {T}, the first arriving in [[{L:MY}]]."])
_t("order_in_response_currency_crisis", O, [
    "The central bank of {N} raised interest rates in [[{L:MY}]] in response to the currency crisis of [[{E:MY}]]."])
_t("order_marathon_shortened_context", O, [
    "The [[{L:Y}]] {T} marathon, held on [[{L:MD}]], was run on a shortened course after flooding wrecked the "
    "usual route on [[{E:F}]]."], sy=True)
_t("order_prior_to_vote_campaigned", O, [
    "Prior to the vote on [[{L:AP}]], {P} had campaigned door to door since [[{E:AP}]]."])
_t("order_final_album_before_split", O, [
    "The Lantern Mothers recorded their final album in [[{E:AUTUMN}]], before splitting up in [[{L:MY}]]."])
_t("order_met_married_years_later", O, [
    "{P} first met {R} at a conference in {T} in [[{E:FALL}]]; they married years later, in [[{L:Y}]]."])
_t("order_treaty_kept_peace_until_war", O, [
    "The [[{E:Y}]] treaty kept the peace between {N} and {N2} until war broke out in [[{L:Y}]]."])
_t("order_pier_repairs_after_storm", O, [
    "Repairs to the {T} pier began on [[{L:SH}]], after the storm of [[{E:SH}]] tore away its end section."])
_t("order_following_championships_selected", O, [
    "Following her victory at the national championships on [[{E:BO}]], {P} was selected for the Olympic squad "
    "on [[{L:BO}]]."])
_t("order_hat_trick_weeks_before_signing", O, [
    "In [[{E:MY}]], weeks before he signed for {C2} on [[{L:F}]], {R} scored a hat-trick against them."], sy=True)
_t("order_inquiry_aftermath_derailment", O, [
    "The inquiry into the {T} rail crash opened on [[{L:FO}]], in the aftermath of the derailment on "
    "[[{E:FO}]]."])
_t("order_listed_after_first_profit", O, [
    "{F} listed its shares on the {T} exchange on [[{L:ORD}]], after reporting its first annual profit in "
    "[[{E:MY}]]."])
_t("order_shortages_preceding_uprising", O, [
    "In the months preceding the [[{L:MY}]] uprising, {N} was hit by food shortages, which began in [[{E:MY}]]."])
_t("order_last_cap_before_retiring", O, [
    "{R} won his last cap in [[{E:Y}]], before retiring from international football in [[{L:Y}]]."])
_t("order_trained_then_founded", O, [
    "{P} trained as an engineer in {T} until [[{E:Y}]], then founded {F} in [[{L:Y}]]."])
_t("order_construction_after_approval", O, [
    "Construction of the {T} stadium began in [[{L:MID}]], after the council approved the plans in "
    "[[{E:LATE}]]."])
_t("order_took_over_after_relegation", O, [
    "When {P} took over as head coach of {C} in [[{L:APMY}]], the club had just been relegated, in "
    "[[{E:APMY}]]."])
_t("order_audit_memo_dot", O, [
    "Prior to the audit dated [[{L:DOT}]], staff had flagged irregularities in a memo dated [[{E:DOT}]]."])

# --- publication_anachronism (published 2016-09-27) --------------------------------
A = "publication_anachronism"
_t("anachronism_chair_resigned", A, [
    "{P} resigned as chair of {F} on [[{D:F}]], the company said in a statement."])
_t("anachronism_hospital_opened", A, [
    "The new {T} hospital opened its doors in [[{D:MY}]], easing pressure on the old infirmary."])
_t("anachronism_died_estate", A, [
    "{R}, who died in [[{D:Y}]], left his entire estate to the {T} lifeboat station."])
_t("anachronism_brewery_sold_ap", A, [
    "{F} sold its {T} brewery to {F2} on [[{D:AP}]]."])
_t("anachronism_planning_approved_iso", A, [
    "The planning application was approved on [[{D:ISO}]], council records show."])
_t("anachronism_bypass_completed_mid", A, [
    "Work on the {T} bypass was completed in [[{D:MID}]], well ahead of schedule."])
_t("anachronism_daughter_born", A, [
    "Her first child, a daughter, was born on [[{D:B}]] in {T}."])
_t("anachronism_league_title", A, [
    "{C} won the league title on [[{D:FO}]], their first in 40 years."])
_t("anachronism_police_report_dot", A, [
    "According to the police report dated [[{D:DOT}]], the driver had been drinking."])
_t("anachronism_relations_restored_late", A, [
    "{N} and {N2} restored diplomatic relations in [[{D:LATE}]]."])
_t("anachronism_gazette_last_copy", A, [
    "The last copy of the {T} Gazette rolled off the presses on [[{D:SH}]]."])
_t("anachronism_quote_signed_deal", A, [
    "\"We signed the deal on [[{D:BO}]] and have not looked back since,\" said {P}."])
_t("anachronism_judge_retired_early", A, [
    "Judge {P} retired in [[{D:EARLY}]] after 22 years on the bench."])
_t("anachronism_tribunal_judgment_ord", A, [
    "The tribunal delivered its judgment on [[{D:ORD}]], clearing {R} of misconduct."])
_t("anachronism_unemployment_apmy", A, [
    "Unemployment in {T} fell to 4 per cent in [[{D:APMY}]], official figures showed."])
_t("anachronism_yesterday_job_cuts", A, [
    "{F} announced [[yesterday]], [[{D:F}]], that it would cut 300 jobs."], rel="yesterday")
_t("anachronism_last_week_storm", A, [
    "[[Last week]]'s storm, which hit {T} on [[{D:B}]], brought down power lines across the county."],
   rel="Last week")
_t("anachronism_last_night_fire_ap", A, [
    "The fire at the {T} paint factory broke out [[last night]] ([[{D:AP}]]) and burned for six hours."],
   rel="last night")
_t("anachronism_this_morning_arrests", A, [
    "Police arrested two men in {T} [[this morning, {D:FO}]], after a series of burglaries."],
   rel="this morning")
_t("anachronism_two_days_ago_vote", A, [
    "The vote, held [[two days ago]] on [[{D:SH}]], left the ruling coalition in {N} without a majority."],
   rel="two days ago")
_t("anachronism_earlier_this_month_fine", A, [
    "[[Earlier this month]], in [[{D:MY}]], the regulator fined {F} for overcharging customers."],
   rel="Earlier this month")
_t("anachronism_last_month_exports", A, [
    "Exports from {N} fell sharply [[last month]], figures for [[{D:APMY}]] showed."], rel="last month")
_t("anachronism_last_year_wettest", A, [
    "[[Last year]] - [[{D:Y}]] - was the wettest on record in {T}, the weather service said."],
   rel="Last year")
_t("anachronism_eleven_days_ago_missing", A, [
    "{P} went missing [[eleven days ago]], on [[{D:F}]], while walking near {T}."], rel="eleven days ago")
_t("anachronism_earlier_this_week_iso", A, [
    "[[Earlier this week]], on [[{D:ISO}]], the ministry published its long-delayed report on the {T} crash."],
   rel="Earlier this week")
_t("anachronism_fortnight_ago_ferry", A, [
    "The ferry service to {T} was suspended [[a fortnight ago]], on [[{D:B}]], after a collision."],
   rel="a fortnight ago")
_t("anachronism_this_afternoon_sentenced", A, [
    "{R} was sentenced [[this afternoon]] ([[{D:B}]]) to six years in prison."], rel="this afternoon")
_t("anachronism_last_weekend_march", A, [
    "Thousands marched through {T} [[last weekend]], on [[{D:AP}]], against the closure of the maternity unit."],
   rel="last weekend")
_t("anachronism_earlier_this_year_plant", A, [
    "[[Earlier this year]], in [[{D:MY}]], {F} closed its last plant in {N}."], rel="Earlier this year")

# --- duration_arithmetic (the elapsed time claimed contradicts the dates) -------------
D = "duration_arithmetic"
_t("duration_founded_years_ago", D, [
    "{F} was founded in [[{S:Y}]], [[{NUM} years ago]], by two brothers from {T}."], unit="years")
_t("duration_born_died_age", D, [
    "{R} was born on [[{S:F}]] and died on [[{E:F}]] at the age of [[{NUM}]]."],
   unit="years", span=(365 * 20, 365 * 95), yr=(1900, 1990), min=15)
_t("duration_n_day_summit_context", D, [
    "The [[{NUM}-day]] summit ran from [[{S:MD}]] to [[{E:F}]]."], unit="days", span=(2, 12), words=True)
_t("duration_siege_months", D, [
    "The siege of {T} lasted [[{NUM} months]], from [[{S:MY}]] until [[{E:MY}]]."],
   unit="months", span=(60, 1500))
_t("duration_married_together_years", D, [
    "{P} and {R} married in [[{S:Y}]] and were together for [[{NUM} years]] until his death in [[{E:Y}]]."],
   unit="years", span=(365 * 3, 365 * 60))
_t("duration_ordinal_anniversary", D, [
    "{F} marked its [[{NUM} anniversary]] on [[{E:F}]]; it was founded in [[{S:Y}]]."],
   unit="years", span=(365 * 5, 365 * 100), ordinal=True, min=5)
_t("duration_dock_strike_weeks", D, [
    "The strike at {T} docks lasted [[{NUM} weeks]], from [[{S:B}]] to [[{E:B}]]."],
   unit="weeks", span=(14, 500))
_t("duration_age_when_title", D, [
    "{P}, who was born in [[{S:Y}]], was [[{NUM}]] when she won the national title in [[{E:Y}]]."],
   unit="years", span=(365 * 10, 365 * 70), min=12)
_t("duration_pier_years_ago_ap", D, [
    "The {T} pier opened on [[{S:AP}]], [[{NUM} years ago]]."], unit="years")
_t("duration_interim_manager_months", D, [
    "{R} served [[{NUM} months]] as interim manager of {C}, from [[{S:F}]] to [[{E:F}]]."],
   unit="months", span=(30, 900))
_t("duration_adrift_days_words", D, [
    "After [[{NUM} days]] adrift, the crew of {V} were rescued on [[{E:BO}]], having lost power on [[{S:BO}]]."],
   unit="days", span=(2, 13), words=True)
_t("duration_it_is_years_since_tram", D, [
    "It is [[{NUM} years]] since the last tram ran in {T}, in [[{S:MY}]]."], unit="years")
_t("duration_led_firm_years", D, [
    "{P} led {F} for [[{NUM} years]], from [[{S:Y}]] until she retired in [[{E:Y}]]."],
   unit="years", span=(365 * 3, 365 * 40))
_t("duration_now_aged", D, [
    "{R}, now [[{NUM}]], was born in {T} on [[{S:B}]]."], unit="years", yr=(1920, 1995), min=10)
_t("duration_ferry_closed_weeks_words", D, [
    "The ferry link was closed for [[{NUM} weeks]] after the storm, from [[{S:APMD}]] to [[{E:AP}]]."],
   unit="weeks", span=(14, 100), words=True)
_t("duration_trial_days_iso", D, [
    "The trial, which opened on [[{S:ISO}]] and closed on [[{E:ISO}]], lasted [[{NUM} days]]."],
   unit="days", span=(5, 120))
_t("duration_bypass_months_ago", D, [
    "The {T} bypass opened in [[{S:MY}]], some [[{NUM} months ago]]."], unit="months", yr=(2006, 2014))
_t("duration_died_aged_ordinal_dates", D, [
    "{P} died on [[{E:FO}]], aged [[{NUM}]], having been born on [[{S:FO}]]."],
   unit="years", span=(365 * 20, 365 * 95), yr=(1900, 1990), min=15)
_t("duration_town_hall_centenary", D, [
    "{T} celebrated the [[centenary]] of its town hall on [[{E:F}]]; the building was opened in [[{S:Y}]]."],
   unit="years", span=(365 * 20, 365 * 90), fixed=(100, "centenary"))
_t("duration_choir_half_century", D, [
    "The {T} male voice choir, founded in [[{S:Y}]], has sung together for [[half a century]]."],
   unit="years", fixed=(50, "half a century"))
_t("duration_festival_fortnight_context", D, [
    "The festival lasted [[a fortnight]], running from [[{S:MD}]] to [[{E:F}]]."],
   unit="days", span=(1, 60), fixed=(14, "a fortnight"))
_t("duration_cathedral_decade", D, [
    "It took [[a decade]] to build the {T} cathedral, from [[{S:Y}]] to [[{E:Y}]]."],
   unit="years", span=(365 * 20, 365 * 80), fixed=(10, "a decade"))
_t("duration_orchestra_months_ago_words", D, [
    "{P} took charge of the {T} orchestra [[{NUM} months ago]], in [[{S:MY}]]."],
   unit="months", yr=(2010, 2015), words=True)
_t("duration_prison_years_words", D, [
    "{P} spent [[{NUM} years]] in prison, from her arrest in [[{S:MY}]] to her release on [[{E:F}]]."],
   unit="years", span=(365, 365 * 12), words=True)
_t("duration_ordinal_birthday", D, [
    "{R} celebrated his [[{NUM} birthday]] on [[{E:B}]]; he was born in [[{S:Y}]]."],
   unit="years", span=(365 * 10, 365 * 90), ordinal=True, min=10)
_t("duration_youngest_member_age_ap", D, [
    "At [[{NUM}]], {P} became the youngest member of the parliament of {N} when she was elected on [[{E:AP}]]; "
    "she was born on [[{S:AP}]]."], unit="years", span=(365 * 18, 365 * 40), min=16)
_t("duration_crossing_days_context", D, [
    "{V} completed the crossing in [[{NUM} days]], leaving {T} on [[{S:DM}]] and arriving on [[{E:B}]]."],
   unit="days", span=(3, 60))
_t("duration_library_weeks_ago", D, [
    "The {T} library reopened [[{NUM} weeks ago]], on [[{S:B}]]."], unit="weeks", yr=(2013, 2015))
_t("duration_quote_years_since_mine", D, [
    "\"It has been [[{NUM} years]] since the mine closed in [[{S:Y}]],\" said {R}."], unit="years")
_t("duration_elections_months_apart", D, [
    "The two general elections in {N}, on [[{S:ORD}]] and [[{E:ORD}]], were held just [[{NUM} months]] apart."],
   unit="months", span=(60, 1500))
_t("duration_outbreak_days_after_first_case", D, [
    "The outbreak was declared over on [[{E:SH}]], [[{NUM} days]] after the first case was recorded on "
    "[[{S:SH}]]."], unit="days", span=(20, 400), top=500)
_t("duration_bridge_months_coarse", D, [
    "Workers took [[{NUM} months]] to build the bridge, which was begun in [[{S:EARLY}]] and finished in "
    "[[{E:LATE}]]."], unit="months", span=(365, 365 * 6))
_t("duration_book_club_age_words", D, [
    "{P} was just [[{NUM}]] when she founded the {T} book club in [[{E:Y}]]; she was born in [[{S:Y}]]."],
   unit="years", span=(365 * 5, 365 * 25), words=True, min=6)
_t("duration_ring_road_years_of_delays", D, [
    "The {T} ring road, promised since [[{S:MID}]], finally opened in [[{E:LATE}]] after [[{NUM} years]] "
    "of delays."], unit="years", span=(365 * 2, 365 * 30))
_t("duration_outage_days_ago_iso", D, [
    "The outage at the {T} data centre began on [[{S:ISO}]], [[{NUM} days ago]]."], unit="days", yr=(2014, 2015))
