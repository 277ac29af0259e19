"""Train scikit-learn decision trees and random forests and write them as MLIR.

Trains, with fixed seeds, a DecisionTreeClassifier and a RandomForestClassifier
on sklearn's digits (pixels / 16, the split of export_digits_mlp, so
examples/digits_test.csv is its held-out split) and on breast-cancer (75/25
stratified split, written to examples/trees/breast_cancer_test.csv: features,
label last), and writes each model in the tree form of docs/DESIGN.md
("Decision trees in IR"):

  * one `func.func @treeK(tensor<Fxf32>) -> tensor<Cxf32>` per tree: nested
    scf.if on `arith.cmpf ole` of a tensor.extract'ed feature against the
    threshold, leaves yielding the class-probability vector (counts
    normalized, as sklearn's predict_proba); every split and every leaf's
    terminator carries `prune.counts` (weighted training class counts; sklearn
    1.2 keeps them in tree_.value);
  * for a forest, `@ensemble(tensor<Fxf32>) -> tensor<Cxf32>` adding the trees'
    scores in order and dividing by their number (as sklearn does);
  * `@forward(tensor<?xFxf32>) -> tensor<?xCxf32>` (scores of a batch, the
    interface of prune-run-model) and `@predict(tensor<?xFxf32>) ->
    tensor<?xi64>` (scf.for over rows, first argmax, like numpy).

sklearn sends a sample left when `float64(x32) <= threshold64` (it casts X to
float32 and keeps float64 thresholds). For float32 x that is the same as
`x <= t32` with t32 the largest float32 not above the float64 threshold,
which is the constant written, so the IR decides every split as sklearn does.

Digits arguments declare `prune.range = array<f64: 0.0, 1.0>` (pixels / 16).
Each model's sklearn predictions for its test split go beside it as
NAME_sklearn_predictions.txt.

The tool is prune-export-sklearn-trees; TreeWriter and model_module are the
converter itself.

Usage: prune-export-sklearn-trees [--out examples]
"""
import argparse
import os

import numpy as np
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

from mlir_prune import common

SEED = 0


def load_digits_split():
    """Digits scaled to [0,1], split 75/25 deterministically (stratified): the
    split of examples/digits_*.csv, which export_digits_mlp writes."""
    digits = load_digits()
    x = (digits.data / 16.0).astype(np.float32)
    y = digits.target.astype(np.int64)
    return train_test_split(x, y, test_size=0.25, random_state=0, stratify=y)


def load_cancer_split():
    cancer = load_breast_cancer()
    x = cancer.data.astype(np.float32)
    y = cancer.target.astype(np.int64)
    return train_test_split(x, y, test_size=0.25, random_state=0, stratify=y)


def f32_threshold(threshold):
    """The largest float32 t32 with t32 <= threshold: for float32 x,
    x <= t32 exactly when float64(x) <= threshold."""
    t32 = np.float32(threshold)
    if np.float64(t32) > threshold:
        t32 = np.nextafter(t32, np.float32(-np.inf))
    return t32


def f32_literal(value):
    """A decimal literal that parses back to exactly this float32."""
    return "%.9e" % float(np.float32(value))


def f64_array(values):
    return "array<f64: %s>" % ", ".join(repr(float(v)) for v in values)


def tensor_literal(values, n):
    return "dense<[%s]> : tensor<%dxf32>" % (", ".join(f32_literal(v) for v in values), n)


class TreeWriter:
    """MLIR text of one fitted sklearn tree as one func.func."""

    def __init__(self, tree, n_features, n_classes):
        self.t = tree.tree_
        self.F, self.C = n_features, n_classes
        self.next_id = 0
        self.lines = []

    def fresh(self):
        self.next_id += 1
        return self.next_id

    def counts(self, node):
        return self.t.value[node][0]

    def emit_node(self, node, indent):
        """Emits the ops computing `node`'s scores; returns their SSA name."""
        pad = "  " * indent
        tensor_t = "tensor<%dxf32>" % self.C
        left, right = self.t.children_left[node], self.t.children_right[node]
        k = self.fresh()
        if left == -1:
            counts = self.counts(node)
            probs = counts / counts.sum()
            self.lines.append("%s%%leaf%d = arith.constant %s" % (pad, k, tensor_literal(probs, self.C)))
            return "%%leaf%d" % k
        feature = int(self.t.feature[node])
        threshold = f32_threshold(self.t.threshold[node])
        self.lines += [
            "%s%%c%d = arith.constant %d : index" % (pad, k, feature),
            "%s%%f%d = tensor.extract %%x[%%c%d] : tensor<%dxf32>" % (pad, k, k, self.F),
            "%s%%t%d = arith.constant %s : f32" % (pad, k, f32_literal(threshold)),
            "%s%%le%d = arith.cmpf ole, %%f%d, %%t%d : f32" % (pad, k, k, k),
            "%s%%r%d = scf.if %%le%d -> (%s) {" % (pad, k, k, tensor_t),
        ]
        for i, child in enumerate((left, right)):
            if i == 1:
                self.lines.append("%s} else {" % pad)
            value = self.emit_node(child, indent + 1)
            leaf_counts = ""
            if self.t.children_left[child] == -1:  # a split child carries its own
                leaf_counts = "{prune.counts = %s} " % f64_array(self.counts(child))
            self.lines.append("%s  scf.yield %s%s : %s" % (pad, leaf_counts, value, tensor_t))
        self.lines.append("%s} {prune.counts = %s}" % (pad, f64_array(self.counts(node))))
        return "%%r%d" % k

    def function(self, name, arg_attrs):
        self.lines = ["func.func @%s(%%x: tensor<%dxf32>%s) -> tensor<%dxf32> {"
                      % (name, self.F, arg_attrs, self.C)]
        result = self.emit_node(0, 1)
        leaf_counts = ""
        if self.t.children_left[0] == -1:
            leaf_counts = "{prune.counts = %s} " % f64_array(self.counts(0))
        self.lines += ["  return %s%s : tensor<%dxf32>" % (leaf_counts, result, self.C), "}"]
        return "\n".join(self.lines) + "\n"


