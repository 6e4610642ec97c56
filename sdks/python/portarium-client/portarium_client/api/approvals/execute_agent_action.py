"""Execute an approved agent action

Executes the agent action of an `Approved` approval, which moves to `Executing` and then to
`Executed`. Fails with `409` unless the approval is `Approved`. With `dryRun`, checks policies
and credentials without acting.

POST /v1/workspaces/{workspaceId}/approvals/{approvalId}/execution
"""

import httpx

from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.agent_action_execution import AgentActionExecution
from ...models.execute_agent_action_request import ExecuteAgentActionRequest
from ...types import UNSET, Response, Unset


def _request(
    *,
    workspace_id: str,
    approval_id: str,
    idempotency_key: str | Unset = UNSET,
    body: ExecuteAgentActionRequest,
) -> ApiRequest:
    return ApiRequest(
        method="POST",
        path=f"/v1/workspaces/{path_segment(workspace_id)}/approvals/{path_segment(approval_id)}/execution",
        headers={
            "Idempotency-Key": idempotency_key,
        },
        json=body.to_dict(),
        idempotency_header="Idempotency-Key",
        workspace_id=workspace_id,
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 202


def _parse(response: httpx.Response) -> AgentActionExecution:
    """Read the body of a documented success response."""
    return AgentActionExecution.from_dict(response.json())


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    approval_id: str,
    idempotency_key: str | Unset = UNSET,
    body: ExecuteAgentActionRequest,
) -> Response[AgentActionExecution]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        approval_id: The approval's ID.
        idempotency_key: A client-chosen unique key, such as a UUID. A repeated request with the same key and body within
            24 hours returns the first response without acting again; the same key with a different body
            fails with `422`.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        approval_id=approval_id,
        idempotency_key=idempotency_key,
        body=body,
    )
    response = send(client, request)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse(response) if _is_success(response) else None,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    approval_id: str,
    idempotency_key: str | Unset = UNSET,
    body: ExecuteAgentActionRequest,
) -> AgentActionExecution:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        approval_id: The approval's ID.
        idempotency_key: A client-chosen unique key, such as a UUID. A repeated request with the same key and body within
            24 hours returns the first response without acting again; the same key with a different body
            fails with `422`.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        approval_id=approval_id,
        idempotency_key=idempotency_key,
        body=body,
    )
    response = send(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    approval_id: str,
    idempotency_key: str | Unset = UNSET,
    body: ExecuteAgentActionRequest,
) -> Response[AgentActionExecution]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        approval_id: The approval's ID.
        idempotency_key: A client-chosen unique key, such as a UUID. A repeated request with the same key and body within
            24 hours returns the first response without acting again; the same key with a different body
            fails with `422`.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        approval_id=approval_id,
        idempotency_key=idempotency_key,
        body=body,
    )
    response = await asend(client, request)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse(response) if _is_success(response) else None,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    approval_id: str,
    idempotency_key: str | Unset = UNSET,
    body: ExecuteAgentActionRequest,
) -> AgentActionExecution:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        approval_id: The approval's ID.
        idempotency_key: A client-chosen unique key, such as a UUID. A repeated request with the same key and body within
            24 hours returns the first response without acting again; the same key with a different body
            fails with `422`.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        approval_id=approval_id,
        idempotency_key=idempotency_key,
        body=body,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)
