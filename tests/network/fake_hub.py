"""Test helper: a stand-in for a hub on 127.0.0.1 that gives fixed answers, to show what
the app does with a hub that lies, redirects or floods. Not a hub: see tests/hub for one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {
        "Content-Type": "application/json"})


@dataclass
class FakeHub:
    url: str
    answers: dict[str, Answer]  # by path
    asked: list[str] = field(default_factory=list)  # the paths requested, in order


@contextmanager
def fake_hub(answers: dict[str, Answer]) -> Iterator[FakeHub]:
    hub = FakeHub("", answers)

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            hub.asked.append(self.path)
            answer = hub.answers.get(self.path, Answer(404, b'{"error": "not_found"}'))
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = do_PUT = _answer

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
