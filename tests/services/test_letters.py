"""The letter a lawyer would sign unedited (#21 part 5), read on its rendered text, from
synthetic case files built with the services on a real encrypted vault: the place and
date on top, the addressee's office and title, who petitions and with what ID, every
refusal on record with every reason and the words said, the documents shown with their
issuer, number and holder, a child's own facts, only the provisions that apply, ranked,
the petitions, an address for notifications and the annexes."""

from __future__ import annotations

import re

import pytest

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.letter_phrases import long_date
from shelter_desk.services import letters, rights
from shelter_desk.services.letter_facts import letterhead, save_letterhead
from tests.services import letter_cases
from tests.services.letter_cases import (
    CLINIC,
    PASSPORT,
    PROGRAMME,
    REGISTRY,
    SCHOOL,
    TODAY,
    _ago,
)

CATALOG = default_catalog()
BAD = re.compile(r"  |\s[,.;:]|[,.;:]{2}|\bde ,|\{|\}|\[\[|\]\]|\(\s*\)|«\s*»|_[a-z]+_")
KEYS = re.compile(r"\b[a-z]+_[a-z_]+\b")  # a catalogue key pasted into prose


def _draft(created, build, language="es", template="", chosen=()):
    built = build(created.vault)
    attempt = next(a for a in built.case_file.attempts if a.id == built.attempt_id)
    check = rights.check_for(rights.check_case(built.case_file), person_id=built.person_id,
                             attempt_id=built.attempt_id, right_key=attempt.details.right_key)
    key = template or check.next_step.letter
    letter = letters.draft_letter(created.vault, built.case_file, key, language,
                                  person_id=built.person_id, attempt_id=built.attempt_id,
                                  chosen=chosen)
    return letter, check


def _reads_cleanly(letter) -> None:
    for line in letter.text.splitlines():
        assert not BAD.search(line), line
        assert not KEYS.search(line.replace("_" * 20, "")), line
        assert line == line.strip()


def _names(letter, language="es") -> list[str]:
    return [CATALOG.legal_basis[k].name.in_language(language) for k in letter.cited]


CASES = ["testimony", "school_without_papers", "clinic_asks_curp",
         "programme_refuses_resident"]


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("case", CASES)
def test_every_letter_reads_as_a_mexican_petition(created, case, language):
    # GIVEN a refusal on record, WHEN the letter the navigator offers is drafted
    letter, _check = _draft(created, getattr(letter_cases, case), language)
    text = letter.text
    # THEN it reads cleanly: no doubled spaces or punctuation, no keys, no brackets
    _reads_cleanly(letter)
    # ...with place and date first, then the addressee by title
    day = long_date(TODAY, language)
    assert letter.paragraphs[0].endswith(day) and letter.paragraphs[0] == letter.place_date
    title = "C. Titular d" if language == "es" else "To the Head of "
    assert letter.paragraphs[1].startswith(title)
    # ...her identification, the facts, the law, the petitions, notifications, annexes
    headings = (("HECHOS", "DERECHO", "PETICIONES", "ANEXOS") if language == "es"
                else ("FACTS", "LAW", "REQUESTS", "ANNEXES"))
    positions = [text.index(h + "\n") for h in headings]
    assert positions == sorted(positions)
    first = "PRIMERO.— " if language == "es" else "FIRST.— "
    assert first in text and ("SEGUNDO.— " if language == "es" else "SECOND.— ") in text
    assert "Marisol Reyes Banegas" in letter.paragraphs[2]
    assert ("Anexo 1: copia de" if language == "es" else "Annex 1: a copy of") in text
    # ...and, with no address recorded, a line to fill in by hand, said so
    assert ("escribirlo a mano" if language == "es" else "by hand") in text
    # ...citing 6 to 8 provisions, the rest offered
    assert 6 <= len(letter.cited) <= 8 and letter.optional
    assert set(letter.cited).isdisjoint(letter.optional)


