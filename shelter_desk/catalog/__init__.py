"""The catalogue: document types, rights, institution types, barrier reasons and case
types, loaded from resources/catalog/*.json and checked at start-up."""

from shelter_desk.catalog.loader import Catalog, CatalogError, load_catalog

__all__ = ["Catalog", "CatalogError", "load_catalog"]
