"""Behaviour of generated models: round trips, UNSET vs None, enums, unions, const."""

import datetime
import uuid

import pytest

pytest.importorskip("models_client")

from enums_client.models import Color, Paint, Size  # noqa: E402
from models_client.models import Dog, Labels, Owner, Pet, PetCharter, Tree  # noqa: E402
from models_client.types import UNSET  # noqa: E402
from unions_client.models import (  # noqa: E402
    Cat,
    Holder,
    UnknownPet,
    parse_pet,
    parse_value,
    serialize_pet,
)
from unions_client.models import Dog as UnionDog  # noqa: E402

PET_JSON = {
    "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "name": "Rex",
    "born": "2020-02-29",
    "lastSeen": "2024-01-02T03:04:05+00:00",
    "nickname": None,
    "owner": {"name": "Ann"},
    "tags": ["a", "b"],
    "toys": [{"label": "ball", "squeaks": 3}],
    "charter": {"since": "2021-01-01"},
    "legs": 3,
    "vaccinated": True,
    "extra": {"kept": [1, 2]},
}


def test_pet_decodes_every_kind_of_field() -> None:
    pet = Pet.from_dict(PET_JSON)
    assert pet.id == uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e")
    assert pet.born == datetime.date(2020, 2, 29)
    assert pet.last_seen == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert pet.owner == Owner(name="Ann")
    assert pet.toys is not UNSET and [t.label for t in pet.toys] == ["ball"]
    assert pet.toys[0].additional_properties == {"squeaks": 3}
    assert pet.charter == PetCharter(since=datetime.date(2021, 1, 1))
    assert pet.additional_properties == {"extra": {"kept": [1, 2]}}
    assert pet.weight is UNSET


def test_round_trip_keeps_everything_but_read_only_fields() -> None:
    encoded = Pet.from_dict(PET_JSON).to_dict()
    expected = {key: value for key, value in PET_JSON.items() if key != "id"}
    assert encoded == expected
    assert Pet.from_dict(encoded).to_dict() == encoded


def test_unset_and_null_stay_different() -> None:
    pet = Pet(born=datetime.date(2020, 1, 1), name="a", nickname=None, owner=None)
    encoded = pet.to_dict()
    assert encoded["nickname"] is None and encoded["owner"] is None
    assert "weight" not in encoded and "tags" not in encoded
    assert encoded["legs"] == 4 and encoded["vaccinated"] is False
    with pytest.raises(KeyError):
        Pet.from_dict({"name": "a", "born": "2020-01-01", "owner": None})  # nickname missing


def test_write_only_is_sent_and_not_required_back() -> None:
    pet = Pet(born=datetime.date(2020, 1, 1), name="a", nickname="n", owner=None, password="pw")
    assert pet.to_dict()["password"] == "pw"
    assert Pet.from_dict({k: v for k, v in PET_JSON.items()}).password is UNSET


def test_additional_properties_false_and_typed() -> None:
    owner = Owner.from_dict({"name": "x", "ignored": 1})
    assert not hasattr(owner, "additional_properties")
    assert owner.to_dict() == {"name": "x"}
    labels = Labels.from_dict({"a": "1", "b": "2"})
    assert labels.additional_properties == {"a": "1", "b": "2"}
    assert labels.to_dict() == {"a": "1", "b": "2"}


def test_recursive_models() -> None:
    data = {
        "value": 1,
        "children": [{"value": 2, "children": []}],
        "parent": {"tree": {"value": 0}},
    }
    tree = Tree.from_dict(data)
    assert tree.children[0].value == 2
    assert tree.parent.tree.value == 0
    assert tree.to_dict() == data


def test_all_of_merges_properties() -> None:
    dog = Dog.from_dict({"id": 1, "bark": "woof"})
    assert (dog.id, dog.bark) == (1, "woof")
    assert dog.to_dict() == {"id": 1, "bark": "woof"}


def test_unknown_enum_values_decode_and_re_encode_unchanged() -> None:
    assert Color("red") is Color.RED
    unknown = Color("ultraviolet")
    assert unknown.value == "ultraviolet" and unknown == "ultraviolet"
    assert isinstance(unknown, Color) and unknown not in list(Color)
    paint = Paint.from_dict({"color": "ultraviolet", "size": 42})
    assert paint.to_dict() == {"color": "ultraviolet", "size": 42}
    assert Size(-3) is Size.VALUE_MINUS_3
    with pytest.raises(ValueError):
        Size("big")


def test_enum_member_names() -> None:
    assert [m.name for m in Color] == ["RED", "GREEN", "DARK_BLUE", "VALUE_1ST", "CLASS", "VALUE"]


def test_nullable_enum_and_tuple() -> None:
    paint = Paint.from_dict({"color": "red", "finish": None, "kind": "paint", "pair": ["a", 1]})
    assert paint.finish is None and paint.pair == ("a", 1)
    assert paint.to_dict() == {"color": "red", "finish": None, "kind": "paint", "pair": ["a", 1]}


def test_const_is_checked_when_decoding() -> None:
    with pytest.raises(ValueError, match='kind must be "paint"'):
        Paint.from_dict({"color": "red", "kind": "varnish"})


def test_discriminated_union_dispatches_and_keeps_unknown_variants() -> None:
    assert parse_pet({"petType": "cat", "meows": True}) == Cat(pet_type="cat", meows=True)
    assert parse_pet({"petType": "Dog", "barks": 2}) == UnionDog(pet_type="Dog", barks=2)
    unknown = parse_pet({"petType": "parrot", "talks": True})
    assert unknown == UnknownPet(data={"petType": "parrot", "talks": True})
    assert serialize_pet(unknown) == {"petType": "parrot", "talks": True}
    holder = Holder.from_dict({"pet": {"petType": "parrot"}, "maybe": None})
    assert holder.to_dict() == {"pet": {"petType": "parrot"}, "maybe": None}
    with pytest.raises(TypeError):
        parse_pet(["not", "an", "object"])


def test_union_without_discriminator_tries_members_in_document_order() -> None:
    assert parse_value(3) == 3
    assert parse_value("2024-01-02T03:04:05Z") == datetime.datetime(
        2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc
    )
    assert parse_value("not a date") == "not a date"
    assert parse_value({"petType": "cat", "meows": False}) == Cat(pet_type="cat", meows=False)
    with pytest.raises(ValueError):
        parse_value([1])


def test_hostile_docstrings_do_not_escape() -> None:
    from docstrings_client.models import Hostile

    doc = Hostile.__doc__ or ""
    assert '"""' in doc and "'''" in doc and "\\" in doc and "\x00" in doc
    assert Hostile().field == '"""; import os'


def test_names_are_python_identifiers() -> None:
    import keyword

    from names_client.models import Import

    fields = [f.name for f in Import.__attrs_attrs__ if f.name != "additional_properties"]
    assert all(name.isidentifier() and not keyword.iskeyword(name) for name in fields)
    assert len(fields) == len(set(fields)) == 14
    value = Import.from_dict({"class": "c", "first-name": "a", "first_name": "b", "名前": "n"})
    assert value.to_dict() == {"class": "c", "first-name": "a", "first_name": "b", "名前": "n"}