def test_the_testimony_letter_states_the_facts_it_stands_on(created):
    # GIVEN the baby's birth refused twice by the same office (an INE, then her status)
    letter, _check = _draft(created, letter_cases.testimony)
    text = letter.text
    # THEN the request reads as a lawyer writes it, with articles and agreement
    assert (f"se solicitó a la {REGISTRY} el registro de nacimiento de su hija Sofía Reyes "
            "Banegas.") in text
    # ...both refusals are told, oldest first, each with its reason, and the words quoted
    assert text.index(long_date(_ago(9), "es")) < text.index(long_date(_ago(2), "es"))
    assert "credencial para votar del Instituto Nacional Electoral (INE)" in text
    assert "se le exigió acreditar su situación migratoria" in text
    assert "«Sin papeles migratorios de la mamá no podemos registrar a la niña»" in text
    # ...her passport with its issuer and number, attributed to her; the baby's record to her
    assert (f"el pasaporte expedido por Honduras, número {PASSPORT}, a nombre de Marisol "
            "Reyes Banegas") in text
    assert "número CN-2026-118, a nombre de su hija Sofía Reyes Banegas" in text
    assert "de nacionalidad hondureña, quien se identifica con el pasaporte" in text
    # ...the child's own facts: born when and where, Mexican by birth
    assert (f"Sofía Reyes Banegas nació el {long_date(_ago(92), 'es')} en Tapachula, "
            "Chiapas, y es de nacionalidad mexicana por nacimiento.") in text
    # ...the 7-year-old brother, not refused, is not in it
    assert "Kevin" not in text
    # ...the birth-registration article leads; the children's provisions are there
    assert letter.cited[0] == "lm_9"
    assert {"cpeum_30", "lm_7", "cpeum_4", "lgdnna_19", "lgdnna_39"} <= set(letter.cited)
    # ...LGDNNA 39 is cited, never quoted, and said to wait for verification
    assert letter.unquoted == ("lgdnna_39",)
    line = next(row for row in text.splitlines() if "art. 39" in row)
    assert "Dice:" not in line
    # ...no refugee or residence article for a woman who is neither, in a birth petition
    assert not [k for k in letter.all_keys if k.startswith(("lrpcap", "lm_3_", "lm_58",
                                                            "lm_59", "lm_52", "lm_54"))]
    # ...and the catalogue's notes in brackets never reach the prose
    assert "(niña o niño nacido en México)" not in text


def test_a_school_that_asks_a_child_for_a_curp_gets_its_own_letter(created):
    letter, check = _draft(created, letter_cases.school_without_papers)
    text = letter.text
    # THEN the navigator offers the letter for this reason, not the general school one
    assert check.next_step.letter == "escuela_sin_documentos"
    assert f"se solicitó a la {SCHOOL} la inscripción escolar de su hijo Kevin" in text
    # ...both demands said once: «se le exigió la CURP y un acta de nacimiento mexicana»
    assert ("se le exigió la Clave Única de Registro de Población (CURP) y un acta de "
            "nacimiento mexicana") in text
    # ...his Honduran acta is his, with its issuer; no «(extranjera)» note pasted in
    assert ("el acta de nacimiento expedida por Honduras, número 0801-2019-04417, a nombre "
            "de su hijo Kevin Reyes Banegas") in text
    assert "(extranjera)" not in text
    assert "nació el" in text and "es de nacionalidad hondureña" in text
    assert letter.cited[:2] == ("lge_9_ix", "lgdnna_19")
    assert "sin condicionarla a la CURP ni a un acta de nacimiento mexicana" in text


def test_a_health_centre_that_asks_for_a_curp(created):
    letter, check = _draft(created, letter_cases.clinic_asks_curp)
    text = letter.text
    assert check.next_step.letter == "salud_curp"
    assert f"se solicitó al {CLINIC} la atención médica." in text
    assert letter.cited[0] == "lgs_77bis7"
    assert "de nacionalidad guatemalteca" in text
    # ...her two documents named once for her, not each with her name again
    assert text.count("a nombre de Marisol Reyes Banegas") == 1 + 2  # facts + 2 annexes
    # ...no child's provision for a woman refused for herself
    assert not {"lgdnna_39", "lgdnna_19", "cpeum_4", "cpeum_30"} & set(letter.all_keys)


def test_a_programme_that_refuses_a_permanent_resident_for_being_foreign(created):
    letter, check = _draft(created, letter_cases.programme_refuses_resident)
    text = letter.text
    assert check.next_step.letter == "programa_extranjera"
    assert f"se solicitó al {PROGRAMME} la incorporación al padrón" in text
    assert "se adujo que es persona extranjera" in text
    assert "«Este apoyo es solo para mexicanas»" in text
    # ...her card proves her regular residence, and the residence article applies to her
    assert "como lo acredita con su Tarjeta de Residente Permanente" in text
    assert "quien se identifica con la Tarjeta de Residente Permanente expedida por el " \
           "Instituto Nacional de Migración, número TRP-00451187" in text
    assert {"cpeum_1", "cpeum_33", "lm_6", "lfped_1_iii", "lm_3_xxxiv"} <= set(letter.cited)
    assert not [k for k in letter.all_keys if k.startswith("lrpcap")]
    # ...and in English an institution issues with its article, a country without
    english, _check = _draft(created, letter_cases.programme_refuses_resident, "en")
    assert "card issued by the National Migration Institute, number TRP-00451187" \
        in english.text


def test_an_optional_provision_ticked_is_cited(created):
    letter, _check = _draft(created, letter_cases.testimony)
    extra = letter.optional[0]
    again, _check = _draft(created, letter_cases.testimony, chosen=(extra,))
    assert again.cited == (*letter.cited, extra) and extra not in again.optional
    name = CATALOG.legal_basis[extra].name.es
    assert name in again.text and name not in letter.text


