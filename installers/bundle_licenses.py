"""Build step of the spec: the bundle's `licenses/` folder.

Every component's licence texts are copied from the installed distributions' metadata
(`License-File`), found by `shelter_desk.about` from Shelter Desk's own requirements (Qt's
LGPLv3 and GPLv3 from resources/licenses/, as the wheels carry none), and listed in
`components.json`, which the About dialog of the installed app reads.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from shelter_desk.about import COMPONENTS_FILE, installed_components

ROOT = Path(__file__).resolve().parent.parent


def write_licenses(target: Path) -> list[str]:
    """Fill `target` (emptied first); return the components that have no licence text."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    entries, missing = [], []
    for component in installed_components():
        folder = re.sub(r"[^A-Za-z0-9_.-]+", "_", component.name)
        sources = list(component.license_files)
        if component.name == "shelter-desk":
            sources += [path for path in (ROOT / "LICENSE", ROOT / "COPYING") if path.is_file()]
        files = []
        for source in sources:
            (target / folder).mkdir(exist_ok=True)
            shutil.copyfile(source, target / folder / source.name)
            files.append(f"{folder}/{source.name}")
        if not files:
            missing.append(component.name)
        entries.append({"name": component.name, "version": component.version,
                        "license": component.license, "files": files})
    (target / COMPONENTS_FILE).write_text(json.dumps(entries, indent=1, ensure_ascii=False),
                                          encoding="utf-8")
    return missing
