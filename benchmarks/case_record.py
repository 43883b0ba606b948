"""The case record at shelter scale: a demo vault, then what staff wait on in the case list.

    demo_generate           create_demo_vault(people=N): the vault, 3 extra staff users,
                            every table's rows in one transaction, then ANALYZE
    list_first_page         list_cases(vault): first page, by name, 100 rows
    list_filtered_expiring  list_cases(vault, CaseFilter(expiring_within_days=30)): first page
    search_name             search_cases(vault, typed): names as staff type them
    search_note             search_cases(vault, word): one word that occurs in notes
    open_case               open_case_file(vault, id): everything the case view needs

Everything goes through the project's services on vaults made by `create_demo_vault`, so
the schema, indexes, FTS tables, ANALYZE statistics, pool and pragmas are the real ones.
The slots use cheap, explicit Argon2id parameters (m=1 MiB, t=1): `params=None` would
calibrate to half a second per slot, which says nothing about generating data. What stays
in demo_generate: the 3 extra staff users `create_demo_vault` adds, each with its slot's
fixed 16 MiB name-lookup Argon2id (~20 ms each here, about 1% of a 50,000-people run).

The plain vault runs the same code. While it is being created, and only then,
`shelter_desk.store.vault.DatabaseKey` is replaced by a factory that returns storage.py's
no-op key, so `_open_engines` builds its engines with `open_engine` as always, minus the
`PRAGMA key`. Its engines keep that key object after the patch is undone; the encrypted
vault is created with the patch off. This runs in the harness's process, not in a
subprocess, on purpose: encrypted and plain calls then alternate item by item, as in
storage.py, so drift on a shared two-core machine lands on both and the ratio stays
honest; two processes measured one after the other would not share that drift. The patch
is a context manager in one thread and the file headers are checked afterwards (plain
`vault.db` must start with "SQLite format 3", the encrypted ones must not), so a leak in
either direction fails the run instead of skewing it.

Growth: the list and search operations also run on an encrypted 5,000-people vault,
interleaved with the two large ones, and the harness reports p50(N) / p50(5,000).

Reads start warm, as in a session in use for a while: after generation the WAL is folded
into the file, the pool is emptied, and the one connection a sequential session uses
reads every page once (`PRAGMA quick_check`), then each operation runs a few untimed
rounds. The vault's own cache_size applies (`--cache-kib` is the storage suite's).
"""

from __future__ import annotations

import random
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from unittest import mock

from sqlalchemy import func, select

from benchmarks.common import Measurement, time_ms
from benchmarks.storage import _check_headers, _NoKey
from shelter_desk.services import cases
from shelter_desk.services import demo_data as pool
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store import vault as vault_module
from shelter_desk.store.case_queries import CaseFilter
from shelter_desk.store.database import DEFAULT_CACHE_KIB, DatabaseKey
from shelter_desk.store.kdf import KdfParams, wipe
from shelter_desk.store.schema import case_file
from shelter_desk.store.vault import VAULT_DB, OpenVault

NAMES = ("demo_generate", "list_first_page", "list_filtered_expiring", "search_name",
         "search_note", "open_case")
GROWTH_NAMES = ("list_first_page", "list_filtered_expiring", "search_name", "search_note")
GROWTH_PEOPLE = 5_000
VARIANTS = ("encrypted", "plain")
SMALL = "small"  # the encrypted 5,000-people vault the growth is measured against

_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
_EXPIRING = CaseFilter(expiring_within_days=30)

T = TypeVar("T")


@dataclass(frozen=True)
class _Workload:
    """What each read runs on: drawn once, so every vault answers the same questions."""

    names: list[str]
    notes: list[str]
    case_ids: list[int]


