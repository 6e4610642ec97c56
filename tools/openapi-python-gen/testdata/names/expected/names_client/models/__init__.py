"""The data models of the API."""

from .import2 import Import2
from .import_ import Import
from .none2 import None2
from .pet import Pet
from .pet2 import Pet2

__all__ = [
    "Import",
    "Import2",
    "None2",
    "Pet",
    "Pet2",
]
