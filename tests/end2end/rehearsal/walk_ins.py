"""Someone without a badge joins from the QR code while the facilitator lets walk-ins in by
hand: the desk counts them, the facilitator lets this one in and the phone goes on by itself;
later the facilitator removes them (the secret round keeps their dot: nothing links it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QScrollArea, QWidget

from app.ui.portal_panel import PortalPanel
from tests.end2end.rehearsal.desk import Desk, RehearsalError
from tests.portal.phone import Phone

if TYPE_CHECKING:
    from tests.end2end.rehearsal.lab import Lab


def let_a_walk_in_in(lab: Lab) -> Phone:
    desk = lab.desk
    panel = desk.tab(PortalPanel)
    approval = desk.named("walk-in-approval", QAbstractButton, within=panel)
    if not approval.isChecked():
        _toggle(desk, approval)
    desk.wait_until(lambda: desk.ws.sessions.get(lab.session_id).walk_in_approval,
                    "walk-ins wait to be let in")
    phone = Phone(lab.port)
    reply = phone.check_in(lab.room, group="newcomer", name="Nour", language="ar")
    if reply.status != 200 or not reply.json()["me"]["waiting"]:
        raise RehearsalError(f"the walk-in was not asked to wait: {reply.status} {reply.body!r}")
    ballot = phone.note("Une idée d'une personne qui attend")
    if ballot.status != 403:
        raise RehearsalError(f"a waiting walk-in could write a note: {ballot.status}")
    waiting = desk.named("walk-ins-waiting", QListWidget, within=panel)
    desk.wait_until(lambda: waiting.count() == 1, "the desk shows the walk-in waiting")
    count = desk.named("walk-in-count", QLabel, within=panel)
    if "1" not in count.text():
        raise RehearsalError(f"the desk does not count the walk-in: {count.text()!r}")
    desk.shot("walk-in-waiting")
    waiting.setCurrentRow(0)
    desk.click(desk.named("walk-in-admit", QAbstractButton, within=panel))
    desk.wait_until(lambda: not phone.state()["me"]["waiting"], "the walk-in's phone goes on")
    _toggle(desk, approval)  # the rest of the Lab takes walk-ins without asking
    desk.wait_until(lambda: not desk.ws.sessions.get(lab.session_id).walk_in_approval,
                    "walk-ins come in by themselves again")
    return phone


def remove_the_walk_in(lab: Lab, phone: Phone, round_id: int) -> None:
    """The walk-in votes in the open (secret) round, then is removed from the Phones tab."""
    desk = lab.desk
    round_items = desk.ws.voting.get(round_id).item_ids
    reply = phone.ballot(round_id, {round_items[0]: 1})
    if reply.status != 200:
        raise RehearsalError(f"the walk-in's ballot was refused: {reply.status} {reply.body!r}")
    panel = desk.tab(PortalPanel)
    pseudonym = phone.state()["me"]["pseudonym"]
    person_id = next(p.id for p in desk.ws.roster.participants(lab.session_id)
                     if p.pseudonym == pseudonym)

    def row_of_walk_in() -> int:
        return next((row for row in range(panel.people.count()) if panel.people.item(row).data(
            Qt.ItemDataRole.UserRole) == person_id), -1)

    desk.wait_until(lambda: row_of_walk_in() >= 0, "the walk-in is in the Phones list")
    row = row_of_walk_in()
    panel.people.setCurrentRow(row)
    with desk.answering(_press("remove-keep"), what="removing the walk-in"):
        desk.click(panel.remove)
    desk.wait_until(lambda: phone.get("/api/state").status in (401, 403, 410),
                    "the removed walk-in's phone is signed out")


def _toggle(desk: Desk, box: QAbstractButton) -> None:
    """A tick box from the keyboard (a click in its middle may miss a wide box's text)."""
    panel = box.parentWidget()
    while panel is not None and not isinstance(panel, QScrollArea):
        panel = panel.parentWidget()
    if isinstance(panel, QScrollArea):
        panel.ensureWidgetVisible(box)
    box.setFocus()
    desk.key(box, Qt.Key.Key_Space)


def _press(name: str) -> Callable[[QWidget], bool]:
    def answer(dialog: QWidget) -> bool:
        button = dialog.findChild(QAbstractButton, name)
        if button is None:
            return False
        button.click()
        return True

    return answer
