"""The ``reliability`` command: score and explain articles from the shell.

Exit codes: 0 success; 1 some inputs could not be scored (the others are still
printed); 2 usage error (bad option, unreadable model); 130 interrupted (Ctrl-C, or
SIGTERM in batch mode).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from reliability.corpora import BYTE_ORDER_MARKS
from reliability.errors import InputTooLargeError, InvalidArticleError, ReliabilityError

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class _OutputError(Exception):
    """An output file (-o/--output) that cannot be written: reported in one line, exit 2."""


def _write_output(path: str | Path, text: str, option: str = "--output") -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise _OutputError(f"{option}: cannot write {str(path)!r}: {error.strerror}") from error


def _check_output_dir(path: str | None, option: str = "--output") -> None:
    """Fail before any work when the output's folder does not exist (training can take minutes)."""
    if path is not None and path != "-" and not Path(path).absolute().parent.is_dir():
        raise _OutputError(f"{option}: cannot write {path!r}: folder {str(Path(path).parent)!r} does not exist")


def _check_not_an_input(outputs: Sequence[str | Path], inputs: Sequence[tuple[str, str | None]],
                        option: str = "--output") -> None:
    """Refuse to write over a file the command reads (the training data, the model): it was overwritten."""
    for output in outputs:
        for name, path in inputs:
            try:
                same = path is not None and os.path.exists(output) and os.path.samefile(output, path)
            except OSError:
                same = False
            if same:
                raise _OutputError(f"{option}: expected a file other than the {name}, received {str(output)!r}, "
                                   f"which would overwrite it")


#: Bytes of a file (characters of stdin) read before it is refused as too large, whatever --max-chars is.
_READ_AT_LEAST = 64 * 1024 * 1024


#: Binary document formats that users pass for "the article": (leading bytes, what it is, what to do).
_DOCUMENT_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", "extract its text first (e.g. pdftotext FILE.pdf FILE.txt) and score that"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx, OpenDocument or EPUB file is one)",
     "save or export the article as plain text (.txt) and score that"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 document (a Word .doc or Excel .xls file)",
     "save or export the article as plain text (.txt) and score that"),
    (b"\x1f\x8b", "gzip-compressed data", "decompress it first (e.g. gunzip)"),
)


def _read(path: str, stdin: TextIO, max_chars: int, stderr: TextIO | None = None) -> str:
    """The text of ``path`` (``-``: stdin), read no further than ``max_chars`` can allow.

    Invalid UTF-8 is replaced (U+FFFD), with a warning on ``stderr`` when given.

    Read whole, ``/dev/zero`` or an endless pipe filled memory until a MemoryError, and a
    file of gigabytes was loaded only to be refused by ``score()``.
    """
    binary = None if path != "-" else getattr(stdin, "buffer", None)
    if path == "-" and binary is None:  # a text stream without bytes beneath (io.StringIO)
        # Up to max_chars (or 64 Mi characters, for a small max_chars) the text is read and
        # score() names its exact length.
        limit = max(max_chars, _READ_AT_LEAST)
        text = stdin.read(limit + 1)
        if len(text) > limit:
            raise InputTooLargeError(f"text: expected at most {max_chars:,} characters (max_chars), received "
                                     f"more than {limit:,}")
        return text
    # A UTF-8 character takes at most 4 bytes (an undecodable byte becomes one U+FFFD), so
    # more bytes than that are more characters than max_chars; up to that (or 64 MiB) the
    # text is read and score() names its exact length.
    limit = max(4 * max_chars, _READ_AT_LEAST)
    if binary is not None:
        # stdin's bytes, decoded as a file's are: its text layer turned invalid UTF-8 into
        # surrogate escapes (sys.stdin's errors="surrogateescape"), which no UTF-8 output can hold
        # (`printf 'caf\xe9 ...' | reliability report - -o r.html` died with UnicodeEncodeError).
        data = binary.read(limit + 1)
    else:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    if len(data) > limit:
        received = "a file of" if binary is None else "stdin of"
        raise InputTooLargeError(f"text: expected at most {max_chars:,} characters (max_chars), received {received} "
                                 f"more than {limit:,} bytes")
    # A byte order mark names UTF-16 or UTF-32 (Windows Notepad's "Unicode"): read as UTF-8, every
    # letter was a word between NUL bytes, and seed 002 saved that way scored 0.95 "credible"
    # with 4,171 words instead of 0.79 with 698. UTF-32's marks start with UTF-16's: tried first.
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data[len(mark):].decode(encoding, errors="replace")
    # A PDF or an office document is not text: decoded as UTF-8 it was scored, a stored (uncompressed)
    # Word file 0.75 "credible", a PDF "insufficient text" with a hint that it was a Latin-1 file.
    for signature, kind, hint in _DOCUMENT_SIGNATURES:
        if data.startswith(signature):
            raise InvalidArticleError(f"text: expected plain text (UTF-8) or an HTML page, received {kind}; "
                                      f"{hint}")
    # Invalid UTF-8 is replaced (U+FFFD), not fatal: web text is often mis-encoded; but not silently.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        if stderr is not None:
            name = "stdin" if path == "-" else path
            stderr.write(f"reliability: warning: {name}: not valid UTF-8 (first at byte {error.start:,}); "
                         f"{text.count(chr(0xFFFD)) - data.decode('utf-8', 'ignore').count(chr(0xFFFD)):,} "
                         "undecodable sequences were replaced with U+FFFD (a Latin-1 or Windows-1252 file?)\n")
        return text


def _fit_reasons(reasons: str, width: int = 60) -> str:
    """As many whole reasons as fit in ``width`` characters, ending in ", …" when some are left out."""
    if len(reasons) <= width:
        return reasons
    kept: list[str] = []
    for reason in reasons.split(", "):
        if len(", ".join([*kept, reason, "…"])) > width:
            break
        kept.append(reason)
    return ", ".join([*kept, "…"])


def _format_table(rows: list[dict[str, Any]]) -> str:
    from reliability.explain import format_credibility

    header = f"{'credibility':>11}  {'label':<17} {'words':>6}  {'top reasons':<60} file"
    lines = [header, "-" * len(header)]
    for row in rows:
        if "error" in row:
            # Cut visibly: "received 4,077" cut at 60 characters read "received 4".
            error = row["message"] if len(row["message"]) <= 60 else row["message"][:59] + "…"
            lines.append(f"{'-':>11}  {'error':<17} {'':>6}  {error:<60} {row['path']}")
            continue
        credibility = "-" if row["credibility"] is None else format_credibility(row["credibility"])
        lines.append(
            f"{credibility:>11}  {row['label']:<17} {row['word_count']:>6}  {_fit_reasons(row['reasons']):<60} {row['path']}"
        )
    return "\n".join(lines)


# JSON leaves these unescaped, yet str.splitlines() (and so many JSONL readers) breaks lines at them.
_LINE_BREAKS_JSON_KEEPS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
# A lone surrogate ("\ud800" in an input JSON string: valid JSON, e.g. a cut emoji) has no UTF-8
# encoding: writing it stopped a batch run with a UnicodeEncodeError, losing the rows not yet
# flushed. Written as the JSON escape it came in as (inside a CSV field, the same six characters).
_SURROGATES_ESCAPED = {code: f"\\u{code:04x}" for code in range(0xD800, 0xE000)}
_LINE_BREAKS_JSON_KEEPS.update(_SURROGATES_ESCAPED)


# str.translate looks every character up (1.7 ms for a 25,000-character answer, more than scoring
# it): a search in C finds the rare texts that need it first.
_NEEDS_ESCAPING = re.compile("[\x85\u2028\u2029\ud800-\udfff]")


def _escaped(text: str, table: Mapping[int, str]) -> str:
    return text.translate(table) if _NEEDS_ESCAPING.search(text) else text


def _jsonl_line(row: Any) -> str:
    """One JSON Lines record that every line splitter sees as one line."""
    return _escaped(json.dumps(row, ensure_ascii=False), _LINE_BREAKS_JSON_KEEPS) + "\n"


def _reasons(assessment: Any, top: int = 3) -> str:
    ranked = sorted(assessment.details, key=lambda item: -abs(item.contribution))[:top]
    return ", ".join(f"{item.feature} {item.contribution:+.2f}" for item in ranked) or "(not judged)"


