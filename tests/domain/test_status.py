from __future__ import annotations

from datetime import date

import pytest

from bot.domain.models import Status
from bot.domain.status import derive_status, is_rise

D1, D2, D3 = date(2023, 9, 27), date(2023, 9, 28), date(2023, 10, 4)


@pytest.mark.parametrize(
    ("sources", "retracted", "expected"),
    [
        ([], False, Status.RUMOUR),
        ([(Status.RUMOUR, D1)], False, Status.RUMOUR),
        ([(Status.REPORTED, D1), (Status.RUMOUR, D2)], False, Status.REPORTED),
        (
            [(Status.REPORTED, D1), (Status.CONFIRMED, D2), (Status.OFFICIAL, D3)],
            False,
            Status.OFFICIAL,
        ),
        ([(Status.OFFICIAL, D1), (Status.REPORTED, D3)], False, Status.OFFICIAL),
        ([(Status.REPORTED, D1), (Status.DENIED, D2)], False, Status.DENIED),
        ([(Status.DENIED, D1), (Status.OFFICIAL, D3)], False, Status.OFFICIAL),
        ([(Status.DENIED, D2), (Status.REPORTED, D2)], False, Status.REPORTED),
        ([(Status.DENIED, D1)], False, Status.DENIED),
        ([(Status.OFFICIAL, D1)], True, Status.RETRACTED),
    ],
)
def test_status_is_the_strongest_source_or_a_newer_denial(sources, retracted, expected) -> None:  # type: ignore[no-untyped-def]
    assert derive_status(sources, retracted=retracted) is expected


def test_only_stronger_positive_statuses_count_as_a_rise() -> None:
    assert is_rise(None, Status.RUMOUR)
    assert is_rise(Status.REPORTED, Status.OFFICIAL)
    assert not is_rise(Status.OFFICIAL, Status.CONFIRMED)
    assert not is_rise(Status.REPORTED, Status.DENIED)
