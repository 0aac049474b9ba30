"""After the Lab: the deputy mayor co-signs the French minutes on their own laptop, and a city
clerk checks each file with `python -m app verify` — the number of signatures it must carry
included, so that a co-signature cut off again is caught."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.end2end.rehearsal.desk import RehearsalError

ELECTED = "Mme Nadia Benali, adjointe au maire"
ELECTED_PASSPHRASE = "le pont des Lumières 2026"


def _app(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=180, check=False, env=env)


def cosign_by_the_elected(minutes: Path, out: Path) -> Path:
    """A new identity for the elected representative, then their co-signature."""
    folder = out / "elected"
    folder.mkdir(exist_ok=True)
    identity = folder / "elected.p12"
    secret = folder / "passphrase.txt"
    secret.write_text(ELECTED_PASSPHRASE, encoding="utf-8")
    env = {**os.environ, "ROUNDTABLE_DATA_DIR": str(folder / "app-data")}
    made = _app("identity", "--name", ELECTED, "--identity", str(identity),
                "--passphrase-file", str(secret), env=env)
    if made.returncode != 0:
        raise RehearsalError(f"the elected's identity: {made.stdout}{made.stderr}")
    cosigned = minutes.with_name(minutes.stem + "-cosigned.pdf")
    done = _app("cosign", str(minutes), "--out", str(cosigned), "--identity", str(identity),
                "--passphrase-file", str(secret), env=env)
    if done.returncode != 0 or not cosigned.exists():
        raise RehearsalError(f"co-signing failed: {done.stdout}{done.stderr}")
    return cosigned


def verify_as_a_clerk(pdf: Path, signatures: int) -> str:
    checked = _app("verify", str(pdf), "--expect-signatures", str(signatures),
                   env=dict(os.environ))
    if checked.returncode != 0:
        raise RehearsalError(f"{pdf.name} does not verify: {checked.stdout}{checked.stderr}")
    fewer = _app("verify", str(pdf), "--expect-signatures", str(signatures + 1),
                 env=dict(os.environ))
    if fewer.returncode == 0:
        raise RehearsalError(f"{pdf.name} passes with a signature more than it carries")
    return checked.stdout


def carry_to_the_programme(db: Path, session_id: int, minutes: Path, out: Path,
                           passphrase: str, searches: tuple[str, ...]) -> None:
    """The facilitator exports the signed session bundle; the programme's coordinator imports
    it into a database of their own (twice: nothing changes) and finds the Lab's notes."""
    env = dict(os.environ)
    secret = out / "facilitator-passphrase.txt"
    secret.write_text(passphrase, encoding="utf-8")
    bundle = out / "lab.roundtable"
    made = _app("--db", str(db), "bundle", "export", "--session", str(session_id), "--out",
                str(bundle), "--minutes", str(minutes), "--passphrase-file", str(secret),
                env=env)
    if made.returncode != 0 or not bundle.exists():
        raise RehearsalError(f"the session bundle: {made.stdout}{made.stderr}")
    programme = out / "programme.sqlite"
    for attempt in (1, 2):
        taken = _app("--db", str(programme), "bundle", "import", str(bundle), env=env)
        if taken.returncode != 0:
            raise RehearsalError(f"import {attempt}: {taken.stdout}{taken.stderr}")
    for words in searches:
        found = _app("--db", str(programme), "search", words, "--json", env=env)
        if found.returncode != 0 or not json.loads(found.stdout or "[]"):
            raise RehearsalError(f"the programme does not find {words!r}: {found.stdout}"
                                 f"{found.stderr}")
