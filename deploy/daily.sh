#!/bin/sh
# Daily housekeeping (deploy/systemd/smol-daily.service runs it on ONE machine). Every job runs even
# when an earlier one failed; the exit status is non-zero if any failed, so the unit shows "failed".
#   SMOL_BACKUP_DIR        where archives go (default /var/backups/smol)
#   SMOL_BACKUP_KEEP_DAYS  archives older than this are deleted (default 14)
#   SMOL_BACKUP_ARGS       extra arguments for `manage.py backup`, e.g. --no-media with media on S3
set -u
cd "$(dirname "$0")/.." || exit 1
PYTHON=${PYTHON:-.venv/bin/python}
BACKUP_DIR=${SMOL_BACKUP_DIR:-/var/backups/smol}
KEEP_DAYS=${SMOL_BACKUP_KEEP_DAYS:-14}
status=0

run() {
    echo "== $*"
    "$@" || { echo "FAILED ($?): $*" >&2; status=1; }
}

mkdir -p "$BACKUP_DIR"
# shellcheck disable=SC2086 # SMOL_BACKUP_ARGS holds several words on purpose
run "$PYTHON" manage.py backup --output "$BACKUP_DIR/smol-$(date +%Y%m%d-%H%M%S).tar.gz" ${SMOL_BACKUP_ARGS:-}
run find "$BACKUP_DIR" -name 'smol-*.tar.gz' -mtime +"$KEEP_DAYS" -delete
# Personal data of accounts inactive for ACCOUNT_RETENTION_DAYS (after a warning email).
run "$PYTHON" manage.py purge_inactive_accounts
# Expired log-in sessions (they live in the database).
run "$PYTHON" manage.py clearsessions
# Audit log, log-in records and sessions past AUDIT_LOG_RETENTION_DAYS / LOGIN_LOG_RETENTION_DAYS.
run "$PYTHON" manage.py prune_logs
# Finished background tasks (the queue table would grow forever); failures are kept a month.
if [ "${TASKS_BACKEND:-immediate}" = database ]; then
    run "$PYTHON" manage.py prune_db_task_results --queue-name '*' --min-age-days 7 --failed-min-age-days 30
fi
exit $status
