"""``blind35``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind35`` templates.  Written on 2026-11-24 (started 03:44:09 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind34's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), its date tests
# (tests/test_temporal*, tests/test_event_identity.py, tests/test_order*,
# tests/test_restate*, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/, the body of benchmarks/event_identity.py, any other
# template file, or the git history.
# Base commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# 906ec20244325fbbc51afdbce865a20bce822c7a.
# What was read: lines 1-420 of benchmarks/date_templates_blind34.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# its first ``_t(`` template, found with ``grep -n '^_t('``, whose output
# showed that first template's line in full: a weekday template about a
# quarry blast) -- its machinery (lines 106-418) was copied and adapted
# (``b35_`` names, ``BLIND35_TEMPLATES``, "eighteen days ago" as the new
# relative anchor, different from blind34's "seventeen days ago"), its name
# lists were replaced and none of its names, places or sentences were reused;
# tests/date_template_checks.py (whole file, the shared checks);
# tests/test_date_templates_independent.py (whole file, where the
# ``blind35`` row was added and the docstring's range extended to blind35);
# in tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A12``); in benchmarks/date_conflicts.py only the output of
# ``grep -n "import BLIND"`` (the blind5-blind34 import lines, 60-89) and of
# ``grep -n -A16 "^INDEPENDENT_SETS"`` (the whole dict, lines 2583-2595, and
# the start of the next definition, ``def temporal_learned() -> bool:`` and
# its docstring), then one import line and one dict entry were added with a
# python edit; in benchmarks/event_identity.py only the ``FRESH = (...)``
# line, changed with the sed line of the brief and shown with
# ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A12`` of ``load_benchmark`` ran into the
# signature of tests/conftest.py's ``date_conflicts`` helper, and the
# ``grep -A16`` of ``INDEPENDENT_SETS`` into ``temporal_learned`` and its
# one-line docstring (it mentions a learned event-identity pass and a
# ``--rules-only`` switch); the ``FRESH`` line itself carries a comment (the
# shipped pass was fitted without the FRESH sets; blind33 and blind34 are now
# development data for rules).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind35``, which runs no
# detector) and a throwaway script (outside the worktree) applying the shared
# checks over 300 seeds and printing rendered samples of every kind -- never
# through the detector; benchmarks/date_conflicts.py was not run (only
# byte-compiled).
# This is a fresh independent test set, to be scored ONCE before and ONCE
# after session 15's last round, and never used to tune the detector.  Every
# template is used: ``--split blind35``.
#
# Conventions (those of blind34, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b35_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# stands in the sentence ("recognised on L, after ... declared independence
# on E"; "sworn in on L, having won the election on E"; "by the time the
# bypass opened in L, the toll bridge had already closed, in E"; "prior to
# becoming mayor in L ... treasurer, a post she took up in E").  Order pairs
# and connectives: born/died, arrested/convicted, built/demolished, "only
# after ... won promotion ... did the club sign", "by the time ... had
# already", "went on to", "first ... then", "after ... declared
# independence", "subsequently released", "prior to becoming", "was
# followed by", "from ... until", "was later promoted", "eventually
# granted", engaged/married, launched/entered orbit, "retired ... and then
# returned" (jury), "premiered ... before transferring", agreed/completed,
# "having won", closed/reopened, "only after it had passed", sentenced/
# appeal, "after retiring", relegated/"bounced back".  Restated templates
# are ``b35_restated_same_*`` (one head word twice: "the flood" ... "the
# flood") or ``b35_restated_diff_*`` (referred back in other words: synonym
# -- blaze/fire, tremor/quake, walkout/dispute, epidemic/outbreak, truce/
# ceasefire, capsized/disaster --, verb against noun -- quit/departure,
# died/passing, opened/opening, takeover/acquired, arrested/arrest, sacked/
# dismissal, shut/closure, founded/established, crowned/title, collapsed/
# failure, retired/retirement, struck down/judgment --, pronoun "it",
# "the wreck" in apposition, "my election" in a quote, state hands against
# "were nationalised"); which side gets the earlier date is drawn at random;
# events that last (a flood, a strike, an eruption, a drought, an epidemic,
# a dispute) are dated at least two calendar years apart (``gap=(2, 12)``).
# Duration phrasings: "for N years, from ... until", "the N-year-old ...
# built in", "N weeks after", "a decade-long", "N days later", "within N
# months" (stated count always below the elapsed one, ``top=20``),
# "spanning N years", "after N years in office", "aged N", "N years ago,
# in", "lasted N months, from ... to", "lasted a fortnight", "half a
# century", "centenary", "Nth anniversary", "N-year marriage", "after N
# days in captivity", "N weeks after walking out", "N months old when",
# "ending a decade without a trophy", "ran for N days", "returned N years
# later", "launched N months on", "is N years old", "N-week tour", "stood
# for N years until", "after N months in charge", "N days after", "lasted
# N years" (early/late years).  Like blind34, the set has no near-miss or
# clean (conflict-free) templates: every template must be a real conflict
# of its kind for the shared checks.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "eighteen days ago").  Counts: 22 weekday_mismatch, 22 impossible_date,
# 43 restated_event (21 same, 22 diff), 25 order_violation, 22
# publication_anachronism (13 dated after publication, 9 relative
# expressions pinned far from it), 30 duration_arithmetic (164 in all).
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
                           "eighteen days ago"})


FIRST_F = ["Rosamund", "Philippa", "Imogen", "Perpetua", "Leocadia", "Bronwen", "Theodora", "Agnieszka"]
FIRST_M = ["Barnaby", "Evander", "Fergus", "Leopold", "Cuthbert", "Osric"]
LAST = ["Hollingworth", "Adeyemi-Clarke", "Sandqvist", "Pemberton-Nwosu", "Threlfall", "Castellano-Reeve", "Trevithick",
        "Dunmore", "Mbeki-Ashworth", "Larkspur", "Wainwright", "Delacroix-Fenn", "Gorringe", "Ollerenshaw"]
TOWNS = ["Upper Tolbury", "Kestrel Cross", "Morwenna Bay", "Ashcombe Priors", "Saltmarsh End", "Brindlecote",
         "Gallow Heath", "Penwithick Quay", "Harrowden", "Elmsford Regis"]
FIRMS = ["Northgale Shipping", "Ferrovia Cement", "Caldwick Biologics", "Hartree & Prowse", "Silverfen Motors",
         "Oakhurst Dairies", "Beacon Line Media", "Thistlewood Glass"]
NATIONS = ["Porvania", "Lutessia", "Graemora", "Vandrelia", "Istoria", "Bellarque"]
CLUBS = ["Upper Tolbury Rovers", "Kestrel Cross Athletic", "Morwenna Bay Town", "Brindlecote United",
         "Harrowden Corinthians", "Elmsford Regis Albion"]
STORMS = ["Hurricane Philomena", "Typhoon Haverill", "Cyclone Oduya", "Storm Bryony", "Hurricane Ottoline"]
SHIPS = ["the trawler Morning Dunlin", "MV Steadfast Gannet", "the ferry Princess Araminta", "the tanker Cobalt Skua"]
PEAKS = ["Mount Fellraven", "the Grauhorn", "Mount Tamsin", "the Beinn Odhar"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


BLIND35_TEMPLATES = new_templates()
_t = registrar("b35_", BLIND35_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_sentencing", W, ["{P} was jailed for four years at {T} Crown Court on [[{WD}, {D:B}]] for defrauding elderly clients."])
_t("weekday_cup_final", W, ["{C} lifted the county cup on [[{WD} {D:F}]], beating {C2} on penalties in front of a record crowd."])
_t("weekday_ap_council", W, ["The {T} planning committee rejected the supermarket scheme at its meeting on [[{WD} {D:AP}]]."], ap=True)
_t("weekday_takeover", W, ["Shares in {F} jumped 19 per cent on [[{WD}, {D:SH}]] after {F2} confirmed it was weighing a bid."])
_t("weekday_funeral", W, ["The funeral of {R}, the former harbourmaster, took place at St Aldhelm's church in {T} on [[{WD} {D:BO}]]."])
_t("weekday_strike_vote", W, ["Bus drivers in {T} voted to strike in a ballot that closed at noon on [[{WD}, {D:FO}]]."])
_t("weekday_iso_log", W, ["The station log shows the seismometer at {T} recorded the first tremor at 04:12 on [[{WD}]] [[{D:ISO}]]."])
_t("weekday_dot_report", W, ["According to the inquest, {R} was last seen leaving the ferry terminal on [[{WD}]], [[{D:DOT}]]."])
_t("weekday_ord_opening", W, ["The new maternity wing at {T} General opened its doors on [[{WD}, {D:ORD}]], two months behind schedule."])
_t("weekday_election_count", W, ["Counting in the {T} mayoral race ran through the night and the result was declared at dawn on [[{WD}, {D:F}]]."])
_t("weekday_gallery", W, ["A retrospective of {Q}'s seascapes opened at the {T} Gallery on [[{WD} {D:B}]] and drew 3,000 visitors in its first days."])
_t("weekday_launch_ap", W, ["The lifeboat was launched at 11 p.m. on [[{WD}, {D:AP}]] after flares were spotted off {T}."], ap=True)
_t("weekday_verdict", W, ["Jurors acquitted {R} of arson on [[{WD}, {D:BO}]], after deliberating for less than three hours."])
_t("weekday_transfer", W, ["{C} completed the signing of striker {R} from {C2} late on [[{WD} {D:SH}]], hours before the deadline."])
_t("weekday_budget", W, ["The finance minister of {N} unveiled an austerity budget in parliament on [[{WD}, {D:FO}]]."])
_t("weekday_eclipse", W, ["Astronomers at the {T} observatory photographed the partial eclipse on the morning of [[{WD}, {D:F}]]."])
_t("weekday_derailment", W, ["A freight train derailed outside {T} on [[{WD}, {D:ORD}]], spilling grain across both tracks."])
_t("weekday_wedding_notice", W, ["{P} and {R} were married at {T} register office on [[{WD} {D:B}]], the notice in the parish magazine reads."])
_t("weekday_recall", W, ["{F} recalled 40,000 jars of baby food on [[{WD}, {D:AP}]] after glass was found in one batch."], ap=True)
_t("weekday_summit", W, ["Leaders of {N} and {N2} met at a border crossing on [[{WD}, {D:SH}]] for their first talks in a decade."])
_t("weekday_marathon", W, ["{Q} won the {T} marathon on [[{WD} {D:FO}]] in a course record, finishing almost two minutes clear."])
_t("weekday_water_main", W, ["A burst water main flooded the high street in {T} in the early hours of [[{WD}, {D:BO}]]."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_court_listing", I, ["{R} is due to appear before {T} magistrates on [[{D:F}]] charged with dangerous driving."])
_t("impossible_obituary", I, ["{P}, the retired midwife whose death was announced by her family, was born in {T} on [[{D:B}]], the youngest of seven children."])
_t("impossible_match_report", I, ["{C} beat {C2} 3-1 on [[{D:AP}]] to go top of the table."])
_t("impossible_contract", I, ["The contract between {F} and the council was signed on [[{D:BO}]], the documents show."])
_t("impossible_iso_filing", I, ["The company filing, dated [[{D:ISO}]], shows {F} had already written off its stake in {F2}."])
_t("impossible_dot_invoice", I, ["An invoice stamped [[{D:DOT}]] was found among {R}'s papers by the auditors."])
_t("impossible_ord_charter", I, ["The borough charter of {T} was granted on [[{D:ORD}]], according to the town archive."])
_t("impossible_yearless_festival", I, ["The {T} folk festival always opens on [[{D:MD}]], the organisers say."])
_t("impossible_yearless_dm", I, ["Every year on [[{D:DM}]] the villagers of {T} walk the parish bounds."])
_t("impossible_yearless_ap", I, ["The annual budget of {N} must be tabled by [[{D:APMD}]] under the constitution."])
_t("impossible_yearless_short", I, ["Entries for the {T} poetry prize close on [[{D:SHMD}]], the judges announced."])
_t("impossible_yearless_ordny", I, ["The old custom holds that the ferry to {T} does not run on [[{D:ORDNY}]]."])
_t("impossible_words", I, ["Parishioners in {T} still mark [[{D:OW}]] as the day the church bell cracked."])
_t("impossible_discharge", I, ["{R} was discharged from hospital on [[{D:FO}]] and returned to training with {C} within weeks."])
_t("impossible_patent", I, ["The patent for the folding stretcher was filed by {Q} on [[{D:SH}]]."])
_t("impossible_eruption", I, ["The volcano above {T} last erupted on [[{D:F}]], burying two farms in ash."])
_t("impossible_merger_vote", I, ["Shareholders of {F} approved the merger with {F2} at a meeting held on [[{D:B}]]."])
_t("impossible_diagnosis", I, ["Doctors first identified the outbreak of measles in {T} on [[{D:AP}]], health records show."])
_t("impossible_resignation_letter", I, ["The resignation letter {R} sent to the party chairman is dated [[{D:BO}]]."])
_t("impossible_treaty", I, ["{N} and {N2} signed the fisheries treaty on [[{D:ORD}]]."])
_t("impossible_premiere", I, ["The opera had its premiere at the {T} Theatre Royal on [[{D:FO}]]."])
_t("impossible_record_jump", I, ["{Q} set the national long jump record at {T} on [[{D:ISO}]], the federation's register says."])

# --- restated_event -----------------------------------------------------------
R = "restated_event"
# same head word on both sides
_t("restated_same_flood", R, ["The flood of [[{A:Y}]] left 300 homes in {T} uninhabitable.", "Insurers are still handling claims from the flood, which swept through the valley in [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_derby", R, ["{C} won the derby against {C2} on [[{A:F}]] with a stoppage-time header.", "That derby, played on [[{B:F}]], is still talked about in the town's pubs."])
_t("restated_same_merger", R, ["The merger of {F} and {F2} was completed in [[{A:MY}]].", "Analysts say the merger, finalised in [[{B:MY}]], has yet to deliver the promised savings."])
_t("restated_same_election", R, ["{R} first won the seat at the by-election of [[{A:B}]].", "Turnout at the by-election, held on [[{B:B}]], was just 23 per cent."])
_t("restated_same_fire", R, ["The fire at the {T} paper mill broke out on [[{A:AP}]].", "Investigators traced the fire, which started on [[{B:AP}]], to a faulty dryer."])
_t("restated_same_verdict", R, ["The verdict in the trial of {R} was delivered on [[{A:FO}]].", "Lawyers for the family said the verdict of [[{B:FO}]] would be appealed."])
_t("restated_same_strike", R, ["The dockers' strike began in [[{A:MY}]] and paralysed the port of {T}.", "Some families never recovered from the strike, which started in [[{B:MY}]]."], gap=(2, 12))
_t("restated_same_eruption", R, ["The eruption of [[{A:Y}]] buried the village below {M}.", "Geologists now say the eruption, dated to [[{B:Y}]], was larger than first thought."], gap=(2, 12))
_t("restated_same_landing", R, ["The probe's landing on the comet took place on [[{A:ISO}]].", "Engineers replayed telemetry from the landing of [[{B:ISO}]] for months."])
_t("restated_same_concert", R, ["The band's farewell concert at {T} Town Hall was held on [[{A:SH}]].", "Tickets for the concert, on [[{B:SH}]], sold out in four minutes."])
_t("restated_same_collision", R, ["{V} sank after a collision with a container ship on [[{A:F}]].", "The collision, on [[{B:F}]], was blamed on a faulty radar."])
_t("restated_same_referendum", R, ["Voters in {N} backed the new constitution in a referendum on [[{A:BO}]].", "Opposition parties boycotted the referendum of [[{B:BO}]]."])
_t("restated_same_robbery", R, ["The robbery at the {T} post office happened on [[{A:DOT}]].", "Police linked {R} to the robbery of [[{B:DOT}]] through a partial fingerprint."])
_t("restated_same_drought", R, ["The drought of [[{A:Y}]] dried up every reservoir serving {T}.", "Farmers sold off half their herds during the drought, which began in [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_ascent", R, ["{Q} completed her ascent of {M} on [[{A:B}]], alone and without oxygen.", "Her ascent, on [[{B:B}]], was confirmed by summit photographs."])
_t("restated_same_recall", R, ["{F} announced the recall of its pressure cookers in [[{A:APMY}]].", "The recall, begun in [[{B:APMY}]], eventually covered 2 million units."])
_t("restated_same_explosion", R, ["The explosion at the {F} refinery on [[{A:ORD}]] was heard 20 miles away.", "Safety inspectors had visited the site weeks before the explosion of [[{B:ORD}]]."])
_t("restated_same_coup", R, ["The coup in {N} took place on [[{A:AP}]].", "Diplomats from {N2} were evacuated in the days after the coup of [[{B:AP}]]."])
_t("restated_same_final", R, ["{C} reached the final at Wembley in [[{A:MY}]].", "They lost the final, played in [[{B:MY}]], 2-0 to {C2}."])
_t("restated_same_storm_season", R, ["{H} struck {T} on [[{A:DM}]], felling thousands of trees.", "The council is still clearing debris left by {H}, which hit the coast on [[{B:F}]]."], sy=True)
_t("restated_same_hearing", R, ["The planning hearing on the {T} incinerator opened on [[{A:SHMD}]].", "Campaigners picketed the hearing, which began on [[{B:SH}]]."], sy=True)
# different wording on the two sides
_t("restated_diff_blaze_fire", R, ["The blaze that gutted the {T} bus depot broke out on [[{A:F}]].", "Fire officers said the fire of [[{B:F}]] was started deliberately."])
_t("restated_diff_quit_departure", R, ["{R} quit as manager of {C} in [[{A:MY}]].", "His departure, in [[{B:MY}]], came after eight straight defeats."])
_t("restated_diff_died_passing", R, ["{P}, the sculptor, died at her home in {T} on [[{A:B}]].", "Her passing on [[{B:B}]] was marked by a minute's silence at the art school she founded."])
_t("restated_diff_opened_opening", R, ["The {T} bypass opened to traffic on [[{A:AP}]].", "Since its opening on [[{B:AP}]], journey times to the coast have halved."])
_t("restated_diff_tremor_quake", R, ["A tremor shook {T} on [[{A:FO}]], cracking the church tower.", "Seismologists measured the quake, on [[{B:FO}]], at magnitude 4.1."])
_t("restated_diff_takeover_acquired", R, ["The takeover of {F2} by {F} was completed in [[{A:Y}]].", "{F} acquired the business in [[{B:Y}]] for $410 million, its annual report says."])
_t("restated_diff_arrested_arrest", R, ["{R} was arrested at {T} airport on [[{A:SH}]].", "Detectives said the arrest, on [[{B:SH}]], followed a tip-off from customs."])
_t("restated_diff_walkout_dispute", R, ["Nurses at {T} General staged a walkout in [[{A:MY}]] over pay.", "The dispute, which began in [[{B:MY}]], was settled only after ministers intervened."], gap=(2, 12))
_t("restated_diff_sacked_dismissal", R, ["{F} sacked its chief executive, {P}, on [[{A:F}]].", "Her dismissal, on [[{B:F}]], was announced in a two-line statement."])
_t("restated_diff_closure_shut", R, ["The {F} steelworks shut in [[{A:Y}]], with the loss of 2,000 jobs.", "The closure in [[{B:Y}]] devastated the town of {T}."])
_t("restated_diff_pronoun_bridge", R, ["The suspension bridge over the estuary at {T} was opened by the Queen on [[{A:BO}]].", "It was opened on [[{B:BO}]] after six years of construction, a plaque at the toll booth records."])
_t("restated_diff_quote_elected", R, ["{R} was elected leader of the {T} council on [[{A:ORD}]].", "\"My election on [[{B:ORD}]] was the proudest moment of my life,\" he said."])
_t("restated_diff_apposition_wreck", R, ["{V} ran aground off {T} on [[{A:AP}]].", "Divers who visited the wreck, stranded there since [[{B:AP}]], found the hold intact."])
_t("restated_diff_founded_established", R, ["{F} was founded in a garage in {T} in [[{A:Y}]].", "Since it was established in [[{B:Y}]], the firm has grown to 4,000 staff."])
_t("restated_diff_crowned_title", R, ["{Q} was crowned world champion in [[{A:Y}]].", "She won the title in [[{B:Y}]] at the age of 22."])
_t("restated_diff_truce_ceasefire", R, ["A ceasefire between {N} and {N2} came into force on [[{A:F}]].", "The truce, agreed on [[{B:F}]], held for barely a week."])
_t("restated_diff_collapse_failure", R, ["The roof of the {T} leisure centre collapsed on [[{A:DOT}]].", "An inquiry into the structural failure of [[{B:DOT}]] blamed corroded bolts."])
_t("restated_diff_epidemic_outbreak", R, ["The cholera epidemic of [[{A:Y}]] killed hundreds in the port of {T}.", "Historians say the outbreak, which began in [[{B:Y}]], spread from a single well."], gap=(2, 12))
_t("restated_diff_retired_retirement", R, ["{R} retired from professional cycling in [[{A:MY}]].", "After his retirement in [[{B:MY}]], he opened a bike shop in {T}."])
_t("restated_diff_ruling_judgment", R, ["The Supreme Court of {N} struck down the law on [[{A:B}]].", "The judgment of [[{B:B}]] was hailed by press freedom groups."])
_t("restated_diff_capsized_disaster", R, ["{V} capsized off {T} on [[{A:F}]], drowning 14 of her crew.", "Survivors of the disaster of [[{B:F}]] gathered at the harbour for the unveiling of a memorial."])
_t("restated_diff_nationalised_state", R, ["The railways of {N} were nationalised in [[{A:Y}]].", "They have been in state hands since [[{B:Y}]], when the government bought out the last private operator."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_born_died_obit", O, ["{R}, the jazz pianist, was born in {T} in [[{E:Y}]] and died there in [[{L:Y}]]."], gap=(2, 12))
_t("order_arrested_convicted", O, ["{P} was arrested on [[{E:F}]] and was convicted of fraud on [[{L:F}]]."])
_t("order_built_demolished", O, ["The {T} lido was built in [[{E:Y}]] and demolished in [[{L:Y}]] to make way for flats."])
_t("order_only_after_promotion", O, ["Only after {C} won promotion in [[{E:MY}]] did the club sign {R}, who arrived in [[{L:MY}]]."])
_t("order_by_the_time", O, ["By the time the new bypass opened in [[{L:MY}]], the old toll bridge had already closed, in [[{E:MY}]]."])
_t("order_went_on_to", O, ["{Q} won the junior title in [[{E:Y}]] and went on to take the senior championship in [[{L:Y}]]."])
_t("order_first_then", O, ["{F} first floated on the stock exchange in [[{E:APMY}]], then was taken private by its founders in [[{L:APMY}]]."])
_t("order_after_independence", O, ["{N2} recognised {N} on [[{L:B}]], after {N} declared independence on [[{E:B}]]."])
_t("order_subsequently_released", O, ["{R} was detained at the border on [[{E:SH}]] and subsequently released without charge on [[{L:SH}]]."])
_t("order_prior_to_mayor", O, ["Prior to becoming mayor in [[{L:Y}]], {P} served as the town's treasurer, a post she took up in [[{E:Y}]]."])
_t("order_followed_recount", O, ["The {T} by-election on [[{E:AP}]] was followed by a recount on [[{L:AP}]]."])
_t("order_from_until", O, ["{F} kept its headquarters in {T} from [[{E:Y}]] until it moved to {T2} in [[{L:Y}]]."])
_t("order_later_promoted", O, ["{R} joined the regiment in [[{E:Y}]] and was later promoted to colonel, in [[{L:Y}]]."])
_t("order_eventually_granted", O, ["{P} applied for planning permission for the wind farm in [[{E:MY}]]; it was eventually granted in [[{L:MY}]]."])
_t("order_engaged_married", O, ["The couple announced their engagement in [[{E:MY}]] and married at {T} parish church in [[{L:MY}]]."])
_t("order_launched_orbit", O, ["The probe was launched on [[{E:FO}]] and entered orbit around the planet on [[{L:FO}]]."])
_t("order_jury_then_verdict", O, ["The jury retired to consider its verdict on [[{E:DM}]] and then returned it on [[{L:B}]]."], sy=True)
_t("order_premiere_before_transfer", O, ["The play premiered at the {T} Playhouse in [[{E:MY}]] before transferring to the West End in [[{L:MY}]]."])
_t("order_bid_completed", O, ["{F} agreed to buy {F2} in [[{E:Y}]], and the deal was completed in [[{L:Y}]]."])
_t("order_having_won", O, ["{R} was sworn in as prime minister on [[{L:F}]], having won the general election on [[{E:F}]]."])
_t("order_closed_reopened", O, ["The {T} library closed for refurbishment in [[{E:SHMY}]] and reopened in [[{L:SHMY}]]."])
_t("order_licensed_only_after", O, ["The vaccine was licensed in [[{L:Y}]], only after it had passed its final trial in [[{E:Y}]]."])
_t("order_sentence_appeal", O, ["{P} was sentenced in [[{E:MY}]]; her appeal against the sentence was dismissed in [[{L:MY}]]."])
_t("order_after_retiring", O, ["After retiring from the bench in [[{E:Y}]], {Q} chaired the public inquiry into the {T} rail crash in [[{L:Y}]]."])
_t("order_relegated_bounced", O, ["{C} were relegated on [[{E:ORD}]] and bounced back at the first attempt, sealing promotion on [[{L:ORD}]]."])

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"
_t("anachronism_closed_mill", A, ["The {F} mill in {T} closed in [[{D:MY}]], and its 600 workers have yet to find new jobs."])
_t("anachronism_won_cup", A, ["{C} won the cup on [[{D:F}]], their first trophy for half a century."])
_t("anachronism_died", A, ["{R}, the broadcaster, died on [[{D:B}]] at a hospice in {T}, his family said."])
_t("anachronism_verdict", A, ["{P} was found guilty of manslaughter on [[{D:AP}]] and will be sentenced in the coming weeks."])
_t("anachronism_opened_bridge", A, ["The new footbridge over the river at {T}, opened on [[{D:BO}]], has already been closed twice for repairs."])
_t("anachronism_earnings", A, ["{F} reported a loss of $80 million for the quarter that ended on [[{D:ISO}]]."])
_t("anachronism_election", A, ["{N} held a snap election on [[{D:FO}]], and the ruling party lost its majority."])
_t("anachronism_discovered", A, ["Scientists at {T} University discovered the new species of orchid in [[{D:Y}]], and described it in a paper published in Nature."])
_t("anachronism_eruption", A, ["{M} erupted in [[{D:APMY}]], forcing the evacuation of {T}."])
_t("anachronism_signed", A, ["The trade agreement between {N} and {N2} was signed in [[{D:LATE}]] and took effect immediately."])
_t("anachronism_retired", A, ["{Q} retired from international tennis on [[{D:SH}]], after losing in the first round."])
_t("anachronism_sank", A, ["{V} sank off {T} on [[{D:DOT}]] with the loss of all six crew."])
_t("anachronism_premiere", A, ["The film had its premiere at the {T} festival in [[{D:SUMMER}]] to a standing ovation."])
_t("anachronism_rel_yesterday", A, ["The {T} council voted [[yesterday]], [[{D:F}]], to close three branch libraries."], rel="yesterday")
_t("anachronism_rel_last_night", A, ["{C} beat {C2} 2-0 [[last night]] ([[{D:B}]]) to reach the semi-finals."], rel="last night")
_t("anachronism_rel_this_morning", A, ["Police closed the motorway near {T} [[this morning]], [[{D:AP}]], after a lorry overturned."], rel="this morning")
_t("anachronism_rel_last_week", A, ["Shares in {F} fell sharply [[last week]], in the week of [[{D:SH}]], on news of the inquiry."], rel="last week")
_t("anachronism_rel_earlier_this_month", A, ["{P} was appointed chief executive of {F} [[earlier this month]], on [[{D:FO}]]."], rel="earlier this month")
_t("anachronism_rel_last_year", A, ["The harbour at {T} was dredged [[last year]], in [[{D:MY}]], for the first time in decades."], rel="last year")
_t("anachronism_rel_eighteen_days", A, ["{R} was released from prison [[eighteen days ago]], on [[{D:BO}]], and has already reoffended, police say."], rel="eighteen days ago")
_t("anachronism_rel_this_afternoon", A, ["The minister resigned [[this afternoon]] ([[{D:ORD}]]) after the leak of her private emails."], rel="this afternoon")
_t("anachronism_rel_earlier_this_week", A, ["Firefighters in {T} rescued a family of five [[earlier this week]], on [[{D:F}]], from the upstairs of a blazing house."], rel="earlier this week")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
_t("duration_for_years_from_until", D, ["{R} served as headmaster of {T} Grammar for [[{NUM} years]], from [[{S:Y}]] until [[{E:Y}]]."], unit="years", span=(365 * 6, 365 * 30))
_t("duration_bridge_old_built", D, ["The [[{NUM}-year-old]] swing bridge at {T}, built in [[{S:Y}]], is to be replaced."], unit="years")
_t("duration_weeks_after", D, ["The road to {T} reopened on [[{E:F}]], [[{NUM} weeks after]] the landslide of [[{S:F}]] had cut it."], unit="weeks", words=True, span=(100, 400))
_t("duration_decade_long", D, ["The organ of {T} cathedral returned to service in [[{E:Y}]] after [[{NUM}-long]] restoration that began in [[{S:Y}]]."], unit="years", span=(365 * 20, 365 * 40), fixed=(10, "a decade"))
_t("duration_days_later", D, ["{R} went missing on [[{S:B}]]; his boat was found [[{NUM} days later]], on [[{E:B}]]."], unit="days", span=(40, 300))
_t("duration_within_months", D, ["{F} opened its {T} plant in [[{S:MY}]] and, [[within {NUM} months]], by [[{E:MY}]], had hired 900 people."], unit="months", span=(900, 1800), top=20)
_t("duration_spanning_years", D, ["Her career with the orchestra, [[spanning {NUM} years]], began in [[{S:Y}]] and ended with a farewell recital in [[{E:Y}]]."], unit="years", span=(365 * 4, 365 * 20))
_t("duration_years_in_office", D, ["[[After {NUM} years in office]], {R}, first elected in [[{S:Y}]], stood down as mayor of {T} in [[{E:Y}]]."], unit="years", span=(365 * 3, 365 * 25))
_t("duration_aged_death", D, ["{P}, born on [[{S:F}]], died on [[{E:F}]], [[aged {NUM}]]."], unit="years", span=(365 * 50, 365 * 95), yr=(1900, 1940), min=20)
_t("duration_ago_in", D, ["The {T} lighthouse was lit for the first time [[{NUM} years ago]], in [[{S:Y}]]."], unit="years")
_t("duration_lasted_months_from_to", D, ["The siege of the rebel-held town lasted [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."], unit="months", span=(200, 900))
_t("duration_fortnight_trial", D, ["The trial of {R}, which lasted [[{NUM}]], opened on [[{S:AP}]] and ended with a verdict on [[{E:AP}]]."], unit="days", span=(60, 200), fixed=(14, "a fortnight"))
_t("duration_half_century", D, ["{F} is marking [[{NUM}]] of trading in {T}; the first shop opened on the high street in [[{S:Y}]]."], unit="years", yr=(1900, 1950), fixed=(50, "half a century"))
_t("duration_centenary", D, ["The {C} ground is celebrating its [[{NUM}]], having opened in [[{S:Y}]]."], unit="years", yr=(1925, 2000), fixed=(100, "centenary"))
_t("duration_nth_anniversary", D, ["{T} is celebrating the [[{NUM} anniversary]] of its twinning with a town in {N}, first agreed in [[{S:Y}]]."], unit="years", ordinal=True, yr=(1950, 2005))
_t("duration_marriage_years", D, ["{P} and {R}, who married in [[{S:MY}]], were divorced in [[{E:MY}]] after a [[{NUM}-year]] marriage."], unit="years", span=(365 * 3, 365 * 30))
_t("duration_hostage_days", D, ["The aid worker seized on [[{S:DM}]] was freed on [[{E:F}]] after [[{NUM} days]] in captivity."], unit="days", span=(50, 250))
_t("duration_weeks_on_strike", D, ["Postal workers in {T} went back to work on [[{E:FO}]], [[{NUM} weeks]] after walking out on [[{S:FO}]]."], unit="weeks", span=(100, 500))
_t("duration_months_old", D, ["The foal, born on [[{S:B}]], was [[{NUM} months old]] when it won its first race on [[{E:B}]]."], unit="months", words=True, span=(500, 900))
_t("duration_decade_ending", D, ["The win on [[{E:AP}]], [[ending {NUM} without a trophy]], came after {C} last lifted silverware on [[{S:AP}]]."], unit="years", span=(365 * 20, 365 * 40), fixed=(10, "a decade"))
_t("duration_days_evidence", D, ["The inquest ran for [[{NUM} days]], opening on [[{S:SH}]] and closing on [[{E:SH}]]."], unit="days", span=(60, 300))
_t("duration_returned_years_later", D, ["{Q} left {T} for Canada in [[{S:Y}]] and returned [[{NUM} years later]], in [[{E:Y}]]."], unit="years", span=(365 * 5, 365 * 35))
_t("duration_keel_launched_months", D, ["The ship's keel was laid in [[{S:MY}]] and she was launched [[{NUM} months]] on, in [[{E:MY}]]."], unit="months", span=(600, 1500))
_t("duration_years_old_choir", D, ["The {T} male voice choir, which is [[{NUM} years old]], was founded by miners in [[{S:Y}]]."], unit="years", yr=(1900, 1990))
_t("duration_weeks_long_tour", D, ["The band's [[{NUM}-week]] tour opened in {T} on [[{S:ORD}]] and closed on [[{E:ORD}]]."], unit="weeks", span=(150, 400))
_t("duration_held_years_record", D, ["{Q}'s national record, set on [[{S:BO}]], stood for [[{NUM} years]] until it was broken on [[{E:BO}]]."], unit="years", span=(365 * 8, 365 * 30))
_t("duration_months_in_post", D, ["{R} was appointed coach of {C} on [[{S:F}]] and sacked on [[{E:F}]], after [[{NUM} months]] in charge."], unit="months", span=(500, 1500))
_t("duration_days_after_flood", D, ["Power was restored to {T} on [[{E:ISO}]], [[{NUM} days after]] the river burst its banks on [[{S:ISO}]]."], unit="days", span=(40, 200))
_t("duration_gasworks_old", D, ["Demolition of the [[{NUM}-year-old]] {T} gasworks, which was built in [[{S:MY}]], is to start shortly."], unit="years", yr=(1900, 1990))
_t("duration_term_lasted", D, ["The {N} president's second term, which began in [[{S:EARLY}]] and ended in [[{E:LATE}]], lasted [[{NUM} years]], the report says."], unit="years", span=(365 * 9, 365 * 20))
