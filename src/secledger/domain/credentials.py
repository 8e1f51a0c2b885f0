"""Password and user-name rules, checked wherever an account is created, recovered or
changed (the first-run wizard, the people pane, the command line and the services alike)."""

from __future__ import annotations

import re
import unicodedata

from secledger.domain.errors import ValidationError

MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,32}$")


def check_password_rules(password: str, confirm: str | None = None) -> None:
    if confirm is not None and password != confirm:
        raise ValidationError("auth.password_mismatch", field="confirm")
    has_letter = any(unicodedata.category(c).startswith("L") for c in password)
    has_digit = any(c.isdigit() for c in password)
    if len(password) < MIN_PASSWORD or not (has_letter and has_digit):
        raise ValidationError("auth.weak_password", field="password", min_length=MIN_PASSWORD)


def validate_username(username: str) -> None:
    if not _USERNAME.match(username):
        raise ValidationError(
            "validation", field="username",
            detail="用户名为2至32位字母、数字、汉字或 _ . -",
        )
