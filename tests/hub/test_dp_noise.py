"""Differential privacy as a network policy: bad policies refused in both languages, the
noise drawn by OpenDP at the scale its privacy map sets, and margins of error that hold
at least 95 times in 100 (checked against the exact distribution)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.hub import cli, db, dp_release
from shelter_desk.network.dp_policy import DpPolicy
from shelter_desk.network.policy import NetworkPolicy

BASE = {"period_type": "quarter", "k": 5, "tables": ["people", "case_types"]}


@pytest.mark.parametrize(("dp", "es", "en"), [
    ({"epsilon_per_period": -1.0, "budget": 4.0}, "mayor que 0", "above 0"),
    ({"epsilon_per_period": 0, "budget": 4.0}, "mayor que 0", "above 0"),
    ({"epsilon_per_period": 2.0, "budget": 1.0}, "no alcanza", "smaller than one"),
    ({"epsilon_per_period": 1.0, "budget": 4.0, "mechanism": "gaussian"},
     "laplace o geometric", "laplace or geometric"),
    ({"epsilon_per_period": 1.0, "budget": 4.0, "mechanism": 3}, "mecanismo", "mechanism"),
    ({"epsilon_per_period": True, "budget": 4.0}, "número", "number"),
    ({"epsilon_per_period": "1", "budget": 4.0}, "número", "number"),
    ({"epsilon_per_period": 1.0, "budget": float("inf")}, "número", "number"),
    ({"epsilon_per_period": 1.0}, "budget", "budget"),
    ({"epsilon_per_period": 1.0, "budget": 4.0, "delta": 1e-6}, "nada más", "nothing else"),
    ({"epsilon_per_period": 1.0, "budget": 4.0, "contributions": {"barriers": 2}},
     "contributions", "contributions"),
    ({"epsilon_per_period": 1.0, "budget": 4.0, "contributions": {"people": 0}},
     "1 a 100", "1 to 100"),
    ([1.0, 4.0], "epsilon_per_period", "epsilon_per_period"),
])
def test_a_bad_dp_policy_is_refused_in_both_languages(dp: object, es: str, en: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        NetworkPolicy.from_json({**BASE, "dp": dp})
    assert es in refused.value.message.es and "Privacidad diferencial" in refused.value.message.es
    assert en in refused.value.message.en and "Differential privacy" in refused.value.message.en


def test_a_good_dp_policy_round_trips_and_splits_epsilon_equally() -> None:
    policy = NetworkPolicy.from_json({**BASE, "dp": {
        "epsilon_per_period": 1.0, "budget": 4, "mechanism": "geometric",
        "contributions": {"case_types": 2}}})
    assert policy.dp == DpPolicy(1.0, 4.0, "geometric", {"case_types": 2})
    # Members sign the policy into their shares: no floats there, so no dp either.
    assert "dp" not in policy.to_json()
    assert NetworkPolicy.from_json({**policy.to_json(), "dp": policy.dp.to_json()}) == policy
    assert policy.dp.epsilon_per_table(policy.tables) == 0.5
    assert policy.dp.sensitivity("case_types") == 2 and policy.dp.sensitivity("people") == 1
    assert NetworkPolicy.from_json(BASE).dp is None


def test_the_hub_cli_refuses_a_bad_dp_policy_and_keeps_the_old_one(
        hub_db_url: str, tmp_path: Path, capsys) -> None:
    file = tmp_path / "policy.json"
    file.write_text(json.dumps({**BASE, "dp": {"epsilon_per_period": 1.0, "budget": 4.0}}),
                    encoding="utf-8")
    assert cli.main(["policy", "--db", hub_db_url, "--file", str(file)]) == 0
    capsys.readouterr()
    file.write_text(json.dumps({**BASE, "dp": {"epsilon_per_period": 1.0, "budget": 4.0,
                                               "mechanism": "randomised"}}), encoding="utf-8")
    assert cli.main(["policy", "--db", hub_db_url, "--file", str(file)]) == 2
    said = capsys.readouterr().err
    assert "el mecanismo debe ser laplace o geometric" in said
    assert "the mechanism must be laplace or geometric" in said
    engine = db.open_engine(hub_db_url)
    with engine.connect() as connection:
        assert db.policy(connection)["dp"] == {"epsilon_per_period": 1.0, "budget": 4.0}
    engine.dispose()


def _exact_half_width(scale: float, terms: int) -> int:
    """The smallest t with P(|sum of `terms` discrete Laplace draws| > t) <= 5%, by
    convolving the distribution itself (what margin_95 must never undercut)."""
    alpha = math.exp(-1 / scale)
    reach = int(40 * scale) + 5
    one = {x: (1 - alpha) / (1 + alpha) * alpha ** abs(x) for x in range(-reach, reach + 1)}
    total = dict(one)
    for _ in range(terms - 1):
        summed: dict[int, float] = {}
        for x, px in total.items():
            if px < 1e-14:
                continue
            for y, py in one.items():
                summed[x + y] = summed.get(x + y, 0.0) + px * py
        total = summed
    t = 0
    while sum(p for x, p in total.items() if abs(x) > t) > 0.05:
        t += 1
    return t


@pytest.mark.parametrize("scale", [0.7, 3.0, 6.0])
@pytest.mark.parametrize("terms", [1, 2, 3, 5])
def test_the_stated_margin_covers_at_least_95_in_100(scale: float, terms: int) -> None:
    exact = _exact_half_width(scale, terms)
    stated = dp_release.margin_95(scale, terms)
    assert exact <= stated <= exact + max(1, exact // 20)
    if terms == 1:
        assert stated <= math.ceil(scale * math.log(20))  # the continuous Laplace's


def test_opendp_sets_the_scale_and_its_map_spends_exactly_the_tables_epsilon() -> None:
    chosen, scale = dp_release.measurement(10, 1, 0.25, "laplace")
    assert scale == pytest.approx(4.0, rel=1e-6)
    assert chosen.map(1) <= 0.25 and chosen.map(1) == pytest.approx(0.25)
    # A person adding up to 2 counts needs twice the noise for the same epsilon.
    _chosen, doubled = dp_release.measurement(10, 2, 0.25, "geometric")
    assert doubled == pytest.approx(8.0, rel=1e-6)


def test_the_noise_is_drawn_by_opendp(monkeypatch: pytest.MonkeyPatch) -> None:
    made = []
    real = dp_release.dp.m.make_laplace

    def spy(*args: object, **kwargs: object) -> object:
        made.append(kwargs["scale"])
        return real(*args, **kwargs)

    monkeypatch.setattr(dp_release.dp.m, "make_laplace", spy)
    policy = NetworkPolicy.from_json({**BASE, "dp": {"epsilon_per_period": 1.0,
                                                     "budget": 1.0}})
    from shelter_desk.network.share_domain import share_domain

    cells = share_domain(policy)
    counts = {key: [100] * cells.length(key) for key in policy.tables}
    noisy, noises = dp_release.release(policy.dp, policy.tables, cells, counts)
    assert made and made[-1] == pytest.approx(2.0)  # the scale OpenDP's search chose last
    assert [n.scale for n in noises] == [pytest.approx(2.0)] * 2
    assert sum(n.epsilon for n in noises) == pytest.approx(1.0)
    assert any(value != 100 for value in noisy["people"])  # noise, not the truth


@pytest.mark.parametrize("mechanism", ["laplace", "geometric"])
def test_with_a_small_epsilon_the_spread_over_many_cells_matches_the_scale(
        mechanism: str) -> None:
    cells = 4000
    chosen, scale = dp_release.measurement(cells, 1, 0.1, mechanism)  # scale 10
    truth = [1000 + i % 7 for i in range(cells)]
    errors = [noisy - true for noisy, true in zip(chosen(truth), truth, strict=True)]
    alpha = math.exp(-1 / scale)
    expected_abs = 2 * alpha / (1 - alpha**2)  # E|X| of the discrete Laplace
    mean_abs = sum(abs(e) for e in errors) / cells
    assert abs(mean_abs - expected_abs) < 0.1 * expected_abs  # ~6 standard errors
    assert abs(sum(errors) / cells) < 1.0  # centred (standard error ~0.22)
    margin = dp_release.margin_95(scale)
    inside = sum(abs(e) <= margin for e in errors) / cells
    assert 0.93 <= inside <= 0.975  # >= 95% exactly; a discrete bound overshoots a little


def test_with_a_large_epsilon_the_figures_are_close_to_the_truth() -> None:
    chosen, _scale = dp_release.measurement(500, 1, 5.0, "laplace")  # scale 0.2
    truth = [i % 50 for i in range(500)]
    assert all(abs(noisy - true) <= 2 for noisy, true in zip(chosen(truth), truth,
                                                            strict=True))
