"""Make the runtime importable as the package `rtpkg`, as the generator would.

The runtime files are copied into a temporary `rtpkg/` with `PortariumError`
replaced by `RtpkgError` in `errors.py`, the only substitution the generator makes.
"""

import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from fakeserver import FakeServer

# Not resolve(): under Bazel this file is a runfiles symlink; the runtime files are runfiles too.
RUNTIME_DIR = Path(__file__).absolute().parent.parent / "internal" / "python" / "runtime"
BASE_ERROR = "PortariumError"

_root = Path(tempfile.mkdtemp(prefix="runtime-tests-"))


def _install_runtime_package() -> None:
    package = _root / "rtpkg"
    package.mkdir()
    for source in RUNTIME_DIR.glob("*.py"):
        text = source.read_text()
        if source.name == "errors.py":
            text = text.replace(BASE_ERROR, "RtpkgError")
        (package / source.name).write_text(text)
    (package / "__init__.py").write_text('"""The runtime, packaged for its tests."""\n')
    (package / "py.typed").write_text("")
    sys.path.insert(0, str(_root))


_install_runtime_package()


def pytest_unconfigure() -> None:
    shutil.rmtree(_root, ignore_errors=True)


@pytest.fixture
def package_dir() -> Path:
    """The directory of the copied runtime package."""
    return _root / "rtpkg"


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        yield fake
