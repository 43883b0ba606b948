"""Every interface string is translated, and the shipped .qm files match their .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shelter_desk.paths import resources_dir

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own committed file
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code today."""
    target = tmp_path_factory.mktemp("ts") / "current_es.ts"
    sources = sorted(str(p) for p in (REPO / "shelter_desk" / "gui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-source-language", "es",
                    "-ts", str(target)], check=True, capture_output=True)
    return _messages(target)


@pytest.mark.parametrize("language", ["es", "en"])
def test_no_string_is_missing_or_unfinished(extracted, language):
    committed = _messages(TRANSLATIONS / f"shelter_desk_{language}.ts")
    missing = sorted(set(extracted) - set(committed))
    assert missing == [], f"run `make translations` and translate: {missing[:5]}"
    unfinished = [key for key, message in committed.items()
                  if message.find("translation").get("type") in ("unfinished", "vanished",
                                                                  "obsolete")]
    assert unfinished == []
    empty = [key for key, message in committed.items()
             if not ("".join(message.find("translation").itertext())).strip()]
    assert empty == []


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_shipped_qm_is_the_compiled_ts(tmp_path, language):
    ts = TRANSLATIONS / f"shelter_desk_{language}.ts"
    shutil.copy(ts, tmp_path / ts.name)
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(tmp_path / ts.name), "-qm",
                    str(tmp_path / "fresh.qm")], check=True, capture_output=True)
    assert (tmp_path / "fresh.qm").read_bytes() == (
        TRANSLATIONS / f"shelter_desk_{language}.qm").read_bytes()


def test_spanish_plurals_read_naturally(qapp):
    from PySide6.QtCore import QCoreApplication

    from shelter_desk.gui.common.i18n import set_language

    set_language("es")
    translate = QCoreApplication.translate
    assert translate("CaseListPage", "%n expediente(s)", "", 1) == "1 expediente"
    assert translate("CaseListPage", "%n expediente(s)", "", 3) == "3 expedientes"
    set_language("en")
    assert translate("CaseListPage", "%n expediente(s)", "", 3) == "3 case files"
    set_language("es")
