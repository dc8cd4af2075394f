"""A self-contained HTML report of one assessment: score, reasons, highlighted evidence.

The report is one file with inline CSS and no scripts or external assets, so it
can be mailed, archived or opened offline. Everything taken from the article is
escaped. Each evidence item is rendered as exactly one ``<mark class="ev">``
element (``id="ev-N"``, ``data-evidence="N"``, ``N`` its index in
``assessment.evidence``); where spans cross each other the part that cannot be
nested is continued in ``<span class="ev-cont" data-evidence="N">`` segments, so
the number of highlights always equals the number of evidence items.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reliability.errors import InvalidArticleError

if TYPE_CHECKING:
    from reliability.explain import Assessment, Evidence

__all__ = ["render_html"]

# Colour-blind-friendly qualitative palette (Okabe-Ito plus Tableau tints), as RGB.
_PALETTE: tuple[tuple[int, int, int], ...] = (
    (230, 159, 0), (86, 180, 233), (0, 158, 115), (240, 228, 66), (0, 114, 178),
    (213, 94, 0), (204, 121, 167), (148, 103, 189), (140, 86, 75), (127, 127, 127),
    (188, 189, 34), (23, 190, 207), (255, 152, 150), (174, 199, 232), (197, 176, 213),
)

_CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0; background: #f6f7f9; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem;
          margin: 0 0 1rem 0; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem 0; }
h2 { font-size: 1.05rem; margin: 0 0 .6rem 0; }
.muted, .disclaimer { color: var(--muted); font-size: .9rem; }
.score { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
.score .value { font-size: 2.2rem; font-weight: 700; }
.label { display: inline-block; padding: .1rem .6rem; border-radius: 1rem; font-weight: 600; }
.label-credible { background: #d7f0e1; color: #0b5d2e; }
.label-uncertain { background: #fff1c9; color: #6b4e00; }
.label-not-credible { background: #fbd9d5; color: #8a1c0e; }
.label-insufficient-text { background: #e6e8eb; color: #3c4043; }
.scale { margin: .8rem 0 .3rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid #eceef1; vertical-align: top; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
           font-size: 1.02rem; }
.headline { font-family: Georgia, "Times New Roman", serif; font-size: 1.3rem; font-weight: 700;
            white-space: pre-wrap; overflow-wrap: anywhere; margin-bottom: .6rem; }
mark.ev, span.ev-cont { background: rgba(var(--rgb), .28); border-bottom: 2px solid rgb(var(--rgb));
                        color: inherit; padding: 0 1px; border-radius: 2px; }
mark.ev mark.ev, mark.ev span.ev-cont, span.ev-cont mark.ev { padding-bottom: 3px; }
mark.ev:hover, mark.ev:target { outline: 2px solid var(--ink); background: rgba(var(--rgb), .55); }
a.link { font-size: .75em; text-decoration: none; vertical-align: super; margin-left: 1px; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .9rem; list-style: none; padding: 0; margin: 0; }
.legend li { font-size: .88rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; vertical-align: -2px;
          background: rgba(var(--rgb), .45); border: 1px solid rgb(var(--rgb)); margin-right: .3rem; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
details summary { cursor: pointer; }
"""


def _escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def _css_token(value: str) -> str:
    return "".join(character if character.isalnum() else "-" for character in value.lower())


def _colours(features: Sequence[str]) -> dict[str, str]:
    ordered = sorted(set(features))
    return {name: "{},{},{}".format(*_PALETTE[index % len(_PALETTE)]) for index, name in enumerate(ordered)}


def _describe(feature: str) -> str:
    from reliability.vocabulary import describe

    try:
        return describe(feature)
    except KeyError:
        return feature


def _check_offsets(evidence: Sequence[Evidence], text: str, title: str | None, word_count: int | None = None,
                   *, text_name: str = "text") -> None:
    """Refuse a ``text`` (or ``title``) other than the one scored; ``text_name`` names it in the message."""
    if word_count:
        from reliability.article import Article

        # The spans alone miss a text changed where no evidence points (a tail added, say).
        # (0: an assessment built by hand, or of a text without words: nothing to compare.)
        received = Article(text).word_count
        if received != word_count:
            raise InvalidArticleError(
                f"{text_name}: expected the string that was scored ({word_count:,} words), received a different "
                f"string ({received:,} words)"
            )
    for index, item in enumerate(evidence):
        source = text if item.field == "text" else (title or "")
        if source[item.start:item.end] != item.text:
            parameter = text_name if item.field == "text" else "title"
            raise InvalidArticleError(
                f"{parameter}: expected the string that was scored (evidence[{index}] {item.feature} "
                f"quotes {item.text[:40]!r} at {item.start}:{item.end}), received a different string"
            )


