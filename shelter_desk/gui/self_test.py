"""`shelter-desk --self-test`: proves that an installed copy works, from its own files.

It takes the path the app takes, offscreen and in a throw-away vault: Qt starts, the
translations and the catalogue load, a vault is created (every Alembic migration runs),
a case is written, the vault is locked, unlocked and the case read back, the main window
is built (QtCharts), the statistics are exported (openpyxl, Qt's PDF writer), the PDF is
attached (files.db) and shown (QtPdf), About lists the licences, and the vault is
locked. A bundle that lacks a module, a plugin or a data file fails here, naming the step.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from shelter_desk import __version__
from shelter_desk.store.vault import OpenVault

# Synthetic and public on purpose: the vault lives for a second in a temporary folder.
_ORGANISATION = "Autoverificación"
_USER = "verificadora"
_PASSPHRASE = "prueba-de-instalacion-2026"  # noqa: S105 - public: a throw-away vault
_GIVEN, _FAMILY = "Persona", "De Prueba"


@dataclass
class _State:
    folder: Path
    opened: OpenVault | None = None
    case_id: int = 0
    pdf: Path = field(default=Path())
    qt_app: object = None  # the QApplication, kept alive for every step

    @property
    def vault(self) -> OpenVault:
        if self.opened is None:
            raise RuntimeError("no vault: an earlier step failed")
        return self.opened


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Print one line per step and OK, and return 0; or name the failing step, return 1."""
    # Before Qt is imported: no window is ever shown, and no display is needed.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    print(f"Shelter Desk {__version__} self-test ({sys.platform}, "
          f"{'bundle' if getattr(sys, 'frozen', False) else 'source'})", file=out)
    folder = Path(tempfile.mkdtemp(prefix="shelter-desk-self-test-"))
    state = _State(folder)
    started = time.perf_counter()
    try:
        for name, step in STEPS:
            step_started = time.perf_counter()
            try:
                detail = step(state)
            except Exception as error:  # every failure is reported, none escapes
                print(f"FAIL  {name}: {type(error).__name__}: {error}", file=out)
                return 1
            elapsed = (time.perf_counter() - step_started) * 1000
            print(f"ok    {name}: {detail} ({elapsed:.0f} ms)", file=out)
    finally:
        _lock(state)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"OK ({time.perf_counter() - started:.1f} s)", file=out)
    return 0


def _lock(state: _State) -> None:
    if state.opened is not None and not state.opened.is_locked:
        state.opened.lock()


def _qt(state: _State) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    state.qt_app = QApplication.instance() or QApplication(["shelter-desk"])
    return f"Qt for Python {pyside_version}, platform {QApplication.platformName()}"


def _translations(_state: _State) -> str:
    from PySide6.QtCore import QCoreApplication

    from shelter_desk.gui.common.i18n import set_language

    try:
        if not set_language("en"):
            raise RuntimeError("shelter_desk_en.qm did not load")
        english = QCoreApplication.translate("MainWindow", "Expedientes")
        if english != "Cases":
            raise RuntimeError(f"'Expedientes' became {english!r}, not 'Cases'")
    finally:
        set_language("es")
    return "es, en"


def _catalog(_state: _State) -> str:
    from shelter_desk.catalog.geo import country_name
    from shelter_desk.catalog.loader import default_catalog

    catalog = default_catalog()
    if country_name("MX", "es") != "México":
        raise RuntimeError(f"pycountry names MX {country_name('MX', 'es')!r} in Spanish")
    return f"{len(catalog.document_types)} document types; countries in Spanish"


def _create(state: _State) -> str:
    from shelter_desk.store import kdf, migrate
    from shelter_desk.store.vault import create_vault

    # Cheap keys for a vault that lives a second: the same code, without the half-second
    # calibration per Argon2id run.
    params = kdf.KdfParams(memory_kib=8192, iterations=1, lanes=1)
    created = create_vault(state.folder / "vault", organisation_name=_ORGANISATION,
                           user=_USER, passphrase=_PASSPHRASE, params=params)
    state.opened = created.vault
    return f"every migration up to {migrate.head_revision()}"


def _write_case(state: _State) -> str:
    from shelter_desk.domain.people import PersonDetails
    from shelter_desk.services import cases

    opened = cases.open_case(state.vault, PersonDetails(_GIVEN, family_names=_FAMILY))
    state.case_id = opened.value.id
    state.vault.lock()
    return f"case {opened.value.code} written, vault locked"


