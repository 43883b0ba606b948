"""Screens of the case handoff (issue #19)."""
