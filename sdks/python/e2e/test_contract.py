"""The contract's own rules, which the SDK generator and Prism rely on.

See docs/spec/openapi/README.md.
"""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

METHODS = ("get", "put", "post", "delete", "patch")
COMPONENT_SCHEMA = re.compile(r"#/components/schemas/[A-Z][A-Za-z0-9]*")

# Commands that start or decide something take an Idempotency-Key header; nothing else does.
IDEMPOTENT_COMMANDS = {
    "cancelRun",
    "completeHumanTask",
    "createApproval",
    "createLegalHold",
    "createRunIntervention",
    "decideApproval",
    "disposeEvidence",
    "escalateHumanTask",
    "executeAgentAction",
    "invokeMachine",
    "releaseLegalHold",
    "revokeCredentialGrant",
    "rotateCredentialGrant",
    "startRun",
}


def operations(contract: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in contract["paths"].items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def test_contract_is_valid_openapi_3_1(contract: dict[str, Any]) -> None:
    assert contract["openapi"] == "3.1.0"
    validate(contract)


def test_contract_is_large_enough_to_exercise_the_generator(
    contract: dict[str, Any],
) -> None:
    ops = [op for _, op in operations(contract)]
    assert len(ops) >= 60
    assert len({op["tags"][0] for op in ops}) >= 14


def test_every_operation_has_the_required_shape(contract: dict[str, Any]) -> None:
    declared_tags = {tag["name"] for tag in contract["tags"]}
    seen_ids: set[str] = set()
    for where, op in operations(contract):
        operation_id = op["operationId"]
        assert re.fullmatch(r"[a-z][A-Za-z0-9]*", operation_id), where
        assert operation_id not in seen_ids, f"{where}: duplicate {operation_id}"
        seen_ids.add(operation_id)
        assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags, where
        assert op["summary"] and op["description"], where
        assert op["responses"]["default"] == {"$ref": "#/components/responses/Problem"}, where
        successes = [code for code in op["responses"] if code.startswith("2")]
        for code, response in op["responses"].items():
            if code not in successes:
                assert response["$ref"].startswith("#/components/responses/"), where
        assert len(successes) == 1, where
        (media,) = op["responses"][successes[0]]["content"].values()
        assert COMPONENT_SCHEMA.fullmatch(media["schema"]["$ref"]), where
        if "requestBody" in op:
            body_schema = op["requestBody"]["content"]["application/json"]["schema"]
            assert COMPONENT_SCHEMA.fullmatch(body_schema["$ref"]), where


def test_idempotency_key_is_taken_by_exactly_the_commands(
    contract: dict[str, Any],
) -> None:
    key = {"$ref": "#/components/parameters/IdempotencyKey"}
    taking = {
        op["operationId"] for _, op in operations(contract) if key in op.get("parameters", [])
    }
    assert taking == IDEMPOTENT_COMMANDS


def test_list_schemas_are_pages(contract: dict[str, Any]) -> None:
    schemas = contract["components"]["schemas"]
    lists = {name: schema for name, schema in schemas.items() if name.endswith("List")}
    assert lists
    for name, schema in lists.items():
        assert set(schema["required"]) == {"items", "nextCursor"}, name
        assert schema["properties"]["items"]["type"] == "array", name
        assert schema["properties"]["nextCursor"]["type"] == ["string", "null"], name


def test_evidence_actor_mapping_names_every_variant(contract: dict[str, Any]) -> None:
    schemas = contract["components"]["schemas"]
    actor = schemas["EvidenceActor"]
    variants = {ref["$ref"] for ref in actor["oneOf"]}
    mapping = actor["discriminator"]["mapping"]
    assert set(mapping.values()) == variants
    for kind, ref in mapping.items():
        variant = schemas[ref.rsplit("/", 1)[1]]
        assert variant["properties"]["kind"] == {"const": kind}
        assert "kind" in variant["required"]


def examples(node: Any, where: str = "#") -> Iterator[tuple[str, Any, Any]]:
    """Yield (location, example, schema) for every example in the document."""
    if isinstance(node, dict):
        if "example" in node:
            schema = node.get("schema", node)
            yield where, node["example"], schema
        for key, value in node.items():
            if key != "example":
                yield from examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from examples(value, f"{where}/{index}")


def test_every_example_matches_its_schema(contract: dict[str, Any]) -> None:
    found = list(examples(contract))
    assert len(found) > 100
    for where, example, schema in found:
        resolvable = {**schema, "components": contract["components"]}
        validator = OAS31Validator(resolvable, format_checker=OAS31Validator.FORMAT_CHECKER)
        errors = [error.message for error in validator.iter_errors(example)]
        assert not errors, f"{where}: {errors}"


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "string", "format": "date-time"}, "yesterday"),
        ({"$ref": "#/components/schemas/RunStatus"}, "Done"),
        ({"$ref": "#/components/schemas/EvidenceActor"}, {"kind": "Robot"}),
    ],
)
def test_example_check_rejects_bad_values(
    contract: dict[str, Any], schema: dict[str, Any], value: Any
) -> None:
    resolvable = {**schema, "components": contract["components"]}
    validator = OAS31Validator(resolvable, format_checker=OAS31Validator.FORMAT_CHECKER)
    assert list(validator.iter_errors(value))
