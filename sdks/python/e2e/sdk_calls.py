"""Every operation of the SDK with arguments the contract accepts, as a table.

A `Call` names an operation's module, the model its documented success decodes to, and
its required arguments. A request body is the contract's example of the body's schema, read
into the body's model, so the SDK encodes it again on the way out. The two event streams
are not in the table: they answer with events, not a model (see `STREAMS`).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol, Self

from portarium_client.api.adapter_registrations import (
    create_adapter_registration,
    delete_adapter_registration,
    get_adapter_registration,
    list_adapter_registrations,
)
from portarium_client.api.agents import get_agent, list_agents, register_agent
from portarium_client.api.approvals import (
    create_approval,
    decide_approval,
    execute_agent_action,
    get_approval,
    list_approvals,
)
from portarium_client.api.credential_grants import (
    create_credential_grant,
    delete_credential_grant,
    get_credential_grant,
    list_credential_grants,
    revoke_credential_grant,
    rotate_credential_grant,
    update_credential_grant,
)
from portarium_client.api.derived_artifacts import get_derived_artifact, list_derived_artifacts
from portarium_client.api.evidence import (
    create_legal_hold,
    create_retention_schedule,
    dispose_evidence,
    get_evidence_entry,
    list_evidence_entries,
    list_legal_holds,
    list_retention_schedules,
    release_legal_hold,
)
from portarium_client.api.graph import query_graph
from portarium_client.api.human_tasks import (
    assign_human_task,
    complete_human_task,
    escalate_human_task,
    get_human_task,
    list_human_tasks,
)
from portarium_client.api.location import list_location_events, stream_location_events
from portarium_client.api.machines import (
    get_machine,
    get_machine_invocation,
    invoke_machine,
    list_machine_invocations,
    list_machines,
    register_machine,
    stream_machine_invocation_events,
    test_machine_connection,
)
from portarium_client.api.map_layers import get_map_layer, list_map_layers
from portarium_client.api.plans import create_plan, get_plan, list_plans
from portarium_client.api.policies import create_policy, get_policy, list_policies, update_policy
from portarium_client.api.retrieval import search_retrieval
from portarium_client.api.runs import (
    cancel_run,
    create_run_intervention,
    get_run,
    list_run_evidence,
    list_run_interventions,
    list_runs,
    start_run,
)
from portarium_client.api.users import (
    add_workspace_user,
    change_workspace_user_role,
    get_workspace_user,
    list_workspace_users,
    remove_workspace_user,
)
from portarium_client.api.work_items import (
    assign_work_item,
    create_work_item,
    delete_work_item,
    get_work_item,
    list_work_items,
    update_work_item,
)
from portarium_client.api.workflows import (
    create_workflow,
    delete_workflow,
    get_workflow,
    list_workflows,
    update_workflow,
)
from portarium_client.api.workforce import (
    create_workforce_queue,
    get_workforce_member,
    get_workforce_queue,
    list_workforce_members,
    list_workforce_queues,
    set_workforce_member_availability,
)
from portarium_client.api.workspaces import get_workspace, list_workspaces
from portarium_client.models import (
    AdapterRegistration,
    AdapterRegistrationList,
    AddWorkspaceUserRequest,
    Agent,
    AgentActionExecution,
    AgentList,
    Approval,
    ApprovalList,
    AssignHumanTaskRequest,
    AssignWorkItemRequest,
    CancelRunRequest,
    ChangeWorkspaceUserRoleRequest,
    CompleteHumanTaskRequest,
    ConnectionTestResult,
    CreateAdapterRegistrationRequest,
    CreateApprovalRequest,
    CreateCredentialGrantRequest,
    CreateLegalHoldRequest,
    CreatePlanRequest,
    CreatePolicyRequest,
    CreateRetentionScheduleRequest,
    CreateRunInterventionRequest,
    CreateWorkflowRequest,
    CreateWorkforceQueueRequest,
    CreateWorkItemRequest,
    CredentialGrant,
    CredentialGrantList,
    DecideApprovalRequest,
    DerivedArtifact,
    DerivedArtifactList,
    DisposeEvidenceRequest,
    EscalateHumanTaskRequest,
    EvidenceDisposition,
    EvidenceEntry,
    EvidenceEntryList,
    ExecuteAgentActionRequest,
    GraphQueryRequest,
    GraphQueryResult,
    HumanTask,
    HumanTaskList,
    InvokeMachineRequest,
    LegalHold,
    LegalHoldList,
    LocationEventList,
    Machine,
    MachineInvocation,
    MachineInvocationList,
    MachineList,
    MapLayer,
    MapLayerList,
    Plan,
    PlanList,
    Policy,
    PolicyList,
    RegisterAgentRequest,
    RegisterMachineRequest,
    ReleaseLegalHoldRequest,
    RetentionSchedule,
    RetentionScheduleList,
    RetrievalSearchRequest,
    RetrievalSearchResult,
    RevokeCredentialGrantRequest,
    Run,
    RunIntervention,
    RunInterventionList,
    RunList,
    SetWorkforceAvailabilityRequest,
    StartRunRequest,
    UpdateCredentialGrantRequest,
    UpdatePolicyRequest,
    UpdateWorkflowRequest,
    UpdateWorkItemRequest,
    Workflow,
    WorkflowList,
    WorkforceMember,
    WorkforceMemberList,
    WorkforceQueue,
    WorkforceQueueList,
    WorkItem,
    WorkItemList,
    Workspace,
    WorkspaceList,
    WorkspaceUser,
    WorkspaceUserList,
)


class Model(Protocol):
    """What every generated model has."""

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Call:
    """One operation, the model of its documented success, and its required arguments."""

    operation: ModuleType
    result: type[Model]
    arguments: Mapping[str, str]
    body: type[Model] | None = None

    @property
    def name(self) -> str:
        """The operation's module name, the snake case of its operationId."""
        return self.operation.__name__.rpartition(".")[2]


