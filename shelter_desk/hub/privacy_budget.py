"""The network's privacy budget, kept in the leader's database (migration h0005): every
version published under differential privacy spends its epsilon once, in the same
transaction that stores it; nothing is published once the next version would pass the
budget. Showing a stored version again spends nothing (its noise was drawn once)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, func, insert, select

from shelter_desk.domain.messages import Bilingual
from shelter_desk.hub import db
from shelter_desk.hub.dp_release import TableNoise
from shelter_desk.hub.share_schema import privacy_spend
from shelter_desk.network.dp_policy import DpPolicy

LOCK = "privacy_budget_lock"  # a hub_setting row (migration h0005)
SLACK = 1e-9  # float sums of per-table epsilons: 4 x 0.25 must equal a budget of 1.0


def hold(connection: Connection) -> None:
    """Take the budget's lock for this transaction, before reading what is spent: the
    update waits for any other spending transaction to end (a row lock on PostgreSQL,
    the write lock on SQLite), so two publications never spend the same remainder."""
    db.put_setting(connection, LOCK, db.now_utc())


def spent(connection: Connection) -> float:
    return float(connection.execute(select(func.coalesce(
        func.sum(privacy_spend.c.epsilon), 0.0))).scalar_one())


def can_spend(connection: Connection, policy: DpPolicy) -> bool:
    return spent(connection) + policy.epsilon_per_period <= policy.budget + SLACK


def record(connection: Connection, period: str, version: int, policy: DpPolicy,
           noises: list[TableNoise]) -> float:
    """Spend one version's epsilon (OpenDP's map of each table, added up); the total."""
    epsilon = sum(noise.epsilon for noise in noises)
    connection.execute(insert(privacy_spend).values(
        period=period, version=version, epsilon=epsilon, mechanism=policy.mechanism,
        detail=json.dumps({noise.table: noise.to_json() for noise in noises},
                          sort_keys=True), spent_at=db.now_utc()))
    return spent(connection)


def exhausted(connection: Connection, policy: DpPolicy) -> Bilingual:
    used = spent(connection)
    return Bilingual(
        es=f"Se agotó el presupuesto de privacidad de la red: ya se gastó {used:g} de "
           f"{policy.budget:g} y cada publicación gasta {policy.epsilon_per_period:g}. No "
           "se publica nada más; publicar más protegería menos a las personas, y solo la "
           "red puede acordarlo con un presupuesto mayor en su política.",
        en=f"The network's privacy budget is spent: {used:g} of {policy.budget:g} is used "
           f"and each publication spends {policy.epsilon_per_period:g}. Nothing more is "
           "published; publishing more would protect people less, and only the network "
           "can agree to that, with a larger budget in its policy.")
