"""Plot the path a prune-calibrate run took, from its --report JSON.

  prune-plot-calibration REPORT.json -o PATH.png

One panel per thing the report holds:
  search   --max-drop: top-1 against sparsity, the floor as a line;
  budget   --budget: each plan's measure against its accuracy, the limit as a
           line, the chosen plan marked;
  rounds   --steps: each round's nonzero weights and accuracy.
A report with none of them is an error.
"""
import argparse
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def plot_search(ax, search):
    curve = sorted(search["curve"], key=lambda p: p["sparsity"])
    ax.plot([p["sparsity"] for p in curve], [p["top1"] for p in curve], "o-")
    ax.axhline(search["dense_top1"] - search["max_drop"], color="red", linestyle="--",
               label="dense - %g points" % search["max_drop"])
    if search.get("chosen_sparsity"):
        ax.axvline(search["chosen_sparsity"], color="green", linestyle=":", label="chosen")
    ax.set_xlabel("sparsity")
    ax.set_ylabel("top-1 (%)")
    ax.set_title("--max-drop search")
    ax.legend()


def plot_budget(ax, budget):
    plans = [p for p in budget["plans"] if p.get("feasible")]
    for plan in plans:
        ax.plot(plan["measure"], plan["score"], "o", label="%s (sparsity %.3f)" %
                (plan["plan"], plan["sparsity"]))
    ax.axvline(budget["limit"], color="red", linestyle="--", label="limit")
    chosen = [p for p in plans if p["plan"] == budget.get("chosen_plan")]
    if chosen:
        ax.plot(chosen[0]["measure"], chosen[0]["score"], "k*", markersize=14, label="chosen")
    ax.axhline(budget["dense_score"], color="gray", linestyle=":", label="dense")
    unit = " (ms)" if budget["kind"] == "latency" else ""
    ax.set_xlabel(budget["kind"] + unit)
    ax.set_ylabel(budget["score"] + " (%)")
    ax.set_title("--budget plans")
    ax.legend(fontsize="small")


def plot_rounds(ax, rounds):
    score = "top1" if "top1" in rounds[0] else "agreement"
    steps = [r["round"] for r in rounds]
    ax.plot(steps, [r[score] for r in rounds], "o-", color="tab:blue")
    ax.set_xlabel("round")
    ax.set_ylabel(score + " (%)", color="tab:blue")
    twin = ax.twinx()
    twin.plot(steps, [r["params"] for r in rounds], "s--", color="tab:orange")
    twin.set_ylabel("nonzero weights", color="tab:orange")
    ax.set_title("--steps rounds")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report")
    parser.add_argument("-o", "--output", required=True, help="PNG to write")
    args = parser.parse_args(argv)
    try:
        report = json.load(open(args.report))
    except (OSError, ValueError) as e:
        sys.exit("prune-plot-calibration: error: %s: %s" % (args.report, e))
    panels = []
    if "search" in report:
        panels.append((plot_search, report["search"]))
    if "budget" in report and report["budget"].get("plans"):
        panels.append((plot_budget, report["budget"]))
    if report.get("rounds"):
        panels.append((plot_rounds, report["rounds"]))
    if not panels:
        sys.exit("prune-plot-calibration: error: %s has no search, budget or rounds "
                 "(run prune-calibrate with --max-drop, --budget or --steps)" % args.report)
    fig, axes = plt.subplots(1, len(panels), figsize=(6 * len(panels), 4.5), squeeze=False)
    for ax, (plot, data) in zip(axes[0], panels):
        plot(ax, data)
    fig.tight_layout()
    fig.savefig(args.output, dpi=110)
    print("wrote %s" % args.output)


if __name__ == "__main__":
    main()
