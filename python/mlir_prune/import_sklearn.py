"""Import a fitted tree model (scikit-learn or XGBoost) as tree IR.

Usage: prune-import-sklearn MODEL [-o OUT.mlir]

MODEL is a joblib or pickle file of a fitted estimator, or an XGBoost model
saved as JSON (`booster.save_model("m.json")`). Supported:

  * DecisionTreeClassifier, DecisionTreeRegressor;
  * RandomForestClassifier, RandomForestRegressor, ExtraTreesClassifier,
    ExtraTreesRegressor (the mean of the trees, in f64 as scikit-learn);
  * GradientBoostingClassifier, GradientBoostingRegressor (the initial
    estimator's constant raw score, then each tree's leaf value times the
    learning rate, summed in f64; probabilities through the loss's link);
  * XGBoost gbtree models (JSON file, or a pickled Booster / XGBModel) with
    objectives reg:squarederror, reg:absoluteerror, reg:pseudohubererror,
    binary:logistic, multi:softprob, multi:softmax (summed in f32 as XGBoost;
    `x < t` splits, missing (NaN) values to the default side). A pickled
    XGBClassifier/XGBRegressor that stopped early keeps the rounds up to its
    best_iteration, as its predict does; a JSON file keeps every round, as
    Booster.predict does (with a warning when it records a best_iteration).
    Models fitted with a `missing` value other than NaN are refused.

The module (mlir_prune.tree_ir) has `@forward(tensor<?xFxf32>) ->
tensor<?xCxf32>` (class probabilities, or values for regression) and, for
classifiers, `@predict` (class index; the labels are listed in the header
comment). Thresholds are chosen so that f32 inputs take the library's path at
every split. Anything else (another estimator, a multi-output classifier, a
non-constant initial estimator, categorical splits, dart boosters, other
objectives) is an error naming it; nothing is written then.
"""
import argparse
import json
import os
import sys
import tempfile

import numpy as np

from mlir_prune import tree_ir


class ImportError_(Exception):
    """A model this importer cannot convert; the message names why."""


def fail(message):
    raise ImportError_(message)


# --------------------------------------------------------------------------
# scikit-learn
# --------------------------------------------------------------------------

def _sklearn_splits(t):
    thresholds = np.array([tree_ir.f32_threshold(th) if l != -1 else np.float32(0)
                           for th, l in zip(t.threshold, t.children_left)], dtype=np.float32)
    return t.children_left, t.children_right, t.feature, thresholds, ["ole"] * t.node_count


def classifier_tree(estimator):
    """A DecisionTreeClassifier's tree: leaves yield predict_proba's vector,
    computed as scikit-learn does (counts / their sum, in f64)."""
    t = estimator.tree_
    if t.n_outputs != 1:
        fail("%s with %d outputs (multi-output classifiers are not supported)"
             % (type(estimator).__name__, t.n_outputs))
    counts = t.value[:, 0, :]
    proba = counts.copy()
    normalizer = proba.sum(axis=1)[:, np.newaxis]
    normalizer[normalizer == 0.0] = 1.0
    proba /= normalizer
    left, right, feature, threshold, predicate = _sklearn_splits(t)
    return tree_ir.Tree(left, right, feature, threshold, predicate, proba, counts=counts,
                        impurity=t.impurity, weight=t.weighted_n_node_samples)


def _leaf_means(t, values):
    """`values` with each split node's replaced by the mean of its subtree's
    leaf values, weighted by their samples (weighted_n_node_samples)."""
    values = values.copy()
    weight = t.weighted_n_node_samples

    def visit(node):
        left, right = t.children_left[node], t.children_right[node]
        if left == -1:
            return
        visit(left)
        visit(right)
        total = weight[left] + weight[right]
        if total > 0:
            values[node] = (weight[left] * values[left] + weight[right] * values[right]) / total

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * t.max_depth + 100))
    visit(0)
    return values


