"""The where and when of a service in its editor: its location (one of the kaart's, changed in place,
or a new one) and its weekly opening hours. Times are typed (a wheel or a stray key cannot move
them); the drop-downs are left to the application's wheel guard. Problems come back in Dutch, per
field, from the domain's rules (domain/arrival/location_form.py, opening_hours.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QWidget

from domain.arrival.location_form import PlaceForm, location_from_form
from domain.arrival.model import APPOINTMENT, WALK_IN, Directory, Location, Schedule, Service
from domain.arrival.opening_hours import CLOSED, DayHours, schedules_from_week, week_from_schedules
from domain.errors import FieldError

NEW = "new"  # the location choice that makes a new location


class LocationFields(QWidget):
    """Which location the service is at, and that location's name, address and coordinates."""

    def __init__(self, directory: Directory | None, service: Service, parent: QWidget | None = None):
        super().__init__(parent)
        self._locations = {loc.id: loc for loc in (directory.locations if directory else ())}
        here = directory.locations_of(service.id) if directory else ()
        self.current_id = here[0].id if here else None
        provinces = [a.state_province for loc in self._locations.values() for a in loc.addresses]
        self._province = max(set(provinces), key=provinces.count) if provinces else ""
        self.choice = QComboBox(self)
        self.choice.setObjectName("serviceLocation")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(24)  # a long name and street do not widen the dialog
        if self.current_id is None:  # taking a service off its place is removing the link, not this form's job
            self.choice.addItem(self.tr("No location"), None)
        for loc in sorted(self._locations.values(), key=lambda loc: (loc.name or "").casefold()):
            street = loc.addresses[0].address_1 if loc.addresses else ""
            self.choice.addItem(f"{loc.name or ''} – {street}".strip(" –"), loc.id)
        self.choice.addItem(self.tr("New location…"), NEW)
        self.name, self.street, self.postcode, self.city, self.province = (QLineEdit(self) for _ in range(5))
        self.latitude, self.longitude = QLineEdit(self), QLineEdit(self)
        self.postcode.setPlaceholderText(self.tr("1234 AB"))
        self.latitude.setPlaceholderText(self.tr("optional, e.g. 52.2233"))
        self.longitude.setPlaceholderText(self.tr("optional, e.g. 5.1761"))
        self.shared = QLabel(self)
        self.shared.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Location"), self.choice)
        form.addRow("", self.shared)
        for label, edit in ((self.tr("Na&me"), self.name), (self.tr("&Street and number"), self.street),
                            (self.tr("&Postcode"), self.postcode), (self.tr("&City"), self.city),
                            (self.tr("Pro&vince"), self.province), (self.tr("La&titude"), self.latitude),
                            (self.tr("Lon&gitude"), self.longitude)):
            form.addRow(label, edit)
        self.choice.currentIndexChanged.connect(self._show)
        self.choice.setCurrentIndex(max(0, self.choice.findData(self.current_id)))
        self._show()

    def _fields(self) -> tuple[QLineEdit, ...]:
        return self.name, self.street, self.postcode, self.city, self.province, self.latitude, self.longitude

    def _show(self) -> None:
        chosen = self.choice.currentData()
        held = self._locations.get(chosen) if chosen else None
        a = held.addresses[0] if held and held.addresses else None
        values = (held.name or "", a.address_1, a.postal_code, a.city, a.state_province) if a else \
            ((held.name or "") if held else "", "", "", "", self._province)
        coords = ("" if held is None or held.latitude is None else f"{held.latitude:g}",
                  "" if held is None or held.longitude is None else f"{held.longitude:g}")
        for edit, value in zip(self._fields(), (*values, *coords), strict=True):
            edit.setText(value)
            edit.setEnabled(chosen is not None)
        self.shared.setText(self.tr("Changes to this location show at every service there.") if held else "")

    def location(self, organization_id: str) -> tuple[Location | None, bool, dict[str, str]]:
        """(the location chosen, whether it is new or changed, problems by field path)."""
        chosen = self.choice.currentData()
        if chosen is None:
            return None, False, {}
        held = self._locations.get(chosen)
        form = PlaceForm(*(edit.text() for edit in self._fields()))
        location, errors = location_from_form(form, organization_id, held)
        return location, location is not None and location != held, errors

    def problems(self, errors: dict[str, str]) -> list[str]:
        names = {"name": self.tr("name"), "address_1": self.tr("street"), "city": self.tr("city"),
                 "state_province": self.tr("province"), "latitude": self.tr("latitude"),
                 "longitude": self.tr("longitude")}
        out = []
        for path, code in errors.items():
            key = path.rsplit(".", 1)[-1]
            if key == "postal_code":
                out.append(self.tr("The postcode is not a Dutch postcode: write four digits and two letters, "
                                   "e.g. 1211 AB."))
            elif key in ("latitude", "longitude"):
                out.append(self.tr("Coordinates: give both, as degrees (latitude -90 to 90, longitude -180 to "
                                   "180), e.g. 52.2233 and 5.1761, or leave both empty."))
            elif code == FieldError.REQUIRED:
                out.append(self.tr("The location's {field} is missing.").format(field=names.get(key, key)))
            else:
                out.append(self.tr("The location's {field} is not right.").format(field=names.get(key, key)))
        return list(dict.fromkeys(out))


