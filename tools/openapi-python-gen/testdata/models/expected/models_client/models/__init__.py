"""The data models of the API."""

from .base import Base
from .dog import Dog
from .labels import Labels
from .owner import Owner
from .pet import Pet
from .pet_charter import PetCharter
from .toy import Toy
from .tree import Tree
from .tree_parent import TreeParent

__all__ = [
    "Base",
    "Dog",
    "Labels",
    "Owner",
    "Pet",
    "PetCharter",
    "Toy",
    "Tree",
    "TreeParent",
]
