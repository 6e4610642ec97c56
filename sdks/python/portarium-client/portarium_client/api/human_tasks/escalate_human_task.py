"""Escalate a human task

Raises the task's escalation level and reassigns it, to the given member or else to the queue's
escalation contact.

POST /v1/workspaces/{workspaceId}/human-tasks/{humanTaskId}/escalate
"""

import httpx

from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.escalate_human_task_request import EscalateHumanTaskRequest
from ...models.human_task import HumanTask
from ...types import UNSET, Response, Unset


def _request(
    *,
    workspace_id: str,
    human_task_id: str,
    idempotency_key: str | Unset = UNSET,
    body: EscalateHumanTaskRequest,
) -> ApiRequest:
    return ApiRequest(
        method="POST",
        path=f"/v1/workspaces/{path_segment(workspace_id)}/human-tasks/{path_segment(human_task_id)}/escalate",
        headers={
            "Idempotency-Key": idempotency_key,
        },
        json=body.to_dict(),
        idempotency_header="Idempotency-Key",
        workspace_id=workspace_id,
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 200


def _parse(response: httpx.Response) -> HumanTask:
    """Read the body of a documented success response."""
    return HumanTask.from_dict(response.json())


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    human_task_id: str,
    idempotency_key: str | Unset = UNSET,
    body: EscalateHumanTaskRequest,
) -> Response[HumanTask]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        human_task_id: The human task's ID.
        idempotency_key: A client-chosen unique key, such as a UUID. A repeated request with the same key and body within
            24 hours returns the first response without acting again; the same key with a different body
            fails with `422`.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        human_task_id=human_task_id,
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
    human_task_id: str,
    idempotency_key: str | Unset = UNSET,
    body: EscalateHumanTaskRequest,
) -> HumanTask:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        human_task_id: The human task's ID.
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
        human_task_id=human_task_id,
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
    human_task_id: str,
    idempotency_key: str | Unset = UNSET,
    body: EscalateHumanTaskRequest,
) -> Response[HumanTask]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        human_task_id: The human task's ID.
        idempotency_key: A client-chosen unique key, such as a UUID. A repeated request with the same key and body within
            24 hours returns the first response without acting again; the same key with a different body
            fails with `422`.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        human_task_id=human_task_id,
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
    human_task_id: str,
    idempotency_key: str | Unset = UNSET,
    body: EscalateHumanTaskRequest,
) -> HumanTask:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        human_task_id: The human task's ID.
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
        human_task_id=human_task_id,
        idempotency_key=idempotency_key,
        body=body,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)
