"""The data models of the API."""

from .event import Event

__all__ = [
    "Event",
]
