"""The database schema as versioned migrations (``sqlite_utils.Migrations``).

Every migration ever shipped stays here, in order, forever; a database at any earlier version is
brought forward by applying the ones it lacks. ``SCHEMA_VERSION`` is the number of migrations;
``meta.schema_version`` records what a database has. A database that records a newer version, or
that has migrations applied that this app does not know, was written by a newer lbp-desktop and is
refused untouched (see ``Store.open``).

- v1 ``0001_base``: the domain-model tables, foreign keys, the append-only audit trail and the
  immutability of approved letters (triggers).
- v2 ``0002_worklist``: denormalised worklist columns on ``episode`` (patient name/CPR, STarT risk,
  red-flag level, questionnaire state) kept up to date by the store on every write, their indices
  (a 100,000-episode worklist pages on an index), the ``alert`` table and ``device`` (tablet
  pairing).
- ``0003_paper_entry``: a response's ``source`` (patient or paper), who typed a paper form, the
  double-entry state, and ``paper_check`` holding a blind second entry.
- ``0004_acute_handling``: ``acute_handling`` — who handled an acute red flag, when, and what
  was found and done (permanent: triggers refuse update and delete); ``episode.acute_handled_at``
  for the worklist; episodes whose newest red-flag answers leave an acute question unanswered
  get the worklist level ``unanswered`` (an unanswered question is never a clean screen).
- v5 ``0005_compact_answers``: answers and scores at a fifth of their size (``storage.compact``).
  Responses gain an integer key ``n`` (their UUID stays: responses travel between devices);
  ``item`` interns each (form, item) pair once; ``answer`` becomes a ``WITHOUT ROWID`` table keyed
  ``(response_n, seq)`` — ``seq`` is the tap order within the response, and that one key serves
  reading a response, the history, the next ``seq``, the idempotency check and the resume
  position — with one timestamp (``at``), the value as an int or text, and a 64-bit digest of the
  idempotency key. A tap writes only its answer row: the position is the last answer's item
  unless the kiosk set one after it (``response.position_seq``). ``score`` is keyed
  ``(response_n, form_id)``. No separate indices, no per-row UUIDs; every earlier answer and its
  history are copied in tap order.
- v6 ``0006_medcom``: MedCom addressing and message state — the referring GP clinic's SOR id and
  EAN location number per episode (``gp_address``), the clinic's outbox/inbox folders for its VANS
  client, and every CareCommunication written for a letter (``medcom_message``) with its
  Acknowledgement state; one live (not failed) message per letter at most.
- ``0007_cpr_ascii``: a patient's CPR number can only be stored in its one canonical form,
  ``DDMMYY-SSSS`` with ASCII digits (letters for eCPR), so the unique index on it cannot be
  side-stepped with look-alike digits.
- ``0008_acute_pinned``: an index for the worklist's pinned, unhandled acute episodes.
- ``0009_response_display``: the patient's text size and contrast kept with the response.
- v10 ``0010_compact_alerts``: each alert text stored once (``storage.alerts``). ``alert_text``
  interns (item, level, Danish, English) and is permanent (triggers), so an alert reads back with
  the wording it was raised with whatever the form files say later; ``alert`` becomes a
  ``WITHOUT ROWID`` table keyed ``(response_n, seq)`` with the text's number and one timestamp
  (the episode is the response's), indexed on ``at`` for the worklist's poll; scores stored from
  now on keep their alerts as ``alert_text`` numbers. Every alert is copied in the order raised;
  the migration refuses (and changes nothing) if one would be lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

APP_ID = "lbp-desktop"
MIGRATION_SET = "lbp_desktop"
MIGRATIONS_TABLE = "_sqlite_migrations"
"""Where ``sqlite_utils.Migrations`` records what it applied (read directly when opening, so a
current database is opened without loading sqlite-utils)."""

_TS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

V1: list[str] = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    f"""CREATE TABLE clinic (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '', sor TEXT NOT NULL DEFAULT '', ean TEXT NOT NULL DEFAULT '',
        {_TS})""",
    f"""CREATE TABLE user (
        id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'clinician', 'reception')),
        profession TEXT NOT NULL DEFAULT '', authorisation_id TEXT NOT NULL DEFAULT '',
        password_hash TEXT NOT NULL, pin_hash TEXT, active INTEGER NOT NULL DEFAULT 1, {_TS})""",
    f"""CREATE TABLE patient (
        id TEXT PRIMARY KEY, cpr TEXT NOT NULL UNIQUE, name TEXT NOT NULL, birth_date TEXT,
        sex TEXT, phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
        fictional INTEGER NOT NULL DEFAULT 0, {_TS})""",
    f"""CREATE TABLE episode (
        id TEXT PRIMARY KEY, patient_id TEXT NOT NULL REFERENCES patient(id),
        gp_name TEXT NOT NULL DEFAULT '', gp_clinic TEXT NOT NULL DEFAULT '',
        gp_address TEXT NOT NULL DEFAULT '', referral_date TEXT, reason TEXT NOT NULL DEFAULT '',
        clinician_id TEXT REFERENCES user(id), caseworker TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'registered', {_TS})""",
    "CREATE INDEX episode_patient ON episode(patient_id)",
    f"""CREATE TABLE response (
        id TEXT PRIMARY KEY, episode_id TEXT NOT NULL REFERENCES episode(id),
        battery_id TEXT NOT NULL, form_versions TEXT NOT NULL DEFAULT '{{}}',
        language TEXT NOT NULL DEFAULT 'da', device TEXT NOT NULL DEFAULT 'local',
        status TEXT NOT NULL DEFAULT 'in_progress'
            CHECK (status IN ('in_progress', 'completed', 'abandoned')),
        started_at TEXT NOT NULL, completed_at TEXT, position TEXT, {_TS})""",
    "CREATE INDEX response_episode ON response(episode_id, started_at)",
    """CREATE TABLE answer (
        id TEXT PRIMARY KEY, response_id TEXT NOT NULL REFERENCES response(id),
        form_id TEXT NOT NULL, item_id TEXT NOT NULL, value TEXT,
        answered_at TEXT NOT NULL, idempotency_key TEXT UNIQUE, created_at TEXT NOT NULL)""",
    "CREATE INDEX answer_response ON answer(response_id, form_id, item_id)",
    """CREATE TABLE score (
        id TEXT PRIMARY KEY, response_id TEXT NOT NULL REFERENCES response(id),
        form_id TEXT NOT NULL, scoring_version TEXT NOT NULL, result TEXT NOT NULL,
        computed_at TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (response_id, form_id))""",
    f"""CREATE TABLE examination (
        id TEXT PRIMARY KEY, episode_id TEXT NOT NULL REFERENCES episode(id),
        version INTEGER NOT NULL, clinician_id TEXT REFERENCES user(id), examined_at TEXT,
        findings TEXT NOT NULL DEFAULT '{{}}', assessment TEXT NOT NULL DEFAULT '',
        assessment_text TEXT NOT NULL DEFAULT '', information_given TEXT NOT NULL DEFAULT '',
        plan TEXT NOT NULL DEFAULT '[]', plan_text TEXT NOT NULL DEFAULT '',
        follow_up TEXT NOT NULL DEFAULT '', gp_follow_up INTEGER NOT NULL DEFAULT 0,
        recipients TEXT NOT NULL DEFAULT '["gp"]', red_flag_notes TEXT NOT NULL DEFAULT '',
        {_TS}, UNIQUE (episode_id, version))""",
    f"""CREATE TABLE letter (
        id TEXT PRIMARY KEY, episode_id TEXT NOT NULL REFERENCES episode(id),
        recipient TEXT NOT NULL, version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
        language TEXT NOT NULL DEFAULT 'da', pdf BLOB NOT NULL, sha256 TEXT NOT NULL,
        replaces_id TEXT REFERENCES letter(id), approved_at TEXT, approved_by TEXT, {_TS})""",
    "CREATE INDEX letter_episode ON letter(episode_id, recipient, version)",
    """CREATE TRIGGER letter_approved_no_update BEFORE UPDATE ON letter
        WHEN OLD.status = 'approved'
        BEGIN SELECT RAISE(ABORT, 'an approved letter cannot be changed'); END""",
    """CREATE TRIGGER letter_approved_no_delete BEFORE DELETE ON letter
        WHEN OLD.status = 'approved'
        BEGIN SELECT RAISE(ABORT, 'an approved letter cannot be deleted'); END""",
    """CREATE TABLE audit_event (
        id TEXT PRIMARY KEY, at TEXT NOT NULL, user_id TEXT, action TEXT NOT NULL,
        entity TEXT NOT NULL, entity_id TEXT, patient_id TEXT, detail TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX audit_at ON audit_event(at)",
    "CREATE INDEX audit_patient ON audit_event(patient_id, at)",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
]

