"""The Verify screen's words for what changed after signing and for added validation data."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.minutes.revisions import Change
from app.minutes.verification import SignatureReport, Verdict
from app.ui.minutes.verify_view import verdict_lines


def _signature(problems: tuple[str, ...] = ()) -> SignatureReport:
    return SignatureReport("Signature1", "Claire Martin", "Facilitatrice", "ab" * 32, None,
                           True, True, None, False, "entire_revision", "signatures", problems)


def test_validation_information_is_said_to_be_allowed(qapp: QApplication) -> None:
    lines = verdict_lines(Verdict((_signature(),), (), validation_info=(3,)), False)
    assert lines[0] == ("Verdict: VALID — intact; nothing but validation information was "
                        "added after signing.")
    assert any(line.startswith("Revision 3: validation information was added") for line in lines)


def test_each_change_is_named_with_its_revision_and_page(qapp: QApplication) -> None:
    verdict = Verdict((_signature(("changed_after",)),), ("fewer_signatures",),
                      changes=(Change(3, "visible_signature", page=1), Change(3, "info")),
                      expected=2)
    lines = verdict_lines(verdict, False)
    assert lines[0] == "Verdict: NOT VALID — do not rely on this file."
    assert ("⚠ Revision 3: a signature that can be seen (or with a malformed rectangle) was "
            "added on page 1.") in lines
    assert ("⚠ Revision 3: the document information (title, author, keywords) was "
            "changed.") in lines
    assert "⚠ Fewer signatures than expected: 2 expected, 1 found." in lines
