"""Settings are documented data: each one is in the README, and bad values fail at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentletters import config
from tests.conftest import ROOT

USES_DATABASE = False  # no test database: plain settings


@pytest.mark.parametrize("setting", config.SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_in_the_readme(setting: config.Setting) -> None:
    readme = (ROOT / "README.md").read_text()
    assert f"`{setting.name}`" in readme


def test_defaults_and_data_dir(tmp_path: Path) -> None:
    assert config.check({}) == []
    assert config.data_dir({"COMMENTLETTERS_DATA_DIR": str(tmp_path)}) == tmp_path
    assert config.data_dir({}).name == "commentletters"
    assert config.get("COMMENTLETTERS_EDGAR_URL", {}) == "https://www.sec.gov"


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"DATABASE_URL": "mysql://x@localhost/db"}, "DATABASE_URL"),
        ({"COMMENTLETTERS_EDGAR_URL": "www.sec.gov"}, "COMMENTLETTERS_EDGAR_URL"),
        ({"COMMENTLETTERS_USER_AGENT": "Jane Doe"}, "COMMENTLETTERS_USER_AGENT"),
    ],
)
def test_bad_values_are_named(env: dict[str, str], problem: str) -> None:
    problems = config.check(env)
    assert len(problems) == 1 and problems[0].startswith(problem)
    with pytest.raises(config.ConfigError, match=problem):
        config.require_valid(env)


def test_a_file_where_the_data_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("")
    assert config.check({"COMMENTLETTERS_DATA_DIR": str(tmp_path / "f")})[0].startswith("COMMENTLETTERS_DATA_DIR")


def test_allowed_hosts_default_to_this_machine_and_can_be_widened() -> None:
    from commentletters import config

    assert config.allowed_hosts({}) == ["localhost", "127.0.0.1"]
    assert config.allowed_hosts({"COMMENTLETTERS_ALLOWED_HOSTS": " letters.example.org, 10.0.0.5 ,"}) == [
        "letters.example.org",
        "10.0.0.5",
    ]


@pytest.mark.parametrize(("value", "read"), [("", None), ("127.0.0.1", "127.0.0.1"), (" ::1 ", "::1")])
def test_tls_proxy_is_an_address(value: str, read: str | None) -> None:
    assert config.tls_proxy({"COMMENTLETTERS_TLS_PROXY": value}) == read


def test_tls_proxy_that_is_no_address_is_named() -> None:
    problems = config.check({"COMMENTLETTERS_TLS_PROXY": "proxy.example.com"})
    assert len(problems) == 1 and problems[0].startswith("COMMENTLETTERS_TLS_PROXY must be the IP address")
