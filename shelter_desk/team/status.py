"""The team as the «Equipo» page and the status bar say it (plain types only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.services import key_rotation
from shelter_desk.services.common import permitted
from shelter_desk.store import audit
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, sync
from shelter_desk.team.devices import Device
from shelter_desk.team.errors import TeamError


@dataclass(frozen=True)
class TeamStatus:
    devices: tuple[Device, ...]
    unsent: int
    last_sync_at: str | None

    @property
    def is_team(self) -> bool:
        return any(d.is_self for d in self.devices)


def team_status(vault: OpenVault) -> TeamStatus:
    with vault.read() as connection:
        listed = tuple(devices.all_devices(connection))
    stamps = [d.last_sync_at for d in listed if d.last_sync_at and not d.is_self]
    return TeamStatus(listed, sync.unsent_count(vault), max(stamps) if stamps else None)


def status_line(status: TeamStatus, now: datetime | None = None) -> tuple[str, str]:
    """«3 cambios sin enviar» or «Sincronizado hace 5 min», in Spanish and English."""
    if status.unsent:
        plural = "s" if status.unsent != 1 else ""
        return (f"{status.unsent} cambio{plural} sin enviar",
                f"{status.unsent} change{plural} not sent")
    if status.last_sync_at is None:
        return ("Sin sincronizar", "Not synced yet")
    now = now or datetime.now(UTC)
    minutes = max(0, int((now - datetime.fromisoformat(status.last_sync_at))
                         .total_seconds() // 60))
    if minutes < 60:
        return (f"Sincronizado hace {minutes} min", f"Synced {minutes} min ago")
    hours = minutes // 60
    return (f"Sincronizado hace {hours} h", f"Synced {hours} h ago")


def remove_device(vault: OpenVault, name_or_id: str) -> Device:
    """«Quitar del equipo»: it is sent nothing more and nothing from it is taken in, and
    this laptop owes a change of master key (`key_rotation.rotate_when_due`: the caller
    runs it next, with a progress bar), so the vault copy the removed laptop holds, and
    its keys.json, open none of this laptop's files from then on. The removal travels:
    each other laptop hears of it at its next exchange and changes its own key."""
    user = permitted(vault, Action.BACKUP)
    with vault.write() as connection:
        device = devices.find(connection, name_or_id)
        if device.is_self:
            raise TeamError(Bilingual(
                es="Esta computadora no puede quitarse a sí misma del equipo; hazlo desde "
                   "otra computadora del equipo.",
                en="This computer cannot remove itself from the team; do it from another "
                   "computer of the team."))
        # Recorded before the removal commits: a crash between them costs at most one
        # rotation too many, never one too few.
        key_rotation.mark_due(vault, "laptop removed")
        devices.mark_removed(connection, device.device_id)
        audit.record(connection, actor_id=user.id, action="team.removed",
                     entity_type="team_device", entity_id=device.device_id[:16],
                     summary="laptop removed from the team")
        return devices.get(connection, device.device_id)  # type: ignore[return-value]
