"""The PySide6 desktop: main window, board, projector window, dialogs."""
