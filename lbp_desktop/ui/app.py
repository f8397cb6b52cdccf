"""The GUI entry point: ``run_gui(args) -> int`` (called by ``lbp-desktop`` without a subcommand).

Start-up order: QApplication (Danish by default; the workspace's English translator with
``--lang en``, which the kiosk also uses for its staff screens — a patient's questionnaire is in the
language of that patient's session, Danish unless they choose English), logging and the crash
handler, then the database:

- ``--demo``: a fresh demo database (``<data dir>/demo.db``, replaced every time) with its key;
  the sign-in is prefilled with the demo user and a "DEMO – fiktive data" banner is shown.
- ``--db PATH`` (default ``<data dir>/clinic.lbp``): opened with its key from the OS credential
  store / key file (``lbp_desktop.security.keys``); if the key is missing the recovery key is
  asked for. No database yet → the setup wizard.
- ``--kiosk``: straight into patient mode (waiting for staff).
- ``--kiosk --hub URL``: a waiting-room tablet, a client of the hub at URL (no local database):
  pairs first if needed, then patient mode against the hub (``lbp_desktop.ui.kiosk.hub``).
- ``--quit-after-startup``: start fully, paint the first screen (for ``--demo``: the main window,
  signed in as the demo user), print ``startup_ms=<n>`` and exit 0.

``<data dir>`` is ``$LBP_DATA_DIR`` or the platform's user data folder (``platformdirs``).

Only what the first screen needs is imported here; reportlab, FHIR and the episode screens load on
first use. Translations: ``python -m lbp_desktop.ui.i18n`` runs pyside6-lupdate and -lrelease.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import Any

from lbp_desktop import __version__
from lbp_desktop.paths import APP_ID, data_dir, resources_dir
from lbp_desktop.ui import theme


def default_db_path() -> Path:
    return data_dir() / "clinic.lbp"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def _process_age_ms(fallback_start: float) -> int:
    """Milliseconds since the process started (Linux /proc), else since ``fallback_start``."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start = int(stat[19]) / ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        age = (uptime - start) * 1000
        if 0 <= age < 600_000:
            return int(age)
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return int((time.perf_counter() - fallback_start) * 1000)


