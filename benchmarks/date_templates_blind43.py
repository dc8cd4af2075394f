"""``blind43``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind43`` templates.  Written on 2026-11-24 (started 19:13:28 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind42's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind43 ... c4d68b9``:
# c4d68b90e0b62e49e18fa47dafc85a1105553d70.
# What was read: lines 1-430 of benchmarks/date_templates_blind42.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# and including the blank lines before its ``# --- weekday_mismatch ---``
# section comment; that comment (line 431) and ``W = "weekday_mismatch"``
# (line 432) were found with ``grep -n`` and nothing from line 431 on was
# printed, so its templates were never seen; its header comment does
# summarise the phrasings its templates use, and those summaries were read and
# avoided where possible) -- its machinery (lines 111-138 and 161-428) was
# copied with a sed script (``b43_`` names, ``BLIND43_TEMPLATES``,
# "twenty-six days ago" as the new relative anchor instead of "twenty-five
# days ago"), its name lists (lines 139-160) were replaced and none of its
# names, places or firms were reused; tests/date_template_checks.py (whole
# file, the shared checks); tests/test_date_templates_independent.py (whole
# file, where the ``blind43`` row was added and the docstring's range
# extended to blind43); in tests/conftest.py the ``load_benchmark`` helper
# (printed with ``grep -n -A11``); in benchmarks/date_conflicts.py only the
# output of ``grep -n "blind42"`` (the import line 97 and the dict entry at
# line 2610), after which one import line and one dict entry were inserted
# with sed and checked with ``grep -n blind43``; in
# benchmarks/event_identity.py only the ``FRESH = (...)`` line (cut to 200
# characters), changed with sed and shown again with
# ``grep -n "^FRESH" ... | cut -c1-200``.
# Seen by accident: ``git worktree add`` printed the subject of the base
# commit (a temporal.py review: "_later_year_told reads the article's latest
# year told beside a past verb once per article (_Context.latest_told_year)
# instead of scanning every candidate per yearless weekday ...; date_conflicts
# output identical on held_out, development and blind-blind40 in both modes;
# behaviour_guard 0 differences against 52a0a66"); the FRESH line's trailing
# comment (its first 200 characters show "not trained on: the shipped pass
# was fitted without them (blind31 and blind"). No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind43``, which runs no
# detector) and a throwaway script (/tmp/b43/check.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# This is a fresh independent test set, to be scored ONCE on the code at the
# end of session 20 as the "before" of session 21's rounds, and never used to
# tune the detector.  Every template is used: ``--split blind43``.
#
# Conventions (those of blind42, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b43_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# date) and ``later`` the one it puts second (label ``L``), wherever each
# stands in the sentence (several templates write the second event first:
# "Before it was floated on ..., had been bought out ... on", "was convicted
# ... some time after his arrest on", "Prior to her election ... on ..., had
# chaired ... from", "The inauguration ... on ... followed his victory at the
# polls on", "By the time the railway reached ... in ..., the town's first
# mill had already been running since", "was sentenced on ..., some weeks
# after the jury had found him guilty on").  Other order markers used:
# "went on to", "and only then", "first ...; the excavation that followed",
# "long before", "Founded in ..., opened its first overseas office in",
# "First came ...; then ...", "and subsequently", "preceded", "Only after
# ... did", "months before", and plain "and" sequences.  Pairs for order:
# priest/bishop, qualified as a vet/opened a practice, management buyout/
# flotation, survey/excavation, keel laid/hull launched, shortlisted/award,
# arrest/conviction, volcano rumbling/evacuation, founded/overseas office,
# enlisted/demobilised, pilot/series, strike ballot/walkout, committee chair/
# mayor, profit warning/job cuts, referendum/independence, election/
# inauguration, mill/railway, bridge completed/first lorries, graduated/
# lectured, diagnosed/discharged, invasion/annexation, plan drawn up/approved,
# verdict/sentence, apprentice/managing director, bought a farm/sold the herd,
# pilot's licence/solo crossing.
# Restated templates are ``b43_restated_same_*`` (one head noun twice:
# explosion, wedding, landslide, riot, eruption, takeover, referendum,
# blizzard, premiere, fire, flood, famine, bus strike, crash, ceasefire,
# shipwreck, debut, kidnapping, coup, election, hailstorm; 21) or
# ``b43_restated_diff_*`` (verb against noun -- collapsed/disaster, sank/
# loss, resigned/departure, caught/arrest, burst/breach, died/death, walked
# out/stoppage, launched/launch ceremony, crowned/coronation, robbed/raid,
# discovered/find, ordained/ordination service, merged/combination,
# evacuated/exodus --, a demonstrative "That assault", a pronoun "It came out
# on", synonyms "fisheries pact"/"agreement", "earthquake"/"tremor", "tram
# line opened"/"inauguration", an apposition "the cup won against ... on"
# against "beat ... in the final on", "The day ... was founded"/"came into
# being on"; 21); events that last (a flood, a famine, a bus strike) are
# dated at least two calendar years apart (``gap=(2, 12)``).  Durations:
# ages ("died ..., aged N", "turned N on the day", "is N and still swims",
# "was only N when", "At N, ... youngest member", "The N-year-old", an
# ordinal birthday), a tenure, a blockade, a stoppage, captivity, "N years
# ago", "It has been N years since", "a decade", "half a century",
# "centenary", "a fortnight", an ordinal wedding anniversary, a trial's
# weeks, a "N-month refit", "on day N" of a fast, a lease, a marriage, a
# closure for repairs, a snowbound spell, months of a sentence served, "N
# days ago", a building's age, "N weeks ago", days at sea, an interim
# post, weeks stuck in the ice -- in years, months, weeks and days.  Like
# blind42, the set has no near-miss or clean (conflict-free) templates.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "twenty-six days ago").  Counts: 42 weekday_mismatch, 32 impossible_date
# (23 with a year, 9 impossible in every year), 42 restated_event (21
# same, 21 diff), 26 order_violation, 29 publication_anachronism (13
# dated after publication, 16 relative expressions pinned far from it), 32
# duration_arithmetic (203 in all); the ``blind43`` row of
# tests/test_date_templates_independent.py asks for 42 restated, 32
# durations and 21 of each restated wording.
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set;
# none is taken from blind42's name lists.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-six days ago"})


FIRST_F = ["Marguerite", "Eleanora", "Winifred", "Sabine", "Annelise", "Theodora", "Perpetua", "Gwendolyn"]
FIRST_M = ["Alistair", "Benedikt", "Cormac", "Lucian", "Evander", "Osric"]
LAST = ["Holloway-Pryce", "Quennell", "Okonkwo-Lind", "Ferrante", "Blackwood", "Trevelyan", "Szymanski", "Achterberg",
        "Pemberton", "Lindqvist", "Mbeki-Hart", "Kettlewell", "Delacourt", "Yarrow"]
TOWNS = ["Saltmarsh Green", "Holbeck Down", "Pellingham", "Kirkwhinnie", "Ashcombe Magna", "Wyvern Ford", "Gorsebridge",
         "Stallingford", "Dunmere", "Elmstead Heath"]
FIRMS = ["Brightwater Foundry", "Osgood & Lyle", "Pelican Ridge Insurance", "Verdant Circuitry", "Halyard Textiles",
         "Greystone Freight", "Meadowsweet Creamery", "Corvid Biologics"]
NATIONS = ["Valdoria", "Kestmark", "Brunovia", "Sarentia", "Lusovena", "Tarvany"]
CLUBS = ["Pellingham Rovers", "Gorsebridge United", "Stallingford Town", "Holbeck Albion", "Kirkwhinnie Thistle",
         "Dunmere Vale"]
STORMS = ["Hurricane Odalys", "Typhoon Sakurame", "Cyclone Warrigal", "Storm Evangeline", "Hurricane Barnaby"]
SHIPS = ["the trawler Gorsebridge Lass", "the tanker Valdorian Dawn", "MV Silver Plover", "the barque Winifred Rose"]
PEAKS = ["Mount Ilvane", "the Schwarzhorn", "Ben Torridge", "Mount Kessary"]
UNIVERSITIES = ["Pellingham University", "the University of Holbeck", "Stallingford Polytechnic",
                "Wyvern Ford College of Art"]
RIVERS = ["the River Pell", "the River Wyvern", "the Gorse", "the River Stall"]
HOSPITALS = ["Pellingham General", "St Ethelwyn's Hospital", "the Holbeck Royal Infirmary", "Ashcombe Cottage Hospital"]
VENUES = ["the Gorsebridge Palladium", "the Kirkwhinnie Corn Exchange", "the Stallingford Alhambra",
          "the Dunmere Pavilion"]
PARTIES = ["the Smallholders' Alliance", "the Radical Harbour Party", "the Civic Reform Union",
           "the People's Forest Party"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND43_TEMPLATES = new_templates()
_t = registrar("b43_", BLIND43_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_tremor_spire", W, ["The tremor that cracked the spire of {T}'s parish church struck shortly after dawn on "
                               "[[{WD}, {D:F}]], seismologists at {U} said."])
_t("weekday_jury_deliberation", W, ["Jurors at {T} Crown Court returned their verdict against {R} on [[{WD}]] "
                                    "[[{D:B}]] after nine hours of deliberation."])
_t("weekday_obituary_born", W, ["{P}, who has died aged 88, was born in {T} on [[{D:BO}]], a [[{WD}]], the youngest "
                                "of six children."])
_t("weekday_shares_slid", W, ["{F} shares slid 14 percent on [[{WD}, {D:AP}]], the steepest one-day fall in the "
                              "company's history."], ap=True)
_t("weekday_harbour_log", W, ["According to the harbour log, {V} cleared the breakwater at 04:40 on [[{D:ISO}]] "
                              "([[{WD}]])."])
_t("weekday_minutes_heading", W, ["The minutes, headed [[{WD} {D:DOT}]], record that the council voted 7-2 to close "
                                  "the lido."])
_t("weekday_consecration_ord", W, ["The new cathedral at {T} was consecrated on [[{WD}, {D:ORD}]], in front of a "
                                   "congregation of 1,400."])
_t("weekday_pit_disaster", W, ["The pit disaster of [[{D:Y}]] began at the shift change on [[{WD}, {D:MD}]], when "
                               "a roof fall trapped 31 men."])
_t("weekday_ticket_stubs", W, ["Ticket stubs dated [[{D:SH}]] (a [[{WD}]]) were found sewn into the lining of the "
                               "coat."])
_t("weekday_remember_market", W, ["\"I remember it was a [[{WD}]], because the market was on,\" {q} said of "
                                  "[[{D:F}]]."])
_t("weekday_wettest_day", W, ["Rainfall records show that [[{D:B}]], a [[{WD}]], remains the wettest day ever "
                              "measured at {T}."])
_t("weekday_dockers_noon", W, ["Dockers at {T} walked out at noon on [[{WD}]], [[{D:FO}]], and did not return for a "
                               "month."])
_t("weekday_register_office", W, ["{P} and {R} married at the register office in {T2} on [[{WD} {D:B}]], with two "
                                  "witnesses and no guests."])
_t("weekday_first_edition", W, ["The first edition of the {T} Courier rolled off the presses on [[{D:F}]].",
                                "It was a [[{WD}]], and the print run was 2,000 copies."])
_t("weekday_title_clinched", W, ["{C} clinched the title with a 3-1 win over {C2} on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_warehouse_night", W, ["The warehouse fire of [[{D:Y}]] started at 2.15am on [[{WD}, {D:DM}]], and "
                                  "crews from three counties fought it until noon."])
_t("weekday_diary_entry", W, ["In her diary entry for [[{WD}, {D:ORD}]], {P} wrote only: \"Snow again.\""])
_t("weekday_final_reading", W, ["The bill cleared its final reading in the {N} parliament on [[{D:ISO}]], a "
                                "[[{WD}]] sitting that ran past midnight."])
_t("weekday_cavers_reached", W, ["Divers reached the trapped cavers on the morning of [[{WD}, {D:BO}]], 70 hours "
                                 "after the flood."])
_t("weekday_writ_lodged", W, ["Court records show the writ was lodged on [[{WD}]], [[{D:SH}]]."])
_t("weekday_accord_fell_on", W, ["Leaders of {N} and {N2} signed the border accord at {T} on [[{D:F}]], which fell "
                                 "on a [[{WD}]]."])
_t("weekday_final_concert", W, ["The band's final concert, at {O} on [[{WD}]] [[{D:B}]], was recorded for radio."])
_t("weekday_inquest_left_home", W, ["The inquest heard that {R} left home for the last time on [[{WD}, {D:FO}]]."])
_t("weekday_record_dot", W, ["{P} broke the national 400m record at {T} on [[{WD}]] ([[{D:DOT}]]), timing "
                             "sheets show."])
_t("weekday_polls_opened", W, ["Polls opened at 7am on [[{WD}, {D:F}]], and turnout in {T} reached 81 per cent."])
_t("weekday_derailment_points", W, ["The derailment outside {T} happened on [[{D:AP}]], a [[{WD}]], when the 6.10 "
                                    "express jumped the points."])
_t("weekday_two_floods", W, ["Of the two floods that hit {T} in [[{D:Y}]], the worse began when {K} burst its banks "
                             "in the early hours of [[{WD}, {D:MD}]]."])
_t("weekday_letter_camp", W, ["The letter is dated [[{D:BO}]] and begins: \"This [[{WD}]] I write to you from the "
                              "camp.\""])
_t("weekday_first_order", W, ["Opened in [[{D:Y}]], the {F} plant at {T2} took its first order on "
                              "[[{WD}, {D:APMD}]]."], ap=True)
_t("weekday_depot_robbery", W, ["Police said the robbery at the {F} depot took place between 9pm and 10pm on "
                                "[[{WD}, {D:B}]]."])
_t("weekday_mercury_peaked", W, ["The mercury peaked at 38.2C on [[{D:ISO}]], a [[{WD}]], the hottest day in {T} "
                                 "since records began."])
_t("weekday_went_down_night", W, ["{V} went down off {T} with the loss of 17 crew on [[{WD} night, {D:FO}]]."])
_t("weekday_resignation_ill", W, ["{R} handed in his resignation as chief executive of {F} on [[{WD}]], "
                                  "[[{D:ORD}]], citing ill health."])
_t("weekday_degree_collected", W, ["{Q} collected her degree from {U} on [[{D:F}]] ([[{WD}]]), the first in her "
                                   "family to go to university."])
_t("weekday_deadline_signing", W, ["{C} completed the signing of the striker on deadline day, [[{WD} {D:BO}]]."])
_t("weekday_timeline_troops", W, ["Timeline: [[{WD}, {D:AP}]], troops cross the {N2} frontier at three points."],
   ap=True)
_t("weekday_trading_suspended", W, ["Trading in {F} was suspended before the opening bell on [[{WD}]] [[{D:SH}]] "
                                    "pending an announcement."])
_t("weekday_funeral_streets", W, ["In [[{D:Y}]] {T} buried {P}; hundreds lined the streets for the funeral on "
                                  "[[{WD}, {D:ORDNY}]]."])
_t("weekday_conviction_quashed", W, ["The appeal court quashed the conviction on [[{D:FO}]], a [[{WD}]] that {r}'s "
                                     "family still marks each year."])
_t("weekday_first_broadcast", W, ["The station's first broadcast went out at 6pm on [[{WD}, {D:B}]] from a studio "
                                  "above a {T2} bakery."])
_t("weekday_blackout_began", W, ["The blackout that left {T} without power for 30 hours began at 11.42pm on "
                                 "[[{D:SH}]], a [[{WD}]]."])
_t("weekday_sworn_in", W, ["{R} was sworn in as president of {N} at a ceremony in {T} on [[{WD}, {D:FO}]]."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_locomotive_contract", I, ["The contract, signed on [[{D:F}]], bound {F} to deliver 40 locomotives to "
                                         "{N}."])
_t("impossible_born_above_shop", I, ["{P} was born at {X} on [[{D:BO}]] and grew up above her father's shop in "
                                     "{T}."])
_t("impossible_baptism_register", I, ["The parish register records the baptism of {R} on [[{D:ORD}]]."])
_t("impossible_customs_data", I, ["Customs data list the consignment as entering {T} on [[{D:ISO}]], three weeks "
                                  "behind schedule."])
_t("impossible_invoice_dot", I, ["The invoice is dated [[{D:DOT}]] and carries {r}'s signature."])
_t("impossible_bankruptcy_filing", I, ["{F} filed for bankruptcy protection on [[{D:AP}]], listing debts of $310 "
                                       "million."])
_t("impossible_one_engine", I, ["Flight records show the aircraft landed at {T} on [[{D:SH}]] with one engine shut "
                                "down."])
_t("impossible_harbour_wall", I, ["Every year on [[{D:MD}]], the people of {T} gather at the harbour wall to remember "
                                  "the drowned."])
_t("impossible_cheese_fair", I, ["The {T} cheese fair is held on [[{D:DM}]], as it has been since the charter was "
                                 "granted."])
_t("impossible_almanac_frost", I, ["The old almanac insists that the first frost always falls on [[{D:OW}]]."])
_t("impossible_party_conference", I, ["By tradition {J} holds its annual conference on [[{D:ORDNY}]]."])
_t("impossible_bypass_objections", I, ["The deadline for objections to the {T} bypass was [[{D:APMD}]], the council "
                                       "said."])
_t("impossible_reunion_tickets", I, ["Tickets for the reunion at {O} were printed with the date [[{D:SHMD}]]."])
_t("impossible_acquitted", I, ["The jury at {T} acquitted {R} of all charges on [[{D:FO}]]."])
_t("impossible_north_face", I, ["{Q} reached the summit of {M} on [[{D:B}]], the first woman to climb its north "
                                "face."])
_t("impossible_landfall_homes", I, ["{H} made landfall near {T} on [[{D:F}]], flattening 600 homes."])
_t("impossible_merger_vote", I, ["Shareholders approved the merger of {F} and {F2} at a meeting on [[{D:AP}]]."])
_t("impossible_gala_tempest", I, ["{O} opened its doors on [[{D:BO}]] with a gala performance of The Tempest."])
_t("impossible_last_seen_db", I, ["A police database entry gives [[{D:ISO}]] as the date {r} was last seen in "
                                  "{T2}."])
_t("impossible_will_house", I, ["{P}'s will, made on [[{D:ORD}]], left the house and its orchard to the village."])
_t("impossible_shipping_register", I, ["{V} was entered in the shipping register at {T} on [[{D:SH}]]."])
_t("impossible_suitcase_quote", I, ["\"We arrived in {T} on [[{D:F}]] with nothing but a suitcase,\" {q} "
                                    "recalled."])
_t("impossible_saint_procession", I, ["{T}'s patron saint is honoured with a procession every [[{D:DM}]]."])
_t("impossible_permit_expiry", I, ["Every permit issued under the scheme expires on [[{D:MD}]] of the year after "
                                   "issue."])
_t("impossible_mayor_margin", I, ["{R} was elected mayor of {T} on [[{D:FO}]] by a margin of 212 votes."])
_t("impossible_miners_ended", I, ["The miners' strike at {T} ended on [[{D:B}]], after 14 weeks."])
_t("impossible_sample_logged", I, ["Sample 114 was logged by the {U} laboratory on [[{D:DOT}]]."])
_t("impossible_peace_signed", I, ["The peace treaty between {N} and {N2} was signed in {T} on [[{D:BO}]]."])
_t("impossible_kettle_recall", I, ["{F} recalled 80,000 kettles on [[{D:AP}]] after reports of fires."])
_t("impossible_river_froze", I, ["Local legend holds that {K} froze solid on [[{D:OW}]] in the year of the great "
                                 "plague."])
_t("impossible_pictured_caption", I, ["Pictured: {P} at the opening of the new wing of {X} on [[{D:F}]]."])
_t("impossible_private_memo", I, ["The memo, marked 'strictly private' and dated [[{D:SH}]], was sent to {R}."])

# --- restated_event -----------------------------------------------------------
R = "restated_event"
_t("restated_same_explosion_valve", R, ["The explosion at the {F} works on [[{A:F}]] killed four men.",
                                        "An inquiry into the explosion, which it dated to [[{B:F}]], blamed a faulty "
                                        "valve."])
_t("restated_same_wedding_photos", R, ["The wedding of {P} and {R} took place at {T} on [[{A:B}]].",
                                       "Photographs from the wedding on [[{B:B}]] show the bride arriving by "
                                       "tractor."])
_t("restated_same_landslide_road", R, ["A landslide buried the only road out of {T} on [[{A:FO}]].",
                                       "Rebuilding after the landslide of [[{B:Y}]] took two years and cost "
                                       "$9 million."])
_t("restated_same_riot_claims", R, ["The riot in {T}'s market square on [[{A:AP}]] left 40 people injured.",
                                    "Compensation claims from the riot of [[{B:APMY}]] are still being settled."])
_t("restated_same_eruption_ash", R, ["The eruption of {M} on [[{A:B}]] buried three villages in ash.",
                                     "Survivors of the eruption in [[{B:MY}]] were rehoused in {T}."])
_t("restated_same_takeover_share", R, ["{F} completed its takeover of {F2} on [[{A:F}]].",
                                       "Analysts said the takeover, completed on [[{B:F}]], doubled its market "
                                       "share."])
_t("restated_same_referendum_turnout", R, ["{N} voted to abolish its monarchy in a referendum held on [[{A:BO}]].",
                                           "Turnout in the referendum of [[{B:BO}]] was 71 per cent."])
_t("restated_same_blizzard_report", R, ["The blizzard that cut off {T} struck on [[{A:F}]], stranding 300 "
                                        "motorists.",
                                        "The council's own report puts the blizzard on [[{B:MD}]]."], sy=True)
_t("restated_same_premiere_critics", R, ["The play had its premiere at {O} on [[{A:F}]].",
                                         "Critics at the premiere on [[{B:MD}]] were unanimous in their praise."],
   sy=True)
_t("restated_same_fire_hospital", R, ["The fire at {X} on [[{A:B}]] forced the evacuation of 200 patients.",
                                      "The fire of [[{B:Y}]] remains the worst in the hospital's history."])
_t("restated_same_flood_insurers", R, ["{K} flooded {T} in [[{A:MY}]], swamping 1,100 homes.",
                                       "Insurers paid out $80 million for the flood of [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_famine_aid", R, ["The famine of [[{A:Y}]] killed a fifth of {N}'s population.",
                                   "Aid workers who arrived during the famine in [[{B:MY}]] found villages "
                                   "empty."], gap=(2, 12))
_t("restated_same_bus_strike", R, ["The bus strike of [[{A:Y}]] brought {T} to a standstill.",
                                   "Drivers who led the bus strike, which began in [[{B:MY}]], were later "
                                   "sacked."], gap=(2, 12))
_t("restated_same_crash_memorial", R, ["The crash of Flight 208 near {T} on [[{A:FO}]] killed 52 people.",
                                      "A memorial to those who died in the crash on [[{B:FO}]] stands by the "
                                      "runway."])
_t("restated_same_ceasefire_broken", R, ["A ceasefire between {N} and {N2} took effect at midnight on [[{A:F}]].",
                                         "The ceasefire of [[{B:MY}]] was broken within hours."])
_t("restated_same_shipwreck_panel", R, ["The shipwreck off {T} on [[{A:B}]] claimed 30 lives.",
                                        "A museum panel in the harbour dates the shipwreck to [[{B:B}]]."])
_t("restated_same_debut_scored", R, ["{P} made her debut for {C} on [[{A:AP}]] against {C2}.",
                                     "She scored twice on her debut, on [[{B:AP}]]."])
_t("restated_same_kidnapping_ransom", R, ["The kidnapping of {R} outside his {T} office on [[{A:SH}]] made "
                                          "headlines across {N}.",
                                          "A ransom note sent after the kidnapping on [[{B:SH}]] demanded $2 "
                                          "million."])
_t("restated_same_coup_plotters", R, ["Army officers seized the radio station in the coup of [[{A:FO}]].",
                                      "Three of the plotters behind the coup, staged on [[{B:MD}]], were later "
                                      "pardoned."], sy=True)
_t("restated_same_election_recount", R, ["{J} won 44 seats at the election of [[{A:F}]].",
                                         "The election, held on [[{B:F}]], was followed by a recount that changed "
                                         "nothing."])
_t("restated_same_hailstorm_orchards", R, ["The hailstorm of [[{A:BO}]] stripped every orchard in {T}.",
                                           "Growers say they have never recovered from the hailstorm on "
                                           "[[{B:DM}]]."], sy=True)

_t("restated_diff_collapse_disaster", R, ["The {T} footbridge collapsed on [[{A:F}]] as crowds crossed to the "
                                          "fair.",
                                          "Victims of the disaster of [[{B:Y}]] are remembered on a plaque at "
                                          "the crossing."])
_t("restated_diff_sank_loss", R, ["{V} sank off {T} on [[{A:BO}]].",
                                  "The loss of the vessel on [[{B:BO}]] led to new rules on lifeboats."])
_t("restated_diff_resigned_departure", R, ["{R} resigned as chairman of {F} on [[{A:B}]].",
                                           "His departure on [[{B:B}]] wiped 8 per cent off the share price."])
_t("restated_diff_caught_arrest", R, ["Detectives finally caught {R} on [[{A:FO}]].",
                                      "The arrest, at a {T} guesthouse on [[{B:FO}]], ended a three-year "
                                      "manhunt."])
_t("restated_diff_stormed_assault", R, ["Gunmen stormed the {N} embassy in {T} on [[{A:F}]].",
                                        "That assault, on [[{B:F}]], left six people dead."])
_t("restated_diff_cup_apposition", R, ["{C}'s only major trophy, the cup won against {C2} on [[{A:B}]], sits "
                                       "in the boardroom.",
                                       "{C} beat {C2} in the final on [[{B:B}]] with a goal in the last minute."])
_t("restated_diff_burst_breach", R, ["The reservoir dam above {T}, which burst on [[{A:AP}]], had been inspected "
                                     "only weeks earlier.",
                                     "The breach of [[{B:APMY}]] sent a wall of water through the valley."])
_t("restated_diff_memoir_it", R, ["{P}'s memoir was published by {F} on [[{A:F}]].",
                                  "It came out on [[{B:F}]] to warm reviews and sold 90,000 copies."])
_t("restated_diff_opened_inauguration", R, ["The {T} tram line opened to passengers on [[{A:ISO}]], the transport "
                                            "authority's records show.",
                                            "The inauguration of the line on [[{B:ISO}]] was attended by the "
                                            "minister."])
_t("restated_diff_died_death", R, ["{P} died at {X} on [[{A:BO}]].",
                                   "Her death on [[{B:BO}]] came a week after a fall at home."])
_t("restated_diff_walkout_stoppage", R, ["Nurses at {X} walked out on [[{A:F}]] over unpaid overtime.",
                                         "The stoppage, on [[{B:MD}]], was the first in the hospital's history."],
   sy=True)
_t("restated_diff_quake_tremor", R, ["An earthquake of magnitude 6.1 shook {T} on [[{A:B}]].",
                                     "Engineers say buildings put up after the tremor of [[{B:MY}]] are far "
                                     "safer."])
_t("restated_diff_launched_maiden", R, ["{V} was launched at the {T} yard on [[{A:FO}]].",
                                        "A band played at the ship's naming and launch ceremony, on "
                                        "[[{B:FO}]]."])
_t("restated_diff_signed_treaty", R, ["{N} and {N2} signed a fisheries pact at {T} on [[{A:F}]].",
                                      "The agreement, concluded on [[{B:F}]], ended a decade of disputes."])
_t("restated_diff_crowned_coronation", R, ["{R} was crowned king of {N} on [[{A:BO}]].",
                                           "Guests at his coronation, on [[{B:DM}]], included two foreign "
                                           "monarchs."], sy=True)
_t("restated_diff_occasion_relative", R, ["The day {C} was founded, [[{A:B}]], is marked every year by the "
                                          "supporters' club.",
                                          "The club came into being on [[{B:B}]] at a meeting in a {T} pub."])
_t("restated_diff_robbed_raid", R, ["Armed men robbed the {F} bank vault on [[{A:AP}]].",
                                    "Nobody has ever been convicted over the raid, carried out on [[{B:AP}]]."])
_t("restated_diff_discovered_find", R, ["A farmer discovered the hoard of 4,000 silver coins near {T} on "
                                        "[[{A:F}]].",
                                        "The find, made on [[{B:F}]], is now on show at {U}."])
_t("restated_diff_ordained_ceremony", R, ["{Q} was ordained at {T} cathedral on [[{A:ORD}]].",
                                          "Her ordination service took place on [[{B:ORD}]], with her mother in "
                                          "the front pew."])
_t("restated_diff_merged_combination", R, ["{F} merged with {F2} in [[{A:MY}]].",
                                           "The combination of the two firms, agreed and completed in "
                                           "[[{B:MY}]], created the region's largest employer."])
_t("restated_diff_evacuated_exodus", R, ["Troops evacuated the island of {T2} on [[{A:B}]] as {H} approached.",
                                         "Islanders still speak of that exodus, on [[{B:B}]], as the end of a "
                                         "way of life."])

# --- order_violation ----------------------------------------------------------
# ``E``: the event the text puts first (it carries the later date); ``L``: the one it puts second.
O = "order_violation"
_t("order_priest_then_bishop", O, ["{R} was ordained a priest on [[{E:F}]] and went on to be consecrated a bishop "
                                   "on [[{L:F}]]."])
_t("order_qualified_only_then", O, ["{P} qualified as a vet at {U} in [[{E:MY}]], and only then opened her own "
                                    "practice in {T}, in [[{L:MY}]]."])
_t("order_buyout_before_float", O, ["Before it was floated on the stock exchange on [[{L:B}]], {F} had been bought "
                                    "out by its managers, on [[{E:B}]]."])
_t("order_survey_then_dig", O, ["Archaeologists first surveyed the burial mound at {T} in [[{E:Y}]]; the excavation "
                                "that followed began in [[{L:Y}]]."])
_t("order_keel_then_launch", O, ["{V}'s keel was laid at {T} on [[{E:FO}]], and the finished hull was launched on "
                                 "[[{L:FO}]]."])
_t("order_shortlist_award", O, ["{P} was shortlisted for the {T} poetry prize on [[{E:F}]] and collected the award "
                                "itself on [[{L:MD}]]."], sy=True)
_t("order_convicted_after_arrest", O, ["{R} was convicted of fraud on [[{L:B}]], some time after his arrest on "
                                       "[[{E:B}]]."])
_t("order_rumble_before_evacuation", O, ["{M} began to rumble on [[{E:F}]], long before villagers on its slopes "
                                         "were finally evacuated on [[{L:F}]]."])
_t("order_founded_overseas", O, ["Founded in {T} in [[{E:Y}]], {F} opened its first overseas office in "
                                 "[[{L:Y}]]."])
_t("order_enlisted_demobilised", O, ["{R} enlisted on [[{E:BO}]] and was demobilised on [[{L:BO}]]."])
_t("order_pilot_then_series", O, ["The pilot episode of the {T} detective drama aired on [[{E:AP}]]; the full "
                                  "series followed on [[{L:AP}]]."])
_t("order_first_vote_then_walkout", O, ["First came the strike ballot at {F}, on [[{E:B}]]; then the walkout, on "
                                        "[[{L:B}]]."])
_t("order_prior_to_election", O, ["Prior to her election as mayor of {T} on [[{L:F}]], {P} had chaired the "
                                  "planning committee from [[{E:F}]]."])
_t("order_warning_subsequently", O, ["{F} issued a profit warning on [[{E:ISO}]] and subsequently cut 400 jobs, "
                                     "on [[{L:ISO}]], its filings show."])
_t("order_referendum_preceded", O, ["The referendum of [[{E:MY}]] preceded {N}'s declaration of independence in "
                                    "[[{L:MY}]]."])
_t("order_inauguration_followed", O, ["The inauguration of {R} as president of {N} on [[{L:F}]] followed his "
                                      "victory at the polls on [[{E:F}]]."])
_t("order_by_the_time_railway", O, ["By the time the railway reached {T} in [[{L:Y}]], the town's first mill had "
                                    "already been running since [[{E:Y}]]."])
_t("order_only_after_bridge", O, ["Only after the bridge over {K} was completed, in [[{E:MY}]], did the first "
                                  "lorries cross it, in [[{L:MY}]]."])
_t("order_graduated_lectured", O, ["{Q} graduated from {U} in [[{E:Y}]] and returned to lecture there from "
                                   "[[{L:Y}]]."])
_t("order_diagnosed_discharged", O, ["{P} was diagnosed with tuberculosis on [[{E:B}]] and discharged as cured "
                                     "from {X} on [[{L:B}]]."])
_t("order_invaded_annexation", O, ["{N} troops invaded {N2} on [[{E:FO}]]; the formal annexation followed on "
                                   "[[{L:FO}]]."])
_t("order_drawn_up_approved", O, ["The plan for a {T} ring road was drawn up in [[{E:MY}]] and approved by "
                                  "ministers in [[{L:MY}]]."])
_t("order_sentenced_after_verdict", O, ["{R} was sentenced on [[{L:DM}]], some weeks after the jury had found him "
                                        "guilty on [[{E:F}]]."], sy=True)
_t("order_apprentice_director", O, ["{R} began as an apprentice at {F} in [[{E:Y}]] and rose to managing director "
                                    "in [[{L:Y}]]."])
_t("order_farm_quote", O, ["\"We bought the farm on [[{E:F}]] and sold the last of the herd on [[{L:F}]],\" {q} "
                           "said."])
_t("order_licence_then_flight", O, ["{Q} earned her pilot's licence in [[{E:APMY}]], months before her first solo "
                                    "crossing of {K} estuary in [[{L:APMY}]]."], sy=True)

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"
_t("anachronism_headmaster_retired", A, ["{R} retired as headmaster of {T} grammar school in [[{D:MY}]] after 31 "
                                         "years."])
_t("anachronism_theatre_reopened", A, ["{O} reopened on [[{D:F}]] after a restoration costing $14 million."])
_t("anachronism_sculptor_died", A, ["{P}, the sculptor, died at her home in {T} on [[{D:BO}]], her family said."])
_t("anachronism_acquired_sum", A, ["{F} was acquired by {F2} in [[{D:MID}]] for an undisclosed sum."])
_t("anachronism_seven_summits", A, ["{Q} stood on the summit of {M} on [[{D:B}]], completing her quest to climb the "
                                    "seven highest peaks of {N}."])
_t("anachronism_last_mill", A, ["The last mill in {T} closed its gates in [[{D:Y}]], ending two centuries of "
                                "weaving."])
_t("anachronism_wound_up", A, ["{F} was formally wound up at the High Court on [[{D:AP}]]."])
_t("anachronism_left_quote", A, ["\"I left {N} on [[{D:F}]] and I have not been back since,\" {q} said."])
_t("anachronism_storm_roof", A, ["{H} hit {T} in [[{D:LATE}]], tearing the roof off the town hall."])
_t("anachronism_course_record", A, ["The course record at {T}, set by {R} on [[{D:ISO}]], still stands."])
_t("anachronism_first_seat", A, ["{J} won its first seat in [[{D:EARLY}]], when {R} took {T} at a by-election."])
_t("anachronism_doctorate_thesis", A, ["{P} completed her doctorate at {U} in [[{D:APMY}]] with a thesis on salt "
                                       "marshes."])
_t("anachronism_ferry_scrapped", A, ["{V} was withdrawn from service on [[{D:SH}]] and sold for scrap."])
_t("anachronism_rel_bypass_yesterday", A, ["The {T} bypass, which opened to traffic [[yesterday]] ([[{D:B}]]), is "
                                           "already congested."], rel="yesterday")
_t("anachronism_rel_staff_last_week", A, ["At a staff meeting [[last week]], on [[{D:F}]], {F} told workers its {T} "
                                          "plant would close."], rel="last week")
_t("anachronism_rel_speaking_morning", A, ["Speaking [[this morning]], [[{D:FO}]], {R} said he would not stand "
                                           "again."], rel="this morning")
_t("anachronism_rel_banks_month", A, ["{K} burst its banks [[earlier this month]], on [[{D:BO}]], flooding 70 "
                                      "homes."], rel="earlier this month")
_t("anachronism_rel_queued_night", A, ["Fans queued outside {O} [[last night]] ([[{D:AP}]]) for the band's only "
                                       "show."], rel="last night")
_t("anachronism_rel_ballot_two_days", A, ["The ballot closed [[two days ago]], on [[{D:F}]], and counting is under "
                                          "way."], rel="two days ago")
_t("anachronism_rel_jobs_last_month", A, ["{F} cut 300 jobs [[last month]] ([[{D:MY}]]), and more cuts are "
                                          "expected."], rel="last month")
_t("anachronism_rel_promoted_last_year", A, ["{C} were promoted [[last year]], in [[{D:Y}]], after a decade in the "
                                             "lower leagues."], rel="last year")
_t("anachronism_rel_released_today", A, ["Police confirmed [[earlier today]] ([[{D:ISO}]]) that {R} had been "
                                         "released without charge."], rel="earlier today")
_t("anachronism_rel_music_school_week", A, ["{U} announced [[this week]], on [[{D:SH}]], that it would close its "
                                            "music school."], rel="this week")
_t("anachronism_rel_cabinet_fortnight", A, ["{P} was appointed to the {N} cabinet [[a fortnight ago]], on "
                                            "[[{D:F}]]."], rel="a fortnight ago")
_t("anachronism_rel_marched_weekend", A, ["Thousands marched through {T} [[last weekend]], on [[{D:B}]], in protest "
                                          "at the closure of {X}."], rel="last weekend")
_t("anachronism_rel_discharged_week", A, ["The jury at {T} was discharged [[earlier this week]], on [[{D:AP}]], "
                                          "after failing to reach a verdict."], rel="earlier this week")
_t("anachronism_rel_board_afternoon", A, ["The board of {F} meets [[this afternoon]], [[{D:BO}]], to choose a new "
                                          "chief executive."], rel="this afternoon")
_t("anachronism_rel_aground_year", A, ["{V} ran aground [[earlier this year]], in [[{D:MY}]], off the coast of "
                                       "{N}."], rel="earlier this year")
_t("anachronism_rel_sighting_26_days", A, ["The last sighting of {R} was [[twenty-six days ago]], on [[{D:F}]], at "
                                           "a petrol station near {T}."], rel="twenty-six days ago")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
_t("duration_died_aged", D, ["{P} was born on [[{S:F}]] and died at {X} on [[{E:F}]], aged [[{NUM}]]."],
   unit="years", span=(365 * 40, 365 * 95), yr=(1900, 1940), min=20, top=115)
_t("duration_tenure_retirement", D, ["{R} ran {F} from [[{S:MY}]] until his retirement in [[{E:MY}]], a tenure of "
                                     "[[{NUM} years]]."], unit="years", span=(365 * 3, 365 * 30), top=60)
_t("duration_blockade_months", D, ["The blockade of {T} began on [[{S:B}]] and was lifted on [[{E:B}]], "
                                   "[[{NUM} months]] in all."], unit="months", span=(60, 900), top=60)
_t("duration_stoppage_weeks", D, ["Workers at {F} stayed out from [[{S:F}]] to [[{E:F}]], a stoppage that lasted "
                                  "[[{NUM} weeks]]."], unit="weeks", span=(30, 400), top=80)
_t("duration_captivity_days", D, ["Seized on [[{S:BO}]] and freed on [[{E:BO}]], {R} spent [[{NUM} days]] in "
                                  "captivity."], unit="days", span=(20, 400), top=500)
_t("duration_lighthouse_ago", D, ["The {T} lighthouse was first lit on [[{S:F}]], [[{NUM} years ago]]."],
   unit="years")
_t("duration_since_froze", D, ["It has been [[{NUM} years]] since {K} last froze over, on [[{S:B}]]."],
   unit="years", yr=(1900, 2005))
_t("duration_decade_exile", D, ["{P} spent [[a decade]] in exile, from [[{S:Y}]] to [[{E:Y}]]."], unit="years",
   span=(365 * 22, 365 * 45), fixed=(10, "a decade"))
_t("duration_half_century_shop", D, ["{F} has traded from the same {T} shopfront for [[half a century]], since "
                                     "opening its doors on [[{S:F}]]."], unit="years", yr=(1975, 2005),
   fixed=(50, "half a century"))
_t("duration_fortnight_ceasefire", D, ["The truce agreed on [[{S:B}]] held for barely [[a fortnight]]; fighting "
                                       "resumed on [[{E:B}]]."], unit="days", span=(40, 200),
   fixed=(14, "a fortnight"))
_t("duration_centenary_service", D, ["{U}, founded on [[{S:FO}]], celebrated its [[centenary]] with a service on "
                                     "[[{E:FO}]]."], unit="years", span=(365 * 40, 365 * 80),
   fixed=(100, "centenary"))
_t("duration_wedding_anniversary", D, ["The couple, who wed on [[{S:B}]], marked their [[{NUM}]] wedding "
                                       "anniversary on [[{E:B}]]."], unit="years", span=(365 * 10, 365 * 60),
   top=80, ordinal=True)
_t("duration_turned_bypass", D, ["{Q}, born on [[{S:F}]], turned [[{NUM}]] on the day the {T} bypass opened, "
                                 "[[{E:F}]]."], unit="years", span=(365 * 15, 365 * 70), top=100)
_t("duration_jury_retired_weeks", D, ["The trial opened on [[{S:F}]] and the jury retired on [[{E:F}]], "
                                      "[[{NUM} weeks]] later."], unit="weeks", span=(14, 300), top=70)
_t("duration_refit_months", D, ["{V} entered dry dock in [[{S:MY}]] and sailed again in [[{E:MY}]] after a "
                                "[[{NUM}-month]] refit."], unit="months", span=(90, 1500), top=80)
_t("duration_fast_day_count", D, ["{R} began refusing food on [[{S:F}]] and ended the protest on day [[{NUM}]], "
                                  "[[{E:F}]]."], unit="days", span=(10, 120), top=200)
_t("duration_still_swims", D, ["{P}, who was born in {T} on [[{S:BO}]], is [[{NUM}]] and still swims in {K} every "
                               "morning."], unit="years", yr=(1920, 1990), min=18)
_t("duration_took_wheel_words", D, ["Born in [[{S:Y}]], {R} was only [[{NUM}]] when he took the wheel of {V} in "
                                    "[[{E:Y}]]."], unit="years", span=(365 * 25, 365 * 60), words=True)
_t("duration_lease_ran_out", D, ["The council granted {F} a [[{NUM}-year]] lease on the quay on [[{S:F}]]; it ran "
                                 "out on [[{E:F}]]."], unit="years", span=(365 * 3, 365 * 40), top=99)
_t("duration_together_when_died", D, ["Married on [[{S:FO}]], {P} and {R} had been together [[{NUM} years]] when "
                                      "he died on [[{E:FO}]]."], unit="years", span=(365 * 5, 365 * 60), top=80)
_t("duration_reopened_words_months", D, ["{O} closed for repairs on [[{S:B}]] and reopened [[{NUM} months]] later, "
                                         "on [[{E:B}]]."], unit="months", span=(400, 1800), words=True)
_t("duration_snowbound_words_weeks", D, ["Snow cut {T} off from [[{S:F}]] until [[{E:F}]], [[{NUM} weeks]] in "
                                         "which no lorry got through."], unit="weeks", span=(10, 60), words=True)
_t("duration_sentence_served", D, ["{R} has now served [[{NUM} months]] of his sentence, having been jailed on "
                                   "[[{S:F}]]."], unit="months", yr=(2004, 2012), top=200)
_t("duration_last_ferry_days", D, ["The last ferry left {T} on [[{S:F}]], some [[{NUM} days]] ago."], unit="days",
   yr=(2010, 2012), top=999)
_t("duration_chapel_old_fire", D, ["The chapel, consecrated on [[{S:F}]], was [[{NUM} years]] old when fire gutted "
                                   "it on [[{E:F}]]."], unit="years", span=(365 * 20, 365 * 100), yr=(1900, 1990),
   top=120)
_t("duration_youngest_member", D, ["At [[{NUM}]], {P}, born on [[{S:B}]], became the youngest member of the {N} "
                                   "parliament when she took her seat on [[{E:B}]]."], unit="years",
   span=(365 * 18, 365 * 40), min=16, top=70)
_t("duration_dividend_weeks", D, ["{F} last paid a dividend on [[{S:B}]], [[{NUM} weeks]] ago."], unit="weeks",
   yr=(2009, 2012), top=800)
_t("duration_days_at_sea", D, ["{V} sailed from {T} on [[{S:BO}]] and docked at {T2} on [[{E:BO}]] after "
                               "[[{NUM} days]] at sea."], unit="days", span=(10, 200), top=400)
_t("duration_birthday_ordinal", D, ["{R}, born on [[{S:F}]], celebrated his [[{NUM}]] birthday at {O} on "
                                    "[[{E:F}]]."], unit="years", span=(365 * 20, 365 * 90), top=110, ordinal=True)
_t("duration_interim_months", D, ["{Q} was named interim head of {U} in [[{S:MY}]] and confirmed in the post in "
                                  "[[{E:MY}]], [[{NUM} months]] into the job."], unit="months", span=(60, 900),
   top=100)
_t("duration_ice_quote_words", D, ["\"We were stuck in the ice for [[{NUM} weeks]],\" said {q}, whose expedition "
                                   "was trapped from [[{S:F}]] to [[{E:F}]]."], unit="weeks", span=(3, 50),
   words=True)
_t("duration_year_old_coach", D, ["The [[{NUM}-year-old]] {R}, born on [[{S:B}]], was named coach of {C} on "
                                  "[[{E:B}]]."], unit="years", span=(365 * 25, 365 * 60), min=18, top=90)
