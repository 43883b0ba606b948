"""`backup` and `restore`: one encrypted file with the whole vault, and back."""

from __future__ import annotations

import argparse

from shelter_desk.cli.prompts import PASSPHRASE_ENV, RECOVERY_CODE_ENV, read_secret
from shelter_desk.cli.verbs import _opened, _say
from shelter_desk.domain.messages import Bilingual
from shelter_desk.services import backup as backups


def backup(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        info = backups.make_backup(vault, args.out)
    _say(f"Copia de seguridad verificada y guardada en {info.path} "
         f"({info.size_bytes / 1e6:.1f} MB). Se abre con las mismas contraseñas y el mismo "
         "código de recuperación que la bóveda.",
         f"Backup verified and written to {info.path} ({info.size_bytes / 1e6:.1f} MB). "
         "It opens with the vault's passphrases and recovery code.")
    return 0


def replace_backups(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        replaced = backups.replace_backups(vault, args.folder)
    _say(f"Copias reemplazadas por copias verificadas con la llave nueva: {len(replaced)}.",
         f"Backups replaced by verified ones under the new key: {len(replaced)}.")
    return 0


def restore(args: argparse.Namespace) -> int:
    if args.user:
        passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV,
                                 Bilingual(es="Contraseña", en="Passphrase"))
        info = backups.restore(args.backup, args.vault, user=args.user, passphrase=passphrase)
    else:
        code = read_secret(args.recovery_code_file, RECOVERY_CODE_ENV,
                           Bilingual(es="Código de recuperación", en="Recovery code"))
        info = backups.restore(args.backup, args.vault, recovery_code=code)
    _say(f"Copia del {info.created_at[:16].replace('T', ' ')} (UTC) restaurada en "
         f"{info.vault_dir}.", f"Backup of {info.created_at[:16].replace('T', ' ')} (UTC) "
         f"restored in {info.vault_dir}.")
    if info.kept_aside is not None:
        _say(f"La bóveda que había se guardó aparte, sin cambios, en {info.kept_aside}.",
             f"The vault that was there is kept aside, unchanged, in {info.kept_aside}.")
    return 0
