"""Per-computer preferences (QSettings). Nothing here is personal data, except the user
name, which is stored only when she ticks "remember me on this computer"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from shelter_desk.gui.common.i18n import DEFAULT_LANGUAGE, LANGUAGES

MIN_AUTO_LOCK, MAX_AUTO_LOCK, DEFAULT_AUTO_LOCK = 1, 120, 5
MIN_FONT, MAX_FONT = 8, 24


@dataclass
class Preferences:
    language: str = DEFAULT_LANGUAGE
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK
    font_size: int = 0  # 0: the system's size
    remembered_user: str = ""


class PreferenceStore:
    """Reads and writes Preferences; typed, clamped, one place for every key."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("shelter-desk", "shelter-desk")

    def load(self) -> Preferences:
        value = self._settings.value
        language = str(value("language", DEFAULT_LANGUAGE))
        minutes = _number(value("auto_lock_minutes", DEFAULT_AUTO_LOCK), DEFAULT_AUTO_LOCK)
        font = _number(value("font_size", 0), 0)
        return Preferences(
            language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
            auto_lock_minutes=max(MIN_AUTO_LOCK, min(MAX_AUTO_LOCK, minutes)),
            font_size=0 if font == 0 else max(MIN_FONT, min(MAX_FONT, font)),
            remembered_user=str(value("remembered_user", "")),
        )

    def save(self, preferences: Preferences) -> None:
        self._settings.setValue("language", preferences.language)
        self._settings.setValue("auto_lock_minutes", preferences.auto_lock_minutes)
        self._settings.setValue("font_size", preferences.font_size)
        if preferences.remembered_user:
            self._settings.setValue("remembered_user", preferences.remembered_user)
        else:
            self._settings.remove("remembered_user")
        self._settings.sync()


def _number(raw: object, default: int) -> int:
    try:
        return int(str(raw))
    except ValueError:
        return default
