"""Typed preferences with defaults on QSettings; window state kept apart; versioned upgrades.

Every key is read through a property that checks its type and range, so a hand-edited or
old settings file can never hand the app a value it cannot use. When the layout of the
settings changes, bump VERSION and add a step to UPGRADES that moves the old keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Ketenplan"
APPLICATION = "Ketenplan"

VERSION = 1
IDLE_MINUTES_DEFAULT = 5
IDLE_MINUTES_RANGE = (1, 120)
LANGUAGES = ("nl", "en")
LANGUAGE_DEFAULT = "nl"
SYNC_MINUTES_DEFAULT = 2
SYNC_MINUTES_RANGE = (1, 60)

_VERSION_KEY = "meta/settings_version"
_IDLE_KEY = "preferences/idle_lock_minutes"
_LANGUAGE_KEY = "preferences/language"
_SYNC_KEY = "sync/interval_minutes"
_GEOMETRY_KEY = "window/geometry"
_STATE_KEY = "window/state"
_SPLITTER_KEY = "window/splitter"  # the work page's splitter as saved on close before splitters/
_SPLITTERS_GROUP = "splitters/"

UpgradeStep = Callable[[QSettings], None]

# version reached -> the step that brings the keys of the version before up to it.
# Version 1 is the first layout: nothing older to move.
UPGRADES: dict[int, UpgradeStep] = {}


class Settings:
    def __init__(self, qsettings: QSettings | None = None,
                 upgrades: dict[int, UpgradeStep] | None = None, version: int = VERSION):
        # Tests pass their own QSettings (an INI file) so the user's settings stay untouched.
        self._qs = qsettings if qsettings is not None else QSettings(ORGANISATION, APPLICATION)
        self._upgrade(UPGRADES if upgrades is None else upgrades, version)

    @property
    def qsettings(self) -> QSettings:
        return self._qs

    def sync(self) -> None:
        self._qs.sync()

    # -- versions ----------------------------------------------------------------
    @property
    def version(self) -> int:
        return self._int(_VERSION_KEY, 0)

    def _upgrade(self, upgrades: dict[int, UpgradeStep], version: int) -> None:
        found = self.version
        if found >= version:
            return  # a newer app wrote these; leave its keys alone
        for step_version in range(found + 1, version + 1):
            step = upgrades.get(step_version)
            if step is not None:
                step(self._qs)
        self._qs.setValue(_VERSION_KEY, version)

    # -- preferences -------------------------------------------------------------
    @property
    def idle_lock_minutes(self) -> int:
        low, high = IDLE_MINUTES_RANGE
        value = self._int(_IDLE_KEY, IDLE_MINUTES_DEFAULT)
        return value if low <= value <= high else IDLE_MINUTES_DEFAULT

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        low, high = IDLE_MINUTES_RANGE
        self._qs.setValue(_IDLE_KEY, max(low, min(high, int(minutes))))

    @property
    def language(self) -> str:
        value = self._qs.value(_LANGUAGE_KEY, LANGUAGE_DEFAULT)
        return value if value in LANGUAGES else LANGUAGE_DEFAULT

    @language.setter
    def language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language: {language!r}")
        self._qs.setValue(_LANGUAGE_KEY, language)

    @property
    def sync_interval_minutes(self) -> int:
        """How often the app syncs in the background while unlocked and signed in."""
        low, high = SYNC_MINUTES_RANGE
        value = self._int(_SYNC_KEY, SYNC_MINUTES_DEFAULT)
        return value if low <= value <= high else SYNC_MINUTES_DEFAULT

    @sync_interval_minutes.setter
    def sync_interval_minutes(self, minutes: int) -> None:
        low, high = SYNC_MINUTES_RANGE
        self._qs.setValue(_SYNC_KEY, max(low, min(high, int(minutes))))

    # -- window state: how the window looked, not what the user chose --------------
    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY_KEY)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE_KEY)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes(_SPLITTER_KEY)

    def save_window(self, geometry: QByteArray, state: QByteArray,
                    splitter: QByteArray | None = None) -> None:
        self._qs.setValue(_GEOMETRY_KEY, geometry)
        self._qs.setValue(_STATE_KEY, state)
        if splitter is not None:
            self._qs.setValue(_SPLITTER_KEY, splitter)

    def splitter_state_of(self, name: str) -> QByteArray | None:
        """Where the user left the splitter called `name` (saved on every move)."""
        return self._bytes(_SPLITTERS_GROUP + name)

    def save_splitter(self, name: str, state: QByteArray) -> None:
        self._qs.setValue(_SPLITTERS_GROUP + name, state)

    # -- typed reads -------------------------------------------------------------
    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._qs.value(key, default))
        except (TypeError, ValueError):
            return default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None
