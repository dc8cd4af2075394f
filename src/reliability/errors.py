"""Errors raised by :mod:`reliability`.

Every error the library raises on purpose derives from :class:`ReliabilityError`
and also from the matching built-in (``TypeError``, ``ValueError``, ...), so
callers can catch either. Messages name the parameter, what was received and
what was expected.
"""

from __future__ import annotations

import numbers

__all__ = [
    "ReliabilityError",
    "ArticleTypeError",
    "InvalidArticleError",
    "InputTooLargeError",
    "ModelFileError",
    "UnknownFeatureError",
]


def _describe(value: object) -> str:
    """Name a received value briefly, without echoing large inputs."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


class ReliabilityError(Exception):
    """Base class of every error raised on purpose by this library."""


class ArticleTypeError(ReliabilityError, TypeError):
    """An argument describing an article has the wrong type."""

    @classmethod
    def for_parameter(cls, parameter: str, received: object, expected: str) -> ArticleTypeError:
        return cls(f"{parameter}: expected {expected}, received {_describe(received)}")

    @classmethod
    def check_collection(cls, value: object, parameter: str, expected: str) -> None:
        """Raise unless ``value`` is a collection of articles, not one article or no collection.

        Iterating a str made one "article" per character (``score_source("...")`` profiled
        thousands), a dict one per key; ``list(None)`` or ``list(42)`` was a bare TypeError.
        """
        from collections.abc import Iterable, Mapping

        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            raise cls.for_parameter(parameter, value, expected)


class InvalidArticleError(ReliabilityError, ValueError):
    """An argument describing an article has the right type but an unusable value."""

    @classmethod
    def for_parameter(cls, parameter: str, received: object, expected: str) -> InvalidArticleError:
        return cls(f"{parameter}: expected {expected}, received {_describe(received)}")


def check_int(parameter: str, value: object, minimum: int, expected: str) -> int:
    """``value`` as an int of at least ``minimum``; numpy integers are ints, ``True`` is not.

    Another type is an :class:`ArticleTypeError`, a smaller int an :class:`InvalidArticleError`
    (STYLE.md rule 5); both say ``parameter: expected <expected>, received ...``.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ArticleTypeError.for_parameter(parameter, value, expected)
    if value < minimum:
        raise InvalidArticleError.for_parameter(parameter, value, expected)
    return int(value)


class InputTooLargeError(ReliabilityError, ValueError):
    """The input exceeds the configured maximum size."""


class ModelFileError(ReliabilityError, ValueError):
    """A model file is missing, malformed, tampered with or inconsistent."""


class UnknownFeatureError(ReliabilityError, KeyError):
    """A feature name that the registry does not know."""

    def __str__(self) -> str:  # KeyError would otherwise repr() the message
        return str(self.args[0]) if self.args else ""
