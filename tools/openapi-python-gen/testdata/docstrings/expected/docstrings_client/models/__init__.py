"""The data models of the API."""

from .hostile import Hostile

__all__ = [
    "Hostile",
]
