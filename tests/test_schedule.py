"""Weekly slots and when they occur: daylight saving both ways, every weekday, UTC−11 to
UTC+14, midnight and week boundaries. Pure functions with explicit instants: no sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nudges.schedule import (
    FIRST_NUDGE_AFTER,
    Slot,
    SlotError,
    SlotProblem,
    first_nudge,
    parse_day,
    parse_time,
    parse_timezone,
    week_key,
)

ZONES = [
    "Pacific/Pago_Pago",  # UTC−11
    "Pacific/Honolulu",  # UTC−10
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Kolkata",  # +05:30
    "Asia/Kathmandu",  # +05:45
    "Asia/Tokyo",
    "Australia/Lord_Howe",  # +10:30, with a half-hour DST shift
    "Pacific/Chatham",  # +12:45 / +13:45
    "Pacific/Auckland",
    "Pacific/Kiritimati",  # UTC+14
]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# ── daylight saving ──────────────────────────────────────────────────────────


def test_same_local_time_across_spring_forward_in_berlin():
    slot = Slot(0, time(18, 0), "Europe/Berlin")  # Mondays 18:00
    before = slot.next_after(utc(2026, 3, 22, 12))  # Mon 23 Mar, still CET (UTC+1)
    after = slot.next_after(before)  # Mon 30 Mar, CEST (UTC+2) since Sun 29 Mar
    assert before == utc(2026, 3, 23, 17)
    assert after == utc(2026, 3, 30, 16)


def test_same_local_time_across_fall_back_in_berlin():
    slot = Slot(0, time(18, 0), "Europe/Berlin")
    before = slot.next_after(utc(2026, 10, 19, 0))
    after = slot.next_after(before)
    assert before == utc(2026, 10, 19, 16)  # CEST
    assert after == utc(2026, 10, 26, 17)  # CET again since Sun 25 Oct


def test_a_slot_in_the_spring_forward_gap_happens_just_after_it():
    slot = Slot(6, time(2, 30), "Europe/Berlin")  # Sundays 02:30, which 29 Mar 2026 skips
    moment = slot.next_after(utc(2026, 3, 28, 12))
    assert moment == utc(2026, 3, 29, 1, 30)  # 03:30 CEST, an hour later on the wall clock
    assert moment.astimezone(ZoneInfo("Europe/Berlin")).hour == 3
    assert slot.next_after(moment) == utc(2026, 4, 5, 0, 30)  # back to 02:30 CEST


def test_a_slot_in_the_repeated_fall_back_hour_happens_once():
    slot = Slot(6, time(2, 30), "Europe/Berlin")  # 25 Oct 2026 has 02:30 twice
    first = slot.next_after(utc(2026, 10, 24, 12))
    assert first == utc(2026, 10, 25, 0, 30)  # the first 02:30, CEST
    # Right after it, the second 02:30 (01:30 UTC) must not count as another occurrence.
    assert slot.next_after(first) == utc(2026, 11, 1, 1, 30)


def test_new_york_both_transitions():
    slot = Slot(4, time(9, 0), "America/New_York")  # Fridays 09:00
    assert slot.next_after(utc(2026, 3, 2)) == utc(2026, 3, 6, 14)  # EST
    assert slot.next_after(utc(2026, 3, 9)) == utc(2026, 3, 13, 13)  # EDT from 8 Mar
    assert slot.next_after(utc(2026, 10, 26)) == utc(2026, 10, 30, 13)  # EDT
    assert slot.next_after(utc(2026, 11, 2)) == utc(2026, 11, 6, 14)  # EST from 1 Nov


def test_southern_hemisphere_dst_runs_the_other_way():
    slot = Slot(2, time(20, 0), "Pacific/Auckland")  # Wednesdays 20:00
    assert slot.next_after(utc(2026, 3, 30)) == utc(2026, 4, 1, 7)  # NZDT (+13)
    assert slot.next_after(utc(2026, 4, 6)) == utc(2026, 4, 8, 8)  # NZST (+12) from 5 Apr


# ── every weekday, every offset ──────────────────────────────────────────────


@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("zone", ZONES)
def test_every_weekday_in_every_zone(weekday, zone):
    slot = Slot(weekday, time(18, 0), zone)
    start = utc(2026, 6, 10, 5, 17)
    moment = slot.next_after(start)
    local = moment.astimezone(ZoneInfo(zone))
    assert local.weekday() == weekday and local.time() == time(18, 0)
    assert start < moment <= start + timedelta(days=7)


@settings(max_examples=400, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    weekday=st.integers(0, 6),
    at=st.times(),
    moment=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)),
)
def test_next_after_is_the_first_matching_local_moment(zone, weekday, at, moment):
    moment = moment.replace(tzinfo=UTC)
    slot = Slot(weekday, at.replace(microsecond=0), zone)
    result = slot.next_after(moment)
    assert result > moment
    assert result - moment <= timedelta(days=7, hours=1)
    local = result.astimezone(ZoneInfo(zone))
    # On the slot's weekday, at the slot's time, except when that time fell into a DST gap.
    wall = datetime.combine(local.date(), slot.local_time, tzinfo=ZoneInfo(zone))
    if wall.astimezone(UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None) == wall.replace(
        tzinfo=None
    ):
        assert local.weekday() == weekday and local.time() == slot.local_time
    # Nothing matching lies in between: asking just before the result gives the result.
    assert slot.next_after(result - timedelta(seconds=1)) == result
    # And the next one is about a week later.
    assert (
        timedelta(days=6, hours=22)
        <= slot.next_after(result) - result
        <= timedelta(days=7, hours=2)
    )


# ── midnight and week boundaries ─────────────────────────────────────────────


def test_midnight_on_monday_is_one_second_after_sunday_2359():
    slot = Slot(0, time(0, 0), "Pacific/Kiritimati")
    sunday_night = datetime(2026, 6, 14, 23, 59, 59, tzinfo=ZoneInfo("Pacific/Kiritimati"))
    assert slot.next_after(sunday_night) - sunday_night == timedelta(seconds=1)


def test_the_exact_moment_is_not_after_itself():
    slot = Slot(0, time(0, 0), "UTC")
    monday = utc(2026, 6, 15)
    assert slot.next_after(monday) == utc(2026, 6, 22)


def test_the_local_week_decides_not_the_utc_one():
    # Monday 00:30 in Kiritimati is still Sunday in UTC: it belongs to the new local week.
    monday_local = datetime(2026, 6, 15, 0, 30, tzinfo=ZoneInfo("Pacific/Kiritimati"))
    assert week_key(monday_local, "Pacific/Kiritimati") == "2026-W25"
    assert week_key(monday_local, "UTC") == "2026-W24"
    # Sunday 23:30 in Pago Pago is already Monday in UTC.
    sunday_local = datetime(2026, 6, 14, 23, 30, tzinfo=ZoneInfo("Pacific/Pago_Pago"))
    assert week_key(sunday_local, "Pacific/Pago_Pago") == "2026-W24"
    assert week_key(sunday_local, "UTC") == "2026-W25"


def test_year_end_weeks_follow_iso():
    assert week_key(utc(2026, 12, 31, 12), "UTC") == "2026-W53"
    assert week_key(utc(2027, 1, 3, 12), "UTC") == "2026-W53"
    assert week_key(utc(2027, 1, 4, 12), "UTC") == "2027-W01"


def test_a_new_user_waits_at_least_a_day():
    slot = Slot(0, time(18, 0), "UTC")
    joined = utc(2026, 6, 15, 17, 55)  # five minutes before their slot
    assert first_nudge(slot, joined) == utc(2026, 6, 22, 18)
    assert first_nudge(slot, joined) - joined >= FIRST_NUDGE_AFTER


# ── parsing ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("mon", 0),
        ("Monday", 0),
        ("MO", 0),
        ("tue", 1),
        ("weds", 2),
        ("thurs", 3),
        ("fri", 4),
        ("sat.", 5),
        ("sunday", 6),
    ],
)
def test_days(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize("text", ["", "m", "t", "moonday", "tomorrow", "7"])
def test_unknown_days(text):
    with pytest.raises(SlotError) as refused:
        parse_day(text)
    assert (refused.value.problem, refused.value.token) == (SlotProblem.BAD_DAY, text)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("18:00", time(18)), ("6pm", time(18)), ("6 pm", time(18)), ("6:30pm", time(18, 30)),
        ("7.15am", time(7, 15)), ("12am", time(0)), ("12pm", time(12)), ("noon", time(12)),
        ("midnight", time(0)), ("0:00", time(0)), ("23:59", time(23, 59)), ("9", time(9)),
        ("18h30", time(18, 30)), ("6 p.m.", time(18)),
    ],
)  # fmt: skip
def test_times(text, at):
    assert parse_time(text) == at


@pytest.mark.parametrize("text", ["25:00", "13pm", "0am", "18:60", "six", "", "18:5", "-1"])
def test_bad_times(text):
    with pytest.raises(SlotError) as refused:
        parse_time(text)
    assert (refused.value.problem, refused.value.token) == (SlotProblem.BAD_TIME, text)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("berlin", "Europe/Berlin"), ("BERLIN", "Europe/Berlin"),
        ("Europe/Berlin", "Europe/Berlin"), ("europe/berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"), ("sao paulo", "America/Sao_Paulo"),
        ("kolkata", "Asia/Kolkata"), ("utc", "UTC"), ("UTC+3", "Etc/GMT-3"),
        ("gmt-11", "Etc/GMT+11"), ("utc+14", "Etc/GMT-14"), ("utc+0", "UTC"),
    ],
)  # fmt: skip
def test_timezones(text, zone):
    assert parse_timezone(text) == zone
    ZoneInfo(zone)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Beijing", "Asia/Shanghai"), ("IST", "Asia/Kolkata"), ("india", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"), ("EST", "America/New_York"), ("pst", "America/Los_Angeles"),
        ("San Francisco", "America/Los_Angeles"), ("São Paulo", "America/Sao_Paulo"),
        ("CET", "Europe/Berlin"),
    ],
)  # fmt: skip
def test_abbreviations_countries_cities_and_accents(text, zone):
    assert parse_timezone(text) == zone


def test_every_alias_is_a_real_zone():
    from bot.nudges.schedule import ALIASES

    for zone in set(ALIASES.values()):
        ZoneInfo(zone)


def test_half_hour_offsets_ask_for_a_city():
    with pytest.raises(SlotError) as refused:
        parse_timezone("UTC+5:30")
    assert (refused.value.problem, refused.value.token) == (SlotProblem.OFFSET_MINUTES, "+5:30")


def test_suggestions_are_canonical_zones():
    with pytest.raises(SlotError) as refused:
        parse_timezone("sao paolo")
    assert refused.value.problem is SlotProblem.UNKNOWN_ZONE
    assert "America/Sao_Paulo" in refused.value.suggestions
    assert not any(zone.startswith("Brazil/") for zone in refused.value.suggestions)


def test_an_unknown_timezone_gets_close_matches():
    with pytest.raises(SlotError) as refused:
        parse_timezone("berln")
    assert refused.value.suggestions[0] == "Europe/Berlin"


def test_a_far_off_timezone_gets_no_suggestion():
    with pytest.raises(SlotError) as refused:
        parse_timezone("Mars/Olympus_Mons")
    assert refused.value.problem is SlotProblem.UNKNOWN_ZONE
    assert (refused.value.token, refused.value.suggestions) == ("Mars/Olympus_Mons", ())


def test_an_impossible_offset_is_refused():
    with pytest.raises(SlotError) as refused:
        parse_timezone("utc+15")
    assert refused.value.problem is SlotProblem.UNKNOWN_ZONE


def test_last_occurrence_counts_weeks_on_the_local_calendar():
    slot = Slot(0, time(18, 0), "Europe/Berlin")
    # 18:30 CEST on the first Monday of summer time: 168 hours earlier is 17:30 CET last
    # Monday, so a UTC "minus seven days" would wrongly find last week's slot.
    assert slot.last_at_or_before(utc(2026, 3, 30, 16, 30)) == utc(2026, 3, 30, 16)
    assert slot.last_at_or_before(utc(2026, 3, 30, 15, 59)) == utc(2026, 3, 23, 17)
    assert slot.last_at_or_before(utc(2026, 3, 30, 16)) == utc(2026, 3, 30, 16)
