#!/usr/bin/env python3
"""Plot generation time against document size from generation.py's --json output.

    python scripts/bench/plot.py TIMINGS.json docs/benchmarks/generation-time.svg

Needs matplotlib (install it into a virtualenv of your own).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)


def main() -> int:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    timings = json.loads(Path(sys.argv[1]).read_text())
    rows = [r for r in timings["rows"] if r["document"] != "contract"]
    operations = [r["operations"] for r in rows]
    plt.rcParams["svg.hashsalt"] = "generation-time"  # stable ids, so a rerun diffs cleanly
    fig, ax = plt.subplots(figsize=(7, 4.5))
    series = [
        ("openapi-python-gen", "ours", "tab:blue"),
        (
            timings["openapi_python_client"].replace("==", " ") + " (with ruff)",
            "theirs",
            "tab:orange",
        ),
    ]
    for label, key, color in series:
        ax.plot(operations, [r[f"{key}_wall_median"] for r in rows], "o-", color=color, label=label)
        ax.plot(
            operations,
            [r[f"{key}_cpu_median"] for r in rows],
            "s--",
            color=color,
            alpha=0.6,
            label=f"{label}, CPU time",
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("operations in the document (1, 10 and 100 copies of the contract)")
    ax.set_ylabel("seconds per run (median)")
    ax.set_title("Generation time as a whole process: wall time (solid), CPU time (dashed)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(sys.argv[2], metadata={"Date": None})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
