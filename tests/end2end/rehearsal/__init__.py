"""The dress rehearsal: a whole Policy Lab through the real main window, run as a program of
its own on a real X screen (Xvfb + a window manager), from an empty database to verified
signed minutes. ``tests/end2end/test_rehearsal.py`` starts it in French and in Arabic."""
