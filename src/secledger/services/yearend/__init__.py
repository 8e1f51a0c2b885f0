"""年度统计与保密自查自评: the year's carrier statistics, the self-inspection checklist with
the ledger's proposals and their evidence, 整改 items, and the two printed forms.

Modules (import them, not this package):

``statistics``
    ``compute(led, period, *, progress=None) -> YearStats``: set-based SQL over indexes
    (``ix_events_kind_ts``, ``ix_carriers_registered_stats``), a full year of a 1M-carrier
    ledger in well under 3 s; each table a ``StatTable`` (rows in Chinese and English).
    ``statistics_custody`` adds circulation, loans, retention, stocktakes, losses,
    departments and units. Read by the security officer, the auditor and the clerk.
``evidence``
    The registry of evidence providers: one function per checklist item the ledger can
    judge, ``@provider("copy")`` …; ``gather(led, period, *, progress=None)`` runs them all
    and returns an ``Evidence`` per item (counts, exceptions, proposed result). Providers
    live in ``evidence_*.py`` beside it and are found by name.
``selfinspection``
    ``start`` a version of a year, ``assess`` an item (accept the proposal, or another result
    with a reason), ``write_summary``, ``finalise`` (an event; the content frozen with its
    digest; an earlier final version of the year superseded), ``versions``, ``get``. Writes:
    the security officer only.
``rectification``
    整改 items: ``open_item`` (problem, measure, owner, due date), ``close_item``,
    ``list_items``. Security officer only.
``printing``
    保密自查自评报告 and 年度涉密载体管理情况统计表 (PDF with charts, XLSX with one sheet per
    table), each with the chain digest and its output event.
"""
