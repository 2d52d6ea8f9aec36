"""The frozen program's entry point: the same `derbes` command as the installed script
(no arguments opens the window; `--smoke-test` checks the bundle and quits)."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # Windows: a frozen program's child processes
    sys.exit(main())
