"""The fewest withheld counts that protect a report, by integer programming (GLPK's MIP):
the yardstick the fast heuristic in suppression.py is measured against, as tau-ARGUS
reports its optimal method. Table totals come first: the fewest totals withheld (only
those that must be), then the fewest counts.

The model is Fischetti and Salazar's (Management Science 2001). One binary per count: 1
when it is withheld, primaries fixed to 1. The master program minimises the number
withheld subject to cuts; the auditor then checks its pattern, and for each count still
narrower than k the attacker's linear program (how far the count can move both ways
while every relation holds and every published count stays put) yields a capacity cut
from its dual: sum_j c_j y_j >= k (or >= k y_p for a count withheld only to protect
others, which the auditor also wants wide). The cuts are valid for every pattern, so the
first pattern the auditor passes is optimal. Meant for small tables: each round solves
an integer program.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import swiglpk as glpk

from shelter_desk.network import auditor
from shelter_desk.network.cells import STAR, Relation, Var
from shelter_desk.network.knowledge import NEW, Knowledge, Publication

_DUAL_EPSILON = 1e-9


class NoOptimum(Exception):
    """The program did not finish within its rounds, or no pattern is safe."""


@dataclass(frozen=True)
class Optimum:
    suppressed: frozenset[Var]
    rounds: int


@dataclass(frozen=True)
class _Cut:
    coefficients: dict[int, float]  # count position -> coefficient of its binary
    conditional_on: int | None  # position of the secondary count the cut protects


def fewest_withheld(values: Mapping[Var, int], relations: Sequence[Relation], k: int, *,
                    previous: Publication | None = None,
                    required: Collection[Var] = (), forbidden: Collection[Var] = (),
                    max_rounds: int = 200) -> Optimum:
    """The smallest set of counts to withhold (the fewest table totals first, then the
    fewest counts) for which every count in 1..k-1 is withheld and the auditor finds every withheld
    count's interval at least k wide. `required` counts are withheld whatever it costs
    (what an earlier revision withheld), `forbidden` ones never are (what it published),
    and the auditor reads the earlier revision too. NoOptimum when the rounds run out,
    or when a count is too narrow only through what the earlier revision published (the
    cuts see one revision): the caller then uses the heuristic."""
    counts = sorted(var for var, value in values.items() if value > 0)
    position = {var: index for index, var in enumerate(counts)}
    primary = {position[var] for var in counts if values[var] < k}
    fixed = {position[var]: 1.0 for var in required if var in position}
    fixed.update({position[var]: 0.0 for var in forbidden if var in position})
    if primary & {index for index, value in fixed.items() if not value}:
        raise NoOptimum("a small count was published by the earlier revision")
    fixed.update({index: 1.0 for index in primary})
    if not any(fixed.values()):
        return Optimum(frozenset(), 0)  # nothing small: nothing to withhold
    # An a-priori upper bound for every count: any value consistent with the published
    # ones lies below the sum of all counts, so cuts computed within it are valid.
    ceiling = float(sum(values[var] for var in counts) + k)
    attacker = _Attacker(counts, values, relations, ceiling)
    # One per withheld count, and a table's total more than all the others together: a
    # total is what a funder reads first, so it is withheld only when no pattern without
    # it exists (or it is itself small); among those, the fewest counts.
    whole = float(len(counts) + 1)
    costs = [whole if all(v == STAR for v in var[1]) else 1.0 for var in counts]
    cuts: list[_Cut] = []
    try:
        for rounds in range(1, max_rounds + 1):
            chosen = _solve_master(costs, fixed, cuts, k)
            suppressed = frozenset(counts[index] for index in chosen)
            knowledge = Knowledge(Publication(values, suppressed, relations), previous)
            failing = auditor.too_narrow(knowledge, k)
            if not failing:
                return Optimum(suppressed, rounds)
            if any(node[0] != NEW for node in failing):
                raise NoOptimum("a count of the earlier revision is too narrow")
            for node in failing:
                target = position[node[1]]
                cut = _Cut(attacker.capacity(target, chosen),
                           None if target in primary or target in fixed else target)
                if sum(cut.coefficients.get(index, 0.0) for index in chosen) >= k - 1e-6:
                    # Narrow only through the earlier revision, or once rounded to whole
                    # people (three dimensions): cuts of this model cannot see either.
                    raise NoOptimum("a failing count is not cut off by its own revision")
                cuts.append(cut)
        raise NoOptimum(f"no optimum within {max_rounds} rounds")
    finally:
        attacker.close()


def _solve_master(costs: Sequence[float], fixed: Mapping[int, float], cuts: Sequence[_Cut],
                  k: int) -> set[int]:
    variables = len(costs)
    problem: Any = glpk.glp_create_prob()
    try:
        glpk.glp_set_obj_dir(problem, glpk.GLP_MIN)
        glpk.glp_add_cols(problem, variables)
        for column in range(1, variables + 1):
            glpk.glp_set_col_kind(problem, column, glpk.GLP_BV)
            value = fixed.get(column - 1)
            if value is None:
                glpk.glp_set_col_bnds(problem, column, glpk.GLP_DB, 0.0, 1.0)
            else:
                glpk.glp_set_col_bnds(problem, column, glpk.GLP_FX, value, value)
            glpk.glp_set_obj_coef(problem, column, costs[column - 1])
        if cuts:
            glpk.glp_add_rows(problem, len(cuts))
            entries: list[tuple[int, int, float]] = []
            for row, cut in enumerate(cuts, start=1):
                terms = dict(cut.coefficients)
                if cut.conditional_on is not None:
                    terms[cut.conditional_on] = terms.get(cut.conditional_on, 0.0) - k
                    glpk.glp_set_row_bnds(problem, row, glpk.GLP_LO, 0.0, 0.0)
                else:
                    glpk.glp_set_row_bnds(problem, row, glpk.GLP_LO, float(k), 0.0)
                entries.extend((row, index + 1, value) for index, value in terms.items()
                               if value)
            _load(problem, entries)
        parameters = glpk.glp_iocp()
        glpk.glp_init_iocp(parameters)
        parameters.msg_lev = glpk.GLP_MSG_OFF
        parameters.presolve = glpk.GLP_ON
        if glpk.glp_intopt(problem, parameters) != 0 or glpk.glp_mip_status(problem) not in (
                glpk.GLP_OPT, glpk.GLP_FEAS):
            raise NoOptimum("no pattern of withheld counts is safe")
        return {column - 1 for column in range(1, variables + 1)
                if glpk.glp_mip_col_val(problem, column) > 0.5}
    finally:
        glpk.glp_delete_prob(problem)


class _Attacker:
    """How far one count can move, both ways at once, given a pattern: maximise
    d_p - e_p over two deviations d and e that keep every relation (R d = R e = 0), with
    each withheld count free within [1, ceiling] and each published one fixed. The
    reduced costs at the optimum price each count's bounds: the cut's coefficients."""

    def __init__(self, counts: list[Var], values: Mapping[Var, int],
                 relations: Sequence[Relation], ceiling: float) -> None:
        self.counts, self.values, self.ceiling = counts, values, ceiling
        index = {var: position for position, var in enumerate(counts)}
        rows = [{index[var]: coefficient for var, coefficient in relation.terms
                 if var in index} for relation in relations]
        rows = [row for row in rows if row]
        width = len(counts)
        self.problem: Any = glpk.glp_create_prob()
        glpk.glp_set_obj_dir(self.problem, glpk.GLP_MAX)
        glpk.glp_add_cols(self.problem, 2 * width)  # GLPK aborts the process on zero
        if rows:
            glpk.glp_add_rows(self.problem, 2 * len(rows))
        entries = []
        for copy in (0, 1):
            for number, row in enumerate(rows, start=1 + copy * len(rows)):
                glpk.glp_set_row_bnds(self.problem, number, glpk.GLP_FX, 0.0, 0.0)
                entries.extend((number, column + 1 + copy * width, float(coefficient))
                               for column, coefficient in row.items())
        _load(self.problem, entries)
        self.simplex = glpk.glp_smcp()
        glpk.glp_init_smcp(self.simplex)
        self.simplex.msg_lev = glpk.GLP_MSG_OFF

    def close(self) -> None:
        glpk.glp_delete_prob(self.problem)

    def capacity(self, target: int, withheld: set[int]) -> dict[int, float]:
        width = len(self.counts)
        for copy in (0, 1):
            for position, var in enumerate(self.counts):
                column = position + 1 + copy * width
                down, up = self._room(var)
                if position in withheld:
                    glpk.glp_set_col_bnds(self.problem, column, glpk.GLP_DB, -down, up)
                else:
                    glpk.glp_set_col_bnds(self.problem, column, glpk.GLP_FX, 0.0, 0.0)
                glpk.glp_set_obj_coef(self.problem, column, 0.0)
        glpk.glp_set_obj_coef(self.problem, target + 1, 1.0)
        glpk.glp_set_obj_coef(self.problem, target + 1 + width, -1.0)
        glpk.glp_std_basis(self.problem)
        if glpk.glp_simplex(self.problem, self.simplex) != 0 or \
                glpk.glp_get_status(self.problem) != glpk.GLP_OPT:
            raise NoOptimum("the attacker's program did not solve")
        coefficients: dict[int, float] = {}
        for copy in (0, 1):
            for position, var in enumerate(self.counts):
                reduced = glpk.glp_get_col_dual(self.problem, position + 1 + copy * width)
                down, up = self._room(var)
                price = up * reduced if reduced > _DUAL_EPSILON else (
                    down * -reduced if reduced < -_DUAL_EPSILON else 0.0)
                if price:
                    coefficients[position] = coefficients.get(position, 0.0) + price
        return coefficients

    def _room(self, var: Var) -> tuple[float, float]:
        """How far a withheld count can go down (to 1) and up (to the ceiling)."""
        value = self.values[var]
        return float(value - 1), self.ceiling - value


def _load(problem: Any, entries: Sequence[tuple[int, int, float]]) -> None:
    size = len(entries) + 1  # GLPK's arrays count from 1
    ia, ja, ar = glpk.intArray(size), glpk.intArray(size), glpk.doubleArray(size)
    for place, (row, column, value) in enumerate(entries, start=1):
        ia[place], ja[place], ar[place] = row, column, value
    glpk.glp_load_matrix(problem, len(entries), ia, ja, ar)
