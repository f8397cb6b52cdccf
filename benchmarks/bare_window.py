"""Baseline for the start-up benchmark: a bare PySide6 QMainWindow, shown and painted, then exit.

Run as a subprocess by ``benchmarks/run.py``; the app's ``--quit-after-startup`` does the same
steps (show, wait for the first paint, quit) on top of opening the database and building its UI.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("baseline"))
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, lambda: (window.repaint(), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
