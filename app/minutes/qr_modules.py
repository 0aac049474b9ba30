"""The dark modules of a QR code, made with qrcode: one place for the projector, the room
sheet, the badges and the signature page, so every printed or shown code is built alike."""

from __future__ import annotations

import qrcode
from qrcode import constants

QUIET_ZONE = 4  # modules of white around the code, as the standard asks

ERROR_LEVELS = {
    "l": constants.ERROR_CORRECT_L,
    "m": constants.ERROR_CORRECT_M,
    "q": constants.ERROR_CORRECT_Q,
    "h": constants.ERROR_CORRECT_H,
}


def qr_modules(payload: str, error: str = "m") -> tuple[tuple[bool, ...], ...]:
    """The code's modules, rows from the top, without the quiet zone (the drawer adds it).

    The smallest version that holds ``payload`` at the error level asked (l, m, q or h); text
    goes in as UTF-8 bytes, digits and capitals in their compact modes where that saves room.
    """
    code = qrcode.QRCode(version=None, error_correction=ERROR_LEVELS[error], border=0)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
