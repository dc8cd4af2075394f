"""Well-formedness of the blind15 consistency templates (no detector is run)."""

from __future__ import annotations

import random
import re
from collections import Counter

from tests.consistency_template_checks import (
    MARK,
    SEEDS,
    check_counts,
    check_figure_conflicts,
    check_harness_split,
    check_name_conflicts,
    load_templates,
    near_miss_contexts,
    render,
)

blind = load_templates("consistency_templates_blind15")
kit = load_templates("consistency_template_kit")  # the letter edits (the set's contexts are the kit's since session 25)

EXTRA_FAMILIES = ("dy", "hr", "wk", "yr", "gbp", "spd", "kg", "mn", "tc", "pts", "ha", "mm", "pr", "ft", "lt",
                  "mi", "tn")


def test_counts():
    check_counts(blind)
    assert len(blind.NAME_TEMPLATES) >= 58 and len(blind.FIGURE_TEMPLATES) >= 72
    assert len(blind.NAME_NEAR_MISSES) >= 44 and len(blind.FIGURE_NEAR_MISSES) >= 50


def test_name_conflicts():
    check_name_conflicts(blind)


def test_every_person_renders_with_every_name_template():
    """Exhaustive over the people lists (not only the sampled seeds): the correct surname occurs once."""
    base = blind.name_context(random.Random(0))
    cases = [(s, v) for _, s, v, _ in blind.TRANSLITERATIONS_PEOPLE]
    cases += [(v, s) for _, s, v, _ in blind.TRANSLITERATIONS_PEOPLE]
    rng = random.Random(15)
    for _, surname, _ in blind.PERSONS:
        for edit in kit._EDITS.values():
            variant = edit(surname, rng)
            if variant != surname:
                cases.append((surname, variant))
    titles = blind.TITLES_M + blind.TITLES_F
    for surname, variant in cases:
        for i, (town, org) in enumerate(zip(blind.PLACES, blind.ORGANISATIONS)):
            for role in blind.ROLES:
                context = dict(base, full=f"Xavier {surname}", var=variant, town=town, org=org, role=role,
                               title=titles[i % len(titles)])
                for template in blind.NAME_TEMPLATES:
                    text = " ".join(render(template, context))
                    assert text.count(surname) == 1 or surname in variant, (template, surname, variant)


def test_every_first_name_renders():
    """The people's own given names never contain their surname or its variant."""
    for first, surname, variant, _ in blind.TRANSLITERATIONS_PEOPLE:
        assert surname not in first and variant not in first
    for first, surname, _ in blind.PERSONS:
        assert surname not in first


def test_transliterations_are_about_a_third():
    kinds = Counter(blind.name_context(random.Random(seed))["kind"] for seed in range(600))
    assert 0.25 <= kinds["transliteration"] / 600 <= 0.42, kinds


