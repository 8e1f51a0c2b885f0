"""Indexes the ledger browser reads in order (``services/browse/sql.py``): each sortable
column of the carriers has one ending in the carrier id, so that a page sorted by it is read
in index order instead of sorting the ledger; sorting by holder reads the people in name
order and each person's carriers by ``ix_carriers_holder_id``."""

from __future__ import annotations

from sqlalchemy import Index

from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier

Index("ix_carriers_copy_no", Carrier.copy_no, Carrier.id)
Index("ix_carriers_type", Carrier.carrier_type, Carrier.id)
Index("ix_people_name", Person.name, Person.id)
