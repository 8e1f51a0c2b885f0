"""devices and storage media on loss reports: a loss item is a document carrier or a
classified device/storage medium (exactly one)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 10:00:00

``loss_items`` had the primary key (report_id, carrier_id); a medium's item has no carrier,
so the table is rebuilt with its own ``id``, a nullable ``carrier_id``, a ``media_id`` and
the CHECK that exactly one of them is set (as 0010 did for ``destruction_items``). No table
references it. The new table is made beside the old one, filled, the old one dropped and the
new one renamed; on PostgreSQL its key and sequence get the names a fresh table has.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
# the lead re-chains this after the other branches' revisions when they are merged
down_revision = '0011'
branch_labels = None
depends_on = None

_KEEP = ("report_id, carrier_id, state_before, holder_before, location_before, found_at,"
         " found_note")


def upgrade() -> None:
    op.create_table('loss_items_new',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('carrier_id', sa.Integer(), nullable=True),
    sa.Column('media_id', sa.Integer(), nullable=True),
    sa.Column('state_before', sa.String(length=24), nullable=False),
    sa.Column('holder_before', sa.Integer(), nullable=True),
    sa.Column('location_before', sa.String(length=200), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=True),
    sa.Column('found_note', sa.Text(), nullable=False),
    sa.CheckConstraint('(carrier_id IS NULL) <> (media_id IS NULL)',
                       name='ck_loss_items_one_subject'),
    sa.ForeignKeyConstraint(['carrier_id'], ['carriers.id'], ),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], ),
    sa.ForeignKeyConstraint(['report_id'], ['loss_reports.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('report_id', 'carrier_id', name='uq_loss_items_carrier'),
    sa.UniqueConstraint('report_id', 'media_id', name='uq_loss_items_media')
    )
    op.execute(f"INSERT INTO loss_items_new ({_KEEP}) SELECT {_KEEP} FROM loss_items"
               " ORDER BY report_id, carrier_id")
    with op.batch_alter_table('loss_items', schema=None) as batch_op:
        batch_op.drop_index('ix_loss_items_carrier')
    op.drop_table('loss_items')
    op.rename_table('loss_items_new', 'loss_items')
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("ALTER INDEX loss_items_new_pkey RENAME TO loss_items_pkey")
        op.execute("ALTER SEQUENCE loss_items_new_id_seq RENAME TO loss_items_id_seq")
    with op.batch_alter_table('loss_items', schema=None) as batch_op:
        batch_op.create_index('ix_loss_items_carrier', ['carrier_id'], unique=False)
        batch_op.create_index('ix_loss_items_media', ['media_id'], unique=False)


def downgrade() -> None:
    op.create_table('loss_items_old',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('carrier_id', sa.Integer(), nullable=False),
    sa.Column('state_before', sa.String(length=24), nullable=False),
    sa.Column('holder_before', sa.Integer(), nullable=True),
    sa.Column('location_before', sa.String(length=200), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=True),
    sa.Column('found_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['carrier_id'], ['carriers.id'], ),
    sa.ForeignKeyConstraint(['report_id'], ['loss_reports.id'], ),
    sa.PrimaryKeyConstraint('report_id', 'carrier_id')
    )
    op.execute(f"INSERT INTO loss_items_old ({_KEEP}) SELECT {_KEEP} FROM loss_items"
               " WHERE carrier_id IS NOT NULL")
    with op.batch_alter_table('loss_items', schema=None) as batch_op:
        batch_op.drop_index('ix_loss_items_media')
        batch_op.drop_index('ix_loss_items_carrier')
    op.drop_table('loss_items')
    op.rename_table('loss_items_old', 'loss_items')
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("ALTER INDEX loss_items_old_pkey RENAME TO loss_items_pkey")
    with op.batch_alter_table('loss_items', schema=None) as batch_op:
        batch_op.create_index('ix_loss_items_carrier', ['carrier_id'], unique=False)
