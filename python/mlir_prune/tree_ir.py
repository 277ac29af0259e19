"""Decision trees and tree ensembles as MLIR text (docs/DESIGN.md, "Decision trees in IR").

The importers (import_sklearn for scikit-learn and XGBoost models,
sklearn_import for the shipped examples) read a fitted model into `Tree`s
(one array per node attribute, nodes numbered with the root 0) and an
`Ensemble` saying how the trees combine; `module_text` writes the module:

  * `func.func @treeK(tensor<Fxf32>) -> tensor<Kx{f32,f64}>` per tree: nested
    scf.if on `arith.cmpf PRED, x[feature], threshold` (then = the library's
    left child), leaves yielding a constant score vector; every node carries
    prune.counts (classifiers) or prune.value (regression and boosted trees),
    and prune.impurity / prune.weight where the library has them;
  * `@ensemble` for several trees: the mean of the trees (random forests,
    summed in order in f64, as scikit-learn), or the initial estimate plus
    each class's trees (boosting, in the accumulator type of the library:
    f64 for scikit-learn, f32 for XGBoost);
  * `@forward(tensor<?xFxf32>) -> tensor<?xCxf32>`: class probabilities (the
    link function applied to boosted scores) or regression values, per row;
  * `@predict(tensor<?xFxf32>) -> tensor<?xi64>` for classifiers: the first
    class of highest probability (numpy's argmax).
"""
import numpy as np

from mlir_prune import mlir_text


def f32_threshold(threshold):
    """The largest float32 t32 with t32 <= threshold: for float32 x,
    x <= t32 exactly when float64(x) <= threshold."""
    t32 = np.float32(threshold)
    if np.float64(t32) > threshold:
        t32 = np.nextafter(t32, np.float32(-np.inf))
    return t32


f32_literal = mlir_text.f32_literal


def f64_literal(value):
    """A decimal literal (with a '.', as MLIR wants) that parses back to
    exactly this float64."""
    text = repr(float(value))
    if "." not in text and "e" in text:
        text = text.replace("e", ".0e")
    return text


def float_literal(value, elem):
    return f32_literal(value) if elem == "f32" else f64_literal(value)


def f64_array(values):
    return "array<f64: %s>" % ", ".join(f64_literal(v) for v in values)


def tensor_literal(values, elem):
    return "dense<[%s]> : tensor<%dx%s>" % (", ".join(float_literal(v, elem) for v in values),
                                            len(values), elem)


class Tree:
    """One fitted tree, arrays indexed by node (root 0).

    left/right: children (-1 at leaves; left is where the condition holds);
    feature, threshold (float32), predicate (arith.cmpf predicate per split);
    scores: what each node yields as a leaf (n_nodes x K);
    counts (classifiers, n_nodes x C) or values (regression and boosting,
    n_nodes x K): the node attributes; impurity, weight: per node, or None.
    Each node's index is written as prune.node (the library's numbering).
    """

    def __init__(self, left, right, feature, threshold, predicate, scores,
                 counts=None, values=None, impurity=None, weight=None):
        self.left, self.right = np.asarray(left), np.asarray(right)
        self.feature, self.threshold = np.asarray(feature), threshold
        self.predicate = predicate
        self.scores = scores
        self.counts, self.values = counts, values
        self.impurity, self.weight = impurity, weight

    @property
    def node_count(self):
        return len(self.left)


