"""Text as people search it: accents and case do not matter ('maria' finds 'María')."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(without_marks.casefold().split())


def search_tokens(text: str) -> list[str]:
    """Folded words, split as SQLite's unicode61 tokenizer splits them ('Rose-Marie' is
    two words, '_' separates), so a hand-written match agrees with the FTS5 index."""
    return re.findall(r"[^\W_]+", fold(text))
