"""Reading passphrases and recovery codes for the CLI: file, environment, or a silent prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual

PASSPHRASE_ENV = "SHELTER_DESK_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "SHELTER_DESK_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_CODE_ENV = "SHELTER_DESK_RECOVERY_CODE"


def read_secret(file: Path | None, env: str, prompt: Bilingual, *, confirm: bool = False) -> str:
    """From `file` (one line), else the environment variable, else a prompt without echo."""
    if file is not None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidInput("passphrase_file", Bilingual(
                es=f"No se pudo leer {file}: {error}", en=f"Could not read {file}: {error}",
            )) from error
        return text.splitlines()[0] if text else ""
    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise InvalidInput("passphrase", Bilingual(
            es=f"Falta la contraseña: usa un archivo (--*-file) o la variable {env}.",
            en=f"No passphrase given: use a file (--*-file) or the variable {env}.",
        ))
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (otra vez / again): ") != first:
        raise InvalidInput("passphrase", Bilingual(es="Las dos contraseñas no coinciden.",
                                                   en="The two passphrases do not match."))
    return first
