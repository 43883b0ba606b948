"""The 100,000-row storage benchmarks: the same workload on SQLCipher and on plain SQLite.

Both files are opened by the project's own `open_engine`, so the pool, the BEGIN handling
and every pragma (WAL, synchronous=FULL, secure_delete, temp_store, cache_size...) are the
real ones. The plain file gets a `DatabaseKey` whose "key" statement is a no-op: it is the
same sqlcipher3 build, the same SQLite version and the same connection setup, minus the
encryption, so the ratio isolates what encryption costs.

The table is shaped like the future person/case table. Its FTS5 index uses external
content (content='person') kept in step by triggers, as the app will do, so the summary
is stored once and inserting a person also pays for indexing her.

Reads run against a warm page cache: each fresh engine first reads every page once
(`PRAGMA quick_check`), standing in for a session that has been in use for a while.
With a cache that holds the working set the encrypted reads should decrypt nothing; with
one that does not, every miss decrypts and HMAC-checks a page, and the ratio shows it.
Encrypted and plain queries alternate, so drift on a shared machine hits both equally.
"""

from __future__ import annotations

import random
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    func,
    insert,
    select,
    text,
)

from benchmarks.common import Measurement, time_ms
from benchmarks.synthetic import Rows, generate
from shelter_desk.store.database import DatabaseKey, open_engine
from shelter_desk.store.kdf import derive_database_key, new_master_key

NAMES = ("insert_100k", "point_lookup", "group_by", "fts_match")
VARIANTS = ("encrypted", "plain")
SQLITE_HEADER = b"SQLite format 3\x00"

T = TypeVar("T")

metadata = MetaData()

person = Table(
    "person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_code", String(16), nullable=False, unique=True),
    Column("given_name", Text, nullable=False),
    Column("family_name", Text, nullable=False),
    Column("nationality", String(2), nullable=False),
    Column("birth_date", String(10), nullable=True),
    Column("status", String(16), nullable=False),
    Column("assigned_worker_id", Integer, nullable=False),
    Column("risk_level", String(8), nullable=False),
    Column("opened_at", String(32), nullable=False),
    Column("summary", Text, nullable=False),
    Index("ix_person_nationality_status", "nationality", "status"),
    Index("ix_person_status_opened", "status", "opened_at"),
    Index("ix_person_worker_status", "assigned_worker_id", "status"),
    Index("ix_person_risk", "risk_level"),
)

_FTS_DDL = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "given_name, family_name, case_code, summary, content='person', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN "
    "INSERT INTO person_fts(rowid, given_name, family_name, case_code, summary) "
    "VALUES (new.id, new.given_name, new.family_name, new.case_code, new.summary); END",
    "CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, given_name, family_name, case_code, summary) "
    "VALUES ('delete', old.id, old.given_name, old.family_name, old.case_code, old.summary);"
    " END",
    "CREATE TRIGGER person_fts_update AFTER UPDATE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, given_name, family_name, case_code, summary) "
    "VALUES ('delete', old.id, old.given_name, old.family_name, old.case_code, old.summary);"
    " INSERT INTO person_fts(rowid, given_name, family_name, case_code, summary) "
    "VALUES (new.id, new.given_name, new.family_name, new.case_code, new.summary); END",
)

_LOOKUP = select(person).where(person.c.case_code == bindparam("code"))
_GROUP_BY = (select(person.c.nationality, person.c.status, func.count())
             .group_by(person.c.nationality, person.c.status))
_FTS = text(
    "SELECT p.id, p.case_code, p.given_name, p.family_name, p.status "
    "FROM person_fts JOIN person AS p ON p.id = person_fts.rowid "
    "WHERE person_fts MATCH :query ORDER BY person_fts.rank LIMIT 20")


class _NoKey(DatabaseKey):
    """Lets `open_engine` set up a plain file: the keying statement does nothing."""

    def __init__(self) -> None:
        super().__init__(bytearray())

    def pragma(self) -> str:
        return "SELECT 1"


