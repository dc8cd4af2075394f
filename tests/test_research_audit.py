"""A researcher's workflow, audited: train / evaluate / batch corner cases, model files, pipelines, Dask.

Each test here failed before the fix it comes with.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from reliability.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_resume_with_repeated_ids_scores_every_record_once(tmp_path: Path, suffix: str) -> None:
    # Ids repeat in real data. --resume kept a set of finished ids, so a record whose id an
    # earlier, finished record shared was skipped: the resumed file lost it.
    ids = ["a", "b", "a", "c", "b", "d"]
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": SEEDS[n % len(SEEDS)]} for n, i in enumerate(ids)])
    full, part = tmp_path / f"full.{suffix}", tmp_path / f"part.{suffix}"
    assert _cli("score", "--input", str(source), "--output", str(full), "--no-progress")[0] == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    header = 1 if suffix == "csv" else 0
    part.write_text("".join(lines[:header + 3]), encoding="utf-8")  # interrupted after a, b, a
    code, _, err = _cli("score", "--input", str(source), "--output", str(part), "--resume", "--no-progress")
    assert code == 0, err
    assert part.read_bytes() == full.read_bytes()


def _labelled(count: int, **extra: Any) -> list[dict[str, Any]]:
    # Credible-looking and alarmist articles alternating, several outlets.
    alarm = ("SHOCKING!!! You won't believe what they are hiding from you!!! Share before it is deleted!!! "
             "They admitted it, the secret proof is finally out!!! ") * 5
    # Each text opens differently (the seeds repeat): no record is a repost of another.
    return [{"id": f"r{index}", "text": f"Report {index} from the desk. "
             + (SEEDS[index % len(SEEDS)] if index % 2 else alarm + SEEDS[index % len(SEEDS)][:300]),
             "label": "real" if index % 2 else "fake", "source": f"outlet{index % 6}", **extra}
            for index in range(count)]


def test_train_and_evaluate_skip_null_and_empty_labels_instead_of_calling_them_not_credible(tmp_path: Path) -> None:
    # A record with "label": null (or "", or a list) has no label; it was counted as 0
    # (not credible), so unlabelled articles silently became negatives in training and evaluation.
    records = _labelled(40)
    unlabelled = [{**record, "id": f"u{n}", "label": value}
                  for n, (record, value) in enumerate(zip(_labelled(12), [None, "", "  ", [], {}, None] * 2))]
    clean = _write_jsonl(tmp_path / "clean.jsonl", records)
    mixed = _write_jsonl(tmp_path / "mixed.jsonl", records + unlabelled)
    for name, data in (("clean", clean), ("mixed", mixed)):
        code, out, err = _cli("train", str(data), "--label", "label", "--positive", "real", "--group", "source",
                              "-o", str(tmp_path / f"{name}.json"), "--no-cv")
        assert code == 0, err
    assert "trained on 40 records (20 credible, 12 skipped)" in out
    assert "12 without a value in --label 'label'" in err


    def fitted(name: str) -> str:  # the model, less what identifies its data file (name, size, hash)
        model = json.loads((tmp_path / f"{name}.json").read_text())
        for key in ("training_data_bytes", "training_data_sha256"):
            model["metadata"].pop(key)
        return json.dumps(model).replace(name, "x")

    assert fitted("clean") == fitted("mixed")
    code, out, err = _cli("evaluate", str(tmp_path / "clean.json"), str(mixed), "--label", "label",
                          "--positive", "real", "--bootstrap", "0", "-o", str(tmp_path / "report.json"))
    assert code == 0, err
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["evaluation"]["n"] == 40 and report["skipped"] == 12


def test_positive_matches_json_spelling_of_boolean_labels(tmp_path: Path) -> None:
    # JSON true was compared as Python's "True": --positive true matched nothing.
    records = [{**record, "credible": record["label"] == "real"} for record in _labelled(40)]
    data = _write_jsonl(tmp_path / "bool.jsonl", records)
    code, out, err = _cli("train", str(data), "--label", "credible", "--positive", "true", "-o",
                          str(tmp_path / "m.json"), "--no-cv")
    assert code == 0, err
    assert "20 credible" in out


def test_train_reads_non_utf8_bytes_as_batch_scoring_does_and_names_the_line(tmp_path: Path) -> None:
    # One mis-encoded byte in a training file stopped `reliability train` with
    # "'utf-8' codec can't decode byte 0xff in position 8102", naming no line.
    from reliability.corpora import read_jsonl

    lines = [json.dumps(record).encode() for record in _labelled(40)]
    lines[6] = lines[6].replace(b"the", b"th\xff", 1)
    data = tmp_path / "latin.jsonl"
    data.write_bytes(b"\n".join(lines) + b"\n\n  \n")
    code, out, err = _cli("train", str(data), "--label", "label", "--positive", "real", "-o",
                          str(tmp_path / "m.json"), "--no-cv")
    assert code == 0, err
    assert "trained on 40 records" in out and "1 lines hold bytes that are not UTF-8" in err and "line 7" in err
    with pytest.raises(ValueError, match="line 7: expected UTF-8 text"):
        list(read_jsonl(data))


@pytest.mark.parametrize("outlets", [1, 2])
def test_model_card_says_when_group_selection_fell_back_to_stratified_folds(tmp_path: Path, outlets: int) -> None:
    # With --group naming one or two outlets, fit_model chooses C on stratified folds (grouped
    # selection needs 3), but the card said "model selection of C under grouped cross-validation".
    records = [{**record, "source": f"o{index % outlets}"} for index, record in enumerate(_labelled(40))]
    data = _write_jsonl(tmp_path / "data.jsonl", records)
    code, _, err = _cli("train", str(data), "--label", "label", "--positive", "real", "--group", "source",
                        "-o", str(tmp_path / "m.json"), "--no-cv")
    assert code == 0, err
    card = (tmp_path / "m.card.md").read_text(encoding="utf-8")
    groups_line = next(line for line in card.splitlines() if line.startswith("- Groups:"))
    assert "grouped" not in groups_line and "stratified 5-fold" in groups_line, groups_line
    assert f"only {outlets} group" in groups_line and "C is chosen under stratified" in err
    six = _write_jsonl(tmp_path / "six.jsonl", _labelled(40))
    assert _cli("train", str(six), "--label", "label", "--positive", "real", "--group", "source",
                "-o", str(tmp_path / "six.json"), "--no-cv")[0] == 0
    assert "grouped cross-validation: GroupKFold(5) over 6 groups" in (tmp_path / "six.card.md").read_text()


def test_evaluate_cv_refits_the_evaluated_models_recipe_free_signs_included(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # `evaluate --cv` refitted "ours" with the expected sign constraints whatever the model:
    # a model trained with --free-signs was cross-validated as a different, constrained recipe.
    import reliability.evaluation as evaluation

    data = _write_jsonl(tmp_path / "data.jsonl", _labelled(40))
    seen: list[Any] = []
    original = evaluation.cross_validate

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("directions"))
        return original(*args, **{**kwargs, "models": ("ours",), "splits": ("random",)})

    monkeypatch.setattr(evaluation, "cross_validate", spy)
    for flags in ([], ["--free-signs"]):
        model = tmp_path / f"m{len(flags)}.json"
        assert _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(model), "--no-cv", *flags)[0] == 0
        code, _, err = _cli("evaluate", str(model), str(data), "--label", "label", "--positive", "real", "--cv",
                            "--bootstrap", "0", "-o", str(tmp_path / "r.json"))
        assert code == 0, err
    from reliability.training import DEFAULT_MODEL_FEATURES, EXPECTED_DIRECTIONS

    assert seen[0] == {name: EXPECTED_DIRECTIONS[name] for name in DEFAULT_MODEL_FEATURES if EXPECTED_DIRECTIONS[name]}
    assert seen[1] == {}


def test_load_pipeline_reports_a_truncated_or_foreign_file_clearly(tmp_path: Path) -> None:
    # A truncated .skops file (or a model JSON passed by mistake) raised zipfile.BadZipFile,
    # a missing one FileNotFoundError: no ReliabilityError naming what was expected.
    pytest.importorskip("skops")
    import zipfile

    from sklearn.linear_model import LogisticRegression

    from reliability.errors import ReliabilityError
    from reliability.persistence import PipelineFileError, load_pipeline, save_pipeline, untrusted_types

    good = tmp_path / "good.skops"
    save_pipeline(LogisticRegression().fit([[0.0], [1.0]], [0, 1]), good)
    data = good.read_bytes()
    (tmp_path / "truncated.skops").write_bytes(data[: len(data) // 2])
    (tmp_path / "model.json").write_text('{"format": "reliability-linear-model/1"}', encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "no_schema.skops", "w") as archive:
        archive.writestr("other.txt", "hello")
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(tmp_path / "member_missing.skops", "w") as archive:
        archive.writestr("schema.json", source.read("schema.json"))
    for name in ("truncated.skops", "model.json", "no_schema.skops", "member_missing.skops", "absent.skops"):
        for call in (lambda path: load_pipeline(path, trusted=[]), untrusted_types):
            if name == "member_missing.skops" and call is untrusted_types:
                continue  # its schema is intact: the types can be listed
            with pytest.raises(PipelineFileError, match="path: ") as caught:
                call(tmp_path / name)
            assert isinstance(caught.value, ReliabilityError) and isinstance(caught.value, ValueError)
            assert name in str(caught.value)
    assert type(load_pipeline(good, trusted=[])).__name__ == "LogisticRegression"
    with pytest.raises(PipelineFileError, match="path: cannot write"):
        save_pipeline(LogisticRegression(), tmp_path / "no-such-folder" / "p.skops")


def test_score_dataframe_refuses_clashing_or_missing_columns_up_front_and_takes_a_prefix() -> None:
    # A labelled frame has a "label" column: the result frame then held two, and compute()
    # failed with dask's "columns in the computed data do not match the metadata". A misspelt
    # text column failed at compute() with a KeyError from inside a partition.
    pd = pytest.importorskip("pandas")
    dask_dataframe = pytest.importorskip("dask.dataframe")
    from reliability import score
    from reliability.dask import ROW_COLUMNS, score_dataframe
    from reliability.errors import ReliabilityError

    frame = dask_dataframe.from_pandas(pd.DataFrame({"text": SEEDS[:2], "label": ["real", "fake"]}), npartitions=1)
    with pytest.raises(ReliabilityError, match=r"prefix: the result columns \['label'\] are already in the frame"):
        score_dataframe(frame)
    with pytest.raises(ReliabilityError, match="text: expected a column of the frame, received 'body'"):
        score_dataframe(frame, text="body", prefix="r_")
    with pytest.raises(ReliabilityError, match="title: expected a column of the frame, received 'headline'"):
        score_dataframe(frame, title="headline", prefix="r_")
    scored = score_dataframe(frame, prefix="r_").compute(scheduler="synchronous")
    assert list(scored.columns) == ["text", "label", *("r_" + column for column in ROW_COLUMNS)]
    assert list(scored["label"]) == ["real", "fake"]
    assert list(scored["r_credibility"]) == [score(text).credibility for text in SEEDS[:2]]


def _edited_model(tmp_path: Path, name: str, edit: Any) -> Path:
    from reliability.model import default_model

    data = default_model().to_dict()
    edit(data)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def edit(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value
    return edit


@pytest.mark.parametrize(("name", "edit", "message"), [
    # Finite but absurd hand edits: contributions of +-inf (credibility 0.00 or 1.00 with inf in
    # the explanation), or an OverflowError traceback from the interval in score().
    ("tiny_scale", _set(("features", 0, "scale"), 1e-320), "parameters out of range"),
    ("huge_weights", lambda d: [f.update(weight=1e308) for f in d["features"][:2]], "parameters out of range"),
    ("huge_basis", lambda d: d.update(uncertainty_basis=[[1e200] * (len(d["features"]) + 1)]), "parameters out of range"),
    # A file from a newer release was refused without saying so.
    ("newer", _set(("format",), "reliability-linear-model/2"), "written by a newer version of reliability"),
    ("bool_intercept", _set(("intercept",), True), "intercept must be a finite number, received True"),
    ("null_name", _set(("name",), None), "name must be a string, received None"),
])
def test_hand_edited_model_files_are_refused_with_a_clear_error(tmp_path: Path, name: str, edit: Any,
                                                                message: str) -> None:
    from reliability import score
    from reliability.errors import ModelFileError

    path = _edited_model(tmp_path, name, edit)
    with pytest.raises(ModelFileError, match=message):
        score(SEEDS[0], model=str(path))
    code, out, err = _cli("score", "--model", str(path), str(ROOT / "seeds" / "000_803334ff5fc673fd.txt"))
    assert code == 2 and message in err and "Traceback" not in err and out == ""


@pytest.mark.parametrize("outlets", ["one", "class_per_outlet"])
def test_evaluate_cv_reports_a_grouped_split_it_cannot_run_and_keeps_the_rest(tmp_path: Path, outlets: str,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # With one outlet, or outlets whose grouped folds train on one class, `evaluate --cv` failed
    # with exit 2 and printed nothing: the evaluation and the random split were lost too.
    import reliability.evaluation as evaluation

    original = evaluation.cross_validate
    monkeypatch.setattr(evaluation, "cross_validate",
                        lambda *args, **kwargs: original(*args, **{**kwargs, "models": ("ours", "length")}))
    records = _labelled(40)
    for record in records:
        record["source"] = "only" if outlets == "one" else record["label"]
    data = _write_jsonl(tmp_path / "data.jsonl", records)
    model = tmp_path / "m.json"
    assert _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(model), "--no-cv")[0] == 0
    code, _, err = _cli("evaluate", str(model), str(data), "--label", "label", "--positive", "real", "--group",
                        "source", "--cv", "--bootstrap", "0", "-o", str(tmp_path / "r.json"))
    assert code == 0, err
    assert "the grouped split was not run" in err
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["evaluation"]["n"] == 40
    assert [entry["split"] for entry in report["cross_validation"]["splits"]] == ["random"]
    assert report["cross_validation"]["skipped_splits"][0]["split"] == "grouped"
    code, out, err = _cli("evaluate", str(model), str(data), "--label", "label", "--positive", "real", "--group",
                          "source", "--cv", "--bootstrap", "0")
    assert code == 0 and "- grouped: not run (" in out


def test_card_of_an_untuned_model_does_not_claim_cross_validated_c_and_platt_scaling(tmp_path: Path) -> None:
    # One example of a class: fit_model cannot hold any out, so C is not selected and no Platt
    # scaling is fitted; the card still said "C chosen by cross-validated log-loss ({})" and
    # "Platt slope 1.0 ... fitted on out-of-fold decision values", and train said nothing.
    records = [record for record in _labelled(44) if record["label"] == "real"] + _labelled(1)
    data = _write_jsonl(tmp_path / "data.jsonl", records)
    code, _, err = _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(tmp_path / "m.json"))
    assert code == 0, err
    card = (tmp_path / "m.card.md").read_text(encoding="utf-8")
    assert "chosen by cross-validated log-loss" not in card and "fitted on out-of-fold" not in card
    assert "NOT selected" in card and "NO Platt scaling" in card and "Platt scaling folded" not in card
    assert "records whose label is missing, null or empty were left out" in card
    assert "neither tuned nor calibrated" in err


def test_card_falls_back_to_random_split_metrics_when_grouped_folds_cannot_run(tmp_path: Path) -> None:
    # Two outlets, each all one class: the grouped split trains on one class, and the card got
    # no metrics at all although the random split could run.
    records = [{**record, "source": record["label"]} for record in _labelled(40)]
    data = _write_jsonl(tmp_path / "data.jsonl", records)
    code, out, err = _cli("train", str(data), "--label", "label", "--positive", "real", "--group", "source",
                          "-o", str(tmp_path / "m.json"), "--bootstrap", "0")
    assert code == 0, err
    card = (tmp_path / "m.card.md").read_text(encoding="utf-8")
    assert "Split protocol: random: stratified 5-fold, seed 0 (the grouped split could not run:" in card
    assert "| ROC-AUC | Brier | ECE |" in card and "the card's metrics come from the random split" in err


def test_train_and_evaluate_warn_about_repeated_texts(tmp_path: Path) -> None:
    # The documented protocol deduplicates by text before splitting; `reliability train` and
    # `evaluate --cv` took reposts silently, and copies across folds inflate the card's figures.
    records = _labelled(40)
    reposts = [{**records[1], "id": "copy1"}, {**records[2], "id": "copy2", "label": "real"}]
    data = _write_jsonl(tmp_path / "data.jsonl", records + reposts)
    code, _, err = _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(tmp_path / "m.json"),
                        "--no-cv")
    assert code == 0, err
    assert "2 records repeat the text" in err and "1 of them with the other label" in err
    code, _, err = _cli("evaluate", str(tmp_path / "m.json"), str(data), "--label", "label", "--positive", "real",
                        "--bootstrap", "0", "-o", str(tmp_path / "r.json"))
    assert code == 0 and "2 records repeat the text" in err
    clean = _write_jsonl(tmp_path / "clean.jsonl", records)
    assert "repeat the text" not in _cli("train", str(clean), "--label", "label", "--positive", "real", "-o",
                                         str(tmp_path / "c.json"), "--no-cv")[2]


def test_dedupe_takes_records_without_an_id() -> None:
    # `reliability train` warns about reposts and points to reliability.corpora.dedupe, which
    # raised KeyError: 'id' on records that have none.
    from reliability.corpora import dedupe

    records = [{"text": "The bridge reopens.", "label": 1}, {"text": "Shocking truth!", "label": 0},
               {"text": "The bridge  reopens", "label": 1}, {"text": "Shocking truth", "label": 1}]
    assert dedupe(records) == [records[0]]
    with_ids = [dict(record, id=f"r{3 - index}") for index, record in enumerate(records)]
    assert dedupe(with_ids) == [with_ids[0]]


def test_evaluate_warns_when_given_the_models_own_training_data(tmp_path: Path) -> None:
    # `reliability evaluate model.json train.jsonl` printed in-sample AUCs as if held out.
    data = _write_jsonl(tmp_path / "train.jsonl", _labelled(40))
    # Other data: a byte-identical copy is the training data too, and is recognised as such.
    other = _write_jsonl(tmp_path / "other.jsonl", _labelled(40)[::-1])
    assert _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(tmp_path / "m.json"),
                "--no-cv")[0] == 0
    arguments = ("--label", "label", "--positive", "real", "--bootstrap", "0", "-o", str(tmp_path / "r.json"))
    code, _, err = _cli("evaluate", str(tmp_path / "m.json"), str(data), *arguments)
    assert code == 0 and "is the model's own training data" in err
    code, _, err = _cli("evaluate", str(tmp_path / "m.json"), str(other), *arguments)
    assert code == 0 and "own training data" not in err


def test_evaluate_recognises_the_training_data_from_another_folder(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # The model records the path `train` was given, relative to where it ran: evaluating from
    # another folder (or on a copy) gave in-sample figures without the warning.
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    _write_jsonl(tmp_path / "work" / "train.jsonl", _labelled(40))
    assert _cli("train", "train.jsonl", "--label", "label", "--positive", "real", "-o", "m.json", "--no-cv")[0] == 0
    monkeypatch.chdir(tmp_path)
    arguments = ("--label", "label", "--positive", "real", "--bootstrap", "0", "-o", str(tmp_path / "r.json"))
    code, _, err = _cli("evaluate", "work/m.json", "work/train.jsonl", *arguments)
    assert code == 0 and "is the model's own training data" in err
    other = _write_jsonl(tmp_path / "other.jsonl", _labelled(40)[::-1])
    code, _, err = _cli("evaluate", "work/m.json", str(other), *arguments)
    assert code == 0 and "own training data" not in err


def test_groups_of_the_wrong_length_are_refused_not_ignored() -> None:
    # fit_model (and CredibilityModel.fit) took groups of any length: with fewer than three
    # distinct values they were silently ignored and C chosen on stratified folds.
    import numpy as np

    from reliability.estimators import CredibilityModel
    from reliability.training import fit_model

    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2))
    y = (X[:, 0] + rng.normal(size=40) > 0).astype(int)
    with pytest.raises(ValueError, match=r"groups: expected one group per row \(40\), received \(10,\)"):
        CredibilityModel().fit(X, y, groups=["a"] * 10)
    with pytest.raises(ValueError, match=r"groups: expected one group per row"):
        fit_model(X, y, ["a", "b"] * 10, features=["x0", "x1"])
    with pytest.raises(ValueError, match=r"raw: expected shape \(40, 3\)"):
        fit_model(X, y, features=["x0", "x1", "x2"])


def test_batch_options_are_checked_once_not_failed_for_every_item() -> None:
    # score_many(items, priors=0.3) returned one FailedItem per item, each "internal error:
    # score() got an unexpected keyword argument 'priors'"; prior=2 failed every item too.
    from reliability import score_many
    from reliability.errors import ArticleTypeError, InvalidArticleError, ModelFileError

    items = [SEEDS[0], {"text": SEEDS[1]}]
    with pytest.raises(ArticleTypeError, match="options: expected keyword arguments of score.*unknown 'priors'"):
        score_many(items, priors=0.3)
    with pytest.raises(InvalidArticleError, match="prior: expected a float strictly between 0 and 1"):
        score_many(items, prior=2)
    with pytest.raises(InvalidArticleError, match="min_words"):
        score_many(items, n_jobs=2, chunk_size=1, min_words=-1)
    with pytest.raises(ModelFileError, match="cannot read"):
        score_many(items, model="no-such-model.json")
    assert [result.label for result in score_many(items, prior=0.5)] == [result.label for result in
                                                                         score_many(items, prior=0.5, n_jobs=2, chunk_size=1)]


def test_dask_options_are_checked_when_the_graph_is_built() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    pd = pytest.importorskip("pandas")
    dask_dataframe = pytest.importorskip("dask.dataframe")
    from reliability.dask import score_bag, score_dataframe
    from reliability.errors import ReliabilityError

    bag = dask_bag.from_sequence(SEEDS[:2], npartitions=1)
    frame = dask_dataframe.from_pandas(pd.DataFrame({"text": SEEDS[:2]}), npartitions=1)
    with pytest.raises(ReliabilityError, match="unknown 'priors'"):
        score_bag(bag, priors=0.3)
    with pytest.raises(ReliabilityError, match="prior: expected"):
        score_dataframe(frame, prior=1.5)
    # A model path is the workers' to read: it need not exist where the graph is built.
    score_bag(bag, model="/on/the/workers/model.json")


def test_max_dominance_without_group_is_refused_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The missing --group was found by fit_model, after every article's features were extracted.
    import reliability.training as training

    def no_extraction(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("features extracted before the usage error")

    monkeypatch.setattr(training, "feature_matrix", no_extraction)
    data = _write_jsonl(tmp_path / "data.jsonl", _labelled(40))
    code, _, err = _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(tmp_path / "m.json"),
                        "--max-dominance", "0.5")
    assert code == 2 and "--max-dominance: expected --group" in err


def test_train_and_evaluate_refuse_to_write_over_their_inputs(tmp_path: Path) -> None:
    # `train data.jsonl -o data.jsonl` replaced the training data with the model, and
    # `evaluate m.json data.jsonl -o data.jsonl` (or -o m.json) replaced an input with the report.
    data = _write_jsonl(tmp_path / "data.jsonl", _labelled(40))
    original = data.read_bytes()
    code, _, err = _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(data), "--no-cv")
    assert code == 2 and "expected a file other than the training data" in err
    assert data.read_bytes() == original
    model = tmp_path / "m.json"
    assert _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(model), "--no-cv")[0] == 0
    saved = model.read_bytes()
    for target, name in ((data, "evaluation data"), (model, "model file")):
        code, _, err = _cli("evaluate", str(model), str(data), "--label", "label", "--positive", "real",
                            "--bootstrap", "0", "-o", str(target))
        assert code == 2 and f"expected a file other than the {name}" in err
    assert data.read_bytes() == original and model.read_bytes() == saved
    article = tmp_path / "article.txt"
    article.write_text(SEEDS[0], encoding="utf-8")
    code, _, err = _cli("report", str(article), "-o", str(article))
    assert code == 2 and "expected a file other than the article" in err and article.read_text() == SEEDS[0]
    code, _, err = _cli("sources", str(data), "--output", str(data))
    assert code == 2 and "expected a file other than the input" in err and data.read_bytes() == original


def test_python_evaluation_api_names_the_bad_record() -> None:
    # evaluate(), cross_validate() and feature_matrix() on records keyed "body" raised KeyError: 'text';
    # a bad title deep in the list raised an error that did not say which record.
    from reliability.errors import ArticleTypeError
    from reliability.evaluation import cross_validate, evaluate
    from reliability.model import default_model
    from reliability.training import feature_matrix

    keyed_body = [{"body": SEEDS[index % 5], "label": index % 2} for index in range(20)]
    for call in (lambda: evaluate(default_model(), keyed_body, n_resamples=0),
                 lambda: cross_validate(keyed_body, n_resamples=0), lambda: feature_matrix(keyed_body)):
        with pytest.raises(ArticleTypeError, match=r"records\[0\]: expected a dict with a (str )?'text'"):
            call()
    bad_title = [{"text": SEEDS[index % 5], "label": index % 2, "title": 5 if index == 7 else None} for index in range(20)]
    with pytest.raises(ArticleTypeError, match=r"records\[7\]: title: expected a str or None"):
        evaluate(default_model(), bad_title, n_resamples=0)


def test_train_and_evaluate_read_the_publication_date_as_batch_scoring_does(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # train and evaluate ignored dates (no --date-field), so the date features were measured
    # without them there but with them by `score --input` (which reads "published" by default).
    import reliability.training as training

    seen: list[list[Any]] = []
    original = training.feature_matrix

    def spy(records: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append([record.get("published") for record in records])
        return original(records, *args, **kwargs)

    monkeypatch.setattr(training, "feature_matrix", spy)
    records = _labelled(40)
    for index, record in enumerate(records):
        record["published"] = "2016-09-20" if index != 5 else "last Tuesday"
        record["day"] = "2016-10-01"
    data = _write_jsonl(tmp_path / "data.jsonl", records)
    code, _, err = _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(tmp_path / "m.json"),
                        "--no-cv")
    assert code == 0, err
    assert seen[-1] == ["2016-09-20"] * 5 + [None] + ["2016-09-20"] * 34
    assert "1 records have a --date-field 'published' that is not an ISO 8601 date" in err
    code, _, err = _cli("evaluate", str(tmp_path / "m.json"), str(data), "--label", "label", "--positive", "real",
                        "--bootstrap", "0", "--date-field", "day", "-o", str(tmp_path / "r.json"))
    assert code == 0, err
    assert seen[-1] == ["2016-10-01"] * 40


def test_credibility_model_refuses_feature_names_that_contradict_the_frames_columns() -> None:
    # feature_names are applied by position: a DataFrame in another order got each column
    # another feature's name, transform and sign constraint, silently.
    import numpy as np

    from reliability.estimators import CredibilityModel

    # pandas is optional ([dask]): the Quick start's `pip install '.[test]' && pytest -q` has none.
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(0)
    X = pd.DataFrame(rng.normal(size=(60, 2)), columns=["urgency_density", "quote_density"])
    y = (X["quote_density"] + rng.normal(size=60) > 0).astype(int)
    with pytest.raises(ValueError, match="feature_names: expected the columns of X in their order"):
        CredibilityModel(feature_names=["quote_density", "urgency_density"]).fit(X, y)
    fitted = CredibilityModel(feature_names=["urgency_density", "quote_density"]).fit(X, y)
    assert fitted.model_.feature_names == ("urgency_density", "quote_density")
    assert CredibilityModel().fit(X, y).model_.feature_names == ("urgency_density", "quote_density")


def test_score_dataframe_result_writes_to_parquet_and_partitions_match_the_meta(tmp_path: Path) -> None:
    # The module's own example ends in scored.to_parquet(...): it failed with ArrowInvalid
    # ("Could not convert <object object ...>") on the object-typed text columns of the meta,
    # and a partition whose rows all failed had object columns where the meta said float64.
    pd = pytest.importorskip("pandas")
    dask_dataframe = pytest.importorskip("dask.dataframe")
    pytest.importorskip("pyarrow")
    from reliability.dask import score_dataframe

    frame = pd.DataFrame({"text": SEEDS[:2] + ["word " * 60, "word " * 60], "date": ["2024-06-19"] * 2 + ["bad"] * 2})
    scored = score_dataframe(dask_dataframe.from_pandas(frame, npartitions=2), published="date")
    for part in scored.to_delayed():
        assert dict(part.compute(scheduler="synchronous").dtypes) == dict(scored.dtypes)
    scored.to_parquet(tmp_path / "scores", compute=True)
    back = pd.read_parquet(tmp_path / "scores")
    assert back["credibility"].notna().tolist() == [True, True, False, False]
    assert back["error"].isna().tolist() == [True, True, False, False]
    assert back["label"].tolist()[:2] == [row for row in scored["label"].compute(scheduler="synchronous")][:2]


def test_train_shows_how_each_label_value_was_read_and_flags_unmatched_positive_values(tmp_path: Path) -> None:
    # A typo in the data ("Real ") or in --positive silently moved articles to "not credible";
    # nothing showed how the label values were mapped.
    records = _labelled(40)
    records[3]["label"] = "Real "
    data = _write_jsonl(tmp_path / "data.jsonl", records)
    code, _, err = _cli("train", str(data), "--label", "label", "--positive", "real", "REAL", "-o",
                        str(tmp_path / "m.json"), "--no-cv")
    assert code == 0, err
    assert "labels: credible (1) = 'real' (19); not credible (0) = 'Real ' (1), 'fake' (20)" in err
    assert "--positive 'REAL' matched no record's label" in err


def test_python_dash_m_reliability_runs_the_command_line() -> None:
    # `python -m reliability` failed: "No module named reliability.__main__".
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-m", "reliability", "features"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "anonymous_source_density" in result.stdout


def test_batch_csv_without_the_text_column_is_a_usage_error_up_front(tmp_path: Path) -> None:
    # Every row of the CSV became the same error row ("body: expected the article body in this
    # field") and the run "succeeded" through the whole file, although the header says it at once.
    source = tmp_path / "in.csv"
    source.write_text("\ufeffid,text\n1,hello world\n", encoding="utf-8")
    code, out, err = _cli("score", "--input", str(source), "--text-field", "body", "--no-progress")
    assert code == 2 and out == "" and "--text-field: expected a column of" in err and "its columns: id, text" in err
    code, out, err = _cli("score", "--input", str(source), "--no-progress")
    assert code == 0 and json.loads(out)["id"] == "1"


def test_model_card_of_a_fitted_credibility_model_says_how_c_was_chosen() -> None:
    # model_card(pipeline[-1].model_) said "Groups: none given: C chosen under stratified
    # cross-validation" even when fit() had grouped C's selection by outlet.
    import numpy as np

    from reliability.estimators import CredibilityModel
    from reliability.training import model_card

    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 2))
    y = (X[:, 0] + rng.normal(size=120) > 0).astype(int)
    outlets = np.array([f"o{index % 6}" for index in range(120)])
    grouped = model_card(CredibilityModel().fit(X, y, groups=outlets).model_)
    assert "- Groups: given (model selection of C under grouped cross-validation: GroupKFold(5) over 6 groups)" in grouped
    plain = model_card(CredibilityModel().fit(X, y).model_)
    assert "- Groups: none given: C chosen under stratified 5-fold, seed 0 (no groups given)" in plain


def test_card_of_a_free_signs_model_does_not_call_it_sign_constrained(tmp_path: Path) -> None:
    # The card's first sentence said "(sign-constrained, below)" for every model, and then
    # "Weights unconstrained in sign." for a --free-signs one.
    data = _write_jsonl(tmp_path / "data.jsonl", _labelled(40))
    for flags, expected in (([], "(sign-constrained, below)"), (["--free-signs"], "(weights free in sign)")):
        model = tmp_path / f"m{len(flags)}.json"
        assert _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(model), "--no-cv",
                    *flags)[0] == 0
        card = model.with_name(model.stem + ".card.md").read_text(encoding="utf-8")
        assert f"An L2 logistic regression {expected} over" in card
        assert ("sign-constrained" in card) == (not flags)


def test_missing_and_empty_outlets_are_the_one_outlet_the_warning_names(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # The warning said records without --group "are treated as one outlet named 'None'", but an
    # empty value became a second pseudo-outlet '' beside 'None'.
    import reliability.evaluation as evaluation

    seen: list[Any] = []

    def stop(model: Any, records: Any, groups: Any = None, **kwargs: Any) -> Any:
        seen.append(groups)
        raise ValueError("stop here: the groups are what this test checks")

    monkeypatch.setattr(evaluation, "evaluate", stop)
    records = _labelled(40)
    del records[0]["source"]
    records[1]["source"] = ""
    data = _write_jsonl(tmp_path / "data.jsonl", records)
    assert _cli("train", str(data), "--label", "label", "--positive", "real", "-o", str(tmp_path / "m.json"),
                "--no-cv")[0] == 0
    code, _, err = _cli("evaluate", str(tmp_path / "m.json"), str(data), "--label", "label", "--positive", "real",
                        "--group", "source")
    assert "missing or empty in 2 of 40 records; they are treated as one outlet named 'None'" in err
    assert seen[0][:2] == ["None", "None"]


def test_bootstrap_memory_does_not_grow_with_resamples_times_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    # bootstrap() drew all n_resamples x n indices at once and built several such arrays per
    # model: 1.9 GB for 20,000 articles (evaluate's default 1,000 resamples), out of memory on
    # a large corpus. Measured in blocks, the resamples and so the intervals are the same.
    import tracemalloc

    import numpy as np

    import reliability.evaluation as evaluation

    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 2000)
    predictions = {"model": rng.random(2000), "length": rng.random(2000)}
    tracemalloc.start()
    try:
        blocked = evaluation.bootstrap(y, predictions, 1000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100e6, f"{peak / 1e6:.0f} MB"  # all at once: 192 MB
    monkeypatch.setattr(evaluation, "_BOOTSTRAP_BLOCK_VALUES", 10**12)  # one block
    assert evaluation.bootstrap(y, predictions, 1000) == blocked


def test_evaluation_report_keeps_its_table_when_an_outlet_name_holds_a_pipe_or_newline() -> None:
    # An outlet named "a|b" (or with a newline) split its row of the Markdown table.
    from reliability.evaluation import evaluation_markdown

    result = {"model_name": "m", "model_base_rate": 0.5, "n": 4, "n_credible": 2, "observed_base_rate": 0.5,
              "models": {}, "delta_auc": {},
              "per_group": {"news|daily": {"n": 2, "n_credible": 1, "mean_predicted": 0.5, "auc": 1.0},
                            "two\nlines": {"n": 2, "n_credible": 1, "mean_predicted": 0.5, "auc": 0.0}}}
    rows = [line for line in evaluation_markdown(result).splitlines() if line.startswith("| news") or "lines" in line]
    assert rows == ["| news\\|daily | 2 (1) | 0.500 | 1.000 |", "| two lines | 2 (1) | 0.500 | 0.000 |"]
