"""Dates, times and language names as each language of the minutes writes them.

"14 novembre 2026", "14 نوفمبر 2026", "14 November 2026"; "français, arabe, anglais"; a time
of day in the session's own zone with its offset ("09:03, Europe/Paris, UTC+01:00").
"""

from __future__ import annotations

from datetime import date

from app.core.time_zones import in_zone

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
}

# code: (English, French, Arabic) — the languages a session may be held in.
_NAMES: dict[str, tuple[str, str, str]] = {
    "en": ("English", "anglais", "الإنجليزية"),
    "fr": ("French", "français", "الفرنسية"),
    "ar": ("Arabic", "arabe", "العربية"),
    "fa": ("Persian", "persan", "الفارسية"),
    "prs": ("Dari", "dari", "الدارية"),
    "uk": ("Ukrainian", "ukrainien", "الأوكرانية"),
    "es": ("Spanish", "espagnol", "الإسبانية"),
    "it": ("Italian", "italien", "الإيطالية"),
    "de": ("German", "allemand", "الألمانية"),
    "ps": ("Pashto", "pachto", "البشتوية"),
    "ti": ("Tigrinya", "tigrigna", "التغرينية"),
    "so": ("Somali", "somali", "الصومالية"),
    "ru": ("Russian", "russe", "الروسية"),
    "tr": ("Turkish", "turc", "التركية"),
    "pt": ("Portuguese", "portugais", "البرتغالية"),
    "ku": ("Kurdish", "kurde", "الكردية"),
}
_COLUMN = {"en": 0, "fr": 1, "ar": 2}
_LIST_SEPARATOR = {"en": ", ", "fr": ", ", "ar": "، "}


def long_date(iso: str, language: str) -> str:
    """An ISO date (or date and time) written out: "14 novembre 2026". Not a date: as given."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


def language_name(code: str, language: str) -> str:
    """A language's name in the minutes' language ("arabe"); an unknown code as it is."""
    names = _NAMES.get(code)
    return names[_COLUMN[language]] if names else code


def language_list(codes: tuple[str, ...], language: str) -> str:
    return _LIST_SEPARATOR[language].join(language_name(code, language) for code in codes)


def zone_with_offset(zone_name: str, on: str) -> str:
    """The zone and its offset from UTC on the session's day: "Europe/Paris (UTC+01:00)"."""
    try:
        moment = in_zone(f"{on[:10]}T12:00:00+00:00", zone_name)
    except ValueError:
        return zone_name
    offset = moment.strftime("%z") or "+0000"
    return f"{zone_name} (UTC{offset[:3]}:{offset[3:]})"
