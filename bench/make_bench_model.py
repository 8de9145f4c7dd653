#!/usr/bin/env python3
"""The model of the evaluate-thresholds bench: a 6-feature logistic regression on the bench CSV.

Trains scikit-learn's LogisticRegression (standardised features, lbfgs) on the first 200,000 rows of
the bench CSV, target `label`, and writes it as ONNX built with onnx.helper, the way
example/make-model.py does: one ai.onnx.ml LinearClassifier (binary: coefficient rows (-w, w),
intercepts (-b, b), post_transform LOGISTIC, classlabels_ints [0, 1]) with the feature columns in a
`features` metadata entry (a JSON list). The standardisation is folded into the coefficients
(w / scale, b - sum(w * mean / scale)), so the graph is the one node and the Python anchor scores
with one matrix product.

Features: the file's numeric columns, in file order: id, age, income, score, active, clicks.
`signup` (a date) and `category`/`region` (strings) cannot feed a float input as they stand, so these
are the only six; `active` is a bool (0/1) and `clicks` is the one with empty cells (~1%): training
fills them with 0; at evaluation both mlgate and the Python anchor drop those rows (`nan: drop`), so
the model never sees a NaN. `id` carries no signal (its weight is ~0); `score` carries most of it.

Also writes <model>.json next to the model: features, coefficients and intercept (float64, as
trained), which bench/evaluate_thresholds_python.py scores with.

Usage (Debian's python: scikit-learn 1.2, onnx 1.12):
    /usr/bin/python3 bench/make_bench_model.py <bench csv> <out.onnx>
bench/evaluate-thresholds.ts runs it when the model is missing.
"""
import json
import sys

import numpy as np
import onnx
import pandas as pd
from onnx import TensorProto, helper
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

FEATURES = ["id", "age", "income", "score", "active", "clicks"]
TARGET = "label"
TRAIN_ROWS = 200_000


def main(csv, out):
    data = pd.read_csv(csv, nrows=TRAIN_ROWS, usecols=FEATURES + [TARGET])
    frame = data[FEATURES].copy()
    frame["active"] = frame["active"].astype(np.float64)
    frame["clicks"] = frame["clicks"].fillna(0)
    X = frame.to_numpy(dtype=np.float64)
    y = data[TARGET].to_numpy()
    scaler = StandardScaler().fit(X)
    model = LogisticRegression(max_iter=1000).fit(scaler.transform(X), y)

    w = model.coef_[0] / scaler.scale_
    b = float(model.intercept_[0] - np.sum(model.coef_[0] * scaler.mean_ / scaler.scale_))
    # The folded model scores the training rows as the scaled one did.
    folded = X @ w + b
    assert np.allclose(folded, model.decision_function(scaler.transform(X)), rtol=1e-9, atol=1e-9)

    coefficients = np.vstack([-w, w])
    node = helper.make_node(
        "LinearClassifier", ["input"], ["label", "probabilities"], domain="ai.onnx.ml",
        coefficients=coefficients.ravel().tolist(), intercepts=[-b, b], post_transform="LOGISTIC",
        multi_class=0, classlabels_ints=[0, 1])
    graph = helper.make_graph(
        [node], "bench_logistic",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", len(FEATURES)])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]),
         helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2])],
    )
    onnx_model = helper.make_model(graph, producer_name="mlgate-bench", ir_version=8,
                                   opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 3)])
    entry = onnx_model.metadata_props.add()
    entry.key = "features"
    entry.value = json.dumps(FEATURES)
    onnx.checker.check_model(onnx_model, full_check=True)
    onnx.save(onnx_model, out)

    stem = out[:-len(".onnx")] if out.endswith(".onnx") else out
    with open(stem + ".json", "w") as handle:
        json.dump({"features": FEATURES, "target": TARGET, "train_rows": TRAIN_ROWS,
                   "coefficients": w.tolist(), "intercept": b,
                   "train_accuracy": float(model.score(scaler.transform(X), y))}, handle, indent=2)
        handle.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_bench_model.py <bench csv> <out.onnx>")
    main(sys.argv[1], sys.argv[2])
