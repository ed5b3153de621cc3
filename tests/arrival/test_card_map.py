"""The card's map: imported lines under the markers with their attribution, else a schematic map."""

import json

import pytest

from desktop.arrival.card_content import build_card
from desktop.arrival.map_data import OSM_ATTRIBUTION, MapDataError, attribution_of, load_map_data, parse_map_data
from desktop.arrival.render import DEMO_MAP, render_card
from domain.arrival.demo_hilversum import demo_directory
from tests.arrival.card_pdf import page_image, pdf_text, sample_person


def _osm_extract(tmp_path):
    data = json.loads(DEMO_MAP.read_text(encoding="utf-8"))
    data.update(source="openstreetmap", attribution="")
    path = tmp_path / "extract.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("collection", "expected"), [
    ({"source": "openstreetmap"}, OSM_ATTRIBUTION),
    ({"source": "osm", "attribution": "© OpenStreetMap contributors, ODbL"}, "© OpenStreetMap contributors, ODbL"),
    ({"attribution": "Kaartdata OpenStreetMap"}, f"Kaartdata OpenStreetMap · {OSM_ATTRIBUTION}"),
    ({"source": "pdok"}, "© Kadaster / PDOK (BRT)"),
    ({"attribution": "Eigen kaart"}, "Eigen kaart"),
])
def test_osm_data_always_carries_its_attribution(collection, expected):
    assert attribution_of(collection) == expected


@pytest.mark.parametrize("content", ["niet json", "[]", '{"type": "Feature"}',
                                     '{"type": "FeatureCollection", "features": [{"geometry": null}]}'])
def test_a_broken_map_file_is_refused_with_a_clear_message(tmp_path, content):
    path = tmp_path / "map.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MapDataError):
        load_map_data(path)


def test_unknown_kinds_are_skipped_and_lines_and_areas_kept():
    data = parse_map_data({"type": "FeatureCollection", "features": [
        {"properties": {"kind": "building"}, "geometry": {"type": "Point", "coordinates": [5.1, 52.2]}},
        {"properties": {"kind": "road"}, "geometry": {"type": "MultiLineString",
                                                      "coordinates": [[[5.1, 52.2], [5.2, 52.3]]] * 2}},
        {"properties": {"kind": "water"}, "geometry": {"type": "Polygon",
                                                       "coordinates": [[[5.1, 52.2], [5.2, 52.2], [5.1, 52.3]]]}},
    ]})
    assert len(data.lines) == 2 and len(data.areas) == 1 and data.attribution == ""


def _map_ink(pdf, page: int, road_like) -> int:
    image = page_image(pdf, page, 60)
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if road_like(image.pixelColor(x, y)))


@pytest.mark.parametrize("layout", ["wallet", "a4"])
def test_imported_osm_data_is_drawn_and_attributed(qapp, tmp_path, layout):
    page = -1  # the map is on the last page in both layouts
    card = build_card(sample_person(("ar",)), demo_directory())
    with_data, schematic = tmp_path / "data.pdf", tmp_path / "schematic.pdf"
    assert render_card(card, with_data, layout, load_map_data(_osm_extract(tmp_path))).clean
    assert render_card(card, schematic, layout, None).clean
    assert OSM_ATTRIBUTION in pdf_text(with_data)
    assert "OpenStreetMap" not in pdf_text(schematic)

    def orange(c):  # the major roads' colour
        return c.red() > 200 and 150 < c.green() < 200 and c.blue() < 140
    assert _map_ink(with_data, page, orange) > 20 and _map_ink(schematic, page, orange) == 0