def test_transliterations_cover_the_briefs_languages():
    """Over 25 languages (some 48 named in the module), by marked spellings."""
    surnames = {s for _, s, _, _ in blind.TRANSLITERATIONS_PEOPLE}
    expected = {
        "Arabic": {"Haddad", "Khoury"}, "Russian": {"Belyayev", "Medvedev"}, "Ukrainian": {"Hnatyuk", "Tkachenko"},
        "Belarusian": {"Karatkevich"}, "Chinese": {"Zhou", "Xiong", "Leung"}, "Korean": {"Choi", "Gwak"},
        "Japanese": {"Satō", "Shimizu"}, "Hindi/Bengali/Urdu/Punjabi": {"Mukherjee", "Rahman", "Qureshi", "Grewal"},
        "Tamil": {"Ramasamy", "Murugesan"}, "Sinhala": {"Jayasuriya"}, "Nepali": {"Shrestha"},
        "Greek": {"Dimitriou", "Konstantinou"}, "Persian": {"Hosseini", "Mousavi"},
        "Hebrew/Yiddish": {"Cohen", "Rosenzweig"}, "Turkish": {"Öztürk", "Şahin"}, "Azerbaijani": {"Məmmədov"},
        "Vietnamese": {"Nguyễn", "Huỳnh"}, "Polish": {"Wróblewski", "Szymańska"}, "Czech": {"Dvořák"},
        "Hungarian": {"Szabó", "Fehér"}, "Romanian": {"Țurcanu", "Ștefănescu"}, "Serbian": {"Đorđević"},
        "Bulgarian": {"Zhelev"}, "German": {"Schröder"}, "Icelandic": {"Þórsdóttir"}, "Lithuanian": {"Žemaitis"},
        "Latvian": {"Bērziņa"}, "Thai": {"Wongsawat", "Thongchai"}, "Georgian": {"Beridze", "Kvaratskhelia"},
        "Armenian": {"Hovhannisyan", "Petrosyan"}, "Swahili": {"Shaaban", "Hamisi"},
        "Amharic/Tigrinya": {"Tesfaye", "Habtemariam"}, "Indonesian/Malay": {"Sudjatmiko", "Yaakob"},
        "Yoruba/Hausa": {"Ògúnlèye", "Ɗanjuma"}, "Somali": {"Faarax", "Xasan"}, "Pashto": {"Khattak", "Zadran"},
        "Burmese": {"Thein"}, "Kazakh/Uzbek/Mongolian": {"Nurmagambetov", "Rakhimova", "Ganbaatar"},
        "Tibetan/Kurdish": {"Dorje", "Zebari"},
    }
    for language, names in expected.items():
        assert names <= surnames, language
    assert len(blind.TRANSLITERATIONS_PEOPLE) >= 70
    names = len(blind.TRANSLITERATIONS_PEOPLE)
    assert 0.25 <= names / (names + len(blind.PERSONS)) <= 0.7


def test_figure_conflicts():
    check_figure_conflicts(blind)


def test_figure_sides_are_whole_figures():
    """Each marked side is the figure alone (no stray words), and the two sides are of one family."""
    for seed in SEEDS:
        context = blind.figure_context(random.Random(seed))
        values = {v for k, v in context.items() if k[-1:] in "12" and k[:-1].isalpha()}
        for template in blind.FIGURE_TEMPLATES:
            sides = MARK.findall(" ".join(render(template, context)))
            assert all(side in values for side in sides), (template, sides)
            keys = re.findall(r"\[\[\{(\w+)\}\]\]", " ".join(template))
            assert len(keys) == 2 and keys[0][:-1] == keys[1][:-1] and {keys[0][-1], keys[1][-1]} == {"1", "2"}


def test_extra_figure_families_differ():
    for seed in SEEDS:
        figures = blind.figure_context(random.Random(seed))
        for family in EXTRA_FAMILIES:
            first, second = blind.value_of(figures[family + "1"]), blind.value_of(figures[family + "2"])
            assert first > 0 and second > 0 and abs(first - second) >= 0.2 * max(first, second)


def test_figure_families_are_varied():
    """At least 22 different figure families are used by the conflict templates, hours among them."""
    families = {key[:-1] for t in blind.FIGURE_TEMPLATES for key in re.findall(r"\[\[\{(\w+)\}\]\]", " ".join(t))}
    assert len(families) >= 22 and "hr" in families, families


def _same_words(template: tuple[str, ...]) -> bool:
    """The word after the second number repeats the word after the first (e.g. "sailings" ... "sailings")."""
    after = re.findall(r"\]\]([^.,;:]*)", " ".join(template))
    return after[0].split()[:1] == after[1].lstrip("-").split()[:1] and bool(after[0].split())


