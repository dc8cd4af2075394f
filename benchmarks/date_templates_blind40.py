"""``blind40``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind40`` templates.  Written on 2026-11-24 (started 08:15:45 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind39's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind40 ... 3bcbc05``:
# 3bcbc05ddc25539784538843d6af39779e86c0dd.
# What was read: lines 1-486 of benchmarks/date_templates_blind39.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its ``# --- weekday_mismatch ---`` section comment and ``W =
# "weekday_mismatch"`` line, before its first ``_t(`` template at line 487)
# -- its machinery (lines 159-186 and 211-478) was copied with a sed script
# (``b40_`` names, ``BLIND40_TEMPLATES``, "twenty-three days ago" as the new
# relative anchor instead of "twenty-two days ago"), its name lists (lines
# 187-210) were replaced and none of its names, places or sentences were
# reused (its templates were never seen); tests/date_template_checks.py
# (whole file, the shared checks); tests/test_date_templates_independent.py
# (whole file, where the ``blind40`` row was added and the docstring's range
# extended to blind40); in tests/conftest.py the ``load_benchmark`` helper
# (printed with ``grep -n -A11``, which ended on two blank lines); in
# benchmarks/date_conflicts.py only the output of ``grep -n "blind39"`` (the
# import line 94 and the dict entry at line 2604), after which one import
# line and one dict entry were inserted with sed and checked with
# ``grep -n blind40``; in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line (cut to 200 characters), changed with the sed line of
# the brief and shown again with ``grep -n "^FRESH" ... | cut -c1-200``.
# Seen by accident: ``git worktree add`` printed the subject of the base
# commit ("blind39 (dates, fresh) scored once on session 16's final code,
# before session 17's rounds: with published 0.992 / 1.000 / 0.558 / 0.858 /
# 1.000 / 0.825 (rules only restated 0.475; duration 0.658 without
# published); FP 1/1249 and 7/1249 unchanged"); the ``FRESH`` line carries a
# trailing comment, of which the first 200 characters of the line show "not
# trained on: the shipped pass was fitted without them (blind31 and blind32
# joined development in round re".  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind40``, which runs no
# detector) and a throwaway script (/tmp/b40_sample.py, outside the worktree)
# printing a rendered sample of every template for a few seeds and applying
# the shared checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# This is a fresh independent test set, to be scored ONCE on the code at the
# end of session 17 as the "before" of session 18's rounds, and never used to
# tune the detector.  Every template is used: ``--split blind40``.
#
# Conventions (those of blind39, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b40_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# Order pairs and connectives: "graduated ... and then joined ... as a
# trainee", "ahead of the general election of ..., chose ... as its
# candidate in" (the second event written first), "left the valley village
# ..., well before the new reservoir drowned it", "it was not until the
# undersea cable was laid ... that ...; the first call was made in", "in the
# aftermath of the floods of ..., built new defences ..., finishing them in",
# "her debut novel appeared in ...; its sequel followed in", "won promotion
# ... but went straight back down the following season, relegated on", "was
# charged on ... and convicted ... on", bought at auction / "It went on
# public display soon afterwards, in" (two sentences), "on completing her
# training ..., was posted to", "upon his release from prison ..., returned
# ..., where he opened a bicycle shop in", "was ratified on ..., some time
# after it had been signed on" (the second event written first), "the
# merger, agreed by both boards in ..., was approved by ... regulators in",
# "was laid down ... on <day month> and launched on" (one year), "reached the
# summit ... on <day month> and was back at base camp by" (one year), first
# case reported / "Within weeks it had spread to ..., where cases were
# confirmed on" (two sentences, one year), "hired ... as manager in ... and
# dismissed him in" (one year), "after the trial collapsed in ...,
# prosecutors announced a retrial, which opened in", "passed its second
# reading on ... and received royal assent on", "station, built in ..., was
# electrified in", "was diagnosed ... in ..., and in response ... set up the
# charity in", "gave its farewell concert ..., shortly before it was formally
# wound up in", "was declared unsafe in ..., and the repairs that followed
# began in", "met as students ... and married in", "was sworn in ... on ...,
# and his first act in office, on ..., was", "was approved by regulators in
# ..., and vaccinations started ... thereafter, in".
# Restated templates are ``b40_restated_same_*`` (one head word twice:
# eruption, coup, derailment, heatwave, ceasefire, referendum, jailbreak,
# hijacking, collision (day-month without year, one year), heist, explosion,
# siege, lockout, premiere, coronation, kidnapping, tornado, drought, hunger
# strike, cave-in, outbreak, merger) or ``b40_restated_diff_*`` (referred
# back in other words: verb against noun -- "was elected"/"her election"
# (possessive), "retired"/"his retirement", "was convicted"/"the verdict",
# "premiered"/"the opening night", "burned down"/"the blaze",
# appointed/"the appointment, which was made on" (relative clause),
# kidnapped/"the abduction", demolished/"the demolition", "ran aground"/"the
# grounding", "went into administration"/"the firm's failure" (possessive),
# pardoned/"the pardon, granted on", unveiled/"the unveiling" --, noun
# before verb -- "the hold-up of"/"two masked men robbed the branch" --,
# synonyms and bridging -- married/"the wedding", escaped/"the breakout",
# "reached the summit"/"her ascent" (possessive), tornado/"the twister that
# hit" (relative clause), "agreed a ceasefire"/"the truce of", "were knocked
# out of the cup by"/"that upset" (demonstrative), "were relegated"/"since
# the drop, confirmed on", merged/"the combined group, created on"
# (apposition) --, and a quote with a pronoun ("\"It was ..., and I can still
# hear the noise,\" said ..., who was driving" after "left the rails")); which
# side gets the earlier date is drawn at random; events that last (a
# heatwave, a siege, a lockout, a hunger strike, an outbreak) are dated at
# least two calendar years apart (``gap=(2, 12)``), a drought three.
# Duration phrasings: "Born on ..., was N when she was elected ... on",
# "released on ... after N years behind bars; he had been jailed on", "the
# N-day trial, which opened ... and ended", "retired ... after N years'
# service; she had joined it on", "caught on ... after N months on the run;
# he had escaped ... on", "picked up ... on <day month>, N days adrift after
# setting sail ... on", "the N-month investigation ..., opened on ... and
# closed on", "a career spanning N years took her from her debut ... in ...
# to her final performance ... in", "won the league on ... for the first
# time in N years; their previous title came in", "the foal, born on <month
# day>, was N weeks old when it was sold ... on", "had been married for N
# years when he died on ...; they wed ... on", "spent N months at the polar
# research station, arriving on ... and leaving on", "exactly N weeks after
# the fire of ..., on ..., the bakery ... reopened", "has called ... home for
# N years, since arriving ... in", "formed N years ago in", "is marking N
# years since its first heart transplant, performed on", "were held hostage for N
# days before being freed on ...; pirates had boarded the ship on", "deliberated for N days,
# retiring on <day month> and returning its verdicts on", "was built in N
# weeks, with work starting on <month day> and the first patients admitted
# on", "N years in the making, was first played on ...; work on it had begun
# in", "was in hospital for a fortnight, admitted on ... and discharged on",
# "imposed in ... and lifted in ..., had lasted a decade", "is celebrating the
# centenary of its first graduation ceremony, held on", "after half a century
# behind the counter, shut his hardware shop on ...; he had opened it on",
# "the N-year-old, who was born ... on ..., set the record on", "who died on
# ... at N, was born ... on", "the N-week stoppage ... began on ... and ended
# on", "has sat on the parish council for N years, since first being elected
# in" (number words), "which opened on ..., closed on ... after N years in
# business", "turned N on ...; she was born ... on", "took N months to repair
# the viaduct, closing it on ... and reopening it on", "By ..., N weeks into
# the dispute that began on ...".  Like blind39, the set has no near-miss or
# clean (conflict-free) templates: every template must be a real conflict of
# its kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it (weekday templates with
# such a format mark the bare year ``{D:Y}`` inside the same span).  Extra
# relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "twenty-three days ago").  Counts: 24 weekday_mismatch, 24 impossible_date,
# 44 restated_event (22 same, 22 diff), 26 order_violation, 26
# publication_anachronism (15 dated after publication, 11 relative
# expressions pinned far from it), 32 duration_arithmetic (176 in all).
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set
# (King Leofric too); none is taken from blind39's name lists.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-three days ago"})


FIRST_F = ["Ottilie", "Marguerite", "Rosamund", "Philippa", "Henrietta", "Clementine", "Araminta", "Ysolde"]
FIRST_M = ["Cornelius", "Ignatius", "Peregrine", "Ruprecht", "Thaddeus", "Leopold"]
LAST = ["Wetherall", "Nakagawa-Bligh", "Pennington-Oduya", "Gallacher", "Drummond-Faye", "Kristiansen",
        "Abernethy", "Lockyer", "Threlfall", "Abara-Wynn", "Szczepanik", "Ffoulkes", "Delacroix-Hale", "Ormerod"]
TOWNS = ["Hobbsworth", "Quarrington", "Pellow Cross", "Windlecombe", "Great Scarbury", "Ashcombe Quay",
         "Dunhallow", "Merriford", "Brantley Moor", "Castle Eddery"]
FIRMS = ["Larkspur Aviation", "Corbel Steel", "Whitlow Pharmaceuticals", "Mariner Mutual", "Quillon Software",
         "Fairhaven Dairies", "Tessellate Mining", "Hartwell & Crane"]
NATIONS = ["Ostravia", "Caldenia", "Merovany", "Zarathis", "Lusvania", "Kestria"]
CLUBS = ["Hobbsworth Athletic", "Quarrington Wanderers", "Windlecombe Rangers", "Merriford City",
         "Dunhallow Harriers", "Brantley Moor Swifts"]
STORMS = ["Hurricane Ermengarde", "Typhoon Sorachi", "Cyclone Tamsin", "Storm Bellamy", "Hurricane Leandro"]
SHIPS = ["the ferry Spirit of Merriford", "the dredger Quarrington Belle", "MV Northern Plover",
         "the cargo ship Kestrian Star"]
PEAKS = ["Mount Halvorsen", "the Graukopf", "Mount Tarrant", "Beinn Odhrais"]
UNIVERSITIES = ["Merriford University", "the University of Dunhallow", "Hobbsworth Institute of Technology",
                "Windlecombe School of Music"]
RIVERS = ["the River Quarr", "the River Windle", "the Hallow", "the River Eddery"]
HOSPITALS = ["Merriford General Hospital", "St Aldhelm's Hospital", "the Dunhallow Royal Infirmary",
             "Ashcombe Cottage Hospital"]
VENUES = ["the Empress Ballroom at Quarrington", "the Lyceum at Hobbsworth", "the Wharfside Playhouse",
          "the Grand Kursaal Theatre"]
PARTIES = ["the Green Harvest Party", "the National Renewal Front", "the Coastal Federalists",
           "the Workers' and Crofters' League"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND40_TEMPLATES = new_templates()
_t = registrar("b40_", BLIND40_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_title_clinched", W, ["{C} clinched the title with a 2-0 win at {C2} on [[{WD}, {D:F}]]."])
_t("weekday_jury_cleared", W, ["The jury at {T} Crown Court returned its verdicts on [[{WD} {D:B}]], clearing {R} "
                               "of all charges."])
_t("weekday_entries_closed", W, ["Entries for the {T} half-marathon closed [[{WD} {D:AP}]]."], ap=True)
_t("weekday_comet_photographed", W, ["The comet was first photographed from the observatory at {U} on the night of "
                                     "[[{WD}, {D:BO}]]."])
_t("weekday_library_opened", W, ["{T}'s new library was opened by the mayor on [[{WD}, {D:ORD}]], with a brass band "
                                 "playing outside."])
_t("weekday_obit_born", W, ["{P} was born above her father's shop in {T} on [[{WD}, {D:FO}]], the youngest of seven "
                            "children."])
_t("weekday_private_view", W, ["The exhibition of {P}'s late paintings opened at {O} with a private view on "
                               "[[{WD} {D:SH}]]."])
_t("weekday_landfall", W, ["{H} made landfall near {T} in the early hours of [[{WD}, {D:F}]], tearing the roofs "
                           "from hundreds of houses."])
_t("weekday_polls_abroad", W, ["Voters in {N} went to the polls on [[{WD} {D:B}]] to choose a new president after "
                               "months of unrest."])
_t("weekday_first_patient", W, ["The first patient was treated at the new cancer unit at {X} on [[{WD} {D:BO}]]."])
_t("weekday_last_tram", W, ["The last tram rattled through the streets of {T} on [[{WD}, {D:F}]], watched by "
                            "thousands."])
_t("weekday_ships_log", W, ["According to the ship's log, {V} left harbour at first light on "
                            "[[{D:ISO} ({WD})]]."])
_t("weekday_certificate_dot", W, ["The degree certificate is dated [[{WD}, {D:DOT}]] and bears the seal of {U}."])
_t("weekday_regatta_context", W, ["The {T} regatta of [[{D:Y} was held on {WD}, {D:MD}]], in driving rain."],
   yr=(1950, 2015))
_t("weekday_strike_called_off", W, ["The bus strike in {T} was called off late on [[{WD}, {D:AP}]], after talks "
                                    "lasting nine hours."])
_t("weekday_obit_died", W, ["{R} died peacefully at his home in {T2} on [[{WD} {D:BO}]], surrounded by his "
                            "family."])
_t("weekday_sentencing_set", W, ["Sentencing has been set for [[{WD}, {D:F}]], the judge told {R}'s lawyers."])
_t("weekday_probe_signal", W, ["Controllers at {U} lost the probe's signal at 3.14am on [[{WD}, {D:B}]]."],
   yr=(1965, 2015))
_t("weekday_national_record", W, ["{P} broke the national 400m record at the {T} stadium on [[{WD} {D:FO}]]."])
_t("weekday_symphony_premiere", W, ["The orchestra gave the symphony its first performance at {O} on "
                                    "[[{WD}, {D:ORD}]]."])
_t("weekday_boil_notice", W, ["Households in {T} were told to boil their drinking water from [[{WD} {D:SH}]] "
                              "until further notice."])
_t("weekday_dam_gave_way", W, ["The dam above {T} gave way shortly after midnight on [[{WD}, {D:F}]], sending a "
                               "wall of water down {K}."])
_t("weekday_ferry_resumes", W, ["The ferry service from {T} to {T2} resumes [[{WD} {D:AP}]], the operator said."],
   ap=True)
_t("weekday_context_dm", W, ["{C} played their first match at the new ground on [[{WD} {D:DM} {D:Y}]], losing 3-1 "
                             "to {C2}."], yr=(1950, 2015))

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_chair_sworn", I, ["{P} became the first woman to chair {F} on [[{D:F}]]."])
_t("impossible_estate_sale", I, ["The sale of the {T} estate to a property developer was completed on [[{D:BO}]]."])
_t("impossible_marriage_certificate", I, ["A certificate dated [[{D:DOT}]] records the marriage of {R} and {Q} "
                                          "at {T}."])
_t("impossible_station_police", I, ["Police were called to {T} railway station at about 11pm on [[{D:B}]] after "
                                    "reports of a fight."])
_t("impossible_ward_closed", I, ["Hospital records show the children's ward at {X} closed to visitors from "
                                 "[[{D:ISO}]]."])
_t("impossible_bonfires_md", I, ["Every year on [[{D:MD}]], the people of {T} light bonfires on the hills above "
                                 "the town."])
_t("impossible_patron_saint_ow", I, ["The feast of {T}'s patron saint falls on [[{D:OW}]], when the whole town "
                                     "shuts."])
_t("impossible_club_founded", I, ["{C} were founded in the back room of a pub on [[{D:ORD}]]."])
_t("impossible_ship_launched", I, ["{V} was launched at the {T} yard on [[{D:AP}]]."])
_t("impossible_will_signed", I, ["Her will, signed on [[{D:SH}]], left everything to {U}."])
_t("impossible_harvest_fair_ordny", I, ["Each year the {T} harvest fair opens on [[{D:ORDNY}]] and runs for a "
                                        "week."])
_t("impossible_independence", I, ["{N} declared its independence from {N2} on [[{D:FO}]]."])
_t("impossible_obit_born", I, ["{P}, who was born in {T} on [[{D:B}]], has died after a short illness."])
_t("impossible_summit", I, ["The climbers reached the top of {M} at 2.40pm on [[{D:F}]]."])
_t("impossible_agm_dm", I, ["{F} always holds its annual general meeting on [[{D:DM}]], a tradition its founder "
                            "began."])
_t("impossible_contract_signed", I, ["The court heard that the building contract was signed on [[{D:BO}]]."])
_t("impossible_scholarship_apmd", I, ["Applications for the {T} travel scholarship close each year on "
                                      "[[{D:APMD}]]."])
_t("impossible_diary_shmd", I, ["The diary entry headed [[{D:SHMD}]] describes the storm in vivid detail."])
_t("impossible_referendum_ap", I, ["The referendum in {N} on joining the currency union was held on [[{D:AP}]]."])
_t("impossible_river_burst", I, ["{K} burst its banks at {T} on [[{D:F}]], flooding two hundred homes."])
_t("impossible_vaccination_dot", I, ["The clinic at {X} gave its first polio vaccinations on [[{D:DOT}]]."],
   yr=(1950, 2015))
_t("impossible_indoor_record", I, ["The world record fell at the indoor championships in {T} on [[{D:FO}]]."])
_t("impossible_party_banned", I, ["The government of {N} banned {J} by decree on [[{D:B}]]."])
_t("impossible_opera_first_night", I, ["The opera had its first night at {O} on [[{D:ORD}]]."])

# --- restated_event -----------------------------------------------------------
R = "restated_event"
_t("restated_same_eruption", R, ["The eruption of {M} on [[{A:F}]] buried three villages under ash.",
                                 "Geologists who studied the [[{B:Y}]] eruption say the volcano could wake again."])
_t("restated_same_coup", R, ["The army seized power in {N} in a coup on [[{A:B}]].",
                             "{R}, who led the coup of [[{B:MY}]], later became president."])
_t("restated_same_derailment", R, ["Nine passengers were hurt in the derailment of the {T} express on "
                                   "[[{A:FO}]].",
                                   "An inquiry into the derailment, which happened on [[{B:FO}]], blamed a cracked "
                                   "rail."])
_t("restated_same_heatwave", R, ["The heatwave of [[{A:SUMMER}]] killed hundreds of elderly people across {N}.",
                                 "Doctors in {T} still call the [[{B:Y}]] heatwave the worst in living memory."],
   gap=(2, 12))
_t("restated_same_ceasefire", R, ["A ceasefire between {N} and {N2} came into force at midnight on [[{A:F}]].",
                                  "Since the ceasefire came into force on [[{B:F}]], not a shot has been fired "
                                  "across the border."])
_t("restated_same_referendum", R, ["{N} voted to leave the customs union in a referendum held on [[{A:B}]].",
                                   "Turnout in the referendum of [[{B:B}]] was 71 per cent."])
_t("restated_same_jailbreak", R, ["Four inmates escaped from {T} prison in a jailbreak on [[{A:F}]].",
                                  "Two of the men who took part in the jailbreak on [[{B:F}]] were never "
                                  "recaptured."])
_t("restated_same_hijacking", R, ["The hijacking of a flight from {T} to {T2} on [[{A:BO}]] ended after forty hours "
                                  "on the tarmac.",
                                  "Its captain, {R}, later wrote a memoir about the hijacking of [[{B:Y}]]."])
_t("restated_same_collision", R, ["{V} sank after a collision with a container ship in the estuary on [[{A:F}]].",
                                  "Divers who examined the wreck concluded that the collision, on [[{B:MD}]], was "
                                  "caused by fog."], sy=True)
_t("restated_same_heist", R, ["Thieves got away with jewels worth £3m in a heist at a {T} bank on [[{A:AP}]].",
                              "The heist, carried out on [[{B:AP}]], remains the largest in the town's history."])
_t("restated_same_explosion", R, ["An explosion at the {F} works in {T} killed six men on [[{A:B}]].",
                                  "Relatives of those killed in the explosion of [[{B:B}]] have unveiled a "
                                  "memorial at the gates."])
_t("restated_same_siege", R, ["The siege of {T} began in [[{A:MY}]], when rebel forces cut the last road into the "
                              "city.",
                              "Survivors of the siege, which began in [[{B:MY}]], gathered in the main square to "
                              "remember the dead."], gap=(2, 12))
_t("restated_same_lockout", R, ["The lockout at {F}'s plant in {T} started on [[{A:F}]].",
                                "Union leaders said the lockout, imposed on [[{B:F}]], was designed to break "
                                "them."], gap=(2, 12))
_t("restated_same_premiere", R, ["The film had its premiere at {O} on [[{A:BO}]].",
                                 "The cast were reunited for a charity screening to mark the premiere, which took "
                                 "place on [[{B:BO}]]."])
_t("restated_same_coronation", R, ["The coronation of King Leofric took place in the cathedral at {T} on "
                                   "[[{A:ORD}]].",
                                   "Crowds lined the streets of {T2} to celebrate the coronation on [[{B:ORD}]]."])
_t("restated_same_kidnapping", R, ["The kidnapping of {Q}, the daughter of a {F} executive, happened on "
                                   "[[{A:F}]].",
                                   "No one has ever been charged over the kidnapping of [[{B:MY}]]."])
_t("restated_same_tornado", R, ["A tornado tore through {T} on [[{A:F}]], flattening the primary school.",
                                "The tornado of [[{B:F}]] was the strongest ever recorded in the county."])
_t("restated_same_drought", R, ["The drought of [[{A:Y}]] dried up {K} for the first time on record.",
                                "Farmers ruined by the drought in [[{B:Y}]] were offered emergency loans."],
   gap=(3, 12))
_t("restated_same_hunger_strike", R, ["{R} began a hunger strike in {T} jail on [[{A:B}]].",
                                      "Supporters held vigils outside the prison throughout the hunger strike, "
                                      "which he began on [[{B:B}]]."], gap=(2, 12))
_t("restated_same_cave_in", R, ["Eleven miners were trapped by a cave-in at the {T} colliery on [[{A:FO}]].",
                                "All eleven survived the cave-in of [[{B:FO}]], after rescuers dug for three "
                                "days."])
_t("restated_same_outbreak", R, ["The cholera outbreak in {T} was declared on [[{A:F}]].",
                                 "Health officials who fought the outbreak, declared on [[{B:F}]], were later "
                                 "honoured by the government."], gap=(2, 12))
_t("restated_same_merger", R, ["{F} and {F2} completed their merger on [[{A:SH}]].",
                               "Since the merger of [[{B:SH}]], the combined firm has cut 1,200 jobs."])
_t("restated_diff_elected_her_election", R, ["{P} was elected to parliament for {T} on [[{A:F}]].",
                                             "Her election on [[{B:F}]] made her the first member of {J} to win "
                                             "the seat."])
_t("restated_diff_married_wedding", R, ["{Q} married {R} at the parish church in {T} on [[{A:BO}]].",
                                        "Guests at the wedding, on [[{B:BO}]], included half the village."])
_t("restated_diff_retired_retirement", R, ["{R} retired from international cricket on [[{A:B}]].",
                                           "Since his retirement in [[{B:MY}]], he has coached schoolchildren in "
                                           "{T}."])
_t("restated_diff_escaped_breakout", R, ["Three prisoners escaped from {T} jail through a tunnel on [[{A:F}]].",
                                         "The breakout, on [[{B:F}]], led to the governor's resignation."])
_t("restated_diff_convicted_verdict", R, ["{R} was convicted of fraud at {T} Crown Court on [[{A:BO}]].",
                                          "He has protested his innocence ever since the verdict of [[{B:BO}]]."])
_t("restated_diff_summit_her_ascent", R, ["{P} reached the summit of {M} on [[{A:F}]], the first woman to do so.",
                                          "Her ascent, made on [[{B:F}]] without bottled oxygen, is the subject of a "
                                          "new documentary."])
_t("restated_diff_premiered_opening_night", R, ["The musical premiered at {O} on [[{A:B}]].",
                                                "Critics at the opening night, on [[{B:B}]], were sharply divided."])
_t("restated_diff_burned_blaze", R, ["The old corn mill at {T} burned down on [[{A:AP}]].",
                                     "Firefighters who tackled the blaze on [[{B:AP}]] said it had been started "
                                     "deliberately."])
_t("restated_diff_appointed_appointment", R, ["The board of {F} appointed {Q} as chief executive on [[{A:F}]].",
                                              "The appointment, which was made on [[{B:F}]], surprised investors."])
_t("restated_diff_kidnapped_abduction", R, ["{Q}, a {T} businesswoman, was kidnapped outside her home on "
                                            "[[{A:FO}]].",
                                            "Police said the abduction, on [[{B:FO}]], had been planned for "
                                            "months."])
_t("restated_diff_tornado_twister", R, ["A tornado struck {T} on [[{A:F}]], killing two people.",
                                        "The twister that hit the town on [[{B:F}]] destroyed forty homes."])
_t("restated_diff_ceasefire_truce", R, ["{N} and {N2} agreed a ceasefire on [[{A:B}]].",
                                        "The truce of [[{B:B}]] ended four years of fighting along the river."])
_t("restated_diff_demolished_demolition", R, ["The cooling towers at {T} power station were demolished on "
                                              "[[{A:F}]].",
                                              "Thousands turned out to watch the demolition on [[{B:F}]]."])
_t("restated_diff_aground_grounding", R, ["{V} ran aground off {T} on [[{A:BO}]].",
                                          "The grounding, on [[{B:BO}]], spilled fuel oil along eight miles of "
                                          "coast."])
_t("restated_diff_knocked_out_that_upset", R, ["{C2} were knocked out of the cup by {C} on [[{A:F}]].",
                                               "{C} fans still talk about that upset, on [[{B:F}]], as the club's "
                                               "finest hour."])
_t("restated_diff_holdup_robbed", R, ["Staff at the {T} post office were tied up during the hold-up of "
                                      "[[{A:MY}]].",
                                      "Two masked men robbed the branch on [[{B:F}]], escaping with £40,000."])
_t("restated_diff_administration_failure", R, ["{F} went into administration on [[{A:B}]].",
                                               "The firm's failure in [[{B:MY}]] cost nine hundred jobs in {T}."])
_t("restated_diff_pardoned_pardon", R, ["{R} was pardoned by the president of {N} on [[{A:F}]].",
                                        "The pardon, granted on [[{B:F}]], came after a long campaign by his "
                                        "family."])
_t("restated_diff_derailed_quote_it", R, ["The night express left the rails outside {T} on [[{A:F}]], killing four "
                                          "people.",
                                          "\"It was [[{B:F}]], and I can still hear the noise,\" said {R}, who was "
                                          "driving."])
_t("restated_diff_unveiled_unveiling", R, ["A statue of {P} was unveiled in {T}'s market square on [[{A:BO}]].",
                                           "Her grandchildren attended the unveiling on [[{B:BO}]]."])
_t("restated_diff_merged_combined_group", R, ["{F} and {F2} merged on [[{A:F}]].",
                                              "The combined group, created on [[{B:F}]], now employs six thousand "
                                              "people."])
_t("restated_diff_relegated_the_drop", R, ["{C} were relegated on [[{A:B}]] after a 2-2 draw at home.",
                                           "Since the drop, confirmed on [[{B:B}]], the club has changed manager "
                                           "twice."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_graduated_then_joined", O, ["{P} graduated from {U} in [[{E:Y}]] and then joined {F} as a trainee in "
                                      "[[{L:Y}]]."])
_t("order_ahead_of_election", O, ["Ahead of the general election of [[{L:MY}]], {J} chose {P} as its candidate for "
                                  "{T} in [[{E:MY}]]."])
_t("order_well_before_reservoir", O, ["The last families left the valley village of {T} in [[{E:Y}]], well before "
                                      "the new reservoir drowned it in [[{L:Y}]]."])
_t("order_not_until_cable", O, ["It was not until the undersea cable was laid in [[{E:Y}]] that the islanders "
                                "could telephone the mainland; the first call was made in [[{L:Y}]]."])
_t("order_aftermath_floods", O, ["In the aftermath of the floods of [[{E:MY}]], the council built new defences "
                                 "along {K}, finishing them in [[{L:MY}]]."])
_t("order_novel_sequel_followed", O, ["Her debut novel appeared in [[{E:Y}]]; its sequel followed in "
                                      "[[{L:Y}]]."])
_t("order_promoted_following_season", O, ["{C} won promotion on [[{E:F}]] but went straight back down the following "
                                          "season, relegated on [[{L:F}]]."])
_t("order_charged_convicted", O, ["The suspect was charged on [[{E:BO}]] and convicted at {T} Crown Court on "
                                  "[[{L:BO}]]."])
_t("order_painting_afterwards", O, ["The gallery bought the painting at auction in [[{E:MY}]].",
                                    "It went on public display soon afterwards, in [[{L:MY}]]."])
_t("order_on_completing_training", O, ["On completing her training at {X} in [[{E:Y}]], {P} was posted to a field "
                                       "hospital in {N} in [[{L:Y}]]."])
_t("order_upon_release", O, ["Upon his release from prison in [[{E:MY}]], {R} returned to {T}, where he opened a "
                             "bicycle shop in [[{L:MY}]]."])
_t("order_ratified_after_signed", O, ["The border treaty between {N} and {N2} was ratified on [[{L:F}]], some time "
                                      "after it had been signed on [[{E:F}]]."])
_t("order_merger_agreed_approved", O, ["The merger, agreed by both boards in [[{E:MY}]], was approved by "
                                       "competition regulators in [[{L:MY}]]."])
_t("order_laid_down_launched", O, ["The frigate was laid down at the {T} yard on [[{E:MD}]] and launched on "
                                   "[[{L:F}]]."], sy=True)
_t("order_summit_back_at_camp", O, ["{P} reached the summit of {M} on [[{E:DM}]] and was back at base camp by "
                                    "[[{L:B}]]."], sy=True)
_t("order_fever_within_weeks", O, ["The first case of the fever was reported in {T} on [[{E:F}]].",
                                   "Within weeks it had spread to {T2}, where cases were confirmed on [[{L:F}]]."],
   sy=True)
_t("order_hired_dismissed", O, ["{C} hired {R} as manager in [[{E:MY}]] and dismissed him in [[{L:MY}]] after a run "
                                "of defeats."], sy=True)
_t("order_trial_collapsed_retrial", O, ["After the trial collapsed in [[{E:MY}]], prosecutors announced a retrial, "
                                        "which opened in [[{L:MY}]]."])
_t("order_second_reading_assent", O, ["The bill passed its second reading on [[{E:B}]] and received royal assent "
                                      "on [[{L:B}]]."])
_t("order_station_built_electrified", O, ["{T} station, built in [[{E:Y}]], was electrified in [[{L:Y}]]."])
_t("order_diagnosis_in_response", O, ["Her son was diagnosed with the disease in [[{E:Y}]], and in response {Q} set "
                                      "up the charity in [[{L:Y}]]."])
_t("order_farewell_shortly_before", O, ["The orchestra gave its farewell concert at {O} in [[{E:MY}]], shortly "
                                        "before it was formally wound up in [[{L:MY}]]."])
_t("order_unsafe_repairs_followed", O, ["The bridge over {K} was declared unsafe in [[{E:MY}]], and the repairs that "
                                        "followed began in [[{L:MY}]]."])
_t("order_met_married", O, ["The couple met as students at {U} in [[{E:Y}]] and married in [[{L:Y}]]."])
_t("order_sworn_first_act", O, ["{R} was sworn in as prime minister of {N} on [[{E:F}]], and his first act in "
                                "office, on [[{L:F}]], was to free political prisoners."])
_t("order_approved_thereafter", O, ["The vaccine was approved by regulators in [[{E:MY}]], and vaccinations started "
                                    "at {X} thereafter, in [[{L:MY}]]."])

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"
_t("anachronism_bypass_opened", A, ["The new bypass around {T} opened to traffic on [[{D:F}]]."])
_t("anachronism_promoted", A, ["{C} were promoted to the top flight on [[{D:BO}]], ending a long wait."])
_t("anachronism_agreed_to_buy", A, ["{F} announced on [[{D:AP}]] that it had agreed to buy {F2}."])
_t("anachronism_novelist_died", A, ["{P}, the {T} novelist, died on [[{D:B}]] at her home in {T2}."])
_t("anachronism_inquiry_report", A, ["The inquiry into the {T} rail crash published its final report in "
                                     "[[{D:MY}]]."])
_t("anachronism_constitution_vote", A, ["Voters in {N} approved a new constitution in a referendum held on "
                                        "[[{D:FO}]]."])
_t("anachronism_storm_swept", A, ["{H} swept across the islands in [[{D:LATE}]], destroying the banana crop."])
_t("anachronism_found_guilty", A, ["The jury at {T} Crown Court found {R} guilty of arson on [[{D:ORD}]]."])
_t("anachronism_comet_paper", A, ["Astronomers at {U} reported the discovery of the comet in a paper dated "
                                  "[[{D:ISO}]]."])
_t("anachronism_new_therapy", A, ["{X} treated its first patient with the new gene therapy in [[{D:MY}]]."])
_t("anachronism_festival_cancelled", A, ["The {T} folk festival was cancelled in [[{D:Y}]] for lack of funds."])
_t("anachronism_funeral_mourners", A, ["Mourners filled the parish church in {T} for the funeral of {R}, who died "
                                       "on [[{D:F}]]."])
_t("anachronism_final_flight", A, ["The final scheduled flight from {T} airport took off on [[{D:DOT}]]."])
_t("anachronism_headquarters_completed", A, ["Construction of {F}'s new headquarters in {T} was completed in "
                                             "[[{D:MID}]]."])
_t("anachronism_ban_overturned", A, ["The supreme court of {N} overturned the ban on {J} on [[{D:SH}]]."])
_t("anachronism_rel_last_night", A, ["The derailment [[last night]], shortly before 11pm on [[{D:F}]], injured "
                                     "fourteen passengers."], rel="last night")
_t("anachronism_rel_yesterday", A, ["[[Yesterday]]'s verdict at {T} Crown Court, delivered on [[{D:B}]], ends a "
                                    "long saga for {R}."], rel="Yesterday")
_t("anachronism_rel_this_morning", A, ["{C} sacked their manager [[this morning]], [[{D:AP}]], after a run of "
                                       "defeats."], rel="this morning")
_t("anachronism_rel_earlier_this_week", A, ["Shares in {F} fell sharply [[earlier this week]], on [[{D:F}]], after a "
                                            "profit warning."], rel="earlier this week")
_t("anachronism_rel_last_weekend", A, ["The storm that battered {T} [[last weekend]], on [[{D:FO}]], brought down "
                                       "power lines across the county."], rel="last weekend")
_t("anachronism_rel_twenty_three_days", A, ["[[Twenty-three days ago]], on [[{D:F}]], {Q} walked out of her house "
                                            "in {T} and has not been seen since."], rel="Twenty-three days ago")
_t("anachronism_rel_earlier_this_month", A, ["The council approved the plans for a new marina [[earlier this "
                                             "month]], on [[{D:BO}]]."], rel="earlier this month")
_t("anachronism_rel_earlier_this_year", A, ["{N} held its first free elections [[earlier this year]], in "
                                            "[[{D:MY}]]."], rel="earlier this year")
_t("anachronism_rel_fortnight_ago", A, ["The walk-in clinic at {X} opened its doors [[a fortnight ago]], on "
                                        "[[{D:B}]]."], rel="a fortnight ago")
_t("anachronism_rel_this_afternoon", A, ["Fire crews were called to a warehouse in {T} [[this afternoon]], "
                                         "[[{D:F}]], after smoke was seen pouring from the roof."],
   rel="this afternoon")
_t("anachronism_rel_two_days_ago", A, ["Rail services between {T} and {T2} were suspended [[two days ago]], on "
                                       "[[{D:ORD}]], after a landslip."], rel="two days ago")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
_t("duration_elected_council_age", D, ["Born on [[{S:F}]], {P} was [[{NUM}]] when she was elected to {T} council on "
                                       "[[{E:F}]]."], unit="years", span=(18 * 365, 60 * 365), min=18, top=100)
_t("duration_behind_bars", D, ["{R} was released on [[{E:BO}]] after [[{NUM} years]] behind bars; he had been "
                               "jailed on [[{S:BO}]]."], unit="years", span=(3 * 365, 30 * 365), top=60)
_t("duration_day_trial", D, ["The [[{NUM}-day]] trial, which opened at {T} Crown Court on [[{S:F}]] and ended on "
                             "[[{E:F}]], cost two million pounds."], unit="days", span=(3, 8), top=60)
_t("duration_years_service", D, ["{Q} retired from the fire service on [[{E:B}]] after [[{NUM} years']] service; "
                                 "she had joined it on [[{S:B}]]."], unit="years", span=(10 * 365, 40 * 365),
   top=70)
_t("duration_months_on_run", D, ["Police caught {R} on [[{E:F}]] after [[{NUM} months]] on the run; he had escaped "
                                 "from {T} prison on [[{S:F}]]."], unit="months", span=(60, 900))
_t("duration_days_adrift", D, ["The yachtsman {R} was picked up by a trawler on [[{E:DM}]], [[{NUM} days]] adrift "
                               "after setting sail from {T} on [[{S:F}]]."], unit="days", span=(3, 8), top=40)
_t("duration_month_investigation", D, ["The [[{NUM}-month]] investigation into {F}, opened on [[{S:B}]] and closed "
                                       "on [[{E:B}]], found no wrongdoing."], unit="months", span=(90, 1500))
_t("duration_career_spanning", D, ["A career spanning [[{NUM} years]] took {P} from her debut at {O} in [[{S:Y}]] "
                                   "to her final performance there in [[{E:Y}]]."], unit="years",
   span=(8 * 365, 45 * 365), top=80)
_t("duration_first_time_in", D, ["{C} won the league on [[{E:F}]] for the first time in [[{NUM} years]]; their "
                                 "previous title came in [[{S:Y}]]."], unit="years", span=(6 * 365, 60 * 365),
   min=5, top=90)
_t("duration_foal_weeks_old", D, ["The foal, born on [[{S:MD}]], was [[{NUM} weeks]] old when it was sold at {T} "
                                  "market on [[{E:F}]]."], unit="weeks", span=(14, 200), top=60)
_t("duration_married_when_died", D, ["The couple had been married for [[{NUM} years]] when {R} died on [[{E:FO}]]; "
                                     "they wed at {T} on [[{S:FO}]]."], unit="years", span=(5 * 365, 60 * 365),
   top=80)
_t("duration_polar_station", D, ["{P} spent [[{NUM} months]] at the polar research station, arriving on [[{S:F}]] "
                                 "and leaving on [[{E:F}]]."], unit="months", span=(60, 700), top=60)
_t("duration_weeks_after_fire", D, ["Exactly [[{NUM} weeks]] after the fire of [[{S:B}]], on [[{E:B}]], the bakery "
                                    "on the high street reopened."], unit="weeks", span=(20, 400))
_t("duration_called_home", D, ["{Q} has called {T} home for [[{NUM} years]], since arriving from {N} in "
                               "[[{S:MY}]]."], unit="years", yr=(1940, 2005), top=90)
_t("duration_formed_years_ago", D, ["The {T} male voice choir, formed [[{NUM} years ago]] in [[{S:Y}]], still "
                                    "rehearses in the old chapel."], unit="years", yr=(1920, 2005), top=110)
_t("duration_marking_transplant", D, ["{X} is marking [[{NUM} years]] since its first heart transplant, performed "
                                      "on [[{S:F}]]."], unit="years", yr=(1960, 2005), min=5, top=70)
_t("duration_held_hostage", D, ["The tanker's crew were held hostage for [[{NUM} days]] before being freed on "
                                "[[{E:F}]]; pirates had boarded the ship on [[{S:F}]]."], unit="days", span=(10, 150),
   top=250)
_t("duration_jury_deliberated", D, ["The jury deliberated for [[{NUM} days]], retiring on [[{S:DM}]] and returning "
                                    "its verdicts on [[{E:B}]]."], unit="days", span=(2, 6), top=40)
_t("duration_field_hospital_built", D, ["The field hospital was built in [[{NUM} weeks]], with work starting on "
                                        "[[{S:MD}]] and the first patients admitted on [[{E:F}]]."], unit="weeks",
   span=(14, 40), top=40)
_t("duration_organ_in_making", D, ["The cathedral's new organ, [[{NUM} years]] in the making, was first played on "
                                   "[[{E:F}]]; work on it had begun in [[{S:MY}]]."], unit="years",
   span=(3 * 365, 25 * 365), top=50)
_t("duration_hospital_fortnight", D, ["{P} was in hospital for [[a fortnight]], admitted on [[{S:B}]] and "
                                      "discharged on [[{E:B}]]."], unit="days", span=(30, 200),
   fixed=(14, "a fortnight"))
_t("duration_ban_decade", D, ["The export ban, imposed in [[{S:MY}]] and lifted in [[{E:MY}]], had lasted "
                              "[[a decade]]."], unit="years", span=(200, 700), fixed=(10, "a decade"))
_t("duration_graduation_centenary", D, ["{U} is celebrating the [[centenary]] of its first graduation ceremony, "
                                        "held on [[{S:F}]]."], unit="years", yr=(1930, 1990),
   fixed=(100, "centenary"))
_t("duration_half_century_counter", D, ["After [[half a century]] behind the counter, {R} shut his hardware shop on "
                                        "[[{E:F}]]; he had opened it on [[{S:F}]]."], unit="years",
   span=(10 * 365, 35 * 365), fixed=(50, "half a century"))
_t("duration_year_old_record", D, ["The [[{NUM}-year-old]], who was born in {T} on [[{S:BO}]], set the record on "
                                   "[[{E:BO}]]."], unit="years", span=(15 * 365, 70 * 365), min=12, top=100)
_t("duration_died_at", D, ["{R}, who died on [[{E:F}]] at [[{NUM}]], was born in {T} on [[{S:F}]]."],
   unit="years", span=(40 * 365, 95 * 365), min=20, top=110)
_t("duration_week_stoppage", D, ["The [[{NUM}-week]] stoppage at the {F} plant began on [[{S:F}]] and ended on "
                                 "[[{E:F}]]."], unit="weeks", span=(30, 500))
_t("duration_parish_council_words", D, ["{Q} has sat on the parish council for [[{NUM} years]], since first being "
                                        "elected in [[{S:Y}]]."], unit="years", yr=(1975, 2005), words=True)
_t("duration_years_in_business", D, ["The village shop, which opened on [[{S:F}]], closed on [[{E:F}]] after "
                                     "[[{NUM} years]] in business."], unit="years", span=(5 * 365, 50 * 365),
   top=80)
_t("duration_turned_age", D, ["{P} turned [[{NUM}]] on [[{E:F}]]; she was born in {T} on [[{S:F}]]."],
   unit="years", span=(20 * 365, 100 * 365), min=10, top=110)
_t("duration_viaduct_months", D, ["Engineers took [[{NUM} months]] to repair the viaduct, closing it on [[{S:AP}]] "
                                  "and reopening it on [[{E:AP}]]."], unit="months", span=(20, 100), top=40)
_t("duration_weeks_into_dispute", D, ["By [[{E:F}]], [[{NUM} weeks]] into the dispute that began on [[{S:F}]], the "
                                      "two sides had still not met."], unit="weeks", span=(20, 300))
