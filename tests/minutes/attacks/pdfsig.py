"""What poppler's pdfsig says of a file. It exits 0 even on a digest mismatch: read its text."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdfsig_text(pdfsig: str, path: Path) -> str:
    done = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def pdfsig_objection(text: str) -> str | None:
    """Why pdfsig's text says the file is not wholly signed and sound; None if it does not."""
    validations = [line.split(":", 1)[1].strip() for line in text.splitlines()
                   if "Signature Validation:" in line]
    coverage = [line.strip(" -") for line in text.splitlines()
                if line.strip(" -") in ("Total document signed", "Not total document signed")]
    if not validations:
        return "no signature read"
    bad = [v for v in validations if v != "Signature is Valid."]
    if bad:
        return bad[0]
    if not coverage or coverage[-1] != "Total document signed":
        return "Not total document signed"
    return None
