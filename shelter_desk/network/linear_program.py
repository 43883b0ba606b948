"""The auditor's linear programs, solved by GLPK (through swiglpk): minimise c.x subject to
A x = b and x >= 1.

GLPK, not scipy: the installers ship the app without numpy and scipy (about 170 MB more),
and GLPK is 2 MB. Each optimum from the floating-point simplex is re-solved from its basis
by GLPK's exact (rational) simplex, so the bounds the auditor rounds are exact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import swiglpk as glpk


class LinearProgram:
    def __init__(self, variables: int, rows: Sequence[Mapping[int, float]],
                 values: Sequence[float], *, lower: float = 1.0) -> None:
        self.variables = variables
        self._lp: Any = glpk.glp_create_prob()
        glpk.glp_set_obj_dir(self._lp, glpk.GLP_MIN)
        glpk.glp_add_cols(self._lp, variables)
        for column in range(1, variables + 1):
            glpk.glp_set_col_bnds(self._lp, column, glpk.GLP_LO, lower, 0.0)
        glpk.glp_add_rows(self._lp, len(rows))
        entries = [(row_number, column + 1, coefficient)
                   for row_number, row in enumerate(rows, start=1)
                   for column, coefficient in row.items() if coefficient]
        for row_number, value in enumerate(values, start=1):
            glpk.glp_set_row_bnds(self._lp, row_number, glpk.GLP_FX, value, value)
        size = len(entries) + 1  # GLPK's arrays count from 1
        ia, ja, ar = glpk.intArray(size), glpk.intArray(size), glpk.doubleArray(size)
        for position, (row_number, column, coefficient) in enumerate(entries, start=1):
            ia[position], ja[position], ar[position] = row_number, column, coefficient
        glpk.glp_load_matrix(self._lp, len(entries), ia, ja, ar)
        self._simplex = glpk.glp_smcp()
        glpk.glp_init_smcp(self._simplex)
        self._simplex.msg_lev = glpk.GLP_MSG_OFF
        self._simplex.presolve = glpk.GLP_OFF  # keeps the basis for the next objective
        self._exact = glpk.glp_smcp()
        glpk.glp_init_smcp(self._exact)
        self._exact.msg_lev = glpk.GLP_MSG_OFF

    def close(self) -> None:
        """Free the problem, in the thread that made it: GLPK keeps one memory environment
        per thread, and a problem freed from another thread (by the garbage collector at
        exit, say) corrupts memory."""
        if self._lp is not None:
            glpk.glp_delete_prob(self._lp)
            self._lp = None

    def __enter__(self) -> LinearProgram:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def minimise(self, objective: Sequence[float]) -> tuple[float, list[float]] | None:
        """(optimum, the point reaching it), or None when the minimum is unbounded.
        ValueError when no point satisfies the equalities."""
        assert self._lp is not None, "the program was closed"
        for column, coefficient in enumerate(objective, start=1):
            glpk.glp_set_obj_coef(self._lp, column, float(coefficient))
        if glpk.glp_simplex(self._lp, self._simplex) != 0:
            glpk.glp_std_basis(self._lp)  # a bad basis left by an earlier objective
            glpk.glp_simplex(self._lp, self._simplex)
        status = glpk.glp_get_status(self._lp)
        if status == glpk.GLP_UNBND:
            return None
        if status == glpk.GLP_OPT:
            glpk.glp_exact(self._lp, self._exact)
            status = glpk.glp_get_status(self._lp)
        if status != glpk.GLP_OPT:
            raise ValueError("no counts satisfy what was published")
        point = [glpk.glp_get_col_prim(self._lp, column)
                 for column in range(1, self.variables + 1)]
        return glpk.glp_get_obj_val(self._lp), point
