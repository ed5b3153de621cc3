"""One bad operation never breaks a push: beyond the limits every side holds (sync/limits.py), or
of the wrong shape altogether, it is refused alone with its reason; the good ones beside it are
applied, a retry of the same push gets the same answers, and what a device pulls afterwards fits
every device. On SQLite and PostgreSQL alike, never a 500."""

from __future__ import annotations

import json
import uuid

from sync.limits import ID_LENGTH, MAX_DEPTH
from sync.protocol import PullResponse
from tests.server.client import new_id, op

DEEP_MARK = '"DEEP-PLACEHOLDER"'


def _nested(levels: int) -> str:
    """JSON text of a value nested this many levels deep (json.dumps would recurse on it)."""
    return '{"a":' * levels + "1" + "}" * levels


def _bad_operations() -> dict[str, tuple[dict, str]]:
    """name -> (operation, a word its refusal must hold)."""
    def household(**fields) -> dict:
        return op("households", new_id(), fields={"label": "h", **fields})

    return {
        "made in year 0 in UTC": ({**household(), "created_at": "0001-01-01T00:00:00+05:00"}, "date"),
        "made after 9999": ({**household(), "created_at": "9999-12-31T23:00:00-05:00"}, "date"),
        "a stamp past 9999": (household(updated_at="99999-01-01T00:00:00Z"), "date"),
        "a stamp before year 1 in UTC": (household(updated_at="0001-01-01T01:00:00+09:00"), "date"),
        "nested 300 levels": (household(answers=DEEP_MARK.strip('"')), "nested"),
        "nested just past the limit": (household(answers=json.loads(_nested(MAX_DEPTH))), "nested"),
        "a client id longer than its column": (op("visits", new_id(), fields={"client_id": "c" * 100}), "id"),
        "an organisation id of 37": (household(organisation_id="o" * (ID_LENGTH + 1)), "id"),
        "an author id longer than its column": ({**household(), "author_id": str(uuid.uuid4()) + "-extra"}, "36"),
        "a record id longer than its column": (op("households", new_id() + "0", fields={"label": "h"}), "36"),
        "a record id that is no id": (op("households", "not-an-id", fields={"label": "h"}), "id"),
        "a number past 64 bits": (household(count=2**63), "number"),
        "a number below 64 bits": (household(count=-(2**63) - 1), "number"),
        "a huge number": (household(count=10**400), "number"),
        "a float PostgreSQL hands back as an integer past 64 bits": (household(count=1e19), "number"),
        # 54019846623112848 as a float: PostgreSQL keeps its digits and hands back 54019846623112850.
        "a float PostgreSQL hands back as another integer": (household(count=5.401984662311285e16), "exactly"),
        "a NUL in a value": (household(label="een\x00twee"), "NUL"),
        "a NUL deep in a value": (household(answers={"q": ["x\x00"]}), "NUL"),
        "fields as a list": ({**household(), "fields": ["label"]}, "fields"),
        "base as text": ({**household(), "base": "the old one"}, "base"),
        "made at as a number": ({**household(), "created_at": 1700000000}, "created_at"),
        "an operation of no kind": ({**household(), "op": "upsert"}, "op"),
        "a long text": (household(notes="x" * 100_001), "longer"),
        "an entity the server does not keep": (op("secrets", new_id(), fields={"label": "h"}), "kind"),
        "an empty field name": (household(**{"": 1}), "field name"),
        "a field named by its id another's": (op("households", new_id(), fields={"id": new_id()}), "id"),
    }


def _body(ops: list[dict]) -> bytes:
    return json.dumps({"ops": ops}).replace(DEEP_MARK, _nested(300)).encode()


def test_bad_operations_mixed_into_a_push_are_refused_alone_and_a_retry_gets_the_same_answers(chain):
    laptop = chain.device(0)
    bad = _bad_operations()
    ops: list[dict] = []
    good_ids = []
    for operation, _word in bad.values():
        good = op("households", new_id(), fields={"label": "goed"})
        good_ids.append(good["record_id"])
        ops += [good, operation]
    assert len(ops) <= 200
    first = laptop.http.post("/api/v1/sync/push", content=_body(ops), headers={"Content-Type": "application/json"})
    assert first.status_code == 200, first.text
    results = first.json()["results"]
    for (name, (_operation, word)), good, refused in zip(bad.items(), results[::2], results[1::2], strict=True):
        assert good["status"] == "applied", (name, good)
        assert refused["status"] == "rejected" and not refused["retry"], (name, refused)
        assert word.lower() in refused["reason"].lower(), (name, refused["reason"])
    again = laptop.http.post("/api/v1/sync/push", content=_body(ops), headers={"Content-Type": "application/json"})
    assert again.status_code == 200, again.text
    assert again.json()["results"] == results  # the same answers, nothing applied twice

    page = laptop.http.get("/api/v1/sync/pull", params={"after": 0})
    assert page.status_code == 200
    pulled = PullResponse.model_validate_json(page.content)  # as a device reads it
    assert pulled.unfit == []
    assert set(good_ids) <= {c.record_id for c in pulled.changes}
    assert len([c for c in pulled.changes if c.entity == "households"]) == len(good_ids)


def test_the_largest_values_within_the_limits_are_kept_and_pulled_as_they_were(chain):
    laptop = chain.device(0)
    record_id = new_id()
    deepest = json.loads(_nested(MAX_DEPTH - 1))  # the record is the first level
    fields = {"label": "rand", "answers": deepest, "count": 2**63 - 1, "least": -(2**63),
              "client_id": str(uuid.uuid4()), "updated_at": "9999-12-30T00:00:00Z", "held_on": "0001-01-01",
              "notes": "x" * 100_000, "author_note": "a\u200bb",
              # floats PostgreSQL hands back as the same number (the whole ones as integers)
              "whole": 2.0**53, "large": 9.2e18, "least_float": -9.2e18, "tiny": 5e-324, "tenth": 0.1}
    [result] = laptop.push(op("households", record_id, fields=fields))
    assert result["status"] == "applied", result
    page = laptop.http.get("/api/v1/sync/pull", params={"after": 0})
    pulled = PullResponse.model_validate_json(page.content)
    [change] = [c for c in pulled.changes if c.record_id == record_id]
    assert {k: change.fields[k] for k in fields} == fields


def test_json_nested_past_what_the_parser_takes_is_refused_whole_without_a_server_error(chain):
    laptop = chain.device(0)
    body = json.dumps({"ops": [op("households", new_id(), fields={"label": DEEP_MARK.strip('"')})]})
    answer = laptop.http.post("/api/v1/sync/push", content=body.replace(DEEP_MARK, _nested(50_000)).encode(),
                              headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["code"] == "bad_request"
