#!/usr/bin/python3
"""Fit small tree models of every kind prune-import-sklearn reads and save them.

For each model NAME written to OUT_DIR: NAME.joblib (or NAME.json for XGBoost,
`Booster.save_model`), NAME_X.npy (the samples it is checked on, float32),
NAME_values.npy (predict_proba, or predict for regression) and, for
classifiers, NAME_classes.npy (predicted class indices). Also bad inputs:
not_a_tree.joblib (a LogisticRegression), corrupt.joblib, gb_init.joblib
(a GradientBoostingRegressor with a LinearRegression initial estimator),
dart.json (an XGBoost dart booster), pipeline.joblib.

Usage: fit_models.py OUT_DIR
"""
import json
import os
import sys

import joblib
import numpy as np
import xgboost as xgb
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.ensemble import (ExtraTreesClassifier, ExtraTreesRegressor, GradientBoostingClassifier,
                              GradientBoostingRegressor, RandomForestClassifier, RandomForestRegressor)
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor


def data(loader):
    x, y = loader(return_X_y=True)
    return x.astype(np.float32), y


def save_sklearn(out, name, model, x, y):
    model.fit(x, y)
    joblib.dump(model, os.path.join(out, name + ".joblib"))
    np.save(os.path.join(out, name + "_X.npy"), x)
    if hasattr(model, "predict_proba"):
        np.save(os.path.join(out, name + "_values.npy"), model.predict_proba(x))
        np.save(os.path.join(out, name + "_classes.npy"), np.searchsorted(model.classes_, model.predict(x)))
    else:
        np.save(os.path.join(out, name + "_values.npy"), model.predict(x).reshape(len(x), -1))


def save_xgboost(out, name, params, x, y, rounds=20):
    booster = xgb.train(dict(params, nthread=1), xgb.DMatrix(x, label=y), rounds)
    booster.save_model(os.path.join(out, name + ".json"))
    np.save(os.path.join(out, name + "_X.npy"), x)
    p = booster.predict(xgb.DMatrix(x))
    objective = params["objective"]
    if objective == "binary:logistic":
        np.save(os.path.join(out, name + "_values.npy"), np.stack([1 - p, p], axis=1))
        np.save(os.path.join(out, name + "_classes.npy"), (p > 0.5).astype(np.int64))
    elif objective.startswith("multi:"):
        np.save(os.path.join(out, name + "_values.npy"), p)
        np.save(os.path.join(out, name + "_classes.npy"), p.argmax(axis=1))
    else:
        np.save(os.path.join(out, name + "_values.npy"), p.reshape(-1, 1))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    cancer, iris, diabetes = data(load_breast_cancer), data(load_iris), data(load_diabetes)
    save_sklearn(out, "dt_classifier", DecisionTreeClassifier(random_state=0), *cancer)
    save_sklearn(out, "dt_regressor", DecisionTreeRegressor(max_depth=8, random_state=0), *diabetes)
    save_sklearn(out, "rf_classifier", RandomForestClassifier(n_estimators=10, random_state=0), *iris)
    save_sklearn(out, "rf_regressor", RandomForestRegressor(n_estimators=8, max_depth=6, random_state=0),
                 *diabetes)
    save_sklearn(out, "et_classifier", ExtraTreesClassifier(n_estimators=8, random_state=0), *cancer)
    save_sklearn(out, "et_regressor", ExtraTreesRegressor(n_estimators=8, max_depth=6, random_state=0),
                 *diabetes)
    save_sklearn(out, "gb_binary", GradientBoostingClassifier(n_estimators=20, random_state=0), *cancer)
    save_sklearn(out, "gb_multiclass",
                 GradientBoostingClassifier(n_estimators=10, learning_rate=0.3, random_state=0), *iris)
    save_sklearn(out, "gb_regressor", GradientBoostingRegressor(n_estimators=30, random_state=0), *diabetes)
    save_sklearn(out, "gb_huber_zero_init",
                 GradientBoostingRegressor(loss="huber", init="zero", n_estimators=15, random_state=0), *diabetes)
    save_xgboost(out, "xgb_binary", {"objective": "binary:logistic", "max_depth": 4, "eta": 0.3}, *cancer)
    save_xgboost(out, "xgb_multiclass", {"objective": "multi:softprob", "num_class": 3, "max_depth": 3,
                                         "eta": 0.3}, *iris)
    save_xgboost(out, "xgb_regressor", {"objective": "reg:squarederror", "max_depth": 4, "eta": 0.1}, *diabetes)

    joblib.dump(LogisticRegression(max_iter=200).fit(*iris), os.path.join(out, "not_a_tree.joblib"))
    joblib.dump(make_pipeline(StandardScaler(), DecisionTreeClassifier()).fit(*iris),
                os.path.join(out, "pipeline.joblib"))
    joblib.dump(GradientBoostingRegressor(init=LinearRegression(), n_estimators=3).fit(*diabetes),
                os.path.join(out, "gb_init.joblib"))
    with open(os.path.join(out, "corrupt.joblib"), "wb") as f:
        f.write(b"\x80\x04\x95 not a pickle at all")
    booster = xgb.train({"booster": "dart", "objective": "reg:squarederror", "nthread": 1},
                        xgb.DMatrix(*diabetes), 2)
    booster.save_model(os.path.join(out, "dart.json"))
    # Early stopping: XGBClassifier.predict uses the rounds up to the best.
    x, y = cancer
    early = xgb.XGBClassifier(n_estimators=40, max_depth=3, learning_rate=0.5, nthread=1,
                              early_stopping_rounds=2, eval_metric="logloss")
    early.fit(x[:400], y[:400], eval_set=[(x[400:], y[400:])], verbose=False)
    joblib.dump(early, os.path.join(out, "xgb_early.joblib"))
    np.save(os.path.join(out, "xgb_early_X.npy"), x)
    np.save(os.path.join(out, "xgb_early_values.npy"), early.predict_proba(x))
    np.save(os.path.join(out, "xgb_early_classes.npy"), early.predict(x))
    # base_score 0.3: its margin is C's logf, not numpy's float32 log.
    save_xgboost(out, "xgb_base_score", {"objective": "binary:logistic", "max_depth": 3, "eta": 0.3,
                                         "base_score": 0.3}, *cancer, rounds=5)
    joblib.dump(xgb.XGBClassifier(n_estimators=3, missing=0.0, nthread=1).fit(*cancer),
                os.path.join(out, "xgb_missing_zero.joblib"))
    with open(os.path.join(out, "xgb_binary.json")) as f:
        broken = json.load(f)
    broken["learner"]["gradient_booster"]["model"]["trees"][0]["split_indices"][0] = 50
    with open(os.path.join(out, "xgb_feature_50.json"), "w") as f:
        json.dump(broken, f)
    del broken["learner"]["gradient_booster"]["model"]["trees"][0]["split_conditions"]
    with open(os.path.join(out, "xgb_no_conditions.json"), "w") as f:
        json.dump(broken, f)
    print("written to %s" % out)


if __name__ == "__main__":
    main()