def test_figures_restated_in_same_and_other_words_balanced():
    """Roughly half the restatements repeat the first mention's wording, half use other words."""
    same = sum(_same_words(t) for t in blind.FIGURE_TEMPLATES)
    total = len(blind.FIGURE_TEMPLATES)
    assert 0.35 * total <= same <= 0.65 * total, (same, total)
    cues = ("tally", "margin", "total", "capacity", "That ", "that ", "Those ", "its ", "Its ", "Their ", "her ",
            "Her ", "His ", "of them", "in all", "-kilo", "-hectare", "-kilometre", "-year", "-hour", "-day", "-week",
            "-mile", "-minute", "-foot", "haul", "investment", "fall", "seizure", "shortfall", "sell-out",
            "of the workforce", "of registered voters", "of teenagers", "locals", "staff", "posts", "guests",
            "prisoners", "people", "award", "price", "salary", "output", "downpour", "'s ")
    other = [t for t in blind.FIGURE_TEMPLATES if not _same_words(t)]
    assert sum(any(cue in template[-1] for cue in cues) for template in other) >= 0.6 * len(other)


def test_near_misses_render():
    for names, figures in near_miss_contexts(blind):
        assert names["r"].split()[-1] == names["sa"] and names["fr"] != names["fa"]
        assert names["c"] != names["place"] and names["d"] != names["company"]
        assert names["se"] not in names["product"].split() or names["e"] not in names["product"]
        assert names["f"] != names["ship"] and names["f"] not in names["ship"]
        assert int(figures["year"]) == int(figures["prev"]) + 1
        for family in EXTRA_FAMILIES:
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])


def test_name_templates_mark_full_then_variant():
    """The full name is marked first and the variant afterwards, in every name template."""
    for template in blind.NAME_TEMPLATES:
        text = " ".join(template)
        assert text.count("[[{full}]]") == 1 and text.count("[[{var}]]") == 1
        assert text.index("[[{full}]]") < text.index("[[{var}]]")


def test_nothing_shared_with_blind14():
    """No person, surname pair, spelling, place, organisation, role, title or template sentence is shared
    with blind14."""
    previous = load_templates("consistency_templates_blind14")
    assert not {s for _, s, _ in blind.PERSONS} & {s for _, s, _ in previous.PERSONS}
    assert not {f for f, _, _ in blind.PERSONS} & {f for f, _, _ in previous.PERSONS}
    assert not {frozenset(p) for p in blind.TRANSLITERATIONS} & {frozenset(p) for p in previous.TRANSLITERATIONS}
    theirs = {x for p in previous.TRANSLITERATIONS for x in p} | {x for p in previous.LOOKALIKE_SURNAMES for x in p}
    theirs |= {s for _, s, _ in previous.PERSONS}
    theirs |= {s for s, _ in previous.PLACE_SURNAMES + previous.COMPANY_SURNAMES}
    theirs |= {s for s, _ in previous.PRODUCT_SURNAMES + previous.SHIP_SURNAMES}
    mine = {x for p in blind.TRANSLITERATIONS for x in p} | {x for p in blind.LOOKALIKE_SURNAMES for x in p}
    mine |= {s for _, s, _ in blind.PERSONS} | {s for s, _ in blind.PLACE_SURNAMES + blind.COMPANY_SURNAMES}
    mine |= {s for s, _ in blind.PRODUCT_SURNAMES + blind.SHIP_SURNAMES}
    assert not mine & theirs, mine & theirs
    assert not {f for f, _, _, _ in blind.TRANSLITERATIONS_PEOPLE} & {f for f, _, _, _ in previous.TRANSLITERATIONS_PEOPLE}
    assert not {p for _, p in blind.PLACE_SURNAMES} & {p for _, p in previous.PLACE_SURNAMES}
    assert not {c for _, c in blind.COMPANY_SURNAMES} & {c for _, c in previous.COMPANY_SURNAMES}
    assert not {p for _, p in blind.PRODUCT_SURNAMES} & {p for _, p in previous.PRODUCT_SURNAMES}
    assert not {s for _, s in blind.SHIP_SURNAMES} & {s for _, s in previous.SHIP_SURNAMES}
    assert not set(blind.PLACES) & set(previous.PLACES)
    assert not set(blind.ORGANISATIONS) & set(previous.ORGANISATIONS)
    assert not set(blind.ROLES) & set(previous.ROLES)
    assert not set(blind.TITLES_M + blind.TITLES_F) & set(previous.TITLES_M + previous.TITLES_F)
    assert not set(blind.GIVEN_NAMES) & set(previous.GIVEN_NAMES)
    assert not set(blind.FIGURE_PEOPLE) & set(previous.FIGURE_PEOPLE)
    mine_t = blind.NAME_TEMPLATES + blind.FIGURE_TEMPLATES + blind.NAME_NEAR_MISSES + blind.FIGURE_NEAR_MISSES
    theirs_t = (previous.NAME_TEMPLATES + previous.FIGURE_TEMPLATES + previous.NAME_NEAR_MISSES
                + previous.FIGURE_NEAR_MISSES)
    assert not {s for t in mine_t for s in t} & {s for t in theirs_t for s in t}


