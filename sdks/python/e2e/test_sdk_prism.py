"""The committed SDK against Prism: every operation, sync and async, auth, enums and errors.

Prism validates every request against the contract (`--errors`), so a call that passes here
sent a request the contract accepts, and answers with the contract's examples, which the
SDK must decode into the documented models.
"""

import asyncio
import datetime
import inspect
import re
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import pytest
from portarium_client import (
    ApiError,
    AuthenticatedClient,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    UnprocessableEntityError,
)
from portarium_client.api.approvals import decide_approval, get_approval, list_approvals
from portarium_client.api.credential_grants import list_credential_grants
from portarium_client.api.derived_artifacts import list_derived_artifacts
from portarium_client.api.evidence import get_evidence_entry, list_evidence_entries
from portarium_client.api.human_tasks import list_human_tasks
from portarium_client.api.location import list_location_events
from portarium_client.api.machines import list_machine_invocations, list_machines
from portarium_client.api.plans import list_plans
from portarium_client.api.policies import update_policy
from portarium_client.api.runs import cancel_run, get_run, list_runs, start_run
from portarium_client.api.users import change_workspace_user_role, list_workspace_users
from portarium_client.api.work_items import list_work_items
from portarium_client.api.workflows import update_workflow
from portarium_client.api.workforce import list_workforce_members
from portarium_client.api.workspaces import get_workspace, list_workspaces
from portarium_client.errors import Problem
from portarium_client.models import (
    ApprovalDecision,
    ApprovalStatus,
    CancelRunRequest,
    ChangeWorkspaceUserRoleRequest,
    CredentialGrantStatus,
    DecideApprovalRequest,
    ExecutionTier,
    HumanTaskStatus,
    InvocationEvent,
    InvocationStatus,
    ListEvidenceEntriesActorKind,
    LocationEvent,
    MachineActor,
    MachineStatus,
    RunStatus,
    StartRunRequest,
    UpdatePolicyRequest,
    UpdateWorkflowRequest,
    UserActor,
    WorkforceAvailability,
    WorkItemStatus,
    WorkspaceUserRole,
)
from portarium_client.types import Response
from sdk_calls import CALLS, RUN, STREAMS, WORKFLOW, WS, Call

TOKEN = "e2e-token"
MODES = ["sync", "sync_detailed", "asyncio", "asyncio_detailed"]


@pytest.fixture
def client(prism_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=prism_url, token=TOKEN)


def schema_example(contract: dict[str, Any], name: str) -> dict[str, Any]:
    """The example of a component schema; for a page without one, the page Prism builds."""
    schema = contract["components"]["schemas"][name]
    if "example" in schema:
        example: dict[str, Any] = schema["example"]
        return example
    item = schema["properties"]["items"]["items"]["$ref"].rpartition("/")[2]
    return {"items": [schema_example(contract, item)], "nextCursor": None}


def call_operation(
    client: AuthenticatedClient | Client, function: Callable[..., Any], arguments: Mapping[str, Any]
) -> object:
    """Call a sync or async operation function with `client` and `arguments`."""
    if inspect.iscoroutinefunction(function):
        return asyncio.run(_call_async(client, function, arguments))
    with client:
        result: object = function(client=client, **arguments)
        return result


async def _call_async(
    client: AuthenticatedClient | Client, function: Callable[..., Any], arguments: Mapping[str, Any]
) -> object:
    async with client:
        result: object = await function(client=client, **arguments)
        return result


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def package_and_module(operation: ModuleType) -> tuple[str, str]:
    """`("runs", "get_run")` for `portarium_client.api.runs.get_run`."""
    package, _, module = operation.__name__.rpartition(".")
    return package.rpartition(".")[2], module


