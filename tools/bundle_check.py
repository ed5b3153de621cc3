"""Run the bundled app's self-test and report the bundle's size.

    python -m tools.bundle_check dist/ketenplan

Exits with the self-test's code; non-zero too when the executable is missing or hangs, when
the self-test did not prove the server's and the demo's libraries absent, or when files of
theirs lie in the bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

TIMEOUT_S = 120
NAMES = ("ketenplan", "ketenplan.exe")
# The line the bundle's self-test prints once it found none of them (desktop/selftest.py).
DESKTOP_ONLY = "ok    no server or demo libraries (none of "
# Folders the server's and the demo's packages leave in a bundle (data files, libraries).
NOT_IN_THE_BUNDLE = {"server", "fastapi", "starlette", "uvicorn", "psycopg", "psycopg_binary",
                     "psycopg_binary.libs", "psycopg_pool", "faker"}


def find_executable(bundle: Path) -> Path | None:
    if bundle.is_file():
        return bundle
    for name in NAMES:
        candidate = bundle / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def bundle_size(bundle: Path) -> tuple[int, int]:
    """Bytes on disk (allocated blocks where the OS reports them) and the number of files."""
    total = count = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        st = path.stat()
        total += getattr(st, "st_blocks", 0) * 512 or st.st_size
        count += 1
    return total, count


def foreign_files(bundle: Path) -> list[str]:
    """Folders in the bundle that belong to the server's or the demo's packages."""
    return sorted(str(path.relative_to(bundle)) for path in bundle.rglob("*")
                  if path.is_dir() and path.name.lower() in NOT_IN_THE_BUNDLE)


def run_self_test(executable: Path) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    try:
        result = subprocess.run([str(executable), "--self-test"], env=env, timeout=TIMEOUT_S,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                errors="replace")
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout or ""
        print(output if isinstance(output, str) else output.decode(errors="replace"))
        print(f"self-test did not finish within {TIMEOUT_S} s")
        return 1
    print(result.stdout, end="")
    print(f"self-test exit code {result.returncode} after {time.perf_counter() - start:.1f} s")
    if result.returncode == 0 and DESKTOP_ONLY not in result.stdout:
        print("the self-test did not show that the server's and the demo's libraries are absent")
        return 1
    return result.returncode


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    bundle = Path(argv[0])
    executable = find_executable(bundle)
    if executable is None:
        print(f"no executable ketenplan in {bundle}: build it with `make bundle`")
        return 1
    code = run_self_test(executable)
    folder = bundle if bundle.is_dir() else bundle.parent
    foreign = foreign_files(folder)
    if foreign:
        print(f"server or demo files in the bundle: {', '.join(foreign)}")
        code = code or 1
    size, files = bundle_size(folder)
    print(f"bundle {folder}: {size / 1e6:.1f} MB on disk, {files} files")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
