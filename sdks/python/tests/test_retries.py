"""Retries honour `Retry-After`; commands keep their idempotency key on every attempt, and
a replay with the same key returns the original result."""

import asyncio
import uuid

import pytest
from portarium_client import (
    AuthenticatedClient,
    InternalServerError,
    RateLimitError,
    UnprocessableEntityError,
)
from portarium_client.api.runs import get_run, start_run
from portarium_client.api.work_items import create_work_item
from portarium_client.models import CreateWorkItemRequest, Run, StartRunRequest

from fake_portarium import FakePortarium

WS = "ws-acme"


def start(workflow_id: str = "wf-9") -> StartRunRequest:
    return StartRunRequest(workflow_id=workflow_id, objective="Close the books.")


def keys_sent(server: FakePortarium) -> list[str]:
    return [request.headers["idempotency-key"] for request in server.requests]


def test_a_get_is_retried_after_the_retry_after_seconds(
    server: FakePortarium, client: AuthenticatedClient, waits: list[float]
) -> None:
    [run_id] = server.add_runs(1)
    server.fail_next(2, 429, retry_after="7")

    with client:
        run = get_run.sync(client=client, workspace_id=WS, run_id=run_id)

    assert run.id == run_id
    assert waits == [7.0, 7.0]
    assert len(server.requests) == 3


def test_an_async_get_is_retried_after_the_retry_after_seconds(
    server: FakePortarium, client: AuthenticatedClient, waits: list[float]
) -> None:
    [run_id] = server.add_runs(1)
    server.fail_next(1, 503, retry_after="2")

    async def call() -> Run:
        async with client:
            return await get_run.asyncio(client=client, workspace_id=WS, run_id=run_id)

    assert asyncio.run(call()).id == run_id
    assert waits == [2.0]
    assert len(server.requests) == 2


def test_the_last_rate_limit_is_raised_when_retries_run_out(
    server: FakePortarium, client: AuthenticatedClient, waits: list[float]
) -> None:
    [run_id] = server.add_runs(1)
    server.fail_next(client.max_retries + 1, 429, retry_after="1")

    with client, pytest.raises(RateLimitError) as raised:
        get_run.sync(client=client, workspace_id=WS, run_id=run_id)

    assert raised.value.retry_after == 1.0
    assert waits == [1.0] * client.max_retries
    assert len(server.requests) == client.max_retries + 1


def test_a_command_whose_answer_was_lost_is_retried_with_the_same_generated_key(
    server: FakePortarium, client: AuthenticatedClient, waits: list[float]
) -> None:
    server.fail_next(1, 503, retry_after="0", handled=True)

    with client:
        run = start_run.sync(client=client, workspace_id=WS, body=start())

    first, second = keys_sent(server)
    assert first == second
    assert uuid.UUID(first).version == 4
    assert [created["id"] for created in server.runs] == [run.id]
    assert waits == [0.0]


def test_an_async_command_is_retried_with_the_same_given_key(
    server: FakePortarium, client: AuthenticatedClient, waits: list[float]
) -> None:
    server.fail_next(2, 504, retry_after="3", handled=True)

    async def call() -> Run:
        async with client:
            return await start_run.asyncio(
                client=client, workspace_id=WS, idempotency_key="key-1", body=start()
            )

    run = asyncio.run(call())

    assert keys_sent(server) == ["key-1"] * 3
    assert [created["id"] for created in server.runs] == [run.id]
    assert waits == [3.0, 3.0]


def test_a_replay_with_the_same_key_returns_the_original_run(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    with client:
        first = start_run.sync(client=client, workspace_id=WS, idempotency_key="k", body=start())
        replay = start_run.sync(client=client, workspace_id=WS, idempotency_key="k", body=start())
        other = start_run.sync(client=client, workspace_id=WS, idempotency_key="k2", body=start())

    assert replay == first
    assert other.id != first.id
    assert [created["id"] for created in server.runs] == [first.id, other.id]


def test_an_async_replay_with_the_same_key_returns_the_original_run(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    async def call() -> tuple[Run, Run]:
        async with client:
            first = await start_run.asyncio(
                client=client, workspace_id=WS, idempotency_key="k", body=start()
            )
            replay = await start_run.asyncio(
                client=client, workspace_id=WS, idempotency_key="k", body=start()
            )
        return first, replay

    first, replay = asyncio.run(call())

    assert replay == first
    assert len(server.runs) == 1


def test_the_same_key_with_another_body_is_rejected(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    with client:
        start_run.sync(client=client, workspace_id=WS, idempotency_key="k", body=start("wf-1"))
        with pytest.raises(UnprocessableEntityError) as raised:
            start_run.sync(client=client, workspace_id=WS, idempotency_key="k", body=start("wf-2"))

    assert raised.value.problem is not None
    assert raised.value.problem.detail == "Key reused with another body."
    assert len(server.runs) == 1


def test_a_command_without_an_idempotency_key_is_not_retried(
    server: FakePortarium, client: AuthenticatedClient, waits: list[float]
) -> None:
    server.fail_next(1, 503, retry_after="1")

    with client, pytest.raises(InternalServerError):
        create_work_item.sync(
            client=client, workspace_id=WS, body=CreateWorkItemRequest(title="Reconcile")
        )

    [request] = server.requests
    assert "idempotency-key" not in request.headers
    assert waits == []