def _conflict_groups(evidence: Sequence[Evidence]) -> list[list[int]]:
    """The sides of each date conflict: same conflict feature, same explanation (in evidence order)."""
    from reliability.features.temporal import CONFLICT_KINDS

    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, item in enumerate(evidence):
        if item.feature in CONFLICT_KINDS:
            groups[(item.feature, item.note)].append(index)
    return [members for members in groups.values() if len(members) > 1]


def _conflict_partners(groups: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    """The side each side's link jumps to: the next one of its group, round to the first.

    Two sides link each other. Linking every side to every other was quadratic: a conflict
    restated in the same words n times (one note for all its sides) wrote n*(n-1) links, and a
    228 KB text repeating one weekday mismatch made a 1.4 GB report.
    """
    return {index: [members[(position + 1) % len(members)]]
            for members in groups for position, index in enumerate(members)}


def _highlight(
    source: str,
    items: Sequence[tuple[int, Evidence]],
    colours: dict[str, str],
    partners: dict[int, list[int]],
) -> str:
    """Escape ``source`` and wrap every evidence span, keeping the HTML properly nested.

    Spans that cross are closed and reopened as continuation segments; the first
    segment of each span is its one ``mark``.
    """
    ordered = sorted(items, key=lambda pair: (pair[1].start, -pair[1].end, pair[0]))
    starts: dict[int, list[tuple[int, Evidence]]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for index, item in ordered:
        starts[item.start].append((index, item))
        ends[item.end].append(index)
    boundaries = sorted({0, len(source), *starts, *ends})
    by_index = dict(ordered)
    stack: list[int] = []  # evidence indices whose element is currently open, outermost first
    output: list[str] = []

    def open_tag(index: int, first: bool) -> str:
        item = by_index[index]
        style = f' style="--rgb:{colours[item.feature]}"'
        if not first:
            return f'<span class="ev-cont" data-evidence="{index}"{style}>'
        tooltip = f"{item.feature}: {item.note}" if item.note else item.feature
        return (
            f'<mark class="ev ev-{_css_token(item.feature)}" id="ev-{index}" data-evidence="{index}" '
            f'data-feature="{_escape(item.feature)}"{style} title="{_escape(tooltip)}">'
        )

    def close_tag(index: int, final: bool) -> str:
        links = ""
        if final:
            links = "".join(
                f'<a class="link" href="#ev-{other}" title="other side of this date conflict">&#8596;</a>'
                for other in partners.get(index, ())
            )
        return links + ("</mark>" if _is_mark[index] else "</span>")

    _is_mark: dict[int, bool] = {}
    position = 0
    for boundary in boundaries:
        if boundary > position:
            output.append(_escape(source[position:boundary]))
            position = boundary
        ending = set(ends.get(boundary, ()))
        if ending:
            # Close from the top down to the deepest element that ends here; reopen the
            # survivors above it as continuation segments.
            depth = min(level for level, index in enumerate(stack) if index in ending) if any(
                index in ending for index in stack) else len(stack)
            survivors = []
            for index in reversed(stack[depth:]):
                output.append(close_tag(index, index in ending))
                if index not in ending:
                    survivors.append(index)
            del stack[depth:]
            for index in reversed(survivors):
                _is_mark[index] = False
                output.append(open_tag(index, first=False))
                stack.append(index)
        for index, item in starts.get(boundary, ()):
            _is_mark[index] = True
            output.append(open_tag(index, first=True))
            if item.end == item.start:  # an empty span still gets its one element
                output.append(close_tag(index, True))
            else:
                stack.append(index)
    for index in reversed(stack):  # only reached if an end lies beyond the source
        output.append(close_tag(index, True))
    return "".join(output)


def _score_section(assessment: Assessment) -> str:
    from reliability.explain import DISCLAIMER, LABEL_THRESHOLDS, format_credibility

    high, low = LABEL_THRESHOLDS
    label_class = f"label label-{_css_token(assessment.label)}"
    parts = ['<section class="summary" aria-label="score">']
    if assessment.credibility is None:
        parts.append(
            f'<div class="score"><span class="value">&#8212;</span>'
            f'<span class="{label_class}">{_escape(assessment.label)}</span></div>'
            f'<p class="muted">Not judged: {assessment.word_count} words. '
            f'{_escape("; ".join(assessment.flags))}</p>'
        )
    else:
        probability = assessment.credibility
        logit = assessment.logit if assessment.logit is not None else math.nan
        distances = [abs(logit - math.log(t / (1 - t))) for t in LABEL_THRESHOLDS]
        margin = min(distances)
        width, left = 480, 10
        marker = left + probability * width
        if assessment.interval is not None:
            interval_low, interval_high = assessment.interval
            band = (f'<rect x="{left + interval_low * width:.1f}" y="4" width="{(interval_high - interval_low) * width:.1f}" '
                    f'height="22" fill="none" stroke="#1d1d1f" stroke-dasharray="3 2"/>')
            uncertainty = (f"The dashed band is the 90 % interval from the model's parameter uncertainty, "
                           f"{interval_low:.2f} to {interval_high:.2f} (how much the score would move with another "
                           "training sample, not its error against the truth); ")
        else:
            band = ""
            uncertainty = "The model gives no interval for one article; "
        parts.append(
            f'<div class="score"><span class="value">{format_credibility(probability, percent=True)}</span>'
            f'<span class="{label_class}">{_escape(assessment.label)}</span>'
            f'<span class="muted">calibrated probability of credible writing; log-odds {logit:+.2f}</span></div>'
            f'<svg class="scale" width="{width + 2 * left}" height="46" role="img" '
            f'aria-label="score {format_credibility(probability)} on a 0 to 1 scale with label thresholds {low} and {high}">'
            f'<rect x="{left}" y="8" width="{low * width:.1f}" height="14" fill="#fbd9d5"/>'
            f'<rect x="{left + low * width:.1f}" y="8" width="{(high - low) * width:.1f}" height="14" fill="#fff1c9"/>'
            f'<rect x="{left + high * width:.1f}" y="8" width="{(1 - high) * width:.1f}" height="14" fill="#d7f0e1"/>'
            f'{band}<line x1="{marker:.1f}" x2="{marker:.1f}" y1="2" y2="28" stroke="#1d1d1f" stroke-width="3"/>'
            f'<text x="{left}" y="42">0</text>'
            f'<text x="{left + low * width:.1f}" y="42" text-anchor="middle">{low:g}</text>'
            f'<text x="{left + high * width:.1f}" y="42" text-anchor="middle">{high:g}</text>'
            f'<text x="{left + width}" y="42" text-anchor="end">1</text></svg>'
            f'<p class="muted">Labels: <b>not credible</b> below {low:g}, <b>uncertain</b> from {low:g} to {high:g}, '
            f'<b>credible</b> from {high:g}. {_escape(uncertainty)}'
            f'the nearest label threshold is {margin:.2f} log-odds away, so '
            f'{"a small change in the writing could change the label" if margin < 0.5 else "the label is not near a threshold"}.</p>'
        )
    parts.append(
        f'<p class="disclaimer"><b>Signals in the writing, not truth.</b> {_escape(DISCLAIMER)}</p>'
        f'<p class="muted">{assessment.word_count} words; model {_escape(assessment.model or "default")}.</p>'
        "</section>"
    )
    return "".join(parts)


def _chart_section(assessment: Assessment, top: int) -> str:
    if not assessment.details:
        return ""
    rows: list[tuple[str, float, str]] = []
    intercept = assessment.contributions.get("intercept")
    if intercept is not None:
        rows.append(("baseline (intercept)", intercept, "the model's starting point before any feature"))
    if "prior_adjustment" in assessment.contributions:
        rows.append(("prior adjustment", assessment.contributions["prior_adjustment"], "your stated prior"))
    ranked = sorted(assessment.details, key=lambda item: -abs(item.contribution))
    for item in ranked[:top]:
        shown = "undefined" if math.isnan(item.value) else f"{item.value:.3g}"
        note = f"value {shown}: {item.description}" + (f" ({item.reason})" if item.reason else "")
        rows.append((item.feature, item.contribution, note))
    rest = ranked[top:]
    if rest:
        rows.append((f"{len(rest)} other features", math.fsum(i.contribution for i in rest), "sum of the rest"))
    scale = max((abs(value) for _, value, _ in rows), default=1.0) or 1.0
    label_width, half, row_height = 230, 170, 22
    centre = label_width + half
    height = row_height * len(rows) + 10
    svg = [f'<svg class="chart" width="{centre + half + 60}" height="{height}" role="img" '
           f'aria-label="contributions to the log-odds">']
    for number, (name, value, note) in enumerate(rows):
        y = 5 + number * row_height
        length = abs(value) / scale * half
        x = centre if value >= 0 else centre - length
        colour = "#2e7d4f" if value >= 0 else "#c0392b"
        svg.append(
            f'<g><title>{_escape(name)} {value:+.3f}: {_escape(note)}</title>'
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{_escape(name)}</text>'
            f'<rect x="{x:.1f}" y="{y + 3}" width="{max(length, 0.5):.1f}" height="{row_height - 8}" fill="{colour}"/>'
            f'<text x="{(centre + length + 4) if value >= 0 else (centre + 4):.1f}" y="{y + 15}">{value:+.2f}</text></g>'
        )
    svg.append(f'<line x1="{centre}" x2="{centre}" y1="0" y2="{height}" stroke="#5f6368"/></svg>')
    return (
        '<section aria-label="contributions"><h2>Main reasons</h2>'
        '<p class="muted">Log-odds contributions; green raises the score, red lowers it. '
        'They sum exactly to the log-odds above. Hover a bar for the value.</p>'
        + "".join(svg) + "</section>"
    )


def render_html(assessment: Assessment, text: str, title: str | None = None, *, top: int = 10) -> str:
    """Render an assessment as one self-contained HTML page.

    Parameters
    ----------
    assessment : Assessment
        The result of :func:`reliability.score` for ``text`` and ``title``.
    text : str
        The article body exactly as scored (evidence offsets index it).
    title : str, optional
        The headline exactly as scored, if one was given.
    top : int
        How many feature contributions the bar chart shows.

    Returns
    -------
    str
        A complete HTML document: inline CSS, no scripts, no external assets.

    Raises
    ------
    InvalidArticleError
        If ``text`` or ``title`` is not the string the evidence was found in.

    Examples
    --------
    >>> from reliability import score
    >>> body = "URGENT UPDATE: <b>officials said</b> the deal could collapse. " * 10
    >>> page = render_html(score(body), body)
    >>> page.startswith("<!DOCTYPE html>") and "<b>officials" not in page
    True
    """
    evidence = tuple(assessment.evidence)
    _check_offsets(evidence, text, title, assessment.word_count)
    colours = _colours([item.feature for item in evidence])
    groups = _conflict_groups(evidence)
    partners = _conflict_partners(groups)
    body_items = [(index, item) for index, item in enumerate(evidence) if item.field == "text"]
    title_items = [(index, item) for index, item in enumerate(evidence) if item.field != "text"]
    counts: dict[str, int] = defaultdict(int)
    for item in evidence:
        counts[item.feature] += 1

    legend = "".join(
        f'<li title="{_escape(_describe(name))}"><span class="swatch" style="--rgb:{colours[name]}"></span>'
        f"{_escape(name)} ({counts[name]})</li>"
        for name in sorted(counts)
    )
    conflicts = []
    for group in sorted(groups):
        links = " &#8596; ".join(f'<a href="#ev-{member}">{_escape(evidence[member].text)}</a>' for member in group)
        conflicts.append(f"<li>{_escape(evidence[group[0]].note)}: {links}</li>")
    rows = "".join(
        f'<tr><td><a href="#ev-{index}">{_escape(item.text[:80])}</a></td><td>{_escape(item.feature)}</td>'
        f"<td>{_escape(item.field)}[{item.start}:{item.end}]</td><td>{_escape(item.note)}</td></tr>"
        for index, item in enumerate(evidence)
    )
    headline = ""
    if title:
        headline = f'<div class="headline">{_highlight(title, title_items, colours, partners)}</div>'
    page_title = _escape((title or "Article")[:120])
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">",
        f"<title>Credibility signals: {page_title}</title>",
        f"<style>{_CSS}</style></head><body><main>",
        f"<h1>Credibility signals{': ' + page_title if title else ''}</h1>",
        _score_section(assessment),
        _chart_section(assessment, top),
        '<section aria-label="article"><h2>The article with its evidence</h2>',
        f'<p class="muted">{len(evidence)} evidence spans. Hover a highlight for the feature and why it '
        "counts; &#8596; jumps to the other side of a date conflict.</p>",
        f'<ul class="legend">{legend}</ul>' if legend else "",
        f'<hr>{headline}<div class="article">{_highlight(text, body_items, colours, partners)}</div></section>',
    ]
    if conflicts:
        parts.append(f'<section aria-label="date conflicts"><h2>Date conflicts</h2><ul>{"".join(conflicts)}</ul></section>')
    if evidence:
        parts.append(
            '<section aria-label="evidence list"><details><summary>All evidence spans</summary>'
            f"<table><thead><tr><th>quote</th><th>feature</th><th>where</th><th>note</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details></section>"
        )
    flags = "".join(f"<li>{_escape(flag)}</li>" for flag in assessment.flags)
    if flags:
        parts.append(f'<section aria-label="flags"><h2>Flags</h2><ul>{flags}</ul></section>')
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
