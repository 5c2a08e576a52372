"""Consistent backups of the database and media, and restoring them into an empty installation.

SQLite: the online backup API (a consistent copy while the site runs). PostgreSQL: pg_dump in custom
format (one consistent snapshot) and pg_restore. Media: every file under MEDIA_ROOT. One .tar.gz.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connection, connections

FORMAT_VERSION = 1


class BackupError(Exception):
    pass


def _pg_env(db):
    env = os.environ.copy()
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def _pg_args(db):
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    return args


def _run(command, env=None):
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise BackupError(f"{command[0]} is not installed: install the PostgreSQL client tools.") from exc
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:500]}")


def create_backup(target: Path, include_media: bool = True) -> Path:
    """Write a backup archive to `target` (a file path). Returns the path."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    db = connection.settings_dict
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if connection.vendor == "sqlite":
            dump = tmp / "database.sqlite3"
            connection.ensure_connection()
            with sqlite3.connect(dump) as destination:
                connection.connection.backup(destination)
            kind = "sqlite"
        elif connection.vendor == "postgresql":
            dump = tmp / "database.pgdump"
            _run(
                ["pg_dump", "--format=custom", "--no-owner", "--file", str(dump), *_pg_args(db)], _pg_env(db)
            )
            kind = "postgresql"
        else:
            raise BackupError(f"Unsupported database: {connection.vendor}")
        manifest = {
            "format": FORMAT_VERSION,
            "database": kind,
            "created": datetime.now(UTC).isoformat(),
            "media": include_media,
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2))
        with tarfile.open(target, "w:gz") as archive:
            archive.add(tmp / "manifest.json", arcname="manifest.json")
            archive.add(dump, arcname=dump.name)
            media_root = Path(settings.MEDIA_ROOT)
            if include_media and media_root.exists():
                archive.add(media_root, arcname="media")
    return target


def _safe_members(archive):
    for member in archive.getmembers():
        if member.name.startswith("/") or ".." in Path(member.name).parts or member.issym() or member.islnk():
            raise BackupError(f"Unsafe path in archive: {member.name}")
        yield member


def restore_backup(source: Path):
    """Bring back a backup into this installation's database and MEDIA_ROOT."""
    source = Path(source)
    if not source.exists():
        raise BackupError(f"No such backup file: {source}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with tarfile.open(source, "r:gz") as archive:
            archive.extractall(tmp, members=list(_safe_members(archive)), filter="data")
        manifest = json.loads((tmp / "manifest.json").read_text())
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError("This backup was made by another version of the backup format.")
        db = connection.settings_dict
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"This backup holds a {manifest['database']} database; this installation uses {connection.vendor}."
            )
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            with sqlite3.connect(tmp / "database.sqlite3") as backup_db:
                backup_db.backup(connection.connection)
        else:
            for conn in connections.all():
                conn.close()
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    *_pg_args(db),
                    str(tmp / "database.pgdump"),
                ],
                _pg_env(db),
            )
        media = tmp / "media"
        if manifest.get("media") and media.exists():
            media_root = Path(settings.MEDIA_ROOT)
            media_root.mkdir(parents=True, exist_ok=True)
            shutil.copytree(media, media_root, dirs_exist_ok=True)
    return manifest
