"""the documents of a year in the order of each document column the browser sorts by

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 13:00:00
"""
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

#: (name, columns, unique): 登记号 is unique, so each (year, 登记号) is one document and
#: its copies follow in 份号 order without a sort
_INDEXES = (
    ('ix_documents_year_title', ['year', 'title', 'id'], False),
    ('ix_documents_year_doc_no', ['year', 'doc_no', 'id'], False),
    ('ix_documents_year_unit', ['year', 'unit', 'id'], False),
    ('ix_documents_year_reg_no', ['year', 'reg_no'], True),
)


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        for name, columns, unique in _INDEXES:
            batch_op.create_index(name, columns, unique=unique)
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite' and bind.exec_driver_sql(
            'SELECT 1 FROM documents LIMIT 1').first() is not None:
        bind.exec_driver_sql('ANALYZE documents')  # the planner weighs the new indexes


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        for name, _columns, _unique in reversed(_INDEXES):
            batch_op.drop_index(name)
