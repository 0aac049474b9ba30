"""A realistic sample: a Lyon Policy Lab on access to local services.

Built only through the core's operations, so it exercises the same path as a real session.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.actions import ActionPlan
from app.core.model import (
    ActionKind,
    ActorType,
    Area,
    Channel,
    Competence,
    Group,
    Participant,
    RoundTarget,
    Session,
    SessionStatus,
)
from app.core.roster import NewParticipant
from app.core.workshop import Workshop

PEOPLE: tuple[NewParticipant, ...] = (
    NewParticipant(Group.FACILITATOR, "fr", "Claire Martin", named_in_minutes=True,
                   consent_given=True),
    NewParticipant(Group.LOCAL_ACTOR, "fr", "Élodie Bernard", ActorType.ELECTED,
                   named_in_minutes=True, consent_given=True),
    NewParticipant(Group.LOCAL_ACTOR, "fr", "", ActorType.PUBLIC_AGENT, consent_given=True),
    NewParticipant(Group.LOCAL_ACTOR, "fr", "Karim", ActorType.PUBLIC_AGENT, consent_given=True),
    NewParticipant(Group.LOCAL_ACTOR, "fr", "", ActorType.CIVIL_SOCIETY, consent_given=True),
    NewParticipant(Group.LOCAL_ACTOR, "en", "Sophie", ActorType.CIVIL_SOCIETY,
                   consent_given=True),
    NewParticipant(Group.NEWCOMER, "ar", "أمينة", consent_given=True),
    NewParticipant(Group.NEWCOMER, "ar", "", consent_given=True),
    NewParticipant(Group.NEWCOMER, "fa", "", consent_given=True),
    NewParticipant(Group.NEWCOMER, "uk", "Olena", consent_given=True),
    NewParticipant(Group.NEWCOMER, "en", "", consent_given=True),
    NewParticipant(Group.NEWCOMER, "ar", "Youssef", consent_given=True),
    NewParticipant(Group.NEWCOMER, "fr", "", consent_given=True),
    NewParticipant(Group.OBSERVER, "en", "", consent_given=True),
)

EXPECTATIONS = (
    ("Comprendre à quel guichet aller pour chaque démarche", "fr"),
    ("أريد أن أعرف كيف أسجل أطفالي في المدرسة", "ar"),
    ("Meet people from the city who can actually change things", "en"),
    ("Entendre directement les personnes concernées", "fr"),
)

IDEAS = (
    ("Un guichet unique avec interprètes deux matinées par semaine", "fr", 0),
    ("Des horaires d'ouverture le soir pour ceux qui travaillent", "fr", 0),
    ("مواعيد عبر الهاتف بلغتي بدلاً من الإنترنت فقط", "ar", 0),
    ("Translated step-by-step guides for the CAF and health insurance", "en", 1),
    ("Des ateliers numériques dans les centres sociaux", "fr", 1),
    ("خريطة بسيطة للخدمات القريبة مع صور", "ar", 1),
    ("Pair each newcomer with a volunteer buddy for the first month", "en", None),
    ("Former les agents d'accueil à l'interculturalité", "fr", None),
)

PARKING = (
    ("Titres de séjour : délais de renouvellement trop longs en préfecture", "fr",
     Competence.NATIONAL, "Préfecture du Rhône, via la Délégation interministérielle (DIAIR)"),
    ("تسجيل الأطفال في المدارس خلال السنة الدراسية", "ar",
     Competence.DEPARTMENTAL, "Direction académique du Rhône"),
    ("Transport: reduced fare for asylum seekers on TCL", "en",
     Competence.METROPOLITAN, "SYTRAL Mobilités"),
)


class ReplayClock:
    """Times of the sample session: it starts at 9:00 and each change takes a little while."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> str:
        return self.now.isoformat(timespec="milliseconds")

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


PHASE_MINUTES = (17, 22, 18, 35, 21, 16, 44, 12)  # as it went on the day, not as planned


def create_demo(workshop: Workshop) -> Session:
    clock = ReplayClock(datetime(2026, 11, 14, 8, 0, tzinfo=UTC))  # 9:00 in Lyon
    real_clock = workshop.ops.clock
    workshop.ops.clock = clock
    try:
        return _fill(workshop, clock)
    finally:
        workshop.ops.clock = real_clock


def _next_phase(workshop: Workshop, session_id: int, clock: ReplayClock, index: int) -> None:
    clock.advance(PHASE_MINUTES[index])
    workshop.agenda.next(session_id)


