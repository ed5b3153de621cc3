"""The municipality's monitoring settings record: one per tenant, under one fixed id, written only by
a coordinator or an administrator (docs/decisions/0038-monitoring-settings-as-a-record.md)."""

ENTITY = "monitoring_settings"
# uuid5(NAMESPACE_URL, "ketenplan:monitoring_settings"): every device writes the same record.
MONITORING_SETTINGS_ID = "0d055460-9a56-5e04-b0b5-50d1358b79d7"
WRITER_ROLES = ("coordinator", "administrator")
