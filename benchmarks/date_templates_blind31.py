"""``blind31``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind31`` templates.  Written on 2026-11-24 (started 00:39:27 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict definitions in its brief and from how news copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything
# under src/reliability/), its date tests (tests/test_temporal*,
# tests/test_event_identity.py, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/ or the body of benchmarks/event_identity.py.  Base
# commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# c0fb9ac3f1708afb968f1959c2fd323d2d1be61a.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind31`` row was added and the docstring's range extended to blind31);
# in tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A15``); lines 1-397 of benchmarks/date_templates_blind30.py (its
# header comment, imports, name lists, helpers and generator machinery up to,
# not including, its first ``_t(`` template, and the comment line and the
# ``W = ...`` line opening its weekday section) -- none of its templates;
# its machinery was copied and adapted (``b31_`` names, "fourteen days ago"
# as the new relative anchor), its name lists were replaced and its names and
# places were not reused; in benchmarks/date_conflicts.py only the output of
# ``grep -n "import BLIND"`` (last lines shown: the blind28-blind30 imports,
# lines 83-85) and the tail of ``grep -n -A14 "^INDEPENDENT_SETS"`` (the
# blind29/blind30 entry line, the closing brace and the following
# ``def temporal_learned() -> bool:`` line), then one import line and one dict
# entry were added with sed; in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line, changed with the sed line of the brief and shown
# with ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A15`` of ``load_benchmark`` ran into the
# first lines of tests/conftest.py's ``date_conflicts`` helper (its
# signature, docstring and a line importing ``analyse_dates`` from
# ``reliability.features.temporal``); a ``grep -n '_t("'`` over blind30
# printed its first two templates in full (lines 398-399: a weekday template
# about a ship going down and one about a jury verdict).  No detector code
# was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind31``, which runs no
# detector) and a throwaway script applying the shared checks over 300 seeds
# per template and printing a few rendered samples -- never through the
# detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind31``.
#
# Conventions (those of blind30, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b31_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# templates are ``b31_restated_same_*`` (one head word twice) or
# ``b31_restated_diff_*`` (verb against noun, synonym, pronoun, apposition,
# passive, fronted phrase, quote); which side gets the earlier date is drawn
# at random; events that last (a flood, a strike, a fire, an eruption, a
# storm) are dated at least two calendar years apart (``gap=(2, 12)``).
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here: "fourteen
# days ago").  Counts: 32 weekday_mismatch, 32 impossible_date, 44
# restated_event (22 same, 22 diff), 32 order_violation, 35
# publication_anachronism, 31 duration_arithmetic (206 in all).  All people,
# places, firms, clubs, storms, ships, mountains and countries are invented
# for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "fourteen days ago"})


FIRST_F = ["Marisol", "Philippa", "Ysolde", "Bettina", "Clementine", "Rosalind", "Theodora", "Annunziata"]
FIRST_M = ["Evander", "Lysander", "Barnaby", "Crispin", "Peregrine", "Leopold"]
LAST = ["Hollingworth", "Achterberg", "Nwachukwu-Bray", "Quenell", "Brightmore", "Castellanos-Reid", "Threlkeld",
        "Ingleby", "Mbeki-Saunders", "Vaughan-Oduya", "Lindqvist-Hale", "Pargeter", "Szymanska", "Cotterill"]
TOWNS = ["Kestrel Bay", "Marlow Thorpe", "Ashbourne Fen", "Gillingstead", "Port Carrow", "Wendlebury Cross",
         "Haverleigh", "Oxcombe", "Scarrow Point", "Thistleby"]
FIRMS = ["Greywater Logistics", "Pelican Ridge Holdings", "Kilnmoor Ceramics", "Solvane Energy",
         "Hartfield & Rooke", "Northgale Shipping", "Calloway Biotech", "Fenwick Mills"]
NATIONS = ["Vestoria", "Qaranesh", "Lutavia", "Norrheim", "Sabrene", "Kotavia"]
CLUBS = ["Kestrel Bay Rovers", "Marlow Thorpe City", "Gillingstead Harriers", "Port Carrow Athletic",
         "Haverleigh Swifts", "Oxcombe Rangers"]
STORMS = ["Hurricane Lavinia", "Typhoon Marguerite", "Cyclone Oriel", "Storm Benedikta", "Hurricane Aurelio"]
SHIPS = ["the coaster Dawn Heron", "MV Northern Linnet", "the schooner Lady Albreda", "the tanker Pale Curlew"]
PEAKS = ["Mount Carravore", "the Silberspitz", "Mount Tallach", "the Aonach Breac"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


BLIND31_TEMPLATES = new_templates()
_t = registrar("b31_", BLIND31_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_bridge_reopened", W, ["The {T} swing bridge reopened to traffic on [[{WD}, {D:F}]], three months behind schedule."])
_t("weekday_council_vote", W, ["Councillors in {T} voted nine to four to close the branch library at a meeting on [[{WD}, {D:B}]]."])
_t("weekday_baker_died", W, ["{P}, who ran the bakery on the {T} high street for four decades, died at home on [[{WD}, {D:FO}]]."])
_t("weekday_home_win", W, ["{C} beat {C2} 3-1 at home on [[{WD}, {D:AP}]], with two goals in the final ten minutes."], ap=True)
_t("weekday_landfall", W, ["{H} made landfall near {T} late on [[{WD}, {D:F}]], cutting power to 40,000 homes."])
_t("weekday_arrest_flat", W, ["Police arrested {R} at his flat in {T} on [[{WD} {D:B}]]."])
_t("weekday_ship_docked", W, ["{V} docked at {T} on the morning of [[{WD}, {D:ORD}]] after a nine-week voyage."])
_t("weekday_log_entry", W, ["A log entry dated [[{D:ISO} ({WD})]] records the first readings from the new tide gauge at {T}."])
_t("weekday_walkout_called", W, ["Union leaders at {F} called the walkout for [[{WD}, {D:SH}]], the first in the company's history."])
_t("weekday_wedding", W, ["{P} and {R} were married at the parish church in {T} on [[{WD}, {D:BO}]]."])
_t("weekday_polls", W, ["Voters in {N} went to the polls on [[{WD}, {D:F}]] to choose a new parliament."])
_t("weekday_warehouse_fire", W, ["Fire crews were called to the {F} warehouse in {T} at 2.40am on [[{WD}, {D:B}]]."])
_t("weekday_circular", W, ["The ministry's circular, issued [[{WD} {D:DOT}]], ordered every school in {T} to stay shut."])
_t("weekday_trial_opened", W, ["The trial of {R} opened at {T} Crown Court on [[{WD}, {D:FO}]] and was expected to last a month."])
_t("weekday_album_out", W, ["The band's third album went on sale on [[{WD}, {D:AP}]], and sold out in {T} within hours."], ap=True)
_t("weekday_quake", W, ["A magnitude 5.8 earthquake struck {N} shortly before dawn on [[{WD}, {D:F}]]."])
_t("weekday_climbers", W, ["Two climbers stranded on {M} were winched to safety on [[{WD}, {D:SH}]]."])
_t("weekday_merger_announced", W, ["{F} and {F2} announced their merger before markets opened on [[{WD}, {D:F}]]."])
_t("weekday_letter_dated", W, ["In a letter dated [[{WD}, {D:ORD}]], {P} told the board she would step down."])
_t("weekday_fog", W, ["The derby between {C} and {C2} was abandoned at half-time on [[{WD} {D:BO}]] because of fog."])
_t("weekday_slipway", W, ["{V} was launched from the {T} slipway on [[{WD}, {D:B}]] in front of a large crowd."])
_t("weekday_budget", W, ["The finance minister of {N} presented the budget to parliament on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_born", W, ["{P} was born in {T} on [[{WD}, {D:F}]], the youngest of six children."])
_t("weekday_river_peak", W, ["The river at {T} peaked at 4.2 metres on [[{WD}, {D:FO}]], the highest level on record."])
_t("weekday_diary", W, ["\"[[{WD}, {D:B}]]: rain all day, the mill at {T} closed early,\" reads one entry in the diary."])
_t("weekday_ceasefire", W, ["The ceasefire between {N} and {N2} took effect at midnight on [[{WD}, {D:F}]]."])
_t("weekday_recall", W, ["{F} recalled 12,000 kettles on [[{WD}, {D:SH}]] after reports of overheating."])
_t("weekday_inquiry", W, ["The planning inquiry into the {T} bypass resumed on [[{WD}, {D:F}]] after a two-week adjournment."])
_t("weekday_nurses", W, ["Nurses at {T} General Hospital walked out at 7am on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_premiere", W, ["The film had its premiere in {T} on [[{WD}, {D:BO}]], with {P} in attendance."])
_t("weekday_signing", W, ["{C} confirmed the signing of {R} on [[{WD}, {D:F}]] for an undisclosed fee."])
_t("weekday_bus", W, ["Two passengers were hurt when a bus left the road outside {T} on [[{WD} {D:B}]]."])

# --- impossible_date ------------------------------------------------------------
I = "impossible_date"
_t("impossible_contract", I, ["The contract was signed on [[{D:F}]], according to court papers."])
_t("impossible_resignation_letter", I, ["{P} dated her resignation letter [[{D:B}]]."])
_t("impossible_ferry", I, ["The ferry service from {T} resumed on [[{D:FO}]] after repairs to the pier."])
_t("impossible_deed", I, ["Land registry records show the deed was registered on [[{D:ISO}]]."])
_t("impossible_customs", I, ["The shipment cleared customs at {T} on [[{D:DOT}]], the invoice states."])
_t("impossible_appointed", I, ["{R} was appointed chief executive of {F} on [[{D:AP}]]."])
_t("impossible_plaque", I, ["The plaque gives the date the foundation stone was laid as [[{D:ORD}]]."])
_t("impossible_minutes", I, ["The minutes of the meeting, held on [[{D:SH}]], were never published."])
_t("impossible_parade", I, ["Every year on [[{D:MD}]], the town of {T} holds a lantern parade."])
_t("impossible_fireworks", I, ["The festival always closes on [[{D:DM}]] with fireworks over the harbour at {T}."])
_t("impossible_final_tickets", I, ["Tickets for the cup final, set for [[{D:OW}]] at the {T} ground, sold out within hours."])
_t("impossible_club_founded", I, ["{C} were founded on [[{D:BO}]], according to the club's official history."])
_t("impossible_treaty_force", I, ["The treaty between {N} and {N2} entered into force on [[{D:F}]]."])
_t("impossible_birth_cert", I, ["A birth certificate gives {P}'s date of birth as [[{D:DOT}]]."])
_t("impossible_fire_began", I, ["The fire at the {F} depot began shortly after midnight on [[{D:B}]]."])
_t("impossible_aground", I, ["{V} ran aground off {T} on [[{D:AP}]], the coastguard said."])
_t("impossible_bond", I, ["The bond issue matures on [[{D:ISO}]], the prospectus says."])
_t("impossible_payment_due", I, ["Under the agreement, payment fell due on [[{D:APMD}]] each year."])
_t("impossible_polls_closed", I, ["Polls closed at 8pm on [[{D:FO}]] in the disputed province of {N}."])
_t("impossible_last_train", I, ["The last passenger train ran on the {T} branch line on [[{D:SH}]]."])
_t("impossible_memorial", I, ["The memorial lists the date of the pit disaster at {T} as [[{D:ORDNY}]]."])
_t("impossible_rent", I, ["Rent on the unit was payable on [[{D:SHMD}]], the lease says."])
_t("impossible_doctorate", I, ["{P} completed her doctorate on [[{D:F}]], her published CV states."])
_t("impossible_filed", I, ["The quarterly report was filed with regulators on [[{D:B}]]."])
_t("impossible_stadium", I, ["Construction of the {T} stadium began on [[{D:BO}]], the club says."])
_t("impossible_strike_off", I, ["The strike at {F} was called off on [[{D:AP}]] after a new pay offer."])
_t("impossible_charge_sheet", I, ["According to the charge sheet, the offence took place on [[{D:DOT}]] in {T}."])
_t("impossible_referendum", I, ["The referendum in {N} was held on [[{D:ORD}]], official results show."])
_t("impossible_course_record", I, ["{R} set the course record on {M} on [[{D:F}]]."])
_t("impossible_invoices", I, ["Invoices dated [[{D:ISO}]] were submitted by {F2} for roadworks in {T}."])
_t("impossible_charter", I, ["The medieval charter of {T} fixes its fair day as [[{D:OW}]]."])
_t("impossible_museum", I, ["The museum at {T} reopened on [[{D:FO}]] after a two-year refit."])

# --- restated_event ---------------------------------------------------------------
S = "restated_event"
_t("restated_same_treaty", S, ["[[The {A:Y} treaty]] between {N} and {N2} remains in force.",
                               "The treaty was signed in [[{B:MY}]], officials said."])
_t("restated_same_merger", S, ["{F}'s [[{A:Y} merger]] with {F2} created the region's largest employer.",
                               "The merger was completed on [[{B:F}]]."])
_t("restated_same_election", S, ["{P} first won her seat in the [[{A:Y} election]].",
                                 "That election, held on [[{B:B}]], saw turnout of 71 percent."])
_t("restated_same_final", S, ["{C} lost [[the {A:Y} cup final]] to {C2}.",
                              "{C2} won that final, played on [[{B:AP}]], on penalties."])
_t("restated_same_flood", S, ["Older residents of {T} still talk about [[the great flood of {A:Y}]].",
                              "The flood, which hit the town in [[{B:MY}]], destroyed 300 homes."], gap=(2, 12))
_t("restated_same_coup", S, ["Exiles began returning to {N} after [[the {A:Y} coup]].",
                             "The coup, launched on [[{B:FO}]], toppled the elected government."])
_t("restated_same_strike", S, ["[[The {A:Y} miners' strike]] split {T} down the middle.",
                               "The strike began in [[{B:MY}]], union records show."], gap=(2, 12))
_t("restated_same_fire", S, ["The {T} mill never reopened after [[the fire of {A:Y}]].",
                             "According to the fire brigade, the fire broke out on [[{B:B}]]."], gap=(2, 12))
_t("restated_same_referendum", S, ["[[The {A:Y} referendum]] on independence was lost by a narrow margin.",
                                   "The referendum took place on [[{B:F}]], the electoral commission confirms."])
_t("restated_same_takeover", S, ["Analysts still argue about [[{F}'s takeover of {F2} in {A:Y}]].",
                                 "The takeover closed on [[{B:SH}]] at a price of 1.2 billion dollars."])
_t("restated_same_expedition", S, ["{P} led [[the {A:Y} expedition]] to {M}.",
                                   "The expedition reached the summit on [[{B:FO}]]."])
_t("restated_same_eruption", S, ["[[The {A:Y} eruption]] of {M} buried two villages.",
                                 "According to the observatory, the eruption began on [[{B:AP}]]."], gap=(2, 12))
_t("restated_same_agreement", S, ["Under [[the {A:Y} agreement]], {F} kept its operating licence.",
                                  "{P} signed the agreement on [[{B:ORD}]] on behalf of the regulator."])
_t("restated_same_visit", S, ["{R}'s [[visit to {N2} in {A:Y}]] was the first by a minister from {N}.",
                              "That visit, in [[{B:MY}]], lasted three days."])
_t("restated_same_crash", S, ["Investigators reopened the file on [[the {A:Y} crash]] near {T}.",
                              "The crash happened on [[{B:B}]], in thick fog."])
_t("restated_same_ruling", S, ["Lawyers for {F} cited [[the Supreme Court's {A:Y} ruling]].",
                               "The ruling, delivered on [[{B:F}]], struck down the ban."])
_t("restated_same_launch", S, ["[[The {A:Y} launch]] of {F}'s first satellite ended in failure.",
                               "The launch, attempted on [[{B:SH}]], was watched by 2,000 people."])
_t("restated_same_derailment", S, ["Safety rules were tightened after [[the {A:Y} derailment]] at {T}.",
                                   "The derailment, on [[{B:FO}]], killed four people."])
_t("restated_same_heist", S, ["Police never recovered the gold taken in [[the {A:Y} heist]] at {F}.",
                              "The heist was carried out on [[{B:B}]], detectives said."])
_t("restated_same_summit", S, ["[[The {A:Y} summit]] in {T} ended without a deal.",
                               "The summit opened on [[{B:AP}]] amid protests."])
_t("restated_same_resignation", S, ["[[{P}'s resignation in {A:Y}]] stunned the party.",
                                    "Her resignation, announced on [[{B:F}]], came after months of infighting."])
_t("restated_same_record", S, ["{R}'s [[{A:Y} world record]] in the hammer still stands.",
                               "He set the record in [[{B:MY}]] at the {T} track."])

_t("restated_diff_accord_document", S, ["[[The {A:Y} accord]] with {N2} ended decades of border disputes.",
                                        "Diplomats from both countries put their names to the document on [[{B:F}]]."])
_t("restated_diff_opened_opening", S, ["The {T} footbridge [[opened to the public in {A:Y}]].",
                                       "Its inauguration, on [[{B:B}]], drew thousands."])
_t("restated_diff_sold_pronoun", S, ["{F2} was sold to {F} in [[{A:MY}]].",
                                     "It changed hands, the filings show, on [[{B:FO}]]."])
_t("restated_diff_elected_victory", S, ["{P}, [[elected mayor of {T} in {A:Y}]], has promised a new bus station.",
                                        "Her victory at the polls came in [[{B:MY}]], council records show."])
_t("restated_diff_passed_approved", S, ["The press law [[was passed by parliament in {A:Y}]].",
                                        "Deputies approved the bill on [[{B:AP}]] by 212 votes to 190."])
_t("restated_diff_fronted_appointment", S, ["[[In {A:Y}]], {R} took over as coach of {C}.",
                                            "His appointment as manager was confirmed on [[{B:F}]]."])
_t("restated_diff_quote_contract", S, ["\"We [[signed the deal in {A:Y}]],\" {P} said.",
                                       "{F} says its contract with {F2} dates from [[{B:B}]]."])
_t("restated_diff_married_wedding", S, ["{P} and {R} [[married in {A:Y}]].",
                                        "Their wedding took place at {T} register office on [[{B:FO}]]."])
_t("restated_diff_blaze_fire", S, ["[[The {A:Y} blaze]] at {F}'s depot took a week to put out.",
                                   "The fire started on [[{B:SH}]], the inquest heard."], gap=(2, 12))
_t("restated_diff_walkout_strike", S, ["[[The {A:Y} walkout]] at {F} cost the firm millions.",
                                       "The strike began in [[{B:MY}]], when talks on pensions collapsed."], gap=(2, 12))
_t("restated_diff_founded_formation", S, ["{C} [[were founded in {A:Y}]] by railway workers.",
                                          "The club's formation, the archive shows, dates to [[{B:BO}]]."])
_t("restated_diff_killed_death", S, ["{R} [[was killed in {A:Y}]] in a climbing accident on {M}.",
                                     "His death, on [[{B:F}]], was mourned across {N}."])
_t("restated_diff_acquisition_bought", S, ["[[{F}'s {A:Y} acquisition]] of {F2} doubled its workforce.",
                                           "{F} bought its smaller rival on [[{B:AP}]]."])
_t("restated_diff_invasion_crossed", S, ["[[The {A:Y} invasion]] of {N2} was condemned at the United Nations.",
                                         "Troops from {N} crossed the border on [[{B:FO}]]."])
_t("restated_diff_premiere_performed", S, ["The opera had [[its premiere in {A:Y}]].",
                                           "It was first performed, at the {T} Playhouse, on [[{B:B}]]."])
_t("restated_diff_collapse_fell", S, ["[[The {A:Y} collapse]] of the {T} stadium roof led to new building codes.",
                                      "The roof fell in on [[{B:F}]] during a storm."])
_t("restated_diff_discovery_found", S, ["[[The discovery of the {T} hoard in {A:Y}]] rewrote local history.",
                                        "A metal detectorist found the coins on [[{B:SH}]]."])
_t("restated_diff_bankruptcy_filed", S, ["[[{F}'s {A:Y} bankruptcy]] left 900 suppliers unpaid.",
                                         "The company filed for protection from its creditors in [[{B:MY}]]."])
_t("restated_diff_tore_hurricane", S, ["{H} [[tore through {T} in {A:Y}]].",
                                       "When the storm made landfall, on [[{B:AP}]], 40 boats were lost."], gap=(2, 12))
_t("restated_diff_graduated_diploma", S, ["{P} [[graduated from the {T} conservatoire in {A:Y}]].",
                                          "She received her diploma on [[{B:ORD}]]."])
_t("restated_diff_ceasefire_truce", S, ["[[The {A:Y} ceasefire]] between {N} and {N2} has largely held.",
                                        "The truce took effect on [[{B:F}]], brokered by neutral envoys."])
_t("restated_diff_sank_wreck", S, ["{V} [[sank off {T} in {A:Y}]].",
                                   "The wreck, lost on [[{B:B}]], was located by divers."])

# --- order_violation -----------------------------------------------------------------
O = "order_violation"
_t("order_resigned_after_scandal", O, ["{P} resigned on [[{L:F}]], after the expenses scandal broke on [[{E:F}]]."])
_t("order_following_vote", O, ["Following the shareholder vote of [[{E:B}]], {F} closed its {T} plant on [[{L:B}]]."])
_t("order_aftermath_riots", O, ["In the aftermath of the riots of [[{E:MY}]], the government of {N} declared a state of emergency on [[{L:F}]]."])
_t("order_left_before_relegation", O, ["{R} left {C} on [[{E:AP}]], before the club's relegation was confirmed on [[{L:AP}]]."])
_t("order_prior_to_election", O, ["Prior to her election as mayor in [[{L:Y}]], {P} ran a bakery in {T}.",
                                  "She opened it in [[{E:Y}]]."])
_t("order_wake_dam", O, ["In the wake of the {T} dam failure on [[{E:FO}]], inspectors began checks on every reservoir in the county on [[{L:FO}]]."])
_t("order_ahead_summit", O, ["Ahead of the summit on [[{L:B}]], ministers from {N} and {N2} met in {T} on [[{E:B}]]."])
_t("order_sacked_after_defeat", O, ["{C} sacked {R} on [[{L:MD}]], after a 4-0 defeat to {C2} on [[{E:F}]]."], sy=True)
_t("order_following_death", O, ["Following the death of {R} in [[{E:MY}]], his sister {P} took over {F} in [[{L:MY}]]."])
_t("order_founded_before_move", O, ["{C} were founded in [[{E:Y}]], before moving to their {T} ground in [[{L:Y}]]."])
_t("order_prior_to_launch", O, ["Prior to the launch of {F}'s weather satellite on [[{L:F}]], engineers ran a final test on [[{E:F}]]."])
_t("order_quote_after_inspection", O, ["\"We only signed after the inspection on [[{E:B}]],\" {P} said of the lease, which is dated [[{L:B}]]."])
_t("order_aftermath_quake", O, ["In the aftermath of the earthquake that struck {N} on [[{E:AP}]], aid agencies flew in supplies on [[{L:AP}]]."])
_t("order_wake_collapse", O, ["In the wake of {F}'s collapse in [[{E:MY}]], its rival {F2} hired 200 of its staff in [[{L:MY}]]."])
_t("order_ahead_election_duty", O, ["Ahead of the general election of [[{L:FO}]], the government of {N} cut fuel duty on [[{E:FO}]]."])
_t("order_retired_before_campaign", O, ["{R} retired from international football on [[{E:SH}]], before the {N} team's qualifying campaign began on [[{L:SH}]]."])
_t("order_ceasefire_followed", O, ["The ceasefire of [[{L:F}]] followed the fall of {T} on [[{E:F}]]."])
_t("order_floods_preceded", O, ["The floods of [[{E:MY}]] preceded the cholera outbreak in {T}, which was first reported in [[{L:MY}]]."])
_t("order_subsequent_warning", O, ["Shares in {F} were suspended on [[{L:F}]], subsequent to the profit warning the company issued on [[{E:F}]]."])
_t("order_avalanche_reopened", O, ["Climbers were allowed back on {M} on [[{L:MD}]], after the avalanche of [[{E:MY}]]."], sy=True)
_t("order_following_iso", O, ["Following its takeover by {F2} on [[{E:ISO}]], {F} delisted its shares on [[{L:ISO}]]."])
_t("order_catalogued_before", O, ["The museum's collection was catalogued in [[{E:Y}]], before the building opened to visitors in [[{L:MY}]]."])
_t("order_wake_match_fixing", O, ["{R} stepped down as chairman of {C} on [[{L:DOT}]], in the wake of the match-fixing revelations of [[{E:DOT}]]."])
_t("order_ahead_release_tour", O, ["Ahead of the album's release in [[{L:MY}]], the band toured {N} in [[{E:MY}]]."])
_t("order_released_after_quashed", O, ["{R} was freed from prison on [[{L:BO}]], after his conviction was quashed on [[{E:BO}]]."])
_t("order_left_prior_to_joining", O, ["{P} worked at {F2}, which she left in [[{E:Y}]], prior to joining {F} in [[{L:Y}]]."])
_t("order_aftermath_border_war", O, ["In the aftermath of the border war of [[{E:Y}]], {N} and {N2} restored diplomatic ties in [[{L:Y}]]."])
_t("order_following_theatre_fire", O, ["Following the fire of [[{E:F}]], the {T} theatre was rebuilt and reopened on [[{L:F}]]."])
_t("order_emigrated_before_born", O, ["{P}'s father emigrated to {N} in [[{E:Y}]], before she was born there in [[{L:Y}]]."])
_t("order_second_round_after", O, ["The second round of talks began on [[{L:DM}]], after the first round had ended on [[{E:B}]]."], sy=True)
_t("order_wake_rail_crash", O, ["In the wake of the {T} rail crash of [[{E:AP}]], the line was closed for inspection on [[{L:AP}]]."])
_t("order_dividend_before_sale", O, ["{F} paid its final dividend on [[{E:SH}]], before it was sold to {F2} on [[{L:SH}]]."])

# --- publication_anachronism ------------------------------------------------------------
A = "publication_anachronism"
_t("anachronism_resigned", A, ["{R} resigned as chairman of {F} on [[{D:F}]], the company said in a statement."])
_t("anachronism_title", A, ["{C} clinched the league title on [[{D:B}]], their first in a generation."])
_t("anachronism_hospital", A, ["The new hospital in {T} opened its doors to patients in [[{D:MY}]]."])
_t("anachronism_novelist_died", A, ["{P}, the novelist, died at her home in {T} on [[{D:FO}]]."])
_t("anachronism_trade_pact", A, ["{N} and {N2} signed a trade pact on [[{D:AP}]], ending years of talks."])
_t("anachronism_storm_struck", A, ["{H} struck the coast of {N} on [[{D:SH}]], killing at least twelve people."])
_t("anachronism_merger_completed", A, ["{F} completed its merger with {F2} in [[{D:MY}]], according to the filing."])
_t("anachronism_elected", A, ["{P} was elected mayor of {T} in [[{D:Y}]] with 54 percent of the vote."])
_t("anachronism_judgment", A, ["The court's judgment, handed down on [[{D:ISO}]], cleared {R} of all charges."])
_t("anachronism_erupted", A, ["{M} erupted in [[{D:MY}]], forcing the evacuation of three villages."])
_t("anachronism_board_minutes", A, ["Minutes of the {F} board meeting held on [[{D:DOT}]] show the plan was approved."])
_t("anachronism_quote_final", A, ["\"It was the best night of my career,\" {R} said of the final he won on [[{D:F}]]."])
_t("anachronism_tramway", A, ["The {T} tramway closed for good in [[{D:LATE}]], after decades of losses."])
_t("anachronism_bench", A, ["{P} retired from the bench in [[{D:MID}]], ending a 30-year career."])
_t("anachronism_acquitted", A, ["A jury acquitted {R} of fraud on [[{D:BO}]]."])
_t("anachronism_van", A, ["{F} unveiled its first electric van on [[{D:ORD}]] at a ceremony in {T}."])
_t("anachronism_bridge_collapsed", A, ["The {T} bridge collapsed in [[{D:APMY}]], the inquiry found."])
_t("anachronism_protests", A, ["Protests swept {N} in [[{D:SUMMER}]], bringing down the government."])
_t("anachronism_sold", A, ["{F2} was sold to a private equity group on [[{D:F}]] for an undisclosed sum."])
_t("anachronism_yesterday_vote", A, ["[[Yesterday]]'s vote in parliament, held on [[{D:F}]], went against the government."], rel="Yesterday")
_t("anachronism_last_week_shares", A, ["Shares in {F} fell sharply [[last week]], closing on [[{D:B}]] at a record low."], rel="last week")
_t("anachronism_this_morning_crash", A, ["Police said the crash happened [[this morning]], on [[{D:FO}]], on the road out of {T}."], rel="this morning")
_t("anachronism_last_night_win", A, ["{C} beat {C2} 2-0 [[last night]] ([[{D:AP}]]) to reach the final."], rel="last night")
_t("anachronism_earlier_month", A, ["[[Earlier this month]], on [[{D:F}]], {R} announced his retirement."], rel="Earlier this month")
_t("anachronism_two_days_strike", A, ["The strike at {F} began [[two days ago]], on [[{D:B}]], and shows no sign of ending."], rel="two days ago")
_t("anachronism_last_month_inflation", A, ["Inflation in {N} reached 9 percent [[last month]], the statistics office said in its report for [[{D:MY}]]."], rel="last month")
_t("anachronism_last_year_marathon", A, ["The {T} marathon, run [[last year]] on [[{D:SH}]], drew 8,000 runners."], rel="last year")
_t("anachronism_earlier_today", A, ["The minister's plane landed in {N2} [[earlier today]], on [[{D:F}]], officials said."], rel="earlier today")
_t("anachronism_this_week_talks", A, ["Talks between {F} and the unions resumed [[this week]] and broke down again on [[{D:BO}]]."], rel="this week")
_t("anachronism_fortnight_sworn", A, ["{P} was sworn in [[a fortnight ago]], on [[{D:F}]]."], rel="a fortnight ago")
_t("anachronism_last_weekend_march", A, ["Thousands marched through {T} [[last weekend]], on [[{D:B}]], against the hospital closure."], rel="last weekend")
_t("anachronism_earlier_week_rates", A, ["[[Earlier this week]], on [[{D:AP}]], the central bank of {N} raised interest rates."], rel="Earlier this week")
_t("anachronism_afternoon_verdict", A, ["The verdict came [[this afternoon]], on [[{D:FO}]], after six hours of deliberation."], rel="this afternoon")
_t("anachronism_earlier_year_jobs", A, ["[[Earlier this year]], in [[{D:MY}]], {F} cut 400 jobs."], rel="Earlier this year")
_t("anachronism_fourteen_days", A, ["{V} left {T} [[fourteen days ago]], on [[{D:SH}]], and has not been heard from since."], rel="fourteen days ago")

# --- duration_arithmetic ----------------------------------------------------------------
D = "duration_arithmetic"
_t("duration_founded_ago", D, ["{C} were founded in [[{S:Y}]], [[{NUM} years ago]], by dockworkers."], unit="years")
_t("duration_age_now", D, ["{P}, who was born on [[{S:F}]], is [[{NUM} years old]]."], unit="years", yr=(1930, 1995), min=18)
_t("duration_summit_days", D, ["[[The {NUM}-day summit]] ran from [[{S:MD}]] to [[{E:F}]]."], unit="days", span=(3, 10), words=True)
_t("duration_strike_weeks", D, ["The strike at {F} lasted [[{NUM} weeks]], from [[{S:B}]] to [[{E:B}]]."], unit="weeks", span=(20, 200))
_t("duration_lifeboat_anniversary", D, ["Celebrations for the [[{NUM} anniversary]] of the {T} lifeboat station, opened in [[{S:Y}]], drew hundreds."], unit="years", ordinal=True)
_t("duration_reign", D, ["{R} ruled {N} for [[{NUM} years]], from [[{S:Y}]] until his death in [[{E:Y}]]."], unit="years", span=(1100, 14600))
_t("duration_bridge_months", D, ["Work on the bridge took [[{NUM} months]], beginning in [[{S:MY}]] and finishing in [[{E:MY}]]."], unit="months", span=(200, 1500))
_t("duration_decade_moved", D, ["{P} moved to {T} in [[{S:Y}]] and has lived there for [[a decade]]."], unit="years", yr=(1900, 1990), fixed=(10, "a decade"))
_t("duration_half_century", D, ["{F} has made biscuits in {T} for [[half a century]], since opening its first bakery there in [[{S:Y}]]."], unit="years", yr=(1900, 2005), fixed=(50, "half a century"))
_t("duration_centenary_gala", D, ["{C} marked their [[centenary]] with a gala dinner; the club was formed in [[{S:Y}]]."], unit="years", yr=(1930, 2005), fixed=(100, "centenary"))
_t("duration_fortnight_festival", D, ["The festival lasted [[a fortnight]], from [[{S:F}]] to [[{E:F}]]."], unit="days", span=(25, 90), fixed=(14, "a fortnight"))
_t("duration_age_at_death", D, ["{R}, who died on [[{E:F}]] at [[the age of {NUM}]], was born in [[{S:Y}]]."], unit="years", span=(7300, 32850), min=10)
_t("duration_trial_days", D, ["The trial, which opened on [[{S:F}]] and ended with a verdict on [[{E:F}]], lasted [[{NUM} days]]."], unit="days", span=(20, 150))
_t("duration_siege_months", D, ["The siege of {T} lasted [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."], unit="months", span=(100, 1200))
_t("duration_mayor_served", D, ["{P} served as mayor of {T} from [[{S:Y}]] to [[{E:Y}]], [[{NUM} years]] in all."], unit="years", span=(730, 10950))
_t("duration_colliery_ago", D, ["The {T} colliery closed in [[{S:MY}]], [[{NUM} years ago]]."], unit="years")
_t("duration_tour_days", D, ["The band's [[{NUM}-day tour]] of {N} began on [[{S:DM}]] and ended on [[{E:B}]]."], unit="days", span=(2, 12), words=True)
_t("duration_marriage_years", D, ["{P} and {R}, who married on [[{S:BO}]], celebrated [[{NUM} years]] of marriage on [[{E:BO}]]."], unit="years", span=(1825, 21900))
_t("duration_title_drought", D, ["It was the club's first title in [[{NUM} years]]: {C} had last won the league in [[{S:Y}]] and won it again in [[{E:Y}]]."], unit="years", span=(1100, 18250))
_t("duration_campaign_weeks", D, ["The campaign ran for [[{NUM} weeks]] between [[{S:ISO}]] and [[{E:ISO}]]."], unit="weeks", span=(60, 400))
_t("duration_firm_years_old", D, ["Founded in [[{S:MY}]], {F} is now [[{NUM} years old]]."], unit="years")
_t("duration_hostage_days", D, ["{R} was held hostage for [[{NUM} days]] before his release on [[{E:F}]]; he had been seized on [[{S:F}]]."], unit="days", span=(40, 400))
_t("duration_lighthouse", D, ["The {T} lighthouse has been in service for [[{NUM} years]], since it was first lit on [[{S:F}]]."], unit="years")
_t("duration_birthday", D, ["{P} celebrated her [[{NUM} birthday]] on [[{E:F}]]; she was born on [[{S:F}]]."], unit="years", span=(7300, 32850), ordinal=True)
_t("duration_vacancy_months", D, ["The post stood empty for [[{NUM} months]] after {R} quit on [[{S:B}]], until {P} was appointed on [[{E:B}]]."], unit="months", span=(200, 1000))
_t("duration_search_words", D, ["Rescuers searched {M} for [[{NUM} days]], from [[{S:APMD}]] to [[{E:AP}]]."], unit="days", span=(20, 60), words=True)
_t("duration_treaty_anniversary", D, ["Diplomats marked the [[{NUM} anniversary]] of the treaty between {N} and {N2}, signed on [[{S:F}]]."], unit="years", ordinal=True)
_t("duration_civil_war", D, ["The civil war in {N}, which began in [[{S:Y}]] and ended in [[{E:Y}]], lasted [[{NUM} years]]."], unit="years", span=(730, 5475))
_t("duration_age_elected", D, ["{P} was [[{NUM} years old]] when she was elected in [[{E:Y}]]; she was born in [[{S:Y}]]."], unit="years", span=(9125, 25550), min=18)
_t("duration_exhibition_weeks", D, ["The exhibition closed on [[{E:FO}]] after a run of [[{NUM} weeks]] that began on [[{S:FO}]]."], unit="weeks", span=(150, 400))
_t("duration_ago_disaster", D, ["The pit disaster at {T}, on [[{S:B}]], happened [[{NUM} years ago]]."], unit="years")
