#!/usr/bin/env python3
"""Run time of the generated client against a local server.

1. Per-request cost of a generated operation's `sync` call (`get_workspace`,
   which sends the request, checks the status and decodes a `Workspace`) against
   a plain `httpx.Client.get` of the same URL, with and without `.json()`.
   The server is a minimal asyncio HTTP/1.1 server in a subprocess on 127.0.0.1
   that answers every request with the same small JSON body, so the client's
   own cost is most of what is measured. The same calls are then timed over
   httpx's MockTransport, which leaves out the socket and the server.
2. Decoding a 1,000-item page (`WorkItemList.from_dict` of an already parsed
   JSON object) against openapi-python-client 0.29.1's generated code for the
   same contract.

Both packages are generated into a temporary directory (openapi-python-client from
a throwaway virtualenv). Run from the repository root with a Python that has the
SDK's dependencies (httpx, attrs, python-dateutil):

    python scripts/bench/runtime.py [--requests 1000] [--rounds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

CONTRACT = Path("docs/spec/openapi/portarium-control-plane.v1.yaml")
THEIRS = "openapi-python-client==0.29.1"
OURS_PACKAGE = "portarium_client"
THEIRS_PACKAGE = "portarium_control_plane_api_client"
WORKSPACE = {
    "id": "ws-1",
    "name": "Acme",
    "region": "eu-west",
    "createdAt": "2026-01-02T03:04:05Z",
    "labels": {"team": "ops"},
}


def work_item(i: int) -> dict[str, Any]:
    return {
        "id": f"wi-{i}",
        "title": f"Work item {i}",
        "status": ["Open", "InProgress", "Blocked", "Done"][i % 4],
        "priority": ["Low", "Normal", "High", "Urgent"][i % 4],
        "version": i,
        "createdAt": "2026-01-02T03:04:05.123Z",
        "updatedAt": "2026-01-03T04:05:06Z",
        "description": None if i % 2 else f"Description {i}",
        "assigneeId": f"user-{i % 7}",
        "dueAt": None if i % 3 else "2026-02-01T00:00:00+01:00",
        "labels": {"team": "ops", "area": f"a{i % 5}"},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="requests per round")
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return 0
    if not CONTRACT.is_file():
        sys.exit(f"run from the repository root: {CONTRACT} not found")
    print(f"load average at start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="runtime-bench-") as tmp_name:
        tmp = Path(tmp_name)
        generate(tmp)
        sys.path[:0] = [str(tmp / "ours"), str(tmp / "theirs")]
        per_request(args.requests, args.rounds)
        decoding(args.rounds)
    print(f"\nload average at end: {load_average()}")
    return 0


def generate(tmp: Path) -> None:
    """Generate our package into tmp/ours and openapi-python-client's into tmp/theirs."""
    subprocess.run(
        ["go", "build", "-o", str(tmp / "oapg"), "./tools/openapi-python-gen"], check=True
    )
    subprocess.run(
        [str(tmp / "oapg"), "-spec", str(CONTRACT), "-out", str(tmp / "ours")]
        + ["-package-name", OURS_PACKAGE],
        check=True,
    )
    print(f"installing {THEIRS} into a throwaway virtualenv", flush=True)
    venv.create(tmp / "venv", with_pip=True)
    bin_dir = tmp / "venv" / "bin"
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", THEIRS], check=True)
    subprocess.run(
        [str(bin_dir / "openapi-python-client"), "generate", "--path", str(CONTRACT)]
        + ["--output-path", str(tmp / "theirs")],
        check=True,
        capture_output=True,
        env=dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}"),
    )


# The server: a subprocess running a minimal HTTP/1.1 keep-alive server.


class _Answer(asyncio.Protocol):
    body = json.dumps(WORKSPACE).encode()
    response = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        # GET requests only: each header block ends with an empty line.
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            self.buffer = self.buffer[end + 4 :]
            self.transport.write(self.response)


def serve(port: int) -> None:
    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(_Answer, "127.0.0.1", port)
        print("ready", flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(run())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def per_request(requests: int, rounds: int) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        base_url = f"http://127.0.0.1:{port}"
        print(f"\nper request to {base_url}, median of {rounds} rounds of {requests}:")
        ours = importlib.import_module(f"{OURS_PACKAGE}.client").Client(base_url=base_url)
        compare_calls(httpx.Client(base_url=base_url), ours, requests, rounds)
    finally:
        server.terminate()
        server.wait()
    body = json.dumps(WORKSPACE).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    print(f"\nper request over httpx.MockTransport, median of {rounds} rounds of {requests}:")
    ours = importlib.import_module(f"{OURS_PACKAGE}.client").Client(base_url="http://mock")
    compare_calls(
        httpx.Client(base_url="http://mock", transport=httpx.MockTransport(answer)),
        ours.set_httpx_client(httpx.Client(transport=httpx.MockTransport(answer))),
        requests,
        rounds,
    )


def compare_calls(plain: httpx.Client, ours: Any, requests: int, rounds: int) -> None:
    """Time plain httpx calls against our sync call (ours is the SDK's Client)."""
    get_workspace = importlib.import_module(f"{OURS_PACKAGE}.api.workspaces.get_workspace")
    url = "/v1/workspaces/ws-1"
    contenders: dict[str, Callable[[], object]] = {
        "httpx get": lambda: plain.get(url),
        "httpx get + json()": lambda: plain.get(url).json(),
        "ours sync": lambda: get_workspace.sync(client=ours, workspace_id="ws-1"),
    }
    assert get_workspace.sync(client=ours, workspace_id="ws-1").name == "Acme"
    times = alternate(contenders, requests, rounds)
    for name, seconds in times.items():
        print(f"  {name:<20} {seconds * 1e6:8.1f} us")
    base, with_json = times["httpx get"], times["httpx get + json()"]
    print(f"  ours / httpx get:          {times['ours sync'] / base:.3f}x (goal: at most 1.15x)")
    print(f"  ours / httpx get + json(): {times['ours sync'] / with_json:.3f}x")


def decoding(rounds: int) -> None:
    page = {"items": [work_item(i) for i in range(1000)], "nextCursor": None}
    ours = importlib.import_module(f"{OURS_PACKAGE}.models").WorkItemList
    theirs = importlib.import_module(f"{THEIRS_PACKAGE}.models").WorkItemList
    assert ours.from_dict(page).items[999].id == theirs.from_dict(page).items[999].id

    times = alternate(
        {
            "ours": lambda: ours.from_dict(page),
            "openapi-python-client": lambda: theirs.from_dict(page),
        },
        20,
        rounds,
    )
    print(f"\ndecoding a 1,000-item WorkItemList, median of {rounds} rounds of 20:")
    for name, seconds in times.items():
        print(f"  {name:<26} {seconds * 1e3:8.2f} ms")
    ratio = times["openapi-python-client"] / times["ours"]
    print(f"  openapi-python-client / ours: {ratio:.2f}x (goal: at least 1.0x)")


def alternate(contenders: dict[str, Callable[[], object]], n: int, rounds: int) -> dict[str, float]:
    """Time n calls of each contender per round, alternating; median seconds per call."""
    for call in contenders.values():  # warm up
        for _ in range(max(n // 10, 1)):
            call()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, call in contenders.items():
            start = time.perf_counter()
            for _ in range(n):
                call()
            samples[name].append((time.perf_counter() - start) / n)
    return {name: statistics.median(s) for name, s in samples.items()}


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


if __name__ == "__main__":
    raise SystemExit(main())
