"""reliability: explainable credibility signals for news articles.

The score measures credibility *signals* in the writing (sourcing, hedging,
urgency, internal consistency), not whether the claims are true.

Examples
--------
>>> from reliability import score
>>> result = score("Officials said the bridge could reopen next week. " * 12)
>>> result.label in {"credible", "uncertain", "not credible"}
True
"""

from __future__ import annotations

from reliability.api import DEFAULT_MIN_WORDS, score, score_many
from reliability.errors import (
    ArticleTypeError,
    InputTooLargeError,
    InvalidArticleError,
    ModelFileError,
    ReliabilityError,
    UnknownFeatureError,
)
from reliability.explain import DISCLAIMER, LABEL_THRESHOLDS, Assessment, Contribution, Evidence, FailedItem
from reliability.features import FEATURE_NAMES, FEATURES

__version__ = "0.1.0"

__all__ = [
    "score",
    "score_many",
    "Assessment",
    "Contribution",
    "Evidence",
    "FailedItem",
    "FEATURES",
    "FEATURE_NAMES",
    "DEFAULT_MIN_WORDS",
    "DISCLAIMER",
    "LABEL_THRESHOLDS",
    "ReliabilityError",
    "ArticleTypeError",
    "InvalidArticleError",
    "InputTooLargeError",
    "ModelFileError",
    "UnknownFeatureError",
    "__version__",
]
