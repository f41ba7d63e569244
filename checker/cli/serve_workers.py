"""`check serve --workers N`: N uvicorn processes, each with its own listening socket.

uvicorn's own `--workers` shares one listening socket. Whichever worker wakes first accepts
every connection waiting at that moment, and a client's kept-alive connections (a CMS's
connection pool, a load balancer's upstream pool) then stay on that worker while the others
idle: measured with 16 kept-alive connections, all 16 landed on one of two workers and the
second worker did nothing. Here every worker binds its own socket with SO_REUSEPORT, so the
kernel spreads new connections over the workers.

The parent only supervises: it holds the port with a bound, non-listening socket (so a busy
port is one clear error before any worker starts, and port 0 resolves to one port for all),
restarts a worker that dies, and stops everything on SIGINT/SIGTERM or when a worker cannot
start at all.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
import threading
import time
from multiprocessing.context import SpawnProcess
from types import FrameType

from checker.errors import CheckerError

APP = "checker.service:app_from_env"
STARTUP_FAILURE = 3  # uvicorn's exit code when the app or the socket cannot start


def tcp_socket(host: str, reuse_port: bool) -> socket.socket:
    """A TCP socket made with IPPROTO_TCP, so asyncio sets TCP_NODELAY on what it accepts.

    (A socket made without it gets no TCP_NODELAY, and every keep-alive response waits ~40 ms
    for a delayed ACK: Kludex/uvicorn#3149.)
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return sock


def bind(sock: socket.socket, host: str, port: int) -> socket.socket:
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise CheckerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def config(log_level: str) -> object:
    import uvicorn

    return uvicorn.Config(APP, factory=True, log_level=log_level, access_log=False,
                          server_header=False)


def serve_one(host: str, port: int, log_level: str) -> None:
    """One worker: its own SO_REUSEPORT socket on host:port, served by uvicorn."""
    import uvicorn

    sock = bind(tcp_socket(host, reuse_port=True), host, port)
    uvicorn.Server(config(log_level)).run(sockets=[sock])  # type: ignore[arg-type]


class Supervisor:
    """Starts the workers, restarts one that dies, stops them all on a signal."""

    def __init__(self, host: str, port: int, workers: int, log_level: str) -> None:
        self.host, self.workers, self.log_level = host, workers, log_level
        self.reservation = bind(tcp_socket(host, reuse_port=True), host, port)
        self.port = int(self.reservation.getsockname()[1])
        self.context = multiprocessing.get_context("spawn")
        self.processes: list[SpawnProcess] = []
        self.stopping = threading.Event()

    def start(self) -> SpawnProcess:
        process = self.context.Process(target=serve_one, args=(self.host, self.port, self.log_level),
                                       name="checker-serve-worker")
        process.start()
        return process

    def stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping.set()

    def run(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self.stop)
        try:
            self.processes = [self.start() for _ in range(self.workers)]
            while not self.stopping.wait(0.5):
                self.replace_dead()
        finally:
            self.shut_down()

    def replace_dead(self) -> None:
        for i, process in enumerate(self.processes):
            if process.is_alive() or self.stopping.is_set():
                continue
            process.join()
            if process.exitcode == STARTUP_FAILURE:
                self.stopping.set()
                raise CheckerError("a service worker could not start (see the log above)")
            print(f"check serve: worker {process.pid} exited ({process.exitcode}); starting another",
                  file=sys.stderr)
            self.processes[i] = self.start()

    def shut_down(self, grace: float = 10.0) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + grace
        for process in self.processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
        self.reservation.close()


def serve(host: str, port: int, workers: int, log_level: str) -> None:
    """uvicorn with `checker.service:app_from_env`, in this process or in `workers` processes."""
    if workers == 1:
        import uvicorn

        sock = bind(tcp_socket(host, reuse_port=False), host, port)
        uvicorn.Server(config(log_level)).run(sockets=[sock])  # type: ignore[arg-type]
        return
    Supervisor(host, port, workers, log_level).run()
