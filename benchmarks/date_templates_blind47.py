"""``blind47``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind47`` templates.  Written on 2026-11-25 (started 06:19:18 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind46's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit: c1b82fe (``git worktree add -b dblind47 /work/wt/dblind47
# c1b82fe``).
# What was read: benchmarks/date_template_kit.py (whole file, with ``cat``;
# the shared machinery, imported here as blind46 does); lines 1-216 of
# benchmarks/date_templates_blind46.py (printed with ``sed -n 1,216p``: its
# header comment, imports, ``EXTRA_ANCHORS``, name lists, ``_ctx`` and the two
# kit lines; its templates, from its ``# --- weekday_mismatch ---`` line on,
# were never printed); its name lists (lines 176-213) were also read by a
# throwaway script comparing their capitalised words with this set's: only
# generic words are shared ("Ben", "Mount", "River", "Water", "Hospital",
# "Infirmary", "University", "Party", "League", "Workers'", "St", "MV",
# "Hurricane", "Typhoon", "Cyclone", "Storm"); tests/date_template_checks.py and
# tests/test_date_templates_independent.py (whole files, with ``cat``; the
# ``blind47`` row was added to the latter and its docstring's range extended
# to blind47); in tests/conftest.py the ``load_benchmark`` helper (printed
# with ``grep -n -A11 "def load_benchmark"``); in benchmarks/date_conflicts.py
# only the output of ``grep -n "blind46"`` (cut to 200 characters), after
# which one import line and one dict entry were inserted with sed and checked
# with ``grep -n "blind4[67]"``; in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line (cut to 200 characters), changed with sed and shown
# again with ``grep -n "^FRESH" ... | cut -c1-200``; ``git status --short``
# and ``git diff`` of the test file only.
# Seen by accident: ``ls benchmarks tests`` listed file names only (the other
# template modules, no contents); ``git worktree add`` printed the subject of
# the base commit ("README, docs/performance.md: the speed figures were
# measured at 59e9531, before the last precision guard; say so instead of
# 'final code'"); the import line's trailing comment "# noqa: E402
# (benchmarks/ helper)"; the FRESH line's trailing comment, whose first
# characters within the 200-character cut read "# not trained on: the ".
# No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind47``, which runs no
# detector) and a throwaway script (/tmp/b47_sample.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, any
# __pycache__ deleted); ``pyflakes`` on this file is clean.
# Fresh: to be scored once on the code at the end of session 24 as the before
# of session 25's rounds, never used to tune.  Every template is used:
# ``--split blind47``.
#
# Conventions (those of blind46; machinery from date_template_kit).  A
# template is a ``Callable[[random.Random], list[str]]`` (1-2 sentences) named
# ``b47_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Every side of a conflict is marked with [[...]].  Anachronisms assume
# publication on 2016-09-27: past events are dated from June 2017 to 2025;
# relative expressions are pinned to 1995-2012 or 2020-2025.  Other kinds
# keep their dates in 1900-2015, name no weekday outside the weekday
# templates and use no relative expression ("ago" only in durations, counted
# to 2016-09-27: one template here, "closed its gates N years ago, on").
# Stated counts miss every defensible count (unknown days, inclusive or
# exclusive counting) by at least seven units; all duration offsets are 0.
# In order-violation facts ``earlier`` is the event the text says came first
# (label ``E``; it carries the later date) and ``later`` the one it puts
# second (label ``L``), wherever each stands in the sentence (four templates
# write the second event first: "Peace talks opened in ..., months after the
# ceasefire of", "The electoral roll was revised, work finished on ...,
# before the referendum of" (first, but with "before"), "The mayor cut the
# ribbon on ..., long after the first tenants had moved in on", "By the time
# the inquiry reported, on ..., the owners had already sealed the shaft, on").
# Order markers (new against blind46's header): "; its shares were suspended
# on" (a bare sequence), "Only after ... did", "went out in ..., and filming
# wrapped in", "First came ...; then, on", "and later opened", "ended on ...;
# regulators approved it on", "before the", "months after", "launched in ...,
# was rolled out nationwide in", "was made ... and rose to", "began on ...;
# the cleared site was sold", "were freed ..., and their captors were
# caught", "was fired for the first time ..., and the first batch ... left",
# "It was ... that forced", "opened in ...; the talkies reached it in",
# "Having won ..., went on to", "new lifeboat arrived on ..., and she was first
# called out on", "came down on ..., and ... was blessed on", "struck gas
# in ...; the pipeline ... was laid in", "closed on ..., and the walkout
# began on", "won the scholarship ... and enrolled", "Originally ..., built
# in ..., the building became", "Straight after", "long after ... had",
# "By the time ..., had already", "topped the charts ... and won", "first
# flew on ...; production aircraft entered service", "setting in motion",
# "was used to", "sacked ... / His replacement ... was unveiled",
# "was dredged from ..., and the deeper berth welcomed its first tanker".
# Pairs for order: profit warning/share suspension, levee breach/temporary
# dyke, casting call/filming, eviction notices/bailiffs, qualifying/own
# practice, vaccine trial/approval, electoral roll/referendum, ceasefire/
# peace talks, pilot/national roll-out, canon/archdeacon, demolition/site
# sale, hostages freed/captors caught, first firing/first batch, herring
# collapse/cannery closure, cinema/talkies, primary/seat, lifeboat arrival/first
# call-out, scaffolding/blessing, gas strike/pipeline, strike ballot/walkout,
# scholarship/enrolment, tannery/youth hostel, takeover/board dismissed,
# tenants/ribbon, sealed shaft/inquiry report, chart/song contest,
# prototype/service, writ/libel trial, census/ward boundaries, sacked
# manager/replacement, dredging/first tanker.
# Restated templates are ``b47_restated_same_*`` (one head word twice:
# mudslide, blizzard, hailstorm, coup, ambush, plane crash, referendum,
# merger, shipwreck, evacuation, famine, blockade, boycott, epidemic,
# occupation, flash flood, landslide, gas leak, bridge collapse, hunger
# strike, eclipse, meteorite; 22) or ``b47_restated_diff_*`` (verb against
# noun -- impeached/impeachment, deported/deportation, nationalised/
# nationalisation, annexed/annexation, resigned/resignation, crowned/
# coronation, went bankrupt/bankruptcy, floated/flotation, demolished/
# demolition, first performed/premiere, won the leadership contest/"Her
# victory" --, synonyms abducted/kidnapping, quake/earthquake, bushfire/
# wildfire, truce/ceasefire, walkout/strike, unrest/riots, demonstrative
# "That ballot" (for a referendum), "The tragedy" (for a sinking), "The
# accident" (for a methane explosion), a pronoun "She sailed" (for a ship's
# last voyage), an apposition "The founder of ..., {R}, died on" against
# "His death, on"; 22); events that last (famine, blockade, boycott,
# epidemic, occupation, hunger strike, bushfire/wildfire, walkout/strike) are
# dated at least two calendar years apart (``gap=(2, 12)``).
# Durations: "from ... to ... -- N years at the helm", "a N-month voyage
# began ... and ended", "the N-day blockade ... was lifted", age at death
# ("died on ... at the age of N"; "was N when he died in ..."), an age at an
# event ("At N, ..., born on ..., became"), an anniversary ordinal ("marked
# the Nth anniversary of its founding on"), "N weeks after the flood of",
# "N days into a strike that began on", "has lived in ... for N years,
# having arrived", "It is N years since", "closed its gates N years ago,
# on", "the N-day standoff ... lasted from ... to", "Their marriage of N
# years began ... and ended with her death", "a N-week season at ... opened
# ... and closed", "the N-month restoration" (words), "rescued ..., N days
# after she sank", "sat in the parliament ... for N years, from ... until",
# "resigned ..., N months after taking office", "the N-year lease ...
# signed ..., expired", "the N-week public inquiry ... opened ... and
# reported", "N weeks on from the fire of", "After N months on strike,
# from", "the N-year drought ... broke in ..., having begun" (words), "It
# took builders N years", "has been a widow for N years, since", "a decade
# after", "a fortnight later", "suspended from ... to ..., N weeks without a
# boat" (one year), "a N-day tour ... ran from ... to" (ISO dates), "a N-year
# apprenticeship ..., starting ... and qualifying" (words), "after N years
# on the rock", "has chaired ... for N years, since", "the N-month dig ...,
# from mid-... to fall ..." -- in years, months, weeks and days, as digits,
# words, an ordinal and fixed phrases.  Like blind46, the set has no
# near-miss or clean (conflict-free) templates.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``; every format is used), ``{NUM}`` a
# stated count, ``{WD}`` the stated weekday, other braces invented names;
# ``sy=True`` puts both dates of a pair in one year; formats without a year
# (``CONTEXT``) take it from the other date, whose marked span carries it.
# Extra relative expressions beyond the shared list: ``EXTRA_ANCHORS`` (new
# here: "thirty-one days ago").  Counts: 41 weekday_mismatch, 31
# impossible_date (22 with a year, 9 impossible in every year), 44
# restated_event (22 same, 22 diff), 31 order_violation, 30
# publication_anachronism (15 dated after publication, 15 relative
# expressions pinned far from it), 34 duration_arithmetic (211 in all); the
# ``blind47`` row of tests/test_date_templates_independent.py asks for 42
# restated, 32 durations and 21 of each restated wording.
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set;
# none is taken from blind46's name lists.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "thirty-one days ago"})


FIRST_F = ["Evangeline", "Perpetua", "Theodora", "Marguerite", "Seraphina", "Winifred", "Cordelia", "Anneliese"]
FIRST_M = ["Thaddeus", "Peregrine", "Lucian", "Evander", "Cornelius", "Alaric"]
LAST = ["Mortimer-Shaw", "Achterberg", "Quillfeather", "Oyelaran", "Sandoval-Price", "Lindqvist", "Harrowgate",
        "Montague-Reyes", "Tiernan", "Blackwood-Essien", "Vasquez-Lowe", "Pritchard", "Szymanski", "Hollingrake"]
TOWNS = ["Kettleby Cross", "Ormsworth", "Duncarrow", "Little Fennick", "Saltmoor", "Glenvarrick", "Westerhythe",
         "Pollardstown", "Marrowdale", "Cranwick Vale"]
FIRMS = ["Ironvale Foundry", "Peacock & Strand", "Larchmont Textiles", "Brightwater Ferries", "Osprey Cement",
         "Kestrel Rope Works", "Millbank Provident", "Juniper Confectionery"]
NATIONS = ["Estravia", "Morvania", "Taldoria", "Serekhistan", "Bolvenia", "Undaria"]
CLUBS = ["Ormsworth Town", "Duncarrow Thistle", "Saltmoor Albion", "Glenvarrick United", "Westerhythe Rovers",
         "Marrowdale Swifts"]
STORMS = ["Hurricane Odalys", "Typhoon Minseo", "Cyclone Warrigal", "Storm Bethan", "Hurricane Leopoldo"]
SHIPS = ["the ferry Saltmoor Lass", "the liner Empress of Estravia", "MV Kestrel Dawn", "the trawler Grey Tern"]
PEAKS = ["Mount Sabrecroft", "the Glasshorn", "Ben Tulloch Mor", "Mount Everild"]
UNIVERSITIES = ["Ormsworth University", "the University of Glenvarrick", "Saltmoor Polytechnic",
                "Duncarrow School of Art"]
RIVERS = ["the River Yarrick", "the River Pell", "the Sabre Water", "the River Lowan"]
HOSPITALS = ["Ormsworth Royal", "St Aldhelm's Hospital", "the Glenvarrick Infirmary", "Westerhythe Memorial Hospital"]
VENUES = ["the Kettleby Corn Exchange", "the Duncarrow Empire", "the Saltmoor Pavilion", "the Marrowdale Athenaeum"]
PARTIES = ["the Agrarian Reform League", "the Harbour Workers' Party", "the Liberal Covenant",
           "the Upland Independents"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND47_TEMPLATES = new_templates()
_t = registrar("b47_", BLIND47_TEMPLATES, _ctx)

W, I, RS, OR, AN, DU = ("weekday_mismatch", "impossible_date", "restated_event", "order_violation",
                        "publication_anachronism", "duration_arithmetic")

# --- weekday_mismatch ---
_t("weekday_pier_reopened", W, ["{T}'s pier reopened to walkers on [[{WD}, {D:F}]], after a winter of repairs."])
_t("weekday_ferry_aground", W, ["{V} ran aground off {T} in thick fog on [[{WD}, {D:FO}]]."])
_t("weekday_verdict", W, ["The jury returned its verdict on [[{WD}, {D:AP}]], after deliberating for most of the day."])
_t("weekday_ap_signing", W, ["{C} signed the winger {R} on [[{WD} {D:AP}]], the club said in a statement."], ap=True)
_t("weekday_brit_funeral", W, ["The funeral of {P} took place at {T} parish church on [[{WD} {D:B}]]."])
_t("weekday_bo_fire", W, ["Fire crews from three stations fought the blaze at {F} on [[{WD} the {D:BO}]]."])
_t("weekday_sh_log", W, ["The harbour log records that the lifeboat launched at dawn on [[{WD} {D:SH}]]."])
_t("weekday_ord_charter", W, ["{T} received its royal charter on [[{WD}, {D:ORD}]], a date still marked by the town."])
_t("weekday_iso_filing", W, ["Court papers show the petition was lodged on [[{WD}]] ([[{D:ISO}]])."])
_t("weekday_dot_minutes", W, ["According to the council minutes, dated [[{D:DOT}]], the committee met on "
                              "[[{WD}]] to approve the scheme."])
_t("weekday_context_md", W, ["The strike of [[{D:Y}]] began on [[{WD}, {D:MD}]], when the night shift at {F} "
                             "downed tools."])
_t("weekday_context_dm", W, ["In [[{D:Y}]], the county show opened on [[{WD} {D:DM}]] despite heavy rain."])
_t("weekday_storm_landfall", W, ["{H} crossed the coast near {T} late on [[{WD}, {D:F}]], flattening crops."])
_t("weekday_premiere_ap", W, ["The opera had its premiere at {O} on [[{WD} {D:AP}]] to a half-empty house."],
   ap=True)
_t("weekday_quake_opening", W, ["On [[{WD}, {D:F}]], a strong earthquake shook {T} shortly after midnight."])
_t("weekday_inauguration", W, ["{R} was sworn in as president of {N} on [[{WD}, {D:FO}]] before a crowd of "
                               "thousands."])
_t("weekday_mountain", W, ["The climbers reached the summit of {M} just before noon on [[{WD} {D:B}]]."])
_t("weekday_graduation", W, ["{P} collected her degree from {U} on [[{WD}, {D:F}]], the first in her family to "
                             "do so."])
_t("weekday_bank_run", W, ["Queues formed outside every branch of {F} on [[{WD}, {D:AP}]] as rumours spread."])
_t("weekday_match_report", W, ["{C} beat {C2} 3-1 in front of a record crowd on [[{WD} {D:BO}]]."])
_t("weekday_flood_crest", W, ["{K} crested at its highest level in living memory on [[{WD}, {D:F}]]."])
_t("weekday_hospital_wing", W, ["The new children's wing at {X} took its first patients on [[{WD} {D:SH}]]."])
_t("weekday_parenthetical", W, ["The last tram ran in {T} on a wet evening ([[{WD}, {D:F}]]) and the rails were "
                                "lifted soon afterwards."])
_t("weekday_trailing", W, ["{J} chose its first leader, {R}, at a conference held in {T}, on [[{WD}, {D:FO}]]."])
_t("weekday_quote", W, ["\"We signed the contract on [[{WD}, {D:F}]],\" said {P}, the firm's former director."])
_t("weekday_arrest", W, ["Police arrested {R} at his home in {T} on [[{WD} {D:B}]] on suspicion of fraud."])
_t("weekday_bridge_ap", W, ["The swing bridge over {K} jammed open on [[{WD} {D:AP}]], cutting {T} in two."],
   ap=True)
_t("weekday_concert", W, ["The orchestra gave its farewell concert at {O} on [[{WD}, {D:ORD}]]."])
_t("weekday_birth_record", W, ["Parish records show that {P} was baptised on [[{WD}, {D:F}]] at {T}."])
_t("weekday_wedding", W, ["{P} and {R} were married at {T} register office on [[{WD}, {D:FO}]]."])
_t("weekday_auction", W, ["The painting sold at auction in {T} on [[{WD} {D:SH}]] for well above its estimate."])
_t("weekday_treaty", W, ["{N} and {N2} signed the border treaty in {T} on [[{WD}, {D:F}]]."])
_t("weekday_ap_launch", W, ["{V} was launched from the {F} slipway on [[{WD} {D:AP}]]."], ap=True)
_t("weekday_dot_ticket", W, ["The ticket, stamped [[{D:DOT}]], shows he travelled on the [[{WD}]] night mail."])
_t("weekday_iso_log", W, ["The station's weather log for [[{D:ISO}]], a [[{WD}]], shows a record low."])
_t("weekday_two_sentences", W, ["The mine at {T} closed after a century of digging.",
                                "The last shift came up on [[{WD}, {D:F}]]."])
_t("weekday_eclipse", W, ["Crowds gathered on the promenade at {T} to watch the eclipse on [[{WD}, {D:B}]]."])
_t("weekday_by_recount", W, ["After a recount, {R} was declared the winner in {T} on [[{WD}, {D:FO}]]."])
_t("weekday_context_shmd", W, ["In [[{D:Y}]], the {U} rowing eight set its course record on [[{WD}, {D:SHMD}]]."])
_t("weekday_context_apmd", W, ["The regatta on {K} in [[{D:Y}]] was held on [[{WD} {D:APMD}]]."], ap=True)
_t("weekday_ordny", W, ["In [[{D:Y}]] -- on [[{WD}, {D:ORDNY}]] -- the pit ponies were brought to the "
                        "surface for good."])

# --- impossible_date ---
_t("impossible_contract", I, ["The supply contract between {F} and {F2} was signed on [[{D:F}]]."])
_t("impossible_fo_deed", I, ["The title deed is dated [[{D:FO}]] and names {R} as the owner."])
_t("impossible_ap_release", I, ["{R} was released from prison on [[{D:AP}]] after serving his sentence."])
_t("impossible_b_birth", I, ["{P} was born in {T} on [[{D:B}]], the youngest of six."])
_t("impossible_bo_wreck", I, ["{V} foundered off {T} on the [[{D:BO}]] with the loss of eleven crew."])
_t("impossible_sh_ledger", I, ["The ledger entry for [[{D:SH}]] records the sale of the mill."])
_t("impossible_ord_proclaim", I, ["The republic of {N} was proclaimed on [[{D:ORD}]] from the balcony of the "
                                  "town hall."])
_t("impossible_iso_dataset", I, ["The gauge on {K} recorded its peak flow on [[{D:ISO}]], according to the archive."])
_t("impossible_dot_stamp", I, ["The passport stamp reads [[{D:DOT}]], the day {R} entered {N}."])
_t("impossible_md_festival", I, ["Every year the {T} lantern festival is held on [[{D:MD}]]."])
_t("impossible_dm_feast", I, ["The village keeps its patronal feast on [[{D:DM}]], as it has for centuries."])
_t("impossible_apmd_deadline", I, ["Applications for the scheme closed on [[{D:APMD}]], the council said."])
_t("impossible_shmd_table", I, ["The tide table lists the spring tide for [[{D:SHMD}]] as the highest of the year."])
_t("impossible_ordny_vigil", I, ["Each year on [[{D:ORDNY}]] a vigil is held at the gates of {F}."])
_t("impossible_ow_anniversary", I, ["Members of {J} gather on [[{D:OW}]] to mark the founding of the party."])
_t("impossible_storm", I, ["{H} made landfall near {T} on [[{D:F}]], tearing roofs from houses."])
_t("impossible_goal", I, ["{R} scored his first goal for {C} on [[{D:FO}]], against {C2}."])
_t("impossible_flight", I, ["The first scheduled flight left {T} airfield on [[{D:AP}]]."])
_t("impossible_obit", I, ["{P}, who died on [[{D:B}]], is buried in the churchyard at {T}."])
_t("impossible_summit", I, ["{Q} stood on the summit of {M} on [[{D:F}]], the first woman to do so."])
_t("impossible_hospital", I, ["{X} admitted its first patient on the [[{D:BO}]], a boy with a broken arm."])
_t("impossible_letter", I, ["In a letter dated [[{D:F}]], {R} asked {F} for a loan."])
_t("impossible_match", I, ["{C} were promoted after beating {C2} on [[{D:SH}]]."])
_t("impossible_trailing", I, ["Construction of the {T} bypass finally started, on [[{D:F}]]."])
_t("impossible_quote", I, ["\"I arrived in {T} on [[{D:FO}]] with nothing,\" {R} told the inquiry."])
_t("impossible_two", I, ["The foundry at {T} shut in the slump.", "Its last pour was made on [[{D:AP}]]."])
_t("impossible_ordinance", I, ["The by-law came into force on [[{D:ORD}]], banning cattle from the high street."])
_t("impossible_md_rent", I, ["Under the lease, rent on the {T} shop falls due on [[{D:MD}]] each year."])
_t("impossible_ow_market", I, ["The hiring fair at {T} was traditionally held on [[{D:OW}]]."])
_t("impossible_dm_treaty", I, ["Schoolchildren in {N} are taught that the treaty was signed on [[{D:DM}]]."])
_t("impossible_iso_filing", I, ["The company's annual return, filed [[{D:ISO}]], lists {P} as a director."])

# --- restated_event (same head word) ---
_t("restated_same_mudslide", RS, ["A mudslide buried four houses in {T} on [[{A:F}]].",
                                  "Survivors of the mudslide of [[{B:F}]] are still waiting for compensation."])
_t("restated_same_blizzard", RS, ["The blizzard that cut off {T} struck on [[{A:FO}]]; the blizzard, on "
                                  "[[{B:FO}]], closed every road for a week."])
_t("restated_same_hailstorm", RS, ["Farmers around {T} lost their crops in a hailstorm on [[{A:AP}]].",
                                   "Insurers paid out millions after the hailstorm of [[{B:AP}]]."])
_t("restated_same_coup", RS, ["The coup in {N} was launched on [[{A:B}]] by junior officers.",
                              "{R}, who led the coup of [[{B:B}]], later became defence minister."])
_t("restated_same_ambush", RS, ["The ambush near {T} on [[{A:F}]] killed six soldiers; an inquiry into the "
                                "ambush, which it dated [[{B:F}]], blamed poor intelligence."])
_t("restated_same_plane_crash", RS, ["The plane crash at {T} airfield happened on [[{A:SH}]].",
                                     "Relatives of those killed in the plane crash on [[{B:SH}]] unveiled a "
                                     "memorial."])
_t("restated_same_referendum", RS, ["{N} held its referendum on independence on [[{A:F}]].",
                                    "Turnout in the referendum, on [[{B:F}]], was the highest ever recorded."])
_t("restated_same_merger", RS, ["The merger of {F} and {F2} was completed in [[{A:MY}]].",
                                "Hundreds of jobs went after the merger in [[{B:MY}]]."])
_t("restated_same_shipwreck", RS, ["Divers have found the shipwreck of {V}, lost on [[{A:BO}]].",
                                   "The shipwreck, on [[{B:BO}]], claimed the lives of nine crew."])
_t("restated_same_evacuation", RS, ["The evacuation of {T} began on [[{A:F}]] as the river rose.",
                                    "Older residents still remember the evacuation of [[{B:F}]]."])
_t("restated_same_famine", RS, ["The famine in the northern provinces of {N} began in [[{A:Y}]].",
                                "Historians say the famine of [[{B:Y}]] killed a tenth of the population."],
   gap=(2, 12))
_t("restated_same_blockade", RS, ["The naval blockade of {N} began in [[{A:MY}]].",
                                  "Food ran short in {T} during the blockade, which started in [[{B:MY}]]."],
   gap=(2, 12))
_t("restated_same_boycott", RS, ["The bus boycott in {T} started in [[{A:LATE}]].",
                                 "The boycott of [[{B:Y}]] ended only when the company hired local drivers."],
   gap=(2, 12))
_t("restated_same_epidemic", RS, ["A typhus epidemic swept {T} from [[{A:EARLY}]].",
                                  "{X} was built in response to the epidemic of [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_occupation", RS, ["Students began their occupation of the {U} library in [[{A:AUTUMN}]].",
                                    "The occupation, which began in [[{B:MY}]], won them a seat on the senate."],
   gap=(2, 12))
_t("restated_same_flash_flood", RS, ["A flash flood tore through {T} on [[{A:ISO}]], the gauge records show.",
                                     "After the flash flood of [[{B:F}]], the culverts were widened."])
_t("restated_same_landslide", RS, ["The coast road at {T} was swept away by a landslide on [[{A:DOT}]].",
                                   "Engineers who surveyed the landslide on [[{B:DOT}]] said the cliff was "
                                   "still moving."])
_t("restated_same_gas_leak", RS, ["A gas leak forced three streets in {T} to be cleared on [[{A:F}]].",
                                  "{F} was fined for the gas leak of [[{B:F}]]."])
_t("restated_same_bridge_collapse", RS, ["The bridge collapse over {K} on [[{A:ORD}]] left {T} isolated.",
                                         "Two engineers were charged over the bridge collapse, which happened on "
                                         "[[{B:ORD}]]."])
_t("restated_same_hunger_strike", RS, ["{R} began a hunger strike in [[{A:MID}]] to protest his detention.",
                                       "His hunger strike of [[{B:Y}]] drew crowds to the prison gates."],
   gap=(2, 12))
_t("restated_same_eclipse", RS, ["In [[{A:Y}]], the total eclipse over {T} drew astronomers from abroad; it was "
                                 "the only total eclipse the town saw that century, in [[{B:MY}]]."])
_t("restated_same_meteorite", RS, ["A meteorite fell on a farm outside {T} on [[{A:FO}]].",
                                   "Fragments of the meteorite, which landed on [[{B:FO}]], are held at {U}."])

# --- restated_event (different wording) ---
_t("restated_diff_impeached", RS, ["{R} was impeached by the parliament of {N} on [[{A:F}]].",
                                   "His impeachment, on [[{B:F}]], was the first in the country's history."])
_t("restated_diff_deported", RS, ["{R} was deported to {N2} on [[{A:AP}]].",
                                  "Campaigners fought his deportation, carried out on [[{B:AP}]], for years."])
_t("restated_diff_nationalised", RS, ["The government nationalised {F} in [[{A:MY}]].",
                                      "After nationalisation in [[{B:MY}]], the firm's losses mounted."])
_t("restated_diff_annexed", RS, ["{N} annexed the border province on [[{A:B}]].",
                                 "The annexation of [[{B:B}]] was never recognised by {N2}."])
_t("restated_diff_resigned", RS, ["{R} resigned as chairman of {F} on [[{A:F}]].",
                                  "Shares rose sharply on news of his resignation, announced on [[{B:F}]]."])
_t("restated_diff_crowned", RS, ["The young king was crowned in the cathedral at {T} on [[{A:FO}]].",
                                 "The coronation, held on [[{B:FO}]], was the last in {N}."])
_t("restated_diff_abducted", RS, ["{Q} was abducted outside her office in {T} on [[{A:SH}]].",
                                  "Nobody was ever convicted of the kidnapping, which took place on [[{B:SH}]]."])
_t("restated_diff_quake", RS, ["The quake that flattened {T} struck on [[{A:F}]].",
                               "More than a hundred people died in the earthquake of [[{B:F}]]."])
_t("restated_diff_bushfire", RS, ["A bushfire burned through the hills above {T} in [[{A:SUMMER}]].",
                                  "Farms lost to the wildfire of [[{B:Y}]] were never rebuilt."], gap=(2, 12))
_t("restated_diff_truce", RS, ["A truce between {N} and {N2} took effect on [[{A:B}]].",
                               "The ceasefire, agreed on [[{B:B}]], held for almost a decade."])
_t("restated_diff_walkout", RS, ["The walkout at {F} began in [[{A:APMY}]].",
                                 "The strike, which started in [[{B:APMY}]], ended with a pay rise."], gap=(2, 12))
_t("restated_diff_unrest", RS, ["Unrest broke out on the {T} estates on [[{A:F}]] after a police raid.",
                                "The riots of [[{B:F}]] left the high street in ruins."])
_t("restated_diff_that_ballot", RS, ["Voters in {T} chose to leave the county in a referendum on [[{A:F}]].",
                                     "That ballot, held on [[{B:F}]], was later challenged in the courts."])
_t("restated_diff_the_tragedy", RS, ["{V} sank in a storm off {T} on [[{A:BO}]].",
                                     "The tragedy, on [[{B:BO}]], is remembered by a plaque on the quay."])
_t("restated_diff_the_accident", RS, ["Methane exploded at the {T} colliery on [[{A:AP}]], killing eight miners.",
                                      "The accident on [[{B:AP}]] led to new safety rules."])
_t("restated_diff_she_ship", RS, ["{V} left {T} on her final voyage on [[{A:F}]].",
                                  "She sailed, the harbour master's log shows, on [[{B:F}]], and was never seen "
                                  "again."])
_t("restated_diff_apposition", RS, ["The founder of {J}, {R}, died on [[{A:FO}]].",
                                    "His death, on [[{B:FO}]], set off a struggle for the leadership."])
_t("restated_diff_bankrupt", RS, ["{F} went bankrupt in [[{A:MY}]], owing its suppliers millions.",
                                  "The bankruptcy of [[{B:MY}]] cost four hundred jobs."])
_t("restated_diff_leadership", RS, ["{P} won the leadership contest of {J} on [[{A:F}]].",
                                    "Her victory, on [[{B:F}]], made her the party's first woman leader."])
_t("restated_diff_floated", RS, ["{F} floated on the stock exchange on [[{A:B}]].",
                                 "The flotation, on [[{B:B}]], valued the company at twice its book value."])
_t("restated_diff_demolished", RS, ["The old gasometer at {T} was demolished on [[{A:SH}]].",
                                    "Crowds turned out for the demolition on [[{B:SH}]]."])
_t("restated_diff_premiere", RS, ["{P}'s symphony was first performed at {O} on [[{A:F}]].",
                                  "Critics panned the premiere, on [[{B:F}]], but audiences loved it."])

# --- order_violation ---
_t("order_profit_warning", OR, ["{F} issued a profit warning on [[{E:F}]]; its shares were suspended on [[{L:F}]]."])
_t("order_levee_dyke", OR, ["Only after the levee on {K} gave way on [[{E:B}]] did the army build a temporary "
                            "dyke, finished on [[{L:B}]]."])
_t("order_casting_filming", OR, ["The casting call went out in [[{E:MY}]], and filming in {T} wrapped in "
                                 "[[{L:MY}]]."])
_t("order_first_came_then", OR, ["First came the eviction notices, served on [[{E:AP}]]; then, on [[{L:AP}]], "
                                  "the bailiffs arrived."])
_t("order_solicitor_practice", OR, ["{P} qualified as a solicitor in [[{E:Y}]] and later opened her own practice "
                                    "in {T}, in [[{L:Y}]]."])
_t("order_trial_approval", OR, ["The final trial of the vaccine ended on [[{E:ISO}]]; regulators approved it on "
                                "[[{L:ISO}]]."])
_t("order_roll_referendum", OR, ["The electoral roll was revised, work finished on [[{E:F}]], before the "
                                 "referendum of [[{L:F}]]."])
_t("order_months_after_ceasefire", OR, ["Peace talks opened in [[{L:MY}]], months after the ceasefire of "
                                        "[[{E:MY}]]."])
_t("order_pilot_rollout", OR, ["The pilot scheme, launched in [[{E:EARLY}]], was rolled out nationwide in "
                               "[[{L:LATE}]]."])
_t("order_canon_archdeacon", OR, ["{R} was made a canon of {T} cathedral in [[{E:Y}]] and rose to archdeacon in "
                                  "[[{L:Y}]]."])
_t("order_demolition_sale", OR, ["Demolition of the old gasworks began on [[{E:FO}]]; the cleared site was sold "
                                 "to developers on [[{L:FO}]]."])
_t("order_hostages_captors", OR, ["The hostages were freed on [[{E:DOT}]], and their captors were caught on "
                                  "[[{L:DOT}]]."])
_t("order_kiln_tiles", OR, ["The kiln at {F} was fired for the first time on the [[{E:BO}]], and the first batch of "
                            "tiles left the works on the [[{L:BO}]]."])
_t("order_it_was_that_forced", OR, ["It was the collapse of the herring catch in [[{E:Y}]] that forced the "
                                    "{T} cannery to close in [[{L:Y}]]."])
_t("order_cinema_talkies", OR, ["{T}'s first cinema opened in [[{E:SUMMER}]]; the talkies reached it in "
                                "[[{L:SPRING}]]."])
_t("order_primary_went_on", OR, ["Having won the primary on [[{E:F}]], {R} went on to take the seat on "
                                 "[[{L:F}]]."])
_t("order_lifeboat_callout", OR, ["In [[{E:Y}]], {T}'s new lifeboat arrived on [[{E:MD}]], and she was first called "
                                 "out on [[{L:MD}]]."], sy=True)
_t("order_scaffold_blessing", OR, ["The scaffolding came down on [[{E:SH}]], and the restored spire was blessed on "
                                   "[[{L:SH}]]."])
_t("order_gas_pipeline", OR, ["Exploratory drilling struck gas in [[{E:APMY}]]; the pipeline to {T} was laid in "
                              "[[{L:APMY}]]."])
_t("order_ballot_walkout", OR, ["The strike ballot at {F} closed on [[{E:ORD}]], and the walkout began on "
                                "[[{L:ORD}]]."])
_t("order_scholarship_enrol", OR, ["{P} won the scholarship in [[{E:MID}]] and enrolled at {U} at [[{L:END}]]."])
_t("order_originally_became", OR, ["Originally a tannery, built in [[{E:Y}]], the building became a youth hostel in "
                                   "[[{L:Y}]]."])
_t("order_takeover_board", OR, ["Straight after the takeover of [[{E:F}]], the new owners of {F} dismissed the "
                                "board, on [[{L:F}]]."])
_t("order_long_after_tenants", OR, ["The mayor cut the ribbon on [[{L:AP}]], long after the first tenants had "
                                    "moved in on [[{E:AP}]]."])
_t("order_by_the_time", OR, ["By the time the inquiry reported, on [[{L:B}]], the owners had already sealed the "
                             "shaft, on [[{E:B}]]."])
_t("order_chart_contest", OR, ["The song topped the charts in {N} in [[{E:MY}]] and won the national song contest "
                               "in [[{L:MY}]]."])
_t("order_prototype_service", OR, ["The prototype first flew on [[{E:FO}]]; production aircraft entered service "
                                   "with {F} on [[{L:FO}]]."])
_t("order_writ_trial", OR, ["The writ was served on [[{E:F}]], setting in motion a libel trial that opened on "
                            "[[{L:F}]]."])
_t("order_census_wards", OR, ["The census of [[{E:Y}]] was used to redraw the ward boundaries of {T} in "
                              "[[{L:Y}]]."])
_t("order_two_sentences", OR, ["{C} sacked their manager on [[{E:SH}]].",
                               "His replacement, {R}, was unveiled on [[{L:SH}]]."])
_t("order_sy_apmd", OR, ["During [[{E:Y}]], dredging of the harbour at {T} began on [[{E:APMD}]], and the deeper "
                         "berth welcomed its first tanker on [[{L:APMD}]]."], sy=True)

# --- publication_anachronism ---
_t("anachronism_bridge_reopened", AN, ["The suspension bridge at {T} reopened to traffic on [[{D:F}]] after a "
                                       "long repair."])
_t("anachronism_ferry_withdrawn", AN, ["{F} withdrew {V} from service in [[{D:MY}]], after decades at "
                                       "sea."])
_t("anachronism_elected", AN, ["{R} was elected mayor of {T} on [[{D:FO}]] with a narrow majority."])
_t("anachronism_closed_ap", AN, ["{X} closed its maternity unit on [[{D:AP}]], despite protests."])
_t("anachronism_b_merger", AN, ["{F} completed its takeover of {F2} on [[{D:B}]]."])
_t("anachronism_bo_record", AN, ["{Q} broke the national record for the marathon on the [[{D:BO}]]."])
_t("anachronism_sh_shares", AN, ["Shares in {F} fell by a third on [[{D:SH}]] after a profit warning."])
_t("anachronism_ord_treaty", AN, ["{N} ratified the fisheries treaty on [[{D:ORD}]]."])
_t("anachronism_iso_log", AN, ["The incident log, dated [[{D:ISO}]], records the evacuation of {O}."])
_t("anachronism_dot_permit", AN, ["The planning permit, issued [[{D:DOT}]], allowed {F} to extend the quarry."])
_t("anachronism_year_relegated", AN, ["{C} were relegated in [[{D:Y}]] for the first time in their history."])
_t("anachronism_summer", AN, ["The festival moved to the grounds of {U} in [[{D:SUMMER}]]."])
_t("anachronism_late", AN, ["{P} stepped down as editor in [[{D:LATE}]], handing over to {Q}."])
_t("anachronism_apmy", AN, ["The tramway to {T} carried its last passengers in [[{D:APMY}]]."])
_t("anachronism_shmy", AN, ["Flooding on {K} in [[{D:SHMY}]] forced hundreds from their homes."])
_t("anachronism_rel_last_night", AN, ["Firefighters were called to the {F} warehouse in {T} [[last night]], "
                                      "[[{D:F}]], and fought the blaze until dawn."], rel="last night")
_t("anachronism_rel_yesterday", AN, ["{R} told reporters outside {X} [[yesterday]] ([[{D:AP}]]) that he would "
                                     "appeal."], rel="yesterday")
_t("anachronism_rel_this_morning", AN, ["Commuters into {T} faced delays [[this morning]], [[{D:B}]], after a "
                                        "signal failure."], rel="this morning")
_t("anachronism_rel_last_week", AN, ["{C} confirmed [[last week]] -- on [[{D:FO}]] -- that {R} had left the club."],
   rel="last week")
_t("anachronism_rel_earlier_this_month", AN, ["The council voted [[earlier this month]], on [[{D:SH}]], to close "
                                              "the library in {T}."], rel="earlier this month")
_t("anachronism_rel_two_days_ago", AN, ["{P} went missing on {M} [[two days ago]], on [[{D:F}]], and a search "
                                        "is under way."], rel="two days ago")
_t("anachronism_rel_last_month", AN, ["Inflation in {N} reached its highest level in a decade [[last month]], in "
                                      "[[{D:MY}]]."], rel="last month")
_t("anachronism_rel_last_year", AN, ["{F} opened its second factory in {T} [[last year]], in [[{D:Y}]]."],
   rel="last year")
_t("anachronism_rel_earlier_today", AN, ["The health minister visited {X} [[earlier today]], [[{D:ISO}]], to "
                                         "open a new ward."], rel="earlier today")
_t("anachronism_rel_fortnight", AN, ["{H} struck the coast near {T} [[a fortnight ago]], on [[{D:BO}]]."],
   rel="a fortnight ago")
_t("anachronism_rel_last_weekend", AN, ["{C} beat {C2} in the derby [[last weekend]] ([[{D:DOT}]])."],
   rel="last weekend")
_t("anachronism_rel_earlier_this_week", AN, ["The board of {F} met [[earlier this week]], on [[{D:ORD}]], to "
                                             "discuss the offer."], rel="earlier this week")
_t("anachronism_rel_this_afternoon", AN, ["{R} was sworn in as governor [[this afternoon]], [[{D:F}]], at the "
                                          "state house in {T}."], rel="this afternoon")
_t("anachronism_rel_earlier_this_year", AN, ["{J} lost its only seat in {T} [[earlier this year]], in "
                                             "[[{D:APMY}]]."], rel="earlier this year")
_t("anachronism_rel_thirty_one_days", AN, ["{V} was impounded in {T} [[thirty-one days ago]], on [[{D:AP}]], and "
                                           "her crew have not been paid since."], rel="thirty-one days ago")

# --- duration_arithmetic ---
_t("duration_headmaster_at_helm", DU, ["{R} ran the grammar school in {T} from [[{S:Y}]] to [[{E:Y}]] -- "
                                       "[[{NUM} years]] at the helm."], unit="years", span=(3000, 9000))
_t("duration_voyage_months", DU, ["The survey ship's [[{NUM}-month]] voyage began at {T} on [[{S:F}]] and ended "
                                  "there on [[{E:F}]]."], unit="months", span=(200, 900), top=60)
_t("duration_blockade_lifted", DU, ["The [[{NUM}-day]] blockade of the port, which began on [[{S:FO}]], was lifted "
                                    "on [[{E:FO}]]."], unit="days", span=(60, 300))
_t("duration_age_at_death", DU, ["{P} was born in {T} on [[{S:B}]] and died on [[{E:B}]] at the age of [[{NUM}]]."],
   unit="years", span=(22000, 34000), yr=(1900, 1925), min=20)
_t("duration_anniversary_ordinal", DU, ["On [[{E:F}]], {F} marked the [[{NUM}]] anniversary of its founding on "
                                        "[[{S:F}]]."], unit="years", span=(7000, 30000), ordinal=True)
_t("duration_weeks_after_flood", DU, ["The road into {T} reopened on [[{E:AP}]], [[{NUM} weeks]] after the flood of "
                                      "[[{S:AP}]]."], unit="weeks", span=(100, 400), top=80)
_t("duration_days_into_strike", DU, ["On [[{E:F}]], [[{NUM} days]] into a strike that began on [[{S:F}]], the "
                                     "dockers of {T} voted to return."], unit="days", span=(40, 200))
_t("duration_has_lived", DU, ["{P} has lived in {T} for [[{NUM} years]], having arrived from {N} in [[{S:Y}]]."],
   unit="years", yr=(1930, 2005))
_t("duration_it_is_since", DU, ["It is [[{NUM} years]] since the last train left {T} station, on [[{S:F}]]."],
   unit="years", yr=(1930, 2005))
_t("duration_closed_ago", DU, ["The {F} works closed its gates [[{NUM} years ago]], on [[{S:FO}]]."],
   unit="years", yr=(1920, 2000))
_t("duration_standoff", DU, ["The [[{NUM}-day]] standoff at the embassy in {T} lasted from [[{S:B}]] to "
                             "[[{E:B}]]."], unit="days", span=(30, 150))
_t("duration_marriage", DU, ["Their marriage of [[{NUM} years]] began at {T} on [[{S:F}]] and ended with her death "
                             "on [[{E:F}]]."], unit="years", span=(5000, 20000))
_t("duration_theatre_season", DU, ["A [[{NUM}-week]] season at {O} opened on [[{S:SH}]] and closed on "
                                   "[[{E:SH}]]."], unit="weeks", span=(100, 300), top=60)
_t("duration_restoration_words", DU, ["The [[{NUM}-month]] restoration of the {T} organ began in [[{S:MY}]] and "
                                      "finished in [[{E:MY}]]."], unit="months", span=(500, 1200), words=True)
_t("duration_adrift", DU, ["The crew of {V} were rescued on [[{E:F}]], [[{NUM} days]] after she sank on "
                           "[[{S:F}]]."], unit="days", span=(40, 120))
_t("duration_parliament", DU, ["{R} sat in the parliament of {N} for [[{NUM} years]], from [[{S:Y}]] until "
                               "[[{E:Y}]]."], unit="years", span=(4000, 12000))
_t("duration_months_after_office", DU, ["The mayor of {T} resigned on [[{E:AP}]], [[{NUM} months]] after taking "
                                        "office on [[{S:AP}]]."], unit="months", span=(300, 1200), top=80)
_t("duration_lease_expired", DU, ["The [[{NUM}-year]] lease on the {T} quay, signed in [[{S:MY}]], expired in "
                                  "[[{E:MY}]]."], unit="years", span=(7000, 20000))
_t("duration_inquiry_weeks", DU, ["The [[{NUM}-week]] public inquiry into the crash opened on [[{S:ORD}]] and "
                                  "reported on [[{E:ORD}]]."], unit="weeks", span=(150, 500), top=100)
_t("duration_on_from_fire", DU, ["The {F} shop reopened on [[{E:DOT}]], [[{NUM} weeks]] on from the fire of "
                                 "[[{S:DOT}]]."], unit="weeks", span=(120, 400), top=80)
_t("duration_age_at_event", DU, ["At [[{NUM}]], {P}, born on [[{S:F}]], was elected to the {T} "
                                 "council on [[{E:F}]]."], unit="years", span=(7500, 11000), min=12)
_t("duration_age_when_died", DU, ["{R} was [[{NUM}]] when he died in [[{E:Y}]]; he had been born in {T} in "
                                  "[[{S:Y}]]."], unit="years", span=(18000, 33000), yr=(1900, 1930), min=15)
_t("duration_dockers_months", DU, ["After [[{NUM} months]] on strike, from [[{S:F}]], the miners of {T} went back "
                                   "on [[{E:F}]]."], unit="months", span=(300, 700), top=60)
_t("duration_drought_broke", DU, ["The [[{NUM}-year]] drought in {N} broke in [[{E:Y}]], having begun in "
                                  "[[{S:Y}]]."], unit="years", span=(1500, 4500), words=True)
_t("duration_cathedral_took", DU, ["It took builders [[{NUM} years]] to finish the cathedral at {T}, from "
                                   "[[{S:EARLY}]] to [[{E:LATE}]]."], unit="years", span=(5000, 15000))
_t("duration_widow", DU, ["{Q} has been a widow for [[{NUM} years]], since her husband's death in [[{S:MY}]]."],
   unit="years", yr=(1950, 2005))
_t("duration_decade_after", DU, ["The new barrier on {K} opened on [[{E:F}]], [[{NUM}]] after the flood of "
                                 "[[{S:F}]]."], unit="years", span=(1000, 2500), fixed=(10, "a decade"))
_t("duration_fortnight_later", DU, ["Talks began on [[{S:FO}]] and, [[{NUM}]] later, on [[{E:FO}]], a deal "
                                    "was struck."], unit="days", span=(60, 200), fixed=(14, "a fortnight"))
_t("duration_same_year_md", DU, ["In [[{S:Y}]], the ferry crossing to {T} was suspended from [[{S:MD}]] to "
                                 "[[{E:MD}]], [[{NUM} weeks]] without a boat."], unit="weeks", span=(150, 300))
_t("duration_coach_tour", DU, ["The choir's [[{NUM}-day]] tour of {N} ran from [[{S:ISO}]] to [[{E:ISO}]]."],
   unit="days", span=(40, 110))
_t("duration_apprentice", DU, ["{R} served a [[{NUM}-year]] apprenticeship at {F}, starting in [[{S:APMY}]] and "
                               "qualifying in [[{E:APMY}]]."], unit="years", span=(4000, 8000), words=True)
_t("duration_two_sentences", DU, ["The lighthouse keeper {R} took up his post at {T} on [[{S:BO}]].",
                                  "He left on [[{E:BO}]], after [[{NUM} years]] on the rock."], unit="years",
   span=(5000, 15000))
_t("duration_has_chaired", DU, ["{P} has chaired the {T} bench of magistrates for [[{NUM} years]], since "
                                "[[{S:SPRING}]]."], unit="years", yr=(1960, 2004))
_t("duration_mid_fall", DU, ["The [[{NUM}-month]] dig at the hill fort, from [[{S:MID}]] to [[{E:FALL}]], turned up "
                             "Roman coins."], unit="months", span=(900, 1500), top=60)