def _score_paths(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    if args.input is not None or not args.paths:
        return _score_batch(args, stdout, stderr, stdin)
    for option, given in (("--output", args.output is not None), ("--resume", args.resume), ("--jobs", args.jobs != 1)):
        if given:  # would otherwise be ignored: the table goes to stdout, no file is written
            stderr.write(f"reliability: {option}: applies to batch mode (--input DATA.jsonl|DATA.csv); with PATH "
                         "arguments the results go to stdout (--json, --jsonl)\n")
            return EXIT_USAGE
    failed = 0
    rows: list[dict[str, Any]] = []
    for path in args.paths:
        extracted: dict[str, Any] = {}
        try:
            assessment, _, page = _score_input(path, args, stdin, stderr)
            if page is not None:
                extracted = {"extracted": page.article.to_dict()}
        # Error rows have the shape of batch mode's and the HTTP API's: "error" names the kind,
        # "message" says what happened (here "error" held the message, and no "message" key).
        except OSError as error:
            failed += 1
            rows.append({"path": path, "error": type(error).__name__, "message": f"cannot read: {error.strerror}"})
            continue
        except ReliabilityError as error:
            failed += 1
            rows.append({"path": path, "error": type(error).__name__, "message": str(error)})
            continue
        if args.json or args.jsonl:
            rows.append({"path": path, **assessment.to_dict(), **extracted})
        else:
            rows.append({"path": path, "credibility": assessment.credibility, "label": assessment.label,
                         "word_count": assessment.word_count, "reasons": _reasons(assessment),
                         "flags": assessment.flags})
    if args.jsonl:
        for row in rows:
            stdout.write(_jsonl_line(row))
    elif args.json:
        stdout.write(json.dumps(rows if len(rows) != 1 else rows[0], ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(_format_table(rows) + "\n")
        # Why a text was not judged, or why its score is an extrapolation (a flag on a judged text).
        flagged = [(row["path"], flag) for row in rows for flag in row.get("flags", ())]
        if flagged:
            stdout.write("\nFlags:\n" + "".join(f"  {path}: {flag}\n" for path, flag in flagged))
        stdout.write("\nScores measure credibility signals in the writing, not whether the claims are true.\n")
    for row in rows:
        if "error" in row:
            stderr.write(f"reliability: {row['path']}: {row['message']}\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _scoring_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options shared by every command that scores one article."""
    return {"title": args.title, "published": args.published, "prior": args.prior, "model": args.model,
            "min_words": args.min_words, "max_chars": args.max_chars, "check_language": args.check_language}


def _explain(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    if args.extra_paths:
        stderr.write(f"reliability explain: expected one PATH, received {1 + len(args.extra_paths)}; explain articles "
                     "one at a time, or use `reliability score --jsonl` for several\n")
        return EXIT_USAGE
    try:
        assessment, text, _ = _score_input(args.path, args, stdin, stderr)
    except OSError as error:
        stderr.write(f"reliability: {args.path}: cannot read: {error.strerror}\n")
        return EXIT_SOME_FAILED
    except ReliabilityError as error:
        stderr.write(f"reliability: {args.path}: {error}\n")
        return EXIT_SOME_FAILED if not isinstance(error, ImportError) else EXIT_USAGE
    stdout.write(assessment.explain(top=args.top, source_text=text,
                                    max_spans=None if args.all_evidence else args.max_spans) + "\n")
    return EXIT_OK


def _features(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    from reliability.features import FEATURES

    for spec in FEATURES:
        stdout.write(f"{spec.name:<28} {spec.family:<16} {spec.unit:<16} {spec.description}\n")
    return EXIT_OK


def _label_value(value: Any) -> str | None:
    """A label as ``--positive`` spells it (JSON spelling for non-strings: ``true``, ``1``, ``0.5``);
    None when the record has no usable label (missing, null, blank, a list or an object)."""
    if value is None or isinstance(value, (list, dict)):
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    return json.dumps(value)


def _file_fingerprint(path: str) -> dict[str, Any]:
    """The size and SHA-256 of a file: what `evaluate` recognises a model's training data by."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"training_data_bytes": os.path.getsize(path), "training_data_sha256": digest.hexdigest()}


def _warn_duplicates(records: list[dict[str, Any]], stderr: TextIO, command: str) -> None:
    """Say when texts repeat: copies on both sides of a fold inflate every cross-validated figure."""
    from reliability.corpora import _text_key

    first_label: dict[str, int] = {}
    repeats = conflicting = 0
    for record in records:
        key = _text_key(record["text"])
        if key in first_label:
            repeats += 1
            conflicting += first_label[key] != record["label"]
        else:
            first_label[key] = record["label"]
    if repeats:
        stderr.write(f"reliability {command}: warning: {repeats} records repeat the text (its first 600 letters and "
                     f"digits) of an earlier record, {conflicting} of them with the other label; copies on both sides "
                     "of a fold inflate cross-validated figures: deduplicate first (reliability.corpora.dedupe keeps "
                     "one copy and drops texts whose copies disagree)\n")


def _labelled_records(args: argparse.Namespace, stderr: TextIO, command: str) -> tuple[list[dict[str, Any]], int] | None:
    """Records ``{text, title, label (1 = credible), group}`` from a labelled JSONL; None after an error message."""
    from reliability.article import parse_published
    from reliability.corpora import read_jsonl

    positive = set(args.positive)
    bad_dates = 0
    spellings: set[str] = set()
    label_class: dict[str, int] = {}
    records: list[dict[str, Any]] = []
    skipped = 0
    no_text = no_label = no_group = 0
    seen_labels: dict[str, int] = {}
    replaced: list[int] = []
    try:
        # Bytes that are not UTF-8 are replaced (U+FFFD) and reported, as in batch scoring:
        # one mis-encoded article does not stop a training run.
        for row in read_jsonl(args.data, errors="replace", replaced=replaced):
            text = row.get(args.text_field)
            label = _label_value(row.get(args.label))
            if not isinstance(text, str) or not text.strip() or label is None:
                # A missing, null or empty label is no label: counted as "not credible" it
                # silently turned unlabelled articles into negatives.
                skipped += 1
                no_text += not isinstance(text, str) or not text.strip()
                no_label += label is None
                continue
            seen_labels[label] = seen_labels.get(label, 0) + 1
            if args.group and row.get(args.group) in (None, ""):
                no_group += 1
            # The publication date, as `score --input` reads it (--date-field): without it the date
            # features were measured one way in training and evaluation and another when scoring.
            published = row.get(args.date_field) or None
            if published is not None:
                try:
                    parse_published(published)
                except ReliabilityError:
                    bad_dates += 1
                    published = None
            python_spelling = str(row[args.label])  # "True" for JSON true: accepted too, as before
            spellings.update((label, python_spelling))
            label_class[label] = 1 if label in positive or python_spelling in positive else 0
            records.append({
                "text": text,
                "title": row.get(args.title_field) if isinstance(row.get(args.title_field), str) else None,
                "published": published,
                "label": label_class[label],
                # Missing and empty alike: the one outlet named 'None' that the warning below announces.
                "group": (str(row[args.group]) if row.get(args.group) not in (None, "") else "None") if args.group else None,
            })
    except OSError as error:
        stderr.write(f"reliability {command}: {args.data}: cannot read: {error.strerror}\n")
        return None
    except ValueError as error:
        stderr.write(f"reliability {command}: {args.data}: {error}\n")
        return None
    labels = sorted({record["label"] for record in records})
    if len(records) < 20 or len(labels) < 2:
        values = ", ".join(f"{value!r} ({count})" for value, count in sorted(seen_labels.items())[:10]) or "none"
        stderr.write(f"reliability {command}: need at least 20 usable records with both classes; got {len(records)} "
                     f"({sum(record['label'] for record in records)} matching --positive {' '.join(args.positive)}); {skipped} skipped: "
                     f"{no_text} without a text in --text-field {args.text_field!r}, {no_label} without a "
                     f"value in --label {args.label!r} (missing, null, empty or not a single value); label "
                     f"values found: {values}\n")
        return None
    if no_group == len(records):
        stderr.write(f"reliability {command}: --group {args.group!r}: expected a field naming the outlet, found in "
                     f"none of the {len(records)} records; name the outlet field, or leave --group out\n")
        return None
    if no_group:
        stderr.write(f"reliability {command}: warning: --group {args.group!r} is missing or empty in {no_group} of "
                     f"{len(records)} records; they are treated as one outlet named 'None'\n")
    # How every label value was read: a typo ("Real", "real ") silently joins the other class.
    credible = [value for value in sorted(seen_labels) if label_class[value]]
    other = [value for value in sorted(seen_labels) if not label_class[value]]
    stderr.write(f"reliability {command}: labels: credible (1) = "
                 + ", ".join(f"{value!r} ({seen_labels[value]})" for value in credible)
                 + "; not credible (0) = " + ", ".join(f"{value!r} ({seen_labels[value]})" for value in other[:20])
                 + (f", ... ({len(other) - 20} more values)" if len(other) > 20 else "") + "\n")
    unmatched = sorted(positive - spellings)
    if unmatched:
        stderr.write(f"reliability {command}: warning: --positive {' '.join(map(repr, unmatched))} matched no "
                     "record's label\n")
    _warn_duplicates(records, stderr, command)
    if bad_dates:
        stderr.write(f"reliability {command}: warning: {bad_dates} records have a --date-field {args.date_field!r} that "
                     "is not an ISO 8601 date (e.g. 2024-06-19); they are used without a date\n")
    if replaced:
        lines = ", ".join(map(str, replaced[:10])) + (", ..." if len(replaced) > 10 else "")
        stderr.write(f"reliability {command}: warning: {len(replaced)} lines hold bytes that are not UTF-8, read as "
                     f"U+FFFD (line {lines})\n")
    if skipped:
        stderr.write(f"reliability {command}: warning: skipped {skipped} records: {no_text} without a text in "
                     f"--text-field {args.text_field!r}, {no_label} without a value in --label {args.label!r} "
                     "(missing, null, empty or not a single value)\n")
    return records, skipped


_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def _is_html_path(path: str) -> bool:
    """Whether ``score``, ``explain`` and ``report`` read ``path`` as a web page (by its suffix)."""
    return path.lower().endswith(_HTML_SUFFIXES)


# A text that opens as a web page does ("<!DOCTYPE html", "<html>", perhaps after a byte order
# mark, blank lines or one comment), whatever its name says: stdin (`curl -s URL | reliability
# score -`) or a page saved as .txt. Scored as prose, its tags, scripts and menus were words.
# Bounded repeats, and match() only at the start: constant time on any input.
_HTML_DOCUMENT_RE = re.compile(r"\ufeff?\s{0,256}(?:<!--[^>]{0,256}-->\s{0,256})?<(?:!doctype\s{1,16}html|html)[\s>]",
                               re.IGNORECASE)


def _score_input(path: str, args: argparse.Namespace, stdin: TextIO, stderr: TextIO) -> tuple[Any, str, Any]:
    """Score one input of ``score``, ``explain`` or ``report``: (assessment, its text, the page or None).

    A path with an HTML suffix, or a text that opens as an HTML document, is read as a web page
    (its main text extracted); anything else is the article's text. The assessment's offsets
    index the returned text.
    """
    from reliability.api import score

    if _is_html_path(path):
        page = _score_page(path, args)
        return page.assessment, page.text, page
    text = _read(path, stdin, args.max_chars, stderr)
    if _HTML_DOCUMENT_RE.match(text):
        from reliability.html_input import score_html

        stderr.write(f"reliability: {'stdin' if path == '-' else path}: read as an HTML page (it opens as one); "
                     "its main text is scored\n")
        page = score_html(text, **_scoring_options(args))
        return page.assessment, page.text, page
    return score(text, **_scoring_options(args)), text, None


def _positionals_after_positive(args: argparse.Namespace) -> str | None:
    """Give back the files that ``--positive VALUE...`` swallowed when it came before them.

    ``train --label L --positive true data.jsonl`` parses ``data.jsonl`` as a second label
    value. The missing positionals are taken from the end of the values, as long as each is
    a file that exists (or, for the model, the name ``default``): a label value is never a
    file path in practice, and a wrong guess would fail on reading the file anyway. Returns
    the problem to report, or None.
    """
    from reliability.model import names_shipped_model

    names = ["model", "data"] if args.command == "evaluate" else ["data"]
    unset = [name for name in names if getattr(args, name) is None]
    missing = list(unset)
    values = list(args.positive)
    taken: list[str] = []
    while missing and len(values) > 1:
        candidate = values[-1]
        is_model = missing == ["model"] and names_shipped_model(candidate)
        if not (os.path.isfile(candidate) or candidate == "-" or is_model):
            break
        taken.insert(0, values.pop())
        missing.pop()
    if missing:
        wanted = " ".join("MODEL.json" if name == "model" else "DATA.jsonl" for name in names)
        if len(values) > 1 and os.path.splitext(values[-1])[1].lower() in (".jsonl", ".json", ".csv", ".gz"):
            return (f"expected {wanted}: {values[-1]!r} (read as a value of --positive) is not a file; "
                    f"check the path, or put the files before --positive")
        return f"expected {wanted} (missing: {', '.join(missing)})"
    for name, value in zip(unset, taken):
        setattr(args, name, value)
    args.positive = values
    return None


def _train(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    import numpy as np
    from threadpoolctl import threadpool_limits

    from reliability.evaluation import cross_validate
    from reliability.training import (
        DEFAULT_MODEL_FEATURES,
        feature_matrix,
        fit_model,
        fit_model_with_vocabulary,
        model_card,
        selection_protocol,
        vocabulary_counts,
    )

    _check_output_dir(args.output)
    _check_not_an_input([args.output, Path(args.output).with_name(Path(args.output).stem + ".card.md")],
                        [("training data", args.data)], "-o/--output")
    loaded = _labelled_records(args, stderr, "train")
    if loaded is None:
        return EXIT_USAGE
    records, skipped = loaded
    y = np.array([record["label"] for record in records])
    groups = np.array([record["group"] for record in records]) if args.group else None
    features = list(DEFAULT_MODEL_FEATURES)
    raw = feature_matrix(records, features)
    counts = None
    directions: dict[str, int] | None = {} if args.free_signs else None  # None: EXPECTED_DIRECTIONS
    selection = selection_protocol(y, groups)
    if selection.startswith("no cross-validation"):
        stderr.write(f"reliability train: warning: {selection}: the model is neither tuned nor calibrated; "
                     "the model card says so\n")
    elif groups is not None and selection.startswith("stratified"):
        stderr.write(f"reliability train: warning: --group {args.group!r}: C is chosen under {selection}, not "
                     "grouped cross-validation; the model card says so\n")
    try:
        with threadpool_limits(limits=1):  # small models fitted many times: BLAS threads only contend
            options: dict[str, Any] = {
                "features": features, "name": Path(args.output).stem, "max_dominance": args.max_dominance,
                "directions": directions,
                "metadata": {"training_data": str(args.data), **_file_fingerprint(args.data),
                             "label_field": args.label,
                             "positive_values": sorted(set(args.positive)), "group_field": args.group,
                             "date_field": args.date_field,
                             "model_selection": selection},
            }
            if args.word_choice:
                counts = vocabulary_counts(records)  # once, for the model and the card's cross-validation
                model = fit_model_with_vocabulary(records, raw, y, groups, counts=counts, **options)
            else:
                model = fit_model(raw, y, groups, **options)
    except ValueError as error:
        stderr.write(f"reliability train: {error}\n")
        return EXIT_USAGE
    _write_output(args.output, model.to_json())
    card_path = Path(args.output).with_name(Path(args.output).stem + ".card.md")
    metrics = None
    if not args.no_cv:
        # The card's figures: the same recipe refitted on grouped folds (stratified without --group).
        # When the grouped split cannot run (its folds would train on one class), the card gets the
        # random split, and says so, rather than no figures at all.
        candidates = ["grouped", "random"] if groups is not None and len(set(groups.tolist())) >= 2 else ["random"]
        problems: list[str] = []
        for split in candidates:
            try:
                cv = cross_validate(records, groups=groups, features=features, raw=raw, models=("ours",),
                                    splits=(split,), n_resamples=args.bootstrap, max_dominance=args.max_dominance,
                                    word_choice=args.word_choice, counts=counts, directions=directions)
            except ValueError as error:
                problems.append(str(error))
                continue
            entry = cv["splits"][0]
            metrics = {"protocol": f"{entry['split']}: {entry['description']}"
                       + (f" (the grouped split could not run: {problems[0]})" if problems else ""),
                       **entry["models"]["ours"]}
            break
        if metrics is None:
            stderr.write(f"reliability train: no cross-validated metrics for the card ({'; '.join(problems)})\n")
        elif problems:
            stderr.write(f"reliability train: warning: the card's metrics come from the random split; the grouped "
                         f"split could not run ({problems[0]})\n")
    _write_output(card_path, model_card(model, metrics))
    stdout.write(f"trained on {len(records)} records ({int(y.sum())} credible, {skipped} skipped); wrote {args.output} "
                 f"and {card_path}\n")
    if metrics:
        stdout.write(f"{metrics['protocol']}: ROC-AUC {metrics['auc']:.3f}, Brier {metrics['brier']:.3f}, "
                     f"ECE {metrics['ece']:.3f}\n")
    return EXIT_OK


def _finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float as None: strict JSON has no NaN (an AUC of one class)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


#: Fewer records than this in the smaller class make `evaluate` warn.
SMALL_CLASS = 30


def _evaluate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    import numpy as np

    from reliability.evaluation import cross_validate, evaluate, evaluation_markdown

    _check_output_dir(args.output)
    if args.output:
        _check_not_an_input([args.output], [("evaluation data", args.data), ("model file", args.model_path)])
    loaded = _labelled_records(args, stderr, "evaluate")
    if loaded is None:
        return EXIT_USAGE
    records, skipped = loaded
    smaller = min(sum(1 for record in records if record["label"] == 1), sum(1 for record in records if record["label"] == 0))
    if smaller < SMALL_CLASS:
        stderr.write(f"reliability evaluate: warning: only {smaller} records in the smaller class: every figure is "
                     "uncertain (see the intervals)" + (", and the baselines refitted by --cv on so few examples can "
                     "land far from 0.5, even below it" if args.cv else "") + "\n")
    trained_on = args.model.metadata.get("training_data")
    try:
        same = isinstance(trained_on, str) and os.path.samefile(trained_on, args.data)
    except OSError:
        same = False
    # The recorded path is relative to where `train` ran: from another folder (or for a copy of
    # the file) it names nothing, and the in-sample figures came without the warning.
    recorded = {key: args.model.metadata.get(key) for key in ("training_data_bytes", "training_data_sha256")}
    if not same and recorded["training_data_sha256"] is not None:
        try:
            if os.path.getsize(args.data) == recorded["training_data_bytes"]:
                same = _file_fingerprint(args.data) == recorded
        except OSError:
            pass
    if getattr(args, "model_is_default", False):
        stderr.write("reliability evaluate: note: the shipped model was trained on all of BuzzFeed-Webis 2016 and "
                     "Horne 2017: figures on those articles are in-sample and optimistic (benchmarks/quality.py "
                     "gives its cross-validated ones)\n")
    if same:
        stderr.write(f"reliability evaluate: warning: {args.data} is the model's own training data (the file its "
                     "metadata names, or a copy): these in-sample figures are optimistic; evaluate on held-out data, "
                     "or use --cv, which refits on training folds\n")
    groups = [record["group"] for record in records] if args.group else None
    try:
        result = evaluate(args.model, records, groups=groups, prior=args.prior, n_resamples=args.bootstrap)
        cv = None
        if args.cv:
            # Refit the recipe of the model under evaluation: its features and its sign
            # constraints (none recorded: fitted with free signs, e.g. --free-signs).
            constraints = args.model.metadata.get("sign_constraints")
            directions = dict(constraints) if isinstance(constraints, Mapping) else {}
            cv = cross_validate(records, groups=None if groups is None else np.array(groups),
                                features=list(args.model.feature_names), n_resamples=args.bootstrap,
                                word_choice=args.model.vocabulary is not None, directions=directions)
    except ValueError as error:
        stderr.write(f"reliability evaluate: {error}\n")
        return EXIT_USAGE
    for entry in (cv or {}).get("skipped_splits", []):
        stderr.write(f"reliability evaluate: warning: --cv: the {entry['split']} split was not run: {entry['reason']}\n")
    result.pop("predictions", None)
    title = f"Evaluation of {args.model.name} on {Path(args.data).name}"
    if args.output and args.output.lower().endswith(".json"):  # REPORT.JSON is JSON too, not Markdown
        text = json.dumps(_finite({"evaluation": result, "cross_validation": cv, "skipped": skipped}), indent=1,
                          default=lambda value: None, allow_nan=False) + "\n"
    else:
        text = evaluation_markdown(result, cv, title=title)
    if args.output:
        _write_output(args.output, text)
        stdout.write(f"evaluated {len(records)} records ({skipped} skipped); wrote {args.output}\n")
    else:
        stdout.write(text)
    return EXIT_OK


# --- HTML pages, the HTML report, the HTTP server and batch scoring (issue 7) ---

def _score_page(path: str, args: argparse.Namespace) -> Any:
    from reliability.html_input import score_html

    return score_html(Path(path).read_bytes(), **_scoring_options(args))


def _report(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    if args.output != "-":
        _check_not_an_input([args.output], [("article", None if args.path == "-" else args.path)], "-o/--output")

    try:
        assessment, text, page = _score_input(args.path, args, stdin, stderr)
        document = page.to_html() if page is not None else assessment.to_html(text, args.title)
    except OSError as error:
        stderr.write(f"reliability: {args.path}: cannot read: {error.strerror}\n")
        return EXIT_SOME_FAILED
    except ReliabilityError as error:
        stderr.write(f"reliability: {args.path}: {error}\n")
        return EXIT_SOME_FAILED if not isinstance(error, ImportError) else EXIT_USAGE
    if args.output == "-":
        stdout.write(document)
    else:
        _write_output(args.output, document)
        stderr.write(f"wrote {args.output}\n")
    return EXIT_OK


def _serve(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    import socket

    # A port already in use made uvicorn exit with its own code 3 after a log line; say so
    # plainly, with the documented usage exit code, before starting it.
    try:
        infos = socket.getaddrinfo(args.host, args.port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as error:
        stderr.write(f"reliability serve: cannot listen on {args.host}:{args.port}: "
                     f"{error.strerror or error} (another server there? choose --port)\n")
        return EXIT_USAGE
    try:
        from reliability.server import serve

        serve(args.host, args.port, max_body_bytes=args.max_body_bytes)
    except ReliabilityError as error:  # the [serve] extra is missing
        stderr.write(f"reliability: {error}\n")
        return EXIT_USAGE
    return EXIT_OK


def _add_batch_options(command: argparse.ArgumentParser) -> None:
    batch = command.add_argument_group("batch mode (--input): stream a JSONL or CSV file of articles")
    batch.add_argument("--input", metavar="DATA.jsonl|DATA.csv", help="articles, one per line or CSV row")
    batch.add_argument("--output", metavar="SCORES.jsonl|SCORES.csv",
                       help="results, written incrementally (default: JSONL on stdout)")
    batch.add_argument("--text-field", default="text", help="field holding the body (default: text)")
    batch.add_argument("--title-field", default="title", help="field holding the headline (default: title)")
    batch.add_argument("--date-field", default="published",
                       help="field holding the date (default: published; only this field is read, whereas "
                            "score_many() in Python also reads 'date' when 'published' is absent)")
    batch.add_argument("--id-field", default="id",
                       help="field identifying a record (default: id; missing ids become 'record N')")
    batch.add_argument("--resume", action="store_true", help="skip ids already present in --output")
    batch.add_argument("--batch-size", type=int, default=64, help="records per flush to disk (default: 64)")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    batch.add_argument("--jobs", type=int, default=1,
                       help="worker processes scoring in parallel, rows still written in input order "
                            "(default: 1; -1 = every core)")


EXIT_INTERRUPTED = 130  # the shell's convention for SIGINT

_CSV_COLUMNS = ("id", "credibility", "label", "logit", "word_count", "top_reasons", "flags", "error", "message")


class _BatchUsageError(Exception):
    """A batch option or file problem that stops the run before any record is scored."""


class InvalidRecordError(ValueError):
    """A batch record that cannot be scored (not a JSON object, no usable body): an error row, never a stop."""


def _table_format(path: str, option: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise _BatchUsageError(f"{option}: expected a .jsonl or .csv file, received {path!r}")


def _bounded_lines(handle: Any, limit: int, position: list[int]) -> Any:
    """Yield each line of a binary file, or None for a line longer than ``limit`` bytes.

    A longer line is skipped in 1 MiB pieces, never held whole: one runaway line (a file
    with no line breaks) cannot fill memory.
    """
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        position[0] += len(raw)
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
            if not raw:
                break
            position[0] += len(raw)
        yield None


def _iter_records(path: str, fmt: str, position: list[int], max_chars: int = 20_000_000,
                  delimiter: str = ",") -> Any:
    """Yield ``(number, record or None, problem or None)`` streaming; ``position[0]`` counts bytes read."""
    import csv

    with open(path, "rb") as handle:
        if fmt == "jsonl":
            # ``number`` counts non-blank lines (it names records without an id: "record N");
            # messages give the physical line of the file, which an editor shows.
            number = 0
            # A record holds at most max_chars characters of text: 8 bytes each covers UTF-8 and
            # JSON escapes ("\u00e9" is 6 bytes), plus 1 MiB for the other fields.
            limit = 8 * max_chars + (1 << 20)
            for line_number, raw in enumerate(_bounded_lines(handle, limit, position), 1):
                if raw is None:
                    number += 1
                    yield number, None, (f"line {line_number}: expected at most {limit:,} bytes per line "
                                         f"(8 x --max-chars + 1 MiB), received more; the line was skipped")
                    continue
                if line_number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark, as for CSV
                if not raw.strip():
                    continue
                number += 1
                try:
                    record = json.loads(raw.decode("utf-8", errors="replace"))
                except ValueError as error:
                    yield number, None, f"line {line_number}: expected a JSON object, received invalid JSON ({error})"
                    continue
                if not isinstance(record, dict):
                    yield number, None, f"line {line_number}: expected a JSON object, received {type(record).__name__}"
                    continue
                yield number, record, None
            return

        # As for JSONL: a physical line is read at most this long, so a file with no line
        # breaks cannot fill memory. CSV doubles quotes, so 8 bytes a character still covers it.
        limit = 8 * max_chars + (1 << 20)
        skipped: list[int] = []  # physical lines skipped as too long, not yet reported

        def lines() -> Any:
            first = True
            for line_number, raw in enumerate(_bounded_lines(handle, limit, position), 1):
                if raw is None:
                    skipped.append(line_number)
                    yield "\n"  # a blank line, which the reader passes over
                    continue
                line = raw.decode("utf-8", errors="replace")
                yield line.removeprefix("\ufeff") if first else line
                first = False

        # Article bodies exceed the csv module's default 128 KiB field limit.
        csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))
        reader = csv.DictReader(lines(), delimiter=delimiter)
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                row = None
            except csv.Error as error:
                row = error
            # Lines skipped while the reader looked for this row are reported before it, in order.
            for line_number in skipped:
                number += 1
                yield number, None, (f"row {number} (line {line_number}): expected at most {limit:,} bytes per line "
                                     f"(8 x --max-chars + 1 MiB), received more; the line was skipped")
            skipped.clear()
            if row is None:
                return
            number += 1
            if isinstance(row, csv.Error):
                yield number, None, f"row {number}: expected a CSV row, received an unreadable one ({row})"
                continue
            yield number, row, None


_MAX_CSV_HEADER_BYTES = 1 << 20


#: Column separators tried, in order, when --text-field is not a column of the comma-split header:
#: Excel writes ";" where the decimal mark is a comma (most of Europe), and "\t" for "Text (Tab delimited)".
_CSV_DELIMITERS = (",", ";", "\t", "|")


def _check_csv_header(path: str, text_field: str, stderr: TextIO | None = None) -> str:
    """A CSV names its columns up front: a --text-field that is not one of them fails now, not once per row.

    Returns the column separator: a comma, or the first of ``_CSV_DELIMITERS`` whose split of the
    header names ``text_field`` (said on ``stderr``); an Excel CSV with ";" was refused as having
    no column 'text' although its header was ``id;title;text``.
    """
    import csv

    with open(path, "rb") as handle:
        raw = handle.readline(_MAX_CSV_HEADER_BYTES + 1)
    if len(raw) > _MAX_CSV_HEADER_BYTES:
        raise _BatchUsageError(f"{path}: expected a first line of column names under 1 MiB, received a longer one "
                               f"(is this a CSV file?)")
    first = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    if not first.strip():
        return ","  # an empty file: nothing to score
    try:
        header = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return ","  # an unreadable header: the rows say so
    if text_field in header:
        return ","
    for delimiter in _CSV_DELIMITERS[1:]:
        try:
            split = next(csv.reader([first], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        if text_field in split:
            if stderr is not None:
                stderr.write(f"reliability: note: {path}: columns separated by {delimiter!r}, not commas; read so\n")
            return delimiter
    raise _BatchUsageError(f"--text-field: expected a column of {path}, received {text_field!r}; its columns: "
                           f"{', '.join(header[:12])}")


def _record_id(record: dict[str, Any] | None, field: str, number: int) -> str:
    value = None if record is None else record.get(field)
    if value is None or value == "":
        return f"record {number}"
    return str(value)


def _trim_partial_line(path: Path) -> int:
    """Cut a trailing line without its newline (a write interrupted mid-line); returns bytes cut."""
    with open(path, "r+b") as handle:
        size = handle.seek(0, 2)
        end = size
        while end > 0:
            start = max(0, end - 65536)
            handle.seek(start)
            block = handle.read(end - start)
            newline = block.rfind(b"\n")
            if newline != -1:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        if keep < size:
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
        return size - keep


def _done_ids(path: Path, fmt: str, stderr: TextIO) -> Counter[str]:
    """How many rows of each id ``path`` already holds.

    A count, not a set: ids repeat in real data, and rows are written in input order, so
    the first k records with an id are the k rows written for it; the later ones still
    need scoring (a set skipped every record sharing an id with a finished one).
    """
    import csv

    done: Counter[str] = Counter()
    cut = _trim_partial_line(path)
    if cut:
        stderr.write(f"reliability: {path}: removed an incomplete last line ({cut} bytes) before resuming\n")
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        if fmt == "jsonl":
            for number, line in enumerate(handle, 1):
                try:
                    done[str(json.loads(line)["id"])] += 1
                except (ValueError, KeyError, TypeError):
                    if line.strip():
                        stderr.write(f"reliability: {path}: line {number} is not a result row; its record will be redone\n")
        else:
            reader = csv.DictReader(handle)
            if reader.fieldnames is not None and tuple(reader.fieldnames) != _CSV_COLUMNS:
                raise _BatchUsageError(f"--output: expected a CSV written by `reliability score`, received columns "
                                       f"{reader.fieldnames[:5]}")
            done.update(row["id"] for row in reader if row.get("id") is not None)
    return done


def _result_row(record_id: Any, assessment: Any, fmt: str) -> dict[str, Any]:
    if fmt == "jsonl":
        return {"id": record_id, **assessment.to_dict()}
    return {"id": record_id, "credibility": assessment.credibility, "label": assessment.label,
            "logit": assessment.logit, "word_count": assessment.word_count,
            "top_reasons": _reasons(assessment), "flags": "; ".join(assessment.flags)}


def _format_row(row: dict[str, Any], fmt: str) -> str:
    import csv
    import io

    if fmt == "jsonl":
        return _jsonl_line(row)
    buffer = io.StringIO()
    # One physical line per row, so an interrupted write can be trimmed at the last newline.
    values = ["" if row.get(column) is None else " ".join(str(row[column]).split()) if isinstance(row[column], str)
              else row[column] for column in _CSV_COLUMNS]
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return _escaped(buffer.getvalue(), _SURROGATES_ESCAPED)


#: Records sent to a worker at once by ``score --input ... --jobs N``.
_WORKER_CHUNK = 64


class _Progress:
    """A plain progress bar on stderr: share of the input read, records, rate, errors."""

    def __init__(self, stream: TextIO, total_bytes: int, enabled: bool) -> None:
        import time

        self.stream, self.total, self.enabled = stream, max(total_bytes, 1), enabled
        self.clock = time.monotonic
        self.started = self.last = self.clock()
        self.tty = bool(getattr(stream, "isatty", lambda: False)())

    def update(self, consumed: int, done: int, skipped: int, errors: int, final: bool = False) -> None:
        now = self.clock()
        if not self.enabled or (not final and now - self.last < (0.2 if self.tty else 5.0)):
            return
        self.last = now
        share = min(consumed / self.total, 1.0)
        bar = "#" * int(share * 30)
        rate = done / max(now - self.started, 1e-9)
        line = (f"[{bar:<30}] {share:4.0%} {done} written, {skipped} skipped, {errors} errors, "
                f"{rate:.1f} records/s")
        self.stream.write(("\r" + line + ("\n" if final else "")) if self.tty else line + "\n")
        self.stream.flush()


def _row_options(args: argparse.Namespace, out_format: str) -> dict[str, Any]:
    """What scoring one record needs, as plain values a worker process can receive."""
    return {"text_field": args.text_field, "title_field": args.title_field, "date_field": args.date_field,
            "prior": args.prior, "model": args.model, "min_words": args.min_words, "max_chars": args.max_chars,
            "check_language": args.check_language, "out_format": out_format}


def _record_row(record: dict[str, Any] | None, problem: str | None, output_id: Any,
                options: Mapping[str, Any]) -> dict[str, Any]:
    """The output row of one input record: its assessment, or the error that stopped it."""
    from reliability.api import score

    if problem is not None:
        return {"id": output_id, "error": "InvalidRecordError", "message": problem}
    assert record is not None
    text_field = options["text_field"]
    text = record.get(text_field)
    title = record.get(options["title_field"]) or None
    try:
        if text_field not in record:
            fields = ", ".join(map(str, list(record)[:8])) or "none"
            raise InvalidRecordError(f"{text_field}: expected the article body in this field "
                                     f"(--text-field), but the record has no such field (its fields: "
                                     f"{fields})")
        if not isinstance(text, str) or not text.strip():
            # A blank text was "expected a non-empty string, received str", which reads as a contradiction.
            received = ("nothing" if text in (None, "") else f"only whitespace ({len(text):,} characters)"
                        if isinstance(text, str) else type(text).__name__)
            raise InvalidRecordError(f"{text_field}: expected a non-empty string, received {received}")
        assessment = score(text, title=title, published=record.get(options["date_field"]) or None,
                           prior=options["prior"], model=options["model"], min_words=options["min_words"],
                           max_chars=options["max_chars"], check_language=options["check_language"])
        return _result_row(output_id, assessment, options["out_format"])
    except Exception as error:  # noqa: BLE001 - a bad record must never stop the run
        return {"id": output_id, "error": type(error).__name__, "message": str(error)}


def _formatted_rows(items: list[tuple[dict[str, Any] | None, str | None, Any]],
                    options: Mapping[str, Any]) -> list[tuple[str, bool]]:
    """Run in a worker (``--jobs``): each record's output line, and whether it is an error row.

    Only the lines travel back, not the assessments: a line is a few kilobytes of text,
    an assessment a hundred objects to pickle and rebuild.
    """
    from reliability._gc import call_paused

    def rows() -> list[tuple[str, bool]]:
        lines = []
        for record, problem, output_id in items:
            row = _record_row(record, problem, output_id, options)
            lines.append((_format_row(row, options["out_format"]), "error" in row))
        return lines

    return call_paused(True, rows)


def _score_batch(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    import signal
    import threading

    from reliability.api import _resolve_jobs

    try:
        if args.input is None:
            raise _BatchUsageError("score: expected PATH arguments or --input DATA.jsonl|DATA.csv, received neither")
        if args.paths:
            raise _BatchUsageError("score: expected PATH arguments or --input, received both")
        for option, value, field in (("--published", args.published, "--date-field"),
                                     ("--title", args.title, "--title-field")):
            if value is not None:
                raise _BatchUsageError(f"{option}: applies to PATH arguments; in batch mode each record's value "
                                       f"comes from its field ({field})")
        if args.batch_size < 1:
            raise _BatchUsageError(f"--batch-size: expected a positive int, received {args.batch_size}")
        if args.jobs == 0:
            raise _BatchUsageError("--jobs: expected a non-zero int (-1 for every core), received 0")
        jobs = _resolve_jobs(args.jobs)
        in_format = _table_format(args.input, "--input")
        out_format = "jsonl" if args.output is None else _table_format(args.output, "--output")
        if args.resume and args.output is None:
            raise _BatchUsageError("--resume: expected --output naming the file to resume, received none")
        done: Counter[str] = Counter()
        output_path = None if args.output is None else Path(args.output)
        if output_path is not None and output_path.exists() and os.path.exists(args.input) \
                and os.path.samefile(output_path, args.input):
            raise _BatchUsageError(f"--output: expected a file other than --input, received the input file "
                                   f"{args.output!r}")
        if output_path is not None and output_path.is_dir():
            raise _BatchUsageError(f"--output: expected a file to write, received the folder {args.output!r}")
        if output_path is not None and output_path.exists() and output_path.stat().st_size > 0:
            if not args.resume:
                raise _BatchUsageError(f"--output: {args.output} already holds results; pass --resume to continue "
                                       "it, or remove it to start over")
            done = _done_ids(output_path, out_format, stderr)
        total_bytes = os.path.getsize(args.input)
        with open(args.input, "rb") as handle:  # a folder or an unreadable file: said now, not a traceback mid-run
            start = handle.read(4)
        # A UTF-16 or UTF-32 file (Excel's "Unicode" CSV, PowerShell's default) is read as UTF-8 lines:
        # every record became an error row, one more row than records, the run "finishing" with exit 1.
        for mark, encoding in BYTE_ORDER_MARKS:
            if start.startswith(mark):
                raise _BatchUsageError(f"--input: expected a UTF-8 file, received {encoding.upper()} (its byte order "
                                       f"mark); convert it first, e.g. iconv -f {encoding.upper()} -t UTF-8")
        delimiter = ","
        if in_format == "csv":
            delimiter = _check_csv_header(args.input, args.text_field, stderr)
    except OSError as error:
        stderr.write(f"reliability: {error.filename}: {error.strerror}\n")
        return EXIT_USAGE
    except _BatchUsageError as error:
        stderr.write(f"reliability: {error}\n")
        return EXIT_USAGE

    try:
        out: TextIO = stdout if output_path is None else open(output_path, "a", encoding="utf-8", newline="")
    except OSError as error:  # a missing folder, no permission: before any record is scored
        stderr.write(f"reliability: --output: cannot write {args.output!r}: {error.strerror}\n")
        return EXIT_USAGE
    if output_path is not None and out_format == "csv" and out.tell() == 0:
        out.write(",".join(_CSV_COLUMNS) + "\n")
    progress = _Progress(stderr, total_bytes, not args.no_progress)
    position = [0]
    pending: list[str] = []
    scored = skipped = errors = 0
    interrupted = False

    def flush() -> None:
        if pending:
            # Take the rows out of ``pending`` before writing them: a signal arriving between
            # the write and the clear would otherwise make the final flush write them again.
            chunk = "".join(pending)
            pending.clear()
            out.write(chunk)  # whole lines only
        out.flush()
        if output_path is not None:
            os.fsync(out.fileno())

    def on_sigterm(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # unwind through ``finally``: finished rows are written, none half

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, on_sigterm)
    options = _row_options(args, out_format)

    def wanted() -> Any:
        # (record, problem, output id) of each input record not already in --output.
        nonlocal skipped
        for number, record, problem in _iter_records(args.input, in_format, position, args.max_chars, delimiter):
            record_id = _record_id(record, args.id_field, number)
            # CSV rows fold runs of whitespace (one physical line per row) and escape lone
            # surrogates: compare ids as written.
            written_id = (record_id if out_format == "jsonl"
                          else " ".join(record_id.split()).translate(_SURROGATES_ESCAPED))
            if done[written_id] > 0:
                done[written_id] -= 1
                skipped += 1
                continue
            output_id: Any = record_id if record is None or record.get(args.id_field) in (None, "") \
                else record[args.id_field]
            yield record, problem, output_id

    def lines() -> Any:
        # Output lines in input order: scored here, or by ``jobs`` worker processes that
        # take chunks of records as they finish the last (a few chunks in flight, so
        # memory stays constant however long the input).
        if jobs == 1:
            for record, problem, output_id in wanted():
                row = _record_row(record, problem, output_id, options)
                yield _format_row(row, out_format), "error" in row
            return
        from joblib import Parallel, delayed

        def chunks() -> Any:
            chunk = []
            for item in wanted():
                chunk.append(item)
                if len(chunk) >= _WORKER_CHUNK:
                    yield chunk
                    chunk = []
            if chunk:
                yield chunk

        outputs = Parallel(n_jobs=jobs, return_as="generator", batch_size=1, pre_dispatch="2*n_jobs")(
            delayed(_formatted_rows)(chunk, options) for chunk in chunks())
        for chunk_lines in outputs:
            yield from chunk_lines

    try:
        for line, failed in lines():
            if failed:
                errors += 1
            pending.append(line)
            scored += 1
            if len(pending) >= args.batch_size:
                flush()
                progress.update(position[0], scored, skipped, errors)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        flush()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        progress.update(position[0], scored, skipped, errors, final=True)
        if output_path is not None:
            out.close()
    if interrupted:
        stderr.write(f"reliability: interrupted; {scored} rows are safely written, rerun with --resume to finish\n")
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if errors else EXIT_OK


def _sources(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    """One profile per outlet from batch-scored rows (no re-scoring) or raw articles (scored here)."""
    import csv

    from reliability.explain import format_credibility
    from reliability.sources import score_sources

    reading = args.data
    bad = 0
    output_format = Path(args.output).suffix.lower() if args.output else None
    if args.output:
        if output_format not in (".csv", ".jsonl", ".json"):
            # Any other name (outlets.txt, outlets.tsv) silently got CSV; say so before any scoring.
            stderr.write(f"reliability sources: -o/--output: expected a .csv, .jsonl or .json file, received "
                         f"{args.output!r}\n")
            return EXIT_USAGE
        _check_not_an_input([args.output], [("input", None if args.data == "-" else args.data),
                                            ("--articles file", args.articles)])
    try:
        # utf-8-sig: a leading byte order mark is skipped, not a "malformed" first row.
        # Split on "\n" alone, as JSONL is: str.splitlines() also breaks at U+0085, U+2028 and U+2029,
        # which JSON strings may hold raw (json.dumps(..., ensure_ascii=False) writes them so), and
        # every article holding one was lost as two malformed rows.
        lines = (stdin.read() if args.data == "-" else Path(args.data).read_text(encoding="utf-8-sig")).split("\n")
        outlets: dict[str, Any] = {}
        if args.articles:
            reading = args.articles
            for line in Path(args.articles).read_text(encoding="utf-8-sig").split("\n"):
                if line.strip():
                    try:
                        article = json.loads(line)
                    except ValueError:
                        article = None
                    if not isinstance(article, dict):
                        bad += 1  # as in the scored rows: a malformed line is skipped and counted
                        continue
                    outlets[str(article.get(args.id_field))] = article.get(args.source_field) or article.get("url")
    except OSError as error:
        stderr.write(f"reliability sources: {reading}: cannot read: {error.strerror}\n")
        return EXIT_USAGE
    except UnicodeDecodeError as error:
        stderr.write(f"reliability sources: {reading}: expected UTF-8 JSONL, received undecodable bytes ({error.reason})\n")
        return EXIT_USAGE
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            row = None
        if not isinstance(row, dict) or "error" in row and "logit" not in row and "text" not in row:
            bad += 1  # malformed lines and error rows of a batch run are skipped, and counted
            continue
        if args.articles and row.get(args.source_field) in (None, ""):
            row[args.source_field] = outlets.get(str(row.get(args.id_field)))
        rows.append(row)
    if not rows:
        stderr.write(f"reliability sources: {args.data}: no usable rows ({bad} skipped)\n")
        return EXIT_USAGE
    if not any(row.get(args.source_field) not in (None, "") or row.get("url") for row in rows):
        stderr.write(f"reliability sources: no row has a {args.source_field!r} field (nor 'url'); "
                     "name the outlet field with --source-field, or join batch output to its articles "
                     "with --articles ARTICLES.jsonl\n")
        return EXIT_USAGE
    try:
        profiles = score_sources(rows, args.source_field, id_field=args.id_field, sort=args.sort,
                                 model=args.model, min_words=args.min_words)
    except ReliabilityError as error:
        stderr.write(f"reliability sources: {error}\n")
        return EXIT_USAGE
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as handle:
                if output_format == ".json":  # one JSON document: a list of profiles
                    json.dump([profile.to_dict() for profile in profiles], handle, ensure_ascii=False, indent=1)
                    handle.write("\n")
                elif output_format == ".jsonl":
                    for profile in profiles:
                        handle.write(json.dumps(profile.to_dict(), ensure_ascii=False) + "\n")
                else:
                    writer = csv.DictWriter(handle, fieldnames=list(profiles[0].to_row()))
                    writer.writeheader()
                    writer.writerows(profile.to_row() for profile in profiles)
        except OSError as error:
            raise _OutputError(f"--output: cannot write {args.output!r}: {error.strerror}") from error
        stdout.write(f"wrote {len(profiles)} outlets to {args.output}\n")
    else:
        stdout.write(f"{'outlet':<32} {'n':>5}  {'estimate':>8}  {'90% interval':<14} {'of these n':<13} "
                     f"{'label':<21} profile\n")
        for profile in profiles:
            low, high = profile.interval
            n = profile.n_articles
            these = (f"{round(profile.sample_interval[0] * n)}-{round(profile.sample_interval[1] * n)}"
                     if n else "-")
            # Cut, not rounded, where rounding would carry a share onto a label threshold (0.5996 -> 0.59).
            stdout.write(f"{profile.source[:32]:<32} {n:>5}  {format_credibility(profile.estimate):>8}  "
                         f"[{format_credibility(low)}, {format_credibility(high)}]   {these:<13} {profile.label:<21} "
                         f"{profile.summary(2)}\n")
        stdout.write("\nEstimates are shrunk toward the population: few articles give a wide interval. "
                     "'90% interval' is for the outlet's long-run share of credible articles; 'of these n' is a "
                     "90 % interval for how many of the n articles scored here are credible. "
                     "They measure credibility signals in the writing, not whether the claims are true.\n")
    if bad:
        stderr.write(f"reliability sources: skipped {bad} malformed or failed rows (input and --articles)\n")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reliability",
        description="Score credibility signals in news articles (signals in the writing, not truth).",
    )
    from reliability import __version__

    parser.add_argument("--version", action="version", version=f"reliability {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def add_scoring_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--title", help="headline of the article")
        command.add_argument("--published", help="publication date, ISO 8601 (e.g. 2024-06-19)")
        command.add_argument("--prior", type=float, help="share of credible articles in your stream (0-1)")
        command.add_argument("--model", help="a model file from `reliability train` (default, or 'default': the shipped "
                                             "model)")
        command.add_argument("--min-words", type=int, default=50, help="fewer words: reported but not judged")
        command.add_argument("--no-language-check", dest="check_language", action="store_false",
                             help="also judge texts that do not read as English prose (by default they are "
                                  "reported but not judged, flag not_english or single_characters)")
        command.add_argument("--max-chars", type=int, default=20_000_000,
                             help="longer texts are rejected with InputTooLargeError (default: 20,000,000)")

    score_command = sub.add_parser("score", help="score articles (files, .html pages, or - for stdin)")
    score_command.add_argument("paths", nargs="*", metavar="PATH")
    output = score_command.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="full assessments as JSON: one object for one PATH, a list for several (use --jsonl for a stable shape)")
    output.add_argument("--jsonl", action="store_true", help="one JSON assessment per line")
    add_scoring_options(score_command)
    _add_batch_options(score_command)
    score_command.set_defaults(handler=_score_paths)

    explain_command = sub.add_parser("explain", help="contributions and evidence in context for one article")
    explain_command.add_argument("path", metavar="PATH", help="a text file, an .html page, or - for stdin")
    # Caught to say "one PATH" instead of argparse's top-level "unrecognized arguments".
    explain_command.add_argument("extra_paths", nargs="*", help=argparse.SUPPRESS)
    explain_command.add_argument("--top", type=int, default=10, help="contributions to list")
    explain_command.add_argument("--max-spans", type=int, default=5,
                                 help="evidence spans to show per feature (default 5)")
    explain_command.add_argument("--all-evidence", action="store_true", help="show every evidence span")
    add_scoring_options(explain_command)
    explain_command.set_defaults(handler=_explain)

    features_command = sub.add_parser("features", help="list the features and what they measure")
    features_command.set_defaults(handler=_features)

    train_command = sub.add_parser("train", help="train a model on your own labelled JSONL")
    # Positionals optional to argparse: "--positive true DATA.jsonl" hands DATA.jsonl to --positive,
    # and _positionals_after_positive() takes it back (argparse would only say DATA.jsonl is missing).
    train_command.add_argument("data", metavar="DATA.jsonl", nargs="?", help="labelled articles (required)")
    train_command.add_argument("--label", required=True, help="field holding the label")
    train_command.add_argument("--positive", nargs="+", required=True,
                               help="label values meaning credible (DATA.jsonl may come before or after them)")
    train_command.add_argument("--group", help="field naming the outlet (for grouped model selection)")
    train_command.add_argument("--text-field", default="text")
    train_command.add_argument("--title-field", default="title")
    train_command.add_argument("--date-field", default="published",
                               help="field holding the publication date, ISO 8601 (default: published, as score --input)")
    train_command.add_argument("-o", "--output", required=True,
                               help="model file to write (JSON); the model card goes beside it as NAME.card.md")
    train_command.add_argument("--max-dominance", type=float,
                               help="drop features one outlet dominates beyond this excess share (0-1; needs --group)")
    train_command.add_argument("--no-cv", action="store_true", help="no cross-validated metrics in the model card")
    train_command.add_argument("--word-choice", action="store_true",
                               help="add the learned word-level score word_choice (cross-fitted; see features/word_choice.md)")
    train_command.add_argument("--free-signs", action="store_true",
                               help="let every weight take either sign (default: each feature keeps its expected "
                                    "direction, reliability.training.EXPECTED_DIRECTIONS)")
    train_command.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the card's intervals")
    train_command.set_defaults(handler=_train)

    evaluate_command = sub.add_parser("evaluate", help="ROC-AUC, Brier, ECE of a model on labelled JSONL (--cv: refit)")
    evaluate_command.add_argument("model", metavar="MODEL.json", nargs="?",
                                  help="a model file from `reliability train`, or 'default' for the shipped model "
                                       "(required)")
    evaluate_command.add_argument("data", metavar="DATA.jsonl", nargs="?", help="labelled articles (required)")
    evaluate_command.add_argument("--label", required=True, help="field holding the label")
    evaluate_command.add_argument("--positive", nargs="+", required=True,
                                  help="label values meaning credible (the files may come before or after them)")
    evaluate_command.add_argument("--group", help="field naming the outlet (per-outlet figures, grouped folds)")
    evaluate_command.add_argument("--prior", type=float,
                                  help="base rate of credible articles in this data: also report prior-shifted scores")
    evaluate_command.add_argument("--text-field", default="text")
    evaluate_command.add_argument("--title-field", default="title")
    evaluate_command.add_argument("--date-field", default="published",
                                  help="field holding the publication date, ISO 8601 (default: published, as score --input)")
    evaluate_command.add_argument("--cv", action="store_true",
                                  help="also run random + grouped 5-fold CV on this data (ours, TF-IDF, length refitted)")
    evaluate_command.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (default 1000)")
    evaluate_command.add_argument("-o", "--output", help="write the report here (.md, or .json); default stdout")
    evaluate_command.set_defaults(handler=_evaluate)

    report_command = sub.add_parser("report", help="a self-contained HTML report with highlighted evidence")
    report_command.add_argument("path", metavar="ARTICLE", help="a text file, an .html page, or - for stdin")
    report_command.add_argument("-o", "--output", required=True, help="HTML file to write (- for stdout)")
    add_scoring_options(report_command)
    report_command.set_defaults(handler=_report)

    serve_command = sub.add_parser("serve", help="run the HTTP API (needs: pip install 'reliability[serve]')")
    serve_command.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    serve_command.add_argument("--port", type=int, default=8000)
    serve_command.add_argument("--max-body-bytes", type=int, default=2_000_000,
                               help="larger request bodies are answered with 413")
    serve_command.set_defaults(handler=_serve)

    sources_command = sub.add_parser("sources", help="outlet profiles from scored rows or raw articles (JSONL)")
    sources_command.add_argument("data", metavar="DATA.jsonl", help="batch output rows or raw articles (- for stdin)")
    sources_command.add_argument("--source-field", default="source", help="field naming the outlet (name, domain or URL)")
    sources_command.add_argument("--id-field", default="id", help="field naming each article in the evidence")
    sources_command.add_argument("--articles", metavar="ARTICLES.jsonl",
                                 help="take each row's outlet from these articles, joined on --id-field")
    sources_command.add_argument("--sort", default="estimate", choices=["estimate", "lower", "n_articles", "source"],
                                 help="order of the outlets: estimate (default), lower interval end or article "
                                      "count descending, or outlet name ascending")
    sources_command.add_argument("-o", "--output", help="write .csv (one row per outlet), .jsonl (a full profile per line) or .json (a list of them)")
    sources_command.add_argument("--model", help="model for rows that must be scored (default: the shipped model)")
    sources_command.add_argument("--min-words", type=int, default=50, help="fewer words: not judged")
    sources_command.set_defaults(handler=_sources)
    return parser


def _encodes_any_text(stream: TextIO, *, data: bool) -> TextIO:
    """``stream``, made able to write any text when its encoding cannot (cp1252, ASCII, Latin-1).

    Articles hold any character: on a stream in Windows' cp1252 (output redirected to a file or
    a pipe) `reliability explain` of an article quoting Chinese, or `score` with its "…", died
    with a UnicodeEncodeError traceback. Results (stdout) are then written in UTF-8, as --output
    files are; messages (stderr) keep their encoding, with backslash escapes for what it lacks.
    """
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None or encoding in ("utf-8", "utf8", "utf-16", "utf-32") or not encoding:
        return stream
    try:
        reconfigure(encoding="utf-8") if data else reconfigure(errors="backslashreplace")
    except (ValueError, OSError, AttributeError):  # a stream that cannot change: left as it is
        pass
    return stream


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None,
         stdin: TextIO | None = None) -> int:
    """Run the command line; returns the exit code.

    Examples
    --------
    >>> import io
    >>> out = io.StringIO()
    >>> main(["features"], stdout=out)
    0
    >>> "anonymous_source_density" in out.getvalue()
    True
    """
    stdout = _encodes_any_text(stdout or sys.stdout, data=True)
    stderr = _encodes_any_text(stderr or sys.stderr, data=False)
    stdin = stdin or sys.stdin
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and EXIT_USAGE
    if args.command in ("train", "evaluate"):
        problem = _positionals_after_positive(args)
        if problem:
            stderr.write(f"reliability {args.command}: {problem}\n")
            return EXIT_USAGE
    if getattr(args, "prior", None) is not None and not (0 < args.prior < 1):
        stderr.write(f"reliability: --prior: expected a share strictly between 0 and 1, received {args.prior:g}\n")
        return EXIT_USAGE
    if getattr(args, "min_words", 0) < 0:
        stderr.write(f"reliability: --min-words: expected a non-negative int, received {args.min_words}\n")
        return EXIT_USAGE
    if args.command == "serve":
        if not 0 <= args.port <= 65535:
            stderr.write(f"reliability: --port: expected a port number from 0 to 65535, received {args.port}\n")
            return EXIT_USAGE
        if args.max_body_bytes < 1:
            stderr.write(f"reliability: --max-body-bytes: expected a positive int, received {args.max_body_bytes}\n")
            return EXIT_USAGE
    if getattr(args, "bootstrap", 0) < 0:  # train, evaluate
        stderr.write(f"reliability: --bootstrap: expected a non-negative int (0: no intervals), received {args.bootstrap}\n")
        return EXIT_USAGE
    if getattr(args, "max_dominance", None) is not None and not 0 <= args.max_dominance <= 1:
        stderr.write(f"reliability: --max-dominance: expected a share from 0 to 1, received {args.max_dominance:g}\n")
        return EXIT_USAGE
    if getattr(args, "max_dominance", None) is not None and not args.group:
        # Before the features are extracted (minutes on a large file), not after.
        stderr.write("reliability: --max-dominance: expected --group naming the outlet field (dominance is measured "
                     "per outlet), received no --group\n")
        return EXIT_USAGE
    for option in ("top", "max_spans"):  # explain
        if getattr(args, option, 0) < 0:
            stderr.write(f"reliability: --{option.replace('_', '-')}: expected a non-negative int, "
                         f"received {getattr(args, option)}\n")
            return EXIT_USAGE
    if getattr(args, "max_chars", 1) < 1:
        stderr.write(f"reliability: --max-chars: expected a positive int, received {args.max_chars}\n")
        return EXIT_USAGE
    if getattr(args, "published", None) is not None:
        from reliability.article import parse_published

        try:
            parse_published(args.published)
        except ReliabilityError as error:
            # The library's message ("published: expected ..."): a fixed "expected an ISO 8601
            # date" was wrong for a valid date out of range (--published 0999-12-31).
            stderr.write(f"reliability: --{error}\n")
            return EXIT_USAGE
    model_path = getattr(args, "model", None)
    args.model_path = model_path
    args.model_is_default = False
    from reliability.model import names_shipped_model

    if names_shipped_model(model_path):
        # The shipped model by name: its file lies inside the installed package.
        from reliability.model import default_model

        args.model, args.model_path, args.model_is_default = default_model(), None, True
    elif model_path is not None:
        from reliability.model import load_model

        try:
            args.model = load_model(model_path)
        except ReliabilityError as error:
            stderr.write(f"reliability: {error}\n")
            return EXIT_USAGE
    try:
        code: int = args.handler(args, stdout, stderr, stdin)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl-C outside batch mode (which handles it itself): no traceback
        stderr.write("reliability: interrupted\n")
        return EXIT_INTERRUPTED
    except _OutputError as error:
        stderr.write(f"reliability {args.command}: {error}\n")
        return EXIT_USAGE
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
