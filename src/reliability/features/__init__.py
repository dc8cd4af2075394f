"""The feature registry: every feature's stable name, family, meaning and unit.

Feature names are a public contract: models, explanations and users refer to
them. Each feature is computed by an *extractor*, a pure function of the
parsed :class:`~reliability.article.Article` that returns several related
measurements in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import import_module

from reliability._gc import LARGE_TEXT_CHARS, call_paused
from reliability.article import Article
from reliability.errors import UnknownFeatureError
from reliability.features.base import Extractor, FeatureSpec, Measurement, Span

__all__ = ["FEATURES", "FEATURE_NAMES", "FeatureSpec", "Measurement", "Span", "extract", "feature_spec"]

_PER_1000 = "per 1,000 words"

# extractor name -> "module:function"; modules import lazily on first use.
_EXTRACTORS: dict[str, str] = {
    "attribution": "reliability.features.attribution:extract_attribution",
    "lexical": "reliability.features.lexical:extract_lexical",
    "style": "reliability.features.style:extract_style",
    "headline": "reliability.features.style:extract_headline",
    "dates": "reliability.features.dates:extract_dates",
    "consistency": "reliability.features.consistency:extract_consistency",
    "readability": "reliability.features.readability:extract_readability",
}

FEATURES: tuple[FeatureSpec, ...] = (
    FeatureSpec("anonymous_source_density", "attribution",
                "attributions to unnamed sources ('a source close to', 'officials said', 'speaking on condition of anonymity')",
                _PER_1000, "attribution"),
    FeatureSpec("named_attribution_density", "attribution",
                "attributions to named people, organisations or outlets ('Benjamin Young said', 'according to KCNA')",
                _PER_1000, "attribution"),
    FeatureSpec("anonymous_source_ratio", "attribution",
                "unnamed attributions as a share of all attributions (undefined without attributions)",
                "share 0-1", "attribution"),
    FeatureSpec("quote_density", "attribution", "quoted passages", _PER_1000, "attribution"),
    FeatureSpec("quoted_speech_share", "attribution",
                "share of the body's words inside quoted passages", "share 0-1", "attribution"),
    FeatureSpec("unattributed_quote_share", "attribution",
                "quoted passages with no speaker named or described nearby, as a share of quoted passages "
                "(undefined without quotes)", "share 0-1", "attribution"),
    FeatureSpec("expert_quote_density", "attribution",
                "named attributions to outside experts ('Benjamin Young, a nuclear security researcher at Rand')",
                _PER_1000, "attribution"),
    FeatureSpec("hedging_density", "hedging",
                "hedges and speculative markers ('reportedly', 'allegedly', 'could', 'is believed')",
                _PER_1000, "lexical"),
    FeatureSpec("weasel_density", "hedging",
                "weasel words: vague quantifiers and unattributed opinion ('some people', 'is widely regarded', "
                "'critics', 'it is believed')", _PER_1000, "lexical"),
    FeatureSpec("urgency_density", "urgency",
                "urgency and alarm addressed to the reader ('URGENT UPDATE', 'cannot be overstated', 'stay tuned', '!!')",
                _PER_1000, "lexical"),
    FeatureSpec("secrecy_density", "secrecy",
                "secrecy and exclusivity framing ('highly classified', 'behind closed doors', 'undisclosed location')",
                _PER_1000, "lexical"),
    FeatureSpec("revelation_density", "revelation",
                "framing the story as catching or exposing someone ('caught', 'admitted', 'revealed', 'proof that', "
                "'the truth about')", _PER_1000, "lexical"),
    FeatureSpec("loaded_language_density", "loaded_language",
                "insults and sensational words ('shocking', 'traitor', 'bombshell')", _PER_1000, "lexical"),
    FeatureSpec("intensifier_density", "loaded_language",
                "intensifiers and absolutes ('absolutely', 'totally', 'never')", _PER_1000, "lexical"),
    FeatureSpec("fear_appeal_density", "loaded_language",
                "fear appeals ('threat', 'chaos', 'catastrophe')", _PER_1000, "lexical"),
    FeatureSpec("superlative_density", "loaded_language",
                "superlatives ('the worst ever', 'greatest', 'most dangerous')", _PER_1000, "lexical"),
    FeatureSpec("distancing_density", "loaded_language",
                "distancing words and scare quotes ('so-called', 'self-proclaimed', the \"experts\")",
                _PER_1000, "lexical"),
    FeatureSpec("partisan_label_density", "loaded_language",
                "labels for ideological camps and the media ('liberals', 'the mainstream media', 'globalists')",
                _PER_1000, "lexical"),
    FeatureSpec("first_person_density", "style",
                "the writer's own voice ('I', 'we', 'our'): opinion and commentary rather than report",
                _PER_1000, "lexical"),
    FeatureSpec("date_conflicts", "dates",
                "internal date contradictions of any kind", "count", "dates"),
    FeatureSpec("weekday_mismatch", "dates",
                "a weekday that does not match its date ('Monday, March 14, 2017')", "count", "dates"),
    FeatureSpec("impossible_date", "dates", "a date that does not exist ('February 30')", "count", "dates"),
    FeatureSpec("restated_event", "dates", "one event given two different dates", "count", "dates"),
    FeatureSpec("order_violation", "dates",
                "'after'/'before' contradicting the dates given", "count", "dates"),
    FeatureSpec("publication_anachronism", "dates",
                "events dated after publication, or 'yesterday' pinned far from it", "count", "dates"),
    FeatureSpec("duration_arithmetic", "dates",
                "durations or ages contradicting stated dates", "count", "dates"),
    FeatureSpec("dated_reference_density", "dates", "explicit calendar dates", _PER_1000, "dates"),
    FeatureSpec("word_count_log", "style", "natural log of 1 + the number of words in the body",
                "log words", "style"),
    FeatureSpec("all_caps_density", "style", "shouting in capitals ('WAKE UP PEOPLE')", _PER_1000, "style"),
    FeatureSpec("exclamation_density", "style", "exclamation marks in the body", _PER_1000, "style"),
    FeatureSpec("question_density", "style", "question marks in the body", _PER_1000, "style"),
    FeatureSpec("number_density", "style", "specific numbers", _PER_1000, "style"),
    FeatureSpec("second_person_density", "style", "addressing the reader ('you', 'your')", _PER_1000, "style"),
    FeatureSpec("named_entity_density", "style",
                "capitalised names inside sentences (people, places, organisations): specificity",
                _PER_1000, "style"),
    FeatureSpec("flesch_kincaid_grade", "readability",
                "Flesch-Kincaid grade level, 0.39 * words/sentence + 11.8 * syllables/word - 15.59",
                "grade", "readability"),
    FeatureSpec("mean_sentence_length", "readability", "mean words per sentence", "words", "readability"),
    FeatureSpec("type_token_ratio", "readability",
                "mean type-token ratio of consecutive 50-word windows (independent of length)",
                "share 0-1", "readability"),
    FeatureSpec("name_inconsistency", "consistency",
                "a person introduced by full name and later called by a different surname ('Benjamin Young' ... 'Yang said')",
                "count", "consistency"),
    FeatureSpec("conflicting_figures", "consistency",
                "one quantity stated as fact with two different numbers ('12 people were killed' ... '15 people were killed')",
                "count", "consistency"),
    FeatureSpec("headline_capitalised_share", "headline",
                "share of headline words that start with a capital", "share 0-1", "headline"),
    FeatureSpec("headline_word_count", "headline", "words in the headline", "words", "headline"),
    FeatureSpec("headline_punctuation", "headline", "runs of '!' or '?' in the headline", "count", "headline"),
    FeatureSpec("headline_clickbait", "headline",
                "clickbait patterns ('you won't believe', forward references, numbered listicles)",
                "count", "headline"),
    FeatureSpec("headline_reader_address", "headline",
                "the headline addresses the reader ('you', 'your')", "count", "headline"),
    FeatureSpec("headline_number_start", "headline",
                "the headline opens with a number ('17 Things ...')", "0 or 1", "headline"),
    FeatureSpec("headline_all_caps_words", "headline",
                "ALL-CAPS words in the headline other than short acronyms", "count", "headline"),
)
FEATURE_NAMES: tuple[str, ...] = tuple(spec.name for spec in FEATURES)
_BY_NAME: dict[str, FeatureSpec] = {spec.name: spec for spec in FEATURES}
_LOADED: dict[str, Extractor] = {}
# The default call (every feature) skips the per-name look-ups: extractors in order of first use.
_ALL_FEATURES: tuple[tuple[str, str], ...] = tuple((spec.name, spec.extractor) for spec in FEATURES)
_ALL_EXTRACTORS: tuple[str, ...] = tuple(dict.fromkeys(spec.extractor for spec in FEATURES))


def feature_spec(name: str) -> FeatureSpec:
    """Look up a feature by its stable name.

    Examples
    --------
    >>> feature_spec("hedging_density").unit
    'per 1,000 words'
    """
    try:
        return _BY_NAME[name]
    except KeyError:
        raise UnknownFeatureError(
            f"features: expected names from reliability.FEATURE_NAMES, received unknown {name!r}"
        ) from None


def _extractor(name: str) -> Extractor:
    function = _LOADED.get(name)
    if function is None:
        module_name, _, attribute = _EXTRACTORS[name].partition(":")
        function = getattr(import_module(module_name), attribute)
        _LOADED[name] = function
    return function


def extract(article: Article, features: Iterable[str] | None = None) -> Mapping[str, Measurement]:
    """Compute the selected features (all by default), running each extractor once.

    Evidence spans are offsets into ``article.text`` (``field="title"``: ``article.title``).

    On texts of 100,000 characters or more the cyclic garbage collector is
    paused for the duration of the call (and resumed even on error) if it was
    enabled; reference counting frees memory as usual.

    Examples
    --------
    >>> from reliability.article import Article
    >>> values = extract(Article("Critics say it could fail."), ["hedging_density"])
    >>> list(values), round(values["hedging_density"].value)
    (['hedging_density'], 200)
    """
    return call_paused(len(article.text) >= LARGE_TEXT_CHARS, _extract_original, article, features)


def _extract_original(article: Article, features: Iterable[str] | None) -> Mapping[str, Measurement]:
    return to_original(article, _extract(article, features))


def to_original(article: Article, measurements: Mapping[str, Measurement]) -> Mapping[str, Measurement]:
    """The measurements with spans into the caller's ``text`` and ``title`` (extractors find them
    in ``article.norm``): the same mapping unless the article's text or title was cleaned of
    format characters or decomposed accents, or holds characters beyond ASCII, where a span may end
    before a combining mark and is widened to take it in (:meth:`Article.original_spans`)."""
    if article.text_offsets is None and article.title_offsets is None and not article.may_split_clusters:
        return measurements
    return {name: measurement._replace(spans=article.original_spans(measurement.spans)) if measurement.spans
            else measurement for name, measurement in measurements.items()}


def _extract(article: Article, features: Iterable[str] | None) -> Mapping[str, Measurement]:
    if features is None:
        computed_all = {extractor: _extractor(extractor)(article) for extractor in _ALL_EXTRACTORS}
        return {name: computed_all[extractor][name] for name, extractor in _ALL_FEATURES}
    names = tuple(features)
    specs = [feature_spec(name) for name in names]
    computed: dict[str, dict[str, Measurement]] = {}
    for spec in specs:
        if spec.extractor not in computed:
            computed[spec.extractor] = _extractor(spec.extractor)(article)
    return {spec.name: computed[spec.extractor][spec.name] for spec in specs}