class TreeWriter:
    """MLIR text of one Tree as one func.func."""

    def __init__(self, tree, n_features, elem="f32"):
        self.t = tree
        self.F, self.K, self.elem = n_features, len(tree.scores[0]), elem
        self.next_id = 0
        self.lines = []

    def fresh(self):
        self.next_id += 1
        return self.next_id

    def node_attrs(self, node):
        t, attrs = self.t, []
        if t.counts is not None:
            attrs.append("prune.counts = " + f64_array(t.counts[node]))
        if t.values is not None:
            attrs.append("prune.value = " + f64_array(t.values[node]))
        if t.impurity is not None:
            attrs.append("prune.impurity = %s : f64" % f64_literal(t.impurity[node]))
        if t.weight is not None:
            attrs.append("prune.weight = %s : f64" % f64_literal(t.weight[node]))
        attrs.append("prune.node = %d : i64" % node)
        return "{%s}" % ", ".join(attrs)

    def leaf_attrs(self, node):
        """The attributes a leaf's terminator carries (a split carries its own)."""
        return self.node_attrs(node) + " " if self.t.left[node] == -1 else ""

    def emit_node(self, node, indent):
        """Emits the ops computing `node`'s scores; returns their SSA name."""
        pad = "  " * indent
        tensor_t = "tensor<%dx%s>" % (self.K, self.elem)
        t = self.t
        left, right = t.left[node], t.right[node]
        k = self.fresh()
        if left == -1:
            self.lines.append("%s%%leaf%d = arith.constant %s"
                              % (pad, k, tensor_literal(t.scores[node], self.elem)))
            return "%%leaf%d" % k
        self.lines += [
            "%s%%c%d = arith.constant %d : index" % (pad, k, int(t.feature[node])),
            "%s%%f%d = tensor.extract %%x[%%c%d] : tensor<%dxf32>" % (pad, k, k, self.F),
            "%s%%t%d = arith.constant %s : f32" % (pad, k, f32_literal(t.threshold[node])),
            "%s%%le%d = arith.cmpf %s, %%f%d, %%t%d : f32" % (pad, k, t.predicate[node], k, k),
            "%s%%r%d = scf.if %%le%d -> (%s) {" % (pad, k, k, tensor_t),
        ]
        for i, child in enumerate((left, right)):
            if i == 1:
                self.lines.append("%s} else {" % pad)
            value = self.emit_node(child, indent + 1)
            self.lines.append("%s  scf.yield %s%s : %s" % (pad, self.leaf_attrs(child), value, tensor_t))
        self.lines.append("%s} %s" % (pad, self.node_attrs(node)))
        return "%%r%d" % k

    def function(self, name, arg_attrs):
        self.lines = ["func.func @%s(%%x: tensor<%dxf32>%s) -> tensor<%dx%s> {"
                      % (name, self.F, arg_attrs, self.K, self.elem)]
        result = self.emit_node(0, 1)
        self.lines += ["  return %s%s : tensor<%dx%s>" % (self.leaf_attrs(0), result, self.K, self.elem), "}"]
        return "\n".join(self.lines) + "\n"


class Ensemble:
    """How trees combine into the model's scores.

    kind: "single" (one tree; its scores are the model's), "mean" (random
    forests: trees summed in order, divided by their number) or "boost" (the
    initial scores `init` plus, in order, each tree's one value added to
    class `tree_class[k]`, in the accumulator type `acc`).
    link: "none" (probabilities or values as they are), "sigmoid" (binary:
    [1 - p, p] with p = 1 / (1 + exp(-scale * raw))) or "softmax".
    classifier: whether @predict (argmax) is written; classes: the labels, in
    score order (for the header comment).
    """

    def __init__(self, kind, n_outputs, elem, classifier, classes=None, init=None,
                 tree_class=None, acc="f64", link="none", scale=1.0):
        self.kind, self.n_outputs, self.elem = kind, n_outputs, elem
        self.classifier, self.classes = classifier, classes
        self.init, self.tree_class, self.acc = init, tree_class, acc
        self.link, self.scale = link, scale


def mean_function(n_trees, F, K, elem, arg_attrs):
    t = "tensor<%dx%s>" % (K, elem)
    lines = ["// Mean of the trees' scores, summed in order (as scikit-learn).",
             "func.func @ensemble(%%x: tensor<%dxf32>%s) -> %s {" % (F, arg_attrs, t)]
    for k in range(n_trees):
        lines.append("  %%s%d = func.call @tree%d(%%x) : (tensor<%dxf32>) -> %s" % (k, k, F, t))
    acc = "%s0"
    for k in range(1, n_trees):
        lines.append("  %%sum%d = arith.addf %s, %%s%d : %s" % (k, acc, k, t))
        acc = "%%sum%d" % k
    lines += ["  %%n = arith.constant dense<%s> : %s" % (float_literal(n_trees, elem), t),
              "  %%mean = arith.divf %s, %%n : %s" % (acc, t),
              "  return %%mean : %s" % t, "}"]
    return "\n".join(lines) + "\n"


