"""Allow ``python -m lbp_desktop``."""

from lbp_desktop.cli import main

raise SystemExit(main())