def regressor_tree(estimator, scale=None, leaf_means=False):
    """A DecisionTreeRegressor's tree: every node's mean value (times `scale`,
    a boosting learning rate, computed in f64 as scikit-learn does). With
    `leaf_means`, a split node's value (what a collapsed split yields) is its
    leaves' weighted mean: gradient boosting with a loss other than squared
    error refits its leaves (a Newton step, a median), so the split nodes
    hold mean gradients, not values on the leaves' scale."""
    t = estimator.tree_
    values = t.value[:, :, 0]
    if leaf_means:
        values = _leaf_means(t, values)
    if scale is not None:
        values = scale * values
    left, right, feature, threshold, predicate = _sklearn_splits(t)
    return tree_ir.Tree(left, right, feature, threshold, predicate, values, values=values,
                        impurity=t.impurity, weight=t.weighted_n_node_samples)


def _check_fitted(model, attribute):
    if not hasattr(model, attribute):
        fail("%s is not fitted" % type(model).__name__)


def _classes(model):
    return [c.item() if hasattr(c, "item") else c for c in model.classes_]


def convert_decision_tree(model):
    _check_fitted(model, "tree_")
    if type(model).__name__ == "DecisionTreeClassifier":
        tree = classifier_tree(model)
        ens = tree_ir.Ensemble("single", len(model.classes_), "f32", True, _classes(model))
    else:
        tree = regressor_tree(model)
        ens = tree_ir.Ensemble("single", model.tree_.n_outputs, "f32", False)
    return [tree], ens


def convert_forest(model):
    _check_fitted(model, "estimators_")
    if model.n_outputs_ != 1 and hasattr(model, "classes_"):
        fail("%s with %d outputs (multi-output classifiers are not supported)"
             % (type(model).__name__, model.n_outputs_))
    if hasattr(model, "classes_"):
        trees = [classifier_tree(e) for e in model.estimators_]
        ens = tree_ir.Ensemble("mean", len(model.classes_), "f64", True, _classes(model))
    else:
        trees = [regressor_tree(e) for e in model.estimators_]
        ens = tree_ir.Ensemble("mean", model.n_outputs_, "f64", False)
    return trees, ens


CONSTANT_DUMMY_STRATEGIES = {"prior", "most_frequent", "constant", "mean", "median", "quantile"}
GB_LINKS = {"BinomialDeviance": ("sigmoid", 1.0), "ExponentialLoss": ("sigmoid", 2.0),
            "MultinomialDeviance": ("softmax", 1.0)}
GB_REGRESSION_LOSSES = {"LeastSquaresError", "LeastAbsoluteError", "HuberLossFunction",
                        "QuantileLossFunction"}


def convert_gradient_boosting(model):
    _check_fitted(model, "estimators_")
    n_features = model.n_features_in_
    loss = type(model._loss).__name__
    classifier = hasattr(model, "classes_")
    if classifier and loss not in GB_LINKS:
        fail("%s with loss %s is not supported" % (type(model).__name__, loss))
    if not classifier and loss not in GB_REGRESSION_LOSSES:
        fail("%s with loss %s is not supported" % (type(model).__name__, loss))
    init = model.init_
    if not (isinstance(init, str) and init == "zero"):
        name = type(init).__name__
        if name not in ("DummyClassifier", "DummyRegressor") or \
                getattr(init, "strategy", None) not in CONSTANT_DUMMY_STRATEGIES:
            fail("%s: initial estimator %s is not a constant (only 'zero' and "
                 "DummyClassifier/DummyRegressor with strategy %s are supported)"
                 % (type(model).__name__, name, "/".join(sorted(CONSTANT_DUMMY_STRATEGIES))))
    init_raw = model._raw_predict_init(np.zeros((1, n_features), dtype=np.float32))[0]
    stages, K = model.estimators_.shape
    trees, tree_class = [], []
    for i in range(stages):
        for k in range(K):
            trees.append(regressor_tree(model.estimators_[i, k], scale=model.learning_rate,
                                        leaf_means=loss != "LeastSquaresError"))
            tree_class.append(k)
    link, scale = GB_LINKS.get(loss, ("none", 1.0))
    ens = tree_ir.Ensemble("boost", K, "f64", classifier, _classes(model) if classifier else None,
                           init=[float(v) for v in init_raw], tree_class=tree_class,
                           acc="f64", link=link, scale=scale)
    return trees, ens


