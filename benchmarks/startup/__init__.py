"""Start-up: from launching `python -m app` to a usable main window, beside a bare Qt window."""
