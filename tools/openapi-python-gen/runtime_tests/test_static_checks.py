"""The runtime, as a generated package holds it, passes mypy --strict and ruff."""

import importlib.util
import shutil
import subprocess
import sys

import pytest

from conftest import RUNTIME_DIR


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, check=False
    )


# ruff is a Python module where pip installed it, only a program where Debian did.
if importlib.util.find_spec("ruff"):
    RUFF = [sys.executable, "-m", "ruff"]
else:
    RUFF = [shutil.which("ruff")]


def run_ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUFF, *args], capture_output=True, text=True, check=False)


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy absent")
def test_copied_package_passes_mypy_strict(package_dir, tmp_path):
    result = run_tool(
        "mypy",
        "--strict",
        "--python-version",
        "3.10",
        "--cache-dir",
        str(tmp_path),
        str(package_dir),
    )

    assert result.returncode == 0, result.stdout + result.stderr


# The settings of a generated project's pyproject.toml (the repository's ruff.toml
# excludes the runtime for that reason).
SDK_RUFF_SETTINGS = ("--isolated", "--no-cache", "--line-length", "88")


@pytest.mark.skipif(RUFF[-1] is None, reason="ruff absent")
def test_runtime_passes_ruff_with_the_sdk_settings(package_dir):
    check = run_ruff("check", *SDK_RUFF_SETTINGS, "--target-version", "py310", str(package_dir))
    form = run_ruff("format", "--check", *SDK_RUFF_SETTINGS, str(RUNTIME_DIR))

    assert check.returncode == 0, check.stdout + check.stderr
    assert form.returncode == 0, form.stdout + form.stderr
