"""Programmes: sessions across territories and dates, and the next Lab staying in one."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.model import PhaseKind
from app.core.workshop import Workshop


def test_a_programme_holds_sessions_and_the_next_lab_keeps_it(workshop: Workshop) -> None:
    lyon = workshop.sessions.create("Lab 1", "2026-03-01", territory="Lyon")
    programme = workshop.programmes.create(lyon.id, "Resilient Cities — Lyon 2026")
    grenoble = workshop.sessions.create("Lab 2", "2026-05-01", territory="Grenoble")
    workshop.programmes.join(grenoble.id, programme.id)
    following = workshop.sessions.duplicate(lyon.id, "Lab 3", "2026-09-01")
    assert following.programme_id == programme.id
    kinds = [p.kind for p in workshop.agenda.phases(following.id)]
    assert kinds[:2] == [PhaseKind.WELCOME, PhaseKind.REVIEW]  # opens with "you said, we did"
    assert kinds.count(PhaseKind.REVIEW) == 1
    assert [s.title for s in workshop.programmes.sessions(programme.id)] == [
        "Lab 1", "Lab 2", "Lab 3"]
    assert [s.title for s in workshop.programmes.earlier_sessions(following.id)] == [
        "Lab 1", "Lab 2"]
    events = [r["op"] for r in workshop.database.rows(
        "SELECT op FROM audit WHERE session_id = ? ORDER BY seq", (grenoble.id,))]
    assert "join_programme" in events
    workshop.programmes.join(grenoble.id, None)
    assert workshop.sessions.get(grenoble.id).programme_id is None


def test_two_programmes_cannot_share_a_title(workshop: Workshop) -> None:
    one = workshop.sessions.create("Lab", "2026-03-01")
    workshop.programmes.create(one.id, "Resilient Cities")
    two = workshop.sessions.create("Lab", "2026-04-01")
    with pytest.raises(RuleError) as refused:
        workshop.programmes.create(two.id, "resilient cities")
    assert refused.value.code == "name_taken"
    with pytest.raises(RuleError):
        workshop.programmes.join(two.id, 999)
