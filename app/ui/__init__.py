"""The PySide6 desktop: main window, board, projector window, dialogs.

How other parts plug in (see app/ui/main_window.py and app/ui/projector/window.py):

- ``MainWindow.register_panel(title, factory)``: one more tab in every session workspace.
  ``factory(workshop, session_id)`` builds it for the open session (again for each session
  opened); ``title`` may be a function so the tab is renamed after a language switch, which
  keeps the panel itself. A panel with ``on_change(event)`` receives the session's change
  events from the window's one ``LiveEvents``.
- ``MainWindow.projector_window()`` is the projector; it exists before any panel factory runs.
- ``ProjectorWindow.register_page(name, factory, wants)``: when following the phase, the first
  registered page whose ``wants(workshop, session_id)`` is true is shown.
- ``ProjectorWindow.set_join_address(host, port)`` / ``clear_join_address()``: where phones
  join; without an address the join page says the phone portal is not started.
"""
