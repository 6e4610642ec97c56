"""Fixtures: a fresh fake Portarium server per test, and a client pointed at it.

The client records the waits between retries in `waits` instead of sleeping.
"""

from collections.abc import Iterator

import pytest
from portarium_client import AuthenticatedClient

from fake_portarium import FakePortarium

TOKEN = "sdk-test-token"


@pytest.fixture
def server() -> Iterator[FakePortarium]:
    with FakePortarium() as fake:
        yield fake


@pytest.fixture
def waits() -> list[float]:
    """The seconds the client waited before each retry, in order."""
    return []


@pytest.fixture
def client(server: FakePortarium, waits: list[float]) -> AuthenticatedClient:
    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    return AuthenticatedClient(
        base_url=server.url, token=TOKEN, sleep=waits.append, async_sleep=record_wait
    )
