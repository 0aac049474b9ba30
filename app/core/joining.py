"""What the join screen and the room sheet encode: the join URL and the Wi-Fi QR payload."""

from __future__ import annotations

from urllib.parse import quote


def join_url(host: str, port: int, room_token: str) -> str:
    """The URL a phone opens; the room token proves it saw the projected QR code."""
    shown_host = f"[{host}]" if ":" in host else host
    default_port = port == 80
    return f"http://{shown_host}{'' if default_port else f':{port}'}/j/{quote(room_token)}"


def short_url(host: str, port: int) -> str:
    """What people type when they cannot scan: the portal's address, without the token."""
    shown_host = f"[{host}]" if ":" in host else host
    return f"{shown_host}" if port == 80 else f"{shown_host}:{port}"


def _escape(value: str) -> str:
    for special in ("\\", ";", ",", ":", '"'):
        value = value.replace(special, "\\" + special)
    return value


def wifi_payload(ssid: str, security: str, password: str, hidden: bool = False) -> str:
    """The ``WIFI:`` payload phone cameras understand (security WPA, WEP or nopass)."""
    kind = security if security in ("WPA", "WEP") else "nopass"
    parts = [f"T:{kind}", f"S:{_escape(ssid)}"]
    if kind != "nopass":
        parts.append(f"P:{_escape(password)}")
    if hidden:
        parts.append("H:true")
    return "WIFI:" + ";".join(parts) + ";;"
