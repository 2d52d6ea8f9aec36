"""A zip backup (PostgreSQL's kind, made by the window at the day's first start) is written and
checked a batch of rows at a time: on the 1M database the old way held every table in memory
(3 GB to write, 12 GB to check). Here, rows far larger in total than what the check may hold at
once are written and checked within that bound."""

from __future__ import annotations

import json
import tracemalloc
import zipfile

from sqlalchemy import text

from app.storage import backup as storage

# enough rows that what checking costs whatever the size (the schema built through every
# migration: one more each time one is added) stays well under the bound
ROWS = 25000
VALUE = "ы" * 400  # about 800 bytes a row in the file


def _fill(db) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
            [{"k": f"bulk-{n:05d}", "v": json.dumps({"text": VALUE, "n": n})} for n in range(ROWS)],
        )


def test_a_zip_backup_is_written_and_checked_a_batch_at_a_time(sqlite_db, tmp_path):
    _fill(sqlite_db)
    target = tmp_path / "big.zip"
    storage._dump_zip(sqlite_db, target)  # the PostgreSQL dump, run here on SQLite
    with zipfile.ZipFile(target) as archive:
        size = archive.getinfo("setting.jsonl").file_size
    assert size > ROWS * 800  # the bound below is a fraction of this (20 MB)

    revision, tables = storage.read_archive(target)
    assert len(tables["setting"]) == ROWS + 1  # and the database's own id
    rows = [r for r in tables["setting"] if r["key"].startswith("bulk-")]
    last = rows[-1]["value"]
    assert len(rows) == ROWS and (json.loads(last) if isinstance(last, str) else last)["n"] == (
        ROWS - 1
    )

    storage.check_backup(target)  # once, so what it imports is not counted below
    tracemalloc.start()
    try:
        found = storage.check_backup(target)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found.revision == revision and found.kind == "zip"
    assert peak < size / 3, (peak, size)


def test_a_zip_backup_with_a_damaged_row_is_still_refused(sqlite_db, tmp_path):
    _fill(sqlite_db)
    good = tmp_path / "good.zip"
    storage._dump_zip(sqlite_db, good)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "setting.jsonl":
                data = data.replace(b'"bulk-03000"', b'"bulk-03000', 1)
            dst.writestr(item, data)
    try:
        storage.read_archive(broken)
    except storage.StorageError as exc:
        assert exc.code == "backup_unreadable"
    else:
        raise AssertionError("a damaged row was read")
