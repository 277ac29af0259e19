"""Check prune-branches{ccp-alpha} against scikit-learn at every alpha of its pruning path.

For each tree of the corpus (digits and breast cancer classifiers with gini
and entropy, iris and wine classifiers, a class-weighted and a best-first
(max_leaf_nodes) digits tree, regression trees on diabetes with squared
error; the others at scikit-learn's default depth), fits the tree, imports
it with mlir_prune.import_sklearn and:

  * takes scikit-learn's `cost_complexity_pruning_path` and the path that
    `prune-branches{ccp-path=...}` writes for the IR: both lists of alphas and
    impurities must be equal bit for bit;
  * for every alpha `a` of scikit-learn's path, runs
    `prune-branches{ccp-alpha=a}` and refits with `ccp_alpha=a`: the node
    count and depth must be equal, and the pruned tree must be scikit-learn's
    (the splits prune-branches collapsed, applied to the full tree, give the
    refitted tree's preorder features and thresholds, hence the same
    predictions on every sample, which is also checked).

scikit-learn keeps splits whose two sides predict the same when a node's
impurity is a rounding error above zero (class weights make such nodes);
prune-branches' exact rule `same-result` removes them before any pruning.
For such trees the path is not compared, and the expected tree at each alpha
is scikit-learn's with those splits removed (the line of the tree says at how
many alphas that changed the count).

Prints one line per tree (alphas checked, mismatches) and, with --verbose,
one per alpha. Exits non-zero on any mismatch.

Usage: prune-compare-ccp PRUNE_OPT [--trees NAME,...] [--verbose] [--keep DIR]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits, load_iris, load_wine
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

from mlir_prune import import_sklearn


def _split(loader, scale=1.0, stratify=True):
    x, y = loader(return_X_y=True)
    x = (x / scale).astype(np.float32)
    return train_test_split(x, y, test_size=0.25, random_state=0, stratify=y if stratify else None)


DATASETS = {
    "digits": lambda: _split(load_digits, 16.0),
    "cancer": lambda: _split(load_breast_cancer),
    "iris": lambda: _split(load_iris),
    "wine": lambda: _split(load_wine),
    "diabetes": lambda: _split(load_diabetes, stratify=False),
}

CORPUS = [  # name, dataset, estimator
    ("digits_gini", "digits", lambda: DecisionTreeClassifier(random_state=0)),
    ("digits_entropy", "digits", lambda: DecisionTreeClassifier(criterion="entropy", random_state=0)),
    ("cancer_gini", "cancer", lambda: DecisionTreeClassifier(random_state=0)),
    ("cancer_entropy", "cancer", lambda: DecisionTreeClassifier(criterion="entropy", random_state=0)),
    ("iris_gini", "iris", lambda: DecisionTreeClassifier(random_state=1)),
    ("wine_entropy", "wine", lambda: DecisionTreeClassifier(criterion="entropy", random_state=2)),
    ("digits_balanced", "digits",
     lambda: DecisionTreeClassifier(class_weight="balanced", random_state=3)),
    # Grown best-first: node numbers are not preorder (prune.node keeps them).
    ("digits_maxleaf40", "digits", lambda: DecisionTreeClassifier(max_leaf_nodes=40, random_state=0)),
    ("diabetes_mse", "diabetes", lambda: DecisionTreeRegressor(random_state=0)),
    ("diabetes_mse_leaf5", "diabetes", lambda: DecisionTreeRegressor(min_samples_leaf=5, random_state=0)),
]


def leaf_scores(tree):
    """What each node yields as a leaf in the imported IR (f32 scores)."""
    value = tree.tree_.value[:, 0, :]
    if hasattr(tree, "classes_"):
        value = value / value.sum(axis=1, keepdims=True)
    return value.astype(np.float32)


def simplified(tree, collapsed_ids=frozenset()):
    """The tree as prune-branches leaves it: the nodes `collapsed_ids` made
    leaves, then every split whose two sides compute the same (f32) result
    replaced by its left side (the exact rule `same-result`, bottom up).
    Returns (preorder shape: (feature, threshold) per split and None per
    leaf, depth, preorder node ids of the remaining nodes)."""
    t, scores = tree.tree_, leaf_scores(tree)
    merged = set()

    def signature(node):
        if t.children_left[node] == -1 or node in collapsed_ids:
            return (tuple(scores[node]),)
        left, right = signature(t.children_left[node]), signature(t.children_right[node])
        if left == right:
            merged.add(node)
            return left
        return (int(t.feature[node]), float(t.threshold[node]), left, right)

    def flatten(sig, depth, shape):
        if len(sig) == 1:
            shape.append(None)
            return depth
        shape.append(sig[:2])
        return max(flatten(sig[2], depth + 1, shape), flatten(sig[3], depth + 1, shape))

    def order(node, ids):
        if node in merged:
            return order(t.children_left[node], ids)
        ids.append(node)
        if t.children_left[node] != -1 and node not in collapsed_ids:
            order(t.children_left[node], ids)
            order(t.children_right[node], ids)
        return ids

    shape = []
    depth = flatten(signature(0), 0, shape)
    return shape, depth, order(0, [])


def predict_collapsed(tree, collapsed_ids, x):
    """The full tree's predictions with the collapsed nodes as leaves."""
    t = tree.tree_
    out = []
    for row in x.astype(np.float32).astype(np.float64):
        node = 0
        while t.children_left[node] != -1 and node not in collapsed_ids:
            node = t.children_left[node] if row[t.feature[node]] <= t.threshold[node] else t.children_right[node]
        out.append(t.value[node])
    values = np.array(out)
    if hasattr(tree, "classes_"):
        return tree.classes_.take(np.argmax(values[:, 0, :], axis=1))
    return values[:, 0, 0]


