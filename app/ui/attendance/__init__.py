"""Attendance faces: check-in by badge QR (camera or typed code), the welcome desk, the list."""

from app.ui.attendance.panel import AttendancePanel, panel_title

__all__ = ["AttendancePanel", "panel_title"]
