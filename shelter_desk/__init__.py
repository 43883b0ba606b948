"""Shelter Desk: offline-first, encrypted case management for shelters."""

__version__ = "0.1.0"
