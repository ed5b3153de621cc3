"""What the server accepts, every device can apply: generated records, deep, large, odd, the
server's acceptance of each push decides, and every record it accepted passes the device's
reading of a pull page (sync/protocol.py PullResponse with sync/limits.py)."""

from __future__ import annotations

import json
import math
import random
import struct
import uuid

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from server.pull_answer import PullAnswer, StoredChange
from server.wire import PushBody
from sync import limits
from sync.limits import MAX_DEPTH, MAX_INT, MIN_INT
from sync.protocol import Change, Operation, PullResponse
from tests.depth import examples
from tests.server.client import make_chain, new_id, op

# Names, leaves and moments every side keeps, and those beyond the limits (sync/limits.py): a push
# holds at most one of the latter (see pushes), so that most generated pushes are accepted and reach
# the property, while every odd name, value and moment still reaches the server.
FITTING_NAMES = st.sampled_from(["label", "notes", "client_id", "organisation_id", "plan_id", "updated_at",
                                 "created_at", "held_on", "date_of_birth", "answers", "count", "ä", "x" * 100])
NAMES = FITTING_NAMES | st.sampled_from(["x" * 101, "a\x00b"])
# Names of fields made up: any text (empty, or with NUL, is refused), or text a name may be.
FITTING_MADE_UP = st.text(st.characters(exclude_characters="\x00"), min_size=1, max_size=12)
MOMENTS = st.sampled_from(["2026-03-02T09:00:00Z", "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+01:00",
                           "0001-01-01", "99999-01-01", "-0001-01-01", "2026-02-30", "9999-12-30T23:59:59+00:00",
                           "0001-01-02T00:00:00Z", "tomorrow"])
FITTING_MOMENTS = st.sampled_from(["2026-03-02T09:00:00Z", "9999-12-30T23:59:59+00:00", "0001-01-02T00:00:00Z"])


def _signed(magnitude: float, negative: bool) -> float:
    return -magnitude if negative else magnitude


FITTING_LEAVES = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(min_value=MIN_INT, max_value=MAX_INT),
    st.floats(allow_nan=False, allow_infinity=False),
    # PostgreSQL hands a float of 2**53 or more back as the integer of its shortest digits.
    st.sampled_from([9.2e17, 1e16, 5e-324, -0.0, 5.401984662311285e16]),  # beyond 2**63 among the odd leaves
    # Whole floats: PostgreSQL hands back the integer of their shortest digits, not always their own.
    # Drawn whole from 2**52 to 2**63 (2**64 among the odd leaves), of either sign, not filtered from all floats.
    st.builds(_signed, st.floats(min_value=2.0**52, max_value=2.0**63, exclude_max=True), st.booleans()),
    st.text(max_size=40), MOMENTS, st.just("i" * 37), st.just(str(uuid.uuid4())),
)
LEAVES = FITTING_LEAVES | st.one_of(
    st.just("x" * 100_001), st.integers(min_value=-(2**64), max_value=2**64),
    st.sampled_from([1e308, -1e300, 2.0**63, 9.2e18]),
    st.builds(_signed, st.floats(min_value=2.0**52, max_value=2.0**64), st.booleans()))


def _nest(value, levels: int):
    for level in range(levels):
        value = [value] if level % 2 else {"n": value}
    return value


def _values(names, leaves, deepest: int):
    """Values of up to 12 leaves, or one leaf nested from MAX_DEPTH - 3 levels to `deepest` (a
    record nests one level more: MAX_DEPTH - 1 fits)."""
    return st.one_of(
        st.recursive(leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(names, inner, max_size=4),
                     max_leaves=12),
        st.builds(_nest, leaves, st.integers(min_value=MAX_DEPTH - 3, max_value=deepest)),
    )


VALUES = _values(NAMES | st.text(max_size=8), LEAVES, MAX_DEPTH + 3) | \
    st.builds(_nest, LEAVES, st.integers(min_value=150, max_value=400))
FITTING_VALUES = _values(FITTING_NAMES | FITTING_MADE_UP, FITTING_LEAVES, MAX_DEPTH - 1)


RECORDS = st.dictionaries(NAMES | st.text(max_size=12), VALUES, max_size=6)  # of any kind


@st.composite
def pushes(draw) -> tuple[dict, str]:
    """(fields, the moment the change was made): up to five fields of the kinds the limits may take,
    made at a moment every side keeps; in half the cases one of them odd: a sixth field of any
    kind, or any moment."""
    fields = draw(st.dictionaries(FITTING_NAMES | FITTING_MADE_UP, FITTING_VALUES, max_size=5))
    odd = draw(st.sampled_from([None, None, "field", "moment"]))
    if odd == "field":
        fields[draw(NAMES | st.text(max_size=12))] = draw(VALUES)
    return fields, draw(MOMENTS if odd == "moment" else FITTING_MOMENTS)