def test_the_table_calls_every_operation_of_the_contract_in_its_tag(
    contract: dict[str, Any],
) -> None:
    documented = {
        (snake(operation["tags"][0]), snake(operation["operationId"]))
        for item in contract["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    called = [package_and_module(call.operation) for call in CALLS]
    called += [package_and_module(stream) for stream in STREAMS]

    assert len(called) == len(set(called))
    assert set(called) == documented
    assert len({tag for tag, _ in documented}) == len(contract["tags"])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
def test_operation_returns_its_documented_example(
    client: AuthenticatedClient, contract: dict[str, Any], call: Call, mode: str
) -> None:
    arguments: dict[str, Any] = dict(call.arguments)
    if call.body is not None:
        arguments["body"] = call.body.from_dict(schema_example(contract, call.body.__name__))

    result = call_operation(client, getattr(call.operation, mode), arguments)

    if mode.endswith("_detailed"):
        assert isinstance(result, Response)
        assert 200 <= result.status_code < 300, result.content
        assert "sl-violations" not in result.headers
        result = result.parsed
    assert isinstance(result, call.result)
    assert result == call.result.from_dict(schema_example(contract, call.result.__name__))


@pytest.mark.parametrize("function", [get_workspace.sync, get_workspace.asyncio])
def test_without_a_token_the_call_raises_authentication_error(
    prism_url: str, function: Callable[..., Any]
) -> None:
    with pytest.raises(AuthenticationError) as raised:
        call_operation(Client(base_url=prism_url), function, {"workspace_id": WS})

    assert raised.value.status_code == 401
    assert raised.value.problem is not None
    assert raised.value.problem.status == 401


def test_run_status_and_execution_tier_decode_to_enum_members(
    client: AuthenticatedClient,
) -> None:
    with client:
        run = get_run.sync(client=client, workspace_id=WS, run_id=RUN)

    assert run.status is RunStatus.RUNNING
    assert run.charter.execution_tier is ExecutionTier.ASSISTED


async def _decide(client: AuthenticatedClient, decision: ApprovalDecision) -> ApprovalStatus:
    async with client:
        approval = await decide_approval.asyncio(
            client=client,
            workspace_id=WS,
            approval_id="apr-3001",
            body=DecideApprovalRequest(decision=decision, rationale="Within budget."),
        )
    return approval.status


def test_an_approval_is_decided_with_an_enum_member(client: AuthenticatedClient) -> None:
    with client:
        approval = decide_approval.sync(
            client=client,
            workspace_id=WS,
            approval_id="apr-3001",
            body=DecideApprovalRequest(decision=ApprovalDecision.APPROVED),
        )

    assert approval.status is ApprovalStatus.PENDING
    assert asyncio.run(_decide(client, ApprovalDecision.REQUEST_CHANGES)) is ApprovalStatus.PENDING


def test_a_decision_the_contract_does_not_list_is_sent_as_is_and_rejected(
    client: AuthenticatedClient,
) -> None:
    with pytest.raises(UnprocessableEntityError) as raised:
        asyncio.run(_decide(client, ApprovalDecision("Maybe")))

    assert "decision" in raised.value.response.headers["sl-violations"]


def test_enum_query_parameter_and_enum_body_member_are_accepted(
    client: AuthenticatedClient,
) -> None:
    with client:
        page = list_approvals.sync(client=client, workspace_id=WS, status=ApprovalStatus.PENDING)
        user = change_workspace_user_role.sync(
            client=client,
            workspace_id=WS,
            user_id="usr-ada",
            body=ChangeWorkspaceUserRoleRequest(role=WorkspaceUserRole.APPROVER),
        )

    assert [approval.status for approval in page.items] == [ApprovalStatus.PENDING]
    assert user.role is WorkspaceUserRole.ADMIN


def test_the_evidence_actor_union_decodes_to_the_member_its_kind_names(
    client: AuthenticatedClient,
) -> None:
    with client:
        entry = get_evidence_entry.sync(client=client, workspace_id=WS, evidence_id="ev-8001")
        approval = get_approval.sync(client=client, workspace_id=WS, approval_id="apr-3001")

    assert isinstance(entry.actor, UserActor)
    assert entry.actor.user_id == "usr-ada"
    assert isinstance(approval.requested_by, MachineActor)
    assert approval.requested_by.machine_id == "mach-01"


# Each status with an operation that documents it, and the shared response that describes it.
PROBLEMS: list[tuple[int, type[ApiError], Callable[..., Any], dict[str, Any], str]] = [
    (400, BadRequestError, list_runs.sync, {}, "BadRequest"),
    (401, AuthenticationError, get_run.asyncio, {"run_id": RUN}, "Unauthorized"),
    (403, PermissionDeniedError, get_run.sync, {"run_id": RUN}, "Forbidden"),
    (404, NotFoundError, get_run.asyncio, {"run_id": RUN}, "NotFound"),
    (
        409,
        ConflictError,
        cancel_run.sync,
        {"run_id": RUN, "body": CancelRunRequest(reason="No longer needed.")},
        "Conflict",
    ),
    (
        412,
        PreconditionFailedError,
        update_workflow.asyncio,
        {"workflow_id": WORKFLOW, "if_match": '"3"', "body": UpdateWorkflowRequest(name="Close")},
        "PreconditionFailed",
    ),
    (
        422,
        UnprocessableEntityError,
        start_run.sync,
        {"body": StartRunRequest(workflow_id=WORKFLOW)},
        "UnprocessableEntity",
    ),
    (429, RateLimitError, list_runs.asyncio, {}, "TooManyRequests"),
    (500, InternalServerError, get_run.sync, {"run_id": RUN}, "Problem"),
]


@pytest.mark.parametrize(
    ("status", "error", "function", "arguments", "response"),
    PROBLEMS,
    ids=[str(status) for status, *_ in PROBLEMS],
)
def test_problem_response_raises_the_error_class_of_its_status(
    client: AuthenticatedClient,
    contract: dict[str, Any],
    status: int,
    error: type[ApiError],
    function: Callable[..., Any],
    arguments: dict[str, Any],
    response: str,
) -> None:
    example = contract["components"]["responses"][response]["content"]["application/problem+json"][
        "example"
    ]
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)

    preferring = client.with_headers({"Prefer": f"code={status}"})
    preferring.sleep = waits.append
    preferring.async_sleep = record_wait

    with pytest.raises(ApiError) as raised:
        call_operation(preferring, function, {"workspace_id": WS, **arguments})

    assert type(raised.value) is error
    assert raised.value.status_code == status
    assert raised.value.problem == Problem.from_dict(example)
    retried = status == 429 or status >= 500
    assert len(waits) == (preferring.max_retries if retried else 0)


def test_too_many_requests_is_retried_after_retry_after(client: AuthenticatedClient) -> None:
    waits: list[float] = []
    preferring = client.with_headers({"Prefer": "code=429"})
    preferring.sleep = waits.append

    with pytest.raises(RateLimitError) as raised:
        call_operation(preferring, list_runs.sync, {"workspace_id": WS})

    assert raised.value.retry_after == 30
    assert waits == [30.0] * preferring.max_retries


@pytest.mark.parametrize(
    ("operation", "arguments", "event_type"),
    [
        (
            STREAMS[0],
            {"workspace_id": WS, "machine_id": "mach-01", "invocation_id": "inv-7d2f"},
            InvocationEvent,
        ),
        (STREAMS[1], {"workspace_id": WS}, LocationEvent),
    ],
    ids=["invocation-events", "location-events"],
)
def test_event_stream_yields_its_example_as_a_typed_event(
    client: AuthenticatedClient,
    contract: dict[str, Any],
    operation: ModuleType,
    arguments: dict[str, str],
    event_type: type[InvocationEvent] | type[LocationEvent],
) -> None:
    example = contract["components"]["schemas"][event_type.__name__]["example"]

    with client, operation.sync(client=client, **arguments) as events:
        received = list(events)

    async def receive() -> list[object]:
        async with client, await operation.asyncio(client=client, **arguments) as stream:
            return [event async for event in stream]

    assert received == [event_type.from_dict(example)]
    assert asyncio.run(receive()) == received


SINCE = datetime.datetime(2026, 3, 1, 8, 30, tzinfo=datetime.UTC)

# Operations with every optional parameter given, so Prism checks how the SDK encodes them.
OPTIONAL_ARGUMENTS: list[tuple[Callable[..., Any], dict[str, Any]]] = [
    (list_workspaces.sync_detailed, {"limit": 200, "cursor": "c-2"}),
    (list_workspace_users.sync_detailed, {"role": WorkspaceUserRole.AUDITOR, "limit": 1}),
    (
        list_work_items.asyncio_detailed,
        {"status": WorkItemStatus.IN_PROGRESS, "assignee_id": "usr-ada"},
    ),
    (list_workforce_members.sync_detailed, {"availability": WorkforceAvailability.AVAILABLE}),
    (list_human_tasks.asyncio_detailed, {"status": HumanTaskStatus.OPEN, "assignee_id": "u"}),
    (list_plans.sync_detailed, {"run_id": RUN}),
    (
        list_evidence_entries.asyncio_detailed,
        {"actor_kind": ListEvidenceEntriesActorKind.MACHINE, "occurred_after": SINCE},
    ),
    (list_runs.sync_detailed, {"status": RunStatus.WAITING_FOR_APPROVAL, "workflow_id": WORKFLOW}),
    (list_credential_grants.asyncio_detailed, {"status": CredentialGrantStatus.REVOKED}),
    (list_machines.sync_detailed, {"status": MachineStatus.ONLINE}),
    (
        list_machine_invocations.asyncio_detailed,
        {"machine_id": "mach-01", "status": InvocationStatus.SUCCEEDED},
    ),
    (list_location_events.sync_detailed, {"subject_id": "mach-01", "recorded_after": SINCE}),
    (list_derived_artifacts.asyncio_detailed, {"run_id": RUN}),
    (
        update_policy.sync_detailed,
        {"policy_id": "pol-spend", "if_match": '"7"', "body": UpdatePolicyRequest(name="Spend")},
    ),
    (
        start_run.asyncio_detailed,
        {"idempotency_key": "e2e-key-1", "body": StartRunRequest(workflow_id=WORKFLOW)},
    ),
]


@pytest.mark.parametrize(
    ("function", "arguments"),
    OPTIONAL_ARGUMENTS,
    ids=[function.__module__.rpartition(".")[2] for function, _ in OPTIONAL_ARGUMENTS],
)
def test_optional_parameters_are_sent_as_the_contract_says(
    client: AuthenticatedClient, function: Callable[..., Any], arguments: dict[str, Any]
) -> None:
    arguments = {"workspace_id": WS, **arguments}
    if function is list_workspaces.sync_detailed:
        del arguments["workspace_id"]

    response = call_operation(client, function, arguments)

    assert isinstance(response, Response)
    assert 200 <= response.status_code < 300, response.content
    assert "sl-violations" not in response.headers
