"""Get a workflow

Returns the current version of one workflow definition.

GET /v1/workspaces/{workspaceId}/workflows/{workflowId}
"""

import httpx

from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.workflow import Workflow
from ...types import Response


def _request(*, workspace_id: str, workflow_id: str) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path=f"/v1/workspaces/{path_segment(workspace_id)}/workflows/{path_segment(workflow_id)}",
        workspace_id=workspace_id,
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 200


def _parse(response: httpx.Response) -> Workflow:
    """Read the body of a documented success response."""
    return Workflow.from_dict(response.json())


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    workflow_id: str,
) -> Response[Workflow]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        workflow_id: The workflow's ID.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        workflow_id=workflow_id,
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
    workflow_id: str,
) -> Workflow:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        workflow_id: The workflow's ID.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        workflow_id=workflow_id,
    )
    response = send(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    workflow_id: str,
) -> Response[Workflow]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        workflow_id: The workflow's ID.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        workflow_id=workflow_id,
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
    workflow_id: str,
) -> Workflow:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        workflow_id: The workflow's ID.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        workflow_id=workflow_id,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)
