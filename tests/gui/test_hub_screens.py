"""The Network screen's hub panel (join, "Send now") against a real hub on loopback, and
the Library screen reading the vault's offline copies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")

from shelter_desk.gui.hub.hub_panel import HubPanel
from shelter_desk.gui.hub.library_page import LibraryPage
from shelter_desk.hub import db
from shelter_desk.services import network_link
from shelter_desk.store import network_hub_store
from tests.hub.conftest import LiveHub
from tests.hub.members import add_organisation
from tests.hub.test_vault_link import ApprovedReports


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[LiveHub]:
    engine = db.open_engine(f"sqlite:///{tmp_path / 'hub.db'}")
    db.migrate(engine)
    live = LiveHub(engine)
    live.start()
    yield live
    live.stop()
    engine.dispose()


def panel_for(created, qtbot, reports: ApprovedReports) -> HubPanel:
    panel = HubPanel(
        created.vault,
        join=lambda vault, url, token, ca: network_link.join_network(vault, reports, url, token,
                                                                     ca_file=ca),
        sync=lambda vault: network_link.sync_network(vault, reports, attempts=1))
    qtbot.addWidget(panel)
    return panel


def test_a_coordinator_joins_then_sends_now(created, qtbot, hub: LiveHub):
    reports = ApprovedReports()
    panel = panel_for(created, qtbot, reports)
    assert panel.join_button.isVisibleTo(panel) and not panel.send_button.isVisibleTo(panel)
    # WHEN she types the hub's address and token and joins
    _organisation_id, token = add_organisation(hub.engine, "Casa Sintética Norte")
    panel.hub_url.setText(hub.url)
    panel.token.setText(token)
    panel.join_button.click()
    # THEN the panel says whom it joined, with the hub's fingerprint, and offers Send now
    qtbot.waitUntil(lambda: panel.send_button.isVisibleTo(panel), timeout=10_000)
    assert "Huella del servidor de la red" in panel.status.text() and panel.token.text() == ""
    # WHEN a report is approved and she presses Send now
    hub_state = network_link.hub_status(created.vault)
    reports.approve(hub_state.organisation_id)
    with qtbot.waitSignal(panel.synced, timeout=10_000) as sent:
        panel.send_button.click()
    assert len(sent.args[0].delivered) == 1
    assert panel.result.text().startswith("Enviados: 1.")


def test_a_wrong_token_is_said_in_spanish_and_nothing_is_joined(created, qtbot, hub: LiveHub):
    panel = panel_for(created, qtbot, ApprovedReports())
    panel.hub_url.setText(hub.url)
    panel.token.setText("inventado")
    panel.join_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert panel.result.text() == "Este código de inscripción no existe."
    assert network_link.hub_status(created.vault) is None


def test_plain_http_to_another_computer_is_refused(created, qtbot):
    panel = panel_for(created, qtbot, ApprovedReports())
    panel.hub_url.setText("http://hub.example.org")
    panel.token.setText("x")
    panel.join_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert "https://" in panel.result.text()


def test_the_library_shows_the_offline_copy(created, qtbot):
    with created.vault.write() as connection:
        network_hub_store.save_library_copy(
            connection, slug="escucha", version=3, title="Protocolo de escucha",
            media_type="text/markdown", sha256="0" * 64,
            content=b"# Protocolo de escucha\n\nEscuchar sin juzgar.")
    page = LibraryPage(created.vault)
    qtbot.addWidget(page)
    assert page.listing.count() == 1
    assert page.listing.item(0).text() == "Protocolo de escucha (versión 3)"
    # (before she picks one, the reader says what to do)
    assert page.reader.placeholderText() == "Elige un documento de la lista para leerlo."
    page.listing.setCurrentRow(0)
    assert "Escuchar sin juzgar." in page.reader.toPlainText()


def test_an_empty_library_says_so(created, qtbot):
    page = LibraryPage(created.vault)
    qtbot.addWidget(page)
    assert page.listing.item(0).text() == "Aún no hay documentos de la red."


def test_the_library_is_a_section_of_the_main_window(created, qtbot, preferences):
    from shelter_desk.gui.shell.main_window import NAV_LIBRARY, MainWindow

    window = MainWindow(created.vault, preferences.load())
    qtbot.addWidget(window)
    assert window.nav.item(NAV_LIBRARY).text() == "Biblioteca"
    with created.vault.write() as connection:
        network_hub_store.save_library_copy(
            connection, slug="cuidado", version=1, title="Guía de cuidado",
            media_type="text/plain", sha256="0" * 64, content=b"Cuidarnos.")
    window.show()
    window.navigate(NAV_LIBRARY)
    qtbot.waitUntil(lambda: window.library.listing.item(0).text() == "Guía de cuidado (versión 1)")


def test_the_profile_form_publishes_what_other_members_find(created, qtbot, hub: LiveHub):
    from shelter_desk.gui.hub.profile_form import ProfileForm
    from shelter_desk.network.hub_client import HubClient, Identity
    from tests.hub.members import enrol

    reports = ApprovedReports()
    _organisation_id, token = add_organisation(hub.engine, "Casa Sintética Norte")
    network_link.join_network(created.vault, reports, hub.url, token)
    form = ProfileForm(created.vault, lambda vault, profile: network_link.publish_profile(
        vault, reports, profile))
    qtbot.addWidget(form)
    # WHEN the coordinator fills in the profile and publishes it
    form.city.setText("Tapachula")
    form.state.setText("Chiapas")
    form.services.setText("albergue, asesoría legal, ")
    form.contact.setText("+52 962 000 0000")
    form.publish_button.click()
    qtbot.waitUntil(lambda: form.publish_button.isEnabled(), timeout=10_000)
    assert form.result.text().startswith("Perfil publicado")
    # THEN another member finds it, with the vault's organisation name
    south = enrol(hub.url, hub.engine, "Albergue Sintético Sur")
    [entry] = HubClient(hub.url).directory(Identity(south.organisation_id, south.private_key))
    assert entry["name"] == created.vault.organisation_name()
    assert entry["services"] == ["albergue", "asesoría legal"]


def test_a_profile_without_services_is_refused_in_spanish(created, qtbot, hub: LiveHub):
    from shelter_desk.gui.hub.profile_form import ProfileForm

    reports = ApprovedReports()
    _organisation_id, token = add_organisation(hub.engine, "Casa Sintética Norte")
    network_link.join_network(created.vault, reports, hub.url, token)
    form = ProfileForm(created.vault, lambda vault, profile: network_link.publish_profile(
        vault, reports, profile))
    qtbot.addWidget(form)
    form.name.clear()
    form.publish_button.click()
    qtbot.waitUntil(lambda: form.publish_button.isEnabled(), timeout=10_000)
    assert form.result.text().startswith("El perfil necesita nombre")


def test_the_profile_waits_until_the_organisation_joins(created, qtbot, hub: LiveHub):
    from shelter_desk.gui.network.network_section import NetworkSection

    # GIVEN the Red section of an organisation that has not joined yet
    section = NetworkSection(created.vault)
    qtbot.addWidget(section)
    form, panel = section.profile, section.hub
    # THEN the profile cannot be published yet, and it says why, in Spanish (no "hub")
    assert not form.publish_button.isEnabled() and not form.fields.isEnabled()
    assert form.not_joined.text() == (
        "Podrás publicar el perfil cuando la organización se una a la red.")
    assert "hub" not in panel.status.text() + panel.box.title()
    assert panel.url_label.text() == "&Dirección del servidor:"
    assert panel.url_label.buddy() is panel.hub_url
    # WHEN she joins
    _organisation_id, token = add_organisation(hub.engine, "Casa Sintética Norte")
    panel.hub_url.setText(hub.url)
    panel.token.setText(token)
    panel.join_button.click()
    # THEN the profile opens for her
    qtbot.waitUntil(lambda: form.publish_button.isEnabled(), timeout=10_000)
    assert form.fields.isEnabled() and form.not_joined.isHidden()
