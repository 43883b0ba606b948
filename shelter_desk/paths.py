"""Where Shelter Desk keeps things on this computer (platformdirs); stdlib and platformdirs only."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "shelter-desk"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def bundle_dir() -> Path | None:
    """The folder of an installed copy (a PyInstaller bundle); None when run from source."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else None


def resources_dir() -> Path:
    """resources/ beside the package: the source tree, or a PyInstaller bundle's folder."""
    bundle = bundle_dir()
    if bundle:
        return bundle / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
