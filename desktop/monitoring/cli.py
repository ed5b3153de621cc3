"""`python -m desktop monitoring`: the figures of a store as JSON, CSV or a spreadsheet, and the
monitoring meeting's report as PDF, for scripted reporting.

    KETENPLAN_PASSPHRASE=... python -m desktop monitoring --data-dir DIR --format json|csv|xlsx
        [--out PATH] [--cohort vestiging|duty] [--on YYYY-MM-DD] [--table NAME|all]
        [--norm-weeks N] [--quota 2025-H1=48 ...] [--settings FILE] [--ids]
    ... python -m desktop monitoring --data-dir DIR --report OUT.pdf [--meeting ID]

JSON holds all figures; CSV one table (default "targets"), or with `--table all` every table
as a file in the folder `--out`; xlsx every table as a sheet of the file `--out`. The report is
the meeting's (its frozen figures) with --meeting, else the figures now. Settings come from the
store's synced monitoring settings, overridden by monitoring.json beside the store, overridden by
the flags (decision 0038).
Exit 2 on bad input, with a message.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

# Literal, as options.COHORT_CHOICES and tables.TABLES (a test checks): every start of the app builds
# this parser, so the monitoring code itself is imported only when the command runs.
COHORTS = ("vestiging", "duty")
TABLES = ("targets", "reasons", "breakdowns", "taakstelling")
SETTINGS_FILE = "monitoring.json"


def add_parser(sub) -> None:
    p = sub.add_parser("monitoring", help="the chain's targets as JSON or CSV")
    p.add_argument("--data-dir", type=Path, required=True, dest="monitoring_dir", metavar="DIR")
    p.add_argument("--format", choices=("json", "csv", "xlsx"), default="json",
                   help="xlsx: every table as a sheet of the file --out")
    p.add_argument("--out", type=Path, help="file to write (a folder with --table all); default: standard output")
    p.add_argument("--cohort", choices=COHORTS, default="vestiging",
                   help="vestiging: year of settling (the chain's); duty: year the integration duty started (CBS)")
    p.add_argument("--on", dest="ref", help="reference date YYYY-MM-DD (default: today)")
    p.add_argument("--table", choices=(*TABLES, "all"), default="targets", help="CSV: which table")
    p.add_argument("--norm-weeks", type=int, help="H1: the housing norm in weeks (default 10)")
    p.add_argument("--quota", action="append", default=[], metavar="PERIOD=N",
                   help="H2: the taakstelling of a half year, e.g. 2025-H1=48 (repeatable)")
    p.add_argument("--settings", type=Path, help=f"settings file (default: {SETTINGS_FILE} in the data folder)")
    p.add_argument("--ids", action="store_true", help="JSON: add the client ids behind each figure (drill-down)")
    p.add_argument("--report", type=Path, metavar="OUT.pdf", help="write the monitoring meeting's report as PDF")
    p.add_argument("--meeting", metavar="ID", help="with --report: the meeting (default: the figures now, no meeting)")


def options_from(args, record: dict | None = None):
    """The run's options: the synced record's settings (`record`, read from the store), overridden by
    monitoring.json, overridden by the flags (decision 0038)."""
    from desktop.monitoring.options import (
        COHORT_CHOICES,
        MonitoringOptions,
        OptionsInvalid,
        check_norm,
        load_settings,
        merged_settings,
        parse_quota,
    )

    try:
        ref = date.fromisoformat(args.ref) if args.ref else date.today()
    except ValueError:
        raise OptionsInvalid(f"--on must be a date as YYYY-MM-DD, not {args.ref!r}") from None
    saved = load_settings(args.settings or Path(args.monitoring_dir) / SETTINGS_FILE)
    quotas = dict(parse_quota(q) for q in args.quota)
    weeks = check_norm(args.norm_weeks) if args.norm_weeks is not None else None
    return MonitoringOptions(ref=ref, cohort_by=COHORT_CHOICES[args.cohort],
                             **merged_settings(record or {}, saved, weeks, quotas))


def run(args, passphrase: str) -> int:
    from desktop.monitoring.compute import compute
    from desktop.monitoring.export import csv_text, to_json, write_csv_tables
    from desktop.monitoring.options import OptionsInvalid
    from desktop.store import Store
    from desktop.store.errors import StoreNotFound, WrongPassphrase

    try:
        options = options_from(args)
        if args.table == "all" and (args.format != "csv" or args.out is None):
            raise OptionsInvalid("--table all writes CSV files: give --format csv and a folder as --out")
        if args.format == "xlsx" and args.out is None and args.report is None:
            raise OptionsInvalid("--format xlsx writes a file: give its name as --out")
        if args.meeting and args.report is None:
            raise OptionsInvalid("--meeting is for the report: give --report OUT.pdf")
    except OptionsInvalid as error:
        print(f"monitoring: {error}", file=sys.stderr)
        return 2
    try:
        store = Store.unlock(args.monitoring_dir, passphrase)
    except (WrongPassphrase, StoreNotFound):
        print("monitoring: the store cannot be opened with this passphrase in this folder", file=sys.stderr)
        return 2
    if args.report is not None:
        try:
            return _report(store, args, options)
        finally:
            store.close()
    try:
        options = options_from(args, store.monitoring_settings.get())
        result = compute(store.engine, options)
    finally:
        store.close()
    if args.format == "xlsx":
        from desktop.monitoring.spreadsheet import write_xlsx
        print(write_xlsx(result, args.out), file=sys.stderr)
        return 0
    if args.table == "all":
        for path in write_csv_tables(result, args.out):
            print(path, file=sys.stderr)
        return 0
    text = (json.dumps(to_json(result, ids=args.ids), ensure_ascii=False, indent=1) + "\n"
            if args.format == "json" else csv_text(result, args.table))
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _report(store, args, options) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing a PDF needs no screen
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtGui import QGuiApplication

    from desktop.monitoring.report.make import make_report
    from desktop.paths import translations_dir
    from desktop.store.errors import RecordNotFound

    app = QGuiApplication.instance() or QGuiApplication(["ketenplan"])
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(app)
    if translator.load(str(translations_dir() / "ketenplan_nl.qm")):  # the report is Dutch, as the app
        app.installTranslator(translator)
    try:
        make_report(store, args.report, options, args.meeting)
    except RecordNotFound:
        print("monitoring: no meeting with this id in the store", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"monitoring: the report cannot be written: {error.__class__.__name__}", file=sys.stderr)
        return 2
    print(args.report, file=sys.stderr)
    return 0


def passphrase_from_env() -> str:
    passphrase = os.environ.get("KETENPLAN_PASSPHRASE")
    if passphrase:
        return passphrase
    import getpass
    return getpass.getpass("Passphrase: ")
