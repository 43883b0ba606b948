"""The hub dashboard's screenshot for the README, from synthetic members only:

    python -m tests.hub.screenshot docs/screenshots/hub_dashboard.png

A real hub on loopback gets six synthetic members' reports; the dashboard page (self-
contained: inline CSS and SVG) is saved and photographed by Debian's headless chromium.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.hub.conftest import LiveHub, keyed_engine
from tests.hub.dashboard import Browser, add_admin
from tests.hub.members import enrol, submit

NATIONALITIES = ("HN", "GT", "SV", "VE", "HT", "central_america", "south_america")
BANDS = ("0-17", "18+")
SEXES = ("female", "male")


def main(out: Path) -> None:
    rng = random.Random(10)
    with tempfile.TemporaryDirectory() as folder:
        engine = keyed_engine(f"sqlite:///{Path(folder) / 'hub.db'}")
        hub = LiveHub(engine)
        hub.start()
        try:
            for name in ("Casa Sintética Norte", "Albergue Sintético Sur", "Refugio Ejemplo",
                         "Casa Prueba Costa", "Albergue Demo Frontera", "Casa Ficticia Centro"):
                member = enrol(hub.url, engine, name)
                people = {}
                for nationality in NATIONALITIES:
                    for band in BANDS:
                        for sex in SEXES:
                            count = rng.choice((0, 0, 2, 6, 9, 14, 23))
                            if count:
                                people[(nationality, band, sex)] = None if count < 5 else count
                submit(hub.url, member.report(people=people))
            browser = Browser(hub.url)
            browser.login(add_admin(engine))
            page = Path(folder) / "dashboard.html"
            page.write_bytes(browser.get("/?period=2026-Q1").body)
            profile = Path(folder) / "chromium"
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync",
                            f"--user-data-dir={profile}", f"--screenshot={out.resolve()}",
                            "--window-size=1280,900", page.as_uri()],
                           check=True, timeout=120, capture_output=True)
        finally:
            hub.stop()
            engine.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
