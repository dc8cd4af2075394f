"""``blind33``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind33`` templates.  Written on 2026-11-24 (started 02:07:06 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind32's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), its date tests
# (tests/test_temporal*, tests/test_event_identity.py, any tests/test_date*
# file other than tests/test_date_templates_independent.py), features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py, any other template file, or the git history.
# Base commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# 1a46f62f6b3d50536ff358b360e0347e8efb6b93.
# What was read: lines 1-397 of benchmarks/date_templates_blind32.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its first ``_t(`` template, found with ``grep -n '^_t('``, whose output
# showed that first template's line in full: a weekday template about an
# earth dam giving way) -- its machinery (lines 86-396) was copied and
# adapted (``b33_`` names, "sixteen days ago" as the new relative anchor,
# different from blind31's "fourteen" and blind32's "fifteen days ago"), its
# name lists were replaced and none of its names, places or sentences were
# reused; tests/date_template_checks.py (whole file, the shared checks);
# tests/test_date_templates_independent.py (whole file, where the
# ``blind33`` row was added and the docstring's range extended to blind33);
# in tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A12``); in benchmarks/date_conflicts.py only the output of
# ``grep -n "import BLIND"`` (the blind5-blind32 import lines, 60-87) and of
# ``grep -n -A14 "^INDEPENDENT_SETS"`` (the whole dict, lines 2581-2593, and
# two blank lines), then one import line and one dict entry were added with
# a python edit; in benchmarks/event_identity.py only the ``FRESH = (...)``
# line, changed with the sed line of the brief and shown with
# ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A12`` of ``load_benchmark`` ran into the
# signature of tests/conftest.py's ``date_conflicts`` helper
# (``def date_conflicts(text: str, published: object = None) ->
# list[tuple[str, list[str]]]``).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind33``, which runs no
# detector) and a throwaway script applying the shared checks over 300
# seeds and printing a few rendered samples -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind33``.
#
# Conventions (those of blind32, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b33_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Each template seeds its own ``random.Random`` from its name and 64 bits
# drawn from the caller's rng.  Every side of a conflict is marked with
# [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated from June 2017 to 2025; relative expressions are pinned to 1995-2012
# or 2020-2025.  Other kinds keep their dates in 1900-2015, name no weekday
# outside the weekday templates and use no relative expression ("ago" only
# in durations, counted to 2016-09-27).  Stated counts miss every defensible
# count (unknown days, inclusive or exclusive counting) by at least seven
# units; all duration offsets are 0.  In order-violation facts ``earlier`` is
# the event the text says came first (label ``E``; it carries the later
# date) and ``later`` the one it puts second (label ``L``).  Restated
# templates are ``b33_restated_same_*`` (one head word twice: "the flood" ...
# "the flood of") or ``b33_restated_diff_*`` (referred back in other words:
# synonym -- storm/gale, deluge/floods, blaze/fire, ceasefire/truce,
# earthquake/tremor, walked out/strike --, verb against noun -- resigned/
# resignation, died/death, founded/establishment, shut/closure, collapsed/
# failure, appointed/appointment, erupted/outburst --, state takeover against
# "was nationalised", pronoun "it", apposition, passive "he was detained",
# a fronted "Since its acquisition", a quote, "the wreck", "that accord",
# "the championship"); which side gets the earlier date is drawn at random;
# events that last (a flood, a strike, an eruption, a drought, an epidemic,
# a storm season) are dated at least two calendar years apart
# (``gap=(2, 12)``).  Like blind32, the set has no near-miss or clean
# (conflict-free) templates: every template must be a real conflict of its
# kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here: "sixteen
# days ago").  Counts: 24 weekday_mismatch, 24 impossible_date, 48
# restated_event (24 same, 24 diff), 24 order_violation, 24
# publication_anachronism (14 dated after publication, 10 relative
# expressions pinned far from it), 31 duration_arithmetic (175 in all).
# All people, places, firms, clubs, storms, ships, mountains and countries
# are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "sixteen days ago"})


FIRST_F = ["Rosamund", "Thomasina", "Aurelie", "Ingeborg", "Philippa", "Marisol", "Eulalia", "Bronwen"]
FIRST_M = ["Lysander", "Evander", "Barnaby", "Horatio", "Florian", "Leopold"]
LAST = ["Quarrington", "Ashdown-Mbeki", "Vellacott", "Harkness-Oduya", "Trevithick", "Soames-Ng", "Pendlebury",
        "Castellano-Reid", "Yarwood", "Brightwater", "Novakova", "Easterbrook", "Halloran-Pike", "Umberleigh"]
TOWNS = ["Great Hollin", "Marshcombe", "Kettlebury", "Stowe Ferrers", "Ashbourne Cross", "Tollingham",
         "Bexmoor", "Carrick Wold", "Nether Pyle", "Glenfarrow"]
FIRMS = ["Lanternfield Energy", "Pembrey Glassworks", "Cordwain Logistics", "Hollis & Vantreight",
         "Northmere Biotech", "Gannetstone Mining", "Rookhaven Paper", "Ferrybridge Cables"]
NATIONS = ["Oristan", "Belvaria", "Quenmark", "Lusatine", "Dravonia", "Caspelle"]
CLUBS = ["Great Hollin Rovers", "Marshcombe Athletic", "Kettlebury Harriers", "Tollingham Rangers",
         "Bexmoor Dynamo", "Glenfarrow Celtic"]
STORMS = ["Hurricane Ottoline", "Typhoon Valerian", "Cyclone Hesper", "Storm Branwen", "Hurricane Casimira"]
SHIPS = ["the coaster Amber Linnet", "MV Northern Wren", "the ferry Duchess Amabel", "the tanker Grey Heron"]
PEAKS = ["Mount Keverel", "the Weisskamm", "Mount Arbery", "the Beinn Odhar"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


BLIND33_TEMPLATES = new_templates()
_t = registrar("b33_", BLIND33_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_pier_fire", W, ["Fire crews were called to the pier at {T} just after midnight on [[{WD}, {D:F}]], and the pavilion was lost by morning."])
_t("weekday_bypass_open", W, ["The {T} bypass opened to traffic on [[{WD}, {D:B}]], two years behind schedule."])
_t("weekday_verdict", W, ["The jury at {T} Crown Court returned its verdict on [[{WD}, {D:AP}]], after nine hours of deliberation."], ap=True)
_t("weekday_cup_final", W, ["{C} lifted the county cup at the end of extra time on [[{WD} {D:BO}]]."])
_t("weekday_strike_ballot", W, ["Dockers at {T} voted to walk out in a ballot whose result was declared on [[{WD}, {D:FO}]]."])
_t("weekday_obit_died", W, ["{P}, the textile designer, died at her home in {T} on [[{WD}, {D:F}]]; she was 81."])
_t("weekday_minister_quit", W, ["The transport minister of {N}, {R}, resigned in a letter dated [[{WD}, {D:B}]]."])
_t("weekday_ferry_aground", W, ["{V} ran aground off {T} in fog on the evening of [[{WD}, {D:F}]]; all passengers were taken off safely."])
_t("weekday_school_closure", W, ["Governors announced on [[{WD}, {D:SH}]] that the village school at {T} would close."])
_t("weekday_float", W, ["Shares in {F} began trading on the exchange on [[{WD}, {D:AP}]] and closed up a fifth."], ap=True)
_t("weekday_mine_collapse", W, ["A roof fall at the {T} colliery trapped six men on [[{WD}, {D:ORDNY}, {D:Y}]]."])
_t("weekday_library_reopen", W, ["After a two-year refit, {T} central library reopened its doors on [[{WD}, {D:ISO}]], according to the council notice."])
_t("weekday_summit_attempt", W, ["The team set out for the summit of {M} before first light on [[{WD}, {D:F}]]."])
_t("weekday_election_count", W, ["Counting in the {T} by-election went on through the night of [[{WD}, {D:B}]]."])
_t("weekday_hospital_wing", W, ["The new maternity wing at {T} General admitted its first patient on [[{WD}, {D:FO}]]."])
_t("weekday_storm_landfall", W, ["{H} made landfall near {T} at about four in the afternoon on [[{WD}, {D:F}]]."])
_t("weekday_treaty_signed", W, ["Envoys of {N} and {N2} signed the border accord in {T} on [[{WD}, {D:BO}]]."])
_t("weekday_recital", W, ["{Q} gave her farewell recital at the {T} assembly rooms on [[{WD}, {D:DOT}]], as the programme records."])
_t("weekday_arrest", W, ["Police said {R} was arrested at his flat in {T} in the early hours of [[{WD}, {D:F}]]."])
_t("weekday_derby", W, ["The derby between {C} and {C2} was abandoned at half-time on [[{WD}, {D:B}]] because of a waterlogged pitch."])
_t("weekday_bank_run", W, ["Queues formed outside every branch of {F} on [[{WD}, {D:AP}]] as depositors withdrew their savings."], ap=True)
_t("weekday_launch", W, ["The research vessel was launched from the {T} slipway on [[{WD}, {D:SH}]] before a crowd of thousands."])
_t("weekday_court_ruling", W, ["In a ruling handed down on [[{WD}, {D:FO}]], the appeal court in {T} overturned the planning consent."])
_t("weekday_factory_fire", W, ["The blaze at the {F} works in {T} broke out shortly after the night shift began on [[{WD}, {D:F}]]."])

I = "impossible_date"
_t("impossible_pier_opened", I, ["The pier at {T} was formally opened on [[{D:F}]] by the lord lieutenant."])
_t("impossible_will_dated", I, ["The will of {P}, dated [[{D:B}]], left the estate at {T} to a cousin."])
_t("impossible_court_filing", I, ["Court papers filed on [[{D:AP}]] show {F} owed creditors a substantial sum."])
_t("impossible_ledger", I, ["An entry in the parish ledger for [[{D:ORD}]] records the baptism of {R}."])
_t("impossible_match_report", I, ["{C} beat {C2} by two goals to one on [[{D:BO}]], the match report says."])
_t("impossible_iso_permit", I, ["The export permit, stamped [[{D:ISO}]], was found among the papers of {F}."])
_t("impossible_dot_invoice", I, ["An invoice dated [[{D:DOT}]] shows the turbine was paid for in full."])
_t("impossible_yearless_festival", I, ["The harvest fair at {T} is held every year on [[{D:MD}]], organisers said."])
_t("impossible_yearless_feast", I, ["Villagers in {T} mark the saint's feast on [[{D:DM}]] with a procession."])
_t("impossible_ow_anniv", I, ["{Q} said the lodge always met on [[{D:OW}]], without fail."])
_t("impossible_ferry_sinking", I, ["{V} foundered off {T} on [[{D:FO}]], with the loss of eleven crew."])
_t("impossible_sh_memo", I, ["A memo dated [[{D:SH}]] warned directors of {F} about the pension shortfall."])
_t("impossible_coronation", I, ["The coronation in {N} took place on [[{D:F}]], amid tight security."])
_t("impossible_birth", I, ["{R} was born in {T} on [[{D:B}]], the son of a railway signalman."])
_t("impossible_apmd_deadline", I, ["Bids for the {T} franchise must be lodged by [[{D:APMD}]] every cycle, the rules state."])
_t("impossible_shmd_rota", I, ["The rota pinned up in the {T} depot lists a double shift on [[{D:SHMD}]]."])
_t("impossible_ordny_charter", I, ["By custom the borough charter is read aloud on [[{D:ORDNY}]] each year."])
_t("impossible_expedition", I, ["Climbers reached the summit of {M} on [[{D:BO}]], according to the expedition log."])
_t("impossible_letter", I, ["In a letter of [[{D:F}]], {P} asked the ministry to reconsider the closure."])
_t("impossible_storm_record", I, ["Rainfall records for [[{D:ORD}]] show the wettest day ever logged at {T}."])
_t("impossible_treaty", I, ["The accord between {N} and {N2} was ratified on [[{D:AP}]]."])
_t("impossible_exam", I, ["Results of the scholarship examination sat at {T} on [[{D:B}]] were never published."])
_t("impossible_yearless_market", I, ["Stallholders at {T} say the winter market always opens on [[{D:MD}]]."])
_t("impossible_warrant", I, ["A warrant issued on [[{D:FO}]] authorised the search of {R}'s warehouse."])

R = "restated_event"
LAST_ = {"gap": (2, 12)}
# same head word
_t("restated_same_flood", R, ["The flood at {T} reached the market square on [[{A:F}]].", "Residents who lost their homes in the flood of [[{B:F}]] are still waiting for compensation."], **LAST_)
_t("restated_same_merger", R, ["The merger of {F} and {F2} was completed on [[{A:B}]].", "Since the merger on [[{B:B}]], four plants have shut."])
_t("restated_same_election", R, ["{P} won the {T} seat at the election of [[{A:MY}]].", "Her victory at the election of [[{B:MY}]] was later upheld on petition."], sy=True)
_t("restated_same_fire", R, ["The fire at the {F} warehouse broke out on [[{A:AP}]].", "Insurers paid out on the fire, which they dated to [[{B:AP}]]."])
_t("restated_same_strike", R, ["The miners' strike at {T} began in [[{A:MY}]] and lasted eleven weeks.", "Veterans of the strike, which began in [[{B:MY}]], gathered at the pithead for a memorial."], **LAST_)
_t("restated_same_eruption", R, ["The eruption of {M} in [[{A:Y}]] buried three villages.", "Geologists now say that eruption, which they date to [[{B:Y}]], was larger than first thought."], **LAST_)
_t("restated_same_wedding", R, ["{P} married {R} at {T} parish church on [[{A:BO}]].", "Guests at the wedding on [[{B:BO}]] included the mayor."])
_t("restated_same_crash", R, ["The train crash outside {T} happened on [[{A:F}]].", "An inquiry into the crash, which it dated to [[{B:F}]], blamed a faulty signal."])
_t("restated_same_final", R, ["{C} won the cup final on [[{A:F}]], beating {C2} on penalties.", "That final, played on [[{B:MD}]], remains the club's finest hour."], sy=True)
_t("restated_same_coup", R, ["The coup in {N} took place on [[{A:B}]].", "Exiles who fled after the coup, which the new junta marks on [[{B:B}]], were allowed back in a later amnesty."])
_t("restated_same_drought", R, ["The drought of [[{A:Y}]] dried out the reservoirs above {T}.", "Farmers ruined by the drought, which struck in [[{B:Y}]], received no aid."], **LAST_)
_t("restated_same_sinking", R, ["{V} sank off {T} on [[{A:FO}]].", "Divers who reached the wreck years after the sinking of [[{B:FO}]] recovered the ship's bell."])
_t("restated_same_takeover", R, ["The takeover of {F} by {F2} was agreed on [[{A:AP}]].", "The takeover, agreed on [[{B:APMD}]], cost 900 jobs."], sy=True)
_t("restated_same_earthquake", R, ["An earthquake struck {T} on [[{A:ISO}]], according to the seismic bulletin.", "That earthquake, logged on [[{B:ISO}]] by the national survey, cracked the cathedral tower."])
_t("restated_same_protest", R, ["The protest outside {T} town hall took place on [[{A:SH}]].", "Organisers of the protest on [[{B:SH}]] said turnout exceeded expectations."])
_t("restated_same_storm", R, ["{H} battered {T} in [[{A:MY}]].", "Repairs to the sea wall damaged by {H} in [[{B:MY}]] are not yet complete."], **LAST_)
_t("restated_same_referendum", R, ["Voters in {N} backed independence in a referendum held on [[{A:F}]].", "Turnout in the referendum of [[{B:F}]] was the highest on record."])
_t("restated_same_closure", R, ["The closure of the {F} plant at {T} was announced on [[{A:B}]].", "Workers learned of the closure on [[{B:DM}]], by letter."], sy=True)
_t("restated_same_record", R, ["{Q} set the national record over 800 metres at {T} on [[{A:F}]].", "The record, set on [[{B:F}]], stood for a generation."])
_t("restated_same_explosion", R, ["The explosion at the {F} refinery happened on [[{A:DOT}]], the safety report says.", "Three workers were injured in the explosion on [[{B:DOT}]]."])
_t("restated_same_riot", R, ["The riot in {T} broke out on [[{A:FO}]] after a disputed arrest.", "Shopkeepers whose windows were smashed in that riot, on [[{B:FO}]], sued the police."])
_t("restated_same_epidemic", R, ["The cholera epidemic reached {T} in [[{A:SUMMER}]].", "By the time the epidemic of [[{B:Y}]] had run its course, hundreds had died."], **LAST_)
_t("restated_same_inauguration", R, ["{R} was inaugurated as president of {N} on [[{A:B}]].", "Foreign envoys attended the inauguration on [[{B:B}]] in the capital."])
_t("restated_same_landslide", R, ["A landslide cut the road between {T} and {T2} on [[{A:AP}]].", "The landslide, which highway engineers date to [[{B:AP}]], left the valley isolated for a month."])
# different head word: synonym, verb vs noun, pronoun, apposition, passive, fronted phrase, quote
_t("restated_diff_storm_gale", R, ["The storm tore the roof off {T} parish hall on [[{A:F}]].", "Parishioners have raised most of the money needed for repairs since that gale, on [[{B:F}]]."])
_t("restated_diff_takeover_nationalised", R, ["The takeover of {F} by the state was announced on [[{A:B}]].", "The firm was nationalised on [[{B:B}]], and its board replaced."])
_t("restated_diff_verb_noun_resign", R, ["{R} resigned as chief executive of {F} on [[{A:AP}]].", "His resignation, dated [[{B:AP}]], surprised shareholders."])
_t("restated_diff_pronoun_bridge", R, ["The new bridge over the river at {T} opened on [[{A:FO}]].", "It had been opened on [[{B:FO}]], the council's own history says, by a junior minister."])
_t("restated_diff_apposition_blast", R, ["The {T} colliery disaster, an underground blast on [[{A:F}]], killed fourteen men.", "Relatives still gather each year to remember the explosion of [[{B:F}]]."])
_t("restated_diff_passive_arrest", R, ["Detectives arrested {R} at {T} station on [[{A:B}]].", "He was detained on [[{B:DM}]], according to the charge sheet."], sy=True)
_t("restated_diff_fronted_acquisition", R, ["{F} bought {F2} for an undisclosed sum on [[{A:F}]].", "Since its acquisition by {F} in [[{B:MY}]], {F2} has doubled its workforce."])
_t("restated_diff_quote_wedding", R, ["{P} and {R} were married at {T} on [[{A:BO}]].", "\"We tied the knot on [[{B:BO}]] and never looked back,\" {p} said."])
_t("restated_diff_deluge_flood", R, ["The deluge swept through the lower town of {T} in [[{A:MY}]].", "Insurers are still settling claims from those floods, which began in [[{B:MY}]]."], **LAST_)
_t("restated_diff_walkout_strike", R, ["Nurses at {T} General walked out on [[{A:F}]] over pay.", "The strike, which began on [[{B:F}]], ended after six weeks."], **LAST_)
_t("restated_diff_died_death", R, ["{P}, the novelist, died in {T} on [[{A:B}]].", "Her death on [[{B:B}]] came a week after she finished her last manuscript."])
_t("restated_diff_coup_overthrow", R, ["The army seized power in {N} on [[{A:AP}]].", "The overthrow, on [[{B:AP}]], was condemned by {N2}."])
_t("restated_diff_founded_establishment", R, ["{F} was founded in {T} in [[{A:Y}]].", "Since its establishment in [[{B:Y}]] the company has never missed a dividend."])
_t("restated_diff_sank_wreck", R, ["{V} went down off {T} on [[{A:F}]].", "The wreck, which divers date to [[{B:F}]], lies in forty metres of water."])
_t("restated_diff_quake_tremor", R, ["An earthquake shook {T} on [[{A:ISO}]].", "Engineers inspecting the spire after that tremor, on [[{B:ISO}]], found deep cracks."])
_t("restated_diff_signed_accord", R, ["{N} and {N2} signed a fishing treaty on [[{A:BO}]].", "That accord, concluded on [[{B:BO}]], is now being renegotiated."])
_t("restated_diff_won_victory", R, ["{C} won the league title at {T} on [[{A:F}]].", "Fans still sing about that championship, clinched on [[{B:MD}]]."], sy=True)
_t("restated_diff_collapsed_failure", R, ["{F} collapsed into administration on [[{A:B}]].", "Suppliers left unpaid by its failure, on [[{B:B}]], have recovered little."])
_t("restated_diff_erupted_eruption", R, ["{M} erupted in [[{A:LATE}]], blanketing {T} in ash.", "Crops did not recover for years after that outburst, in [[{B:Y}]]."], **LAST_)
_t("restated_diff_hurricane_it", R, ["{H} came ashore at {T} in [[{A:MY}]].", "When it struck, in [[{B:MY}]], forecasters had given barely a day's warning."], **LAST_)
_t("restated_diff_appointed_appointment", R, ["{Q} was appointed governor of the central bank of {N} on [[{A:F}]].", "Markets rallied on news of her appointment, made on [[{B:F}]]."])
_t("restated_diff_shut_closure", R, ["The {F} mill at {T} shut its gates for the last time on [[{A:SH}]].", "The closure, on [[{B:SH}]], ended two centuries of paper-making in the town."])
_t("restated_diff_blaze_fire", R, ["The blaze at {T} cathedral started in the roof on [[{A:F}]].", "Restorers are still working on the damage left by that fire, on [[{B:F}]]."])
_t("restated_diff_ceasefire_truce", R, ["A ceasefire between {N} and {N2} took effect on [[{A:B}]].", "That truce, which both armies date to [[{B:B}]], held for barely a month."])

O = "order_violation"
_t("order_joined_left", O, ["{P} joined {F} on [[{E:F}]] and left the company on [[{L:F}]]."])
_t("order_born_died", O, ["{R} was born in {T} on [[{E:B}]] and died there on [[{L:B}]], aged well over seventy."])
_t("order_built_demolished", O, ["The gasworks at {T} was built in [[{E:Y}]] and demolished in [[{L:Y}]]."], gap=(2, 12))
_t("order_first_then", O, ["{C} were promoted on [[{E:AP}]]; they were then relegated on [[{L:AP}]]."])
_t("order_before", O, ["{V} was launched on [[{E:FO}]], well before her maiden voyage on [[{L:FO}]]."])
_t("order_after", O, ["On [[{L:B}]], after the ceasefire of [[{E:B}]], refugees began returning to {T}."])
_t("order_engaged_married", O, ["{P} and {R} became engaged on [[{E:F}]] and married on [[{L:MD}]]."], sy=True)
_t("order_charged_convicted", O, ["{R} was charged on [[{E:BO}]] and convicted at {T} Crown Court on [[{L:BO}]]."])
_t("order_elected_sworn", O, ["{Q} was elected mayor of {T} on [[{E:F}]] and sworn in on [[{L:F}]]."])
_t("order_announced_completed", O, ["{F} announced the deal on [[{E:ISO}]] and completed it on [[{L:ISO}]], filings show."])
_t("order_opened_closed", O, ["The {T} lido opened in [[{E:MY}]] and closed for good in [[{L:MY}]]."])
_t("order_diagnosed_recovered", O, ["{P} was diagnosed with the illness on [[{E:B}]] and declared fully recovered on [[{L:B}]]."])
_t("order_founded_listed", O, ["{F} was founded in [[{E:Y}]] and first listed on the exchange in [[{L:Y}]]."], gap=(2, 12))
_t("order_subsequently", O, ["Parliament in {N} passed the bill on [[{E:F}]]; the courts subsequently struck it down on [[{L:F}]]."])
_t("order_later", O, ["{M} was first climbed on [[{E:BO}]]; a winter ascent followed later, on [[{L:BO}]]."])
_t("order_began_ended", O, ["The siege of {T} began on [[{E:AP}]] and ended on [[{L:AP}]]."])
_t("order_hired_fired", O, ["{C} appointed {R} as manager on [[{E:F}]] and sacked him on [[{L:SHMD}]]."], sy=True)
_t("order_prior", O, ["Prior to the merger of [[{L:F}]], {F} had issued a profit warning on [[{E:F}]]."])
_t("order_graduated", O, ["{Q} qualified as a doctor in [[{E:MY}]] and took up her first post at {T} General in [[{L:MY}]]."])
_t("order_discovered_extracted", O, ["Geologists discovered the seam near {T} on [[{E:DOT}]]; extraction began on [[{L:DOT}]]."])
_t("order_ratified", O, ["The treaty was signed by {N} on [[{E:B}]] and ratified on [[{L:B}]]."])
_t("order_then_reopened", O, ["Floodwater closed the {T} line on [[{E:F}]]; it reopened on [[{L:F}]]."])
_t("order_first_issue", O, ["The first issue of the {T} Courier appeared on [[{E:FO}]]; the last rolled off the presses on [[{L:FO}]]."])
_t("order_laid_completed", O, ["The foundation stone of {T} town hall was laid in [[{E:EARLY}]] and the building completed in [[{L:Y}]]."], gap=(2, 12))

A = "publication_anachronism"
_t("anachronism_opened", A, ["The new terminal at {T} airport opened to passengers on [[{D:F}]], officials said."])
_t("anachronism_resigned", A, ["{R} resigned as chair of {F} on [[{D:B}]], citing ill health."])
_t("anachronism_match", A, ["{C} beat {C2} 3-1 on [[{D:AP}]] to seal promotion."])
_t("anachronism_storm", A, ["{H} flattened crops across the region when it struck in [[{D:MY}]]."])
_t("anachronism_died", A, ["{P}, the sculptor, died in {T} on [[{D:FO}]]; a funeral was held a week later."])
_t("anachronism_vote", A, ["Councillors in {T} approved the housing plan at a meeting on [[{D:BO}]]."])
_t("anachronism_iso", A, ["The regulator fined {F} in a decision dated [[{D:ISO}]]."])
_t("anachronism_year", A, ["{F} moved its headquarters to {T} in [[{D:Y}]], the annual report says."])
_t("anachronism_mid", A, ["Construction of the {T} reservoir was finished in [[{D:MID}]]."])
_t("anachronism_treaty", A, ["{N} and {N2} ended their dispute with an accord signed on [[{D:F}]]."])
_t("anachronism_trial", A, ["{R} was acquitted by a jury at {T} on [[{D:SH}]]."])
_t("anachronism_dot", A, ["The export licence granted to {F} on [[{D:DOT}]] has since been revoked."])
_t("anachronism_autumn", A, ["The last shift at the {F} mine ended in [[{D:AUTUMN}]]."])
_t("anachronism_summit", A, ["Climbers from {N} reached the summit of {M} on [[{D:B}]], the mountaineering federation confirmed."])
_t("anachronism_rel_yesterday", A, ["The {T} branch of {F} closed [[yesterday]], [[{D:F}]], with the loss of forty jobs."], rel="yesterday")
_t("anachronism_rel_last_week", A, ["Inspectors visited the {T} care home [[last week]], on [[{D:B}]], and rated it inadequate."], rel="last week")
_t("anachronism_rel_this_morning", A, ["The {T} ring road was shut [[this morning]] ([[{D:AP}]]) after a lorry shed its load."], rel="this morning")
_t("anachronism_rel_last_night", A, ["Firefighters at {T} tackled a blaze at a scrapyard [[last night]], [[{D:FO}]]."], rel="last night")
_t("anachronism_rel_sixteen_days", A, ["The fishing boat went missing off {T} [[sixteen days ago]], on [[{D:F}]], and no trace has been found."], rel="sixteen days ago")
_t("anachronism_rel_earlier_this_year", A, ["{F} cut its workforce by a third [[earlier this year]], in [[{D:MY}]]."], rel="earlier this year")
_t("anachronism_rel_last_weekend", A, ["Thousands marched through {T} [[last weekend]], on [[{D:B}]], against the hospital cuts."], rel="last weekend")
_t("anachronism_rel_this_afternoon", A, ["The jury in the {R} case retired [[this afternoon]], [[{D:BO}]], to consider its verdict."], rel="this afternoon")
_t("anachronism_rel_fortnight", A, ["{Q} was sworn in as mayor of {T} [[a fortnight ago]] on [[{D:SH}]]."], rel="a fortnight ago")
_t("anachronism_rel_earlier_this_week", A, ["The ministry of {N} confirmed [[earlier this week]], on [[{D:ISO}]], that talks had stalled."], rel="earlier this week")

DU = "duration_arithmetic"
_t("duration_ago_mill", DU, ["The {T} watermill, opened on [[{S:F}]], has now been grinding corn for [[{NUM} years]]."], unit="years")
_t("duration_served", DU, ["{R} joined the {T} fire brigade on [[{S:B}]] and retired on [[{E:B}]] after [[{NUM} years]] of service."], unit="years", span=(3000, 15000))
_t("duration_married", DU, ["{P} and {R} married on [[{S:BO}]]; he died on [[{E:BO}]], after [[{NUM} years]] together."], unit="years", span=(2000, 18000))
_t("duration_strike_weeks", DU, ["The strike at {F} began on [[{S:F}]] and ended on [[{E:F}]], [[{NUM} weeks]] later."], unit="weeks", span=(20, 400))
_t("duration_days_siege", DU, ["The siege of {T} lasted from [[{S:AP}]] to [[{E:AP}]], a total of [[{NUM} days]]."], unit="days", span=(20, 100))
_t("duration_months_trial", DU, ["The trial of {R} opened on [[{S:F}]] and the verdict came on [[{E:F}]], [[{NUM} months]] on."], unit="months", span=(60, 900))
_t("duration_words_reign", DU, ["{Q} took the throne of {N} on [[{S:F}]] and abdicated on [[{E:F}]], after [[{NUM} years]] as queen."], unit="years", span=(1500, 7000), words=True)
_t("duration_words_exile", DU, ["{R} fled {N} on [[{S:B}]] and returned on [[{E:B}]], ending [[{NUM} years]] in exile."], unit="years", span=(2000, 7000), words=True)
_t("duration_decade", DU, ["The {T} bypass was begun in [[{S:MY}]] and finished in [[{E:MY}]], [[{NUM}]] later."], unit="years", span=(1500, 9000), fixed=(10, "a decade"))
_t("duration_half_century", DU, ["{F} was founded on [[{S:F}]] and wound up on [[{E:F}]], [[{NUM}]] after its birth."], unit="years", span=(3000, 14000), fixed=(50, "half a century"))
_t("duration_fortnight", DU, ["{V} sailed from {T} on [[{S:F}]] and docked on [[{E:F}]], [[{NUM}]] later."], unit="days", span=(40, 200), fixed=(14, "a fortnight"))
_t("duration_centenary", DU, ["The {T} brass band, formed in [[{S:Y}]], marked its [[{NUM}]] in [[{E:Y}]]."], unit="years", span=(4000, 20000), fixed=(100, "centenary"), yr=(1900, 1990))
_t("duration_ordinal_anniv", DU, ["{C}, founded on [[{S:B}]], celebrated its [[{NUM} anniversary]] on [[{E:B}]]."], unit="years", span=(3000, 30000), ordinal=True)
_t("duration_ago_since", DU, ["The lighthouse at {T} was automated on [[{S:F}]], [[{NUM} years ago]]."], unit="years")
_t("duration_ago_months", DU, ["The {F} factory was last inspected on [[{S:F}]], some [[{NUM} months]] before this report."], unit="months", yr=(2005, 2014), top=120)
_t("duration_since_founded", DU, ["The {T} food bank has fed families every week since it opened on [[{S:BO}]]: [[{NUM} years]] in all."], unit="years", yr=(1950, 2012))
_t("duration_days_flight", DU, ["The balloonists left {T} on [[{S:F}]] and came down in {N} on [[{E:F}]], [[{NUM} days]] after take-off."], unit="days", span=(30, 90))
_t("duration_weeks_recall", DU, ["{F} recalled the batch on [[{S:SH}]] and cleared it for sale on [[{E:SH}]], [[{NUM} weeks]] later."], unit="weeks", span=(60, 500))
_t("duration_months_closure", DU, ["The {T} line closed for repairs on [[{S:F}]] and reopened on [[{E:F}]] after [[{NUM} months]]."], unit="months", span=(100, 1200))
_t("duration_years_prison", DU, ["{R} was jailed on [[{S:F}]] and freed on [[{E:F}]], having served [[{NUM} years]]."], unit="years", span=(1500, 9000))
_t("duration_age_death", DU, ["{P}, born on [[{S:B}]], died at {T} on [[{E:B}]], aged [[{NUM}]]."], unit="years", span=(15000, 34000), min=10)
_t("duration_iso_contract", DU, ["The contract with {F}, signed on [[{S:ISO}]], expired on [[{E:ISO}]], a term of [[{NUM} months]]."], unit="months", span=(200, 1800))
_t("duration_dot_permit", DU, ["The permit ran from [[{S:DOT}]] to [[{E:DOT}]], a period of [[{NUM} weeks]]."], unit="weeks", span=(100, 900))
_t("duration_words_coach", DU, ["{R} coached {C} from [[{S:MY}]] until [[{E:MY}]], a spell of [[{NUM} years]]."], unit="years", span=(1500, 6500), words=True)
_t("duration_context_days", DU, ["Rescuers reached the trapped miners at {T} on [[{E:MD}]], [[{NUM} days]] after the roof fall of [[{S:F}]]."], unit="days", span=(40, 120))
_t("duration_tenure_mayor", DU, ["{Q} served as mayor of {T} from [[{S:FO}]] until [[{E:FO}]], a tenure of [[{NUM} years]]."], unit="years", span=(1200, 8000))
_t("duration_weeks_ago", DU, ["The bridge at {T} has been shut since [[{S:F}]], a closure that has now run for [[{NUM} weeks]]."], unit="weeks", yr=(2010, 2014), top=400)
_t("duration_months_dry_spell", DU, ["Rain finally fell on {T} on [[{E:B}]], ending a dry spell that began on [[{S:B}]] and lasted [[{NUM} months]]."], unit="months", span=(200, 1500))
_t("duration_months_voyage", DU, ["The expedition left for {M} in [[{S:MY}]] and returned in [[{E:MY}]], [[{NUM} months]] later."], unit="months", span=(200, 900))
_t("duration_years_since_final", DU, ["{C} last reached a cup final on [[{S:F}]], [[{NUM} years]] before the current campaign."], unit="years")
_t("duration_years_marriage_ago", DU, ["{P} has lived in {T} since her wedding on [[{S:BO}]], [[{NUM} years]] and counting."], unit="years", yr=(1940, 2010))
