"""The desktop's and the server's logs keep an error's class and place, never its text, nor SQL
parameters, nor rows read, nor what a request asked after."""

from __future__ import annotations

import io
import logging
import os
import sys
import threading

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.store.engine import open_engine
from sync.log_safety import WithoutExceptionText, WithoutQuery, describe, guard_process

MARKER = "Persoonsgegevenmark"


def _raised() -> ValueError:
    try:
        try:
            raise KeyError(MARKER)
        except KeyError as inner:
            raise ValueError(f"Invalid isoformat string: '{MARKER}'") from inner
    except ValueError as exc:
        return exc


def test_an_error_is_described_by_its_classes_and_places_only():
    described = describe(_raised())
    assert MARKER not in described
    assert described.startswith("builtins.ValueError (raised in test_log_safety.py:")
    assert "; from builtins.KeyError" in described


def test_a_logged_traceback_keeps_its_class_and_loses_its_text(caplog):
    logger = logging.getLogger("test.log_safety")
    logger.addFilter(WithoutExceptionText())
    caplog.set_level(logging.DEBUG)
    logger.error("Exception in ASGI application", exc_info=_raised())
    assert MARKER not in caplog.text and "ValueError" in caplog.text and "Exception in ASGI" in caplog.text


@pytest.fixture
def guarded():
    """This process guarded as the server's and the desktop's are, and as it was again afterwards."""
    previous = sys.excepthook, threading.excepthook, logging.raiseExceptions
    guard_process()
    yield
    sys.excepthook, threading.excepthook, logging.raiseExceptions = previous


def test_a_crash_anywhere_is_logged_without_its_text(caplog, guarded):
    caplog.set_level(logging.DEBUG)
    exc = _raised()
    sys.excepthook(type(exc), exc, exc.__traceback__)
    thread = threading.Thread(target=lambda: (_ for _ in ()).throw(RuntimeError(MARKER)))
    thread.start()
    thread.join()
    assert "uncaught builtins.ValueError" in caplog.text and "uncaught in thread" in caplog.text
    assert MARKER not in caplog.text


def test_a_handler_that_fails_prints_neither_the_record_nor_the_exception_being_handled(capfd, guarded):
    """A closed stream while a validation error is handled: logging would print the record's
    arguments and that error, its input quoted, to stderr."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("test.log_safety.broken")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        stream.close()
        try:
            raise ValueError(f"input {MARKER}")
        except ValueError:
            logger.error("answered %s", MARKER)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    out, err = capfd.readouterr()
    assert MARKER not in out + err


def test_a_request_line_is_logged_without_its_query(caplog):
    logger = logging.getLogger("test.log_safety.access")
    logger.addFilter(WithoutQuery())
    caplog.set_level(logging.DEBUG)
    logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET", f"/api/v1/audit?client_id={MARKER}", "1.1", 200)
    logger.info("HTTP Request: %s %s", "GET", httpx.URL(f"https://server/api/v1/audit?client_id={MARKER}"))
    assert MARKER not in caplog.text and "/api/v1/audit" in caplog.text


@pytest.mark.parametrize("encrypted", [True, False])
def test_the_stores_engine_never_puts_values_or_rows_in_an_error_or_a_log(tmp_path, caplog, encrypted):
    engine = open_engine(tmp_path / "store.db", os.urandom(32) if encrypted else None)
    caplog.set_level(logging.DEBUG)  # the engine's logger too: it would log every statement and row
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE clients (id TEXT PRIMARY KEY, notes TEXT NOT NULL)"))
            conn.execute(text("INSERT INTO clients VALUES ('a', :notes)"), {"notes": MARKER})
            assert conn.execute(text("SELECT notes FROM clients")).scalar_one() == MARKER
        with pytest.raises(IntegrityError) as raised, engine.begin() as conn:
            conn.execute(text("INSERT INTO clients VALUES ('a', :notes)"), {"notes": MARKER})
    finally:
        engine.dispose()
    assert MARKER not in str(raised.value)
    assert MARKER not in caplog.text