V2: list[str] = [
    "ALTER TABLE episode ADD COLUMN patient_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE episode ADD COLUMN patient_name_lc TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE episode ADD COLUMN cpr TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE episode ADD COLUMN cpr_digits TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE episode ADD COLUMN fictional INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE episode ADD COLUMN risk TEXT",
    "ALTER TABLE episode ADD COLUMN red_flag_level TEXT NOT NULL DEFAULT 'none'",
    "ALTER TABLE episode ADD COLUMN questionnaire_state TEXT NOT NULL DEFAULT 'none'",
    # back-fill from the v1 tables
    """UPDATE episode SET
        patient_name = (SELECT name FROM patient WHERE patient.id = episode.patient_id),
        patient_name_lc = lower((SELECT name FROM patient WHERE patient.id = episode.patient_id)),
        cpr = (SELECT cpr FROM patient WHERE patient.id = episode.patient_id),
        cpr_digits = replace((SELECT cpr FROM patient WHERE patient.id = episode.patient_id),
                             '-', ''),
        fictional = (SELECT fictional FROM patient WHERE patient.id = episode.patient_id)""",
    """UPDATE episode SET questionnaire_state = CASE
        WHEN EXISTS (SELECT 1 FROM response r WHERE r.episode_id = episode.id
                     AND r.status = 'completed') THEN 'done'
        WHEN EXISTS (SELECT 1 FROM response r WHERE r.episode_id = episode.id
                     AND r.status = 'in_progress') THEN 'in_progress'
        ELSE 'none' END""",
    """UPDATE episode SET risk = (
        SELECT json_extract(s.result, '$.risk') FROM score s JOIN response r
        ON r.id = s.response_id WHERE r.episode_id = episode.id AND s.form_id = 'startback'
        AND r.status = 'completed' ORDER BY r.completed_at DESC LIMIT 1)""",
    """UPDATE episode SET red_flag_level = CASE
        WHEN EXISTS (SELECT 1 FROM score s JOIN response r ON r.id = s.response_id
                     WHERE r.episode_id = episode.id AND s.form_id = 'redflags'
                     AND json_array_length(json_extract(s.result, '$.acute')) > 0) THEN 'acute'
        WHEN EXISTS (SELECT 1 FROM score s JOIN response r ON r.id = s.response_id
                     WHERE r.episode_id = episode.id AND s.form_id = 'redflags'
                     AND json_array_length(json_extract(s.result, '$.positive')) > 0) THEN 'flag'
        ELSE 'none' END""",
    "CREATE INDEX episode_updated ON episode(updated_at)",
    "CREATE INDEX episode_open_updated ON episode(updated_at) WHERE status != 'closed'",
    "CREATE INDEX episode_status_updated ON episode(status, updated_at)",
    "CREATE INDEX episode_name ON episode(patient_name_lc)",
    "CREATE INDEX episode_cpr ON episode(cpr_digits)",
    """CREATE TABLE alert (
        id TEXT PRIMARY KEY, episode_id TEXT NOT NULL REFERENCES episode(id),
        response_id TEXT NOT NULL REFERENCES response(id), form_id TEXT NOT NULL,
        item_id TEXT NOT NULL, level TEXT NOT NULL, message_da TEXT NOT NULL,
        message_en TEXT NOT NULL, at TEXT NOT NULL)""",
    "CREATE INDEX alert_at ON alert(at)",
    "CREATE INDEX alert_episode ON alert(episode_id)",
    f"""CREATE TABLE device (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT, paired_at TEXT,
        revoked_at TEXT, last_seen_at TEXT, {_TS})""",
]

