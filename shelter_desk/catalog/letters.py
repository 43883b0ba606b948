"""Letter templates: the built-in ones in resources/letters/ and those a coordinator adds
in the vault's `letters/` folder (templates hold no personal data). Each file goes
through the same checks; a bad built-in stops the app, a bad added one is left out and
named, so one typo does not stop the shelter's work."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from shelter_desk.catalog.checks import CatalogError, Checker, read_document
from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.letters import LetterTemplate, template_problems
from shelter_desk.domain.messages import Bilingual
from shelter_desk.paths import resources_dir

FOLDER = "letters"


@dataclass(frozen=True)
class Templates:
    by_key: dict[str, LetterTemplate]
    problems: tuple[CatalogError, ...] = ()  # added templates that were left out

    def fitting(self, procedure_key: str) -> list[LetterTemplate]:
        """Those meant for the procedure first, then the general ones."""
        return sorted(self.by_key.values(),
                      key=lambda t: (procedure_key not in t.fits, bool(t.fits), t.key))


def load_template(path: Path, catalog: Catalog) -> LetterTemplate:
    document = read_document(path.parent, path.name)
    check = Checker(path.name, "template", document)
    texts = {}
    for name in ("name", "title", "body"):
        text = check.text(name)
        if not text.es.strip() or not text.en.strip():
            check.fail(name, "needs both a Spanish and an English text")
        texts[name] = text
    cites = check.keys("cites", catalog.legal_basis, required=False)
    unverified = [key for key in cites if not catalog.legal_basis[key].verified]
    if unverified:
        check.fail("cites", f"cites unverified basis {unverified}: a letter may only cite "
                            "what was verified")
    template = LetterTemplate(
        key=check.key(), name=texts["name"], title=texts["title"],
        body=Bilingual(_joined(texts["body"].es), _joined(texts["body"].en)),
        fits=check.keys("fits", catalog.procedures, required=False), cites=cites,
        source=str(path))
    problems = template_problems(template)
    if problems:
        check.fail("body", "; ".join(problems))
    return template


def _joined(text: str) -> str:
    return text.replace("\r\n", "\n")


def _folder(directory: Path, catalog: Catalog, found: dict[str, LetterTemplate], *,
            strict: bool) -> list[CatalogError]:
    problems = []
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        try:
            template = load_template(path, catalog)
            if template.key in found:
                raise CatalogError(path.name, template.key,
                                   "a template with this key already exists")
        except CatalogError as error:
            if strict:
                raise
            problems.append(error)
            continue
        found[template.key] = template
    return problems


@cache
def _built_in() -> dict[str, LetterTemplate]:
    found: dict[str, LetterTemplate] = {}
    _folder(resources_dir() / FOLDER, default_catalog(), found, strict=True)
    return found


def load_templates(added: Path | None = None, *, catalog: Catalog | None = None,
                   built_in: Path | None = None) -> Templates:
    """Built-in templates (from `built_in`, default resources/letters) and added ones."""
    catalog = catalog or default_catalog()
    if built_in is None and catalog is default_catalog():
        found = dict(_built_in())
    else:
        found = {}
        _folder(built_in or resources_dir() / FOLDER, catalog, found, strict=True)
    problems = _folder(added, catalog, found, strict=False) if added else []
    return Templates(found, tuple(problems))
