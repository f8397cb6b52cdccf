"""The worklist: a lazily paged model over ``store.worklist`` and its page with search and alerts.

The model fetches one page (``PAGE`` rows) at a time through ``canFetchMore``/``fetchMore``, so a
database with 100,000 episodes opens as fast as one with six. Risk and red flags are painted as
pills carrying a word and a glyph as well as a colour.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import plain_label
from lbp_desktop.ui.workspace.medcom_ui import medcom_states, short_state_text, state_text

BadgeRole = Qt.ItemDataRole.UserRole + 1      # (bg, fg) for a pill
EpisodeIdRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def format_cpr(cpr: str) -> str:
    digits = cpr.replace("-", "")
    if len(digits) == 10 and "-" not in cpr:
        return f"{digits[:6]}-{digits[6:]}"
    return cpr


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    part = iso[:10]
    if len(part) == 10 and part[4] == "-":
        return f"{part[8:10]}.{part[5:7]}.{part[0:4]}"
    return part


class WorklistModel(QAbstractTableModel):
    PAGE = 200
    COLUMNS = ("patient", "cpr", "status", "questionnaire", "risk", "flags", "referral",
               "clinician")

    def __init__(self, store: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[Any] = []
        self._more = True
        self._search = ""
        self._open_only = True
        self.fetch_calls = 0
        self._progress: dict[str, tuple[int, int]] = {}
        self._medcom: dict[str, str] = {}
        self._flows: dict[str, Any] = {}

    # -- query -------------------------------------------------------------------------------
    def set_query(self, search: str = "", open_only: bool = True) -> None:
        self.beginResetModel()
        self._search = search.strip()
        self._open_only = open_only
        self._rows = []
        self._medcom = {}
        self._more = True
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        """Reload keeping at least as many rows as are loaded now."""
        wanted = max(self.PAGE, len(self._rows))
        self.beginResetModel()
        self._rows = list(self.store.worklist(search=self._search, open_only=self._open_only,
                                              limit=wanted, offset=0))
        self._more = len(self._rows) == wanted
        self._progress = {}
        self._add_progress(self._rows)
        self._medcom = medcom_states(self.store, [r.episode_id for r in self._rows])
        self.endResetModel()

    def clear(self) -> None:
        """No rows until the next ``set_query``/``refresh`` (after sign-out)."""
        self.beginResetModel()
        self._rows = []
        self._search = ""
        self._more = False
        self._progress = {}
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        self.fetch_calls += 1
        page = list(self.store.worklist(search=self._search, open_only=self._open_only,
                                        limit=self.PAGE, offset=len(self._rows)))
        self._more = len(page) == self.PAGE
        if not page:
            return
        first = len(self._rows)
        self._add_progress(page)
        self._medcom.update(medcom_states(self.store, [r.episode_id for r in page]))
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _add_progress(self, rows: list[Any]) -> None:
        """"i gang (N/M)" for questionnaires being answered: per such row two indexed lookups
        (the open response by ``response(episode_id, started_at)``, its answers by
        ``answer(response_id, …)``); rows not in progress cost nothing."""
        for row in rows:
            if row.questionnaire != "in_progress":
                continue
            try:
                response = self.store.open_response(row.episode_id)
                if response is None:
                    continue
                answers = self.store.answers(response.id)
                flow = self._flow(response.battery_id)
            except Exception:
                continue
            if flow is None:
                continue
            items = flow.visible_items(answers)
            done = sum(1 for form, item in items if item.id in answers.get(form.id, {}))
            self._progress[row.episode_id] = (done, len(items))

    def _flow(self, battery_id: str) -> Any:
        if battery_id not in self._flows:
            from lbp_desktop.ui.kiosk.flow import Flow

            forms = self.store.forms
            try:
                chosen = forms.battery_forms(battery_id)
            except KeyError:
                chosen = [forms.form(battery_id)] if battery_id in forms.forms else []
            self._flows[battery_id] = Flow(chosen) if chosen else None
        return self._flows[battery_id]

    def progress(self, episode_id: str) -> tuple[int, int] | None:
        return self._progress.get(episode_id)

    # -- model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Patient"), self.tr("CPR"), self.tr("Status"), self.tr("Skema"),
                self.tr("STarT-risiko"), self.tr("Røde flag"), self.tr("Henvist"),
                self.tr("Behandler")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == EpisodeIdRole:
            return row.episode_id
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col, accessible=role == Qt.ItemDataRole.AccessibleTextRole)
        if role == BadgeRole:
            return self._badge(row, col)
        if role == Qt.ItemDataRole.FontRole and col == "patient":
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and col in ("cpr", "referral", "clinician"):
            return QColor(theme.TEXT_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _text(self, row: Any, col: str, *, accessible: bool) -> str | None:
        """What a cell says (on screen, or to a screen reader when ``accessible``)."""
        if col == "patient":
            fictional = getattr(row, "fictional", False) and accessible
            return row.patient_name + ("  " + self.tr("(fiktiv)") if fictional else "")
        if col == "status":
            medcom = self._medcom.get(row.episode_id)  # the letter's MedCom state wins
            return short_state_text(medcom) if medcom else texts.status_text(row.status)
        if col == "questionnaire":
            progress = self._progress.get(row.episode_id)
            if row.questionnaire == "in_progress" and progress is not None:
                return self.tr("i gang (%1/%2)").replace("%1", str(progress[0])) \
                    .replace("%2", str(progress[1]))
            return texts.questionnaire_text(row.questionnaire)
        if col == "risk":
            if row.risk in theme.RISK:
                return f"{theme.RISK[row.risk].glyph} {texts.risk_short(row.risk)}"
            return "–"
        plain = {
            "cpr": lambda: format_cpr(row.cpr),
            "flags": lambda: texts.flag_text(row.red_flags),
            "referral": lambda: format_date(row.referral_date),
            "clinician": lambda: row.clinician_name or "",
        }
        return plain[col]() if col in plain else None

    @staticmethod
    def _badge(row: Any, col: str) -> tuple[str, str] | None:
        """The pill colours (background, text) of a cell that is drawn as a badge."""
        if col == "risk" and row.risk in theme.RISK:
            s = theme.RISK[row.risk]
            return (s.bg, s.fg)
        if col == "flags" and row.red_flags == "acute":
            return (theme.FLAG_ACUTE.bg, theme.FLAG_ACUTE.fg)
        if col == "flags" and row.red_flags in ("flag", "unanswered"):
            return (theme.FLAG.bg, theme.FLAG.fg)
        if col == "questionnaire" and row.questionnaire == "done":
            return (theme.ACCENT_LIGHT, theme.ACCENT_DARK)
        return None

    def _tooltip(self, row: Any, col: str) -> str | None:
        if col == "status" and row.episode_id in self._medcom:
            return self.tr("Epikrise til egen læge, MedCom: %1").replace(
                "%1", state_text(self._medcom[row.episode_id]))
        if col != "flags":
            return None
        level = row.red_flags
        if level == "acute":
            return self.tr("Akut rødt flag – se patienten nu")
        if level == "unanswered":
            return self.tr("Spørgsmål om akut rødt flag ikke besvaret – spørg patienten")
        return None


class BadgeDelegate(QStyledItemDelegate):
    """Paints cells that carry ``BadgeRole`` as a rounded pill with the cell's text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colours = index.data(BadgeRole)
        if not colours:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, QColor(theme.SELECTION))
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        fm = painter.fontMetrics()
        w = fm.horizontalAdvance(text) + 18
        h = fm.height() + 6
        r = option.rect
        pill = QRectF(r.x() + 6, r.y() + (r.height() - h) / 2, min(w, r.width() - 10), h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[0]))
        painter.drawRoundedRect(pill, 4, 4)
        painter.setPen(QColor(colours[1]))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), 30))


