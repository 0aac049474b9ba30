"""The portal program of the benchmark: `python -m app portal` with the per-address limits
lifted (every phone of the benchmark shares 127.0.0.1; the per-participant limit stays as
shipped). `python -m benchmarks.assembly.portal DB SESSION`"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from app.core.outside_changes import OutsideChanges
from app.core.workshop import Workshop
from app.portal.config import PortalConfig, Rate, RateLimits
from app.portal.server import PortalServer

HALL_LIMITS = RateLimits(per_address=Rate(1e6, 10**6), checkin_per_address=Rate(1e6, 10**6))


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("session", type=int)
    args = parser.parse_args()
    workshop = Workshop.open(args.db)
    outside = OutsideChanges(workshop.database.path, workshop.hub).start()
    server = PortalServer(workshop, PortalConfig(args.session, "127.0.0.1", 0, HALL_LIMITS))
    signal.signal(signal.SIGTERM, _stop)
    try:
        print(f"Join URL: {server.start()}", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        outside.stop()
        workshop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
