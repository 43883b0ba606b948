"""The Network page of a network that sums by secret shares: the coordinator sees the
exact counts that will leave (nothing withheld) and, in words, that they leave only as
two shares no single server can read, who holds them, and what the two could learn
together."""

from __future__ import annotations

from shelter_desk.gui.network.network_page import NetworkPage
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.services import network_reports, network_shares


def test_the_preview_shows_the_exact_counts_that_leave_as_shares(qtbot, qtmodeltester, demo):
    _id, policy = network_reports.network_policy(demo)
    network_reports.set_network_policy(demo, NetworkPolicy.from_json({
        **policy.to_json(), "aggregators": {"leader": "https://hub.red.example",
                                            "helper": "https://auxiliar.otra.example"}}))
    page = NetworkPage(demo)
    qtbot.addWidget(page)
    page.resize(1090, 620)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.shares is not None, timeout=20000)
    qtmodeltester.check(page.model)
    text = page.explanation.text()
    assert "https://auxiliar.otra.example" in text and "https://hub.red.example" in text
    assert "Prio" in text and "juntos" in text
    # The table shown is the exact counts the shares carry, none withheld.
    expected = network_shares.build_share_preview(demo, page.shares.period)
    shown = page.shares.tables
    assert shown == expected.tables
    assert all(row["count"] is not None for table in shown for row in table["counts"])
    import os
    if os.environ.get("I22_GRAB"):
        page.grab().save(os.environ["I22_GRAB"])
