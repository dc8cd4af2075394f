"""Smoke tests for benchmarks/consistency_injection.py: the templates are well formed, the injection keeps the marks."""

from __future__ import annotations

import random
from types import ModuleType

import pytest

from reliability.corpora import default_data_dir
from tests.conftest import load_benchmark

DATA = default_data_dir()
needs_data = pytest.mark.skipif(
    not (DATA / "buzzfeed_webis_2016" / "data.jsonl").exists(),
    reason=f"the labelled corpora are not at {DATA} (set RELIABILITY_DATA to run this test)",
)


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_benchmark("consistency_injection")


def test_template_counts_and_splits(bench: ModuleType) -> None:
    for kind, (templates, near, _, _) in bench.SETS.items():
        assert len(templates) >= 40 and len(near) >= 25, kind
        for split in bench.SPLITS:
            assert len(bench.split_templates(templates, split)) >= 20
            assert len(bench.split_templates(near, split)) >= 12
        held, dev = bench.split_templates(templates, "held_out"), bench.split_templates(templates, "development")
        assert not set(held) & set(dev) and len(held) + len(dev) == len(templates)


def test_every_template_renders_with_both_sides_marked(bench: ModuleType) -> None:
    rng = random.Random(7)
    for kind, (templates, near, make, make_near) in bench.SETS.items():
        for template in templates:
            for _ in range(25):
                sentences = bench.render(template, make(rng))
                assert 1 <= len(sentences) <= 3
                marks = [mark for sentence in sentences for mark in bench._MARK.findall(sentence)]
                assert len(marks) == 2 and all(mark.strip() for mark in marks), (kind, sentences)
                assert marks[0] != marks[1], (kind, sentences)  # the two sides differ
                assert not any("{" in s or "}" in s or "[[" in bench._MARK.sub("", s) for s in sentences)
        for template in near:
            for _ in range(25):
                sentences = bench.render(template, make_near(rng))
                assert 1 <= len(sentences) <= 3
                assert len([m for s in sentences for m in bench._MARK.findall(s)]) == 2, (kind, sentences)


def test_surname_variants_differ_and_keep_the_initial(bench: ModuleType) -> None:
    rng = random.Random(3)
    for _ in range(500):
        person = bench._person(rng)
        assert person["variant"] != person["surname"]
        if person["source"] != "transliteration":  # a transliteration may change the initial (Qaddafi/Gaddafi)
            assert person["variant"][0] == person["surname"][0]
            assert abs(len(person["variant"]) - len(person["surname"])) <= 1


def test_injection_places_marked_sides_exactly(bench: ModuleType) -> None:
    rng = random.Random(5)
    article = "First sentence here. Second one follows.\n\nA new paragraph starts. It ends here."
    for template in bench.NAME_TEMPLATES + bench.FIGURE_TEMPLATES:
        context = bench.name_context(rng) if "{full}" in "".join(template) else bench.figure_context(rng)
        sentences = bench.render(template, context)
        text, marked, inserted = bench.inject(article, sentences, rng)
        expected = [m for s in sentences for m in bench._MARK.findall(s)]
        assert [text[start:end] for start, end in marked] == expected
        assert [text[start:end] for start, end in inserted] == [bench._MARK.sub(r"\1", s) for s in sentences]


@needs_data
def test_the_benchmark_runs_on_a_few_injections(bench: ModuleType) -> None:
    report = bench.run(DATA, "held_out", 3, 1)
    assert "| name_inconsistency |" in report and "| conflicting_figures |" in report
