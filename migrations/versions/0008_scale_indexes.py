"""indexes for every sort of the ledger browser, and planner statistics

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:00:00
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('carriers', schema=None) as batch_op:
        batch_op.create_index('ix_carriers_copy_no', ['copy_no', 'id'], unique=False)
        batch_op.create_index('ix_carriers_type', ['carrier_type', 'id'], unique=False)
        batch_op.create_index('ix_carriers_holder_state', ['holder_id', 'state', 'id'],
                              unique=False)
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_name', ['name', 'id'], unique=False)
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_register_reg_no', ['register', 'reg_no'],
                              unique=True)
        batch_op.create_index('ix_documents_register_doc_no', ['register', 'doc_no', 'id'],
                              unique=False)
        batch_op.create_index('ix_documents_register_unit', ['register', 'unit', 'id'],
                              unique=False)
        batch_op.create_index('ix_documents_received', ['received_at', 'id'], unique=False)
    # planner statistics (sqlite_stat1/4), so that SQLite picks the selective index of two
    # filters: every table sampled, then the browser's tables in full (a sample of an index
    # with four distinct levels misreads it; see store/statistics.py, which keeps them
    # current). An empty new ledger gets them once it has rows.
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':  # PostgreSQL's autovacuum keeps its own statistics
        return
    if bind.exec_driver_sql('SELECT 1 FROM carriers LIMIT 1').first() is not None:
        bind.exec_driver_sql('PRAGMA analysis_limit = 1000')
        bind.exec_driver_sql('ANALYZE')
        bind.exec_driver_sql('PRAGMA analysis_limit = 0')
        for table in ('carriers', 'documents', 'people'):
            bind.exec_driver_sql(f'ANALYZE {table}')


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_received')
        batch_op.drop_index('ix_documents_register_unit')
        batch_op.drop_index('ix_documents_register_doc_no')
        batch_op.drop_index('ix_documents_register_reg_no')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('ix_people_name')
    with op.batch_alter_table('carriers', schema=None) as batch_op:
        batch_op.drop_index('ix_carriers_holder_state')
        batch_op.drop_index('ix_carriers_type')
        batch_op.drop_index('ix_carriers_copy_no')