def _unlock_and_read(state: _State) -> str:
    from shelter_desk.services import cases
    from shelter_desk.store import migrate
    from shelter_desk.store.vault import unlock

    state.opened = unlock(state.folder / "vault", user=_USER, passphrase=_PASSPHRASE)
    case_file = cases.open_case_file(state.vault, state.case_id)
    name = case_file.principal.person.details.given_names
    if name != _GIVEN:
        raise RuntimeError(f"read back {name!r}, not {_GIVEN!r}")
    with state.vault.read() as connection:
        revision = migrate.current_revision(connection)
    return f"unlocked at schema {revision}, case read back"


def _main_window(state: _State) -> str:
    from shelter_desk.gui.common.settings import Preferences
    from shelter_desk.gui.shell.main_window import MainWindow

    window = MainWindow(state.vault, Preferences())
    try:
        for section in range(len(window.sections)):
            window.navigate(section)
        window.open_case(state.case_id)
        shown = window.case_view.isVisibleTo(window)
    finally:
        window.close()
        window.deleteLater()
    if not shown:
        raise RuntimeError("the case view did not open")
    return f"{len(window.sections)} sections and the case view"


def _exports(state: _State) -> str:
    from openpyxl import load_workbook

    from shelter_desk.gui.reports.pdf_report import render_report_pdf
    from shelter_desk.reports.period import quarter_of
    from shelter_desk.services import statistics
    from shelter_desk.services.common import today

    period = quarter_of(today())
    workbook_path = state.folder / "report.xlsx"
    statistics.export_report(state.vault, period, "xlsx", workbook_path)
    sheets = load_workbook(workbook_path, read_only=True).sheetnames
    state.pdf = state.folder / "report.pdf"
    statistics.export_report(state.vault, period, "pdf", state.pdf,
                             pdf_writer=render_report_pdf)
    return f"{period.label}: xlsx ({len(sheets)} sheets), pdf ({state.pdf.stat().st_size} bytes)"


def _network_report(state: _State) -> str:
    from shelter_desk.network.linear_program import LinearProgram
    from shelter_desk.reports.period import quarter_of
    from shelter_desk.services import network_reports
    from shelter_desk.services.common import today

    # The auditor's solver (GLPK, a compiled library the bundle must carry): x + y = 10
    # with both at least 1 leaves x between 1 and 9.
    with LinearProgram(2, [{0: 1.0, 1: 1.0}], [10.0]) as program:
        low, high = program.minimise([1.0, 0.0]), program.minimise([-1.0, 0.0])
    if low is None or high is None or (round(low[0]), round(-high[0])) != (1, 9):
        raise RuntimeError(f"the linear programs gave {low} and {high}")
    preview = network_reports.build_preview(state.vault, quarter_of(today()).label)
    return f"{preview.period} revision {preview.revision}, {len(preview.canonical)} bytes"


def _attachment(state: _State) -> str:
    from shelter_desk.gui.attachments.viewer import AttachmentViewer
    from shelter_desk.services import attachments

    added = attachments.add_attachment(state.vault, state.pdf, case_id=state.case_id)
    content = attachments.read_attachment(state.vault, added.value.id)
    viewer = AttachmentViewer(content, added.value.media_type, added.value.file_name)
    try:
        pages = viewer.page_count
    finally:
        viewer.close()
    if pages < 1:
        raise RuntimeError("QtPdf could not read the attached PDF")
    return f"stored encrypted, shown by QtPdf ({pages} pages)"


def _about(_state: _State) -> str:
    from shelter_desk.about import licenses_dir
    from shelter_desk.gui.shell.about_dialog import AboutDialog

    dialog = AboutDialog()
    try:
        names = [component.name for component in dialog.components]
        qt = dialog.components[names.index("Qt")] if "Qt" in names else None
        if qt is None or "GNU LESSER GENERAL PUBLIC LICENSE" not in qt.license_text():
            raise RuntimeError("the About dialog has no LGPL text for Qt")
    finally:
        dialog.close()
    source = licenses_dir() or "installed metadata"
    return f"{len(names)} components and their licences, from {source}"


def _lock_step(state: _State) -> str:
    _lock(state)
    if not state.vault.is_locked:
        raise RuntimeError("the vault is still open")
    return "keys wiped"


STEPS: list[tuple[str, Callable[[_State], str]]] = [
    ("Qt", _qt),
    ("translations", _translations),
    ("catalogue", _catalog),
    ("create vault", _create),
    ("write a case", _write_case),
    ("unlock and read", _unlock_and_read),
    ("main window", _main_window),
    ("exports", _exports),
    ("network report", _network_report),
    ("attachment", _attachment),
    ("about", _about),
    ("lock", _lock_step),
]
