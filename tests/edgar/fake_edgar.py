"""A local stand-in for EDGAR that replays recorded answers and misbehaves on request.

It serves, in EDGAR's real shapes and under one root (as COMMENTLETTERS_EDGAR_URL expects):

* ``/submissions/CIK##########.json`` — the recorded ``company_submissions.json`` of each ticker,
  and the older ``files`` pages that were recorded under ``submission_archives/`` (others 404,
  as GLW's second page does);
* ``/Archives/edgar/data/<cik>/<accession>/index.json`` and the documents beside it, from the
  corpus folders (a document the index lists but the corpus lacks answers 404);
* ``/files/company_tickers.json`` and ``/Archives/edgar/full-index/YYYY/QTRn/form.idx``, built
  from the recorded submissions.

It answers conditional requests (ETag, Last-Modified → 304), refuses requests without a
User-Agent (403, as the SEC does), logs the arrival time of every request, and applies faults
queued per path: ``"429"`` (with Retry-After: 1), ``"503"``, ``"drop"`` (close without an
answer) and ``"truncate"`` (promise the whole body, send half, close).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RECORDED_AT = formatdate(1_700_000_000, usegmt=True)


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic() when the request arrived
    path: str
    status: int
    complete: bool  # the whole body was sent


class Recordings:
    """Index of what the corpus recorded, by the paths EDGAR serves it under."""

    def __init__(self, sec_root: Path, tickers: tuple[str, ...]) -> None:
        self.files: dict[str, Path] = {}
        self.generated: dict[str, bytes] = {}
        rows: list[tuple[str, str, str, str, str]] = []
        table: dict[str, dict[str, object]] = {}
        for ticker in tickers:
            base = sec_root / ticker
            doc = json.loads((base / "company_submissions.json").read_text())
            cik = doc["cik"]
            self.files[f"/submissions/CIK{cik}.json"] = base / "company_submissions.json"
            table[str(len(table))] = {"cik_str": int(cik), "ticker": ticker, "title": doc["name"]}
            pages = [doc["filings"]["recent"]]
            for page in sorted((base / "submission_archives").glob("*.json")):
                self.files[f"/submissions/{page.name}"] = page
                pages.append(json.loads(page.read_text()))
            for cols in pages:
                for acc, form, filed in zip(cols["accessionNumber"], cols["form"], cols["filingDate"], strict=True):
                    rows.append((form, doc["name"], str(int(cik)), filed, acc))
            for folder in base.glob("*/filings/*"):
                prefix = f"/Archives/edgar/data/{int(cik)}/{folder.name.replace('-', '')}"
                for f in folder.iterdir():
                    self.files[f"{prefix}/{f.name}"] = f
        self.generated["/files/company_tickers.json"] = json.dumps(table).encode()
        self._full_index(rows)

    def _full_index(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        """form.idx per quarter, fixed-width as EDGAR writes it, every recorded form included."""
        by_quarter: dict[str, list[str]] = defaultdict(list)
        for form, company, cik, filed, acc in sorted(rows):
            year, month = int(filed[:4]), int(filed[5:7])
            line = f"{form:<12}{company:<62}{cik:<12}{filed:<12}edgar/data/{cik}/{acc}.txt"
            by_quarter[f"/Archives/edgar/full-index/{year}/QTR{(month - 1) // 3 + 1}/form.idx"].append(line)
        header = [
            "Description:           Master Index of EDGAR Dissemination Feed by Form Type",
            "Last Data Received:    November 14, 2023",
            "Comments:              webmaster@sec.gov",
            "Anonymous FTP:         ftp://ftp.sec.gov/edgar/",
            "",
            "",
            "",
            f"{'Form Type':<12}{'Company Name':<62}{'CIK':<12}{'Date Filed':<12}File Name",
            "-" * 141,
        ]
        today = time.gmtime()
        for year in range(1993, today.tm_year + 1):  # EDGAR has an index for every quarter begun so far
            for quarter in range(1, 5):
                if (year, 3 * quarter - 2) > (today.tm_year, today.tm_mon):
                    break
                path = f"/Archives/edgar/full-index/{year}/QTR{quarter}/form.idx"
                self.generated[path] = ("\n".join(header + by_quarter.get(path, [])) + "\n").encode("latin-1")

    def body(self, path: str) -> bytes | None:
        if path in self.generated:
            return self.generated[path]
        f = self.files.get(path)
        return f.read_bytes() if f is not None else None


class FakeEdgar:
    """The server, its request log and its fault queue; start() and stop() it from a fixture."""

    def __init__(self, recordings: Recordings) -> None:
        self.recordings = recordings
        self.hits: list[Hit] = []
        self.faults: dict[str, deque[str]] = defaultdict(deque)
        self.lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> FakeEdgar:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def inject(self, path: str, *faults: str) -> None:
        self.faults[path].extend(faults)

    def log(self, hit: Hit) -> None:
        with self.lock:
            self.hits.append(hit)

    def max_in_any_second(self) -> int:
        """The most requests that arrived within any one-second window."""
        return len(self.busiest_second())

    def show_busiest_second(self) -> str:
        hits = self.busiest_second()
        return "\n".join(f"{h.at - hits[0].at:6.3f}s {h.status} {h.path}" for h in hits)

    def busiest_second(self) -> list[Hit]:
        """The requests of the busiest one-second window (to show when a test fails)."""
        hits = sorted(self.hits, key=lambda h: h.at)
        best: list[Hit] = []
        start = 0
        for end, hit in enumerate(hits):
            while hit.at - hits[start].at >= 1.0:
                start += 1
            if end - start + 1 > len(best):
                best = hits[start : end + 1]
        return best


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up on a kept-alive connection is normal here, not worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def _handler_for(edgar: FakeEdgar) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            arrived = time.monotonic()
            path = self.path.split("?", 1)[0]
            status, complete = self._answer(path)
            edgar.log(Hit(arrived, path, status, complete))

        def _answer(self, path: str) -> tuple[int, bool]:
            with edgar.lock:
                fault = edgar.faults[path].popleft() if edgar.faults.get(path) else None
            if "@" not in self.headers.get("User-Agent", ""):
                return self._send(403, b"Undeclared Automated Tool"), True
            if fault == "drop":
                self.close_connection = True
                return 0, False
            if fault in ("429", "503"):
                extra = {"Retry-After": "1"} if fault == "429" else {}
                return self._send(int(fault), b"slow down", extra), True
            body = edgar.recordings.body(path)
            if body is None:
                return self._send(404, b"Not Found"), True
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", {"ETag": etag}), True
            headers = {"ETag": etag, "Last-Modified": RECORDED_AT}
            if fault == "truncate":
                self._send_head(200, len(body), headers)
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return 200, False
            return self._send(200, body, headers), True

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> int:
            self._send_head(status, len(body), headers or {})
            if status != 304:
                self.wfile.write(body)
            return status

        def _send_head(self, status: int, length: int, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(length))
            self.end_headers()

    return Handler
