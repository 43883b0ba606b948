"""A coordinator's browser session on the hub's dashboard, for the tests: cookies kept,
forms posted with the CSRF token the page carries."""

from __future__ import annotations

import re
import urllib.parse
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Engine

from shelter_desk.hub import repo
from shelter_desk.hub.passwords import hash_password
from tests.hub.members import Reply, call

PASSWORD = "contraseña-larga-de-prueba"


def add_admin(engine: Engine, username: str = "coordinacion") -> str:
    with engine.begin() as connection:
        repo.add_admin(connection, username, hash_password(PASSWORD))
    return username


@dataclass
class Browser:
    base: str
    cookies: dict[str, str] = field(default_factory=dict)

    def get(self, path: str) -> Reply:
        return self._keep(call(self.base + path, cookies=self._cookie_header()))

    def post_form(self, path: str, fields: dict[str, str]) -> Reply:
        body = urllib.parse.urlencode(fields).encode()
        return self._keep(call(self.base + path, "POST", body, {
            "Content-Type": "application/x-www-form-urlencoded"}, self._cookie_header()))

    def post_file(self, path: str, fields: dict[str, str], name: str, data: bytes) -> Reply:
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n'
                 f"{value}\r\n".encode() for key, value in fields.items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                     f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
                     .encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self._keep(call(self.base + path, "POST", body, {
            "Content-Type": f"multipart/form-data; boundary={boundary}"},
            self._cookie_header()))

    def login(self, username: str, password: str = PASSWORD) -> Reply:
        page = self.get("/login")
        return self.post_form("/login", {"csrf": csrf_of(page), "username": username,
                                         "password": password})

    def _cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def _keep(self, reply: Reply) -> Reply:
        for header, value in reply.headers.items():
            if header.lower() == "set-cookie":
                for cookie in value.split(", sd_"):
                    name, _, rest = cookie.partition("=")
                    name = name if name.startswith("sd_") else "sd_" + name
                    self.cookies[name] = rest.split(";")[0].strip('"')
        return reply


def csrf_of(page: Reply) -> str:
    found = re.search(rb'name="csrf" value="([^"]+)"', page.body)
    assert found, page.body[:300]
    return found.group(1).decode()
