"""The demo vault: realistic, complete, reproducible, and sound."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest
from sqlalchemy import select

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.documents import DocumentStatus
from shelter_desk.services.demo import DEMO_PASSPHRASE, DEMO_USER, create_demo_vault
from shelter_desk.store.integrity import verify
from shelter_desk.store.schema import (
    case_file,
    consent,
    identity_document,
    note,
    person,
    procedure_attempt,
    referral,
    task,
)
from shelter_desk.store.vault import unlock
from tests.conftest import FAST_KDF

_VOLATILE = {"updated_at"}


def _dump(vault):
    with vault.read() as connection:
        return {table.name: [tuple(v for k, v in row._mapping.items() if k not in _VOLATILE)
                             for row in connection.execute(select(table).order_by(table.c.id))]
                for table in (case_file, person, identity_document, procedure_attempt, note,
                              task, referral, consent)}


def test_the_same_seed_gives_the_same_vault(tmp_path):
    first = create_demo_vault(tmp_path / "a", people=150, seed=5, params=FAST_KDF).vault
    second = create_demo_vault(tmp_path / "b", people=150, seed=5, params=FAST_KDF).vault
    other = create_demo_vault(tmp_path / "c", people=150, seed=6, params=FAST_KDF).vault
    assert _dump(first) == _dump(second)
    assert _dump(first) != _dump(other)
    for vault in (first, second, other):
        vault.lock()


def test_the_demo_covers_the_field(tmp_path):
    with create_demo_vault(tmp_path / "v", people=1500, seed=2, params=FAST_KDF).vault as vault:
        assert vault.is_demo()
        with vault.read() as connection:
            people = connection.execute(select(person.c.nationality)).scalars().all()
            kinds = set(connection.execute(
                select(identity_document.c.type_key, identity_document.c.status)).all())
            outcomes = set(connection.execute(select(procedure_attempt.c.outcome)).scalars())
            children = connection.execute(
                select(person.c.id).where(person.c.relationship == "child")).all()
        report = verify(vault)
    assert len(people) == 1500 and children
    shares = Counter(people)
    assert set(shares) >= {"HN", "GT", "SV", "VE", "HT", "CU", "CO", "EC", "MX"}
    assert shares["HN"] > shares["VE"] > shares["CU"]
    assert {key for key, _status in kinds} == set(default_catalog().document_types)
    assert {status for _key, status in kinds} == {s.value for s in DocumentStatus}
    assert outcomes == {"granted", "partial", "refused", "pending"}
    assert report.passed


@pytest.mark.slow
def test_the_cli_makes_a_demo_vault_that_verifies(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHELTER_DESK_")}
    made = subprocess.run([sys.executable, "-m", "shelter_desk", "demo", "--vault",
                           str(tmp_path / "demo"), "--people", "50000", "--seed", "3"],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert made.returncode == 0, made.stderr
    assert DEMO_PASSPHRASE in made.stdout
    verified = subprocess.run([sys.executable, "-m", "shelter_desk", "verify", "--vault",
                               str(tmp_path / "demo"), "--user", DEMO_USER],
                              env={**env, "SHELTER_DESK_PASSPHRASE": DEMO_PASSPHRASE},
                              capture_output=True, text=True, timeout=300, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    with (unlock(tmp_path / "demo", user=DEMO_USER, passphrase=DEMO_PASSPHRASE) as vault,
          vault.read() as connection):
        assert connection.execute(select(person.c.id).order_by(
            person.c.id.desc()).limit(1)).scalar() == 50000
