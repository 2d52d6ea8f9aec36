"""Run as a separate process: register N letters into one database and print their numbers."""

import datetime as dt
import sys

from app.services import requests
from app.services.context import Context
from app.storage.database import Database


def main(url: str, count: int, worker: int) -> None:
    ctx = Context(Database(url), actor=f"worker-{worker}", clock=lambda: dt.date(2026, 11, 20))
    for i in range(count):
        r = requests.register(
            ctx,
            requests.NewRequest(
                type="claim",
                received=dt.date(2026, 11, 2),
                sender=f"Worker {worker} letter {i}",
            ),
        )
        print(r.reg_number, flush=True)
    ctx.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