PAPER: list[str] = [
    # Where a response's answers came from: the patient on a tablet, or staff typing a paper form
    # (``entered_by``); an optional blind second entry by another person must agree first.
    "ALTER TABLE response ADD COLUMN source TEXT NOT NULL DEFAULT 'patient'",
    "ALTER TABLE response ADD COLUMN entered_by TEXT REFERENCES user(id)",
    "ALTER TABLE response ADD COLUMN double_entry TEXT NOT NULL DEFAULT 'none'",
    """CREATE TABLE paper_check (
        response_id TEXT NOT NULL REFERENCES response(id), form_id TEXT NOT NULL,
        item_id TEXT NOT NULL, value TEXT, entered_by TEXT REFERENCES user(id),
        at TEXT NOT NULL)""",
    "CREATE INDEX paper_check_response ON paper_check(response_id)",
]

_ACUTE_IDS = "('bladder_bowel', 'saddle_anaesthesia', 'progressive_weakness')"

ACUTE_HANDLING: list[str] = [
    """CREATE TABLE acute_handling (
        id TEXT PRIMARY KEY, episode_id TEXT NOT NULL REFERENCES episode(id),
        handled_by TEXT REFERENCES user(id), handled_by_name TEXT NOT NULL,
        action TEXT NOT NULL, handled_at TEXT NOT NULL, created_at TEXT NOT NULL)""",
    "CREATE INDEX acute_handling_episode ON acute_handling(episode_id, handled_at)",
    """CREATE TRIGGER acute_handling_no_update BEFORE UPDATE ON acute_handling
        BEGIN SELECT RAISE(ABORT, 'a recorded handling of an acute red flag is permanent'); END""",
    """CREATE TRIGGER acute_handling_no_delete BEFORE DELETE ON acute_handling
        BEGIN SELECT RAISE(ABORT, 'a recorded handling of an acute red flag is permanent'); END""",
    "ALTER TABLE episode ADD COLUMN acute_handled_at TEXT",
    f"""UPDATE episode SET red_flag_level = 'unanswered'
        WHERE red_flag_level IN ('none', 'flag') AND EXISTS (
            SELECT 1 FROM json_each((
                SELECT s.result FROM score s JOIN response r ON r.id = s.response_id
                WHERE r.episode_id = episode.id AND s.form_id = 'redflags'
                AND r.status = 'completed' ORDER BY r.completed_at DESC LIMIT 1), '$.missing') j
            WHERE j.value IN {_ACUTE_IDS})""",
]

