"""The command line as a coordinator uses it: init, verify, users, passwd, recover."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import COORDINATOR, PASSPHRASE


def run(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    full_env = {key: value for key, value in os.environ.items()
                if not key.startswith("SHELTER_DESK_")}
    full_env.update({"SHELTER_DESK_LANG": "es", **(env or {})})
    return subprocess.run([sys.executable, "-m", "shelter_desk", *args], env=full_env,
                          capture_output=True, text=True, timeout=120, check=False, **kwargs)


def test_help_documents_every_verb():
    result = run("--help")
    assert result.returncode == 0
    for verb in ("init", "verify", "users", "passwd", "recover"):
        assert verb in result.stdout
    users = run("users", "--help")
    for action in ("list", "add", "remove"):
        assert action in users.stdout


def test_init_prints_the_code_once_and_the_vault_verifies(tmp_path):
    vault = tmp_path / "vault"
    passphrase_file = tmp_path / "frase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    created = run("init", "--vault", str(vault), "--org", "Casa Sintética", "--user",
                  COORDINATOR, "--passphrase-file", str(passphrase_file))
    assert created.returncode == 0, created.stderr
    codes = re.findall(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b", created.stdout)
    assert len(codes) == 1
    assert codes[0] not in (vault / "keys.json").read_text()

    verified = run("verify", "--vault", str(vault), "--user", COORDINATOR,
                   "--passphrase-file", str(passphrase_file))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "íntegra" in verified.stdout

    recovered = run("recover", "--vault", str(vault), "--user", COORDINATOR,
                    env={"SHELTER_DESK_RECOVERY_CODE": codes[0].lower(),
                         "SHELTER_DESK_NEW_PASSPHRASE": "frase nueva tras olvido"})
    assert recovered.returncode == 0, recovered.stderr
    old = run("verify", "--vault", str(vault), "--user", COORDINATOR,
              "--passphrase-file", str(passphrase_file))
    assert old.returncode == 3


@pytest.fixture
def cli_vault(created, vault_dir):
    created.vault.lock()
    return vault_dir


def test_users_add_list_remove(cli_vault):
    as_coordinator = {"SHELTER_DESK_PASSPHRASE": PASSPHRASE}
    common = ("--vault", str(cli_vault), "--user", COORDINATOR)
    added = run("users", "add", *common, "--name", "Rosa Ejemplo", "--role", "volunteer",
                env={**as_coordinator, "SHELTER_DESK_NEW_PASSPHRASE": "frase de rosa"})
    assert added.returncode == 0, added.stderr

    listed = run("users", "list", *common, env=as_coordinator)
    assert "Rosa Ejemplo\tvolunteer" in listed.stdout

    as_rosa = run("users", "list", "--vault", str(cli_vault), "--user", "rosa ejemplo",
                  env={"SHELTER_DESK_PASSPHRASE": "frase de rosa"})
    assert as_rosa.returncode == 0

    refused = run("users", "add", "--vault", str(cli_vault), "--user", "Rosa Ejemplo",
                  "--name", "Otra", env={"SHELTER_DESK_PASSPHRASE": "frase de rosa",
                                          "SHELTER_DESK_NEW_PASSPHRASE": "frase de otra"})
    assert refused.returncode == 4 and "coordinadora" in refused.stderr

    removed = run("users", "remove", *common, "--name", "Rosa Ejemplo", env=as_coordinator)
    assert removed.returncode == 0
    gone = run("users", "list", "--vault", str(cli_vault), "--user", "Rosa Ejemplo",
               env={"SHELTER_DESK_PASSPHRASE": "frase de rosa"})
    assert gone.returncode == 3


def test_passwd_changes_the_passphrase(cli_vault):
    common = ("--vault", str(cli_vault), "--user", COORDINATOR)
    changed = run("passwd", *common, env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE,
                                          "SHELTER_DESK_NEW_PASSPHRASE": "segunda frase"})
    assert changed.returncode == 0, changed.stderr
    assert run("verify", *common, env={"SHELTER_DESK_PASSPHRASE": "segunda frase"}).returncode == 0


def test_errors_are_messages_not_tracebacks(tmp_path, cli_vault):
    missing = run("verify", "--vault", str(tmp_path / "nada"), "--user", "Ana",
                  env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE})
    assert missing.returncode == 3 and "No hay una bóveda" in missing.stderr

    wrong = run("verify", "--vault", str(cli_vault), "--user", COORDINATOR,
                env={"SHELTER_DESK_PASSPHRASE": "no es la frase", "SHELTER_DESK_LANG": "en"})
    assert wrong.returncode == 3 and "passphrase is not correct" in wrong.stderr

    no_secret = run("verify", "--vault", str(cli_vault), "--user", COORDINATOR,
                    stdin=subprocess.DEVNULL)
    assert no_secret.returncode == 4 and "SHELTER_DESK_PASSPHRASE" in no_secret.stderr

    unreadable = run("verify", "--vault", str(cli_vault), "--user", COORDINATOR,
                     "--passphrase-file", str(tmp_path / "no-existe.txt"))
    assert unreadable.returncode == 4
    for result in (missing, wrong, no_secret, unreadable):
        assert "Traceback" not in result.stderr


def test_stats_export_from_the_command_line(tmp_path):
    vault = tmp_path / "demo"
    assert run("demo", "--vault", str(vault), "--people", "200", "--seed", "4").returncode == 0
    common = ("--vault", str(vault), "--user", "coordinadora")
    env = {"SHELTER_DESK_PASSPHRASE": "demo-albergue-2026"}
    out = tmp_path / "q.csv"
    done = run("stats", *common, "--period", "2026", "--format", "csv", "--out", str(out),
               env=env)
    assert done.returncode == 0, done.stderr
    assert "personas atendidas" in done.stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbfShelter Desk")
    bad = run("stats", *common, "--period", "2026-Q9", "--format", "csv", "--out",
              str(out), env=env)
    assert bad.returncode == 4 and "no es un periodo" in bad.stderr


def test_stats_pdf_from_a_headless_command_line(tmp_path):
    vault = tmp_path / "demo"
    assert run("demo", "--vault", str(vault), "--people", "150", "--seed", "5").returncode == 0
    out = tmp_path / "informe.pdf"
    done = run("stats", "--vault", str(vault), "--user", "coordinadora", "--period", "2026",
               "--format", "pdf", "--out", str(out),
               env={"SHELTER_DESK_PASSPHRASE": "demo-albergue-2026", "DISPLAY": "",
                    "WAYLAND_DISPLAY": ""})
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000
