"""``blind5`` injected date-conflict templates for ``benchmarks/date_conflicts.py``.

Kept in its own module so that it can be imported (by the benchmark and by
``tests/test_date_templates_blind5.py``) without importing the detector.
"""

# ---------------------------------------------------------------------------
# ``blind5`` templates.  Written on 2026-11-22 by a helper session acting as an
# independent tester, from the six conflict definitions in the task brief and
# from how news copy dates things, WITHOUT opening, grepping or importing the
# detector (src/reliability/features/*, temporal.py), its date tests
# (tests/test_temporal*, tests/test_date*), its feature card
# (features/date_conflicts.md) or any earlier benchmark results
# (benchmarks/results/date_conflicts*).  In benchmarks/date_conflicts.py only the
# harness was read (module docstring, the helpers at the top, ``_inject`` and
# its ``[[...]]`` markers, the ``--split`` handling and the comment above
# ``BLIND4_TEMPLATES``); the bodies of the earlier template sets were not
# studied, and the phrasings, nouns and names here are new.  The templates were
# only run through their own generators (well-formedness, and ``datetime``
# checks that each conflict is real), never through the detector, and
# ``--split blind5`` was not run by the author.  It was the independent test set
# of session 4 (scored once before and once after that round); since round 5 it is
# development data like the earlier sets, and ``blind6`` is the independent one.
# Every template is used (no index parity): ``--split blind5``.
#
# Conventions.  Marked spans ([[...]]) are the two sides of the conflict: the
# weekday and its date (one span when contiguous), the impossible date, both
# dates of a restated event, both dates of an order violation, the relative
# expression and its pinned date (or only the date when the conflict is with the
# publication date), and the duration/age and the dates it contradicts.
# Publication-relative templates assume an article published on 2016-09-27
# (``--published 2016-09-27``; the corpus articles date from 2016): past-tense
# events are dated at least eight months after publication (mostly 2018-2024),
# and "yesterday"/"last week"/... are pinned at least three years away from it.
# Arithmetic templates miss by at least 5 units beyond any inclusive/exclusive
# or unknown-birthday counting difference.  Dates in all other types stay at or
# before 2015, so no second conflict type is mixed in, and no weekday is named
# outside the weekday templates.
# ---------------------------------------------------------------------------

from __future__ import annotations

import datetime
import random
from collections.abc import Callable

Template = Callable[[random.Random], list[str]]

REFERENCE = datetime.date(2016, 9, 27)  # publication date the anachronism/"ago" templates assume
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_WEEKDAYS = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve"}

_PEOPLE = ["Ingrid Solberg", "Kwame Asante", "Beatriz Lozano", "Piotr Zielinski", "Fiona McAllister",
           "Ravi Chandrasekar", "Elodie Marchetti", "Samuel Achebe", "Hannah Varga", "Tomasz Nowicki",
           "Leilani Kahale", "Gideon Marsh"]
_TOWNS = ["Brackenfield", "Ollerton Cross", "Penhallow", "Skelmorlie", "Wyvenhoe", "Cairnbrook", "Eastleigh Marsh",
          "Torvik", "Lanmouth", "Redcastle"]
_CITIES = ["Rotterdam", "Lyon", "Glasgow", "Porto", "Gdansk", "Leeds", "Bilbao", "Aarhus"]
_COMPANIES = ["Calloway Foods", "Marchbank Engineering", "Norwood Textiles", "Stellan Pharma", "Redfern Shipping",
              "Oakmere Dairies", "Hawksmoor Glass", "Pellinor Software"]
_CROSSINGS = ["Harrowgate Bridge", "Linfield Tunnel", "Quayside Swing Bridge", "Tamar Street Flyover",
              "Ebbsworth Causeway"]
_MUSEUMS = ["Penhallow Maritime Museum", "Cairnbrook Textile Museum", "Wyvenhoe Folk Museum",
            "Redcastle Gallery of Modern Art", "Lanmouth Railway Museum"]
_CASES = ["Dalton v. Merriweather", "Ocampo v. State Board of Health", "Whitcombe v. Lyle",
          "Brannigan v. City of Eastvale", "Foyle v. Harcastle Mining"]
_NOVELS = ["Low Tide at Marrow", "A House Without Clocks", "Cinder Road", "The Orchard Keeper's Daughter",
           "Salt in the Well"]
_ACTS = ["Tenancy Reform Act", "Clean Rivers Act", "Coastal Access Act", "Pharmacy Licensing Act",
         "Public Broadcasting Act"]
