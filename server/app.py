"""The app factory: one FastAPI app on one database, its schema brought up to date first."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from pydantic import BaseModel

from server.api import install_crowd_control, router
from server.db import Database
from server.devices_api import router as devices_router
from server.problems import install_problem_handlers
from server.region_api import install_region
from server.region_api import router as region_router
from server.request_body import BODY_PROBLEM_STATUSES, MAX_BODY_BYTES, RequestBodyMiddleware
from sync.protocol import PROTOCOL_VERSION, Problem


class Health(BaseModel):
    status: str


def create_app(database_url: str, *, max_body_bytes: int = MAX_BODY_BYTES, crowd: dict | None = None) -> FastAPI:
    """The server on database_url (sqlite:///... or postgresql+psycopg://...). Migrates it first;
    safe to call in several processes on one PostgreSQL at once. `crowd`: the waiting rooms' sizes
    (server.api.install_crowd_control), for tests."""
    db = Database(database_url)
    db.migrate()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.region_warmer.start()  # in a thread of its own: the start-up does not wait for it
        yield
        app.state.region_warmer.stop()
        db.dispose()

    app = FastAPI(title="Ketenplan sync server", version=f"protocol {PROTOCOL_VERSION}", lifespan=lifespan)
    app.state.db = db
    install_problem_handlers(app)
    install_crowd_control(app, **(crowd or {}))
    install_region(app)
    body_problems = {status: {"model": Problem} for status in BODY_PROBLEM_STATUSES}
    app.include_router(router, responses=body_problems)
    app.include_router(devices_router, responses=body_problems)
    app.include_router(region_router, responses=body_problems)
    app.add_middleware(RequestBodyMiddleware, max_bytes=max_body_bytes)
    # Level 1, as web servers use for answers made on the fly: level 9 (the default) took ten times
    # the CPU for 2 % smaller answers, and every sync pays it.
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=1)

    @app.get("/health", summary="For the proxy: the server is up and reaches its database", responses=body_problems)
    def health() -> Health:
        db.ping()
        return Health(status="ok")

    return app
