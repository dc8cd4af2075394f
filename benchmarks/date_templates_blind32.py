"""``blind32``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind32`` templates.  Written on 2026-11-24 (started 01:18:04 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict definitions in its brief and from how news copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything
# under src/reliability/), its date tests (tests/test_temporal*,
# tests/test_event_identity.py, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/ or the body of benchmarks/event_identity.py.  Base
# commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# 2b6875836c63fcdc6aeaa7e84edf075dd697ac06.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind32`` row was added and the docstring's range extended to blind32);
# in tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A25``); lines 1-394 of benchmarks/date_templates_blind31.py (its
# header comment, imports, name lists, helpers and generator machinery up to
# its first ``_t(`` template) -- its machinery (lines 80-390) was copied and
# adapted (``b32_`` names, "fifteen days ago" as the new relative anchor),
# its name lists were replaced and its names and places were not reused; in
# benchmarks/date_conflicts.py only the output of ``grep -n "import BLIND"``
# (the blind5-blind31 import lines, 60-86) and of
# ``grep -n -A16 "^INDEPENDENT_SETS"`` (the whole dict, lines 2580-2591, and
# the first lines of the following ``temporal_learned`` function, which
# imports ``temporal`` from ``reliability.features``), then one import line
# and one dict entry were added with a python edit; in
# benchmarks/event_identity.py only the ``FRESH = (...)`` line, changed with
# the sed line of the brief and shown with ``grep -n "^FRESH"`` (which
# also showed that line's trailing comment: blind29 and blind30 were scored
# before and after session 14, development).
# Seen by accident: the ``grep -A25`` of ``load_benchmark`` ran into
# tests/conftest.py's ``date_conflicts`` and ``dated_conflicts`` helpers
# (signatures, docstrings, a line importing ``analyse_dates`` from
# ``reliability.features.temporal`` and a list comprehension over
# ``.conflicts`` giving ``kind`` and ``spans``) and the
# ``PUBLISHED_STAND_IN = datetime.date(2016, 9, 27)`` constant; printing
# blind31 up to its first ``_t(`` (and a ``grep -n '^_t('``) showed its
# first two templates in full (lines 394-395: a weekday template about a
# swing bridge reopening and one about a council library vote).  No
# detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind32``, which runs no
# detector) and a throwaway script applying the shared checks over 300
# seeds and printing a few rendered samples -- never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind32``.
#
# Conventions (those of blind31, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b32_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# date) and ``later`` the one it puts second (label ``L``).  Restated
# templates are ``b32_restated_same_*`` (one head word twice) or
# ``b32_restated_diff_*`` (verb against noun, synonym, pronoun, apposition,
# passive, fronted phrase, quote); which side gets the earlier date is drawn
# at random; events that last (a flood, a strike, an eruption, a storm) are
# dated at least two calendar years apart (``gap=(2, 12)``).
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here: "fifteen
# days ago").  Counts: 32 weekday_mismatch, 32 impossible_date, 44
# restated_event (22 same, 22 diff), 32 order_violation, 34
# publication_anachronism (20 dated after publication, 14 relative
# expressions pinned far from it), 32 duration_arithmetic (206 in all).
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
                           "fifteen days ago"})


FIRST_F = ["Oriana", "Wilhelmina", "Saoirse", "Henrietta", "Ottilie", "Perpetua", "Zinnia", "Ludmila"]
FIRST_M = ["Anselm", "Cuthbert", "Ignatius", "Fitzroy", "Ptolemy", "Casimir"]
LAST = ["Drummond-Okafor", "Wexcombe", "Abernathy-Liu", "Pennyfeather", "Ravensdale", "Okonjo-Marsh", "Tregarthen",
        "Blackwood-Ames", "Kowalczuk", "Ferreira-Holt", "Stainthorpe", "Maclennan", "Aldersey", "Whitlock-Nare"]
TOWNS = ["Larkspur Vale", "Colbeck Haven", "Upper Brindlow", "Saltmarsh End", "Penhallow", "Redcastle Moor",
         "Fennimore", "Wycombe Abbas", "Dunmarrow", "Elsinby"]
FIRMS = ["Copperline Rail", "Bramblegate Foods", "Ostrava Polymers", "Tidewright Marine", "Quillon Pharma",
         "Harrowgate & Finch", "Silverbeck Textiles", "Moorfield Aggregates"]
NATIONS = ["Castavia", "Moldaria", "Eskaran", "Velmont", "Tarquesa", "Zembria"]
CLUBS = ["Larkspur Vale United", "Colbeck Haven Albion", "Penhallow Wanderers", "Dunmarrow Thistle",
         "Elsinby Town", "Redcastle Corinthians"]
STORMS = ["Hurricane Philomena", "Typhoon Seraphine", "Cyclone Ambrose", "Storm Griselda", "Hurricane Teodoro"]
SHIPS = ["the trawler Silver Plover", "MV Hallam Crest", "the ferry Queen Isolde", "the bulk carrier Ember Tern"]
PEAKS = ["Mount Drevanne", "the Kaltenhorn", "Mount Ossery", "the Sgurr Liath"]


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


BLIND32_TEMPLATES = new_templates()
_t = registrar("b32_", BLIND32_TEMPLATES, _ctx)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_dam_breach", W, ["The earth dam above {T} gave way shortly before dawn on [[{WD}, {D:F}]], flooding the lower valley."])
_t("weekday_strike_ballot", W, ["Dockers at {T} returned their strike ballot on [[{WD}, {D:B}]], with turnout just under half."])
_t("weekday_cup_final", W, ["{C} lifted the county cup at their own ground on [[{WD} {D:BO}]] after extra time."])
_t("weekday_obituary", W, ["{P}, the bandleader, died at home in {T} on [[{WD}, {D:AP}]], her family said."], ap=False)
_t("weekday_ap_court", W, ["A magistrate in {T} remanded the two men in custody on [[{WD}]], [[{D:AP}]]."], ap=True)
_t("weekday_iso_log", W, ["According to the harbour log, {V} cleared the outer buoy at 04:10 on [[{WD}]] ([[{D:ISO}]])."])
_t("weekday_dot_notice", W, ["The notice, dated [[{WD} {D:DOT}]], ordered all residents of {T} to boil their water."])
_t("weekday_ordinal_fire", W, ["Fire crews were called to the {F} warehouse on [[{WD}, {D:ORD}]] and fought the blaze until noon."])
_t("weekday_treaty_signed", W, ["Envoys of {N} and {N2} signed the border accord in {T} on [[{WD}, {D:FO}]]."])
_t("weekday_fronted_quote", W, ["\"It was [[{WD}, {D:F}]], and the whole street was out,\" {P} recalled of the night the mill burned."])
_t("weekday_summit", W, ["Climbers from {T} reached the top of {M} on [[{WD}, {D:SH}]], the first to do so by the north face."])
_t("weekday_election_day", W, ["Voters in {T} went to the polls on [[{WD}, {D:F}]] and returned {R} with a majority of 212."])
_t("weekday_factory_closing", W, ["{F} shut the gates of its {T} plant for the last time on [[{WD} {D:B}]]."])
_t("weekday_ap_launch", W, ["{V} was launched from the {T} slipway on [[{WD}, {D:AP}]] before a crowd of several thousand."], ap=True)
_t("weekday_storm_landfall", W, ["{H} made landfall near {T} late on [[{WD}, {D:F}]], tearing roofs from the harbour sheds."])
_t("weekday_wedding", W, ["{P} and {R} were married at the parish church in {T} on [[{WD}, {D:BO}]]."])
_t("weekday_verdict_passive", W, ["The verdict was handed down on [[{WD}, {D:F}]] by a jury that had deliberated for eleven hours."])
_t("weekday_paren_date", W, ["The ministry confirmed the outbreak on [[{WD}]] ([[{D:B}]]) after tests on three patients in {T}."])
_t("weekday_match_report", W, ["{C} were beaten 3-1 by {C2} in the league on [[{WD}, {D:SH}]]."])
_t("weekday_opening_night", W, ["The new theatre in {T} opened its doors on [[{WD}, {D:F}]] with a sold-out revue."])
_t("weekday_arrest", W, ["Police arrested {R} at his home in {T} on the morning of [[{WD}, {D:FO}]]."])
_t("weekday_letter_dated", W, ["In a letter written on [[{WD}, {D:ORD}]], {P} begged the board of {F} to reconsider."])
_t("weekday_resignation", W, ["{Q} resigned as chair of {F} on [[{WD}, {D:B}]], citing ill health."])
_t("weekday_eruption", W, ["The first ash fell on {T} on [[{WD}, {D:F}]], hours after {M} began to stir."])
_t("weekday_record_set", W, ["{R} set a national record over 400 metres at the {T} stadium on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_bank_run", W, ["Queues formed outside every branch of {F} on [[{WD} {D:BO}]] as depositors rushed to withdraw savings."])
_t("weekday_rail_crash", W, ["Two goods trains collided outside {T} on [[{WD}, {D:F}]], blocking the main line for a week."])
_t("weekday_patent_filed", W, ["The patent was filed on [[{WD}, {D:ISO}]], records at the {N} patent office show."])
_t("weekday_shipwreck_inquiry", W, ["{V} ran aground off {T} on [[{WD}, {D:B}]], an inquiry heard."])
_t("weekday_coronation", W, ["Crowds lined the avenues of the {N} capital when the new king was crowned on [[{WD}, {D:F}]]."])
_t("weekday_museum_theft", W, ["Thieves took four paintings from the {T} museum on the night of [[{WD}, {D:FO}]]."])
_t("weekday_ceasefire", W, ["The ceasefire between {N} and {N2} took effect at midnight on [[{WD}, {D:SH}]]."])


# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_deed_signed", I, ["The deed transferring the {T} estate was signed on [[{D:F}]], according to the land registry."])
_t("impossible_born", I, ["{P} was born in {T} on [[{D:B}]], the youngest of seven children."])
_t("impossible_contract", I, ["{F} signed the supply contract with {F2} on [[{D:AP}]]."])
_t("impossible_ordinal_council", I, ["The council adopted the new bylaw on [[{D:ORD}]]."])
_t("impossible_iso_record", I, ["The incident report is dated [[{D:ISO}]] and bears the signature of {R}."])
_t("impossible_dot_stamp", I, ["A customs stamp reading [[{D:DOT}]] appears on the cargo manifest of {V}."])
_t("impossible_yearless_anniv", I, ["Every year on [[{D:MD}]], the people of {T} gather at the harbour wall to remember the drowned."])
_t("impossible_yearless_dm", I, ["The fair is held on [[{D:DM}]] each year, a tradition {T} has kept since the war."])
_t("impossible_words", I, ["The charter of {T} is said to have been sealed on [[{D:OW}]]."])
_t("impossible_fo_hearing", I, ["The tribunal set the hearing for [[{D:FO}]], giving {F} time to prepare."])
_t("impossible_bo_match", I, ["{C} and {C2} met in a replayed tie on [[{D:BO}]]."])
_t("impossible_sh_shipment", I, ["The last shipment left the {F} yard on [[{D:SH}]]."])
_t("impossible_apmd_festival", I, ["The {T} lantern festival, held on [[{D:APMD}]] every year, draws visitors from across {N}."])
_t("impossible_shmd_deadline", I, ["Bids must be lodged with the port authority by [[{D:SHMD}]] in any year the tender is open."])
_t("impossible_ordny_feast", I, ["The feast falls on [[{D:ORDNY}]], the villagers of {T} insist."])
_t("impossible_quote_date", I, ["\"I remember it was [[{D:F}]], because it was my daughter's birthday,\" said {P}."])
_t("impossible_passive_opened", I, ["The bridge over the river at {T} was formally opened on [[{D:B}]] by the mayor."])
_t("impossible_memo", I, ["An internal memo of [[{D:F}]] shows that managers at {F} knew of the fault."])
_t("impossible_expedition", I, ["The expedition set out for {M} on [[{D:AP}]] with twelve porters."])
_t("impossible_census", I, ["The census enumerator visited the farm near {T} on [[{D:ORD}]], the returns show."])
_t("impossible_ceasefire_signed", I, ["Negotiators for {N} and {N2} initialled the truce on [[{D:FO}]]."])
_t("impossible_flood_peak", I, ["The river peaked at {T} on [[{D:B}]], two metres above the old mark."])
_t("impossible_death_certificate", I, ["The death certificate of {R} gives the date of death as [[{D:F}]]."])
_t("impossible_iso_log", I, ["Log entry [[{D:ISO}]]: the generator at {T} failed at 02:40."])
_t("impossible_dot_invoice", I, ["The invoice, dated [[{D:DOT}]], was addressed to {F2}."])
_t("impossible_yearless_custom", I, ["By custom, the mayor of {T} hands over the keys on [[{D:MD}]]."])
_t("impossible_appointed", I, ["{Q} was appointed headteacher of the {T} grammar school on [[{D:BO}]]."])
_t("impossible_takeover", I, ["The takeover of {F2} by {F} was completed on [[{D:SH}]], filings show."])
_t("impossible_words_legend", I, ["Local lore holds that the great fire of {T} broke out on [[{D:OW}]]."])
_t("impossible_auction", I, ["The painting sold at auction in {T} on [[{D:AP}]] for a record sum."])
_t("impossible_mp_sworn", I, ["{R} took his seat in the {N} parliament on [[{D:F}]]."])
_t("impossible_dm_rite", I, ["Pilgrims climb {M} on [[{D:DM}]], the date the hermit is said to have died."])


# --- restated_event -------------------------------------------------------------
R = "restated_event"
_t("restated_same_opened", R, ["The {T} bypass opened on [[{A:F}]].", "Since it opened on [[{B:F}]], traffic in the old town has halved."])
_t("restated_same_died", R, ["{P} died on [[{A:B}]] at the age of 81.", "She died on [[{B:B}]] in a hospice near {T}, her son said."])
_t("restated_same_founded", R, ["{F} was founded in [[{A:Y}]] by two brothers from {T}.", "The brothers founded the firm in [[{B:Y}]] with a borrowed lathe."])
_t("restated_same_signed", R, ["{N} and {N2} signed the fisheries pact on [[{A:AP}]].", "Under the pact, signed on [[{B:AP}]], each side may fish the shared banks."])
_t("restated_same_collapsed", R, ["The roof of the {T} market hall collapsed on [[{A:FO}]].", "When the roof collapsed on [[{B:FO}]], the hall was empty."])
_t("restated_same_elected", R, ["{R} was elected mayor of {T} on [[{A:F}]].", "Elected on [[{B:F}]], he promised to reopen the swimming baths."])
_t("restated_same_merged", R, ["{F} merged with {F2} in [[{A:MY}]].", "The two companies merged in [[{B:MY}]] after a year of talks."], sy=True)
_t("restated_same_strike_began", R, ["The miners' strike at {T} began in [[{A:Y}]].", "The strike, which began in [[{B:Y}]], ended with the pit's closure."], gap=(2, 12))
_t("restated_same_retired", R, ["{Q} retired from the bench on [[{A:B}]].", "\"I retired on [[{B:B}]] and have not missed it once,\" {q} said."])
_t("restated_same_won", R, ["{C} won the title on [[{A:F}]].", "The side that won on [[{B:F}]] was built almost entirely from youth players."])
_t("restated_same_crashed", R, ["The mail plane crashed on {M} on [[{A:SH}]].", "Searchers did not find where it crashed on [[{B:SH}]] until the thaw."])
_t("restated_same_launched", R, ["{V} was launched on [[{A:MD}, {A:Y}]].", "She was launched on [[{B:MD}]] in front of the builder's workforce."], sy=True)
_t("restated_same_arrested", R, ["{R} was arrested in {T} on [[{A:ISO}]], court papers say.", "He was arrested on [[{B:ISO}]], the papers add, after a tip-off."])
_t("restated_same_flood", R, ["The flood of [[{A:Y}]] drowned half of {T}.", "Old residents still talk of the flood of [[{B:Y}]] and the boats in the high street."], gap=(2, 12))
_t("restated_same_abdicated", R, ["The king of {N} abdicated on [[{A:F}]].", "He abdicated on [[{B:F}]], handing the crown to his niece."])
_t("restated_same_discovered", R, ["The hoard was discovered by {P} in a field near {T} on [[{A:BO}]].", "{p} said she discovered it on [[{B:BO}]] while walking her dog."])
_t("restated_same_closed", R, ["The {T} colliery closed on [[{A:AP}]].", "After the colliery closed on [[{B:AP}]], one in three men in the village was out of work."])
_t("restated_same_married", R, ["{P} married {R} in [[{A:MY}]].", "The couple married in [[{B:MY}]] at a registry office in {T}."], sy=True)
_t("restated_same_resigned", R, ["{Q} resigned from the cabinet of {N} on [[{A:FO}]].", "She resigned on [[{B:FO}]] over the dam project."])
_t("restated_same_erupted", R, ["{M} last erupted in [[{A:Y}]].", "When it last erupted, in [[{B:Y}]], ash fell as far as {T}."], gap=(2, 12))
_t("restated_same_sank", R, ["{V} sank off {T} on [[{A:B}]].", "Of the 40 crew aboard when she sank on [[{B:B}]], only nine survived."])
_t("restated_same_fronted_opened", R, ["On [[{A:DM}]] the new library in {T} opened to readers.", "It opened on [[{B:DM} {B:Y}]] with four thousand books."], sy=True)
_t("restated_diff_death_funeral_ref", R, ["{P}, who died on [[{A:F}]], was a pioneer of rural nursing.", "Her death, on [[{B:F}]], came a week after a fall at home in {T}."])
_t("restated_diff_founding_verb_noun", R, ["{F} was established in [[{A:Y}]].", "Since its founding in [[{B:Y}]], the company has built more than 300 ships."])
_t("restated_diff_pronoun_opening", R, ["The {T} concert hall was inaugurated on [[{A:AP}]].", "Its opening, on [[{B:AP}]], was marred by a power cut."])
_t("restated_diff_apposition", R, ["The takeover of {F2} by {F} was completed on [[{A:B}]].", "That deal, closed on [[{B:B}]], made {F} the largest employer in {T}."])
_t("restated_diff_passive_active", R, ["The treaty was ratified by the {N} parliament on [[{A:F}]].", "Lawmakers in {N} approved the treaty on [[{B:F}]] by a narrow margin."])
_t("restated_diff_quote_storm", R, ["{H} struck {T} in [[{A:Y}]].", "\"When the storm hit us in [[{B:Y}]], we lost everything,\" said {P}."], gap=(2, 12))
_t("restated_diff_kidnapping", R, ["{R} was abducted outside his office in {T} on [[{A:FO}]].", "His kidnapping, on [[{B:FO}]], led to a nationwide manhunt."])
_t("restated_diff_the_blaze", R, ["Fire swept through the {F} mill in [[{A:MY}]].", "The blaze of [[{B:MY}]] left 200 people without work."], sy=True)
_t("restated_diff_victory_defeat", R, ["{C} beat {C2} in the final on [[{A:SH}]].", "{C2} lost that final, played on [[{B:SH}]], on penalties."])
_t("restated_diff_fronted_clause", R, ["Shortly after {Q} took office as governor on [[{A:B}]], the drought began.", "Her swearing-in on [[{B:B}]] was attended by the prime minister."])
_t("restated_diff_walkout", R, ["Nurses at the {T} infirmary went on strike in [[{A:Y}]].", "The walkout of [[{B:Y}]] lasted eleven weeks."], gap=(2, 12))
_t("restated_diff_summit_ascent", R, ["{R} reached the summit of {M} on [[{A:F}]].", "His ascent, completed on [[{B:F}]], was the first without oxygen."])
_t("restated_diff_wedding_married", R, ["{P} and {R} married on [[{A:MD}, {A:Y}]].", "Their wedding on [[{B:MD}]] was held in a barn outside {T}."], sy=True)
_t("restated_diff_acquittal", R, ["A jury in {T} acquitted {R} on [[{A:AP}]].", "The acquittal, returned on [[{B:AP}]], stunned the prosecution."])
_t("restated_diff_shutdown_closure", R, ["{F} shut its {T} smelter on [[{A:ISO}]].", "The closure of the smelter on [[{B:ISO}]] cost 640 jobs."])
_t("restated_diff_birth_born", R, ["{P} was born in {T} on [[{A:BO}]].", "Her birth, on [[{B:BO}]], is recorded in the parish register."])
_t("restated_diff_quake_disaster", R, ["An earthquake destroyed the old quarter of {T} on [[{A:F}]].", "Survivors of the disaster of [[{B:F}]] are still housed in prefabricated huts."])
_t("restated_diff_definite_ref", R, ["{V} was wrecked on the reef off {T} on [[{A:B}]].", "The wreck, which happened on [[{B:B}]], was the worst in the island's history."])
_t("restated_diff_inauguration_sworn", R, ["{R} was sworn in as president of {N} on [[{A:FO}]].", "At his inauguration on [[{B:FO}]], he pledged to end the blockade."])
_t("restated_diff_release_freed", R, ["{Q} was freed from prison in {N2} in [[{A:MY}]].", "Her release, in [[{B:MY}]], followed years of pressure."], sy=True)
_t("restated_diff_relegated_drop", R, ["{C2} were relegated on [[{A:F}]] after a 2-2 draw.", "The drop, confirmed on [[{B:F}]], ended forty-one seasons in the top flight."])
_t("restated_diff_landslide_it", R, ["A landslide buried the road above {T} on [[{A:B}]].", "It came down on [[{B:B}]] after three days of rain, the county engineer said."])


# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_after_merger", O, ["After the merger with {F2} on [[{E:F}]], {F} cut its workforce by a third on [[{L:F}]]."])
_t("order_following_election", O, ["Following her election on [[{E:B}]], {Q} appointed {R} as her deputy on [[{L:B}]]."])
_t("order_aftermath_flood", O, ["In the aftermath of the flood of [[{E:Y}]], the council built a new embankment, finished in [[{L:Y}]]."], gap=(2, 12))
_t("order_before_collapse", O, ["Engineers warned of cracks in the {T} viaduct on [[{E:AP}]], before it collapsed on [[{L:AP}]]."])
_t("order_prior_to_sale", O, ["Prior to the sale of the club on [[{L:FO}]], {C} had been relegated on [[{E:FO}]]."])
_t("order_wake_of_scandal", O, ["In the wake of the bribery scandal that broke on [[{E:F}]], the minister of {N} resigned on [[{L:F}]]."])
_t("order_ahead_of_vote", O, ["Ahead of the referendum on [[{L:SH}]], campaigners held a rally in {T} on [[{E:SH}]]."])
_t("order_after_fronted_passive", O, ["The dock was rebuilt in [[{L:MY}]] after it had been wrecked by {H} in [[{E:MY}]]."], sy=True)
_t("order_following_death", O, ["The estate of {P} was divided on [[{L:ISO}]], following her death on [[{E:ISO}]]."])
_t("order_before_quote", O, ["\"I left {F} on [[{E:F}]], well before the fraud came to light on [[{L:F}]],\" {R} told the court."])
_t("order_after_sy_context", O, ["After the harbour reopened on [[{E:MD}]], the first ferry docked at {T} on [[{L:MD}, {L:Y}]]."], sy=True)
_t("order_ahead_of_launch", O, ["{V} underwent sea trials on [[{E:B}]], ahead of her maiden voyage on [[{L:B}]]."])
_t("order_prior_to_independence", O, ["{N} held its first free elections on [[{E:BO}]], prior to independence on [[{L:BO}]]."])
_t("order_in_the_wake_of_eruption", O, ["In the wake of the eruption of {M} in [[{E:Y}]], the village of {T} was abandoned in [[{L:Y}]]."], gap=(2, 12))
_t("order_following_takeover", O, ["Following its takeover by {F2} in [[{E:APMY}]], {F} moved its headquarters in [[{L:APMY}]]."], sy=True)
_t("order_aftermath_crash", O, ["In the aftermath of the rail crash outside {T} on [[{E:F}]], the line was fitted with new signals on [[{L:F}]]."])
_t("order_after_graduation", O, ["{Q} joined {F} on [[{L:AP}]], after graduating from medical school on [[{E:AP}]]."])
_t("order_before_wedding", O, ["{P} met {R} on [[{E:B}]], shortly before their wedding on [[{L:B}]]."])
_t("order_after_appointment_ordinal", O, ["After his appointment as coach on [[{E:ORD}]], {R} led {C} to promotion on [[{L:ORD}]]."])
_t("order_following_ceasefire", O, ["Following the ceasefire of [[{E:F}]], refugees began returning to {T} on [[{L:F}]]."])
_t("order_prior_to_trial", O, ["Prior to his trial, which opened on [[{L:SH}]], {R} was held on remand from [[{E:SH}]]."])
_t("order_ahead_of_summit", O, ["Ahead of the summit between {N} and {N2} on [[{L:FO}]], the two foreign ministers met on [[{E:FO}]]."])
_t("order_wake_of_fire", O, ["New fire regulations were introduced on [[{L:AP}]] in the wake of the {T} cinema fire of [[{E:AP}]]."])
_t("order_after_diagnosis", O, ["{P} kept performing after her diagnosis in [[{E:MY}]] until her final concert in [[{L:MY}]]."], sy=True)
_t("order_before_bankruptcy", O, ["{F} paid its directors large bonuses on [[{E:ISO}]], before filing for bankruptcy on [[{L:ISO}]]."])
_t("order_following_storm_year", O, ["Following {H} in [[{E:Y}]], insurers pulled out of {T} in [[{L:Y}]]."], gap=(2, 12))
_t("order_after_discovery_apposition", O, ["The mine, opened on [[{L:B}]] after the discovery of copper there on [[{E:B}]], employed 900 men."])
_t("order_prior_to_closure", O, ["Prior to its closure on [[{L:F}]], the {T} cottage hospital was extended on [[{E:F}]]."])
_t("order_ahead_of_opening_dot", O, ["Staff were trained on [[{E:DOT}]], ahead of the plant's opening on [[{L:DOT}]]."])
_t("order_after_treaty_fronted", O, ["Only after the treaty was signed on [[{E:F}]] did {N} withdraw its troops, on [[{L:F}]]."])
_t("order_following_resignation", O, ["{Q} became chief executive of {F} on [[{L:BO}]], following the resignation of {R} on [[{E:BO}]]."])
_t("order_before_demolition", O, ["The old grandstand hosted its last match on [[{E:SH}]], before it was demolished on [[{L:SH}]]."])


# --- publication_anachronism ----------------------------------------------------
A = "publication_anachronism"
_t("anachronism_bridge_opened", A, ["The {T} suspension bridge, which opened on [[{D:F}]], now carries 30,000 vehicles a day."])
_t("anachronism_died", A, ["{P} died on [[{D:B}]] after a long illness, her publisher said."])
_t("anachronism_merger_completed", A, ["{F} completed its merger with {F2} on [[{D:AP}]], creating the region's biggest employer."])
_t("anachronism_election_won", A, ["{R} won the {T} by-election held in [[{D:MY}]] by 1,400 votes."])
_t("anachronism_stadium_year", A, ["{C} moved into their new stadium in [[{D:Y}]] and have not lost a home derby since."])
_t("anachronism_ship_sank", A, ["{V} sank in heavy seas off {T} on [[{D:FO}]], and all hands were lost."])
_t("anachronism_storm_struck", A, ["{H} struck the coast near {T} on [[{D:SH}]], destroying more than 300 homes."])
_t("anachronism_quote_resigned", A, ["\"I resigned on [[{D:F}]] because I could no longer defend the policy,\" {Q} said in an interview."])
_t("anachronism_passive_approved", A, ["The plan was approved by the {N} cabinet on [[{D:BO}]] and work has already started."])
_t("anachronism_fronted", A, ["On [[{D:B}]], the last tram ran through the streets of {T}."])
_t("anachronism_iso_report", A, ["The report, published on [[{D:ISO}]], found that {F} had overstated its profits."])
_t("anachronism_treaty_ratified", A, ["{N} and {N2} ratified the water-sharing treaty in [[{D:MID}]], ending a decade of dispute."])
_t("anachronism_late_year", A, ["Construction of the {T} reservoir was finished in [[{D:LATE}]], officials said."])
_t("anachronism_climbed", A, ["{R} climbed {M} solo in [[{D:APMY}]], a feat many had thought impossible."])
_t("anachronism_verdict", A, ["A jury in {T} convicted the former director of {F} on [[{D:F}]] of fraud."])
_t("anachronism_dot_closed", A, ["The {T} branch of {F} closed its doors on [[{D:DOT}]]."])
_t("anachronism_apposition", A, ["{Q}, appointed ambassador to {N2} on [[{D:AP}]], presented her credentials within a week."])
_t("anachronism_summer_festival", A, ["The festival drew record crowds to {T} in [[{D:SUMMER}]], organisers said."])
_t("anachronism_factory_opened", A, ["{F} opened its second factory in {T} in [[{D:SHMY}]] with 450 staff."])
_t("anachronism_ordinal_sworn", A, ["{R} was sworn in as governor on [[{D:ORD}]]."])
_t("anachronism_rel_yesterday", A, ["[[Yesterday]], [[{D:F}]], the {T} council voted to sell the old town hall."], rel="Yesterday")
_t("anachronism_rel_last_week", A, ["{F} announced [[last week]] that it would close its {T} depot; the statement was dated [[{D:B}]]."], rel="last week")
_t("anachronism_rel_this_morning", A, ["Firefighters were still damping down the {T} warehouse [[this morning]], [[{D:AP}]]."], rel="this morning")
_t("anachronism_rel_earlier_this_month", A, ["[[Earlier this month]], on [[{D:FO}]], {Q} was named chief executive of {F}."], rel="Earlier this month")
_t("anachronism_rel_last_night", A, ["{C} were knocked out of the cup [[last night]], [[{D:F}]], by {C2}."], rel="last night")
_t("anachronism_rel_two_days_ago", A, ["The ferry ran aground [[two days ago]], on [[{D:B}]], and is still stuck on the sandbar."], rel="two days ago")
_t("anachronism_rel_last_month", A, ["House prices in {T} fell by four per cent [[last month]] ([[{D:MY}]]), the land registry said."], rel="last month")
_t("anachronism_rel_last_year", A, ["{F} made a loss [[last year]], in [[{D:Y}]], for the first time in its history."], rel="last year")
_t("anachronism_rel_earlier_today", A, ["[[Earlier today]], [[{D:SH}]], police in {T} named the victim as {R}."], rel="Earlier today")
_t("anachronism_rel_fortnight", A, ["The strike at the {F} plant began [[a fortnight ago]], on [[{D:F}]]."], rel="a fortnight ago")
_t("anachronism_rel_fifteen_days", A, ["{P} went missing on {M} [[fifteen days ago]], on [[{D:AP}]], and the search has now been scaled back."], rel="fifteen days ago")
_t("anachronism_rel_last_weekend", A, ["Thousands marched through {T} [[last weekend]] ([[{D:BO}]]) against the new motorway."], rel="last weekend")
_t("anachronism_rel_this_afternoon", A, ["The {N} parliament passed the budget [[this afternoon]], [[{D:F}]], by six votes."], rel="this afternoon")
_t("anachronism_rel_earlier_this_week", A, ["{R} was released on bail [[earlier this week]], on [[{D:ISO}]]."], rel="earlier this week")


# --- duration_arithmetic --------------------------------------------------------
D = "duration_arithmetic"
_t("duration_died_aged", D, ["{P}, who was born on [[{S:F}]], died on [[{E:F}]] at the age of [[{NUM}]]."], unit="years", span=(9000, 33000), min=18, top=110)
_t("duration_strike_weeks", D, ["The dock strike began on [[{S:B}]] and ended on [[{E:B}]], after [[{NUM} weeks]] on the picket line."], unit="weeks", span=(60, 500))
_t("duration_siege_days", D, ["The siege of {T} lasted [[{NUM} days]], from [[{S:AP}]] to [[{E:AP}]]."], unit="days", span=(40, 300))
_t("duration_founded_years_in_business", D, ["{F}, founded in [[{S:Y}]], is marking [[{NUM} years]] in business with a party for staff."], unit="years", yr=(1900, 1995))
_t("duration_joined_ago", D, ["{R} joined {C} as a teenager [[{NUM} years ago]], in [[{S:Y}]]."], unit="years", yr=(1950, 2005))
_t("duration_decade_later", D, ["The {T} cottage hospital opened in [[{S:Y}]] and closed [[a decade]] later, in [[{E:Y}]]."], unit="years", span=(7300, 14600), fixed=(10, "a decade"))
_t("duration_centenary", D, ["{C}, formed in [[{S:Y}]], celebrated its [[centenary]] with a gala match in [[{E:Y}]]."], unit="years", yr=(1900, 1960), span=(11000, 25000), fixed=(100, "centenary"))
_t("duration_ordinal_anniversary", D, ["The {T} choir, which first sang on [[{S:F}]], marked its [[{NUM}]] anniversary on [[{E:F}]]."], unit="years", span=(4000, 25000), ordinal=True)
_t("duration_words_months", D, ["Repairs to the {T} pier took [[{NUM} months]], from [[{S:MY}]] until [[{E:MY}]]."], unit="months", span=(500, 1400), words=True)
_t("duration_fortnight", D, ["{V} was held at anchor off {T} for [[a fortnight]], from [[{S:B}]] until [[{E:B}]]."], unit="days", span=(60, 300), fixed=(14, "a fortnight"))
_t("duration_half_century", D, ["{P} taught at the village school from [[{S:Y}]] to [[{E:Y}]], [[half a century]] in all."], unit="years", span=(3650, 11000), fixed=(50, "half a century"))
_t("duration_age_now", D, ["{Q}, who was born on [[{S:BO}]], is now [[{NUM}]] and still runs the family farm outside {T}."], unit="years", yr=(1920, 1990), min=18, top=110)
_t("duration_served_years", D, ["{R} served [[{NUM} years]] as mayor of {T}, from [[{S:Y}]] until he stood down in [[{E:Y}]]."], unit="years", span=(1000, 9000), top=60)
_t("duration_trial_days_context", D, ["The trial opened on [[{S:MD}]] and the verdict came on [[{E:MD}, {E:Y}]], [[{NUM} days]] later."], unit="days", span=(60, 250))
_t("duration_passive_imprisoned", D, ["{R} was imprisoned on [[{S:FO}]] and freed on [[{E:FO}]], having spent [[{NUM} years]] behind bars."], unit="years", span=(3000, 9000), top=60)
_t("duration_quote_married", D, ["\"We were married on [[{S:B}]], and we had [[{NUM} years]] together until he died on [[{E:B}]],\" {P} said."], unit="years", span=(7000, 20000), top=80)
_t("duration_ship_service", D, ["{V}, commissioned in [[{S:MY}]] and scrapped in [[{E:MY}]], saw [[{NUM} years]] of service."], unit="years", span=(3650, 15000), top=70)
_t("duration_eruption_weeks", D, ["{M} erupted on [[{S:SH}]] and fell quiet on [[{E:SH}]], [[{NUM} weeks]] of ash and lava."], unit="weeks", span=(80, 600))
_t("duration_ago_founded", D, ["The {T} brass band was formed [[{NUM} years ago]] by workers at the {F} mill, on [[{S:F}]]."], unit="years", yr=(1900, 1990))
_t("duration_hostage_days", D, ["{Q} was held hostage for [[{NUM} days]] after being seized on [[{S:F}]]; she was released on [[{E:F}]]."], unit="days", span=(50, 400))
_t("duration_aged_at_election", D, ["{R}, born on [[{S:AP}]], was [[{NUM}]] when he was elected to the {N} parliament on [[{E:AP}]]."], unit="years", span=(9000, 25000), min=18, top=100)
_t("duration_words_years_exile", D, ["{R} spent [[{NUM} years]] in exile, leaving {N} in [[{S:Y}]] and returning in [[{E:Y}]]."], unit="years", span=(7000, 20000), words=True)
_t("duration_construction_months", D, ["Building the {T} library took [[{NUM} months]]; work started on [[{S:B}]] and the doors opened on [[{E:B}]]."], unit="months", span=(200, 1500), top=90)
_t("duration_iso_outage", D, ["The plant was offline from [[{S:ISO}]] to [[{E:ISO}]], a shutdown of [[{NUM} days]]."], unit="days", span=(30, 110))
_t("duration_tenure_apposition", D, ["{Q}, chief executive of {F} from [[{S:F}]] to [[{E:F}]], led the company for [[{NUM} years]]."], unit="years", span=(5000, 12000), top=50)
_t("duration_record_stood", D, ["The national record {P} set on [[{S:BO}]] stood for [[{NUM} years]] until it was broken on [[{E:BO}]]."], unit="years", span=(3000, 12000), top=60)
_t("duration_weeks_drought", D, ["Not a drop of rain fell on {T} for [[{NUM} weeks]], between [[{S:DOT}]] and [[{E:DOT}]]."], unit="weeks", span=(100, 360))
_t("duration_oldest_resident", D, ["The oldest resident of {T}, {P}, born on [[{S:F}]], has turned [[{NUM}]]."], unit="years", yr=(1905, 1960), min=18, top=120)
_t("duration_ceasefire_held", D, ["The ceasefire held for [[{NUM} months]], from [[{S:AP}]] until fighting resumed on [[{E:AP}]]."], unit="months", span=(300, 1200), top=60)
_t("duration_words_weeks_voyage", D, ["The voyage from {T} took [[{NUM} weeks]]: {V} sailed on [[{S:F}]] and docked on [[{E:F}]]."], unit="weeks", span=(210, 500), words=True)
_t("duration_fronted_after_years", D, ["Only [[{NUM} years]] after the {T} mine opened on [[{S:B}]], it flooded on [[{E:B}]] and never reopened."], unit="years", span=(4000, 14000), top=60)
_t("duration_ago_ordinal_date", D, ["{P} opened her bakery in {T} on [[{S:ORD}]], [[{NUM} years ago]]."], unit="years", yr=(1940, 2000))