_UNIONS = ["dockworkers' union", "nurses' association", "teachers' federation", "bus drivers' union",
           "farmers' union"]


# --- helpers ----------------------------------------------------------------

def _any_day(rng: random.Random, low: int = 1996, high: int = 2014) -> datetime.date:
    """Any real calendar day (days 29-31 included) between two years."""
    start = datetime.date(low, 1, 1).toordinal()
    end = datetime.date(high, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def _wrong(rng: random.Random, day: datetime.date) -> int:
    """Index of a weekday that ``day`` does not fall on."""
    return (day.weekday() + rng.randint(1, 6)) % 7


def _suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _us(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ap(day: datetime.date) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _uk(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _surname(name: str) -> str:
    return name.split()[-1]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _two_years(rng: random.Random, low: int = 1955, high: int = 2015) -> tuple[int, int]:
    """Two different years (2-9 apart) for one event, in random order."""
    first = rng.randint(low + 9, high)
    second = first - rng.randint(2, 9)
    return (first, second) if rng.random() < 0.5 else (second, first)


def _ordered(rng: random.Random, low: int = 1980, high: int = 2015) -> tuple[int, int]:
    """(earlier, later) years, 2-9 apart."""
    later = rng.randint(low + 9, high)
    return later - rng.randint(2, 9), later


def _off(rng: random.Random, *true_values: int, low: int = 6, high: int = 15, floor: int = 2) -> int:
    """A stated number at least ``low`` away from every true value (and >= floor)."""
    base = true_values[0]
    while True:
        value = base + rng.choice((-1, 1)) * rng.randint(low, high)
        if value >= floor and all(abs(value - true) >= low for true in true_values):
            return value


# Impossible (month, day) pairs, valid in no year.
_BAD_DAYS = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]


def _non_leap(rng: random.Random) -> int:
    while True:
        year = rng.randint(1993, 2015)
        if year % 4:
            return year


# --- weekday_mismatch -------------------------------------------------------
# Every template states a weekday for a date that falls on another weekday.

def b5_weekday_ap(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    who, what = rng.choice([("The school board", "approved the new budget"),
                            ("The county commission", "voted to close the landfill"),
                            ("The transit authority", "raised fares"),
                            ("State regulators", "fined the utility")])
    return [f"{who} {what} on [[{WEEKDAYS[_wrong(rng, day)]}, {_ap(day)}]]."]


def b5_weekday_british_plain(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    return [(f"Police were called to a house in {rng.choice(_TOWNS)} shortly before midnight on "
             f"[[{WEEKDAYS[_wrong(rng, day)]} {_uk(day)}]].")]


def b5_weekday_trailing_apposition(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    thing = rng.choice(["The hearing", "The sentencing", "The public inquiry", "The planning appeal"])
    return [(f"{thing}, first set for [[{_us(day)}]], a [[{WEEKDAYS[_wrong(rng, day)]}]], "
             "was pushed back after a key witness fell ill.")]


def b5_weekday_parenthesis(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    company = rng.choice(_COMPANIES)
    return [(f"{company} announced the closure on [[{_uk(day)}]] ([[{WEEKDAYS[_wrong(rng, day)]}]]), "
             "giving staff little warning.")]


def b5_weekday_the_day(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    vehicle = rng.choice(["van", "lorry", "camper van", "grey saloon"])
    return [(f"Neighbours said the {vehicle} had been parked outside since the "
             f"[[{WEEKDAYS[_wrong(rng, day)]}, {_uk(day)}]], and nobody had come back for it.")]


def b5_weekday_ordinal_of(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    first, second = rng.sample(_PEOPLE, 2)
    return [(f"{first} and {second} were married at {rng.choice(_TOWNS)} parish church on "
             f"[[{WEEKDAYS[_wrong(rng, day)]} the {day.day}{_suffix(day.day)} of {MONTHS[day.month - 1]} "
             f"{day.year}]].")]


def b5_weekday_which_was(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    return [(f"The fire broke out at the {rng.choice(_COMPANIES)} warehouse on [[{_us(day)}]], which was a "
             f"[[{WEEKDAYS[_wrong(rng, day)]}]], when most of the staff had already gone home.")]


def b5_weekday_listing(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    crowd = rng.randint(2, 19)
    return [(f"The concert, held [[{AP_WEEKDAYS[_wrong(rng, day)]}, {_ap(day)}]], drew about {crowd},000 people "
             f"to the park.")]


def b5_weekday_quote(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    return [(f"\"It was [[{WEEKDAYS[_wrong(rng, day)]}, {_us(day)}]], and the office was empty,\" "
             f"{rng.choice(_PEOPLE)} recalled.")]


def b5_weekday_year_elsewhere(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    return [(f"In {day.year}, the council met on [[{WEEKDAYS[_wrong(rng, day)]}, {MONTHS[day.month - 1]} "
             f"{day.day}]], to approve the new parking charges.")]


def b5_weekday_clock_first(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    hour, minute = rng.randint(1, 11), rng.choice([5, 10, 15, 20, 35, 40, 50])
    half = rng.choice(["am", "pm"])
    return [(f"At about {hour}.{minute:02d}{half} on [[{WEEKDAYS[_wrong(rng, day)]} {_uk(day)}]], a coach left "
             f"the road near {rng.choice(_TOWNS)}.")]


def b5_weekday_range_end(rng: random.Random) -> list[str]:
    while True:
        start = _any_day(rng)
        end = start + datetime.timedelta(days=rng.randint(3, 12))
        if end.year == start.year:
            break
    first = f"{WEEKDAYS[start.weekday()]}, {MONTHS[start.month - 1]} {start.day}"
    return [(f"The inquiry sat from {first}, to [[{WEEKDAYS[_wrong(rng, end)]}, {_us(end)}]], "
             "hearing from more than forty witnesses.")]


def b5_weekday_us_ordinal(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    return [(f"The last shift at the {rng.choice(_TOWNS)} mill ended on [[{WEEKDAYS[_wrong(rng, day)]}, "
             f"{MONTHS[day.month - 1]} {day.day}{_suffix(day.day)}, {day.year}]].")]


def b5_weekday_dashes(rng: random.Random) -> list[str]:
    day = _any_day(rng)
    return [(f"[[{_uk(day)}]] \u2014 a [[{WEEKDAYS[_wrong(rng, day)]}]] \u2014 is a date few people in "
             f"{rng.choice(_TOWNS)} will forget.")]


# --- impossible_date --------------------------------------------------------

def b5_impossible_us(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"{rng.choice(_PEOPLE)} signed the lease on [[{MONTHS[month - 1]} {day}, {rng.randint(1995, 2015)}]], "
             "according to court filings.")]


def b5_impossible_british(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"{rng.choice(_PEOPLE)} was last seen alive on [[{day} {MONTHS[month - 1]} {rng.randint(1995, 2015)}]], "
             f"walking towards the harbour in {rng.choice(_TOWNS)}.")]


def b5_impossible_ap_leap(rng: random.Random) -> list[str]:
    return [(f"The measure was approved by voters on [[Feb. 29, {_non_leap(rng)}]], with "
             f"{rng.randint(52, 71)} percent in favour.")]


def b5_impossible_the_nth_of(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"Tickets went on sale on the [[{day}{_suffix(day)} of {MONTHS[month - 1]}, "
             f"{rng.randint(1995, 2015)}]] and sold out within hours.")]


def b5_impossible_us_ordinal(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"Payments were due by [[{MONTHS[month - 1]} {day}{_suffix(day)}, {rng.randint(1995, 2015)}]], "
             "the agency said in a letter to tenants.")]


def b5_impossible_iso(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"The email, timestamped [[{rng.randint(2001, 2015)}-{month:02d}-{day}]], shows the warning reached "
             "senior managers.")]


def b5_impossible_slashes(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"A receipt dated [[{day}/{month:02d}/{rng.randint(1998, 2015)}]] was found in the glovebox of "
             "the car.")]


def b5_impossible_yearless(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"Registration closed on [[{MONTHS[month - 1]} {day}]], organisers said, and the final list of "
             "entrants was posted soon afterwards.")]


def b5_impossible_day_32(rng: random.Random) -> list[str]:
    month = rng.randint(1, 12)
    return [(f"The shipment finally reached the port on [[{MONTHS[month - 1]} {rng.randint(32, 35)}, "
             f"{rng.randint(1995, 2015)}]], customs records show.")]


def b5_impossible_range_end(rng: random.Random) -> list[str]:
    month, day = rng.choice([pair for pair in _BAD_DAYS if pair[1] == 31])
    start = rng.randint(20, 27)
    return [(f"The exhibition ran from {start} to [[{day} {MONTHS[month - 1]} {rng.randint(1995, 2015)}]] "
             f"at the {rng.choice(_MUSEUMS)}.")]


def b5_impossible_with_weekday(rng: random.Random) -> list[str]:
    month, day = rng.choice(_BAD_DAYS)
    return [(f"The board met on [[{rng.choice(WEEKDAYS)}, {MONTHS[month - 1]} {day}, {rng.randint(1995, 2015)}]], "
             "minutes of the meeting show.")]


def b5_impossible_century(rng: random.Random) -> list[str]:
    return [(f"The town's charter, granted on [[29 February {rng.choice([1800, 1900])}]], still hangs in "
             "the council chamber.")]


def b5_impossible_legal_words(rng: random.Random) -> list[str]:
    month, word = rng.choice([(4, "thirty-first"), (6, "thirty-first"), (9, "thirty-first"), (11, "thirty-first"),
                              (2, "thirtieth")])
    return [(f"The original deed, dated the [[{word} day of {MONTHS[month - 1]}, {rng.randint(1890, 1990)}]], "
             "was found in a solicitor's safe.")]


# --- restated_event ---------------------------------------------------------
# One event, two different dates, in two separately placed sentences.

def b5_restated_appointment(rng: random.Random) -> list[str]:
    name, company = rng.choice(_PEOPLE), rng.choice(_COMPANIES)
    first, second = _two_years(rng, 1985)
    return [f"{name}'s [[{first}]] appointment as chief executive of {company} was welcomed by investors.",
            (f"{_surname(name)} was named chief executive of {company} in [[{second}]], succeeding the firm's "
             "founder.")]


def b5_restated_crossing_opened(rng: random.Random) -> list[str]:
    crossing = rng.choice(_CROSSINGS)
    first, second = _two_years(rng, 1960)
    return [(f"The {crossing}, which opened to traffic in [[{first}]], now carries about "
             f"{rng.randint(8, 60)},000 vehicles a day."),
            f"Tolls have been collected ever since the {crossing} opened in [[{second}]]."]


def b5_restated_merger(rng: random.Random) -> list[str]:
    one, other = rng.sample(_COMPANIES, 2)
    first, second = _two_years(rng, 1975)
    return [f"The [[{first}]] merger of {one} and {other} created the region's largest private employer.",
            f"{one} merged with {other} in [[{second}]], according to company filings."]


def b5_restated_ceasefire(rng: random.Random) -> list[str]:
    first = _any_day(rng, 1995, 2012)
    second = first + datetime.timedelta(days=rng.choice([-1, 1]) * rng.randint(60, 700))
    group = rng.choice(["northern rebels", "the Liberation Front", "separatist militias", "the People's Army"])
    return [f"The ceasefire between the government and {group} took effect at midnight on [[{_us(first)}]].",
            f"Since the ceasefire came into force on [[{_us(second)}]], no deaths have been reported."]


def b5_restated_death(rng: random.Random) -> list[str]:
    name = rng.choice(_PEOPLE)
    first, second = _two_years(rng, 1950)
    return [f"{name}, who died in [[{first}]], left the house and its gardens to the town.",
            f"The house was opened to the public soon after {_surname(name)}'s death in [[{second}]]."]


def b5_restated_debut_novel(rng: random.Random) -> list[str]:
    name, title = rng.choice(_PEOPLE), rng.choice(_NOVELS)
    first, second = _two_years(rng, 1965)
    return [f"\"{title}\", {name}'s debut novel, was published in [[{first}]].",
            (f"When {_surname(name)}'s debut novel first appeared in [[{second}]], it sold fewer than "
             f"{rng.randint(2, 5)},000 copies.")]


def b5_restated_founding(rng: random.Random) -> list[str]:
    company, name, town = rng.choice(_COMPANIES), rng.choice(_PEOPLE), rng.choice(_TOWNS)
    first, second = _two_years(rng, 1955)
    return [f"{company} was founded by {name} in [[{first}]] in a rented garage in {town}.",
            f"Since its founding in [[{second}]], {company} has never posted an annual loss."]


def b5_restated_court_ruling(rng: random.Random) -> list[str]:
    case = rng.choice(_CASES)
    first, second = _two_years(rng, 1960)
    return [f"The Supreme Court's [[{first}]] ruling in {case} struck down the residency requirement.",
            (f"In {case}, decided in [[{second}]], the justices ruled by a narrow majority that the rule "
             "was unconstitutional.")]


def b5_restated_first_victory(rng: random.Random) -> list[str]:
    name, town = rng.choice(_PEOPLE), rng.choice(_TOWNS)
    first, second = _two_years(rng, 1965)
    return [f"{name} was first elected to parliament for {town} in [[{first}]].",
            (f"{_surname(name)}'s first election victory, in [[{second}]], came by just {rng.randint(40, 900)} "
             "votes.")]


def b5_restated_disaster(rng: random.Random) -> list[str]:
    town = rng.choice(_TOWNS)
    first, second = _two_years(rng, 1930, 1995)
    return [f"Memorials to the [[{first}]] {town} colliery disaster line the high street.",
            f"The {town} colliery disaster of [[{second}]] killed {rng.randint(12, 160)} miners."]


def b5_restated_plant_closure(rng: random.Random) -> list[str]:
    company, town = rng.choice(_COMPANIES), rng.choice(_TOWNS)
    year = rng.randint(1990, 2015)
    first_month = rng.randint(1, 12)
    second_month = (first_month - 1 + rng.randint(3, 9)) % 12 + 1
    return [(f"{_possessive(company)} {town} plant shut its gates for the last time in "
             f"[[{MONTHS[first_month - 1]} {year}]]."),
            (f"Unemployment in {town} doubled after the {company} plant closed in "
             f"[[{MONTHS[second_month - 1]} {year}]].")]


def b5_restated_act_in_force(rng: random.Random) -> list[str]:
    act = rng.choice(_ACTS)
    first = _any_day(rng, 1995, 2012)
    second = first + datetime.timedelta(days=rng.choice([-1, 1]) * rng.randint(150, 900))
    return [f"The {act} came into force on [[{_uk(first)}]].",
            (f"Under the {act}, in effect since [[{_uk(second)}]], operators must publish their figures every "
             "quarter.")]


def b5_restated_retirement(rng: random.Random) -> list[str]:
    name = rng.choice(_PEOPLE)
    first, second = _two_years(rng, 1975)
    sport = rng.choice(["football", "rugby", "cricket", "hockey"])
    return [f"{name} retired from international {sport} in [[{first}]] after {rng.randint(40, 120)} caps.",
            (f"{_surname(name)}'s retirement from the national team in [[{second}]] left a gap the selectors "
             "struggled to fill.")]


def b5_restated_one_sentence(rng: random.Random) -> list[str]:
    museum = rng.choice(_MUSEUMS)
    first, second = _two_years(rng, 1950)
    return [(f"The {museum}, which opened its doors in [[{first}]], has welcomed school groups every summer "
             f"since its opening in [[{second}]].")]


# --- order_violation --------------------------------------------------------
# A temporal connective whose direction the dates contradict.

def b5_order_after_floods(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"{rng.choice(_COMPANIES)} sold the riverside site in [[{earlier}]], after the [[{later}]] floods "
             "had left it unusable.")]


def b5_order_following_fronted(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"Following the [[{later}]] expenses scandal, the entire board of the {rng.choice(_TOWNS)} "
             f"housing trust resigned in [[{earlier}]].")]


def b5_order_in_the_wake(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"Parliament tightened the firearms law in [[{earlier}]] in the wake of the [[{later}]] shooting "
             f"in {rng.choice(_TOWNS)}.")]


def b5_order_years_after(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"{rng.choice(_PEOPLE)} moved back to {rng.choice(_TOWNS)} in [[{earlier}]], "
             f"{WORDS[rng.randint(2, 6)]} years after leaving for {rng.choice(_CITIES)} in [[{later}]].")]


def b5_order_ahead_of(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"The railway station was rebuilt in [[{later}]] ahead of the city's [[{earlier}]] centenary "
             "celebrations.")]


def b5_order_prior_to(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng, high=2012)
    until = later + rng.randint(1, 3)
    return [(f"Prior to joining {rng.choice(_COMPANIES)} in [[{earlier}]], {rng.choice(_PEOPLE)} ran a small "
             f"consultancy from [[{later} to {until}]].")]


def b5_order_preceded(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"The [[{earlier}]] walkout at {rng.choice(_COMPANIES)} was preceded by months of pay talks that "
             f"finally collapsed in [[{later}]].")]


def b5_order_subsequently(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"{rng.choice(_COMPANIES)} listed its shares in {rng.choice(_CITIES)} in [[{later}]] and was "
             f"subsequently bought by a rival in [[{earlier}]].")]