def boost_function(ens, F, arg_attrs):
    """Initial scores plus each tree's value on its class, in tree order."""
    K, acc, elem = ens.n_outputs, ens.acc, ens.elem
    t = "tensor<%dx%s>" % (K, acc)
    lines = ["// Boosted scores: the initial estimate plus each tree's (scaled) leaf value",
             "// on its class, added in tree order in %s." % acc,
             "func.func @ensemble(%%x: tensor<%dxf32>%s) -> %s {" % (F, arg_attrs, t),
             "  %c0 = arith.constant 0 : index"]
    current = []
    for k in range(K):
        lines.append("  %%init%d = arith.constant %s : %s" % (k, float_literal(ens.init[k], acc), acc))
        current.append("%%init%d" % k)
    for j, k in enumerate(ens.tree_class):
        lines += ["  %%s%d = func.call @tree%d(%%x) : (tensor<%dxf32>) -> tensor<1x%s>" % (j, j, F, elem),
                  "  %%v%d = tensor.extract %%s%d[%%c0] : tensor<1x%s>" % (j, j, elem)]
        value = "%%v%d" % j
        if elem != acc:
            lines.append("  %%w%d = arith.extf %%v%d : %s to %s" % (j, j, elem, acc))
            value = "%%w%d" % j
        lines.append("  %%a%d = arith.addf %s, %s : %s" % (j, current[k], value, acc))
        current[k] = "%%a%d" % j
    lines += ["  %%raw = tensor.from_elements %s : %s" % (", ".join(current), t),
              "  return %%raw : %s" % t, "}"]
    return "\n".join(lines) + "\n"


def proba_function(ens, scorer, F, arg_attrs):
    """@proba(x): the link function of a boosted classifier on @SCORER's raw scores."""
    K, acc = ens.n_outputs, ens.acc
    raw_t = "tensor<%dx%s>" % (K, acc)
    lines = ["// Class probabilities of one sample: the link function on the raw scores.",
             "func.func @proba(%%x: tensor<%dxf32>%s) -> tensor<%dx%s> {"
             % (F, arg_attrs, 2 if ens.link == "sigmoid" else K, acc),
             "  %%raw = func.call @%s(%%x) : (tensor<%dxf32>) -> %s" % (scorer, F, raw_t),
             "  %one = arith.constant 1.0 : " + acc]
    for k in range(K):
        lines += ["  %%ck%d = arith.constant %d : index" % (k, k),
                  "  %%r%d = tensor.extract %%raw[%%ck%d] : %s" % (k, k, raw_t)]
    if ens.link == "sigmoid":
        lines += ["  %%scale = arith.constant %s : %s" % (float_literal(ens.scale, acc), acc),
                  "  %%sr = arith.mulf %%r0, %%scale : %s" % acc,
                  "  %%neg = arith.negf %%sr : %s" % acc,
                  "  %%e = math.exp %%neg : %s" % acc,
                  "  %%den = arith.addf %%one, %%e : %s" % acc,
                  "  %%p1 = arith.divf %%one, %%den : %s" % acc,
                  "  %%p0 = arith.subf %%one, %%p1 : %s" % acc,
                  "  %%p = tensor.from_elements %%p0, %%p1 : tensor<2x%s>" % acc,
                  "  return %%p : tensor<2x%s>" % acc, "}"]
        return "\n".join(lines) + "\n"
    # softmax: exp(raw - max) / sum
    m = "%r0"
    for k in range(1, K):
        lines.append("  %%m%d = arith.maximumf %s, %%r%d : %s" % (k, m, k, acc))
        m = "%%m%d" % k
    total = None
    for k in range(K):
        lines += ["  %%d%d = arith.subf %%r%d, %s : %s" % (k, k, m, acc),
                  "  %%e%d = math.exp %%d%d : %s" % (k, k, acc)]
        if total is None:
            total = "%%e%d" % k
        else:
            lines.append("  %%t%d = arith.addf %s, %%e%d : %s" % (k, total, k, acc))
            total = "%%t%d" % k
    for k in range(K):
        lines.append("  %%p%d = arith.divf %%e%d, %s : %s" % (k, k, total, acc))
    lines += ["  %%p = tensor.from_elements %s : tensor<%dx%s>"
              % (", ".join("%%p%d" % k for k in range(K)), K, acc),
              "  return %%p : tensor<%dx%s>" % (K, acc), "}"]
    return "\n".join(lines) + "\n"


