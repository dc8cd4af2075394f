"""Readers for the labelled corpora used to train and evaluate the shipped model.

The corpora are not shipped; point ``data_dir`` at a folder laid out like the
project's ``../shared/data`` (one sub-folder per corpus holding ``data.jsonl``).
Each reader returns records ``{"id", "text", "title", "label", "group", "source"}``
with ``label`` 1 for credible and 0 for not credible, deduplicated by text.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["default_data_dir", "read_jsonl", "load_corpus", "CORPORA", "dedupe"]

CORPORA = ("webis", "webis_hyperpartisan", "horne", "semeval", "fakes")
_HYPERPARTISAN = frozenset(
    {"right-wing-news", "eagle-rising", "addicting-info", "freedom-daily", "occupy-democrats", "the-other-98"}
)


def default_data_dir() -> Path:
    """``$RELIABILITY_DATA`` if set, else ``../shared/data`` beside the repository.

    The repository is found from the working directory first (an installed
    package does not live in it), then from this file (an editable install).
    """
    env = os.environ.get("RELIABILITY_DATA")
    if env:
        return Path(env)
    candidates = [Path.cwd().resolve().parent / "shared" / "data", Path(__file__).resolve().parents[3] / "shared" / "data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


#: The byte order marks of UTF-32 and UTF-16 with their codec names, UTF-32 first (UTF-32-LE's
#: mark starts with UTF-16-LE's). Every reader of user files checks them: read as UTF-8, such a
#: file is a NUL between every letter.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_jsonl(path: str | Path, *, errors: str = "strict", replaced: list[int] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, one per non-empty line.

    A line that is not a JSON object raises ``ValueError`` naming its line number in the file.
    Bytes that are not UTF-8 raise ``ValueError`` naming the line too, or with
    ``errors="replace"`` become U+FFFD, as in batch scoring; the numbers of the lines where
    that happened are appended to ``replaced`` when it is given.
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors: expected 'strict' or 'replace', received {errors!r}")
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")  # a leading byte order mark is skipped
                # A UTF-16/32 file: each line read as UTF-8 was "invalid JSON", which hid the cause.
                for mark, encoding in BYTE_ORDER_MARKS:
                    if raw.startswith(mark):
                        name = encoding.upper()
                        raise ValueError(f"line 1: expected UTF-8 text, received {name} (its byte order mark); "
                                         f"convert the file first, e.g. iconv -f {name} -t UTF-8")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                if errors == "strict":
                    raise ValueError(f"line {number}: expected UTF-8 text, received undecodable bytes at byte "
                                     f"{error.start + 1} of the line ({raw[error.start:error.start + 4]!r})") from None
                line = raw.decode("utf-8", errors="replace")
                if replaced is not None:
                    replaced.append(number)
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as error:
                raise ValueError(f"line {number}: expected a JSON object, received invalid JSON ({error})") from None
            if not isinstance(row, dict):
                raise ValueError(f"line {number}: expected a JSON object, received {type(row).__name__}")
            yield row


def _text_key(text: str) -> str:
    # Reposts differ in boilerplate and whitespace; compare the opening letters only.
    letters = re.sub(r"[^a-z0-9]+", "", text.lower())[:600]
    return hashlib.sha1(letters.encode()).hexdigest()


def dedupe(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the first record of each near-identical text; drop texts whose copies disagree on the label."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_key.setdefault(_text_key(record["text"]), []).append(record)
    kept = []
    for group in by_key.values():
        if len({record["label"] for record in group}) == 1:
            kept.append(group[0])
    # By id, for a stable order; records without one (a user's JSONL, which `reliability train`
    # suggests deduplicating with this) raised KeyError: they keep their order, first.
    kept.sort(key=lambda record: str(record.get("id", "")))
    return kept


def load_corpus(name: str, data_dir: str | Path | None = None) -> list[dict[str, Any]]:
    """Load one corpus as binary-labelled, deduplicated records.

    ``webis``: BuzzFeed-Webis 2016, credible = mostly true; not = mostly false + mixture;
    no-factual-content and empty texts dropped. ``webis_hyperpartisan``: the same, six
    hyperpartisan publishers only. ``horne``: Horne & Adali 2017, credible = real; not =
    fake + satire; group = subset (no outlet is given). ``semeval``: SemEval-2019
    hyperpartisan by-article, 1 = not hyperpartisan. ``fakes``: FA-KES, 1 = credible.
    """
    root = Path(data_dir) if data_dir is not None else default_data_dir()
    records: list[dict[str, Any]] = []
    if name in ("webis", "webis_hyperpartisan"):
        for row in read_jsonl(root / "buzzfeed_webis_2016" / "data.jsonl"):
            if row["label"] == "no_factual_content" or not (row.get("text") or "").strip():
                continue
            if name == "webis_hyperpartisan" and row["source"] not in _HYPERPARTISAN:
                continue
            label = 1 if row["label"] == "real" else 0
            records.append(_record(row, label, row["source"]))
    elif name == "horne":
        for row in read_jsonl(root / "horne2017_fakenewsdata1" / "data.jsonl"):
            if not (row.get("text") or "").strip():
                continue
            records.append(_record(row, 1 if row["label"] == "real" else 0, "horne:" + row["subset"]))
    elif name == "semeval":
        for row in read_jsonl(root / "semeval2019_hyperpartisan_byarticle" / "data.jsonl"):
            if not (row.get("text") or "").strip():
                continue
            domain = row.get("source") or row.get("url") or "unknown"
            records.append(_record(row, 1 if row["label"] == "not_hyperpartisan" else 0, str(domain)))
    elif name == "fakes":
        for row in read_jsonl(root / "fakes_syria_2019" / "data.jsonl"):
            if not (row.get("text") or "").strip():
                continue
            records.append(_record(row, 1 if row["label"] == "real" else 0, str(row.get("source") or "unknown")))
    else:
        raise ValueError(f"corpus: expected one of {CORPORA}, received {name!r}")
    return dedupe(records)


def _iso_date(value: object) -> str | None:
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


def _record(row: dict[str, Any], label: int, group: str) -> dict[str, Any]:
    return {
        "id": str(row["id"]),
        "text": row["text"],
        "title": row.get("title"),
        "published": _iso_date(row.get("date")),
        "label": label,
        "group": group,
        "source": row.get("source"),
    }
