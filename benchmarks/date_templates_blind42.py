"""``blind42``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind42`` templates.  Written on 2026-11-24 (started 15:20:25 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict kinds and conventions of blind41's header comment and from how
# news copy dates things, WITHOUT opening, grepping, importing or running the
# detector (anything under src/reliability/), any other tests file, features/,
# docs/, the README, benchmarks/results/, the body of
# benchmarks/event_identity.py or of benchmarks/date_conflicts.py, any other
# template file, or the git history (``git log``/``git show`` were never run).
# Base commit, taken with ``git rev-parse HEAD`` after
# ``git worktree add -b dblind42 ... 6f0bebd``:
# 6f0bebd4dd8ea4a25fcb00a55513c0d4af1e6e12.
# What was read: lines 1-509 of benchmarks/date_templates_blind41.py (its
# header comment, imports, name lists, helpers and generator machinery, up to
# and including its ``# --- weekday_mismatch ---`` section comment; its
# ``W = "weekday_mismatch"`` line 510 was found with ``grep -n`` and nothing
# after it was printed, so its templates were never seen; its header comment
# does summarise the phrasings its templates use, and those summaries were
# read) -- its machinery (lines 189-216 and 239-508) was copied with a sed
# script (``b42_`` names, ``BLIND42_TEMPLATES``, "twenty-five days ago" as the
# new relative anchor instead of "twenty-four days ago"), its name lists
# (lines 217-238) were replaced and none of its names, places or firms were
# reused; tests/date_template_checks.py (whole file, the shared checks);
# tests/test_date_templates_independent.py (whole file, where the ``blind42``
# row was added and the docstring's range extended to blind42); in
# tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A11``); in benchmarks/date_conflicts.py only the output of
# ``grep -n "blind41"`` (the import line 96 and the dict entry at line 2608),
# after which one import line and one dict entry were inserted with sed and
# checked with ``grep -n blind42``; in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line (cut to 200 characters), changed with the sed line of
# the brief and shown again with ``grep -n "^FRESH" ... | cut -c1-200``.
# Seen by accident: ``git worktree add`` printed the subject of the base
# commit ("quality.md re-run on the final code (python
# benchmarks/quality.py): every AUC, ECE, interval and ablation figure
# unchanged; the dominance table is brought up to date (conflicting_figures
# is now non-zero on one Webis article, a genuine conflict found by an
# earlier session's rules, so max_dominance would also drop it)"); the FRESH
# line's trailing comment (its first 200 characters show "not trained on:
# the shipped pass was fitted without them (blind31 and blind32 joined d").
# No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind42``, which runs no
# detector) and a throwaway script (/tmp/b42_sample.py, outside the worktree)
# printing a rendered sample of every template and applying the shared
# checks over 300 seeds -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled, its
# __pycache__ deleted).
# This is a fresh independent test set, to be scored ONCE on the code at the
# end of session 19 as the "before" of session 20's rounds, and never used to
# tune the detector.  Every template is used: ``--split blind42``.
#
# Conventions (those of blind41, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b42_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# "was first used ... having been formally opened", "before she joined ...,
# had taught", "the ceasefire took effect ...; the fighting had begun", an
# inquest and "she had died", "was demolished ... long after it had been
# shut down", "took over the bakery ...; he had opened it", "the first
# patients were treated ...; the foundation stone had been laid").
# Life-cycle pairs for order: storm formed/made landfall, admitted/
# discharged, diagnosed/died, war broke out/peace treaty, bill passed/signed
# into law, wrote/published, hired/sacked, engagement/married, construction
# started/first trains crossed, launched/commissioned, graduated/joined a
# newspaper, flotation/founder sold shares, founded/moved ground, treaty
# signed/ratified, barrister/judge, elected leader/general election,
# planning permission/building began, sailed/reached (one year), charged/
# trial, dam completed/valley flooded, graduated/doctorate, proposed/wed
# (one year), hunger march set off/reached the capital.
# Restated templates are ``b42_restated_same_*`` (one head word twice, 22)
# or ``b42_restated_diff_*`` (verb against noun, synonyms, a demonstrative
# "that spill", a pronoun "it appeared on", an apposition "the triumph, a
# 2-0 win ... on", relative clauses; 22); events that last (a flood, a dock
# strike, a famine, an uprising, a siege) are dated at least two calendar
# years apart (``gap=(2, 12)``).  Durations: ages ("was N when", "turned
# N", "At N, ... oldest", "a N-year-old", "is N and still runs"), terms of
# office, leases, marriages, sieges, refits, hostage days, strikes,
# hunger strikes, "a decade", "half a century", "centenary", "a
# fortnight", an ordinal anniversary, "N years ago" and "It is N years
# since", in years, months, weeks and days.  Like blind41, the set has no
# near-miss or clean (conflict-free) templates.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here:
# "twenty-five days ago").  Counts: 30 weekday_mismatch, 30 impossible_date,
# 44 restated_event (22 same, 22 diff), 30 order_violation, 32
# publication_anachronism (16 dated after publication, 16 relative
# expressions pinned far from it), 33 duration_arithmetic (199 in all).
# All people, places, firms, clubs, storms, ships, mountains, universities,
# rivers, hospitals, venues, parties and countries are invented for this set;
# none is taken from blind41's name lists.
# ---------------------------------------------------------------------------
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_template_kit import new_templates, registrar  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)

#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "twenty-five days ago"})


FIRST_F = ["Rosalind", "Henrietta", "Clementine", "Ottilie", "Imogen", "Beatrix", "Philippa", "Cordelia"]
FIRST_M = ["Fergus", "Leopold", "Caspian", "Tobias", "Ignatius", "Rupert"]
LAST = ["Ashdown", "Nakamura-Reid", "Castellano", "Penhaligon", "Thistlewood", "Abernethy", "Oyelaran", "Strickland",
        "Vandermeer", "Gallacher", "Kowalczyk", "Dunmore", "Eriksen-Blythe", "Farquhar"]
TOWNS = ["Brackenford", "Upper Winsley", "Coldharbour Quay", "Millbeck", "Eastwold", "Thornaby Cross", "Larkspur Bay",
         "Hemsworth Fen", "Caddington", "Ravensholm"]
FIRMS = ["Kestrel Aggregates", "Lanyard & Pike", "Tidewater Mutual", "Harbinger Optics", "Copperleaf Mills",
         "Northgate Haulage", "Fallowfield Dairies", "Quillon Pharma"]
NATIONS = ["Mervania", "Ostrelia", "Calvadria", "Jorvenland", "Pesquara", "Aldovia"]
CLUBS = ["Brackenford City", "Millbeck Athletic", "Eastwold Wanderers", "Caddington Harriers", "Ravensholm Celtic",
         "Larkspur Bay Corinthians"]
STORMS = ["Hurricane Ysolde", "Typhoon Haruzora", "Cyclone Merindah", "Storm Aldous", "Hurricane Cassius"]
SHIPS = ["the ferry Millbeck Maid", "the freighter Ostrelian Star", "MV Northern Tern", "the schooner Henrietta Grace"]
PEAKS = ["Mount Corvane", "the Weissgrat", "Ben Dorran", "Mount Tessaly"]
UNIVERSITIES = ["Brackenford University", "the University of Eastwold", "Millbeck Institute of Technology",
                "Caddington School of Music"]
RIVERS = ["the River Brack", "the River Winsley", "the Holm", "the River Larke"]
HOSPITALS = ["Brackenford Infirmary", "St Aldric's Hospital", "the Eastwold Royal Hospital",
             "Millbeck Cottage Hospital"]
VENUES = ["the Empire at Caddington", "the Eastwold Assembly Rooms", "the Ravensholm Lyceum", "the Winsley Hippodrome"]
PARTIES = ["the Agrarian Renewal Party", "the Coastal Labour League", "the National Moderate Front",
           "the Green Commonwealth Party"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS), "U": r.choice(UNIVERSITIES),
            "K": r.choice(RIVERS), "X": r.choice(HOSPITALS), "O": r.choice(VENUES), "J": r.choice(PARTIES)}


BLIND42_TEMPLATES = new_templates()
_t = registrar("b42_", BLIND42_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_buried_after_service", W, [
    "{P}, a retired harbour pilot, was buried in {T} on [[{WD}, {D:F}]] after a service at the seamen's chapel."])
_t("weekday_jury_verdict", W, [
    "The jury in the {T} fraud trial returned its verdict shortly before 4 p.m. on [[{WD}, {D:AP}]], after nine "
    "hours of deliberation."], ap=True)
_t("weekday_depot_statement", W, [
    "{F} announced the closure of its {T} depot in a statement issued on [[{WD} {D:BO}]]."])
_t("weekday_coroner_died", W, [
    "According to the coroner, {R} died at {X} in the early evening of [[{WD}, {D:B}]]."])
_t("weekday_first_bus_iso", W, [
    "The first bus on the new {T} route left the depot at 5.50 a.m. on [[{D:ISO}, a {WD}]]."])
_t("weekday_storm_crossed_coast", W, [
    "{H} crossed the coast near {T} late on [[{WD}, {D:FO}]], flattening sea walls along a twenty-mile stretch."])
_t("weekday_telegram_armistice", W, [
    "The telegram announcing the armistice reached {T} on the morning of [[{WD} {D:ORD}]]."])
_t("weekday_summit_logbook", W, [
    "{P} stood on the summit of {M} at 11.20 a.m. on [[{WD}, {D:SH}]], her logbook shows."])
_t("weekday_will_dated", W, [
    "Dated [[{D:DOT} ({WD})]], the handwritten will of {R} leaves the farm at {T} to his niece."])
_t("weekday_first_match_ground", W, [
    "{C} played their first match at the new ground on [[{WD}, {D:F}]], beating {C2} 3-1 in front of a crowd of "
    "11,000."])
_t("weekday_referendum_polls", W, [
    "Voting in the {N} referendum closed at 9 p.m. on [[{WD}, {D:B}]], and counting went on until dawn."])
_t("weekday_lifeboat_launched", W, [
    "The {T} lifeboat was launched at 2.15 a.m. on [[{WD}, {D:AP}]] to reach {V}, which had lost power off the "
    "headland."], ap=True)
_t("weekday_sworn_in_ceremony", W, [
    "{Q} was sworn in as the first woman to lead {N} at a ceremony in the capital on [[{WD}, {D:FO}]]."])
_t("weekday_ledger_looms", W, [
    "The ledger of {F} records that the looms of its mill were stopped for good on [[{WD}, {D:ISO}]]."])
_t("weekday_first_column", W, [
    "{R}'s first column for the {T} Gazette appeared on [[{WD} {D:B}]], under the headline \"Why I stayed\"."])
_t("weekday_bridge_collapsed", W, [
    "The bridge over {K} at {T} collapsed without warning on [[{WD}, {D:F}]], minutes after a coal lorry had "
    "crossed it."])
_t("weekday_payroll_raid", W, [
    "Police say the raid on the {F} payroll van took place at about 10 a.m. on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_register_office", W, [
    "{P} and {R} were married at the register office in {T} on [[{WD} {D:BO}]], with two witnesses."])
_t("weekday_catalogue_card_hoard", W, [
    "The museum's catalogue card gives the date of the find as [[{D:DOT}, a {WD}]], when a ploughman turned up the "
    "hoard near {T}."])
_t("weekday_levee_before_dawn", W, [
    "Floodwater from {K} broke through the levee at {T} before dawn on [[{WD}, {D:SH}]]."])
_t("weekday_memoir_wet_arrival", W, [
    "In her memoir {Q} recalls arriving at {U} on a wet [[{WD}, {D:F}]], carrying a single suitcase."])
_t("weekday_railway_carriage_treaty", W, [
    "The treaty between {N} and {N2} was signed in a railway carriage on [[{WD}, {D:ORD}]]."])
_t("weekday_slipway_watched", W, [
    "{V} slid down the slipway at the {T} yard on [[{WD}, {D:B}]], watched by several thousand shipyard workers."])
_t("weekday_last_pit", W, [
    "The last pit at {T} closed on [[{WD}, {D:FO}]], ending three centuries of coal mining in the valley."])
_t("weekday_admitted_smoke", W, [
    "Records at {X} show {P} was admitted with smoke inhalation at 1.30 a.m. on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_shares_suspended", W, [
    "Trading in {F}'s shares was suspended before the market opened on [[{WD}, {D:B}]]."])
_t("weekday_opera_premiere", W, [
    "The premiere of {R}'s opera at {O} took place on [[{WD}, {D:F}]], and the critics were unkind."])
_t("weekday_kitchen_fire", W, [
    "A fire that began in the kitchens of {O} on [[{WD}, {D:ISO}]] gutted the building within two hours."])
_t("weekday_it_was_on_resigned", W, [
    "It was on [[{WD}, {D:BO}]] that {Q} resigned from {J}, handing her letter to the party secretary in person."])
_t("weekday_dateline_baths", W, [
    "{T} — The town's new swimming baths were opened by the mayor on [[{WD}, {D:SH}]].",
    "More than 600 children queued for the first swim."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_matron_appointed", I, [
    "{P} was appointed matron of {X} on [[{D:F}]], the hospital's board minutes record."])
_t("impossible_deeds_warehouse", I, [
    "The deeds show that {F} bought the {T} warehouse on [[{D:B}]]."])
_t("impossible_county_shield", I, [
    "{C} won the county shield in a final played on [[{D:FO}]]."])
_t("impossible_foundation_stone", I, [
    "According to the inscription on its foundation stone, the chapel at {T} was consecrated on [[{D:ORD}]]."])
_t("impossible_explorer_journal", I, [
    "{R}, the explorer, reached the source of {K} on [[{D:ISO}]], his journal says."])
_t("impossible_manifest_dated", I, [
    "The ship's manifest, dated [[{D:DOT}]], lists 214 passengers bound for {N}."])
_t("impossible_bells_every_year", I, [
    "Every year on [[{D:MD}]], the people of {T} ring the church bells to mark the granting of the town's charter."])
_t("impossible_harvest_fair_word", I, [
    "By custom, the harvest fair at {T} closes on [[{D:OW}]]."])
_t("impossible_birth_certificate", I, [
    "{Q}'s birth certificate gives her date of birth as [[{D:SH}]]."])
_t("impossible_consignment_left", I, [
    "The consignment left the {F} works on [[{D:AP}]], shipping records show."])
_t("impossible_independence_fireworks", I, [
    "{N} declared its independence from {N2} on [[{D:BO}]], a date still marked with fireworks."])
_t("impossible_rent_each_year", I, [
    "The tenancy agreement required the rent to be paid no later than [[{D:DM}]] in every year of the lease."])
_t("impossible_market_licences", I, [
    "Under the old statute, licences for the {T} market expired on [[{D:ORDNY}]]."])
_t("impossible_seismograph", I, [
    "The earthquake that levelled {T} struck on [[{D:F}]], the seismograph at {U} recorded."])
_t("impossible_ordained", I, [
    "{R} was ordained a priest in the cathedral at {T} on [[{D:B}]]."])
_t("impossible_courier_on_sale", I, [
    "The first edition of the {T} Courier went on sale on [[{D:AP}]], priced at a penny."])
_t("impossible_minutes_headed", I, [
    "The minutes of {J}'s founding conference are headed [[{D:DOT}]]."])
_t("impossible_objections_notice", I, [
    "The deadline for objections to the reservoir scheme on {K} was set at [[{D:APMD}]], the notice pinned up in "
    "each parish said."])
_t("impossible_first_pantomime", I, [
    "{O} staged its first pantomime on [[{D:FO}]], a version of Cinderella."])
_t("impossible_pay_agreement", I, [
    "A pay agreement signed on [[{D:ISO}]] ended the dispute at {F}."])
_t("impossible_swam_estuary", I, [
    "{P} swam the estuary at {T} on [[{D:BO}]], the first woman known to have done so."])
_t("impossible_station_plaque", I, [
    "A plaque at the station says the line to {T2} was opened on [[{D:ORD}]]."])
_t("impossible_sailing_tickets", I, [
    "Tickets for the last sailing of the season to {T2} are stamped [[{D:SHMD}]]."])
_t("impossible_arrest_warrant", I, [
    "The warrant for the arrest of {R} was issued by magistrates in {T} on [[{D:F}]]."])
_t("impossible_patent_loom", I, [
    "The patent granted to {Q} for her folding loom is dated [[{D:B}]]."])
_t("impossible_lease_ground", I, [
    "{C2} moved to a new ground after the lease was signed on [[{D:SH}]]."])
_t("impossible_vaccination_campaign", I, [
    "The vaccination campaign in {N} began on [[{D:AP}]], according to the health ministry."])
_t("impossible_bells_recast", I, [
    "Parish records say the bells of {T} were recast on [[{D:DOT}]]."])
_t("impossible_regatta_rules", I, [
    "The club's rules lay down that the regatta on {K} is held on [[{D:MD}]]."])
_t("impossible_toll_abolished", I, [
    "The council's notice gives [[{D:FO}]] as the day the {T} bridge toll was abolished."])

# --- restated_event -----------------------------------------------------------
R = "restated_event"
_t("restated_same_mine_explosion", R, [
    "The explosion at the {T} colliery on [[{A:F}]] killed 42 men.",
    "An inquiry into the explosion, which happened on [[{B:F}]], blamed faulty safety lamps."])
_t("restated_same_flood", R, [
    "{K} burst its banks at {T} in [[{A:MY}]], swamping the lower town.",
    "Older residents still talk of the flood of [[{B:Y}]]."], gap=(2, 12))
_t("restated_same_coup", R, [
    "The coup in {N} took place on [[{A:B}]], when army units seized the radio station.",
    "{R}, who led the coup on [[{B:B}]], later made himself president."])
_t("restated_same_robbery", R, [
    "Thieves robbed the {F} bullion depot on [[{A:AP}]].",
    "No one has ever been charged over the robbery of [[{B:AP}]]."])
_t("restated_same_eruption", R, [
    "The eruption of {M} on [[{A:FO}]] buried three villages.",
    "Survivors of the eruption, on [[{B:FO}]], were rehoused in {T}."])
_t("restated_same_derailment", R, [
    "Eleven people died in the derailment near {T} on [[{A:ISO}]].",
    "The derailment, on [[{B:ISO}]], led to new speed limits on the branch line."])
_t("restated_same_great_fire", R, [
    "The great fire of {T} began in a bakery on [[{A:F}]].",
    "Most of the old town was lost in the fire of [[{B:Y}]]."])
_t("restated_same_dock_strike", R, [
    "The dock strike at {T} began in [[{A:MY}]].",
    "Veterans of the dock strike of [[{B:Y}]] gathered at the union hall to remember it."], gap=(2, 12))
_t("restated_same_referendum", R, [
    "{N} held its referendum on the monarchy on [[{A:B}]].",
    "Turnout in the referendum of [[{B:B}]] was 71 per cent."])
_t("restated_same_kidnapping", R, [
    "The kidnapping of {R} on [[{A:F}]] shocked {T}.",
    "Two men were jailed for the kidnapping, carried out on [[{B:F}]]."])
_t("restated_same_collision", R, [
    "The collision between {V} and a coaster off {T} happened on [[{A:BO}]].",
    "Divers are still recovering cargo lost in the collision on [[{B:BO}]]."])
_t("restated_same_eclipse_demonstrative", R, [
    "Crowds gathered on the cliffs at {T} for the total eclipse of [[{A:SH}]].",
    "Astronomers at {U} filmed that eclipse, on [[{B:SH}]], from a balloon."])
_t("restated_same_hijacking", R, [
    "The hijacking of {V} on [[{A:AP}]] lasted eleven hours.",
    "The hijacking, which ended peacefully on [[{B:AP}]], was the first in the waters of {N}."])
_t("restated_same_famine", R, [
    "The famine of [[{A:Y}]] killed a tenth of the people of {N}.",
    "Relief for the famine, which struck in [[{B:Y}]], came too late."], gap=(2, 12))
_t("restated_same_merger", R, [
    "{F} and {F2} completed their merger on [[{A:F}]].",
    "Under the merger of [[{B:MY}]], 400 jobs went."])
_t("restated_same_gasworks_explosion", R, [
    "The gasworks explosion at {T} on [[{B:B}]] shattered windows a mile away.",
    "Firemen who fought the blaze after the gasworks explosion of [[{A:DM}]] were given medals."], sy=True)
_t("restated_same_uprising", R, [
    "The {T} uprising of [[{A:Y}]] was crushed within a week.",
    "Historians of the uprising, which began in [[{B:MY}]], still argue about its leaders."], gap=(2, 12))
_t("restated_same_by_election", R, [
    "{Q} won the {T} by-election held on [[{A:B}]].",
    "Her majority at the by-election of [[{B:B}]] was 312."])
_t("restated_same_launch", R, [
    "The launch of {V} on [[{A:FO}]] drew a crowd of thousands to the river.",
    "A film of the launch, on [[{B:FO}]], survives in the {T} archive."])
_t("restated_same_murder", R, [
    "The murder of {R} on [[{A:AP}]] has never been solved.",
    "Detectives reviewing the murder of [[{B:AP}]] say they have new DNA evidence."])
_t("restated_same_landfall", R, [
    "The landfall of {H} on [[{A:F}]] flattened much of {T}.",
    "Insurers paid out heavily after the landfall of [[{B:F}]]."])
_t("restated_same_siege", R, [
    "The siege of {T} began in [[{A:SUMMER}]].",
    "The defenders held out through the siege, which started in [[{B:SPRING}]]."], gap=(2, 12))
_t("restated_diff_arrested_detention", R, [
    "{R} was arrested at his home in {T} on [[{A:F}]].",
    "His lawyers say the detention, on [[{B:F}]], was unlawful."])
_t("restated_diff_retired_stepped_down", R, [
    "{Q} retired from {F} on [[{A:B}]].",
    "At her farewell dinner, held on the day she stepped down, [[{B:B}]], staff gave her a carriage clock."])
_t("restated_diff_collapsed_failure", R, [
    "{F} collapsed into administration on [[{A:AP}]].",
    "The firm's failure, announced on [[{B:AP}]], cost 1,200 jobs."])
_t("restated_diff_annexed_annexation", R, [
    "{N} annexed the border province on [[{A:FO}]].",
    "The annexation, on [[{B:FO}]], was condemned abroad."])
_t("restated_diff_elected_victory", R, [
    "{P} was elected to parliament for {J} on [[{A:B}]].",
    "Her victory on [[{B:B}]] made her the youngest member of the chamber."])
_t("restated_diff_opened_inaugurated", R, [
    "The {T} bypass opened on [[{A:F}]].",
    "The new road, inaugurated on [[{B:F}]], halved journey times to {T2}."])
_t("restated_diff_landslip_slope_failure", R, [
    "A landslip buried the road above {T} on [[{A:ISO}]].",
    "Engineers who studied the slope failure of [[{B:ISO}]] blamed weeks of heavy rain."])
_t("restated_diff_escaped_breakout", R, [
    "{R} escaped from {T} prison on [[{A:BO}]].",
    "His breakout on [[{B:BO}]] led to a nationwide manhunt."])
_t("restated_diff_relegated_drop", R, [
    "{C} were relegated after losing to {C2} on [[{A:AP}]].",
    "The drop into the second division, sealed on [[{B:AP}]], cost the manager his job."])
_t("restated_diff_appointed_appointment", R, [
    "{Q} was appointed conductor of the {T} Philharmonic on [[{A:B}]].",
    "Her appointment, confirmed on [[{B:B}]], was the orchestra's first of a woman."])
_t("restated_diff_ran_aground_grounding", R, [
    "{V} ran aground on the {T} bar on [[{A:F}]].",
    "The grounding, on [[{B:F}]], spilled oil along the beaches."])
_t("restated_diff_nationalised_takeover", R, [
    "{F} was nationalised by the government of {N} on [[{A:FO}]].",
    "The state takeover, completed on [[{B:FO}]], angered foreign shareholders."])
_t("restated_diff_crowned_coronation", R, [
    "{P} was crowned queen of the {T} carnival in [[{A:MY}]].",
    "Her coronation, in [[{B:MY}]], was filmed by the local newsreel."])
_t("restated_diff_withdrew_pull_out", R, [
    "Troops of {N} withdrew from {T} on [[{A:B}]].",
    "The pull-out, on [[{B:B}]], ended years of occupation."])
_t("restated_diff_pardoned_clemency", R, [
    "{R} was pardoned by the president of {N} on [[{A:AP}]].",
    "The act of clemency, granted on [[{B:AP}]], surprised his prosecutors."])
_t("restated_diff_comet_pronoun", R, [
    "A comet was first sighted from an observatory near {T} on [[{A:F}]].",
    "{Q}, who spotted it, says it appeared on [[{B:F}]]."])
_t("restated_diff_taken_over_acquisition", R, [
    "{F2} was taken over by {F} on [[{A:SH}]].",
    "The acquisition, which was completed on [[{B:SH}]], created the region's largest employer."])
_t("restated_diff_emigrated_departure", R, [
    "{P} emigrated to {N} in [[{A:MY}]].",
    "Her departure from {T}, in [[{B:MY}]], is described in a letter to her sister."])
_t("restated_diff_tanker_that_spill", R, [
    "A chemical tanker overturned on the {T} ring road on [[{A:B}]].",
    "That spill, on [[{B:B}]], closed the road for three days."])
_t("restated_diff_dissolved_dissolution", R, [
    "{J} was dissolved on [[{A:ISO}]].",
    "Its members scattered after the dissolution on [[{B:ISO}]]."])
_t("restated_diff_disappeared_disappearance", R, [
    "{R} vanished while walking on {M} on [[{A:F}]].",
    "Rescue teams searched the hillside for weeks after his disappearance on [[{B:DM}]]."], sy=True)
_t("restated_diff_lifted_cup_triumph", R, [
    "{C} lifted the {N} Cup on [[{A:FO}]].",
    "The triumph, a 2-0 win over {C2} on [[{B:FO}]], is still celebrated in {T}."])

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_storm_formed_landfall", O, [
    "{H} formed over the ocean on [[{E:F}]] and made landfall near {T} on [[{L:F}]]."], sy=True)
_t("order_admitted_discharged", O, [
    "{Q} was admitted to {X} on [[{E:B}]] and discharged on [[{L:B}]]."], sy=True)
_t("order_diagnosed_died", O, [
    "{R} was diagnosed with tuberculosis in [[{E:MY}]]; he died at {T} in [[{L:MY}]]."])
_t("order_war_broke_out_treaty", O, [
    "War broke out between {N} and {N2} in [[{E:Y}]], and the peace treaty ending it was signed in [[{L:Y}]]."])
_t("order_bill_passed_signed", O, [
    "The {T} Harbour Bill passed its final reading on [[{E:AP}]] and was signed into law by the governor on "
    "[[{L:AP}]]."], sy=True)
_t("order_wrote_published", O, [
    "{P} wrote her first novel in [[{E:Y}]]; it was published by {F} in [[{L:MY}]]."])
_t("order_hired_sacked", O, [
    "{R} was hired as manager of {C} in [[{E:MY}]] and sacked in [[{L:MY}]], after a run of heavy defeats."])
_t("order_engaged_married", O, [
    "{P} and {R} announced their engagement on [[{E:FO}]] and were married at {T} on [[{L:FO}]]."])
_t("order_viaduct_construction", O, [
    "Construction of the {T} viaduct started in [[{E:EARLY}]], and the first trains crossed it in [[{L:Y}]]."])
_t("order_launched_commissioned", O, [
    "{V} was launched at {T} in [[{E:MY}]] and commissioned into the navy of {N} in [[{L:MY}]]."])
_t("order_runway_having_been_opened", O, [
    "The new runway at {T} was first used by a passenger jet on [[{L:B}]], having been formally opened by the "
    "minister on [[{E:B}]]."])
_t("order_before_joined_had_taught", O, [
    "Before she joined {F} as chief chemist in [[{L:Y}]], {Q} had taught at {U}, a post she took up in "
    "[[{E:Y}]]."])
_t("order_after_graduating_reporter", O, [
    "After graduating from {U} in [[{E:Y}]], {R} went to work as a reporter on the {T} Echo, joining its staff "
    "in [[{L:MY}]]."])
_t("order_ceasefire_fighting_begun", O, [
    "The ceasefire took effect on [[{L:F}]]; the fighting in {T} had begun on [[{E:F}]]."])
_t("order_flotation_sold_shares", O, [
    "Soon after the flotation of {F} on [[{E:AP}]], its founder {R} sold his remaining shares, on [[{L:AP}]]."])
_t("order_inquest_had_died", O, [
    "The inquest into the death of {P} opened at {T} on [[{L:B}]].",
    "She had died at {X} on [[{E:B}]]."])
_t("order_club_founded_moved", O, [
    "{C} was founded in [[{E:Y}]] and moved to its present ground in [[{L:Y}]]."])
_t("order_treaty_signed_ratified", O, [
    "The treaty was signed at {T} on [[{E:FO}]] and ratified by the parliament of {N} on [[{L:FO}]]."])
_t("order_barrister_judge", O, [
    "{Q} qualified as a barrister in [[{E:MY}]] and was made a judge in [[{L:MY}]]."])
_t("order_gasworks_demolished_shut", O, [
    "The {T} gasworks was demolished in [[{L:Y}]], long after it had been shut down in [[{E:Y}]]."])
_t("order_elected_leader_election", O, [
    "{R} was elected leader of {J} in [[{E:AUTUMN}]] and led it into the general election of [[{L:Y}]]."])
_t("order_bakery_father_opened", O, [
    "{P} took over the {T} bakery from her father in [[{L:Y}]]; he had opened it in [[{E:Y}]]."])
_t("order_planning_then_building", O, [
    "Planning permission for the extension to {O} was granted in [[{E:MY}]]; building work then began in "
    "[[{L:MY}]]."])
_t("order_hospital_ship_sailed", O, [
    "Fitted out as a hospital ship, {V} sailed from {T} on [[{E:DM}]] and reached {N} on [[{L:B}]]."], sy=True)
_t("order_charged_trial", O, [
    "{R} was charged with fraud in [[{E:MY}]], and his trial at {T} Crown Court opened in [[{L:MY}]]."])
_t("order_dam_completed_flooded", O, [
    "The dam on {K} was completed in [[{E:LATE}]], and the valley behind it was flooded in [[{L:Y}]]."])
_t("order_graduated_doctorate", O, [
    "{Q} graduated from {U} in [[{E:SUMMER}]] and began her doctorate there in [[{L:Y}]]."])
_t("order_patients_foundation_stone", O, [
    "The first patients were treated at {X} on [[{L:ISO}]]; the foundation stone had been laid on [[{E:ISO}]]."])
_t("order_proposed_wed", O, [
    "{R} proposed to {P} at {O} on [[{E:APMD}]], and the couple wed on [[{L:AP}]]."], sy=True)
_t("order_hunger_march", O, [
    "The {T} hunger march set off on [[{E:BO}]] and reached the capital on [[{L:BO}]]."])

# --- publication_anachronism --------------------------------------------------
A = "publication_anachronism"
_t("anachronism_plant_opened", A, [
    "{F} opened its new plant in {T} on [[{D:F}]], creating 300 jobs."])
_t("anachronism_sworn_in_president", A, [
    "{Q} was sworn in as president of {N} on [[{D:B}]]."])
_t("anachronism_league_title", A, [
    "{C} won the league title in [[{D:MY}]], their first since the war."])
_t("anachronism_inquest_concluded", A, [
    "The inquest into the deaths aboard {V} concluded on [[{D:AP}]] with a verdict of accidental death."])
_t("anachronism_storm_tore_through", A, [
    "{H} tore through {T} in [[{D:LATE}]], leaving 12,000 people homeless."])
_t("anachronism_novelist_died", A, [
    "{R}, the novelist, died at his home in {T} on [[{D:FO}]], his publisher said."])
_t("anachronism_bypass_completed", A, [
    "The {T} bypass was finally completed in [[{D:SUMMER}]]."])
_t("anachronism_named_chief_executive", A, [
    "{P} was named chief executive of {F} on [[{D:ISO}]]."])
_t("anachronism_shares_began_trading", A, [
    "Shares in {F2} began trading on the {N} exchange on [[{D:SH}]] after a flotation that raised 80 million."])
_t("anachronism_merger_completed", A, [
    "The merger of {F} and {F2}, completed in [[{D:MY}]], created the region's biggest employer."])
_t("anachronism_act_passed", A, [
    "The parliament of {N} passed the coastal protection act on [[{D:BO}]]."])
_t("anachronism_honorary_doctorate", A, [
    "{U} awarded {Q} an honorary doctorate at a ceremony on [[{D:ORD}]]."])
_t("anachronism_ground_broken", A, [
    "Ground was broken for the new wing of {X} in [[{D:EARLY}]]."])
_t("anachronism_theatre_gutted", A, [
    "A fire gutted {O} on [[{D:DOT}]], and the theatre has been closed ever since."])
_t("anachronism_jailed_crown_court", A, [
    "{R} was jailed for eight years at {T} Crown Court on [[{D:AP}]]."])
_t("anachronism_ceasefire_holding", A, [
    "The ceasefire between {N} and {N2}, signed on [[{D:F}]], is holding, diplomats say."])
_t("anachronism_rel_yesterday_said", A, [
    "{F} said [[yesterday]], [[{D:F}]], that it would close its {T} plant."], rel="yesterday")
_t("anachronism_rel_last_week_polls", A, [
    "Voters in {T} went to the polls [[last week]], on [[{D:B}]], to choose a new mayor."], rel="last week")
_t("anachronism_rel_this_morning_docked", A, [
    "{V} docked at {T} [[this morning]] ([[{D:ISO}]]) after a stormy crossing."], rel="this morning")
_t("anachronism_rel_earlier_this_month_show", A, [
    "The {T} flower show, held [[earlier this month]] on [[{D:FO}]], drew record crowds."],
   rel="earlier this month")
_t("anachronism_rel_last_night_final", A, [
    "{C} beat {C2} 2-1 [[last night]], [[{D:AP}]], to reach the final."], rel="last night")
_t("anachronism_rel_two_days_ago_retirement", A, [
    "{Q} announced her retirement [[two days ago]], on [[{D:BO}]]."], rel="two days ago")
_t("anachronism_rel_last_month_banks", A, [
    "{K} burst its banks [[last month]], in [[{D:MY}]], flooding 400 homes."], rel="last month")
_t("anachronism_rel_last_year_stepped_down", A, [
    "{R} stepped down as chairman of {F} [[last year]], in [[{D:Y}]]."], rel="last year")
_t("anachronism_rel_earlier_today_rates", A, [
    "The central bank of {N} raised interest rates [[earlier today]], [[{D:F}]]."], rel="earlier today")
_t("anachronism_rel_this_week_talks", A, [
    "Talks between {N} and {N2} resumed [[this week]]; the first session was held on [[{D:SH}]]."],
   rel="this week")
_t("anachronism_rel_fortnight_council", A, [
    "{P} was elected to {T} council [[a fortnight ago]], on [[{D:DOT}]]."], rel="a fortnight ago")
_t("anachronism_rel_last_weekend_march", A, [
    "Thousands marched through {T} [[last weekend]] — on [[{D:F}]] — against the closure of {X}."],
   rel="last weekend")
_t("anachronism_rel_earlier_this_week_ward", A, [
    "{X} confirmed [[earlier this week]], on [[{D:AP}]], that its maternity ward will close."],
   rel="earlier this week")
_t("anachronism_rel_this_afternoon_refloated", A, [
    "{V} was refloated [[this afternoon]] ([[{D:B}]]), the coastguard said."], rel="this afternoon")
_t("anachronism_rel_earlier_this_year_hq", A, [
    "{F2} moved its headquarters to {T} [[earlier this year]], in [[{D:MY}]]."], rel="earlier this year")
_t("anachronism_rel_twenty_five_days_last_seen", A, [
    "{R} was last seen leaving a bar in {T} [[twenty-five days ago]], on [[{D:FO}]]."],
   rel="twenty-five days ago")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
_t("duration_age_elected_mayor", D, [
    "{P}, who was born on [[{S:F}]], was [[{NUM}]] when she was elected mayor of {T} on [[{E:F}]]."],
   unit="years", span=(25 * 365, 70 * 365), min=18)
_t("duration_ran_company_years", D, [
    "{F}'s founder, {R}, ran the company for [[{NUM} years]], from [[{S:Y}]] until his retirement in [[{E:Y}]]."],
   unit="years", span=(5 * 365, 40 * 365))
_t("duration_day_siege", D, [
    "The [[{NUM}-day]] siege of {T} began on [[{S:B}]] and ended on [[{E:B}]]."],
   unit="days", span=(20, 90))
_t("duration_weeks_at_sea", D, [
    "{V} spent [[{NUM} weeks]] at sea, leaving {T} on [[{S:DM}]] and returning on [[{E:B}]]."],
   unit="weeks", span=(30, 200))
_t("duration_lido_after_years", D, [
    "The {T} lido, which opened on [[{S:FO}]], closed for good on [[{E:FO}]] after [[{NUM} years]] of bathing."],
   unit="years", span=(5 * 365, 60 * 365))
_t("duration_turned_age", D, [
    "{Q} turned [[{NUM}]] on [[{E:B}]]; she was born in {T} on [[{S:B}]]."],
   unit="years", span=(20 * 365, 90 * 365), min=18)
_t("duration_anniversary_ordinal", D, [
    "{U}, founded in [[{S:Y}]], is celebrating its [[{NUM} anniversary]] with a garden party."],
   unit="years", ordinal=True)
_t("duration_it_was_years_ago_garage", D, [
    "It was [[{NUM} years ago]], in [[{S:Y}]], that {R} opened the small garage in {T} that grew into {F}."],
   unit="years")
_t("duration_month_refit", D, [
    "The [[{NUM}-month]] refit of {V} began on [[{S:F}]] and was finished on [[{E:F}]]."],
   unit="months", span=(60, 900))
_t("duration_hostage_days", D, [
    "{R} was held hostage for [[{NUM} days]] after being seized on [[{S:APMD}]]; he was freed on [[{E:AP}]]."],
   unit="days", span=(10, 100))
_t("duration_ambassador_words", D, [
    "{P} served as {N}'s ambassador to {N2} for [[{NUM} years]], between [[{S:MY}]] and [[{E:MY}]]."],
   unit="years", span=(3 * 365, 19 * 365), words=True)
_t("duration_quarry_lease", D, [
    "The [[{NUM}-year]] lease on the {T} quarry, granted in [[{S:Y}]], ran out in [[{E:Y}]]."],
   unit="years", span=(10 * 365, 99 * 365))
_t("duration_married_until_death", D, [
    "{Q} was married to {R} for [[{NUM} years]]: the couple wed on [[{S:BO}]], and he died on [[{E:BO}]]."],
   unit="years", span=(5 * 365, 60 * 365))
_t("duration_building_months", D, [
    "Building {O} took [[{NUM} months]], from the laying of the first brick in [[{S:MY}]] to the opening night "
    "in [[{E:MY}]]."], unit="months", span=(90, 1500))
_t("duration_storm_battered_days", D, [
    "{H} battered the coast for [[{NUM} days]], from [[{S:F}]] until [[{E:F}]]."],
   unit="days", span=(3, 40))
_t("duration_oldest_climber", D, [
    "At [[{NUM}]], {P} became the oldest woman to climb {M}, reaching the summit on [[{E:F}]].",
    "She was born on [[{S:F}]]."], unit="years", span=(40 * 365, 80 * 365), min=30)
_t("duration_decade_bridge", D, [
    "Exactly [[{NUM}]] after the {T} bridge was opened on [[{S:F}]], it was closed for repairs on [[{E:F}]]."],
   unit="years", span=(1000, 12000), fixed=(10, "a decade"))
_t("duration_half_century_brewing", D, [
    "{F} marked [[{NUM}]] of business in {T} with a party on [[{E:B}]]; its first shop had opened on "
    "[[{S:B}]]."], unit="years", span=(15 * 365, 38 * 365), fixed=(50, "half a century"))
_t("duration_centenary_charter", D, [
    "{U} held its [[{NUM}]] celebrations on [[{E:FO}]]; its charter had been granted on [[{S:FO}]]."],
   unit="years", span=(40 * 365, 85 * 365), yr=(1900, 1970), fixed=(100, "centenary"))
_t("duration_fortnight_regatta", D, [
    "The {T} regatta, [[{NUM}]] of racing on {K}, ran from [[{S:DM}]] to [[{E:B}]]."],
   unit="days", span=(30, 70), fixed=(14, "a fortnight"))
_t("duration_hunger_strike_weeks", D, [
    "{R} was on hunger strike for [[{NUM} weeks]], refusing food from [[{S:B}]] until [[{E:B}]]."],
   unit="weeks", span=(14, 200))
_t("duration_still_runs_shop", D, [
    "{P}, who was born in {T} on [[{S:F}]], is [[{NUM}]] and still runs the family shop."],
   unit="years", yr=(1920, 1990), min=20)
_t("duration_since_cup_win", D, [
    "It is [[{NUM} years]] since {C} last won the cup, beating {C2} 3-1 in [[{S:MY}]]."], unit="years")
_t("duration_taught_music_seasons", D, [
    "{Q} taught music at {U} for [[{NUM} years]], arriving in [[{S:AUTUMN}]] and retiring in [[{E:SUMMER}]]."],
   unit="years", span=(5 * 365, 40 * 365))
_t("duration_administration_months", D, [
    "{F} was in administration for [[{NUM} months]] — from [[{S:ISO}]] to [[{E:ISO}]] — before a buyer was "
    "found."], unit="months", span=(60, 1000))
_t("duration_ferry_service_words", D, [
    "The ferry service between {T} and {T2} ran for [[{NUM} years]] until its last sailing on [[{E:AP}]]; it had "
    "begun on [[{S:AP}]]."], unit="years", span=(3 * 365, 19 * 365), words=True)
_t("duration_year_old_debut", D, [
    "{R} was a [[{NUM}-year-old]] when he first played for {C}, on [[{E:B}]]; the club's records give his date "
    "of birth as [[{S:B}]]."], unit="years", span=(15 * 365, 40 * 365), min=14)
_t("duration_day_walkout", D, [
    "The [[{NUM}-day]] walkout at {F} began on [[{S:FO}]] and ended on [[{E:FO}]]."],
   unit="days", span=(10, 100))
_t("duration_editor_early_late", D, [
    "{P} was editor of the {T} Advertiser for [[{NUM} years]], from [[{S:EARLY}]] to [[{E:LATE}]]."],
   unit="years", span=(5 * 365, 30 * 365))
_t("duration_museum_shut_months", D, [
    "The {T} museum was shut for [[{NUM} months]] for rewiring, reopening on [[{E:F}]] after closing its doors on "
    "[[{S:F}]]."], unit="months", span=(60, 900))
_t("duration_ship_sailing_for", D, [
    "{V}, which entered service in [[{S:Y}]], has been sailing for [[{NUM} years]]."], unit="years")
_t("duration_barrage_construction", D, [
    "Construction of the barrage on {K} took [[{NUM} years]]: the first stone was laid in [[{S:MY}]], and the "
    "gates first closed in [[{E:MY}]]."], unit="years", span=(3 * 365, 25 * 365))
_t("duration_fair_days_md", D, [
    "The {T} fair ran for [[{NUM} days]], from [[{S:MD}]] to [[{E:F}]]."], unit="days", span=(3, 60))
