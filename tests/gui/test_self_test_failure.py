"""A bundle that lacks something: the self-test names the step, and fails."""

from __future__ import annotations

import io
import tempfile

from shelter_desk.gui import self_test


def test_a_failing_step_is_named_and_the_exit_code_is_not_zero(monkeypatch, tmp_path):
    # GIVEN an installation where the catalogue cannot be read
    def missing_catalogue(_state):
        raise FileNotFoundError("resources/catalog/rights.json")

    monkeypatch.setattr(self_test, "STEPS", [("Qt", self_test._qt), ("create vault",
                                             self_test._create),
                                             ("catalogue", missing_catalogue),
                                             ("lock", self_test._lock_step)])
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    # WHEN the self-test runs
    code = self_test.run_self_test(out)
    # THEN it says which step failed and why, never OK, and cleans up its vault
    lines = out.getvalue().splitlines()
    assert code == 1
    assert lines[-1] == "FAIL  catalogue: FileNotFoundError: resources/catalog/rights.json"
    assert not any(line.startswith("OK") for line in lines)
    assert "lock" not in out.getvalue().split("FAIL")[1]
    assert not any(tmp_path.iterdir())
