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


def test_approve_then_send_each_half_to_its_server_the_helper_down_then_up(
        qtbot, demo, tmp_path):
    """Against both servers on loopback: she enrols on the helper from the Red section,
    approves on the Red page, and «Enviar ahora» sends each half to its own server; the
    helper down, its half waits and the page says so; up again, it goes."""
    import os

    from shelter_desk.gui.network.network_section import NetworkSection
    from shelter_desk.services import network_outbox, network_share_send
    from tests.hub.members import add_organisation
    from tests.hub.share_servers import start_pair

    servers = start_pair(tmp_path, {**NetworkPolicy().to_json(), "period_type": "quarter"})
    pair = next(servers)
    try:
        _id, token = add_organisation(pair.leader.engine, "Casa Demo")
        network_outbox.join(demo, pair.leader.url, token)
        section = NetworkSection(demo)
        qtbot.addWidget(section)
        section.resize(1090, 760)
        # tries once per server: the test does not sit through the real backoff
        section.hub._sync = lambda vault: network_outbox.sync(vault, attempts=1)
        section.show()
        # WHEN she enrols on the helper with its operator's token (the policy's address)
        section.setCurrentIndex(1)
        form = section.helper
        form.refresh()
        assert form.isVisible() and form.url.text() == pair.helper.url
        _id, helper_token = add_organisation(pair.helper.engine, "Casa Demo")
        form.token.setText(helper_token)
        form.join_button.click()
        qtbot.waitUntil(lambda: "Inscrita como" in form.status.text(), timeout=20000)
        assert not form.form.isVisible()
        # AND approves on the Red page
        section.setCurrentIndex(0)
        page = section.report
        qtbot.waitUntil(lambda: not page.loading and page.shares is not None, timeout=20000)
        asked = []
        page.confirm = lambda text: asked.append(text) or True
        page.approve_button.click()
        assert "agregador auxiliar" in asked[0]
        assert "dos partes están en la bandeja de salida" in page.message.text()
        qtbot.waitUntil(lambda: not page.loading and bool(page.halves), timeout=20000)
        assert page.summary.text().count("en la bandeja de salida, en espera") == 2
        # AND sends with the helper down
        pair.helper.stop()
        section.setCurrentIndex(1)
        section.hub.send_now()
        qtbot.waitUntil(lambda: not section.hub.busy, timeout=20000)
        said = section.hub.result.text()
        assert "El agregador auxiliar no respondió; la parte queda en espera" in said
        assert "enviada al hub" in said
        assert {s.aggregator: s.state for s in network_share_send.share_status(demo)} == {
            "leader": "sent", "helper": "outbox"}
        section.setCurrentIndex(0)
        qtbot.waitUntil(lambda: not page.loading and "parte para el hub: enviada"
                        in page.summary.text(), timeout=20000)
        assert "parte para el agregador auxiliar: en la bandeja de salida" in \
            page.summary.text()
        if os.environ.get("I22_GRAB"):
            page.grab().save(os.environ["I22_GRAB"].replace(".png", "-waiting.png"))
            section.setCurrentIndex(1)
            section.grab().save(os.environ["I22_GRAB"].replace(".png", "-link.png"))
        # THEN, the helper up again, the next send takes the rest
        pair.helper.start()
        section.setCurrentIndex(1)
        section.hub.send_now()
        qtbot.waitUntil(lambda: not section.hub.busy, timeout=20000)
        assert "enviada al agregador auxiliar" in section.hub.result.text()
        assert "no respondió" not in section.hub.result.text()
        assert {s.state for s in network_share_send.share_status(demo)} == {"sent"}
    finally:
        next(servers, None)
