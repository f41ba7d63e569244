"""`check serve --workers N`: one acceptor hands each connection to the least busy worker.

The problem this solves: a CMS keeps a pool of connections open, and every request on a
kept-alive connection goes to the process that accepted it. How those connections are
spread over the workers decides the tail latency:

* uvicorn's own `--workers` shares one listening socket. The worker that wakes first
  accepts every connection waiting at that moment (measured: all 16 connections of the load
  test on one of two workers, the other idle).
* A socket per worker with `SO_REUSEPORT` lets the kernel hash connections over the
  workers, but a hash is not a balance: 16 connections split 10/6 or 11/5 as often as 8/8,
  and the p99 of the busier worker is the p99 of the service.

So the parent process accepts every connection itself and passes the open socket
(`SCM_RIGHTS` over a Unix socket pair) to the ready worker with the fewest open
connections, as nginx's `least_conn` does. Each worker reports back when it is ready and
how many of its connections have closed. Passing costs the parent a few microseconds per
*connection*, not per request, and the HTTP parsing and the check stay in the workers.

The parent also restarts a worker that dies, stops everything on SIGINT/SIGTERM, and turns
a busy port into one line and exit 2 (it binds before any worker starts).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import selectors
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.context import SpawnProcess
from types import FrameType
from typing import Any

from checker.errors import CheckerError

APP = "checker.service:app_from_env"
STARTUP_FAILURE = 3  # uvicorn's exit code when the app or the socket cannot start
READY = b"ready"
CLOSED = b"closed "  # + the worker's running count of closed connections, in ASCII
BACKLOG = 2048


def tcp_socket(host: str) -> socket.socket:
    """A TCP socket made with IPPROTO_TCP, so asyncio sets TCP_NODELAY on what it accepts.

    (A socket made without it gets no TCP_NODELAY, and every keep-alive response waits ~40 ms
    for a delayed ACK: Kludex/uvicorn#3149.)
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


def bind(sock: socket.socket, host: str, port: int) -> socket.socket:
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise CheckerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def config(log_level: str) -> Any:
    """uvicorn's settings for a worker, on the standard library's event loop, not uvloop.

    A worker runs each check on its event loop, so under load 8 requests queue on each one.
    uvloop then serves a few per cent of them a whole round late (measured with one process and
    a 5 ms handler at 16 connections: p50 77 ms, p95 153 ms); asyncio serves them in arrival
    order (p50 82 ms, p99 85 ms), which is what the p99 of the service depends on.
    """
    import uvicorn

    return uvicorn.Config(APP, factory=True, log_level=log_level, access_log=False, loop="asyncio",
                          http="httptools", server_header=False)


def serve_handed_connections(control: socket.socket, log_level: str) -> None:
    """A worker: uvicorn serving the connections the parent passes over `control`."""
    import uvicorn

    class HandedConnectionServer(uvicorn.Server):
        """uvicorn with no listening socket of its own; connections arrive over `control`."""

        received = closed = 0

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=[])
            if self.should_exit or not self.started:
                return
            loop = asyncio.get_running_loop()
            self.protocol_factory = counting_protocol_factory(self, loop)
            control.setblocking(False)
            loop.add_reader(control.fileno(), self.receive, loop)
            control.send(READY)

        def receive(self, loop: asyncio.AbstractEventLoop) -> None:
            while True:
                try:
                    message, fds, _flags, _address = socket.recv_fds(control, 64, 8)
                except BlockingIOError:
                    return
                except OSError:
                    message, fds = b"", []
                if not message and not fds:  # the parent is gone: finish what is open, then exit
                    loop.remove_reader(control.fileno())
                    self.should_exit = True
                    return
                for fd in fds:
                    self.received += 1
                    connection = socket.socket(fileno=fd)
                    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    loop.create_task(loop.connect_accepted_socket(self.protocol_factory, connection))

        def connection_closed(self) -> None:
            self.closed += 1
            with contextlib.suppress(OSError):  # the count is running: the next report corrects it
                control.send(CLOSED + str(self.closed).encode())

    server = HandedConnectionServer(config(log_level))
    server.run()


def counting_protocol_factory(server: Any, loop: asyncio.AbstractEventLoop) -> Any:
    """uvicorn's HTTP protocol for one handed-over connection, telling `server` when it closes."""
    base = server.config.http_protocol_class

    class CountingProtocol(base):  # type: ignore[misc, valid-type]
        def connection_lost(self, exc: Exception | None) -> None:
            super().connection_lost(exc)
            server.connection_closed()

    def factory() -> asyncio.Protocol:
        return CountingProtocol(config=server.config, server_state=server.server_state,
                                app_state=server.lifespan.state, _loop=loop)

    return factory


@dataclass
class Worker:
    process: SpawnProcess
    control: socket.socket
    ready: bool = False
    handed: int = 0
    closed: int = 0

    @property
    def open_connections(self) -> int:
        return self.handed - self.closed