def _check_copied(table: str, old: str, new: str) -> Callable[[Database], None]:
    """A step that refuses (rolls the migration back) if the copy of ``table`` lost a row."""
    def check(db: Database) -> None:
        before = db.execute(f"SELECT count(*) FROM [{old}]").fetchone()[0]
        after = db.execute(f"SELECT count(*) FROM [{new}]").fetchone()[0]
        if before != after:
            from lbp_desktop.storage.errors import StorageError

            raise StorageError(f"upgrading the database stopped while copying {table} ({before} "
                               f"rows, {after} copied: some belong to no questionnaire); the "
                               "database was left as it was")

    return check


COMPACT: list[str | Callable[[Database], None]] = [
    "ALTER TABLE response ADD COLUMN n INTEGER",
    "UPDATE response SET n = rowid",
    "CREATE UNIQUE INDEX response_n ON response(n)",
    # the store numbers new responses itself; this covers any other writer
    """CREATE TRIGGER response_number AFTER INSERT ON response WHEN NEW.n IS NULL
        BEGIN UPDATE response SET n = (SELECT coalesce(max(n), 0) + 1 FROM response)
        WHERE rowid = NEW.rowid; END""",
    """CREATE TABLE item (
        n INTEGER PRIMARY KEY, form_id TEXT NOT NULL, item_id TEXT NOT NULL,
        UNIQUE (form_id, item_id))""",
    """INSERT INTO item (form_id, item_id) SELECT form_id, item_id FROM answer
        GROUP BY form_id, item_id ORDER BY min(rowid)""",
    """CREATE TABLE answer_v3 (
        response_n INTEGER NOT NULL REFERENCES response(n), seq INTEGER NOT NULL,
        item INTEGER NOT NULL REFERENCES item(n), value, at NOT NULL, key INTEGER,
        PRIMARY KEY (response_n, seq)) WITHOUT ROWID""",
    """INSERT INTO answer_v3 (response_n, seq, item, value, at, key)
        SELECT r.n, row_number() OVER (PARTITION BY a.response_id ORDER BY a.rowid), i.n,
               lbp_value(a.value), lbp_stamp(a.answered_at), lbp_key(a.idempotency_key)
        FROM answer a JOIN response r ON r.id = a.response_id
        JOIN item i ON i.form_id = a.form_id AND i.item_id = a.item_id
        ORDER BY r.n, a.rowid""",
    _check_copied("answers", "answer", "answer_v3"),
    # where a resumed session opens: the last answer's item, unless the kiosk moved on after it
    # (``position`` as set, valid while the response has no answer after ``position_seq``)
    "ALTER TABLE response ADD COLUMN position_seq INTEGER",
    """UPDATE response SET position_seq = (
        SELECT max(seq) FROM answer_v3 WHERE answer_v3.response_n = response.n)""",
    "DROP TABLE answer",
    "ALTER TABLE answer_v3 RENAME TO answer",
    # rows of a few hundred bytes: a rowid table (appends fill its pages; a WITHOUT ROWID
    # b-tree split them half-empty and doubled the size)
    """CREATE TABLE score_v3 (
        response_n INTEGER NOT NULL REFERENCES response(n), form_id TEXT NOT NULL,
        seq INTEGER NOT NULL, scoring_version TEXT NOT NULL, result TEXT NOT NULL,
        at NOT NULL, PRIMARY KEY (response_n, form_id))""",
    """INSERT INTO score_v3 (response_n, form_id, seq, scoring_version, result, at)
        SELECT r.n, s.form_id, row_number() OVER (PARTITION BY s.response_id ORDER BY s.rowid),
               s.scoring_version, s.result, lbp_stamp(s.computed_at)
        FROM score s JOIN response r ON r.id = s.response_id""",
    _check_copied("scores", "score", "score_v3"),
    "DROP TABLE score",
    "ALTER TABLE score_v3 RENAME TO score",
]

