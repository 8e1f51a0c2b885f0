"""import records (导入记录) and the source rows each import left out

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-30 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
# the lead re-chains this to 0002 (classification) when both branches are merged
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('register', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('sheet', sa.String(length=100), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('header_row', sa.Integer(), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('carriers', sa.Integer(), nullable=False),
    sa.Column('excluded', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Text(), nullable=False),
    sa.Column('first_reg_no', sa.String(length=32), nullable=False),
    sa.Column('last_reg_no', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('import_excluded_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('source_row', sa.Integer(), nullable=False),
    sa.Column('reason_code', sa.String(length=48), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('cells', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['import_records.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('import_excluded_rows', schema=None) as batch_op:
        batch_op.create_index('ix_import_excluded_rows_import', ['import_id', 'source_row'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_excluded_rows', schema=None) as batch_op:
        batch_op.drop_index('ix_import_excluded_rows_import')
    op.drop_table('import_excluded_rows')
    op.drop_table('import_records')
