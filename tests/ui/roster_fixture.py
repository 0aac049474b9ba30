"""A roster as a French organiser sends it, saved by French Excel as
"CSV (séparateur: point-virgule)": Windows-1252 bytes, ';' between cells, CRLF line ends,
French column names and values, and a column Roundtable must ignore.

``french_excel_roster(path)`` writes the file and returns the people it lists; the rehearsal test
imports it through the roster panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HEADER = ("Nom affiché", "Groupe", "Type d'acteur", "Langue", "Nommé dans le compte rendu",
          "Consentement", "Remarques")

FIRST_NAMES = (
    "Amina", "Hélène", "Karim", "François", "Zoë", "Yonas", "Fatoumata", "Noël", "Leïla", "Mehdi",
    "Amélie", "Ahmad", "Solène", "Tesfaye", "Bérénice", "Omar", "Gaëlle", "Sami", "Inès", "Daniel",
    "Maëlys", "Hamid", "Céline", "Aster", "Jérôme", "Nour", "Anaïs", "Mariam", "Théo", "Yasmine",
    "Loïc", "Samira", "Élodie", "Farid", "Chloé", "Abdi", "Renée", "Kofi", "Agnès", "Olena",
)
LAST_INITIALS = "BDGLMRSTV"

NEWCOMER_LANGUAGES = ("arabe", "Dari", "Tigrigna", "Français", "Anglais", "pachto", "ar", "uk")


@dataclass(frozen=True)
class RosterLine:
    """One person of the file, as the file says it (French words)."""

    name: str
    group: str
    actor_type: str
    language: str
    named: str
    consent: str


def roster_lines(count: int = 40) -> list[RosterLine]:
    """``count`` people: about 40 % newcomers, 40 % local actors, then facilitators, observers."""
    lines: list[RosterLine] = []
    for index in range(count):
        name = f"{FIRST_NAMES[index % len(FIRST_NAMES)]} {LAST_INITIALS[index % 9]}."
        if index >= len(FIRST_NAMES):
            name = f"{name} {index // len(FIRST_NAMES) + 1}"
        slot = index % 10
        if slot < 4:
            group = "Nouvelle arrivante" if index % 2 else "Nouvel arrivant"
            lines.append(RosterLine(name, group, "", NEWCOMER_LANGUAGES[index % 8], "non",
                                    "oui" if index % 3 else "non"))
        elif slot < 8:
            kind = ("Élu", "Agent public", "Société civile", "Agent public")[slot - 4]
            lines.append(RosterLine(name, "Acteur local", kind, "Français",
                                    "oui" if kind == "Élu" else "non", "oui"))
        elif slot == 8:
            lines.append(RosterLine(name, "Animateur", "", "Français", "oui", "oui"))
        else:
            lines.append(RosterLine(name, "Observateur", "", "fr", "non", "oui"))
    return lines


def _cell(text: str) -> str:
    return f'"{text}"' if any(ch in text for ch in ';"\n') else text


def french_excel_roster(path: Path, count: int = 40) -> list[RosterLine]:
    """Write a French Excel roster of ``count`` people to ``path``; return its people."""
    people = roster_lines(count)
    rows = [";".join(HEADER)]
    for number, p in enumerate(people, start=1):
        remark = "Besoin d'interprète; arrive à 10 h" if number % 7 == 0 else ""
        rows.append(";".join(_cell(c) for c in (p.name, p.group, p.actor_type, p.language,
                                                p.named, p.consent, remark)))
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return people
