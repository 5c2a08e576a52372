#!/bin/sh
# manage.py with the production environment, e.g. as the smol user:
#   sudo -u smol /srv/smol/app/deploy/manage.sh migrate --noinput
# Reads /etc/smol/smol.env (or SMOL_ENV_FILE), as the systemd units do.
set -e
set -a
# shellcheck disable=SC1090
. "${SMOL_ENV_FILE:-/etc/smol/smol.env}"
set +a
cd "$(dirname "$0")/.."
exec .venv/bin/python manage.py "$@"
