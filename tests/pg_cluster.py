"""A throwaway PostgreSQL cluster for the tests: ``initdb`` into a temporary folder,
``pg_ctl start`` listening only on a Unix socket in that folder (no TCP port at all),
stopped and removed at the end.

The superuser (the "DBA" of these tests) has a random password and every local
connection authenticates with SCRAM, so the application's role really needs its password.
Running as root, the PostgreSQL binaries refuse to start; then the cluster folder belongs
to the ``postgres`` system user (Debian's package creates it) and every binary runs
through ``runuser -u postgres``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: set by .ci/run: a missing PostgreSQL fails the server tests instead of skipping them
REQUIRE_ENV = "SECLEDGER_REQUIRE_PG"
DBA = "secledger_dba"


def find_bin_dir() -> Path | None:
    """The folder with ``initdb`` and ``pg_ctl`` (``server_setup.find_pg_tool``)."""
    from secledger.store.server_setup import find_pg_tool

    found = find_pg_tool("initdb")
    return found.parent if found else None


@dataclass
class Cluster:
    bin_dir: Path
    root: Path  # data/, the socket and the log live below it
    dba_password: str
    port: int = 5432
    run_as: str | None = None

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> str:
        return str(self.root)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def init_and_start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.dba_password + "\n")
        self._chown(pwfile)
        done = self._run("initdb", "-D", str(self.data), "-U", DBA, f"--pwfile={pwfile}",
                         "--auth-local=scram-sha-256", "--auth-host=reject",
                         "--encoding=UTF8", "--locale=C", "--no-sync", check=False)
        pwfile.unlink()
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        opts = (f"-k {self.root} -c listen_addresses='' -p {self.port} -c fsync=off "
                "-c max_connections=60 -c shared_buffers=32MB")
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"),
                            "-o", opts, "-w", "-t", "60", "start", check=False)
        if started.returncode != 0:
            log = (self.root / "log").read_text(errors="replace") if (self.root / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr}\n{log}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)

    def _chown(self, path: Path) -> None:
        if self.run_as:
            shutil.chown(path, self.run_as, self.run_as)

    def dba_url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for the superuser (the DBA) on the socket."""
        return (f"postgresql+psycopg://{DBA}:{self.dba_password}@/{database}"
                f"?host={self.root}&port={self.port}")

    def dba_connect(self, database: str = "postgres"):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host=self.socket_dir, port=self.port, dbname=database,
                               user=DBA, password=self.dba_password, autocommit=True)

    def create_database(self, name: str, template: str = "") -> None:
        copy = f' TEMPLATE "{template}"' if template else ""
        with self.dba_connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')


def start_cluster(base: Path) -> Cluster | str:
    """A started cluster in *base* (a pytest temporary folder), or the reason there cannot
    be one here. As root the cluster goes to a fresh folder under the system's temporary
    folder instead, since pytest's own is private to root and the server runs as postgres."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        return "PostgreSQL (initdb) is not installed"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    run_as = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="secledger-pg-")) if run_as else base
    if run_as:
        shutil.chown(root, run_as, run_as)
        os.chmod(root, 0o755)
    cluster = Cluster(bin_dir, root, secrets.token_hex(16), run_as=run_as)
    try:
        cluster.init_and_start()
    except Exception:
        if run_as:
            shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster


def remove(cluster: Cluster) -> None:
    cluster.stop()
    shutil.rmtree(cluster.root, ignore_errors=True)