def batch_functions(scorer, F, C, elem, arg_attrs, classifier):
    """@forward (scores per row, as f32) and, for classifiers, @predict (argmax per row)."""
    x_t, row_t, s_t = "tensor<?x%dxf32>" % F, "tensor<%dxf32>" % F, "tensor<%dx%s>" % (C, elem)
    subst = {"x": x_t, "row": row_t, "s": s_t, "F": F, "C": C, "scorer": scorer,
             "attrs": arg_attrs, "elem": elem}
    if elem == "f32":
        subst["to32"], subst["s32"] = "", "%s"
    else:
        subst["to32"] = "    %%s32 = arith.truncf %%s : %s to tensor<%dxf32>\n" % (s_t, C)
        subst["s32"] = "%s32"
    text = """// Scores of every row of a batch.
func.func @forward(%%X: %(x)s%(attrs)s) -> tensor<?x%(C)dxf32> {
  %%c0 = arith.constant 0 : index
  %%c1 = arith.constant 1 : index
  %%n = tensor.dim %%X, %%c0 : %(x)s
  %%init = tensor.empty(%%n) : tensor<?x%(C)dxf32>
  %%out = scf.for %%i = %%c0 to %%n step %%c1 iter_args(%%acc = %%init) -> (tensor<?x%(C)dxf32>) {
    %%row = tensor.extract_slice %%X[%%i, 0] [1, %(F)d] [1, 1] : %(x)s to %(row)s
    %%s = func.call @%(scorer)s(%%row) : (%(row)s) -> %(s)s
%(to32)s    %%next = tensor.insert_slice %(s32)s into %%acc[%%i, 0] [1, %(C)d] [1, 1] : tensor<%(C)dxf32> into tensor<?x%(C)dxf32>
    scf.yield %%next : tensor<?x%(C)dxf32>
  }
  return %%out : tensor<?x%(C)dxf32>
}
""" % subst
    if not classifier:
        return text
    return text + """
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
    %%best:2 = scf.for %%k = %%c1 to %%cC step %%c1 iter_args(%%bv = %%s0, %%bi = %%c0) -> (%(elem)s, index) {
      %%v = tensor.extract %%s[%%k] : %(s)s
      %%gt = arith.cmpf ogt, %%v, %%bv : %(elem)s
      %%nv = arith.select %%gt, %%v, %%bv : %(elem)s
      %%ni = arith.select %%gt, %%k, %%bi : index
      scf.yield %%nv, %%ni : %(elem)s, index
    }
    %%cls = arith.index_cast %%best#1 : index to i64
    %%next = tensor.insert %%cls into %%acc[%%i] : tensor<?xi64>
    scf.yield %%next : tensor<?xi64>
  }
  return %%out : tensor<?xi64>
}
""" % subst


def module_text(trees, ensemble, n_features, description, value_range=None):
    """The whole module of `trees` combined as `ensemble` says."""
    F = n_features
    attrs = "" if value_range is None else " {prune.range = %s}" % f64_array(value_range)
    header = ["// %s" % line for line in description.splitlines()]
    header.append("// Written by mlir_prune.tree_ir; see docs/DESIGN.md, \"Decision trees in IR\".")
    if ensemble.classes is not None:
        header.append("// Classes, in score order: %s" % ", ".join(str(c) for c in ensemble.classes))
    parts = ["\n".join(header) + "\n"]
    for k, tree in enumerate(trees):
        parts.append(TreeWriter(tree, F, ensemble.elem).function("tree%d" % k, attrs))
    scorer, out_elem = "tree0", ensemble.elem
    C = ensemble.n_outputs
    if ensemble.kind == "mean" and len(trees) > 1:
        parts.append(mean_function(len(trees), F, C, ensemble.elem, attrs))
        scorer = "ensemble"
    elif ensemble.kind == "boost":
        parts.append(boost_function(ensemble, F, attrs))
        scorer, out_elem = "ensemble", ensemble.acc
        if ensemble.link != "none":
            parts.append(proba_function(ensemble, scorer, F, attrs))
            scorer = "proba"
            if ensemble.link == "sigmoid":
                C = 2
    parts.append(batch_functions(scorer, F, C, out_elem, attrs, ensemble.classifier))
    return "\n".join(parts)