AUTHORS = st.none() | st.just(str(uuid.uuid4())) | st.text(max_size=40)


def _accepted(operation: dict) -> Operation | None:
    """The operation as the server reads a push of it, or None if it refuses it unread."""
    [read] = PushBody.model_validate({"ops": [operation]}).ops
    return read if isinstance(read, Operation) else None


def _as_a_device_reads_it(record_id: str, fields: dict) -> PullResponse:
    stored = StoredChange(1, "households", record_id, False, json.dumps(fields, ensure_ascii=False), None)
    return PullResponse.model_validate_json(PullAnswer([stored], cursor=1, more=False).to_json())


@settings(max_examples=examples(400), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(push=pushes(), author=AUTHORS)
def test_every_record_the_server_reads_from_a_push_is_one_every_device_reads_from_a_pull(push, author):
    fields, made = push
    record_id = new_id()
    fields = {k: v for k, v in fields.items() if k != "id"}
    operation = {**op("households", record_id, fields=fields, author_id=author), "created_at": made}
    accepted = _accepted(operation)
    assume(accepted is not None)
    stored = {**accepted.fields, "id": record_id, "deleted": False}
    page = _as_a_device_reads_it(record_id, stored)
    assert page.unfit == []
    assert page.changes[0].fields == stored


def test_a_record_stored_before_the_limits_is_set_aside_alone_when_a_device_reads_the_page():
    deep = _nest("x", 60)
    changes = [StoredChange(seq, "households", rid, False, json.dumps(fields), None)
               for seq, (rid, fields) in enumerate([("a", {"label": "ok"}), ("b", {"answers": deep}),
                                                    ("c", {"count": 2**64}), ("d", {"label": "ook"})], 1)]
    page = PullResponse.model_validate_json(PullAnswer(changes, cursor=4, more=False).to_json())
    assert [c.record_id for c in page.changes] == ["a", "d"]
    assert [(u.record_id, u.seq) for u in page.unfit] == [("b", 2), ("c", 3)]
    assert "nested" in page.unfit[0].reason and "number" in page.unfit[1].reason


def test_a_record_nested_past_what_the_page_parser_takes_is_set_aside_alone():
    changes = [StoredChange(1, "households", "a", False, json.dumps({"label": "ok"}), None),
               StoredChange(2, "households", "b", False, json.dumps({"answers": "DEEP"}), None)]
    page_json = PullAnswer(changes, cursor=2, more=False).to_json().replace(b'"DEEP"', _deep_text(400))
    page = PullResponse.model_validate_json(page_json)
    assert [c.record_id for c in page.changes] == ["a"] and [u.record_id for u in page.unfit] == ["b"]


def _deep_text(levels: int) -> bytes:
    return b'{"a":' * levels + b"1" + b"}" * levels


def test_records_the_real_server_accepted_are_pulled_and_read_by_a_device(server):
    chain = make_chain(server.db, server.url, users=1)
    laptop = chain.device(0)
    accepted: dict[str, dict] = {}

    @settings(max_examples=examples(60), deadline=None, suppress_health_check=list(HealthCheck))
    @given(push=pushes())
    def push_one(push):
        fields, _ = push
        record_id = new_id()
        fields = {k: v for k, v in fields.items() if k not in ("id", "client_id", "plan_id", "organisation_id")}
        body = json.dumps({"ops": [op("households", record_id, fields=fields)]}, ensure_ascii=False)
        answer = laptop.http.post("/api/v1/sync/push", content=body.encode("utf-8", "surrogatepass"),
                                  headers={"Content-Type": "application/json"})
        assert answer.status_code == 200, answer.text
        [result] = answer.json()["results"]
        assert result["status"] in ("applied", "rejected"), result
        if result["status"] == "applied":
            accepted[record_id] = result["record"]

    try:
        push_one()
        assert accepted, "no generated record was accepted: the strategy tests nothing"
        pulled: dict[str, dict] = {}
        cursor = 0
        while True:
            answer = laptop.http.get("/api/v1/sync/pull", params={"after": cursor})
            assert answer.status_code == 200
            page = PullResponse.model_validate_json(answer.content)  # as a device reads it
            assert page.unfit == []
            pulled.update({c.record_id: c.fields for c in page.changes})
            cursor = page.cursor
            if not page.more:
                break
        assert {rid: pulled[rid] for rid in accepted} == accepted
    finally:
        chain.close()


def _floats_of_every_kind(count: int) -> list[float]:
    """Floats from every bit pattern, and as many again of 2**52 to 2**64, where PostgreSQL hands
    back an integer: seeded, so every run pushes the same."""
    rng = random.Random(18)
    any_bits = [struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0] for _ in range(count)]
    whole = [rng.choice((-1, 1)) * float(rng.randrange(2**52, 2**64)) for _ in range(count)]
    return [f for f in any_bits + whole if math.isfinite(f)]


