"""ruff check and ruff format --check over the generated SDK, with its own settings."""

import shutil

from sdk_checks import project_dir, run

if __name__ == "__main__":
    project = project_dir()
    ruff = shutil.which("ruff") or "ruff"
    # Bazel marks build outputs executable; EXE002 (executable without shebang) is about that.
    run(ruff, "check", "--no-cache", "--extend-ignore", "EXE002", ".", cwd=project)
    run(ruff, "format", "--no-cache", "--check", ".", cwd=project)