def test_the_organisation_s_address_and_city_head_the_letter(created):
    # GIVEN the organisation's letterhead recorded once
    save_letterhead(created.vault, city="Tapachula,  Chiapas",
                    address="Calle 5 Sur 18, Centro, 30700 Tapachula, Chiapas")
    assert letterhead(created.vault).city == "Tapachula, Chiapas"
    letter, _check = _draft(created, letter_cases.testimony)
    # THEN the letter opens with the place and date, and gives it for notifications
    assert letter.paragraphs[0] == f"Tapachula, Chiapas, a {long_date(TODAY, 'es')}"
    assert ("Señala como domicilio para oír y recibir notificaciones el de Casa de Acogida "
            "Sintética: Calle 5 Sur 18, Centro, 30700 Tapachula, Chiapas.") in letter.text
    assert "a mano" not in letter.text


@pytest.mark.parametrize(("city", "address", "field"), [
    ("x" * 300, "", "city"), ("", "y" * 400, "address"), ("{city}", "", "city"),
], ids=["a city too long", "an address too long", "a placeholder typed in"])
def test_a_bad_letterhead_is_refused_in_both_languages(created, city, address, field):
    with pytest.raises(InvalidInput) as error:
        save_letterhead(created.vault, city=city, address=address)
    assert error.value.field == field and error.value.message.es and error.value.message.en
    assert letterhead(created.vault).city == ""


def test_every_letter_the_catalogue_names_exists():
    available = letters.load_templates().by_key
    named = {p.letter for p in CATALOG.procedures.values()} | {
        r.letter for p in CATALOG.procedures.values() for r in p.refusals if r.letter}
    assert named <= set(available)
    assert {"escuela_sin_documentos", "salud_curp", "programa_extranjera"} <= named


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("template", sorted(letters.load_templates().by_key))
def test_any_template_chosen_by_hand_still_reads_cleanly(created, template, language):
    # GIVEN the testimony, WHEN the caseworker picks another template in the dialog
    letter, _check = _draft(created, letter_cases.testimony, language, template=template)
    # THEN it reads cleanly, states the facts and cites no article that does not apply
    _reads_cleanly(letter)
    assert "Sofía Reyes Banegas" in letter.text and PASSPORT in letter.text
    assert not [k for k in letter.all_keys if k.startswith(("lrpcap", "lm_59", "lm_52"))]


def test_a_letter_written_before_any_refusal_says_what_she_requests(created):
    # GIVEN a permanent resident with no attempt recorded, WHEN the CURP request is drafted
    built = letter_cases.programme_refuses_resident(created.vault)
    letter = letters.draft_letter(created.vault, built.case_file, "curp", "es",
                                  person_id=built.person_id, procedure_key="curp")
    _reads_cleanly(letter)
    # THEN the facts say what she asks, and the residents' CURP article applies to her
    assert ("HECHOS\nPor este medio solicita la asignación de la Clave Única de Registro de "
            "Población (CURP).") in letter.text
    assert letter.cited[0] == "lm_59" and "A quien corresponda" in letter.text
    assert "PRIMERO.— Que se realice la asignación de la Clave Única" in letter.text


def test_a_child_refused_a_scholarship_is_described_by_her_own_facts(created):
    # GIVEN the testimony's 7-year-old, enrolled in second grade with a CURP on record,
    # refused a scholarship twice by the same school (typed once in lower case) and once
    # by another office
    from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
    from shelter_desk.services import cases, documents

    built = letter_cases.testimony(created.vault)
    kevin = next(f.person for f in built.case_file.household if f.person.name.startswith("K"))
    documents.record_document(created.vault, kevin.id, DocumentDetails(
        "curp", DocumentStatus.ORIGINAL, number="REBK190101HNENNV09"))
    refuse = letter_cases._refuse
    refuse(created.vault, kevin.id, "beca", "escuela_publica", SCHOOL.lower(), 20,
           ("pidio_ine",))
    refuse(created.vault, kevin.id, "beca", "programa_federal", "Otra Oficina", 10,
           ("pidio_comprobante_domicilio",))
    attempt = refuse(created.vault, kevin.id, "beca", "escuela_publica", SCHOOL, 1,
                     ("por_ser_extranjera",), "La beca es para niños mexicanos")
    case_file = cases.open_case_file(created.vault, built.case_file.case.id)
    # WHEN the letter for a refusal «porque es extranjera» is drafted
    letter = letters.draft_letter(created.vault, case_file, "programa_extranjera", "es",
                                  person_id=kevin.id, attempt_id=attempt)
    text = letter.text
    _reads_cleanly(letter)
    # THEN his own facts are stated: born where, nationality, grade, CURP
    assert "Kevin Reyes Banegas nació el" in text and "en San Pedro Sula" in text
    assert "es de nacionalidad hondureña y cursa segundo grado de primaria." in text
    assert ("La Clave Única de Registro de Población (CURP) de Kevin Reyes Banegas es "
            "REBK190101HNENNV09.") in text
    # ...both refusals by this school are told, not the other office's
    assert long_date(_ago(20), "es") in text and long_date(_ago(10), "es") not in text
    assert "comprobante de domicilio" not in text
    # ...and the children's provisions are cited for him
    assert {"lgdnna_39", "cpeum_4"} <= set(letter.cited)
