"""Every date conflict the detector reports on the shared corpora's own articles, for reading.

    python benchmarks/date_flags.py [--data DIR] [--without-published]

Each article is analysed with its own publication date where the corpus gives one (BuzzFeed-Webis
gives none, so its references are inferred); with ``--without-published``, every article without it,
as a caller who has only the text would see it. Prints one block per conflict (corpus, article id,
label, publication date, the explanation, and each evidence span in its context) and the count per
corpus. These are unmodified real articles: every flag is either a genuine internal conflict or a
false alarm, and a reader can judge which. Nothing is tuned on the count; the false alarms read on
it are fixed as general rules with their own near-miss tests (``tests/test_real_text_precision19.py``).
"""

from __future__ import annotations

import argparse
import datetime
import re
from pathlib import Path

from reliability.corpora import default_data_dir, load_corpus
from reliability.features.temporal import analyse_dates

CORPORA = ("webis", "horne", "semeval", "fakes")


def _published(record: dict[str, object]) -> datetime.date | None:
    value = record.get("published")
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return datetime.date.fromisoformat(value[:10])
    return None


def flags(data: Path, *, with_published: bool = True) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """The printed blocks, and per corpus (articles, conflicts)."""
    lines: list[str] = []
    counts: dict[str, tuple[int, int]] = {}
    for corpus in CORPORA:
        records = load_corpus(corpus, data)
        found = 0
        for record in records:
            text = str(record.get("text") or "")
            published = _published(record) if with_published else None
            for conflict in analyse_dates(text, published=published).conflicts:
                found += 1
                lines.append(f"{corpus} {record.get('id')} label={record.get('label')} published={published}: "
                              f"{conflict.kind}: {conflict.explanation}")
                for start, end in conflict.spans:
                    context = text[max(0, start - 100):end + 60].replace("\n", " ")
                    lines.append(f"    [{text[start:end]}] ... {context}")
        counts[corpus] = (len(records), found)
    return lines, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--without-published", action="store_true",
                        help="analyse every article without its publication date (references inferred)")
    args = parser.parse_args(argv)
    lines, counts = flags(args.data, with_published=not args.without_published)
    print("\n".join(lines))
    print()
    for corpus, (articles, found) in counts.items():
        print(f"{corpus}: {found} conflicts on {articles} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
