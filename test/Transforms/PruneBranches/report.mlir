// prune-branches{report=PATH}: nodes and depth per tree before and after,
// and the splits each rule removed.
// RUN: prune-opt %S/Inputs/tree.mlir --prune-branches="min-gain=0.05 report=%t.json" -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// RUN: not prune-opt %S/Inputs/tree.mlir --prune-branches="report=%t.missing/dir/r.json" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADPATH

// CHECK: "layers": [
// CHECK: "depth_after": 2,
// CHECK-NEXT: "depth_before": 2,
// CHECK: "leaves_after": 3,
// CHECK-NEXT: "leaves_before": 4,
// CHECK: "name": "@tree",
// CHECK-NEXT: "nodes_after": 5,
// CHECK-NEXT: "nodes_before": 7,
// CHECK: "pass": "prune-branches",
// CHECK: "splits_removed": {
// CHECK: "min-gain": 1,
// CHECK: "trees": {
// CHECK-NEXT: "count": 1,
// CHECK-NEXT: "nodes_after": 5,
// CHECK-NEXT: "nodes_before": 7

// BADPATH: prune-branches: cannot write report
