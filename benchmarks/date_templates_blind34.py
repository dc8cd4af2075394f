"""``blind34``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind34`` templates.  Written on 2026-11-24 (started 02:32:28 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind33's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), its date tests
# (tests/test_temporal*, tests/test_event_identity.py, tests/test_order*,
# tests/test_restate*, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/, the body of benchmarks/event_identity.py, any other
# template file, or the git history.
# Base commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# 453123ab99ece942e8d5e63f09e59627950f22c5.
# What was read: lines 1-401 of benchmarks/date_templates_blind33.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its first ``_t(`` template, found with ``grep -n '^_t('``, whose output
# showed that first template's line in full: a weekday template about a pier
# fire) -- its machinery (lines 89-399) was copied and adapted (``b34_``
# names, ``BLIND34_TEMPLATES``, "seventeen days ago" as the new relative
# anchor, different from blind33's "sixteen days ago"), its name lists were
# replaced and none of its names, places or sentences were reused;
# tests/date_template_checks.py (whole file, the shared checks);
# tests/test_date_templates_independent.py (whole file, where the
# ``blind34`` row was added and the docstring's range extended to blind34);
# in tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A12``); in benchmarks/date_conflicts.py only the output of
# ``grep -n "import BLIND"`` (the blind5-blind33 import lines, 60-88) and of
# ``grep -n -A15 "^INDEPENDENT_SETS"`` (the whole dict, lines 2582-2594, and
# the start of the next definition, ``def temporal_learned() -> bool:``), then
# one import line and one dict entry were added with a python edit; in
# benchmarks/event_identity.py only the ``FRESH = (...)`` line, changed with
# the sed line of the brief and shown with ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A12`` of ``load_benchmark`` ran into the
# signature of tests/conftest.py's ``date_conflicts`` helper, and the
# ``grep -A15`` of ``INDEPENDENT_SETS`` into the name ``temporal_learned``.
# No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind34``, which runs no
# detector) and a throwaway script (outside the worktree) applying the shared
# checks over 300 seeds and printing a few rendered samples -- never through
# the detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set, to be scored ONCE on the final code
# of session 15 and never used to tune the detector.  Every template is
# used: ``--split blind34``.
#
# Conventions (those of blind33, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b34_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# date) and ``later`` the one it puts second (label ``L``) -- with
# "before"/"prior to" the clause told second in the sentence is the one said
# to come first, so it carries ``E``.  Order pairs and connectives: born/
# died, charged/convicted, built/demolished, "before the merger ... had
# already been sold off", "after graduating", "and then", "was later
# knighted", "subsequently released", "prior to her election", "was followed
# by", engaged/married, launched/maiden voyage, nominated/won, diagnosed/
# recovered, bid/accepted, first/second ascent, quake/aftershock,
# independence/joined, signed/debut, opened/closed, indicted/trial, finished
# the manuscript/published.  Restated templates are ``b34_restated_same_*``
# (one head word twice: "the flood" ... "the flood") or
# ``b34_restated_diff_*`` (referred back in other words: synonym --
# blaze/fire, landfall of a named hurricane/the storm, ceasefire/truce,
# earthquake/tremor, walked out/strike, deluge/floods, title/championship
# --, verb against noun -- resigned/resignation, died/death, founded/
# establishment, shut/closure, collapsed/failure, appointed/appointment (in
# a quote), detained/arrest, bought/acquisition, erupted/outburst, sacked/
# dismissal, married/wedding --, state ownership against "was
# nationalised", pronoun "it", "the wreck", "that accord"); which side gets
# the earlier date is drawn at random; events that last (a flood, a strike,
# an eruption, a drought, an epidemic, a deluge) are dated at least two
# calendar years apart (``gap=(2, 12)``).  Duration phrasings: "for N
# years, from ... until", "the N-year-old ... built in", "N weeks after",
# "a decade-long", "N days later", "N years ago, in", "lasted N months, from
# ... to", "after N weeks on strike", "its Nth anniversary", "half a
# century", "centenary", "ran for a fortnight", "aged N", "lasted just N
# months", "after N days of evidence", "returned N years later", "the
# N-year marriage", "N days after the quake", "ending a decade of", "the
# N-week walkout", "was N months old when", "N days in all".  Like blind33,
# the set has no near-miss or clean (conflict-free) templates: every
# template must be a real conflict of its kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "seventeen days ago").  Counts: 22 weekday_mismatch, 22 impossible_date,
# 42 restated_event (20 same, 22 diff), 22 order_violation, 22
# publication_anachronism (13 dated after publication, 9 relative
# expressions pinned far from it), 30 duration_arithmetic (160 in all).
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
                           "seventeen days ago"})


FIRST_F = ["Wilhelmina", "Cordelia", "Saoirse", "Henrietta", "Ottilie", "Magdalena", "Clementine", "Ysolde"]
FIRST_M = ["Ambrose", "Crispin", "Lucian", "Tobias", "Ignatius", "Percival"]
LAST = ["Fairweather", "Okonkwo-Brandt", "Lindqvist", "Drummond-Achebe", "Whitlock", "Marchetti-Hale", "Penhaligon",
        "Stroud", "Abernethy-Osei", "Kingsolver", "Ravensworth", "Tallis-Moreau", "Blackadder", "Greenhalgh"]
TOWNS = ["Little Ormsby", "Fennick Bridge", "Hatherleigh Down", "Skelwith Magna", "Ravensmouth", "Coldharbour Vale",
         "Drumlanrig End", "Wexcombe", "Pennock Ford", "Alderwick"]
FIRMS = ["Tidemark Holdings", "Brackenridge Steel", "Quillon Pharmaceuticals", "Marlowe & Sedge",
         "Saltash Aerospace", "Heronsgate Foods", "Lodestar Telecom", "Copperfold Textiles"]
NATIONS = ["Veskaria", "Montrena", "Halvoria", "Serrandia", "Kazimiria", "Ostrelia"]
CLUBS = ["Little Ormsby Town", "Fennick Bridge United", "Ravensmouth Albion", "Wexcombe Wanderers",
         "Alderwick Orient", "Pennock Ford City"]
STORMS = ["Hurricane Isadora", "Typhoon Marchant", "Cyclone Ebrima", "Storm Gwenllian", "Hurricane Leocadia"]
SHIPS = ["the trawler Silver Plover", "MV Ardent Kestrel", "the ferry Lady Evangeline", "the bulk carrier Iron Tern"]
PEAKS = ["Mount Corvath", "the Hohenwald", "Mount Elsmere", "the Sgurr Liath"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


BLIND34_TEMPLATES = new_templates()
_t = registrar("b34_", BLIND34_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_quarry_blast", W, ["Residents of {T} felt the quarry blast that went wrong on the afternoon of [[{WD}, {D:F}]], and three cottages lost their windows."])
_t("weekday_council_vote", W, ["Councillors in {T2} voted 9-4 on [[{WD}, {D:B}]] to close the swimming baths on Mill Lane."])
_t("weekday_ap_arrest", W, ["Police arrested {R}, 44, at his home in {T} on [[{WD} {D:AP}]], a spokesman said."], ap=True)
_t("weekday_cup_replay", W, ["{C} won the replay 3-1 in front of 11,000 fans on [[{WD}, {D:FO}]], with {r} scoring twice."])
_t("weekday_ship_aground", W, ["{V} ran aground off {T} in fog in the early hours of [[{WD} {D:BO}]]; all nineteen crew were lifted off."])
_t("weekday_plant_opening", W, ["{F} opened its bottling plant outside {T2} on [[{WD}, {D:ORD}]], promising 240 jobs."])
_t("weekday_iso_log", W, ["According to the harbour log, the pilot boat was launched at 04:10 on [[{WD} {D:ISO}]]."])
_t("weekday_dot_filing", W, ["The court filing, stamped [[{WD} {D:DOT}]], names {P} as the sole director."])
_t("weekday_sh_bulletin", W, ["Met office bulletin, issued [[{WD} {D:SH}]]: gales of force nine expected over {T}."])
_t("weekday_funeral", W, ["The funeral of {P} will be held at St Aldhelm's in {T} on [[{WD}, {D:F}]] at 11am."])
_t("weekday_strike_ballot", W, ["Dockers at {T2} walked out at midnight on [[{WD}, {D:B}]] after the pay offer was rejected."])
_t("weekday_ap_verdict", W, ["Jurors returned their verdict on [[{WD}, {D:AP}]] after nine hours of deliberation."], ap=True)
_t("weekday_summit_talks", W, ["Ministers from {N} and {N2} met behind closed doors on [[{WD}, {D:FO}]] to discuss the fishing limits."])
_t("weekday_bridge_reopen", W, ["The swing bridge at {T} reopened to traffic on [[{WD} {D:BO}]], eleven weeks behind schedule."])
_t("weekday_letter_dated", W, ["In a letter dated [[{WD}, {D:ORD}]], {Q} told the trustees she would not seek another term."])
_t("weekday_derby_report", W, ["It was a derby to forget for {C2}, beaten 4-0 at home on [[{WD}, {D:F}]]."])
_t("weekday_power_cut", W, ["About 30,000 homes in {T} lost power when a substation caught fire on [[{WD}, {D:B}]]."])
_t("weekday_ap_recall", W, ["{F} issued the recall of its tinned salmon on [[{WD}, {D:AP}]], citing a sealing fault."], ap=True)
_t("weekday_avalanche", W, ["Two climbers were caught by an avalanche below {M} on the morning of [[{WD} {D:SH}]]."])
_t("weekday_gala_night", W, ["The orchestra's gala, held on [[{WD}, {D:FO}]], raised enough to restore the organ, organisers said."])
_t("weekday_obit_collapse", W, ["{R} collapsed while walking his dogs near {T2} on [[{WD}, {D:F}]] and died later in hospital."])
_t("weekday_iso_launch", W, ["Mission control recorded lift-off of the weather satellite at 22:41 on [[{WD}, {D:ISO}]]."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_deed_signed", I, ["The deed transferring the mill to {F} was signed on [[{D:F}]], the land registry shows."])
_t("impossible_born_b", I, ["{P} was born in {T} on [[{D:B}]], the daughter of a signalman."])
_t("impossible_ap_hearing", I, ["A hearing is set for [[{D:AP}]] in the county court at {T2}."])
_t("impossible_iso_record", I, ["The gauge's record peak, 4.3 metres, is logged under [[{D:ISO}]]."])
_t("impossible_dot_invoice", I, ["The invoice, dated [[{D:DOT}]], was for 14,000 in consultancy fees."])
_t("impossible_ord_treaty", I, ["The border treaty between {N} and {N2} entered into force on [[{D:ORD}]]."])
_t("impossible_fo_wedding", I, ["{Q} and {R} married at the registry office in {T} on [[{D:FO}]]."])
_t("impossible_bo_match", I, ["{C} last beat {C2} away on [[{D:BO}]], a 2-1 win in the snow."])
_t("impossible_sh_manifest", I, ["Cargo manifest for {V}, sailing [[{D:SH}]]: timber, zinc ingots, 40 head of cattle."])
_t("impossible_md_festival", I, ["The regatta at {T} is held every year on [[{D:MD}]], weather permitting."])
_t("impossible_dm_deadline", I, ["Applicants have until [[{D:DM}]] to lodge objections with the planning office, the notice says."])
_t("impossible_apmd_fair", I, ["The county fair opens [[{D:APMD}]] and runs for a week."])
_t("impossible_shmd_timetable", I, ["The winter timetable for the {T2} line starts on [[{D:SHMD}]] each year."])
_t("impossible_ordny_feast", I, ["In {T}, the feast of the patron saint falls on [[{D:ORDNY}]]."])
_t("impossible_ow_tradition", I, ["By tradition, the salmon season on the river closes on [[{D:OW}]]."])
_t("impossible_f_contract", I, ["{F2} said the contract with the ministry was awarded on [[{D:F}]] and ran for five years."])
_t("impossible_b_death", I, ["The parish register records that {R} died on [[{D:B}]] at the age of 81."])
_t("impossible_ap_charged", I, ["{R} was charged with fraud on [[{D:AP}]], prosecutors said."])
_t("impossible_iso_patent", I, ["Patent filing date: [[{D:ISO}]]; applicant: {F}."])
_t("impossible_fo_eruption", I, ["Ash from {M} began falling on the valley on [[{D:FO}]], according to the observatory."])
_t("impossible_ord_ordination", I, ["She was ordained in the cathedral at {T2} on [[{D:ORD}]], one of the first women in the diocese."])
_t("impossible_dot_plate", I, ["A brass plate on the foundation stone reads: laid by {P}, [[{D:DOT}]]."])

# --- restated_event: same head word -------------------------------------------
R = "restated_event"
_t("restated_same_flood", R, ["The flood of [[{A:MY}]] swept away the footbridge at {T}.", "Insurers paid out 12 million after the flood, which struck in [[{B:MY}]]."], gap=(2, 12))
_t("restated_same_merger", R, ["{F} completed its merger with {F2} on [[{A:F}]].", "Analysts say the merger, finalised on [[{B:F}]], doubled its debt."])
_t("restated_same_coup", R, ["The coup in {N} on [[{A:B}]] brought the army to power.", "Since the coup of [[{B:B}]] no elections have been held."])
_t("restated_same_final", R, ["{C} won the final on [[{A:AP}]] with a late penalty.", "Fans still sing about the final, played on [[{B:AP}]]."])
_t("restated_same_fire", R, ["The fire at the {T} warehouse started shortly after 2am on [[{A:FO}]].", "Investigators believe the fire of [[{B:FO}]] was started deliberately."])
_t("restated_same_sinking", R, ["{V} sank in heavy seas on [[{A:BO}]].", "An inquiry into the sinking, which happened on [[{B:BO}]], blamed a faulty hatch."])
_t("restated_same_election", R, ["{P} won the {T} by-election in [[{A:Y}]] by 312 votes.", "It was the by-election of [[{B:Y}]] that made her name."])
_t("restated_same_strike", R, ["The miners' strike began in [[{A:EARLY}]] and lasted most of the year.", "Families in {T2} remember the strike of [[{B:EARLY}]] as the hardest time."], gap=(2, 12))
_t("restated_same_crash", R, ["The crash on the {T} bypass on [[{A:MD}]] killed two.", "Police re-opened the file on the crash, which happened on [[{B:MD}, {B:Y}]]."], sy=True)
_t("restated_same_robbery", R, ["The robbery at the {F} depot on [[{A:ORD}]] netted 2 million in cash.", "No one has been convicted of the robbery, carried out on [[{B:ORD}]]."])
_t("restated_same_launch", R, ["{F} unveiled the handset at a launch in {T} on [[{A:ISO}]].", "Sales began two weeks after the launch ([[{B:ISO}]])."])
_t("restated_same_drought", R, ["The drought of [[{A:SUMMER}]] left reservoirs at a fifth of capacity.", "Farmers blame the drought of [[{B:SUMMER}]] for the loss of their herds."], gap=(2, 12))
_t("restated_same_referendum", R, ["Voters in {N} backed independence in a referendum on [[{A:F}]].", "The referendum, held on [[{B:F}]], was boycotted by the opposition."])
_t("restated_same_derailment", R, ["The derailment near {T2} on [[{A:SH}]] closed the line for a month.", "Rail chiefs apologised for the derailment of [[{B:SH}]]."])
_t("restated_same_acquittal", R, ["{R} was acquitted on [[{A:AP}]].", "After the acquittal on [[{B:AP}]], he sued the force for wrongful arrest."])
_t("restated_same_takeover", R, ["The takeover of {F2} by {F} went through in [[{A:APMY}]].", "Staff cuts followed the takeover of [[{B:APMY}]]."])
_t("restated_same_epidemic", R, ["The cholera epidemic of [[{A:Y}]] killed hundreds in {T}.", "A memorial to victims of the epidemic, which broke out in [[{B:Y}]], stands in the square."], gap=(2, 12))
_t("restated_same_summit", R, ["Leaders of {N} and {N2} held a summit on [[{A:DM}]].", "At the summit, on [[{B:DM} {B:Y}]], they agreed to reopen the border."], sy=True)
_t("restated_same_concert", R, ["The band played its last concert at {T} town hall on [[{A:BO}]].", "Bootlegs of the concert, dated [[{B:BO}]], still circulate."])
_t("restated_same_eruption", R, ["The eruption of {M} in [[{A:LATE}]] buried two villages.", "Survivors of the eruption of [[{B:LATE}]] were rehoused in {T2}."], gap=(2, 12))

# --- restated_event: different words ------------------------------------------
_t("restated_diff_resigned_resignation", R, ["{P} resigned as chief executive of {F} on [[{A:F}]].", "Her resignation, announced on [[{B:F}]], wiped 8 per cent off the shares."])
_t("restated_diff_blaze_fire", R, ["The blaze at {T} cathedral broke out on [[{A:B}]].", "Restoration after the fire of [[{B:B}]] cost 40 million."])
_t("restated_diff_gale_storm", R, ["{H} made landfall near {T} on [[{A:FO}]].", "The storm, which struck on [[{B:FO}]], flattened the pier."])
_t("restated_diff_truce_ceasefire", R, ["{N} and {N2} signed a ceasefire on [[{A:AP}]].", "That truce, agreed on [[{B:AP}]], held for barely a month."])
_t("restated_diff_died_death", R, ["{R} died at his home in {T2} on [[{A:BO}]].", "News of his death on [[{B:BO}]] was kept from the press for a week."])
_t("restated_diff_founded_establishment", R, ["{F2} was founded in a garage in {T} in [[{A:Y}]].", "Since its establishment in [[{B:Y}]] it has grown to 3,000 staff."])
_t("restated_diff_closed_closure", R, ["The {T2} colliery shut for good in [[{A:MY}]].", "The closure, in [[{B:MY}]], cost 900 jobs."])
_t("restated_diff_pronoun_opened", R, ["The new {T} library opened on [[{A:F}]].", "It had opened, the council confirms, on [[{B:F}]]."])
_t("restated_diff_apposition_quake", R, ["The earthquake that levelled {T} struck on [[{A:ORD}]].", "Aid agencies, still active after the tremor of [[{B:ORD}]], appealed for funds."])
_t("restated_diff_quote_appointed", R, ["{Q} was appointed head of the {N} central bank on [[{A:B}]].", "\"My appointment on [[{B:B}]] came as a complete surprise,\" {q} said."])
_t("restated_diff_walkout_strike", R, ["Nurses at {T} General walked out on [[{A:AP}]] over staffing.", "The strike, which began on [[{B:AP}]], ended with a 6 per cent deal."])
_t("restated_diff_detained_arrest", R, ["{R} was detained at {T2} airport on [[{A:SH}]].", "Lawyers said his arrest, on [[{B:SH}]], was unlawful."])
_t("restated_diff_wreck", R, ["{V} foundered off {T} on [[{A:FO}]].", "Divers have since reached the wreck, lost on [[{B:FO}]]."])
_t("restated_diff_title_championship", R, ["{C} clinched the league title on [[{A:DM}]] with a draw.", "The championship, sealed on [[{B:DM}, {B:Y}]], was the club's first in 60 years."], sy=True)
_t("restated_diff_nationalised", R, ["{N} took {F} into state ownership in [[{A:Y}]].", "The firm was nationalised in [[{B:Y}]], the ministry's archive shows."])
_t("restated_diff_collapsed_failure", R, ["The dam above {T} collapsed on [[{A:ISO}]].", "Engineers blamed the failure ([[{B:ISO}]]) on poor grouting."])
_t("restated_diff_deluge_floods", R, ["A deluge in [[{A:AUTUMN}]] turned the high street of {T2} into a river.", "The floods of [[{B:AUTUMN}]] are still mentioned at every council meeting."], gap=(2, 12))
_t("restated_diff_accord", R, ["{N} signed the fisheries agreement with {N2} on [[{A:F}]].", "That accord, dated [[{B:F}]], set quotas for a decade."])
_t("restated_diff_acquisition", R, ["{F} bought {F2} in [[{A:MY}]] for 300 million.", "Since its acquisition in [[{B:MY}]], {F2} has shed half its staff."])
_t("restated_diff_erupted_outburst", R, ["{M} erupted in [[{A:MID}]], forcing 5,000 to flee.", "Lava from that outburst in [[{B:MID}]] still scars the slopes."], gap=(2, 12))
_t("restated_diff_sacked_dismissal", R, ["{C2} sacked manager {R} on [[{A:BO}]].", "His dismissal on [[{B:BO}]] followed six straight defeats."])
_t("restated_diff_married_wedding", R, ["{Q} married {R} in {T} on [[{A:ORD}]].", "Photographs of the wedding, held on [[{B:ORD}]], were sold to a magazine."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_born_died", O, ["{R} was born in {T} in [[{E:Y}]] and died in [[{L:Y}]] at his daughter's home."])
_t("order_charged_convicted", O, ["{R} was charged on [[{E:F}]] and convicted by a jury on [[{L:F}]]."])
_t("order_built_demolished", O, ["The gasometer at {T2} was built in [[{E:Y}]] and demolished in [[{L:Y}]]."])
_t("order_before_merger", O, ["Before the merger in [[{L:MY}]], {F2} had already been sold off by its founders in [[{E:MY}]]."])
_t("order_after_graduated", O, ["After graduating in [[{E:Y}]], {P} joined {F} as a trainee in [[{L:Y}]]."])
_t("order_then_promoted", O, ["{Q} joined the force on [[{E:B}]] and was then promoted to sergeant on [[{L:B}]]."])
_t("order_later_knighted", O, ["{R} founded {F} in [[{E:Y}]]; he was later knighted, in [[{L:Y}]], for services to industry."])
_t("order_subsequently_released", O, ["{R} was jailed on [[{E:AP}]] and subsequently released on [[{L:AP}]] on appeal."])
_t("order_prior_to_election", O, ["Prior to her election as mayor in [[{L:Y}]], {P} had chaired the housing committee from [[{E:Y}]]."])
_t("order_followed_protest", O, ["The protest on [[{E:FO}]] was followed by a general strike on [[{L:FO}]]."])
_t("order_engaged_married", O, ["{Q} and {R} got engaged in [[{E:MY}]] and married in [[{L:MY}]]."])
_t("order_launched_maiden", O, ["{V} was launched on [[{E:BO}]] and made her maiden voyage on [[{L:BO}]]."])
_t("order_nominated_won", O, ["The film was nominated in [[{E:EARLY}]] and won the festival prize in [[{L:LATE}]]."])
_t("order_diagnosed_recovered", O, ["{P} was diagnosed in [[{E:SH}]] and declared fully recovered on [[{L:SH}]]."])
_t("order_bid_accepted", O, ["{F} made its first bid on [[{E:ISO}]]; the board accepted it on [[{L:ISO}]]."])
_t("order_first_second", O, ["The first ascent of the north face of {M} came in [[{E:Y}]], the second in [[{L:Y}]]."])
_t("order_quake_aftershock", O, ["The main quake hit on [[{E:MD}]], and the strongest aftershock followed on [[{L:MD}, {L:Y}]]."], sy=True)
_t("order_independence_joined", O, ["{N} won independence in [[{E:Y}]] and joined the regional trade bloc in [[{L:Y}]]."])
_t("order_signed_debut", O, ["{C} signed {r} from {C2} on [[{E:ORD}]], and he made his debut on [[{L:ORD}]]."])
_t("order_opened_closed", O, ["The {T} cottage hospital opened its doors in [[{E:MID}]] and closed them for good in [[{L:MID}]]."])
_t("order_indicted_trial", O, ["{R} was indicted in [[{E:APMY}]]; his trial started in [[{L:APMY}]]."])
_t("order_wrote_published", O, ["{P} finished the manuscript in [[{E:SUMMER}]], and the novel was published in [[{L:SPRING}]]."])

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"
_t("anachronism_obit_died", A, ["{R}, the former chairman of {F}, died on [[{D:F}]], his family said."])
_t("anachronism_bridge_opened", A, ["The new crossing at {T} was opened to traffic on [[{D:B}]]."])
_t("anachronism_ap_sentenced", A, ["{R} was sentenced to six years on [[{D:AP}]] for the fraud."])
_t("anachronism_cup_won", A, ["{C} lifted the county cup in [[{D:MY}]] after beating {C2} on penalties."])
_t("anachronism_iso_filing", A, ["Companies House shows {F2} filed its accounts on [[{D:ISO}]]."])
_t("anachronism_merger_done", A, ["The merger of {F} and {F2} was completed on [[{D:FO}]], creating the region's largest employer."])
_t("anachronism_flood_hit", A, ["Floods hit {T2} in [[{D:Y}]], forcing 400 people from their homes."])
_t("anachronism_election_won", A, ["{P} won the presidency of {N} in the run-off on [[{D:BO}]]."])
_t("anachronism_ord_opened", A, ["The museum's new wing was opened by {Q} on [[{D:ORD}]]."])
_t("anachronism_sh_quake", A, ["A magnitude 6.1 earthquake struck {N2} on [[{D:SH}]], the seismological service said."])
_t("anachronism_dot_notice", A, ["The notice, dated [[{D:DOT}]], confirms the closure of the {T} branch."])
_t("anachronism_mid_closure", A, ["The steelworks at {T} closed in [[{D:MID}]] with the loss of 700 jobs."])
_t("anachronism_late_launch", A, ["{F} launched its electric van in [[{D:LATE}]]."])
_t("anachronism_rel_yesterday", A, ["{P} resigned as party leader [[yesterday]], [[{D:F}]], after a week of pressure."], rel="yesterday")
_t("anachronism_rel_last_week", A, ["The talks in {T} [[last week]], which began on [[{D:B}]], ended without a deal."], rel="last week")
_t("anachronism_rel_this_morning", A, ["The {T2} ferry was cancelled [[this morning]] ([[{D:AP}]]) because of high winds."], rel="this morning")
_t("anachronism_rel_seventeen_days", A, ["{R} went missing [[seventeen days ago]], on [[{D:FO}]], after leaving a pub in {T}."], rel="seventeen days ago")
_t("anachronism_rel_last_weekend", A, ["{C} fans clashed with police [[last weekend]], on [[{D:BO}]], outside the ground."], rel="last weekend")
_t("anachronism_rel_earlier_month", A, ["{F} cut 300 jobs [[earlier this month]], on [[{D:ORD}]], blaming weak orders."], rel="earlier this month")
_t("anachronism_rel_last_night", A, ["Fire crews fought a blaze at a {T} care home [[last night]] ([[{D:ISO}]])."], rel="last night")
_t("anachronism_rel_earlier_week", A, ["Ministers of {N} met their {N2} counterparts [[earlier this week]], on [[{D:SH}]]."], rel="earlier this week")
_t("anachronism_rel_fortnight", A, ["{Q} was sworn in as chief constable [[a fortnight ago]], on [[{D:F}]]."], rel="a fortnight ago")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
_t("duration_served_years", D, ["{P} served on the bench for [[{NUM} years]], from [[{S:Y}]] until her retirement in [[{E:Y}]]."], unit="years", span=(2000, 14000))
_t("duration_bridge_year_old", D, ["The [[{NUM}-year-old]] footbridge at {T}, built in [[{S:Y}]], is to be replaced."], unit="years")
_t("duration_weeks_after", D, ["The ferry resumed sailings on [[{E:F}]], [[{NUM} weeks]] after the collision of [[{S:F}]]."], unit="weeks", span=(20, 300))
_t("duration_decade_long", D, ["{F} and {F2} settled in [[{E:MY}]] what both sides called [[{NUM}-long]] dispute, begun in [[{S:MY}]]."], unit="years", span=(300, 9000), fixed=(10, "a decade"))
_t("duration_days_later", D, ["{R} was reported missing on [[{S:FO}]] and found alive [[{NUM} days]] later, on [[{E:FO}]]."], unit="days", span=(30, 100))
_t("duration_ago_founded", D, ["{F} was founded [[{NUM} years ago]], in [[{S:Y}]], as a one-room workshop."], unit="years")
_t("duration_months_siege", D, ["The siege of {T} lasted [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."], unit="months", span=(120, 1500), top=60)
_t("duration_words_weeks", D, ["After [[{NUM} weeks]] on strike, from [[{S:B}]] to [[{E:B}]], the dockers went back."], unit="weeks", span=(10, 250), words=True)
_t("duration_reign_years", D, ["{R} ruled {N} for [[{NUM} years]] after seizing power in [[{S:Y}]]; he was ousted in [[{E:Y}]]."], unit="years", span=(1500, 12000))
_t("duration_anniversary", D, ["{C} celebrates its [[{NUM}]] anniversary this season, having been formed in [[{S:Y}]]."], unit="years", ordinal=True)
_t("duration_half_century", D, ["The couple, who married in [[{S:Y}]], marked [[{NUM}]] together in [[{E:Y}]]."], unit="years", span=(3000, 15000), fixed=(50, "half a century"))
_t("duration_centenary", D, ["The {T} lifeboat station, opened in [[{S:Y}]], held its [[{NUM}]] celebrations in [[{E:Y}]]."], unit="years", span=(15000, 30000), fixed=(100, "centenary"), yr=(1900, 1960))
_t("duration_fortnight", D, ["The fair opened on [[{S:F}]] and ran for [[{NUM}]], closing on [[{E:F}]]."], unit="days", span=(40, 120), fixed=(14, "a fortnight"))
_t("duration_aged_at_death", D, ["{R}, born on [[{S:B}]], died on [[{E:B}]], aged [[{NUM}]]."], unit="years", span=(9000, 30000), min=18)
_t("duration_tenure_months", D, ["{Q} lasted just [[{NUM} months]] as manager of {C}, arriving in [[{S:APMY}]] and leaving in [[{E:APMY}]]."], unit="months", span=(200, 1500), top=60)
_t("duration_year_old_firm", D, ["The [[{NUM}-year-old]] family firm, established in [[{S:MY}]], has gone into administration."], unit="years")
_t("duration_days_trial", D, ["The trial of {R} opened on [[{S:AP}]] and ended on [[{E:AP}]] after [[{NUM} days]] of evidence."], unit="days", span=(40, 110))
_t("duration_weeks_search", D, ["The search for {V} was called off on [[{E:ISO}]] after [[{NUM} weeks]]; she had vanished on [[{S:ISO}]]."], unit="weeks", span=(40, 400))
_t("duration_ago_opened", D, ["The cinema opened [[{NUM} years ago]], in [[{S:MY}]], and still has its original organ."], unit="years")
_t("duration_words_years", D, ["{P} spent [[{NUM} years]] in exile, from [[{S:Y}]] until her return to {N} in [[{E:Y}]]."], unit="years", span=(3000, 7000), words=True)
_t("duration_months_repairs", D, ["Repairs to the viaduct took [[{NUM} months]], from [[{S:SH}]] to [[{E:SH}]]."], unit="months", span=(500, 1500), top=80)
_t("duration_years_later", D, ["{P} left {T} in [[{S:Y}]] and returned [[{NUM} years]] later, in [[{E:Y}]], as its MP."], unit="years", span=(2000, 9000))
_t("duration_year_marriage", D, ["The [[{NUM}-year]] marriage of {Q} and {R}, which began in [[{S:Y}]], ended in divorce in [[{E:Y}]]."], unit="years", span=(1000, 7000))
_t("duration_days_after_quake", D, ["A baby was pulled alive from the rubble on [[{E:BO}]], [[{NUM} days]] after the quake of [[{S:BO}]]."], unit="days", span=(30, 80))
_t("duration_decade_ban", D, ["{N} lifted its ban on whaling in [[{E:Y}]], ending [[{NUM}]] of prohibition that began in [[{S:Y}]]."], unit="years", span=(6000, 12000), fixed=(10, "a decade"))
_t("duration_weeks_old_strike", D, ["The [[{NUM}-week]] walkout at {F}, begun on [[{S:F}]], ended on [[{E:F}]]."], unit="weeks", span=(150, 500))
_t("duration_months_old_baby", D, ["Born on [[{S:FO}]], the panda cub was [[{NUM} months]] old when she went on show on [[{E:FO}]]."], unit="months", span=(300, 900), top=40)
_t("duration_ago_mine_closed", D, ["Coal was last dug at {T2} [[{NUM} years ago]]; the pit shut in [[{S:LATE}]]."], unit="years")
_t("duration_years_in_post", D, ["In [[{E:MY}]], after [[{NUM} years]] in the post she had taken up in [[{S:MY}]], {Q} stepped down."], unit="years", span=(2500, 9000))
_t("duration_words_days", D, ["The blockade began on [[{S:MD}]] and was lifted on [[{E:MD}, {E:Y}]], [[{NUM} days]] in all."], unit="days", span=(60, 200), words=True)