MEDCOM: list[str] = [
    """CREATE TABLE gp_address (
        episode_id TEXT PRIMARY KEY REFERENCES episode(id),
        sor TEXT NOT NULL DEFAULT '', ean TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)""",
    "ALTER TABLE clinic ADD COLUMN medcom_outbox TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE clinic ADD COLUMN medcom_inbox TEXT NOT NULL DEFAULT ''",
    f"""CREATE TABLE medcom_message (
        id TEXT PRIMARY KEY, letter_id TEXT NOT NULL REFERENCES letter(id),
        episode_id TEXT NOT NULL REFERENCES episode(id),
        bundle_id TEXT NOT NULL, envelope_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('sent', 'acknowledged', 'transient', 'failed')),
        error TEXT NOT NULL DEFAULT '', previous_id TEXT REFERENCES medcom_message(id),
        receiver_name TEXT NOT NULL, receiver_sor TEXT NOT NULL, receiver_ean TEXT NOT NULL,
        file TEXT NOT NULL DEFAULT '', message BLOB NOT NULL, sent_at TEXT NOT NULL,
        answered_at TEXT, {_TS})""",
    "CREATE INDEX medcom_message_episode ON medcom_message(episode_id, sent_at)",
    """CREATE UNIQUE INDEX medcom_message_one_live ON medcom_message(letter_id)
        WHERE status != 'failed'""",
]

