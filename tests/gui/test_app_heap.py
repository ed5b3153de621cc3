"""The app leaves its start-up heap out of later full collections, which stall the GUI thread;
what it made later, and anything no longer referenced, is still freed."""

import gc
import weakref

from desktop.app import _freeze_start_up_heap


class _Node:
    def __init__(self):
        self.other = None


def _cycle() -> weakref.ref:
    """Two objects that refer to each other and to nothing else: only the cycle search frees them."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_start_up_objects_leave_full_collections_and_garbage_is_still_freed():
    kept = _Node()  # something start-up built and keeps: a class, a module, a Qt wrapper
    left_behind = _cycle()  # garbage start-up made
    try:
        _freeze_start_up_heap()
        assert left_behind() is None  # collected first, not kept for good
        assert gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects())  # full collections no longer walk it

        later = _cycle()
        gc.collect()
        assert later() is None  # cycles made after start-up are still found

        frozen = weakref.ref(kept)
        del kept
        assert frozen() is None  # a frozen object is still freed by its reference count
    finally:
        gc.unfreeze()


def test_a_disabled_collector_is_left_alone():
    gc.disable()
    try:
        before = gc.get_freeze_count()
        _freeze_start_up_heap()
        assert gc.get_freeze_count() == before
    finally:
        gc.enable()
