"""Errors in logs without what they were about: an exception's class and where it was raised,
never its message. A message may quote a record, an SQL statement's parameters, a password or
a token (a database error, a failed date parse, a validation error all do), and logs travel
further than the encrypted store. Used by the server and the desktop alike; pure Python.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

FRAMES = 3  # the innermost frames: where it happened, without the whole way there


def describe(exc: BaseException) -> str:
    """'IntegrityError (raised in records.py:120 _apply, ...)', for each exception of the chain."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)[-FRAMES:]
        where = ", ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}" + (f" (raised in {where})"
                                                                                   if where else ""))
        current = current.__cause__ or current.__context__
    return "; from ".join(parts)


class WithoutExceptionText(logging.Filter):
    """On a logger whose records we do not write ourselves (the web server's "Exception in ASGI
    application"): the traceback goes, the exception's class and place stay."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()} [{describe(record.exc_info[1])}]"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def guard_logger(name: str) -> None:
    """Install WithoutExceptionText on this logger, once."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, WithoutExceptionText) for f in logger.filters):
        logger.addFilter(WithoutExceptionText())


def guard_process() -> None:
    """For a program's main: every handler of the root logger drops exception texts, and an
    uncaught exception (a crash, in any thread) is logged by class and place, not printed whole."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, WithoutExceptionText) for f in handler.filters):
            handler.addFilter(WithoutExceptionText())
    crash_log = logging.getLogger("crash")

    def on_crash(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        crash_log.critical("uncaught %s", describe(exc.with_traceback(tb) if tb else exc))  # type: ignore[arg-type]

    def on_thread_crash(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            crash_log.critical("uncaught in thread %s: %s", getattr(args.thread, "name", "?"),
                               describe(args.exc_value))

    guard_access_log("httpx")  # the desktop's requests, logged at INFO
    # A handler that fails (a closed stream, a full disk) would otherwise print the record's message
    # and arguments and the exception being handled, a validation error's input with it, to stderr.
    logging.raiseExceptions = False
    sys.excepthook = on_crash
    threading.excepthook = on_thread_crash


class WithoutRows(logging.Filter):
    """SQLAlchemy logs each row read at DEBUG: with the engine's logger at DEBUG, records would
    reach the log whole. Statements (INFO) stay; their parameters the engines hide."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO


def quiet_engine_rows() -> None:
    """Install WithoutRows where SQLAlchemy's engines log, once; for every engine made."""
    logger = logging.getLogger("sqlalchemy.engine.Engine")
    if not any(isinstance(f, WithoutRows) for f in logger.filters):
        logger.addFilter(WithoutRows())


class WithoutQuery(logging.Filter):
    """The web server's access line without the query: what was asked after (a client's id in an
    audit search, a date) says whom someone looked up. Method, path and status stay."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_without_query(arg) for arg in record.args)
        return True


def _without_query(arg: object) -> object:
    if isinstance(arg, str) and "?" in arg and (arg.startswith("/") or "://" in arg):
        return arg.split("?", 1)[0]
    if hasattr(arg, "copy_with") and getattr(arg, "query", None):  # an httpx.URL: the desktop's requests
        return arg.copy_with(query=None)
    return arg


def guard_access_log(name: str = "uvicorn.access") -> None:
    logger = logging.getLogger(name)
    if not any(isinstance(f, WithoutQuery) for f in logger.filters):
        logger.addFilter(WithoutQuery())