def b5_order_counting(rng: random.Random) -> list[str]:
    closed = _any_day(rng, 1997, 2014)
    counted = closed - datetime.timedelta(days=rng.randint(3, 25))
    return [f"Counting began on [[{_us(counted)}]], after polls closed on [[{_us(closed)}]]."]


def b5_order_later_in(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"The first phase of the vaccine trial started in [[{later}]]; a second phase followed "
             f"{WORDS[rng.randint(2, 4)]} years later, in [[{earlier}]].")]


def b5_order_weeks_before(rng: random.Random) -> list[str]:
    year = rng.randint(1995, 2015)
    early = rng.randint(1, 9)
    late = early + rng.randint(2, 3)
    return [(f"In [[{MONTHS[late - 1]} {year}]], weeks before the [[{MONTHS[early - 1]} {year}]] election, "
             f"{rng.choice(_PEOPLE)} launched a new party.")]


def b5_order_by_the_time(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng, 1960)
    return [(f"By the time the {rng.choice(_MUSEUMS)} opened in [[{earlier}]], its founder, "
             f"{rng.choice(_PEOPLE)}, had already died in [[{later}]].")]


def b5_order_before_split(rng: random.Random) -> list[str]:
    earlier, later = _ordered(rng)
    return [(f"{rng.choice(_PEOPLE)} left the party before its bitter [[{earlier}]] split, handing back the "
             f"membership card in [[{later}]].")]


