"""gunicorn settings for production (`gunicorn -c deploy/gunicorn.conf.py`).

Started by deploy/systemd/smol-web.service behind nginx (deploy/nginx/smol.conf). Every value can be
changed through the environment (the unit reads /etc/smol/smol.env), e.g. GUNICORN_WORKERS=4.
The scale-out test (tests/scaleout/test_two_instances.py) starts its app servers with this file.
"""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"

# nginx on the same machine talks to the unix socket; behind a load balancer on another machine,
# bind to a private address instead (GUNICORN_BIND=10.0.0.5:8000) and firewall it.
bind = [os.environ.get("GUNICORN_BIND", "unix:/run/smol/gunicorn.sock")]

# Synchronous workers: the app is CPU- and database-bound, pages come from the cache anyway.
# Two per core plus one is gunicorn's rule of thumb; each worker holds one database connection.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"

# A request that takes longer than this is killed (the worker restarts); uploads are buffered by
# nginx first, so slow clients do not hold a worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5

# Restart workers now and then so that a slow leak never grows.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200

# Logs go to stdout/stderr, which systemd hands to the journal (`journalctl -u smol-web`).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The client address comes from nginx's X-Real-IP header.
access_log_format = '%({x-real-ip}i)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# Only nginx on this machine may set X-Forwarded-* headers that gunicorn believes.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "smol-web"

# gunicorn's control socket (`gunicornc`), beside the app socket; one per gunicorn on a machine.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "/run/smol/gunicorn.ctl")
