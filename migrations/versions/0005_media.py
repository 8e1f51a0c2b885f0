"""classified computers, devices and storage media (涉密计算机和存储介质), their lending
(借用) and repairs (维修)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
# the lead re-chains this when the branches of 0004 and 0005 are merged
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('media_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label_id', sa.String(length=16), nullable=False),
    sa.Column('device_no', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=24), nullable=False),
    sa.Column('serial_no', sa.String(length=100), nullable=False),
    sa.Column('brand_model', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('source_item_id', sa.Integer(), nullable=True),
    sa.Column('source_repair_id', sa.Integer(), nullable=True),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['holder_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['source_item_id'], ['media_items.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('device_no'),
    sa.UniqueConstraint('label_id')
    )
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.create_index('ix_media_items_holder', ['holder_id', 'id'], unique=False)
        batch_op.create_index('ix_media_items_state', ['state', 'id'], unique=False)
        batch_op.create_index('ix_media_items_type', ['media_type', 'id'], unique=False)

    op.create_table('media_loans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reg_no', sa.String(length=32), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('borrower_id', sa.Integer(), nullable=False),
    sa.Column('keeper_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('approval_id', sa.Integer(), nullable=True),
    sa.Column('requested_by_user_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('lent_at', sa.DateTime(), nullable=True),
    sa.Column('lent_by_user_id', sa.Integer(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('received_by_user_id', sa.Integer(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['approval_id'], ['approvals.id'], ),
    sa.ForeignKeyConstraint(['borrower_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['keeper_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['lent_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], ),
    sa.ForeignKeyConstraint(['received_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['requested_by_user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reg_no'),
    sa.UniqueConstraint('year', 'number', name='uq_media_loans_number')
    )
    with op.batch_alter_table('media_loans', schema=None) as batch_op:
        batch_op.create_index('ix_media_loans_media', ['media_id', 'id'], unique=False)
        batch_op.create_index('ix_media_loans_status', ['status', 'id'], unique=False)

    op.create_table('media_repairs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reg_no', sa.String(length=32), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('requester_id', sa.Integer(), nullable=False),
    sa.Column('fault', sa.Text(), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('repairer_unit', sa.String(length=200), nullable=False),
    sa.Column('repairer_qualification', sa.String(length=200), nullable=False),
    sa.Column('agreement', sa.Boolean(), nullable=False),
    sa.Column('agreement_ref', sa.String(length=100), nullable=False),
    sa.Column('storage_removed', sa.Boolean(), nullable=False),
    sa.Column('storage_note', sa.String(length=200), nullable=False),
    sa.Column('escort_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('approval_id', sa.Integer(), nullable=True),
    sa.Column('requested_by_user_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('repairer_name', sa.String(length=100), nullable=False),
    sa.Column('work_done', sa.Text(), nullable=False),
    sa.Column('parts_replaced', sa.Text(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['approval_id'], ['approvals.id'], ),
    sa.ForeignKeyConstraint(['escort_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], ),
    sa.ForeignKeyConstraint(['requested_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['requester_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reg_no'),
    sa.UniqueConstraint('year', 'number', name='uq_media_repairs_number')
    )
    with op.batch_alter_table('media_repairs', schema=None) as batch_op:
        batch_op.create_index('ix_media_repairs_media', ['media_id', 'id'], unique=False)
        batch_op.create_index('ix_media_repairs_status', ['status', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('media_repairs', schema=None) as batch_op:
        batch_op.drop_index('ix_media_repairs_status')
        batch_op.drop_index('ix_media_repairs_media')
    op.drop_table('media_repairs')
    with op.batch_alter_table('media_loans', schema=None) as batch_op:
        batch_op.drop_index('ix_media_loans_status')
        batch_op.drop_index('ix_media_loans_media')
    op.drop_table('media_loans')
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.drop_index('ix_media_items_type')
        batch_op.drop_index('ix_media_items_state')
        batch_op.drop_index('ix_media_items_holder')
    op.drop_table('media_items')