def ensemble_function(n_trees, F, C, arg_attrs):
    t = "tensor<%dxf32>" % C
    lines = ["// Mean of the trees' class probabilities, summed in order (as sklearn).",
             "func.func @ensemble(%%x: tensor<%dxf32>%s) -> %s {" % (F, arg_attrs, t)]
    for k in range(n_trees):
        lines.append("  %%s%d = func.call @tree%d(%%x) : (tensor<%dxf32>) -> %s" % (k, k, F, t))
    acc = "%s0"
    for k in range(1, n_trees):
        lines.append("  %%sum%d = arith.addf %s, %%s%d : %s" % (k, acc, k, t))
        acc = "%%sum%d" % k
    lines += ["  %%n = arith.constant dense<%s> : %s" % (f32_literal(n_trees), t),
              "  %%mean = arith.divf %s, %%n : %s" % (acc, t),
              "  return %%mean : %s" % t, "}"]
    return "\n".join(lines) + "\n"


def batch_functions(scorer, F, C, arg_attrs):
    """@forward (scores per row) and @predict (argmax per row)."""
    x_t, row_t, s_t = "tensor<?x%dxf32>" % F, "tensor<%dxf32>" % F, "tensor<%dxf32>" % C
    return """// Scores of every row of a batch.
func.func @forward(%%X: %(x)s%(attrs)s) -> tensor<?x%(C)dxf32> {
  %%c0 = arith.constant 0 : index
  %%c1 = arith.constant 1 : index
  %%n = tensor.dim %%X, %%c0 : %(x)s
  %%init = tensor.empty(%%n) : tensor<?x%(C)dxf32>
  %%out = scf.for %%i = %%c0 to %%n step %%c1 iter_args(%%acc = %%init) -> (tensor<?x%(C)dxf32>) {
    %%row = tensor.extract_slice %%X[%%i, 0] [1, %(F)d] [1, 1] : %(x)s to %(row)s
    %%s = func.call @%(scorer)s(%%row) : (%(row)s) -> %(s)s
    %%next = tensor.insert_slice %%s into %%acc[%%i, 0] [1, %(C)d] [1, 1] : %(s)s into tensor<?x%(C)dxf32>
    scf.yield %%next : tensor<?x%(C)dxf32>
  }
  return %%out : tensor<?x%(C)dxf32>
}

// Predicted class of every row: the first class of highest score.
func.func @predict(%%X: %(x)s%(attrs)s) -> tensor<?xi64> {
  %%c0 = arith.constant 0 : index
  %%c1 = arith.constant 1 : index
  %%cC = arith.constant %(C)d : index
  %%n = tensor.dim %%X, %%c0 : %(x)s
  %%init = tensor.empty(%%n) : tensor<?xi64>
  %%out = scf.for %%i = %%c0 to %%n step %%c1 iter_args(%%acc = %%init) -> (tensor<?xi64>) {
    %%row = tensor.extract_slice %%X[%%i, 0] [1, %(F)d] [1, 1] : %(x)s to %(row)s
    %%s = func.call @%(scorer)s(%%row) : (%(row)s) -> %(s)s
    %%s0 = tensor.extract %%s[%%c0] : %(s)s
    %%best:2 = scf.for %%k = %%c1 to %%cC step %%c1 iter_args(%%bv = %%s0, %%bi = %%c0) -> (f32, index) {
      %%v = tensor.extract %%s[%%k] : %(s)s
      %%gt = arith.cmpf ogt, %%v, %%bv : f32
      %%nv = arith.select %%gt, %%v, %%bv : f32
      %%ni = arith.select %%gt, %%k, %%bi : index
      scf.yield %%nv, %%ni : f32, index
    }
    %%cls = arith.index_cast %%best#1 : index to i64
    %%next = tensor.insert %%cls into %%acc[%%i] : tensor<?xi64>
    scf.yield %%next : tensor<?xi64>
  }
  return %%out : tensor<?xi64>
}
""" % {"x": x_t, "row": row_t, "s": s_t, "F": F, "C": C, "scorer": scorer, "attrs": arg_attrs}


