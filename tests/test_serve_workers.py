"""`check serve --workers 2`: even shares of connections, a dead worker replaced, a busy port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import psutil
import pytest

from tests.conftest import ROOT
from tests.test_service import free_port, start_server, stop

pytestmark = pytest.mark.server

CONNECTIONS = 16


def worker_processes(server: subprocess.Popen[bytes]) -> dict[int, psutil.Process]:
    """The server's worker processes (multiprocessing's spawned children), by pid."""
    out = {}
    for child in psutil.Process(server.pid).children(recursive=True):
        try:
            if "--multiprocessing-fork" in child.cmdline():
                out[child.pid] = child
        except psutil.NoSuchProcess:
            continue
    return out


def wait_for_workers(server: subprocess.Popen[bytes], n: int,
                     exclude: frozenset[int] = frozenset()) -> dict[int, psutil.Process]:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        workers = {pid: p for pid, p in worker_processes(server).items() if pid not in exclude}
        if len(workers) >= n:
            return workers
        time.sleep(0.2)
    pytest.fail(f"fewer than {n} workers run")


def get_healthz(sock: socket.socket) -> bytes:
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    data = b""
    while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    proc, url = start_server(tmp_path_factory.mktemp("workers") / "server.log", "--workers", "2")
    port = int(url.rsplit(":", 1)[1])
    wait_for_workers(proc, 2)
    yield proc, port
    stop(proc)


def test_kept_alive_connections_are_shared_evenly_by_the_workers(
        two_workers: tuple[subprocess.Popen[bytes], int]) -> None:
    """The parent hands each new connection to the worker with the fewest open ones."""
    server, port = two_workers
    sockets = [socket.create_connection(("127.0.0.1", port)) for _ in range(CONNECTIONS)]
    try:
        assert all(get_healthz(s).startswith(b"HTTP/1.1 200") for s in sockets)
        ours = {s.getsockname()[1] for s in sockets}
        held = {pid: sum(1 for c in worker.net_connections("tcp")
                         if c.status == psutil.CONN_ESTABLISHED and c.raddr and c.raddr.port in ours)
                for pid, worker in worker_processes(server).items()}
    finally:
        for s in sockets:
            s.close()
    assert sorted(held.values()) == [CONNECTIONS // 2, CONNECTIONS // 2], held


def test_a_killed_worker_is_replaced_and_the_service_goes_on(
        two_workers: tuple[subprocess.Popen[bytes], int]) -> None:
    server, port = two_workers
    victim = next(iter(worker_processes(server)))
    os.kill(victim, signal.SIGKILL)
    workers = wait_for_workers(server, 2, exclude=frozenset({victim}))
    assert victim not in workers
    for _ in range(4):
        with socket.create_connection(("127.0.0.1", port)) as s:
            assert get_healthz(s).startswith(b"HTTP/1.1 200")
    assert server.poll() is None


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_busy_port_is_one_line_and_exit_2(workers: str) -> None:
    port = free_port()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKER_")}
        result = subprocess.run([sys.executable, "-m", "checker.cli", "serve", "--port", str(port),
                                 "--workers", workers], cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=60)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if not line.startswith("check serve:")]
    assert errors == [f"check: cannot listen on 127.0.0.1:{port}: Address already in use"]
