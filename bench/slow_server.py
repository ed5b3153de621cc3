"""The real sync server, each sync request (push, pull) answered only after --slow seconds: a
slow network or an overloaded server, as bench/sync_autosave.py needs it. Its own process, so
the desktop measured shares nothing with it but the machine.

    python bench/slow_server.py --database-url sqlite:///... --port 8766 --slow 3
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uvicorn  # noqa: E402

from server.app import create_app  # noqa: E402
from sync.protocol import API  # noqa: E402


def slowed(app, seconds: float):
    async def wrapped(scope, receive, send):
        if scope["type"] == "http" and scope.get("path", "").startswith(f"{API}/sync/"):
            await asyncio.sleep(seconds)
        await app(scope, receive, send)
    return wrapped


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--slow", type=float, default=3.0)
    args = parser.parse_args()
    uvicorn.run(slowed(create_app(args.database_url), args.slow), host="127.0.0.1", port=args.port,
                log_level="warning", lifespan="off")


if __name__ == "__main__":
    main()
