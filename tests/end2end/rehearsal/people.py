"""The people of the rehearsal: phones that talk to the real portal over HTTP on 127.0.0.1.
(The roster is the French Excel file of tests/ui/roster_fixture.py.)"""

from __future__ import annotations

from tests.portal.phone import Phone


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

    def vote(self, round_id: int, ballots: list[dict[int, int]]) -> list[str]:
        """Each phone casts one ballot; returns what each was told ("ok" or the refusal)."""
        said = []
        for phone, dots in zip(self.phones, ballots, strict=False):
            reply = phone.ballot(round_id, dots)
            said.append("ok" if reply.status == 200 else f"{reply.status} {reply.code}")
        return said
