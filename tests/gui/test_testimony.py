"""Issue 21's testimony, through the real screens at 1024×740, counting every action.

A Honduran woman with two children (7 years, and a 3-month-old born in Mexico), her
passport, and the Registro Civil's refusal to register the baby's birth «porque le pidieron
acreditar su situación migratoria», then the letter. At most 20 actions from the unlocked
window: each click, typed field or choice is one `Actions` call.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QWidget,
)

from shelter_desk.domain.barriers import Outcome
from shelter_desk.domain.people import MigrationStatus, Relationship
from shelter_desk.gui.casework.attempt_dialog import AttemptDialog
from shelter_desk.gui.common.widgets import OptionalDateEdit
from shelter_desk.gui.documents.document_dialog import DocumentDialog
from shelter_desk.gui.letters.letter_dialog import LetterDialog
from shelter_desk.gui.people.person_dialog import PersonDialog
from shelter_desk.gui.shell.main_window import MainWindow
from shelter_desk.services import attachments, cases

MAX_ACTIONS = 20
TODAY = date.today()


def _months_ago(months: int) -> date:
    year, month = divmod(TODAY.year * 12 + TODAY.month - 1 - months, 12)
    return date(year, month + 1, min(TODAY.day, 28))


SEVEN_YEARS_OLD = date(TODAY.year - 7, 1, 15)
THREE_MONTHS_OLD = _months_ago(3)


class Actions:
    """One call per action a caseworker makes; the log says which, for the report."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.log = qtbot, []

    def click(self, widget: QWidget, what: str) -> None:
        assert widget.isVisible() and widget.isEnabled(), what
        self.log.append(f"click: {what}")
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type(self, field: QLineEdit, text: str, what: str) -> None:
        assert field.isVisible() and field.isEnabled(), what
        self.log.append(f"type: {what}")
        field.setFocus()
        field.selectAll()
        field.insert(text)  # as typed (QTest's key clicks cannot type «é» or «í»)

    def type_date(self, field: OptionalDateEdit, day: date, what: str) -> None:
        """Typing a date into the date box (which then counts as known): one action."""
        assert field.isVisible() and field.edit.isEnabled(), what
        self.log.append(f"type: {what}")
        field.edit.setFocus()
        field.edit.setCurrentSectionIndex(0)
        field.edit.setSelectedSection(field.edit.Section.DaySection)
        self.qtbot.keyClicks(field.edit, day.strftime("%d%m%Y"))
        assert field.value() == day, what

    def choose(self, combo: QComboBox, data, what: str) -> None:
        assert combo.isVisible() and combo.isEnabled(), what
        index = combo.findData(data)
        assert index >= 0, what
        self.log.append(f"choose: {what}")
        combo.setCurrentIndex(index)  # as picking it from the open list does

    def tick(self, checklist: QListWidget, data, what: str) -> None:
        """Ticking one entry of a checkable list (a reason given): one action."""
        assert checklist.isVisible() and checklist.isEnabled(), what
        [item] = [checklist.item(i) for i in range(checklist.count())
                  if checklist.item(i).data(Qt.ItemDataRole.UserRole) == data]
        self.log.append(f"tick: {what}")
        item.setCheckState(Qt.CheckState.Checked)

    @property
    def count(self) -> int:
        return len(self.log)


class Dialogs:
    """Answers the app's modal dialogs in order, as she would, while the app sits in exec().
    Each step is (dialog class, function of the dialog); a failure closes the dialog."""

    def __init__(self, steps) -> None:
        self.steps, self.errors, self.seen = list(steps), [], set()
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        kind, action = self.steps[0]
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible() and id(w) not in self.seen]
        if not shown:
            return
        dialog = shown[0]
        self.seen.add(id(dialog))
        self.steps.pop(0)
        try:
            action(dialog)
        except BaseException as error:
            self.errors.append(error)
            self.timer.stop()
            dialog.reject()

    def finished(self, qtbot) -> None:
        qtbot.waitUntil(lambda: not self.steps or self.errors, timeout=20_000)
        if self.errors:
            raise self.errors[0]


def _save_button(dialog):
    return next(b for b in dialog.buttons.buttons()
                if dialog.buttons.buttonRole(b) == dialog.buttons.ButtonRole.AcceptRole)