_CPR_GLOB = "'[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]'"
"""The one stored form of a CPR number (GLOB ranges compare code points: ASCII digits only), so
the ``UNIQUE`` on ``patient.cpr`` is uniqueness of the number itself."""

CPR_ASCII: list[str] = [
    f"""CREATE TRIGGER patient_cpr_canonical_insert BEFORE INSERT ON patient
        WHEN NEW.cpr NOT GLOB {_CPR_GLOB}
        BEGIN SELECT RAISE(ABORT, 'a CPR number is stored as DDMMYY-SSSS with the digits 0-9');
        END""",
    f"""CREATE TRIGGER patient_cpr_canonical_update BEFORE UPDATE OF cpr ON patient
        WHEN NEW.cpr NOT GLOB {_CPR_GLOB}
        BEGIN SELECT RAISE(ABORT, 'a CPR number is stored as DDMMYY-SSSS with the digits 0-9');
        END""",
]

ACUTE_PINNED: list[str] = [
    # the worklist's pinned acute cases (storage.episodes.ACUTE_PINNED), without a table scan
    "CREATE INDEX episode_acute_pinned ON episode(updated_at) WHERE red_flag_level = 'acute'"
    " AND acute_handled_at IS NULL AND status != 'closed'",
]

DISPLAY: list[str] = [
    # the patient's text size and contrast belong to the response, like its language: they apply
    # on every kiosk screen, after a pause and after a restart
    "ALTER TABLE response ADD COLUMN text_scale REAL NOT NULL DEFAULT 1.0",
    "ALTER TABLE response ADD COLUMN high_contrast INTEGER NOT NULL DEFAULT 0",
]

_ALERT_TEXT_PERMANENT = "the text of a raised alert is kept as it was raised"

COMPACT_ALERTS: list[str | Callable[[Database], None]] = [
    # every (form, item) an alert names gets its interned number (most already have one)
    """INSERT INTO item (form_id, item_id) SELECT a.form_id, a.item_id FROM alert a
        WHERE NOT EXISTS (SELECT 1 FROM item i WHERE i.form_id = a.form_id
                          AND i.item_id = a.item_id)
        GROUP BY a.form_id, a.item_id ORDER BY min(a.rowid)""",
    """CREATE TABLE alert_text (
        n INTEGER PRIMARY KEY, item INTEGER NOT NULL REFERENCES item(n), level TEXT NOT NULL,
        message_da TEXT NOT NULL, message_en TEXT NOT NULL,
        UNIQUE (item, level, message_da, message_en))""",
    f"""CREATE TRIGGER alert_text_no_update BEFORE UPDATE ON alert_text
        BEGIN SELECT RAISE(ABORT, '{_ALERT_TEXT_PERMANENT}'); END""",
    f"""CREATE TRIGGER alert_text_no_delete BEFORE DELETE ON alert_text
        BEGIN SELECT RAISE(ABORT, '{_ALERT_TEXT_PERMANENT}'); END""",
    """INSERT INTO alert_text (item, level, message_da, message_en)
        SELECT i.n, a.level, a.message_da, a.message_en FROM alert a
        JOIN item i ON i.form_id = a.form_id AND i.item_id = a.item_id
        GROUP BY i.n, a.level, a.message_da, a.message_en ORDER BY min(a.rowid)""",
    """CREATE TABLE alert_v10 (
        response_n INTEGER NOT NULL REFERENCES response(n), seq INTEGER NOT NULL,
        text INTEGER NOT NULL REFERENCES alert_text(n), at NOT NULL,
        PRIMARY KEY (response_n, seq)) WITHOUT ROWID""",
    # an alert whose episode is not its response's would move: it is not copied, and the check
    # below then refuses the whole migration
    """INSERT INTO alert_v10 (response_n, seq, text, at)
        SELECT r.n, row_number() OVER (PARTITION BY r.n ORDER BY a.rowid), t.n, lbp_stamp(a.at)
        FROM alert a JOIN response r ON r.id = a.response_id AND r.episode_id = a.episode_id
        JOIN item i ON i.form_id = a.form_id AND i.item_id = a.item_id
        JOIN alert_text t ON t.item = i.n AND t.level = a.level
            AND t.message_da = a.message_da AND t.message_en = a.message_en
        ORDER BY r.n, a.rowid""",
    _check_copied("alerts", "alert", "alert_v10"),
    "DROP TABLE alert",
    "ALTER TABLE alert_v10 RENAME TO alert",
    "CREATE INDEX alert_at ON alert(at)",
]