def test_harness_uses_all_blind15_templates():
    harness = check_harness_split(blind, "blind15")
    assert "blind14" in harness.SPLITS and "blind13" in harness.SPLITS
    assert harness.SPLITS.index("blind15") == harness.SPLITS.index("blind14") + 1


def test_brief_example_pairs_unused():
    """The brief's own example pairs (possibly in earlier sets) are not used here."""
    pairs = {frozenset(p) for p in blind.TRANSLITERATIONS} | {frozenset(p) for p in blind.LOOKALIKE_SURNAMES}
    for pair in (("Mohammed", "Muhammad"), ("Young", "Yang"), ("Tchaikovsky", "Chaikovsky")):
        assert frozenset(pair) not in pairs
    spellings = {x for p in pairs for x in p}
    assert not spellings & {"Mohammed", "Muhammad", "Young", "Yang", "Tchaikovsky", "Chaikovsky"}


def test_figure_templates_restate_one_quantity():
    """No figure template pairs two sides in the same sentence (a restatement comes later in the copy)."""
    for template in blind.FIGURE_TEMPLATES:
        assert all(sentence.count("[[") <= 1 for sentence in template), template


def test_prices_hours_and_large_measures_parse():
    for seed in SEEDS:
        figures = blind.figure_context(random.Random(seed))
        for i in "12":
            assert re.fullmatch(r"\$\d{1,2}\.\d{2}", figures["pr" + i])
            assert 1.5 <= blind.value_of(figures["pr" + i]) <= 18.0
            assert 2 <= blind.value_of(figures["hr" + i]) <= 72
        for family, low, high in (("ft", 1200, 38000), ("lt", 200, 9500), ("tn", 150, 9800)):
            for i in "12":
                assert re.fullmatch(r"\d{1,3}(?:,\d{3})*", figures[family + i])
                assert low <= blind.value_of(figures[family + i]) <= high


def test_ship_and_title_near_misses_present():
    """Ships named like a person, and titled people spelt consistently, are both covered."""
    assert sum("{ship}" in " ".join(t) and "{sf}" in " ".join(t) for t in blind.NAME_NEAR_MISSES) >= 4
    titled = [t for t in blind.NAME_NEAR_MISSES if re.search(r"\b[A-Z][a-z]+\.? \{s[ab]\}", t[0])]
    assert len(titled) >= 5
    for template in titled:
        key = re.search(r"\{(s[ab])\}", template[0]).group(1)
        assert all(f"{{{key}}}" in sentence for sentence in template)


def test_near_miss_kinds_covered():
    """Every near-miss kind of the brief appears: two people, relatives, place, company, product, ship."""
    joined = [" ".join(t) for t in blind.NAME_NEAR_MISSES]
    for key in ("{b}", "{r}", "{place}", "{company}", "{product}", "{ship}"):
        assert sum(key in text for text in joined) >= 4, key
