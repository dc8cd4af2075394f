"""The ``reliability`` command: score and explain articles from the shell.

Exit codes: 0 success; 1 some inputs could not be scored (the others are still
printed); 2 usage error (bad option, unreadable model).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from reliability.errors import ReliabilityError

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    data = Path(path).read_bytes()
    # Invalid UTF-8 is replaced (U+FFFD), not fatal: web text is often mis-encoded.
    return data.decode("utf-8", errors="replace")


def _format_table(rows: list[dict[str, Any]]) -> str:
    header = f"{'credibility':>11}  {'label':<17} {'words':>6}  {'top reasons':<60} file"
    lines = [header, "-" * len(header)]
    for row in rows:
        if "error" in row:
            lines.append(f"{'-':>11}  {'error':<17} {'':>6}  {row['error'][:60]:<60} {row['path']}")
            continue
        credibility = "-" if row["credibility"] is None else f"{row['credibility']:.2f}"
        lines.append(
            f"{credibility:>11}  {row['label']:<17} {row['word_count']:>6}  {row['reasons'][:60]:<60} {row['path']}"
        )
    return "\n".join(lines)


def _reasons(assessment: Any, top: int = 3) -> str:
    ranked = sorted(assessment.details, key=lambda item: -abs(item.contribution))[:top]
    return ", ".join(f"{item.feature} {item.contribution:+.2f}" for item in ranked) or "(not judged)"


def _score_paths(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    from reliability.api import score

    failed = 0
    rows: list[dict[str, Any]] = []
    for path in args.paths:
        try:
            text = _read(path, stdin)
            assessment = score(text, title=args.title, published=args.published, prior=args.prior,
                               model=args.model, min_words=args.min_words)
        except OSError as error:
            failed += 1
            rows.append({"path": path, "error": f"cannot read: {error.strerror}"})
            continue
        except ReliabilityError as error:
            failed += 1
            rows.append({"path": path, "error": str(error)})
            continue
        if args.json or args.jsonl:
            rows.append({"path": path, **assessment.to_dict()})
        else:
            rows.append({"path": path, "credibility": assessment.credibility, "label": assessment.label,
                         "word_count": assessment.word_count, "reasons": _reasons(assessment)})
    if args.jsonl:
        for row in rows:
            stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.json:
        stdout.write(json.dumps(rows if len(rows) != 1 else rows[0], ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(_format_table(rows) + "\n")
        stdout.write("\nScores measure credibility signals in the writing, not whether the claims are true.\n")
    for row in rows:
        if "error" in row:
            stderr.write(f"reliability: {row['path']}: {row['error']}\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _explain(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    from reliability.api import score

    try:
        text = _read(args.path, stdin)
        assessment = score(text, title=args.title, published=args.published, prior=args.prior,
                           model=args.model, min_words=args.min_words)
    except OSError as error:
        stderr.write(f"reliability: {args.path}: cannot read: {error.strerror}\n")
        return EXIT_SOME_FAILED
    except ReliabilityError as error:
        stderr.write(f"reliability: {args.path}: {error}\n")
        return EXIT_SOME_FAILED
    stdout.write(assessment.explain(top=args.top, source_text=text) + "\n")
    return EXIT_OK


def _features(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    from reliability.features import FEATURES

    for spec in FEATURES:
        stdout.write(f"{spec.name:<28} {spec.family:<16} {spec.unit:<16} {spec.description}\n")
    return EXIT_OK


def _train(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    import numpy as np

    from reliability.corpora import read_jsonl
    from reliability.training import feature_matrix, fit_model

    positive = set(args.positive)
    records: list[dict[str, Any]] = []
    skipped = 0
    for row in read_jsonl(args.data):
        text = row.get(args.text_field)
        if not isinstance(text, str) or not text.strip() or args.label not in row:
            skipped += 1
            continue
        records.append({
            "text": text, "title": row.get(args.title_field) if isinstance(row.get(args.title_field), str) else None,
            "label": 1 if str(row[args.label]) in positive else 0,
            "group": str(row.get(args.group)) if args.group else None,
        })
    y = np.array([record["label"] for record in records])
    if len(records) < 20 or len(set(y.tolist())) < 2:
        stderr.write(f"reliability train: need at least 20 usable records with both classes; got {len(records)} "
                     f"(labels {sorted(set(y.tolist()))}); check --label and --positive\n")
        return EXIT_USAGE
    groups = np.array([record["group"] for record in records]) if args.group else None
    model = fit_model(feature_matrix(records), y, groups, name=Path(args.output).stem,
                      metadata={"training_data": str(args.data), "label_field": args.label,
                                "positive_values": sorted(positive), "group_field": args.group})
    model.save(args.output)
    stdout.write(f"trained on {len(records)} records ({int(y.sum())} credible, {skipped} skipped); wrote {args.output}\n")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reliability",
        description="Score credibility signals in news articles (signals in the writing, not truth).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add_scoring_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--title", help="headline of the article")
        command.add_argument("--published", help="publication date, ISO 8601 (e.g. 2024-06-19)")
        command.add_argument("--prior", type=float, help="share of credible articles in your stream (0-1)")
        command.add_argument("--model", help="a model file from `reliability train` (default: the shipped model)")
        command.add_argument("--min-words", type=int, default=50, help="fewer words: reported but not judged")

    score_command = sub.add_parser("score", help="score articles (files, or - for stdin)")
    score_command.add_argument("paths", nargs="+", metavar="PATH")
    output = score_command.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="full assessments as JSON")
    output.add_argument("--jsonl", action="store_true", help="one JSON assessment per line")
    add_scoring_options(score_command)
    score_command.set_defaults(handler=_score_paths)

    explain_command = sub.add_parser("explain", help="contributions and evidence in context for one article")
    explain_command.add_argument("path", metavar="PATH")
    explain_command.add_argument("--top", type=int, default=10, help="contributions to list")
    add_scoring_options(explain_command)
    explain_command.set_defaults(handler=_explain)

    features_command = sub.add_parser("features", help="list the features and what they measure")
    features_command.set_defaults(handler=_features)

    train_command = sub.add_parser("train", help="train a model on your own labelled JSONL")
    train_command.add_argument("data", metavar="DATA.jsonl")
    train_command.add_argument("--label", required=True, help="field holding the label")
    train_command.add_argument("--positive", nargs="+", required=True, help="label values meaning credible")
    train_command.add_argument("--group", help="field naming the outlet (for grouped model selection)")
    train_command.add_argument("--text-field", default="text")
    train_command.add_argument("--title-field", default="title")
    train_command.add_argument("-o", "--output", required=True, help="model file to write (JSON)")
    train_command.set_defaults(handler=_train)
    return parser


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
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and EXIT_USAGE
    if getattr(args, "prior", None) is not None and not (0 < args.prior < 1) or getattr(args, "min_words", 0) < 0:
        stderr.write("reliability: --prior must be strictly between 0 and 1 and --min-words >= 0\n")
        return EXIT_USAGE
    model_path = getattr(args, "model", None)
    if model_path is not None:
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
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
