"""Checks a prune-calibrate --budget report against itself and the model it wrote.

  check_budget.py REPORT.json MODEL.mlir

Prints whether the chosen plan's measure is within the limit, whether it is
the most accurate of the plans that meet the budget and, for a params budget,
whether the written model's nonzero weights (counted from its text) are within
the limit.
"""
import json
import sys

import numpy as np

from model_weights import weights

report = json.load(open(sys.argv[1]))
budget = report["budget"]
plans = [p for p in budget["plans"] if p.get("meets_budget")]
chosen = [p for p in plans if p["plan"] == budget["chosen_plan"]][0]
print("measure within limit:", chosen["measure"] <= budget["limit"])
print("chosen is the best plan:", chosen["score"] == max(p["score"] for p in plans))
if budget["kind"] == "params":
    arrays = weights(sys.argv[2])
    nonzeros = sum(int(np.count_nonzero(a)) for a in arrays)
    print("model nonzeros within limit:", len(arrays) == 3 and nonzeros <= budget["limit"])
if "validation" in report:
    print("validation is the chosen plan's:",
          report["validation"]["pruned_top1"] == budget["chosen_score"])
