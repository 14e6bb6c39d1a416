"""What the local API servers of the tests share (``ft_server.py``, ``lba_server.py``): a real HTTP server on
127.0.0.1, on a random port, that hands every request to its application's ``handle(request, method)``; and a
clock that only moves when the code under test sleeps."""

from __future__ import annotations

import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

__all__ = ["LocalServer", "FakeTime"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in two writes: avoid delayed-ACK stalls
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
        pass

    def do_POST(self) -> None:
        self.server.app.handle(self, "POST")

    def do_GET(self) -> None:
        self.server.app.handle(self, "GET")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    app: Any


class LocalServer:
    """The life cycle of a local API (a context manager): subclasses define ``handle(request, method)``, and
    keep their injected faults in ``_faults`` (a queue per endpoint, guarded by ``_lock``)."""

    _httpd: _Server | None = None
    _faults: dict[str, deque[Any]]
    _lock: threading.Lock

    def _next_fault(self, endpoint: str) -> Any:
        """The fault to play on this request of ``endpoint`` (its ``after`` normal answers let through first,
        then ``times`` times), or None."""
        with self._lock:
            queue = self._faults[endpoint]
            if not queue:
                return None
            fault = queue[0]
            if fault.after > 0:
                fault.after -= 1
                return None
            fault.times -= 1
            if fault.times <= 0:
                queue.popleft()
            return fault

    def handle(self, request: BaseHTTPRequestHandler, method: str) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.app = self
        thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"


class FakeTime:
    """A clock that only moves when the code sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
