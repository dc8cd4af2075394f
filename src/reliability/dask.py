"""Scale-out scoring with Dask (optional extra ``reliability[dask]``).

Scores a ``dask.bag`` of articles or a ``dask.dataframe`` text column
partition by partition. Each worker loads the shipped model from the
installed package (or the model file you pass, read once per partition), so
nothing but the article data travels over the network.

Examples
--------
On a real cluster (every worker needs ``pip install reliability``)::

    from dask.distributed import Client
    import dask.dataframe as dd
    from reliability.dask import score_dataframe

    if __name__ == "__main__":           # required: workers re-import the script
        client = Client("tcp://scheduler:8786")
        frame = dd.read_parquet("s3://bucket/articles/*.parquet")
        scored = score_dataframe(frame, text="body", title="headline", published="date")
        scored.to_parquet("s3://bucket/scores/")
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePath
from typing import Any

from reliability.api import check_options, score_many
from reliability.explain import Assessment, FailedItem
from reliability.features import FEATURE_NAMES
from reliability.vocabulary import VOCABULARY_FEATURE

__all__ = ["score_bag", "score_dataframe", "assessment_row", "ROW_COLUMNS"]

#: Columns of the rows produced for each article (features are prefixed ``feature_``).
ROW_COLUMNS: tuple[str, ...] = (
    "credibility", "label", "logit", "word_count", "error", "top_reasons", "evidence_json",
    *(f"feature_{name}" for name in FEATURE_NAMES),
    f"feature_{VOCABULARY_FEATURE}",
)


_TEXT_COLUMNS = frozenset({"label", "error", "top_reasons", "evidence_json"})


def assessment_row(result: Assessment | FailedItem) -> dict[str, Any]:
    """Flatten one result into a row of plain values (columns in :data:`ROW_COLUMNS`)."""
    import json

    if isinstance(result, FailedItem):
        row: dict[str, Any] = dict.fromkeys(ROW_COLUMNS)
        row.update(label="error", error=f"{result.error}: {result.message}", word_count=0)
        return row
    ranked = sorted(result.details, key=lambda item: -abs(item.contribution))[:3]
    row = {
        "credibility": result.credibility,
        "label": result.label,
        "logit": result.logit,
        "word_count": result.word_count,
        "error": None,
        "top_reasons": "; ".join(f"{item.feature} {item.contribution:+.2f}" for item in ranked),
        "evidence_json": json.dumps([item.to_dict() for item in result.evidence], ensure_ascii=False),
    }
    row.update({f"feature_{name}": result.features[name] for name in FEATURE_NAMES})
    # The model's learned word-level score; nan for a model without a vocabulary.
    row[f"feature_{VOCABULARY_FEATURE}"] = result.features.get(VOCABULARY_FEATURE, math.nan)
    return row


def _check_options(options: Mapping[str, Any]) -> None:
    """Refuse a misspelt option or a bad value now, not as an error row for every article at compute().

    A model *path* is read by the workers (it need not exist where the graph is built), so only
    its name is checked here.
    """
    check_options({key: value for key, value in options.items()
                   if not (key == "model" and isinstance(value, (str, PurePath)))})


def _score_partition(items: Iterable[Any], options: Mapping[str, Any],
                     name: Callable[[int], str] | None = None) -> list[dict[str, Any]]:
    rows = []
    for position, result in enumerate(score_many(list(items), **options)):
        if isinstance(result, FailedItem) and name is not None:
            # score_many names the item by its place in this partition ("items[4]: ..."),
            # which is not where it sits in the bag or frame: say which item it is.
            local = f"items[{position}]"
            message = result.message
            message = name(position) + message[len(local):] if message.startswith(local) else message
            result = FailedItem(result.index, result.error, message)
        rows.append(assessment_row(result))
    return rows


def _score_bag_partition(items: Iterable[Any], options: Mapping[str, Any], number: int) -> list[dict[str, Any]]:
    return _score_partition(items, options, lambda position: f"partition {number}, item {position}")


def score_bag(bag: Any, **options: Any) -> Any:
    """Score a ``dask.bag`` of strings or article dicts; returns a bag of row dicts.

    Order is preserved within partitions and a bad item becomes an error row
    whose message names its partition and its position there.
    ``options`` go to :func:`reliability.score` (``prior``, ``model``, ...).
    """
    import dask.bag as dask_bag
    from dask import delayed

    from reliability.errors import ArticleTypeError

    if not isinstance(bag, dask_bag.Bag):  # a list was a bare AttributeError ('to_delayed')
        raise ArticleTypeError.for_parameter(
            "bag", bag, "a dask.bag.Bag (e.g. dask.bag.from_sequence(items)); for a list call reliability.score_many")
    _check_options(options)
    return dask_bag.from_delayed([
        delayed(_score_bag_partition, pure=False)(part, options, number)
        for number, part in enumerate(bag.to_delayed())
    ])


def score_dataframe(frame: Any, *, text: str = "text", title: str | None = None,
                    published: str | None = None, source: str | None = None, prefix: str = "",
                    **options: Any) -> Any:
    """Score a ``dask.dataframe`` column-wise; returns the frame with result columns added.

    The added columns are :data:`ROW_COLUMNS`, each preceded by ``prefix``: a labelled frame
    already has a ``label`` column, so pass e.g. ``prefix="reliability_"`` to keep both.
    Columns that are missing, or that the results would overwrite, are refused here, before
    anything runs (they used to fail at ``compute()`` with dask's column-mismatch error).
    """
    import pandas as pd

    from reliability.errors import ArticleTypeError, InvalidArticleError

    import dask.dataframe as dask_dataframe

    if not isinstance(frame, dask_dataframe.DataFrame):  # a pandas frame was a bare AttributeError ('_meta')
        raise ArticleTypeError.for_parameter(
            "frame", frame, "a dask DataFrame (e.g. dask.dataframe.from_pandas(frame, npartitions=4)); for a pandas "
            "DataFrame call reliability.score_many")
    if not isinstance(prefix, str):
        raise ArticleTypeError.for_parameter("prefix", prefix, "a str")
    _check_options(options)
    present = list(frame.columns)
    for parameter, column in (("text", text), ("title", title), ("published", published), ("source", source)):
        if column is not None and column not in present:
            raise InvalidArticleError(f"{parameter}: expected a column of the frame, received {column!r}; "
                                      f"its columns: {[str(name) for name in present[:12]]}")
    clashes = [prefix + column for column in ROW_COLUMNS if prefix + column in present]
    if clashes:
        raise InvalidArticleError(f"prefix: the result columns {clashes[:6]} are already in the frame; pass "
                                  "prefix= (e.g. prefix='reliability_') or rename those columns")

    def partition(part: pd.DataFrame) -> pd.DataFrame:
        items = []
        for index in range(len(part)):
            item: dict[str, Any] = {"text": part[text].iloc[index]}
            if title:
                item["title"] = part[title].iloc[index]
            if published:
                value = part[published].iloc[index]
                # Strings and timestamps as score() takes them: cut to ten characters, " 2016-09-21"
                # lost its last digit and "September 20, 2016" was reported as 'September '.
                item["published"] = (None if pd.isna(value) else value if isinstance(value, (str, datetime.date))
                                     else str(value))
            if source:
                item["source"] = part[source].iloc[index]
            # Missing values: float NaN, and pd.NA / NaT (pandas' string dtypes, which dask converts
            # text columns to) are None, so the article is scored without that field.
            items.append({key: (None if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else value)
                          for key, value in item.items()})
        labels = part.index
        rows = _score_partition(items, options, lambda position: f"row {labels[position]}")
        scored = pd.DataFrame(rows, columns=list(ROW_COLUMNS), index=part.index).astype(dtypes).add_prefix(prefix)
        return pd.concat([part, scored], axis=1)

    # Every partition gets exactly the dtypes of the meta: text columns as pandas' "string" (object
    # columns made to_parquet fail with ArrowInvalid), floats even when a partition's rows all
    # failed (those columns were object, all None), word counts as integers.
    dtypes = {column: "string" if column in _TEXT_COLUMNS else "int64" if column == "word_count" else "float64"
              for column in ROW_COLUMNS}
    meta = frame._meta.copy()
    for column in ROW_COLUMNS:
        meta[prefix + column] = pd.Series(dtype=dtypes[column])
    return frame.map_partitions(partition, meta=meta)
