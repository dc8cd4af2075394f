"""``blind41``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind41`` templates.  Written on 2026-11-24 (started 12:15:53 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind40's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind41 ... cd1eb7a``:
# cd1eb7a9cbd15d02c192ee81566784b8183f4d0f.
# What was read: lines 1-488 of benchmarks/date_templates_blind40.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its ``# --- weekday_mismatch ---`` section comment, found with ``grep -n``
# on its ``W = "weekday_mismatch"`` line 489, which was not printed; its
# templates were never seen) -- its machinery (lines 166-193 and 218-487)
# was copied with a sed script (``b41_`` names, ``BLIND41_TEMPLATES``,
# "twenty-four days ago" as the new relative anchor instead of "twenty-three
# days ago"), its name lists (lines 194-217) were replaced and none of its
# names, places or phrasings were reused; tests/date_template_checks.py
# (whole file, the shared checks); tests/test_date_templates_independent.py
# (whole file, where the ``blind41`` row was added and the docstring's range
# extended to blind41); in tests/conftest.py the ``load_benchmark`` helper
# (printed with ``grep -n -A11``); in benchmarks/date_conflicts.py only the
# output of ``grep -n "blind40"`` (the import line 95 and the dict entry at
# line 2606), after which one import line and one dict entry were inserted
# with sed and checked with ``grep -n blind41``; in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line (cut to 200 characters), changed with the sed line of
# the brief and shown again with ``grep -n "^FRESH" ... | cut -c1-200``.
# Seen by accident: ``git worktree add`` printed the subject of the base
# commit ("consistency.py review: the written forms of every people noun
# built once at import (_PEOPLE_FORMS), not per reference in two places;
# behaviour_guard 0 differences; consistency splits held_out/blind3/10/11/13
# unchanged"); the FRESH line's trailing comment (see the end of this
# comment).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind41``, which runs no
# detector) and a throwaway script (/tmp/b41_sample.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# This is a fresh independent test set, to be scored ONCE on the code at the
# end of session 18 as the "before" of session 19's rounds, and never used to
# tune the detector.  Every template is used: ``--split blind41``.
#
# Conventions (those of blind40, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b41_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# Weekday phrasings: "was last seen on", "broke out shortly after midnight
# on", "polling stations opened at 7 a.m. on" (AP weekday), "minutes of the
# meeting, dated", "in a letter postmarked", "the last passenger train
# leaving ... at 6.42 p.m. on", "the ship's log ... dropped anchor ... at
# dawn on <weekday> (<ISO>)", "the stamp on the permit reads <dotted>,
# <weekday>", "first floodlit match on <weekday> night", "staff arrived on
# the morning of", "made landfall ... in the small hours of", "court records
# show ... arrested ... on" (AP), "work ... was halted on", "gave birth ...
# on", "the strike ballot closed at noon on", "our correspondent ... cabled
# the news on", "the plaque records ... opened to traffic on", "a newspaper
# photograph dated", "filed for bankruptcy protection in the early hours of"
# (AP), "the quake struck at 4.17 a.m. local time on <ISO> (<weekday>)", "by
# the close of trading on", "installed as headmistress ... at a service held
# on", "the diary entry for", "awarded its first doctorate ... at a ceremony
# on".  Impossible dates: born, contract signed, floodwater reached, first
# edition rolled off the presses, warrant issued, club founded at a meeting,
# registry entry, customs records stamped, yearly memorial gathering,
# national day, closing parade, rent fell due, last tram, canoe crossing,
# royal decree dated, filing deadline, ferry timetable, signed for a club,
# painting delivered, probate granted, observers' first report, deeds, clocks
# go back, county cup final (yearless formats only with impossible days).
# Order pairs and connectives: "enrolled ... and was awarded her degree there
# in", "before founding ... in ..., worked as ..., a job he took in" (the
# second event written first), "after the armistice was signed on ..., the
# troops were demobilised, the last unit returning home on", "got engaged on
# ... and exchanged vows ... on", "was shot on location ... and released in
# cinemas in", "was stolen ... and subsequently recovered in", nominated / "The
# shortlist ... was announced later, in" (two sentences), "by the time the
# factory closed in ..., it had already been sold ..., in" (the second event
# written first), "prior to its listing ... on ..., raised money ... in a round
# that closed on" (the second event written first), "was first proposed in
# ...; construction then began in", "the flood of ... was followed by an
# epidemic of cholera in", "once the licence had been granted on ...,
# drilling started ... on", "trained as a pilot ... and went on to fly ...
# from", "only after the strike ended on ... did the mill reopen, on", "left
# port on <day month year> and docked ... on <day month>" (one year), "polls
# closed ... on ..., and the result was declared on <month day>" (one year),
# "in the wake of the scandal that broke in ..., the chairman ... stepped
# down in", "the first draft ... was finished in ..., and the manuscript was
# sent to publishers in", "the opening of the bypass in ... was preceded by a
# public inquiry held in" (the second event written first), "won a
# scholarship ... in ... and, later that year, in ..., began her studies"
# (one year), "as soon as the embargo was lifted on ..., the first shipments
# ... left ..., on", old ground sold / "Afterwards, in ..., moved to a new
# stadium" (two sentences), "turned professional in ...; until then they had
# been the works team of ..., formed in" (the second event written first),
# "the wooden pier, destroyed by a storm in ..., was replaced ... in",
# "having qualified as a doctor in ..., joined the staff of ... in", "was
# piloted ... in ... before being rolled out nationally in".
# Restated templates are ``b41_restated_same_*`` (one head word twice:
# landslide, avalanche, mutiny, blackout, shipwreck, earthquake, riot,
# stampede (attributive date, "the <date> stampede"), ambush, tsunami,
# assassination attempt, walkout, wildfire, blizzard, recall, boycott, air
# crash, gas leak, dam burst, pile-up (day-month without year, one year),
# bomb scare (month-day without year, one year), bank run) or
# ``b41_restated_diff_*`` (referred back in other words: verb against noun --
# resigned/"her resignation" (possessive), "was acquitted"/"the acquittal",
# "was evacuated"/"the evacuation", abdicated/"his abdication" (possessive),
# "was floated"/"the flotation", "was deported"/"the deportation, carried out
# on", invaded/"the invasion", defected/"his defection" (possessive),
# "went on strike"/"the industrial action that began on" --, noun before verb
# -- "the sinking of"/"the vessel capsized" --, synonyms and bridging --
# christened/"the baptism", water poured into the colliery/"the disaster",
# knighted/"the honour, bestowed on", "was crowned ... champion"/"her title
# win" (possessive), fired/"her sacking", sold/"the sale, completed on",
# rescued/"the rescue" (day-month without year, one year), surrendered/"the
# capitulation" --, a demonstrative ("the stand ... gave way"/"that
# tragedy"), an apposition ("reopened to the public"/"the relaunch, a gala
# evening on"), a relative clause ("was poisoned"/"the poisoning, which
# police say happened on") and a pronoun ("a meteorite crashed through the
# roof"/"said it came down on")); which side gets the earlier date is drawn
# at random; events that last (a blackout, a walkout, a wildfire, a boycott)
# are dated at least two calendar years apart (``gap=(2, 12)``).
# Duration phrasings: "who was born on ..., became the youngest chair of ...
# on ..., aged N", "the N-year lease ..., signed on ..., expired on", "spent
# N years as editor ..., from ... until", "the N-week tour began ... on ...
# and finished ... on", "exactly N years after it first opened its doors on
# ..., ... screened its final film on", "is marking the Nth anniversary of
# its royal charter, granted in", "which ... set up in a garden shed in ...,
# N years ago", "who married on ..., celebrated N years of marriage at a
# party held on", "the N-day festival ran from <day month> to <day month
# year>", "was N when she emigrated ...; she was born there on ... and sailed
# on", "last reached the cup final N years ago, in", "the survey ship spent N
# weeks charting ..., leaving ... on ... and returning on", "the N-month
# restoration ... began on ... and was completed on", "At N, ... is the
# oldest person ever to graduate ...; she was born ... on", "launched in ...,
# has now been in service for N years", "the strike lasted N days, from ...
# to", "taught at ... for N years, joining the staff in ... and leaving in",
# "reopened on ..., N months after it was suspended on", "was a N-year-old
# apprentice when he joined ... on ...; he was born on", "work on the tunnel
# took N years: the first shaft was sunk in ..., and the tunnel opened in",
# "the expedition ... lasted N days, setting out on <month day> and returning
# on <month day, year>", "chaired ... for N years, from its founding on ...
# to her last meeting on" (number words), "installed on ..., stopped on ...
# after N years of keeping time", "emergency repairs ... took N days, from
# ... to", "was closed for N years, between ... and" (number words),
# "admitted its first women students N years ago, in", "was just N when she
# won her first Olympic medal on ...; records give her date of birth as",
# "held the world record for N years: he set it on ..., and it was broken
# on", "the blockade ... lasted N months, from ... until", "played its
# centenary concert on ..., gave its first performance on", "after a decade
# in exile, returned ... on ...; he had fled on", "had been missing for N
# months when her car was found ... on ...; she was last seen on".  Like
# blind40, the set has no near-miss or clean (conflict-free) templates: every
# template must be a real conflict of its kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it (weekday templates with
# such a format mark the bare year ``{D:Y}`` inside the same span).  Extra
# relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "twenty-four days ago").  Counts: 24 weekday_mismatch, 24 impossible_date,
# 44 restated_event (22 same, 22 diff), 26 order_violation, 26
# publication_anachronism (14 dated after publication, 12 relative
# expressions pinned far from it), 32 duration_arithmetic (176 in all).
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set
# (King Ottokar too); none is taken from blind40's name lists.
# The ``FRESH`` line carries a trailing comment, of which the first 200
# characters of the line show "not trained on: the shipped pass was fitted
# without them (blind31 and blind32 joined d".
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-four days ago"})


FIRST_F = ["Wilhelmina", "Perpetua", "Gwendolen", "Lavinia", "Euphemia", "Seraphine", "Theodora", "Morwenna"]
FIRST_M = ["Barnaby", "Evander", "Lysander", "Octavius", "Crispin", "Ambrose"]
LAST = ["Hollinrake", "Okonkwo-Pryce", "Vasquez-Lund", "Tregarthen", "Blenkinsop", "Marchetti-Rowe", "Fairweather",
        "Quennell", "Mbeki-Strand", "Haverstock", "Lindqvist", "Pemberton-Achebe", "Rusholme", "Tolliver"]
TOWNS = ["Stavely Marsh", "Old Tolbury", "Kirkhaven", "Fennimore", "Lower Ashgrove", "Pendlecott", "Wrexby",
         "Saltmarsh End", "Grimsditch", "Harrowgate Vale"]
FIRMS = ["Osprey Freight", "Bellweather Textiles", "Cinder Lane Brewery", "Polaris Reinsurance", "Thornbury Cables",
         "Halcyon Biotech", "Millrace Foods", "Garnet & Vose"]
NATIONS = ["Veltoria", "Karsovia", "Dranmoor", "Sabrenia", "Tovaland", "Illyrica"]
CLUBS = ["Stavely Marsh United", "Kirkhaven Rovers", "Fennimore Town", "Pendlecott Albion", "Wrexby Olympic",
         "Grimsditch Borough"]
STORMS = ["Hurricane Philomena", "Typhoon Kirameki", "Cyclone Odalys", "Storm Hargreave", "Hurricane Benedikt"]
SHIPS = ["the trawler Kirkhaven Lass", "the liner Queen Perpetua", "MV Southern Gannet", "the tanker Veltorian Pride"]
PEAKS = ["Mount Escaloy", "the Dornspitze", "Mount Brackwell", "Sgurr Feannaig"]
UNIVERSITIES = ["Kirkhaven University", "the University of Pendlecott", "Wrexby Polytechnic",
                "Fennimore College of Art"]
RIVERS = ["the River Tol", "the River Ashbourne", "the Stave", "the River Wrex"]
HOSPITALS = ["Kirkhaven General Hospital", "St Cuthwin's Hospital", "the Pendlecott Royal Infirmary",
             "Wrexby Memorial Hospital"]
VENUES = ["the Alhambra at Fennimore", "the Corn Exchange at Wrexby", "the Tolbury Playhouse", "the Palladium Rooms"]
PARTIES = ["the Progressive Smallholders' Party", "the Democratic Union of the Hills", "the Liberal Reform Alliance",
           "the Fishermen's People's Party"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND41_TEMPLATES = new_templates()
_t = registrar("b41_", BLIND41_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_last_seen", W, ["{P}, a retired postmistress from {T}, was last seen on [[{WD}, {D:F}]], walking her dog "
                            "along {K}."])
_t("weekday_inquest_fire", W, ["The inquest heard that the fire at the {F} warehouse broke out shortly after midnight "
                               "on [[{WD} {D:B}]]."])
_t("weekday_polling_opened", W, ["Polling stations in {N} opened at 7 a.m. on [[{WD}, {D:AP}]], and queues had formed "
                                 "by dawn."], ap=True)
_t("weekday_minutes_dated", W, ["Minutes of the meeting, dated [[{WD} {D:BO}]], record that {R} voted against the "
                                "plan."])
_t("weekday_postmarked", W, ["In a letter postmarked [[{WD}, {D:ORD}]], {Q} told her sister she had found work in "
                             "{T2}."], yr=(1900, 1960))
_t("weekday_last_train", W, ["The timetable shows the last passenger train leaving {T} at 6.42 p.m. on "
                             "[[{WD}, {D:SH}]]."])
_t("weekday_ships_log", W, ["According to the ship's log, {V} dropped anchor off {T} at dawn on "
                            "[[{WD} ({D:ISO})]]."])
_t("weekday_permit_stamp", W, ["The stamp on the permit reads [[{D:DOT}, {WD}]], the day {p} says she arrived in "
                               "{N}."])
_t("weekday_floodlit_match", W, ["{C} played their first floodlit match on [[{WD} night, {D:FO}]], beating {C2} "
                                 "3-1."])
_t("weekday_vaults_empty", W, ["The bank's vaults were found empty when staff arrived on the morning of "
                               "[[{WD}, {D:MD}, {D:Y}]]."])
_t("weekday_small_hours", W, ["{H} made landfall near {T} in the small hours of [[{WD}, {D:ORDNY} {D:Y}]]."])
_t("weekday_court_records", W, ["Court records show that {R} was arrested at his home in {T2} on "
                                "[[{WD}, {D:APMD}, {D:Y}]]."], ap=True)
_t("weekday_bypass_halted", W, ["Work on the {T} bypass was halted on [[{WD}, {D:SHMD}, {D:Y}]] after an unexploded "
                                "shell was found."])
_t("weekday_gave_birth", W, ["{P} gave birth to the couple's first child at {X} on [[{WD}, {D:B}]]."])
_t("weekday_ballot_closed", W, ["The strike ballot closed at noon on [[{WD}, {D:F}]], the union said in a statement "
                                "issued in {T}."])
_t("weekday_correspondent_cabled", W, ["Our correspondent in {N2} cabled the news on [[{WD}, {D:FO}]]: the border "
                                       "with {N} had been sealed."], yr=(1910, 1975))
_t("weekday_plaque_bridge", W, ["The plaque records that the bridge over {K} was opened to traffic on "
                                "[[{WD}, {D:BO}]]."])
_t("weekday_photograph_dated", W, ["A newspaper photograph dated [[{WD} {D:SH}]] shows {R} shaking hands with the "
                                   "mayor of {T}."])
_t("weekday_bankruptcy_filed", W, ["{F} confirmed it had filed for bankruptcy protection in the early hours of "
                                   "[[{WD}, {D:AP}]]."], ap=True, yr=(1980, 2015))
_t("weekday_quake_local_time", W, ["The quake struck at 4.17 a.m. local time on [[{D:ISO} ({WD})]], according to the "
                                   "observatory in {T2}."])
_t("weekday_close_of_trading", W, ["By the close of trading on [[{WD}, {D:F}]], shares in {F2} had lost a third of "
                                   "their value."])
_t("weekday_headmistress_installed", W, ["{Q} was installed as headmistress of the {T} grammar school at a service "
                                         "held on [[{WD}, {D:ORD}]]."])
_t("weekday_diary_entry", W, ["The diary entry for [[{WD}, {D:ORDNY}, {D:Y}]] reads simply: \"Rain. No news from "
                              "{T2}.\""])
_t("weekday_doctorate_music", W, ["{U} awarded its first doctorate in music to {P} at a ceremony on "
                                  "[[{WD} {D:DM}, {D:Y}]]."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_born_youngest", I, ["{P} was born at {X} on [[{D:F}]], the youngest of six children."])
_t("impossible_quarry_contract", I, ["The contract, signed in {T} on [[{D:B}]], gave {F} exclusive rights to the "
                                     "quarry."])
_t("impossible_floodwater_high_street", I, ["Floodwater from {K} reached the high street on [[{D:AP}]], forcing "
                                            "shops to close."])
_t("impossible_first_edition", I, ["The first edition of the {T} Courier rolled off the presses on [[{D:BO}]]."],
   yr=(1900, 1950))
_t("impossible_warrant_issued", I, ["A warrant for {r}'s arrest was issued by magistrates on [[{D:ORD}]]."])
_t("impossible_club_founded_inn", I, ["{C} were founded at a meeting in the back room of the Feathers Inn on "
                                      "[[{D:SH}]]."], yr=(1900, 1930))
_t("impossible_registry_entry", I, ["The registry entry gives the date of the marriage of {P} and {R} as "
                                    "[[{D:ISO}]]."])
_t("impossible_customs_stamped", I, ["Customs records stamped [[{D:DOT}]] show the cargo leaving {T2} for {N}."])
_t("impossible_memorial_gather", I, ["Every year on [[{D:MD}]], the villagers of {T} gather at the war memorial."])
_t("impossible_national_day", I, ["{N} celebrates its national day on [[{D:DM}]], the anniversary of the signing of "
                                  "its constitution."])
_t("impossible_closing_parade", I, ["The festival's closing parade is held on [[{D:ORDNY}]], when the streets of {T} "
                                    "are closed to traffic."])
_t("impossible_allotment_rent", I, ["Under the lease, rent on the {T} allotments fell due on [[{D:OW}]]."])
_t("impossible_last_tram", I, ["The last tram ran through {T2} on [[{D:FO}]], ending an era for the town."])
_t("impossible_canoe_crossing", I, ["{Q} completed the crossing of {K} by canoe on [[{D:F}]], the regatta committee "
                                    "said."])
_t("impossible_royal_decree", I, ["Parliament in {N2} was dissolved by a royal decree dated [[{D:B}]]."])
_t("impossible_filing_deadline", I, ["The filing deadline for farmers in {N} falls on [[{D:APMD}]], tax officials "
                                     "said."])
_t("impossible_ferry_sailing", I, ["The ferry timetable lists a sailing from {T} at 9.15 a.m. on [[{D:SHMD}]]."])
_t("impossible_signed_deal", I, ["{R} signed for {C} on [[{D:BO}]] in a deal worth a reported £40,000."])
_t("impossible_painting_delivered", I, ["The gallery's records show the painting was delivered to {O} on "
                                        "[[{D:ORD}]]."])
_t("impossible_probate_granted", I, ["Probate was granted to {p}'s executors on [[{D:AP}]], court papers show."])
_t("impossible_monitors_report", I, ["The observers filed their first report from {T} on [[{D:ISO}]]."])
_t("impossible_deeds_mill", I, ["The deeds show that {F2} bought the mill on [[{D:DOT}]] for an undisclosed sum."])
_t("impossible_clocks_back", I, ["The clocks in {N} go back an hour at 2 a.m. on [[{D:OW}]]."])
_t("impossible_county_cup", I, ["A crowd of several thousand saw {C2} lift the county cup at {T} on [[{D:FO}]]."])

# --- restated_event: one head word twice ---------------------------------------
R = "restated_event"
_t("restated_same_landslide", R, ["A landslide swept away part of the coast road near {T} on [[{A:F}]].",
                                  "Geologists later blamed the landslide of [[{B:F}]] on heavy rain."])
_t("restated_same_avalanche", R, ["An avalanche on the north face of {M} killed three climbers on [[{A:B}]].",
                                  "Survivors of the avalanche, which struck on [[{B:B}]], were airlifted to {X}."])
_t("restated_same_mutiny", R, ["Sailors aboard {V} seized the bridge in a mutiny on [[{A:AP}]].",
                               "The mutiny of [[{B:AP}]] ended when the captain agreed to their demands."])
_t("restated_same_blackout", R, ["A blackout left much of {T} without power in [[{A:MY}]].",
                                 "Engineers said the blackout, which began in [[{B:MY}]], was caused by a fault at "
                                 "the substation."], gap=(2, 12))
_t("restated_same_shipwreck", R, ["The shipwreck off {T2} in [[{A:Y}]] claimed forty lives.",
                                  "Divers who surveyed the shipwreck, dated in the harbour records to [[{B:Y}]], "
                                  "recovered the ship's bell."])
_t("restated_same_earthquake", R, ["An earthquake measuring 6.1 shook {N} on [[{A:ORD}]].",
                                   "Rebuilding after the earthquake of [[{B:ORD}]] took most of a decade."])
_t("restated_same_riot", R, ["Shops were looted during a riot in the centre of {T} on [[{A:SH}]].",
                             "Forty people were later charged over the riot of [[{B:SH}]]."])
_t("restated_same_stampede", R, ["A stampede at the gates of {O} on [[{A:FO}]] left eleven people injured.",
                                 "The inquiry into the [[{B:FO}]] stampede found that only one gate had been "
                                 "opened."])
_t("restated_same_ambush", R, ["Six soldiers died in an ambush on a supply convoy near {T2} on [[{A:F}]].",
                               "The ambush, on [[{B:F}]], was the deadliest attack of the campaign."])
_t("restated_same_tsunami", R, ["A tsunami struck the fishing villages of {N2} on [[{A:DOT}]].",
                                "Warning sirens had not sounded before the tsunami of [[{B:DOT}]], officials "
                                "admitted."])
_t("restated_same_assassination_attempt", R, ["{R} survived an assassination attempt in {T} on [[{A:B}]].",
                                              "The gunman behind the assassination attempt of [[{B:B}]] was never "
                                              "caught."])
_t("restated_same_walkout", R, ["Nurses at {X} staged a walkout over pay in [[{A:LATE}]].",
                                "The walkout, which started in [[{B:LATE}]], ended only when ministers intervened."],
   gap=(2, 12))
_t("restated_same_wildfire", R, ["A wildfire burned through the pine forests above {T} in [[{A:SUMMER}]].",
                                 "Residents evacuated during the wildfire of [[{B:SUMMER}]] were allowed home weeks "
                                 "later."], gap=(2, 12))
_t("restated_same_blizzard", R, ["A blizzard cut off {T2} for days in [[{A:APMY}]].",
                                 "Farmers lost hundreds of sheep in the blizzard of [[{B:APMY}]]."])
_t("restated_same_recall", R, ["{F} announced a recall of 40,000 kettles on [[{A:F}]].",
                               "The recall, issued on [[{B:F}]], followed reports of overheating."])
_t("restated_same_boycott", R, ["Shoppers in {N} began a boycott of {F2}'s products in [[{A:MID}]].",
                                "The boycott of [[{B:MID}]] cost the company a fifth of its sales."], gap=(2, 12))
_t("restated_same_air_crash", R, ["Twelve people died in an air crash on the outskirts of {T} on [[{A:ISO}]].",
                                  "Investigators blamed the air crash of [[{B:ISO}]] on ice on the wings."])
_t("restated_same_gas_leak", R, ["A gas leak forced the closure of a street in {T} on [[{A:BO}]].",
                                 "Engineers traced the gas leak of [[{B:BO}]] to a cracked main."])
_t("restated_same_dam_burst", R, ["The dam burst at {T2} on [[{A:F}]] sent a wall of water down {K}.",
                                  "Compensation for victims of the dam burst, which happened on [[{B:F}]], was paid "
                                  "years later."])
_t("restated_same_pile_up", R, ["Thirty cars were involved in a pile-up in thick fog on the {T} bypass on "
                                "[[{A:B}]].",
                                "Police said the pile-up on [[{B:DM}]] began when a lorry braked sharply."], sy=True)
_t("restated_same_bomb_scare", R, ["A bomb scare closed {T} railway station on [[{A:AP}]].",
                                   "The bomb scare of [[{B:APMD}]] turned out to be a hoax."], sy=True)
_t("restated_same_bank_run", R, ["A bank run emptied the vaults of the {T} Savings Bank in [[{A:MY}]].",
                                 "Depositors who queued through the night during the bank run of [[{B:MY}]] were "
                                 "paid in full."])

# --- restated_event: referred back in other words ------------------------------
_t("restated_diff_resigned_her_resignation", R, ["{P} resigned as leader of {J} on [[{A:F}]].",
                                                 "Her resignation, dated [[{B:F}]], took party officials by "
                                                 "surprise."])
_t("restated_diff_acquitted_acquittal", R, ["{R} was acquitted of fraud at {T} Crown Court on [[{A:B}]].",
                                            "After the acquittal on [[{B:B}]], he announced plans to sue the "
                                            "police."])
_t("restated_diff_christened_baptism", R, ["{q}'s daughter was christened in the parish church at {T} on "
                                           "[[{A:BO}]].",
                                           "The parish register records the baptism on [[{B:BO}]]."])
_t("restated_diff_sinking_capsized", R, ["The sinking of {V} off {T2} on [[{A:AP}]] remains the worst peacetime "
                                         "disaster in the region.",
                                         "The vessel capsized in heavy seas on [[{B:AP}]], according to "
                                         "survivors."])
_t("restated_diff_evacuated_evacuation", R, ["Residents of {T} were evacuated as {K} burst its banks on "
                                             "[[{A:F}]].",
                                             "The evacuation of [[{B:F}]] was the largest in the county's "
                                             "history."])
_t("restated_diff_abdicated_his_abdication", R, ["King Ottokar of {N} abdicated on [[{A:ORD}]].",
                                                 "His abdication, announced from the palace balcony on [[{B:ORD}]], "
                                                 "stunned the country."])
_t("restated_diff_floated_flotation", R, ["{F} was floated on the stock exchange on [[{A:SH}]].",
                                          "The flotation of [[{B:SH}]] valued the company at £90 million."])
_t("restated_diff_deported_deportation", R, ["{R} was deported to {N2} on [[{A:FO}]].",
                                             "Lawyers challenging the deportation, carried out on [[{B:FO}]], said "
                                             "he had not been allowed to see his family."])
_t("restated_diff_invaded_invasion", R, ["{N} invaded its neighbour {N2} in [[{A:MY}]].",
                                         "The invasion of [[{B:MY}]] was condemned around the world."])
_t("restated_diff_colliery_flooded_disaster", R, ["Water poured into the {T} colliery on [[{A:F}]], trapping 23 "
                                                  "miners.",
                                                  "A memorial to those who died in the disaster of [[{B:F}]] stands "
                                                  "at the pithead."])
_t("restated_diff_knighted_honour", R, ["{R} was knighted for services to science on [[{A:B}]].",
                                        "Colleagues said the honour, bestowed on [[{B:B}]], was long overdue."])
_t("restated_diff_strike_industrial_action", R, ["Dockers in {T} went on strike on [[{A:ISO}]].",
                                                 "The industrial action that began on [[{B:ISO}]] halted exports "
                                                 "for a month."])
_t("restated_diff_stand_gave_way_that_tragedy", R, ["A section of the stand at the {C} ground gave way during a "
                                                    "match on [[{A:F}]].",
                                                    "Survivors of that tragedy, on [[{B:F}]], still meet every "
                                                    "year."])
_t("restated_diff_crowned_her_title", R, ["{P} was crowned national chess champion in {T} on [[{A:BO}]].",
                                          "Her title win, on [[{B:BO}]], made her the youngest holder."])
_t("restated_diff_defected_his_defection", R, ["{R}, a cultural attache, defected to {N2} in [[{A:APMY}]].",
                                               "His defection, in [[{B:APMY}]], caused a diplomatic storm."])
_t("restated_diff_fired_her_sacking", R, ["{Q} was fired by the board of {F} on [[{A:DOT}]].",
                                          "Her sacking on [[{B:DOT}]] came after a row over bonuses."])
_t("restated_diff_reopened_relaunch_apposition", R, ["{O} reopened to the public on [[{A:F}]] after a lengthy "
                                                     "restoration.",
                                                     "The relaunch, a gala evening on [[{B:F}]], was attended by "
                                                     "{P}."])
_t("restated_diff_poisoned_poisoning_which", R, ["{R} was poisoned with arsenic at his home in {T} on [[{A:B}]].",
                                                 "The poisoning, which police say happened on [[{B:B}]], went "
                                                 "undetected for weeks."])
_t("restated_diff_meteorite_pronoun", R, ["A meteorite crashed through the roof of a barn near {T} on [[{A:FO}]].",
                                          "Farmer {R} said it came down on [[{B:FO}]], just after milking."])
_t("restated_diff_sold_sale", R, ["The {T} estate was sold to {F2} on [[{A:F}]].",
                                  "The sale, completed on [[{B:F}]], ended three centuries of family ownership."])
_t("restated_diff_rescued_rescue", R, ["Coastguards rescued four fishermen from a sandbank off {T2} on [[{A:B}]].",
                                       "The rescue, on [[{B:DM}]], was the crew's longest of the year."], sy=True)
_t("restated_diff_surrendered_capitulation", R, ["The garrison at {T} surrendered to the forces of {N} on "
                                                 "[[{A:AP}]].",
                                                 "Historians date the capitulation to [[{B:AP}]]."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_enrolled_then_degree", O, ["{P} enrolled at {U} in [[{E:Y}]] and was awarded her degree there in "
                                     "[[{L:Y}]]."])
_t("order_before_founding_job", O, ["Before founding {F} in [[{L:Y}]], {R} worked as a ship's engineer, a job he "
                                    "took in [[{E:Y}]]."])
_t("order_armistice_demobilised", O, ["After the armistice was signed on [[{E:F}]], the troops were demobilised, "
                                      "the last unit returning home on [[{L:F}]]."])
_t("order_engaged_exchanged_vows", O, ["The couple got engaged on [[{E:B}]] and exchanged vows at {T} on "
                                       "[[{L:B}]]."])
_t("order_shot_then_released", O, ["The film was shot on location in {T} in [[{E:Y}]] and released in cinemas in "
                                   "[[{L:Y}]]."])
_t("order_stolen_subsequently_recovered", O, ["The painting was stolen from {O} in [[{E:MY}]] and subsequently "
                                              "recovered in [[{L:MY}]]."])
_t("order_nominated_shortlist_two_sentences", O, ["{Q} was nominated for the {T} poetry prize in [[{E:MY}]].",
                                                  "The shortlist, with her name on it, was announced later, in "
                                                  "[[{L:MY}]]."])
_t("order_by_the_time_closed_sold", O, ["By the time the factory closed in [[{L:Y}]], it had already been sold to "
                                        "{F2}, in [[{E:Y}]]."])
_t("order_prior_to_listing", O, ["Prior to its listing on the stock exchange on [[{L:AP}]], {F} raised money from "
                                 "private investors in a round that closed on [[{E:AP}]]."])
_t("order_first_proposed_then_began", O, ["The bridge over {K} was first proposed in [[{E:MID}]]; construction "
                                          "then began in [[{L:Y}]]."])
_t("order_flood_followed_by_cholera", O, ["The flood of [[{E:Y}]] was followed by an epidemic of cholera in "
                                          "[[{L:LATE}]]."])
_t("order_once_licence_drilling", O, ["Once the licence had been granted on [[{E:BO}]], drilling started at the {T} "
                                      "site on [[{L:BO}]]."])
_t("order_trained_went_on_to_fly", O, ["{R} trained as a pilot in [[{E:Y}]] and went on to fly with the air force "
                                       "of {N} from [[{L:Y}]]."])
_t("order_only_after_strike_mill", O, ["Only after the strike ended on [[{E:F}]] did the mill reopen, on "
                                       "[[{L:F}]]."])
_t("order_left_port_docked", O, ["The vessel left port on [[{E:BO}]] and docked at {T2} on [[{L:DM}]]."], sy=True)
_t("order_polls_closed_result_declared", O, ["Polls closed in {N} on [[{E:FO}]], and the result was declared on "
                                             "[[{L:MD}]]."], sy=True)
_t("order_in_the_wake_of_scandal", O, ["In the wake of the scandal that broke in [[{E:MY}]], the chairman of {F} "
                                       "stepped down in [[{L:MY}]]."])
_t("order_draft_finished_manuscript_sent", O, ["The first draft of the novel was finished in [[{E:SPRING}]], and "
                                               "the manuscript was sent to publishers in [[{L:APMY}]]."])
_t("order_preceded_by_inquiry", O, ["The opening of the {T} bypass in [[{L:Y}]] was preceded by a public inquiry "
                                    "held in [[{E:Y}]]."])
_t("order_scholarship_later_that_year", O, ["{P} won a scholarship to {U} in [[{E:MY}]] and, later that year, in "
                                            "[[{L:MY}]], began her studies."], sy=True)
_t("order_as_soon_as_embargo", O, ["As soon as the embargo was lifted on [[{E:ORD}]], the first shipments of grain "
                                   "left {T} for {N}, on [[{L:ORD}]]."])
_t("order_ground_sold_afterwards_moved", O, ["The club's old ground was sold to developers in [[{E:Y}]].",
                                             "Afterwards, in [[{L:Y}]], {C} moved to a new stadium at {T2}."])
_t("order_turned_professional_works_team", O, ["{C} turned professional in [[{L:Y}]]; until then they had been the "
                                               "works team of {F}, formed in [[{E:Y}]]."])
_t("order_pier_destroyed_replaced", O, ["The wooden pier, destroyed by a storm in [[{E:Y}]], was replaced by a "
                                        "concrete one in [[{L:Y}]]."])
_t("order_having_qualified_joined", O, ["Having qualified as a doctor in [[{E:Y}]], {Q} joined the staff of {X} in "
                                        "[[{L:Y}]]."])
_t("order_piloted_before_rolled_out", O, ["The scheme was piloted in {T} in [[{E:EARLY}]] before being rolled out "
                                          "nationally in [[{L:SH}]]."])

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"
_t("anachronism_died_at_home", A, ["{P}, who died at her home in {T} on [[{D:F}]], had taught at {U} for decades."])
_t("anachronism_merger_completed", A, ["The deal between {F} and {F2}, completed in [[{D:MY}]], created the region's "
                                       "largest employer."])
_t("anachronism_since_floods", A, ["Since the floods of [[{D:Y}]], insurers have refused to cover homes along "
                                   "{K}."])
_t("anachronism_promoted_unbeaten", A, ["{C} were promoted to the first division on [[{D:B}]] and have not lost at "
                                        "home since."])
_t("anachronism_figures_released", A, ["Figures released on [[{D:AP}]] showed unemployment in {N} at its lowest "
                                       "level for a generation."])
_t("anachronism_storm_devastated", A, ["{H} devastated the coast of {N2} in [[{D:SUMMER}]], leaving thousands "
                                       "homeless."])
_t("anachronism_took_office_mayor", A, ["{R} took office as mayor of {T} on [[{D:BO}]] after a recount."])
_t("anachronism_mosaic_uncovered", A, ["Archaeologists digging near {T2} in [[{D:LATE}]] uncovered a Roman mosaic, "
                                       "now on display at {O}."])
_t("anachronism_memoir_published", A, ["{Q}'s memoir, published in [[{D:APMY}]], has already sold more than 200,000 "
                                       "copies."])
_t("anachronism_census_taken", A, ["The census taken on [[{D:ISO}]] recorded a population of just over 40,000 in "
                                   "{T}."])
_t("anachronism_ship_scrapped", A, ["{V} was scrapped at a breaker's yard in {N} in [[{D:EARLY}]]."])
_t("anachronism_chief_executive_filing", A, ["The chief executive of {F2} stepped down on [[{D:DOT}]], the company "
                                             "said in a filing."])
_t("anachronism_investigation_reopened", A, ["Police reopened the investigation into the disappearance of {R} in "
                                             "[[{D:MID}]], after new witnesses came forward."])
_t("anachronism_fastest_ascent", A, ["The record for the fastest ascent of {M} was set by {P} on [[{D:FO}]]."])
_t("anachronism_results_yesterday", A, ["The results, announced [[yesterday ({D:F})]], put {J} narrowly ahead."],
   rel="yesterday")
_t("anachronism_firefighters_last_night", A, ["Firefighters were called to the {F} plant [[last night, {D:B}]], "
                                              "shortly before 11 p.m."], rel="last night")
_t("anachronism_announced_this_morning", A, ["{P} announced [[this morning]], [[{D:AP}]], that she would not seek "
                                             "re-election."], rel="this morning")
_t("anachronism_council_voted_last_week", A, ["The council voted [[last week]], on [[{D:F}]], to close the library "
                                              "in {T}."], rel="last week")
_t("anachronism_shares_earlier_this_month", A, ["Shares in {F2} fell sharply [[earlier this month]], closing on "
                                                "[[{D:BO}]] at a record low."], rel="earlier this month")
_t("anachronism_snow_two_days_ago", A, ["Heavy snow closed the pass below {M} [[two days ago]], on [[{D:FO}]], "
                                        "stranding dozens of drivers."], rel="two days ago")
_t("anachronism_manager_last_month", A, ["{C} sacked their manager [[last month]], on [[{D:ORD}]], after a run of "
                                         "defeats."], rel="last month")
_t("anachronism_ward_this_afternoon", A, ["The new ward at {X} opened [[this afternoon ({D:ISO})]] with a "
                                          "ribbon-cutting by {R}."], rel="this afternoon")
_t("anachronism_polls_last_weekend", A, ["Voters in {N2} went to the polls [[last weekend]], on [[{D:SH}]], in "
                                         "record numbers."], rel="last weekend")
_t("anachronism_discharged_fortnight_ago", A, ["{Q} was discharged from {X} [[a fortnight ago]], on [[{D:DOT}]], "
                                               "after a long illness."], rel="a fortnight ago")
_t("anachronism_ferry_twenty_four_days_ago", A, ["The ferry service from {T} resumed [[twenty-four days ago]], on "
                                                 "[[{D:F}]], after repairs to the slipway."],
   rel="twenty-four days ago")
_t("anachronism_prices_earlier_this_year", A, ["Bread prices in {N} rose by a fifth [[earlier this year]], in "
                                               "[[{D:MY}]], the statistics office said."], rel="earlier this year")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
YEAR_DAYS = 365
_t("duration_youngest_chair_aged", D, ["{P}, who was born on [[{S:F}]], became the youngest chair of {F}'s "
                                             "board on [[{E:F}]], aged [[{NUM}]]."],
   unit="years", span=(YEAR_DAYS * 25, YEAR_DAYS * 60), min=16, top=90)
_t("duration_lease_pier_expired", D, ["The [[{NUM}-year]] lease on the {T} pier, signed on [[{S:B}]], expired on "
                                      "[[{E:B}]]."], unit="years", span=(YEAR_DAYS * 5, YEAR_DAYS * 60), top=99)
_t("duration_editor_gazette_from_until", D, ["{R} spent [[{NUM} years]] as editor of the {T} Gazette, from "
                                             "[[{S:Y}]] until [[{E:Y}]]."],
   unit="years", span=(YEAR_DAYS * 3, YEAR_DAYS * 40))
_t("duration_tour_weeks_began_finished", D, ["The [[{NUM}-week]] tour began in {T} on [[{S:F}]] and finished in "
                                             "{T2} on [[{E:F}]]."], unit="weeks", span=(20, 200))
_t("duration_exactly_years_cinema", D, ["Exactly [[{NUM} years]] after it first opened its doors on [[{S:BO}]], the "
                                        "{T} cinema screened its final film on [[{E:BO}]]."],
   unit="years", span=(YEAR_DAYS * 10, YEAR_DAYS * 70))
_t("duration_ordinal_anniversary_charter", D, ["{T} is marking the [[{NUM}]] anniversary of its royal charter, "
                                               "granted in [[{S:Y}]]."], unit="years", yr=(1900, 2000),
   ordinal=True)
_t("duration_garden_shed_years_ago", D, ["{F}, which {R} set up in a garden shed in [[{S:Y}]], [[{NUM} years ago]], "
                                         "now employs more than 3,000 people."], unit="years", yr=(1950, 2005))
_t("duration_years_of_marriage_party", D, ["{P} and {R}, who married on [[{S:F}]], celebrated [[{NUM} years]] of "
                                           "marriage at a party held on [[{E:F}]]."],
   unit="years", span=(YEAR_DAYS * 10, YEAR_DAYS * 65))
_t("duration_festival_ran_from_to", D, ["The [[{NUM}-day]] festival ran from [[{S:DM}]] to [[{E:DM} {E:Y}]]."],
   unit="days", span=(3, 30))
_t("duration_emigrated_age", D, ["{P} was [[{NUM}]] when she emigrated from {T} to {N}; she was born there on "
                                 "[[{S:F}]] and sailed on [[{E:F}]]."],
   unit="years", span=(YEAR_DAYS * 10, YEAR_DAYS * 60), top=95)
_t("duration_cup_final_years_ago", D, ["{C} last reached the cup final [[{NUM} years ago]], in [[{S:Y}]]."],
   unit="years", yr=(1920, 2005))
_t("duration_survey_ship_weeks", D, ["The survey ship spent [[{NUM} weeks]] charting the coast of {N}, leaving {T} "
                                     "on [[{S:AP}]] and returning on [[{E:AP}]]."], unit="weeks", span=(30, 300))
_t("duration_restoration_months", D, ["The [[{NUM}-month]] restoration of {O} began on [[{S:B}]] and was completed "
                                      "on [[{E:B}]]."], unit="months", span=(60, 1500))
_t("duration_oldest_graduate_at", D, ["At [[{NUM}]], {Q} is the oldest person ever to graduate from {U}; she was born "
                                      "in {T} on [[{S:BO}]]."], unit="years", yr=(1915, 1960))
_t("duration_lifeboat_in_service", D, ["The {T} lifeboat, launched in [[{S:MY}]], has now been in service for "
                                       "[[{NUM} years]]."], unit="years", yr=(1950, 2005))
_t("duration_strike_lasted_days", D, ["The strike lasted [[{NUM} days]], from [[{S:F}]] to [[{E:F}]]."],
   unit="days", span=(5, 200))
_t("duration_taught_joining_leaving", D, ["{P} taught at {U} for [[{NUM} years]], joining the staff in [[{S:MY}]] "
                                          "and leaving in [[{E:MY}]]."],
   unit="years", span=(YEAR_DAYS * 3, YEAR_DAYS * 40))
_t("duration_crossing_reopened_months_after", D, ["The ferry crossing on {K} reopened on [[{E:F}]], [[{NUM} months]] "
                                                  "after it was suspended on [[{S:F}]]."],
   unit="months", span=(30, 900))
_t("duration_apprentice_year_old", D, ["{R} was a [[{NUM}]]-year-old apprentice when he joined {F} on [[{E:B}]]; he "
                                       "was born on [[{S:B}]]."],
   unit="years", span=(YEAR_DAYS * 13, YEAR_DAYS * 20), top=40)
_t("duration_tunnel_took_years", D, ["Work on the {T} tunnel took [[{NUM} years]]: the first shaft was sunk in "
                                     "[[{S:Y}]], and the tunnel opened in [[{E:Y}]]."],
   unit="years", span=(YEAR_DAYS * 2, YEAR_DAYS * 30))
_t("duration_expedition_lasted_days", D, ["The expedition to {M} lasted [[{NUM} days]], setting out on [[{S:MD}]] "
                                          "and returning on [[{E:F}]]."], unit="days", span=(5, 120))
_t("duration_chaired_trust_words", D, ["{Q} chaired the {T} housing trust for [[{NUM} years]], from its founding on "
                                       "[[{S:FO}]] to her last meeting on [[{E:FO}]]."],
   unit="years", span=(YEAR_DAYS * 2, YEAR_DAYS * 30), words=True)
_t("duration_town_hall_clock_stopped", D, ["The clock on {T} town hall, installed on [[{S:B}]], stopped on "
                                           "[[{E:B}]] after [[{NUM} years]] of keeping time."],
   unit="years", span=(YEAR_DAYS * 10, YEAR_DAYS * 90))
_t("duration_sea_wall_repairs_days", D, ["Emergency repairs to the sea wall at {T} took [[{NUM} days]], from "
                                         "[[{S:ORD}]] to [[{E:ORD}]]."], unit="days", span=(10, 300))
_t("duration_embassy_closed_between_words", D, ["The embassy of {N} in {T2} was closed for [[{NUM} years]], between "
                                                "[[{S:Y}]] and [[{E:Y}]]."],
   unit="years", span=(YEAR_DAYS * 2, YEAR_DAYS * 25), words=True)
_t("duration_women_students_years_ago", D, ["{U} admitted its first women students [[{NUM} years ago]], in "
                                            "[[{S:MY}]]."], unit="years", yr=(1900, 1980))
_t("duration_olympic_medal_just", D, ["{P} was just [[{NUM}]] when she won her first Olympic medal on [[{E:F}]]; "
                                      "records give her date of birth as [[{S:F}]]."],
   unit="years", span=(YEAR_DAYS * 14, YEAR_DAYS * 35), min=8, top=60)
_t("duration_world_record_held", D, ["{R} held the world record for [[{NUM} years]]: he set it on [[{S:SH}]], and it "
                                     "was broken on [[{E:SH}]]."], unit="years", span=(YEAR_DAYS * 1, YEAR_DAYS * 30))
_t("duration_blockade_months", D, ["The blockade of {T2} lasted [[{NUM} months]], from [[{S:MY}]] until "
                                   "[[{E:MY}]]."], unit="months", span=(60, 900))
_t("duration_centenary_concert_band", D, ["The {T} brass band, which played its [[{NUM}]] concert on [[{E:F}]], gave "
                                          "its first performance on [[{S:F}]]."],
   unit="years", span=(YEAR_DAYS * 40, YEAR_DAYS * 80), fixed=(100, "centenary"))
_t("duration_decade_in_exile", D, ["After [[{NUM}]] in exile, {R} returned to {N} on [[{E:B}]]; he had fled on "
                                   "[[{S:B}]]."], unit="years", span=(60, 600), fixed=(10, "a decade"))
_t("duration_missing_months_car_found", D, ["{Q} had been missing for [[{NUM} months]] when her car was found in {K} "
                                            "on [[{E:F}]]; she was last seen on [[{S:F}]]."],
   unit="months", span=(30, 1500))
