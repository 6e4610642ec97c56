"""Run the SDK's tests in this folder with pytest and exit with its status.

    python sdks/python/tests/run_tests.py

This is the entry point of the Bazel `py_test`; `portarium_client` must be importable.
"""

import os
import sys

import pytest

if __name__ == "__main__":
    tests = os.path.dirname(os.path.abspath(__file__))
    # No cache: under Bazel the folder is read-only runfiles.
    sys.exit(pytest.main([tests, "-p", "no:cacheprovider"]))
