"""schemathesis against the hub's own OpenAPI description: generated requests (a bounded
number per operation) never make the hub answer with a server error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.hub.conftest import LiveHub

schemathesis = pytest.importorskip("schemathesis")


def test_no_generated_request_makes_a_server_error(live_hub: LiveHub):
    from schemathesis.checks import not_a_server_error

    schema = schemathesis.openapi.from_url(f"{live_hub.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/v1/reports", "/api/v1/enrol",
                                              "/api/v1/directory/profile", "/api/v1/mailbox",
                                              "/api/v1/mailbox/{item_id}"}
    for operation in operations:
        @given(operation.as_strategy())
        @settings(max_examples=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def no_server_error(case) -> None:
            case.call_and_validate(checks=[not_a_server_error])

        no_server_error()
