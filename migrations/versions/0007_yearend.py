"""year-end: self-inspection reports and their items, rectifications (整改), and the
indexes the yearly statistics read through

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
# the lead re-chains this after 0004–0006 when the branches are merged
down_revision = '0006'
branch_labels = None
depends_on = None

#: what went out in a period, by the time it went out
_OUT_TIMES = (
    ('circulations', 'ix_circulations_sent', 'sent_at'),
    ('loan_items', 'ix_loan_items_issued', 'issued_at'),
    ('retentions', 'ix_retentions_issued', 'issued_at'),
    ('distributions', 'ix_distributions_issued', 'issued_at'),
)


def upgrade() -> None:
    op.create_table('self_inspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('evidence_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_user_id', sa.Integer(), nullable=True),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('finalised_by_user_id', sa.Integer(), nullable=True),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('superseded_by_id', sa.Integer(), nullable=True),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('final_event_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['finalised_by_user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year', 'version', name='uq_self_inspections_version')
    )
    with op.batch_alter_table('self_inspections', schema=None) as batch_op:
        batch_op.create_index('ix_self_inspections_status', ['status', 'year'], unique=False)
    op.create_table('self_inspection_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('item_code', sa.String(length=8), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('proposed', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('assessed_at', sa.DateTime(), nullable=False),
    sa.Column('assessed_by_user_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessed_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['inspection_id'], ['self_inspections.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('inspection_id', 'item_code', name='uq_self_inspection_items_item')
    )
    op.create_table('rectifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reg_no', sa.String(length=32), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('item_code', sa.String(length=8), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('measure', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('opened_by_user_id', sa.Integer(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_note', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['self_inspections.id'], ),
    sa.ForeignKeyConstraint(['opened_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reg_no'),
    sa.UniqueConstraint('year', 'number', name='uq_rectifications_number')
    )
    with op.batch_alter_table('rectifications', schema=None) as batch_op:
        batch_op.create_index('ix_rectifications_status', ['status', 'due_on', 'id'],
                              unique=False)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_kind_ts', ['kind', 'ts', 'carrier_id'], unique=False)
    with op.batch_alter_table('carriers', schema=None) as batch_op:
        batch_op.create_index('ix_carriers_registered_stats',
                              ['registered_at', 'state', 'level_rank', 'carrier_type', 'is_copy'],
                              unique=False)
        batch_op.create_index('ix_carriers_state_stats', ['state', 'level_rank', 'carrier_type'],
                              unique=False)
    for table, index, column in _OUT_TIMES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(index, [column], unique=False)


def downgrade() -> None:
    for table, index, _column in _OUT_TIMES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
    with op.batch_alter_table('carriers', schema=None) as batch_op:
        batch_op.drop_index('ix_carriers_state_stats')
        batch_op.drop_index('ix_carriers_registered_stats')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_kind_ts')
    with op.batch_alter_table('rectifications', schema=None) as batch_op:
        batch_op.drop_index('ix_rectifications_status')
    op.drop_table('rectifications')
    op.drop_table('self_inspection_items')
    with op.batch_alter_table('self_inspections', schema=None) as batch_op:
        batch_op.drop_index('ix_self_inspections_status')
    op.drop_table('self_inspections')
