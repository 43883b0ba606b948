"""Entities, value objects and rules of the shelter's work: plain Python, no storage, no Qt."""