def _fill(workshop: Workshop, clock: ReplayClock) -> Session:
    session = workshop.sessions.create(
        "Policy Lab — Accès aux services de proximité",
        "2026-11-14",
        territory="Lyon",
        venue="Maison des Associations, Lyon 7e",
        languages=("fr", "ar", "en"),
        time_zone="Europe/Paris",
    )
    workshop.sessions.update(
        session.id,
        next_steps="Restitution au conseil d'arrondissement en janvier ; bilan de "
        "l'expérimentation en avril avec les participants.",
        wifi_ssid="Roundtable-Lab", wifi_security="WPA", wifi_password="policylab2026",  # noqa: S106 (sample data)
    )
    people = workshop.roster.add_many(session.id, list(PEOPLE))
    for person in people:
        workshop.roster.check_in(person.id, origin=Channel.DESK)
    clock.advance(3)

    phases = workshop.agenda.phases(session.id)
    workshop.agenda.start(phases[0].id)
    _next_phase(workshop, session.id, clock, 0)  # expectations round
    for text, language in EXPECTATIONS:
        workshop.board.add_note(session.id, Area.EXPECTATIONS, text, language=language)
    _next_phase(workshop, session.id, clock, 1)  # input
    _next_phase(workshop, session.id, clock, 2)  # ideation
    themes = [
        workshop.board.add_theme(session.id, "Accueil et guichets", x=40, y=420),
        workshop.board.add_theme(session.id, "Information accessible", x=640, y=420),
    ]
    ideas = []
    for index, (text, language, theme_index) in enumerate(IDEAS):
        author = people[6 + index % 6].id if index % 3 == 0 else None
        channel = Channel.PHONE if author else Channel.DESK
        note = workshop.board.add_note(session.id, Area.IDEAS, text, language=language,
                                       author_id=author, origin=channel)
        ideas.append(note)
        if theme_index is not None:
            workshop.board.set_theme([note.id], themes[theme_index].id)
    for text, language, level, forwarded in PARKING:
        item = workshop.board.add_note(session.id, Area.PARKING_LOT, text, language=language)
        workshop.board.set_parking(item.id, level, forwarded)
    _next_phase(workshop, session.id, clock, 3)  # clustering
    _next_phase(workshop, session.id, clock, 4)  # voting

    vote = workshop.voting.create(
        session.id, "Quelles idées tester en premier ?", RoundTarget.NOTES,
        [note.id for note in ideas], dots_per_person=3, cap_per_item=2,
    )
    workshop.voting.open(vote.id)
    voters: list[Participant] = [p for p in people if p.group in (Group.LOCAL_ACTOR,
                                                                  Group.NEWCOMER)]
    for n, voter in enumerate(voters):
        first, second = ideas[n % 3], ideas[(n * 2 + 3) % len(ideas)]
        channel = Channel.PHONE if n % 2 else Channel.KIOSK
        workshop.voting.set_ballot(vote.id, voter.id, {first.id: 2, second.id: 1},
                                   origin=channel)
    workshop.voting.set_paper_dots(vote.id, ideas[0].id, Group.NEWCOMER, 2)
    workshop.voting.set_paper_dots(vote.id, ideas[3].id, Group.LOCAL_ACTOR, 1)
    clock.advance(9)
    workshop.roster.check_out(people[-1].id)  # the observer left during the vote
    workshop.voting.close(vote.id)
    workshop.voting.reveal(vote.id)

    _next_phase(workshop, session.id, clock, 5)  # action planning
    workshop.actions.add(session.id, ActionPlan(
        kind=ActionKind.EXPERIMENT,
        title="Permanence « guichet unique » avec interprètes",
        description="Deux matinées par semaine à la mairie du 7e, avec interprètes "
        "arabe et dari, pendant trois mois.",
        owner_role="Direction de la relation usagers, Ville de Lyon",
        start_date="2027-01-05", end_date="2027-03-31", review_date="2027-04-15",
        criteria=(
            ("Personnes reçues par matinée", "≥ 15", "Registre d'accueil anonyme"),
            ("Démarches abouties sans second rendez-vous", "≥ 60 %",
             "Questionnaire de sortie, 3 questions"),
        ),
        source_note_id=ideas[0].id,
    ))
    workshop.actions.add(session.id, ActionPlan(
        kind=ActionKind.DECISION,
        title="Traduire les guides CAF et CPAM en arabe, dari et ukrainien",
        owner_role="Mission égalité, Métropole de Lyon",
        source_theme_id=themes[1].id,
    ))
    _next_phase(workshop, session.id, clock, 6)  # closing
    clock.advance(PHASE_MINUTES[7])
    workshop.agenda.finish(session.id)
    workshop.sessions.set_status(session.id, SessionStatus.CLOSED)
    workshop.undo.clear()
    return workshop.sessions.get(session.id)
