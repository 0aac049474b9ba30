"""`python -m app verify FILE.pdf [--trust CERT] [--expect-signatures N]`: is this the signed
minutes, unchanged?"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.core.errors import fill
from app.minutes.document import spaced_hex
from app.minutes.results import content_digest_of_export
from app.minutes.verification import (
    PROBLEMS,
    VALIDATION_INFO,
    Verdict,
    change_text,
    content_digest,
    load_certificates,
    verify_pdf,
)

NAME = "verify"
HELP = "check the signatures of minutes: signer, fingerprint, time, coverage; non-zero if not OK"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.pdf")
    parser.add_argument("--trust", action="append", default=[], metavar="CERT",
                        help="a trusted signer certificate (PEM or DER); may be repeated")
    parser.add_argument("--expect-signatures", type=int, default=0, metavar="N",
                        help="fail when the file holds fewer than N signatures (a removed "
                        "co-signature leaves a valid file with one signature fewer)")
    parser.add_argument("--json", action="store_true", help="print the verdict as JSON")
    parser.add_argument("--content", metavar="minutes.json",
                        help="also check that this JSON export is the content of the minutes")


def as_json(verdict: Verdict) -> str:
    return json.dumps({
        "ok": verdict.ok,
        "problems": list(verdict.problems),
        "expected_signatures": verdict.expected or None,
        "changes_after_signing": [{
            "revision": c.revision, "what": c.what, "page": c.page or None,
            "object": c.obj or None, "text": change_text(c),
        } for c in verdict.changes],
        "validation_information_added_in": list(verdict.validation_info),
        "signatures": [{
            "field": s.field, "signer": s.signer, "title": s.title,
            "certificate_sha256": s.fingerprint,
            "claimed_signing_time": s.signing_time.isoformat() if s.signing_time else None,
            "intact": s.intact, "valid": s.valid, "trusted": s.trusted,
            "whole_file": s.whole_file, "coverage": s.coverage,
            "after_signing": s.modification, "problems": list(s.problems),
        } for s in verdict.signatures],
    }, ensure_ascii=False, indent=2)


def report(verdict: Verdict, trusted_given: bool) -> list[str]:
    lines: list[str] = []
    for index, sig in enumerate(verdict.signatures, start=1):
        lines.append(f"Signature {index} ({sig.field})")
        lines.append(f"  Signer:          {sig.signer}" + (f", {sig.title}" if sig.title else ""))
        lines.append("  Fingerprint:     " + spaced_hex(sig.fingerprint).replace(
            "\n", "\n                   "))
        when = sig.signing_time.isoformat() if sig.signing_time else "not given"
        lines.append(f"  Claimed time:    {when} (the signer's clock; no time-stamp authority)")
        covered = {"entire_file": "the whole file",
                   "entire_revision": "its revision; later revisions hold: " + (
                       "further changes" if sig.modification == "changes" else
                       "only further signatures or validation information"),
                   "unclear": "unclear"}[sig.coverage]
        lines.append(f"  Covers:          {covered}")
        lines.append(f"  Intact / valid:  {'yes' if sig.intact else 'NO'} / "
                     f"{'yes' if sig.valid else 'NO'}")
        if sig.trusted is None:
            lines.append("  Identity:        not confirmed — compare the fingerprint with the "
                         "one the organisers gave you, or pass --trust CERT")
        else:
            lines.append(f"  Identity:        {'trusted' if sig.trusted else 'NOT TRUSTED'}")
        for problem in sig.problems:
            lines.append(f"  Problem:         {PROBLEMS[problem]}")
    for change in verdict.changes:
        lines.append(f"Changed after signing: {change_text(change)}")
    for revision in verdict.validation_info:
        lines.append(fill(VALIDATION_INFO, {"revision": revision}))
    for problem in verdict.problems:
        lines.append(f"Problem: {fill(PROBLEMS[problem], verdict.problem_params())}")
    if verdict.ok:
        covered = ("nothing but validation information added after signing"
                   if verdict.validation_info else
                   "the whole file is covered, no change after signing")
        lines.append(f"Verdict: OK — intact, valid, {covered}"
                     + ("; signer(s) trusted." if trusted_given else "."))
    else:
        lines.append("Verdict: FAILED — do not rely on this file.")
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).expanduser().read_bytes()
    except OSError as exc:
        print(f"roundtable: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 1
    trust = []
    for cert in args.trust:
        try:
            trust += load_certificates(Path(cert).expanduser().read_bytes())
        except (OSError, ValueError) as exc:
            print(f"roundtable: cannot read the certificate {cert}: {exc}", file=sys.stderr)
            return 1
    if args.expect_signatures < 0:
        print("roundtable: --expect-signatures takes a number of signatures, 0 or more",
              file=sys.stderr)
        return 1
    verdict = verify_pdf(data, trust, args.expect_signatures)
    print(as_json(verdict) if args.json else "\n".join(report(verdict, bool(trust))))
    if args.content and not _content_matches(data, Path(args.content).expanduser()):
        return 1
    return 0 if verdict.ok else 1


def _content_matches(pdf: bytes, export: Path) -> bool:
    """Is ``export`` (a minutes.json) the very content these minutes print?"""
    try:
        exported = content_digest_of_export(json.loads(export.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        print(f"roundtable: cannot read {export}: {exc}", file=sys.stderr)
        return False
    printed = content_digest(pdf)
    same = exported is not None and exported == printed
    print(f"Content of {export.name}: " + ("the same as in the signed minutes." if same else
          "NOT the content of these minutes."), file=sys.stderr if not same else sys.stdout)
    return same
