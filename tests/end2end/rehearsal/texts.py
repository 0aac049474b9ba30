"""What the room writes in the rehearsal: expectations and ideas in French and Arabic, with a
few of the characters that break weaker programs (emoji, a question mark at the end of a
French sentence in an Arabic interface, an ampersand)."""

from __future__ import annotations

EXPECTATIONS = (
    "Comprendre qui fait quoi à la mairie ?",
    "أريد أن أعرف كيف أسجل أطفالي في المدرسة",
    "Trouver un logement & un travail 🏠",
    "Être écouté, pas seulement informé",
    "Des papiers plus rapides (titre de séjour)",
)

ACTIONS = (
    "Traduire", "Ouvrir le samedi", "Simplifier", "Expliquer en vidéo", "Afficher clairement",
    "Accompagner pas à pas", "Mettre en ligne hors connexion", "Former les agents à",
)
SUBJECTS = (
    "les formulaires de la CAF", "l'accueil de la mairie", "l'inscription à l'école",
    "la carte de transport solidaire", "les horaires de la PMI",
)
ARABIC = (
    "ترجمة استمارات البلدية إلى العربية",
    "مرافقة القادمين الجدد في أول زيارة",
    "فتح مكتب الاستقبال يوم السبت",
    "لوحة إرشادات بالصور في المدخل 👍",
    "دروس لغة فرنسية مجانية في الحي",
    "وسيط ثقافي في المدرسة",
    "كتيب ترحيب بعدة لغات",
    "تسهيل الوصول إلى السكن الاجتماعي",
)


def ideas(count: int, start: int = 0) -> list[str]:
    """``count`` different ideas, one in four in Arabic."""
    made = []
    number = start
    while len(made) < count:
        if number % 4 == 3:
            made.append(f"{ARABIC[number % len(ARABIC)]} ({number + 1})")
        else:
            action = ACTIONS[number % len(ACTIONS)]
            subject = SUBJECTS[(number // len(ACTIONS)) % len(SUBJECTS)]
            made.append(f"{action} {subject} — idée {number + 1}.")
        number += 1
    return made


THEMES = ("Accueil et démarches", "Langues", "École et familles")
PARKED = (
    "Régulariser plus vite les titres de séjour",
    "Changer la loi sur le droit au travail des demandeurs d'asile",
)
NEXT_STEPS = (
    "Restitution au conseil d'arrondissement le 15 janvier (service participation).\n"
    "Test du guichet du samedi en février, bilan au Lab 3 en avril."
)
CRITERIA = (
    ("Personnes reçues le samedi", "40 par mois", "Registre du guichet, chaque semaine"),
    ("Démarches finies en une visite", "60 %", "Questionnaire de sortie, en 4 langues"),
)
PASSPHRASE = "lab-lyon-2026-signature"
