#!/usr/bin/env python3
"""The Python anchor for the evaluate-thresholds bench.

Does what a Python user does to evaluate the bench model on the bench CSV: pandas read_csv, drop the
rows with a missing feature or target (mlgate's `nan: drop`), score the logistic model with numpy in
float64 (sigmoid(X @ w + b), the coefficients bench/make_bench_model.py wrote next to the ONNX
file), then scikit-learn's binary metrics: accuracy, precision, recall, f1, roc_auc,
average_precision, log_loss, brier_score. Runs under Debian's system python (/usr/bin/python3:
pandas 1.5, numpy 1.24, scikit-learn 1.2). Prints one JSON object on stdout: versions, rows, the
timings of each phase measured inside the script, the peak RSS of this process, and the metrics.

Usage: evaluate_thresholds_python.py <csv> <model.json>
"""

import json
import resource
import sys
import time

START = time.perf_counter()
import numpy as np  # noqa: E402  (the imports are part of what is timed)
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from sklearn import metrics  # noqa: E402

IMPORTED = time.perf_counter()


def main(csv, model_json):
    with open(model_json) as handle:
        model = json.load(handle)
    features = model["features"]
    target = model["target"]
    w = np.asarray(model["coefficients"], dtype=np.float64)
    b = float(model["intercept"])

    started = time.perf_counter()
    df = pd.read_csv(csv)
    read = time.perf_counter()

    kept = df[features + [target]].dropna()
    X = kept[features].to_numpy(dtype=np.float64)
    y = kept[target].to_numpy(dtype=np.int64)
    prepared = time.perf_counter()

    z = X @ w + b
    proba = 1.0 / (1.0 + np.exp(-z))
    pred = (z > 0).astype(np.int64)
    scored = time.perf_counter()

    values = {}
    phase = {}
    for name, compute in [
        ("accuracy", lambda: metrics.accuracy_score(y, pred)),
        ("precision", lambda: metrics.precision_score(y, pred)),
        ("recall", lambda: metrics.recall_score(y, pred)),
        ("f1", lambda: metrics.f1_score(y, pred)),
        ("roc_auc", lambda: metrics.roc_auc_score(y, proba)),
        ("average_precision", lambda: metrics.average_precision_score(y, proba)),
        ("log_loss", lambda: metrics.log_loss(y, proba)),
        ("brier_score", lambda: metrics.brier_score_loss(y, proba)),
    ]:
        t = time.perf_counter()
        values[name] = float(compute())
        phase[name] = time.perf_counter() - t
    done = time.perf_counter()

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump(
        {
            "python": sys.version.split()[0],
            "pandas": pd.__version__,
            "numpy": np.__version__,
            "sklearn": sklearn.__version__,
            "rows_read": int(len(df)),
            "rows": int(len(y)),
            "dropped": int(len(df) - len(y)),
            "seconds": {
                "import": IMPORTED - START,
                "read_csv": read - started,
                "prepare": prepared - read,
                "score": scored - prepared,
                "metrics": done - scored,
                "total_in_script": done - START,
            },
            "metric_seconds": phase,
            "peak_rss_mib": peak_kib / 1024,
            "metrics": values,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: evaluate_thresholds_python.py <csv> <model.json>")
    main(sys.argv[1], sys.argv[2])