def run(people: int, names: Collection[str] = NAMES, *, generate_repeats: int = 2,
        list_repeats: int = 100, searches: int = 200, opens: int = 200, warmup: int = 5,
        seed: int = 2026) -> dict[str, Measurement]:
    """Time the operations in `names` on an encrypted and a plain `people`-sized vault.

    The vaults are always generated (the reads need them); without demo_generate among
    `names` each is generated once instead of `generate_repeats` times.
    """
    generate_ms: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    vaults: dict[str, OpenVault] = {}
    with tempfile.TemporaryDirectory(prefix="shelter-bench-cases-") as temp:
        try:
            for repeat in range(generate_repeats if "demo_generate" in names else 1):
                for variant in VARIANTS if repeat % 2 == 0 else VARIANTS[::-1]:
                    if variant in vaults:
                        # Only the last repeat is read; the others would hold memory and disk.
                        old = vaults.pop(variant)
                        old.lock()
                        shutil.rmtree(old.directory)
                    elapsed, vaults[variant] = _generate(
                        Path(temp) / f"{variant}-{repeat}", people, seed,
                        plain=variant == "plain")
                    generate_ms[variant].append(elapsed)
            growth = people > GROWTH_PEOPLE and not set(GROWTH_NAMES).isdisjoint(names)
            if growth:
                vaults[SMALL] = _generate(Path(temp) / SMALL, GROWTH_PEOPLE, seed,
                                          plain=False)[1]
            for opened in vaults.values():
                _settle(opened)
            _check_headers({variant: opened.directory / VAULT_DB
                            for variant, opened in vaults.items()})
            sizes = ", ".join(f"{variant} {_mib(opened.directory / VAULT_DB)} MiB"
                              for variant, opened in vaults.items())
            work = _workload(random.Random(seed), vaults, searches, opens)
            results = _measure(vaults, names, work, list_repeats=list_repeats, warmup=warmup)
            facts = _facts(vaults["encrypted"], work, names)
        finally:
            for opened in vaults.values():
                opened.lock()

    notes = {
        "demo_generate": f"{people} people incl. 3 extra staff users and ANALYZE; slots at "
                         f"argon2id m={_CHEAP.memory_kib} KiB t={_CHEAP.iterations} (cheap, "
                         f"explicit: the KDF is not what is timed); vault.db {sizes}",
        "list_first_page": f"by name, 100 rows of {facts['cases']} cases; "
                           f"cache_size {DEFAULT_CACHE_KIB} KiB (the vault's)",
        "list_filtered_expiring": f"original documents expiring within 30 days: "
                                  f"{facts['expiring']} cases match",
        "search_name": f"{searches} typed names/prefixes (e.g. {', '.join(work.names[:4])}); "
                       f"{facts['name_full']}% fill a 100-row page",
        "search_note": f"{searches} note words (e.g. {', '.join(work.notes[:4])}); "
                       f"{facts['note_full']}% fill a 100-row page",
        "open_case": f"{opens} random cases: case, household, documents, consents, attempts, "
                     f"notes, tasks, referrals",
    }
    measured: dict[str, Measurement] = {}
    for name in NAMES:
        if name not in names:
            continue
        if name == "demo_generate":
            measured[name] = Measurement(generate_ms["encrypted"], generate_ms["plain"],
                                         notes[name])
            continue
        by_variant = results[name]
        small = by_variant.get(SMALL) if growth else None
        measured[name] = Measurement(by_variant["encrypted"], by_variant["plain"], notes[name],
                                     baseline=small or None,
                                     baseline_people=GROWTH_PEOPLE if small else None)
    return measured


# -- the vaults ----------------------------------------------------------------------------


def _plain_key(key: bytearray) -> DatabaseKey:
    """Takes `DatabaseKey`'s place while the plain vault is created; the key goes unused."""
    wipe(key)
    return _NoKey()


@contextmanager
def _plain_engines(plain: bool) -> Iterator[None]:
    if not plain:
        yield
        return
    with mock.patch.object(vault_module, "DatabaseKey", _plain_key):
        yield


def _generate(directory: Path, people: int, seed: int, *,
              plain: bool) -> tuple[float, OpenVault]:
    with _plain_engines(plain):
        start = time.perf_counter()
        created = create_demo_vault(directory, people=people, seed=seed, params=_CHEAP)
        elapsed = (time.perf_counter() - start) * 1000.0
    return elapsed, created.vault


def _mib(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:.0f}"


def _settle(opened: OpenVault) -> None:
    """Fold the WAL, empty the pool, then read every page into the session's connection."""
    engine = opened.engine()
    # Outside any transaction (a reader would block the truncation), as storage.py does.
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
    # Generation used several pooled connections; a session's sequential reads use one
    # (QueuePool hands back the one checked in), and the page cache is per connection.
    engine.dispose()
    with opened.read() as connection:
        result = connection.exec_driver_sql("PRAGMA quick_check").scalar_one()
    if result != "ok":
        raise RuntimeError(f"{opened.directory.name}: quick_check said {result}")


# -- what staff type ------------------------------------------------------------------------


def _workload(rng: random.Random, vaults: dict[str, OpenVault], searches: int,
              opens: int) -> _Workload:
    counts = {variant: _case_count(vaults[variant]) for variant in VARIANTS}
    if counts["encrypted"] != counts["plain"]:
        raise RuntimeError(f"the two vaults differ: {counts}")
    return _Workload(names=[name_query(rng) for _ in range(searches)],
                     notes=[note_query(rng) for _ in range(searches)],
                     case_ids=[rng.randint(1, counts["encrypted"]) for _ in range(opens)])