# --- publication_anachronism (article published 2016-09-27) -----------------

def _future(rng: random.Random, low: int = 2018, high: int = 2024) -> datetime.date:
    return _any_day(rng, low, high)


def _distant_past(rng: random.Random) -> datetime.date:
    return _any_day(rng, 1998, 2012)


def b5_anachronism_opened(rng: random.Random) -> list[str]:
    day = _future(rng, 2019)
    return [(f"The {rng.choice(_CROSSINGS)}, which opened in [[{MONTHS[day.month - 1]} {day.year}]], has cut "
             "journey times across the estuary by half.")]


def b5_anachronism_funeral(rng: random.Random) -> list[str]:
    day = _future(rng)
    return [(f"The funeral of {rng.choice(_PEOPLE)}, who died on [[{_uk(day)}]], was held at "
             f"{rng.choice(_TOWNS)} cathedral.")]


def b5_anachronism_yesterday_paren(rng: random.Random) -> list[str]:
    day = _distant_past(rng)
    return [f"The council voted [[yesterday]] ([[{_us(day)}]]) to close the {rng.choice(_TOWNS)} library."]


def b5_anachronism_last_week_future(rng: random.Random) -> list[str]:
    day = _future(rng, 2019, 2023)
    return [(f"[[Last week]]'s raid, carried out on [[{_ap(day)}]], recovered stolen goods worth "
             f"{rng.randint(2, 9)} million dollars.")]


