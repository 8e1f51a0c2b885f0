"""摘录/汇编 as kinds of the copy request (kind, the 派生 document, its sources); classified
meetings with their attendees, documents and the copies issued at them

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
# the lead re-chains this after 0004 when the branches are merged
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: rebuilding copy_requests (batch mode) would drop a table
    # that copy_items references, which SQLite refuses on a ledger with copy requests
    op.add_column('copy_requests', sa.Column('kind', sa.String(length=16),
                                             server_default='copy', nullable=False))
    # (Alembic adds no constraint with ADD COLUMN on SQLite; the inline REFERENCES is plain
    # SQL that SQLite and PostgreSQL both accept)
    op.execute('ALTER TABLE copy_requests ADD COLUMN derived_document_id INTEGER '
               'REFERENCES documents (id)')
    op.add_column('copy_requests', sa.Column('derived_note', sa.Text(), server_default='',
                                             nullable=False))
    op.create_index('ix_copy_requests_derived', 'copy_requests', ['derived_document_id'],
                    unique=False)

    op.create_table('copy_sources',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('carrier_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['carrier_id'], ['carriers.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ),
    sa.ForeignKeyConstraint(['request_id'], ['copy_requests.id'], ),
    sa.PrimaryKeyConstraint('request_id', 'position')
    )
    with op.batch_alter_table('copy_sources', schema=None) as batch_op:
        batch_op.create_index('ix_copy_sources_document', ['document_id', 'request_id'],
                              unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_no', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('host_department_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by_user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by_user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['created_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['host_department_id'], ['departments.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_no'),
    sa.UniqueConstraint('year', 'number', name='uq_meetings_number')
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index('ix_meetings_status', ['status', 'id'], unique=False)

    op.create_table('meeting_attendees',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('meeting_id', 'person_id')
    )
    op.create_table('meeting_documents',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('unified_no', sa.String(length=48), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ),
    sa.PrimaryKeyConstraint('document_id'),
    sa.UniqueConstraint('meeting_id', 'seq', name='uq_meeting_documents_seq')
    )
    op.create_table('meeting_issues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('carrier_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by_user_id', sa.Integer(), nullable=True),
    sa.Column('collected_at', sa.DateTime(), nullable=True),
    sa.Column('collected_by_user_id', sa.Integer(), nullable=True),
    sa.Column('retention_id', sa.Integer(), nullable=True),
    sa.Column('kept_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['carrier_id'], ['carriers.id'], ),
    sa.ForeignKeyConstraint(['collected_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['issued_by_user_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['retention_id'], ['retentions.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting_issues', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_issues_carrier', ['carrier_id', 'collected_at'],
                              unique=False)
        batch_op.create_index('ix_meeting_issues_meeting', ['meeting_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('meeting_issues', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_issues_meeting')
        batch_op.drop_index('ix_meeting_issues_carrier')
    op.drop_table('meeting_issues')
    op.drop_table('meeting_documents')
    op.drop_table('meeting_attendees')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_meetings_status')
    op.drop_table('meetings')
    with op.batch_alter_table('copy_sources', schema=None) as batch_op:
        batch_op.drop_index('ix_copy_sources_document')
    op.drop_table('copy_sources')
    op.drop_index('ix_copy_requests_derived', table_name='copy_requests')
    op.drop_column('copy_requests', 'derived_note')
    op.drop_column('copy_requests', 'derived_document_id')
    op.drop_column('copy_requests', 'kind')