SKLEARN_CONVERTERS = {
    "DecisionTreeClassifier": convert_decision_tree,
    "DecisionTreeRegressor": convert_decision_tree,
    "RandomForestClassifier": convert_forest,
    "RandomForestRegressor": convert_forest,
    "ExtraTreesClassifier": convert_forest,
    "ExtraTreesRegressor": convert_forest,
    "GradientBoostingClassifier": convert_gradient_boosting,
    "GradientBoostingRegressor": convert_gradient_boosting,
}


# --------------------------------------------------------------------------
# XGBoost (the JSON of Booster.save_model)
# --------------------------------------------------------------------------

XGB_OBJECTIVES = {  # name: (classifier, link)
    "reg:squarederror": (False, "none"), "reg:linear": (False, "none"),
    "reg:absoluteerror": (False, "none"), "reg:pseudohubererror": (False, "none"),
    "binary:logistic": (True, "sigmoid"),
    "multi:softprob": (True, "softmax"), "multi:softmax": (True, "softmax"),
}


def xgboost_tree(tree):
    """One tree of the JSON model: `x < t` goes to the left child; a missing
    (NaN) value goes to the default side, hence `ult` (true on NaN) where
    that is the left child. prune.value is the node's base weight times the
    learning rate (the leaves' value exactly), prune.weight its hessian sum."""
    left = np.array(tree["left_children"], dtype=np.int64)
    right = np.array(tree["right_children"], dtype=np.int64)
    if any(t != 0 for t in tree.get("split_type", [])):
        fail("XGBoost tree %s has categorical splits (not supported)" % tree.get("id"))
    cond = np.array(tree["split_conditions"], dtype=np.float32)
    base = np.array(tree["base_weights"], dtype=np.float32)
    leaves = left == -1
    # The learning rate: a leaf's value over its base weight.
    nonzero = leaves & (base != 0)
    eta = float(np.median(cond[nonzero] / base[nonzero])) if nonzero.any() else 1.0
    values = np.where(leaves, cond, base * np.float32(eta)).astype(np.float64)[:, None]
    predicate = ["ult" if d else "olt" for d in tree["default_left"]]
    feature = np.array(tree["split_indices"], dtype=np.int64)
    threshold = np.where(leaves, np.float32(0), cond).astype(np.float32)
    scores = cond.astype(np.float64)[:, None]
    return tree_ir.Tree(left, right, feature, threshold, predicate, scores, values=values,
                        weight=np.array(tree["sum_hessian"], dtype=np.float64))


def _check_tree(tree, n_features):
    """Fails on a tree the JSON cannot describe: a split on a feature the
    model lacks (compiled code would read past the row), a child past the
    nodes, a node reached twice (a cycle or a shared subtree)."""
    split = tree.left != -1
    bad = split & ((tree.feature < 0) | (tree.feature >= n_features))
    if bad.any():
        fail("malformed XGBoost JSON: a split reads feature %d of a model with %d features"
             % (tree.feature[bad][0], n_features))
    n = len(tree.left)
    if ((tree.left >= n) | (tree.right >= n) | ((tree.left < 0) != (tree.right < 0))).any():
        fail("malformed XGBoost JSON: a child index is past the tree's %d nodes" % n)
    seen, stack = np.zeros(n, dtype=bool), [0]
    while stack:
        node = stack.pop()
        if seen[node]:
            fail("malformed XGBoost JSON: node %d is reached twice (not a tree)" % node)
        seen[node] = True
        if tree.left[node] != -1:
            stack += [int(tree.left[node]), int(tree.right[node])]