def b5_anachronism_earlier_this_month(rng: random.Random) -> list[str]:
    day = _distant_past(rng)
    return [(f"[[Earlier this month]], on [[{_uk(day)}]], inspectors found rats in the kitchen of the "
             f"{rng.choice(_TOWNS)} care home.")]


def b5_anachronism_this_year(rng: random.Random) -> list[str]:
    year = rng.randint(2020, 2024)
    return [(f"[[This year]]'s folk festival, held in [[August {year}]], drew record crowds to "
             f"{rng.choice(_TOWNS)}.")]


def b5_anachronism_last_year(rng: random.Random) -> list[str]:
    day = _distant_past(rng)
    return [(f"[[Last year]]'s floods, which struck in [[{MONTHS[day.month - 1]} {day.year}]], destroyed "
             f"{rng.randint(20, 300)} homes along the river.")]


def b5_anachronism_figures(rng: random.Random) -> list[str]:
    day = _future(rng)
    return [(f"Burglaries in {rng.choice(_TOWNS)} fell by {rng.randint(6, 30)} percent, according to police "
             f"figures published in [[{MONTHS[day.month - 1]} {day.year}]].")]


def b5_anachronism_won_race(rng: random.Random) -> list[str]:
    return [(f"{rng.choice(_PEOPLE)}, who won the [[{rng.randint(2018, 2024)}]] mayoral race in "
             f"{rng.choice(_TOWNS)}, has promised to freeze council tax.")]


