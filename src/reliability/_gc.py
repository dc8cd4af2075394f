"""Pausing the cyclic garbage collector around work on very large inputs.

A 10 MB article builds hundreds of thousands of small objects and no reference
cycles; the cyclic collector only rescans them (it was 40 % of the time of such
an article). :func:`call_paused` runs one call with the collector paused when
asked to, and always restores it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["LARGE_TEXT_CHARS", "call_paused"]

#: Texts at least this long are processed with the cyclic collector paused.
LARGE_TEXT_CHARS = 100_000

T = TypeVar("T")


def call_paused(active: bool, function: Callable[..., T], *args: Any) -> T:
    """``function(*args)``, with the cyclic GC paused if ``active`` (and it is running)."""
    if active and gc.isenabled():
        gc.disable()
        try:
            return function(*args)
        finally:
            gc.enable()
    return function(*args)
