"""Scans, photos and PDFs of her papers: what is known of each file (its bytes are
encrypted in files.db) and what may be attached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

# The types a shelter scans or photographs, by the bytes that start each file: a name
# ending in .pdf says nothing about what the file is.
MEDIA_TYPES = {"application/pdf": (b"%PDF-",), "image/jpeg": (b"\xff\xd8\xff",),
               "image/png": (b"\x89PNG\r\n\x1a\n",)}


def sniff_media_type(head: bytes) -> str | None:
    for media_type, signatures in MEDIA_TYPES.items():
        if any(head.startswith(signature) for signature in signatures):
            return media_type
    return None


@dataclass(frozen=True)
class Attachment:
    id: int
    case_id: int
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    added_by: int | None
    added_at: datetime
    person_id: int | None = None
    document_id: int | None = None
    attempt_id: int | None = None
    consent_id: int | None = None
