"""A test whose outside input is missing fails, unless KETENPLAN_ALLOW_SKIP names that input;
every skip is counted, with its reason, at the end of the run."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

NEEDS_DUO = '''
from tests.conftest import missing_input

def test_needs_duo():
    missing_input("duo", "no PIP.openapi.yml in /nowhere")

def test_runs():
    pass
'''


def _run(tmp_path: Path, allow: str | None) -> subprocess.CompletedProcess:
    test_file = tmp_path / "test_needs_duo.py"
    test_file.write_text(NEEDS_DUO)
    env = {k: v for k, v in os.environ.items() if k != "KETENPLAN_ALLOW_SKIP"}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # only the plugin under test: a quicker start
    if allow is not None:
        env["KETENPLAN_ALLOW_SKIP"] = allow
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
         "--rootdir", str(tmp_path), "-c", os.devnull, str(test_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("allow", [None, "postgres"])
def test_a_missing_input_fails_unless_its_skip_is_asked_for(tmp_path, allow):
    result = _run(tmp_path, allow)
    assert result.returncode == 1, result.stdout
    assert "1 failed, 1 passed" in result.stdout
    assert "DUO's OpenAPI files" in result.stdout and "KETENPLAN_ALLOW_SKIP=duo" in result.stdout
    assert "skipped" not in result.stdout


@pytest.mark.parametrize("allow", ["postgres,duo", "all"])
def test_an_asked_for_skip_passes_and_the_summary_counts_it_with_its_reason(tmp_path, allow):
    result = _run(tmp_path, allow)
    assert result.returncode == 0, result.stdout
    assert "1 passed, 1 skipped" in result.stdout
    assert "1 skipped" in result.stdout.split("short test summary")[0]  # the section of its own
    assert "    1  [duo] DUO's OpenAPI files beside the repository" in result.stdout
