"""``blind29``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind29`` templates.  Written on 2026-11-23 (started 22:39:31 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict definitions in its brief and from how news copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything
# under src/reliability/), its date tests (tests/test_temporal*,
# tests/test_event_identity.py, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/ or benchmarks/event_identity.py.  Base commit, taken
# with ``git rev-parse HEAD`` (``git log`` was never run):
# 0f3b8db201e61fe5affcaeb66755622d547bea80.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind29`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (printed with ``grep -n -A25``); lines 1-396 of
# benchmarks/date_templates_blind28.py (its header comment, imports, name
# lists, helpers and generator machinery up to, not including, its first
# ``_t(`` template, plus the two lines opening its weekday section) as a
# model of the header and conventions -- none of its templates; its
# machinery (lines 85-112, 126-135 and 143-394) was copied and adapted, its
# name lists were replaced and its names and places were not reused; in
# benchmarks/date_conflicts.py only the output of ``grep -n "import BLIND"``
# (the import lines 60-83) and of ``grep -n -A15 "^INDEPENDENT_SETS"`` (the
# dict, lines 2577-2587, two blank lines and the first three lines of a
# ``temporal_learned`` function), then one import line and one dict entry
# were added with a scripted edit.  An ``ls`` of benchmarks/ and tests/
# listed file names only.
# Seen by accident: the worktree-creation message printed the subject line of
# the base commit (test_event_identity: how to refit when the rebuild check
# fails); the ``grep -A25`` of ``load_benchmark`` ran past it into
# tests/conftest.py's ``date_conflicts`` helper (its signature, docstring, a
# line importing ``analyse_dates`` from ``reliability.features.temporal`` and
# a list comprehension over ``.conflicts`` with ``.kind`` and ``.spans``),
# the ``PUBLISHED_STAND_IN`` constant (2016-09-27) and the signature and
# docstring of ``dated_conflicts``; a ``grep -n "_t("`` of blind28 printed
# the opening line of its first template (one template name, a weekday
# template about an embankment) but none of its text; the ``INDEPENDENT_SETS``
# grep printed the docstring of ``temporal_learned`` (the learned
# event-identity pass, ``--rules-only``) and a line importing ``temporal``
# from ``reliability.features``.  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind29``, and once whole,
# which runs no detector) and a throwaway
# script applying the shared checks over 500 seeds per template (the
# generator itself keeps a seven-unit duration margin), never through the
# detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind29``.
#
# Conventions (those of blind28, machinery adapted from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b29_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# templates are ``b29_restated_same_*`` (one head word twice) or
# ``b29_restated_diff_*`` (verb against noun, synonym, pronoun, a name, a
# description); which side gets the earlier date is drawn at random; events
# that last (a storm, a strike, a season's title, a fire, a takeover) or
# that a reader could see straddling New Year are dated at least two
# calendar years apart (``gap=(2, 12)``).
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names (``{H}`` a storm, ``{V}``
# a ship, ``{M}`` a mountain); ``sy=True`` puts both dates of a pair in one
# year.  Formats written without a year (``CONTEXT``) take their year from
# the context -- a ``{X:Y}`` of the same label, or the other date of a
# same-year pair or range -- and their fact is then ``(text, year)``, the
# year written inside a marked span.  Duration phrases with a fixed value
# (``fixed=``: "a decade", "half a century", "centenary", "a fortnight") and
# a floor on drawn ages (``min=``) work as in blind28.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here: "twelve
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
                           "twelve days ago"})


FIRST_F = ["Marisol", "Agathe", "Philippa", "Ingrid", "Rosalind", "Tamsin", "Noor", "Clementine"]
FIRST_M = ["Bartholomew", "Evander", "Lucian", "Rupert", "Anselm", "Dmitri"]
LAST = ["Haverstock", "Okonkwo-Reyes", "Lindqvist", "Pemberton-Ash", "Castellanos", "Mbeki-Hart", "Threlfall",
        "Ashgrove", "Vermeulen", "Nakashima-Lowe", "Ridgely", "Corrigan-Orr", "Szymanski", "Blackthorne"]
TOWNS = ["Calverholm", "Minsterwick", "Pellingford", "Greywater Cross", "Lowmoor Halt", "Kestrel Bay",
         "Thornwick-on-Sedge", "Brindlecombe", "Osterfell", "Marlhaven"]
FIRMS = ["Kestrelgate Logistics", "Aurelian Mining", "Bluefen Dairies", "Northspire Airways", "Quillon Insurance",
         "Halbrook Textiles", "Ventorum Energy", "Cobaltine Software"]
NATIONS = ["Valdoria", "Estrania", "Kordavia", "Luminea", "Bratvania", "Seldaris"]
CLUBS = ["Calverholm Harriers", "Minsterwick Rangers", "Pellingford City", "Osterfell Borough", "Kestrel Bay Swifts",
         "Lowmoor Corinthians"]
STORMS = ["Hurricane Delphine", "Typhoon Marguerite", "Cyclone Evadne", "Storm Barnaby", "Hurricane Lucasta"]
SHIPS = ["the ferry Northern Wren", "MV Coral Heron", "the schooner Lady Ysolde", "the tanker Grey Petrel"]
PEAKS = ["Mount Orrindal", "the Vessenhorn", "Mount Carrowmore", "the Sgurr Tallach"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


BLIND29_TEMPLATES = new_templates()
_t = registrar("b29_", BLIND29_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"

_t("weekday_teacher_last_seen", W, [
    "{P}, a retired schoolteacher from {T}, was last seen on [[{WD}, {D:F}]], walking her dog near the harbour."])
_t("weekday_board_replaced_chief", W, [
    "The {F} board voted to replace its chief executive on [[{WD} {D:BO}]], according to minutes seen by this "
    "newspaper."])
_t("weekday_funeral_notice", W, [
    "Funeral: [[{WD} {D:AP}]], at St Anselm's church, {T}, followed by burial in the town cemetery."], ap=True)
_t("weekday_viaduct_first_trains", W, [
    "It was on [[{D:B}]], a [[{WD}]], that the first trains ran over the new viaduct at {T}."])
_t("weekday_mayor_sworn_in", W, [
    "{R} was sworn in as mayor of {T} on [[{WD} {D:ORD}]], in front of a packed council chamber."])
_t("weekday_registry_entry", W, [
    "The registry entry, dated [[{D:ISO}]] and marked [[{WD}]], records the sale of the mill to {F}."])
_t("weekday_ledger_stamp", W, [
    "A stamp reading [[{WD} {D:DOT}]] appears on the first page of the ledger recovered from the {F} offices."])
_t("weekday_lifeboat_log", W, [
    "Lifeboat log, [[{WD} {D:SH}]]: crew launched at 4.10 a.m. to reach {V}, which had lost power off {T}."])
_t("weekday_dock_strike_context", W, [
    "In [[{D:Y}]] the dock strike began on [[{WD}, {D:MD}]], when 400 men at {T} walked off the quay."])
_t("weekday_river_broke_banks", W, [
    "[[{WD}, {D:FO}]] is still remembered in {T} as the day the river broke its banks."])
_t("weekday_town_hall_wedding", W, [
    "The wedding of {P} and {R} took place at {T} town hall on [[{WD}, {D:F}]], with a reception at the "
    "golf club."])
_t("weekday_promotion_clinched", W, [
    "{C} clinched promotion with a 2-1 win away at {C2} on [[{WD} {D:B}]]."])
_t("weekday_coroner_early_hours", W, [
    "According to the coroner, {Q} died at home in the early hours of [[{WD}, {D:F}]]."])
_t("weekday_first_free_election", W, [
    "{N} held its first free election on [[{WD}, {D:BO}]], and turnout topped 80 per cent."])
_t("weekday_letter_headed", W, [
    "The letter is headed '[[{WD}, {D:F}]]' and was posted from {T} to the editor of the local paper."])
_t("weekday_shares_fell", W, [
    "Shares in {F} fell 14 per cent on [[{WD}, {D:AP}]], the heaviest one-day loss in the firm's history."])
_t("weekday_diary_rain", W, [
    "Diary of {R}, [[{WD} {D:BO}]]: rain all day, and the ferry to {T2} did not sail."])
_t("weekday_hearing_adjourned", W, [
    "The hearing was adjourned until [[{WD}, {D:B}]], when magistrates in {T} were due to hear evidence from {P}."])
_t("weekday_ran_aground_midnight", W, [
    "{V} ran aground off {T} shortly before midnight on [[{WD}, {D:FO}]]."])
_t("weekday_corn_exchange_concert", W, [
    "The concert at the {T} Corn Exchange on [[{WD}, {D:F}]] was the band's last with its original drummer."])
_t("weekday_polling_stations", W, [
    "Polling stations across {N} opened at seven on the morning of [[{WD} {D:ORD}]]."])
_t("weekday_plant_switched_on", W, [
    "The {F} power station was switched on in [[{D:Y}]], on [[{WD} {D:DM}]], by the then minister {R}."])
_t("weekday_court_records_arrest", W, [
    "Court records list the date of the arrest as [[{D:ISO}]] ([[{WD}]])."])
_t("weekday_timetable_card", W, [
    "The timetable card, headed [[{WD} {D:AP}]], lists the last ferry from {T} at 10.40 p.m."], ap=True)
_t("weekday_paper_mill_fire", W, [
    "The fire at the {T} paper mill in [[{D:Y}]] broke out on [[{WD}, {D:APMD}]], and took two days to bring "
    "under control."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"

_t("impossible_deed_of_sale", I, [
    "The deed of sale is dated [[{D:F}]], and was signed by {P} and {R} before a notary in {T}."])
_t("impossible_agm_always", I, [
    "{F} says its annual shareholders' meeting is always held on [[{D:MD}]]."])
_t("impossible_birth_certificate", I, [
    "{R} was born in {T} on [[{D:B}]], according to the birth certificate his family released."])
_t("impossible_market_charter", I, [
    "The charter granting {T} its weekly market was sealed on [[{D:ORD}]]."])
_t("impossible_export_file", I, [
    "The export file stamps the last transaction on the account at [[{D:ISO}]]."])
_t("impossible_photograph_note", I, [
    "A handwritten note on the back of the photograph gives the date as [[{D:DOT}]]."])
_t("impossible_great_frost", I, [
    "Older people in {T} still speak of the great frost that set in on [[{D:OW}]]."])
_t("impossible_lawsuit_filed", I, [
    "{Q} filed the lawsuit [[{D:AP}]] in federal court in {T}, her lawyer said."])
_t("impossible_exhibit_label", I, [
    "The exhibit label reads 'recovered from {V}, [[{D:SH}]]', and the court accepted it as genuine."])
_t("impossible_founding_minutes", I, [
    "The club's founding minutes are dated [[{D:FO}]], in the hand of its first secretary, {R}."])
_t("impossible_took_her_seat", I, [
    "{P} took her seat in the {N} parliament on the [[{D:BO}]], aged just 26."])
_t("impossible_blessing_of_boats", I, [
    "Every year on [[{D:DM}]] the fishermen of {T} bless their boats at the harbour wall."])
_t("impossible_bids_deadline", I, [
    "The deadline for bids was set for [[{D:APMD}]], officials in {T} said."])
_t("impossible_invitation_card", I, [
    "The invitation gives the reception as [[{D:SHMD}]] at the {T} assembly rooms."])
_t("impossible_tenancy_ran_until", I, [
    "The tenancy ran until [[{D:ORDNY}]], when {F} moved its offices to {T2}."])
_t("impossible_bypass_collision", I, [
    "According to the police report, the collision on the {T} bypass happened on [[{D:F}]]."])
_t("impossible_ambassadors_exchanged", I, [
    "{N} and {N2} exchanged ambassadors on [[{D:B}]], ending a long diplomatic freeze."])
_t("impossible_memo_metadata", I, [
    "Metadata on the leaked memo shows it was created on [[{D:ISO}]] by a user at {F}."])
_t("impossible_flood_peak", I, [
    "The {T} flood of [[{D:Y}]] peaked on [[{D:MD}]], when the water reached the church steps."])
_t("impossible_club_dissolved", I, [
    "{C} were formally dissolved on [[{D:F}]], after the league expelled them over unpaid debts."])
_t("impossible_ticket_stub", I, [
    "The ticket stub, dated [[{D:DOT}]], is now in a glass case at the {T} museum."])
_t("impossible_passport_birth", I, [
    "{P}'s passport gives her date of birth as [[{D:FO}]]."])
_t("impossible_ordinance_effect", I, [
    "The ordinance took effect [[{D:AP}]], the city clerk's office in {T} said."])
_t("impossible_gravestone", I, [
    "A gravestone in {T} churchyard records that {R} died on [[{D:SH}]]."])
_t("impossible_sailing_orders", I, [
    "Sailing orders for {V} were issued on the [[{D:BO}]], according to the harbour master's log."])

# --- restated_event: same head word -------------------------------------------
RE = "restated_event"

_t("restated_same_treaty_signed", RE, [
    "The [[{A:Y}]] treaty between {N} and {N2} settled a long border dispute.",
    "The treaty was signed in [[{B:MY}]] in the {T} town hall."])
_t("restated_same_founded_dividend", RE, [
    "{F} was founded in [[{A:Y}]] by two brothers from {T}.",
    "Since it was founded in [[{B:Y}]], the company has never missed a dividend."])
_t("restated_same_born_bakery", RE, [
    "{P} was born in {T} on [[{A:F}]].",
    "{p}, who was born on [[{B:B}]], grew up above her father's bakery."])
_t("restated_same_died_obituary", RE, [
    "{R}, the founder of {F}, died in [[{A:Y}]].",
    "In an obituary, colleagues recalled that he died on [[{B:B}]] after a short illness."])
_t("restated_same_sank_inquiry", RE, [
    "{V} sank off {T} in [[{A:MY}]] with the loss of eleven crew.",
    "The inquiry later concluded that she sank on [[{B:F}]] after her cargo shifted."])
_t("restated_same_landfall", RE, [
    "{H} made landfall near {T} in [[{A:Y}]], flattening the fishing harbour.",
    "When {H} made landfall in [[{B:LATE}]], thousands of people had already been evacuated."], gap=(2, 12))
_t("restated_same_bridge_opened", RE, [
    "The {T} suspension bridge opened to traffic in [[{A:SUMMER}]].",
    "Before the bridge opened in [[{B:Y}]], the crossing took forty minutes by ferry."])
_t("restated_same_merger_completed", RE, [
    "The merger of {F} and {F2} was completed on [[{A:F}]].",
    "Analysts said the merger, completed in [[{B:MY}]], had created the region's largest employer."], gap=(2, 12))
_t("restated_same_declared_independence", RE, [
    "{N} declared independence from {N2} on [[{A:B}]].",
    "The new flag was first raised on the day {N} declared independence, [[{B:B}]]."])
_t("restated_same_first_elected", RE, [
    "{P} was first elected to parliament for {T} in [[{A:Y}]].",
    "Since she was first elected in [[{B:Y}]], she has held the seat with growing majorities."])
_t("restated_same_warehouse_fire", RE, [
    "The fire at the {F} warehouse broke out on [[{A:MD}]] in a loading bay.",
    "Investigators say the fire broke out on [[{B:F}]], shortly after the night shift left."], sy=True)
_t("restated_same_crowned", RE, [
    "{R} was crowned king of {N} on [[{A:F}]].",
    "Archive footage shows him on the day he was crowned, [[{B:F}]], waving from the palace balcony."])
_t("restated_same_abolished_death_penalty", RE, [
    "{N} abolished the death penalty in [[{A:Y}]].",
    "Campaigners note that when {N} abolished the death penalty in [[{B:MY}]], only two of its neighbours had "
    "done so."])
_t("restated_same_first_league_title", RE, [
    "{C} won their first league title in [[{A:Y}]] under a player-manager.",
    "That first league title, won in [[{B:Y}]], is celebrated with a mural outside the ground."], gap=(2, 12))
_t("restated_same_gasworks_demolished", RE, [
    "The old {T} gasworks was demolished in [[{A:EARLY}]].",
    "Houses now stand where the gasworks stood until it was demolished in [[{B:Y}]]."])
_t("restated_same_married_registry", RE, [
    "{P} married {R} at a registry office in {T} in [[{A:Y}]].",
    "The couple married on [[{B:F}]] and moved to {T2} soon afterwards."])
_t("restated_same_strike_began", RE, [
    "The miners' strike at {T} began in [[{A:MY}]].",
    "The strike, which began on [[{B:B}]], split the town for a generation."], gap=(2, 12))
_t("restated_same_hoard_discovered", RE, [
    "The hoard of silver coins was discovered by a metal detectorist near {T} in [[{A:Y}]].",
    "The hoard, discovered in [[{B:SPRING}]], is now on display in {T2}."])
_t("restated_same_first_transplant", RE, [
    "The first heart transplant at {T} General Hospital was performed in [[{A:MY}]].",
    "Surgeons who took part in that first transplant, on [[{B:F}]], gathered for a reunion dinner."])
_t("restated_same_first_floated", RE, [
    "{F} first floated on the stock exchange in [[{A:MY}]].",
    "Investors who bought in when {F} first floated, in [[{B:Y}]], have seen their money triple."])
_t("restated_same_assassinated", RE, [
    "{R}, the prime minister of {N}, was assassinated outside parliament on [[{A:F}]].",
    "The day {r} was assassinated, [[{B:F}]], is still a national day of mourning."])
_t("restated_same_ship_launched", RE, [
    "{V} was launched at the {T} yard in [[{A:Y}]].",
    "She was launched on [[{B:BO}]] by {P}, the shipowner's daughter."])

# --- restated_event: different words ------------------------------------------
_t("restated_diff_founded_founding", RE, [
    "{F} was founded in [[{A:Y}]] by a {T} chemist.",
    "Its founding in [[{B:Y}]] is still marked each year with a staff party."])
_t("restated_diff_died_death", RE, [
    "{R} died at his home in {T} on [[{A:F}]].",
    "His death, on [[{B:F}]], came weeks after he finished his memoirs."])
_t("restated_diff_sank_her_sinking", RE, [
    "{V} sank off {T} on [[{A:B}]].",
    "Her sinking, in [[{B:Y}]], remains the worst disaster in the port's history."])
_t("restated_diff_treaty_it", RE, [
    "The Treaty of {T} of [[{A:Y}]] ended the war between {N} and {N2}.",
    "It was signed on [[{B:F}]] in a railway carriage outside the town."])
_t("restated_diff_first_swim_crossing", RE, [
    "{P} became the first woman to swim the {T} strait in [[{A:Y}]].",
    "The record-breaking crossing, made on [[{B:F}]], took her eleven hours."])
_t("restated_diff_dam_burst_disaster", RE, [
    "The {T} dam burst in [[{A:MY}]], flooding three villages.",
    "The dam disaster of [[{B:Y}]] led to new safety laws for reservoirs."])
_t("restated_diff_only_earthquake_tremor", RE, [
    "The only earthquake ever recorded in {T} struck on [[{A:F}]].",
    "Residents still describe the tremor of [[{B:Y}]] as the night the church bells rang on their own."])
_t("restated_diff_abdicated_abdication", RE, [
    "King {r} of {N} abdicated in [[{A:Y}]].",
    "His abdication, in [[{B:MY}]], took parliament completely by surprise."])
_t("restated_diff_retired_retirement", RE, [
    "{Q} retired as chief executive of {F} in [[{A:MY}]].",
    "Since her retirement from the company in [[{B:Y}]], she has chaired a hospice charity in {T}."])
_t("restated_diff_accord_agreement", RE, [
    "The {T} Accord was signed on [[{A:B}]].",
    "The agreement of [[{B:Y}]] gave {N2} control of the river and its tolls."])
_t("restated_diff_born_birth", RE, [
    "{Q} was born in {T} in [[{A:Y}]].",
    "Her birth, on [[{B:F}]], was registered by her grandmother."])
_t("restated_diff_opened_opening", RE, [
    "The {T} branch line opened in [[{A:MY}]].",
    "The line's opening, on [[{B:F}]], drew crowds from across the county."])
_t("restated_diff_elected_victory", RE, [
    "{R} was elected mayor of {T} for the first time in [[{A:Y}]].",
    "That first victory, in [[{B:Y}]], came by just 62 votes."])
_t("restated_diff_fire_blaze", RE, [
    "Fire destroyed the {T} opera house in [[{A:MY}]].",
    "The blaze that gutted the building, in [[{B:Y}]], began in the orchestra pit, investigators found."],
   gap=(2, 12))
_t("restated_diff_bought_takeover", RE, [
    "{F2} bought {F} in [[{A:Y}]].",
    "The takeover, in [[{B:MY}]], made {F2} the largest employer in {T}."], gap=(2, 12))
_t("restated_diff_first_ascent_description", RE, [
    "{P} became the first person to reach the summit of {M} in [[{A:Y}]].",
    "Her historic ascent, on [[{B:F}]], is commemorated by a plaque at the base camp."])
_t("restated_diff_wreck_found_discovery", RE, [
    "The wreck of {V} was found by divers in [[{A:Y}]].",
    "Their discovery, in [[{B:MY}]], ended a search that had lasted for decades."])
_t("restated_diff_battle_clash", RE, [
    "The Battle of {T} was fought in [[{A:Y}]].",
    "The clash, in [[{B:SUMMER}]], cost both armies thousands of men."], gap=(2, 12))
_t("restated_diff_resigned_resignation", RE, [
    "{R} resigned from the {N} cabinet over the dam scandal in [[{A:MY}]].",
    "His resignation over the scandal, in [[{B:Y}]], cost the government its majority."])
_t("restated_diff_seized_power_coup", RE, [
    "General {r} seized power in {N} in [[{A:Y}]].",
    "The coup of [[{B:MY}]] was the country's first and, so far, only one."])
_t("restated_diff_cup_final_victory", RE, [
    "{C} beat {C2} in the cup final on [[{A:F}]].",
    "That victory, on [[{B:B}]], remains the club's only major trophy."])
_t("restated_diff_robbed_heist", RE, [
    "Thieves robbed the {F} depot in {T} on [[{A:F}]], escaping with gold bullion.",
    "The heist of [[{B:MY}]] was never solved."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"

_t("order_founded_after_collapse", O, [
    "{F2} was founded in [[{L:Y}]] by former staff of {F}, after {F} collapsed in [[{E:Y}]]."])
_t("order_moved_following_death", O, [
    "{P} moved to {T} in [[{L:Y}]], following the death of her husband in [[{E:Y}]]."])
_t("order_sea_wall_aftermath", O, [
    "In the aftermath of the [[{E:Y}]] floods, {T} council built a new sea wall, which was completed in "
    "[[{L:Y}]]."])
_t("order_mayor_before_parliament", O, [
    "{R} served as mayor of {T} from [[{E:Y}]], before entering parliament in [[{L:Y}]]."])
_t("order_prior_to_joining", O, [
    "Prior to joining {F} in [[{L:MY}]], {Q} worked at {F2}, which she left in [[{E:MY}]]."])
_t("order_museum_after_restoration", O, [
    "The {T} museum reopened in [[{L:MY}]] after a restoration that began in [[{E:MY}]]."])
_t("order_sacked_weeks_after_exit", O, [
    "Weeks after the cup exit on [[{E:MD}]], {C} sacked their manager on [[{L:F}]]."], sy=True)
_t("order_following_release_memoir", O, [
    "Following his release from prison in [[{E:Y}]], {R} wrote the memoir that made him famous, published in "
    "[[{L:Y}]]."])
_t("order_joined_union_before_neighbour", O, [
    "{N} joined the customs union in [[{E:Y}]], years before its neighbour {N2}, which followed in [[{L:Y}]]."])
_t("order_wake_of_scandal", O, [
    "In the wake of the [[{E:MY}]] accounting scandal, the chairman of {F} resigned in [[{L:MY}]]."])
_t("order_shortly_after_graduating", O, [
    "{P} joined a medical practice in {T} in [[{L:Y}]], shortly after graduating from medical school in "
    "[[{E:Y}]]."])
_t("order_jobs_cut_ahead_of_sale", O, [
    "{F} cut 300 jobs in [[{E:MY}]] ahead of its sale to {F2} in [[{L:MY}]]."])
_t("order_nurse_then_law", O, [
    "{Q} first trained as a nurse, qualifying in [[{E:Y}]], and then studied law, being called to the bar in "
    "[[{L:Y}]]."])
_t("order_reserve_years_after_pit", O, [
    "The nature reserve on the old colliery site opened in [[{L:Y}]], years after the {T} pit closed in "
    "[[{E:Y}]]."])
_t("order_verdict_after_retiring", O, [
    "The jury returned its verdict on [[{L:F}]], after retiring to consider the evidence on [[{E:F}]]."], sy=True)
_t("order_called_before_sailing_on", O, [
    "{V} called at {T} on [[{E:B}]] before sailing on to {T2}, where she docked on [[{L:B}]]."], sy=True)
_t("order_after_referendum_left", O, [
    "After the referendum of [[{E:MY}]], {N} left the federation in [[{L:MY}]]."])
_t("order_acquitted_subsequently_sued", O, [
    "{R} was acquitted in [[{E:Y}]] and subsequently sued the police, winning damages in [[{L:Y}]]."])
_t("order_delisted_once_takeover", O, [
    "{F}'s shares were delisted in [[{L:MY}]], once the takeover by {F2} had closed in [[{E:MY}]]."])
_t("order_coronation_followed_by_marriage", O, [
    "The coronation of {R} in [[{E:Y}]] was followed by his marriage to {P} in [[{L:Y}]]."])
_t("order_protests_preceded_fall", O, [
    "Months of protest, beginning in [[{E:MY}]], preceded the fall of the {N} government in [[{L:MY}]]."])
_t("order_having_already_won_gold", O, [
    "{Q} won silver at the {T} Games in [[{L:Y}]], having already won gold at the world championships in "
    "[[{E:Y}]]."])
_t("order_by_the_time_bankrupt", O, [
    "By the time {F} went bankrupt in [[{L:Y}]], its founder had already left the company, in [[{E:Y}]]."])
_t("order_run_up_to_election", O, [
    "In the run-up to the [[{L:Y}]] election, the party expelled {R}, in [[{E:MY}]]."])
_t("order_choir_only_later", O, [
    "{P} founded the {T} choir in [[{E:Y}]] and only later took up conducting professionally, in [[{L:Y}]]."])
_t("order_lighthouse_after_keeper", O, [
    "The {T} lighthouse was automated in [[{L:Y}]], after the last keeper left in [[{E:Y}]]."])
_t("order_heels_of_promotion", O, [
    "On the heels of their [[{E:Y}]] promotion, {C} moved into a new stadium in [[{L:Y}]]."])
_t("order_having_completed_doctorate", O, [
    "Having completed her doctorate in [[{E:Y}]], {Q} joined the observatory at {T} in [[{L:Y}]]."])
_t("order_ceasefire_preceded_by_talks", O, [
    "The ceasefire of [[{L:MY}]] was preceded by secret talks in {T} in [[{E:MY}]]."])
_t("order_once_bridge_finished", O, [
    "Once the estuary bridge was finished in [[{E:Y}]], the ferry service from {T} was withdrawn, in "
    "[[{L:Y}]]."])
_t("order_first_factory_second", O, [
    "When {F} opened its second factory in [[{L:Y}]], its first, in {T}, built in [[{E:Y}]], was already too "
    "small."])
_t("order_charged_after_arrest_iso", O, [
    "Court records show {R} was charged on [[{L:ISO}]], after his arrest on [[{E:ISO}]]."], sy=True)
_t("order_committee_prior_to_vote", O, [
    "The committee met on [[{E:B}]] to agree the wording, prior to the full council vote on [[{L:B}]]."], sy=True)

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"

_t("anachronism_plant_closure_announced", A, [
    "{F} announced the closure of its {T} plant in [[{D:MY}]], ending two centuries of manufacturing in the town."])
_t("anachronism_ambassador_appointed", A, [
    "{P} was appointed ambassador to {N} on [[{D:F}]]."])
_t("anachronism_constitution_referendum", A, [
    "Voters in {N} approved the new constitution in a referendum held in [[{D:Y}]]."])
_t("anachronism_bypass_opened", A, [
    "The {T} bypass, which opened on [[{D:B}]], has cut journey times into the town by half."])
_t("anachronism_died_family_said", A, [
    "{R} died at his home in {T} on [[{D:BO}]], his family said."])
_t("anachronism_merger_late", A, [
    "The merger of {F} and {F2}, completed in [[{D:LATE}]], created the country's largest private employer."])
_t("anachronism_title_final_day", A, [
    "{C} won the league title on the final day of the season, on [[{D:AP}]]."])
_t("anachronism_exhibition_ran_until", A, [
    "The exhibition ran at the {T} gallery until [[{D:F}]], drawing 80,000 visitors."])
_t("anachronism_arrested_airport", A, [
    "Police arrested {R} at {T} airport on [[{D:ISO}]], court papers show."])
_t("anachronism_ship_scrapped", A, [
    "{V} was scrapped at a breaker's yard in {T} in [[{D:MID}]]."])
_t("anachronism_debut_novel", A, [
    "{Q}'s debut novel, published in [[{D:SPRING}]], sold 200,000 copies in its first year."])
_t("anachronism_interest_rates", A, [
    "The {N} central bank raised interest rates for the first time in a decade in [[{D:APMY}]]."])
_t("anachronism_storm_struck", A, [
    "{H} struck the coast near {T} on [[{D:DOT}]], leaving 20,000 homes without power."])
_t("anachronism_council_voted_yesterday", A, [
    "The {T} council voted [[yesterday]], [[{D:F}]], to close the town's swimming baths."], rel="yesterday")
_t("anachronism_last_week_storm", A, [
    "[[Last week]]'s storm, which hit {T} on [[{D:B}]], uprooted hundreds of trees."], rel="Last week")
_t("anachronism_discharged_twelve_days", A, [
    "{P} was discharged from hospital [[twelve days ago]], on [[{D:F}]], and is recovering at home."],
   rel="twelve days ago")
_t("anachronism_shares_this_morning", A, [
    "Shares in {F} opened sharply lower [[this morning]], [[{D:AP}]], after a profit warning."],
   rel="this morning")
_t("anachronism_recalled_ambassador", A, [
    "[[Earlier this month]], on [[{D:BO}]], {N} recalled its ambassador from {N2}."], rel="Earlier this month")
_t("anachronism_marina_blaze_last_night", A, [
    "Firefighters were called to a blaze at the {T} marina at about 11 p.m. [[last night]], [[{D:F}]]."],
   rel="last night")
_t("anachronism_unemployment_last_month", A, [
    "Unemployment in {N} fell to 4.1 per cent [[last month]], in [[{D:MY}]], the statistics office said."],
   rel="last month")
_t("anachronism_first_profit_last_year", A, [
    "{C} recorded their first profit [[last year]], in [[{D:Y}]], the club's accounts show."], rel="last year")
_t("anachronism_ferry_earlier_today", A, [
    "[[Earlier today]], [[{D:B}]], the {T} ferry service was suspended because of high winds."],
   rel="Earlier today")
_t("anachronism_resigned_fortnight", A, [
    "{R} resigned from the board of {F} [[a fortnight ago]], on [[{D:FO}]]."], rel="a fortnight ago")
_t("anachronism_beat_last_weekend", A, [
    "{C2} beat {C} 3-0 [[last weekend]], on [[{D:AP}]], to go top of the table."], rel="last weekend")
_t("anachronism_abattoir_earlier_week", A, [
    "[[Earlier this week]], on [[{D:F}]], inspectors closed the {T} abattoir over hygiene failings."],
   rel="Earlier this week")
_t("anachronism_pm_resigned_afternoon", A, [
    "The prime minister of {N} resigned [[this afternoon]], [[{D:F}]], after losing a confidence vote."],
   rel="this afternoon")
_t("anachronism_hiker_two_days", A, [
    "The body of a missing hiker was found on the slopes above {T} [[two days ago]], on [[{D:B}]]."],
   rel="two days ago")
_t("anachronism_trading_suspended_week", A, [
    "Trading in {F} shares was suspended [[this week]], on [[{D:SH}]], pending an investigation."],
   rel="this week")
_t("anachronism_hospital_chair_year", A, [
    "[[Earlier this year]], in [[{D:MY}]], {P} stepped down as chair of the {T} hospital trust."],
   rel="Earlier this year")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
YEAR = 365

_t("duration_watchmaker_years_ago", D, [
    "{F} was founded in [[{S:Y}]], [[{NUM} years ago]], by a {T} watchmaker."], unit="years")
_t("duration_summit_days_words", D, [
    "The [[{NUM}-day]] summit in {T} ran from [[{S:MD}]] to [[{E:F}]]."], unit="days", span=(2, 12),
   words=True)
_t("duration_died_at_the_age", D, [
    "{R}, who was born on [[{S:F}]], died on [[{E:F}]] at the age of [[{NUM}]]."], unit="years",
   span=(20 * YEAR, 95 * YEAR), min=10)
_t("duration_wedding_anniversary_ordinal", D, [
    "Married in [[{S:Y}]], {P} and {R} celebrated their [[{NUM} wedding anniversary]] in [[{E:Y}]]."],
   unit="years", span=(5 * YEAR, 70 * YEAR), ordinal=True)
_t("duration_strike_months", D, [
    "The strike at the {T} plant lasted [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."], unit="months",
   span=(60, 900))
_t("duration_trial_weeks_words", D, [
    "The trial, which opened on [[{S:F}]] and closed on [[{E:F}]], lasted [[{NUM} weeks]]."], unit="weeks",
   span=(10, 200), words=True)
_t("duration_returned_a_decade", D, [
    "{C} returned to the top flight in [[{E:Y}]], [[{NUM} after]] their relegation in [[{S:Y}]]."],
   unit="years", span=(20 * YEAR, 40 * YEAR), fixed=(10, "a decade"))
_t("duration_charter_centenary", D, [
    "{T} celebrated the [[{NUM}]] of its town charter in [[{E:Y}]]; the charter had been granted in "
    "[[{S:Y}]]."], unit="years", span=(40 * YEAR, 80 * YEAR), fixed=(100, "centenary"))
_t("duration_half_century_in_business", D, [
    "{F} marked [[{NUM}]] in business in [[{E:Y}]], having been founded in [[{S:Y}]]."], unit="years",
   span=(15 * YEAR, 35 * YEAR), fixed=(50, "half a century"))
_t("duration_festival_fortnight", D, [
    "The festival, held from [[{S:F}]] to [[{E:F}]], lasted [[{NUM}]]."], unit="days", span=(30, 90),
   fixed=(14, "a fortnight"))
_t("duration_library_months_ago", D, [
    "The {T} library closed its doors in [[{S:MY}]], [[{NUM} months ago]]."], unit="months", yr=(2008, 2015))
_t("duration_ran_aground_days_ago", D, [
    "{V} ran aground off {T} on [[{S:F}]], [[{NUM} days ago]]."], unit="days", yr=(2015, 2015))
_t("duration_turned_age", D, [
    "{P}, who was born in [[{S:Y}]], turned [[{NUM}]] on [[{E:F}]]."], unit="years",
   span=(20 * YEAR, 90 * YEAR), min=5)
_t("duration_independent_for_years", D, [
    "{N} has been independent for [[{NUM} years]], since [[{S:F}]]."], unit="years")
_t("duration_ring_road_took_years", D, [
    "The {T} ring road took [[{NUM} years]] to build: work began in [[{S:Y}]] and it opened in [[{E:Y}]]."],
   unit="years", span=(3 * YEAR, 15 * YEAR), words=True)
_t("duration_headmistress_served", D, [
    "{Q} served [[{NUM} years]] as headmistress of {T} grammar school, from [[{S:Y}]] until [[{E:Y}]]."],
   unit="years", span=(5 * YEAR, 35 * YEAR))
_t("duration_keel_to_launch_months", D, [
    "Building {V} took [[{NUM} months]], from the laying of her keel on [[{S:B}]] to her launch on [[{E:B}]]."],
   unit="months", span=(120, 700))
_t("duration_missing_weeks_ago", D, [
    "{R} went missing on [[{S:F}]], [[{NUM} weeks ago]]."], unit="weeks", yr=(2013, 2015))
_t("duration_siege_days", D, [
    "The siege of {T} lasted [[{NUM} days]], from [[{S:DM}]] to [[{E:B}]]."], unit="days", span=(20, 200))
_t("duration_aged_when_joined", D, [
    "Aged [[{NUM}]] when she joined {F} in [[{E:Y}]], {P} (born [[{S:F}]]) went on to run the company."],
   unit="years", span=(16 * YEAR, 40 * YEAR), min=14)
_t("duration_lighthouse_lit_years", D, [
    "The {T} lighthouse has been lit every night for [[{NUM} years]], since it was first lit in [[{S:MY}]]."],
   unit="years")
_t("duration_hospital_stay_iso", D, [
    "Records show the patient was admitted on [[{S:ISO}]] and discharged on [[{E:ISO}]], a stay of "
    "[[{NUM} days]]."], unit="days", span=(15, 100))
_t("duration_bridge_decade_ago", D, [
    "The {T} bridge was completed in [[{S:Y}]], [[{NUM} ago]]."], unit="years", fixed=(10, "a decade"))
_t("duration_reign_lasted", D, [
    "{R}'s reign lasted [[{NUM} years]], from his coronation in [[{S:Y}]] to his death in [[{E:Y}]]."],
   unit="years", span=(3 * YEAR, 50 * YEAR))
_t("duration_club_anniversary_gala", D, [
    "{C}, founded in [[{S:Y}]], marked their [[{NUM} anniversary]] with a gala dinner in [[{E:Y}]]."],
   unit="years", span=(10 * YEAR, 100 * YEAR), ordinal=True)
_t("duration_ceasefire_held_weeks", D, [
    "The ceasefire signed on [[{S:AP}]] held for [[{NUM} weeks]], until fighting resumed on [[{E:AP}]]."],
   unit="weeks", span=(20, 140))
_t("duration_pier_closed_months", D, [
    "The {T} pier was closed for [[{NUM} months]] for repairs, reopening on [[{E:F}]] after closing on "
    "[[{S:MD}]]."], unit="months", span=(40, 300))
_t("duration_emigrated_half_century", D, [
    "{P} emigrated from {N} in [[{S:MY}]], [[{NUM} ago]]."], unit="years", fixed=(50, "half a century"))
_t("duration_miners_rescued_days", D, [
    "Rescuers reached the trapped miners on [[{E:F}]], [[{NUM} days]] after the roof collapsed on [[{S:F}]]."],
   unit="days", span=(25, 60), words=True)
_t("duration_painter_age_at_death", D, [
    "The painter {Q} ([[{S:Y}]]-[[{E:Y}]]) was [[{NUM}]] when she died, her biographer writes."],
   unit="years", span=(20 * YEAR, 90 * YEAR), min=5)
_t("duration_exhibition_ran_weeks", D, [
    "The exhibition opened on [[{S:B}]] and ran for [[{NUM} weeks]] until [[{E:B}]]."], unit="weeks",
   span=(30, 200))
_t("duration_chief_left_months_later", D, [
    "The new chief executive of {F} was appointed in [[{S:MY}]] and left [[{NUM} months]] later, in "
    "[[{E:MY}]]."], unit="months", span=(90, 1200))
_t("duration_expedition_pole_days", D, [
    "The expedition set out from {T} on [[{S:SH}]] and reached the pole on [[{E:SH}]], [[{NUM} days]] "
    "later."], unit="days", span=(20, 110))
_t("duration_warehouse_fortnight_context", D, [
    "Firefighters spent [[{NUM}]] at the {F} warehouse, from [[{S:APMD}]] until [[{E:AP}]], damping down the "
    "ruins."], unit="days", span=(40, 120), fixed=(14, "a fortnight"))
