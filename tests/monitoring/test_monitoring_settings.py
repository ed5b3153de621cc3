"""The municipality's monitoring settings as one synced record: kept and read back in a real store,
bad values refused with the record left as it was, synced through the outbox under its fixed id, and
the command line's order: the record, then monitoring.json, then the flags."""

import json
from argparse import Namespace

import pytest
from sqlalchemy import text

from desktop.monitoring.cli import options_from
from desktop.monitoring.options import merged_settings
from desktop.store.monitoring_settings import SettingsInvalid, check_settings
from domain.monitoring.journey import DEFAULT_STAGES
from domain.monitoring.settings_record import MONITORING_SETTINGS_ID

STAGES = [{"key": "azc_koppeling", "label": "AZC"}, {"key": "eigen", "label": "Eigen fase"}]


def test_settings_are_kept_and_read_back(store):
    assert store.monitoring_settings.get() == {"housing_norm_weeks": None, "quotas": {}, "journey_stages": []}
    assert [s.key for s in store.monitoring_settings.stages()] == [k for k, _ in DEFAULT_STAGES]
    store.monitoring_settings.save({"housing_norm_weeks": 14, "quotas": {"2025-H2": 52, "2025-H1": 48},
                                    "journey_stages": STAGES})
    got = store.monitoring_settings.get()
    assert got == {"housing_norm_weeks": 14, "quotas": {"2025-H1": 48, "2025-H2": 52}, "journey_stages": STAGES}
    assert [(s.key, s.label) for s in store.monitoring_settings.stages()] == [("azc_koppeling", "AZC"),
                                                                              ("eigen", "Eigen fase")]
    store.monitoring_settings.save({"housing_norm_weeks": 10, "quotas": {}, "journey_stages": STAGES[:1]})
    with store.engine.connect() as conn:
        ids = conn.execute(text("SELECT id FROM monitoring_settings")).scalars().all()
        sent = conn.execute(text("SELECT DISTINCT record_id FROM outbox WHERE entity = 'monitoring_settings'"))
        assert ids == [MONITORING_SETTINGS_ID] and sent.scalars().all() == [MONITORING_SETTINGS_ID]


@pytest.mark.parametrize("fields, field, code", [
    ({"housing_norm_weeks": 0}, "housing_norm_weeks", "out_of_range"),
    ({"housing_norm_weeks": 105}, "housing_norm_weeks", "out_of_range"),
    ({"housing_norm_weeks": True}, "housing_norm_weeks", "out_of_range"),
    ({"quotas": {"2025-H3": 4}}, "quotas", "bad_period"),
    ({"quotas": {"2025-H1": -1}}, "quotas", "bad_quota"),
    ({"journey_stages": [{"key": "a", "label": ""}]}, "journey_stages", "no_label"),
    ({"journey_stages": [{"key": "", "label": "A"}]}, "journey_stages", "no_key"),
    ({"journey_stages": [{"key": "a", "label": "A"}, {"key": "a", "label": "B"}]}, "journey_stages", "duplicate_key"),
    ({"colour": "red"}, "colour", "unknown"),
])
def test_a_bad_setting_is_refused_and_the_record_stays(store, fields, field, code):
    store.monitoring_settings.save({"housing_norm_weeks": 12, "quotas": {"2025-H1": 3}, "journey_stages": []})
    with pytest.raises(SettingsInvalid) as refused:
        store.monitoring_settings.save(fields)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert store.monitoring_settings.get()["housing_norm_weeks"] == 12


def test_a_kept_value_this_version_cannot_use_reads_as_not_set(store):
    store.monitoring_settings.save({"housing_norm_weeks": 12, "quotas": {"2025-H1": 3}, "journey_stages": STAGES})
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE monitoring_settings SET quotas = 'not json', housing_norm_weeks = 900"))
    assert store.monitoring_settings.get() == {"housing_norm_weeks": None, "quotas": {}, "journey_stages": STAGES}


def test_the_command_lines_order_is_record_then_file_then_flags(tmp_path):
    record = {"housing_norm_weeks": 14, "quotas": {"2025-H1": 48, "2025-H2": 52}, "journey_stages": []}
    assert merged_settings(record, {}, None, {}) == {"housing_norm_weeks": 14,
                                                     "quotas": {"2025-H1": 48, "2025-H2": 52}}
    saved = {"housing_norm_weeks": 12, "quotas": {"2025-H2": 50}}
    assert merged_settings(record, saved, None, {}) == {"housing_norm_weeks": 12,
                                                        "quotas": {"2025-H1": 48, "2025-H2": 50}}
    assert merged_settings(record, saved, 10, {"2025-H1": 40}) == {"housing_norm_weeks": 10,
                                                                   "quotas": {"2025-H1": 40, "2025-H2": 50}}
    (tmp_path / "monitoring.json").write_text(json.dumps(saved), encoding="utf-8")
    args = Namespace(ref="2026-01-01", monitoring_dir=tmp_path, settings=None, quota=["2026-H1=7"], norm_weeks=None,
                     cohort="vestiging")
    options = options_from(args, record)
    assert options.housing_norm_weeks == 12 and options.quotas == {"2025-H1": 48, "2025-H2": 50, "2026-H1": 7}


def test_check_settings_keeps_the_stages_keys_and_trims_labels():
    kept = check_settings({"journey_stages": [{"key": "plan", "label": "  Plan  "}]})
    assert kept["journey_stages"] == [{"key": "plan", "label": "Plan"}]