def _logf(x):
    """C's logf, as XGBoost computes base_score's margin (numpy's float32 log
    may differ from it by an ulp)."""
    import ctypes
    import ctypes.util
    libm = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    libm.logf.restype, libm.logf.argtypes = ctypes.c_float, [ctypes.c_float]
    return np.float32(libm.logf(np.float32(x)))


def convert_xgboost_json(model, rounds=None):
    """Trees, ensemble and feature count of XGBoost's JSON `model`; with
    `rounds`, only the trees of its first boosting rounds."""
    try:
        return _convert_xgboost_json(model, rounds)
    except (KeyError, IndexError, TypeError, ValueError, RecursionError) as e:
        what = "no field %s" % e if isinstance(e, KeyError) else "%s: %s" % (type(e).__name__, e)
        fail("malformed XGBoost JSON (%s)" % what)


def _convert_xgboost_json(model, rounds):
    try:
        learner = model["learner"]
        booster = learner["gradient_booster"]
        params = learner["learner_model_param"]
        objective = learner["objective"]["name"]
    except (KeyError, TypeError):
        fail("not an XGBoost model: no learner / gradient_booster / objective in the JSON")
    if booster.get("name") != "gbtree":
        fail("XGBoost booster '%s' is not supported (only gbtree)" % booster.get("name"))
    if objective not in XGB_OBJECTIVES:
        fail("XGBoost objective '%s' is not supported (supported: %s)"
             % (objective, ", ".join(sorted(XGB_OBJECTIVES))))
    if int(params.get("num_target", "1")) != 1:
        fail("XGBoost models with %s targets are not supported" % params["num_target"])
    classifier, link = XGB_OBJECTIVES[objective]
    gbtree = booster["model"]
    num_class = int(params.get("num_class", "0"))
    K = max(1, num_class)
    tree_jsons, tree_class = gbtree["trees"], [int(c) for c in gbtree["tree_info"]]
    if len(tree_class) != len(tree_jsons):
        fail("malformed XGBoost JSON (%d trees, %d tree_info entries)"
             % (len(tree_jsons), len(tree_class)))
    if any(c < 0 or c >= K for c in tree_class):
        fail("malformed XGBoost JSON: tree_info names a class outside the model's %d" % K)
    # Trees per boosting round: one per class and parallel tree.
    per_round = K * int(gbtree.get("gbtree_model_param", {}).get("num_parallel_tree", "1"))
    if rounds is not None:
        tree_jsons, tree_class = tree_jsons[:rounds * per_round], tree_class[:rounds * per_round]
    trees = [xgboost_tree(t) for t in tree_jsons]
    n_features = int(params["num_feature"])
    for tree in trees:
        _check_tree(tree, n_features)
    base_score = np.float32(float(params["base_score"]))
    if link == "sigmoid":  # ProbToMargin of the logistic objectives, in f32
        margin = -_logf(np.float32(1.0) / base_score - np.float32(1.0))
    else:
        margin = base_score
    classes = list(range(max(2, num_class))) if classifier else None
    ens = tree_ir.Ensemble("boost", K, "f32", classifier, classes, init=[float(margin)] * K,
                           tree_class=tree_class, acc="f32", link=link)
    best = learner.get("attributes", {}).get("best_iteration")
    if rounds is None and best is not None and (int(best) + 1) * per_round < len(trees):
        sys.stderr.write("prune-import-sklearn: warning: the model records best_iteration=%s "
                         "(early stopping); all %d trees are imported, as Booster.predict "
                         "uses them (XGBClassifier/XGBRegressor.predict would use the first %d "
                         "rounds: import the pickled estimator for that)\n"
                         % (best, len(trees), int(best) + 1))
    return trees, ens, n_features


