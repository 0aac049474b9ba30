"""Check-in by badge: camera frame to "checked in"."""
