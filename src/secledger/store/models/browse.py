"""Indexes the ledger browser reads in order (``services/browse/sql.py``): each sortable
column of the carriers has one ending in the carrier id, so that a page sorted by it is read
in index order instead of sorting the ledger; sorting by holder reads the people in name
order and each person's carriers (of the state the filter names) by
``ix_carriers_holder_state``."""

from __future__ import annotations

from sqlalchemy import Index

from secledger.store.models.people import Person
from secledger.store.models.registry import Carrier, Document

Index("ix_carriers_copy_no", Carrier.copy_no, Carrier.id)
Index("ix_carriers_type", Carrier.carrier_type, Carrier.id)
Index("ix_people_name", Person.name, Person.id)
#: 登记号, 文号 and units are written differently in each register: a register's documents
#: in the order of each are a range of these, not scattered through the whole ledger
Index("ix_documents_register_reg_no", Document.register, Document.reg_no, unique=True)
Index("ix_documents_register_doc_no", Document.register, Document.doc_no, Document.id)
Index("ix_documents_register_unit", Document.register, Document.unit, Document.id)
#: the holder sort reads each person's carriers (those of one state) in id order
Index("ix_carriers_holder_state", Carrier.holder_id, Carrier.state, Carrier.id)
#: a year or date range sorted by registration (newest) starts at the range's documents
Index("ix_documents_received", Document.received_at, Document.id)
#: a year is the documents numbered in it (``documents.year``, the year of the 登记号): the
#: documents of a year in the order of 标题, 文号, 单位 or 登记号 are a range of these
Index("ix_documents_year_title", Document.year, Document.title, Document.id)
Index("ix_documents_year_doc_no", Document.year, Document.doc_no, Document.id)
Index("ix_documents_year_unit", Document.year, Document.unit, Document.id)
Index("ix_documents_year_reg_no", Document.year, Document.reg_no, unique=True)
