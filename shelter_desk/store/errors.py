"""Typed errors of the vault, each with a message a shelter worker can act on."""

from __future__ import annotations

from shelter_desk.domain.messages import Bilingual, ShelterDeskError


class VaultError(ShelterDeskError):
    """Anything that stops the vault from opening or answering."""


class VaultNotFound(VaultError):
    def __init__(self, directory: str) -> None:
        super().__init__(Bilingual(
            es=f"No hay una bóveda de Shelter Desk en {directory}.",
            en=f"There is no Shelter Desk vault in {directory}.",
        ))
        self.directory = directory


class VaultExists(VaultError):
    def __init__(self, directory: str) -> None:
        super().__init__(Bilingual(
            es=f"Ya hay datos en {directory}; no se sobrescribe nada. Elige una carpeta vacía.",
            en=f"{directory} already holds data; nothing is overwritten. Choose an empty folder.",
        ))
        self.directory = directory


class WrongCredentials(VaultError):
    """A wrong passphrase, an unknown user or a wrong recovery code: told apart by no one.

    Deliberate tampering with a keyslot (with its checksum recomputed) also ends here,
    because AES-GCM cannot tell a wrong key from a forged slot.
    """

    def __init__(self, *, recovery: bool = False) -> None:
        if recovery:
            message = Bilingual(
                es="El código de recuperación no es correcto. Revísalo grupo por grupo.",
                en="The recovery code is not correct. Check it group by group.",
            )
        else:
            message = Bilingual(
                es="El nombre para entrar o la contraseña no son correctos.",
                en="The user name or the passphrase is not correct.",
            )
        super().__init__(message)


class VaultCorrupt(VaultError):
    """A vault file is damaged or is not what it claims to be. Nothing was changed."""

    def __init__(self, file_name: str, detail: Bilingual) -> None:
        super().__init__(Bilingual(
            es=f"La bóveda está dañada ({file_name}): {detail.es} No se modificó nada; "
               "restaura una copia de seguridad o pide ayuda.",
            en=f"The vault is damaged ({file_name}): {detail.en} Nothing was changed; "
               "restore a backup or ask for help.",
        ))
        self.file_name = file_name
        self.detail = detail


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__(Bilingual(
            es="La bóveda está bloqueada. Desbloquéala para continuar.",
            en="The vault is locked. Unlock it to continue.",
        ))


class VaultTooNew(VaultError):
    def __init__(self, revision: str) -> None:
        super().__init__(Bilingual(
            es=f"Esta bóveda fue creada por una versión más nueva de Shelter Desk "
               f"(esquema {revision}). Actualiza la aplicación.",
            en=f"This vault was written by a newer Shelter Desk (schema {revision}). "
               "Update the application.",
        ))


class VaultBusy(VaultError):
    """Another window or terminal has the vault open while this one must change its keys."""

    def __init__(self) -> None:
        super().__init__(Bilingual(
            es="La bóveda está abierta en otra ventana o terminal. Ciérrala y vuelve a "
               "intentarlo; no se cambió nada.",
            en="The vault is open in another window or terminal. Close it and try again; "
               "nothing was changed.",
        ))


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(Bilingual(
            es="No queda espacio en el disco; no se guardó nada.",
            en="No space left on the disk; nothing was saved.",
        ))