def run(people: int, names: Collection[str] = NAMES, *, cache_kib: int,
        insert_repeats: int = 3, lookups: int = 2000, group_by_repeats: int = 30,
        fts_queries: int = 200, seed: int = 2026) -> dict[str, Measurement]:
    """Time the storage operations in `names` on both variants.

    The insert always runs (the reads need its files); without insert_100k among `names`
    it runs once instead of `insert_repeats` times.
    """
    data = generate(people, seed)
    keys = {"encrypted": DatabaseKey(derive_database_key(new_master_key(), "bench", "bench.db")),
            "plain": _NoKey()}
    timings: dict[str, dict[str, list[float]]] = {name: {v: [] for v in VARIANTS}
                                                  for name in NAMES}
    rng = random.Random(seed + 1)
    with tempfile.TemporaryDirectory(prefix="shelter-bench-") as temp:
        paths: dict[str, Path] = {}
        for repeat in range(insert_repeats if "insert_100k" in names else 1):
            for variant in _alternate(repeat):
                path = Path(temp) / f"{variant}-{repeat}.db"
                timings["insert_100k"][variant].append(
                    _insert(path, keys[variant], cache_kib, data))
                paths[variant] = path
        _check_headers(paths)
        sizes = ", ".join(f"{variant} {paths[variant].stat().st_size / 2**20:.1f} MiB"
                          for variant in VARIANTS)
        with _warm_connections(paths, keys, cache_kib) as connections:
            # Drawn whether or not they run, so --only leaves the other queries unchanged.
            codes = [str(rng.choice(data.rows)["case_code"]) for _ in range(lookups)]
            queries = [fts_query(rng, data) for _ in range(fts_queries)]
            if "point_lookup" in names:
                _interleave(timings["point_lookup"], connections, codes,
                            lambda connection, code: connection.execute(
                                _LOOKUP, {"code": code}).one())
            if "group_by" in names:
                _interleave(timings["group_by"], connections, range(group_by_repeats),
                            lambda connection, _: connection.execute(_GROUP_BY).all())
            if "fts_match" in names:
                _interleave(timings["fts_match"], connections, queries,
                            lambda connection, query: connection.execute(
                                _FTS, {"query": query}).all())
    keys["encrypted"].wipe()
    notes = {"insert_100k": f"{people} rows incl. FTS, one transaction; files: {sizes}",
             "point_lookup": "by case_code, full row, one read transaction each",
             "group_by": "nationality, status over a covering index",
             "fts_match": "FTS5 MATCH ... ORDER BY rank LIMIT 20, joined to person"}
    return {name: Measurement(by_variant["encrypted"], by_variant["plain"], notes[name])
            for name, by_variant in timings.items() if name in names}


def _alternate(index: int) -> tuple[str, ...]:
    return VARIANTS if index % 2 == 0 else VARIANTS[::-1]


def _insert(path: Path, key: DatabaseKey, cache_kib: int, data: Rows) -> float:
    """One transaction, committed with the vault's synchronous=FULL, on a fresh file."""
    engine = open_engine(path, key, create=True, cache_kib=cache_kib)
    try:
        with engine.connect() as connection, connection.begin():
            metadata.create_all(connection)
            for statement in _FTS_DDL:
                connection.exec_driver_sql(statement)
        with engine.connect() as connection:
            connection = connection.execution_options(shelter_desk_write=True)

            def load() -> None:
                with connection.begin():
                    connection.execute(insert(person), data.rows)

            elapsed = time_ms(load)
        # Untimed, and outside any transaction (a reader would block it): the reads
        # should start from a folded WAL, the same for both files.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            raw.close()
        return elapsed
    finally:
        engine.dispose()


def _check_headers(paths: dict[str, Path]) -> None:
    """Fail loudly if the 'plain' file were encrypted, or the encrypted one plain."""
    for variant, path in paths.items():
        with path.open("rb") as handle:
            is_plain = handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
        if is_plain != (variant == "plain"):
            raise RuntimeError(f"{path.name}: expected a {variant} database")


@contextmanager
def _warm_connections(paths: dict[str, Path], keys: dict[str, DatabaseKey],
                      cache_kib: int) -> Iterator[dict[str, Connection]]:
    engines: dict[str, Engine] = {}
    connections: dict[str, Connection] = {}
    try:
        for variant in VARIANTS:
            engines[variant] = open_engine(paths[variant], keys[variant], cache_kib=cache_kib)
            # One connection for the whole run: SQLite's page cache belongs to it.
            connection = engines[variant].connect()
            connections[variant] = connection
            with connection.begin():
                result = connection.exec_driver_sql("PRAGMA quick_check").scalar_one()
            if result != "ok":
                raise RuntimeError(f"{variant}: quick_check said {result}")
        yield connections
    finally:
        for connection in connections.values():
            connection.close()
        for engine in engines.values():
            engine.dispose()


def _interleave(into: dict[str, list[float]], connections: dict[str, Connection],
                items: Iterable[T], query: Callable[[Connection, T], object]) -> None:
    """Each item once per variant, each in its own read transaction as `vault.read()` does."""
    for index, item in enumerate(items):
        for variant in _alternate(index):
            connection = connections[variant]

            def once(connection: Connection = connection, item: T = item) -> None:
                with connection.begin():
                    query(connection, item)

            into[variant].append(time_ms(once))


def fts_query(rng: random.Random, data: Rows) -> str:
    """What staff type: unaccented, lower case, often only the start of a name."""
    kind = rng.random()
    if kind < 0.35:
        name = _typed(rng.choice((*data.given_names, *data.surnames)).split()[0])
        return f'{{given_name family_name}} : "{name[:rng.randint(3, 5)]}" *'
    if kind < 0.60:
        return f'family_name : "{_typed(rng.choice(data.surnames))}"'
    words = [_typed(word) for word in data.summary_words if len(word) >= 5]
    if kind < 0.80:
        return f'summary : "{rng.choice(words)}"'
    if kind < 0.90:
        first, second = rng.sample(words, 2)
        return f'"{first}" AND "{second}"'
    year, number = str(rng.choice(data.rows)["case_code"]).split("-")
    return f'case_code : "{year} {number}"'


def _typed(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
