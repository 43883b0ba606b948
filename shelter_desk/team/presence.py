"""This laptop on the shelter's network while its vault is unlocked: the team's sync
server (lan.Server) and its mDNS announcement, started after unlocking and stopped
before locking (issue 18: no port is open until the vault is unlocked).

Starting runs on its own thread: building the TLS context reads the vault, and
registering with zeroconf can take a second; the app's window must not wait for either.
A laptop that is not in a team, or has no paired laptop yet, opens no port at all.
"""

from __future__ import annotations

import contextlib
import socket
import threading

from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, lan

LOOPBACK = "127.0.0.1"


def lan_address() -> str:
    """The address the other laptops reach this one at: the interface of the default
    route (no packet is sent: a UDP socket's connect only picks the route), or loopback
    when there is no network at all."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return LOOPBACK


def has_peers(vault: OpenVault) -> bool:
    """Part of a team, with at least one paired laptop that was not removed."""
    with vault.read() as connection:
        if devices.self_keys(connection) is None:
            return False
        return any(d.active and not d.is_self for d in devices.all_devices(connection))


class Presence:
    """`start()` returns at once; `stop()` closes the port (and withdraws the
    announcement) before the vault may be locked."""

    def __init__(self, vault: OpenVault, *, host: str | None = None,
                 announce: bool = True) -> None:
        self.vault = vault
        self.host = host
        self.announce = announce
        self.server: lan.Server | None = None
        self.error: BaseException | None = None
        self._announcer: object | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._replacing: Presence | None = None
        self.started = threading.Event()  # set once starting is over (serving or not)

    def start(self, *, replacing: Presence | None = None) -> None:
        """`replacing`: the previous server of this vault, stopped first on the same
        thread (a laptop was paired or removed: the trusted certificates change)."""
        self._replacing = replacing
        self._thread = threading.Thread(target=self._start, args=(replacing,),
                                        name="team-presence", daemon=True)
        self._thread.start()

    def _start(self, replacing: Presence | None) -> None:
        try:
            if replacing is not None:
                replacing.stop()
                self._replacing = None  # no chain of stopped servers kept alive
            with self._lock:
                if self._stopped or self.vault.is_locked or not has_peers(self.vault):
                    return
                host = self.host or lan_address()
                self.server = lan.Server(self.vault, host)
                if self.announce:
                    from shelter_desk.team.discovery import Announcer

                    self._announcer = Announcer(self.server.keys.device_id, host,
                                                self.server.port)
        except Exception as error:  # no network, zeroconf refused: the app works on
            self.error = error
        finally:
            self.started.set()

    @property
    def port(self) -> int | None:
        return None if self.server is None else self.server.port

    def stop(self) -> None:
        """Waits for a start under way (and for the server it replaces), so that no port
        outlives the unlocked vault."""
        if self._replacing is not None:
            self._replacing.stop()
        with self._lock:  # held while stopping: a second caller waits until it is done
            self._stopped = True
            announcer, self._announcer = self._announcer, None
            server, self.server = self.server, None
            if announcer is not None:
                # The Wi-Fi went away: the port closes all the same.
                with contextlib.suppress(Exception):
                    announcer.close()  # type: ignore[attr-defined]
            if server is not None:
                server.stop()
