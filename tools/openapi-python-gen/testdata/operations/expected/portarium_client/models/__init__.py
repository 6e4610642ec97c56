"""The data models of the API."""

from .list_runs_response200 import ListRunsResponse200
from .problem import Problem
from .run import Run
from .run_status import RunStatus
from .start_run_request import StartRunRequest

__all__ = [
    "ListRunsResponse200",
    "Problem",
    "Run",
    "RunStatus",
    "StartRunRequest",
]
