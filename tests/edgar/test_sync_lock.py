"""Two syncs on one data folder never interleave: the second one stops at once and says why."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from commentletters import cli
from commentletters.edgar.errors import EdgarError
from commentletters.edgar.store import sync_lock

from .fake_edgar import FakeEdgar

HOLD = (
    "import sys, time; from pathlib import Path; from commentletters.edgar.store import sync_lock\n"
    "with sync_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(30)\n"
)


def test_a_second_sync_while_one_runs_stops_before_asking_edgar(
    sync_env: Path, fake_edgar: FakeEdgar, capsys: pytest.CaptureFixture[str]
) -> None:
    root = sync_env / "edgar"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert cli.main(["sync", "--ticker", "GLW", "--quiet", "--no-ingest"]) == 2
        err = capsys.readouterr().err
        assert "another sync is already running" in err and f"pid {holder.pid}" in err
        assert fake_edgar.hits == []
    finally:
        holder.kill()
        holder.wait()
    # The kernel dropped the dead holder's lock: the next run goes ahead.
    assert cli.main(["sync", "--ticker", "GLW", "--quiet", "--no-ingest"]) == 2  # GLW's missing page 2
    assert "17 stored now" in capsys.readouterr().out


def test_the_lock_is_released_when_the_run_ends(tmp_path: Path) -> None:
    with sync_lock(tmp_path):
        with pytest.raises(EdgarError) as busy, sync_lock(tmp_path):
            pass
        assert busy.value.code == "sync-running"
    with sync_lock(tmp_path):
        pass
