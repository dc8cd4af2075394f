"""The public entry points: :func:`score` and :func:`score_many`."""

from __future__ import annotations

import math
import numbers
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from reliability._gc import LARGE_TEXT_CHARS, call_paused
from reliability.article import DEFAULT_MAX_CHARS, Article
from reliability.errors import ArticleTypeError, InvalidArticleError, ReliabilityError, check_int
from reliability.explain import LABEL_THRESHOLDS, Assessment, Contribution, Evidence, FailedItem
from reliability.features import FEATURE_NAMES, FEATURES, _extract, to_original
from reliability.features.base import load_lexicon
from reliability.vocabulary import VOCABULARY_DESCRIPTION, VOCABULARY_FEATURE, describe
from reliability.model import LinearModel, default_model, load_model, names_shipped_model

__all__ = ["score", "score_many", "DEFAULT_MIN_WORDS"]

# Two-sided 90 % normal quantile, for the interval of the weights' uncertainty.
_Z_90 = 1.6448536269514722
_new = tuple.__new__
# describe(name) for every registered feature, looked up once: describe() imports and searches
# the registry on each call, about fifty times per article.  Other names still go through it.
_DESCRIPTIONS: dict[str, str] = {spec.name: spec.description for spec in FEATURES}
_DESCRIPTIONS[VOCABULARY_FEATURE] = VOCABULARY_DESCRIPTION

#: Below this many words the article is reported but not judged.
DEFAULT_MIN_WORDS = 50
#: Texts whose share of common English function words is below this are not judged
#: (see :func:`english_function_word_share`): other languages and lists of words.
MIN_FUNCTION_WORD_SHARE = 0.12
#: Texts whose words are mostly single characters ("T h e   c a t", or UTF-16 read as UTF-8
#: and split at every NUL) are not prose either: above this share they are not judged.
MAX_SINGLE_CHARACTER_SHARE = 0.5
_FUNCTION_WORDS: frozenset[str] = frozenset(load_lexicon("english_function_words").terms["function_word"])

ModelArgument = LinearModel | str | Path | None


def _resolve_model(model: ModelArgument) -> LinearModel:
    if model is None:
        return default_model()
    if isinstance(model, LinearModel):
        return model
    if isinstance(model, (str, Path)):
        return _load_model_cached(model)
    raise ArticleTypeError.for_parameter("model", model, "None, a LinearModel or a path to a model file")


# Model files by path, with the size and modification time they had when read: score(text,
# model="model.json") in a loop read and validated the JSON file on every call (~0.4 ms).
_MODEL_FILES: dict[str, tuple[tuple[int, int], LinearModel]] = {}