def b5_anachronism_sentenced(rng: random.Random) -> list[str]:
    day = _future(rng, 2019, 2023)
    return [(f"{rng.choice(_PEOPLE)} was sentenced on [[{_ap(day)}]] to {rng.randint(3, 12)} years in prison "
             "for fraud.")]


def b5_anachronism_months_after(rng: random.Random) -> list[str]:
    month = rng.randint(6, 12)
    return [(f"In [[{MONTHS[month - 1]} 2017]], {rng.choice(_COMPANIES)} reported its first annual loss since "
             "going public.")]


def b5_anachronism_two_weeks_ago(rng: random.Random) -> list[str]:
    day = _distant_past(rng)
    return [f"[[Two weeks ago]], on [[{_us(day)}]], workers at {rng.choice(_COMPANIES)} voted to strike."]


def b5_anachronism_this_morning(rng: random.Random) -> list[str]:
    day = _future(rng, 2019, 2022)
    return [(f"Police said the suspect was arrested [[this morning]], [[{_us(day)}]], at a flat in "
             f"{rng.choice(_CITIES)}.")]


def b5_anachronism_iso_filing(rng: random.Random) -> list[str]:
    day = _future(rng)
    return [(f"{rng.choice(_COMPANIES)} denied the claims in a court filing submitted on "
             f"[[{day.isoformat()}]].")]


