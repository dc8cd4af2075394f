"""``python -m reliability ...``: the same command as ``reliability ...`` (e.g. in a venv without scripts on PATH)."""

import sys

from reliability.cli import main

if __name__ == "__main__":  # not when imported (pytest collects this package's modules for doctests)
    sys.exit(main())
