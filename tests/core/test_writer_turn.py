"""The writer's turn: one writer at a time, first come first served, handed over whole."""

from __future__ import annotations

import threading

import pytest

from app.core.writer_turn import WriterTurn


def wait_until_waiting(turn: WriterTurn, count: int) -> None:
    done = threading.Event()
    while turn.waiting < count:
        done.wait(0.001)


def test_the_same_thread_may_take_its_turn_again() -> None:
    turn = WriterTurn()
    with turn, turn:
        assert turn.waiting == 0
    with turn:  # fully given back
        pass


def test_whoever_asked_first_writes_first() -> None:
    """The holder asking again after others joined the queue goes behind them."""
    turn = WriterTurn()
    order: list[str] = []
    turn.acquire()

    def desk(name: str) -> None:
        with turn:
            order.append(name)

    first = threading.Thread(target=desk, args=("desk",))
    first.start()
    wait_until_waiting(turn, 1)
    turn.release()
    turn.acquire()  # the portal's next group: after the desk that was already waiting
    order.append("portal")
    turn.release()
    first.join(5)
    assert order == ["desk", "portal"]


def test_a_turn_is_handed_to_another_thread_whole() -> None:
    turn = WriterTurn()
    turn.acquire()

    def disk() -> None:  # as the portal's disk thread after COMMIT
        turn.take_over()
        turn.release()

    got = threading.Event()

    def desk() -> None:
        with turn:
            got.set()

    for job in (disk, desk):
        thread = threading.Thread(target=job)
        thread.start()
        thread.join(5)
    assert got.is_set()


def test_only_the_holder_gives_the_turn_back() -> None:
    turn = WriterTurn()
    turn.acquire()
    errors: list[BaseException] = []

    def intruder() -> None:
        try:
            turn.release()
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=intruder)
    thread.start()
    thread.join(5)
    assert len(errors) == 1
    turn.release()


def test_a_turn_taken_twice_cannot_be_handed_over() -> None:
    turn = WriterTurn()
    with turn, turn, pytest.raises(RuntimeError):
        turn.take_over()


def test_a_patient_writer_goes_before_the_next_ticket_and_pauses_meanwhile() -> None:
    """The window waits patiently (keeping itself drawn) and goes before a queued group."""
    turn = WriterTurn()
    order: list[str] = []
    pauses: list[int] = []
    turn.acquire()  # a group being written

    def portal() -> None:
        with turn:
            order.append("portal")

    def desk() -> None:
        turn.acquire(pause=lambda: pauses.append(1))
        order.append("desk")
        turn.release()

    queued = threading.Thread(target=portal)
    queued.start()
    wait_until_waiting(turn, 1)
    patient = threading.Thread(target=desk)
    patient.start()
    wait_until_waiting(turn, 2)
    while not pauses:  # the patient writer is pausing, not sleeping inside the lock
        threading.Event().wait(0.001)
    turn.release()
    patient.join(5)
    queued.join(5)
    assert order == ["desk", "portal"]
    assert turn.waiting == 0