# --- duration_arithmetic (article published 2016-09-27 for "ago"/age/"this year") --

def b5_duration_ago(rng: random.Random) -> list[str]:
    year = rng.randint(1920, 1995)
    stated = _off(rng, REFERENCE.year - year, REFERENCE.year - 1 - year)
    return [(f"{rng.choice(_COMPANIES)} was founded [[{stated} years ago]], in [[{year}]], by two brothers from "
             f"{rng.choice(_TOWNS)}.")]


def b5_duration_day_range(rng: random.Random) -> list[str]:
    stated = rng.randint(2, 4)
    start = rng.randint(1, 10)
    end = start + stated + rng.randint(6, 14)  # actual length >= stated + 7 days
    month = rng.choice([1, 3, 5, 7, 8, 10, 12])
    return [(f"The [[{WORDS[stated]}-day]] festival ran [[from {start} to {end} {MONTHS[month - 1]} "
             f"{rng.randint(1995, 2015)}]].")]


def b5_duration_age_apposition(rng: random.Random) -> list[str]:
    born = rng.randint(1940, 1990)
    stated = _off(rng, REFERENCE.year - born, REFERENCE.year - 1 - born, floor=18)
    return [(f"{rng.choice(_PEOPLE)}, [[{stated}]], who was born in [[{born}]], said the town had changed "
             "beyond recognition.")]


def b5_duration_months_open_close(rng: random.Random) -> list[str]:
    year = rng.randint(1995, 2015)
    opened = rng.randint(1, 8)
    closed = opened + rng.randint(1, 4)
    stated = (closed - opened) + rng.randint(8, 20)
    return [(f"The [[{stated}-month]] investigation, which opened in [[{MONTHS[opened - 1]} {year}]] and closed in "
             f"[[{MONTHS[closed - 1]} {year}]], found no wrongdoing.")]


def b5_duration_died_aged(rng: random.Random) -> list[str]:
    born = rng.randint(1900, 1960)
    died = born + rng.randint(45, 95)
    died = min(died, 2015)
    stated = _off(rng, died - born, died - born - 1, floor=20)
    return [f"{rng.choice(_PEOPLE)}, born in [[{born}]], died in [[{died}]] at the age of [[{stated}]]."]


def b5_duration_anniversary(rng: random.Random) -> list[str]:
    opened = rng.randint(1900, 1990)
    stated = _off(rng, REFERENCE.year - opened)
    return [(f"This year the {rng.choice(_MUSEUMS)} marks the [[{stated}{_suffix(stated)} anniversary]] of its "
             f"opening in [[{opened}]].")]


def b5_duration_led_for(rng: random.Random) -> list[str]:
    start = rng.randint(1975, 2000)
    stated = _off(rng, REFERENCE.year - start, REFERENCE.year - 1 - start)
    return [(f"{rng.choice(_PEOPLE)} took over the {rng.choice(_UNIONS)} in [[{start}]] and has now led it "
             f"[[for {stated} years]].")]


def b5_duration_years_as_mayor(rng: random.Random) -> list[str]:
    start = rng.randint(1975, 2000)
    end = start + rng.randint(10, 15)
    stated = rng.randint(2, 4)
    return [(f"During [[{WORDS[stated]} years]] as mayor, [[from {start} to {end}]], {rng.choice(_PEOPLE)} "
             "oversaw the rebuilding of the harbour.")]


def b5_duration_weeks(rng: random.Random) -> list[str]:
    began = _any_day(rng, 1995, 2014)
    ended = began + datetime.timedelta(weeks=rng.randint(14, 22))
    stated = rng.randint(2, 6)
    return [f"The [[{WORDS[stated]}-week]] strike began on [[{_uk(began)}]] and ended on [[{_uk(ended)}]]."]


def b5_duration_decades_exile(rng: random.Random) -> list[str]:
    phrase, low = rng.choice([("nearly two decades", 17), ("more than twenty years", 21),
                              ("a quarter of a century", 24)])
    start = rng.randint(1975, 1995)
    end = start + rng.randint(3, low - 9)
    return [f"After [[{phrase}]] in exile, [[from {start} to {end}]], {rng.choice(_PEOPLE)} returned home."]


