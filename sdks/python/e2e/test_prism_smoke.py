"""Smoke tests of the Prism harness: Prism serves the contract's examples and enforces it."""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

RUNS = "/v1/workspaces/ws-acme/runs"
PROBLEM_JSON = "application/problem+json"


@pytest.fixture
def client(prism_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=prism_url, headers={"Authorization": "Bearer test-token"}) as client:
        yield client


def test_valid_request_gets_the_example_response(
    client: httpx.Client, contract: dict[str, Any]
) -> None:
    response = client.post(RUNS, json={"workflowId": "wf-1"}, headers={"Idempotency-Key": "key-1"})

    assert response.status_code == 202
    assert "sl-violations" not in response.headers
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == contract["components"]["schemas"]["Run"]["example"]


def test_request_body_that_breaks_the_contract_gets_422(client: httpx.Client) -> None:
    response = client.post(RUNS, json={"objective": "no workflow given"})

    assert response.status_code == 422
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    assert "workflowId" in response.headers["sl-violations"]


def test_query_parameter_out_of_range_gets_400(client: httpx.Client) -> None:
    response = client.get(RUNS, params={"limit": 500})

    assert response.status_code == 400
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    assert "limit" in response.headers["sl-violations"]


def test_request_without_authorization_gets_401(prism_url: str) -> None:
    response = httpx.get(f"{prism_url}{RUNS}")

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    assert response.json()["status"] == 401


@pytest.mark.parametrize("status", [403, 404, 429])
def test_prefer_code_returns_that_problem(client: httpx.Client, status: int) -> None:
    response = client.get(f"{RUNS}/run-1001", headers={"Prefer": f"code={status}"})

    assert response.status_code == status
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    assert response.json()["status"] == status


def test_too_many_requests_carries_retry_after(client: httpx.Client) -> None:
    response = client.get(RUNS, headers={"Prefer": "code=429"})

    assert response.status_code == 429
    assert response.headers["retry-after"] == "30"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/workspaces/{workspaceId}/location-events/stream",
        "/v1/workspaces/{workspaceId}/machines/{machineId}/invocations/{invocationId}/events",
    ],
)
def test_stream_sends_its_example_as_one_event(
    client: httpx.Client, contract: dict[str, Any], path: str
) -> None:
    url = path.format(workspaceId="ws-acme", machineId="mach-01", invocationId="inv-7d2f")
    media = contract["paths"][path]["get"]["responses"]["200"]["content"]

    response = client.get(url, headers={"Accept": "text/event-stream"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    field, data = response.text.split(": ", 1)
    assert field == "data"
    assert data.endswith("\n\n")
    assert json.loads(data) == media["text/event-stream"]["example"]
