"""mypy --strict over the generated SDK, for the oldest Python it supports (3.10)."""

import sys

from sdk_checks import project_dir, run

if __name__ == "__main__":
    project = project_dir()
    packages = [p.name for p in project.iterdir() if (p / "__init__.py").is_file()]
    run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--python-version",
        "3.10",
        "--cache-dir",
        "/dev/null",
        *packages,
        cwd=project,
    )