def _case_count(opened: OpenVault) -> int:
    # The demo numbers case files 1..n with no gaps; max(id) is that n.
    with opened.read() as connection:
        return int(connection.execute(select(func.max(case_file.c.id))).scalar_one())


def name_query(rng: random.Random) -> str:
    """A name as staff type it into the search box: lower case, no accents, often a prefix.

    Her nationality is drawn as the demo draws it, then a name from that nationality's
    pools, so common names come up as often as they occur in the vault.
    """
    nationality = rng.choices(list(pool.NATIONALITIES), list(pool.NATIONALITIES.values()))[0]
    given = pool.GIVEN_NAMES.get(nationality, pool.GIVEN_NAMES["default"])
    families = pool.FAMILY_NAMES.get(nationality, []) + pool.FAMILY_NAMES["default"]
    kind = rng.random()
    if kind < 0.4:  # the whole given or family name
        return _typed(rng.choice((*given, *families)))
    if kind < 0.8:  # still typing: at least 3 characters, as-you-type search has fired
        word = _typed(rng.choice((*given, *families)))
        return word[:rng.randint(min(3, len(word)), len(word))]
    family = _typed(rng.choice(families))  # "maria hern"
    return f"{_typed(rng.choice(given))} {family[:rng.randint(min(3, len(family)), len(family))]}"


_NOTE_WORDS = sorted({_word for text in pool.NOTE_TEXTS for _word in re.findall(r"\w+", text)
                      if len(_word) >= 5})


def note_query(rng: random.Random) -> str:
    """A word of five letters or more from the demo's note texts, typed as staff would."""
    return _typed(rng.choice(_NOTE_WORDS))


def _typed(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# -- timing ---------------------------------------------------------------------------------


def _measure(vaults: dict[str, OpenVault], names: Collection[str], work: _Workload, *,
             list_repeats: int, warmup: int) -> dict[str, dict[str, list[float]]]:
    with_small = tuple(vaults)  # encrypted, plain and, when growth is measured, small
    operations: dict[str, tuple[Sequence[object], Callable[[OpenVault, object], object],
                                tuple[str, ...]]] = {
        "list_first_page": (range(list_repeats), lambda v, _: cases.list_cases(v), with_small),
        "list_filtered_expiring": (range(list_repeats),
                                   lambda v, _: cases.list_cases(v, _EXPIRING), with_small),
        "search_name": (work.names, lambda v, typed: cases.search_cases(v, str(typed)),
                        with_small),
        "search_note": (work.notes, lambda v, typed: cases.search_cases(v, str(typed)),
                        with_small),
        "open_case": (work.case_ids, lambda v, case_id: cases.open_case_file(v, int(case_id)),
                      VARIANTS),
    }
    results: dict[str, dict[str, list[float]]] = {}
    for name, (items, call, variants) in operations.items():
        if name not in names:
            continue
        # Untimed rounds: the statement cache, the planner's first look, Python's imports.
        _interleave({variant: [] for variant in variants}, vaults, items[:warmup], call)
        results[name] = {variant: [] for variant in variants}
        _interleave(results[name], vaults, items, call)
    return results


def _interleave(into: dict[str, list[float]], vaults: dict[str, OpenVault],
                items: Sequence[T], call: Callable[[OpenVault, T], object]) -> None:
    """Each item once per vault, the order rotating, so drift spreads evenly over them."""
    variants = tuple(into)
    for index, item in enumerate(items):
        shift = index % len(variants)
        for variant in variants[shift:] + variants[:shift]:
            into[variant].append(time_ms(lambda v=vaults[variant], i=item: call(v, i)))


def _facts(opened: OpenVault, work: _Workload, names: Collection[str]) -> dict[str, object]:
    """Sizes a reader needs to judge the timings, from the encrypted vault, after timing."""

    def full(name: str, queries: list[str]) -> object:
        if name not in names:  # a second pass over the searches costs seconds
            return "-"
        pages = [cases.search_cases(opened, typed) for typed in queries]
        return round(100 * sum(page.next_cursor is not None for page in pages) / len(pages))

    return {"cases": cases.count_cases(opened), "expiring": cases.count_cases(opened, _EXPIRING),
            "name_full": full("search_name", work.names),
            "note_full": full("search_note", work.notes)}
