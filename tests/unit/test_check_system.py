"""The set-up check `make run`, `make test` and `.ci/run` make before building anything."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "installers" / "linux" / "check_system.py"


def _module():
    spec = importlib.util.spec_from_file_location("check_system", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_machine_without_xcb_cursor_lacks_its_package_for_a_window_only():
    check = _module()
    everything = set(check.HEADLESS.values()) | set(check.DISPLAY.values())
    present = everything - {"libxcb-cursor.so.0"}
    assert check.missing_packages(check.HEADLESS, present) == []
    assert check.missing_packages(check.HEADLESS | check.DISPLAY, present) == ["libxcb-cursor0"]


def test_a_fresh_machine_that_may_not_install_stops_with_one_apt_get_line(monkeypatch, capsys):
    check = _module()
    monkeypatch.setattr(check, "installed_libraries", lambda: {"libc.so.6"})
    monkeypatch.setattr(check, "python_venv_missing", lambda: False)
    monkeypatch.setattr(check, "may_install", lambda: None)
    ran = []
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: ran.append(a))
    assert check.main(["--display"]) == 1
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()
             if "apt-get" in line]
    assert len(lines) == 1 and lines[0].startswith("sudo apt-get install -y libegl1 ")
    assert "libxcb-cursor0" in lines[0] and "libxkbcommon-x11-0" in lines[0]
    assert ran == []  # nothing was installed, nothing built


def test_where_it_may_it_installs_with_apt_get(monkeypatch):
    check = _module()
    monkeypatch.setattr(check, "installed_libraries",
                        lambda: set(check.HEADLESS.values()) - {"libEGL.so.1"})
    monkeypatch.setattr(check, "python_venv_missing", lambda: False)
    monkeypatch.setattr(check, "may_install", lambda: ["sudo"])
    commands = []

    def run(command, **_kwargs):
        commands.append(command)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(check.subprocess, "run", run)
    assert check.main([]) == 0
    assert commands[-1][:3] == ["sudo", "apt-get", "install"] and commands[-1][-1] == "libegl1"


@pytest.mark.parametrize("flag", [[], ["--display"]])
def test_check_only_never_installs(monkeypatch, flag):
    check = _module()
    monkeypatch.setattr(check, "installed_libraries", lambda: {"libc.so.6"})
    monkeypatch.setattr(check, "may_install", lambda: pytest.fail("asked to install"))
    assert check.main([*flag, "--check-only"]) == 1
