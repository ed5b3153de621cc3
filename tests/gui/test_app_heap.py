"""The app leaves its start-up heap out of later full collections, which stall the GUI thread."""

import gc

from desktop.app import _freeze_start_up_heap


def test_what_start_up_built_is_frozen_out_of_full_collections():
    try:
        _freeze_start_up_heap()
        frozen = gc.get_freeze_count()
        assert frozen > 10_000  # this process's modules, classes and Qt wrappers
        assert len(gc.get_objects()) < frozen / 10  # what a full collection still walks
    finally:
        gc.unfreeze()
