"""三员分立: which roles one person may hold together (DESIGN.md §1).

The security officer (保密员) runs the system and never records ledger facts (clerk,
archivist, approver) nor audits his own administration (auditor). Everything else may be
combined (a small office's clerk is often archivist and auditor too).
"""

from __future__ import annotations

from collections.abc import Iterable

from secledger.domain.enums import Role

#: roles that record or approve ledger facts
LEDGER_FACT_ROLES = frozenset({Role.CLERK, Role.ARCHIVIST, Role.APPROVER})
#: roles a security officer never holds together with his own
NOT_WITH_OFFICER = LEDGER_FACT_ROLES | {Role.AUDITOR}


def conflicts(roles: Iterable[Role]) -> frozenset[Role]:
    """The roles of *roles* that may not be held together with the security officer's."""
    held = frozenset(roles)
    return held & NOT_WITH_OFFICER if Role.SECURITY_OFFICER in held else frozenset()


def session_roles(roles: Iterable[Role]) -> frozenset[Role]:
    """The roles a login may use. An account made before the rule that holds the security
    officer's role with a conflicting one acts as security officer only (so he can fix it);
    every ledger-fact and audit action is then refused by the role check."""
    held = frozenset(roles)
    return held - conflicts(held)


def role_labels(roles: Iterable[Role]) -> str:
    """``机要员、审批人`` in the order of ``Role``."""
    held = set(roles)
    return "、".join(r.label for r in Role if r in held)
