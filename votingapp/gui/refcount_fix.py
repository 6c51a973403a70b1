"""A guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

There, every call of a Qt method that returns nothing hands back ``None`` without a new reference:
each call takes one reference away from ``None`` (measured: ``QObject.setObjectName`` x100 lowers
``sys.getrefcount(None)`` by 100). On CPython 3.12+ ``None`` is immortal and nothing happens; on 3.11
the app aborts with "Fatal Python error: none_dealloc" after some ten thousand calls, i.e. minutes
into a polling day. Until the binding is fixed (or the app runs on 3.12+), ``None``, ``True`` and
``False`` are made as good as immortal here, which is what CPython 3.12 does for them.
"""

from __future__ import annotations

import ctypes
import sys

_LIFT = 1 << 40  # CPython 3.12 gives immortal objects a count near 2**32; a leak of one per call never gets there


def make_singletons_immortal() -> bool:
    """Lift the reference counts of None, True and False out of reach; False when the runtime needs nothing."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _LIFT:
            count.value += _LIFT
    return True
