"""Where the time of ``score()`` goes: each feature extractor timed apart, and the consistency extractor's name pass.

    python benchmarks/extractor_time.py                 # 800 BuzzFeed-Webis articles, best of 3 passes
    python benchmarks/extractor_time.py --articles 200

Each article's words and sentences are built before timing (a first pass over every extractor), so an
extractor's time is its own; the best of ``--passes`` passes is reported per extractor, in ms per article,
with ``score()`` for scale. Compare two trees by running it in each with ``PYTHONPATH=TREE/src`` (pinned to
one CPU, nothing else running): ``benchmarks/ab_speed.py`` is the measure of record for the whole, this
shows which part moved.
"""

from __future__ import annotations

import argparse
import time

from reliability import score
from reliability.article import Article
from reliability.corpora import load_corpus
from reliability.features import _ALL_EXTRACTORS, _extractor
from reliability.features import consistency


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--passes", type=int, default=3)
    arguments = parser.parse_args()
    texts = [record["text"] for record in load_corpus("webis")][:arguments.articles]
    articles = [Article(text) for text in texts]
    for article in articles:  # words, sentences and every lazily built index, outside the timing
        for name in _ALL_EXTRACTORS:
            _extractor(name)(article)
    timed = {name: _extractor(name) for name in _ALL_EXTRACTORS}
    timed["consistency: name pass"] = consistency._name_conflicts
    best: dict[str, float] = {}
    for _ in range(arguments.passes):
        for name, function in timed.items():
            started = time.perf_counter()
            for article in articles:
                function(article)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - started)
        started = time.perf_counter()
        for text in texts:
            score(text)
        best["score()"] = min(best.get("score()", float("inf")), time.perf_counter() - started)
    print(f"{len(articles)} Webis articles, best of {arguments.passes} passes, ms per article")
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"{name:28s} {seconds * 1000 / len(articles):.3f}")


if __name__ == "__main__":
    main()
