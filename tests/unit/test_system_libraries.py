"""The start-up names the packages to install when Qt's X11 plugin lacks a system library."""

import subprocess
import sys

from desktop.system_libraries import XCB_LIBRARIES, check_platform_libraries, missing_libraries, uses_xcb


def test_a_missing_xcb_cursor_names_its_package():
    message = check_platform_libraries({"DISPLAY": ":0"}, "linux",
                                       loads=lambda name: name != "libxcb-cursor.so.0")
    assert message is not None
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt-get install libxcb-cursor0\n" in message


def test_every_missing_library_is_in_one_install_command():
    message = check_platform_libraries({}, "linux", loads=lambda name: "icccm" not in name and "keysyms" not in name)
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in message


def test_nothing_is_said_when_all_load():
    assert check_platform_libraries({}, "linux", loads=lambda name: True) is None


def test_only_xcb_is_checked():
    never = lambda name: False  # noqa: E731
    assert check_platform_libraries({"QT_QPA_PLATFORM": "offscreen"}, "linux", loads=never) is None
    assert check_platform_libraries({"WAYLAND_DISPLAY": "wayland-0"}, "linux", loads=never) is None
    assert check_platform_libraries({}, "win32", loads=never) is None
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")


def test_the_real_loader_finds_what_this_machine_has():
    assert set(missing_libraries()) <= set(XCB_LIBRARIES)
    assert "libc.so.6" not in missing_libraries()


def test_the_app_says_it_instead_of_a_stack_trace(tmp_path):
    """The real command, with the library lookups made to fail: a message and exit code 1."""
    code = ("import ctypes, sys\n"
            "def refuse(*a, **k): raise OSError('no')\n"
            "ctypes.CDLL = refuse\n"
            "from desktop.__main__ import main\n"
            f"sys.exit(main(['--data-dir', {str(tmp_path)!r}]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1
    assert "sudo apt-get install" in done.stderr and "libxcb-cursor0" in done.stderr
    assert "Traceback" not in done.stderr
