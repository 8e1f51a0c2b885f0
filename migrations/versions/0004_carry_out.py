"""carry-outs (携带外出) with their people and carriers; couriers of hand deliveries

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
# the lead re-chains this when the parallel 0005/0006 branches are merged
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('carry_outs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reg_no', sa.String(length=32), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('destination', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('foreign_affairs', sa.Boolean(), nullable=False),
    sa.Column('abroad', sa.Boolean(), nullable=False),
    sa.Column('out_on', sa.Date(), nullable=False),
    sa.Column('back_on', sa.Date(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('requested_by_user_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('approval_id', sa.Integer(), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('issued_by_user_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['approval_id'], ['approvals.id'], ),
    sa.ForeignKeyConstraint(['holder_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['issued_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['requested_by_user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reg_no'),
    sa.UniqueConstraint('year', 'number', name='uq_carry_outs_number')
    )
    with op.batch_alter_table('carry_outs', schema=None) as batch_op:
        batch_op.create_index('ix_carry_outs_holder', ['holder_id', 'id'], unique=False)
        batch_op.create_index('ix_carry_outs_status', ['status', 'id'], unique=False)
    op.create_table('carry_out_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('carry_out_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['carry_out_id'], ['carry_outs.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('carry_out_people', schema=None) as batch_op:
        batch_op.create_index('ix_carry_out_people_record', ['carry_out_id', 'seq'], unique=False)
    op.create_table('carry_out_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('carry_out_id', sa.Integer(), nullable=False),
    sa.Column('carrier_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('received_by_user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['carrier_id'], ['carriers.id'], ),
    sa.ForeignKeyConstraint(['carry_out_id'], ['carry_outs.id'], ),
    sa.ForeignKeyConstraint(['received_by_user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('carry_out_items', schema=None) as batch_op:
        batch_op.create_index('ix_carry_out_items_carrier', ['carrier_id', 'id'], unique=False)
        batch_op.create_index('ix_carry_out_items_record', ['carry_out_id', 'seq'], unique=False)
    op.create_table('dispatch_couriers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dispatch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dispatch_id'], ['dispatches.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dispatch_couriers', schema=None) as batch_op:
        batch_op.create_index('ix_dispatch_couriers_dispatch', ['dispatch_id', 'seq'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dispatch_couriers', schema=None) as batch_op:
        batch_op.drop_index('ix_dispatch_couriers_dispatch')
    op.drop_table('dispatch_couriers')
    with op.batch_alter_table('carry_out_items', schema=None) as batch_op:
        batch_op.drop_index('ix_carry_out_items_record')
        batch_op.drop_index('ix_carry_out_items_carrier')
    op.drop_table('carry_out_items')
    with op.batch_alter_table('carry_out_people', schema=None) as batch_op:
        batch_op.drop_index('ix_carry_out_people_record')
    op.drop_table('carry_out_people')
    with op.batch_alter_table('carry_outs', schema=None) as batch_op:
        batch_op.drop_index('ix_carry_outs_status')
        batch_op.drop_index('ix_carry_outs_holder')
    op.drop_table('carry_outs')
