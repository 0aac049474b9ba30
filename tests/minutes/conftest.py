"""Fixtures for the minutes: signing identities and the demo session's signed minutes."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.core.workshop import Workshop
from app.minutes.export import ExportedMinutes, MinutesRequest, export_minutes
from app.minutes.identity import SigningIdentity, create_identity

PASSPHRASE = "correct horse battery"
ELECTED_PASSPHRASE = "another long passphrase"


def pdf_text(path: Path) -> str:
    """The text of a PDF as poppler reads it, NFKC-normalised (Arabic presentation forms
    become plain letters) with bidi controls dropped and white space collapsed."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return flat(out)


def flat(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(text.split())


@pytest.fixture
def identity(tmp_path: Path) -> SigningIdentity:
    return create_identity(tmp_path / "ids" / "claire.p12", "Claire Martin", "Facilitatrice",
                           PASSPHRASE)


@pytest.fixture
def elected(tmp_path: Path) -> SigningIdentity:
    return create_identity(tmp_path / "ids" / "elodie.p12", "Élodie Bernard",
                           "Adjointe au maire", ELECTED_PASSPHRASE)


@pytest.fixture
def signed(demo: Workshop, identity: SigningIdentity, tmp_path: Path) -> ExportedMinutes:
    """The demo session's minutes in French, signed by the facilitator."""
    return export_minutes(demo, MinutesRequest(1, tmp_path / "minutes.pdf", "fr",
                                               identity.path, PASSPHRASE))


@pytest.fixture
def pdfsig() -> str:
    found = shutil.which("pdfsig")
    if found is None:
        pytest.fail("poppler-utils (pdfsig) is needed: see the Makefile's system packages")
    return found
