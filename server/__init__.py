"""Ketenplan's central sync server: accounts, devices and the per-tenant record store.

Stateless apart from its database (PostgreSQL in production, SQLite embedded), so
several processes can serve one tenant behind a proxy. Never imports the desktop.
"""
