"""Scale-out scoring on a real distributed.LocalCluster (skipped without the [dask] extra)."""

from __future__ import annotations

import math

import pytest

from reliability import score

distributed = pytest.importorskip("distributed", reason="the optional [dask] extra is not installed")
dask_bag = pytest.importorskip("dask.bag")
dask_dataframe = pytest.importorskip("dask.dataframe", reason="dask.dataframe needs pandas ([dask] extra)")


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


def test_bag_matches_direct_scores(client, seed_texts: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from reliability.dask import score_bag

    items = [*seed_texts.values(), 12345, {"text": "short"}] * 2
    rows = score_bag(dask_bag.from_sequence(items, npartitions=3)).compute()
    assert len(rows) == len(items)
    for item, row in zip(items, rows):
        if isinstance(item, int):
            assert row["label"] == "error" and "ArticleTypeError" in row["error"]
        elif isinstance(item, dict):
            assert row["label"] == "insufficient text"
        else:
            assert row["credibility"] == score(item).credibility


def test_dataframe_adds_result_columns(client, seed_texts: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    from reliability.dask import score_dataframe

    frame = pd.DataFrame({"body": list(seed_texts.values()), "headline": ["A title"] * len(seed_texts),
                          "date": ["2025-07-12"] * len(seed_texts)})
    scored = score_dataframe(dask_dataframe.from_pandas(frame, npartitions=2), text="body",
                             title="headline", published="date").compute()
    assert list(scored["body"]) == list(frame["body"])
    for body, title, credibility in zip(scored["body"], scored["headline"], scored["credibility"]):
        expected = score(body, title=title, published="2025-07-12").credibility
        assert math.isclose(credibility, expected, rel_tol=0, abs_tol=0)
    assert scored["evidence_json"].str.len().min() > 2


@pytest.mark.parametrize("dtype", [None, "string", "object"])
def test_dataframe_missing_title_date_or_source_is_scored_without_it(client, seed_texts: dict[str, str],  # type: ignore[no-untyped-def]
                                                                     dtype: str | None) -> None:
    # A missing value in a text column reaches the partition as pd.NA (pandas' string dtypes,
    # and dask's own string conversion), not as a float NaN: the row became an error row,
    # "title: expected a str or None, received NAType <NA>", instead of being scored without it.
    import pandas as pd

    from reliability.dask import score_dataframe

    body = next(iter(seed_texts.values()))
    frame = pd.DataFrame({"body": [body, body], "headline": ["A title", None], "date": ["2024-06-19", None],
                          "outlet": ["example.org", None]})
    if dtype:
        frame = frame.astype(dtype)
    scored = score_dataframe(dask_dataframe.from_pandas(frame, npartitions=1), text="body", title="headline",
                             published="date", source="outlet").compute()
    assert scored["error"].isna().all(), list(scored["error"])
    assert list(scored["credibility"]) == [score(body, title="A title", published="2024-06-19").credibility,
                                           score(body).credibility]


def test_error_rows_name_their_partition_or_frame_row(client) -> None:  # type: ignore[no-untyped-def]
    # score_many inside a partition numbers items from 0; the error must not send the user
    # to items[4] of a bag whose bad item is its 11th.
    import pandas as pd

    from reliability.dask import score_bag, score_dataframe

    items: list[object] = ["word " * 60] * 10 + [12345]
    rows = score_bag(dask_bag.from_sequence(items, npartitions=2)).compute()
    assert rows[10]["error"].startswith("ArticleTypeError: partition 1, item 4: expected a str")
    frame = pd.DataFrame({"body": ["word " * 60, "word " * 60, "word " * 60], "date": ["2024-01-01", "nonsense", None]},
                         index=[10, 11, 12])
    scored = score_dataframe(dask_dataframe.from_pandas(frame, npartitions=2), text="body", published="date").compute()
    assert scored.loc[11, "error"].startswith("InvalidArticleError: row 11: published")
    assert scored["error"].isna().tolist() == [True, False, True]


def test_dataframe_reads_dates_as_score_does() -> None:
    # Dates were cut to their first ten characters: " 2016-09-21" (which score() accepts) became the
    # error " 2016-09-2", and "September 20, 2016" was reported as 'September '.
    import pandas as pd

    from reliability.dask import score_dataframe

    body = "Officials said the bridge could reopen next week, the city engineer told reporters. " * 8
    dates = [" 2016-09-21", "2016-09-22T23:30:00-05:00", pd.Timestamp("2016-09-23 08:00", tz="UTC"),
             "September 20, 2016", None]
    frame = pd.DataFrame({"body": [body] * len(dates), "date": dates})
    scored = score_dataframe(dask_dataframe.from_pandas(frame, npartitions=2), text="body",
                             published="date").compute(scheduler="synchronous")
    assert scored["error"].isna().tolist() == [True, True, True, False, True]
    assert scored.loc[3, "error"] == ("InvalidArticleError: row 3: published: expected an ISO 8601 date such as "
                                      "'2024-06-19', received str 'September 20, 2016'")
    for index, date in enumerate(dates):
        if index != 3:
            assert scored.loc[index, "credibility"] == score(body, published=date).credibility


def test_a_list_or_a_pandas_frame_is_refused_with_a_named_error() -> None:
    # score_bag(list) and score_dataframe(pandas frame) were bare AttributeErrors
    # ('list' object has no attribute 'to_delayed'; 'DataFrame' object has no attribute '_meta').
    import pandas as pd

    from reliability.dask import score_bag, score_dataframe
    from reliability.errors import ArticleTypeError

    with pytest.raises(ArticleTypeError, match=r"^bag: expected a dask\.bag\.Bag .*score_many, received list"):
        score_bag(["One article."])
    with pytest.raises(ArticleTypeError, match=r"^frame: expected a dask DataFrame .*score_many, received DataFrame"):
        score_dataframe(pd.DataFrame({"text": ["One article."]}))
