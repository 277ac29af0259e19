#!/usr/bin/python3
"""Write an imported scikit-learn forest with redundant splits planted in it.

Test input for prune-branches' exact rules, which the imported trees never
trigger (scikit-learn only makes splits that separate training samples). The
model of mlir_prune.sklearn_import named on the command line (one with
declared input ranges) is retrained with its seed and written as that script
does (mlir_prune.tree_ir), except that every leaf becomes a split, in turn:
  * implied by the path: on the feature and threshold t of the leaf's parent,
    `x <= t + 0.5` on the parent's then side (always true there) or
    `x <= t - 0.5` on its else side (always false there);
  * decided by the declared range [lo, hi]: `x[g] <= hi + 0.5` (always true);
  * same result: `x[g] <= (lo + hi) / 2`, g a feature no split above tests,
    with the leaf on both sides (the training counts and weight split in
    halves; the split carries the leaf's own attributes).
The side no sample can take yields another class with zero counts, so any
wrong decision changes predictions. Prints how many splits of each kind it
planted; exact prune-branches must remove them all and give back the trees.

Usage: plant_redundant_splits.py MODEL_NAME OUT.mlir
"""
import sys

import numpy as np

from mlir_prune import sklearn_import as importer
from mlir_prune import tree_ir


class PlantingTreeWriter(tree_ir.TreeWriter):
    value_range = None
    planted = {"path": 0, "range": 0, "same-result": 0}

    def __init__(self, tree, n_features, elem="f32"):
        super().__init__(tree, n_features, elem)
        self.parent = {}
        for node in range(self.t.node_count):
            for side, child in enumerate((self.t.left[node], self.t.right[node])):
                if child != -1:
                    self.parent[child] = (node, side)
        self.leaf_number = 0

    def split_lines(self, pad, feature, threshold):
        k = self.fresh()
        self.lines += [
            "%s%%c%d = arith.constant %d : index" % (pad, k, feature),
            "%s%%f%d = tensor.extract %%x[%%c%d] : tensor<%dxf32>" % (pad, k, k, self.F),
            "%s%%t%d = arith.constant %s : f32" % (pad, k, tree_ir.f32_literal(threshold)),
            "%s%%le%d = arith.cmpf ole, %%f%d, %%t%d : f32" % (pad, k, k, k),
            "%s%%r%d = scf.if %%le%d -> (tensor<%dx%s>) {" % (pad, k, k, self.K, self.elem),
        ]
        return "%%r%d" % k

    def leaf_lines(self, pad, scores, attrs):
        k = self.fresh()
        self.lines += [
            "%s  %%leaf%d = arith.constant %s" % (pad, k, tree_ir.tensor_literal(scores, self.elem)),
            "%s  scf.yield %s %%leaf%d : tensor<%dx%s>" % (pad, attrs, k, self.K, self.elem)]

    def emit_node(self, node, indent):
        if self.t.left[node] != -1 or node == 0:
            return super().emit_node(node, indent)
        pad = "  " * indent
        counts, probs = self.t.counts[node], self.t.scores[node]
        other = np.zeros(self.K)
        other[(int(np.argmax(probs)) + 1) % self.K] = 1.0
        lo, hi = self.value_range
        kind = ("path", "range", "same-result")[self.leaf_number % 3]
        self.leaf_number += 1
        self.planted[kind] += 1
        g = (7 * self.leaf_number) % self.F
        on_path, ancestor = set(), node
        while ancestor in self.parent:
            ancestor = self.parent[ancestor][0]
            on_path.add(int(self.t.feature[ancestor]))
        while kind == "same-result" and g in on_path:
            g = (g + 1) % self.F
        attrs = self.node_attrs(node)
        empty = "{prune.counts = %s}" % tree_ir.f64_array(0 * counts)
        if kind == "path":
            parent, side = self.parent[node]
            t = float(self.t.threshold[parent])
            result = self.split_lines(pad, int(self.t.feature[parent]), t + 0.5 if side == 0 else t - 0.5)
            sides = [(probs, attrs), (other, empty)]
            if side == 1:
                sides.reverse()
        elif kind == "range":
            result = self.split_lines(pad, g, hi + 0.5)
            sides = [(probs, attrs), (other, empty)]
        else:
            result = self.split_lines(pad, g, (lo + hi) / 2)
            half = "{prune.counts = %s, prune.weight = %s : f64}" % (
                tree_ir.f64_array(counts / 2), tree_ir.f64_literal(self.t.weight[node] / 2))
            sides = [(probs, half), (probs, half)]
        self.leaf_lines(pad, *sides[0])
        self.lines.append("%s} else {" % pad)
        self.leaf_lines(pad, *sides[1])
        self.lines.append("%s} %s" % (pad, attrs))
        return result


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[-1])
    name, out = sys.argv[1:]
    _, dataset, make, value_range = next(m for m in importer.MODELS if m[0] == name)
    if value_range is None:
        sys.exit("error: %s declares no input range" % name)
    x_tr, _, y_tr, _ = importer.load_digits_split() if dataset == "digits" else importer.load_cancer_split()
    model = make().fit(x_tr, y_tr)
    PlantingTreeWriter.value_range = value_range
    tree_ir.TreeWriter = PlantingTreeWriter
    with open(out, "w") as f:
        f.write(importer.model_module(model, name + " with planted redundant splits", value_range))
    planted = PlantingTreeWriter.planted
    print("planted: path=%d range=%d same-result=%d total=%d"
          % (planted["path"], planted["range"], planted["same-result"], sum(planted.values())))


if __name__ == "__main__":
    main()
