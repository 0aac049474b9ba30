"""The people of the rehearsal: a French roster as the city's Excel writes it, and phones that
talk to the real portal over HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from tests.portal.phone import Phone

FIRST_NAMES = (
    "Amina", "Bilal", "Chloé", "Darius", "Élodie", "Farid", "Gaëlle", "Hamid", "Inès", "Jamal",
    "Karima", "Léo", "Mariam", "Nadia", "Omar", "Pauline", "Rania", "Samir", "Thaïs", "Youssef",
)
GROUPS = ("Nouvel arrivant", "Acteur local")
LANGUAGES = ("fr", "ar", "fr", "en", "fa")


def french_roster(path: Path, count: int = 40) -> Path:
    """A roster as French Excel saves it: cp1252, ';' separators, French headers and values.
    Half opted in to be named (officials and facilitators among the local actors)."""
    lines = ["Nom affiché;Groupe;Langue;Nommé dans le compte rendu;Consentement"]
    for number in range(count):
        name = f"{FIRST_NAMES[number % len(FIRST_NAMES)]} {number // len(FIRST_NAMES) + 1}"
        group = GROUPS[number % 2]
        named = "oui" if group == "Acteur local" and number % 4 == 1 else "non"
        lines.append(f"{name};{group};{LANGUAGES[number % len(LANGUAGES)]};{named};oui")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


class Phones:
    """A handful of participants' phones on the room's network."""

    def __init__(self, port: int, count: int) -> None:
        self.phones = [Phone(port) for _ in range(count)]

    def close(self) -> None:
        for phone in self.phones:
            phone.close()

    def check_in(self, room: str, codes: list[str], languages: list[str]) -> None:
        for phone, code, language in zip(self.phones, codes, languages, strict=False):
            reply = phone.check_in(room, badge=code, language=language)
            assert reply.status == 200, (reply.status, reply.body)

    def post_notes(self, texts: list[str]) -> None:
        for index, text in enumerate(texts):
            reply = self.phones[index % len(self.phones)].note(text)
            assert reply.status == 200, (reply.status, reply.body)

    def vote(self, round_id: int, ballots: list[dict[int, int]]) -> list[int]:
        """Each phone casts one ballot; returns the HTTP statuses."""
        statuses = []
        for phone, dots in zip(self.phones, ballots, strict=False):
            statuses.append(phone.ballot(round_id, dots).status)
        return statuses
