"""`commentletters serve` as a user starts it: it answers on the port it names, and a port it cannot
listen on (taken, or not a port) is said in one line before anything claims the site is up."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def serve(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["COMMENTLETTERS_DATA_DIR"] = str(tmp_path)
    return subprocess.Popen(
        [sys.executable, "-m", "commentletters.cli", "serve", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def finish(server: subprocess.Popen[str]) -> tuple[str, str]:
    """What the command printed once it stopped by itself; a server still running is killed."""
    try:
        return server.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.communicate()
        raise


def test_serves_the_archive_on_the_port_it_names(tmp_path: Path) -> None:
    port = free_port()
    server = serve(tmp_path, "--port", str(port))
    try:
        assert server.stdout is not None
        assert server.stdout.readline().startswith(f"Comment Letters at http://127.0.0.1:{port}/")
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
                    assert page.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_a_port_already_taken_is_said_plainly(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out, err = finish(serve(tmp_path, "--port", str(port)))
    assert "Traceback" not in err and "Comment Letters at" not in out, err
    assert err.startswith(f"error: cannot listen on 127.0.0.1:{port}") and "--port" in err


@pytest.mark.parametrize("host", ["nosuchhost.invalid", "127.0.0.1.5"])
def test_a_host_that_is_no_address_is_said_plainly(tmp_path: Path, host: str) -> None:
    server = serve(tmp_path, "--host", host, "--port", "8000")
    out, err = finish(server)
    assert server.returncode == 1 and "Traceback" not in err and "Comment Letters at" not in out, err
    assert err.startswith(f"error: cannot listen on {host}:8000") and "--host" in err


@pytest.mark.parametrize("args", [["--port", "99999"], ["--port", "0x"], ["--threads", "0"]])
def test_impossible_values_are_refused(tmp_path: Path, args: list[str]) -> None:
    server = serve(tmp_path, *args)
    out, err = finish(server)
    assert server.returncode == 2 and "Traceback" not in err and "Comment Letters at" not in out
    assert "usage: commentletters serve" in err


def _get(port: int, headers: dict[str, str]) -> tuple[int, dict[str, list[str]]]:
    """Status and headers of the sign-in page, asked as a proxy would (or a client directly)."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/admin/login/", headers=headers)
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(request, timeout=5) as page:
                found: dict[str, list[str]] = {}
                for name, value in page.headers.items():
                    found.setdefault(name.lower(), []).append(value)
                return page.status, found
        except OSError:
            assert time.monotonic() < deadline, "the server did not answer"
            time.sleep(0.2)


@pytest.mark.parametrize(
    ("proxy", "forwarded", "https"),
    [
        ("127.0.0.1", "https", True),  # the proxy says the request came over HTTPS: secure cookies, HSTS
        ("127.0.0.1", None, False),  # a request not through the proxy's HTTPS: no HSTS
        (None, "https", False),  # no proxy named: anyone's X-Forwarded-Proto is dropped
    ],
)
def test_behind_an_https_proxy(tmp_path: Path, proxy: str | None, forwarded: str | None, https: bool) -> None:
    port = free_port()
    if proxy:
        os.environ["COMMENTLETTERS_TLS_PROXY"] = proxy
    try:
        server = serve(tmp_path, "--port", str(port))
    finally:
        os.environ.pop("COMMENTLETTERS_TLS_PROXY", None)
    try:
        status, headers = _get(port, {"X-Forwarded-Proto": forwarded} if forwarded else {})
        assert status == 200
        assert ("strict-transport-security" in headers) is https
        cookies = headers.get("set-cookie", [])
        assert cookies and all(("; Secure" in c) is bool(proxy) for c in cookies)
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_serving_other_machines_over_plain_http_is_noted(tmp_path: Path) -> None:
    port = free_port()
    server = serve(tmp_path, "--host", "0.0.0.0", "--port", str(port))
    said: list[str] = []
    try:
        assert server.stdout is not None and server.stderr is not None
        assert server.stdout.readline().startswith("Comment Letters at http://0.0.0.0")
        for line in server.stderr:  # (printed just after the line above: read until it comes, not a race)
            said.append(line)
            if "COMMENTLETTERS_TLS_PROXY" in line:
                break
    finally:
        server.terminate()
        server.communicate(timeout=30)
    assert "signing in sends the password in clear" in said[-1] and "COMMENTLETTERS_TLS_PROXY" in said[-1]
