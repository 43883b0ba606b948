"""The desktop app at shelter scale: starting it, unlocking into the case list, scrolling.

    launch_to_unlock_screen  `python -m shelter_desk gui --vault DIR --quit-when-shown` in a
                             subprocess, from spawn to exit: Python's start, the imports
                             (PySide6, SQLAlchemy, the app), QApplication, preferences,
                             building and showing the unlock window, one turn of the event
                             loop, then the process's exit (small, but included)
    unlock_to_list           after the KDF and the vault's open: MainWindow(vault) (every
                             page's first queries), show(), events processed, then the case
                             table's visible rows painted (`viewport().grab()` returned)
    list_scroll_to_end       in a freshly shown MainWindow: scrollToBottom() and process
                             events while the lazy model can fetch more (a page of 200 per
                             fetch), until the last case is in the model, visible and painted

All three run on one demo vault of N people made by `create_demo_vault`, with cheap,
explicit Argon2id slots (m=1 MiB, t=1): the KDF is `unlock_kdf`'s business, not these.
The GUI runs on Qt's offscreen platform (QT_QPA_PLATFORM=offscreen), so the numbers do not
depend on a display server, and paint into offscreen backing stores instead of a screen.
The subprocess gets its own XDG_CONFIG_HOME, so the harness never reads or writes the
preferences of whoever runs it, and its own PYTHONPYCACHEPREFIX (PYTHONDONTWRITEBYTECODE
dropped), so the timed launches load bytecode as an installed app does instead of
compiling the repository's modules each time; the untimed first launch writes it.
One more launch under `python -X importtime` puts where the imports go in the note.

In process, the QApplication is set up as `run_gui` and the controller set it up (Fusion,
the default language); the first unlock_to_list and list_scroll_to_end rounds are untimed
(first-use costs: fonts, icons, catalogues) and the first one's time is in the notes.
Every round unlocks the vault (untimed) and builds a new MainWindow, so each scroll starts
from the first page with an empty SQLite page cache, as right after unlocking.
None has a plain-SQLite counterpart, so none gets a ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

from benchmarks.common import Measurement
from shelter_desk.services import cases
from shelter_desk.services.demo import DEMO_PASSPHRASE, DEMO_USER, create_demo_vault
from shelter_desk.store import vault as vault_module
from shelter_desk.store.kdf import KdfParams

NAMES = ("launch_to_unlock_screen", "unlock_to_list", "list_scroll_to_end")
GUI_NAMES = ("unlock_to_list", "list_scroll_to_end")

_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
_OFFSCREEN = "offscreen"


def run(people: int, names: Collection[str] = NAMES, *, launches: int = 8,
        unlocks: int = 12, scrolls: int = 5, seed: int = 2026) -> dict[str, Measurement]:
    results: dict[str, Measurement] = {}
    with tempfile.TemporaryDirectory(prefix="shelter-bench-desktop-") as temp:
        directory = Path(temp) / "vault"
        create_demo_vault(directory, people=people, seed=seed, params=_CHEAP).vault.lock()
        size = f"{(directory / vault_module.VAULT_DB).stat().st_size / 2**20:.0f} MiB"
        if "launch_to_unlock_screen" in names:
            scratch = Path(temp) / "launch"
            timings = _launches(directory, scratch, launches)
            results["launch_to_unlock_screen"] = Measurement(
                timings, note=f"subprocess spawn to exit, {len(timings)} launches after 1 "
                              "untimed (disk cache, bytecode cache); Python start + imports + "
                              "QApplication + unlock window + 1 event-loop turn + exit; "
                              f"{_import_note(directory, scratch)}")
        if not set(GUI_NAMES).isdisjoint(names):
            results.update(_gui(directory, people, names, unlocks=unlocks, scrolls=scrolls,
                                size=size))
    return results


# -- launch_to_unlock_screen ------------------------------------------------------------


def _launch_command(directory: Path, *extra: str) -> list[str]:
    return [sys.executable, *extra, "-m", "shelter_desk", "gui", "--vault", str(directory),
            "--user", DEMO_USER, "--quit-when-shown"]


def _launch_env(scratch: Path) -> dict[str, str]:
    """Offscreen, own preferences, and bytecode cached as an installed app has it.

    The repository's modules have no .pyc when PYTHONDONTWRITEBYTECODE is set (as it is in
    some sandboxes and CI), and compiling them costs every launch ~80 ms that an installed
    app never pays; the bytecode goes to a scratch prefix, written by the untimed launch.
    """
    (scratch / "config").mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": _OFFSCREEN,
           "XDG_CONFIG_HOME": str(scratch / "config"),
           "PYTHONPYCACHEPREFIX": str(scratch / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _launches(directory: Path, scratch: Path, repeats: int) -> list[float]:
    command, env = _launch_command(directory), _launch_env(scratch)
    timings: list[float] = []
    for round_ in range(repeats + 1):  # the first one fills the disk and bytecode caches
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        elapsed = (time.perf_counter() - start) * 1000.0
        if done.returncode != 0:
            raise RuntimeError(f"the app exited with {done.returncode}: {done.stderr[-2000:]}")
        if round_:
            timings.append(elapsed)
    return timings


def _import_note(directory: Path, scratch: Path) -> str:
    """Where a launch's imports go, from one `python -X importtime` launch (not a result).

    Each module's own ("self") time is summed by top-level package, so the shares add up
    and nothing is counted twice.
    """
    done = subprocess.run(_launch_command(directory, "-X", "importtime"),
                          env=_launch_env(scratch), capture_output=True, text=True,
                          check=False)
    by_package: dict[str, int] = {}
    for line in done.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package", nested ones indented
        fields = line.removeprefix("import time:").split("|")
        if len(fields) != 3 or not fields[0].strip().isdigit():
            continue
        package = fields[2].strip().split(".")[0]
        by_package[package] = by_package.get(package, 0) + int(fields[0])
    if not by_package:
        return "import time: not available"
    total = sum(by_package.values()) / 1000.0
    largest = sorted(by_package.items(), key=lambda item: -item[1])[:6]
    return (f"imports (-X importtime, 1 launch): {total:.0f} ms, by package (own time, "
            "ms): "
            + ", ".join(f"{package} {us / 1000.0:.0f}" for package, us in largest))


# -- in process: unlock_to_list, list_scroll_to_end ---------------------------------------


def _application() -> Any:
    """The process's QApplication, made as `run_gui` and the controller make it."""
    from PySide6.QtWidgets import QApplication

    from shelter_desk.gui.common.i18n import set_language
    from shelter_desk.gui.common.settings import Preferences

    app = QApplication.instance()
    if app is None:
        previous = os.environ.get("QT_QPA_PLATFORM")
        os.environ["QT_QPA_PLATFORM"] = _OFFSCREEN  # read once, when the app is made
        try:
            app = QApplication(sys.argv[:1])
        finally:
            if previous is None:
                del os.environ["QT_QPA_PLATFORM"]
            else:
                os.environ["QT_QPA_PLATFORM"] = previous
        app.setApplicationName("Shelter Desk")
        app.setOrganizationName("shelter-desk")
        app.setStyle("Fusion")
    set_language(Preferences().language)
    return app


