"""The desktop runs without the server's and the demo's libraries: a clean start from the sources
(a store made, every screen imported, a window shown) loads none of them, and the demo command,
where Faker is missing, says what to install instead of failing with a traceback."""

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.selftest import NOT_IN_THE_DESKTOP

ROOT = Path(__file__).resolve().parents[1]

START = """
import json, sys
from desktop.selftest import NOT_IN_THE_DESKTOP, self_test
import desktop.__main__, desktop.app, desktop.sync_service, sync.client.engine
code = self_test()
print(json.dumps({"code": code, "loaded": [n for n in NOT_IN_THE_DESKTOP if n in sys.modules]}))
"""

DEMO_WITHOUT_FAKER = """
import sys
sys.modules["faker"] = None  # as where the [demo] extra is not installed
from desktop.__main__ import main
sys.exit(main(["demo", "--data-dir", sys.argv[1]]))
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KETENPLAN_PASSPHRASE": "lange zin voor de demo 2026"}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_desktop_starts_without_loading_server_or_demo_libraries(tmp_path):
    result = _python(START)
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"code": 0, "loaded": []}, result.stdout + result.stderr
    assert "fastapi" in NOT_IN_THE_DESKTOP and "faker" in NOT_IN_THE_DESKTOP


def test_the_demo_command_without_faker_says_what_to_install(tmp_path):
    result = _python(DEMO_WITHOUT_FAKER, str(tmp_path / "demo"))
    assert result.returncode == 2, result.stderr
    assert "pip install 'ketenplan[demo]'" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "demo").exists()
