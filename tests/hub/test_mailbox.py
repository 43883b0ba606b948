"""The hub's mailbox against a real uvicorn: a shelter leaves a sealed package for a
clinic, the clinic lists, downloads and acknowledges it, and then it is gone; the hub
refuses what is not sealed, what is for nobody, what is not signed, what is too large or
too many, and forgets what was left for more than 30 days."""

from __future__ import annotations

from sqlalchemy import select, update

from shelter_desk.handoff.sealing import new_identity, seal
from shelter_desk.hub import mailbox
from shelter_desk.hub.mailbox import mailbox_item
from tests.hub.members import call, enrol

PATH = mailbox.PATH


def _post(hub, member, recipient, body):
    headers = {**member.signed_headers("POST", PATH, body),
               mailbox.RECIPIENT_HEADER: recipient, "Content-Type": "application/octet-stream"}
    return call(f"{hub.url}{PATH}", "POST", body, headers)


def _get(hub, member, path=PATH, method="GET"):
    return call(f"{hub.url}{path}", method, None, member.signed_headers(method, path))


def _two(live_hub):
    return (enrol(live_hub.url, live_hub.engine, "Albergue Sintético"),
            enrol(live_hub.url, live_hub.engine, "Clínica Sintética"))


def test_a_package_goes_to_its_recipient_and_is_gone_once_acknowledged(live_hub):
    shelter, clinic = _two(live_hub)
    sealed = seal(b"Rosa Qwertzuiop", [new_identity()[1]])
    posted = _post(live_hub, shelter, clinic.organisation_id, sealed)
    assert posted.status == 201, posted.body
    item = posted.json()
    assert item["size"] == len(sealed)
    assert _get(live_hub, shelter).json()["items"] == []  # the sender sees nothing waiting
    waiting = _get(live_hub, clinic).json()["items"]
    assert [(w["id"], w["from"]) for w in waiting] == [(item["id"], shelter.organisation_id)]
    # only the recipient downloads it
    assert _get(live_hub, shelter, f"{PATH}/{item['id']}").status == 404
    assert _get(live_hub, clinic, f"{PATH}/{item['id']}").body == sealed
    assert _get(live_hub, clinic, f"{PATH}/{item['id']}", "DELETE").status == 204
    with live_hub.engine.connect() as connection:
        assert connection.execute(select(mailbox_item)).all() == []
    # and the hub never held anything but ciphertext
    assert b"Qwertzuiop" not in sealed


def test_the_sender_revokes_a_package_not_yet_acknowledged(live_hub):
    shelter, clinic = _two(live_hub)
    item = _post(live_hub, shelter, clinic.organisation_id,
                 seal(b"x", [new_identity()[1]])).json()
    assert _get(live_hub, shelter, f"{PATH}/{item['id']}", "DELETE").status == 204
    assert _get(live_hub, clinic).json()["items"] == []
    assert _get(live_hub, clinic, f"{PATH}/{item['id']}").status == 404


def test_what_the_mailbox_refuses(live_hub, monkeypatch):
    shelter, clinic = _two(live_hub)
    sealed = seal(b"x", [new_identity()[1]])
    for body, recipient, status in ((b"plain text, not sealed", clinic.organisation_id, 400),
                                    (sealed, "nadie", 404),
                                    (sealed, shelter.organisation_id, 404)):
        reply = _post(live_hub, shelter, recipient, body)
        assert reply.status == status, reply.body
        message = reply.json()["message"]
        assert message["es"] and message["en"]
    unsigned = call(f"{live_hub.url}{PATH}", "POST", sealed,
                    {mailbox.RECIPIENT_HEADER: clinic.organisation_id})
    assert unsigned.status == 401
    monkeypatch.setattr(mailbox, "MAX_PER_DAY", 1)
    assert _post(live_hub, shelter, clinic.organisation_id, sealed).status == 201
    assert _post(live_hub, shelter, clinic.organisation_id, sealed).status == 429
    monkeypatch.setattr(mailbox, "MAX_ITEM", 10)
    assert _post(live_hub, clinic, shelter.organisation_id, sealed).status == 413


def test_a_package_left_for_30_days_is_deleted(live_hub):
    shelter, clinic = _two(live_hub)
    _post(live_hub, shelter, clinic.organisation_id, seal(b"x", [new_identity()[1]]))
    with live_hub.engine.begin() as connection:
        connection.execute(update(mailbox_item).values(expires_at="2000-01-01T00:00:00Z"))
    assert _get(live_hub, clinic).json()["items"] == []
    with live_hub.engine.connect() as connection:
        assert connection.execute(select(mailbox_item)).all() == []
