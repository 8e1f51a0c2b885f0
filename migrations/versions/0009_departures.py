"""departures (离岗、离职、调动) with their 脱密期; a carried-out carrier reported lost

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
# the lead re-chains this after 0008 when the branches are merged
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('departures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reg_no', sa.String(length=32), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('departs_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('destination', sa.String(length=200), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('post', sa.String(length=100), nullable=False),
    sa.Column('clearance', sa.String(length=16), nullable=False),
    sa.Column('receiver_id', sa.Integer(), nullable=False),
    sa.Column('witness_id', sa.Integer(), nullable=False),
    sa.Column('cooling_months', sa.Integer(), nullable=False),
    sa.Column('cooling_from', sa.Date(), nullable=True),
    sa.Column('cooling_until', sa.Date(), nullable=True),
    sa.Column('accounts', sa.Text(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('opened_by_user_id', sa.Integer(), nullable=True),
    sa.Column('opened_event_id', sa.Integer(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('completed_by_user_id', sa.Integer(), nullable=True),
    sa.Column('completed_event_id', sa.Integer(), nullable=True),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['completed_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['opened_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['receiver_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['witness_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reg_no'),
    sa.UniqueConstraint('year', 'number', name='uq_departures_number')
    )
    op.create_index('ix_departures_person', 'departures', ['person_id', 'status'], unique=False)
    op.create_index('ix_departures_status', 'departures', ['status', 'cooling_until'],
                    unique=False)
    # plain ALTER TABLE ADD (carry_out_items is referenced by nothing, but never rebuild)
    op.add_column('carry_out_items', sa.Column('lost_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('carry_out_items') as batch_op:
        batch_op.drop_column('lost_at')
    op.drop_index('ix_departures_status', table_name='departures')
    op.drop_index('ix_departures_person', table_name='departures')
    op.drop_table('departures')
