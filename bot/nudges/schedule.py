"""Weekly slots: a weekday and a local time in an IANA timezone, and when they next occur.

Everything stored is UTC; the next occurrence is recomputed from the local slot each time,
so a daylight-saving change moves the UTC time and never the local one. A local time that
doesn't exist (the spring-forward gap) happens at the same wall-clock distance after the
gap (02:30 becomes 03:30); a local time that happens twice (fall back) happens the first time.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

FIRST_NUDGE_AFTER = timedelta(days=1)  # a new user isn't nudged minutes after saying hello


class SlotProblem(StrEnum):
    """Why a day, time or timezone was refused; SlotError's fields carry the details."""

    BAD_DAY = "bad day"  # token: what the user wrote
    BAD_TIME = "bad time"  # token
    OFFSET_MINUTES = "offset minutes"  # token: the offset, e.g. "+5:30"
    UNKNOWN_ZONE = "unknown zone"  # token; suggestions: close zone names, best first
    NEED_DAY_AND_TIME = "need day and time"
    NOT_STARTED = "not started"  # no user row yet: nothing to set


@dataclass(eq=False)
class SlotError(ValueError):
    """The day, time or timezone can't be used (see SlotProblem); the views word it."""

    problem: SlotProblem
    token: str = ""
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    weekday: int  # 0 = Monday, as datetime.weekday()
    local_time: time
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def next_after(self, moment: datetime) -> datetime:
        """The first occurrence strictly after `moment`, in UTC."""
        zone = self.zone
        local = moment.astimezone(zone)
        day = local.date() + timedelta(days=(self.weekday - local.weekday()) % 7)
        for weeks in range(3):  # at most one step forward is ever needed; 3 is a safe bound
            candidate = self.at(day + timedelta(weeks=weeks))
            if candidate > moment:
                return candidate
        raise AssertionError("unreachable: a weekly slot recurs every week")

    def last_at_or_before(self, moment: datetime) -> datetime:
        """The latest occurrence not after `moment`, in UTC, counted on the local calendar
        (168 hours back in UTC is not a week back across a DST change)."""
        local = moment.astimezone(self.zone)
        day = local.date() - timedelta(days=(local.weekday() - self.weekday) % 7)
        for weeks in range(3):
            candidate = self.at(day - timedelta(weeks=weeks))
            if candidate <= moment:
                return candidate
        raise AssertionError("unreachable: a weekly slot recurs every week")

    def at(self, day: date) -> datetime:
        """This slot's time on a given local date, in UTC."""
        return datetime.combine(day, self.local_time, tzinfo=self.zone).astimezone(UTC)


def week_key(moment: datetime, timezone: str) -> str:
    """The ISO week of `moment` in the user's timezone, e.g. "2026-W10": the unit of
    "at most one nudge a week"."""
    year, week, _ = moment.astimezone(ZoneInfo(timezone)).isocalendar()
    return f"{year}-W{week:02d}"


def first_nudge(slot: Slot, joined: datetime) -> datetime:
    return slot.next_after(joined + FIRST_NUDGE_AFTER)


# ── parsing what users type ──────────────────────────────────────────────────


_TWO_LETTER_DAYS = {"mo", "tu", "we", "th", "fr", "sa", "su"}


def parse_day(text: str) -> int:
    word = text.strip().lower().rstrip(".")
    if word == "weds":
        return 2
    if len(word) >= 2:
        for number, day in enumerate(DAYS):
            if day.startswith(word) and (len(word) >= 3 or word in _TWO_LETTER_DAYS):
                return number
    raise SlotError(SlotProblem.BAD_DAY, token=text)


_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$"
)


def parse_time(text: str) -> time:
    word = text.strip().lower()
    if word == "noon":
        return time(12, 0)
    if word == "midnight":
        return time(0, 0)
    match = _TIME.match(word)
    if match:
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        ampm = (match["ampm"] or "").replace(".", "")
        if ampm and not 1 <= hour <= 12:
            match = None
        elif ampm:
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if match and 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
    raise SlotError(SlotProblem.BAD_TIME, token=text)


