"""media on destruction manifests: a destruction item is a document carrier or a classified
device/storage medium (exactly one), and a manifest records the method used per medium

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 10:00:00

``destruction_manifests`` is referenced by nothing but its items, yet it only gains a column:
a plain ALTER TABLE ADD. ``destruction_items`` is referenced by no table; its ``carrier_id``
must become nullable (SQLite cannot relax NOT NULL by ALTER), so that one table is rebuilt,
with the CHECK that exactly one of ``carrier_id`` and ``media_id`` is set.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
# the lead re-chains this after the other branches' revisions when they are merged
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('destruction_manifests', sa.Column('methods', sa.Text(), server_default='{}',
                                                     nullable=False))
    with op.batch_alter_table('destruction_items', schema=None, recreate='always') as batch_op:
        batch_op.add_column(sa.Column('media_id', sa.Integer(), nullable=True))
        batch_op.alter_column('carrier_id', existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key('fk_destruction_items_media_id_media_items', 'media_items',
                                    ['media_id'], ['id'])
        batch_op.create_unique_constraint('uq_destruction_items_media', ['manifest_id', 'media_id'])
        batch_op.create_index('ix_destruction_items_media', ['media_id', 'removed_at'],
                              unique=False)
        batch_op.create_check_constraint('ck_destruction_items_one_subject',
                                         '(carrier_id IS NULL) <> (media_id IS NULL)')


def downgrade() -> None:
    with op.batch_alter_table('destruction_items', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint('ck_destruction_items_one_subject', type_='check')
        batch_op.drop_index('ix_destruction_items_media')
        batch_op.drop_constraint('uq_destruction_items_media', type_='unique')
        batch_op.drop_constraint('fk_destruction_items_media_id_media_items', type_='foreignkey')
        batch_op.alter_column('carrier_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('media_id')
    op.drop_column('destruction_manifests', 'methods')
