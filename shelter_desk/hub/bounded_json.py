"""JSON from the network, parsed with a bound on its nesting: what the hub takes nests a
handful of levels, and a body of a hundred thousand '[' would otherwise exhaust the
parser's recursion and answer 500 instead of saying what is wrong."""

from __future__ import annotations

import json
from typing import Any

from shelter_desk.hub.refusal import Refusal

MAX_DEPTH = 16  # a report nests 6 levels deep, a profile 2


def loads(data: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads, refusing (400 too_deep) anything nested deeper than `max_depth`;
    ValueError (and UnicodeDecodeError) as json.loads for what is not JSON at all."""
    try:
        value = json.loads(data)
    except RecursionError as error:
        raise too_deep(max_depth) from error
    # Checked without recursion, so the check itself cannot run out of stack.
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else (
            item if isinstance(item, list) else ())
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > max_depth:
                    raise too_deep(max_depth)
                pending.append((child, depth + 1))
    return value


def too_deep(max_depth: int) -> Refusal:
    return Refusal(400, "too_deep",
                   f"El JSON de la petición está anidado a más de {max_depth} niveles.",
                   f"The request's JSON is nested more than {max_depth} levels deep.")
