"""A tab's panel in a scroll area, so that a tab taller or wider than a small laptop's screen
scrolls inside the window instead of pushing the window past the screen (every tab fits
1366x700).

The panel always fills the visible area, and is larger only when it cannot be that small:
scroll bars show only then. (A plain resizable QScrollArea sizes a panel holding wrapped text
to its *preferred* height, so the board or the voting tab would scroll for nothing.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def _needed(panel: QWidget, width: int) -> QSize:
    """The smallest size ``panel`` can take at (at least) ``width``: its minimum size. (A
    layout's minimum height for a width is its preferred one, which the panel may go below:
    wrapped text needs less height the wider the panel, not more.)"""
    needed = panel.minimumSizeHint().expandedTo(panel.minimumSize())
    return QSize(max(width, needed.width()), needed.height())


class TabScroll(QScrollArea):
    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop; focus scrolls itself
        self.setWidgetResizable(False)
        self.setWidget(panel)
        panel.installEventFilter(self)
        self.viewport().installEventFilter(self)

    def fit(self) -> None:
        panel = self.widget()
        if panel is None:
            return
        visible = self.viewport().size()
        needed = _needed(panel, visible.width())
        panel.resize(max(visible.width(), needed.width()), max(visible.height(), needed.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            self.fit()  # the panel's content changed what it needs
        elif event.type() == QEvent.Type.Resize and watched is self.viewport():
            self.fit()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, 0).expandedTo(self.horizontalScrollBar().sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        panel = self.widget()
        return panel.sizeHint() if panel is not None else super().sizeHint()


def scrolling(panel: QWidget, parent: QWidget) -> TabScroll:
    """``panel`` in a new TabScroll; a panel kept through a language switch leaves its old
    one first."""
    old = panel.parentWidget()
    while old is not None and not isinstance(old, QScrollArea):
        old = old.parentWidget()
    if old is not None and old.widget() is panel:
        old.takeWidget()
    return TabScroll(panel, parent)
