"""Tampered copies of signed minutes, built by tests/minutes/attacks: `verify` refuses every
one, accepts the untouched and rightly co-signed files, and agrees with poppler's pdfsig
wherever pdfsig can tell."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.document import SignerCard, build_pdf
from app.minutes.identity import create_identity
from app.minutes.verification import load_certificates, verify_pdf
from tests.minutes.attacks import Attack, build
from tests.minutes.attacks.pdfsig import pdfsig_objection, pdfsig_text

PASSPHRASE = "a long enough passphrase"


def _signer(folder: Path, file: str, name: str, title: str) -> build.Signer:
    return build.Signer(create_identity(folder / file, name, title, PASSPHRASE), PASSPHRASE)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Attack]]:
    folder = tmp_path_factory.mktemp("attacks")
    workshop = Workshop.open(folder / "roundtable.sqlite")
    try:
        from app.demo import create_demo

        create_demo(workshop)
        content = gather(workshop, 1)
    finally:
        workshop.close()
    facilitator = _signer(folder, "claire.p12", "Claire Martin", "Facilitatrice")
    look_alike = _signer(folder, "fake-claire.p12", "Claire Martin", "Facilitatrice")

    def laid_out(signer: build.Signer, language: str = "fr") -> bytes:
        i = signer.identity
        return build_pdf(content, language, SignerCard(i.name, i.title, i.fingerprint))

    cast = build.Cast(
        unsigned=laid_out(facilitator), facilitator=facilitator,
        elected=_signer(folder, "elodie.p12", "Élodie Bernard", "Adjointe au maire"),
        second_elected=_signer(folder, "samir.p12", "Samir Haddad", "Conseiller municipal"),
        look_alike=look_alike,
        elected_look_alike=_signer(folder, "fake-elodie.p12", "Élodie Bernard",
                                   "Adjointe au maire"),
        look_alike_minutes=laid_out(look_alike))
    signed = facilitator.sign(cast.unsigned)
    cosigned = cast.elected.sign(signed)
    others = {language: facilitator.sign(laid_out(facilitator, language))
              for language in ("en", "ar")}
    attacks = [
        *build.byte_flips("signed", signed), *build.byte_flips("co-signed", cosigned),
        *build.updates(cast, signed, cosigned), *build.shadows(cast),
        *build.wrappings(signed, cosigned), *build.truncations(signed, cosigned),
        *build.swaps(cast, signed, cosigned),
    ]
    return {"attacks": attacks, "legitimate": build.legitimate(cast, signed, cosigned, others)}


def _verdict(attack: Attack):
    trust = [c for pem in attack.trust for c in load_certificates(pem)]
    return verify_pdf(attack.pdf, trust, attack.expected)


def test_every_attack_is_refused(corpus: dict[str, list[Attack]]) -> None:
    accepted = []
    reasons: dict[str, Counter[str]] = {}
    for attack in corpus["attacks"]:
        verdict = _verdict(attack)
        if verdict.ok:
            accepted.append(f"{attack.kind}: {attack.name}")
        why = sorted({*verdict.all_problems(), *(c.what for c in verdict.changes)})
        reasons.setdefault(attack.kind, Counter())[" + ".join(why)] += 1
    counts = Counter(a.kind for a in corpus["attacks"])
    print("\nattack classes:", dict(counts), "total", sum(counts.values()))
    for kind, why in reasons.items():
        print(f"  {kind}: {dict(why)}")
    assert not accepted, accepted
    assert len(counts) >= 9
    assert sum(counts.values()) >= 140


def test_untouched_and_co_signed_files_pass(corpus: dict[str, list[Attack]]) -> None:
    for good in corpus["legitimate"]:
        verdict = _verdict(good)
        assert verdict.ok, (good.name, verdict.all_problems(), verdict.changes)
        if "DSS" in good.name:
            assert verdict.validation_info, good.name


def test_pdfsig_agrees_where_it_can_tell(corpus: dict[str, list[Attack]], pdfsig: str,
                                         tmp_path: Path) -> None:
    told: Counter[str] = Counter()
    blind: list[str] = []
    for index, attack in enumerate(corpus["attacks"]):
        path = tmp_path / f"{index}.pdf"
        path.write_bytes(attack.pdf)
        objection = pdfsig_objection(pdfsig_text(pdfsig, path))
        if objection is None:
            blind.append(f"{attack.kind}: {attack.name}")
        else:
            told[objection] += 1
    print("\npdfsig objected:", dict(told), "\npdfsig saw nothing wrong in", len(blind),
          "\n  " + "\n  ".join(blind))
    # pdfsig reads each signature on its own: an update followed by a co-signature looks
    # fine to it, and so do a look-alike signer and a removed co-signature.
    assert all(b.startswith(("update inside a co-signature", "update before a co-signature",
                             "certificate swap", "truncation: co-signature removed"))
               for b in blind), blind
    assert len(blind) < len(corpus["attacks"]) / 3
    for good in corpus["legitimate"]:
        path = tmp_path / "good.pdf"
        path.write_bytes(good.pdf)
        objection = pdfsig_objection(pdfsig_text(pdfsig, path))
        assert objection is None or "DSS" in good.name, (good.name, objection)