def _unlock(directory: Path) -> vault_module.OpenVault:
    return vault_module.unlock(directory, user=DEMO_USER, passphrase=DEMO_PASSPHRASE)


def _show_list(opened: vault_module.OpenVault) -> Any:
    """MainWindow shown on the case list, its first page painted; the window."""
    from PySide6.QtWidgets import QApplication

    from shelter_desk.gui.common.settings import Preferences
    from shelter_desk.gui.shell.main_window import MainWindow

    window = MainWindow(opened, Preferences())
    window.show()
    QApplication.processEvents()
    while window.case_list.model.rowCount() == 0 and window.case_list.model.canFetchMore():
        QApplication.processEvents()
    window.case_list.table.viewport().grab()  # paints the visible rows
    return window


def _close(window: Any, opened: vault_module.OpenVault) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    try:
        if window is not None:
            window.close()
            window.deleteLater()
            # Outside a running event loop deleteLater waits for this.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        opened.lock()


def _scroll_to_end(window: Any) -> int:
    """Scroll until every case is loaded and the last one painted; rows in the model."""
    from PySide6.QtWidgets import QApplication

    table, model = window.case_list.table, window.case_list.model
    while model.canFetchMore():
        table.scrollToBottom()
        QApplication.processEvents()
    table.scrollToBottom()
    QApplication.processEvents()
    table.viewport().grab()
    rows = model.rowCount()
    last = table.rowAt(table.viewport().height() - 1)
    if last == -1:  # the table is shorter than the viewport
        last = rows - 1
    if last != rows - 1:
        raise RuntimeError(f"scrolled to the end but row {last} of {rows} is the last shown")
    return rows


def _gui(directory: Path, people: int, names: Collection[str], *, unlocks: int,
         scrolls: int, size: str) -> dict[str, Measurement]:
    _application()
    results: dict[str, Measurement] = {}
    opened = _unlock(directory)
    try:
        total = cases.count_cases(opened)
    finally:
        opened.lock()

    if "unlock_to_list" in names:
        timings: list[float] = []
        first_page = 0
        for _ in range(unlocks + 1):
            opened = _unlock(directory)  # the KDF and the open: not timed
            window = None
            try:
                start = time.perf_counter()
                window = _show_list(opened)
                timings.append((time.perf_counter() - start) * 1000.0)
                first_page = window.case_list.model.rowCount()
            finally:
                _close(window, opened)
        first, timings = timings[0], timings[1:]
        results["unlock_to_list"] = Measurement(
            timings, note=f"{people} people, {total} cases, vault.db {size}; MainWindow "
                          f"(all pages' first queries, {first_page} rows fetched) + show + "
                          f"events + visible rows painted; after unlock(); the untimed "
                          f"first round in this process took {first:.0f} ms")

    if "list_scroll_to_end" in names:
        timings = []
        fetches = 0
        page_size = 0
        for _ in range(scrolls + 1):
            opened = _unlock(directory)
            window = None
            try:
                window = _show_list(opened)
                model = window.case_list.model
                before, page_size = model.rowCount(), model.page_size
                start = time.perf_counter()
                rows = _scroll_to_end(window)
                timings.append((time.perf_counter() - start) * 1000.0)
            finally:
                _close(window, opened)
            fetches = -(-(rows - before) // page_size)
            if rows != total:
                raise RuntimeError(f"the list reached {rows} rows of {total} cases")
        first, timings = timings[0], timings[1:]
        per_fetch = statistics.median(timings) / max(fetches, 1)
        results["list_scroll_to_end"] = Measurement(
            timings, note=f"{total} cases of {people} people, all reached (= count_cases); "
                          f"{fetches} fetches of {page_size} rows after the first page, "
                          f"each a keyset query, then the last row painted; a fresh "
                          f"MainWindow per round; the untimed first round took "
                          f"{first:.0f} ms; {per_fetch:.1f} ms per fetch and repaint (p50)")
    return results
