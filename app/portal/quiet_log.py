"""The server's own error log, with every address taken out (DESIGN: no log with addresses).

aiohttp names the sender's address when a request is malformed ("Error handling request from
…"); this logger replaces any argument that is an IP address before anything is written.
"""

from __future__ import annotations

import ipaddress
import logging

HIDDEN = "(an address)"


def _is_address(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        ipaddress.ip_address(value.strip("[]").split("%")[0])
    except ValueError:
        return False
    return True


class HideAddresses(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(HIDDEN if _is_address(a) else a for a in record.args)
        return True


def server_logger() -> logging.Logger:
    logger = logging.getLogger("app.portal.http")
    if not any(isinstance(f, HideAddresses) for f in logger.filters):
        logger.addFilter(HideAddresses())
    return logger
