"""The bearer token and the workspace reach the server on workspace-scoped calls."""

import asyncio

import pytest
from portarium_client import AuthenticatedClient, NotFoundError
from portarium_client.api.runs import get_run
from portarium_client.api.workspaces import list_workspaces

from fake_portarium import FakePortarium

WS = "ws-acme"


def test_a_workspace_call_sends_the_token_and_the_path_workspace(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    [run_id] = server.add_runs(1)

    with client:
        get_run.sync(client=client, workspace_id=WS, run_id=run_id)

    [request] = server.requests
    assert request.path == f"/v1/workspaces/{WS}/runs/{run_id}"
    assert request.headers["authorization"] == f"Bearer {client.token}"
    assert request.headers["x-workspace-id"] == WS


def test_an_async_workspace_call_sends_the_token_and_the_path_workspace(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    [run_id] = server.add_runs(1)

    async def call() -> None:
        async with client:
            await get_run.asyncio(client=client, workspace_id=WS, run_id=run_id)

    asyncio.run(call())

    [request] = server.requests
    assert request.headers["authorization"] == f"Bearer {client.token}"
    assert request.headers["x-workspace-id"] == WS


def test_the_path_workspace_overrides_the_client_workspace(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    [run_id] = server.add_runs(1)
    client.workspace_id = "ws-other"

    with client:
        get_run.sync(client=client, workspace_id=WS, run_id=run_id)

    assert server.requests[0].headers["x-workspace-id"] == WS


def test_a_client_workspace_is_sent_on_calls_outside_a_workspace(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    client.workspace_id = "ws-default"

    with client:
        [workspace] = list_workspaces.sync(client=client).items

    assert workspace.id == "ws-acme"
    assert server.requests[0].headers["x-workspace-id"] == "ws-default"
    assert server.requests[0].headers["authorization"] == f"Bearer {client.token}"


def test_a_token_set_with_with_headers_replaces_the_client_token(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    [run_id] = server.add_runs(1)
    refreshed = client.with_headers({"Authorization": "Bearer refreshed"})

    with refreshed:
        get_run.sync(client=refreshed, workspace_id=WS, run_id=run_id)

    assert server.requests[0].headers["authorization"] == "Bearer refreshed"


def test_a_missing_run_raises_not_found_with_the_problem(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    with client, pytest.raises(NotFoundError) as raised:
        get_run.sync(client=client, workspace_id=WS, run_id="run-404")

    assert raised.value.status_code == 404
    assert raised.value.problem is not None
    assert raised.value.problem.detail == f"Run run-404 was not found in {WS}."
