"""The service-type chooser shared by the referral and referral-consent dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from shelter_desk.domain.consents import ServiceType
from shelter_desk.gui.common import labels


def service_type_box(*, every_type: bool = False) -> QComboBox:
    """The types as UX.md names them; `every_type` offers "all types" first (a general
    consent)."""
    box = QComboBox(objectName="service_type")
    if every_type:
        box.addItem("", "")
    for value in ServiceType:
        box.addItem("", value)
    retranslate_service_types(box)
    return box


def retranslate_service_types(box: QComboBox) -> None:
    for index in range(box.count()):
        value = box.itemData(index)
        box.setItemText(index, labels.service_type(ServiceType(value) if value else None))


def chosen_service_type(box: QComboBox) -> ServiceType | None:
    """The chosen type (Qt hands the item data back as a plain str)."""
    value = box.currentData()
    return ServiceType(value) if value else None
