"""Save and load arbitrary scikit-learn pipelines with skops, never pickle.

Our own model family (:class:`~reliability.model.LinearModel`, and the fitted
``CredibilityModel``'s ``model_``) is saved as plain JSON with
``LinearModel.save`` / :func:`reliability.model.load_model`. A *pipeline* (a
``CredibilityFeaturizer`` feeding a scikit-learn stage, a TF-IDF baseline, ...)
is saved in the skops format: loading it builds only the types you list as
trusted, and refuses any other, so a file from someone else cannot run code
the way a pickle can.

skops is an optional extra: ``pip install 'reliability[skops]'``.

Examples
--------
>>> from sklearn.linear_model import LogisticRegression  # doctest: +SKIP
>>> save_pipeline(LogisticRegression().fit([[0], [1]], [0, 1]), "model.skops")  # doctest: +SKIP
>>> untrusted_types("model.skops")  # doctest: +SKIP
[]
>>> load_pipeline("model.skops", trusted=[])  # doctest: +SKIP
LogisticRegression()
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from reliability.errors import ArticleTypeError, ReliabilityError

__all__ = ["save_pipeline", "load_pipeline", "untrusted_types", "RELIABILITY_TYPES",
           "SkopsMissingError", "UntrustedTypesError", "PipelineFileError"]

# The package's own estimator and model types, for ``trusted=`` when loading a pipeline
# that contains them. They hold only numbers, strings and tuples.
RELIABILITY_TYPES: tuple[str, ...] = (
    "reliability.estimators.CredibilityFeaturizer",
    "reliability.estimators.CredibilityModel",
    "reliability.model.LinearModel",
    "reliability.model.FeatureWeight",
)


class SkopsMissingError(ReliabilityError, ImportError):
    """skops, needed to save or load pipelines, is not installed."""


class UntrustedTypesError(ReliabilityError, ValueError):
    """A pipeline file holds types the caller did not list as trusted."""


class PipelineFileError(ReliabilityError, ValueError):
    """A pipeline file that is missing, unreadable, or not a (complete) skops file."""


def _read_types(skops_io: Any, path: Path) -> list[str]:
    """The file's untrusted types; a missing, truncated or foreign file raises PipelineFileError."""
    import zipfile
    import zlib

    try:
        return list(skops_io.get_untrusted_types(file=path))
    except OSError as error:
        raise PipelineFileError(f"path: cannot read {str(path)!r}: {error.strerror or error}") from None
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, EOFError) as error:
        # BadZipFile: truncated or not a zip; KeyError: a zip without skops' schema.json; ValueError: bad JSON.
        raise PipelineFileError(f"path: expected a complete skops file written by save_pipeline, received "
                                f"{str(path)!r}, which is not one ({type(error).__name__}: {error})") from None


def _skops_io() -> Any:
    try:
        import skops.io as skops_io
    except ImportError as error:
        raise SkopsMissingError(
            f"persistence: expected the optional dependency skops, received ImportError ({error}); "
            "install it with: pip install 'reliability[skops]'"
        ) from None
    return skops_io


def save_pipeline(pipeline: Any, path: str | Path) -> None:
    """Write a fitted scikit-learn estimator or pipeline in the skops format (no pickle).

    Parameters
    ----------
    pipeline : estimator
        Any object skops can persist (scikit-learn estimators and pipelines, numpy arrays,
        the package's estimators).
    path : str or Path
        File to write, conventionally ``*.skops``.
    """
    if not isinstance(path, (str, os.PathLike)):  # Path(5) is a bare TypeError
        raise ArticleTypeError.for_parameter("path", path, "a file path (str or Path)")
    skops_io = _skops_io()
    try:
        skops_io.dump(pipeline, Path(path))
    except OSError as error:  # a missing folder, a read-only place: named like a load failure
        raise PipelineFileError(f"path: cannot write {str(path)!r}: {error.strerror or error}") from None


def untrusted_types(path: str | Path) -> list[str]:
    """Types in a skops file that skops does not trust by default: review them before loading."""
    return _read_types(_skops_io(), Path(path))


def load_pipeline(path: str | Path, *, trusted: Sequence[str]) -> Any:
    """Load a skops file, building only default-safe types and those named in ``trusted``.

    Parameters
    ----------
    path : str or Path
        A file written by :func:`save_pipeline` (or ``skops.io.dump``).
    trusted : sequence of str
        Fully qualified type names you trust beyond skops' defaults, e.g.
        ``RELIABILITY_TYPES`` for a pipeline of this package's estimators. Required and
        explicit: there is no "trust everything".

    Raises
    ------
    PipelineFileError
        When the file is missing, truncated or not a skops file.
    UntrustedTypesError
        When the file holds a type that is neither a skops default nor in ``trusted``;
        the message lists them. Nothing from the file is built in that case.
    """
    # trusted=None raised a bare TypeError, and a generator was used up by the check below
    # before it was read (every type then "untrusted").
    names = None if isinstance(trusted, (str, bytes)) or not isinstance(trusted, Iterable) else tuple(trusted)
    if names is None or not all(isinstance(name, str) for name in names):
        raise UntrustedTypesError(
            f"trusted: expected a sequence of fully qualified type names (str), received {trusted!r}")
    skops_io = _skops_io()
    path = Path(path)
    unknown = sorted(set(_read_types(skops_io, path)) - set(names))
    if unknown:
        raise UntrustedTypesError(
            f"trusted: {path} holds types not listed as trusted: {unknown}; review them and pass the ones "
            "you trust in trusted=[...]"
        )
    import zipfile
    import zlib

    try:
        return skops_io.load(path, trusted=list(names))
    except (zipfile.BadZipFile, zlib.error, KeyError, EOFError, OSError) as error:  # a member truncated or missing
        raise PipelineFileError(f"path: expected a complete skops file written by save_pipeline, received "
                                f"{str(path)!r}, which could not be read ({type(error).__name__}: {error})") from None