class Supervisor:
    """Accepts connections and hands them out; restarts a worker that dies; stops on a signal."""

    def __init__(self, host: str, port: int, workers: int, log_level: str) -> None:
        self.host, self.workers, self.log_level = host, workers, log_level
        self.listener = bind(tcp_socket(host), host, port)
        self.listener.listen(BACKLOG)
        self.listener.setblocking(False)
        self.port = int(self.listener.getsockname()[1])
        self.context = multiprocessing.get_context("spawn")
        self.pool: list[Worker] = []
        self.selector = selectors.DefaultSelector()
        self.accepting = False
        self.all_started = False
        self.stopping = threading.Event()

    def start(self) -> Worker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        process = self.context.Process(target=serve_handed_connections, args=(theirs, self.log_level),
                                       name="checker-serve-worker")
        process.start()
        theirs.close()
        ours.setblocking(False)
        worker = Worker(process, ours)
        self.selector.register(ours, selectors.EVENT_READ, worker)
        return worker

    def stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping.set()

    def run(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self.stop)
        try:
            self.pool = [self.start() for _ in range(self.workers)]
            while not self.stopping.is_set():
                self.accept_while_a_worker_is_ready()
                for key, _events in self.selector.select(timeout=0.5):
                    if key.data is None:
                        self.hand_out_waiting_connections()
                    else:
                        self.read_reports(key.data)
                self.replace_dead()
        finally:
            self.shut_down()

    def accept_while_a_worker_is_ready(self) -> None:
        """Leave connections in the kernel's backlog until a worker can take them.

        At start, until every worker is ready, so that a client's first pool of connections
        is spread over all of them (and an answer on the port means the service is up);
        after that, while any worker is ready, so a restart does not stop the service.
        """
        self.all_started = self.all_started or all(w.ready for w in self.pool)
        want = self.all_started and any(w.ready for w in self.pool)
        if want and not self.accepting:
            self.selector.register(self.listener, selectors.EVENT_READ, None)
        elif self.accepting and not want:
            self.selector.unregister(self.listener)
        self.accepting = want

    def hand_out_waiting_connections(self) -> None:
        while True:
            try:
                connection, _address = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # EMFILE and the like: say so, keep serving the open ones
                print(f"check serve: cannot accept a connection: {exc.strerror or exc}", file=sys.stderr)
                return
            with connection:
                self.hand_over(connection)

    def hand_over(self, connection: socket.socket) -> None:
        """To the ready worker with the fewest open connections, or the next if its queue is full.

        If no worker can take it (all queues full, a flood), the connection is closed.
        """
        for worker in sorted((w for w in self.pool if w.ready), key=lambda w: w.open_connections):
            try:
                socket.send_fds(worker.control, [b"c"], [connection.fileno()])
            except BlockingIOError:
                continue
            except OSError:
                self.retire(worker)
                continue
            worker.handed += 1
            return

    def read_reports(self, worker: Worker) -> None:
        while worker.control.fileno() >= 0:
            try:
                message = worker.control.recv(64)
            except BlockingIOError:
                return
            except OSError:
                message = b""
            if message == READY:
                worker.ready = True
            elif message.startswith(CLOSED):
                worker.closed = max(worker.closed, int(message[len(CLOSED):]))
            elif not message:
                self.retire(worker)

    def retire(self, worker: Worker) -> None:
        """A worker whose socket pair is closed takes no more connections."""
        if worker.control.fileno() >= 0:
            self.selector.unregister(worker.control)
            worker.control.close()
        worker.ready = False

    def replace_dead(self) -> None:
        for i, worker in enumerate(self.pool):
            if worker.process.is_alive() or self.stopping.is_set():
                continue
            worker.process.join()
            self.retire(worker)
            if worker.process.exitcode == STARTUP_FAILURE:
                self.stopping.set()
                raise CheckerError("a service worker could not start (see the log above)")
            print(f"check serve: worker {worker.process.pid} exited ({worker.process.exitcode}); "
                  "starting another", file=sys.stderr)
            self.pool[i] = self.start()

    def shut_down(self, grace: float = 10.0) -> None:
        self.listener.close()
        for worker in self.pool:
            if worker.process.is_alive():
                worker.process.terminate()
        deadline = time.monotonic() + grace
        for worker in self.pool:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            self.retire(worker)
        self.selector.close()


def serve(host: str, port: int, workers: int, log_level: str) -> None:
    """uvicorn with `checker.service:app_from_env`, in this process or in `workers` processes."""
    if workers == 1:
        import uvicorn

        sock = bind(tcp_socket(host), host, port)
        uvicorn.Server(config(log_level)).run(sockets=[sock])
        return
    Supervisor(host, port, workers, log_level).run()
