"""devices and storage media in handovers and stocktakes: the media on a handover's list,
a stocktake's expected media, and the medium a scan names

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
# the lead re-chains this after the other branches of 0007 when they are merged
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('handover_media_items',
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], ),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], ),
    sa.PrimaryKeyConstraint('handover_id', 'media_id')
    )
    with op.batch_alter_table('handover_media_items', schema=None) as batch_op:
        batch_op.create_index('ix_handover_media_items_media', ['media_id'], unique=False)

    op.create_table('stocktake_media_expected',
    sa.Column('stocktake_id', sa.Integer(), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], ),
    sa.ForeignKeyConstraint(['stocktake_id'], ['stocktakes.id'], ),
    sa.PrimaryKeyConstraint('stocktake_id', 'media_id')
    )
    with op.batch_alter_table('stocktake_scans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('media_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_stocktake_scans_media_id', 'media_items', ['media_id'],
                                    ['id'])


def downgrade() -> None:
    with op.batch_alter_table('stocktake_scans', schema=None) as batch_op:
        batch_op.drop_constraint('fk_stocktake_scans_media_id', type_='foreignkey')
        batch_op.drop_column('media_id')
    op.drop_table('stocktake_media_expected')
    with op.batch_alter_table('handover_media_items', schema=None) as batch_op:
        batch_op.drop_index('ix_handover_media_items_media')
    op.drop_table('handover_media_items')
