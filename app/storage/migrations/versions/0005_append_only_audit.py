"""append-only audit log: ids never reused, UPDATE and DELETE refused, a database id

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 05:40:00

* SQLite: the audit table is rebuilt with AUTOINCREMENT (batch mode copies every row with its
  id), so an id is never handed out twice, even after the newest entries were deleted.
  PostgreSQL's serial sequence already never goes back.
* Triggers refuse UPDATE and DELETE of audit entries (SQLite ``RAISE(ABORT, …)``, a PostgreSQL
  trigger function raising SQLSTATE DRB01, TRUNCATE too), and of the ``audit.*`` settings.
* ``audit.database_id`` (a random id) names this database for the anchor kept outside it
  (app/services/audit_anchor.py). Existing chains keep verifying: nothing in them changes.
"""

import uuid

import sqlalchemy as sa
from alembic import context, op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

MESSAGE = "the audit log is append-only"

_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER setting_audit_no_update BEFORE UPDATE ON setting
    WHEN OLD.key LIKE 'audit.%' BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER setting_audit_no_delete BEFORE DELETE ON setting
    WHEN OLD.key LIKE 'audit.%' BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
)
_SQLITE_NAMES = (
    "audit_entry_no_update",
    "audit_entry_no_delete",
    "setting_audit_no_update",
    "setting_audit_no_delete",
)

_PG_UP = (
    f"""CREATE OR REPLACE FUNCTION derbes_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'setting' THEN
            IF OLD.key NOT LIKE 'audit.%' THEN
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END IF;
        END IF;
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'DRB01';
    END $$""",
    """CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION derbes_audit_append_only()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION derbes_audit_append_only()""",
    """CREATE TRIGGER setting_audit_fixed BEFORE UPDATE OR DELETE ON setting
    FOR EACH ROW EXECUTE FUNCTION derbes_audit_append_only()""",
)
_PG_DOWN = (
    "DROP TRIGGER IF EXISTS setting_audit_fixed ON setting",
    "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry",
    "DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry",
    "DROP FUNCTION IF EXISTS derbes_audit_append_only()",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        with op.batch_alter_table(
            'audit_entry', recreate='always', table_kwargs={'sqlite_autoincrement': True}
        ):
            pass
    setting = sa.table('setting', sa.column('key', sa.String), sa.column('value', sa.JSON))
    # A database restored from a backup gets the backup's own id with its rows (a restore
    # builds the schema with ``restoring`` set and then loads them).
    if not context.config.attributes.get('restoring'):
        op.bulk_insert(setting, [{'key': 'audit.database_id', 'value': uuid.uuid4().hex}])
    for statement in _SQLITE_TRIGGERS if sqlite else _PG_UP:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for name in _SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for statement in _PG_DOWN:
            op.execute(statement)
    op.execute("DELETE FROM setting WHERE key = 'audit.database_id'")
    if sqlite:
        with op.batch_alter_table('audit_entry', recreate='always'):
            pass
