from app.core.model import ActionKind, ActorType, Area, Competence, Group, PhaseKind
from app.ui import labels


def test_every_value_has_a_name() -> None:
    for kind in PhaseKind:
        assert labels.phase_kind(kind)
    for group in Group:
        assert labels.group(group)
    for actor in ActorType:
        assert labels.actor_type(actor)
    for area in Area:
        assert labels.area(area)
    for level in Competence:
        assert labels.competence(level)
    for action in ActionKind:
        assert labels.action_kind(action)


def test_countdown_format() -> None:
    assert labels.format_clock(125) == "2:05"
    assert labels.format_clock(59.2) == "1:00"
    assert labels.format_clock(-61) == "\N{MINUS SIGN}1:01"
    assert labels.format_clock(3725) == "1:02:05"
