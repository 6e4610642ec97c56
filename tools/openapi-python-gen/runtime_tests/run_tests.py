"""Entry point for Bazel's py_test: runs this folder's pytest suite."""

import sys
from pathlib import Path

import pytest

if __name__ == "__main__":
    sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", str(Path(__file__).absolute().parent)]))
