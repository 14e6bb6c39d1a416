"""ordered_map: the one pool helper of the import's mapping and the analysis's de-duplication (issue 12)."""

from __future__ import annotations

import os

import pytest

from ecarts.processes import ordered_map


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
