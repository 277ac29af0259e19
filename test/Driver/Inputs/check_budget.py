"""Checks a prune-calibrate --budget report against itself and the model it wrote.

  check_budget.py REPORT.json MODEL.mlir

Prints whether the chosen plan's measure is within the limit, whether it is
the most accurate of the plans that meet the budget and, for a params budget,
whether the written model's nonzero weights (counted from its text) are within
the limit.
"""
import json
import re
import sys

import numpy as np

report = json.load(open(sys.argv[1]))
budget = report["budget"]
plans = [p for p in budget["plans"] if p.get("meets_budget")]
chosen = [p for p in plans if p["plan"] == budget["chosen_plan"]][0]
print("measure within limit:", chosen["measure"] <= budget["limit"])
print("chosen is the best plan:", chosen["score"] == max(p["score"] for p in plans))
if budget["kind"] == "params":
    text = open(sys.argv[2]).read()
    nonzeros = 0
    for match in re.finditer(r"dense<(\[\[.*?\]\])>\s*:\s*tensor<(\d+)x(\d+)xf32>", text):
        rows, cols = int(match.group(2)), int(match.group(3))
        if rows > 1 and cols > 1:
            values = np.array(json.loads(match.group(1)), dtype=np.float64)
            nonzeros += int(np.count_nonzero(values))
    print("model nonzeros within limit:", nonzeros <= budget["limit"])
