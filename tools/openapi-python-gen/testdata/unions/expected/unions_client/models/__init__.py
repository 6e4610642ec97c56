"""The data models of the API."""

from .cat import Cat
from .dog import Dog
from .holder import Holder
from .pet import Pet, UnknownPet, parse_pet, serialize_pet
from .value import Value, parse_value, serialize_value

__all__ = [
    "Cat",
    "Dog",
    "Holder",
    "Pet",
    "UnknownPet",
    "Value",
    "parse_pet",
    "parse_value",
    "serialize_pet",
    "serialize_value",
]