def run_prune(prune_opt, model_path, options, tmp):
    report = os.path.join(tmp, "report.json")
    subprocess.run([prune_opt, model_path, "--prune-branches=%s report=%s" % (options, report),
                    "-o", os.devnull], check=True)
    with open(report) as f:
        return json.load(f)["layers"][0]


def check_tree(prune_opt, name, dataset, make, tmp, verbose):
    x_tr, x_te, y_tr, _ = DATASETS[dataset]()
    full = make().fit(x_tr, y_tr)
    text, _ = import_sklearn.convert(full)
    model_path = os.path.join(tmp, name + ".mlir")
    with open(model_path, "w") as f:
        f.write(text)
    path = make().cost_complexity_pruning_path(x_tr, y_tr)
    path_file = os.path.join(tmp, name + ".path.json")
    subprocess.run([prune_opt, model_path, "--prune-branches=ccp-path=" + path_file, "-o", os.devnull],
                   check=True)
    with open(path_file) as f:
        ours = json.load(f)["trees"][0]
    _, _, exact_ids = simplified(full)  # the tree the approximate rules see
    path_equal = ours["ccp_alphas"] == path.ccp_alphas.tolist() and \
        ours["impurities"] == path.impurities.tolist()
    # The exact rules run first; only a tree they leave alone has sklearn's path.
    path_checked = len(exact_ids) == full.tree_.node_count
    mismatches = int(path_checked and not path_equal)
    x_all = np.concatenate([x_tr, x_te])
    exact_alphas = 0
    for alpha in path.ccp_alphas:
        layer = run_prune(prune_opt, model_path, "ccp-alpha=%r" % float(alpha) if alpha > 0 else "", tmp)
        ref = make().set_params(ccp_alpha=alpha).fit(x_tr, y_tr)
        collapsed_ids = frozenset(exact_ids[i] for i in layer["collapsed_nodes"])
        shape, depth, _ = simplified(full, collapsed_ids)
        ref_shape, ref_depth, _ = simplified(ref)
        exact_alphas += len(ref_shape) != ref.tree_.node_count
        differing = int(np.sum(predict_collapsed(full, collapsed_ids, x_all) != ref.predict(x_all)))
        same = (layer["nodes_after"] == len(ref_shape) and layer["depth_after"] == ref_depth
                and shape == ref_shape and differing == 0)
        mismatches += not same
        if verbose or not same:
            print("%-20s ccp-alpha=%-24r sklearn %4d nodes depth %2d (%4d after exact rules), "
                  "prune-branches %4d nodes depth %2d, predictions differing %d%s"
                  % (name, float(alpha), ref.tree_.node_count, ref.get_depth(), len(ref_shape),
                     layer["nodes_after"], layer["depth_after"], differing, "" if same else "  MISMATCH"))
    print("%-20s %s(%s), %4d nodes: %3d path alphas, path %s, mismatches %d%s"
          % (name, type(full).__name__, full.criterion, full.tree_.node_count,
             len(path.ccp_alphas), "equal" if path_equal else "DIFFERS" if path_checked
             else "not compared (the exact rules changed the tree)", mismatches,
             "" if not exact_alphas else " (at %d alphas scikit-learn keeps splits whose sides "
             "predict the same; prune-branches' exact rules remove them)" % exact_alphas))
    return mismatches


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-compare-ccp", description=__doc__.split("\n")[0])
    parser.add_argument("prune_opt")
    parser.add_argument("--trees", help="comma-separated names of the corpus (default: all)")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--keep", help="keep the imported models and paths in this folder")
    args = parser.parse_args(argv)
    names = args.trees.split(",") if args.trees else [c[0] for c in CORPUS]
    unknown = set(names) - {c[0] for c in CORPUS}
    if unknown:
        sys.exit("error: unknown trees %s (known: %s)" % (", ".join(sorted(unknown)),
                                                         ", ".join(c[0] for c in CORPUS)))
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or tmp
        os.makedirs(out, exist_ok=True)
        for name, dataset, make in CORPUS:
            if name in names:
                total += check_tree(args.prune_opt, name, dataset, make, out, args.verbose)
    print("mismatches: %d" % total)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
