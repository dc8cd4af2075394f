"""``blind37``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind37`` templates.  Written on 2026-11-24 (started 05:16:45 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind36's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), its date tests
# (tests/test_temporal*, tests/test_event_identity.py, tests/test_order*,
# tests/test_restate*, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/, the body of benchmarks/event_identity.py, any other
# template file, or the git history.
# Base commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# aef87a8376a6aee0c0e55e34c7321d757c2eaa4a.
# What was read: lines 1-443 of benchmarks/date_templates_blind36.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its first ``_t(`` template, found with ``grep -n '^_t(\|^def b36_\|^@' ...
# | head -3``, whose output showed its first three template lines in full: a
# weekday acquittal at a Crown Court, a weekday cup tie and a weekday public
# meeting listing) -- its machinery (lines 124-443) was copied and adapted
# with a script (``b37_`` names, ``BLIND37_TEMPLATES``, "twenty days ago" as
# the new relative anchor, different from blind36's "nineteen days ago";
# ``_ctx`` also draws a hospital ``X``, a venue ``O`` and a party ``J``), its
# name lists were replaced and none of its names, places or sentences were
# reused; tests/date_template_checks.py (whole file, the shared checks);
# tests/test_date_templates_independent.py (whole file, where the ``blind37``
# row was added and the docstring's range extended to blind37); in
# tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A30``); in benchmarks/date_conflicts.py only the output of
# ``grep -n`` for the blind36 import line (91) and the ``"blind36":`` entry
# (2598), then one import line and one dict entry were added after them with
# a python edit (its ``git diff -U0`` showed the hunk contexts
# ``from date_templates_blind36 ...`` and ``INDEPENDENT_SETS = {``); in
# benchmarks/event_identity.py only the ``FRESH = (...)`` line, changed with
# the sed line of the brief and shown with ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A30`` of ``load_benchmark`` ran into the
# ``date_conflicts``/``dated_conflicts``/``dated_kinds`` helpers of
# tests/conftest.py (their signatures, docstrings and a two-line body calling
# the detector's date analysis, and the publication stand-in 2016-09-27); the
# ``FRESH`` line carries a comment (the shipped pass was fitted without the
# FRESH sets; blind31-blind34 are development data now; a refit needs
# --write); the ``git diff -U0`` hunk header for event_identity.py showed one
# of its import lines (names imported from the detector's event-identity
# module).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind37``, which runs no
# detector) and a throwaway script (outside the worktree) applying the shared
# checks over 300 seeds and printing a rendered sample of every template --
# never through the detector; benchmarks/date_conflicts.py was not run (only
# byte-compiled, its __pycache__ deleted).
# This is a fresh independent test set, to be scored ONCE before and ONCE
# after session 16's rounds, and never used to tune the detector.  Every
# template is used: ``--split blind37``.
#
# Conventions (those of blind36, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b37_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# stands in the sentence.  Order pairs and connectives: "sworn in ...,
# after the senate confirmed her", charged/arraigned, appeal lodged/"dismissed
# it" (two sentences), "having qualified ... joined", "by the time ... had
# already collapsed", "held the seat until ...; she had first won it",
# "only once ... had left ... did demolition begin", "and subsequently
# filed", "prior to joining ..., leaving in", "following the discovery",
# "relegated ..., then sold", "went on to lead it from", engaged/married,
# "weeks after being diagnosed", third reading/royal assent, longlisted/"went
# on to win", "before the bridge opened ... load-tested", "resumed ... after
# inspectors lifted the stop order", semi-final "before losing the final",
# "released on parole ..., having been sentenced", "in response to the ...
# notice of", "transferred ... after its premiere", "a split followed",
# "inaugurated ..., having won the runoff", "only after the guns fell
# silent", "the day after the body was recovered".  Restated templates are
# ``b37_restated_same_*`` (one head word twice: walkout, landslide,
# acquittal, takeover, flotation, avalanche, recount, blackout,
# retrospective, eclipse, rescue, mutiny, inquiry, coup, playoff, wildfire,
# auction, transplant, landing, shooting -- its second date without a year,
# same year --, plebiscite, signing) or ``b37_restated_diff_*`` (referred back
# in other words: synonyms -- earthquake/quake, armistice/truce, landfall/
# "the system, which came ashore", blew its top/blast --, verb against noun
# -- resigned/resignation, founded/founding, convicted/"guilty verdict",
# abdicated/abdication, crashed/accident, "first played"/debut, "reached the
# summit"/ascent, sale/acquired, died/passing, launched/liftoff, evacuated/
# evacuation, merged/"combined group, formed", closed/closure, arrested/
# detention, consecrated/"its consecration" --, demonstratives "that win",
# "that decision", "that run", an apposition "the mountaineer who reached
# ..." with "his ascent", and a quote "when we cut the ribbon"); which side
# gets the earlier date is drawn at random; events that last (a walkout, a
# mutiny) are dated at least two calendar years apart (``gap=(2, 12)``).
# Duration phrasings: "born on ..., was N when he died on", "N years ago",
# "marks the Nth anniversary of its founding in", "the N-day siege ...
# began ... ended", "ran ... for N years, from ... until", "after N months
# behind bars", "N weeks later", "N days after setting out", "N years on"
# (number words), "the winner, P, N, ... born on", "half a century
# together", "lasted a fortnight, from ... to", "after a decade in the
# post", "centenary concert", "took N months, from groundbreaking ... to",
# "a wait of N years", "the N-year-old oak, planted in", "after serving N
# years", "after N weeks" (quarantine), "a closure of N days", "closed N
# years ago, in" (number words), "sat ... for N years, first elected ...
# defeated", "N months after the earthquake of", "appointed on ..., at N",
# "after N days in captivity", "an exile of N years", "her N months in the
# job" (to publication), "Nth anniversary of the battle ..., fought on",
# "the count took N days", "after N months" (number words), "N years of
# operation", "after N weeks of evidence", "after N years of study".  Like
# blind36, the set has no near-miss or clean (conflict-free) templates:
# every template must be a real conflict of its kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it (weekday templates with
# such a format mark the bare year ``{D:Y}`` separately).  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here: "twenty
# days ago").  Counts: 24 weekday_mismatch, 24 impossible_date, 45
# restated_event (22 same, 23 diff), 26 order_violation, 27
# publication_anachronism (16 dated after publication, 11 relative
# expressions pinned far from it), 34 duration_arithmetic (180 in all).
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty days ago"})


FIRST_F = ["Rosalind", "Perpetua", "Annika", "Beatrix", "Imelda", "Saoirse", "Odile", "Tamsin"]
FIRST_M = ["Leopold", "Caspian", "Evander", "Thaddeus", "Barnaby", "Ignatius"]
LAST = ["Thistlewood", "Adeyemi-Cross", "Nordstrand", "Pemberton-Voss", "Culpepper", "Szczepanik", "Wintergreen",
        "Ballantyne", "Okafor-Lind", "Trevelyan", "Moorcroft", "Castellanos-Reid", "Haverkamp", "Gillespie-Noor"]
TOWNS = ["Ashcombe Regis", "Dunmore Quay", "Felsham Cross", "Kittleby", "Northwold Bridge", "Saltern Bay",
         "Orrinsford", "Gallowmere", "Hexhamstead", "Larkspur Falls"]
FIRMS = ["Tessellate Mining", "Brackenridge Mutual", "Veldt Motor Works", "Harbourline Shipping", "Ninefold Biotech",
         "Calloway & Strand", "Ironbark Cement", "Pellucid Software"]
NATIONS = ["Varnesia", "Quellmark", "Estravel", "Dornavia", "Saliqua", "Teveran"]
CLUBS = ["Kittleby United", "Saltern Bay Albion", "Orrinsford Town", "Gallowmere Rovers", "Dunmore Quay Celtic",
         "Hexhamstead Swifts"]
STORMS = ["Hurricane Philippa", "Typhoon Marisol", "Cyclone Ottoline", "Storm Eudora", "Hurricane Caradoc"]
SHIPS = ["the ferry Pride of Kittleby", "the dredger Saltern Lass", "MV Copper Tern", "the tanker Orrin Star"]
PEAKS = ["Mount Hallvard", "the Dunkelspitz", "Mount Teverall", "Ben Scarrach"]
UNIVERSITIES = ["Saltern Bay University", "the University of Orrinsford", "Kittleby Polytechnic",
                "Gallowmere College of Art"]
RIVERS = ["the River Wendle", "the River Scaur", "the Lissom", "the River Avonmere"]
HOSPITALS = ["Saltern Bay General Hospital", "St Wilfrida's Hospital", "the Orrinsford Royal Infirmary",
             "Kittleby Community Hospital"]
VENUES = ["the Lyceum at Felsham Cross", "the Corn Exchange Theatre", "the Pavilion Playhouse",
          "the Quayside Assembly Rooms"]
PARTIES = ["the Agrarian League", "the Civic Renewal Party", "the Liberal Forward bloc", "the Social Unity Party"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND37_TEMPLATES = new_templates()
_t = registrar("b37_", BLIND37_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_inquest", W, ["The inquest at {T} coroner's court opened on [[{WD}, {D:F}]] and was adjourned for "
                          "further toxicology tests."])
_t("weekday_polls", W, ["Polls in the {T} ward contest opened at 7 a.m. on [[{WD}, {D:B}]], with {J} defending a "
                        "majority of 312."])
_t("weekday_derby_context", W, ["In the [[{D:Y}]] derby, played on [[{WD} {D:DM}]], {C} came from two goals down to "
                                "draw 3-3 with {C2}."])
_t("weekday_visitation", W, ["Visitation will be 4-7 p.m. [[{WD}, {D:AP}]], at the {T} Funeral Home."], ap=True)
_t("weekday_shares", W, ["Shares in {F} fell 14 percent in heavy trading on [[{WD}, {D:AP}]] after the company cut "
                         "its full-year outlook."])
_t("weekday_liftoff", W, ["The rocket lifted off from the {N} coastal range at 06:14 local time on "
                          "[[{WD} {D:BO}]]."])
_t("weekday_walkout", W, ["Nurses at {X} walked out at dawn on [[{WD}, {D:SH}]], the first stoppage in the "
                          "hospital's history."])
_t("weekday_recital", W, ["{O} reopened its doors on [[{WD}, {D:ORD}]] with a sold-out recital by the pianist "
                          "{P}."])
_t("weekday_court_iso", W, ["Court records show the claim against {F} was lodged on [[{D:ISO}]], a [[{WD}]]."])
_t("weekday_offshore_quake", W, ["The magnitude 6.1 earthquake struck off the coast of {N} shortly before midnight "
                                 "on [[{WD}, {D:F}]]."])
_t("weekday_baths_vote", W, ["Councillors voted 9-4 on the night of [[{WD} {D:B}]] to close the {T} swimming "
                             "baths."])
_t("weekday_police_log", W, ["According to the police log, the collision on the {T} bypass was reported at 22:40 "
                             "on [[{WD} {D:DOT}]]."])
_t("weekday_record_close", W, ["On [[{WD}, {D:FO}]], the {T} stock exchange closed at a record high for the third "
                               "session running."])
_t("weekday_organist_obit", W, ["{R}, who died peacefully at home on [[{WD} {D:B}]], was for thirty years the "
                                "organist of St Cuthwin's church in {T}."])
_t("weekday_engine_failure", W, ["Flight 227 from {T} touched down safely on [[{WD}, {D:SH}]] after one engine "
                                 "failed over the sea."])
_t("weekday_degree_day", W, ["More than 900 students received degrees from {U} on the afternoon of "
                             "[[{WD} {D:DM}]] [[{D:Y}]]."])
_t("weekday_zoning", W, ["The {T} zoning board approved the {F} warehouse plan at its [[{D:Y}]] session on "
                         "[[{WD}, {D:APMD}]]."], ap=True)
_t("weekday_jailed", W, ["{R} was jailed for six years at {T} Crown Court on [[{WD} {D:BO}]] for his part in the "
                         "pension fraud."])
_t("weekday_banks_burst", W, ["{K} burst its banks in the early hours of [[{WD}, {D:F}]], flooding 140 homes in "
                              "{T}."])
_t("weekday_marathon", W, ["{P} won the {T} marathon in 2:24:51 on [[{WD}, {D:AP}]], the fastest time on the course "
                           "in a generation."])
_t("weekday_refloated", W, ["{V} was refloated on the high tide on [[{WD} {D:F}]], three days after running aground "
                            "off {T}."])
_t("weekday_budget_speech", W, ["Finance minister {Q} presented the budget to the {N} parliament on "
                                "[[{WD}, {D:ORD}]]."])
_t("weekday_exhibition_close", W, ["The exhibition closed on [[{WD} {D:SH}]] having drawn 48,000 visitors to {O}."])
_t("weekday_pancake_listing", W, ["Pancake breakfast, 8-11 a.m. [[{WD}, {D:AP}]], {T} fire hall; proceeds to the "
                                  "volunteer company."], ap=True)

# --- impossible_date ----------------------------------------------------------
IMP = "impossible_date"
_t("impossible_probate", IMP, ["Probate records give the date of death of {R} as [[{D:F}]]."])
_t("impossible_contract", IMP, ["The supply contract between {F} and the {N} government, signed on [[{D:B}]], ran for "
                              "five years."])
_t("impossible_replay_fixture", IMP, ["The league's printed fixture list set the replay for [[{D:MD}]] at {C}'s "
                                    "ground."])
_t("impossible_telemetry", IMP, ["The satellite's telemetry log is stamped [[{D:ISO}]] for its final transmission."])
_t("impossible_registry", IMP, ["According to the registry extract, {F} was incorporated in {T} on [[{D:DOT}]]."])
_t("impossible_corn_hall", IMP, ["The foundation stone of the {T} Corn Hall bears the inscription \"laid on "
                               "[[{D:ORD}]].\""])
_t("impossible_diary_words", IMP, ["Her diary entry for [[{D:OW}]] describes flood water reaching the church steps."])
_t("impossible_trades", IMP, ["The securities regulator said the suspect trades in {F} stock took place on "
                            "[[{D:AP}]]."])
_t("impossible_certificate", IMP, ["Vaccination certificate no. 77 was issued at {X} on [[{D:SH}]]."])
_t("impossible_headteacher", IMP, ["{P} was appointed headteacher of {T} Grammar with effect from [[{D:FO}]]."])
_t("impossible_treaty_bo", IMP, ["The fisheries treaty was signed in the {N} capital on the [[{D:BO}]]."])
_t("impossible_tickets", IMP, ["Tickets for the final, printed with the date [[{D:DM}]], had already been posted to "
                             "30,000 supporters."])
_t("impossible_nominations", IMP, ["Deadline for nominations is 5 p.m. [[{D:APMD}]], the election office said."])
_t("impossible_last_sailing", IMP, ["Timetable: the last sailing of the season from {T} departs [[{D:SHMD}]] at "
                                  "17:30."])
_t("impossible_charter", IMP, ["The town charter was granted, according to the council's own history, on "
                             "[[{D:ORDNY}]]."])
_t("impossible_verdict_day", IMP, ["Jurors returned their verdict on [[{D:F}]] after deliberating for two days."])
_t("impossible_born_miner", IMP, ["{R} was born in {T} on [[{D:B}]], the son of a tin miner."])
_t("impossible_first_tremor", IMP, ["Seismologists at {U} logged the first tremor at 04:12 on [[{D:ISO}]]."])
_t("impossible_title_day", IMP, ["{C} last won the league on [[{D:AP}]], beating {C2} on the final day."])
_t("impossible_dividend", IMP, ["The interim dividend of 4.2p will be paid on [[{D:SH}]] to shareholders on the "
                              "register."])
_t("impossible_wedding_ord", IMP, ["They married at St Olave's, {T}, on [[{D:ORD}]], the register shows."])
_t("impossible_permit", IMP, ["The building permit, valid from [[{D:DOT}]], was pinned to the site hoarding."])
_t("impossible_manifest", IMP, ["The manifest records {V} leaving {T} on [[{D:FO}]] with 212 passengers aboard."])
_t("impossible_plaque", IMP, ["[[{D:F}]]: the day the {T} colliery flooded, as recorded on the memorial plaque."])

# --- restated_event -----------------------------------------------------------
R = "restated_event"
# one head word twice
_t("restated_same_walkout", R, ["The walkout at {F}'s {T} plant began on [[{A:F}]].",
                                "Union officials said the walkout, which started on [[{B:F}]], was costing the firm "
                                "£4m a week."], gap=(2, 12))
_t("restated_same_landslide", R, ["A landslide buried the coast road above {T} on [[{A:B}]].",
                                  "Geologists had warned for months before the landslide of [[{B:B}]] that the slope "
                                  "was unstable."])
_t("restated_same_acquittal", R, ["The acquittal of {R} on [[{A:AP}]] ended a four-year prosecution.",
                                  "Prosecutors said they would not appeal the acquittal, handed down on "
                                  "[[{B:AP}]]."])
_t("restated_same_takeover", R, ["{F2} completed its takeover of {F} on [[{A:F}]].",
                                 "Since the takeover on [[{B:F}]], 600 jobs have gone at the {T} site."])
_t("restated_same_flotation", R, ["{F} floated on the {T} exchange in [[{A:MY}]] at 180p a share.",
                                  "The shares have halved since the flotation in [[{B:MY}]]."])
_t("restated_same_avalanche", R, ["The avalanche on {M} killed four climbers on [[{A:FO}]].",
                                  "A cairn for those lost in the avalanche of [[{B:FO}]] stands at the base camp."])
_t("restated_same_recount", R, ["A recount in {T} North on [[{A:F}]] cut {P}'s majority to 41.",
                                "The recount of [[{B:F}]] was the first in the seat since the war."])
_t("restated_same_blackout", R, ["The blackout that left 200,000 homes without power struck on [[{A:B}]].",
                                 "Engineers traced the blackout of [[{B:B}]] to a single faulty relay at the {T} "
                                 "substation."])
_t("restated_same_retrospective", R, ["{O} opened its {P} retrospective on [[{A:F}]].",
                                      "The retrospective, which opened on [[{B:F}]], has drawn record crowds."])
_t("restated_same_eclipse", R, ["The total eclipse was visible from {T} on [[{A:F}]].",
                                "Astronomers from {U} filmed the eclipse of [[{B:F}]] from a hilltop above the "
                                "town."])
_t("restated_same_rescue", R, ["The rescue of eleven miners trapped underground at {T} ended on [[{A:AP}]].",
                               "The rescue, completed on [[{B:AP}]], was directed by {Q}."])
_t("restated_same_mutiny", R, ["The mutiny at the {N} naval base broke out on [[{A:F}]].",
                               "Several officers who helped to end the mutiny of [[{B:F}]] were later decorated."],
   gap=(2, 12))
_t("restated_same_inquiry", R, ["The public inquiry into the {T} rail crash opened on [[{A:BO}]].",
                                "When the inquiry opened on [[{B:BO}]], counsel for the families read out the "
                                "names of the dead."])
_t("restated_same_coup", R, ["Army officers seized power in {N} in a coup on [[{A:F}]].",
                             "Diplomats who witnessed the coup of [[{B:F}]] described tanks outside the radio "
                             "station."])
_t("restated_same_playoff", R, ["The playoff at {T} on [[{A:SH}]] drew a crowd of 31,000.",
                                "{C} won the playoff, played on [[{B:SH}]], on penalties."])
_t("restated_same_wildfire", R, ["The wildfire was started by a lightning strike on [[{A:F}]].",
                                 "Investigators say the wildfire, which began on [[{B:F}]], burned 9,000 acres."])
_t("restated_same_auction", R, ["The portrait sold at auction in {T} on [[{A:B}]].",
                                "The auction, held on [[{B:B}]], set a record for the artist."])
_t("restated_same_transplant", R, ["Surgeons at {X} carried out the transplant on [[{A:F}]].",
                                   "{P}, who received the transplant on [[{B:F}]], is now back at work."])
_t("restated_same_landing", R, ["The probe's landing on the comet came on [[{A:F}]].",
                                "The landing, on [[{B:F}]], was watched live by 400 people at {U}."])
_t("restated_same_shooting_context", R, ["The shooting outside a {T} nightclub happened on [[{A:F}]].",
                                         "Police have renewed their appeal for witnesses to the shooting of "
                                         "[[{B:MD}]]."], sy=True)
_t("restated_same_plebiscite", R, ["Voters in {N} backed independence in the plebiscite of [[{A:MY}]].",
                                   "Turnout in the plebiscite, held in [[{B:MY}]], was 71 percent."])
_t("restated_same_signing", R, ["The signing of the {N}-{N2} border treaty took place on [[{A:AP}]].",
                                "Foreign ministers from eleven countries attended the signing on [[{B:AP}]]."])
# referred back in other words
_t("restated_diff_earthquake_quake", R, ["The earthquake struck {T} on [[{A:F}]].",
                                         "Rebuilding after the quake of [[{B:F}]] is expected to take a decade."])
_t("restated_diff_resigned_resignation", R, ["{P} resigned as chief executive of {F} on [[{A:F}]].",
                                             "Since her resignation on [[{B:F}]], the shares have fallen by a "
                                             "third."])
_t("restated_diff_founded_founding", R, ["{F} was founded in a garage in {T} in [[{A:MY}]].",
                                         "From its founding in [[{B:MY}]], the firm has grown to employ 3,000 "
                                         "people."])
_t("restated_diff_convicted_verdict", R, ["A jury convicted {R} of arson on [[{A:AP}]].",
                                          "Defense lawyers are appealing the guilty verdict of [[{B:AP}]]."])
_t("restated_diff_abdicated_abdication", R, ["The emir of {N} abdicated in favour of his son on [[{A:B}]].",
                                             "The abdication, on [[{B:B}]], took the palace by surprise."])
_t("restated_diff_crashed_accident", R, ["A light aircraft crashed near {T} on [[{A:B}]], killing the pilot.",
                                         "Air accident investigators said the accident on [[{B:B}]] was caused by "
                                         "fuel starvation."])
_t("restated_diff_elected_win", R, ["{Q} was elected mayor of {T} on [[{A:F}]].",
                                    "In the years since that win on [[{B:F}]], she has doubled the housing "
                                    "budget."])
_t("restated_diff_landfall_system", R, ["{H} made landfall on the {N} coast on [[{A:F}]].",
                                        "Relief agencies said the system, which came ashore on [[{B:F}]], had "
                                        "destroyed 12,000 homes."])
_t("restated_diff_struck_down_decision", R, ["The constitutional court struck down the surveillance law on "
                                             "[[{A:F}]].",
                                             "Ministers have yet to comply with that decision, handed down on "
                                             "[[{B:F}]]."])
_t("restated_diff_first_played_debut", R, ["{P} first played for {N} on [[{A:B}]], against {N2}.",
                                           "Her debut, on [[{B:B}]], ended in a 4-0 defeat."])
_t("restated_diff_summit_ascent", R, ["{R}, the mountaineer who reached the summit of {M} on [[{A:F}]], has died.",
                                      "His ascent of [[{B:F}]] was the first without bottled oxygen."])
_t("restated_diff_ribbon_quote", R, ["The new crossing over {K} carried its first traffic on [[{A:F}]].",
                                     "\"On [[{B:F}]], when we cut the ribbon, the queues went back to the "
                                     "motorway,\" said the engineer, {Q}."])
_t("restated_diff_sale_acquired", R, ["The sale of {F} to {F2} was completed on [[{A:F}]].",
                                      "{F2}, which acquired the business on [[{B:F}]], has since closed two "
                                      "depots."])
_t("restated_diff_died_passing", R, ["{R}, the former editor of the {T} Courier, died at {X} on [[{A:BO}]].",
                                     "Tributes have poured in from across the trade since his passing on "
                                     "[[{B:BO}]]."])
_t("restated_diff_launched_liftoff", R, ["The weather satellite was launched from {N} on [[{A:F}]].",
                                         "Liftoff, at 09:12 on [[{B:F}]], was delayed by high winds."])
_t("restated_diff_evacuated_evacuation", R, ["Residents of {T} were evacuated on [[{A:F}]] as {K} rose.",
                                             "Some families who left during the evacuation of [[{B:F}]] are still "
                                             "in temporary housing."])
_t("restated_diff_armistice_truce", R, ["An armistice between {N} and {N2} took effect on [[{A:F}]].",
                                        "The truce of [[{B:F}]] has largely held along the river border."])
_t("restated_diff_record_that_run", R, ["{P} broke the world record for the 800 metres in {T} on [[{A:AP}]].",
                                        "That run, on [[{B:AP}]], made her the first woman from {N} to hold a "
                                        "world record."])
_t("restated_diff_consecrated_its", R, ["The cathedral at {T} was consecrated on [[{A:B}]].",
                                        "Since its consecration on [[{B:B}]], the building has been restored "
                                        "twice."])
_t("restated_diff_merged_combined", R, ["{F} and {F2} merged on [[{A:F}]].",
                                        "The combined group, formed on [[{B:F}]], employs 14,000 people."])
_t("restated_diff_closed_closure", R, ["The last pit in {T} closed on [[{A:F}]].",
                                       "The closure of [[{B:F}]] ended two centuries of coal mining in the "
                                       "valley."])
_t("restated_diff_blew_blast", R, ["{M} blew its top on [[{A:F}]], sending ash eight miles into the sky.",
                                   "Ash from the blast of [[{B:F}]] grounded flights across {N} for a week."])
_t("restated_diff_arrested_detention", R, ["Police arrested {R} at {T} airport on [[{A:AP}]].",
                                           "Lawyers for {r} say his detention, on [[{B:AP}]], was unlawful."])

# --- order_violation ----------------------------------------------------------
ORDV = "order_violation"
_t("order_sworn_after_confirmed", ORDV, ["{Q} was sworn in as chief justice on [[{L:F}]], after the senate confirmed "
                                      "her on [[{E:F}]]."])
_t("order_charged_arraigned", ORDV, ["{R} was charged with embezzlement on [[{E:AP}]] and arraigned in {T} federal "
                                  "court on [[{L:AP}]]."])
_t("order_appeal_lodged_dismissed", ORDV, ["The appeal was lodged on [[{E:B}]].",
                                        "The Court of Appeal dismissed it on [[{L:B}]]."])
_t("order_having_qualified", ORDV, ["Having qualified as a doctor in [[{E:Y}]], {P} joined the staff of {X} in "
                                 "[[{L:Y}]]."])
_t("order_by_the_time", ORDV, ["By the time the regulator opened its investigation in [[{L:MY}]], {F} had already "
                            "collapsed, in [[{E:MY}]]."])
_t("order_held_until", ORDV, ["{P} held the seat until [[{L:Y}]], when she lost it to the candidate of {J}; she had "
                           "first won it in [[{E:Y}]]."])
_t("order_only_once_left", ORDV, ["Only once the last pupils had left in [[{E:MY}]] did demolition of the old {T} "
                               "school begin, in [[{L:MY}]]."])
_t("order_subsequently_filed", ORDV, ["{F} issued a profit warning on [[{E:F}]] and subsequently filed for bankruptcy "
                                   "protection on [[{L:F}]]."])
_t("order_prior_to_joining", ORDV, ["Prior to joining {F2} in [[{L:Y}]], {R} spent a decade at {F}, leaving in "
                                 "[[{E:Y}]]."])
_t("order_following_discovery", ORDV, ["Following the discovery of the tomb in [[{E:Y}]], excavations at the site "
                                    "began in earnest in [[{L:Y}]]."])
_t("order_relegated_then_sold", ORDV, ["{C} were relegated in [[{E:Y}]], then sold to a consortium led by {R} in "
                                    "[[{L:Y}]]."])
_t("order_went_on_to_lead", ORDV, ["{Q} was first elected to {T} council in [[{E:Y}]] and went on to lead it from "
                                "[[{L:Y}]]."])
_t("order_engaged_married", ORDV, ["The couple, who became engaged on [[{E:B}]] in Paris, married at {T} register "
                                "office on [[{L:B}]]."])
_t("order_diagnosed_chemo", ORDV, ["{P} began chemotherapy at {X} on [[{L:F}]], weeks after being diagnosed on "
                                "[[{E:F}]]."])
_t("order_third_reading_assent", ORDV, ["The bill passed its third reading on [[{E:F}]] and received royal assent on "
                                     "[[{L:F}]]."])
_t("order_longlisted_won", ORDV, ["{P}'s novel was longlisted on [[{E:F}]] and went on to win the prize on "
                               "[[{L:F}]]."])
_t("order_before_opened", ORDV, ["Before the bridge opened in [[{L:MY}]], engineers load-tested it with 40 lorries in "
                              "[[{E:MY}]]."])
_t("order_resumed_after_stop", ORDV, ["Work on the {T} tunnel resumed on [[{L:AP}]] after inspectors lifted the stop "
                                   "order on [[{E:AP}]]."])
_t("order_semi_before_final", ORDV, ["{C} knocked out {C2} in the semi-final on [[{E:DM}]] before losing the final at "
                                  "{T} on [[{L:F}]]."], sy=True)
_t("order_parole_having_sentenced", ORDV, ["{R} was released on parole on [[{L:F}]], having been sentenced on "
                                        "[[{E:F}]]."])
_t("order_recall_in_response", ORDV, ["The carmaker recalled 80,000 vehicles in [[{L:MY}]] in response to the "
                                   "regulator's safety notice of [[{E:MY}]]."])
_t("order_transfer_after_premiere", ORDV, ["The production transferred to the capital in [[{L:MY}]] after its premiere "
                                        "at {O} in [[{E:MY}]]."])
_t("order_listing_split_followed", ORDV, ["{F} listed its shares in [[{E:Y}]]; a two-for-one split followed in "
                                       "[[{L:Y}]]."])
_t("order_inaugurated_having_won", ORDV, ["{P} was inaugurated as president of {N} on [[{L:F}]], having won the runoff "
                                       "on [[{E:F}]]."])
_t("order_talks_only_after", ORDV, ["Peace talks opened in {T} on [[{L:F}]] only after the guns fell silent on "
                                 "[[{E:F}]]."])
_t("order_postmortem_day_after", ORDV, ["A post-mortem examination was carried out on [[{L:B}]], the day after the body "
                                     "was recovered from {K} on [[{E:B}]]."])

# --- publication_anachronism (published 2016-09-27) ---------------------------
A = "publication_anachronism"
_t("anachronism_lido_reopened", A, ["The {T} lido reopened on [[{D:F}]] after a two-year restoration funded by the "
                                    "lottery."])
_t("anachronism_fraud_guilty", A, ["A jury at {T} found {R} guilty of fraud on [[{D:AP}]]."])
_t("anachronism_retired_caps", A, ["{P} retired from international football in [[{D:MY}]], having won 88 caps for "
                                   "{N}."])
_t("anachronism_tsunami", A, ["The tsunami that struck the {N} coast on [[{D:B}]] left 1,200 people dead."])
_t("anachronism_parkway", A, ["The new {T} Parkway station, which opened to passengers in [[{D:MID}]], has already "
                              "beaten its forecast footfall."])
_t("anachronism_year_to", A, ["{F} reported a record profit for the year to [[{D:SH}]], the company said in its "
                              "results statement."])
_t("anachronism_folk_singer", A, ["{R}, the {T} folk singer who died on [[{D:BO}]], was buried in the churchyard "
                                  "where he sang as a boy."])
_t("anachronism_merger_late", A, ["The merger of {F} and {F2} completed in [[{D:LATE}]], creating the region's "
                                  "largest employer."])
_t("anachronism_correction", A, ["This article was amended on [[{D:F}]] to correct the spelling of {P}'s name."])
_t("anachronism_flood_claims", A, ["Insurers have settled most claims from the flooding of [[{D:APMY}]], the trade "
                                   "body said."])
_t("anachronism_dispute_end", A, ["The dispute ended at [[{D:END}]] when staff accepted a 4 percent offer."])
_t("anachronism_album_spring", A, ["Her third album, released in [[{D:SPRING}]], went to number one in {N}."])
_t("anachronism_chief_constable", A, ["{Q} took over as chief constable on [[{D:FO}]], the first woman to hold the "
                                      "post."])
_t("anachronism_museum_quake", A, ["The museum, badly damaged in the earthquake of [[{D:B}]], is still closed."])
_t("anachronism_clinched", A, ["{C} clinched the title on [[{D:AP}]] with two games to spare."])
_t("anachronism_orbiter", A, ["The orbiter, launched in [[{D:Y}]], is now returning images of the outer moons."])
_t("anachronism_rel_yesterday", A, ["The {T} planning committee [[yesterday]] ([[{D:F}]]) approved 400 homes on the "
                                    "former gasworks site."], rel="yesterday")
_t("anachronism_rel_last_week", A, ["Speaking [[last week]], on [[{D:B}]], the health minister said {X} would not "
                                    "close."], rel="last week")
_t("anachronism_rel_this_morning", A, ["Markets in {T} opened lower [[this morning]], [[{D:AP}]], after overnight "
                                       "losses in Asia."], rel="this morning")
_t("anachronism_rel_last_month", A, ["House prices in {T} fell 2 percent [[last month]] ([[{D:MY}]]), the land "
                                     "registry said."], rel="last month")
_t("anachronism_rel_last_year", A, ["Visitor numbers at {O} reached a record [[last year]], in [[{D:Y}]], the "
                                    "trust's annual report shows."], rel="last year")
_t("anachronism_rel_twenty_days", A, ["The fire at the {F} warehouse, which broke out [[twenty days ago]] on "
                                      "[[{D:F}]], is still smouldering."], rel="twenty days ago")
_t("anachronism_rel_earlier_this_year", A, ["The club confirmed that {P}, who signed [[earlier this year]] (in "
                                            "[[{D:MY}]]), had torn a knee ligament."], rel="earlier this year")
_t("anachronism_rel_fortnight", A, ["{R} was elected party leader [[a fortnight ago]], on [[{D:FO}]]."],
   rel="a fortnight ago")
_t("anachronism_rel_last_weekend", A, ["Thousands marched through {T} [[last weekend]], on [[{D:SH}]], to protest "
                                       "against the hospital cuts."], rel="last weekend")
_t("anachronism_rel_this_afternoon", A, ["The jury in the {R} trial retired [[this afternoon]], [[{D:ORD}]], to "
                                         "consider its verdicts."], rel="this afternoon")
_t("anachronism_rel_earlier_this_week", A, ["Regulators [[earlier this week]] ([[{D:AP}]]) fined {F} for "
                                            "misleading customers."], rel="earlier this week")

# --- duration_arithmetic (counted to 2016-09-27 when there is no end date) ----
D = "duration_arithmetic"
_Y = 365
_t("duration_obit_was_n", D, ["Born on [[{S:B}]] in {T}, {R} was [[{NUM}]] when he died on [[{E:B}]]."],
   unit="years", yr=(1900, 1960), span=(30 * _Y, 85 * _Y), min=20, top=110)
_t("duration_mill_years_ago", D, ["The mill burned down on [[{S:F}]], [[{NUM} years ago]], and the site has lain "
                                  "empty ever since."], unit="years", yr=(1900, 2000))
_t("duration_lifeboat_anniversary", D, ["The {T} lifeboat station marks the [[{NUM} anniversary]] of its founding "
                                        "in [[{S:Y}]] with an open day."], unit="years", ordinal=True)
_t("duration_embassy_siege", D, ["The [[{NUM}-day]] siege of the {N} embassy began on [[{S:F}]] and ended on "
                                 "[[{E:F}]]."], unit="days", span=(5, 120))
_t("duration_gazette_for_years", D, ["{R} ran the {T} Gazette for [[{NUM} years]], from [[{S:MY}]] until his "
                                     "retirement in [[{E:MY}]]."], unit="years", span=(5 * _Y, 40 * _Y))
_t("duration_months_behind_bars", D, ["After [[{NUM} months]] behind bars, {P} was freed on [[{E:AP}]]; she had "
                                      "been detained on [[{S:AP}]]."], unit="months", span=(60, 900))
_t("duration_bridge_weeks_later", D, ["The bridge closed for repairs on [[{S:B}]] and reopened on [[{E:B}]], "
                                      "[[{NUM} weeks]] later."], unit="weeks", span=(20, 400))
_t("duration_summit_days_after", D, ["The climbers reached the summit of {M} on [[{E:F}]], [[{NUM} days]] after "
                                     "setting out from base camp on [[{S:F}]]."], unit="days", span=(5, 90))
_t("duration_memorial_years_on", D, ["A memorial to the miners killed in the {T} pit disaster of [[{S:Y}]] was "
                                     "finally unveiled in [[{E:Y}]], [[{NUM} years]] on."], unit="years",
   span=(3 * _Y, 20 * _Y), words=True)
_t("duration_winner_age", D, ["The winner, {P}, [[{NUM}]], a retired teacher born on [[{S:F}]], took home the "
                              "£1,000 prize."], unit="years", yr=(1920, 1990), min=18, top=105)
_t("duration_half_century", D, ["The couple, who married in {T} on [[{S:B}]], celebrated [[half a century]] "
                                "together on [[{E:B}]]."], unit="years", span=(5 * _Y, 30 * _Y),
   fixed=(50, "half a century"))
_t("duration_ferry_fortnight", D, ["The ferry strike lasted [[a fortnight]], from [[{S:F}]] to [[{E:F}]]."],
   unit="days", span=(40, 200), fixed=(14, "a fortnight"))
_t("duration_conductor_decade", D, ["{Q} stepped down as conductor of the {T} Philharmonic in [[{E:MY}]] after "
                                    "[[a decade]] in the post, which she took up in [[{S:MY}]]."], unit="years",
   span=(200, 800), fixed=(10, "a decade"))
_t("duration_choral_centenary", D, ["The {T} Choral Society, founded in [[{S:Y}]], held its [[centenary]] concert "
                                    "at {O} in [[{E:Y}]]."], unit="years", yr=(1900, 1970),
   span=(40 * _Y, 85 * _Y), fixed=(100, "centenary"))
_t("duration_library_build", D, ["Construction of the new {U} library took [[{NUM} months]], from groundbreaking on "
                                 "[[{S:F}]] to the first day of lending on [[{E:F}]]."], unit="months",
   span=(200, 1400))
_t("duration_cup_wait", D, ["{C} have not won the cup since [[{S:F}]], a wait of [[{NUM} years]]."],
   unit="years", yr=(1900, 2008))
_t("duration_oak_year_old", D, ["The [[{NUM}-year-old]] oak, planted in [[{S:Y}]] to mark a royal visit, was felled "
                                "in [[{E:Y}]] to make way for the bypass."], unit="years", yr=(1900, 1970),
   span=(40 * _Y, 110 * _Y))
_t("duration_life_sentence", D, ["{R} was freed on [[{E:B}]] after serving [[{NUM} years]] of the life sentence "
                                 "imposed on him on [[{S:B}]]."], unit="years", span=(3 * _Y, 30 * _Y))
_t("duration_quarantine_weeks", D, ["The quarantine imposed on the {T} farms on [[{S:F}]] was lifted on [[{E:F}]] "
                                    "after [[{NUM} weeks]]."], unit="weeks", span=(20, 300))
_t("duration_shipping_closure", D, ["Shipping on {K} was halted between [[{S:AP}]] and [[{E:AP}]], a closure of "
                                    "[[{NUM} days]] that cost the ports millions."], unit="days", span=(30, 300))
_t("duration_last_tram_ago", D, ["The last tram ran through {T} on [[{S:B}]], [[{NUM} years ago]], and the rails "
                                 "were torn up soon after."], unit="years", yr=(1920, 1990))
_t("duration_hospital_closed_ago_words", D, ["The old cottage hospital in {T} closed [[{NUM} years ago]], in "
                                             "[[{S:MY}]]."], unit="years", yr=(1990, 2012), words=True)
_t("duration_sat_for_seat", D, ["{P} sat as the member for {T} for [[{NUM} years]], first elected in [[{S:Y}]] and "
                                "defeated in [[{E:Y}]]."], unit="years", span=(3 * _Y, 35 * _Y))
_t("duration_school_months_after", D, ["The {T} primary school reopened on [[{E:F}]], [[{NUM} months]] after the "
                                       "earthquake of [[{S:F}]] forced its closure."], unit="months",
   span=(60, 1000))
_t("duration_judge_appointed_at", D, ["{Q}, who was born on [[{S:BO}]], joined the {N} supreme court when she was "
                                      "appointed on [[{E:BO}]], at [[{NUM}]]."], unit="years", yr=(1920, 1975),
   span=(25 * _Y, 45 * _Y), min=18, top=95)
_t("duration_hostage_days", D, ["Held by gunmen since [[{S:F}]], the aid worker was released on [[{E:F}]] after "
                                "[[{NUM} days]] in captivity."], unit="days", span=(10, 400))
_t("duration_exile_top_flight", D, ["{C} returned to the top flight in [[{E:Y}]], ending an exile of [[{NUM} years]] "
                                    "that began with relegation in [[{S:Y}]]."], unit="years",
   span=(3 * _Y, 30 * _Y))
_t("duration_ceo_months_in_job", D, ["{Q}, chief executive of {F} since [[{S:MY}]], said her [[{NUM} months]] in the "
                                     "job had been the hardest of her career."], unit="months", yr=(2008, 2012))
_t("duration_battle_anniversary", D, ["Veterans gathered at {T} on [[{E:B}]] to mark the [[{NUM} anniversary]] of "
                                      "the battle for {T2}, fought on [[{S:B}]]."], unit="years", yr=(1900, 1980),
   span=(10 * _Y, 70 * _Y), ordinal=True)
_t("duration_count_took_days", D, ["The count took [[{NUM} days]]: polls closed on [[{S:AP}]] and the result was "
                                   "declared on [[{E:AP}]]."], unit="days", span=(20, 120))
_t("duration_strike_words_months", D, ["The strike at {F} ended on [[{E:SH}]] after [[{NUM} months]], having begun "
                                       "on [[{S:SH}]]."], unit="months", span=(700, 1500), words=True)
_t("duration_cement_years_production", D, ["The cement works at {T}, in production since [[{S:Y}]], is marking "
                                           "[[{NUM} years]] of operation."], unit="years")
_t("duration_trial_weeks_evidence", D, ["The trial, which opened on [[{S:FO}]], ended on [[{E:FO}]] after "
                                        "[[{NUM} weeks]] of evidence."], unit="weeks", span=(14, 250))
_t("duration_study_years", D, ["{P} enrolled at {U} in [[{S:MY}]] and graduated in [[{E:MY}]] after "
                               "[[{NUM} years]] of study."], unit="years", span=(3 * _Y, 8 * _Y))