class WorklistView(QTableView):
    """Enter (or double-click) opens the episode under the cursor."""

    activated_episode = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(34)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                    | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegate(BadgeDelegate(self))
        self.setTabKeyNavigation(False)
        self.doubleClicked.connect(self._open_index)

    def configure_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = [260, 120, 150, 110, 130, 120, 110, 160]
        for col, w in enumerate(widths):
            self.setColumnWidth(col, w)
        header.setStretchLastSection(True)

    def _open_index(self, index: QModelIndex) -> None:
        episode_id = index.data(EpisodeIdRole)
        if episode_id:
            self.activated_episode.emit(episode_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self._open_index(index)
                return
        super().keyPressEvent(event)


def alert_text(alert: dict[str, Any]) -> str:
    """The clinician's words for an alert: the red flag's label, else the form's message."""
    if alert.get("form_id") == "redflags":
        from lbp_desktop.pathway.redflags import label

        try:
            return label(str(alert.get("item_id")), texts.lang())
        except KeyError:
            pass
    if alert.get("form_id") == "mdi":
        return QCoreApplication.translate("Texts", "MDI spørgsmål 6: tanker om at livet ikke er "
                                                   "værd at leve – tal med patienten i dag")
    return alert.get("message_en" if texts.lang() == "en" else "message_da") or ""


class AlertStrip(QFrame):
    """A red strip listing new acute alerts (red flags, MDI item 6) until acknowledged."""

    open_episode = Signal(str)
    dismissed = Signal(object)
    changed = Signal()
    """An alert was added or dismissed (the main window mirrors them on every page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AlertStrip")
        self.setStyleSheet(f"#AlertStrip {{ background:{theme.FLAG_ACUTE.bg};"
                           f" border-radius:{theme.RADIUS}px; }}"
                           f" #AlertStrip QLabel {{ color:white; }}"
                           f" #AlertStrip QPushButton {{ background:white; color:"
                           f"{theme.FLAG_ACUTE.bg}; border:none; font-weight:600; }}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(theme.SPACING, 8, theme.SPACING, 8)
        self._layout.setSpacing(6)
        self._shown: dict[tuple, QWidget] = {}
        self._alerts: dict[tuple, dict[str, Any]] = {}
        self.hide()

    def alert_keys(self) -> list[tuple]:
        return list(self._shown)

    def line(self, alert: dict[str, Any]) -> str:
        """'⚠ AKUT: <patient> – <flag>' (here and in the main window's strip)."""
        acute = self.tr("AKUT")  # (lupdate does not see a tr() inside an f-string)
        return f"⚠ {acute}: {alert.get('patient_name', '')} – {alert_text(alert)}"

    def latest(self) -> dict[str, Any] | None:
        """The alert added last (still shown), or None."""
        return self._alerts[next(reversed(self._alerts))] if self._alerts else None

    def add_alert(self, alert: dict[str, Any]) -> None:
        key = (alert.get("response_id"), alert.get("form_id"), alert.get("item_id"))
        if key in self._shown:
            return
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        label = plain_label(self.line(alert), wrap=True)
        label.setStyleSheet("color:white; font-weight:600;")
        h.addWidget(label, 1)
        open_button = QPushButton(self.tr("Åbn forløb"))
        episode_id = alert.get("episode_id")
        open_button.clicked.connect(lambda: self.open_episode.emit(episode_id))
        seen_button = QPushButton(self.tr("Set"))
        seen_button.setToolTip(self.tr("Skjul advarslen (den står stadig på forløbet)"))
        seen_button.clicked.connect(lambda: (self.dismiss(key), self.dismissed.emit(key)))
        h.addWidget(open_button)
        h.addWidget(seen_button)
        self._layout.addWidget(row)
        self._shown[key] = row
        self._alerts[key] = alert
        self.show()
        self.changed.emit()

    def dismiss(self, key: tuple) -> None:
        row = self._shown.pop(key, None)
        self._alerts.pop(key, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        if not self._shown:
            self.hide()
        self.changed.emit()


class WorklistPage(QWidget):
    """Title, search, the alert strip and the worklist table."""

    open_episode = Signal(str)
    register_requested = Signal()

    SEARCH_DELAY_MS = 250
    ALERT_POLL_MS = 2000
    ALERT_LOOKBACK_DAYS = 2
    REFRESH_EVERY = 5  # polls (10 s)

    def __init__(self, store: Any, parent: QWidget | None = None, *,
                 can_register: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self._dismissed: set[tuple] = set()
        self._last_alert_at: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING * 2, theme.SPACING + 4, theme.SPACING * 2,
                                  theme.SPACING)
        layout.setSpacing(theme.SPACING)
        top = QHBoxLayout()
        top.setSpacing(theme.SPACING)
        top.addWidget(plain_label(self.tr("Arbejdsliste"), role="h1"))
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Søg navn eller CPR …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        top.addWidget(self.search)
        self.open_only = QCheckBox(self.tr("Kun åbne forløb"))
        self.open_only.setChecked(True)
        top.addWidget(self.open_only)
        self.register_button = QPushButton(self.tr("+ Registrér patient"))
        self.register_button.setProperty("role", "primary")
        self.register_button.clicked.connect(self.register_requested)
        self.register_button.setVisible(can_register)
        top.addWidget(self.register_button)
        layout.addLayout(top)

        self.alerts = AlertStrip()
        self.alerts.open_episode.connect(self.open_episode)
        self.alerts.dismissed.connect(self._dismissed.add)
        layout.addWidget(self.alerts)

        self.model = WorklistModel(store, self)
        self.view = WorklistView()
        self.view.setModel(self.model)
        self.view.configure_columns()
        self.view.activated_episode.connect(self.open_episode)
        layout.addWidget(self.view, 1)
        self.count_label = plain_label("", role="muted")
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        self.open_only.toggled.connect(lambda _c: self.apply_search())

        self._alert_timer = QTimer(self)
        self._alert_timer.setInterval(self.ALERT_POLL_MS)
        self._alert_timer.timeout.connect(self._tick)
        self._ticks = 0
        self.apply_search()

    def start_polling(self) -> None:
        self.poll_alerts()
        self._alert_timer.start()

    def stop_polling(self) -> None:
        self._alert_timer.stop()

    def _search_enter(self) -> None:
        self._debounce.stop()
        self.apply_search()
        if self.model.rowCount() > 0:
            self.view.setFocus()
            self.view.selectRow(0)

    def apply_search(self) -> None:
        self.model.set_query(self.search.text(), self.open_only.isChecked())
        if self.model.rowCount() > 0 and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.update_count()

    def update_count(self) -> None:
        try:
            total = self.store.worklist_count(search=self.search.text().strip(),
                                              open_only=self.open_only.isChecked())
        except Exception:  # a count is a nicety; the list itself matters
            total = self.model.rowCount()
        self.count_label.setText(self.tr("%n forløb", "", total))

    def clear(self) -> None:
        """Forget the rows and the search (sign-out); ``refresh`` loads them again."""
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.count_label.setText("")

    def refresh(self) -> None:
        """Reload the rows (keeping the selected episode selected)."""
        current = self.view.currentIndex().data(EpisodeIdRole)
        self.model.refresh()
        if current:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).episode_id == current:
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    break
        self.update_count()

    def _tick(self) -> None:
        self.poll_alerts()
        self._ticks += 1
        if self._ticks % self.REFRESH_EVERY == 0 and self.isVisible():
            self.refresh()  # status from the tablet (questionnaire done) shows without a click

    def poll_alerts(self) -> None:
        """Show acute alerts newer than the last poll (on the first poll: the last 2 days)."""
        import datetime as dt

        since = self._last_alert_at or (
            dt.datetime.now(dt.UTC) - dt.timedelta(days=self.ALERT_LOOKBACK_DAYS)).isoformat()
        try:
            alerts = list(self.store.alerts(since=since))
        except Exception:
            return
        if alerts:
            self._last_alert_at = max(str(a.get("at") or "") for a in alerts) or since
            if self.isVisible():  # the red-flag badge of that row too (not behind a lock)
                self.model.refresh()
        for alert in reversed(list(alerts)):
            if alert.get("level", "acute") != "acute":
                continue
            key = (alert.get("response_id"), alert.get("form_id"), alert.get("item_id"))
            if key not in self._dismissed:
                self.alerts.add_alert(alert)

    def dismiss_alert(self, key: tuple) -> None:
        self._dismissed.add(key)
        self.alerts.dismiss(key)