def b5_duration_years_later(rng: random.Random) -> list[str]:
    founded = rng.randint(1950, 1995)
    collapsed = founded + rng.randint(5, 20)
    stated = _off(rng, collapsed - founded, floor=2)
    return [(f"{rng.choice(_COMPANIES)} was founded in [[{founded}]] and collapsed "
             f"[[{WORDS.get(stated, stated)} years later]], in [[{collapsed}]].")]


def b5_duration_age_at_title(rng: random.Random) -> list[str]:
    born = rng.randint(1950, 1985)
    title = born + rng.randint(25, 30)
    stated = rng.randint(17, title - born - 7)
    club = rng.choice(["Redcastle Albion", "Torvik FC", "Lanmouth United", "Penhallow Rovers"])
    return [(f"Born in [[{born}]], {rng.choice(_PEOPLE)} was only [[{stated}]] when {club} won the league in "
             f"[[{title}]].")]


def b5_duration_days_later(rng: random.Random) -> list[str]:
    first = _any_day(rng, 1998, 2014)
    stated = rng.randint(3, 10)
    second = first + datetime.timedelta(days=stated + rng.randint(14, 40))
    return [(f"Officials first confirmed the outbreak on [[{_us(first)}]]; [[{WORDS[stated]} days later]], on "
             f"[[{_us(second)}]], the first school closed.")]


def b5_duration_restoration(rng: random.Random) -> list[str]:
    start = rng.randint(1980, 2005)
    end = start + rng.randint(1, 3)
    stated = (end - start) + rng.randint(6, 12)
    article = "an" if stated in (8, 11, 18) else "a"
    return [f"The cathedral reopened after {article} [[{stated}-year]] restoration ([[{start}-{end}]])."]


BLIND5_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [b5_weekday_ap, b5_weekday_british_plain, b5_weekday_trailing_apposition,
                         b5_weekday_parenthesis, b5_weekday_the_day, b5_weekday_ordinal_of, b5_weekday_which_was,
                         b5_weekday_listing, b5_weekday_quote, b5_weekday_year_elsewhere, b5_weekday_clock_first,
                         b5_weekday_range_end, b5_weekday_us_ordinal, b5_weekday_dashes],
    "impossible_date": [b5_impossible_us, b5_impossible_british, b5_impossible_ap_leap, b5_impossible_the_nth_of,
                        b5_impossible_us_ordinal, b5_impossible_iso, b5_impossible_slashes, b5_impossible_yearless,
                        b5_impossible_day_32, b5_impossible_range_end, b5_impossible_with_weekday,
                        b5_impossible_century, b5_impossible_legal_words],
    "restated_event": [b5_restated_appointment, b5_restated_crossing_opened, b5_restated_merger,
                       b5_restated_ceasefire, b5_restated_death, b5_restated_debut_novel, b5_restated_founding,
                       b5_restated_court_ruling, b5_restated_first_victory, b5_restated_disaster,
                       b5_restated_plant_closure, b5_restated_act_in_force, b5_restated_retirement,
                       b5_restated_one_sentence],
    "order_violation": [b5_order_after_floods, b5_order_following_fronted, b5_order_in_the_wake,
                        b5_order_years_after, b5_order_ahead_of, b5_order_prior_to, b5_order_preceded,
                        b5_order_subsequently, b5_order_counting, b5_order_later_in, b5_order_weeks_before,
                        b5_order_by_the_time, b5_order_before_split],
    "publication_anachronism": [b5_anachronism_opened, b5_anachronism_funeral, b5_anachronism_yesterday_paren,
                                b5_anachronism_last_week_future, b5_anachronism_earlier_this_month,
                                b5_anachronism_this_year, b5_anachronism_last_year, b5_anachronism_figures,
                                b5_anachronism_won_race, b5_anachronism_sentenced, b5_anachronism_months_after,
                                b5_anachronism_two_weeks_ago, b5_anachronism_this_morning,
                                b5_anachronism_iso_filing],
    "duration_arithmetic": [b5_duration_ago, b5_duration_day_range, b5_duration_age_apposition,
                            b5_duration_months_open_close, b5_duration_died_aged, b5_duration_anniversary,
                            b5_duration_led_for, b5_duration_years_as_mayor, b5_duration_weeks,
                            b5_duration_decades_exile, b5_duration_years_later, b5_duration_age_at_title,
                            b5_duration_days_later, b5_duration_restoration],
}