def model_module(model, description, F, C, value_range):
    trees = model.estimators_ if hasattr(model, "estimators_") else [model]
    attrs = "" if value_range is None else " {prune.range = %s}" % f64_array(value_range)
    parts = ["// %s\n// Generated by prune-export-sklearn-trees; see docs/DESIGN.md, "
             "\"Decision trees in IR\".\n" % description]
    for k, tree in enumerate(trees):
        parts.append(TreeWriter(tree, F, C).function("tree%d" % k, attrs))
    scorer = "tree0"
    if len(trees) > 1:
        parts.append(ensemble_function(len(trees), F, C, attrs))
        scorer = "ensemble"
    parts.append(batch_functions(scorer, F, C, attrs))
    return "\n".join(parts)


def write_csv(path, x, y, comment):
    with open(path, "w") as f:
        f.write("# %s\n" % comment)
        for row, label in zip(x, y):
            f.write(",".join(repr(float(v)) for v in row) + ",%d\n" % label)


def read_csv_features(path):
    """Features exactly as the IR sees them (float32)."""
    rows = [line.split(",")[:-1] for line in open(path) if line.strip() and not line.startswith("#")]
    return np.array(rows, dtype=np.float64).astype(np.float32)


MODELS = [
    # name, dataset, estimator, value range of the inputs
    ("digits_tree", "digits", lambda: DecisionTreeClassifier(random_state=SEED), [0.0, 1.0]),
    ("digits_forest", "digits",
     lambda: RandomForestClassifier(n_estimators=12, max_depth=7, random_state=SEED), [0.0, 1.0]),
    ("breast_cancer_tree", "cancer", lambda: DecisionTreeClassifier(random_state=SEED), None),
    ("breast_cancer_forest", "cancer",
     lambda: RandomForestClassifier(n_estimators=16, max_depth=6, random_state=SEED), None),
]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-export-sklearn-trees", description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=common.EXAMPLES)
    args = parser.parse_args(argv)
    tree_dir = os.path.join(args.out, "trees")
    os.makedirs(tree_dir, exist_ok=True)

    splits = {"digits": load_digits_split(), "cancer": load_cancer_split()}
    test_csv = {"digits": os.path.join(args.out, "digits_test.csv"),
                "cancer": os.path.join(tree_dir, "breast_cancer_test.csv")}
    x_tr, x_te, y_tr, y_te = splits["cancer"]
    write_csv(test_csv["cancer"], x_te, y_te,
              "%d samples: 30 features (sklearn breast_cancer), label" % len(y_te))
    write_csv(os.path.join(tree_dir, "breast_cancer_train.csv"), x_tr, y_tr,
              "%d samples: 30 features (sklearn breast_cancer), label" % len(y_tr))
    # The digits CSVs are export_digits_mlp's; check they are this split.
    x_tr, x_te, y_tr, y_te = splits["digits"]
    if not np.array_equal(read_csv_features(test_csv["digits"]), x_te):
        raise SystemExit("error: %s is not the digits split of this script" % test_csv["digits"])

    for name, dataset, make, value_range in MODELS:
        x_tr, x_te, y_tr, y_te = splits[dataset]
        model = make().fit(x_tr, y_tr)
        x_csv = read_csv_features(test_csv[dataset])
        preds = model.predict(x_csv)
        F, C = x_tr.shape[1], len(model.classes_)
        assert list(model.classes_) == list(range(C))
        trees = model.estimators_ if hasattr(model, "estimators_") else [model]
        nodes = sum(t.tree_.node_count for t in trees)
        description = "%s: sklearn %s on %s, %d tree(s), %d nodes, test accuracy %.4f" % (
            name, type(model).__name__, dataset, len(trees), nodes, (preds == y_te).mean())
        path = os.path.join(tree_dir, name + ".mlir")
        with open(path, "w") as f:
            f.write(model_module(model, description, F, C, value_range))
        with open(os.path.join(tree_dir, name + "_sklearn_predictions.txt"), "w") as f:
            f.write("".join("%d\n" % p for p in preds))
        print("%s (%d bytes)" % (description, os.path.getsize(path)))


if __name__ == "__main__":
    main()
