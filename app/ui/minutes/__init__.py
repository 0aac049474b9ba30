"""The minutes tab of a session: export (signed or not), identity, verification, results."""

from app.ui.minutes.panel import MinutesPanel

__all__ = ["MinutesPanel"]
