"""deploy/serve.py's HAProxy config (the template filled in): no HAProxy and no server needed here.

tests/e2e/test_serve.py runs the real thing (HAProxy and two workers, in a browser).
"""

from __future__ import annotations

import re

import pytest

from deploy.serve import TEMPLATE, bind_address, main, render_config


def test_every_worker_gets_a_server_line_with_its_own_sticky_cookie_and_the_health_check() -> None:
    cfg = render_config(TEMPLATE.read_text(), "127.0.0.1:8501", [("w1", "127.0.0.1:4001"), ("w2", "h2:8501")])
    assert "@" not in re.sub(r"#.*", "", cfg)  # every placeholder filled
    assert re.search(r"^    bind 127\.0\.0\.1:8501$", cfg, re.M)
    servers = re.findall(r"^    server (\S+) (\S+) cookie (\S+)$", cfg, re.M)
    assert servers == [("w1", "127.0.0.1:4001", "w1"), ("w2", "h2:8501", "w2")]
    assert re.search(r"^    cookie lw_worker insert indirect nocache", cfg, re.M)
    assert re.search(r"^    option httpchk GET /_stcore/health$", cfg, re.M)
    assert re.search(r"^    default-server check ", cfg, re.M)


def test_the_config_logs_no_request() -> None:
    """No `log` directive and no log format: HAProxy then writes no URL (the case is in the query)."""
    lines = [ln.split("#")[0].split() for ln in TEMPLATE.read_text().splitlines()]
    keywords = {ln[0] for ln in lines if ln}
    assert not keywords & {"log", "log-format", "capture"}
    assert not any(ln[:2] == ["option", "httplog"] for ln in lines)


def test_bind_address_for_ipv4_and_ipv6() -> None:
    assert bind_address("0.0.0.0", 80) == "0.0.0.0:80"
    assert bind_address("::1", 8501) == "ipv6@::1:8501"


def test_print_config_shows_one_server_per_worker(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--print-config", "--workers", "3", "--host", "0.0.0.0", "--port", "9000"]) == 0
    out = capsys.readouterr().out
    assert len(re.findall(r"^    server w\d ", out, re.M)) == 3
    assert "    bind 0.0.0.0:9000\n" in out


def test_a_template_without_its_placeholders_is_refused() -> None:
    with pytest.raises(ValueError, match="@BIND@"):
        render_config("global\n", "127.0.0.1:1", [])
