"""The .deb's Depends: the Debian packages that hold the system libraries the bundle needs.

The bundle carries its Python packages' libraries (Qt, ICU, libpython); libraries the
distribution itself provides (libEGL, libGL, fontconfig, X11/xcb, glib, CUPS...) are
left to it, as in any .deb. This script reads every ELF file in the bundle (readelf),
keeps the libraries it needs that the bundle lacks, finds their package on this build
machine (ldconfig, `dpkg -S`), and asks for the newest glibc symbol version used.

    python3 deb_depends.py BUNDLE_DIR   ->   prints "libc6 (>= 2.34), libegl1, ..."
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# Libraries a plugin may link to that a minimal build machine does not have installed
# (Wayland, for instance): their Debian packages, so the .deb still declares them.
KNOWN_PACKAGES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libcups.so.2": "libcups2",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
}
# The Debian 12 / Ubuntu 22.04 names; on newer releases the "t64" packages provide them.
LIBC_PACKAGE = "libc6"


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_libraries(files: list[Path]) -> set[str]:
    needed: set[str] = set()
    for path in files:
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True,
                                 text=True, check=False).stdout
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
    return needed


def newest_glibc(files: list[Path]) -> str:
    versions = set()
    for path in files:
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True,
                                 text=True, check=False).stdout
        versions.update(re.findall(r"\bGLIBC_(\d+\.\d+(?:\.\d+)?)\b", symbols))
    return max(versions, key=lambda v: tuple(int(part) for part in v.split(".")))


def system_paths() -> dict[str, str]:
    """soname -> path, for this machine's architecture, from the linker's cache."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True,
                           check=True).stdout
    paths: dict[str, str] = {}
    for name, flags, path in re.findall(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", cache, re.M):
        if "x86-64" in flags or "64bit" in flags or "x86_64" in path:
            paths.setdefault(name, path)
    return paths


def owning_package(path: str) -> str | None:
    candidates = {path, str(Path(path).resolve())}
    for candidate in list(candidates):
        for old, new in (("/usr/lib/", "/lib/"), ("/lib/", "/usr/lib/")):
            if candidate.startswith(old):
                candidates.add(new + candidate[len(old):])
    for candidate in sorted(candidates):
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                               check=False)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0].strip()
    return None


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    """(Depends entries, libraries whose package could not be found)."""
    files = elf_files(bundle)
    inside = {path.name for path in bundle.rglob("*")}
    wanted = sorted(needed_libraries(files) - inside)
    paths = system_paths()
    packages, unknown = set(), []
    for library in wanted:
        package = owning_package(paths[library]) if library in paths else None
        package = package or KNOWN_PACKAGES.get(library)
        if package is None:
            unknown.append(library)
        elif package != LIBC_PACKAGE:
            packages.add(package)
    return [f"{LIBC_PACKAGE} (>= {newest_glibc(files)})", *sorted(packages)], unknown


def main() -> int:
    entries, unknown = depends(Path(sys.argv[1]))
    if unknown:
        print(f"deb_depends: no package found for {', '.join(unknown)}", file=sys.stderr)
        return 1
    print(", ".join(entries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
