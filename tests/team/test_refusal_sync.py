"""A refusal with every reason given and the document it names reaches the other laptop
of the team: the reasons as one list, the document as that laptop's own row of it."""

from __future__ import annotations

from datetime import date

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import barriers, cases, documents
from tests.team.conftest import exchange


def _case_with_card(vault, given: str):
    case = cases.open_case(vault, PersonDetails(given_names=given,
                                                family_names="Sintética Dos")).value
    card = documents.record_document(vault, case.principal_person_id, DocumentDetails(
        "tarjeta_residente_permanente", DocumentStatus.ORIGINAL)).value
    return case, card


def test_the_reasons_and_the_named_document_travel_to_the_other_laptop(team) -> None:
    door, lawyer = team
    # GIVEN the lawyer's laptop already holds another woman's card (its row ids differ)
    _case_with_card(lawyer, "Otra")
    # WHEN the door records a refusal of Rosa's card, for two reasons, and they sync
    case, card = _case_with_card(door, "Rosa")
    barriers.record_attempt(door, AttemptDetails(
        person_id=case.principal_person_id, right_key="cuenta_bancaria",
        institution_type_key="banco", institution_name="Banco Sintético",
        attempted_on=date.today(), outcome=Outcome.REFUSED,
        reason_keys=("documento_no_reconocido", "por_ser_extranjera"), document_id=card.id))
    exchange(door, lawyer)
    # THEN on the lawyer's laptop the refusal has both reasons and names Rosa's card
    [found] = cases.search_cases(lawyer, "Rosa").rows
    case_file = cases.open_case_file(lawyer, found.case_id, record_view=False)
    [attempt] = case_file.attempts
    [her_card] = case_file.principal.documents
    assert attempt.details.reason_keys == ("documento_no_reconocido", "por_ser_extranjera")
    assert attempt.details.document_id == her_card.id != card.id
