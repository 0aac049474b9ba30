"""The words a roster file may use, in English, French and Arabic: column names and values.

Organisers keep their lists in their own language (a French spreadsheet says "Groupe",
"Nouvel arrivant", "Oui"); each word is compared without case, accents or spacing.
"""

from __future__ import annotations

import unicodedata
from typing import TypeVar

from app.core.model import ActorType, Group

# Column name → the field it fills. Columns not listed here are never read.
COLUMNS: dict[str, tuple[str, ...]] = {
    "group": ("group", "groupe", "categorie", "category", "profil", "المجموعة", "مجموعة",
              "الفئة", "فئة"),
    "language": ("language", "lang", "langue", "langue parlee", "اللغة", "لغة"),
    "display_name": ("display name", "name", "nom", "nom affiche", "prenom", "nom ou prenom",
                     "الاسم", "اسم", "الاسم المعروض"),
    "actor_type": ("actor type", "kind of actor", "type", "type d'acteur", "type acteur",
                   "نوع الفاعل"),
    "named_in_minutes": ("named in minutes", "named in the minutes", "nomme dans le compte rendu",
                         "nomme au compte rendu", "cite dans le compte rendu",
                         "الاسم في المحضر", "يذكر في المحضر"),
    "consent": ("consent", "consent given", "consentement", "accord", "الموافقة", "موافقة"),
    "pseudonym": ("pseudonym", "pseudonyme", "الاسم المستعار"),
    "code": ("code", "short code", "badge code", "code badge", "code du badge", "الرمز", "رمز",
             "رمز الشارة"),
}

GROUPS: dict[Group, tuple[str, ...]] = {
    Group.LOCAL_ACTOR: ("local actor", "acteur local", "actrice locale", "acteurs locaux",
                        "acteur", "فاعل محلي", "فاعلة محلية"),
    Group.NEWCOMER: ("newcomer", "nouvel arrivant", "nouvelle arrivante", "nouveaux arrivants",
                     "nouvel arrivant ou arrivante", "arrivant", "وافد جديد", "وافدة جديدة",
                     "قادم جديد"),
    Group.FACILITATOR: ("facilitator", "animateur", "animatrice", "facilitateur", "facilitatrice",
                        "ميسر", "ميسرة"),
    Group.OBSERVER: ("observer", "observateur", "observatrice", "مراقب", "مراقبة"),
}

ACTOR_TYPES: dict[ActorType, tuple[str, ...]] = {
    ActorType.PUBLIC_AGENT: ("public agent", "agent public", "agente publique", "agent",
                             "موظف عمومي", "موظفة عمومية"),
    ActorType.ELECTED: ("elected", "elected representative", "elu", "elue", "elu local",
                        "ممثل منتخب", "منتخب", "منتخبة"),
    ActorType.CIVIL_SOCIETY: ("civil society", "societe civile", "association", "associatif",
                              "المجتمع المدني", "مجتمع مدني"),
}

# A language by its code, its own name, or its English, French or Arabic name.
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "anglais", "الإنجليزية", "الانجليزية"),
    "fr": ("francais", "french", "الفرنسية"),
    "ar": ("arabic", "arabe", "العربية"),
    "fa": ("farsi", "persian", "persan", "فارسی", "الفارسية"),
    "prs": ("dari", "دری", "الدارية"),
    "uk": ("ukrainian", "ukrainien", "українська", "الأوكرانية"),
    "es": ("spanish", "espagnol", "espanol", "الإسبانية"),
    "it": ("italian", "italien", "italiano", "الإيطالية"),
    "de": ("german", "allemand", "deutsch", "الألمانية"),
    "ps": ("pashto", "pachto", "پښتو", "البشتوية"),
    "ti": ("tigrinya", "tigrigna", "ትግርኛ", "التغرينية"),
    "so": ("somali", "soomaali", "الصومالية"),
    "ru": ("russian", "russe", "русский", "الروسية"),
    "tr": ("turkish", "turc", "turkce", "التركية"),
    "pt": ("portuguese", "portugais", "portugues", "البرتغالية"),
    "ku": ("kurdish", "kurde", "kurdi", "الكردية"),
}

YES = ("1", "yes", "y", "true", "oui", "o", "vrai", "x", "نعم")
NO = ("", "0", "no", "n", "false", "non", "faux", "لا")


def word_key(text: str) -> str:
    """How a word is compared: no case, accents, Arabic vowel marks, '_' / '-' or extra space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    kept = kept.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    for mark in "_-\N{ARABIC TATWEEL}":
        kept = kept.replace(mark, " ")
    return " ".join(kept.split())


T = TypeVar("T")


def _index(table: dict[T, tuple[str, ...]]) -> dict[str, T]:
    return {word_key(word): value for value, words in table.items() for word in words}


COLUMN_OF = _index(COLUMNS)
GROUP_OF = _index(GROUPS) | {word_key(g.value): g for g in Group}
ACTOR_OF = _index(ACTOR_TYPES) | {word_key(a.value): a for a in ActorType}
LANGUAGE_OF = _index(LANGUAGE_NAMES)
YES_KEYS = frozenset(word_key(w) for w in YES)
NO_KEYS = frozenset(word_key(w) for w in NO)
