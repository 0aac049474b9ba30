"""The names people read for the domain's values (phase kinds, groups, areas, levels …)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.core.model import (
    ActionKind,
    ActorType,
    Area,
    Competence,
    Group,
    Participant,
    PhaseKind,
    SessionStatus,
)
from app.core.text_rules import isolated


def phase_kind(kind: PhaseKind) -> str:
    names = {
        PhaseKind.WELCOME: QCoreApplication.translate("Labels", "Welcome and check-in"),
        PhaseKind.EXPECTATIONS: QCoreApplication.translate("Labels", "Expectations round"),
        PhaseKind.INPUT: QCoreApplication.translate("Labels", "Input"),
        PhaseKind.IDEATION: QCoreApplication.translate("Labels", "Ideation"),
        PhaseKind.CLUSTERING: QCoreApplication.translate("Labels", "Clustering into themes"),
        PhaseKind.VOTING: QCoreApplication.translate("Labels", "Dot voting"),
        PhaseKind.ACTION_PLANNING: QCoreApplication.translate("Labels", "Action planning"),
        PhaseKind.BREAK: QCoreApplication.translate("Labels", "Break"),
        PhaseKind.CLOSING: QCoreApplication.translate("Labels", "Closing"),
        PhaseKind.REVIEW: QCoreApplication.translate("Labels", "Review: you said, we did"),
    }
    return names[kind]


def group(value: Group) -> str:
    names = {
        Group.LOCAL_ACTOR: QCoreApplication.translate("Labels", "Local actor"),
        Group.NEWCOMER: QCoreApplication.translate("Labels", "Newcomer"),
        Group.FACILITATOR: QCoreApplication.translate("Labels", "Facilitator"),
        Group.OBSERVER: QCoreApplication.translate("Labels", "Observer"),
    }
    return names[value]


def actor_type(value: ActorType | None) -> str:
    if value is None:
        return ""
    names = {
        ActorType.PUBLIC_AGENT: QCoreApplication.translate("Labels", "Public agent"),
        ActorType.ELECTED: QCoreApplication.translate("Labels", "Elected representative"),
        ActorType.CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
    }
    return names[value]


def area(value: Area) -> str:
    names = {
        Area.EXPECTATIONS: QCoreApplication.translate("Labels", "Expectations"),
        Area.IDEAS: QCoreApplication.translate("Labels", "Ideas"),
        Area.PARKING_LOT: QCoreApplication.translate("Labels", "Parking lot"),
    }
    return names[value]


def competence(value: Competence) -> str:
    names = {
        Competence.MUNICIPAL: QCoreApplication.translate("Labels", "Municipal"),
        Competence.METROPOLITAN: QCoreApplication.translate("Labels", "Metropolitan"),
        Competence.DEPARTMENTAL: QCoreApplication.translate("Labels", "Departmental"),
        Competence.REGIONAL: QCoreApplication.translate("Labels", "Regional"),
        Competence.NATIONAL: QCoreApplication.translate("Labels", "National"),
        Competence.EU: QCoreApplication.translate("Labels", "European Union"),
        Competence.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return names[value]


def action_kind(value: ActionKind) -> str:
    names = {
        ActionKind.DECISION: QCoreApplication.translate("Labels", "Decision"),
        ActionKind.EXPERIMENT: QCoreApplication.translate("Labels", "Micro-experiment"),
    }
    return names[value]


def session_status(value: SessionStatus) -> str:
    names = {
        SessionStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        SessionStatus.LIVE: QCoreApplication.translate("Labels", "Live"),
        SessionStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        SessionStatus.SIGNED: QCoreApplication.translate("Labels", "Signed"),
    }
    return names[value]


def language(code: str) -> str:
    """A language's own name where we know it (people look for their language, not ours)."""
    names = {
        "en": "English",
        "fr": "Français",
        "ar": "العربية",
        "fa": "فارسی",
        "prs": "دری",
        "uk": "Українська",
        "es": "Español",
        "it": "Italiano",
        "de": "Deutsch",
        "ps": "پښتو",
        "ti": "ትግርኛ",
        "so": "Soomaali",
        "ru": "Русский",
        "tr": "Türkçe",
        "pt": "Português",
        "ku": "Kurdî",
    }
    return names.get(code, code)


def undo_step(label: str) -> str:
    """The core names its undo steps in English; show them in the user's language."""
    names = {
        "add note": QCoreApplication.translate("Labels", "add note"),
        "add notes": QCoreApplication.translate("Labels", "add notes"),
        "merge notes": QCoreApplication.translate("Labels", "merge notes"),
        "arrange board": QCoreApplication.translate("Labels", "arrange board"),
        "edit note": QCoreApplication.translate("Labels", "edit note"),
        "colour notes": QCoreApplication.translate("Labels", "colour notes"),
        "move notes": QCoreApplication.translate("Labels", "move notes"),
        "move to area": QCoreApplication.translate("Labels", "move to area"),
        "move to theme": QCoreApplication.translate("Labels", "move to theme"),
        "edit parking lot item": QCoreApplication.translate("Labels", "edit parking lot item"),
        "delete notes": QCoreApplication.translate("Labels", "delete notes"),
        "add theme": QCoreApplication.translate("Labels", "add theme"),
        "edit theme": QCoreApplication.translate("Labels", "edit theme"),
        "delete theme": QCoreApplication.translate("Labels", "delete theme"),
    }
    return names.get(label, label)


def isolate(text: str) -> str:
    """Keep a left-to-right piece (a date, an address, a size) in order inside any sentence."""
    return f"\N{LEFT-TO-RIGHT ISOLATE}{text}\N{POP DIRECTIONAL ISOLATE}"


def colon(label: str, value: object) -> str:
    """"label: value" as the interface's language writes it (French puts a no-break space
    before the colon)."""
    return QCoreApplication.translate("Labels", "{label}: {value}").format(label=label,
                                                                          value=value)


def own_direction(text: str) -> str:
    """Something a person wrote, inside a translated sentence: it keeps its own direction (a
    French next step inside an Arabic sentence ends with its full stop, not begins with it).
    Alone in a list or a table cell of the Arabic window too: a French question keeps its "?"
    at its end. Use it wherever a person's words are shown, never in an editable field."""
    return isolated(text)


def person_name(person: Participant) -> str:
    """How the desk names a person: their chosen name (isolated: a name with a right-to-left
    override cannot turn "Birch-20" after it around) beside their pseudonym, or the pseudonym."""
    if not person.display_name:
        return person.pseudonym
    return f"{own_direction(person.display_name)} \N{EN DASH} {person.pseudonym}"


def shown_name(person: Participant) -> str:
    """A person's chosen name or pseudonym, isolated, inside any sentence or cell."""
    return own_direction(person.shown_name)


def own_lines(text: str) -> str:
    """Several lines a person wrote (wrapped or elided): each keeps its own direction."""
    return "\n".join(own_direction(line) for line in text.split("\n"))


def plain_tooltip(text: str) -> str:
    """A tooltip showing what a person wrote as they wrote it: Qt would read ``<b>`` in a plain
    tooltip as markup, so the text is escaped inside a rich-text one (and keeps its direction)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(own_direction(text))}</p>"


def format_clock(seconds: float) -> str:
    """A countdown as M:SS (or H:MM:SS), with a minus sign when the phase runs over."""
    sign = "\N{MINUS SIGN}" if seconds < 0 else ""
    total = int(abs(seconds) + (0.999 if seconds >= 0 else 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
