"""Finding the team's laptops on the shelter's Wi-Fi: mDNS / DNS-SD (python-zeroconf).

A laptop whose vault is unlocked and whose sync server is listening announces
`_shelterdesk._tcp` with its device id only (no shelter name, no person: the Wi-Fi is
not trusted); another laptop browses and keeps the announcements whose device id is one
of its paired laptops. Trust comes from the pinned certificates (lan.py), never from
what mDNS says: a forged announcement can at most point at a laptop that fails the
TLS handshake.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass

from zeroconf import ServiceBrowser, ServiceInfo, ServiceListener, Zeroconf

SERVICE = "_shelterdesk._tcp.local."


@dataclass(frozen=True)
class Found:
    device_id: str
    host: str
    port: int


def _info(device_id: str, host: str, port: int) -> ServiceInfo:
    return ServiceInfo(SERVICE, f"sd-{device_id[:16]}.{SERVICE}",
                       addresses=[socket.inet_aton(host)], port=port,
                       properties={"id": device_id})


class Announcer:
    """Announces this laptop while its sync server is up; `close` withdraws it."""

    def __init__(self, device_id: str, host: str, port: int,
                 interfaces: list[str] | None = None) -> None:
        self._zeroconf = Zeroconf(interfaces=interfaces or [host])
        self._info = _info(device_id, host, port)
        self._zeroconf.register_service(self._info)

    def close(self) -> None:
        self._zeroconf.unregister_service(self._info)
        self._zeroconf.close()


class _Listener(ServiceListener):
    def __init__(self, paired: set[str]) -> None:
        self.paired = paired
        self.found: dict[str, Found] = {}
        self.changed = threading.Event()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        info = zc.get_service_info(type_, name, timeout=2000)
        if info is None or not info.addresses:
            return
        device_id = (info.properties.get(b"id") or b"").decode("ascii", "replace")
        if device_id in self.paired:
            self.found[device_id] = Found(device_id, socket.inet_ntoa(info.addresses[0]),
                                          int(info.port or 0))
            self.changed.set()

    update_service = add_service

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        return None


def find_paired(paired: set[str], *, wait_s: float = 3.0,
                interfaces: list[str] | None = None) -> list[Found]:
    """The paired laptops announcing themselves now (those that answer within wait_s)."""
    zeroconf = Zeroconf(interfaces=interfaces) if interfaces else Zeroconf()
    listener = _Listener(set(paired))
    try:
        browser = ServiceBrowser(zeroconf, SERVICE, listener)
        listener.changed.wait(wait_s)
        browser.cancel()
    finally:
        zeroconf.close()
    return sorted(listener.found.values(), key=lambda f: f.device_id)
