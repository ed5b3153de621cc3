"""Words for a person's sex and country of origin, shared by the screens (desktop/views/common/labels.py)
and what the desktop prints without widgets (the monitoring report): one table each, one translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def sex_label(code: str | None) -> str:
    return {
        "M": translate("Labels", "Male"),
        "V": translate("Labels", "Female"),
        "X": translate("Labels", "Other / unknown"),
    }.get(code or "", "")


def country_label(code: str | None) -> str:
    return {
        "SY": translate("Labels", "Syria"),
        "ER": translate("Labels", "Eritrea"),
        "AF": translate("Labels", "Afghanistan"),
        "TR": translate("Labels", "Turkey"),
        "YE": translate("Labels", "Yemen"),
        "IR": translate("Labels", "Iran"),
        "IQ": translate("Labels", "Iraq"),
        "SO": translate("Labels", "Somalia"),
        "SD": translate("Labels", "Sudan"),
        "ET": translate("Labels", "Ethiopia"),
        "UA": translate("Labels", "Ukraine"),
        "OTHER": translate("Labels", "Other country"),
    }.get(code or "", code or "")