class WeekFields(QWidget):
    """Per weekday: closed, walk-in hours or by appointment, with the times it opens and closes."""

    def __init__(self, schedules: tuple[Schedule, ...], parent: QWidget | None = None):
        super().__init__(parent)
        week, self._kept = week_from_schedules(schedules)
        self._loaded = week
        self._original = schedules
        grid = QGridLayout(self)
        for column, title in enumerate((self.tr("Day"), self.tr("Open"), self.tr("Opens"), self.tr("Closes"))):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, column)
        self.rows: dict[str, tuple[QComboBox, QLineEdit, QLineEdit]] = {}
        for row, day in enumerate(week, start=1):
            how = QComboBox(self)
            how.setObjectName(f"hours{day.day}")
            for label, value in ((self.tr("Closed"), CLOSED), (self.tr("Walk-in hours"), WALK_IN),
                                 (self.tr("By appointment"), APPOINTMENT)):
                how.addItem(label, value)
            how.setCurrentIndex(max(0, how.findData(day.attending)))
            opens, closes = QLineEdit(day.opens, self), QLineEdit(day.closes, self)
            for edit in (opens, closes):
                edit.setPlaceholderText(self.tr("hh:mm"))
                edit.setMaximumWidth(90)
            grid.addWidget(QLabel(self.day_name(day.day), self), row, 0)
            grid.addWidget(how, row, 1)
            grid.addWidget(opens, row, 2)
            grid.addWidget(closes, row, 3)
            self.rows[day.day] = (how, opens, closes)
        note = self.tr("{count} other opening times (from an import) are kept as they are.").format(
            count=len(self._kept)) if self._kept else ""
        grid.addWidget(QLabel(note, self), len(week) + 1, 0, 1, 4)
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(len(week) + 2, 1)

    def day_name(self, day: str) -> str:
        return {"MO": self.tr("Monday"), "TU": self.tr("Tuesday"), "WE": self.tr("Wednesday"),
                "TH": self.tr("Thursday"), "FR": self.tr("Friday"), "SA": self.tr("Saturday"),
                "SU": self.tr("Sunday")}[day]

    def week(self) -> tuple[DayHours, ...]:
        return tuple(DayHours(day, how.currentData(), opens.text().strip(), closes.text().strip())
                     for day, (how, opens, closes) in self.rows.items())

    def schedules(self) -> tuple[tuple[Schedule, ...], dict[str, str]]:
        """The service's schedules after the edit (unchanged ones as they were), or the problems."""
        week = self.week()
        if week == self._loaded:
            return self._original, {}
        made, errors = schedules_from_week(week)
        return ((), errors) if errors else ((*made, *self._kept), {})

    def problems(self, errors: dict[str, str]) -> list[str]:
        out = []
        for path, code in errors.items():
            day, key = path.split(".")
            _, opens, closes = self.rows[day]
            typed = (opens if key == "opens_at" else closes).text().strip()
            if code == FieldError.TIME_INVALID:
                out.append(self.tr("{day}: {time} is not a time; write hh:mm between 00:00 and 23:59, e.g. "
                                   "09:00.").format(day=self.day_name(day), time=typed))
            elif code == FieldError.END_BEFORE_START:
                out.append(self.tr("{day}: it closes before it opens.").format(day=self.day_name(day)))
            else:
                out.append(self.tr("{day}: give the time it opens and the time it closes.").format(
                    day=self.day_name(day)))
        return list(dict.fromkeys(out))
