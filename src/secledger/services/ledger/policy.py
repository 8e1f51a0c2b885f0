"""Policy settings kept inside the encrypted ledger (DESIGN.md §4 security model).

Only the security officer changes policy; every change is an event. Reading needs no role:
the desktop shell reads the idle auto-lock time for whoever is logged in.
"""

from __future__ import annotations

from secledger.domain.enums import Role
from secledger.domain.errors import ValidationError
from secledger.services.ledger.session import Ledger
from secledger.store.models.ledger import Setting

AUTO_LOCK_KEY = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 60


def auto_lock_minutes(led: Ledger) -> int:
    """Idle minutes before the app locks itself (default 5)."""
    raw = led.setting(AUTO_LOCK_KEY, str(DEFAULT_AUTO_LOCK_MINUTES))
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_AUTO_LOCK_MINUTES
    return min(MAX_AUTO_LOCK_MINUTES, max(MIN_AUTO_LOCK_MINUTES, value))


def set_auto_lock_minutes(led: Ledger, minutes: int) -> int:
    """Set the idle auto-lock time (security officer only); returns the stored value."""
    led.require(Role.SECURITY_OFFICER, "修改自动锁定时间")
    if not MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES:
        raise ValidationError(
            "policy.auto_lock_range", field="minutes", minutes=minutes,
            low=MIN_AUTO_LOCK_MINUTES, high=MAX_AUTO_LOCK_MINUTES,
        )
    before = auto_lock_minutes(led)
    with led.db.write() as s:
        row = s.get(Setting, AUTO_LOCK_KEY)
        if row is None:
            s.add(Setting(key=AUTO_LOCK_KEY, value=str(minutes)))
        else:
            row.value = str(minutes)
        led.event(s, "policy.changed", {"key": AUTO_LOCK_KEY, "before": before, "after": minutes})
    return minutes
