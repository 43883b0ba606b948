"""The network's exact sums by secret shares, on the member's side: the preview of
exactly which counts leave (exact, over the network's fixed domain of cells, zeros
included) and the two signed halves made from exactly those counts.

What the coordinator is told (WHAT_LEAVES) is the plain truth of the design: the counts
leave exact, but only as two shares, each uniformly random alone; one goes to the hub,
the other to the helper aggregator another organisation runs; together, and only
together, the two servers could read this shelter's exact counts; neither publishes
anything but protected network tables of at least 3 members.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.network.cells import STAR
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.share_domain import share_domain
from shelter_desk.network.share_envelope import SharedSubmission, signed_halves
from shelter_desk.reports.network_tables import count_tables
from shelter_desk.services.common import permitted
from shelter_desk.services.network_reports import (
    network_period,
    network_policy,
    organisation_key,
)
from shelter_desk.store import audit, network_share_store, network_store

WHAT_LEAVES = Bilingual(
    es="Con la suma por partes secretas de esta red, estas cifras salen exactas, sin "
       "ocultar ninguna, pero nunca legibles: cada cifra se parte en dos números al azar "
       "que solo juntos la dan. Una parte va al hub de la red ({leader}) y la otra al "
       "agregador auxiliar ({helper}), que lleva otra organización. Ninguno de los dos "
       "solo puede saber nada de estas cifras. Si los dos se pusieran de acuerdo, juntos "
       "sí podrían leer las cifras exactas de este refugio: por eso los llevan "
       "organizaciones distintas. Cada uno suma las partes de todos los miembros y solo "
       "se publican totales de la red de al menos 3 miembros, protegidos una vez "
       "(cifras menores que {k} ocultas). Es el modelo de Prio y del protocolo DAP de la "
       "IETF, sin sus pruebas de validez: como hoy, nada comprueba que las cifras sean "
       "ciertas.",
    en="With this network's secret-share sums, these counts leave exact, none withheld, "
       "but never readable: each count is split into two random numbers that give it "
       "only together. One share goes to the network's hub ({leader}) and the other to "
       "the helper aggregator ({helper}), run by another organisation. Neither alone can "
       "learn anything about these counts. If the two colluded, together they could "
       "read this shelter's exact counts: that is why different organisations run them. "
       "Each adds up all members' shares and only network totals of at least 3 members "
       "are published, protected once (counts under {k} withheld). It is the model of "
       "Prio and of the IETF's DAP protocol, without their validity proofs: as today, "
       "nothing checks that the counts are true.")


@dataclass(frozen=True)
class SharePreview:
    period: str
    revision: int
    policy: NetworkPolicy
    counts: dict[str, list[int]]  # table -> exact counts in the domain's order: what leaves
    tables: list[dict[str, Any]]  # the same, as tables the preview shows (zeros left out)
    outside: int  # counted in categories the network's catalogue lacks: not sent

    def what_leaves(self, language: str) -> str:
        assert self.policy.aggregators is not None
        text = WHAT_LEAVES.es if language == "es" else WHAT_LEAVES.en
        said = text.format(leader=self.policy.aggregators[0],
                           helper=self.policy.aggregators[1], k=self.policy.k)
        if self.outside:
            said += (f" {self.outside} registros de categorías que la red no conoce no se "
                     "envían." if language == "es" else f" {self.outside} records in "
                     "categories the network does not know are not sent.")
        return said


def build_share_preview(vault: Any, period_text: str) -> SharePreview:
    _organisation_id, policy = network_policy(vault)
    if policy.aggregators is None:
        raise InvalidInput("policy", Bilingual(
            es="La política de esta red no usa la suma por partes secretas.",
            en="This network's policy does not use secret-share sums."))
    period = network_period(period_text, policy)
    with vault.read() as connection:
        raw = count_tables(connection, period, policy)
        revision = network_share_store.next_revision(connection, period.label)
    domain = share_domain(policy)
    counts, outside = domain.vectors(raw.tables, policy)
    tables = [{"key": table.key, "dimensions": list(table.dimensions),
               "counts": [{"key": list(cell), "count": value} for (_t, cell), value in
                          sorted(table.counts().items(),
                                 key=lambda item: (item[0][1].count(STAR), item[0][1]))]}
              for table in domain.tables(counts).values()]
    return SharePreview(period.label, revision, policy, counts, tables, outside)


def sign_shares(vault: Any, preview: SharePreview,
                organisation_ids: tuple[str, str]) -> SharedSubmission:
    """The two signed halves of exactly the previewed counts (a coordinator's act), put
    in the outbox together, each for its own server (`organisation_ids`: this
    organisation's id at the hub, then at the helper)."""
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_shares",
                     entity_id=preview.period)
    organisation_key(vault)
    with vault.write() as connection:
        stored = network_store.current_key(connection)
        assert stored is not None
        if network_share_store.next_revision(connection, preview.period) != preview.revision:
            raise InvalidInput("revision", Bilingual(
                es=f"La revisión {preview.revision} de {preview.period} ya se aprobó; vuelve "
                   "a cargar la vista previa.",
                en=f"Revision {preview.revision} of {preview.period} was already approved; "
                   "load the preview again."))
        submission = signed_halves(
            stored.private_key, preview.counts, preview.outside,
            organisation_ids=organisation_ids, period=preview.period,
            revision=preview.revision,
            generated_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            policy=preview.policy)
        network_share_store.add_halves(
            connection, period=preview.period, revision=preview.revision, key_id=stored.id,
            halves={"leader": (submission.leader.canonical, submission.leader.signature),
                    "helper": (submission.helper.canonical, submission.helper.signature)},
            approved_by=user.id)
        audit.record(connection, actor_id=user.id, action="network.shares_signed",
                     entity_type="network_shares", entity_id=preview.period,
                     summary=f"revision {preview.revision}")
    return submission
