"""Texts about a number of things, each in its language's own plural forms.

"1 participant", "2 participants"; in Arabic "مشارك واحد", "مشاركان", "3 مشاركين", "11
مشاركًا". Qt picks the form from the number (Arabic has six, French two). In Python, lupdate
marks a text as plural only when it is ``self.tr(text, None, n)``, so these texts live here,
in one class that is never subclassed: its name is their context, in lupdate and at run time.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class Counts(QObject):
    def participants(self, n: int) -> str:
        return self.tr("%n participant(s)", None, n)

    def imported(self, n: int) -> str:
        return self.tr("%n participant(s) imported.", None, n)

    def import_added(self, n: int) -> str:
        return self.tr("%n participant(s) added.", None, n)

    def import_updated(self, n: int) -> str:
        return self.tr("%n participant(s) already here and updated.", None, n)

    def import_unchanged(self, n: int) -> str:
        return self.tr("%n participant(s) already here and unchanged.", None, n)

    def remove_participants(self, n: int) -> str:
        return self.tr(
            "Remove these %n participant(s) from the session? Their phones stop working for "
            "this session.", None, n)

    def exported(self, n: int) -> str:
        """Has a {path} to fill."""
        return self.tr("%n person(s) exported to {path}", None, n)

    def notes_on_board(self, n: int) -> str:
        return self.tr("%n note(s). Arrow keys move between notes.", None, n)

    def theme_for(self, n: int) -> str:
        return self.tr("Theme for %n selected note(s)", None, n)

    def more_themes(self, n: int) -> str:
        return self.tr("and %n more theme(s)", None, n)

    def dots_in_all(self, n: int) -> str:
        """Has a {paper} to fill."""
        return self.tr("%n dot(s) in all, of which {paper} on paper.", None, n)

    def dots_per_person(self, n: int) -> str:
        """Has a {cap} to fill."""
        return self.tr("%n dot(s) per person, at most {cap} per item", None, n)

    def search_results(self, n: int) -> str:
        return self.tr("%n result(s) in the sessions", None, n)


@cache
def counts() -> Counts:
    return Counts()
