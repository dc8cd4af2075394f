"""``blind38``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind38`` templates.  Written on 2026-11-24 (started 06:27:21 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind37's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), its date tests
# (tests/test_temporal*, tests/test_event_identity.py, tests/test_order*,
# tests/test_restate*, tests/test_anchor*, any tests/test_date* file other
# than tests/test_date_templates_independent.py), features/, docs/, the
# README, benchmarks/results/, the body of benchmarks/event_identity.py, any
# other template file, or the git history.
# Base commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# ff70e9452ce073fafe8d341d183f40611b554d0b.
# What was read: lines 1-453 of benchmarks/date_templates_blind37.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its first ``_t(`` template, found with ``grep -n '^_t(\|^def b37_\|^@' ...
# | head -3``, whose output showed its first three template lines in part: a
# weekday inquest, a weekday ward by-election and a weekday derby) -- its
# machinery (lines 132-159 and 182-451) was copied with a sed script
# (``b38_`` names, ``BLIND38_TEMPLATES``, "twenty-one days ago" as the new
# relative anchor instead of "twenty days ago"), its name lists (lines
# 160-181) were replaced and none of its names, places or sentences were
# reused; tests/date_template_checks.py (whole file, the shared checks);
# tests/test_date_templates_independent.py (whole file, where the
# ``blind38`` row was added and the docstring's range extended to blind38);
# in tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A30``); in benchmarks/date_conflicts.py only the output of
# ``grep -n`` for the blind37 import line and the ``"blind37":`` entry, after
# which one import line and one dict entry were inserted with sed; in
# benchmarks/event_identity.py only the ``FRESH = (...)`` line, changed with
# the sed line of the brief and shown with ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A30`` of ``load_benchmark`` ran on into the
# ``date_conflicts``/``dated_conflicts``/``dated_kinds`` helpers of
# tests/conftest.py (signatures, docstrings, a two-line body calling the
# detector's date analysis by its function name, and the publication
# stand-in 2016-09-27).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind38``, which runs no
# detector) and throwaway scripts (outside the worktree) printing a
# rendered sample of every template and applying the shared checks over 300
# seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# This is a fresh independent test set, to be scored ONCE, on the code at the
# end of session 16, as the "before" of session 17's rounds, and never used to
# tune the detector.  Every template is used: ``--split blind38``.
#
# Conventions (those of blind37, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b38_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# Order pairs and connectives: "after graduating ..., joined", arrested "and
# charged", launched/commissioned, "last game ..., before the stadium was
# demolished", diagnosed/"died of the disease" (two sentences), "following
# the resignation ..., named ... his successor", final stage/"signed into
# law", "shortlisted ..., went on to take it", born/baptised, "having
# completed his seminary training ..., was ordained", founded/floated,
# married/divorced (two sentences), "only after ... did parliament pass",
# admitted/discharged, "who was convicted ..., was sentenced", "having
# beaten ... in the semi-final ..., lost the final", "went on trial ... for
# the killing ... in", formed/"came ashore", recorded/released, "the
# ceasefire signed ... ended a war that had broken out", "ratified ...,
# after it had been signed", engaged/married, "finished writing ...; it was
# published", enrolled/graduated, appointed/sacked (two sentences), "once
# ... had made its first flight ..., regulators were able to certify it".
# Restated templates are ``b38_restated_same_*`` (one head word twice:
# derailment, lockout, coronation, hijacking, merger, eruption, premiere,
# referendum, collapse, heist, explosion, knighthood, famine, hunger strike,
# debut, capsizing, groundbreaking, ceasefire, graduation, exhumation,
# relegation, sinking) or ``b38_restated_diff_*`` (referred back in other
# words: verb against noun -- retired/retirement, born/birth, elected/
# victory, kidnapped/abduction, invaded/invasion, discovered/find, executed/
# execution, abolished/abolition, fell/fall, "found not guilty"/verdict,
# wed/marriage --, synonyms -- tornado/twister, fire/blaze, "seized power"/
# putsch, "listed its shares"/"market debut", "first flew"/"maiden flight",
# "failed"/breach --, a pronoun ("it was unveiled"), a quote ("when we opened
# the doors on"), an apposition ("the swimmer who crossed the strait on" /
# "her crossing"), demonstratives ("that ruling", "that title", "that
# maiden flight"), a possessive ("the company's market debut") and a
# relative clause ("the breach, which occurred on")); which side gets the
# earlier date is drawn at random; events that last (a lockout, a famine, a
# hunger strike) are dated at least two calendar years apart
# (``gap=(2, 12)``).
# Duration phrasings: "born on ..., died on ... aged N", "is celebrating N
# years in business", "after N weeks on the picket line", "N days into her
# trek", "the siege ... lasted N months, from ... to", "has now carried
# traffic for N years", "having served N years", "closed N years ago, on"
# (number words), "marked half a century together", "is now in its Nth
# year", "treated patients for N years before closing", "lasted a
# fortnight", "held the ... record for a decade", "ran for N years, from
# ... until", "after a quarantine of N days", "after N months in office",
# "celebrated their centenary", "the trial ... lasted N weeks", "spent N
# days adrift", "was N when he was first elected", "took N years, from the
# laying of the foundation stone ... to its consecration", "fell for N
# months without a break", "has been shut for N years, since", "it is N
# years since", "has led ... for N months, since her appointment in", "after
# N days in captivity", "in service for N years, from her maiden voyage",
# "N months after its launch", "a lay-off of N weeks", "the N-year-old
# lighthouse, first lit in", "the defendant, R, N, ... whose date of birth
# was given ... as", "N years after the pit disaster of".  Like blind37, the
# set has no near-miss or clean (conflict-free) templates: every template
# must be a real conflict of its kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it (weekday templates with
# such a format mark the bare year ``{D:Y}`` inside the same span).  Extra
# relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "twenty-one days ago").  Counts: 24 weekday_mismatch, 24 impossible_date,
# 44 restated_event (22 same, 22 diff), 26 order_violation, 26
# publication_anachronism (15 dated after publication, 11 relative
# expressions pinned far from it), 32 duration_arithmetic (176 in all).
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
                           "twenty-one days ago"})


FIRST_F = ["Marguerite", "Ottilie", "Ingrid", "Cordelia", "Philippa", "Henrietta", "Ysolde", "Clementine"]
FIRST_M = ["Ambrose", "Lucian", "Fergus", "Cornelius", "Desmond", "Percival"]
LAST = ["Farquharson", "Oyelaran-Booth", "Lindqvist", "Drummond-Hale", "Pettigrew", "Wojcikowski", "Ashdown",
        "Kilbride", "Mensah-Hart", "Penhaligon", "Blackthorne", "Ibarra-Wells", "Vandersloot", "Coutts-Amadi"]
TOWNS = ["Wrexcombe", "Port Ellery", "Brindlemoor", "Calderwick", "Upper Tarrow", "Hollinsby", "Ravensholt",
         "Millbrook Heath", "Skelmerdale Ferry", "Quarrendon"]
FIRMS = ["Corvid Aerospace", "Halliwell Brewing", "Stanmoor Steel", "Gannet Freight", "Lumen Therapeutics",
         "Orchard & Pike", "Redwater Utilities", "Kestrel Analytics"]
NATIONS = ["Morvania", "Kelsaria", "Ostrand", "Belvoria", "Tarquesa", "Lunaria"]
CLUBS = ["Wrexcombe Athletic", "Port Ellery Wanderers", "Brindlemoor City", "Calderwick Harriers",
         "Hollinsby Rangers", "Ravensholt Thistle"]
STORMS = ["Hurricane Rosamund", "Typhoon Akemi", "Cyclone Bartholomew", "Storm Winifred", "Hurricane Leontyne"]
SHIPS = ["the ferry Spirit of Hollinsby", "the trawler Calder Maid", "MV Amber Plover", "the freighter Tarrow Crest"]
PEAKS = ["Mount Ostrander", "the Grauhorn", "Mount Kelvedon", "Ben Ardrossach"]
UNIVERSITIES = ["Port Ellery University", "the University of Brindlemoor", "Calderwick Institute of Technology",
                "Ravensholt College of Music"]
RIVERS = ["the River Tarrow", "the River Ellen", "the Quarren", "the River Hollin"]
HOSPITALS = ["Port Ellery General Hospital", "St Aldhelm's Hospital", "the Brindlemoor Royal Infirmary",
             "Wrexcombe Cottage Hospital"]
VENUES = ["the Empire Hall at Calderwick", "the Exchange Playhouse", "the Winter Garden Theatre",
          "the Harbourside Concert Rooms"]
PARTIES = ["the Smallholders' Union", "the Democratic Renewal Front", "the Green Commonwealth Party",
           "the National Progress Party"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND38_TEMPLATES = new_templates()
_t = registrar("b38_", BLIND38_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_sentencing", W, ["{R} was sentenced at {T} Crown Court on [[{WD}, {D:B}]] to four years for "
                             "the fraud."])
_t("weekday_kickoff", W, ["{C} beat {C2} 3-1 at home on [[{WD}, {D:F}]], their first league win in "
                          "eleven matches."])
_t("weekday_obit_funeral", W, ["{P}'s funeral was held at the parish church in {T} at 11 a.m. on "
                               "[[{WD}, {D:BO}]]."])
_t("weekday_wire_ap", W, ["{T} -- Police said the blaze broke out shortly before 2 a.m. [[{WD} ({D:AP})]] in a "
                          "warehouse near the docks."], ap=True)
_t("weekday_opening_night", W, ["The revival opened at {O} on [[{WD} {D:B}]] and ran for six weeks."])
_t("weekday_board_vote", W, ["Directors of {F} voted on [[{WD}, {D:F}]] to approve the rights issue."])
_t("weekday_rail_closure", W, ["The line between {T} and {T2} closed to passengers after the last train on "
                               "[[{WD} {D:BO}]]."])
_t("weekday_hospital_discharge", W, ["{Q} was discharged from {X} on [[{WD}]], [[{D:ORD}]], three weeks after "
                                     "the collision."])
_t("weekday_iso_log", W, ["The harbour log records the storm surge peaking at 04:10 on [[{WD} {D:ISO}]]."])
_t("weekday_treaty_signing", W, ["Envoys of {N} and {N2} signed the fisheries accord on [[{WD}, {D:F}]] in the "
                                 "capital of {N2}."])
_t("weekday_verdict_jury", W, ["The jury retired at noon and returned its verdict on the afternoon of "
                               "[[{WD}, {D:SH}]]."])
_t("weekday_marathon", W, ["More than 4,000 runners started the {T} marathon on [[{WD}, {D:FO}]] in light rain."])
_t("weekday_flood_peak", W, ["{K} burst its banks at {T} on [[{WD}, {D:B}]], flooding two hundred homes."])
_t("weekday_strike_ballot", W, ["The result of the strike ballot at {F} was announced on [[{WD}, {D:AP}]]."],
   ap=True)
_t("weekday_launch_ship", W, ["{V} was launched from the yard at {T} on [[{WD}, {D:ORDNY}, {D:Y}]]."])
_t("weekday_exhibition", W, ["The retrospective of {R}'s prints closes at the civic gallery on "
                             "[[{WD}, {D:F}]]."])
_t("weekday_election_day", W, ["Voters in {N} went to the polls on [[{WD}, {D:BO}]], and {J} won a narrow "
                               "majority."])
_t("weekday_summit_ascent", W, ["The pair reached the top of {M} just after dawn on [[{WD}, {D:B}]]."])
_t("weekday_court_listing", W, ["The appeal is listed for hearing at the Court of Appeal on "
                                "[[{WD} {D:DOT}]]."])
_t("weekday_plant_closure", W, ["The last shift clocked off at the {F} plant in {T} on [[{WD}, {D:F}]], "
                                "ending a century of manufacturing there."])
_t("weekday_cup_final", W, ["The final, on [[{WD}, {D:FO}]], ended goalless and {C} won on penalties."])
_t("weekday_inquiry_opens", W, ["The public inquiry into the collapse opened in {T} on [[{WD}, {D:BO}]] "
                                "under {Q}."])
_t("weekday_concert", W, ["{U}'s orchestra gave the premiere of the symphony on [[{WD} evening, {D:F}]]."])
_t("weekday_wedding", W, ["The couple married at the register office in {T} on [[{WD}, {D:SH}]] before "
                          "forty guests."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_bail", I, ["{R} was granted bail on [[{D:F}]] and ordered to surrender his passport."])
_t("impossible_obit_born", I, ["{P} was born in {T} on [[{D:BO}]], the youngest of seven children."])
_t("impossible_contract", I, ["The contract, signed on [[{D:B}]], ran for five years."])
_t("impossible_iso_filing", I, ["The accounts of {F} were filed at the registry on [[{D:ISO}]]."])
_t("impossible_dot_memo", I, ["A memo dated [[{D:DOT}]] warned the board about the cash shortfall."])
_t("impossible_yearless_festival", I, ["The festival has been held in {T} every year on [[{D:MD}]] since the "
                                      "town's charter."])
_t("impossible_ordinal_words", I, ["The covenant takes effect on [[{D:OW}]] each year, according to the deeds."])
_t("impossible_ap_wire", I, ["{T} (AP) -- The {F} mine was sealed on [[{D:AP}]] after a gas explosion."])
_t("impossible_ship_sank", I, ["{V} sank off {T} on [[{D:FO}]] with the loss of nine crew."])
_t("impossible_treaty", I, ["The treaty between {N} and {N2} was ratified on [[{D:ORD}]]."])
_t("impossible_match", I, ["{C} clinched the title at {C2} on [[{D:SH}]]."])
_t("impossible_death", I, ["{R} died at {X} on [[{D:F}]] after a short illness."])
_t("impossible_opening", I, ["The bridge over {K} opened to traffic on [[{D:B}]]."])
_t("impossible_yearless_deadline", I, ["Applications must reach the council by [[{D:DM}]] every year."])
_t("impossible_hospital", I, ["{X} admitted its first patients on [[{D:BO}]]."])
_t("impossible_storm", I, ["{H} made landfall near {T} on [[{D:F}]]."])
_t("impossible_verdict", I, ["The verdict was delivered at {T} Crown Court on [[{D:ORD}]]."])
_t("impossible_patent", I, ["The patent, granted on [[{D:AP}]], covered the valve design."])
_t("impossible_record", I, ["{P} set the national record on [[{D:FO}]] at the stadium in {T}."])
_t("impossible_yearless_saint", I, ["The feast of the town's patron falls on [[{D:ORDNY}]], when the bells "
                                   "are rung."])
_t("impossible_premiere", I, ["The opera had its premiere at {O} on [[{D:B}]]."])
_t("impossible_shortmd", I, ["Under the by-law, rents fall due on [[{D:SHMD}]] each year."])
_t("impossible_election", I, ["{N} held its first free election on [[{D:SH}]]."])
_t("impossible_inquest", I, ["An inquest heard that {Q} was last seen alive on [[{D:DOT}]]."])

# --- restated_event -----------------------------------------------------------
RS = "restated_event"
# one head word twice
_t("restated_same_derailment", RS, ["The derailment outside {T} on [[{A:F}]] killed three passengers.",
                                    "Investigators said the derailment of [[{B:F}]] was caused by a cracked "
                                    "rail."])
_t("restated_same_lockout", RS, ["{F} began a lockout of its warehouse staff in [[{A:MY}]].",
                                 "The lockout, which began in [[{B:MY}]], ended only when the union "
                                 "conceded."], gap=(2, 12))
_t("restated_same_coronation", RS, ["The coronation of the young king of {N} took place on [[{A:B}]].",
                                    "Foreign dignitaries who attended the coronation on [[{B:B}]] included "
                                    "{R}."])
_t("restated_same_hijacking", RS, ["The hijacking of {V} began on [[{A:BO}]] off the coast of {N}.",
                                   "Relatives of the crew still mark the anniversary of the hijacking, "
                                   "[[{B:BO}]]."])
_t("restated_same_merger", RS, ["The merger of {F} and {F2} was completed on [[{A:F}]].",
                                "Since that merger, completed on [[{B:FO}]], the combined group has cut "
                                "two thousand jobs."])
_t("restated_same_eruption", RS, ["The eruption of {M} on [[{A:AP}]] buried three villages.",
                                  "Survivors of the eruption of [[{B:AP}]] were resettled in {T}."])
_t("restated_same_premiere", RS, ["The premiere of {R}'s opera was given at {O} on [[{A:B}]].",
                                  "Critics at that premiere, on [[{B:DM}]], were largely hostile."], sy=True)
_t("restated_same_referendum", RS, ["{N} held its independence referendum on [[{A:F}]].",
                                    "Turnout in the referendum of [[{B:MD}]] was 81 per cent."], sy=True)
_t("restated_same_collapse", RS, ["The roof of the {T} ice rink fell in on the night of [[{A:B}]], a collapse "
                                  "that injured eleven skaters.",
                                  "An engineer's report into the collapse, which happened on [[{B:B}]], "
                                  "blamed snow loading."])
_t("restated_same_heist", RS, ["Gold bars worth millions were taken in the heist at {F}'s depot on "
                               "[[{A:FO}]].",
                               "Nobody has been convicted over the heist of [[{B:FO}]]."])
_t("restated_same_explosion", RS, ["An explosion at the {F} refinery on [[{A:ISO}]] was heard twenty miles "
                                   "away.",
                                   "The refinery's owners paid compensation to families affected by the [[{B:ISO}]] "
                                   "explosion."])
_t("restated_same_knighthood", RS, ["{R} received his knighthood on [[{A:B}]] for services to engineering.",
                                    "Friends said the knighthood, conferred on [[{B:B}]], had surprised "
                                    "him."])
_t("restated_same_famine", RS, ["The famine in northern {N} began in [[{A:Y}]] after three failed "
                                "harvests.",
                                "Historians estimate the famine, which started in [[{B:Y}]], killed a "
                                "tenth of the province."], gap=(2, 12))
_t("restated_same_strike_hunger", RS, ["{Q} began her hunger strike in prison on [[{A:F}]].",
                                       "She ended the hunger strike, begun on [[{B:F}]], after forty "
                                       "days."], gap=(2, 12))
_t("restated_same_debut_test", RS, ["{R} made his Test debut for {N} on [[{A:BO}]].",
                                    "He took five wickets on that debut, on [[{B:BO}]]."])
_t("restated_same_capsizing", RS, ["The capsizing of {V} in {K} estuary on [[{A:SH}]] left two dead.",
                                   "A court later ruled the capsizing of [[{B:SH}]] was due to overloading."])
_t("restated_same_groundbreaking", RS, ["The groundbreaking for {X}'s new wing took place on [[{A:F}]].",
                                        "Architects present at the groundbreaking, on [[{B:F}]], said the "
                                        "design would take years."])
_t("restated_same_ceasefire", RS, ["A ceasefire between {N} and {N2} came into force at midnight on "
                                   "[[{A:B}]].",
                                   "Monitors said the ceasefire, in force since [[{B:B}]], had largely "
                                   "held."])
_t("restated_same_graduation", RS, ["{P} collected her doctorate at {U}'s graduation ceremony on "
                                    "[[{A:ORD}]].",
                                    "Her mother, who had flown in for the graduation on [[{B:ORD}]], died "
                                    "weeks later."])
_t("restated_same_exhumation", RS, ["The exhumation of {R}'s remains in {T} was carried out on [[{A:F}]].",
                                    "DNA from the exhumation, performed on [[{B:APMD}]], confirmed his "
                                    "identity."], sy=True)
_t("restated_same_relegation", RS, ["{C} were relegated on [[{A:BO}]] after a 4-0 defeat by {C2}.",
                                    "Their relegation, sealed on [[{B:BO}]], cost the manager his job."])
_t("restated_same_sinking", RS, ["The sinking of {V} off {T} on [[{A:FO}]] remains the port's worst "
                                 "disaster.",
                                 "Divers reached the wreck decades after the sinking of [[{B:FO}]]."])
# referred back in other words
_t("restated_diff_retired", RS, ["{P} retired from the bench on [[{A:F}]] after twenty-two years as a judge.",
                                 "Tributes were paid at a dinner marking her retirement, which took effect "
                                 "on [[{B:F}]]."])
_t("restated_diff_born_birth", RS, ["The giant panda cub was born at {T} zoo on [[{A:B}]].",
                                    "Keepers filmed the birth, on [[{B:B}]], through a hidden camera."])
_t("restated_diff_elected_victory", RS, ["{Q} was elected mayor of {T} on [[{A:BO}]].",
                                         "Her victory on [[{B:BO}]] made her the city's first woman "
                                         "mayor."])
_t("restated_diff_kidnap_abduction", RS, ["{R} was kidnapped outside his home in {T} on [[{A:F}]].",
                                          "Police have never identified the gang behind the abduction, which "
                                          "took place on [[{B:F}]]."])
_t("restated_diff_pronoun_it", RS, ["{F} unveiled its first electric lorry at the motor show on [[{A:SH}]].",
                                    "Orders poured in after it was unveiled on [[{B:SH}]], the company "
                                    "said."])
_t("restated_diff_tornado_twister", RS, ["A tornado tore through {T} on [[{A:AP}]], flattening the high "
                                         "school.",
                                         "Insurers paid out for years after the twister of [[{B:AP}]]."])
_t("restated_diff_quote_opened", RS, ["{X} opened its cancer unit on [[{A:F}]].",
                                      "\"When we opened the doors on [[{B:F}]], we had two nurses,\" said "
                                      "{Q}."])
_t("restated_diff_apposition", RS, ["{P}, the swimmer who crossed the strait on [[{A:BO}]], has died aged 88.",
                                    "Her crossing, completed on [[{B:BO}]], took fourteen hours."])
_t("restated_diff_demonstrative_ruling", RS, ["The supreme court of {N} struck down the press law on "
                                              "[[{A:B}]].",
                                              "That ruling, handed down on [[{B:B}]], is still cited by "
                                              "editors."])
_t("restated_diff_acquitted_acquittal_verdict", RS, ["A jury found {R} not guilty of murder on [[{A:F}]].",
                                                     "After the verdict on [[{B:MD}]], he left court by a side "
                                                     "door."], sy=True)
_t("restated_diff_wed_marriage", RS, ["{P} and {R} were wed at {T} cathedral on [[{A:BO}]].",
                                      "Their marriage, solemnised on [[{B:BO}]], produced five children."])
_t("restated_diff_relative_clause", RS, ["The dam on {K} failed on [[{A:F}]].",
                                         "The flood that followed the breach, which occurred on [[{B:F}]], "
                                         "swept away the lower town."])
_t("restated_diff_possessive", RS, ["{F} listed its shares on the {T2} stock exchange on [[{A:AP}]].",
                                    "The stock has halved since the company's market debut on [[{B:AP}]]."])
_t("restated_diff_invaded_invasion", RS, ["{N} invaded its neighbour {N2} on [[{A:B}]].",
                                          "The invasion, launched on [[{B:B}]], was condemned by the "
                                          "assembly."])
_t("restated_diff_fire_blaze", RS, ["Fire gutted {O} on [[{A:FO}]].",
                                    "The theatre reopened years after the blaze of [[{B:FO}]]."])
_t("restated_diff_discovered_find", RS, ["Metal detectorists discovered the hoard of Roman coins near {T} on "
                                         "[[{A:F}]].",
                                         "The find, made on [[{B:F}]], is now in the county museum."])
_t("restated_diff_executed_execution", RS, ["{R} was executed in the prison yard at {T} on [[{A:ORD}]].",
                                            "Campaigners have sought a pardon ever since his execution on "
                                            "[[{B:ORD}]]."])
_t("restated_diff_maiden_flight", RS, ["The {F} prototype first flew on [[{A:B}]] from the airfield at {T}.",
                                       "Test pilot {R} was at the controls for that maiden flight on "
                                       "[[{B:B}]]."])
_t("restated_diff_seized_coup", RS, ["Army officers seized power in {N} on [[{A:F}]].",
                                     "The putsch of [[{B:F}]] was the country's third in a decade."])
_t("restated_diff_won_title", RS, ["{C} won their first league championship on [[{A:BO}]] with a draw at {C2}.",
                                   "That title, clinched on [[{B:BO}]], is commemorated by a statue outside "
                                   "the ground."])
_t("restated_diff_fell_injury_fall", RS, ["{Q} fell from scaffolding at the {F} site on [[{A:SH}]].",
                                          "The fall, on [[{B:SH}]], left her paralysed, the tribunal heard."])
_t("restated_diff_abolished_abolition", RS, ["{N} abolished the death penalty on [[{A:F}]].",
                                             "Since abolition on [[{B:F}]], no government has tried to restore "
                                             "it."])

# --- order_violation ----------------------------------------------------------
OV = "order_violation"
_t("order_graduated_joined", OV, ["After graduating from {U} in [[{E:Y}]], {P} joined the diplomatic service in "
                                  "[[{L:Y}]]."])
_t("order_arrested_charged", OV, ["{R} was arrested at his home in {T} on [[{E:F}]] and charged with the "
                                  "robbery on [[{L:F}]]."])
_t("order_launched_commissioned", OV, ["{V} was launched at {T} in [[{E:MY}]] and commissioned into service in "
                                       "[[{L:MY}]]."])
_t("order_last_match_demolished", OV, ["{C} played their last game at the old ground on [[{E:B}]], before the "
                                       "stadium was demolished on [[{L:B}]]."])
_t("order_diagnosed_died", OV, ["{P} was diagnosed with leukaemia in [[{E:MY}]].",
                                "She died of the disease at {X} on [[{L:F}]]."])
_t("order_resignation_successor", OV, ["Following the resignation of {R} on [[{E:BO}]], the board named {Q} as "
                                       "his successor on [[{L:BO}]]."])
_t("order_reading_assent", OV, ["The bill cleared its final parliamentary stage on [[{E:F}]] and was signed into "
                                "law on [[{L:F}]]."])
_t("order_nominated_won", OV, ["Shortlisted for the prize on [[{E:AP}]], the novel went on to take it on "
                               "[[{L:AP}]]."])
_t("order_born_baptised", OV, ["{R} was born at the family farm near {T} on [[{E:B}]] and baptised in the "
                               "village church on [[{L:B}]]."])
_t("order_ordained", OV, ["Having completed his seminary training in [[{E:Y}]], {R} was ordained a priest "
                          "in [[{L:Y}]]."])
_t("order_founded_floated", OV, ["{F} was founded in a garage in {T} in [[{E:Y}]] and floated on the stock "
                                 "exchange in [[{L:Y}]]."])
_t("order_married_divorced", OV, ["{P} and {R} married on [[{E:F}]].",
                                  "The couple divorced on [[{L:F}]], court records show."])
_t("order_referendum_law", OV, ["Only after voters backed the change in a referendum on [[{E:BO}]] did "
                                "parliament pass the enabling act, on [[{L:BO}]]."])
_t("order_admitted_discharged", OV, ["{Q} was admitted to {X} on [[{E:F}]] and discharged on [[{L:MD}]]."],
   sy=True)
_t("order_convicted_sentenced", OV, ["{R}, who was convicted on [[{E:B}]], was sentenced on [[{L:DM}]] to six "
                                     "years."], sy=True)
_t("order_semi_final", OV, ["Having beaten {C2} in the semi-final on [[{E:F}]], {C} lost the final on "
                            "[[{L:F}]]."])
_t("order_trial_killing", OV, ["{R} went on trial in [[{L:MY}]] for the killing of a shopkeeper in {T} in "
                               "[[{E:MY}]]."])
_t("order_storm_formed", OV, ["{H} formed over open water on [[{E:FO}]] and came ashore near {T} on "
                              "[[{L:FO}]]."])
_t("order_recorded_released", OV, ["The album was recorded at a studio in {T} in [[{E:MY}]] and released in "
                                   "[[{L:MY}]]."])
_t("order_ceasefire_war", OV, ["The ceasefire signed on [[{L:B}]] ended a war that had broken out between {N} "
                               "and {N2} on [[{E:B}]]."])
_t("order_signed_ratified", OV, ["The treaty was ratified by parliament on [[{L:F}]], after it had been signed "
                                 "by both governments on [[{E:F}]]."])
_t("order_engaged_married", OV, ["{Q} and {R} became engaged in [[{E:MY}]] and were married in {T} in "
                                 "[[{L:MY}]]."])
_t("order_written_published", OV, ["{P} finished writing the memoir in [[{E:Y}]]; it was published in "
                                   "[[{L:Y}]]."])
_t("order_enrolled_graduated", OV, ["{Q} enrolled at {U} in [[{E:SHMY}]] and graduated with a first in "
                                    "[[{L:SHMY}]]."])
_t("order_hired_fired", OV, ["{C} appointed {R} as manager on [[{E:SH}]].",
                             "He was sacked on [[{L:SH}]] after a run of eight defeats."])
_t("order_first_flight_certified", OV, ["Once the airliner had made its first flight, on [[{E:ISO}]], "
                                        "regulators were able to certify it; they did so on [[{L:ISO}]]."])

# --- publication_anachronism ----------------------------------------------------
PA = "publication_anachronism"
_t("anachronism_obit_died", PA, ["{P} died at her home in {T} on [[{D:F}]], her family said."])
_t("anachronism_terminal", PA, ["The new terminal at {T} airport opened to passengers on [[{D:B}]]."])
_t("anachronism_takeover", PA, ["{F} was bought by {F2} in [[{D:MY}]] for an undisclosed sum."])
_t("anachronism_shares", PA, ["Shares in {F} fell 12 per cent on [[{D:AP}]] after a profit warning."])
_t("anachronism_promoted", PA, ["{C} won promotion at the end of the [[{D:Y}]] season."])
_t("anachronism_sworn_in", PA, ["{Q} was sworn in as president of {N} on [[{D:BO}]]."])
_t("anachronism_storm", PA, ["{H} killed dozens when it struck {T} on [[{D:FO}]]."])
_t("anachronism_tribunal", PA, ["The tribunal ruled on [[{D:ORD}]] that {Q}'s dismissal was unfair."])
_t("anachronism_inflation", PA, ["Figures published on [[{D:ISO}]] showed inflation running at 4 per cent."])
_t("anachronism_first_case", PA, ["{X} treated its first case of the new strain on [[{D:SH}]]."])
_t("anachronism_tour", PA, ["{U}'s orchestra toured {N} in [[{D:MID}]] to warm reviews."])
_t("anachronism_line_opened", PA, ["Trains began running on the new line to {T2} in [[{D:LATE}]]."])
_t("anachronism_prize", PA, ["{R}'s debut novel won the national book prize in [[{D:APMY}]]."])
_t("anachronism_landslide", PA, ["A landslide closed the pass below {M} on [[{D:DOT}]]."])
_t("anachronism_retired", PA, ["{P} retired from international athletics in [[{D:EARLY}]]."])
_t("anachronism_verdict_yesterday", PA, ["The jury at {T} Crown Court returned its verdict [[yesterday]], "
                                         "[[{D:F}]]."], rel="yesterday")
_t("anachronism_police_last_night", PA, ["Police were called to a flat in {T} [[last night]] ([[{D:B}]]) after "
                                         "reports of a disturbance."], rel="last night")
_t("anachronism_statement_this_morning", PA, ["{F} announced [[this morning]], [[{D:BO}]], that it would close "
                                              "the {T} depot."], rel="this morning")
_t("anachronism_flood_earlier_week", PA, ["Floodwater from {K} reached the centre of {T} [[earlier this week]], "
                                          "on [[{D:AP}]]."], rel="earlier this week")
_t("anachronism_byelection_weekend", PA, ["Voters in {T} elected {Q} to the council [[last weekend]], on "
                                          "[[{D:FO}]]."], rel="last weekend")
_t("anachronism_festival_last_month", PA, ["The folk festival in {T}, held [[last month]] in [[{D:MY}]], drew "
                                           "record crowds."], rel="last month")
_t("anachronism_opened_last_year", PA, ["{X}, which opened [[last year]], in [[{D:Y}]], has already run out of "
                                        "beds."], rel="last year")
_t("anachronism_released_21_days", PA, ["{R} was released from prison [[twenty-one days ago]], on [[{D:B}]], "
                                        "and has since been recalled."], rel="twenty-one days ago")
_t("anachronism_minister_earlier_year", PA, ["The transport minister resigned [[earlier this year]], in "
                                             "[[{D:MY}]], over the rail contract."], rel="earlier this year")
_t("anachronism_abandoned_afternoon", PA, ["The match between {C} and {C2} was abandoned [[this afternoon]] "
                                           "([[{D:F}]]) because of a waterlogged pitch."], rel="this afternoon")
_t("anachronism_twins_fortnight", PA, ["{Q} gave birth to twins at {X} [[a fortnight ago]], on [[{D:F}]]."],
   rel="a fortnight ago")

# --- duration_arithmetic --------------------------------------------------------
DA = "duration_arithmetic"
Y365 = 365
_t("duration_obit_aged", DA, ["{R}, who was born on [[{S:F}]], died on [[{E:F}]] aged [[{NUM}]]."],
   unit="years", span=(20 * Y365, 95 * Y365), yr=(1900, 1935))
_t("duration_firm_celebrating", DA, ["{F}, founded in {T} in [[{S:Y}]], is celebrating [[{NUM} years]] in "
                                     "business."], unit="years")
_t("duration_strike_weeks", DA, ["The strike at {F} began on [[{S:B}]] and ended on [[{E:B}]], after "
                                 "[[{NUM} weeks]] on the picket line."], unit="weeks", span=(30, 400),
   yr=(1950, 2010), top=200)
_t("duration_trek_days", DA, ["{Q} set out from the coast on [[{S:F}]] and reached the pole on [[{E:F}]], "
                              "[[{NUM} days]] into her trek."], unit="days", span=(20, 90), yr=(1950, 2010))
_t("duration_siege_months", DA, ["The siege of {T} lasted [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."],
   unit="months", span=(60, 900), yr=(1900, 2000))
_t("duration_bridge_carried", DA, ["The bridge over {K}, opened in [[{S:Y}]], has now carried traffic for "
                                   "[[{NUM} years]]."], unit="years")
_t("duration_life_sentence", DA, ["{R} was jailed for life on [[{S:B}]] and freed on licence on [[{E:B}]], "
                                  "having served [[{NUM} years]]."], unit="years", span=(3 * Y365, 30 * Y365),
   yr=(1930, 1985))
_t("duration_mine_closed_ago", DA, ["The last pit in {T} closed [[{NUM} years ago]], on [[{S:BO}]]."],
   unit="years", words=True, yr=(1975, 2012))
_t("duration_half_century", DA, ["{P} and {R}, who married on [[{S:F}]], marked [[half a century]] together "
                                 "with a party on [[{E:F}]]."], unit="years", span=(25 * Y365, 40 * Y365),
   yr=(1920, 1975), fixed=(50, "half a century"))
_t("duration_anniversary_ordinal", DA, ["The {T} regatta, first staged in [[{S:Y}]], is now in its "
                                        "[[{NUM}]] year."], unit="years", ordinal=True)
_t("duration_hospital_served", DA, ["{X} treated patients for [[{NUM} years]] before closing its doors on "
                                    "[[{E:F}]]; it had opened on [[{S:F}]]."], unit="years",
   span=(10 * Y365, 90 * Y365), yr=(1900, 1990))
_t("duration_fortnight_talks", DA, ["The talks, which ran from [[{S:F}]] to [[{E:F}]], lasted "
                                    "[[a fortnight]]."], unit="days", span=(40, 120), yr=(1950, 2012),
   fixed=(14, "a fortnight"))
_t("duration_decade_record", DA, ["{R} held the national mile record for [[a decade]], from [[{S:F}]] until "
                                  "it was broken on [[{E:F}]]."], unit="years", span=(25 * Y365, 40 * Y365),
   yr=(1900, 1970), fixed=(10, "a decade"))
_t("duration_ferry_ran", DA, ["The ferry service between {T} and {T2} ran for [[{NUM} years]], from "
                              "[[{S:Y}]] until [[{E:Y}]]."], unit="years", span=(10 * Y365, 60 * Y365),
   yr=(1900, 1990))
_t("duration_quarantine_days", DA, ["The ward at {X} was sealed off on [[{S:B}]] and reopened on [[{E:B}]], "
                                    "after a quarantine of [[{NUM} days]]."], unit="days", span=(10, 60),
   yr=(1950, 2012))
_t("duration_months_office", DA, ["{Q}, who was appointed on [[{S:F}]], stepped down on [[{E:F}]] after "
                                  "[[{NUM} months]] in office."], unit="months", span=(200, 2000),
   yr=(1950, 2005), top=200)
_t("duration_centenary_club", DA, ["{C}, founded on [[{S:B}]], celebrated their [[centenary]] with a "
                                   "gala match on [[{E:B}]]."], unit="years", span=(30 * Y365, 70 * Y365),
   yr=(1900, 1945), fixed=(100, "centenary"))
_t("duration_trial_weeks", DA, ["The trial, which opened on [[{S:F}]] and ended with the verdict on "
                                "[[{E:F}]], lasted [[{NUM} weeks]]."], unit="weeks", span=(14, 250),
   yr=(1950, 2012), top=150)
_t("duration_adrift_days", DA, ["{P} spent [[{NUM} days]] adrift after the trawler went down on [[{S:F}]], "
                                "before a tanker picked her up on [[{E:F}]]."], unit="days", span=(5, 60),
   yr=(1950, 2012))
_t("duration_age_elected", DA, ["{R}, born on [[{S:B}]], was [[{NUM}]] when he was first elected to the "
                                "assembly on [[{E:B}]]."], unit="years", span=(25 * Y365, 70 * Y365),
   yr=(1900, 1940), min=21)
_t("duration_cathedral_built", DA, ["Work on the cathedral took [[{NUM} years]], from the laying of the "
                                    "foundation stone in [[{S:Y}]] to its consecration in [[{E:Y}]]."],
   unit="years", span=(20 * Y365, 80 * Y365), yr=(1900, 1930))
_t("duration_reservoir_months", DA, ["Reservoir levels fell for [[{NUM} months]] without a break, from "
                                     "[[{S:APMY}]] to [[{E:APMY}]], the water board said."], unit="months",
   span=(200, 700), yr=(1950, 2012))
_t("duration_museum_closed_since", DA, ["The maritime museum in {T} has been shut for [[{NUM} years]], since "
                                        "[[{S:F}]]."], unit="years", yr=(1960, 2010))
_t("duration_tram_since", DA, ["It is [[{NUM} years]] since the last tram ran in {T}, on [[{S:BO}]]."],
   unit="years", yr=(1920, 2005))
_t("duration_ceo_months", DA, ["{Q} has led {F} for [[{NUM} months]], since her appointment in "
                               "[[{S:MY}]]."], unit="months", yr=(1995, 2012), top=400)
_t("duration_hostages_days", DA, ["The hostages, seized on [[{S:F}]], were freed on [[{E:F}]] after "
                                  "[[{NUM} days]] in captivity."], unit="days", span=(30, 400),
   yr=(1950, 2012), top=900)
_t("duration_ship_service", DA, ["{V} was in service for [[{NUM} years]], from her maiden voyage on "
                                 "[[{S:B}]] until she was broken up on [[{E:B}]]."], unit="years",
   span=(8 * Y365, 45 * Y365), yr=(1900, 1970))
_t("duration_probe_months", DA, ["The probe entered orbit on [[{E:F}]], [[{NUM} months]] after its launch on "
                                 "[[{S:F}]]."], unit="months", span=(100, 3000), yr=(1960, 2005), top=150)
_t("duration_injury_weeks", DA, ["{P} was injured on [[{S:F}]] and returned to the {C} side on [[{E:F}]], "
                                 "a lay-off of [[{NUM} weeks]]."], unit="weeks", span=(20, 300),
   yr=(1960, 2012), top=100)
_t("duration_lighthouse_old", DA, ["The [[{NUM}-year-old]] lighthouse at {T}, first lit in [[{S:Y}]], is to "
                                   "be automated."], unit="years", yr=(1900, 1990))
_t("duration_defendant_age", DA, ["The defendant, {R}, [[{NUM}]], of {T}, whose date of birth was given in "
                                  "court as [[{S:B}]], denied the charge."], unit="years", yr=(1930, 1995),
   min=18)
_t("duration_memorial_years_after", DA, ["Survivors gathered on [[{E:F}]], [[{NUM} years]] after the pit "
                                         "disaster of [[{S:F}]], to unveil a memorial."], unit="years",
   span=(5 * Y365, 60 * Y365), yr=(1900, 1990))
