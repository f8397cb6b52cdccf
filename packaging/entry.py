"""PyInstaller entry point: the same ``lbp-desktop`` command as the console script."""

import sys

from lbp_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