def _key(text: str) -> str:
    """Lower case, accents off ("São Paulo" is "sao paulo"), "_" and spaces folded."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_]+", " ", plain.strip().lower())


# Canonical zones only: the backward-compatible links (Brazil/East, US/Pacific…) would
# otherwise show up among suggestions.
_REGIONS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)

# What students type that isn't an IANA city: common abbreviations, countries with one
# zone, and big cities that aren't zone names. A small table, kept by hand on purpose.
ALIASES = {
    "ist": "Asia/Kolkata", "india": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "hyderabad": "Asia/Kolkata", "chennai": "Asia/Kolkata",
    "pune": "Asia/Kolkata", "china": "Asia/Shanghai", "beijing": "Asia/Shanghai",
    "cst china": "Asia/Shanghai", "shenzhen": "Asia/Shanghai", "japan": "Asia/Tokyo",
    "jst": "Asia/Tokyo", "korea": "Asia/Seoul", "kst": "Asia/Seoul", "vietnam": "Asia/Ho_Chi_Minh",
    "hanoi": "Asia/Bangkok", "pakistan": "Asia/Karachi", "lahore": "Asia/Karachi",
    "islamabad": "Asia/Karachi", "bangladesh": "Asia/Dhaka", "nepal": "Asia/Kathmandu",
    "israel": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "uae": "Asia/Dubai",
    "abu dhabi": "Asia/Dubai", "turkey": "Europe/Istanbul", "ankara": "Europe/Istanbul",
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "boston": "America/New_York", "washington": "America/New_York",
    "pittsburgh": "America/New_York", "atlanta": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "austin": "America/Chicago", "houston": "America/Chicago", "dallas": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles", "sf": "America/Los_Angeles",
    "bay area": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "silicon valley": "America/Los_Angeles", "san jose": "America/Los_Angeles",
    "bst": "Europe/London", "uk": "Europe/London", "england": "Europe/London",
    "cambridge": "Europe/London", "oxford": "Europe/London", "ireland": "Europe/Dublin",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "germany": "Europe/Berlin",
    "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "france": "Europe/Paris", "spain": "Europe/Madrid", "barcelona": "Europe/Madrid",
    "italy": "Europe/Rome", "milan": "Europe/Rome", "netherlands": "Europe/Amsterdam",
    "switzerland": "Europe/Zurich", "geneva": "Europe/Zurich", "poland": "Europe/Warsaw",
    "krakow": "Europe/Warsaw", "ukraine": "Europe/Kyiv", "kiev": "Europe/Kyiv",
    "russia": "Europe/Moscow", "msk": "Europe/Moscow", "eet": "Europe/Athens",
    "greece": "Europe/Athens", "egypt": "Africa/Cairo", "nigeria": "Africa/Lagos",
    "kenya": "Africa/Nairobi", "south africa": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg", "brazil": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo",
    "argentina": "America/Argentina/Buenos_Aires", "mexico": "America/Mexico_City",
    "canada": "America/Toronto", "montreal": "America/Toronto", "waterloo": "America/Toronto",
    "aest": "Australia/Sydney", "australia": "Australia/Sydney", "canberra": "Australia/Sydney",
    "new zealand": "Pacific/Auckland", "nz": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "singapore": "Asia/Singapore", "sgt": "Asia/Singapore", "indonesia": "Asia/Jakarta",
    "philippines": "Asia/Manila", "taiwan": "Asia/Taipei", "hong kong": "Asia/Hong_Kong",
    "hkt": "Asia/Hong_Kong",
}  # fmt: skip


@cache
def _zone_names() -> dict[str, str]:
    """Lookups by full IANA name and by city ("new york", "sao paulo"), case-insensitive."""
    names: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.split("/", 1)[0] not in _REGIONS:
            continue
        names[_key(zone)] = zone
        names.setdefault(_key(zone.rsplit("/", 1)[1]), zone)
    names.update({"utc": "UTC", "gmt": "UTC", "z": "UTC"})
    names.update(ALIASES)
    return names


def parse_timezone(text: str) -> str:
    """An IANA zone name, from an IANA name, a city or country in any case, or UTC±N."""
    key = _key(text)
    offset = re.fullmatch(r"(?:utc|gmt) ?([+-]) ?(\d{1,2})(?::?(00|30|45))?", key)
    if offset:
        hours, minutes = int(offset[2]), int(offset[3] or 0)
        if minutes:
            raise SlotError(SlotProblem.OFFSET_MINUTES, token=f"{offset[1]}{hours}:{minutes:02d}")
        if hours <= 14:
            # The Etc/GMT zones count the other way round: UTC+3 is Etc/GMT-3.
            return "UTC" if hours == 0 else f"Etc/GMT{'-' if offset[1] == '+' else '+'}{hours}"
    names = _zone_names()
    if key in names:
        return names[key]
    close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.75)
    suggestions = tuple(dict.fromkeys(names[c] for c in close))
    raise SlotError(SlotProblem.UNKNOWN_ZONE, token=text, suggestions=suggestions)