def _load_model_cached(path: str | Path) -> LinearModel:
    try:
        status = os.stat(path)
    except OSError:
        if names_shipped_model(path):  # as on the command line
            return default_model()
        return load_model(path)  # load_model names the problem
    key, stamp = os.path.abspath(path), (status.st_size, status.st_mtime_ns)
    cached = _MODEL_FILES.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    model = load_model(path)
    if len(_MODEL_FILES) >= 8:
        _MODEL_FILES.clear()
    _MODEL_FILES[key] = (stamp, model)
    return model


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def _sigmoid(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    exp = math.exp(logit)
    return exp / (1.0 + exp)


def _check_prior(prior: object) -> float | None:
    if prior is None:
        return None
    # numbers.Real takes numpy's float32 too (np.float64 is already a float); bool is refused.
    if isinstance(prior, bool) or not isinstance(prior, numbers.Real):
        raise ArticleTypeError.for_parameter("prior", prior, "a float strictly between 0 and 1, or None")
    if not 0.0 < prior < 1.0:
        raise InvalidArticleError.for_parameter("prior", prior, "a float strictly between 0 and 1")
    return float(prior)


def _label(probability: float) -> str:
    high, low = LABEL_THRESHOLDS
    if probability >= high:
        return "credible"
    if probability < low:
        return "not credible"
    return "uncertain"


def score(
    text: str,
    *,
    title: str | None = None,
    published: Any = None,
    source: str | None = None,
    prior: float | None = None,
    model: ModelArgument = None,
    min_words: int = DEFAULT_MIN_WORDS,
    max_chars: int = DEFAULT_MAX_CHARS,
    check_language: bool = True,
) -> Assessment:
    """Score the credibility signals of one article and explain the score.

    Parameters
    ----------
    text : str
        The article body. Evidence offsets index this string.
    title : str, optional
        The headline (evidence with ``field="title"`` indexes it).
    published : datetime.date or ISO 8601 str, optional
        Publication date (1000-01-01 to 8999-12-31); anchors relative dates ("yesterday").
    source : str, optional
        The outlet. Checked (a str or None) but never used by the score, and not part of
        the returned Assessment: keep it beside each result to group scores by outlet
        (``score_sources`` does this from your records).
    prior : float, optional
        Your stream's share of credible articles. Shifts the log-odds by
        ``logit(prior) - logit(model.base_rate)`` (reported as the
        ``prior_adjustment`` contribution).
    model : LinearModel or path, optional
        A model trained with ``reliability train``; the shipped one by default
        (also ``"default"``, as on the command line, unless a file of that name exists).
    min_words : int
        Texts with fewer words (and a text with none, whatever ``min_words``) are
        reported (features and evidence) but not judged: ``credibility`` is None
        and ``label`` is ``"insufficient text"``.
    max_chars : int
        Longest accepted text (a positive int); longer raises ``InputTooLargeError``.
    check_language : bool
        When true (the default), a text of at least ``min_words`` words of which
        fewer than :data:`MIN_FUNCTION_WORD_SHARE` are common English function
        words ("the", "of", "and", ...) is another language or a list of words,
        not English prose: it is reported like a short text (features and
        evidence, ``credibility`` None, ``label`` ``"insufficient text"``, flag
        ``not_english``); so is a text of which more than
        :data:`MAX_SINGLE_CHARACTER_SHARE` of the words are one character long
        (a text split into its letters; flag ``single_characters``). False scores
        them anyway.

    Returns
    -------
    Assessment

    Examples
    --------
    >>> text = ("URGENT UPDATE: a source with direct access said the deal could collapse. " * 10)
    >>> result = score(text)
    >>> 0.0 <= result.credibility <= 1.0
    True
    >>> abs(sum(result.contributions.values()) - result.logit) < 1e-9
    True
    >>> score("Too short.").label
    'insufficient text'
    """
    article = Article(text, title=title, published=published, source=source, max_chars=max_chars)
    prior_value = _check_prior(prior)
    # A wrong type is an ArticleTypeError (a TypeError), a wrong value an InvalidArticleError (STYLE.md rule 5).
    check_int("min_words", min_words, 0, "a non-negative int")
    if not isinstance(check_language, bool):
        raise ArticleTypeError.for_parameter("check_language", check_language, "True or False")
    linear = _resolve_model(model)
    # The whole call, not only extract(): building the evidence of a huge text is the rest.
    return call_paused(len(article.text) >= LARGE_TEXT_CHARS, _assess, article, linear, prior_value, min_words,
                       check_language)


def english_function_word_share(article: Article) -> float:
    """Share of the body's words that are common English function words (0.0 with no words).

    English news prose sits at about 0.18 and above (0.17 in the lowest of 3,200
    articles of the shared corpora, median 0.36-0.40); other languages and lists
    of words at 0.12 and below.

    Examples
    --------
    >>> round(english_function_word_share(Article("The cat sat on the mat.")), 2)
    0.5
    >>> english_function_word_share(Article("Правительство объявило о новой программе."))
    0.0
    """
    words = article.lower_words
    if not words:
        return 0.0
    return sum(map(_FUNCTION_WORDS.__contains__, words)) / len(words)


def single_character_share(article: Article) -> float:
    """Share of the body's words that are one character long (0.0 with no words).

    English news prose sits near 0.02 ("a", "I", initials); a text split into its letters
    near 1.0.

    Examples
    --------
    >>> single_character_share(Article("The cat sat on a mat."))
    0.16666666666666666
    >>> single_character_share(Article(" ".join("The cat sat on the mat.")))
    1.0
    """
    words = article.lower_words
    if not words:
        return 0.0
    return sum(1 for word in words if len(word) == 1) / len(words)


def _plainly_english(article: Article) -> bool:
    """Whether the first half of the words alone holds MIN_FUNCTION_WORD_SHARE of all of them.

    The share over all the words is then at least as large, so the language check passes
    with half the look-ups on English prose (a share of 0.36-0.40, typically); otherwise
    :func:`english_function_word_share` decides.
    """
    words = article.lower_words
    if not words:
        return False
    found = sum(map(_FUNCTION_WORDS.__contains__, islice(words, len(words) // 2)))
    return found / len(words) >= MIN_FUNCTION_WORD_SHARE


def _assess(article: Article, linear: LinearModel, prior_value: float | None, min_words: int,
            check_language: bool = True) -> Assessment:
    measurements = _extract(article, None)
    features = {name: measurements[name].value for name in FEATURE_NAMES}
    if linear.vocabulary is not None:
        # The model's learned word-level score: a feature like the others, with its words as evidence.
        measurements = {**measurements, VOCABULARY_FEATURE: linear.vocabulary.measure(article)}
        features[VOCABULARY_FEATURE] = measurements[VOCABULARY_FEATURE].value
    # Spans leave the library here: offsets into the cleaned text become offsets into the caller's.
    measurements = to_original(article, measurements)
    reasons = {name: m.reason for name, m in measurements.items() if m.reason is not None}
    sources = {"text": article.text, "title": article.title or ""}
    # tuple.__new__ skips the named tuple's Python-level __new__ (about 140 per article).
    # Each Span unpacked once, rather than read field by field.
    evidence = tuple([
        _new(Evidence, (name, start, end, sources[field][start:end], note, field))
        for name, measurement in measurements.items()
        if measurement.spans and name != "date_conflicts"  # its spans repeat those of the per-kind counts
        for start, end, note, field in measurement.spans
    ])
    words = article.word_count

    def unjudged(flag: str) -> Assessment:
        # Reported (features, evidence) but not judged: no score is invented; the flag says why.
        return Assessment(
            credibility=None, label="insufficient text", logit=None, features=features,
            contributions={}, evidence=evidence, flags=(flag,), word_count=words, model=linear.name,
            reasons=reasons,
        )

    if words < min_words or not words:
        # A text without words is never judged: with min_words=0 it was flagged not_english ("looks
        # like another language"), or with check_language=False given a score from nothing.
        return unjudged(f"too_short: {words} words, at least {max(min_words, 1)} needed to judge")
    # Characters per word: 5.1 and more in every article of the shared corpora, about 2.4 in a
    # text split into its letters (3.4 with two spaces between): only below 4 are the words'
    # lengths counted, so English prose pays one comparison.
    if check_language and len(article.text) < 4 * words:
        share = single_character_share(article)
        if share > MAX_SINGLE_CHARACTER_SHARE:
            return unjudged(f"single_characters: {share:.0%} of the {words} words are one character long; English "
                            "prose has a few percent. The text looks split into its letters (letter-spaced, or a "
                            "UTF-16 file read as UTF-8), whose writing signals the model cannot read "
                            "(check_language=False, or --no-language-check at the command line, scores it anyway)")
    if check_language and not _plainly_english(article):
        share = english_function_word_share(article)
        if share < MIN_FUNCTION_WORD_SHARE:
            return unjudged(f"not_english: {share:.0%} of the {words} words are common English function words "
                            f"('the', 'of', 'and', ...); English prose has at least {MIN_FUNCTION_WORD_SHARE:.0%}. "
                            "This looks like another language or a list of words, whose writing signals the "
                            "model cannot read (check_language=False, or --no-language-check at the command "
                            "line, scores it anyway)")
    contributions: dict[str, float] = {"intercept": linear.intercept}
    if prior_value is not None:
        contributions["prior_adjustment"] = _logit(prior_value) - _logit(linear.base_rate)
    z = linear.standardised(features)
    per_feature = linear.contributions(features, z=z)
    contributions.update(per_feature)
    logit = math.fsum(contributions.values())
    probability = _sigmoid(logit)
    details = tuple([
        _new(Contribution, (
            name, features[name], value,
            _DESCRIPTIONS[name] if name in _DESCRIPTIONS else describe(name), reasons.get(name),
        ))
        for name, value in per_feature.items()
    ])
    standard_error = linear.logit_standard_error(features, z=z)
    interval = None
    if standard_error is not None:
        interval = (_sigmoid(logit - _Z_90 * standard_error), _sigmoid(logit + _Z_90 * standard_error))
    flags: tuple[str, ...] = ()
    length_range = linear.length_range
    if length_range is not None and not length_range[0] <= words <= length_range[1]:
        # Judged, but say so: the length term is clipped, so the model treats this text as one of the
        # shortest or longest it was trained on (a 5 MB text counts as a long article, not as itself).
        bound = length_range[0] if words < length_range[0] else length_range[1]
        flags = (f"length_outside_training: {words:,} words; the model tells lengths apart only from "
                 f"{length_range[0]:,} to {length_range[1]:,} words (the middle 99 % of its training articles) and counts "
                 f"this text as {bound:,} words long, so its score is an extrapolation for a text of this length",)
    return Assessment(
        credibility=probability, label=_label(probability), logit=logit, features=features,
        contributions=contributions, evidence=evidence, details=details, flags=flags, word_count=words,
        model=linear.name, reasons=reasons, interval=interval,
    )


def _score_item(index: int, item: object, options: Mapping[str, Any]) -> Assessment | FailedItem:
    try:
        if isinstance(item, str):
            return score(item, **options)
        if isinstance(item, Mapping):
            if "text" not in item:
                raise InvalidArticleError(f"items[{index}]: expected a 'text' key, received keys {sorted(map(str, item))[:8]}")
            fields = {"title": item.get("title"), "published": item.get("published", item.get("date")),
                      "source": item.get("source")}
            if _ITEM_FIELDS.isdisjoint(options):
                return score(item["text"], **fields, **options)
            # title=, published= or source= for the whole batch: a default for the items that do not
            # give their own (passed beside the item's, it was a TypeError on every dict item).
            merged = {**options, **{key: value for key, value in fields.items() if value is not None}}
            return score(item["text"], **merged)
        raise ArticleTypeError.for_parameter(f"items[{index}]", item, "a str or a dict with a 'text' key")
    except ReliabilityError as error:
        message = str(error)
        # Every message names the item it is about ("items[3]: published: expected ...").
        prefix = f"items[{index}]"
        return FailedItem(index, type(error).__name__, message if message.startswith(prefix) else f"{prefix}: {message}")
    except Exception as error:  # noqa: BLE001 - a bug reached by one item must not lose the others
        # (the batch CLI does the same); named as internal, so it is not mistaken for bad input.
        return FailedItem(index, type(error).__name__, f"items[{index}]: internal error: {error}")


def _score_chunk(start: int, chunk: Sequence[object], options: Mapping[str, Any]) -> list[Assessment | FailedItem]:
    # The cyclic GC paused for the chunk: scoring makes no reference cycles (checked in the
    # tests: gc.collect() finds none after a batch with failures), but a growing list of
    # results makes every full collection rescan all of them.
    return call_paused(True, _score_items, start, chunk, options)


def _score_items(start: int, chunk: Sequence[object], options: Mapping[str, Any]) -> list[Assessment | FailedItem]:
    return [_score_item(start + offset, item, options) for offset, item in enumerate(chunk)]


def score_many(
    items: Iterable[object],
    *,
    n_jobs: int = 1,
    chunk_size: int = 256,
    **options: Any,
) -> list[Assessment | FailedItem]:
    """Score many articles; order is preserved and a bad item never loses the others.

    Parameters
    ----------
    items : iterable of str or dict, or a pandas DataFrame
        Texts, or dicts with ``text`` and optional ``title``, ``published``
        (or ``date``) and ``source``; a DataFrame is read by rows from those columns.
        Other keys (an id, a label, ...) are ignored, so a misspelt one ("titel") is too.
    n_jobs : int
        Processes to score with, counting this one: ``n_jobs - 1`` worker processes
        (joblib's loky executor) take chunks from the front of the batch while this
        process scores chunks from the back, until they meet; 1 scores in this
        process alone; negative values count back from the number of cores (-1 =
        every core). Always processes: ``joblib.parallel_config`` backends are not used.
    chunk_size : int
        The most items sent to a worker at once (a positive int); chunks shrink
        towards the end of the batch so that the workers finish together.
    **options
        Passed to :func:`score` (``prior``, ``model``, ``min_words``, ...). They are checked
        once, before any item: an unknown name or a bad value raises (a ReliabilityError),
        since it would fail every item. ``title``, ``published`` and ``source`` given here
        apply to every item that does not give its own.

    Returns
    -------
    list of Assessment or FailedItem
        One entry per item, in order; a :class:`FailedItem` says why an item failed.

    Examples
    --------
    >>> results = score_many(["Short.", 42])
    >>> results[0].label, type(results[1]).__name__
    ('insufficient text', 'FailedItem')
    """
    ArticleTypeError.check_collection(
        items, "items", "an iterable of articles (str or dict); for one article call score() or pass [item]")
    frame_rows = dataframe_records(items, "items")
    n_jobs = _resolve_jobs(n_jobs)
    # A wrong type is an ArticleTypeError, a wrong value an InvalidArticleError (STYLE.md rule 5);
    # numpy ints are ints (they were refused as "expected a positive int, received int64 4").
    chunk_size = check_int("chunk_size", chunk_size, 1, "a positive int")
    options = check_options(options)
    materialised = list(items) if frame_rows is None else frame_rows
    if n_jobs == 1 or len(materialised) <= chunk_size:
        return _score_chunk(0, materialised, options)
    return _score_parallel(materialised, n_jobs, chunk_size, options)


def check_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the options of a batch once, before any item: returns them with a model path loaded.

    An unknown name or a bad value (``prior=2``) applies to every item: it used to come back
    as one FailedItem per item, a misspelt name as an "internal error".
    """
    unknown = sorted(set(options) - _SCORE_OPTIONS)
    if unknown:
        raise ArticleTypeError(f"options: expected keyword arguments of score() ({', '.join(sorted(_SCORE_OPTIONS))}), "
                               f"received unknown {', '.join(map(repr, unknown))}")
    checked = dict(options)
    if isinstance(checked.get("model"), (str, Path)):
        checked["model"] = load_model(checked["model"])
    score("", **checked)  # the same checks as for every item, once: raises for a bad value
    return checked


_SCORE_OPTIONS = frozenset({"title", "published", "source", "prior", "model", "min_words", "max_chars",
                            "check_language"})
#: The options a dict item can also give itself (``date`` is read as ``published``).
_ITEM_FIELDS = frozenset({"title", "published", "source"})


#: The smallest chunk handed to a worker, and the size of the chunks this process scores
#: itself while the workers start.
_MIN_CHUNK = 16

#: The GIL switch interval (seconds) while this process scores beside its workers.
_SWITCH_INTERVAL = 0.0002


class _ChunkSource:
    """Hands out the items in chunks: to the workers from the front, to this process from the back.

    Chunk sizes are guided: a quarter of the remaining items per worker, at most
    ``chunk_size`` and at least ``_MIN_CHUNK``, so the last chunks are small and the
    workers finish together. Thread-safe (joblib pulls the next chunk from its result
    thread when a chunk completes).
    """

    def __init__(self, items: Sequence[object], chunk_size: int, n_jobs: int) -> None:
        self.items = items
        self.front = 0
        self.back = len(items)
        self.chunk_size = chunk_size
        self.n_jobs = n_jobs
        self.lock = threading.Lock()

    def __iter__(self) -> Iterator[tuple[int, Sequence[object]]]:
        while True:
            with self.lock:
                remaining = self.back - self.front
                if remaining <= 0:
                    return
                size = self._size(remaining)
                start = self.front
                self.front += size
            yield start, self.items[start:start + size]

    def _size(self, remaining: int) -> int:
        return min(self.chunk_size, max(_MIN_CHUNK, remaining // (4 * self.n_jobs)), remaining)

    def next_size(self) -> int:
        """The guided size of the next chunk (0 when none are left)."""
        with self.lock:
            return self._size(self.back - self.front)

    def take_back(self, size: int) -> tuple[int, Sequence[object]] | None:
        """The last ``size`` items not yet handed out (None when none are left)."""
        with self.lock:
            size = min(size, self.back - self.front)
            if size <= 0:
                return None
            self.back -= size
            return self.back, self.items[self.back:self.back + size]


class _PackedResults:
    """A worker's results on their way back: pickled as plain columns built with the GC paused.

    Left to themselves, the results are pickled with the cyclic GC running, and the
    columns each ``Assessment.__reduce__`` builds set off collections that rescan every
    result: twice the time (0.10 s against 0.05 s per 1,000 assessments). Reducing them
    all at once here, with the collector paused, leaves the pickler only writing.
    """

    __slots__ = ("results",)

    def __init__(self, results: list[Assessment | FailedItem]) -> None:
        self.results = results

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (_unpack_results, (call_paused(True, _pack_results, self.results),))


def _pack_results(results: list[Assessment | FailedItem]) -> list[Any]:
    return [item.__reduce__() if isinstance(item, Assessment) else item for item in results]


def _unpack_results(packed: list[Any]) -> list[Assessment | FailedItem]:
    return [item[0](*item[1]) if isinstance(item, tuple) else item for item in packed]


def _score_chunk_packed(start: int, chunk: Sequence[object], options: Mapping[str, Any]) -> _PackedResults:
    # Run in a worker process; see _PackedResults.
    return _PackedResults(_score_chunk(start, chunk, options))


def _score_parallel(items: Sequence[object], n_jobs: int, chunk_size: int,
                    options: Mapping[str, Any]) -> list[Assessment | FailedItem]:
    # The whole collection runs with the cyclic GC paused: unpickling the workers' results
    # builds ~1,000 tracked objects per article, and with the collector running that took
    # 4x as long as the unpickling itself (0.79 s against 0.18 s for 3,000 assessments), on
    # the one process every worker waits for.
    return call_paused(True, _collect_parallel, items, n_jobs, chunk_size, options)


def _worker_pool(workers: int) -> tuple[Any, bool]:
    """A process pool of ``workers`` (a concurrent.futures executor), and whether it is ours to shut.

    ``joblib.Parallel(n_jobs=1)`` would run in this process, so the pool is asked for
    directly: joblib's own shared one (``joblib.executor``, not documented API, present
    since joblib 0.12), so that ``Parallel`` calls before and after reuse it. Without that
    module, a private loky pool for this call (loky's shared one would break joblib's).
    """
    try:
        from joblib.executor import get_memmapping_executor
    except ImportError:
        from joblib.externals.loky import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=workers), True
    return get_memmapping_executor(workers), False


def _collect_parallel(items: Sequence[object], n_jobs: int, chunk_size: int,
                      options: Mapping[str, Any]) -> list[Assessment | FailedItem]:
    # This process is one of the n_jobs: n_jobs - 1 workers take chunks from the front
    # while this process scores chunks from the back, until they meet. Its own results
    # never cross a process boundary, and the workers' results are unpickled by the
    # executor's result thread while this process scores.
    workers = n_jobs - 1
    executor, private = _worker_pool(workers)
    try:
        return _score_beside(executor, workers, _ChunkSource(items, chunk_size, n_jobs), options)
    finally:
        if private:
            executor.shutdown(wait=False)


def _score_beside(executor: Any, workers: int, source: _ChunkSource,
                  options: Mapping[str, Any]) -> list[Assessment | FailedItem]:
    chunks = iter(source)
    futures: list[Any] = []
    lock = threading.Lock()

    def submit_next(_: object = None) -> None:
        with lock:
            chunk = next(chunks, None)
            if chunk is None:
                return
            future = executor.submit(_score_chunk_packed, chunk[0], chunk[1], options)
            futures.append(future)
        future.add_done_callback(submit_next)

    for _ in range(2 * workers):
        submit_next()
    tail: list[list[Assessment | FailedItem]] = []
    # The executor's result thread reads each worker's results from a pipe, and needs the
    # GIL for every piece it reads while this thread scores; at the default 5 ms switch
    # interval the worker sat blocked on its write for about 0.1 s after every chunk
    # (measured: 7.1 s for 10,000 articles; 6.3 s with 0.2 ms). Shortened while this
    # process scores, then restored.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, _SWITCH_INTERVAL))
    try:
        while (taken := source.take_back(source.next_size())) is not None:
            tail.append(_score_items(taken[0], taken[1], options))
    finally:
        sys.setswitchinterval(switch_interval)
    results: list[Assessment | FailedItem] = []
    index = 0
    while True:
        with lock:
            if index >= len(futures):
                break
            future = futures[index]
        index += 1
        results.extend(future.result())
    for chunk_results in reversed(tail):
        results.extend(chunk_results)
    return results


def dataframe_records(items: object, parameter: str) -> list[dict[str, Any]] | None:
    """The rows of a pandas DataFrame as article dicts (None for anything else).

    Iterating a DataFrame gives its column names, not its rows. Missing cells (NaN, pd.NA,
    NaT) become absent fields, so the article is scored without them.
    """
    columns = getattr(items, "columns", None)
    if columns is None or not callable(getattr(items, "to_dict", None)) or not type(items).__module__.startswith("pandas"):
        return None
    import pandas as pd

    if "text" not in columns:
        raise ArticleTypeError(f"{parameter}: expected a DataFrame with a 'text' column, received columns "
                               f"{list(columns)[:8]}")
    return [{key: None if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else value
             for key, value in record.items()} for record in items.to_dict("records")]


def _resolve_jobs(n_jobs: object) -> int:
    # joblib's convention: -1 = every core, -2 = all but one, ...
    # A wrong type ("2", 1.5) is an ArticleTypeError, 0 an InvalidArticleError; numpy ints are ints.
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, numbers.Integral):
        raise ArticleTypeError.for_parameter("n_jobs", n_jobs, "a non-zero int (-1 for every core)")
    if n_jobs == 0:
        raise InvalidArticleError.for_parameter("n_jobs", n_jobs, "a non-zero int (-1 for every core)")
    n_jobs = int(n_jobs)
    return n_jobs if n_jobs > 0 else max(1, (os.cpu_count() or 1) + 1 + n_jobs)

