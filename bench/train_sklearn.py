#!/usr/bin/env python3
"""The Python anchor for the train bench.

Does what a Python user does to train one model on the bench CSV, the way mlgate's built-in
trainer does it: pandas read_csv, the same preprocessing, the fit, then predict_proba on the
training rows (mlgate computes training metrics too). One model per process, so that the peak RSS
is that model's alone, as mlgate's is:

- `logistic-regression`: SimpleImputer(mean) + StandardScaler on the numbers (age, income, score,
  active as 0/1, clicks), OneHotEncoder on category and region, then LogisticRegression() (L2,
  C=1, lbfgs, max_iter=100: mlgate's defaults);
- `gradient-boosted-trees`: numbers as they are (the trees route the missing clicks), one-hot
  strings, then HistGradientBoostingClassifier(early_stopping=False, random_state=0) (100 rounds,
  learning rate 0.1, 31 leaves, 20 samples per leaf, 255 bins: mlgate's defaults; early stopping
  is off because mlgate has none and scikit-learn turns it on by default above 10,000 rows).

mlgate's one-hot encodes a missing or unseen string as all zeros, as OneHotEncoder(handle_unknown=
'ignore') does. read_csv reads only the feature and target columns (usecols), as mlgate does.

Runs under Debian's system python (/usr/bin/python3: pandas 1.5, numpy 1.24, scikit-learn 1.2).
Prints one JSON object on stdout: versions, rows, the timings of each phase measured inside the
script, the peak RSS of this process, the thread pools' sizes, and the training accuracy.

Usage: train_sklearn.py <csv> logistic-regression|gradient-boosted-trees
"""

import json
import resource
import sys
import time

START = time.perf_counter()
import numpy as np  # noqa: E402  (the imports are part of what is timed)
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from sklearn.compose import ColumnTransformer  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402
from sklearn.impute import SimpleImputer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: E402
from threadpoolctl import threadpool_info  # noqa: E402  (a scikit-learn dependency)

IMPORTED = time.perf_counter()

TARGET = "label"
NUMBERS = ["age", "income", "score", "active", "clicks"]
STRINGS = ["category", "region"]
# The order mlgate is given them in (the bench's --features).
FEATURES = ["age", "income", "score", "category", "region", "active", "clicks"]


def preprocessor(trainer):
    numbers = (
        make_pipeline(SimpleImputer(strategy="mean"), StandardScaler())
        if trainer == "logistic-regression"
        else "passthrough"
    )
    return ColumnTransformer(
        [
            ("numbers", numbers, NUMBERS),
            ("strings", OneHotEncoder(handle_unknown="ignore", sparse_output=False), STRINGS),
        ]
    )


def estimator(trainer):
    if trainer == "logistic-regression":
        return LogisticRegression()
    return HistGradientBoostingClassifier(early_stopping=False, random_state=0)


def main(csv, trainer):
    started = time.perf_counter()
    df = pd.read_csv(csv, usecols=FEATURES + [TARGET])
    read = time.perf_counter()

    # read_csv parses true/false as bool; the models take it as a 0/1 number, as mlgate does.
    df["active"] = df["active"].astype(np.float64)
    y = df[TARGET].to_numpy()
    X = preprocessor(trainer).fit_transform(df[FEATURES])
    prepared = time.perf_counter()

    model = estimator(trainer)
    model.fit(X, y)
    fitted = time.perf_counter()

    proba = model.predict_proba(X)
    predicted = model.classes_[np.argmax(proba, axis=1)]
    accuracy = float(np.mean(predicted == y))
    done = time.perf_counter()

    iterations = (
        int(model.n_iter_[0]) if trainer == "logistic-regression" else int(model.n_iter_)
    )
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # HistGradientBoosting runs on OpenMP threads (one per core by default), the fit's BLAS on
    # OpenBLAS's: the bench reports them, since mlgate trains on one thread.
    threads = {pool["internal_api"]: pool["num_threads"] for pool in threadpool_info()}
    json.dump(
        {
            "python": sys.version.split()[0],
            "pandas": pd.__version__,
            "numpy": np.__version__,
            "sklearn": sklearn.__version__,
            "trainer": trainer,
            "estimator": repr(model),
            "rows": int(len(df)),
            "design_columns": int(X.shape[1]),
            "iterations": iterations,
            "threads": threads,
            "seconds": {
                "import": IMPORTED - START,
                "read_csv": read - started,
                "prepare": prepared - read,
                "fit": fitted - prepared,
                "predict": done - fitted,
                "total_in_script": done - START,
            },
            "peak_rss_mib": peak_kib / 1024,
            "accuracy": accuracy,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in ("logistic-regression", "gradient-boosted-trees"):
        sys.exit("usage: train_sklearn.py <csv> logistic-regression|gradient-boosted-trees")
    main(sys.argv[1], sys.argv[2])
