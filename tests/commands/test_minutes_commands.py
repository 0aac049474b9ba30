"""The minutes from the command line: identity, minutes --sign, verify, cosign, reopen, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    assert main(["--db", str(db_path), "demo"]) == 0
    return db_path


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text("a passphrase for tests\n", encoding="utf-8")
    return path


def test_sign_verify_sign_again_in_another_language_and_reopen(
        demo_db: Path, passphrase_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["identity", "--name", "Claire Martin", "--title", "Facilitatrice",
                 "--passphrase-file", str(passphrase_file)]) == 0
    out = tmp_path / "minutes.pdf"
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--out", str(out),
                 "--sign", "--passphrase-file", str(passphrase_file)]) == 0
    assert "the session is now locked" in capsys.readouterr().out
    assert main(["verify", str(out)]) == 0
    assert "Verdict: OK" in capsys.readouterr().out
    pem = next((tmp_path / "app-data").glob("*.pem"))
    assert main(["verify", str(out), "--trust", str(pem)]) == 0
    arabic = tmp_path / "minutes-ar.pdf"  # the same version, signed in the room's other language
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--out", str(arabic),
                 "--lang", "ar", "--sign", "--passphrase-file", str(passphrase_file)]) == 0
    assert "Minutes version 1" in capsys.readouterr().out
    assert main(["verify", str(arabic)]) == 0
    assert "Verdict: OK" in capsys.readouterr().out
    assert main(["reopen", "--db", str(demo_db), "--session", "1"]) == 0
    assert "version 2" in capsys.readouterr().out


def test_verify_fails_on_a_changed_file(demo_db: Path, passphrase_file: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", "a passphrase for tests")
    assert main(["identity", "--name", "Claire Martin"]) == 0
    out = tmp_path / "minutes.pdf"
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--out", str(out),
                 "--lang", "ar", "--sign"]) == 0
    out.write_bytes(out.read_bytes() + b"%% added\n")
    assert main(["verify", str(out)]) == 1
    assert "Verdict: FAILED" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 1


def test_cosign(demo_db: Path, passphrase_file: Path, tmp_path: Path,
                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["identity", "--name", "Claire Martin", "--passphrase-file",
                 str(passphrase_file)]) == 0
    elected = tmp_path / "elodie.p12"
    assert main(["identity", "--name", "Élodie Bernard", "--title", "Adjointe",
                 "--identity", str(elected), "--passphrase-file", str(passphrase_file)]) == 0
    signed, cosigned = tmp_path / "signed.pdf", tmp_path / "cosigned.pdf"
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--out", str(signed),
                 "--sign", "--passphrase-file", str(passphrase_file)]) == 0
    assert main(["cosign", str(signed), "--out", str(cosigned), "--identity", str(elected),
                 "--passphrase-file", str(passphrase_file)]) == 0
    assert main(["verify", str(cosigned)]) == 0
    text = capsys.readouterr().out
    assert "Signature 2" in text
    assert "Élodie Bernard" in text
    assert main(["verify", str(cosigned), "--expect-signatures", "2"]) == 0
    # The co-signature cut off: a sound file, but one signature short.
    single = tmp_path / "single.pdf"
    single.write_bytes(cosigned.read_bytes()[:signed.stat().st_size])
    capsys.readouterr()
    assert main(["verify", str(single), "--expect-signatures", "2"]) == 1
    assert "Fewer signatures than expected: 2 expected, 1 found." in capsys.readouterr().out
    # A change made after signing is named with its revision.
    from tests.minutes.attacks import edits

    changed = tmp_path / "changed.pdf"
    changed.write_bytes(edits.apply(cosigned.read_bytes(), edits.change_xmp))
    assert main(["verify", str(changed)]) == 1
    assert "Revision 4: the XMP metadata was changed." in capsys.readouterr().out


def test_errors_are_plain_and_non_zero(demo_db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.pdf"
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--out", str(out),
                 "--sign"]) == 1
    assert "passphrase is needed" in capsys.readouterr().err
    assert main(["minutes", "--db", str(demo_db), "--session", "99", "--out", str(out)]) == 1
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--check-privacy",
                 "--out", str(out)]) == 0


def test_export_writes_csv_and_json(demo_db: Path, tmp_path: Path) -> None:
    assert main(["export", "--db", str(demo_db), "--session", "1", "--out",
                 str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "votes.csv").exists()
    assert (tmp_path / "out" / "minutes.json").exists()


def test_verify_json(demo_db: Path, passphrase_file: Path, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["identity", "--name", "Claire Martin", "--passphrase-file",
                 str(passphrase_file)]) == 0
    assert main(["identity", "--show"]) == 0
    out = tmp_path / "minutes.pdf"
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--out", str(out),
                 "--sign", "--passphrase-file", str(passphrase_file)]) == 0
    capsys.readouterr()
    assert main(["verify", str(out), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["ok"] is True
    (signature,) = verdict["signatures"]
    assert signature["signer"] == "Claire Martin"
    assert signature["coverage"] == "entire_file"
    assert signature["trusted"] is None


def test_verify_checks_a_json_export_against_the_minutes(
        demo_db: Path, passphrase_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["identity", "--name", "Claire Martin", "--passphrase-file",
                 str(passphrase_file)]) == 0
    out = tmp_path / "minutes.pdf"
    assert main(["minutes", "--db", str(demo_db), "--session", "1", "--out", str(out),
                 "--sign", "--passphrase-file", str(passphrase_file)]) == 0
    assert main(["export", "--db", str(demo_db), "--session", "1", "--out",
                 str(tmp_path / "results"), "--json"]) == 0
    export = tmp_path / "results" / "minutes.json"
    # The session was locked by signing: the export holds exactly what the minutes print.
    assert main(["verify", str(out), "--content", str(export)]) == 0
    assert "the same as in the signed minutes" in capsys.readouterr().out
    data = json.loads(export.read_text(encoding="utf-8"))
    data["content"]["themes"][0]["notes"][0]["text"] = "Une autre idée"
    export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["verify", str(out), "--content", str(export)]) == 1
    assert "NOT the content of these minutes" in capsys.readouterr().err
