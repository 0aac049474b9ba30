"""A second language on the projector, without changing the app's."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.model import PhaseKind
from app.core.workshop import Workshop
from app.ui.projector.bilingual import Bilingual, second_language_choices
from app.ui.projector.window import ProjectorWindow, Show

LRI = "\N{LEFT-TO-RIGHT ISOLATE}"
RLI = "\N{RIGHT-TO-LEFT ISOLATE}"
PDI = "\N{POP DIRECTIONAL ISOLATE}"


def test_fixed_texts_in_two_languages(qapp: QApplication) -> None:
    i18n.install(qapp, "fr")
    texts = Bilingual()
    assert texts.translate("Projector", "Themes") == "Thèmes"
    texts.set_language("ar")
    assert texts.translate("Projector", "Themes") == (
        f"\N{LEFT-TO-RIGHT MARK}{LRI}Thèmes{PDI}\n{RLI}المواضيع{PDI}")
    assert texts.phase(PhaseKind.IDEATION).split("\n")[1] == f"{RLI}توليد الأفكار{PDI}"
    filled = texts.translate("Projector", "Ideas ({count})").format(count=9)
    assert filled.endswith(f"{RLI}الأفكار (9){PDI}")
    assert QApplication.translate("Projector", "Themes") == "Thèmes"  # the app stays French
    texts.set_language("fr")  # the app's own language: once is enough
    assert texts.translate("Projector", "Themes") == "Thèmes"
    texts.set_language(None)
    assert not texts.active


def test_only_the_session_languages_we_can_show() -> None:
    assert second_language_choices(("fr", "ar", "fa", "fr", "en")) == ["fr", "ar", "en"]


def test_the_projector_shows_both_and_the_desk_keeps_its_own(demo: Workshop, qtbot: QtBot,
                                                            qapp: QApplication) -> None:
    i18n.install(qapp, "fr")
    projector = ProjectorWindow(demo, 1)
    qtbot.addWidget(projector)
    projector.set_show(Show.CLOSING)
    projector.set_second_language("ar")
    thanks = projector.closing_page.thanks.text()
    assert "Merci\u00a0!" in thanks
    assert "شكرًا لكم!" in thanks
    assert "Et ensuite" in projector.closing_page.next_heading.text()
    assert "الخطوات التالية" in projector.closing_page.next_heading.text()
    # what people wrote is shown once, as written
    assert projector.closing_page.next_steps.text().count("Restitution") == 1
    projector.set_show(Show.THEMES)
    assert projector.board.heading().split("\n")[1] == f"{RLI}المواضيع{PDI}"
    assert i18n.current_language() == "fr"
    projector.set_second_language(None)
    assert projector.closing_page.thanks.text() == "Merci\u00a0!"
