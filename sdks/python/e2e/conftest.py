"""Fixtures for end-to-end tests against Prism serving the Portarium contract.

`prism_url` runs one `prism mock` per test session on a free port of 127.0.0.1, with
request validation on (`--errors`), and yields its base URL. Prism is installed from the
lock file beside this file: `npm ci --prefix sdks/python/e2e`. `contract` is the contract
itself, as parsed JSON values.
"""

import copy
import json
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
CONTRACT = E2E_DIR.parents[2] / "docs" / "spec" / "openapi" / "portarium-control-plane.v1.yaml"
PRISM = E2E_DIR / "node_modules" / ".bin" / "prism"
METHODS = ("get", "put", "post", "delete", "patch")

# Prism reads and resolves the whole contract before it listens: a few seconds here.
STARTUP_LIMIT_SECONDS = 60.0


@pytest.fixture(scope="session")
def contract() -> dict[str, Any]:
    """The contract document, as parsed JSON values."""
    document, _ = read_from_filename(str(CONTRACT))
    return dict(document)


@pytest.fixture(scope="session")
def prism_url(contract: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a Prism mock server for the contract, stopped after the session."""
    if not PRISM.exists():
        pytest.fail(f"{PRISM} is missing: run `npm ci --prefix sdks/python/e2e`", pytrace=False)
    workdir = tmp_path_factory.mktemp("prism")
    servable = workdir / "contract.json"
    servable.write_text(json.dumps(_servable(contract)))
    port = _free_port()
    log_path = workdir / "prism.log"
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
                str(servable),
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


def _servable(contract: dict[str, Any]) -> dict[str, Any]:
    """The contract with its event streams in a form Prism can send.

    The contract gives a `text/event-stream` response the schema of one event's payload
    and a payload object as example. Prism sends only strings as text, and with
    `--errors` checks what it sends against the schema; so each stream here answers
    with its example as one server-sent event, under a string schema.
    """
    servable = copy.deepcopy(contract)
    for item in servable["paths"].values():
        for method in METHODS:
            responses = item.get(method, {}).get("responses", {})
            for response in responses.values():
                stream = response.get("content", {}).get("text/event-stream")
                if stream is not None:
                    payload = json.dumps(stream["example"], separators=(",", ":"))
                    stream["schema"] = {"type": "string"}
                    stream["example"] = f"data: {payload}\n\n"
    return servable


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_answering(process: subprocess.Popen[bytes], url: str, log_path: Path) -> None:
    """Return once Prism answers any HTTP request; fail with its log if it exits or never does."""
    deadline = time.monotonic() + STARTUP_LIMIT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"prism exited with status {process.returncode} before answering:\n"
                f"{log_path.read_text()}",
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
