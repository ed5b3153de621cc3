"""The server's way to the facts (records as field dicts, as a device sends them) gives the same facts
as the desktop's set-based read of its store: one code path past the reading, not two."""

from desktop.store.monitoring_source import read_facts
from desktop.store.sync_push import claim_batch, last_entry
from domain.monitoring.figures import Figures
from domain.monitoring.from_records import facts_from_records, monitored_answers, one_per_client
from tests.monitoring.test_monitoring_source import REF, town  # noqa: F401  (the fixture)


def _as_sent(store) -> dict[str, list[dict]]:
    """Every record's newest state as the store's outbox puts it on the wire."""
    newest: dict[tuple[str, str], dict] = {}
    for change in claim_batch(store.engine, last_entry(store.engine), limit=100_000):
        newest[change.entity, change.record_id] = {**(change.fields or {"deleted": True}), "id": change.record_id}
    out: dict[str, list[dict]] = {}
    for (entity, _), fields in newest.items():
        out.setdefault(entity, []).append(fields)
    return out


def test_records_as_sent_give_the_facts_the_store_reads(store, town):  # noqa: F811
    sent = _as_sent(store)
    assert isinstance(sent["form_parts"][0]["answers"], str), "answers travel as JSON text"
    assert facts_from_records(sent) == read_facts(store.engine)
    assert Figures(facts_from_records(sent), REF).cell("E2", 2022).counts() == \
        Figures(read_facts(store.engine), REF).cell("E2", 2022).counts()


def test_a_completed_conversation_wins_over_a_newer_draft():
    rows = [("c", "draft", "2026-02-01", False, "2026-02-01T10:00"), ("c", "done", "2026-01-01", True,
                                                                        "2026-01-01T10:00")]
    chosen = one_per_client(rows, "held_on", {"done": {"p": 1}})
    assert chosen["c"]["held_on"].isoformat() == "2026-01-01" and chosen["c"]["parts"] == {"p": 1}


def test_broken_or_foreign_answers_are_skipped():
    assert monitored_answers("intake", "language", "{not json") is None
    assert monitored_answers("intake", "health", '{"literacy": "x"}') is None
    assert monitored_answers("handover", "pre_integration", '{"classes_started": 1}') == {
        "answers": {"classes_started": True}}
