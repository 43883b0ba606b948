"""`shelter-desk --self-test`: what an installer runs to prove the installed copy works."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_takes_every_step_of_the_app_and_prints_ok(tmp_path):
    # GIVEN a machine with no display at all
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
           and not key.startswith("SHELTER_DESK_")}
    env["TMPDIR"] = str(tmp_path)
    # WHEN the installer checks the installation
    result = subprocess.run([sys.executable, "-m", "shelter_desk", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    # THEN every step passed, offscreen, and it says OK
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("OK")
    steps = [line for line in lines if line.startswith("ok ")]
    for step in ("Qt", "translations", "catalogue", "create vault", "write a case",
                 "unlock and read", "main window", "exports", "attachment", "about", "lock"):
        assert any(line.split(":")[0].split(maxsplit=1)[1] == step for line in steps), step
    assert "platform offscreen" in result.stdout
    assert "every migration up to" in result.stdout
    # AND it left no vault behind
    assert not any(tmp_path.iterdir())


def test_self_test_is_documented_in_the_help():
    result = subprocess.run([sys.executable, "-m", "shelter_desk", "--help"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert "--self-test" in result.stdout
