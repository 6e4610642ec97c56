#!/usr/bin/env python3
"""Time openapi-python-gen against openapi-python-client as whole processes.

Installs openapi-python-client into a throwaway virtualenv under a temporary
directory, builds our generator, writes the synthetic documents (n renamed copies
of the contract, see tools/openapi-python-gen/internal/synth), then runs both
generators on each document, alternating, and prints the median wall time of each
and their ratio.

openapi-python-client runs in its default configuration, which formats its
output with ruff (its `post_hooks`); the virtualenv's bin folder is put first on
PATH so that it finds the ruff it installed. Our generator needs no formatter.

Run from the repository root:

    python3 scripts/bench/generation.py [--runs 5] [--scales 1,10,100] [--json FILE] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path
from typing import Any, NamedTuple


class Timing(NamedTuple):
    wall: float
    cpu: float


CONTRACT = Path("docs/spec/openapi/portarium-control-plane.v1.yaml")
THEIRS = "openapi-python-client==0.29.1"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each generator per document")
    parser.add_argument(
        "--scales",
        default="1,10,100",
        help="synthetic sizes, in copies of the contract (comma-separated)",
    )
    parser.add_argument(
        "--their-runs-at-100x",
        type=int,
        default=None,
        help="fewer runs of openapi-python-client on documents of 100 copies or more",
    )
    parser.add_argument("--json", type=Path, help="also write the timings here")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where the virtualenv, documents and outputs go (default: the system's temporary "
        "folder); e.g. /dev/shm to take the disk out of the comparison",
    )
    args = parser.parse_args()
    if not CONTRACT.is_file():
        sys.exit(f"run from the repository root: {CONTRACT} not found")

    with tempfile.TemporaryDirectory(prefix="generation-bench-", dir=args.workdir) as tmp_name:
        tmp = Path(tmp_name)
        print(f"load average at start: {load_average()}; working in {tmp}", flush=True)
        theirs = install_theirs(tmp / "venv")
        ours = tmp / "openapi-python-gen"
        run(["go", "build", "-o", str(ours), "./tools/openapi-python-gen"])
        documents = [("contract", CONTRACT.resolve())]
        for n in (int(s) for s in args.scales.split(",")):
            path = tmp / f"synthetic-{n}x.json"
            run(
                [
                    "go",
                    "run",
                    "./tools/openapi-python-gen/internal/synth/synthdoc",
                    "-spec",
                    str(CONTRACT),
                    "-scale",
                    str(n),
                    "-out",
                    str(path),
                ]
            )
            documents.append((f"{n}x", path))

        rows = []
        for name, path in documents:
            operations = count_operations(path, documents)
            their_runs = args.runs
            if args.their_runs_at_100x is not None and name.endswith("x") and int(name[:-1]) >= 100:
                their_runs = args.their_runs_at_100x
            print(
                f"\n{name}: {operations} operations, "
                f"{args.runs} runs of ours, {their_runs} of theirs",
                flush=True,
            )
            ours_s: list[Timing] = []
            theirs_s: list[Timing] = []
            for i in range(max(args.runs, their_runs)):
                if i < args.runs:
                    ours_s.append(time_ours(ours, path, tmp / "out-ours"))
                if i < their_runs:
                    theirs_s.append(time_theirs(theirs, path, tmp / "out-theirs", report=i == 0))
            row: dict[str, Any] = {
                "document": name,
                "operations": operations,
                "ours_wall": [t.wall for t in ours_s],
                "ours_cpu": [t.cpu for t in ours_s],
                "theirs_wall": [t.wall for t in theirs_s],
                "theirs_cpu": [t.cpu for t in theirs_s],
            }
            for key in ("ours_wall", "ours_cpu", "theirs_wall", "theirs_cpu"):
                row[key + "_median"] = statistics.median(row[key])
            row["wall_ratio"] = row["theirs_wall_median"] / row["ours_wall_median"]
            row["cpu_ratio"] = row["theirs_cpu_median"] / row["ours_cpu_median"]
            rows.append(row)
            print(
                f"  median wall: ours {row['ours_wall_median']:.3f} s, "
                f"openapi-python-client {row['theirs_wall_median']:.3f} s, "
                f"ratio {row['wall_ratio']:.1f}x; median CPU: ours {row['ours_cpu_median']:.3f} s, "
                f"theirs {row['theirs_cpu_median']:.3f} s, ratio {row['cpu_ratio']:.1f}x",
                flush=True,
            )

        print(f"\nload average at end: {load_average()}")
        print("\nmedians, seconds (wall time, and CPU time user + system)")
        print(
            f"{'document':<10} {'operations':>10} {'ours wall':>10} {'theirs wall':>12} "
            f"{'ratio':>7} {'ours CPU':>9} {'theirs CPU':>11} {'ratio':>7}"
        )
        for r in rows:
            print(
                f"{r['document']:<10} {r['operations']:>10} {r['ours_wall_median']:>10.3f} "
                f"{r['theirs_wall_median']:>12.3f} {r['wall_ratio']:>6.1f}x "
                f"{r['ours_cpu_median']:>9.3f} {r['theirs_cpu_median']:>11.3f} "
                f"{r['cpu_ratio']:>6.1f}x"
            )
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "python": platform.python_version(),
                        "openapi_python_client": THEIRS,
                        "load_average_end": load_average(),
                        "rows": rows,
                    },
                    indent=2,
                )
                + "\n"
            )
    return 0


def install_theirs(where: Path) -> Path:
    """Create a virtualenv at where with openapi-python-client; return its bin folder."""
    print(f"installing {THEIRS} into a throwaway virtualenv", flush=True)
    venv.create(where, with_pip=True)
    bin_dir = where / "bin"
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", THEIRS])
    return bin_dir


def timed(
    command: list[str], env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], Timing]:
    """Run command; return its result, wall time and CPU time (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return result, Timing(wall, cpu)


def time_ours(binary: Path, spec: Path, out: Path) -> Timing:
    result, timing = timed(
        [str(binary), "-spec", str(spec), "-out", str(out), "-package-name", "portarium_client"]
    )
    if result.returncode != 0:
        sys.exit(f"openapi-python-gen failed on {spec.name}:\n{result.stderr}")
    shutil.rmtree(out)
    return timing


def time_theirs(bin_dir: Path, spec: Path, out: Path, *, report: bool) -> Timing:
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result, timing = timed(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out),
            "--overwrite",
        ],
        env,
    )
    if result.returncode != 0:
        sys.exit(f"openapi-python-client failed on {spec.name}:\n{result.stdout}{result.stderr}")
    said = (result.stdout + result.stderr).strip()
    if report and said != f"Generating {out}":
        print("  openapi-python-client said:\n    " + said.replace("\n", "\n    "), flush=True)
    shutil.rmtree(out)
    return timing


def count_operations(path: Path, documents: list[tuple[str, Path]]) -> int:
    """Count a document's operations; the contract (YAML) counts as its 1x copy."""
    if path.suffix != ".json":
        synthetic = [p for _, p in documents if p.suffix == ".json"]
        if not synthetic:
            return 0
        path = min(synthetic, key=lambda p: p.stat().st_size)
        scale = int(path.name.removeprefix("synthetic-").removesuffix("x.json"))
        return count_operations(path, documents) // scale
    paths = json.loads(path.read_text())["paths"]
    return sum(1 for item in paths.values() for m in METHODS if m in item)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def run(command: list[str]) -> None:
    subprocess.run(command, check=True)


if __name__ == "__main__":
    raise SystemExit(main())
