"""Rule violations, each with a stable code that every face translates for its user."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# English text of each code; the desktop translates these through Qt, the phone pages through
# their own message files, keyed by the same code.
MESSAGES: dict[str, str] = {
    "not_found": "This {what} does not exist (any more).",
    "session_locked": "This session's minutes are signed, so it is locked. "
    "Reopen it to make a change; the minutes will then need a new version.",
    "empty_text": "Please write something first.",
    "invisible_text": "This has only invisible characters (spaces or zero-width marks). "
    "Please write words that can be read.",
    "text_too_long": "This is too long: {length} characters, at most {limit}.",
    "bad_value": "{field} is not valid: {value}.",
    "date_order": "{field} ({value}) cannot be before {other} ({other_date}).",
    "round_not_open": "Voting is not open for this round.",
    "round_not_draft": "This round has already been opened; its settings can no longer change.",
    "round_not_closed": "Close the round before revealing its results.",
    "round_no_items": "A round needs at least two items to vote on.",
    "item_not_in_round": "This item is not part of the round.",
    "budget_exceeded": "You have no dots left ({budget} per person).",
    "cap_exceeded": "Dots on one item: at most {cap}.",
    "no_dot_to_remove": "There is no dot of yours on this item.",
    "cannot_vote": "Facilitators and observers do not vote.",
    "participant_removed": "This participant was removed from the session.",
    "waiting_for_approval": "The facilitator has not let this person in yet: they vote and "
    "post once let in.",
    "not_waiting": "This person is not waiting to be let in.",
    "secret_round_interrupted": "The program restarted while this secret round was open, so it "
    "can no longer tell who has voted and takes no further ballot. The facilitator can close "
    "it with the dots cast, or discard them and restart the same round.",
    "not_present": "Only people checked in at the welcome desk vote. Please go to the "
    "welcome desk first.",
    "already_voted": "This badge has already voted. Voting again replaces the earlier dots.",
    "paper_negative": "A count of paper dots cannot be below zero.",
    "paper_over_cap": "{count} paper dots on one item is too many: {people} people of this "
    "group are here, at most {cap} dots each on one item, so at most {limit}.",
    "paper_over_budget": "{total} paper dots in all is too many for this group: {people} "
    "people are here with {dots} dots each, so at most {limit}.",
    "round_not_interrupted": "This round was not interrupted: it can still take ballots.",
    "secret_cannot_withdraw": "In a secret round nobody's dots can be told apart: they stay "
    "counted.",
    "name_taken": "The name {name} is already used in this session.",
    "phase_not_running": "No phase is running.",
    "no_next_phase": "This is the last phase of the agenda.",
    "nothing_to_undo": "Nothing to undo.",
    "nothing_to_redo": "Nothing to redo.",
    "another_round_open": "Another vote round is open; close it first.",
    "session_not_signed": "This session's minutes are not signed; there is nothing to reopen.",
    "minutes_version_changed": "The session was reopened while version {version} of the "
    "minutes was being made; export the minutes again.",
    "purge_needs_signature": "Raw data can be purged only once the minutes are signed.",
    "badge_unknown": "This is not a Roundtable badge.",
    "badge_other_session": "This badge belongs to another session.",
    "badge_forged": "This badge is not valid: its code was changed or made up. "
    "Please see the welcome desk.",
    "unknown_code": "No one in this session has the code {typed}. Check the code on the badge.",
    "round_still_open": "The vote round “{title}” is still open. Close it before closing "
    "the session.",
    "session_closed": "This session is closed. Reopen it to run a phase again.",
    "session_not_closed": "This session is not closed; there is nothing to reopen.",
    # The follow-up loop: commitments, experiments, expectations.
    "decline_needs_reason": "A declined commitment needs the reason it was declined.",
    "forward_needs_body": "A forwarded commitment needs the level of competence and the body "
    "it was forwarded to.",
    "owner_is_a_person": "{name} is a participant who did not agree to be named: give a "
    "service or a role as owner.",
    "not_an_experiment": "Readings are taken only for a micro-experiment's criteria.",
    "out_needs_parking": "An expectation out of the city's competence is linked to its "
    "parking-lot item.",
}


def fill(template: str, params: Mapping[str, object]) -> str:
    """A message with its values put in; a template that does not fit is shown as it is."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class RuleError(Exception):
    """An operation broke a Policy Lab rule; nothing was written."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(fill(MESSAGES.get(code, code), params))

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params, "message": str(self)}
