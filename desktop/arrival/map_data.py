"""Map data a municipality imports for the card's back: a small GeoJSON extract of roads and water.

Read from a local file, never fetched. The file is a GeoJSON FeatureCollection whose features
carry a "kind" (road, major_road, rail, water, park) and whose top level may say where it came
from: "source" ("openstreetmap", "pdok", ...) and "attribution". Data from OpenStreetMap is
under the ODbL and must print "© OpenStreetMap contributors"; PDOK's base map its own line.
A broken file is refused with a clear message; the card then falls back to the schematic map.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

OSM_ATTRIBUTION = "© OpenStreetMap contributors"
PDOK_ATTRIBUTION = "© Kadaster / PDOK (BRT)"
KINDS = ("water", "park", "rail", "major_road", "road")  # drawn in this order, roads on top
MAX_BYTES = 20_000_000
DEMO_MAP = Path(__file__).resolve().parents[2] / "resources" / "arrival" / "map" / "hilversum_demo.geojson"
LAYOUT_NAMES = ("wallet", "a4")  # the card's layouts (render.LAYOUTS), named here without Qt


class MapDataError(ValueError):
    pass


@dataclass(frozen=True)
class MapData:
    lines: tuple[tuple[str, tuple[tuple[float, float], ...]], ...]  # (kind, ((lon, lat), ...))
    areas: tuple[tuple[str, tuple[tuple[float, float], ...]], ...]  # (kind, outer ring)
    attribution: str  # what the card prints under the map ("" when the data asks for none)


def _points(coords) -> tuple[tuple[float, float], ...]:
    return tuple((float(p[0]), float(p[1])) for p in coords)


def attribution_of(collection: dict) -> str:
    source = str(collection.get("source", "")).strip().lower()
    given = str(collection.get("attribution", "")).strip()
    if "openstreetmap" in source or "openstreetmap" in given.lower() or source == "osm":
        if not given:
            return OSM_ATTRIBUTION
        return given if OSM_ATTRIBUTION.lower() in given.lower() else f"{given} · {OSM_ATTRIBUTION}"
    if source == "pdok" and not given:
        return PDOK_ATTRIBUTION
    return given


def parse_map_data(collection) -> MapData:
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise MapDataError("not a GeoJSON FeatureCollection")
    lines, areas = [], []
    for n, feature in enumerate(collection.get("features") or []):
        try:
            kind = str((feature.get("properties") or {}).get("kind", "road"))
            geometry = feature["geometry"]
            gtype, coords = geometry["type"], geometry["coordinates"]
            if kind not in KINDS:
                continue
            if gtype == "LineString":
                lines.append((kind, _points(coords)))
            elif gtype == "MultiLineString":
                lines.extend((kind, _points(part)) for part in coords)
            elif gtype == "Polygon":
                areas.append((kind, _points(coords[0])))
            elif gtype == "MultiPolygon":
                areas.extend((kind, _points(poly[0])) for poly in coords)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
            raise MapDataError(f"feature {n} is not a usable line or area ({type(error).__name__})") from None
    return MapData(tuple(lines), tuple(areas), attribution_of(collection))


def load_map_data(path: Path) -> MapData:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MapDataError(f"{path.name} is larger than {MAX_BYTES // 1_000_000} MB: cut a smaller extract")
        collection = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise MapDataError(f"{path.name} cannot be read ({error.strerror})") from None
    except (UnicodeDecodeError, ValueError):
        raise MapDataError(f"{path.name} is not GeoJSON") from None
    return parse_map_data(collection)
