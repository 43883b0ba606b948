"""The unlock screen's wait comes from the count kept on disk, so it survives a restart."""

from __future__ import annotations

import pytest

from shelter_desk.gui.setup.unlock_window import UnlockWindow
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR


def test_the_wait_survives_closing_the_window(qtbot, created, vault_dir):
    # GIVEN three wrong tries in the CLI or an earlier window (the count is on disk)
    created.vault.lock()
    for attempt in range(3):
        with pytest.raises(WrongCredentials):
            unlock(vault_dir, user=COORDINATOR, passphrase=f"intento {attempt}")
    # WHEN a new window opens THEN it already says to wait, and the button is off
    window = UnlockWindow(vault_dir, COORDINATOR)
    qtbot.addWidget(window)
    assert not window.unlock_button.isEnabled()
    assert "Espera" in window.unlock_button.text()
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=10_000)
