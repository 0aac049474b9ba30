"""Generated pseudonyms and short badge codes: easy to say aloud, identify no one."""

from __future__ import annotations

import secrets
from collections.abc import Container

# Plain nature words that read the same in many languages' transliterations.
WORDS = (
    "Acacia", "Almond", "Aster", "Bamboo", "Basil", "Birch", "Cedar", "Clover", "Coral",
    "Cypress", "Dune", "Fern", "Fig", "Hazel", "Heron", "Iris", "Jasmine", "Juniper", "Lark",
    "Laurel", "Lotus", "Maple", "Mint", "Olive", "Orchid", "Palm", "Pine", "Poppy", "Quartz",
    "Reed", "River", "Saffron", "Sage", "Swift", "Thyme", "Tulip", "Willow", "Wren",
)

# No 0/O, 1/I/L: a code typed at a kiosk must not be misread.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_pseudonym(taken: Container[str]) -> str:
    for _ in range(10_000):
        candidate = f"{secrets.choice(WORDS)}-{secrets.randbelow(90) + 10}"
        if candidate not in taken:
            return candidate
    return f"{secrets.choice(WORDS)}-{secrets.token_hex(3)}"


def new_short_code(taken: Container[str]) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def normalise_code(typed: str) -> str:
    """What a person typed at the kiosk, as stored: upper case, no spaces or dashes."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())
