"""Random flipped bytes in a database file's pages: opening, the board, minutes, export and the
audit check either work (text read defensively) or refuse with a StoreError that names the
damage; no other exception ever comes out, and the damaged file is never written."""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from app.core.errors import RuleError
from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.results import write_results
from app.storage import StoreError
from tests.storage.faulty_files import PAGE, flip, sample

FLIPS = 100
SEED = 15


def use_everything(path: Path, out: Path) -> str:
    """What a facilitator does with a file: open it, look at each session's board, make its
    minutes and exports, check its audit log. Returns how it ended."""
    try:
        workshop = Workshop.open(path)
    except StoreError as exc:
        return f"refused: {exc.code}"
    try:
        for session in workshop.sessions.all(include_archived=True):
            workshop.board.notes(session.id)
            write_results(gather(workshop, session.id), out)
            workshop.sessions.verify_audit(session.id)
    except (StoreError, RuleError) as exc:  # named, in the user's language, by the caller
        return f"refused later: {exc}"
    finally:
        workshop.close()
    return "opened"


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("flips") / "lab.sqlite"
    sample(path, notes=120)
    return path


def test_random_page_flips_never_raise_anything_unexpected(original: Path,
                                                             tmp_path: Path) -> None:
    rng = random.Random(SEED)
    size = original.stat().st_size
    endings: dict[str, int] = {}
    for n in range(FLIPS):
        path = tmp_path / f"flip-{n}.sqlite"
        shutil.copyfile(original, path)
        offset = rng.randrange(PAGE // 2, size)  # past the file header: a page's own bytes
        data = path.read_bytes()
        flip(path, offset, data[offset] ^ rng.randrange(1, 256))
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        ending = use_everything(path, tmp_path / "out")
        endings[ending.split(":")[0]] = endings.get(ending.split(":")[0], 0) + 1
        if ending.startswith("refused: "):
            assert hashlib.sha256(path.read_bytes()).hexdigest() == before, ending
    assert sum(endings.values()) == FLIPS
    assert endings.get("refused", 0) > 0, endings
