"""The data models of the API."""

from .adapter_actor import AdapterActor
from .adapter_registration import AdapterRegistration
from .adapter_registration_list import AdapterRegistrationList
from .add_workspace_user_request import AddWorkspaceUserRequest
from .agent import Agent
from .agent_action_execution import AgentActionExecution
from .agent_action_execution_status import AgentActionExecutionStatus
from .agent_list import AgentList
from .approval import Approval
from .approval_decision import ApprovalDecision
from .approval_list import ApprovalList
from .approval_status import ApprovalStatus
from .approval_subject import ApprovalSubject
from .approval_subject_kind import ApprovalSubjectKind
from .assign_human_task_request import AssignHumanTaskRequest
from .assign_work_item_request import AssignWorkItemRequest
from .cancel_run_request import CancelRunRequest
from .change_workspace_user_role_request import ChangeWorkspaceUserRoleRequest
from .complete_human_task_request import CompleteHumanTaskRequest
from .complete_human_task_request_outcome import CompleteHumanTaskRequestOutcome
from .connection_test_result import ConnectionTestResult
from .create_adapter_registration_request import CreateAdapterRegistrationRequest
from .create_approval_request import CreateApprovalRequest
from .create_credential_grant_request import CreateCredentialGrantRequest
from .create_legal_hold_request import CreateLegalHoldRequest
from .create_plan_request import CreatePlanRequest
from .create_policy_request import CreatePolicyRequest
from .create_retention_schedule_request import CreateRetentionScheduleRequest
from .create_run_intervention_request import CreateRunInterventionRequest
from .create_work_item_request import CreateWorkItemRequest
from .create_workflow_request import CreateWorkflowRequest
from .create_workforce_queue_request import CreateWorkforceQueueRequest
from .credential_grant import CredentialGrant
from .credential_grant_list import CredentialGrantList
from .credential_grant_status import CredentialGrantStatus
from .decide_approval_request import DecideApprovalRequest
from .derived_artifact import DerivedArtifact
from .derived_artifact_kind import DerivedArtifactKind
from .derived_artifact_list import DerivedArtifactList
from .dispose_evidence_request import DisposeEvidenceRequest
from .disposition_action import DispositionAction
from .escalate_human_task_request import EscalateHumanTaskRequest
from .evidence_actor import (
    EvidenceActor,
    UnknownEvidenceActor,
    parse_evidence_actor,
    serialize_evidence_actor,
)
from .evidence_disposition import EvidenceDisposition
from .evidence_disposition_status import EvidenceDispositionStatus
from .evidence_entry import EvidenceEntry
from .evidence_entry_list import EvidenceEntryList
from .evidence_filter import EvidenceFilter
from .execute_agent_action_request import ExecuteAgentActionRequest
from .execution_tier import ExecutionTier
from .geo_point import GeoPoint
from .graph_edge import GraphEdge
from .graph_node import GraphNode
from .graph_query_request import GraphQueryRequest
from .graph_query_result import GraphQueryResult
from .human_task import HumanTask
from .human_task_form_fields_item import HumanTaskFormFieldsItem
from .human_task_list import HumanTaskList
from .human_task_status import HumanTaskStatus
from .intervention_kind import InterventionKind
from .invocation_event import InvocationEvent
from .invocation_event_type import InvocationEventType
from .invocation_status import InvocationStatus
from .invoke_machine_request import InvokeMachineRequest
from .labels import Labels
from .legal_hold import LegalHold
from .legal_hold_list import LegalHoldList
from .legal_hold_status import LegalHoldStatus
from .list_evidence_entries_actor_kind import ListEvidenceEntriesActorKind
from .location_event import LocationEvent
from .location_event_list import LocationEventList
from .location_event_subject_kind import LocationEventSubjectKind
from .machine import Machine
from .machine_actor import MachineActor
from .machine_invocation import MachineInvocation
from .machine_invocation_list import MachineInvocationList
from .machine_list import MachineList
from .machine_platform import MachinePlatform
from .machine_status import MachineStatus
from .map_layer import MapLayer
from .map_layer_bounds import MapLayerBounds
from .map_layer_kind import MapLayerKind
from .map_layer_list import MapLayerList
from .plan import Plan
from .plan_list import PlanList
from .plan_status import PlanStatus
from .plan_step import PlanStep
from .policy import Policy
from .policy_list import PolicyList
from .policy_rule import PolicyRule
from .policy_rule_effect import PolicyRuleEffect
from .problem_details import ProblemDetails
from .proposed_action import ProposedAction
from .register_agent_request import RegisterAgentRequest
from .register_machine_request import RegisterMachineRequest
from .release_legal_hold_request import ReleaseLegalHoldRequest
from .retention_schedule import RetentionSchedule
from .retention_schedule_list import RetentionScheduleList
from .retrieval_hit import RetrievalHit
from .retrieval_search_request import RetrievalSearchRequest
from .retrieval_search_result import RetrievalSearchResult
from .revoke_credential_grant_request import RevokeCredentialGrantRequest
from .run import Run
from .run_charter import RunCharter
from .run_charter_budget import RunCharterBudget
from .run_intervention import RunIntervention
from .run_intervention_list import RunInterventionList
from .run_list import RunList
from .run_status import RunStatus
from .set_workforce_availability_request import SetWorkforceAvailabilityRequest
from .start_run_request import StartRunRequest
from .system_actor import SystemActor
from .update_credential_grant_request import UpdateCredentialGrantRequest
from .update_policy_request import UpdatePolicyRequest
from .update_work_item_request import UpdateWorkItemRequest
from .update_workflow_request import UpdateWorkflowRequest
from .user_actor import UserActor
from .work_item import WorkItem
from .work_item_list import WorkItemList
from .work_item_priority import WorkItemPriority
from .work_item_status import WorkItemStatus
from .workflow import Workflow
from .workflow_list import WorkflowList
from .workflow_step import WorkflowStep
from .workforce_availability import WorkforceAvailability
from .workforce_member import WorkforceMember
from .workforce_member_list import WorkforceMemberList
from .workforce_queue import WorkforceQueue
from .workforce_queue_list import WorkforceQueueList
from .workspace import Workspace
from .workspace_list import WorkspaceList
from .workspace_region import WorkspaceRegion
from .workspace_user import WorkspaceUser
from .workspace_user_list import WorkspaceUserList
from .workspace_user_role import WorkspaceUserRole

