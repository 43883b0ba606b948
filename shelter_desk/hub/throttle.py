"""The dashboard's login throttle, in the hub's database: every worker process shares it
and a restart keeps it. It slows the source of the guesses (the client's address; an IPv6
client's whole /64, which one attacker usually holds), never the user name, so someone
guessing at "coordinacion" from elsewhere cannot lock the real coordinator out.

The first FREE failures cost nothing (typos); after that each failure makes the source
wait twice as long as the one before, up to MAX_DELAY; a day without failures forgets it.
An attempt is counted before its password is checked and forgiven on success, so a burst
of parallel guesses from one source gets no more tries than the same guesses in a row.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from shelter_desk.hub.refusal import Refusal
from shelter_desk.hub.schema import login_throttle

FREE = 3
MAX_DELAY = 15 * 60
FORGET = 24 * 3600
clock: Callable[[], float] = time.time  # the tests move it instead of waiting


def source_of(host: str | None) -> str:
    """The throttled source for a client address."""
    if not host:
        return "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host[:64]
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def delay(failures: int) -> int:
    """Seconds a source waits after its `failures`-th failure in a row."""
    return 0 if failures <= FREE else min(2 ** (failures - FREE), MAX_DELAY)


def admit(engine: Engine, source: str) -> None:
    """Count one login attempt from `source`, or refuse it (429) while it must wait."""
    for _attempt in range(5):
        now = int(clock())
        with engine.connect() as connection:
            row = connection.execute(select(login_throttle).where(
                login_throttle.c.source == source)).first()
        if row is not None and row.blocked_until > now:
            raise _wait(row.blocked_until - now)
        failures = 1 if row is None or now - row.last_failure_at > FORGET else row.failures + 1
        values = {"failures": failures, "last_failure_at": now,
                  "blocked_until": now + delay(failures)}
        try:
            with engine.begin() as connection:
                if row is None:
                    connection.execute(delete(login_throttle).where(
                        login_throttle.c.last_failure_at < now - FORGET))
                    connection.execute(insert(login_throttle).values(source=source, **values))
                    return
                # Compare-and-set: another worker counting the same source meanwhile
                # makes this one look again.
                if connection.execute(update(login_throttle).where(
                        login_throttle.c.source == source,
                        login_throttle.c.failures == row.failures,
                        login_throttle.c.last_failure_at == row.last_failure_at)
                        .values(**values)).rowcount:
                    return
        except IntegrityError:
            continue
    raise _wait(1)


def succeeded(engine: Engine, source: str) -> None:
    with engine.begin() as connection:
        connection.execute(delete(login_throttle).where(login_throttle.c.source == source))


def _wait(seconds: int) -> Refusal:
    if seconds >= 120:
        es, en = f"{(seconds + 59) // 60} minutos", f"{(seconds + 59) // 60} minutes"
    else:
        es, en = f"{seconds} segundos", f"{seconds} seconds"
    return Refusal(429, "too_many_attempts",
                      f"Demasiados intentos fallidos desde esta dirección: espera {es} y "
                      "vuelve a intentarlo.",
                      f"Too many failed attempts from this address: wait {en} and try "
                      "again.")
