"""Attendance faces: check-in by badge QR (camera or typed code), the welcome desk, the list."""

from app.ui.attendance.panel import AttendancePanel

__all__ = ["AttendancePanel"]