__all__ = [
    "AdapterActor",
    "AdapterRegistration",
    "AdapterRegistrationList",
    "AddWorkspaceUserRequest",
    "Agent",
    "AgentActionExecution",
    "AgentActionExecutionStatus",
    "AgentList",
    "Approval",
    "ApprovalDecision",
    "ApprovalList",
    "ApprovalStatus",
    "ApprovalSubject",
    "ApprovalSubjectKind",
    "AssignHumanTaskRequest",
    "AssignWorkItemRequest",
    "CancelRunRequest",
    "ChangeWorkspaceUserRoleRequest",
    "CompleteHumanTaskRequest",
    "CompleteHumanTaskRequestOutcome",
    "ConnectionTestResult",
    "CreateAdapterRegistrationRequest",
    "CreateApprovalRequest",
    "CreateCredentialGrantRequest",
    "CreateLegalHoldRequest",
    "CreatePlanRequest",
    "CreatePolicyRequest",
    "CreateRetentionScheduleRequest",
    "CreateRunInterventionRequest",
    "CreateWorkItemRequest",
    "CreateWorkflowRequest",
    "CreateWorkforceQueueRequest",
    "CredentialGrant",
    "CredentialGrantList",
    "CredentialGrantStatus",
    "DecideApprovalRequest",
    "DerivedArtifact",
    "DerivedArtifactKind",
    "DerivedArtifactList",
    "DisposeEvidenceRequest",
    "DispositionAction",
    "EscalateHumanTaskRequest",
    "EvidenceActor",
    "EvidenceDisposition",
    "EvidenceDispositionStatus",
    "EvidenceEntry",
    "EvidenceEntryList",
    "EvidenceFilter",
    "ExecuteAgentActionRequest",
    "ExecutionTier",
    "GeoPoint",
    "GraphEdge",
    "GraphNode",
    "GraphQueryRequest",
    "GraphQueryResult",
    "HumanTask",
    "HumanTaskFormFieldsItem",
    "HumanTaskList",
    "HumanTaskStatus",
    "InterventionKind",
    "InvocationEvent",
    "InvocationEventType",
    "InvocationStatus",
    "InvokeMachineRequest",
    "Labels",
    "LegalHold",
    "LegalHoldList",
    "LegalHoldStatus",
    "ListEvidenceEntriesActorKind",
    "LocationEvent",
    "LocationEventList",
    "LocationEventSubjectKind",
    "Machine",
    "MachineActor",
    "MachineInvocation",
    "MachineInvocationList",
    "MachineList",
    "MachinePlatform",
    "MachineStatus",
    "MapLayer",
    "MapLayerBounds",
    "MapLayerKind",
    "MapLayerList",
    "Plan",
    "PlanList",
    "PlanStatus",
    "PlanStep",
    "Policy",
    "PolicyList",
    "PolicyRule",
    "PolicyRuleEffect",
    "ProblemDetails",
    "ProposedAction",
    "RegisterAgentRequest",
    "RegisterMachineRequest",
    "ReleaseLegalHoldRequest",
    "RetentionSchedule",
    "RetentionScheduleList",
    "RetrievalHit",
    "RetrievalSearchRequest",
    "RetrievalSearchResult",
    "RevokeCredentialGrantRequest",
    "Run",
    "RunCharter",
    "RunCharterBudget",
    "RunIntervention",
    "RunInterventionList",
    "RunList",
    "RunStatus",
    "SetWorkforceAvailabilityRequest",
    "StartRunRequest",
    "SystemActor",
    "UnknownEvidenceActor",
    "UpdateCredentialGrantRequest",
    "UpdatePolicyRequest",
    "UpdateWorkItemRequest",
    "UpdateWorkflowRequest",
    "UserActor",
    "WorkItem",
    "WorkItemList",
    "WorkItemPriority",
    "WorkItemStatus",
    "Workflow",
    "WorkflowList",
    "WorkflowStep",
    "WorkforceAvailability",
    "WorkforceMember",
    "WorkforceMemberList",
    "WorkforceQueue",
    "WorkforceQueueList",
    "Workspace",
    "WorkspaceList",
    "WorkspaceRegion",
    "WorkspaceUser",
    "WorkspaceUserList",
    "WorkspaceUserRole",
    "parse_evidence_actor",
    "serialize_evidence_actor",
]
