"""``blind36``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind36`` templates.  Written on 2026-11-24 (started 05:06:22 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind35's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), its date tests
# (tests/test_temporal*, tests/test_event_identity.py, tests/test_order*,
# tests/test_restate*, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/, the body of benchmarks/event_identity.py, any other
# template file, or the git history.
# Base commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# 1a645f4f2839590fc522ecc47d8bfb718d12005d.
# What was read: lines 1-430 of benchmarks/date_templates_blind35.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its first ``_t(`` template, found with ``grep -n '^_t('``, whose output
# showed that first template's line in full: a weekday template about a
# fraud sentencing) -- its machinery (lines 118-145, 160-169 and 179-428) was
# copied and adapted (``b36_`` names, ``BLIND36_TEMPLATES``, "nineteen days
# ago" as the new relative anchor, different from blind35's "eighteen days
# ago"; ``_ctx`` also draws a university ``U`` and a river ``K``), its name
# lists were replaced and none of its names, places or sentences were
# reused; tests/date_template_checks.py (whole file, the shared checks);
# tests/test_date_templates_independent.py (whole file, where the ``blind36``
# row was added and the docstring's range extended to blind36); in
# tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A12``); in benchmarks/date_conflicts.py only the output of
# ``grep -n`` for the blind35 import line (90) and the ``"blind35":`` entry
# (2596), then one import line and one dict entry were added after them with
# a python edit (its ``git diff -U0`` showed the hunk context
# ``INDEPENDENT_SETS = {``); in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line, changed with the sed line of the brief and shown
# with ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A12`` of ``load_benchmark`` ran into the
# signature of tests/conftest.py's ``date_conflicts`` helper; the ``FRESH``
# line carries a comment (the shipped pass was fitted without the FRESH
# sets; blind31-blind34 are development data now; a refit needs --write).
# No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind36``, which runs no
# detector) and a throwaway script (outside the worktree) applying the shared
# checks over 300 seeds and printing a rendered sample of every template --
# never through the detector; benchmarks/date_conflicts.py was not run (only
# byte-compiled).
# This is a fresh independent test set, to be scored ONCE before and ONCE
# after session 16's rounds, and never used to tune the detector.  Every
# template is used: ``--split blind36``.
#
# Conventions (those of blind35, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b36_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# stands in the sentence ("opened in L, after the foundation stone had been
# laid in E"; "closed in L; it had opened in E"; "presented on L, once
# cabinet had signed it off on E"; "prior to the official opening on L, ...
# staged a test match on E").  Order pairs and connectives: nominated/
# confirmed, applied/approved (planning, customs union), indicted/"went on
# trial", auditioned/cast, foundation stone/opened ("after ... had been
# laid"), "following the merger", "by the time ... had agreed",
# convicted/sentenced, "did not recede until", "having graduated",
# launched/maiden voyage, "won promotion ..., then went straight back down",
# held/certified, "only once ... had ratified, did it come into force",
# "later served", filed/granted, debut/last Test, closed/"had opened",
# first case/"declared over", "before its shares were suspended", "after
# securing a loan", approved/"work started", extradited/appeared, "once
# cabinet had signed it off", thesis/degree, "prior to".  Restated templates
# are ``b36_restated_same_*`` (one head word twice: "the eruption" ... "the
# eruption", verdict, merger, derailment, referendum, coronation, explosion,
# strike, final, heist, by-election, fire, crash, summit, ceasefire, recall,
# drought, launch, hijacking, collapse, premiere, census) or
# ``b36_restated_diff_*`` (referred back in other words: synonym --
# earthquake/disaster, Hurricane/storm, uncovered/find, accord/treaty,
# acquitted/not-guilty verdicts, "went down"/relegation --, verb against noun
# -- went into administration/administrators appointed, married/wedding,
# sold/sale, elected/victory, sank/sinking, abducted/kidnapping, downgraded/
# downgrade, inaugurated/opening ceremony, broke out/breakout, knighted/
# honour, killed/fatal fall, stepped down/exit --, demonstrative "that
# ruling", "the vote", pronoun "it", possessives "her victory", "their
# wedding", "her charity" after a "who founded" apposition, "my
# inauguration" in a quote); which side gets the earlier date is drawn at
# random; events that last (an eruption, a strike, a drought) are dated at
# least two calendar years apart (``gap=(2, 12)``).  Duration phrasings:
# "at the age of N", "served N years ..., from ... until", "the N-year-old
# ... first lit in", "N weeks later, on", "after N years of trading", "a
# N-month build", "it is N years since", "it was N years ago, on", "Nth
# anniversary", "centenary", "half a century", "a fortnight", "after a
# decade in exile", "aged N", "the N-day trial", "for N years, taking the
# chair in ... stepping down in", "after N months of repairs", "N days in
# all", "spent N weeks in intensive care", "is N years old", "a N-month
# investigation", "N years later, in", "N months on", "was N years old when
# it was demolished", "lasted N months" (spring/autumn), "spent N days
# adrift", "has now sat for N years", "N-week tour", "after just N days in
# the job", "took N years" (early/late years), "after N years together",
# "spanning N years".  Like blind35, the set has no near-miss or clean
# (conflict-free) templates: every template must be a real conflict of its
# kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it (weekday templates with
# such a format mark the bare year ``{D:Y}`` separately).  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "nineteen days ago").  Counts: 23 weekday_mismatch, 23 impossible_date,
# 45 restated_event (22 same, 23 diff), 27 order_violation, 25
# publication_anachronism (15 dated after publication, 10 relative
# expressions pinned far from it), 32 duration_arithmetic (175 in all).
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers and countries are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "nineteen days ago"})


FIRST_F = ["Marguerite", "Ottilie", "Henrietta", "Solveig", "Ines", "Clementine", "Winifred", "Yolanda"]
FIRST_M = ["Ambrose", "Lysander", "Crispin", "Tobias", "Horatio", "Gideon"]
LAST = ["Fairweather", "Okonkwo-Hale", "Brightwater", "Lindqvist", "Ravensworth", "Achterberg", "Pennycook",
        "Quarrington", "Mallinder", "Estabrook", "Vasquez-Tarrant", "Kilbride", "Honeysett", "Dravecky"]
TOWNS = ["Wexley Sands", "Coldharbour Mill", "Fennick Green", "Stourmouth", "Blackwater Ferry", "Lindenholt",
         "Cragwell", "Marrowby", "Tansley Vale", "Port Ellery"]
FIRMS = ["Ridgeback Freight", "Corvane Pharmaceuticals", "Halberd Steel", "Bramblecote Foods", "Ostrander & Pike",
         "Quillon Telecom", "Glenmarrow Distillers", "Westerly Aero"]
NATIONS = ["Caldoria", "Ostravia", "Merenland", "Tuvessa", "Kharvonia", "Solennes"]
CLUBS = ["Wexley Sands Wanderers", "Stourmouth City", "Fennick Green Rangers", "Lindenholt Borough",
         "Cragwell Athletic", "Port Ellery Harriers"]
STORMS = ["Hurricane Esmeralda", "Typhoon Korrin", "Cyclone Delphine", "Storm Gwendolen", "Hurricane Lazarus"]
SHIPS = ["the ferry Spirit of Marrowby", "the trawler Northern Kittiwake", "MV Amber Petrel",
         "the cargo ship Ardent Heron"]
PEAKS = ["Mount Corrandale", "the Vesslerhorn", "Mount Aldith", "Sgurr Liath Mor"]
UNIVERSITIES = ["Stourmouth University", "the University of Tansley Vale", "Cragwell Institute of Technology",
                "Marrowby College"]
RIVERS = ["the River Ousel", "the River Tallow", "the Brannock", "the River Quenby"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS)}


BLIND36_TEMPLATES = new_templates()
_t = registrar("b36_", BLIND36_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_acquittal", W, ["A jury at {T} Crown Court on [[{WD}, {D:B}]] cleared {R} of manslaughter."])
_t("weekday_cup_tie", W, ["{C} beat {C2} 2-0 on [[{WD}, {D:F}]] to reach the quarter-finals for the first time."])
_t("weekday_listing", W, ["Public meeting: 7:30 p.m. [[{WD}, {D:AP}]], {T} library, upstairs room."], ap=True)
_t("weekday_landfall", W, ["{H} came ashore near {T} late on [[{WD}]], [[{D:FO}]], flattening beach huts and "
                           "cutting power to 30,000 homes."])
_t("weekday_poll_context", W, ["The [[{D:Y}]] general election in {N}, held on [[{WD}, {D:MD}]], returned a hung "
                               "parliament."])
_t("weekday_shares", W, ["Shares in {F} jumped 12 percent on [[{WD} {D:B}]] after the group raised its profit "
                         "forecast."])
_t("weekday_funeral", W, ["{P}, the former headteacher, was laid to rest in {T} on [[{WD}, {D:ORD}]]."])
_t("weekday_ferry", W, ["Sailings on {K} ferry route were suspended from [[{WD}, {D:SH}]] because of gales."])
_t("weekday_warehouse", W, ["Firefighters were called to the {F} warehouse shortly after midnight on "
                            "[[{WD}, {D:F}]], and the roof collapsed within the hour."])
_t("weekday_memo", W, ["Dated [[{WD}, {D:BO}]], the memo warned nursing staff that agency cover would be cut."])
_t("weekday_ministry", W, ["In a statement issued on [[{WD}]] ([[{D:ISO}]]), the {N} health ministry said the "
                           "vaccine stocks were safe."])
_t("weekday_marathon_context", W, ["The [[{D:Y}]] {T} marathon was run on [[{WD}, {D:APMD}]] in driving rain."],
   ap=True)
_t("weekday_maiden_speech", W, ["{Q} made her maiden speech in the chamber on [[{WD} {D:BO}]], calling for a "
                                "new hospital in {T}."])
_t("weekday_planning", W, ["The planning committee voted 7-4 on [[{WD}, {D:F}]] to refuse permission for the "
                           "{T} superstore."])
_t("weekday_comet", W, ["Astronomers at {U} announced the comet's discovery on [[{WD}, {D:B}]]."])
_t("weekday_quake", W, ["A magnitude 6.1 earthquake struck southern {N} at 4:12 a.m. local time on "
                        "[[{WD}, {D:AP}]], the geological survey said."])
_t("weekday_missing", W, ["{R}, 54, was last seen leaving a pub in {T} on the evening of [[{WD}, {D:FO}]]."])
_t("weekday_polls_open", W, ["Polling stations across {N} opened at 7am on [[{WD}]], [[{D:SH}]], with long "
                             "queues in the capital."])
_t("weekday_royal_assent", W, ["The bill received royal assent on [[{WD}, {D:ORD}]] and became law at once."])
_t("weekday_auction", W, ["The sale at {T} auction rooms on [[{WD} {D:F}]] raised more than 400,000 pounds for "
                          "the lifeboat station."])
_t("weekday_trading_halt", W, ["Trading in {F} was halted before the open on [[{WD}]], [[{D:DOT}]], pending a "
                               "statement to the exchange."])
_t("weekday_pickets", W, ["The stoppage began at dawn on [[{WD}, {D:FO}]], with pickets outside all four {T} "
                          "depots."])
_t("weekday_transplant", W, ["Surgeons at the {T} teaching hospital carried out the region's first hand "
                             "transplant on [[{WD}, {D:B}]], it was announced."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_bail", I, ["{R} was granted conditional bail by {T} magistrates on [[{D:F}]]."])
_t("impossible_contract", I, ["The supply contract with {F}, signed on [[{D:B}]], ran for five years."])
_t("impossible_charge_sheet", I, ["According to the charge sheet, the offence took place on [[{D:ISO}]] at a "
                                  "flat in {T}."])
_t("impossible_minutes", I, ["The minutes of the {T} parish council meeting of [[{D:DOT}]] record no objection "
                             "to the quarry."])
_t("impossible_birth", I, ["{P} was born in {T} on [[{D:BO}]], the youngest of seven children."])
_t("impossible_last_train", I, ["The last passenger train on the {T} branch ran on [[{D:ORD}]]."])
_t("impossible_invoice", I, ["{F} said the final payment had fallen due on [[{D:AP}]] and was never made."])
_t("impossible_letter_ow", I, ["The letter, dated [[{D:OW}]] and signed by {R}, was read out to the inquiry."])
_t("impossible_festival_md", I, ["The {T} cheese fair has been held on [[{D:MD}]] every year since the war."])
_t("impossible_fixture", I, ["Tickets for the {C} home game of [[{D:SH}]] went on sale at the club shop."])
_t("impossible_storm_warning", I, ["The coastguard issued its storm warning on [[{D:FO}]], hours before {V} "
                                   "lost power."])
_t("impossible_national_day_dm", I, ["{N} marks its national day on [[{D:DM}]] with a military parade."])
_t("impossible_will_ordny", I, ["The will was witnessed on [[{D:ORDNY}]] by two of {r}'s neighbours, the probate "
                                "court heard."])
_t("impossible_expiry", I, ["Inspectors found that the vaccine batch had expired on [[{D:ISO}]], weeks before it "
                            "was given to patients at {U}."])
_t("impossible_river_level", I, ["Gauges show {K} peaked at 5.2 metres above normal on [[{D:F}]]."])
_t("impossible_debut", I, ["{Q} scored twice on her debut for {C} on [[{D:B}]]."])
_t("impossible_inquiry_closed", I, ["The planning inquiry sat for the last time on [[{D:AP}]], and the inspector's "
                                    "report followed in the spring."])
_t("impossible_callout", I, ["Crews from three stations were called to the {F} depot at 3.40am on "
                             "[[{D:BO}]]."])
_t("impossible_registry", I, ["{V} was entered on the {T} shipping register on [[{D:SH}]], port records show."])
_t("impossible_results_apmd", I, ["Exam results at {U} are always published on [[{D:APMD}]]."])
_t("impossible_deed", I, ["The deed transferring the mill to {F} is dated [[{D:DOT}]]."])
_t("impossible_listing", I, ["Shares in {F} were first quoted on the {T} exchange on [[{D:F}]]."])
_t("impossible_show_shmd", I, ["The {T} flower show, held on [[{D:SHMD}]] for as long as anyone can remember, "
                               "draws growers from across the county."])

# --- restated_event -----------------------------------------------------------
R = "restated_event"
LASTING = (2, 12)
_t("restated_same_eruption", R, ["The eruption of {M} on [[{A:F}]] buried three villages under ash.",
                                 "Families displaced by the [[{B:F}]] eruption are still living in temporary "
                                 "housing."], gap=LASTING)
_t("restated_same_verdict", R, ["The verdict, delivered at {T} Crown Court on [[{A:B}]], ended a ten-week trial.",
                                "Lawyers for {R} said they would appeal against the verdict of [[{B:B}]]."])
_t("restated_same_merger", R, ["The merger of {F} and {F2} was completed on [[{A:F}]].",
                               "Since the merger, in [[{B:MY}]], some 600 jobs have gone at the {T} plant."])
_t("restated_same_derailment", R, ["Six passengers died in the derailment near {T} on [[{A:BO}]].",
                                   "The inquiry into the derailment, which happened on [[{B:BO}]], blamed a cracked "
                                   "rail."])
_t("restated_same_referendum", R, ["{N} held its independence referendum on [[{A:AP}]].",
                                   "Turnout in the referendum, on [[{B:AP}]], was 81 percent."])
_t("restated_same_coronation", R, ["The coronation of King Ottokar IV of {N} took place in [[{A:MY}]].",
                                   "Foreign guests at the coronation, in [[{B:Y}]], included the president of "
                                   "{N2}."])
_t("restated_same_explosion", R, ["An explosion ripped through the {F} chemical works on [[{A:ISO}]], according to "
                                  "the charge sheet.",
                                  "Prosecutors say the explosion of [[{B:F}]] could have been avoided."])
_t("restated_same_strike", R, ["The {T} bus strike began in [[{A:MY}]] over changes to drivers' rotas.",
                               "When the strike began, in [[{B:MY}]], few expected it to last the winter."],
   gap=LASTING)
_t("restated_same_final", R, ["{C} lost the cup final to {C2} on [[{A:BO}]].",
                              "{R} has not played since that final on [[{B:BO}]]."])
_t("restated_same_heist", R, ["Thieves took jewellery worth 2m pounds in a heist at a {T} auction house on "
                              "[[{A:F}]].",
                              "Two men were jailed for the heist, carried out on [[{B:F}]], but the gems were "
                              "never found."])
_t("restated_same_by_election", R, ["{P} won the {T} by-election on [[{A:F}]] with a majority of 412.",
                                    "Her predecessor's death had forced the by-election, held on [[{B:FO}]]."])
_t("restated_same_cathedral_fire", R, ["Fire tore through the roof of {T} cathedral on [[{A:B}]].",
                                       "Restoration work after the fire of [[{B:B}]] cost 11m pounds."],
   gap=(1, 12))
_t("restated_same_crash", R, ["A light aircraft crash near {T} on [[{A:AP}]] killed the pilot and two "
                              "passengers.",
                              "Investigators blamed the crash, on [[{B:AP}]], on ice in the fuel line."])
_t("restated_same_summit", R, ["Leaders of {N} and {N2} met for a summit in {T} on [[{A:MD}]].",
                               "At the summit, held on [[{B:F}]], the two sides agreed to reopen the border."],
   sy=True)
_t("restated_same_ceasefire", R, ["The ceasefire between {N} and rebel forces was signed on [[{A:F}]].",
                                  "The ceasefire, signed on [[{B:F}]], collapsed within a month."])
_t("restated_same_recall", R, ["{F} announced a recall of 80,000 kettles on [[{A:B}]] after reports of fires.",
                               "Since the recall was announced on [[{B:B}]], only a third of the kettles have "
                               "been returned."])
_t("restated_same_drought", R, ["The drought of [[{A:Y}]] ruined harvests across {N}.",
                                "Farmers are still repaying loans taken out during the drought, which struck in "
                                "[[{B:Y}]]."], gap=LASTING)
_t("restated_same_launch", R, ["The launch of the weather satellite built at {U}, on [[{A:F}]], went without a hitch.",
                               "Data gathered since the launch on [[{B:F}]] has improved flood forecasts."])
_t("restated_same_hijacking", R, ["The hijacking of {V} off the coast of {N} on [[{A:FO}]] lasted nine days.",
                                  "Three men were convicted of the hijacking, which began on [[{B:FO}]]."])
_t("restated_same_collapse", R, ["The collapse of the main stand at the {C} ground on [[{A:SH}]] injured 40 fans.",
                                 "An inquiry into the collapse of [[{B:SH}]] found the steelwork had rusted "
                                 "through."])
_t("restated_same_premiere", R, ["{P}'s opera had its premiere at the {T} Playhouse on [[{A:F}]].",
                                 "Critics at the premiere on [[{B:F}]] were divided."])
_t("restated_same_census", R, ["The first census of independent {N} was taken in [[{A:MY}]].",
                               "According to the census of [[{B:MY}]], the capital had 212,000 inhabitants."])
_t("restated_diff_administration", R, ["{F} went into administration on [[{A:F}]] with debts of 90m pounds.",
                                       "The administrators, appointed on [[{B:F}]], have since sold the "
                                       "{T} factory."])
_t("restated_diff_stepped_down", R, ["{R} stepped down as chairman of {C} on [[{A:B}]].",
                                     "In the months since his exit on [[{B:B}]], the club has had three "
                                     "managers."])
_t("restated_diff_annulled", R, ["The constitutional court of {N} annulled the presidential election on "
                                 "[[{A:AP}]].",
                                 "That ruling, issued on [[{B:AP}]], forced a rerun of the vote."])
_t("restated_diff_quake_disaster", R, ["The earthquake that hit {T} on [[{A:F}]] left 3,000 people homeless.",
                                       "Rebuilding after the disaster of [[{B:F}]] has been slow."])
_t("restated_diff_wedding", R, ["{P} married {R} at {T} register office on [[{A:BO}]].",
                                "Photographs from their wedding, on [[{B:BO}]], show the couple outside the "
                                "town hall."])
_t("restated_diff_sale", R, ["{F} sold its shipping arm to {F2} in [[{A:MY}]].",
                             "Proceeds from the sale, completed in [[{B:MY}]], were used to pay down debt."])
_t("restated_diff_victory", R, ["{P} was elected mayor of {T} on [[{A:F}]].",
                                "Her victory on [[{B:F}]] made her the first woman to hold the post."])
_t("restated_diff_accord", R, ["{N} and {N2} signed a treaty settling their river border on [[{A:B}]].",
                               "Under the accord, signed on [[{B:B}]], fishing rights on {K} are shared."])
_t("restated_diff_sinking", R, ["{V} sank off {T} on [[{A:F}]] with the loss of 23 lives.",
                                "Relatives say the sinking, on [[{B:F}]], was caused by an overloaded car deck."])
_t("restated_diff_quote_inauguration", R, ["{P} became president of {N} on [[{A:F}]].",
                                           "\"I will never forget my inauguration on [[{B:F}]],\" she told "
                                           "reporters."])
_t("restated_diff_acquitted", R, ["{R} was acquitted of all charges at {T} on [[{A:ISO}]], court records show.",
                                  "Following the not-guilty verdicts of [[{B:F}]], he sued the police."])
_t("restated_diff_relegation", R, ["{C} went down to the third tier on [[{A:F}]] after a 3-0 defeat at {C2}.",
                                   "The club's relegation, sealed on [[{B:F}]], cost the manager his job."])
_t("restated_diff_downgrade", R, ["The maternity unit at {T} hospital was downgraded on [[{A:B}]].",
                                  "Since that downgrade, on [[{B:B}]], expectant mothers have travelled to {T2}."])
_t("restated_diff_pronoun_race", R, ["The {T} half marathon was first run in [[{A:Y}]].",
                                     "It began, organisers say, in [[{B:Y}]] as a charity fun run for the "
                                     "lifeboat."])
_t("restated_diff_knighthood", R, ["{R} was knighted in [[{A:MY}]] for services to engineering.",
                                   "Sir {R}, as he has been since receiving the honour in [[{B:MY}]], now "
                                   "chairs {F}."])
_t("restated_diff_hurricane_storm", R, ["{H} tore through {T} on [[{A:F}]], uprooting thousands of trees.",
                                        "Insurers paid out 40m pounds after the storm of [[{B:F}]]."])
_t("restated_diff_mosaic_find", R, ["Archaeologists uncovered a Roman mosaic beneath a {T} car park in "
                                    "[[{A:MY}]].",
                                    "The find, made in [[{B:MY}]], is now on show at the county museum."])
_t("restated_diff_kidnapping", R, ["{Q} was abducted outside her school in {T} on [[{A:FO}]].",
                                   "Her kidnapping, on [[{B:FO}]], led to the biggest police search in the "
                                   "county's history."])
_t("restated_diff_vote", R, ["The {N} parliament passed the assisted dying bill on [[{A:F}]].",
                             "The vote, taken on [[{B:F}]], was 212 to 190."])
_t("restated_diff_inaugurated_opening", R, ["The new bridge over {K} at {T} was inaugurated on [[{A:BO}]].",
                                            "Traffic in the town centre has halved since its opening ceremony on "
                                            "[[{B:BO}]]."])
_t("restated_diff_fatal_fall", R, ["{R}, the mountaineer, was killed on {M} on [[{A:AP}]].",
                                   "A coroner ruled that his fatal fall, on [[{B:AP}]], was an accident."])
_t("restated_diff_breakout", R, ["Two inmates broke out of {T} prison on [[{A:F}]].",
                                 "The governor was suspended after the breakout on [[{B:F}]]."])
_t("restated_diff_apposition_founder", R, ["{P}, who founded the {T} food bank in [[{A:Y}]], has been made an "
                                           "honorary citizen.",
                                           "Her charity, set up in [[{B:Y}]], now feeds 900 families a week."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_nomination_confirmation", O, ["{R} was nominated to the supreme court of {N} in [[{E:MY}]] and confirmed "
                                        "by the senate in [[{L:MY}]]."])
_t("order_planning", O, ["{P} applied for planning permission on [[{E:F}]]; the council approved the application "
                         "on [[{L:F}]]."])
_t("order_indicted_trial", O, ["Indicted on [[{E:B}]], {R} went on trial at {T} on [[{L:B}]]."])
_t("order_audition", O, ["{Q} auditioned for the role in [[{E:MY}]] and was cast in [[{L:MY}]], beating 300 other "
                         "hopefuls."])
_t("order_foundation_stone", O, ["The new wing of the {T} infirmary opened in [[{L:Y}]], after the foundation "
                                 "stone had been laid in [[{E:Y}]]."])
_t("order_merged_boroughs", O, ["Following the merger of the two boroughs in [[{E:Y}]], the new council chose its "
                                "first mayor in [[{L:Y}]]."])
_t("order_by_the_time", O, ["By the time {F2} completed its takeover of {F} in [[{L:MY}]], the two boards had "
                            "agreed terms, in [[{E:MY}]]."])
_t("order_convicted_sentenced", O, ["{R} was convicted of fraud on [[{E:F}]] and sentenced on [[{L:F}]]."])
_t("order_until_receded", O, ["{K} burst its banks at {T} on [[{E:B}]], and the water did not recede until "
                              "[[{L:B}]]."])
_t("order_having_graduated", O, ["Having graduated from {U} in [[{E:Y}]], {R} qualified as a surgeon in "
                                 "[[{L:Y}]]."])
_t("order_maiden_voyage", O, ["The liner was launched at {T} in [[{E:MY}]] and sailed on her maiden voyage in "
                              "[[{L:MY}]]."])
_t("order_promoted_then_relegated", O, ["{C} won promotion in [[{E:SPRING}]], then went straight back down in "
                                        "[[{L:SPRING}]]."])
_t("order_count_certified", O, ["The referendum was held on [[{E:AP}]]; the result was certified on "
                                "[[{L:AP}]]."])
_t("order_only_once_ratified", O, ["Only once the {N} parliament had ratified the treaty, on [[{E:B}]], did it come "
                                   "into force, on [[{L:B}]]."])
_t("order_later_minister", O, ["{P} was first elected to parliament in [[{E:Y}]] and later served as health "
                               "minister, from [[{L:Y}]]."])
_t("order_patent", O, ["The patent was filed on [[{E:ISO}]] and granted on [[{L:ISO}]], according to the "
                       "registry."])
_t("order_debut_last_test", O, ["{R} made his Test debut in [[{E:MY}]] and played his last Test in "
                                "[[{L:MY}]]."])
_t("order_had_opened", O, ["The {F} factory in {T} closed in [[{L:Y}]]; it had opened in [[{E:Y}]] with 800 "
                           "workers."])
_t("order_outbreak_over", O, ["The first case was reported on [[{E:F}]], and the outbreak was declared over on "
                              "[[{L:F}]]."])
_t("order_warning_before_suspension", O, ["{F} issued a profit warning in [[{E:MY}]], before its shares were "
                                          "suspended in [[{L:MY}]]."])
_t("order_loan_then_mill", O, ["After securing a bank loan on [[{E:MD}]], the co-operative bought the {T} mill "
                               "on [[{L:F}]]."], sy=True)
_t("order_approved_work_started", O, ["Ministers approved the {T} bypass in [[{E:MY}]]; work started in "
                                      "[[{L:MY}]]."])
_t("order_extradited", O, ["Extradited from {N} on [[{E:F}]], {R} appeared before magistrates in {T} on "
                           "[[{L:F}]]."])
_t("order_cabinet_signoff", O, ["The budget was presented to parliament on [[{L:B}]], once cabinet had signed it "
                                "off on [[{E:B}]]."])
_t("order_thesis_degree", O, ["{P} defended her doctoral thesis at {U} in [[{E:Y}]] and was awarded the degree in "
                              "[[{L:Y}]]."])
_t("order_applied_admitted", O, ["{N} applied to join the customs union in [[{E:Y}]] and was admitted in "
                                 "[[{L:Y}]]."])
_t("order_prior_to_opening", O, ["Prior to the official opening on [[{L:FO}]], the stadium staged a test match on "
                                 "[[{E:FO}]]."])

# --- publication_anachronism (published 2016-09-27) ----------------------------
A = "publication_anachronism"
_t("anachronism_sworn_in", A, ["{R} was sworn in as governor of {T} province on [[{D:F}]]."])
_t("anachronism_tramway", A, ["The {T} tramway carried its first passengers on [[{D:B}]], a year late and over "
                              "budget."])
_t("anachronism_purchase", A, ["{F} completed its purchase of {F2} in [[{D:MY}]], creating the region's biggest "
                               "employer."])
_t("anachronism_appeal", A, ["The appeal court overturned {r}'s conviction on [[{D:AP}]]."])
_t("anachronism_cup_win", A, ["{C} lifted the county cup at {T} on [[{D:BO}]] after a penalty shoot-out."])
_t("anachronism_landfall", A, ["{H} made landfall near {T} on [[{D:FO}]], killing 14 people."])
_t("anachronism_census", A, ["The census carried out in [[{D:Y}]] counted 4.1 million people in {N}."])
_t("anachronism_constitution", A, ["Voters in {N} approved a new constitution in a referendum held on "
                                   "[[{D:SH}]]."])
_t("anachronism_findings", A, ["Researchers at {U} published their findings on river pollution in [[{D:MID}]]."])
_t("anachronism_memoir", A, ["{P}'s memoir, which came out in [[{D:LATE}]], topped the bestseller lists."])
_t("anachronism_care_home", A, ["Inspectors closed the {T} care home on [[{D:ISO}]], the regulator's report "
                                "shows."])
_t("anachronism_wage", A, ["The minimum wage in {N} rose to 9.40 an hour on [[{D:ORD}]]."])
_t("anachronism_eruption", A, ["{M} erupted in [[{D:APMY}]], forcing 6,000 villagers from their homes."])
_t("anachronism_barrier", A, ["Work on the flood barrier across {K} was finished in [[{D:SUMMER}]]."])
_t("anachronism_death_certificate", A, ["{Q}'s death certificate, dated [[{D:DOT}]], gives the cause as heart "
                                        "failure."])
_t("anachronism_yesterday_hearing", A, ["[[Yesterday]]'s hearing at {T} magistrates' court, on [[{D:F}]], was "
                                        "adjourned."], rel="Yesterday")
_t("anachronism_last_week_cuts", A, ["{F} announced [[last week]], on [[{D:B}]], that it would cut 300 jobs."],
   rel="last week")
_t("anachronism_last_weekend_race", A, ["The {T} 10k, run [[last weekend]] on [[{D:AP}]], drew a record field."],
   rel="last weekend")
_t("anachronism_nineteen_days", A, ["The landslip that closed the coast road happened [[nineteen days ago]], on "
                                    "[[{D:F}]]."], rel="nineteen days ago")
_t("anachronism_this_afternoon", A, ["Speaking [[this afternoon]] ([[{D:B}]]), the chief constable said the "
                                     "search would continue."], rel="this afternoon")
_t("anachronism_earlier_this_year", A, ["[[Earlier this year]], in [[{D:MY}]], {N} devalued its currency."],
   rel="Earlier this year")
_t("anachronism_last_night", A, ["Police were called to an estate in {T} [[last night]], [[{D:FO}]], after reports "
                                 "of gunfire."], rel="last night")
_t("anachronism_earlier_this_month", A, ["Figures published [[earlier this month]], on [[{D:SH}]], showed "
                                         "unemployment rising in {T}."], rel="earlier this month")
_t("anachronism_last_year_harvest", A, ["[[Last year]]'s grape harvest, gathered in [[{D:AUTUMN}]], was the "
                                        "smallest on record."], rel="Last year")
_t("anachronism_earlier_this_week", A, ["The governors of {U} met [[earlier this week]], on [[{D:BO}]], to approve "
                                        "the merger."], rel="earlier this week")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
Y365 = 365
_t("duration_died_at_age", D, ["{P}, born on [[{S:F}]], died on [[{E:F}]] at the age of [[{NUM}]]."],
   unit="years", span=(30 * Y365, 85 * Y365), yr=(1900, 1960), min=10)
_t("duration_bench", D, ["{R} served [[{NUM}]] years on the {T} bench, from [[{S:Y}]] until he retired in "
                         "[[{E:Y}]]."], unit="years", span=(5 * Y365, 35 * Y365))
_t("duration_lighthouse_age", D, ["The [[{NUM}-year-old]] lighthouse at {T}, first lit in [[{S:Y}]], is to be "
                                  "sold."], unit="years")
_t("duration_strike_weeks", D, ["Talks broke down on [[{S:B}]], and the strike was called off [[{NUM}]] weeks "
                                "later, on [[{E:B}]]."], unit="weeks", span=(60, 400))
_t("duration_trading", D, ["{F} was founded in [[{S:MY}]] and wound up in [[{E:MY}]], after [[{NUM}]] years of "
                           "trading."], unit="years", span=(8 * Y365, 60 * Y365))
_t("duration_month_build", D, ["Construction began on [[{S:F}]] and the bridge opened to traffic on [[{E:F}]], "
                               "after a [[{NUM}-month]] build."], unit="months", span=(200, 1500))
_t("duration_years_since", D, ["It is [[{NUM}]] years since {N} abolished the death penalty, in [[{S:Y}]]."],
   unit="years")
_t("duration_years_ago_words", D, ["It was [[{NUM}]] years ago, on [[{S:B}]], that miners at {T} walked out over "
                                   "pit closures."], unit="years", words=True, yr=(1975, 2012))
_t("duration_anniversary", D, ["The {T} Players mark their [[{NUM}]] anniversary with a gala; the company gave its "
                               "first performance in [[{S:MY}]]."], unit="years", ordinal=True, min=10)
_t("duration_centenary", D, ["{C}, formed in [[{S:Y}]], marked its [[centenary]] in [[{E:Y}]] with a friendly "
                             "against {C2}."], unit="years", span=(20 * Y365, 90 * Y365), fixed=(100, "centenary"))
_t("duration_half_century", D, ["The couple ran the {T} post office for [[half a century]], from [[{S:MY}]] to "
                                "[[{E:MY}]]."], unit="years", span=(10 * Y365, 38 * Y365),
   fixed=(50, "half a century"))
_t("duration_fortnight_siege", D, ["The siege of the embassy lasted [[a fortnight]], from [[{S:MD}]] to "
                                   "[[{E:F}]]."], unit="days", span=(40, 200), fixed=(14, "a fortnight"))
_t("duration_decade_exile", D, ["After [[a decade]] in exile, {R} flew home on [[{E:F}]]; he had fled {N} in "
                                "[[{S:MY}]]."], unit="years", span=(18 * Y365, 35 * Y365), fixed=(10, "a decade"))
_t("duration_medal_aged", D, ["{Q}, who was born in [[{S:Y}]], won her first Olympic medal in [[{E:Y}]], aged "
                              "[[{NUM}]]."], unit="years", span=(15 * Y365, 40 * Y365), min=10)
_t("duration_day_trial", D, ["The [[{NUM}-day]] trial opened on [[{S:F}]] and ended with guilty verdicts on "
                             "[[{E:F}]]."], unit="days", span=(20, 300))
_t("duration_editor", D, ["{R} edited the {T} Gazette for [[{NUM}]] years, taking the chair in [[{S:Y}]] and "
                          "stepping down in [[{E:Y}]]."], unit="years", span=(4 * Y365, 40 * Y365))
_t("duration_line_reopened", D, ["The {T} branch line reopened on [[{E:B}]] after [[{NUM}]] months of repairs; a "
                                 "landslip had closed it on [[{S:B}]]."], unit="months", span=(90, 900))
_t("duration_application_days", D, ["The application was lodged on [[{S:ISO}]] and approved on [[{E:ISO}]], "
                                    "[[{NUM}]] days in all, the council said."], unit="days", span=(30, 400))
_t("duration_intensive_care", D, ["Admitted on [[{S:F}]], the patient spent [[{NUM}]] weeks in intensive care "
                                  "before being discharged on [[{E:F}]]."], unit="weeks", span=(40, 300))
_t("duration_is_years_old", D, ["{P} is [[{NUM}]] years old; she was born on [[{S:BO}]]."], unit="years",
   yr=(1920, 1995), min=20)
_t("duration_investigation_months", D, ["A [[{NUM}-month]] investigation, opened in [[{S:MY}]] and closed in "
                                        "[[{E:MY}]], cleared the officers."], unit="months", span=(200, 1500))
_t("duration_elections_later", D, ["{N} declared independence in [[{S:Y}]] and held its first free elections "
                                   "[[{NUM}]] years later, in [[{E:Y}]]."], unit="years", span=(3 * Y365, 30 * Y365))
_t("duration_trial_months_on", D, ["The vaccine trial enrolled its first volunteer on [[{S:DM}]] and reported on "
                                   "[[{E:F}]], [[{NUM}]] months on."], unit="months", span=(60, 340))
_t("duration_pier_demolished", D, ["Built in [[{S:Y}]], the pier was [[{NUM}]] years old when it was demolished "
                                   "in [[{E:Y}]]."], unit="years", span=(20 * Y365, 90 * Y365))
_t("duration_drought_months", D, ["The drought, which began in [[{S:SPRING}]] and broke in [[{E:AUTUMN}]], lasted "
                                  "[[{NUM}]] months."], unit="months", span=(2 * Y365, 6 * Y365))
_t("duration_adrift_days", D, ["{Q} spent [[{NUM}]] days adrift after {V} went down on [[{S:F}]]; she was picked "
                               "up on [[{E:F}]]."], unit="days", span=(20, 200))
_t("duration_councillor", D, ["{R}, the longest-serving member of {T} council, was first elected in [[{S:Y}]] and "
                              "has now sat for [[{NUM}]] years."], unit="years", yr=(1950, 2005))
_t("duration_week_tour", D, ["The [[{NUM}-week]] tour opened in {T} on [[{S:AP}]] and closed in {T2} on "
                             "[[{E:AP}]]."], unit="weeks", span=(60, 500))
_t("duration_days_in_job", D, ["{P} took charge of {C} on [[{S:F}]] and was sacked on [[{E:F}]], after just "
                               "[[{NUM}]] days in the job."], unit="days", span=(60, 700))
_t("duration_excavation", D, ["The excavation, which ran from [[{S:EARLY}]] to [[{E:LATE}]], took [[{NUM}]] "
                              "years."], unit="years", span=(4 * Y365, 25 * Y365))
_t("duration_separated", D, ["Married in [[{S:MY}]], the couple separated in [[{E:MY}]] after [[{NUM}]] years "
                             "together."], unit="years", span=(5 * Y365, 40 * Y365))
_t("duration_spanning_career", D, ["Her career at {F}, spanning [[{NUM}]] years, began on [[{S:FO}]] and ended "
                                   "with her retirement on [[{E:FO}]]."], unit="years", span=(10 * Y365, 45 * Y365))