WS = "ws-acme"
USER = "usr-ada"
WORK_ITEM = "wi-42"
MEMBER = "wfm-101"
QUEUE = "q-finance"
HUMAN_TASK = "ht-2001"
PLAN = "plan-501"
EVIDENCE = "ev-8001"
LEGAL_HOLD = "lh-6001"
APPROVAL = "apr-3001"
WORKFLOW = "wf-1"
RUN = "run-1001"
GRANT = "cg-4001"
POLICY = "pol-spend"
ADAPTER = "adr-sap-01"
MACHINE = "mach-01"
INVOCATION = "inv-7d2f"
AGENT = "agt-planner"
MAP_LAYER = "ml-sites"
ARTIFACT = "art-9001"

CALLS = [
    # Workspaces
    Call(list_workspaces, WorkspaceList, {}),
    Call(get_workspace, Workspace, {"workspace_id": WS}),
    # Users
    Call(list_workspace_users, WorkspaceUserList, {"workspace_id": WS}),
    Call(add_workspace_user, WorkspaceUser, {"workspace_id": WS}, body=AddWorkspaceUserRequest),
    Call(get_workspace_user, WorkspaceUser, {"workspace_id": WS, "user_id": USER}),
    Call(remove_workspace_user, WorkspaceUser, {"workspace_id": WS, "user_id": USER}),
    Call(
        change_workspace_user_role,
        WorkspaceUser,
        {"workspace_id": WS, "user_id": USER},
        body=ChangeWorkspaceUserRoleRequest,
    ),
    # WorkItems
    Call(list_work_items, WorkItemList, {"workspace_id": WS}),
    Call(create_work_item, WorkItem, {"workspace_id": WS}, body=CreateWorkItemRequest),
    Call(get_work_item, WorkItem, {"workspace_id": WS, "work_item_id": WORK_ITEM}),
    Call(
        update_work_item,
        WorkItem,
        {"workspace_id": WS, "work_item_id": WORK_ITEM},
        body=UpdateWorkItemRequest,
    ),
    Call(delete_work_item, WorkItem, {"workspace_id": WS, "work_item_id": WORK_ITEM}),
    Call(
        assign_work_item,
        WorkItem,
        {"workspace_id": WS, "work_item_id": WORK_ITEM},
        body=AssignWorkItemRequest,
    ),
    # Workforce
    Call(list_workforce_members, WorkforceMemberList, {"workspace_id": WS}),
    Call(get_workforce_member, WorkforceMember, {"workspace_id": WS, "member_id": MEMBER}),
    Call(
        set_workforce_member_availability,
        WorkforceMember,
        {"workspace_id": WS, "member_id": MEMBER},
        body=SetWorkforceAvailabilityRequest,
    ),
    Call(list_workforce_queues, WorkforceQueueList, {"workspace_id": WS}),
    Call(
        create_workforce_queue,
        WorkforceQueue,
        {"workspace_id": WS},
        body=CreateWorkforceQueueRequest,
    ),
    Call(get_workforce_queue, WorkforceQueue, {"workspace_id": WS, "queue_id": QUEUE}),
    # HumanTasks
    Call(list_human_tasks, HumanTaskList, {"workspace_id": WS}),
    Call(get_human_task, HumanTask, {"workspace_id": WS, "human_task_id": HUMAN_TASK}),
    Call(
        assign_human_task,
        HumanTask,
        {"workspace_id": WS, "human_task_id": HUMAN_TASK},
        body=AssignHumanTaskRequest,
    ),
    Call(
        complete_human_task,
        HumanTask,
        {"workspace_id": WS, "human_task_id": HUMAN_TASK},
        body=CompleteHumanTaskRequest,
    ),
    Call(
        escalate_human_task,
        HumanTask,
        {"workspace_id": WS, "human_task_id": HUMAN_TASK},
        body=EscalateHumanTaskRequest,
    ),
    # Plans
    Call(list_plans, PlanList, {"workspace_id": WS}),
    Call(create_plan, Plan, {"workspace_id": WS}, body=CreatePlanRequest),
    Call(get_plan, Plan, {"workspace_id": WS, "plan_id": PLAN}),
    # Evidence
    Call(list_evidence_entries, EvidenceEntryList, {"workspace_id": WS}),
    Call(get_evidence_entry, EvidenceEntry, {"workspace_id": WS, "evidence_id": EVIDENCE}),
    Call(list_retention_schedules, RetentionScheduleList, {"workspace_id": WS}),
    Call(
        create_retention_schedule,
        RetentionSchedule,
        {"workspace_id": WS},
        body=CreateRetentionScheduleRequest,
    ),
    Call(
        dispose_evidence,
        EvidenceDisposition,
        {"workspace_id": WS},
        body=DisposeEvidenceRequest,
    ),
    Call(list_legal_holds, LegalHoldList, {"workspace_id": WS}),
    Call(create_legal_hold, LegalHold, {"workspace_id": WS}, body=CreateLegalHoldRequest),
    Call(
        release_legal_hold,
        LegalHold,
        {"workspace_id": WS, "legal_hold_id": LEGAL_HOLD},
        body=ReleaseLegalHoldRequest,
    ),
    # Approvals
    Call(list_approvals, ApprovalList, {"workspace_id": WS}),
    Call(create_approval, Approval, {"workspace_id": WS}, body=CreateApprovalRequest),
    Call(get_approval, Approval, {"workspace_id": WS, "approval_id": APPROVAL}),
    Call(
        decide_approval,
        Approval,
        {"workspace_id": WS, "approval_id": APPROVAL},
        body=DecideApprovalRequest,
    ),
    Call(
        execute_agent_action,
        AgentActionExecution,
        {"workspace_id": WS, "approval_id": APPROVAL},
        body=ExecuteAgentActionRequest,
    ),
    # Workflows
    Call(list_workflows, WorkflowList, {"workspace_id": WS}),
    Call(create_workflow, Workflow, {"workspace_id": WS}, body=CreateWorkflowRequest),
    Call(get_workflow, Workflow, {"workspace_id": WS, "workflow_id": WORKFLOW}),
    Call(
        update_workflow,
        Workflow,
        {"workspace_id": WS, "workflow_id": WORKFLOW},
        body=UpdateWorkflowRequest,
    ),
    Call(delete_workflow, Workflow, {"workspace_id": WS, "workflow_id": WORKFLOW}),
    # Runs
    Call(list_runs, RunList, {"workspace_id": WS}),
    Call(start_run, Run, {"workspace_id": WS}, body=StartRunRequest),
    Call(get_run, Run, {"workspace_id": WS, "run_id": RUN}),
    Call(cancel_run, Run, {"workspace_id": WS, "run_id": RUN}, body=CancelRunRequest),
    Call(list_run_interventions, RunInterventionList, {"workspace_id": WS, "run_id": RUN}),
    Call(
        create_run_intervention,
        RunIntervention,
        {"workspace_id": WS, "run_id": RUN},
        body=CreateRunInterventionRequest,
    ),
    Call(list_run_evidence, EvidenceEntryList, {"workspace_id": WS, "run_id": RUN}),
    # CredentialGrants
    Call(list_credential_grants, CredentialGrantList, {"workspace_id": WS}),
    Call(
        create_credential_grant,
        CredentialGrant,
        {"workspace_id": WS},
        body=CreateCredentialGrantRequest,
    ),
    Call(
        get_credential_grant,
        CredentialGrant,
        {"workspace_id": WS, "credential_grant_id": GRANT},
    ),
    Call(
        update_credential_grant,
        CredentialGrant,
        {"workspace_id": WS, "credential_grant_id": GRANT},
        body=UpdateCredentialGrantRequest,
    ),
    Call(
        delete_credential_grant,
        CredentialGrant,
        {"workspace_id": WS, "credential_grant_id": GRANT},
    ),
    Call(
        rotate_credential_grant,
        CredentialGrant,
        {"workspace_id": WS, "credential_grant_id": GRANT},
    ),
    Call(
        revoke_credential_grant,
        CredentialGrant,
        {"workspace_id": WS, "credential_grant_id": GRANT},
        body=RevokeCredentialGrantRequest,
    ),
    # Policies
    Call(list_policies, PolicyList, {"workspace_id": WS}),
    Call(create_policy, Policy, {"workspace_id": WS}, body=CreatePolicyRequest),
    Call(get_policy, Policy, {"workspace_id": WS, "policy_id": POLICY}),
    Call(
        update_policy,
        Policy,
        {"workspace_id": WS, "policy_id": POLICY},
        body=UpdatePolicyRequest,
    ),
    # AdapterRegistrations
    Call(
        list_adapter_registrations,
        AdapterRegistrationList,
        {"workspace_id": WS},
    ),
    Call(
        create_adapter_registration,
        AdapterRegistration,
        {"workspace_id": WS},
        body=CreateAdapterRegistrationRequest,
    ),
    Call(
        get_adapter_registration,
        AdapterRegistration,
        {"workspace_id": WS, "adapter_registration_id": ADAPTER},
    ),
    Call(
        delete_adapter_registration,
        AdapterRegistration,
        {"workspace_id": WS, "adapter_registration_id": ADAPTER},
    ),
    # Machines
    Call(list_machines, MachineList, {"workspace_id": WS}),
    Call(register_machine, Machine, {"workspace_id": WS}, body=RegisterMachineRequest),
    Call(get_machine, Machine, {"workspace_id": WS, "machine_id": MACHINE}),
    Call(
        test_machine_connection,
        ConnectionTestResult,
        {"workspace_id": WS, "machine_id": MACHINE},
    ),
    Call(
        list_machine_invocations,
        MachineInvocationList,
        {"workspace_id": WS, "machine_id": MACHINE},
    ),
    Call(
        invoke_machine,
        MachineInvocation,
        {"workspace_id": WS, "machine_id": MACHINE},
        body=InvokeMachineRequest,
    ),
    Call(
        get_machine_invocation,
        MachineInvocation,
        {"workspace_id": WS, "machine_id": MACHINE, "invocation_id": INVOCATION},
    ),
    # Agents
    Call(list_agents, AgentList, {"workspace_id": WS}),
    Call(register_agent, Agent, {"workspace_id": WS}, body=RegisterAgentRequest),
    Call(get_agent, Agent, {"workspace_id": WS, "agent_id": AGENT}),
    # Location
    Call(list_location_events, LocationEventList, {"workspace_id": WS}),
    # MapLayers
    Call(list_map_layers, MapLayerList, {"workspace_id": WS}),
    Call(get_map_layer, MapLayer, {"workspace_id": WS, "map_layer_id": MAP_LAYER}),
    # Retrieval
    Call(
        search_retrieval,
        RetrievalSearchResult,
        {"workspace_id": WS},
        body=RetrievalSearchRequest,
    ),
    # Graph
    Call(query_graph, GraphQueryResult, {"workspace_id": WS}, body=GraphQueryRequest),
    # DerivedArtifacts
    Call(list_derived_artifacts, DerivedArtifactList, {"workspace_id": WS}),
    Call(
        get_derived_artifact,
        DerivedArtifact,
        {"workspace_id": WS, "artifact_id": ARTIFACT},
    ),
]

STREAMS = [
    stream_machine_invocation_events,
    stream_location_events,
]
