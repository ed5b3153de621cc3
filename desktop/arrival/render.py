"""One card to one PDF, in either layout."""

from __future__ import annotations

from pathlib import Path

from desktop.arrival.card_content import Card
from desktop.arrival.handout import render_handout
from desktop.arrival.map_data import DEMO_MAP, MapData  # noqa: F401  (DEMO_MAP: one import for callers)
from desktop.arrival.text_fit import Audit
from desktop.arrival.wallet import render_wallet

LAYOUTS = {"wallet": render_wallet, "a4": render_handout}  # the names are map_data.LAYOUT_NAMES


def render_card(card: Card, path: Path, layout: str = "wallet", map_data: MapData | None = None) -> Audit:
    """Write the card; the audit says what did not fit or had no glyph (empty when all is well)."""
    return LAYOUTS[layout](card, Path(path), map_data)
