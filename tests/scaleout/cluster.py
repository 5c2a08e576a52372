"""Helpers for the scale-out tests: a throw-away PostgreSQL database and app servers started as
separate gunicorn processes, driven over real HTTP as a browser behind an HTTPS proxy would."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path

import psycopg
import requests

PROJECT = Path(__file__).resolve().parents[2]
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"


def postgres_server_url():
    """The PostgreSQL server of the suite's DATABASE_URL if that is PostgreSQL, else the local one."""
    url = os.environ.get("SCALEOUT_POSTGRES_URL") or ""
    if not url:
        database_url = os.environ.get("DATABASE_URL", "")
        if database_url.startswith(("postgres://", "postgresql://")):
            url = database_url.rsplit("/", 1)[0]
    return (url or DEFAULT_POSTGRES).rstrip("/")


class ThrowAwayDatabase:
    """A PostgreSQL database with a unique name, dropped (with its connections) on `drop()`."""

    def __init__(self, prefix="smol_scaleout"):
        self.server = postgres_server_url()
        self.name = f"{prefix}_{os.getpid()}_{secrets.token_hex(4)}"
        self.url = f"{self.server}/{self.name}"

    def _admin(self):
        return psycopg.connect(f"{self.server}/postgres", autocommit=True, connect_timeout=10)

    def create(self):
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{self.name}"')
        return self

    def drop(self):
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def exists(self):
        with self._admin() as connection:
            row = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name]).fetchone()
        return row is not None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_manage(env, *args, timeout=300):
    """Run manage.py with the given environment; fail with its output when it fails."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


class AppServer:
    """One app server: gunicorn with deploy/gunicorn.conf.py on its own port."""

    def __init__(self, name, env, log_dir):
        self.name = name
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_dir) / f"gunicorn-{name}.log"
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": "1",
            "GUNICORN_CONTROL_SOCKET": str(Path(log_dir) / f"gunicorn-{name}.ctl"),
        }
        self.process = None

    def start(self):
        log = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        self._log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
            cwd=PROJECT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def wait_until_ready(self, host, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"app server {self.name} exited:\n{self.log()}")
            try:
                # The first request imports and renders a lot: slow on a busy 2-core machine.
                response = requests.get(
                    f"{self.base_url}/", headers={"Host": host, "X-Forwarded-Proto": "https"}, timeout=60
                )
            except requests.ConnectionError:
                time.sleep(0.2)
                continue
            assert response.status_code == 200, f"{self.name}: {response.status_code}\n{self.log()}"
            return
        raise AssertionError(f"app server {self.name} did not answer in {timeout} s:\n{self.log()}")

    def log(self):
        try:
            return self.log_path.read_text()[-4000:]
        except OSError:
            return ""

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)  # quick shutdown: nothing to finish
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        if getattr(self, "_log", None) is not None:
            self._log.close()


class Browser:
    """A cookie-keeping HTTP client for any number of app servers behind one host name.

    It talks plain HTTP to gunicorn but sends X-Forwarded-Proto: https and X-Real-IP as nginx does,
    so Django sets Secure cookies and checks Origin on POST exactly as in production; the cookies
    are sent on by hand (a cookie jar would keep Secure cookies off a plain-HTTP connection).
    """

    def __init__(self, host, address="203.0.113.10"):
        self.host = host
        self.address = address  # the visitor's address, as nginx passes it on
        self.cookies = {}

    def headers(self, extra=None):
        headers = {"Host": self.host, "X-Forwarded-Proto": "https", "X-Real-IP": self.address}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        headers.update(extra or {})
        return headers

    def _remember(self, response):
        for header in response.raw.headers.getlist("Set-Cookie"):
            for key, morsel in SimpleCookie(header).items():
                if morsel.value == "" or morsel["max-age"] == "0":
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = morsel.value
        return response

    def get(self, server, path):
        response = requests.get(
            server.base_url + path, headers=self.headers(), allow_redirects=False, timeout=30
        )
        return self._remember(response)

    def post(self, server, path, data):
        response = requests.post(
            server.base_url + path,
            data=data,
            headers=self.headers({"Origin": f"https://{self.host}", "Referer": f"https://{self.host}{path}"}),
            allow_redirects=False,
            timeout=60,
        )
        return self._remember(response)
