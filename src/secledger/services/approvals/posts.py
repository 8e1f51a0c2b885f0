"""Which posts may approve copying and destruction (policy settings).

DESIGN.md §3: copying of 机密/秘密 and destruction are approved by the unit's responsible
leader (分管领导); 绝密 copying also by the unit's leader. Which posts count as such is the
unit's policy, kept in the encrypted ledger. An empty setting accepts any approver.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from secledger.domain.enums import Role
from secledger.domain.errors import RuleViolation, ValidationError
from secledger.services.ledger.session import Ledger
from secledger.store.models.ledger import Setting
from secledger.store.models.people import Person

#: key -> what the approval is for (Chinese, used in messages and rule texts)
POLICY: dict[str, str] = {
    "copy_approver_posts": "机密、秘密级载体复制",
    "copy_top_approver_posts": "绝密级载体复制",
    "destruction_approver_posts": "涉密载体销毁",
    "carry_out_top_approver_posts": "绝密级载体携带外出",
}
_SEPARATORS = "，,、;；\n"


def split_posts(text: str) -> tuple[str, ...]:
    for ch in _SEPARATORS:
        text = text.replace(ch, ",")
    return tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))


def posts(s: Session, key: str) -> tuple[str, ...]:
    """The posts configured for *key* (empty: any approver)."""
    if key not in POLICY:
        raise KeyError(key)
    row = s.get(Setting, key)
    return split_posts(row.value) if row is not None else ()


def posts_text(s: Session, key: str) -> str:
    p = posts(s, key)
    return "、".join(p) if p else "单位分管领导"


def set_posts(led: Ledger, key: str, text: str) -> tuple[str, ...]:
    """Set the posts that may approve (security officer only); an event records it."""
    led.require(Role.SECURITY_OFFICER, "修改审批制度设置")
    if key not in POLICY:
        raise ValidationError("validation", field=key, detail=f"未知设置“{key}”")
    value = ",".join(split_posts(text))
    with led.db.write() as s:
        row = s.get(Setting, key)
        before = row.value if row is not None else ""
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        led.event(s, "policy.changed", {"key": key, "before": before, "after": value})
    return split_posts(value)


def check_approver_post(s: Session, key: str, person_id: int | None) -> None:
    """Refuse an approval given by someone whose post the policy does not name."""
    allowed = posts(s, key)
    if not allowed or person_id is None:
        return
    p = s.get(Person, person_id)
    post = p.post.strip() if p is not None else ""
    if post not in allowed:
        raise RuleViolation("approval.post", what=POLICY[key], posts="、".join(allowed),
                            person=p.name if p else str(person_id), post=post or "未填写")
