"""Remove a user from a workspace

Removes the user from the workspace and returns the membership as it was. Requires the `admin`
role. Fails with `409` when the user is the last admin.

DELETE /v1/workspaces/{workspaceId}/users/{userId}
"""

import httpx

from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.workspace_user import WorkspaceUser
from ...types import Response


def _request(*, workspace_id: str, user_id: str) -> ApiRequest:
    return ApiRequest(
        method="DELETE",
        path=f"/v1/workspaces/{path_segment(workspace_id)}/users/{path_segment(user_id)}",
        workspace_id=workspace_id,
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 200


def _parse(response: httpx.Response) -> WorkspaceUser:
    """Read the body of a documented success response."""
    return WorkspaceUser.from_dict(response.json())


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    user_id: str,
) -> Response[WorkspaceUser]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        user_id: The user's ID.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        user_id=user_id,
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
    user_id: str,
) -> WorkspaceUser:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        user_id: The user's ID.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        user_id=user_id,
    )
    response = send(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    user_id: str,
) -> Response[WorkspaceUser]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        workspace_id: The workspace's ID.
        user_id: The user's ID.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        user_id=user_id,
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
    user_id: str,
) -> WorkspaceUser:
    """Call the operation and return its decoded result.

    Args:
        workspace_id: The workspace's ID.
        user_id: The user's ID.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        user_id=user_id,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)
