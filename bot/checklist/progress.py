"""How far a student is through their checklist, in the buckets the reports show."""

from __future__ import annotations

PROGRESS_BUCKETS = ("no checklist", "0%", "1-25%", "26-50%", "51-75%", "76-99%", "100%")


def progress_bucket(done: int, total: int) -> str:
    if total == 0:
        return "no checklist"
    share = 100 * done / total
    if share == 0:
        return "0%"
    if share == 100:
        return "100%"
    for limit, name in ((25, "1-25%"), (50, "26-50%"), (75, "51-75%")):
        if share <= limit:
            return name
    return "76-99%"
