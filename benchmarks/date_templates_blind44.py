"""``blind44``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind44`` templates.  Written on 2026-11-24 (started 21:39:07 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind43's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind44 /work/wt/dblind44 92221d8``:
# 92221d8f1112253093cd035cfd64a85563f15a86.
# What was read: lines 1-451 of benchmarks/date_templates_blind43.py (printed
# with ``sed -n 1,451p``: its header comment, imports, name lists, helpers and
# generator machinery, up to and including the blank lines before its
# ``# --- weekday_mismatch ---`` section comment; its templates were never
# seen; its header comment summarises the phrasings its templates use, and
# those summaries were read and avoided) -- its machinery (lines 132-158 and
# 184-451) was copied with a sed script (``b44_`` names, ``BLIND44_TEMPLATES``,
# "twenty-seven days ago" as the new relative anchor instead of "twenty-six
# days ago"), its name lists (lines 160-181) were replaced and none of its
# names, places or firms were reused (checked by a script comparing the
# capitalised words of both lists: only generic words such as "River",
# "Mount", "Hospital" are shared); tests/date_template_checks.py (whole file,
# the shared checks, with ``cat``); tests/test_date_templates_independent.py
# (whole file, with ``cat``; the ``blind44`` row was added and the docstring's
# range extended to blind44); in tests/conftest.py the ``load_benchmark``
# helper (printed with ``grep -n -A11 "def load_benchmark"``); in
# benchmarks/date_conflicts.py only the output of ``grep -n "blind43"`` (the
# import line 98 and the dict entry at line 2612), after which one import
# line and one dict entry were inserted with sed and checked with
# ``grep -n "blind4[34]"``; in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line (cut to 200 characters), changed with sed and shown
# again with ``grep -n "^FRESH" ... | cut -c1-200``.
# Seen by accident: before printing lines 1-451 of blind43, the first 40
# characters of its line 452 were printed (``sed -n 452p | head -c 40``, to
# check where the templates start): only the section comment
# "# --- weekday_mismatch -----------------", no template; ``git worktree
# add`` printed the subject of the base commit ("event_identity.py --check:
# decisions read with the pass's own probability() against its threshold, as
# temporal's learned pass reads them, instead of a local log-odds conversion
# recomputed per row; --check passes as before (log-odds at most 0.0003
# apart)"); the FRESH line's trailing comment (its first 200 characters show
# "not trained on: the shipped pass was fitted without them (blind3" /
# "... without t").  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind44``, which runs no
# detector) and a throwaway script (/tmp/b44_sample.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# Fresh: to be scored once on the code at the end of session 21 as the before
# of session 22's rounds, never used to tune.  Every template is used:
# ``--split blind44``.
#
# Conventions (those of blind43, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b44_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Each template seeds its own ``random.Random`` from its name and 64 bits
# drawn from the caller's rng.  Every side of a conflict is marked with
# [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated from June 2017 to 2025; relative expressions are pinned to 1995-2012
# or 2020-2025.  Other kinds keep their dates in 1900-2015, name no weekday
# outside the weekday templates and use no relative expression ("ago" only
# in durations, counted to 2016-09-27 -- none of this set's durations uses
# it).  Stated counts miss every defensible count (unknown days, inclusive or
# exclusive counting) by at least seven units; all duration offsets are 0.
# In order-violation facts ``earlier`` is the event the text says came first
# (label ``E``; it carries the later date) and ``later`` the one it puts
# second (label ``L``), wherever each stands in the sentence (several
# templates write the second event first: "Ahead of the general election
# of ..., published its manifesto on", "were married ... on ..., having got
# engaged on", "In the run-up to the reopening ... on ..., restored the
# facade, finishing the work in", "In preparation for the royal visit
# of ..., were resurfaced in", "was called to the bar in ..., having first
# read law ..., where he graduated in").  Order markers: "led to", "Once
# ... had been granted", "paved the way for", "was followed by", "won her
# heat ... and took gold in the final", "In the wake of", "Ahead of", "On
# the heels of ... came", "prompted", "triggered", "enrolled ... and
# graduated", "having got engaged", "auditioned ... and was cast", "In the
# run-up to", "set the stage for", "In response to", "culminated in", "On
# the back of", "Until ...; the first ... was made on", "No sooner had
# ... than", "before going on to", "in time for", "became ... and was
# succeeded by", "As a result of", "after which", "In preparation for",
# "having first", "On completing", "opened ..., was adjourned", "in service
# from ..., was superseded by", "a tender issued ..., and the contract was
# awarded".  Pairs for order: audit/resignation, planning consent/
# construction, trial run/tramway opening, draft constitution/ratification,
# heat/final, recall/repair, manifesto/election, harvest/price collapse,
# derailment/safety review, landslip/road closure, enrolment/graduation,
# engagement/wedding, audition/casting, restoration/reopening, boundary
# report/partition, flooding/embankment, campaign/lifeboat station, listing/
# acquisition, treaty/first crossing, appointed/dismissed, qualified as a
# nurse/ran the hospital, stand finished/opening match, editor/successor,
# drought/hosepipe ban, prototype flight/order, resurfacing/royal visit,
# law degree/called to the bar, national service/clerk, inquest opened/
# adjourned, ferry in service/superseded, tender/contract.
# Restated templates are ``b44_restated_same_*`` (one head noun twice:
# avalanche, derailment, heist, mutiny, stampede, blackout, tornado,
# assassination, hijacking, jailbreak, by-election, abdication,
# consecration, tsunami, gas leak, bombing, siege, drought, lockout,
# epidemic, armistice; 21) or ``b44_restated_diff_*`` (verb against noun --
# capsized/capsize, defected/defection, acquitted/acquittal, toppled/
# overthrow, expelled/expulsion, eloped/elopement, knighted/investiture,
# released/release, went into administration/collapse, gave way/dam
# failure, hijacked/seizure --, "the incident" for a gas main that exploded,
# "That vote", "That surrender", "This sighting", a pronoun "She delivered
# it" for a maiden speech, synonyms tornado/twister, uprising/revolt,
# robbery/hold-up, outbreak/epidemic, heatwave/hot spell, an apposition
# "The Treaty of ..., signed on" against "put their names to the accord
# on"; 22); events that last (siege, drought, lockout, epidemic, uprising,
# outbreak, heatwave) are dated at least two calendar years apart
# (``gap=(2, 12)``).  Durations: a tenure "served N years as ... until ...,
# having been appointed in", "after N months in office", "a N-week tour ...
# from ... to", "the N-day siege", ages at death ("who was N when she died
# on", an obituary's "at the age of N"), an age at emigration, a jubilee
# dinner marking "N years of trading", a street party marking "N years
# since ... its charter", "for the past N years", "is celebrating N years in
# business", "has lived ... for N years, since", "N years on from", a
# "N-year-old county record", a voyage of N months, a N-day walk, camping
# for N nights, a N-week lockout, a N-year apprenticeship, a reign, a
# partnership "for N years, from early ... until late", a N-month public
# inquiry, years in exile, a play's N-week run, a N-year career, "N months
# old at his christening", a N-day heatwave, a cinema closed "N years after
# it first opened", a N-week nursing course, "N months without rain", a
# career that "spanned N years", "N weeks into the dispute", "N months after
# the runway was damaged", "a fortnight" in hospital -- in years, months,
# weeks and days.  Like blind43, the set has no near-miss or clean
# (conflict-free) templates.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``; every format is used), ``{NUM}`` a
# stated count, ``{WD}`` the stated weekday, other braces invented names;
# ``sy=True`` puts both dates of a pair in one year; formats without a year
# (``CONTEXT``) take it from the other date, whose marked span carries it.
# Extra relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new
# here: "twenty-seven days ago").  Counts: 41 weekday_mismatch, 32
# impossible_date (22 with a year, 10 impossible in every year), 43
# restated_event (21 same, 22 diff), 31 order_violation, 32
# publication_anachronism (16 dated after publication, 16 relative
# expressions pinned far from it), 34 duration_arithmetic (213 in all); the
# ``blind44`` row of tests/test_date_templates_independent.py asks for 42
# restated, 32 durations and 21 of each restated wording.
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set;
# none is taken from blind43's name lists.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-seven days ago"})


FIRST_F = ["Rosalind", "Henrietta", "Imogen", "Clementine", "Ottilie", "Philippa", "Seraphina", "Lavinia"]
FIRST_M = ["Ignatius", "Leopold", "Crispin", "Fergus", "Ambrose", "Tobias"]
LAST = ["Whitlock", "Abernethy", "Castellano", "Nakagawa-Reid", "Thistlewood", "Okafor-Barnes", "Vandermeer",
        "Sokolowski", "Penhaligon", "Ravensworth", "Dunleavy", "Gallacher", "Ellingboe", "Fairweather"]
TOWNS = ["Thornbury Cross", "Ravensholme", "Little Aldwick", "Crowmarsh End", "Fenwick Bay", "Highcliffe Lees",
         "Brackenmoor", "Westerhollow", "Kilbraddan", "Oakhanger Vale"]
FIRMS = ["Lanternfish Shipping", "Copperleaf Bank", "Harrowgate & Finch", "Bluebell Mills", "Northlight Optics",
         "Ironbark Cement", "Quillfeather Press", "Tidewater Pharmaceuticals"]
NATIONS = ["Ostravia", "Meridona", "Karsland", "Pelagonia", "Vestrovia", "Illyra"]
CLUBS = ["Ravensholme Athletic", "Brackenmoor Wanderers", "Fenwick Bay Harriers", "Kilbraddan Celtic",
         "Westerhollow Rangers", "Thornbury Cross Corinthians"]
STORMS = ["Hurricane Ysolde", "Typhoon Hanakaze", "Cyclone Mirrabooka", "Storm Cressida", "Hurricane Fabienne"]
SHIPS = ["the ferry Ravensholme Star", "the collier Brackenmoor Maid", "MV Northern Heron",
         "the schooner Lavinia Grace"]
PEAKS = ["Mount Orrin", "the Grauspitze", "Ben Ardrishaig", "Mount Carradale"]
UNIVERSITIES = ["Ravensholme University", "the University of Fenwick Bay", "Kilbraddan Institute of Technology",
                "Brackenmoor College of Music"]
RIVERS = ["the River Brack", "the River Fen", "the Raven", "the River Aldwick"]
HOSPITALS = ["Ravensholme General", "St Cuthbert's Hospital", "the Fenwick Bay Royal Infirmary",
             "Westerhollow Cottage Hospital"]
VENUES = ["the Brackenmoor Empire", "the Ravensholme Assembly Rooms", "the Kilbraddan Playhouse", "the Highcliffe Lido"]
PARTIES = ["the Coastal Farmers' League", "the New Commonwealth Party", "the Progressive Moorland Alliance",
           "the Workers' and Crofters' Union"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND44_TEMPLATES = new_templates()
_t = registrar("b44_", BLIND44_TEMPLATES, _ctx)


# --- weekday_mismatch -----------------------------------------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_ribbon_footbridge", W, ["{P} cut the ribbon on the new footbridge over {K} on [[{WD}, {D:F}]]."])
_t("weekday_auction_catalogue", W, ["The auction at {O} was held on [[{WD} {D:B}]], the catalogue says."])
_t("weekday_polls_opened", W, ["Polling stations in {T} opened at seven in the morning on [[{WD}, {D:AP}]]."])
_t("weekday_creditors_paid", W, ["[[{WD}, {D:FO}]] was the day {F} finally paid its creditors in full."])
_t("weekday_christening_register", W, ["According to the parish register, the christening took place on "
                                       "[[{WD}, {D:ORD}]]."])
_t("weekday_logbook_iso", W, ["The logbook entry dated [[{D:ISO}]] (a [[{WD}]]) records the first sighting of "
                              "{H} from the lighthouse."])
_t("weekday_receipt_stamped", W, ["The receipt, stamped [[{D:DOT}]], a [[{WD}]], was found among {r}'s papers."])
_t("weekday_hearing_listed", W, ["Court records list the hearing for [[{WD} {D:SH}]]."])
_t("weekday_regatta_crowds", W, ["Crowds lined {K} for the regatta on [[{WD} {D:BO}]]."])
_t("weekday_ordinance_ap", W, ["The ordinance took effect [[{WD}, {D:AP}]], according to the town clerk."], ap=True)
_t("weekday_squad_flew", W, ["In [[{D:Y}]] the {C} squad flew out to {N} on [[{WD}, {D:MD}]]."])
_t("weekday_workers_returned", W, ["The dispute at {F} ended in [[{D:Y}]]: workers returned on the morning of "
                                   "[[{WD} {D:DM}]]."])
_t("weekday_budget_passed", W, ["The [[{D:Y}]] budget was passed by the council on [[{WD}, {D:APMD}]] after a "
                                "six-hour debate."], ap=True)
_t("weekday_diary_frost", W, ["An entry in {q}'s [[{D:Y}]] diary for [[{WD} {D:SHMD}]] describes the first frost "
                              "on {M}."])
_t("weekday_fete_ordny", W, ["The village fete of [[{D:Y}]] fell on [[{WD}, {D:ORDNY}]] and raised a record sum."])
_t("weekday_dateline_dredging", W, ["{T}, [[{D:F}]] ([[{WD}]]) -- The harbour board has ordered the dredging of "
                                    "{K}."])
_t("weekday_last_tram", W, ["It was a [[{WD}]], [[{D:B}]], when the last tram ran through {T}."])
_t("weekday_wedding_afternoon", W, ["The wedding of {P} and {R} took place at {O} on the afternoon of "
                                    "[[{WD}, {D:F}]]."])
_t("weekday_quote_remember", W, ["\"I remember it was a [[{WD}]],\" {Q} said of [[{D:FO}]], the day the pit at {T} "
                                 "closed."])
_t("weekday_shares_suspended", W, ["Trading in {F} shares was suspended before the bell on [[{WD}, {D:AP}]]."])
_t("weekday_letter_inquest", W, ["The letter, dated [[{WD} {D:BO}]], was read aloud at the inquest."])
_t("weekday_debut_scoring", W, ["{R} first played for {C} on [[{WD} {D:B}]], scoring twice against {C2}."])
_t("weekday_customs_form", W, ["The customs form is stamped [[{WD} {D:DOT}]] in blue ink."])
_t("weekday_swim_across", W, ["On [[{WD}, {D:ORD}]], {P} became the first woman to swim across {K}."])
_t("weekday_minutes_vote", W, ["The minutes of the meeting held on [[{WD} {D:SH}]] record a single vote against."])
_t("weekday_border_treaty", W, ["{N} and {N2} signed the border treaty in {T} on [[{WD}]] [[{D:F}]]."])
_t("weekday_warehouse_blaze", W, ["The blaze at a warehouse owned by {F} broke out in the early hours of "
                                  "[[{WD} {D:B}]]."])
_t("weekday_born_youngest", W, ["Born in {T} on [[{WD}, {D:FO}]], {R} was the youngest of nine children."])
_t("weekday_first_degrees", W, ["{U} awarded its first degrees on [[{WD}, {D:F}]]."])
_t("weekday_plaque_patient", W, ["A plaque at {X} marks the day it admitted its first patient: [[{WD}, {D:B}]]."])
_t("weekday_ap_first_seat", W, ["[[{WD}, {D:AP}]] -- {J} won its first seat on the {T} council."], ap=True)
_t("weekday_aground_night", W, ["{V} ran aground off {T2} on the night of [[{WD} {D:B}]]."])
_t("weekday_concert_last", W, ["The concert at {O} on [[{WD}, {D:F}]] was the orchestra's last."])
_t("weekday_promoted_final_day", W, ["{C} were promoted on the final day of the season, [[{WD} {D:SH}]]."])
_t("weekday_bypass_digger", W, ["Work on the {T} bypass began in [[{D:Y}]], on [[{WD} {D:MD}]], with a single "
                                "digger."])
_t("weekday_libel_verdict", W, ["The [[{D:Y}]] {r} libel trial ended on [[{WD}, {D:APMD}]] with a verdict for "
                                "the newspaper."], ap=True)
_t("weekday_eclipse_observatory", W, ["The observatory on {M} recorded the eclipse on [[{WD} {D:BO}]]."])
_t("weekday_rationing_ended", W, ["Bread rationing in {N} ended on [[{WD}, {D:F}]]."])
_t("weekday_first_column", W, ["{Q}'s first column for the paper ran on [[{WD}, {D:FO}]], two pages from the "
                               "front."])
_t("weekday_airmail_logged", W, ["Mail reached {T2} by air for the first time on [[{D:ISO}]], a [[{WD}]], the "
                                 "postmaster's ledger shows."])
_t("weekday_bells_rung", W, ["The bells of {T} were rung for the new king on [[{WD}, {D:B}]]."])

# --- impossible_date ------------------------------------------------------------------------------------------
I = "impossible_date"
_t("impossible_mill_deeds", I, ["The deeds to the mill in {T} are dated [[{D:F}]]."])
_t("impossible_gravestone", I, ["{R}'s gravestone in {T} gives his date of death as [[{D:B}]]."])
_t("impossible_rescheduled", I, ["The match between {C} and {C2} was rescheduled for [[{D:FO}]]."])
_t("impossible_wound_up_iso", I, ["Minutes record that {F} was wound up on [[{D:ISO}]]."])
_t("impossible_passport_dot", I, ["The passport issued to {P} bears the date [[{D:DOT}]]."])
_t("impossible_headmistress", I, ["{Q} was appointed headmistress of the {T} grammar school on [[{D:BO}]]."])
_t("impossible_charter_sealed", I, ["The charter granted to {T} is said to have been sealed on [[{D:ORD}]]."])
_t("impossible_shares_listed", I, ["Shares in {F} were first listed on [[{D:AP}]]."])
_t("impossible_register_sailing", I, ["The shipping register records {V} leaving {T} on [[{D:SH}]]."])
_t("impossible_bonfire_yearly", I, ["Every year on [[{D:MD}]], the villagers of {T} light a bonfire on {M}."])
_t("impossible_founders_day", I, ["{U} keeps its founders' day on [[{D:DM}]]."])
_t("impossible_closing_parade", I, ["The festival programme promises a closing parade on [[{D:APMD}]]."])
_t("impossible_ticket_stubs", I, ["Ticket stubs for the show at {O} read [[{D:SHMD}]]."])
_t("impossible_open_day", I, ["The clinic at {X} holds its open day on [[{D:ORDNY}]] each year."])
_t("impossible_anniversary_ow", I, ["The club's anniversary is marked on [[{D:OW}]]."])
_t("impossible_inscription_bridge", I, ["According to the inscription, the bridge over {K} was opened on "
                                        "[[{D:F}]]."])
_t("impossible_treaty_archive", I, ["The treaty between {N} and {N2} was ratified on [[{D:B}]], the archive says."])
_t("impossible_grant_letter", I, ["In a letter dated [[{D:FO}]], {P} asked the council for a grant."])
_t("impossible_party_registered", I, ["{J} was registered as a party on [[{D:AP}]]."])
_t("impossible_landfall", I, ["{H} made landfall near {T} on [[{D:F}]]."])
_t("impossible_first_ascent", I, ["The first ascent of {M} was made on [[{D:BO}]] by a party of four."])
_t("impossible_joined_iso", I, ["Personnel records show {r} joined {F} on [[{D:ISO}]]."])
_t("impossible_library_reopened", I, ["The library in {T} reopened on [[{D:ORD}]] after the flood."])
_t("impossible_cheque_dot", I, ["A cheque dated [[{D:DOT}]] was produced in court."])
_t("impossible_board_elected", I, ["{R} was elected to the board of {F} on [[{D:SH}]]."])
_t("impossible_market_moved", I, ["Until it moved, the horse fair in {T} was held each year on [[{D:MD}]]."])
_t("impossible_poem_headed", I, ["The poem is headed simply \"[[{D:DM}]]\"."])
_t("impossible_patron_saint", I, ["The feast of the town's patron saint is kept on [[{D:OW}]]."])
_t("impossible_form_birthday", I, ["The form gave her birthday as [[{D:ORDNY}]], a date the clerk in {T} accepted."])
_t("impossible_flights_suspended", I, ["Flights to {N} were suspended from [[{D:F}]] until further notice."])
_t("impossible_home_game", I, ["{C} played their first home game at the new ground on [[{D:B}]]."])
_t("impossible_last_sitting", I, ["The last sitting of the old {T} council was held on [[{D:AP}]]."])

# --- restated_event: same head word ---------------------------------------------------------------------------
R = "restated_event"
LASTING = (2, 12)
_t("restated_same_avalanche", R, ["The avalanche that buried the climbing hut on {M} came down on [[{A:F}]].",
                                  "Three guides died in the avalanche of [[{B:F}]], the mountain rescue report "
                                  "concluded."])
_t("restated_same_derailment", R, ["Nobody was hurt in the derailment outside {T} on [[{A:B}]].",
                                   "Investigators blamed a cracked rail for the derailment, which they dated to "
                                   "[[{B:B}]]."])
_t("restated_same_heist", R, ["Thieves got away with the payroll of {F} in a heist on [[{A:FO}]]; the heist, on "
                              "[[{B:FO}]], was never solved."])
_t("restated_same_mutiny", R, ["The mutiny aboard {V} broke out on [[{A:AP}]].",
                               "Its leaders were hanged for their part in the mutiny of [[{B:AP}]]."])
_t("restated_same_stampede", R, ["A stampede at {O} on [[{A:DM}]] left eleven people injured.",
                                 "The owners were fined over the stampede, which happened on [[{B:DM} {B:Y}]]."],
   sy=True)
_t("restated_same_blackout", R, ["The blackout that plunged {T} into darkness began on [[{A:ISO}]].",
                                 "Engineers traced the blackout of [[{B:ISO}]] to a single faulty cable."])
_t("restated_same_tornado", R, ["A tornado tore the roof off the school in {T} on [[{A:SH}]].",
                                "Insurers paid out for the tornado of [[{B:SH}]] within the year."])
_t("restated_same_assassination", R, ["The assassination of {N}'s prime minister on [[{A:BO}]] shocked the "
                                      "region.", "A commission into the assassination, carried out on [[{B:BO}]], "
                                      "named two accomplices."])
_t("restated_same_hijacking", R, ["The hijacking of a flight from {T} to {N} ended peacefully on [[{A:F}]].",
                                  "All the passengers survived the hijacking, which was over on [[{B:F}]]."])
_t("restated_same_jailbreak", R, ["Four men escaped in the jailbreak at {T} prison on [[{A:DOT}]].",
                                  "The governor resigned over the jailbreak of [[{B:DOT}]]."])
_t("restated_same_by_election", R, ["{J} won the {T} by-election of [[{A:MY}]] by 312 votes.",
                                    "Turnout at the by-election, held in [[{B:MY}]], was the lowest on record."])
_t("restated_same_abdication", R, ["The king's abdication on [[{A:B}]] was announced on the radio.",
                                   "Historians still argue about the abdication of [[{B:B}]]."])
_t("restated_same_consecration", R, ["The consecration of the new cathedral in {T} took place on [[{A:ORD}]].",
                                     "Twelve bishops attended the consecration on [[{B:ORD}]]."])
_t("restated_same_tsunami", R, ["The tsunami that struck the coast of {N} on [[{A:F}]] flattened whole villages.",
                                "Survivors of the tsunami, which hit on [[{B:F}]], were housed in tents."])
_t("restated_same_gas_leak", R, ["Two streets in {T} were evacuated after a gas leak on [[{A:AP}]].",
                                 "The gas leak, on [[{B:AP}]], was caused by a digger."])
_t("restated_same_bombing", R, ["The bombing of the railway station in {T} on [[{A:MD}]] killed six people.",
                                "Police arrested a suspect months after the bombing on [[{B:MD}]], [[{B:Y}]]."],
   sy=True)
_t("restated_same_siege", R, ["The siege of {T} began in [[{A:Y}]].",
                              "Food ran short early in the siege, which began in [[{B:Y}]]."], gap=LASTING)
_t("restated_same_drought", R, ["The drought that emptied the reservoirs of {N} started in [[{A:MY}]].",
                                "Farmers sold their herds during the drought, which set in in [[{B:MY}]]."],
   gap=LASTING)
_t("restated_same_lockout", R, ["The lockout at {F} began on [[{A:B}]], when the gates were chained shut.",
                                "The lockout, which started on [[{B:B}]], left four hundred men without pay."],
   gap=LASTING)
_t("restated_same_epidemic", R, ["A cholera epidemic broke out in {T} in [[{A:MID}]].",
                                 "The epidemic of [[{B:MID}]] killed hundreds, most of them children."], gap=LASTING)
_t("restated_same_armistice", R, ["The armistice between {N} and {N2} was signed on [[{A:FO}]].",
                                  "Under the armistice of [[{B:FO}]], both armies withdrew behind the river."])

# --- restated_event: different wording -------------------------------------------------------------------------
_t("restated_diff_capsized_capsize", R, ["The lifeboat capsized off {T} on [[{A:F}]].",
                                         "The coroner said the capsize, on [[{B:F}]], was caused by a freak wave."])
_t("restated_diff_defected_defection", R, ["{R} defected to {N2} on [[{A:B}]].",
                                           "His defection, on [[{B:B}]], embarrassed the government of {N}."])
_t("restated_diff_acquitted_acquittal", R, ["{Q} was acquitted of fraud at {T} crown court on [[{A:AP}]].",
                                            "After her acquittal on [[{B:AP}]], she returned to work at {F}."])
_t("restated_diff_toppled_overthrow", R, ["Army officers toppled the president of {N} on [[{A:FO}]].",
                                          "The overthrow of [[{B:FO}]] was condemned by {N2}."])
_t("restated_diff_expelled_expulsion", R, ["{R} was expelled from {J} on [[{A:ISO}]].",
                                           "The party's minutes date his expulsion to [[{B:ISO}]]."])
_t("restated_diff_eloped_elopement", R, ["{P} eloped with {R} on [[{A:BO}]].",
                                         "Her family learned of the elopement, which had taken place on [[{B:BO}]], "
                                         "from a telegram."])
_t("restated_diff_exploded_incident", R, ["A gas main exploded under the high street in {T} on [[{A:F}]].",
                                          "The incident, on [[{B:F}]], damaged forty shops."])
_t("restated_diff_voted_that_vote", R, ["The {T} council voted to close the swimming baths on [[{A:SH}]].",
                                        "That vote, taken on [[{B:SH}]], was overturned on appeal."])
_t("restated_diff_tornado_twister", R, ["A tornado crossed the outskirts of {T} on [[{A:DM}]].",
                                        "Farmers said the twister, which struck on [[{B:DM} {B:Y}]], flattened "
                                        "their barns."], sy=True)
_t("restated_diff_uprising_revolt", R, ["The uprising in the mining districts of {N} began in [[{A:MY}]].",
                                        "The revolt, which broke out in [[{B:MY}]], was put down by the army."],
   gap=LASTING)
_t("restated_diff_robbery_hold_up", R, ["The robbery at the {T} branch of {F} took place on [[{A:AP}]].",
                                        "A cashier was shot in the hold-up of [[{B:AP}]]."])
_t("restated_diff_outbreak_epidemic", R, ["An outbreak of typhoid swept {T} in [[{A:Y}]].",
                                          "The epidemic, which began in [[{B:Y}]], was traced to a well."],
   gap=LASTING)
_t("restated_diff_heatwave_hot_spell", R, ["The heatwave that dried up {K} began in [[{A:MY}]].",
                                           "Crops failed during the hot spell, which started in [[{B:MY}]]."],
   gap=LASTING)
_t("restated_diff_surrendered_that_surrender", R, ["The garrison at {T} surrendered on [[{A:B}]].",
                                                   "That surrender, on [[{B:B}]], ended the war in the north."])
_t("restated_diff_spotted_this_sighting", R, ["Astronomers at {U} first spotted the comet on [[{A:F}]].",
                                              "This sighting, logged on [[{B:F}]], was confirmed by other "
                                              "observatories."])
_t("restated_diff_speech_pronoun", R, ["Few who heard {P}'s maiden speech on [[{A:FO}]] have forgotten it.",
                                       "She delivered it, the parliamentary record shows, on [[{B:FO}]]."])
_t("restated_diff_treaty_apposition", R, ["The Treaty of {T}, signed on [[{A:B}]], settled the border.",
                                          "{N} and {N2} put their names to the accord on [[{B:B}]]."])
_t("restated_diff_knighted_investiture", R, ["{R} was knighted at the palace on [[{A:ORD}]].",
                                             "Photographs of his investiture on [[{B:ORD}]] hang in the town hall."])
_t("restated_diff_released_release", R, ["{R} was released from prison on [[{A:DOT}]].",
                                         "Since his release on [[{B:DOT}]], he has campaigned for reform."])
_t("restated_diff_administration_collapse", R, ["{F} went into administration on [[{A:F}]].",
                                                "The firm's collapse, on [[{B:F}]], cost six hundred jobs."])
_t("restated_diff_gave_way_dam_failure", R, ["The dam above {T} gave way on [[{A:AP}]].",
                                             "An inquiry into the dam failure of [[{B:AP}]] blamed poor "
                                             "maintenance."])
_t("restated_diff_hijacked_seizure", R, ["Pirates hijacked {V} off the coast of {N} on [[{A:SH}]].",
                                         "The owners paid a ransom months after the seizure of the ship on "
                                         "[[{B:SH}]]."])

# --- order_violation ------------------------------------------------------------------------------------------
O = "order_violation"
_t("order_audit_led_to_resignation", O, ["The audit of {F}'s accounts, completed in [[{E:MY}]], led to the "
                                         "resignation of its finance director, {R}, in [[{L:MY}]]."])
_t("order_once_consent_construction", O, ["Once planning consent had been granted on [[{E:B}]], construction of the "
                                          "{T} bypass began on [[{L:B}]]."])
_t("order_trial_run_paved_opening", O, ["A trial run on [[{E:F}]] paved the way for the opening of the {T} "
                                        "tramway on [[{L:F}]]."])
_t("order_draft_followed_ratification", O, ["The draft constitution of {N}, published in [[{E:Y}]], was followed "
                                            "by its ratification in [[{L:Y}]]."])
_t("order_heat_then_final", O, ["At the [[{E:Y}]] national championships in {T}, {P} won her heat on "
                                "[[{E:MD}]] and took gold in the final on [[{L:MD}]]."], sy=True)
_t("order_wake_of_recall_repair", O, ["In the wake of the recall of its kettles on [[{E:AP}]], {F} began "
                                      "repairing them free of charge on [[{L:AP}]]."])
_t("order_ahead_of_election_manifesto", O, ["Ahead of the general election of [[{L:F}]], {J} published its "
                                            "manifesto on [[{E:F}]]."])
_t("order_heels_harvest_prices", O, ["On the heels of a record harvest in [[{E:Y}]] came the collapse of grain "
                                     "prices in [[{L:Y}]]."])
_t("order_derailment_prompted_review", O, ["The derailment at {T} on [[{E:B}]] prompted a safety review, which "
                                           "reported on [[{L:B}]]."])
_t("order_landslip_triggered_closure", O, ["A landslip on [[{E:FO}]] triggered the closure of the coast road, "
                                           "ordered on [[{L:FO}]]."])
_t("order_enrolled_graduated", O, ["{Q} enrolled at {U} in [[{E:AUTUMN}]] and graduated in [[{L:SUMMER}]]."])
_t("order_engaged_married", O, ["{P} and {R} were married at {O} on [[{L:F}]], having got engaged on [[{E:F}]]."])
_t("order_audition_cast", O, ["{Q} auditioned for the part in [[{E:MY}]] and was cast in [[{L:MY}]]."])
_t("order_run_up_restoration", O, ["In the run-up to the reopening of {O} on [[{L:AP}]], its owners restored the "
                                   "facade, finishing the work in [[{E:APMY}]]."])
_t("order_report_set_stage_partition", O, ["The boundary commission's report of [[{E:Y}]] set the stage for the "
                                           "partition of the county in [[{L:Y}]]."])
_t("order_response_flooding_embankment", O, ["In response to the flooding of {K} in [[{E:LATE}]], the council built "
                                             "a new embankment, completed in [[{L:EARLY}]]."])
_t("order_campaign_culminated", O, ["The campaign, launched on [[{E:DOT}]], culminated in the opening of a "
                                    "lifeboat station at {T} on [[{L:DOT}]]."])
_t("order_back_of_listing_bought", O, ["On the back of its listing on the stock exchange on [[{E:ISO}]], {F} "
                                       "bought {F2} on [[{L:ISO}]]."])
_t("order_until_treaty_crossing", O, ["Until the treaty was signed on [[{E:BO}]], no ship could sail from {T} to "
                                      "{N}; the first crossing was made on [[{L:BO}]]."])
_t("order_no_sooner_dismissed", O, ["No sooner had {R} been appointed on [[{E:SH}]] than he was dismissed, on "
                                    "[[{L:SH}]]."])
_t("order_qualifying_going_on", O, ["{P} trained as a nurse at {X}, qualifying in [[{E:Y}]], before going on to "
                                    "run the hospital from [[{L:Y}]]."])
_t("order_stand_in_time_for", O, ["The new stand at the {T} ground was finished in [[{E:MY}]], in time for the "
                                  "opening match of the season on [[{L:F}]]."])
_t("order_editor_succeeded_by", O, ["{Q} became editor of the {T} Gazette in [[{E:Y}]] and was succeeded by {R} "
                                    "in [[{L:Y}]]."])
_t("order_drought_as_result_ban", O, ["As a result of the drought of [[{E:Y}]], the water company imposed a "
                                      "hosepipe ban in [[{L:MY}]]."])
_t("order_prototype_after_which", O, ["The prototype flew on [[{E:F}]], after which the air ministry ordered "
                                      "forty of them on [[{L:F}]]."])
_t("order_resurfaced_preparation", O, ["In preparation for the royal visit of [[{L:APMY}]], the streets of {T} "
                                       "were resurfaced in [[{E:APMY}]]."])
_t("order_having_first_read_law", O, ["{R} was called to the bar in [[{L:Y}]], having first read law at {U}, "
                                      "where he graduated in [[{E:Y}]]."])
_t("order_national_service_clerk", O, ["On completing his national service in [[{E:MID}]], {R} joined {F} as a "
                                       "clerk at [[{L:END}]]."])
_t("order_inquest_adjourned", O, ["The inquest, opened on [[{E:FO}]], was adjourned on [[{L:FO}]]."])
_t("order_ferry_superseded", O, ["The steam ferry, in service from [[{E:Y}]], was superseded by a hovercraft in "
                                 "[[{L:Y}]]."])
_t("order_tender_awarded_contract", O, ["Bids were invited in a tender issued on [[{E:B}]], and the contract for "
                                        "the new {X} wing was awarded on [[{L:B}]]."])

# --- publication_anachronism ----------------------------------------------------------------------------------
A = "publication_anachronism"
_t("anachronism_taken_over", A, ["{F} was taken over by {F2} in [[{D:MY}]], ending a century of family "
                                 "ownership."])
_t("anachronism_farmed_died", A, ["{R}, who died on [[{D:F}]], had farmed near {T} all his life."])
_t("anachronism_terminal_opened", A, ["The new terminal at {T} airport opened to passengers on [[{D:B}]]."])
_t("anachronism_mayoral_race", A, ["{P} won the {T} mayoral race in [[{D:LATE}]]."])
_t("anachronism_gasworks_demolished", A, ["Demolition of the old gasworks was completed in [[{D:SPRING}]]."])
_t("anachronism_figures_iso", A, ["Figures released on [[{D:ISO}]] showed unemployment in {N} had fallen."])
_t("anachronism_relegated", A, ["{C} were relegated on [[{D:BO}]] after a home defeat by {C2}."])
_t("anachronism_collection_moved", A, ["The museum's collection was moved to {T2} in [[{D:APMY}]]."])
_t("anachronism_flooding_shmy", A, ["Flooding on {K} in [[{D:SHMY}]] forced the evacuation of {T}."])
_t("anachronism_statement_closed", A, ["According to a statement issued on [[{D:AP}]], {F} has closed its last "
                                       "factory in {T}."])
_t("anachronism_retired_end", A, ["{Q} retired from {U} at [[{D:END}]]."])
_t("anachronism_census_population", A, ["The census taken in [[{D:Y}]] put the population of {T} at just over nine "
                                        "thousand."])
_t("anachronism_customs_union", A, ["{N} joined the customs union on [[{D:DOT}]], officials confirmed."])
_t("anachronism_scrapped_mid", A, ["{V} was scrapped in [[{D:MID}]], after forty years at sea."])
_t("anachronism_first_students_fall", A, ["{U} admitted its first students in [[{D:FALL}]], a class of ninety."])
_t("anachronism_last_edition", A, ["The last edition of the {T} Courier rolled off the presses on [[{D:FO}]]."])
_t("anachronism_rel_yesterday_sale", A, ["[[Yesterday]], [[{D:F}]], the {T} council approved the sale of the "
                                         "town hall."], rel="Yesterday")
_t("anachronism_rel_this_morning_jobs", A, ["{F} confirmed [[this morning]] -- [[{D:B}]] -- that it would cut "
                                            "forty jobs."], rel="this morning")
_t("anachronism_rel_last_night_ferry", A, ["The ferry to {T2} was cancelled [[last night]] ([[{D:FO}]]) because of "
                                           "high winds."], rel="last night")
_t("anachronism_rel_two_days_sworn", A, ["[[Two days ago]], on [[{D:AP}]], {R} was sworn in as chief constable."],
   rel="Two days ago")
_t("anachronism_rel_last_month_polls", A, ["Voters in {T} went to the polls [[last month]], in [[{D:MY}]]."],
   rel="last month")
_t("anachronism_rel_earlier_today_iso", A, ["The figures, published [[earlier today]] ([[{D:ISO}]]), show "
                                            "house prices in {T} falling."], rel="earlier today")
_t("anachronism_rel_this_week_schools", A, ["Schools in {T} have been shut [[this week]], the week of [[{D:F}]], "
                                            "because of burst pipes."], rel="this week")
_t("anachronism_rel_fortnight_exhibition", A, ["The exhibition at {O} closed [[a fortnight ago]], on [[{D:BO}]]."],
   rel="a fortnight ago")
_t("anachronism_rel_last_weekend_derby", A, ["[[Last weekend]] ([[{D:SH}]]), {C} beat {C2} in the derby."],
   rel="Last weekend")
_t("anachronism_rel_earlier_week_dot", A, ["[[Earlier this week]], on [[{D:DOT}]], the bank raised its rates."],
   rel="Earlier this week")
_t("anachronism_rel_afternoon_strike", A, ["The ambulance strike called for [[this afternoon]], [[{D:F}]], has been "
                                           "suspended."], rel="this afternoon")
_t("anachronism_rel_earlier_year_apmy", A, ["[[Earlier this year]] -- in [[{D:APMY}]] -- {U} announced a merger "
                                            "with a college in {T}."], rel="Earlier this year")
_t("anachronism_rel_twenty_seven_days", A, ["{P} resigned as chair of {F} [[twenty-seven days ago]], on "
                                            "[[{D:F}]]."], rel="twenty-seven days ago")
_t("anachronism_rel_last_year_harvest", A, ["[[Last year]] ([[{D:Y}]]) the potato harvest in {N} failed."],
   rel="Last year")
_t("anachronism_rel_earlier_month_ord", A, ["[[Earlier this month]], on [[{D:ORD}]], the {T} lido reopened."],
   rel="Earlier this month")
_t("anachronism_rel_last_week_storm", A, ["The storm that swept {T} [[last week]] -- on [[{D:FO}]] -- brought "
                                          "down power lines."], rel="last week")

# --- duration_arithmetic --------------------------------------------------------------------------------------
D = "duration_arithmetic"
YEARS = (365 * 4, 365 * 35)
_t("duration_served_until", D, ["{R} served [[{NUM} years]] as harbourmaster of {T} until [[{E:Y}]], having been "
                                "appointed in [[{S:Y}]]."], unit="years", span=YEARS)
_t("duration_months_in_office", D, ["{P} resigned on [[{E:F}]] after [[{NUM} months]] in office; she had been "
                                    "sworn in on [[{S:F}]]."], unit="months", span=(150, 1500))
_t("duration_week_tour", D, ["A [[{NUM}-week]] tour of {N} by {C} lasted from [[{S:DM}]] to [[{E:DM} {E:Y}]]."],
   unit="weeks", span=(20, 150), words=True)
_t("duration_day_siege", D, ["The [[{NUM}-day]] siege of the {F} offices began on [[{S:F}]] and ended on "
                             "[[{E:F}]]."], unit="days", span=(3, 60))
_t("duration_age_when_died", D, ["{P}, who was [[{NUM}]] when she died on [[{E:B}]], was born in {T} on "
                                 "[[{S:B}]]."], unit="years", span=(365 * 40, 365 * 80), yr=(1900, 1935), min=18)
_t("duration_obituary_age_of", D, ["Obituary: {R}, born [[{S:F}]], died [[{E:F}]] at the age of [[{NUM}]]."],
   unit="years", span=(365 * 30, 365 * 85), yr=(1900, 1950), min=18)
_t("duration_jubilee_dinner", D, ["{F} marked [[{NUM} years]] of trading with a jubilee dinner on [[{E:FO}]]; the "
                                  "firm had opened its doors on [[{S:FO}]]."], unit="years", span=(365 * 10, 365 * 80))
_t("duration_for_the_past", D, ["{Q} has run the post office in {T} for the past [[{NUM} years]], since taking it "
                                "over in [[{S:MY}]]."], unit="years", yr=(1960, 2005))
_t("duration_month_voyage", D, ["{V} returned to {T} on [[{E:BO}]] after a voyage of [[{NUM} months]] that had "
                                "begun on [[{S:BO}]]."], unit="months", span=(60, 700))
_t("duration_years_on_from", D, ["The miners of {T} still gather at the memorial [[{NUM} years]] on from the pit "
                                 "disaster of [[{S:Y}]]."], unit="years", yr=(1900, 1990))
_t("duration_record_still_stands", D, ["{P}'s [[{NUM}-year-old]] county record for the mile, set on [[{S:F}]], "
                                       "still stands."], unit="years", yr=(1950, 2000))
_t("duration_day_walk", D, ["{R} completed his [[{NUM}-day]] walk from {T} to {T2} on [[{E:SH}]], having set out on "
                            "[[{S:SH}]]."], unit="days", span=(5, 90))
_t("duration_camped_nights", D, ["Protesters camped outside {X} for [[{NUM} nights]], from [[{S:ISO}]] to "
                                 "[[{E:ISO}]]."], unit="days", span=(5, 120))
_t("duration_week_lockout", D, ["The [[{NUM}-week]] lockout at {F} ran from [[{S:AP}]] to [[{E:AP}]]."],
   unit="weeks", span=(20, 300))
_t("duration_apprenticeship", D, ["{R} served a [[{NUM}-year]] apprenticeship at {F}, from [[{S:Y}]] to "
                                  "[[{E:Y}]]."], unit="years", span=(365 * 2, 365 * 12), words=True)
_t("duration_reigned", D, ["{R} reigned over {N} for [[{NUM} years]], from his coronation in [[{S:MY}]] to his "
                           "abdication in [[{E:MY}]]."], unit="years", span=YEARS)
_t("duration_ran_together", D, ["{P} and {Q} ran {O} together for [[{NUM} years]], from [[{S:EARLY}]] until "
                                "[[{E:LATE}]]."], unit="years", span=YEARS)
_t("duration_month_inquiry", D, ["The [[{NUM}-month]] public inquiry into the {T} rail crash opened on [[{S:FO}]] "
                                 "and delivered its report on [[{E:FO}]]."], unit="months", span=(60, 1200))
_t("duration_years_in_exile", D, ["{R} returned to {N} on [[{E:B}]] after [[{NUM} years]] in exile; he had fled "
                                  "on [[{S:B}]]."], unit="years", span=YEARS)
_t("duration_week_run_play", D, ["The play's [[{NUM}-week]] run at {O} opened on [[{S:BO}]] and closed on "
                                 "[[{E:BO}]]."], unit="weeks", span=(20, 400))
_t("duration_career_seasons", D, ["{Q}'s [[{NUM}-year]] career at {X} began in [[{S:SPRING}]] and ended with her "
                                  "retirement in [[{E:AUTUMN}]]."], unit="years", span=(365 * 5, 365 * 40))
_t("duration_months_old_christening", D, ["The prince, born on [[{S:F}]], was [[{NUM} months]] old at his "
                                          "christening on [[{E:F}]]."], unit="months", span=(30, 700))
_t("duration_heatwave_broke", D, ["The [[{NUM}-day]] heatwave, which began on [[{S:DM}]], broke on "
                                  "[[{E:DM} {E:Y}]]."], unit="days", span=(5, 60))
_t("duration_cinema_closed", D, ["The cinema in {T} closed on [[{E:DOT}]], [[{NUM} years]] after it first opened "
                                 "on [[{S:DOT}]]."], unit="years", span=YEARS)
_t("duration_nursing_course", D, ["In [[{S:Y}]], {P} completed a [[{NUM}-week]] nursing course at {X} that ran "
                                  "from [[{S:SHMD}]] to [[{E:SHMD}]]."], unit="weeks", span=(20, 200))
_t("duration_months_without_rain", D, ["{T} went [[{NUM} months]] without rain, from [[{S:MY}]] until the storms "
                                       "of [[{E:MY}]]."], unit="months", span=(60, 700))
_t("duration_career_spanned", D, ["{R}, whose career at {C} spanned [[{NUM} years]], joined the club in [[{S:Y}]] "
                                  "and left in [[{E:Y}]]."], unit="years", span=YEARS)
_t("duration_celebrating_years", D, ["{F}, founded in [[{S:Y}]], is celebrating [[{NUM} years]] in business with "
                                     "an open day."], unit="years", yr=(1900, 1995))
_t("duration_lived_slopes", D, ["{Q} has lived on the lower slopes of {M} for [[{NUM} years]], since moving there "
                                "in [[{S:MID}]]."], unit="years", yr=(1930, 2005))
_t("duration_weeks_into_dispute", D, ["Talks resumed on [[{E:F}]], [[{NUM} weeks]] into the dispute, which began "
                                      "on [[{S:F}]]."], unit="weeks", span=(20, 300))
_t("duration_months_after_damage", D, ["Flights resumed at {T} airport on [[{E:AP}]], [[{NUM} months]] after the "
                                       "runway was damaged on [[{S:AP}]]."], unit="months", span=(60, 900))
_t("duration_age_emigrated", D, ["{R} was [[{NUM}]] when he emigrated to {N} on [[{E:ORD}]]; he was born on "
                                 "[[{S:ORD}]]."], unit="years", span=(365 * 16, 365 * 60), yr=(1900, 1960))
_t("duration_street_party_charter", D, ["Residents of {T} held a street party on [[{E:BO}]] to mark [[{NUM} years]] "
                                        "since the town was granted its charter on [[{S:BO}]]."], unit="years",
   span=(365 * 20, 365 * 110), yr=(1900, 1960))
_t("duration_fortnight_admitted", D, ["{P} spent [[a fortnight]] at {X}, admitted on [[{S:B}]] and discharged on "
                                      "[[{E:B}]]."], unit="days", span=(25, 80), fixed=(14, "a fortnight"))
