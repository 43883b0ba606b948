"""What Shelter Desk is made of: its components, their versions and licences (stdlib only).

An installed copy (a PyInstaller bundle) reads `licenses/components.json`, written at
build time with the licence texts beside it; a source checkout reads the same facts from
the installed distributions' metadata, following Shelter Desk's own requirements.
"""

from __future__ import annotations

import json
import re
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from shelter_desk.paths import bundle_dir, resources_dir

DISTRIBUTION = "shelter-desk"
COMPONENTS_FILE = "components.json"
# Qt's own libraries come inside the Qt for Python wheels, which carry no licence file:
# the LGPLv3 and the GPLv3 it builds on are kept in resources/licenses/.
QT_LICENSE = "LGPL-3.0-only"
QT_LICENSE_FILES = ("LGPL-3.0.txt", "GPL-3.0.txt")
QT_DISTRIBUTIONS = ("pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6")
# Where the metadata says nothing useful, or leaves out what the wheel has built in.
_DECLARED = {"sqlcipher3": "Zlib; built in: SQLCipher (BSD-3-Clause), OpenSSL (Apache-2.0)"}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str
    license_files: tuple[Path, ...] = ()

    def license_text(self) -> str:
        return "\n\n".join(path.read_text(encoding="utf-8", errors="replace")
                           for path in self.license_files if path.is_file())


def licenses_dir() -> Path | None:
    """The bundle's licence folder; None when running from source."""
    bundle = bundle_dir()
    return bundle / "licenses" if bundle else None


def components() -> list[Component]:
    """Shelter Desk, Python and every library it runs on, Shelter Desk first."""
    folder = licenses_dir()
    if folder is not None and (folder / COMPONENTS_FILE).is_file():
        return read_components(folder)
    return installed_components()


def read_components(folder: Path) -> list[Component]:
    entries = json.loads((folder / COMPONENTS_FILE).read_text(encoding="utf-8"))
    return [Component(entry["name"], entry["version"], entry["license"],
                      tuple(folder / name for name in entry["files"])) for entry in entries]


def installed_components() -> list[Component]:
    found: list[Component] = []
    seen: set[str] = set()
    pending = [DISTRIBUTION]
    while pending:
        name = _normalised(pending.pop(0))
        if name in seen:
            continue
        seen.add(name)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform
        found.append(_component(distribution))
        if name == "pyside6-essentials":  # the Qt libraries inside the wheel
            found.append(Component("Qt", distribution.version, QT_LICENSE, _qt_texts()))
        pending.extend(_runtime_requirements(distribution))
    first, rest = found[:1], sorted(found[1:], key=lambda c: c.name.lower())
    return [*first, _python(), *rest]


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements(distribution: metadata.Distribution) -> list[str]:
    names = []
    for requirement in distribution.requires or []:
        if "extra ==" in requirement:
            continue  # optional extras (tests, builds) are not shipped
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        if match:
            names.append(match.group(0))
    return names


def _component(distribution: metadata.Distribution) -> Component:
    info = distribution.metadata
    wanted = {Path(name).name for name in info.get_all("License-File") or []}
    files = tuple(Path(str(file.locate())) for file in distribution.files or []
                  if file.parts[0].endswith(".dist-info") and file.name in wanted)
    if not files and _normalised(info["Name"] or "") == _normalised("shelter-desk"):
        # Run from a source checkout (an editable install's egg-info lists no files):
        # the licence is the one at the top of the tree.
        source_tree = Path(__file__).resolve().parents[1]
        files = tuple(source_tree / name for name in sorted(wanted)
                      if (source_tree / name).is_file())
    if _normalised(info["Name"] or "") in QT_DISTRIBUTIONS:
        files = (*files, *_qt_texts())
    return Component(info["Name"], distribution.version, _license_name(distribution), files)


def _qt_texts() -> tuple[Path, ...]:
    return tuple(resources_dir() / "licenses" / name for name in QT_LICENSE_FILES)


def _license_name(distribution: metadata.Distribution) -> str:
    info = distribution.metadata
    name = _normalised(info["Name"] or "")
    if name in QT_DISTRIBUTIONS:
        return QT_LICENSE  # offered under LGPLv3, GPLv2 or GPLv3: we use the LGPLv3
    if name in _DECLARED:
        return _DECLARED[name]
    expression = info.get("License-Expression")
    if expression:
        return expression
    declared = (info.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 80:
        return declared
    classifiers = [c.split(" :: ")[-1] for c in info.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text"


def _python() -> Component:
    # Beside the standard library on Linux and macOS, in the installation folder on Windows.
    candidates = (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt")
    texts = tuple(path for path in candidates if path.is_file())[:1]
    version = ".".join(str(part) for part in sys.version_info[:3])
    return Component("Python", version, "PSF-2.0", texts)