STEPS: list[tuple[str, list[str | Callable[[Database], None]]]] = [
    ("0001_base", list(V1)), ("0002_worklist", list(V2)), ("0003_paper_entry", list(PAPER)),
    ("0004_acute_handling", list(ACUTE_HANDLING)), ("0005_compact_answers", COMPACT),
    ("0006_medcom", list(MEDCOM)),
    ("0007_cpr_ascii", list(CPR_ASCII)), ("0008_acute_pinned", list(ACUTE_PINNED)),
    ("0009_response_display", list(DISPLAY)), ("0010_compact_alerts", COMPACT_ALERTS)]
SCHEMA_VERSION = len(STEPS)
KNOWN_MIGRATIONS: tuple[str, ...] = tuple(name for name, _ in STEPS)


def _make(step: int, statements: list[str | Callable[[Database], None]]
          ) -> Callable[[Database], None]:
    def run(db: Database) -> None:
        for sql in statements:
            if callable(sql):
                sql(db)
            else:
                db.execute(sql)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                    [str(step)])
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('app', ?)", [APP_ID])

    return run


_migrations: Migrations | None = None


def migration_set() -> Migrations:
    """The ``sqlite_utils.Migrations`` of every step, made on first use."""
    global _migrations
    if _migrations is None:
        from sqlite_utils import Migrations

        made = Migrations(MIGRATION_SET)
        if made.migrations_table != MIGRATIONS_TABLE:  # pragma: no cover - a sqlite-utils change
            raise RuntimeError(f"sqlite-utils records migrations in {made.migrations_table}")
        for index, (name, statements) in enumerate(STEPS, start=1):
            made(name=name)(_make(index, statements))
        _migrations = made
    return _migrations


def __getattr__(name: str) -> Any:
    """``schema.migrations`` (the ``Migrations`` object), made on first use."""
    if name == "migrations":
        return migration_set()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def applied_names(conn: Any) -> list[str]:
    """The migrations recorded in the database on ``conn``, read without sqlite-utils."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                         [MIGRATIONS_TABLE]).fetchone()
    if not found:
        return []
    return [row[0] for row in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET]).fetchall()]


def pending(conn: Any) -> bool:
    """Whether the database on ``conn`` lacks a migration this app has."""
    return bool(set(KNOWN_MIGRATIONS) - set(applied_names(conn)))


def apply(db: Any, *, stop_before: str | None = None) -> None:
    """Bring ``db`` (a connection, the store's ``db`` or a sqlite-utils ``Database``) to the
    latest schema (or stop before a named migration, for tests)."""
    from sqlite_utils import Database

    from lbp_desktop.storage import compact

    if not isinstance(db, Database):
        db = Database(getattr(db, "conn", db), execute_plugins=False)
    compact.register(db.conn)  # the conversions the compact-answers migration copies with
    migration_set().apply(db, stop_before=stop_before)