def _window(qtbot, vault, preferences) -> MainWindow:
    window = MainWindow(vault, preferences.load())
    qtbot.addWidget(window)
    window.resize(1024, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def register_her_and_her_children(qtbot, window: MainWindow, act: Actions) -> None:
    """Her (name, surnames, nationality) and, without retyping, her two children."""

    def her(dialog: PersonDialog) -> None:
        act.type(dialog.form.given_names, "Keyla Yamileth", "her given names")
        act.type(dialog.form.family_names, "Banegas Reyes", "her surnames")
        act.choose(dialog.form.nationality, "HN", "her nationality: Honduras")
        act.click(dialog.more, "Guardar y agregar hijas e hijos")

    def children(dialog: PersonDialog) -> None:
        assert dialog.form.family_names.text() == "Banegas Reyes"  # prefilled from hers
        assert dialog.form.nationality.currentData() == "HN"
        assert dialog.relationship.currentData() == Relationship.CHILD
        act.type(dialog.form.given_names, "Dilan Josué", "first child's name")
        act.type_date(dialog.form.birth_date, SEVEN_YEARS_OLD, "first child's birth date")
        act.click(dialog.more, "Guardar y agregar otra persona")
        assert dialog.isVisible() and dialog.form.given_names.text() == ""
        assert dialog.form.family_names.text() == "Banegas Reyes"
        act.type(dialog.form.given_names, "Ana Sofía", "baby's name")
        act.type_date(dialog.form.birth_date, THREE_MONTHS_OLD, "baby's birth date")
        act.click(dialog.born_in_mexico, "Nació en México")
        assert dialog.form.nationality.currentData() == "MX"
        assert dialog.form.family_names.text() == "Banegas Reyes"
        save = _save_button(dialog)
        act.click(save, "Guardar")

    driver = Dialogs([(PersonDialog, her), (PersonDialog, children)])
    act.click(window.case_list.new_case, "Abrir expediente")
    driver.finished(qtbot)
    assert window.pages.currentWidget() is window.case_view
    assert window.case_view.tabs.currentWidget() is window.case_view.board


def _tile(board, person_name: str, type_key: str):
    person_ids = {m.person.name: m.person.id for m in (board.case_file.principal,
                                                       *board.case_file.household)}
    assert person_name in person_ids, person_ids
    tiles = [t for t in board.tiles if t.property("type_key") == type_key
             and t.property("person_id") == person_ids[person_name]]
    assert len(tiles) == 1, (person_name, type_key)
    return tiles[0]


def record_her_passport(qtbot, window: MainWindow, act: Actions) -> None:
    """From the tile her board shows for a foreign adult's identity document."""
    board = window.case_view.board

    def passport(dialog: DocumentDialog) -> None:
        assert dialog.form.type_key.currentData() == "pasaporte"
        save = _save_button(dialog)
        act.click(save, "Guardar (pasaporte)")

    driver = Dialogs([(DocumentDialog, passport)])
    act.click(_tile(board, "Keyla Yamileth Banegas Reyes", "pasaporte"),
              "her passport's tile")
    driver.finished(qtbot)


def record_the_refusal_and_write_the_letter(qtbot, window: MainWindow, act: Actions) -> None:
    """The Registro Civil's refusal to register the baby's birth, then the letter.

    Kept in one function on purpose: the barrier dialog is being reworked on another branch
    (several reasons at once, institution completion); adapt these steps at merge."""
    board = window.case_view.board

    def refused(dialog: DocumentDialog) -> None:
        act.click(dialog.refusal, "Se lo negaron…")

    def attempt(dialog: AttemptDialog) -> None:
        # Started on the baby, birth registration, the civil registry, «Se lo negaron».
        assert dialog.person.currentText() == "Ana Sofía Banegas Reyes"
        assert dialog.right.currentData() == "registro_nacimiento"
        assert dialog.institution_type.currentData() == "registro_civil"
        assert dialog.outcome.currentData() == Outcome.REFUSED
        act.type(dialog.institution_name, "Oficialía 1 del Registro Civil de Tapachula",
                 "the office")
        act.tick(dialog.reasons, "pidio_situacion_migratoria",
                   "reason: le pidieron acreditar su situación migratoria")
        save = _save_button(dialog)
        act.click(save, "Guardar (negativa)")

    def letter(dialog: LetterDialog) -> None:
        text = dialog.editor.toPlainText()
        assert "Ana Sofía Banegas Reyes" in text
        act.click(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                  "Guardar PDF en el expediente")

    driver = Dialogs([(DocumentDialog, refused), (AttemptDialog, attempt),
                      (LetterDialog, letter)])
    act.click(_tile(board, "Ana Sofía Banegas Reyes", "acta_nacimiento_mexicana"),
              "the baby's birth certificate tile")
    driver.finished(qtbot)


def test_the_testimony_in_at_most_twenty_actions(qtbot, created, preferences):
    window = _window(qtbot, created.vault, preferences)
    act = Actions(qtbot)

    register_her_and_her_children(qtbot, window, act)
    record_her_passport(qtbot, window, act)
    record_the_refusal_and_write_the_letter(qtbot, window, act)

    print(f"\n{act.count} actions:\n" + "\n".join(
        f"{number:2d}. {line}" for number, line in enumerate(act.log, start=1)))
    assert act.count <= MAX_ACTIONS, act.log

    # THEN the case holds what she said, as she said it
    case_file = cases.open_case_file(created.vault, window.case_view.case_file.case.id,
                                     record_view=False)
    her = case_file.principal.person
    assert (her.details.given_names, her.details.family_names,
            her.details.nationality) == ("Keyla Yamileth", "Banegas Reyes", "HN")
    children = {m.person.details.given_names: m.person for m in case_file.household}
    assert set(children) == {"Dilan Josué", "Ana Sofía"}
    assert all(c.details.family_names == "Banegas Reyes" for c in children.values())
    assert children["Dilan Josué"].details.nationality == "HN"
    assert children["Dilan Josué"].details.birth_date == SEVEN_YEARS_OLD
    baby = children["Ana Sofía"]
    assert (baby.details.nationality, baby.details.migration_status,
            baby.details.birth_date) == ("MX", MigrationStatus.MEXICAN, THREE_MONTHS_OLD)
    assert [d.details.type_key for d in case_file.principal.documents] == ["pasaporte"]
    [refusal] = case_file.attempts
    assert (refusal.details.person_id, refusal.details.right_key,
            refusal.details.institution_type_key, refusal.details.outcome,
            refusal.details.reason_keys) == (baby.id, "registro_nacimiento", "registro_civil",
                                             Outcome.REFUSED, ("pidio_situacion_migratoria",))
    assert "Carta" in refusal.details.action_taken
    stored = attachments.list_attachments(created.vault, case_file.case.id)
    assert [a.file_name.endswith(".pdf") for a in stored] == [True]
    # The board shows the baby's age in months, not «0 años».
    titles = [box.title() for box in window.case_view.board.findChildren(QGroupBox)]
    assert any(title.startswith("Ana Sofía") and "3 meses" in title for title in titles)
    assert QDate.currentDate().year() == TODAY.year
    assert not [d for d in QApplication.topLevelWidgets()
                if isinstance(d, QDialog) and d.isVisible()]
