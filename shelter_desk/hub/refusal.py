"""A request the hub refuses: an HTTP status, a stable code for programs, and the reason
in both of the network's languages for the people reading it."""

from __future__ import annotations

from typing import Any

from shelter_desk.domain.messages import Bilingual


class Refusal(Exception):
    def __init__(self, status: int, code: str, es: str, en: str) -> None:
        super().__init__(en)
        self.status = status
        self.code = code
        self.message = Bilingual(es=es, en=en)

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": {"es": self.message.es, "en": self.message.en}}
