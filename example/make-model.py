"""The example project's production model: a logistic regression trained with scikit-learn on
example/data/reference.csv, written as ONNX with onnx.helper (ai.onnx.ml Scaler + LinearClassifier,
as skl2onnx would), with its feature columns in the `features` metadata. The pipeline's train stage
trains the candidate; evaluate-thresholds compares it with this one.

  production.onnx  age, tenure_months, monthly_charges

Re-run with Debian's python3 (scikit-learn, onnx 1.12):
    /usr/bin/python3 example/make-model.py
"""
import json
import os

import numpy as np
import onnx
import pandas as pd
from onnx import TensorProto, helper
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
data = pd.read_csv(os.path.join(HERE, "data", "reference.csv"))


def export(name, features):
    X = data[features].to_numpy(dtype=np.float64)
    y = data["churned"].to_numpy()
    scaler = StandardScaler().fit(X)
    model = LogisticRegression(max_iter=1000, class_weight="balanced").fit(scaler.transform(X), y)
    coef = np.vstack([-model.coef_[0], model.coef_[0]])
    intercept = [-model.intercept_[0], model.intercept_[0]]
    nodes = [
        helper.make_node("Scaler", ["input"], ["scaled"], domain="ai.onnx.ml",
                         offset=scaler.mean_.tolist(), scale=(1 / scaler.scale_).tolist()),
        helper.make_node("LinearClassifier", ["scaled"], ["label", "probabilities"], domain="ai.onnx.ml",
                         coefficients=coef.ravel().tolist(), intercepts=intercept, post_transform="LOGISTIC",
                         multi_class=0, classlabels_ints=[0, 1]),
    ]
    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", len(features)])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]),
         helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2])],
    )
    onnx_model = helper.make_model(graph, producer_name="mlgate-example", ir_version=8,
                                   opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 3)])
    entry = onnx_model.metadata_props.add()
    entry.key = "features"
    entry.value = json.dumps(features)
    onnx.checker.check_model(onnx_model, full_check=True)
    onnx.save(onnx_model, os.path.join(HERE, name + ".onnx"))


export("production", ["age", "tenure_months", "monthly_charges"])
