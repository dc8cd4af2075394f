"""Four-digit clock times with a time zone are not years ("at 7pm (1600 GMT)")."""

from __future__ import annotations

import pytest

from reliability.features.temporal import extract_temporal


@pytest.mark.parametrize("text, clock", [
    ("The explosion struck at around 715 pm (1615 GMT) when traffic was heavy.", "1615"),
    ("The council will hold an emergency meeting at 1900 GMT to discuss the attack.", "1900"),
    ("Al-Tuman was levelled in the 1100 pm (2000 GMT) strike.", "2000"),
    ("August 22 2013 1849 UTC+3 A total of 1500 people were evacuated.", "1849"),
    ("Flights resume at 0600 hrs on Monday.", "0600"),
])
def test_a_clock_time_in_a_time_zone_is_not_a_year(text: str, clock: str) -> None:
    found = [expression.text for expression in extract_temporal(text)]
    assert not any(clock in expression for expression in found), found


def test_years_beside_the_clock_times_are_still_read() -> None:
    text = "August 22 2013 1849 UTC+3 A total of 1500 people were evacuated after the 1998 floods."
    found = [expression.text for expression in extract_temporal(text)]
    assert "August 22 2013" in found and "1998" in found, found
