"""Fixtures for end-to-end tests against Prism serving the Portarium contract.

`prism_url` runs one `prism mock` per test session on a free port of 127.0.0.1, with
request validation on (`--errors`), and yields its base URL. Prism is installed from the
lock file beside this file: `npm ci --prefix sdks/python/e2e`. `contract` is the contract
itself, as parsed JSON values.
"""

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_spec_validator.readers import read_from_filename

E2E_DIR = Path(__file__).resolve().parent
CONTRACT = (
    E2E_DIR.parents[2] / "docs" / "spec" / "openapi" / "portarium-control-plane.v1.yaml"
)
PRISM = E2E_DIR / "node_modules" / ".bin" / "prism"

# Prism reads and resolves the whole contract before it listens: a few seconds here.
STARTUP_LIMIT_SECONDS = 60.0


@pytest.fixture(scope="session")
def contract() -> dict[str, Any]:
    """The contract document, as parsed JSON values."""
    document, _ = read_from_filename(str(CONTRACT))
    return dict(document)


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a Prism mock server for the contract, stopped after the session."""
    if not PRISM.exists():
        pytest.fail(
            f"{PRISM} is missing: run `npm ci --prefix sdks/python/e2e`", pytrace=False
        )
    port = _free_port()
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                str(PRISM),
                "mock",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--errors",
                str(CONTRACT),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_answering(process, url, log_path)
        yield url
    finally:
        _stop(process)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_answering(
    process: subprocess.Popen[bytes], url: str, log_path: Path
) -> None:
    """Return once Prism answers any HTTP request; fail with its log if it exits or never does."""
    deadline = time.monotonic() + STARTUP_LIMIT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"prism exited with status {process.returncode} before answering:\n{log_path.read_text()}",
                pytrace=False,
            )
        try:
            httpx.get(f"{url}/v1/workspaces", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(
        f"prism did not answer within {STARTUP_LIMIT_SECONDS:.0f} s:\n{log_path.read_text()}",
        pytrace=False,
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Prism and anything it started: it leads its own process group."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
