"""`ketenplan --self-test`, the check the bundle runs in CI, and the tool that runs it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.selftest import WORK_DIR_ENV, self_test
from tools import bundle_check

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_from_source_and_leaves_nothing_behind(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", WORK_DIR_ENV: str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "self-test ok" in output
    for check in ("write and read a client", "close and reopen with the passphrase",
                  "no plain text in the store's files", "wrong passphrase refused",
                  "show a widget", "contact card in every language"):
        assert f"ok    {check}" in output
    assert "FAIL" not in output
    assert list(tmp_path.iterdir()) == []  # the throwaway store is gone


def _blocked_by_a_file(tmp_path: Path) -> Path:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's parent folder should be")
    return blocker


def _read_only_folder(tmp_path: Path) -> Path:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


@pytest.mark.parametrize("unusable", [_blocked_by_a_file, _read_only_folder])
def test_self_test_names_the_failing_check_when_no_store_can_be_made(tmp_path, capsys, unusable):
    work_dir = unusable(tmp_path)
    try:
        assert self_test(work_dir=work_dir) == 1
    finally:
        if work_dir.is_dir():
            work_dir.chmod(0o700)
    output = capsys.readouterr().out
    assert "FAIL  create encrypted store in a temporary folder" in output
    assert "self-test FAILED at: create encrypted store in a temporary folder" in output
    assert "self-test ok" not in output


def test_bundle_check_fails_without_an_executable(tmp_path, capsys):
    assert bundle_check.main([str(tmp_path / "dist" / "ketenplan")]) == 1
    assert "no executable" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the bundle")
def test_bundle_check_passes_on_the_exit_code_and_reports_the_size(tmp_path, capsys):
    bundle = tmp_path / "ketenplan"
    bundle.mkdir()
    executable = bundle / "ketenplan"
    executable.write_text('#!/bin/sh\necho "got $1 on $QT_QPA_PLATFORM"\nexit 3\n')
    executable.chmod(0o755)
    assert bundle_check.main([str(bundle)]) == 3
    output = capsys.readouterr().out
    assert "got --self-test on offscreen" in output
    assert "1 files" in output


def _fake_bundle(tmp_path, prints: str):
    bundle = tmp_path / "ketenplan"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / "ketenplan"
    executable.write_text(f"#!/bin/sh\nprintf '{prints}'\nexit 0\n")
    executable.chmod(0o755)
    return bundle


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the bundle")
def test_bundle_check_passes_a_bundle_proven_free_of_server_and_demo_libraries(tmp_path, capsys):
    bundle = _fake_bundle(tmp_path, "ok    no server or demo libraries (none of faker)\nself-test ok\n")
    assert bundle_check.main([str(bundle)]) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the bundle")
def test_bundle_check_fails_a_bundle_whose_self_test_did_not_prove_them_absent(tmp_path, capsys):
    bundle = _fake_bundle(tmp_path, "ok    no server or demo libraries (not checked from the sources)\n")
    assert bundle_check.main([str(bundle)]) == 1
    assert "did not show" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the bundle")
def test_bundle_check_fails_a_bundle_carrying_their_files(tmp_path, capsys):
    bundle = _fake_bundle(tmp_path, "ok    no server or demo libraries (none of faker)\nself-test ok\n")
    (bundle / "_internal" / "psycopg_binary.libs").mkdir()
    assert bundle_check.main([str(bundle)]) == 1
    assert "psycopg_binary.libs" in capsys.readouterr().out
