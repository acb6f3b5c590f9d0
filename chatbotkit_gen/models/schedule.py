from enum import StrEnum


class Schedule(StrEnum):
    DAILY = "daily"
    HALFHOURLY = "halfhourly"
    HOURLY = "hourly"
    MONTHLY = "monthly"
    NEVER = "never"
    QUARTERHOURLY = "quarterhourly"
    TWICEDAILY = "twicedaily"
    TWICEMONTHLY = "twicemonthly"
    TWICEWEEKLY = "twiceweekly"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
