"""The catalogue: complete, honest about what is unverified, and strict about typos."""

from __future__ import annotations

import json
import shutil

import pytest

from shelter_desk.catalog.loader import CatalogError, default_catalog, load_catalog
from shelter_desk.paths import resources_dir


def test_every_document_type_of_the_domain_is_there():
    types = default_catalog().document_types
    for key in ("acta_nacimiento_extranjera", "acta_nacimiento_mexicana", "pasaporte",
                "identificacion_consular", "curp", "curp_temporal", "ine",
                "tarjeta_residente_permanente", "tarjeta_residente_temporal", "tvrh",
                "constancia_comar", "reconocimiento_refugiado", "fmm"):
        assert key in types
        assert types[key].name.es and types[key].name.en


def test_facts_the_domain_marks_check_are_unverified():
    types = default_catalog().document_types
    for key in ("curp_temporal", "identificacion_consular", "acta_nacimiento_extranjera"):
        assert types[key].verified is False


@pytest.fixture
def catalog_copy(tmp_path):
    target = tmp_path / "catalog"
    shutil.copytree(resources_dir() / "catalog", target)
    return target


def _edit(path, change):
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


@pytest.mark.parametrize(("file_name", "change", "where"), [
    ("document_types.json", lambda d: d["document_types"][2].pop("holders"), "pasaporte.holders"),
    ("document_types.json",
     lambda d: d["document_types"][6].update(validity={"rule": "years_from_issue"}),
     "ine.validity.years"),
    ("document_types.json", lambda d: d["document_types"][0].update(name="Acta"),
     "acta_nacimiento_extranjera.name"),
    # A verified fact must say where it comes from
    ("document_types.json", lambda d: d["document_types"][2].pop("source"), "pasaporte.source"),
    ("rights.json", lambda d: d["rights"].append(d["rights"][0]), "inscripcion_escolar"),
    ("case_types.json", lambda d: d["case_types"][0].update(key="Con Espacios"), "key"),
])
def test_a_bad_entry_names_its_file_and_key(catalog_copy, file_name, change, where):
    _edit(catalog_copy / file_name, change)
    with pytest.raises(CatalogError) as error:
        load_catalog(catalog_copy)
    assert error.value.file_name == file_name
    assert where in error.value.where or where in str(error.value.message.en)


def test_a_broken_file_is_named(catalog_copy):
    (catalog_copy / "barrier_reasons.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogError) as error:
        load_catalog(catalog_copy)
    assert "barrier_reasons.json" in error.value.message.es
