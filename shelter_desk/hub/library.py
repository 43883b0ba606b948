"""What the shared library takes: PDF, Markdown or plain text, under a stable slug."""

from __future__ import annotations

import re
from pathlib import PurePath

MEDIA_TYPES = {".md": "text/markdown", ".markdown": "text/markdown", ".pdf": "application/pdf",
               ".txt": "text/plain"}
MAX_SIZE = 20 * 1024 * 1024
MAX_VERSION = 2**31 - 1  # the version column's range on every database
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")


def prepare(file_name: str, content: bytes, title: str, slug: str | None = None
            ) -> tuple[str, str, str]:
    """(slug, title, media type) for a document to publish; ValueError says what is wrong."""
    media_type = MEDIA_TYPES.get(PurePath(file_name).suffix.lower())
    if media_type is None:
        raise ValueError("the library takes PDF, Markdown or plain text files")
    if media_type == "application/pdf" and not content.startswith(b"%PDF-"):
        raise ValueError("the file is not a PDF")
    if media_type != "application/pdf":
        try:
            content.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValueError("a Markdown or text file must be UTF-8") from error
    if not content or len(content) > MAX_SIZE:
        raise ValueError("the file is empty or over 20 MB")
    title = " ".join(title.split())
    if not title or len(title) > 200:
        raise ValueError("a document needs a title of 1 to 200 characters")
    slug = slug or re.sub(r"[^a-z0-9]+", "-", PurePath(file_name).stem.lower()).strip("-")
    if not _SLUG.fullmatch(slug):
        raise ValueError("a slug is lower-case letters, digits and dashes")
    return slug, title, media_type
