"""The person form: one widget used in the case view, the new-case dialog and the
add-a-relative dialog. Most fields are optional, on purpose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from shelter_desk.catalog.geo import COMMON_LANGUAGES, all_countries, language_name
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.people import (
    GenderIdentity,
    MigrationStatus,
    PersonDetails,
    SchoolStatus,
    Sex,
)
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import Retranslating, current_language
from shelter_desk.gui.common.messages import describe
from shelter_desk.gui.common.widgets import OptionalDateEdit, mark_invalid


def _combo(values, name: str, no_answer=None) -> QComboBox:  # type: ignore[no-untyped-def]
    """A choice that starts on the domain's "no answer" value: an untouched form must
    never record her sex, gender or migration status for her."""
    combo = QComboBox(objectName=name)
    if no_answer is not None:
        values = [no_answer] + [value for value in values if value != no_answer]
    for value in values:
        combo.addItem("", value)
    return combo


class PersonForm(Retranslating, QWidget):
    def __init__(self, *, with_school: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_names = QLineEdit(objectName="given_names")
        self.family_names = QLineEdit(objectName="family_names")
        self.aliases = QLineEdit(objectName="aliases")
        self.birth_date = OptionalDateEdit()
        self.birth_date.setObjectName("birth_date")
        self.sex = _combo(list(Sex), "sex", Sex.NOT_SAID)
        self.gender_identity = _combo(list(GenderIdentity), "gender_identity",
                                      GenderIdentity.NOT_SAID)
        self.nationality = QComboBox(objectName="nationality")
        self.nationality.addItem("", "")
        for code, _name in all_countries():
            self.nationality.addItem("", code)
        self.languages = QListWidget(objectName="languages")
        self.languages.setMaximumHeight(96)
        for code in COMMON_LANGUAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.indigenous = _combo([None, True, False], "indigenous")
        self.place_of_origin = QLineEdit(objectName="place_of_origin")
        self.arrived_mexico_on = OptionalDateEdit()
        self.arrived_shelter_on = OptionalDateEdit()
        self.migration_status = _combo(list(MigrationStatus), "migration_status",
                                       MigrationStatus.UNKNOWN)
        self.phone = QLineEdit(objectName="phone")
        self.school_status = _combo(list(SchoolStatus), "school_status", SchoolStatus.UNKNOWN)
        self.school_grade = QLineEdit(objectName="school_grade")
        self.error = QLabel(objectName="form_error", wordWrap=True)
        self.error.hide()

        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        layout = QFormLayout(self)
        names = ["given_names", "family_names", "aliases", "birth_date", "sex",
                 "gender_identity", "nationality", "languages", "indigenous",
                 "place_of_origin", "arrived_mexico_on", "arrived_shelter_on",
                 "migration_status", "phone"]
        if with_school:
            names += ["school_status", "school_grade"]
        for name in names:
            label = QLabel()
            field = getattr(self, name)
            label.setBuddy(field)
            layout.addRow(label, field)
            self._rows[name] = (label, field)
        layout.addRow(self.error)
        self.retranslate()

    def field_label(self, name: str) -> str | None:
        """A field's label as she reads it ("Teléfono"), for messages about the field."""
        row = self._rows.get(name)
        return row[0].text().replace("&", "").rstrip(":") if row else None

    def retranslate(self) -> None:
        texts = {
            "given_names": self.tr("&Nombre(s):"), "family_names": self.tr("&Apellidos:"),
            "aliases": self.tr("Otros nombres o a&podos:"),
            "birth_date": self.tr("Fecha de &nacimiento:"), "sex": self.tr("&Sexo:"),
            "gender_identity": self.tr("Identidad de &género:"),
            "nationality": self.tr("Na&cionalidad:"), "languages": self.tr("&Idiomas:"),
            "indigenous": self.tr("Se identifica como &indígena:"),
            "place_of_origin": self.tr("Lugar de &origen:"),
            "arrived_mexico_on": self.tr("Llegada a &México:"),
            "arrived_shelter_on": self.tr("Llegada al al&bergue:"),
            "migration_status": self.tr("Situación &migratoria:"),
            "phone": self.tr("&Teléfono:"), "school_status": self.tr("&Escuela:"),
            "school_grade": self.tr("&Grado escolar:"),
        }
        for name, (label, _field) in self._rows.items():
            label.setText(texts[name])
        self.aliases.setPlaceholderText(self.tr("Separados por comas"))
        self.indigenous.setToolTip(self.tr(
            "¿Por qué preguntamos esto? Para defender sus derechos lingüísticos y "
            "culturales, y para estadísticas anónimas. Solo si ella quiere decirlo."))
        for widget in (self.birth_date, self.arrived_mexico_on, self.arrived_shelter_on):
            widget.set_texts(self.tr("Se sabe"), self._rows_label(widget))
        language = current_language()
        not_asked = self.tr("No se preguntó o prefiere no decir")
        for combo, label in ((self.sex, labels.sex), (self.gender_identity, labels.gender),
                             (self.migration_status, labels.migration_status),
                             (self.school_status, labels.school_status)):
            for index in range(combo.count()):
                combo.setItemText(index, label(combo.itemData(index)))
        # An untouched "not said" is not a choice she made: say so honestly.
        self.sex.setItemText(0, not_asked)
        self.gender_identity.setItemText(0, not_asked)
        for index, text in enumerate((not_asked, self.tr("Sí"), self.tr("No"))):
            self.indigenous.setItemText(index, text)
        self.nationality.setItemText(0, self.tr("Sin dato"))
        for index, (_code, name) in enumerate(all_countries(language), start=1):
            self.nationality.setItemText(index, name)
        for index in range(self.languages.count()):
            item = self.languages.item(index)
            item.setText(language_name(item.data(Qt.ItemDataRole.UserRole), language))

    def _rows_label(self, widget: QWidget) -> str:
        for label, field in self._rows.values():
            if field is widget:
                return label.text().replace("&", "").rstrip(":")
        return ""

    # -- values --------------------------------------------------------------------------

    def details(self) -> PersonDetails:
        aliases = tuple(a.strip() for a in self.aliases.text().split(",") if a.strip())
        languages = tuple(
            self.languages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked)
        return PersonDetails(
            given_names=self.given_names.text().strip(),
            family_names=self.family_names.text().strip(), aliases=aliases,
            birth_date=self.birth_date.value(), sex=Sex(self.sex.currentData()),
            gender_identity=GenderIdentity(self.gender_identity.currentData()),
            nationality=self.nationality.currentData() or "", languages=languages,
            indigenous=self.indigenous.currentData(),
            place_of_origin=self.place_of_origin.text().strip(),
            arrived_mexico_on=self.arrived_mexico_on.value(),
            arrived_shelter_on=self.arrived_shelter_on.value(),
            migration_status=MigrationStatus(self.migration_status.currentData()),
            phone=self.phone.text().strip(),
            school_status=SchoolStatus(self.school_status.currentData()),
            school_grade=self.school_grade.text().strip())

    def set_details(self, details: PersonDetails) -> None:
        self.given_names.setText(details.given_names)
        self.family_names.setText(details.family_names)
        self.aliases.setText(", ".join(details.aliases))
        self.birth_date.set_value(details.birth_date)
        for combo, value in ((self.sex, details.sex),
                             (self.gender_identity, details.gender_identity),
                             (self.nationality, details.nationality),
                             (self.indigenous, details.indigenous),
                             (self.migration_status, details.migration_status),
                             (self.school_status, details.school_status)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        for index in range(self.languages.count()):
            item = self.languages.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in details.languages
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.place_of_origin.setText(details.place_of_origin)
        self.arrived_mexico_on.set_value(details.arrived_mexico_on)
        self.arrived_shelter_on.set_value(details.arrived_shelter_on)
        self.phone.setText(details.phone)
        self.school_grade.setText(details.school_grade)
        self.show_error(None)

    def show_error(self, error: Exception | None) -> None:
        """Say what is wrong under the form and point at the field; keep what was typed."""
        for _label, field in self._rows.values():
            mark_invalid(field, False)
        if error is None:
            self.error.hide()
            return
        self.error.setText(describe(error))
        self.error.show()
        if isinstance(error, InvalidInput) and error.field in self._rows:
            field = self._rows[error.field][1]
            mark_invalid(field, True)
            field.setFocus()
