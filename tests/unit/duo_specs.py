"""DUO's OpenAPI files as the tests read them: an operation by its operationId, its requestBody
schema resolved from the same file, and the check of a DuoRequest against it.

The files sit beside the repository (../shared/external/duo-m2m-inburgering/). When they are
absent the tests FAIL: a check against nothing would pass anything.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache
from pathlib import Path

import pytest
import yaml
from jsonschema import ValidationError
from jsonschema.validators import extend
from openapi_schema_validator import OAS30Validator, oas30_format_checker

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "external" / "duo-m2m-inburgering"
OPERATION_FILES = {
    "postPipByBsn": "PIP.openapi.yml",
    "deletePipByBsn": "PIP.openapi.yml",
    "updateMapByBsn": "MAP-PVT-Zroute.openapi.yml",
    "updatePvtByBsn": "MAP-PVT-Zroute.openapi.yml",
    "updateZrouteByBsn": "MAP-PVT-Zroute.openapi.yml",
    # what DUO returns, for the file the product imports
    "getInburgeringsplichtByBsn": "Inburgeringsplicht.openapi.yml",
    "getDoelgroepByBsn": "Inburgeringsplicht.openapi.yml",
    "getInburgeringstermijnByBsn": "Inburgeringstermijn.openapi.yml",
    "getInburgeringstermijnhistorieByBsn": "Inburgeringstermijn.openapi.yml",
    "getLbtResultatenByBsn": "Leerbaarheidstoets.openapi.yml",
    "getVrijstellingenByBsn": "Vrijstelling.openapi.yml",
    "getOntheffingenByBsn": "Ontheffing.openapi.yml",
    "opvoerenNotificatie": "Notificatie.openapi.yml",
    # domain/duo_more.py
    "postInburgeringsaanbodByBsnAndInstellingsnummer": "Inburgeringsaanbod.openapi.yml",
    "deleteInburgeringsaanbodByBsnAndInstellingsnumer": "Inburgeringsaanbod.openapi.yml",
    "getInstellingen": "Inburgeringsaanbod.openapi.yml",
    "createContactpersoon": "Contactpersoon.openapi.yml",
    "updateContactpersoonById": "Contactpersoon.openapi.yml",
    "deleteContactpersoonById": "Contactpersoon.openapi.yml",
    "postContactpersoonByBsn": "Contactpersoon.openapi.yml",
    "deleteContactpersoonByBsn": "Contactpersoon.openapi.yml",
    "updateUrenTaallesEnKnmByBSN": "GevolgdeUren.openapi.yml",
    "updateUrenParticipatieactiviteiten": "GevolgdeUren.openapi.yml",
    "updateUrenParticipatieAlsTaallesByBsn": "GevolgdeUren.openapi.yml",
}


@cache
def _category_class(prefix: str) -> str:
    """The characters of a Unicode category as ranges for Python's re, which has no \\p{..}."""
    ranges, start, last = [], None, None
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)).startswith(prefix):
            if start is None:
                start = code
            last = code
        elif start is not None:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(last)) if last > start else ""))
            start = None
    return "".join(ranges)


def _python_pattern(pattern: str) -> str:
    return re.sub(r"\\p\{(\w+)\}", lambda m: _category_class(m.group(1)), pattern)


def _pattern(validator, pattern, instance, schema):
    # DUO's Contactpersoon naam uses \p{L} and \p{Pd}; JSON Schema's search semantics are kept
    if validator.is_type(instance, "string") and not re.search(_python_pattern(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = extend(OAS30Validator, {"pattern": _pattern})


@cache
def spec(name: str) -> dict:
    path = SPECS / name
    if not path.exists():
        pytest.fail(f"DUO's specification {name} is missing at {SPECS}: the messages cannot be checked")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def operation(operation_id: str) -> tuple[str, str, dict, dict]:
    """(method, path template, operation, whole spec) for the operationId."""
    document = spec(OPERATION_FILES[operation_id])
    for path, methods in document["paths"].items():
        for method, op in methods.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), path, op, document
    raise AssertionError(f"{operation_id} is not in {OPERATION_FILES[operation_id]}")


def _validator(schema: dict, document: dict) -> OAS30Validator:
    # the schema with the file's components beside it, so "#/components/..." resolves in that file
    return _Validator({**schema, "components": document["components"]}, format_checker=oas30_format_checker)


def _resolve(schema: dict, document: dict) -> dict:
    while "$ref" in schema:
        node = document
        for step in schema["$ref"].lstrip("#/").split("/"):
            node = node[step]
        schema = node
    return schema


def request_body_schema(operation_id: str) -> dict:
    _method, _path, op, document = operation(operation_id)
    return op["requestBody"]["content"]["application/json"]["schema"]


def problems(request) -> list[str]:
    """Every way the request differs from DUO's operation: method, path, path parameters, body
    (schema errors, and fields the schema does not name, which DUO would not read)."""
    method, path, op, document = operation(request.operation_id)
    found = []
    if request.method != method:
        found.append(f"method {request.method} is not {method}")
    if request.path_template != path:
        found.append(f"path {request.path_template} is not {path}")
    for parameter in op["parameters"]:
        parameter = _resolve(parameter, document)
        if parameter["in"] == "path":
            value = request.path_params.get(parameter["name"])
            found += [f"{parameter['name']}: {e.message}"
                      for e in _validator(parameter["schema"], document).iter_errors(value)]
    if "requestBody" not in op:
        return found + ([f"{request.operation_id} takes no body"] if request.body else [])
    schema = request_body_schema(request.operation_id)
    found += [e.message for e in _validator(schema, document).iter_errors(request.body)]
    named = set(_resolve(schema, document).get("properties", {}))
    found += [f"{key} is not a field of the request" for key in set(request.body) - named]
    return found


def response_problems(operation_id: str, body) -> list[str]:
    """How a body differs from what the operation answers with (200), or for the notification,
    from what DUO posts (its requestBody)."""
    _method, _path, op, document = operation(operation_id)
    if "requestBody" in op:
        schema = op["requestBody"]["content"]["application/json"]["schema"]
    else:
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    return [e.message for e in _validator(schema, document).iter_errors(body)]
