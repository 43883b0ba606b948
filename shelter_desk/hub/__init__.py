"""The network's hub: enrolment of member organisations, signed report submissions,
network statistics, the directory of organisations and the shared library.

A separate service (`shelter-desk-hub`, extra `shelter-desk[hub]`) with its own database;
it shares only the report format (shelter_desk.network's envelope and canonical JSON)
with the desktop app and never imports its vault, services or GUI.
"""
