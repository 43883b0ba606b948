"""What Shelter Desk is made of, from the installed metadata or a bundle's licence folder."""

from __future__ import annotations

import json
import sys

from shelter_desk import about


def test_installed_components_follow_the_runtime_requirements_only():
    components = {c.name.lower(): c for c in about.installed_components()}
    for name in ("shelter-desk", "python", "qt", "pyside6_essentials", "pyside6_addons",
                 "sqlalchemy", "sqlcipher3", "cryptography", "alembic", "pycountry",
                 "openpyxl", "platformdirs"):
        assert name in components, name
    assert "pytest" not in components and "pyinstaller" not in components
    assert components["sqlalchemy"].license == "MIT"
    assert "LICENSE" in [path.name for path in components["sqlalchemy"].license_files]
    assert "GNU AFFERO GENERAL PUBLIC LICENSE" in components["shelter-desk"].license_text()
    assert components["qt"].license == about.QT_LICENSE
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in components["qt"].license_text()


def test_a_bundle_reads_its_own_licence_folder(tmp_path, monkeypatch):
    # GIVEN an installed copy whose build wrote licenses/components.json
    licenses = tmp_path / "licenses"
    (licenses / "Qt").mkdir(parents=True)
    (licenses / "Qt" / "LGPL-3.0.txt").write_text("LGPL text", encoding="utf-8")
    (licenses / about.COMPONENTS_FILE).write_text(json.dumps([
        {"name": "Qt", "version": "6.12.0", "license": "LGPL-3.0-only",
         "files": ["Qt/LGPL-3.0.txt"]}]), encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    # WHEN the app asks what it is made of
    components = about.components()
    # THEN it reads the folder, not the (absent) metadata
    assert [(c.name, c.license) for c in components] == [("Qt", "LGPL-3.0-only")]
    assert components[0].license_text() == "LGPL text"