def test_every_number_the_server_accepts_is_pulled_as_the_same_number(server):
    """A float beyond what the database keeps exactly is refused with the reason, the same on
    either database; every other one comes back as the number it was (a whole one may come back
    as an integer: JSON has numbers, not kinds of them)."""
    chain = make_chain(server.db, server.url, users=1)
    laptop = chain.device(0)
    numbers = {new_id(): number for number in _floats_of_every_kind(300)}
    try:
        answers: dict[str, dict] = {}
        ids = list(numbers)
        for start in range(0, len(ids), 200):
            batch = ids[start:start + 200]
            results = laptop.push(*(op("households", rid, fields={"count": numbers[rid]}) for rid in batch))
            answers.update(zip(batch, results, strict=True))
        refused = {rid for rid, result in answers.items() if result["status"] != "applied"}
        for rid in refused:
            assert answers[rid]["status"] == "rejected" and "number" in answers[rid]["reason"], answers[rid]
            assert abs(numbers[rid]) >= 2**53  # below it, every float is kept as it was
        assert 0 < len(refused) < len(numbers)
        pulled = {change["record_id"]: change["fields"]["count"] for change in laptop.pull_all()
                  if change["record_id"] in numbers}
        kept = {rid: number for rid, number in numbers.items() if rid not in refused}
        assert {rid: pulled[rid] for rid in kept} == kept
        assert not refused & set(pulled)
    finally:
        chain.close()


def test_a_change_beyond_the_limits_does_not_read_as_a_change_so_a_reader_sets_it_aside_alone():
    fitting = {"seq": 1, "entity": "households", "record_id": "a", "version": 1, "deleted": False,
               "fields": {"label": "ok"}}
    assert Change.model_validate(fitting).fields == {"label": "ok"}
    for fields in ({"answers": _nest("x", 40)}, {"count": 2**64}, {"label": "a\x00b"}, {"client_id": "c" * 37}):
        with pytest.raises(ValidationError):
            Change.model_validate({**fitting, "fields": fields})


def _outside_by_parsing(value: str) -> bool:
    """moment_problem without its shortcut for four-digit years: the moment parsed and compared."""
    moment = limits._parsed_moment(value)
    return moment is not None and not limits.EARLIEST_MOMENT <= moment <= limits.LATEST_MOMENT


STAMPS = st.builds(lambda year, rest, zone: f"{year:04d}-{rest}{zone}", st.integers(0, 10_000),
                   st.sampled_from(["01-01", "01-01T00:00:00", "12-31T23:59:59.999999", "02-30T09:00", "1", "W01-1"]),
                   st.sampled_from(["", "Z", "+23:59", "-23:59", "+01:00", "+24:00", " "]))


@settings(max_examples=examples(300), deadline=None)
@given(value=STAMPS | MOMENTS | st.text(max_size=30))
def test_the_shortcut_for_ordinary_stamps_answers_as_parsing_them_would(value):
    assert (limits.moment_problem(value, "x") is not None) == _outside_by_parsing(value)


def _every_value_judged(fields: dict) -> str | None:
    """record_problem as it was before its shortcuts: every value through _value_problem."""
    pending = [(fields, 1, None)]
    while pending:
        container, depth, container_name = pending.pop()
        if (problem := limits._value_problem(container, depth, container_name, "The record")) is not None:
            return problem
        named = container.items() if type(container) is dict else ((container_name, v) for v in container)
        for name, item in named:
            if type(item) in (dict, list):
                pending.append((item, depth + 1, name))
            elif (problem := limits._value_problem(item, depth + 1, name, "The record")) is not None:
                return problem
    return None


@settings(max_examples=examples(400), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fields=RECORDS | st.dictionaries(NAMES, STAMPS | MOMENTS | st.text(max_size=40) | st.sampled_from(
    ["i" * 36, "i" * 37, "x" * 100_001, "a\x00b", str(uuid.uuid4()), 2**63, -(2**63) - 1, 7]), max_size=6))
def test_the_shortcuts_for_ordinary_values_find_what_judging_every_value_finds(fields):
    assert limits.record_problem(fields) == _every_value_judged(fields)
