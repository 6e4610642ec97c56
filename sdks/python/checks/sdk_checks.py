"""Helpers for the Bazel tests that check the SDK build output."""

import subprocess
import sys
from pathlib import Path


def project_dir() -> Path:
    """The generated project directory, passed as the test's first argument."""
    path = Path(sys.argv[1])
    if not (path / "pyproject.toml").is_file():
        raise SystemExit(f"{path} is not a generated project (no pyproject.toml)")
    return path


def run(*command: str, cwd: Path) -> None:
    """Runs a checker, printing its output; exits non-zero when it fails."""
    print("+", " ".join(command), f"(in {cwd})", flush=True)
    result = subprocess.run(command, cwd=cwd, check=False)
    if result.returncode != 0:
        raise SystemExit(result.returncode)