def make_application(lang: str = "da") -> Any:
    """The QApplication with name, version, icon, style sheet and translators."""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # Fusion on every system, chosen on the command line Qt reads: ``setStyle`` would hand
        # the new style to Python and build its eleven enum classes (~5 ms) before the first paint
        app = QApplication([sys.argv[0] if sys.argv else APP_ID, "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    from lbp_desktop.ui.common.gui_gc import GuiThreadCollector

    app.setProperty("lbp_gc", GuiThreadCollector(app))  # kept alive with the application
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("lbp-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    icon = resources_dir() / "icons" / "lbp-desktop.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(theme.stylesheet())
    app.setProperty("lbp_lang", lang)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en"
                               else QLocale.Language.Danish))
    for old in getattr(app, "_lbp_translators", []):
        app.removeTranslator(old)
    app._lbp_translators = []  # type: ignore[attr-defined]
    if lang != "en":
        # Qt's own buttons and menus (message boxes, input dialogs, text fields) in Danish
        translator = QTranslator(app)
        if translator.load(str(resources_dir() / "i18n" / "qt_da.qm")):
            app.installTranslator(translator)
            app._lbp_translators.append(translator)  # type: ignore[attr-defined]
    if lang == "en":
        # the kiosk installs its own translator per patient (KioskWindow._install_language): an
        # app-wide one here would keep its screens English for a patient who chose Danish
        translator = QTranslator(app)
        if translator.load(str(resources_dir() / "i18n" / "workspace_en.qm")):
            app.installTranslator(translator)
            app._lbp_translators.append(translator)  # type: ignore[attr-defined]
    return app


def write_fresh_demo(path: Path) -> None:
    """Replace ``path`` with a fresh demo database (and its key)."""
    from lbp_desktop.security import keys

    path.parent.mkdir(parents=True, exist_ok=True)
    for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if old.exists():
            old.unlink()
    sidecar = keys.sidecar_path(path)
    if sidecar.exists():
        with contextlib.suppress(Exception):
            keys.forget_key(keys.db_id(path))
        sidecar.unlink()
    from lbp_desktop.demo.build import build_demo

    build_demo(path)


def open_store(path: Path, parent: Any = None) -> Any:
    """Open ``path``; if its key is missing ask for the recovery key (and file it again)."""
    from lbp_desktop.security import keys
    from lbp_desktop.storage.store import Store

    try:
        return Store.open_path(path)
    except keys.DatabaseKeyError:
        pass
    # only now: importing the dialogs builds their enum classes, which a normal start never needs
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    while True:
        text, ok = QInputDialog.getText(
            parent, QInputDialog.tr("Databasenøgle mangler"),
            QInputDialog.tr("Nøglen til databasen findes ikke på denne computer.\n"
                            "Indtast gendannelsesnøglen (ABCD-EFGH-…):"),
            QLineEdit.EchoMode.Normal)
        if not ok:
            return None
        try:
            key = keys.key_from_recovery(text)
            store = Store.open(path, key)
        except Exception as exc:
            from lbp_desktop.errors import UserError

            if not isinstance(exc, UserError):
                raise
            QMessageBox.warning(parent, QInputDialog.tr("Forkert nøgle"), str(exc))
            continue
        keys.store_key(keys.db_id(path), key)
        return store


class Shell:
    """Keeps the app's top-level windows and walks from start-up to the main window."""

    def __init__(self, app: Any, args: argparse.Namespace, started: float) -> None:
        self.app = app
        self.args = args
        self.started = started
        self.store: Any = None
        self._forms: Any = None
        self.window: Any = None
        self.login: Any = None
        self.wizard: Any = None
        self.kiosk: Any = None
        self.hub_kiosk: Any = None
        self.demo = bool(getattr(args, "demo", False))
        self.quit_after = bool(getattr(args, "quit_after_startup", False))
        self.idle_ms = int(os.environ.get("LBP_IDLE_MS", "0") or 0) or None

    @property
    def forms(self) -> Any:
        """The validated forms, loaded on first use: the sign-in screen does not need them, and
        loading them (pydantic, the form files) is a fifth of a cold start."""
        if self._forms is None:
            from lbp_desktop.instruments import load_forms

            self._forms = load_forms()
        return self._forms

    # -- start -------------------------------------------------------------------------------
    def start(self) -> bool:
        if getattr(self.args, "hub", None):
            if not getattr(self.args, "kiosk", False):
                from lbp_desktop.errors import UserError

                raise UserError("--hub is for a tablet: use it with --kiosk")
            self.show_hub_kiosk(self.args.hub)
            return True
        if self.demo:
            path = demo_db_path()
            write_fresh_demo(path)
        else:
            path = Path(self.args.db) if getattr(self.args, "db", None) else default_db_path()
        self.db_path = path
        if not path.exists():
            if getattr(self.args, "db", None) and not self.demo and path.parent.is_dir() is False:
                from lbp_desktop.errors import UserError

                raise UserError(f"{path.parent}: no such folder")
            self.show_setup(path)
            return True
        self.store = open_store(path)
        if self.store is None:
            return False
        if getattr(self.args, "kiosk", False):
            self.show_kiosk()
            return True
        if self.demo and self.quit_after:
            user = self.store.authenticate("demo", "demo")
            if user is not None:
                self.show_main(user)
                return True
        self.show_login()
        return True

    def show_setup(self, path: Path) -> None:
        from lbp_desktop.ui.workspace.setup_wizard import SetupWizard

        def create(clinic: dict[str, str], admin: dict[str, str]) -> tuple[Any, str | None]:
            from lbp_desktop.storage.store import Store

            path.parent.mkdir(parents=True, exist_ok=True)
            store, recovery = Store.create_new(path)
            store.save_clinic(clinic["name"], clinic.get("address", ""), clinic.get("phone", ""),
                              clinic.get("sor", ""), clinic.get("ean", ""))
            store.create_user(admin["username"], admin["password"], admin["name"], "admin")
            return store, recovery

        self.wizard = SetupWizard(create)
        self.wizard.accepted.connect(self._setup_done)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()

    def _setup_done(self) -> None:
        self.store = self.wizard.store
        self.wizard = None
        self.show_login()

    def show_login(self) -> None:
        from lbp_desktop.ui.workspace.login import LoginDialog

        clinic = self.store.clinic()
        self.login = LoginDialog(self.store, username="demo" if self.demo else "",
                                 clinic_name=clinic.name if clinic else "", demo=self.demo)
        self.login.accepted.connect(lambda: self.show_main(self.login.user))
        self.login.rejected.connect(self.app.quit)
        self.login.show()

    def show_main(self, user: Any) -> None:
        # the sign-in reads no settings: the ones of an earlier version are carried over here,
        # before the workspace (lock time, tablet service) reads the first one
        import_qt_settings()
        from lbp_desktop.settings import idle_minutes
        from lbp_desktop.ui.workspace.main_window import DEFAULT_IDLE_MS, MainWindow

        idle_ms = self.idle_ms or idle_minutes() * 60_000 or DEFAULT_IDLE_MS
        self.window = MainWindow(self.store, self.forms, user, demo=self.demo, idle_ms=idle_ms)
        self.window.show()

    def show_kiosk(self) -> None:
        from lbp_desktop.ui.kiosk.window import KioskWindow

        options = {"idle_timeout_ms": self.idle_ms} if self.idle_ms else {}  # LBP_IDLE_MS
        self.kiosk = KioskWindow(self.store, self.forms, lock=True, **options)
        self.kiosk.exit_requested.connect(self.leave_kiosk)
        self.kiosk.show_waiting()
        self.kiosk.show()

    def leave_kiosk(self, user: Any) -> None:
        """Staff signed in to leave patient mode (``--kiosk`` on a single device): the kiosk has
        released its lock; open the workspace for that user (they have just authenticated)."""
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.close()
            kiosk.deleteLater()
        self.show_main(user)

    def show_hub_kiosk(self, hub_url: str) -> None:
        from lbp_desktop.ui.kiosk.hub import HubKiosk

        options = {"idle_timeout_ms": self.idle_ms} if self.idle_ms else {}  # LBP_IDLE_MS
        self.hub_kiosk = HubKiosk(hub_url, self.forms, kiosk_options=options)
        self.hub_kiosk.ready.connect(self._hub_kiosk_ready)
        self.hub_kiosk.quit_requested.connect(self.app.quit)
        self.app.aboutToQuit.connect(self.hub_kiosk.close)  # stops delivery; the outbox stays
        self.hub_kiosk.start()

    def _hub_kiosk_ready(self, kiosk: Any) -> None:
        self.kiosk = kiosk

    def top_window(self) -> Any:
        pairing = self.hub_kiosk.pairing if self.hub_kiosk is not None else None
        return self.window or self.kiosk or pairing or self.login or self.wizard

    # -- --quit-after-startup ----------------------------------------------------------------
    def finish_startup(self) -> None:
        widget = self.top_window()
        self.app.processEvents()
        if widget is not None:
            widget.repaint()
            widget.grab()  # forces a full paint of the window's contents
        print(f"startup_ms={_process_age_ms(self.started)}", flush=True)
        self.app.exit(0)


# Qt-free modules the sign-in window needs. They are imported before PySide6: once PySide6 is
# loaded, its ``__feature__`` import hook reads the source of every newly imported module
# (``inspect.getsource``) to see whether it uses PySide6 — a tax of a few tenths of a millisecond
# per module that modules already loaded do not pay.
_SIGN_IN_CORE = (
    "lbp_desktop.errors",
    "lbp_desktop.paths",
    "lbp_desktop.security.keys",
    "lbp_desktop.security.throttle",
    "lbp_desktop.storage.store",
    "lbp_desktop.instruments.words",
)

# Loaded after the first paint, while the user reads the sign-in window: the password check
# (argon2), the rest of the storage layer and the log file.
_AFTER_PAINT = ("argon2", "sqlite_utils")


def _preload_sign_in_core() -> None:
    import importlib

    for name in _SIGN_IN_CORE:
        importlib.import_module(name)


def after_first_paint(widget: Any, work: Any) -> None:
    """Run ``work()`` once, just after ``widget`` (or, if None, the first event-loop turn) has
    painted — for start-up work the first window does not need."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    if widget is None:
        QTimer.singleShot(0, work)
        return

    class _Once(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, work)
                self.deleteLater()
            return False

    widget.installEventFilter(_Once(widget))


def _warm_up() -> None:
    """Open the log file and load what the next step (signing in) needs."""
    import importlib

    from lbp_desktop.ui.common import crash

    crash.setup_logging()
    for name in _AFTER_PAINT:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def import_qt_settings() -> None:
    """Carry settings saved by earlier versions in Qt's own store (the registry on Windows, a
    plist on macOS) over to ``settings.ini`` once, so an upgrade keeps the configured tablet
    service address and lock time. Called before the workspace opens (the first window that reads
    a setting); finding the data folder and Qt's store costs ~10 ms the sign-in need not wait
    for."""
    if os.environ.get("LBP_DATA_DIR") or (data_dir() / "settings.ini").exists():
        return  # the usual case, decided without loading the settings module
    from PySide6.QtCore import QSettings

    old = QSettings(APP_ID, APP_ID)
    bind, port = old.value("hub/bind"), old.value("hub/port")
    minutes = old.value("workspace/idle_minutes")
    if bind is None and port is None and minutes is None:
        return  # nothing saved by an earlier version
    from lbp_desktop import settings

    if bind is not None or port is not None:
        with contextlib.suppress(TypeError, ValueError, OSError):
            settings.save_hub_settings(str(bind or settings.DEFAULT_HUB_BIND),
                                       int(port if port is not None else
                                           settings.DEFAULT_HUB_PORT))
    if minutes is not None:
        with contextlib.suppress(TypeError, ValueError, OSError):
            settings.set_idle_minutes(int(minutes))


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    # The crash hook first: whatever fails from here on leaves a crash log (and, once the
    # application exists, tells the user). The module is Qt-free, imported before PySide6.
    from lbp_desktop.ui.common import crash

    crash.install()
    _preload_sign_in_core()
    from PySide6.QtCore import QTimer

    lang = getattr(args, "lang", None) or "da"
    app = make_application(lang)
    app.setQuitOnLastWindowClosed(True)
    shell = Shell(app, args, started)
    app._lbp_shell = shell  # type: ignore[attr-defined]  # keep it alive with the app
    if not shell.start():
        return 1
    if shell.quit_after:
        QTimer.singleShot(0, shell.finish_startup)
    else:
        after_first_paint(shell.top_window(), _warm_up)
    return int(app.exec() or 0)
