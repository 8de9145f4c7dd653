#!/usr/bin/env python3
"""The pandas anchor for the validate-data bench.

Does what a pandas user (or Great Expectations' pandas engine) does for the same suite: read_csv,
the suite's checks on the DataFrame, then describe(include='all'). Runs under Debian's system
python (/usr/bin/python3, pandas 1.5). Prints one JSON object on stdout: versions, timings of each
phase measured inside the script, the peak RSS of this process, and every check's outcome.

Usage: validate_data_pandas.py <csv> <suite.json>
suite.json is the suite from bench/validate-data/mlgate.yml as JSON: {"columns": {...},
"expectations": [{name: kwargs}, ...]} (bench/validate-data.ts writes it), so both tools run the
same suite from one file.
"""

import json
import resource
import sys
import time

START = time.perf_counter()
import numpy as np  # noqa: E402  (the import is part of what is timed)
import pandas as pd  # noqa: E402

IMPORTED = time.perf_counter()


def type_check(series, declared):
    """Non-null values that are not of the declared type (mlgate's declared-type check)."""
    values = series.dropna()
    if declared == "string":
        return 0
    if declared == "bool":
        if values.dtype == bool:
            return 0
        return int((~values.astype(str).str.lower().isin(["true", "false"])).sum())
    if declared == "datetime":
        return int(pd.to_datetime(values, errors="coerce").isna().sum())
    numeric = pd.to_numeric(values, errors="coerce")
    bad = int(numeric.isna().sum())
    if declared == "int":
        bad += int((numeric.dropna() % 1 != 0).sum())
    return bad


def between(value, kwargs):
    low = kwargs.get("min_value")
    high = kwargs.get("max_value")
    return (low is None or value >= low) and (high is None or value <= high)


def run_expectation(df, name, kwargs):
    """One expectation, Great Expectations' semantics; returns (unexpected count or None, observed value or None, passed)."""
    column = kwargs.get("column")
    series = df[column] if column is not None else None
    if name == "expect_table_row_count_to_be_between":
        return None, len(df), between(len(df), kwargs)
    if name == "expect_column_values_to_not_be_null":
        unexpected = int(series.isna().sum())
        return unexpected, None, unexpected == 0
    # Column map expectations below ignore nulls, as GE does.
    values = series.dropna()
    if name == "expect_column_values_to_be_between":
        inside = pd.Series(True, index=values.index)
        if kwargs.get("min_value") is not None:
            inside &= values >= kwargs["min_value"]
        if kwargs.get("max_value") is not None:
            inside &= values <= kwargs["max_value"]
        unexpected = int((~inside).sum())
        return unexpected, None, unexpected == 0
    if name == "expect_column_values_to_be_in_set":
        unexpected = int((~values.isin(kwargs["value_set"])).sum())
        return unexpected, None, unexpected == 0
    if name == "expect_column_values_to_be_unique":
        unexpected = int(values.duplicated(keep=False).sum())
        return unexpected, None, unexpected == 0
    if name == "expect_column_mean_to_be_between":
        observed = float(values.mean())
        return None, observed, between(observed, kwargs)
    if name == "expect_column_stdev_to_be_between":
        observed = float(values.std(ddof=1))
        return None, observed, between(observed, kwargs)
    raise ValueError(f"bench/validate_data_pandas.py does not implement {name}")


def main(csv_path, suite_path):
    with open(suite_path, encoding="utf-8") as handle:
        suite = json.load(handle)
    timings = {"import": IMPORTED - START}

    t = time.perf_counter()
    df = pd.read_csv(csv_path)
    timings["read_csv"] = time.perf_counter() - t

    t = time.perf_counter()
    results = []
    for column, declared in (suite.get("columns") or {}).items():
        unexpected = type_check(df[column], declared)
        results.append({"expectation": f"type {declared}", "column": column, "unexpected": unexpected,
                        "passed": unexpected == 0})
    for entry in suite.get("expectations", []):
        (name, kwargs), = entry.items()
        unexpected, observed, passed = run_expectation(df, name, kwargs)
        results.append({"expectation": name, "column": kwargs.get("column"), "unexpected": unexpected,
                        "observed": observed, "passed": bool(passed)})
    timings["checks"] = time.perf_counter() - t

    t = time.perf_counter()
    description = df.describe(include="all")
    timings["describe"] = time.perf_counter() - t
    timings["total_in_script"] = time.perf_counter() - START

    print(json.dumps({
        "python": sys.version.split()[0],
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "rows": len(df),
        "columns": len(df.columns),
        "dtypes": {column: str(dtype) for column, dtype in df.dtypes.items()},
        "seconds": timings,
        # ru_maxrss is in KiB on Linux: the kernel's peak RSS of this process so far.
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "results": results,
        "describe_shape": list(description.shape),
        # The numbers mlgate's profile must agree with (checked by bench/validate-data.ts).
        "reference": {
            column: {
                "count": int(series.count()),
                "mean": float(series.mean()),
                "std": float(series.std()),
                "min": float(series.min()),
                "max": float(series.max()),
                "median": float(series.median()),
                "q25": float(series.quantile(0.25)),
                "q75": float(series.quantile(0.75)),
            }
            for column, series in df.items()
            if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        },
    }))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: validate_data_pandas.py <csv> <suite.json>")
    main(sys.argv[1], sys.argv[2])
