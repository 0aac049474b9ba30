from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.workshop import Workshop
from app.ui.board.panel import BoardPanel
from app.ui.live import LiveEvents, for_session


@pytest.fixture
def panel(demo: Workshop, qtbot: QtBot) -> BoardPanel:
    """The demo session's board, wired to live events as the main window does."""
    board = BoardPanel(demo, 1)
    qtbot.addWidget(board)
    live = LiveEvents(demo.hub, board)
    live.changed.connect(for_session(1, board.on_change))
    board.resize(1200, 800)
    board.show()
    qtbot.waitExposed(board)
    return board
