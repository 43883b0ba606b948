"""Scans, photos and PDFs of her papers: the case view's tab and the in-memory viewer."""
