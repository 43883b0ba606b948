"""What each CLI verb does: open the vault, call one service, print the outcome."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator

from shelter_desk.cli.prompts import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    RECOVERY_CODE_ENV,
    read_secret,
)
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual, preferred_language
from shelter_desk.domain.staff import Role
from shelter_desk.reports.period import parse_period
from shelter_desk.services import key_rotation, staff, statistics, vault_protection
from shelter_desk.services.data_rights import finish_pending_erasure
from shelter_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault
from shelter_desk.store import vault as vaults
from shelter_desk.store.integrity import probe as probe_vault
from shelter_desk.store.integrity import verify as verify_vault

_PASSPHRASE = Bilingual(es="Contraseña", en="Passphrase")
_NEW_PASSPHRASE = Bilingual(es="Nueva contraseña", en="New passphrase")


def _say(es: str, en: str) -> None:
    print(Bilingual(es=es, en=en).in_language(preferred_language()))


@contextlib.contextmanager
def _opened(args: argparse.Namespace, *, probe: bool = True) -> Iterator[vaults.OpenVault]:
    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, _PASSPHRASE)
    with vaults.unlock(args.vault, user=args.user, passphrase=passphrase) as vault:
        if probe:  # `verify` reports the damage in detail itself
            probe_vault(vault)
        finish_pending_erasure(vault)
        yield vault


def _new_passphrase(args: argparse.Namespace) -> str:
    return read_secret(args.new_passphrase_file, NEW_PASSPHRASE_ENV, _NEW_PASSPHRASE,
                       confirm=True)


def gui(args: argparse.Namespace) -> int:
    # Imported here so that every other verb works on a machine without Qt's libraries.
    from shelter_desk.gui.app import run_gui

    return run_gui(args.vault, user_hint=args.user, quit_when_shown=args.quit_when_shown)


def self_test() -> int:
    # Imported here, like the GUI: the self-test starts Qt (offscreen).
    from shelter_desk.gui.self_test import run_self_test

    return run_self_test()


def init(args: argparse.Namespace) -> int:
    passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, _PASSPHRASE, confirm=True)
    _say("Preparando la bóveda cifrada (se ajusta el costo de la contraseña a esta "
         "computadora)...", "Preparing the encrypted vault (tuning the passphrase cost to "
         "this computer)...")
    created = vaults.create_vault(args.vault, organisation_name=args.org, user=args.user,
                                  passphrase=passphrase)
    created.vault.lock()
    _say(f"Bóveda creada en {args.vault}.", f"Vault created in {args.vault}.")
    print()
    _say("CÓDIGO DE RECUPERACIÓN (se muestra una sola vez):",
         "RECOVERY CODE (shown only once):")
    print()
    print(f"    {created.recovery_code}")
    print()
    _say("Escríbelo en papel y guárdalo con los documentos legales del albergue, y una copia "
         "con una persona de confianza. Abre la bóveda si se olvida una contraseña. "
         "Quien lo tenga puede leer todo: no lo guardes en esta computadora.",
         "Write it on paper and keep it with the shelter's legal papers, and a copy with a "
         "trusted person. It opens the vault if a passphrase is forgotten. Whoever holds it "
         "can read everything: do not keep it on this computer.")
    return 0


def demo(args: argparse.Namespace) -> int:
    if args.passphrase_file is not None or PASSPHRASE_ENV in os.environ:
        passphrase = read_secret(args.passphrase_file, PASSPHRASE_ENV, _PASSPHRASE)
    else:
        passphrase = DEMO_PASSPHRASE
    _say(f"Creando una bóveda de demostración con {args.people} personas sintéticas...",
         f"Creating a demo vault with {args.people} synthetic people...")
    started = time.monotonic()
    created = create_demo_vault(args.vault, people=args.people, seed=args.seed,
                                user=args.user, passphrase=passphrase)
    created.vault.lock()
    seconds = time.monotonic() - started
    _say(f"Lista en {seconds:.1f} s: {args.vault}", f"Ready in {seconds:.1f} s: {args.vault}")
    _say(f"Usuaria: {args.user}", f"User: {args.user}")
    if passphrase == DEMO_PASSPHRASE:
        _say(f"Contraseña (pública, solo para la demostración): {DEMO_PASSPHRASE}",
             f"Passphrase (public, for the demo only): {DEMO_PASSPHRASE}")
    _say(f"Código de recuperación: {created.recovery_code}",
         f"Recovery code: {created.recovery_code}")
    return 0


def verify(args: argparse.Namespace) -> int:
    with _opened(args, probe=False) as vault:
        report = verify_vault(vault)
    language = preferred_language()
    for check in report.checks:
        print(f"{'ok  ' if check.passed else 'FAIL'}  {check.name}")
        for problem in check.problems[:20]:
            print(f"      {problem.in_language(language)}")
    if report.passed:
        _say(f"La bóveda está íntegra ({report.audit_rows} registros de auditoría).",
             f"The vault is intact ({report.audit_rows} audit rows).")
        return 0
    _say("La bóveda NO está íntegra. No la modifiques; restaura una copia de seguridad.",
         "The vault is NOT intact. Do not change it; restore a backup.")
    return 1


def users_list(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        users = staff.list_staff(vault)
    for user in users:
        state = "" if user.active else "  (inactive)"
        print(f"{user.name}\t{user.role.value}{state}")
    return 0


def users_add(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        added = staff.add_staff(vault, args.name, Role(args.role), _new_passphrase(args))
    _say(f"Usuaria añadida: {added.name} ({added.role.value}).",
         f"User added: {added.name} ({added.role.value}).")
    return 0


def users_remove(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        removal = staff.remove_staff(vault, args.name, progress=_progress_printer())
    _say(f"Cuenta quitada: {removal.user.name}. Su contraseña ya no abre la bóveda.",
         f"Account removed: {removal.user.name}. Her passphrase no longer opens the vault.")
    return _said_rotation(removal.rotation, removal.rotation_blocked)


def rotate_key(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        rotation = key_rotation.rotate_master_key(vault, progress=_progress_printer())
    return _said_rotation(rotation, None)


def _said_rotation(rotation: key_rotation.Rotation | None, blocked: Bilingual | None) -> int:
    if rotation is None:
        assert blocked is not None
        _say(f"La llave maestra NO cambió: {blocked.es}", f"The master key did NOT change: "
             f"{blocked.en}")
        return 1
    _say(f"Llave maestra nueva (generación {rotation.generation}). Las copias de la bóveda "
         "y de seguridad hechas antes siguen abriéndose con las llaves de entonces: reemplázalas "
         "con 'replace-backups --folder' (memoria USB) o destrúyelas.",
         f"New master key (generation {rotation.generation}). Copies of the vault and "
         "backups made before still open with the keys of their day: replace them with "
         "'replace-backups --folder' (USB stick) or destroy them.")
    if rotation.new_recovery_code:
        _say("Esta bóveda tenía un código de recuperación antiguo; este es el NUEVO. "
             "Escríbelo en papel ahora; el anterior ya no sirve:",
             "This vault had an old-style recovery code; this is the NEW one. Write it "
             "on paper now; the old one no longer works:")
        print(rotation.new_recovery_code)
    return 0


def protection(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        if args.wipe_after is not None:
            off = args.wipe_after.strip().lower() == "off"
            if not off and not args.wipe_after.strip().isdigit():
                raise InvalidInput("wipe_after", Bilingual(
                    es="--wipe-after espera un número o 'off'.",
                    en="--wipe-after expects a number or 'off'."))
            vault_protection.set_wipe_after(vault, None if off else int(args.wipe_after))
        if args.no_duress:
            vault_protection.set_duress_passphrase(vault, None)
        elif args.duress_passphrase_file is not None:
            vault_protection.set_duress_passphrase(
                vault, read_secret(args.duress_passphrase_file, "", _NEW_PASSPHRASE))
        current = vault.keyring().protection
    _say(f"Borrado tras intentos fallidos: {current.wipe_after or 'no'}. Contraseña de "
         f"coacción: {'sí' if current.duress else 'no'}.",
         f"Wipe after failed unlocks: {current.wipe_after or 'off'}. Duress passphrase: "
         f"{'set' if current.duress else 'off'}.")
    return 0


def _progress_printer() -> key_rotation.Progress:
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent // 10 != last[0] // 10:
            print(f"  {percent}%", file=sys.stderr, flush=True)
        last[0] = percent
    return report


def stats(args: argparse.Namespace) -> int:
    period = parse_period(args.period)
    pdf_writer = _pdf_writer() if args.format == "pdf" else None
    with _opened(args) as vault:
        report = statistics.export_report(vault, period, args.format, args.out,
                                          language=args.language, pdf_writer=pdf_writer)
    _say(f"Estadísticas de {period.label} guardadas en {args.out} "
         f"({report.figures.people_attended} personas atendidas).",
         f"Statistics for {period.label} written to {args.out} "
         f"({report.figures.people_attended} people attended).")
    return 0


def _pdf_writer():  # type: ignore[no-untyped-def]
    # Imported here: the PDF is drawn with Qt, which every other verb does without.
    from shelter_desk.gui.reports.pdf_report import command_line_pdf_writer

    return command_line_pdf_writer()


def passwd(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        staff.change_own_passphrase(vault, _new_passphrase(args))
    _say("Contraseña cambiada.", "Passphrase changed.")
    return 0


def recover(args: argparse.Namespace) -> int:
    code = read_secret(args.recovery_code_file, RECOVERY_CODE_ENV,
                       Bilingual(es="Código de recuperación", en="Recovery code"))
    with vaults.unlock_with_recovery_code(args.vault, code) as vault:
        user = staff.reset_passphrase(vault, args.user, _new_passphrase(args))
    _say(f"Nueva contraseña guardada para {user.name}.", f"New passphrase set for {user.name}.")
    return 0
