"""The leader's publication of a period's network tables from secret shares: which
members go in (at least 3; a version differs from every earlier one by at least 3
members, so late submissions wait until 3 are late), the helper's sum asked for and
checked, the exact tables protected once, and the version stored. Nothing is published
from one server's sums alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from shelter_desk.domain.messages import Bilingual
from shelter_desk.hub import aggregate, dp_release, privacy_budget, share_sums
from shelter_desk.hub.refusal import Refusal
from shelter_desk.hub.share_ingest import domain, network_policy, role
from shelter_desk.network import auditor, shares
from shelter_desk.network.cells import all_counts, relations
from shelter_desk.network.protection_record import from_record, to_record
from shelter_desk.network.report import ProtectedReport, minors_link
from shelter_desk.network.suppression import CannotProtect, protect


@dataclass(frozen=True)
class Status:
    state: str  # published, held, too_few, waiting, cannot_protect, budget_spent
    message: Bilingual
    version: int | None  # the newest published version, None when there is none
    document: dict[str, Any] | None  # its public tables


def publish(engine: Engine, period: str) -> Status:
    """Publish a new version when the rules allow one; the state in words either way."""
    with engine.connect() as connection:
        if role(connection) != "leader":
            raise Refusal(404, "not_leader", "El agregador auxiliar no publica tablas.",
                          "The helper aggregator publishes no tables.")
        policy = network_policy(connection)
        cells = domain(connection)
        versions = share_sums.released(connection, period)
        current = share_sums.current_members(connection, period)
        newest = versions[-1] if versions else None
        def status(state: str, es: str, en: str) -> Status:
            return Status(state, Bilingual(es=es, en=en), newest[0] if newest else None,
                          _public(newest[2]) if newest else None)
        if newest and newest[1] == current:
            return status("published", "Publicado con todas las partes recibidas.",
                          "Published with every share received.")
        if newest:
            late = len(auditor.changed_members(newest[1], current))
            if late < auditor.MIN_MEMBERS:
                return status("held", f"{late} miembro(s) enviaron después de la última "
                              f"versión; se publicará otra cuando sean {auditor.MIN_MEMBERS} "
                              "(así nadie puede restar dos versiones para leer a uno).",
                              f"{late} member(s) sent after the last version; another is "
                              f"published when there are {auditor.MIN_MEMBERS} (so that no "
                              "one can subtract two versions to read one member).")
        if len(current) < auditor.MIN_MEMBERS:
            return status("too_few", f"Hay partes de {len(current)} miembro(s); la red no "
                          f"publica totales de menos de {auditor.MIN_MEMBERS}.",
                          f"Shares from {len(current)} member(s) are here; the network "
                          f"publishes no totals of fewer than {auditor.MIN_MEMBERS}.")
        if policy.dp and not privacy_budget.can_spend(connection, policy.dp):
            spent = privacy_budget.exhausted(connection, policy.dp)
            return status("budget_spent", spent.es, spent.en)
        try:
            helper_url, helper_key = share_sums.helper_config(connection)
        except Refusal as refusal:
            return status("waiting", refusal.message.es, refusal.message.en)
        own = share_sums._members_sum(connection, period, current)
        # A version under differential privacy keeps no record (no exact value is stored).
        previous = (from_record(newest[2]["record"])[0]
                    if newest and "record" in newest[2] else None)
    try:
        helper = share_sums.ask_helper(helper_url, helper_key, period, current, cells.sha256(),
                                       {key: cells.length(key) for key in cells.cells},
                                       engine)
    except Refusal as refusal:
        return status("waiting", refusal.message.es, refusal.message.en)
    try:
        counts = {key: shares.reveal(own[key], helper[key]) for key in cells.cells}
    except ValueError:
        return status("waiting", "Las sumas de los dos servidores no cuadran; no se publica.",
                      "The two servers' sums do not add up; nothing is published.")
    if policy.dp:
        return _publish_noisy(engine, period, policy, cells, counts, current, len(versions))
    tables = cells.tables(counts)
    ordered = tuple(tables[key] for key in policy.tables)
    try:
        protected = protect(all_counts(ordered), relations(ordered, [minors_link(policy)]),
                            policy.k, previous)
    except CannotProtect:
        return status("cannot_protect", "No hay forma de proteger esta versión; no se publica.",
                      "This version cannot be protected; nothing is published.")
    record = to_record(ProtectedReport(ordered, protected.publication, (), None), policy)
    public = [_table_json(table, protected.publication, len(current)) for table in ordered]
    document = {"route": "shares", "members": len(current), "tables": public,
                "record": record}
    with engine.begin() as connection:
        if len(share_sums.released(connection, period)) != len(versions):
            return publish(engine, period)  # another request published first: look again
        version = share_sums.record_release(connection, period, current, document)
    return Status("published", Bilingual(es="Publicado con todas las partes recibidas.",
                                         en="Published with every share received."),
                  version, _public(document))


def _publish_noisy(engine: Engine, period: str, policy: Any, cells: Any,
                   counts: dict[str, list[int]], current: auditor.Members, earlier: int
                   ) -> Status:
    """Differential privacy instead of k-suppression: noise on every cell, drawn once by
    OpenDP and stored; only the noisy figures are kept, never the exact sums."""
    noisy, noises = dp_release.release(policy.dp, policy.tables, cells, counts)
    public = [table.to_json() for table in
              dp_release.noisy_tables(cells, noisy, noises, len(current))]
    with engine.begin() as connection:
        privacy_budget.hold(connection)  # first: what is read below is then current
        # Another request published this period first, or spent the budget's rest: this
        # draw is dropped unpublished (noise never shown costs nothing) and, out of this
        # transaction, the state is looked at again.
        again = len(share_sums.released(connection, period)) != earlier \
            or not privacy_budget.can_spend(connection, policy.dp)
        if not again:
            document: dict[str, Any] = {"route": "shares", "members": len(current),
                                        "tables": public}
            version = len(share_sums.released(connection, period)) + 1
            total = privacy_budget.record(connection, period, version, policy.dp, noises)
            document["dp"] = {**policy.dp.to_json(), "spent_total": total,
                              "spent_by_this_version": sum(n.epsilon for n in noises),
                              "tables": {n.table: n.to_json() for n in noises}}
            share_sums.record_release(connection, period, current, document)
    if again:
        return publish(engine, period)
    return Status("published", Bilingual(es="Publicado con todas las partes recibidas.",
                                         en="Published with every share received."),
                  version, _public(document))


def _public(document: dict[str, Any]) -> dict[str, Any]:
    """What may be shown: never the record (it holds the true values of withheld cells)."""
    return {key: value for key, value in document.items() if key != "record"}


def _table_json(table: Any, publication: Any, members: int) -> dict[str, Any]:
    shown = aggregate.NetworkTable(table.key, table.dimensions, members=members)
    for (key, cell), value in publication.values.items():
        if key == table.key:
            shown.values[cell] = aggregate.Value(value, value,
                                                 suppressed=(key, cell) in publication.suppressed)
    return shown.to_json()


def versions_members(engine: Engine, period: str) -> list[auditor.Members]:
    with engine.connect() as connection:
        return [members for _v, members, _d in share_sums.released(connection, period)]


def dump(status: Status, period: str, k: int) -> dict[str, Any]:
    document = status.document or {"members": 0, "tables": []}
    return {"period": period, "route": "shares", "k": k, "state": status.state,
            "message": {"es": status.message.es, "en": status.message.en},
            "version": status.version, **document,
            **({"explanation": explain_noise(document["dp"])} if "dp" in document else {})}


def explain_noise(dp: dict[str, Any]) -> dict[str, str]:
    """What a funder reads next to figures with noise."""
    return {"es": "Cifras con ruido añadido para proteger a las personas (privacidad "
                  "diferencial): junto a cada una, «± n» quiere decir que el valor real está "
                  "a menos de n de esa cifra 95 de cada 100 veces. Las cifras que el ruido "
                  "dejaba por debajo de cero se muestran como 0, y los totales son la suma "
                  "de las celdas con ruido, por eso su margen es mayor. Esta versión gastó "
                  f"{dp['spent_by_this_version']:g} del presupuesto de privacidad de la red "
                  f"(al publicarla iban {dp['spent_total']:g} de {dp['budget']:g}).",
            "en": "Figures with noise added to protect people (differential privacy): next "
                  "to each, '± n' means the true value is within n of that figure 95 times "
                  "out of 100. Figures the noise left below zero are shown as 0, and totals "
                  "are sums of the noisy cells, so their margin is wider. This version "
                  f"spent {dp['spent_by_this_version']:g} of the network's privacy budget "
                  f"({dp['spent_total']:g} of {dp['budget']:g} used when it was published)."}
