"""Train the shipped default model from ../shared/data, deterministically.

    python benchmarks/train_default.py            # writes src/reliability/models/default.json (+ .sha256)
    python benchmarks/train_default.py --check    # rebuilds in memory, exits 1 if it differs from the shipped file

Training data: BuzzFeed-Webis 2016 (credible = mostly true; not = mostly false +
mixture) and Horne & Adali 2017 (credible = real; not = fake + satire),
deduplicated by text. Groups for model selection and calibration = publisher
(Webis) or subset (Horne, which names no outlet).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

from reliability.corpora import default_data_dir, load_corpus
from reliability.features import FEATURE_NAMES
from reliability.training import feature_matrix, fit_model

MODEL_DIR = Path(__file__).resolve().parents[1] / "src" / "reliability" / "models"
TRAINING_CORPORA = ("webis", "horne")


def build(data_dir: Path) -> str:
    records = [record for corpus in TRAINING_CORPORA for record in load_corpus(corpus, data_dir)]
    raw = feature_matrix(records)
    y = np.array([record["label"] for record in records])
    groups = np.array([record["group"] for record in records])
    model = fit_model(
        raw, y, groups, features=FEATURE_NAMES, name="reliability-default-0.1",
        metadata={
            "training_data": [
                "BuzzFeed-Webis Fake News Corpus 2016 (Potthast et al., ACL 2018), CC BY 4.0",
                "Horne & Adali 2017 fakenewsdata1 (NECO 2017), BSD-style notice",
            ],
            "label_mapping": "1 = credible (Webis mostly true; Horne real); 0 = Webis mostly false + mixture; Horne fake + satire",
            "calibration": "Platt scaling on grouped out-of-fold decision values, folded into the weights",
        },
    )
    return model.to_json()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder holding the corpora")
    parser.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing")
    args = parser.parse_args(argv)
    text = build(args.data)
    target = MODEL_DIR / "default.json"
    if args.check:
        same = target.read_text(encoding="utf-8") == text
        print("identical to the shipped model" if same else "DIFFERS from the shipped model")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (MODEL_DIR / "default.json.sha256").write_text(f"{digest}  default.json\n", encoding="utf-8")
    print(f"wrote {target} (sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