# --------------------------------------------------------------------------
# Reading the file
# --------------------------------------------------------------------------

def load_model(path):
    """The fitted estimator (or XGBoost JSON dict) in `path`."""
    if not os.path.isfile(path):
        fail("cannot read %s: no such file" % path)
    with open(path, "rb") as f:
        head = f.read(64).lstrip()
    if head.startswith(b"{"):
        try:
            with open(path) as f:
                return json.load(f)
        except (ValueError, UnicodeDecodeError) as e:
            fail("cannot read %s as JSON: %s" % (path, e))
    import joblib
    try:
        return joblib.load(path)
    except Exception as e:  # joblib and pickle raise many kinds
        fail("cannot read %s as a joblib or pickle file: %s: %s" % (path, type(e).__name__, e))


def describe(model):
    if isinstance(model, dict):
        return "XGBoost JSON model"
    return type(model).__module__.split(".")[0] + " " + type(model).__name__


def convert(model, value_range=None, description=None):
    """(module text, summary line) of a loaded model."""
    if isinstance(model, dict):
        trees, ens, n_features = convert_xgboost_json(model)
    elif type(model).__module__.startswith("xgboost"):
        try:
            booster = model.get_booster() if hasattr(model, "get_booster") else model
        except Exception as e:  # xgboost's NotFittedError
            fail("%s is not fitted (%s)" % (describe(model), e))
        if not hasattr(booster, "save_raw"):
            fail("unsupported estimator %s" % describe(model))
        missing = getattr(model, "missing", np.nan)
        if missing is not None and not np.isnan(missing):
            fail("%s was fitted with missing=%r: values equal to it take the default "
                 "branches, which the importer does not support (only NaN as missing)"
                 % (describe(model), missing))
        # The estimator's predict stops at the best round of early stopping.
        rounds = None
        if hasattr(booster, "best_iteration") and hasattr(model, "get_booster"):
            rounds = int(booster.best_iteration) + 1
        raw = booster.save_raw(raw_format="json")
        trees, ens, n_features = convert_xgboost_json(json.loads(bytes(raw).decode()), rounds)
    else:
        name = type(model).__name__
        if name not in SKLEARN_CONVERTERS or not type(model).__module__.startswith("sklearn"):
            fail("unsupported estimator %s (supported: %s, XGBoost gbtree models)"
                 % (describe(model), ", ".join(SKLEARN_CONVERTERS)))
        trees, ens = SKLEARN_CONVERTERS[name](model)
        n_features = model.n_features_in_
    nodes = sum(t.node_count for t in trees)
    summary = "%s: %d tree(s), %d nodes, %d features, %d %s" % (
        description or describe(model), len(trees), nodes, n_features, ens.n_outputs
        if not ens.classifier else len(ens.classes), "classes" if ens.classifier else "output(s)")
    return tree_ir.module_text(trees, ens, n_features, summary, value_range), summary


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-import-sklearn", description=__doc__.split("\n")[0])
    parser.add_argument("model", help="joblib/pickle file of a fitted estimator, or XGBoost JSON")
    parser.add_argument("-o", "--output", default="-", help="output .mlir (default: stdout)")
    args = parser.parse_args(argv)
    try:
        text, summary = convert(load_model(args.model))
    except ImportError_ as e:
        sys.stderr.write("prune-import-sklearn: error: %s\n" % e)
        return 1
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    # Written next to the output, then renamed: a failure leaves no file.
    directory = os.path.dirname(os.path.abspath(args.output))
    if os.path.isdir(args.output) or not os.path.isdir(directory):
        sys.stderr.write("prune-import-sklearn: error: cannot write %s: %s\n"
                         % (args.output, "it is a directory" if os.path.isdir(args.output)
                            else "no directory " + directory))
        return 1
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".prune-import-")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, args.output)
    except BaseException:
        os.unlink(tmp)
        raise
    sys.stderr.write("%s -> %s\n" % (summary, args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
