"""``blind39``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind39`` templates.  Written on 2026-11-24 (started 08:03:58 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind38's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), its date tests
# (tests/test_temporal*, tests/test_event_identity*, tests/test_order*,
# tests/test_restate*, tests/test_anchor*, any tests/test_date* file other
# than tests/test_date_templates_independent.py), features/, docs/, the
# README, benchmarks/results/, the body of benchmarks/event_identity.py, any
# other template file, or the git history.
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind39 ... 6b273e2`` (``git log``/``git show`` were
# never run): 6b273e27d610029ac0f1040359865218addd6c0c.
# What was read: lines 1-455 of benchmarks/date_templates_blind38.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its ``W = "weekday_mismatch"`` line, before its first ``_t(`` template) --
# its machinery (lines 131-158 and 182-453) was copied with a sed script
# (``b39_`` names, ``BLIND39_TEMPLATES``, "twenty-two days ago" as the new
# relative anchor instead of "twenty-one days ago"), its name lists (lines
# 159-181) were replaced and none of its names, places or sentences were
# reused (its templates were never seen); tests/date_template_checks.py
# (whole file, the shared checks); tests/test_date_templates_independent.py
# (whole file, where the ``blind39`` row was added and the docstring's range
# extended to blind39); in tests/conftest.py the ``load_benchmark`` helper
# (printed with ``grep -n -A12``); in benchmarks/date_conflicts.py only the
# output of ``grep -n "blind38"`` (the import line and the dict entry), after
# which one import line and one dict entry were inserted with sed; in
# benchmarks/event_identity.py only the ``FRESH = (...)`` line, changed with
# the sed line of the brief and shown with ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A12`` of ``load_benchmark`` ended on the
# signature line of the next helper of tests/conftest.py
# (``def date_conflicts(text: str, published: object = None) ->
# list[tuple[str, list[str]]]:``); the ``grep -n "^FRESH"`` line carries a
# long trailing comment (blind31/32 joined development in round restate16,
# blind33/34 were scored before and after session 15's rounds and are now
# development data, taking sets out of the list changes the refit, which
# needs --write); a ``grep -n`` on blind38's file used to find the line
# numbers of its name lists also printed its section comment lines with
# their line numbers (``# --- impossible_date ---`` at 496,
# ``# --- restated_event ---`` at 525, ``# --- order_violation ---`` at 655,
# ``# --- publication_anachronism ---`` at 710, ``# --- duration_arithmetic
# ---`` at 750) -- no template text.  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind39``, which runs no
# detector) and a throwaway script (/tmp/b39_sample.py, outside the worktree)
# printing a rendered sample of every template for a few seeds and applying
# the shared checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# This is a fresh independent test set, to be scored ONCE on the code at the
# start of session 17 (6b273e2) as the "before" of session 17's rounds and
# once after them, and never used to tune the detector.  Every template is
# used: ``--split blind39``.
#
# Conventions (those of blind38, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b39_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# stands in the sentence.
# Order pairs and connectives: "after qualifying as a doctor ..., took up
# her first post", "before emigrating ..., served an apprenticeship ...,
# finishing it in", "following the merger ..., closed its plant", "in the
# wake of the collapse of the footbridge ..., began inspecting", "once the
# dam ... had been completed ..., the valley ... was flooded", "having won
# the by-election ..., took her seat", "prior to his transfer ..., had made
# his debut", "was called to the bar ... and went on to become the first
# woman judge", stolen/"was subsequently recovered" (two sentences), "closed
# to passengers ..., and the tracks were then lifted", fire/"patients were
# moved ... after the fire" (two sentences), "damaged beyond repair ..., and
# it was torn down shortly afterwards", "completed her doctorate ..., and
# only then was she appointed to a chair", "following the death of its
# founder ..., passed to his daughter", "after winning promotion in the
# spring of ..., signed six new players in the summer of", "in the wake of
# the accounting scandal ..., regulators tightened", "once ... had gained
# independence ..., it joined the trade bloc", "having survived the wreck
# ..., volunteered as a lifeboatman from", "sat the entrance exam" / "weeks
# later ..., she learned she had won a place" (two sentences), "prior to its
# closure ..., had admitted its last patient", "was extradited ... and
# subsequently stood trial", "after being elected leader ..., named his
# shadow cabinet", "following the discovery of oil ..., built a refinery
# ..., opening it", "made her debut ... and went on to sing there ..., the
# last of them in", vaccine trial recruited/"results ... were then
# published" (two sentences), "having retired from professional tennis
# ..., opened a coaching academy".
# Restated templates are ``b39_restated_same_*`` (one head word twice:
# landslide, mutiny, earthquake, abdication, acquittal, stampede, blackout,
# inauguration, evacuation, crash, walkout, consecration, assassination
# attempt, avalanche, bankruptcy, wildfire, raid, rescue, ordination,
# reopening, shipwreck, signing) or ``b39_restated_diff_*`` (referred back
# in other words: verb against noun -- resigned/resignation, "opened to
# traffic"/"the road's opening" (possessive), arrested/detention, "passed
# away"/death, won/triumph, sold/"that sale", "came down"/landing, sacked/
# dismissal, "was crowned champion"/"her championship win", detonated/blast,
# "went down"/"the loss of the ship", "stopped work"/"the stoppage ... it
# began" (pronoun), plucked/airlift, ruled/judgment, "lifted off"/"the
# satellite's launch" (possessive) --, noun before verb -- burglary/"thieves
# broke in" --, synonyms -- hurricane/"the storm", floodwater/deluge,
# bought/"that takeover" (demonstrative), founded/"set up" (apposition-like
# "the company, set up in") --, a pronoun and demonstrative ("He says he
# still watches ... that goal, scored on"), and a quote ("\"I will never
# forget ..., the day I took the oath,\" she said")); which side gets the
# earlier date is drawn at random; events that last (a blackout, a walkout,
# a wildfire, a stoppage) are dated at least two calendar years apart
# (``gap=(2, 12)``).
# Duration phrasings: "reigned for N years, from ... until his death on",
# "which first opened its doors on ..., is marking N years of trading",
# "ended on ... after N days, having begun on", "was kept up for N weeks
# until", "returned N months later, on", "was N years old when he died on",
# "won her first international cap on ... at the age of N, having been born
# on", "tended the lamp ... for N years, from ... to" (number words),
# "grounded for a fortnight, from ... until", "to mark half a century of
# singing", "to mark its centenary", "edited ... for a decade, from ... to",
# "to mark its Nth anniversary", "produced its last coal N years ago, in",
# "tenure ..., which began on ... and ended ..., lasted N months",
# "refloated on ..., N days after running aground", "out for N weeks with a
# broken leg in ..., from ... to her return on" (one year, day-month dates),
# "became the youngest councillor ... on ..., aged N", "were together for N
# years until his death", "restoration ... took N months, from ... to",
# "spent N weeks at number one", "rowed across the ocean ... in N days,
# leaving ... and arriving", "has been the village postman ... for N
# years, having started", "have stood empty for N years, ever since" (number
# words), "celebrated her Nth birthday", "began on ... and took N months,
# with the road opening on", "spent N years in exile ..., leaving ... and
# returning", "was shut for N weeks ..., between ... and", "counting ...
# took N days; the result was declared on", "retired from the bench on ...
# at the age of N", "has staged plays for N years", "has been running for N
# weeks, since opening on".  Like blind38, the set has no near-miss or clean
# (conflict-free) templates: every template must be a real conflict of its
# kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it (weekday templates with
# such a format mark the bare year ``{D:Y}`` inside the same span).  Extra
# relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "twenty-two days ago").  Counts: 24 weekday_mismatch, 24 impossible_date,
# 44 restated_event (22 same, 22 diff), 26 order_violation, 26
# publication_anachronism (15 dated after publication, 11 relative
# expressions pinned far from it), 32 duration_arithmetic (176 in all).
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set
# (King Aurelian and King Osric too).
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-two days ago"})


FIRST_F = ["Rosalind", "Imogen", "Thomasina", "Beatrix", "Perpetua", "Leonie", "Georgiana", "Wilhelmina"]
FIRST_M = ["Barnaby", "Evander", "Crispin", "Lysander", "Tobias", "Horatio"]
LAST = ["Featherstonhaugh", "Adeyemi-Cross", "Strandquist", "Pemberton-Lyle", "Quilliam", "Sokolowska",
        "Ravenscroft", "Tremayne", "Okonjo-Reid", "Boscawen", "Hawksmoor", "Castellanos-Ford", "Van Roijen",
        "Dunmore-Achebe"]
TOWNS = ["Fennick Bay", "Aldermarsh", "Kettleby", "Oxenholt", "Lower Brackwater", "Stavenport", "Thornleigh",
         "Cresswold", "Marrowgate", "Saltinghurst"]
FIRMS = ["Halcyon Rail", "Bramblewick Foods", "Northgate Cables", "Pelican Insurance", "Vantor Biologics",
         "Gresham & Lowe", "Tidewell Energy", "Osprey Robotics"]
NATIONS = ["Surrevia", "Montalvia", "Ekland", "Drusania", "Pellucia", "Varnholm"]
CLUBS = ["Fennick Bay Rovers", "Aldermarsh United", "Kettleby Town", "Oxenholt Albion", "Stavenport County",
         "Thornleigh Celtic"]
STORMS = ["Hurricane Octavian", "Typhoon Haruka", "Cyclone Ysbel", "Storm Gwendolyn", "Hurricane Aurelio"]
SHIPS = ["the ferry Pride of Kettleby", "the trawler Marrowgate Lass", "MV Silver Curlew", "the tanker Brackwater Dawn"]
PEAKS = ["Mount Varnhold", "the Silberjoch", "Mount Caradoc", "Ben Lurgainn"]
UNIVERSITIES = ["Stavenport University", "the University of Aldermarsh", "Kettleby Polytechnic",
                "Thornleigh College of Art"]
RIVERS = ["the River Fennick", "the River Oxen", "the Brackwater", "the River Marrow"]
HOSPITALS = ["Stavenport General Hospital", "St Winnoc's Hospital", "the Aldermarsh Royal Infirmary",
             "Cresswold Community Hospital"]
VENUES = ["the Alhambra Rooms at Oxenholt", "the Corn Exchange Theatre", "the Pavilion Opera House",
          "the Dockside Music Hall"]
PARTIES = ["the Farmers' Alliance", "the Civic Reform League", "the Social Progress Party",
           "the People's Unity Movement"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND39_TEMPLATES = new_templates()
_t = registrar("b39_", BLIND39_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_jury_verdict", W, ["The jury at {T} Crown Court returned its verdict on [[{WD}, {D:B}]] after deliberating for most of the day."])
_t("weekday_county_cup", W, ["{C} lifted the county cup on [[{WD}, {D:F}]], beating {C2} 3-1 in front of a crowd of 14,000."])
_t("weekday_hardware_obit", W, ["{R}, who ran the hardware shop on the high street in {T} for four decades, died at home on [[{WD}, {D:BO}]]."])
_t("weekday_board_sale", W, ["{F} said its board approved the sale of the {T} plant [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_landfall", W, ["{H} made landfall near {T} in the early hours of [[{WD}, {D:FO}]], bringing down power lines across the county."])
_t("weekday_vicarage_letter", W, ["The letter, dated [[{WD}, {D:ORD}]], was found in a drawer at the {T} vicarage."])
_t("weekday_flight_log", W, ["According to the flight log, the aircraft left {T} at 06:40 on [[{D:ISO} ({WD})]]."])
_t("weekday_parcel_stamp", W, ["The postmark on the parcel reads [[{WD} {D:DOT}]], the day it was sent from {T2}."])
_t("weekday_parish_minutes", W, ["Minutes of the parish council meeting of [[{WD} {D:SH}]] record that the motion was carried by six votes to four."])
_t("weekday_lifeboat", W, ["The {T} lifeboat was launched at 2am on [[{WD}, {D:F}]] after flares were seen off the headland."])
_t("weekday_regatta", W, ["The {T} regatta of [[{D:Y}, held on {WD}, {D:DM}]], drew sixty crews to {K}."])
_t("weekday_depot_robbery", W, ["Police said the robbery at the {F} depot happened shortly before midnight [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_church_wedding", W, ["The couple married at St Ebba's Church, {T}, on [[{WD}, {D:BO}]], and held the reception at {O}."])
_t("weekday_presidential_poll", W, ["Voters in {N} went to the polls on [[{WD}, {D:B}]] to choose a new president."])
_t("weekday_warehouse_blaze", W, ["Firefighters were called to the {F2} warehouse at 4.15am on [[{WD}, {D:F}]], and the roof fell in within the hour."])
_t("weekday_summit_noon", W, ["{P} reached the summit of {M} at noon on [[{WD}, {D:FO}]], the first woman to do so."])
_t("weekday_magistrates", W, ["{R} appeared before magistrates in {T} on [[{WD}, {D:SH}]], charged with dangerous driving."])
_t("weekday_river_banks", W, ["{K} burst its banks at {T} during the night of [[{WD}, {D:B}]], flooding forty homes."])
_t("weekday_away_win", W, ["In the match played on [[{WD}, {D:F}]], {C2} won 2-0 at the home of {C}."])
_t("weekday_death_certificate", W, ["The death certificate of {P} gives the date as [[{D:ISO}, a {WD}]]."])
_t("weekday_first_branch", W, ["{F} opened its first branch, in {T}, on [[{WD}, {D:ORDNY} {D:Y}]]."])
_t("weekday_border_treaty", W, ["The border treaty between {N} and {N2} was signed at {T} on [[{WD}, {D:DM} {D:Y}]]."])
_t("weekday_school_board", W, ["The school board voted 5-2 [[{WD}, {D:AP}]] to close the elementary school in {T}."], ap=True)
_t("weekday_opera_opening", W, ["{O} raised the curtain on its new production of the opera on [[{WD}, {D:F}]], with {Q} in the title role."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_farm_deed", I, ["The deed transferring the farm at {T} to {R} is dated [[{D:B}]]."])
_t("impossible_slipway", I, ["{V} slid down the slipway at {T} on [[{D:F}]], watched by a crowd of shipyard workers."])
_t("impossible_bankruptcy_filing", I, ["{F} filed for bankruptcy protection [[{D:AP}]], listing debts of $40 million."])
_t("impossible_sensor_log", I, ["The river gauge on {K} logged its last reading at 23:59 on [[{D:ISO}]]."])
_t("impossible_ticket_stub", I, ["A ticket stub stamped [[{D:DOT}]] was found among the belongings of {P}."])
_t("impossible_mayor_sworn", I, ["{R} was sworn in as mayor of {T} on [[{D:ORD}]]."])
_t("impossible_bells_recast", I, ["Parishioners in {T} still mark [[{D:OW}]] as the day the church bells were recast."])
_t("impossible_flood_memorial", I, ["Every year on [[{D:MD}]], the village of {T} remembers those lost in the flood."])
_t("impossible_festival_close", I, ["The festival programme lists the closing concert at {O} for [[{D:DM}]]."])
_t("impossible_last_train", I, ["The timetable printed in the {T} Gazette showed the last train on the branch running on [[{D:SHMD}]]."])
_t("impossible_referendum_set", I, ["The referendum in {N} will be held on [[{D:APMD}]], election officials said."])
_t("impossible_club_dues", I, ["The rules of {C} require members to pay their dues by [[{D:ORDNY}]] each year."])
_t("impossible_doctorate", I, ["{P} was awarded her doctorate by {U} on [[{D:FO}]]."])
_t("impossible_library_stone", I, ["The foundation stone of the {T} library was laid on [[{D:BO}]]."])
_t("impossible_hearing_listed", I, ["Court records list the hearing before a district judge in {T} as [[{D:SH}]]."])
_t("impossible_born_youngest", I, ["{R}, a retired harbour pilot, was born in {T} on [[{D:F}]], the youngest of nine children."])
_t("impossible_storm_upgrade", I, ["{H} was upgraded to a category four storm on [[{D:B}]]."])
_t("impossible_title_clinched", I, ["{C} clinched the title with a 2-1 win over {C2} on [[{D:ORD}]]."])
_t("impossible_passport_stamp", I, ["Her passport shows an entry stamp for {N} dated [[{D:ISO}]]."])
_t("impossible_contract_signed", I, ["The contract, signed on [[{D:AP}]], ran until the end of the decade."])
_t("impossible_census_return", I, ["The census return for the household was completed by the enumerator on [[{D:DOT}]]."])
_t("impossible_summit_party", I, ["{P} and {Q} set off for the summit of {M} on [[{D:FO}]] and were back at base camp two days later."])
_t("impossible_appeal_ruling", I, ["The appeal court in {N} delivered its ruling on [[{D:BO}]]."])
_t("impossible_wing_plaque", I, ["A plaque in the entrance hall of {X} reads: \"This wing was opened on [[{D:DM} {D:Y}]].\""])

# --- restated_event -----------------------------------------------------------
RS = "restated_event"
_t("restated_same_landslide", RS, ["A landslide buried the coast road north of {T} on [[{A:F}]].",
                                    "The landslide of [[{B:B}]] cut the village off for a week."])
_t("restated_same_mutiny", RS, ["The mutiny aboard {V} broke out on [[{A:BO}]], according to the ship's log.",
                                 "Historians of the fleet have long dated the mutiny to [[{B:MY}]]."])
_t("restated_same_earthquake", RS, ["The earthquake that struck {N} on [[{A:F}]] killed more than 300 people.",
                                     "Survivors of the [[{B:Y}]] earthquake still live in temporary housing."])
_t("restated_same_abdication", RS, ["The abdication of King Aurelian of {N} on [[{A:F}]] stunned the country.",
                                     "In his memoirs, the king's private secretary dates the abdication to [[{B:MY}]]."])
_t("restated_same_acquittal", RS, ["The acquittal of {R} on [[{A:AP}]] ended a long fraud prosecution.",
                                    "Prosecutors had not expected the acquittal, which came on [[{B:AP}]]."])
_t("restated_same_stampede", RS, ["Twenty-one people died in the stampede at {O} on [[{A:BO}]].",
                                   "An inquiry into the stampede, which happened on [[{B:BO}]], blamed locked exit doors."])
_t("restated_same_blackout", RS, ["The blackout that left half of {T} without power began on [[{A:F}]].",
                                   "Engineers traced the blackout of [[{B:Y}]] to a single faulty transformer."], gap=(2, 12))
_t("restated_same_inauguration", RS, ["The inauguration of {P} as governor of the province took place on [[{A:F}]].",
                                       "Guests at the inauguration on [[{B:MD}]] included three former governors."], sy=True)
_t("restated_same_evacuation", RS, ["The evacuation of {T} began on [[{A:B}]] as {K} kept rising.",
                                     "Residents recall the evacuation of [[{B:SHMY}]] as chaotic."])
_t("restated_same_air_crash", RS, ["The crash of Flight 212 near {T} on [[{A:FO}]] killed all 54 people on board.",
                                    "The final report into the crash, which it dates to [[{B:FO}]], blamed icing on the wings."])
_t("restated_same_walkout", RS, ["The walkout at the {F} plant in {T} started on [[{A:ISO}]], according to union records.",
                                  "Management's account puts the start of the walkout at [[{B:ISO}]]."], gap=(2, 12))
_t("restated_same_consecration", RS, ["The consecration of the new cathedral at {T} was held on [[{A:ORD}]].",
                                       "The bishop who led the consecration on [[{B:ORD}]] died the following year."])
_t("restated_same_assassination_attempt", RS, ["The assassination attempt on President {R} of {N} took place on [[{A:F}]] as his motorcade left {T}.",
                                                "A court later convicted two men over the assassination attempt of [[{B:MY}]]."])
_t("restated_same_avalanche", RS, ["An avalanche on the slopes of {M} swept away a party of five climbers on [[{A:B}]].",
                                    "Only one of the party survived the avalanche, which struck on [[{B:B}]]."])
_t("restated_same_bankruptcy", RS, ["{F} declared bankruptcy on [[{A:F}]] after its main lender pulled out.",
                                     "Court papers seen by this newspaper date the bankruptcy to [[{B:MY}]]."])
_t("restated_same_wildfire", RS, ["The wildfire that destroyed 40 homes in the hills above {T} broke out on [[{A:AP}]].",
                                   "Insurers paid out more than $90 million after the wildfire of [[{B:APMY}]]."], gap=(2, 12))
_t("restated_same_dawn_raid", RS, ["The raid on the offices of {F2} in {T} took place at dawn on [[{A:BO}]].",
                                    "Officers who took part in the raid on [[{B:BO}]] seized computers and ledgers."])
_t("restated_same_colliery_rescue", RS, ["The rescue of the 12 miners trapped at the {T} colliery was completed on [[{A:F}]].",
                                          "The rescue, on [[{B:MD}]], was broadcast live across the country."], sy=True)
_t("restated_same_ordination", RS, ["{R}'s ordination at {T} parish church on [[{A:SH}]] was attended by 400 people.",
                                     "The parish register gives the date of his ordination as [[{B:SH}]]."])
_t("restated_same_reopening", RS, ["The reopening of {O} after its restoration took place on [[{A:F}]].",
                                    "Tickets for the reopening, on [[{B:F}]], sold out within an hour."])
_t("restated_same_shipwreck", RS, ["The shipwreck of {V} on the rocks off {T} happened on [[{A:B}]].",
                                    "A memorial to the 17 lost in the shipwreck of [[{B:Y}]] stands on the quay."])
_t("restated_same_accord_signing", RS, ["The signing of the peace accord between {N} and {N2} took place in {T} on [[{A:F}]].",
                                         "Diplomats present at the signing on [[{B:MD}]] described a tense ceremony."], sy=True)
_t("restated_diff_resigned_resignation", RS, ["{R} resigned as chairman of {F} on [[{A:F}]].",
                                               "His resignation, which took effect on [[{B:F}]], came after a boardroom revolt."])
_t("restated_diff_opened_possessive_opening", RS, ["The {T} bypass opened to traffic on [[{A:B}]].",
                                                    "Congestion on the high street fell by half after the road's opening in [[{B:MY}]]."])
_t("restated_diff_hurricane_storm", RS, ["{H} tore through {T} on [[{A:F}]], flattening the seafront.",
                                          "The storm, which hit on [[{B:F}]], cost the town its pier."])
_t("restated_diff_floodwater_deluge", RS, ["Floodwater from {K} swamped the centre of {T} on [[{A:BO}]].",
                                            "Older residents still talk about the deluge of [[{B:BO}]]."])
_t("restated_diff_scored_that_goal", RS, ["{R} scored the winning goal for {C} in the cup final on [[{A:F}]].",
                                           "He says he still watches a recording of that goal, scored on [[{B:MD}]], every year."], sy=True)
_t("restated_diff_bought_takeover", RS, ["{F} bought {F2} on [[{A:F}]] for $1.2 billion.",
                                          "That takeover, which went through on [[{B:F}]], doubled the size of the group."])
_t("restated_diff_sworn_quote_oath", RS, ["{P} was sworn in as the first woman mayor of {T} on [[{A:BO}]].",
                                          "\"I will never forget [[{B:BO}]], the day I took the oath,\" she said."])
_t("restated_diff_founded_set_up", RS, ["{R} founded {F} in a garage in {T} in [[{A:MY}]].",
                                         "The company, set up in [[{B:MY}]] with a loan from his mother, now employs 3,000 people."])
_t("restated_diff_arrested_detention", RS, ["Police arrested {R} at his home in {T} on [[{A:F}]].",
                                             "His lawyer said the detention, which took place on [[{B:F}]], was unlawful."])
_t("restated_diff_passed_away_death", RS, ["{P}, the soprano, passed away at {X} on [[{A:B}]].",
                                            "Her death on [[{B:B}]] was announced by {O}, where she sang for many seasons."])
_t("restated_diff_won_triumph", RS, ["{Q} won the {T} marathon on [[{A:F}]] in a course record.",
                                      "Her triumph, on [[{B:MD}]], made her the first local winner of the race."], sy=True)
_t("restated_diff_sold_that_sale", RS, ["The painting was sold at auction in {T} on [[{A:BO}]] for a record sum.",
                                         "The buyer at that sale, held on [[{B:BO}]], has never been named."])
_t("restated_diff_came_down_landing", RS, ["The research balloon came down in a field near {T} on [[{A:F}]].",
                                            "Farmers who watched the landing on [[{B:F}]] helped the crew fold the envelope."])
_t("restated_diff_sacked_dismissal", RS, ["{C} sacked their manager, {R}, on [[{A:B}]] after eight straight defeats.",
                                           "{r}'s dismissal on [[{B:B}]] was the third at the club in a single season."])
_t("restated_diff_crowned_championship_win", RS, ["{Q} was crowned national chess champion in {T} on [[{A:AP}]].",
                                                   "Her championship win, on [[{B:AP}]], was the first by a player from {T2}."])
_t("restated_diff_detonated_blast", RS, ["A car bomb detonated outside the parliament building in the capital of {N} on [[{A:F}]].",
                                          "No group has ever claimed responsibility for the [[{B:MD}]] blast."], sy=True)
_t("restated_diff_went_down_loss", RS, ["{V} went down in a gale off {T} on [[{A:BO}]].",
                                         "The loss of the ship, on [[{B:BO}]], led to new safety rules for the fleet."])
_t("restated_diff_pronoun_stoppage", RS, ["Bus drivers in {T} stopped work over pay on [[{A:F}]].",
                                           "They had voted for the stoppage weeks before it began on [[{B:F}]]."], gap=(2, 12))
_t("restated_diff_plucked_airlift", RS, ["Coastguard helicopters plucked 30 passengers from {V} on [[{A:F}]].",
                                          "The airlift, on [[{B:F}]], was the largest in the history of the service."])
_t("restated_diff_ruled_judgment", RS, ["The supreme court of {N} ruled on [[{A:B}]] that the ban was unconstitutional.",
                                         "Campaigners hailed the judgment of [[{B:B}]] as a turning point."])
_t("restated_diff_burglary_broke_in", RS, ["The burglary at {P}'s gallery in {T} happened on [[{A:SH}]], police said.",
                                            "Thieves broke in on [[{B:SH}]] and took four paintings."])
_t("restated_diff_lifted_off_launch", RS, ["The {U} satellite lifted off from the {T} range on [[{A:F}]].",
                                            "The satellite's launch, on [[{B:MD}]], had been delayed twice by high winds."], sy=True)

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_after_qualifying", O, ["After qualifying as a doctor in [[{E:Y}]], {P} took up her first post at {X} in [[{L:MY}]]."])
_t("order_before_emigrating", O, ["Before emigrating to {N} in [[{L:Y}]], {R} served an apprenticeship as a printer in {T}, finishing it in [[{E:Y}]]."])
_t("order_following_merger_closure", O, ["Following the merger of {F} and {F2} on [[{E:F}]], the combined company closed its {T} plant on [[{L:F}]]."])
_t("order_in_the_wake_of_collapse", O, ["In the wake of the collapse of the {T} footbridge on [[{E:B}]], the council began inspecting every bridge in the borough on [[{L:B}]]."])
_t("order_once_dam_flooded", O, ["Once the dam across {K} had been completed in [[{E:MY}]], the valley behind it was flooded, starting in [[{L:MY}]]."])
_t("order_having_won_seat", O, ["Having won the {T} by-election in [[{E:MY}]], {Q} took her seat in parliament on [[{L:F}]]."])
_t("order_prior_to_transfer", O, ["Prior to his transfer to {C2} in [[{L:MY}]], {R} had made his debut for {C} in [[{E:MY}]]."])
_t("order_went_on_to_judge", O, ["{Q} was called to the bar in [[{E:Y}]] and went on to become the first woman judge in {N} in [[{L:Y}]]."])
_t("order_subsequently_recovered", O, ["The painting was stolen from {O} on [[{E:F}]].",
                                        "It was subsequently recovered by police in {T2} on [[{L:F}]]."])
_t("order_then_tracks_lifted", O, ["The {T} branch line closed to passengers in [[{E:MY}]], and the tracks were then lifted in [[{L:MY}]]."])
_t("order_patients_moved_after_fire", O, ["Fire broke out in the roof of {X} on [[{E:BO}]].",
                                           "Patients were moved to {T2} after the fire, on [[{L:BO}]]."])
_t("order_pier_torn_down", O, ["The old pier at {T} was damaged beyond repair by {H} on [[{E:F}]], and it was torn down shortly afterwards, on [[{L:F}]]."])
_t("order_only_then_chair", O, ["{P} completed her doctorate at {U} in [[{E:Y}]], and only then was she appointed to a chair there, in [[{L:Y}]]."])
_t("order_following_founder_death", O, ["Following the death of its founder in [[{E:Y}]], {F} passed to his daughter, {P}, who took charge in [[{L:Y}]]."])
_t("order_after_promotion_signings", O, ["After winning promotion in [[{E:SPRING}]], {C} signed six new players in [[{L:SUMMER}]]."])
_t("order_in_the_wake_of_scandal", O, ["In the wake of the accounting scandal that broke at {F} in [[{E:MY}]], regulators tightened the audit rules in [[{L:MY}]]."])
_t("order_once_independent_joined", O, ["Once {N} had gained independence in [[{E:Y}]], it joined the regional trade bloc in [[{L:Y}]]."])
_t("order_having_survived_lifeboat", O, ["Having survived the wreck of {V} in [[{E:Y}]], {R} volunteered as a lifeboatman in {T} from [[{L:Y}]]."])
_t("order_weeks_later_place", O, ["{P} sat the entrance exam for {U} on [[{E:B}]].",
                                   "Weeks later, on [[{L:B}]], she learned she had won a place."])
_t("order_prior_to_closure_last_patient", O, ["Prior to its closure in [[{L:Y}]], the {T} asylum had admitted its last patient in [[{E:Y}]]."])
_t("order_extradited_subsequently_trial", O, ["{R} was extradited from {N} on [[{E:F}]] and subsequently stood trial in {T}, where proceedings opened on [[{L:F}]]."])
_t("order_after_elected_shadow_cabinet", O, ["After being elected leader of {J} on [[{E:BO}]], {R} named his shadow cabinet on [[{L:BO}]]."])
_t("order_following_oil_refinery", O, ["Following the discovery of oil off {T} in [[{E:Y}]], a consortium led by {F} built a refinery on the estuary, opening it in [[{L:Y}]]."])
_t("order_went_on_to_sing", O, ["{Q} made her debut at {O} in [[{E:MY}]] and went on to sing there more than 200 times, the last of them in [[{L:MY}]]."])
_t("order_trial_results_then", O, ["The first vaccine trial at {X} recruited its volunteers in [[{E:MY}]].",
                                    "Results from the trial were then published in [[{L:MY}]]."])
_t("order_having_retired_academy", O, ["Having retired from professional tennis in [[{E:Y}]], {P} opened a coaching academy in {T} in [[{L:Y}]]."])

# --- publication_anachronism ----------------------------------------------------
A = "publication_anachronism"
_t("anachronism_tunnel_opened", A, ["The {T} tunnel, which opened to traffic on [[{D:F}]], carries 40,000 vehicles a day."])
_t("anachronism_fraud_jailed", A, ["{R} was convicted of fraud at {T} Crown Court on [[{D:B}]] and jailed for six years."])
_t("anachronism_cup_final", A, ["{C} won the league cup final in [[{D:MY}]], their first trophy in a generation."])
_t("anachronism_mayor_obit", A, ["{P}, who died at {X} on [[{D:BO}]], was the first woman to serve as mayor of {T}."])
_t("anachronism_storm_homes", A, ["{H}, which struck {T} in [[{D:Y}]], destroyed more than 2,000 homes."])
_t("anachronism_takeover_filing", A, ["{F} completed its takeover of {F2} on [[{D:AP}]], the company said in a filing."])
_t("anachronism_party_leader", A, ["{Q} was elected leader of {J} in [[{D:MID}]] after a bitter contest."])
_t("anachronism_expedition_log", A, ["The expedition's log records that the team reached the summit of {M} on [[{D:ISO}]]."])
_t("anachronism_opera_premiere", A, ["The opera had its premiere at {O} on [[{D:ORD}]] to warm reviews."])
_t("anachronism_car_recall", A, ["{F2} recalled 80,000 cars in [[{D:LATE}]] over a braking fault."])
_t("anachronism_river_record", A, ["{K} reached a record height at {T} on [[{D:SH}]], flooding 300 homes."])
_t("anachronism_comet_found", A, ["Astronomers at {U} announced the discovery of the comet in [[{D:APMY}]]."])
_t("anachronism_border_treaty", A, ["{N} and {N2} signed a border treaty in [[{D:EARLY}]], ending decades of dispute."])
_t("anachronism_world_record", A, ["{Q} set her world record in the 400 metres on [[{D:FO}]] at a meeting in {T}."])
_t("anachronism_footbridge_lifted", A, ["The new footbridge over {K} was lifted into place on [[{D:DOT}]]."])
_t("anachronism_rel_yesterday_smoke", A, ["Firefighters were called to the {F} warehouse in {T} [[yesterday]], [[{D:F}]], after a report of smoke."], rel="yesterday")
_t("anachronism_rel_last_night_ring_road", A, ["Police closed the ring road around {T} [[last night]] ([[{D:B}]]) after a lorry shed its load."], rel="last night")
_t("anachronism_rel_this_morning_resigned", A, ["The leader of {T} council, {P}, resigned [[this morning]], [[{D:AP}]], hours before a confidence vote."], rel="this morning")
_t("anachronism_rel_twenty_two_days_missing", A, ["{R} went missing on a walk in the hills above {T} [[twenty-two days ago]], on [[{D:BO}]], and has not been seen since."], rel="twenty-two days ago")
_t("anachronism_rel_last_weekend_defeat", A, ["{C} sacked their manager after a 5-0 home defeat [[last weekend]], on [[{D:F}]]."], rel="last weekend")
_t("anachronism_rel_earlier_this_week_senate", A, ["The senate of {U} voted [[earlier this week]], on [[{D:FO}]], to cut 200 posts."], rel="earlier this week")
_t("anachronism_rel_last_month_profit", A, ["{F} posted a surprise profit [[last month]], in [[{D:MY}]], its first in five years."], rel="last month")
_t("anachronism_rel_last_year_visitors", A, ["The {T} museum welcomed a record 1.2 million visitors [[last year]], in [[{D:Y}]], its director said."], rel="last year")
_t("anachronism_rel_earlier_today_crevasse", A, ["Rescuers pulled two climbers from a crevasse on {M} [[earlier today]], [[{D:SH}]]."], rel="earlier today")
_t("anachronism_rel_fortnight_twins", A, ["{Q} gave birth to twins at {X} [[a fortnight ago]], on [[{D:ORD}]], her agent said."], rel="a fortnight ago")
_t("anachronism_rel_this_afternoon_budget", A, ["The parliament of {N} passed the budget [[this afternoon]] ([[{D:ISO}]]) by a single vote."], rel="this afternoon")

# --- duration_arithmetic --------------------------------------------------------
D = "duration_arithmetic"
_t("duration_reign_until_death", D, ["King Osric of {N} reigned for [[{NUM} years]], from [[{S:F}]] until his death on [[{E:F}]]."],
   unit="years", span=(3 * 365, 40 * 365))
_t("duration_bakery_trading", D, ["{P}'s bakery in {T}, which first opened its doors on [[{S:B}]], is marking [[{NUM} years]] of trading."],
   unit="years")
_t("duration_strike_days", D, ["The strike at {F} ended on [[{E:F}]] after [[{NUM} days]], having begun on [[{S:F}]]."],
   unit="days", span=(20, 300), top=400)
_t("duration_vigil_weeks", D, ["The vigil outside {X} began on [[{S:BO}]] and was kept up for [[{NUM} weeks]] until the closure of the ward was reversed on [[{E:BO}]]."],
   unit="weeks", span=(30, 500), top=100)
_t("duration_expedition_months", D, ["An expedition from {U} to the polar plateau set out on [[{S:AP}]] and returned [[{NUM} months]] later, on [[{E:AP}]]."],
   unit="months", span=(60, 900), top=60)
_t("duration_age_at_death", D, ["{R}, born in {T} on [[{S:B}]], was [[{NUM} years old]] when he died on [[{E:B}]]."],
   unit="years", span=(40 * 365, 95 * 365), yr=(1900, 1950), min=18)
_t("duration_first_cap_age", D, ["{Q} won her first international cap on [[{E:F}]] at the age of [[{NUM}]], having been born on [[{S:F}]]."],
   unit="years", span=(15 * 365, 30 * 365), min=10, top=60)
_t("duration_keeper_words", D, ["{R} tended the lamp of the {T} lighthouse for [[{NUM} years]], from [[{S:Y}]] to [[{E:Y}]]."],
   unit="years", span=(25 * 365, 45 * 365), words=True)
_t("duration_grounded_fortnight", D, ["Flights out of {T} were grounded for [[a fortnight]], from [[{S:B}]] until [[{E:B}]], after the volcano erupted."],
   unit="days", span=(30, 200), fixed=(14, "a fortnight"))
_t("duration_choral_half_century", D, ["Founded on [[{S:F}]], the {T} Choral Society gave a gala concert to mark [[half a century]] of singing."],
   unit="years", fixed=(50, "half a century"))
_t("duration_club_centenary", D, ["{C}, formed at a meeting in a pub in {T} on [[{S:BO}]], unveiled a new crest to mark its [[centenary]]."],
   unit="years", fixed=(100, "centenary"))
_t("duration_editor_decade", D, ["{R} edited the {T} Gazette for [[a decade]], from [[{S:MY}]] to [[{E:MY}]]."],
   unit="years", span=(20 * 365, 40 * 365), fixed=(10, "a decade"))
_t("duration_firm_anniversary", D, ["{F}, incorporated on [[{S:F}]], threw a party for its staff to mark its [[{NUM} anniversary]]."],
   unit="years", ordinal=True)
_t("duration_mine_last_coal_ago", D, ["The mine at {T} produced its last coal [[{NUM} years ago]], in [[{S:MY}]]."],
   unit="years")
_t("duration_premiership_months", D, ["{R}'s tenure as prime minister of {N}, which began on [[{S:F}]] and ended with his defeat on [[{E:F}]], lasted [[{NUM} months]]."],
   unit="months", span=(200, 2500), top=100)
_t("duration_refloated_days_after", D, ["The ferry was finally refloated on [[{E:F}]], [[{NUM} days]] after running aground off {T} on [[{S:F}]]."],
   unit="days", span=(30, 300), top=400)
_t("duration_broken_leg_weeks", D, ["{Q} was out for [[{NUM} weeks]] with a broken leg in [[{S:Y}]], from the tackle on [[{S:MD}]] to her return on [[{E:MD}]]."],
   unit="weeks", span=(60, 300), top=60)
_t("duration_youngest_councillor_aged", D, ["{P}, who was born on [[{S:BO}]], became the youngest councillor in the history of {T} on [[{E:BO}]], aged [[{NUM}]]."],
   unit="years", span=(18 * 365, 30 * 365), min=16, top=60)
_t("duration_together_until_death", D, ["{P} and {R}, who married at {T} on [[{S:F}]], were together for [[{NUM} years]] until his death on [[{E:F}]]."],
   unit="years", span=(5 * 365, 60 * 365))
_t("duration_organ_restoration_months", D, ["Restoration of the organ at {O} took [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."],
   unit="months", span=(100, 1500), top=80)
_t("duration_chart_weeks", D, ["The single spent [[{NUM} weeks]] at number one after reaching the top on [[{S:F}]], finally losing the spot on [[{E:F}]]."],
   unit="weeks", span=(14, 200), top=60)
_t("duration_ocean_row_days", D, ["{Q} rowed across the ocean single-handed in [[{NUM} days]], leaving {T} on [[{S:B}]] and arriving on [[{E:B}]]."],
   unit="days", span=(40, 200), top=400)
_t("duration_postman_years", D, ["{R} has been the village postman in {T} for [[{NUM} years]], having started the round on [[{S:F}]]."],
   unit="years", yr=(1955, 2010))
_t("duration_baths_empty_words", D, ["The swimming baths in {T} have stood empty for [[{NUM} years]], ever since the last swimmers left on [[{S:F}]]."],
   unit="years", yr=(1990, 2012), words=True)
_t("duration_centenarian_birthday", D, ["{P}, who was born in {T} on [[{S:F}]], celebrated her [[{NUM} birthday]] with a party at {X}."],
   unit="years", yr=(1900, 1925), ordinal=True, min=80)
_t("duration_bypass_build_months", D, ["Work on the {T} bypass began on [[{S:AP}]] and took [[{NUM} months]], with the road opening on [[{E:AP}]]."],
   unit="months", span=(200, 1500), top=80)
_t("duration_exile_years", D, ["{R} spent [[{NUM} years]] in exile in {N2}, leaving {N} in [[{S:Y}]] and returning in [[{E:Y}]]."],
   unit="years", span=(5 * 365, 30 * 365), top=60)
_t("duration_crossing_shut_weeks", D, ["The crossing over {K} at {T} was shut for [[{NUM} weeks]] for repairs, between [[{S:BO}]] and [[{E:BO}]]."],
   unit="weeks", span=(20, 400), top=80)
_t("duration_vote_count_days", D, ["Counting of the votes in the election in {N}, which was held on [[{S:B}]], took [[{NUM} days]]; the result was declared on [[{E:B}]]."],
   unit="days", span=(3, 60), top=120)
_t("duration_judge_retired_age", D, ["{P}, who was born on [[{S:F}]], retired from the bench on [[{E:F}]] at the age of [[{NUM}]]."],
   unit="years", span=(50 * 365, 80 * 365), yr=(1900, 1950), min=30)
_t("duration_theatre_staged_years", D, ["Since its doors first opened on [[{S:ORD}]], {O} has staged plays for [[{NUM} years]] without a single dark season."],
   unit="years")
_t("duration_food_bank_weeks", D, ["The food bank in {T} has been running for [[{NUM} weeks]], since opening on [[{S:F}]]."],
   unit="weeks", yr=(2008, 2012), top=600)
