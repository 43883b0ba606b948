"""Words for the domain's enums, in the interface language (one place, so they agree)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shelter_desk.domain.barriers import Outcome
from shelter_desk.domain.consents import ConsentPurpose, ServiceType
from shelter_desk.domain.documents import DocumentStatus, Standing
from shelter_desk.domain.followup import NoteKind, ReferralStatus
from shelter_desk.domain.people import (
    GenderIdentity,
    MigrationStatus,
    Relationship,
    SchoolStatus,
    Sex,
)
from shelter_desk.domain.staff import Role

# lupdate finds `translate("labels", "...")` calls, so every label is spelled out below.
translate = QCoreApplication.translate


def sex(value: Sex) -> str:
    return {
        Sex.FEMALE: translate("labels", "Femenino"),
        Sex.MALE: translate("labels", "Masculino"),
        Sex.INTERSEX: translate("labels", "Intersexual"),
        Sex.NOT_SAID: translate("labels", "Prefiere no decir"),
    }[value]


def gender(value: GenderIdentity) -> str:
    return {
        GenderIdentity.WOMAN: translate("labels", "Mujer"),
        GenderIdentity.MAN: translate("labels", "Hombre"),
        GenderIdentity.TRANS_WOMAN: translate("labels", "Mujer trans"),
        GenderIdentity.TRANS_MAN: translate("labels", "Hombre trans"),
        GenderIdentity.NON_BINARY: translate("labels", "No binaria"),
        GenderIdentity.OTHER: translate("labels", "Otra"),
        GenderIdentity.NOT_SAID: translate("labels", "Prefiere no decir"),
    }[value]


def migration_status(value: MigrationStatus) -> str:
    return {
        MigrationStatus.IRREGULAR: translate("labels", "Sin documentos migratorios"),
        MigrationStatus.ASYLUM_SEEKER: translate(
            "labels", "Solicitante de la condición de refugiada"
        ),
        MigrationStatus.REFUGEE: translate("labels", "Refugiada"),
        MigrationStatus.COMPLEMENTARY_PROTECTION: translate("labels", "Protección complementaria"),
        MigrationStatus.HUMANITARIAN_VISITOR: translate(
            "labels", "Visitante por razones humanitarias"
        ),
        MigrationStatus.TEMPORARY_RESIDENT: translate("labels", "Residente temporal"),
        MigrationStatus.PERMANENT_RESIDENT: translate("labels", "Residente permanente"),
        MigrationStatus.MEXICAN: translate("labels", "Mexicana"),
        MigrationStatus.OTHER: translate("labels", "Otra situación"),
        MigrationStatus.UNKNOWN: translate("labels", "No se sabe"),
    }[value]


def school_status(value: SchoolStatus) -> str:
    return {
        SchoolStatus.NOT_SCHOOL_AGE: translate("labels", "Aún no en edad escolar"),
        SchoolStatus.ENROLLED: translate("labels", "Con inscripción escolar"),
        SchoolStatus.NOT_ENROLLED: translate("labels", "Sin inscripción escolar"),
        SchoolStatus.REFUSED: translate("labels", "Rechazo de la escuela"),
        SchoolStatus.UNKNOWN: translate("labels", "No se sabe"),
    }[value]


def relationship(value: Relationship | None) -> str:
    if value is None:
        return translate("labels", "Titular del expediente")
    return {
        Relationship.CHILD: translate("labels", "Hija o hijo"),
        Relationship.MOTHER: translate("labels", "Madre"),
        Relationship.PARTNER: translate("labels", "Pareja"),
        Relationship.OTHER: translate("labels", "Otro familiar"),
    }[value]


def document_status(value: DocumentStatus) -> str:
    return {
        DocumentStatus.ORIGINAL: translate("labels", "Original"),
        DocumentStatus.COPY_ONLY: translate("labels", "Solo copia"),
        DocumentStatus.IN_PROCESS: translate("labels", "En trámite"),
        DocumentStatus.EXPIRED: translate("labels", "Vencido"),
        DocumentStatus.LOST_OR_STOLEN: translate("labels", "Extraviado o robado"),
        DocumentStatus.RETAINED: translate("labels", "Retenido por una autoridad"),
        DocumentStatus.NOT_HELD: translate("labels", "No lo tiene"),
    }[value]


def standing(value: Standing) -> str:
    return {
        Standing.VALID: translate("labels", "Vigente"),
        Standing.EXPIRING_SOON: translate("labels", "Por vencer"),
        Standing.EXPIRED: translate("labels", "Vencido"),
        Standing.COPY_ONLY: translate("labels", "Solo copia"),
        Standing.IN_PROCESS: translate("labels", "En trámite"),
        Standing.LOST_OR_STOLEN: translate("labels", "Extraviado o robado"),
        Standing.RETAINED: translate("labels", "Retenido"),
        Standing.MISSING: translate("labels", "Falta"),
        Standing.CANNOT_HOLD: translate("labels", "No puede tenerlo"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.GRANTED: translate("labels", "Lo lograron"),
        Outcome.PARTIAL: translate("labels", "En parte"),
        Outcome.REFUSED: translate("labels", "Se lo negaron"),
        Outcome.PENDING: translate("labels", "En espera de respuesta"),
    }[value]


def note_kind(value: NoteKind) -> str:
    return {
        NoteKind.LISTENING: translate("labels", "Sesión de escucha"),
        NoteKind.LEGAL_ADVICE: translate("labels", "Asesoría legal"),
        NoteKind.CALL: translate("labels", "Llamada"),
        NoteKind.VISIT: translate("labels", "Visita"),
        NoteKind.ACCOMPANIMENT: translate("labels", "Acompañamiento"),
    }[value]


def referral_status(value: ReferralStatus) -> str:
    return {
        ReferralStatus.PROPOSED: translate("labels", "Propuesta"),
        ReferralStatus.SENT: translate("labels", "Enviada"),
        ReferralStatus.ACCEPTED: translate("labels", "Aceptada"),
        ReferralStatus.COMPLETED: translate("labels", "Completada"),
        ReferralStatus.DECLINED: translate("labels", "Rechazada"),
    }[value]


def consent_purpose(value: ConsentPurpose) -> str:
    return {
        ConsentPurpose.CARE: translate("labels", "Atención"),
        ConsentPurpose.STATISTICS: translate("labels", "Estadísticas anónimas de la red"),
        ConsentPurpose.REFERRAL: translate("labels", "Canalización a otras organizaciones"),
        ConsentPurpose.PHOTOS: translate("labels", "Fotografías"),
    }[value]


def service_type(value: ServiceType | None) -> str:
    if value is None:
        return translate("labels", "Todo tipo de servicio")
    return {
        ServiceType.LEGAL: translate("labels", "Asesoría jurídica"),
        ServiceType.PSYCHOSOCIAL: translate("labels", "Atención psicosocial"),
        ServiceType.HEALTH: translate("labels", "Salud"),
        ServiceType.SHELTER: translate("labels", "Albergue o refugio"),
        ServiceType.PROTECTION: translate("labels", "Protección"),
        ServiceType.SECURITY: translate("labels", "Seguridad"),
    }[value]


def staff_role(value: Role) -> str:
    return {
        Role.COORDINATOR: translate("labels", "Coordinadora"),
        Role.CASEWORKER: translate("labels", "Trabajadora de casos"),
        Role.VOLUNTEER: translate("labels", "Voluntaria"),
    }[value]
