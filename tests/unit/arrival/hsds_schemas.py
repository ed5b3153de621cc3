"""The HSDS 3.0 JSON schemas, read from ../shared/external/hsds/schema beside the repository.

Missing schema files fail the tests that use them: validation that silently skips proves nothing.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parents[3]
SCHEMA_DIR = REPO.parent / "shared" / "external" / "hsds" / "schema"
OBJECTS = ("organization", "location", "service", "service_at_location")


def _format_checker() -> FormatChecker:
    checker = FormatChecker()

    @checker.checks("uri")
    def is_uri(value) -> bool:  # jsonschema checks "uri" only with an optional package; this is enough here
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return bool(parts.scheme) and bool(parts.netloc or parts.path)

    return checker


@cache
def validators() -> dict[str, Draft202012Validator]:
    return load_validators(SCHEMA_DIR)


def load_validators(folder: Path) -> dict[str, Draft202012Validator]:
    """One validator per HSDS object name; an AssertionError when the schemas are not there."""
    files = sorted(folder.glob("*.json"))
    assert files, f"the HSDS 3.0 schemas are missing: expected them in {folder}"
    schemas = {f.name: json.loads(f.read_text(encoding="utf-8")) for f in files if f.name != "openapi.json"}
    missing = [f"{name}.json" for name in OBJECTS if f"{name}.json" not in schemas]
    assert not missing, f"HSDS schemas missing in {folder}: {missing}"
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT202012)) for name, schema in schemas.items()
    )
    checker = _format_checker()
    return {
        name[:-5]: Draft202012Validator({"$ref": name}, registry=registry, format_checker=checker)
        for name in schemas
    }


def schema_errors(document: dict) -> list[str]:
    """Every schema error of every item in an exported document, as 'services[2].phones.0.number: ...'."""
    found = []
    checks = validators()
    for name in OBJECTS:
        for index, item in enumerate(document.get(f"{name}s", [])):
            for error in checks[name].iter_errors(item):
                where = ".".join(str(p) for p in error.absolute_path)
                found.append(f"{name}s[{index}].{where}: {error.message}")
    return found
