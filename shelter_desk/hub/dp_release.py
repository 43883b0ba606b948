"""Differential privacy for the network tables summed from shares: OpenDP draws the
noise, this module only decides its scale and says how far off a figure may be.

Each table of the policy gets an equal share of the period's epsilon (sequential
composition: the period's release is epsilon_per_period-DP). Its noise is one OpenDP
measurement over the table's whole fixed domain of cells, zeros included (a cell left
out because it is zero would say it is zero): `make_laplace` (or `make_geometric`) on a
vector of integers with the L1 distance, whose sensitivity is the most counts one person
adds to the table (1 unless the policy says more). OpenDP's binary search finds the
smallest scale its own privacy map accepts for that epsilon; on integers both draw the
discrete Laplace. Everything after the draw is post-processing and costs no privacy: the
margins and the total are sums of the noisy cells (not noised again), and every figure
shown is rounded up to 0 when the noise made it negative.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import opendp.prelude as dp

from shelter_desk.hub import aggregate
from shelter_desk.network.cells import STAR, Key
from shelter_desk.network.dp_policy import DpPolicy
from shelter_desk.network.share_domain import DIMENSIONS, ShareDomain

# make_laplace and make_geometric are "contrib" in OpenDP 0.16: vetted by its team but
# not yet through its full proof review. Turned on for these two only, here.
dp.enable_features("contrib")

Z95 = 1.959963984540054  # the normal distribution's 97.5% point


@dataclass(frozen=True)
class TableNoise:
    table: str
    epsilon: float  # what OpenDP's privacy map says this table's release spends
    sensitivity: int
    scale: float

    def to_json(self) -> dict[str, Any]:
        return {"epsilon": self.epsilon, "sensitivity": self.sensitivity,
                "scale": self.scale}


@dataclass(frozen=True)
class NoisyValue(aggregate.Value):
    """A published figure with noise: within ±margin of the truth 95 times in 100."""

    margin: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"value": self.low, "margin_95": self.margin, "noisy": True}

    def text(self, k: int) -> str:
        return f"{self.low} ± {self.margin}"


def measurement(length: int, sensitivity: int, epsilon: float, mechanism: str
                ) -> tuple[dp.Measurement, float]:
    space = dp.vector_domain(dp.atom_domain(T=int), size=length), dp.l1_distance(T=int)
    make = dp.m.make_laplace if mechanism == "laplace" else dp.m.make_geometric
    scale = float(dp.binary_search_param(lambda s: make(*space, scale=s),
                                         d_in=sensitivity, d_out=epsilon))
    chosen = make(*space, scale=scale)
    if chosen.map(sensitivity) > epsilon:  # OpenDP's own accounting must agree
        raise ValueError("OpenDP's privacy map exceeds the table's epsilon")
    return chosen, scale


def release(policy: DpPolicy, tables: tuple[str, ...], cells: ShareDomain,
            counts: dict[str, list[int]]) -> tuple[dict[str, list[int]], list[TableNoise]]:
    """(table -> noisy counts in domain order, each table's noise): the one draw."""
    share = policy.epsilon_per_table(tables)
    noisy, noises = {}, []
    for key in tables:
        chosen, scale = measurement(cells.length(key), policy.sensitivity(key), share,
                                    policy.mechanism)
        noisy[key] = [int(value) for value in chosen(list(counts[key]))]
        noises.append(TableNoise(key, float(chosen.map(policy.sensitivity(key))),
                                 policy.sensitivity(key), scale))
    return noisy, noises


def margin_95(scale: float, terms: int = 1) -> int:
    """Half-width of the 95% interval of the noise of a sum of `terms` noisy cells.

    One cell: exactly, from the discrete Laplace's tail P(|X| > t) = 2a^(t+1)/(1+a),
    a = exp(-1/scale) (never more than scale*ln(20), the continuous Laplace's). A sum of
    n cells: the normal approximation corrected for the Laplace's heavier tails
    (Cornish-Fisher with the sum's excess kurtosis 3/n); checked against the exact
    distribution by convolution in the tests, never below it."""
    alpha = math.exp(-1 / scale)
    if terms == 1:
        return max(0, math.ceil(math.log(0.025 * (1 + alpha)) / math.log(alpha)) - 1)
    variance = 2 * alpha / (1 - alpha) ** 2
    z = Z95 + (Z95**3 - 3 * Z95) * (3 / terms) / 24
    return math.ceil(z * math.sqrt(terms * variance))


def noisy_tables(cells: ShareDomain, noisy: dict[str, list[int]], noises: list[TableNoise],
                 members: int) -> list[aggregate.NetworkTable]:
    """Every domain cell, each one-dimensional margin and the total, with its margin."""
    shown = []
    for noise in noises:
        domain_cells = cells.cells[noise.table]
        width = len(domain_cells[0])
        sums: dict[Key, list[int]] = defaultdict(lambda: [0, 0])  # key -> [sum, terms]
        for cell, value in zip(domain_cells, noisy[noise.table], strict=True):
            keys = [cell, (STAR,) * width] + ([
                tuple(cell[i] if i == d else STAR for i in range(width))
                for d in range(width)] if width > 1 else [])
            for key in keys:
                sums[key][0] += value
                sums[key][1] += 1
        table = aggregate.NetworkTable(noise.table, DIMENSIONS[noise.table], members=members)
        for key, (total, terms) in sums.items():
            value = max(0, total)  # post-processing: no count is negative
            table.values[key] = NoisyValue(value, value, margin=margin_95(noise.scale, terms))
        shown.append(table)
    return shown


def from_json(table: dict[str, Any]) -> aggregate.NetworkTable:
    """A published table back to values the dashboard draws (exact, withheld or noisy)."""
    shown = aggregate.NetworkTable(table["key"], tuple(table["dimensions"]),
                                   members=table["members"])
    for row in table["counts"]:
        value = row["value"] or 0
        shown.values[tuple(row["key"])] = (
            NoisyValue(value, value, margin=row["margin_95"]) if row.get("noisy")
            else aggregate.Value(value, value, suppressed=bool(row.get("suppressed"))))
    return shown
