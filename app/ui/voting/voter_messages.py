"""What a participant at the kiosk or the welcome desk is told when something is refused,
in their own language (the facilitator's panels use app/ui/messages.py)."""

from __future__ import annotations

from app.core.errors import RuleError
from app.ui.voting.voter_language import VoterLanguage


def voter_message(voice: VoterLanguage, error: RuleError) -> str:
    texts = {
        "badge_unknown": voice.translate("VoterMessages", "This is not a Roundtable badge."),
        "badge_other_session": voice.translate(
            "VoterMessages", "This badge belongs to another session."
        ),
        "badge_forged": voice.translate(
            "VoterMessages", "This badge is not valid. Please see the welcome desk."
        ),
        "unknown_code": voice.translate(
            "VoterMessages", "No one here has the code {typed}. Check the code on your badge."
        ),
        "participant_removed": voice.translate(
            "VoterMessages", "This badge no longer works. Please see the welcome desk."
        ),
        "cannot_vote": voice.translate("VoterMessages", "Facilitators and observers do not vote."),
        "round_not_open": voice.translate("VoterMessages", "Voting is not open right now."),
        "budget_exceeded": voice.translate(
            "VoterMessages", "You have no dots left ({budget} per person)."
        ),
        "cap_exceeded": voice.translate("VoterMessages", "Dots on one item: at most {cap}."),
        "secret_round_interrupted": voice.translate(
            "VoterMessages",
            "This secret vote was interrupted when the program restarted, so it cannot take "
            "new dots. Please tell the facilitator.",
        ),
        "not_present": voice.translate(
            "VoterMessages",
            "You are not checked in. Please go to the welcome desk first, then come back to "
            "vote.",
        ),
    }
    template = texts.get(error.code)
    if template is None:
        return voice.translate("VoterMessages", "This did not work. Please ask the facilitator.")
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return template
