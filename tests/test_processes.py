"""ordered_map: the one pool helper of the import's mapping and the analysis's de-duplication (issue 12)."""

from __future__ import annotations

import os

import pytest

from ecarts.processes import map_after, ordered_map


def _square_and_pid(x: int) -> tuple[int, int]:
    if x == 13:
        raise ValueError("treize")
    return x * x, os.getpid()


def test_results_come_back_in_input_order_from_worker_processes() -> None:
    out = list(ordered_map(_square_and_pid, (x for x in range(40) if x != 13), 2))
    assert [v for v, _ in out] == [x * x for x in range(40) if x != 13]
    assert os.getpid() not in {pid for _, pid in out}


def test_an_error_of_the_function_is_raised_to_the_caller() -> None:
    with pytest.raises(ValueError, match="treize"):
        list(ordered_map(_square_and_pid, range(30), 2))


def test_no_input_starts_no_process() -> None:
    assert list(ordered_map(_square_and_pid, [], 2)) == []


def test_map_after_keeps_the_first_units_here_and_the_rest_in_workers() -> None:
    chunks = [[k] * 3 for k in range(10)]  # 3 units each
    here = os.getpid()
    out = list(map_after(_first_and_pid, chunks, 2, serial=9, size=len))
    assert [v for v, _ in out] == list(range(10))
    assert [pid == here for _, pid in out] == [True] * 3 + [False] * 7  # 9 units done here, then the workers
    assert {pid for _, pid in map_after(_first_and_pid, chunks, 2, serial=100, size=len)} == {here}
    assert {pid for _, pid in map_after(_first_and_pid, chunks, 1, serial=0, size=len)} == {here}


def _first_and_pid(chunk: list[int]) -> tuple[int, int]:
    return chunk[0], os.getpid()
