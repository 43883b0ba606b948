#!/usr/bin/env python3
"""Are the system libraries Qt needs on this machine? Install them if we may, else say how.

Used by `make run`, `make test` and `.ci/run` before anything is built, so a fresh Debian or
Ubuntu machine with only python3, python3-venv, make and git either gets what it lacks
(running as root, or with sudo that needs no password) or stops at once with the one
`apt-get install` line to run, instead of failing after the venv and the demo vault are built.

Standard library only: it runs before the venv exists. Libraries are looked up by their
shared-object name (ldconfig's cache), not by package name, because distributions rename
packages (Ubuntu 24.04's libglib2.0-0t64) while the library keeps its name.

    check_system.py [--display] [--check-only]

--display adds the X11 (xcb) libraries a real window needs; without it, what Qt needs
headless (offscreen, as the tests run). --check-only never installs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable

# Debian package -> a shared object it ships (what Qt's platform plugins load).
HEADLESS = {
    "libegl1": "libEGL.so.1",
    "libgl1": "libGL.so.1",
    "libx11-6": "libX11.so.6",
    "libdbus-1-3": "libdbus-1.so.3",
    "libfontconfig1": "libfontconfig.so.1",
    "libfreetype6": "libfreetype.so.6",
    "libglib2.0-0": "libglib-2.0.so.0",
    "libxkbcommon0": "libxkbcommon.so.0",
}
# Qt's xcb plugin: its "xcb-cursor0 is needed" message appears whichever of these is missing.
DISPLAY = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
}


def installed_libraries() -> set[str]:
    """Shared-object names the dynamic linker can find (ldconfig's cache)."""
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        path = shutil.which(ldconfig) or (ldconfig if os.path.exists(ldconfig) else None)
        if path is None:
            continue
        try:
            listing = subprocess.run([path, "-p"], capture_output=True, text=True,
                                     check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
        return {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}
    return set()


def missing_packages(wanted: dict[str, str], present: Iterable[str]) -> list[str]:
    """The packages of `wanted` whose library is not in `present`, in `wanted`'s order."""
    found = set(present)
    return [package for package, library in wanted.items() if library not in found]


def python_venv_missing() -> bool:
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        return True
    return False


def apt_line(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def may_install() -> list[str] | None:
    """The command prefix to run apt-get as root without asking, or None if we may not."""
    if shutil.which("apt-get") is None:
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True,
                                               check=False).returncode == 0:
        return ["sudo"]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", action="store_true",
                        help="also the X11 (xcb) libraries a real window needs")
    parser.add_argument("--check-only", action="store_true", help="never install")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0  # Windows and macOS: PySide6's wheels carry what Qt needs
    wanted = dict(HEADLESS)
    if args.display:
        wanted |= DISPLAY
    present = installed_libraries()
    if not present:
        print("check_system: cannot list the system's libraries (no ldconfig); not checked.")
        return 0
    missing = missing_packages(wanted, present)
    if python_venv_missing():
        missing.append("python3-venv")
    if not missing:
        return 0
    prefix = None if args.check_only else may_install()
    if prefix is None:
        print("Shelter Desk needs system libraries this machine lacks. Run this, then again:")
        print("Shelter Desk necesita bibliotecas del sistema que faltan. Ejecuta esto y "
              "vuelve a intentar:")
        print()
        print("    " + apt_line(missing))
        return 1
    print("Installing / Instalando: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]):
        if subprocess.run([*prefix, *command], env=env, check=False).returncode != 0:
            print("apt-get failed; run it yourself / apt-get falló; ejecútalo tú:")
            print("    " + apt_line(missing))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
