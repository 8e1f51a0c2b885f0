"""The refusal of a destruction method that does not fit the medium (``METHOD_FIT`` in
``domain.destruction``), naming the rule: formatting or erasing is never a destruction."""

from __future__ import annotations

from secledger.domain.destruction import (
    METHOD_FIT,
    METHOD_RULE,
    DestructionMethod,
    Medium,
    fitting_methods,
)
from secledger.domain.errors import RuleViolation


def check_method(method: DestructionMethod, medium: Medium, *, item: str) -> None:
    """Refuse, naming the rule, a method that does not fit *medium* (*item* names the
    item in the refusal: 登记号 and 份号, or 设备编号)."""
    if method in METHOD_FIT[medium]:
        return
    if method is DestructionMethod.FORMAT:
        raise RuleViolation("destruction.method_erase", item=item, medium=medium.label,
                            rule=METHOD_RULE)
    raise RuleViolation("destruction.method_media", method=method.label, item=item,
                        ctype=medium.label, fits="、".join(m.label for m in fitting_methods(medium)),
                        rule=METHOD_RULE)
