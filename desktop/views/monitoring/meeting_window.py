"""The monitoring meetings, reached from the dashboard: the list, one meeting's editor, its report.

Reads and writes go through the database worker. What is typed is kept as an encrypted draft per
meeting (desktop/views/common/form_draft.py) until it is saved: a lock, or closing the window, loses
none of it. Only a coordinator of the municipality (or an administrator) records meetings; the
server refuses anyone else's change, so for others the editor is read-only and only the report is
offered. Stories and ratings come from the providers passed in (the journey's records).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.monitoring.options import SETTINGS_FILE, MonitoringOptions, OptionsInvalid, load_settings
from desktop.monitoring.report.make import (
    RatingProvider,
    StoryProvider,
    figures_now,
    make_report,
    no_ratings,
    no_stories,
)
from desktop.store.stories import journey_stages, rating_counts, story_choices
from desktop.tasks import DbWorker
from desktop.views.common.export_file import ask_export_path
from desktop.views.common.form_draft import FormDraft
from desktop.views.common.style import set_role
from desktop.views.monitoring.meeting_editor import MeetingEditor, quiet_button
from desktop.views.monitoring.meeting_rows import date_text
from domain.errors import RecordInvalid
from domain.monitoring.cohorts import CohortBy

WRITERS = ("coordinator", "administrator")
NEW = "new"
_ID = Qt.ItemDataRole.UserRole


def _settings(store) -> dict:
    try:
        return load_settings(store.data_dir / SETTINGS_FILE)
    except OptionsInvalid:
        return {}


def _overview(store, stories: StoryProvider) -> dict[str, Any]:
    """On the worker: the meetings, the directory, the stories to choose from, and may this device write."""
    me = store.current_worker()
    workers = store.directory.workers()
    role = next((w["role"] for w in workers if w["id"] == me), None)
    return {"meetings": store.meetings.list(), "workers": workers,
            "organisations": {o["id"]: o["name"] for o in store.directory.organisations()},
            "choices": stories(store.engine), "may_write": role in WRITERS,
            "stages": {s.key: s.label for s in journey_stages(store.engine)}}


class MeetingLauncher:
    """What the dashboard holds: the meetings window, made when first opened, cleared at the lock.
    The providers read the journey's records (`story_choices`, `rating_counts`); tests may pass others."""

    stories: StoryProvider = staticmethod(story_choices)
    ratings: RatingProvider = staticmethod(rating_counts)

    def __init__(self, worker: DbWorker, parent: QWidget):
        self._worker, self._parent = worker, parent
        self.window: MeetingWindow | None = None

    def open(self) -> None:
        if self.window is None:
            self.window = MeetingWindow(self._worker, self._parent, type(self).stories, type(self).ratings)
            screen = self._parent.screen().availableGeometry() if self._parent.screen() else None
            width, height = (min(1180, screen.width() - 40), min(760, screen.height() - 60)) if screen else (1180, 700)
            self.window.resize(width, height)
        self.window.show()
        self.window.raise_()
        self.window.reload()

    def clear(self) -> None:
        if self.window is not None:
            self.window.clear()


class MeetingWindow(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None, stories: StoryProvider = no_stories,
                 ratings: RatingProvider = no_ratings):
        super().__init__(parent)
        self.setObjectName("meetingWindow")
        self.setWindowTitle(self.tr("Monitoring meetings"))
        self._worker, self._stories, self._ratings = worker, stories, ratings
        self._reporting = False  # a report being drawn: its button waits for it
        self._current: str | None = None  # the meeting's id, NEW, or None
        self._previous_labels: dict[str, str] = {}
        self._filling = False
        self.may_write = False
        self.draft: FormDraft | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("meetingList")
        self.list.setWordWrap(True)
        self.new_button = quiet_button(self.tr("&New meeting"), self, "newMeeting")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Meetings"), left))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.editor = MeetingEditor(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("meetingNotice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "hint")
        self.save_button = quiet_button(self.tr("&Save"), self, "saveMeeting")
        self.report_button = quiet_button(self.tr("&Report (PDF)..."), self, "meetingReport")
        self.delete_button = quiet_button(self.tr("&Delete meeting"), self, "deleteMeeting")
        close = quiet_button(self.tr("Close"), self, "closeMeetings")
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        for button in (self.delete_button, self.report_button, self.save_button, close):
            buttons.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._on_current)
        self.new_button.clicked.connect(self.new_meeting)
        self.save_button.clicked.connect(self.save)
        self.report_button.clicked.connect(self.report)
        self.delete_button.clicked.connect(self._delete)
        close.clicked.connect(self.close)
        self.editor.edited.connect(self._note_draft)
        self.editor.freeze_asked.connect(self.freeze)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._set_editing(False)

    # -- loading -------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        stories = self._stories
        self._worker.read(lambda store: _overview(store, stories), on_done=lambda o: self._show(o, select),
                          on_error=self._failed, asker=self)

    def _show(self, overview: dict, select: str | None) -> None:
        self.may_write = overview["may_write"]
        self.editor.set_directory(overview["workers"], overview["organisations"])
        self.editor.set_choices(overview["choices"], overview["stages"])
        meetings = overview["meetings"]
        labels = {m["id"]: self._label(m) for m in meetings}
        self._previous_labels = labels
        with QSignalBlocker(self.list):
            self.list.clear()
            for m in meetings:
                item = QListWidgetItem(labels[m["id"]], self.list)
                item.setData(_ID, m["id"])
                if m["open_actions"]:
                    item.setToolTip(self.tr("{n} actions still open").format(n=m["open_actions"]))
        self.new_button.setEnabled(self.may_write)
        wanted = select or self._current
        row = next((i for i in range(self.list.count()) if self.list.item(i).data(_ID) == wanted), None)
        if row is not None:
            again = wanted == self._current  # the same meeting read again (after a save): its notice stays
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(row)
            self._open(wanted, keep_notice=again)
        elif wanted != NEW:
            if self.list.count():
                self.list.setCurrentRow(0)
                self._open(self.list.item(0).data(_ID))
            else:
                self._current = None
                self._set_editing(False)
                self.notice.setText(self.tr("No meetings yet.") if not self.may_write else
                                    self.tr("No meetings yet: start one with New meeting."))

    def _label(self, m: dict) -> str:
        return f"{date_text(m['held_on'])}  {m['title']}".strip()

    def _on_current(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None and item.data(_ID) != self._current:
            self._open(item.data(_ID))

    def _open(self, meeting_id: str, keep_notice: bool = False) -> None:
        self._leave()
        if not keep_notice:
            self.notice.setText(self._role_notice())
        self._current = meeting_id
        self.draft = FormDraft(self._worker, f"monitoring_meeting_{meeting_id}", self)
        self._worker.read(lambda store: store.meetings.get(meeting_id), on_done=self._fill_then_draft,
                          on_error=self._failed, key="meeting", asker=self)

    def new_meeting(self) -> None:
        if not self.may_write:
            return
        self._leave()
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(-1)  # so that choosing the meeting shown before opens it again
        self._current = NEW
        self.notice.setText("")
        self.draft = FormDraft(self._worker, f"monitoring_meeting_{NEW}", self)
        today = date.today()
        self._worker.read(lambda store: store.meetings.draft_new(today), on_done=self._fill_then_draft,
                          on_error=self._failed, key="meeting", asker=self)

    def _fill_then_draft(self, meeting: dict) -> None:
        self._fill(meeting)
        draft = self.draft
        if draft is not None:
            draft.read(self, lambda kept: self._restore(kept, draft))

    def _fill(self, meeting: dict) -> None:
        self._filling = True
        try:
            previous = meeting.get("previous_id")
            self.editor.set_meeting(meeting, self._previous_labels.get(previous, "") if previous else "")
        finally:
            self._filling = False
        self._set_editing(True)

    def _role_notice(self) -> str:
        return "" if self.may_write else self.tr(
            "Only a coordinator of the municipality records the meeting; you can read it and make its report.")

    def _restore(self, kept: dict | None, draft: FormDraft) -> None:
        if kept is None or draft is not self.draft:
            return
        self._fill(kept)
        self.notice.setText(self.tr("Unsaved changes were kept from before: save them, or close without saving."))

    def _set_editing(self, on: bool) -> None:
        """A meeting shown: editable for its writers; for others to read (greyed) and to report on."""
        writable = on and self.may_write
        self.editor.widget().setEnabled(writable)
        self.editor.setEnabled(on)
        self.save_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self._current not in (None, NEW))
        self.report_button.setEnabled(on and not self._reporting)  # one report at a time

    # -- drafts ---------------------------------------------------------------------------
    def _note_draft(self) -> None:
        if not self._filling and self.may_write and self.draft is not None:
            self.draft.keep(self.editor.meeting())

    def _leave(self) -> None:
        """Before another meeting is shown: what was typed is in its draft already; write it now. A meeting
        still being read is dropped by its key (the newest wins); the list's reading goes on."""
        if self.draft is not None:
            self.draft.flush()

    def clear(self) -> None:
        """The lock: drafts written before the key goes, nothing more answered, the window closed."""
        self._leave()
        self._worker.forget(self)  # a report still being drawn is finished; its answer is dropped
        self._reporting = False
        self.draft = None
        self._current = None
        self._filling = True
        try:  # nothing of the meetings stays on screen while locked
            self.editor.set_meeting({})
            self.list.clear()
        finally:
            self._filling = False
        self._set_editing(False)
        self.hide()

    def closeEvent(self, event) -> None:
        if self.draft is not None:
            self.draft.flush()
        super().closeEvent(event)

    def reject(self) -> None:  # Escape: close, the draft kept
        if self.draft is not None:
            self.draft.flush()
        super().reject()

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if not self.may_write or self._current is None:
            return
        bad = self.editor.bad_dates()
        if bad:
            QMessageBox.warning(self, self.tr("Save the meeting"), self.tr(
                "An action's date is not a date (row {rows}): write it as dd-mm-yyyy.").format(
                rows=", ".join(map(str, bad))))
            return
        meeting, current = self.editor.meeting(), self._current
        fields = {k: v for k, v in meeting.items() if k not in ("id", "created_at", "updated_at", "version",
                                                               "deleted")}

        def work(store) -> str:
            if current == NEW:
                return store.meetings.create(fields)
            store.meetings.save(current, fields)
            return current
        self._worker.write(work, {"monitoring_meetings"}, on_done=self._saved, on_error=self._refused, asker=self)

    def _saved(self, meeting_id: str) -> None:
        if self.draft is not None:
            self.draft.drop()
        self._current = meeting_id
        self.draft = FormDraft(self._worker, f"monitoring_meeting_{meeting_id}", self)
        self.notice.setText(self.tr("Saved."))
        self.reload(select=meeting_id)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, RecordInvalid):
            fields = ", ".join(sorted(error.errors))
            QMessageBox.warning(self, self.tr("Save the meeting"), self.tr(
                "The meeting was not saved; check these fields: {fields}. A participant needs a name, an action "
                "what is to be done, a selected story the reason it was chosen.").format(fields=fields))
        else:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.tr("Monitoring meetings"), self.tr(
            "This could not be done: {reason}").format(reason=error.__class__.__name__))

    def _delete(self) -> None:
        current = self._current
        if not self.may_write or current in (None, NEW):
            return
        answer = QMessageBox.question(self, self.tr("Delete meeting"), self.tr(
            "Delete this meeting, with its decisions and actions, on every device?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.draft is not None:
            self.draft.drop()
        self._current = None
        self._worker.write(lambda store: store.meetings.remove(current), {"monitoring_meetings"},
                           on_done=lambda _r: self.reload(), on_error=self._failed, asker=self)

    # -- figures and the report ---------------------------------------------------------------
    def _options(self, store, meeting: dict) -> MonitoringOptions:
        held = meeting.get("held_on")
        try:
            ref = min(date.fromisoformat(held), date.today()) if held else date.today()
        except ValueError:
            ref = date.today()
        by = CohortBy.DUTY_START if meeting.get("cohort_by") == "duty_start" else CohortBy.VESTIGING
        return MonitoringOptions(ref=ref, cohort_by=by, **_settings(store))

    def freeze(self) -> None:
        if not self.may_write:
            return
        meeting = self.editor.meeting()
        self.editor.freeze_button.setEnabled(False)
        self._worker.read(lambda store: figures_now(store, self._options(store, meeting)),
                          on_done=self._frozen, on_error=self._failed, asker=self)

    def _frozen(self, figures: dict) -> None:
        self.editor.freeze_button.setEnabled(self.may_write)
        self.editor.set_figures(figures)
        self._note_draft()

    def report(self) -> None:
        meeting = self.editor.meeting()
        name = f"monitoringsoverleg-{meeting.get('held_on') or date.today().isoformat()}.pdf"
        path = ask_export_path(self, self.tr("Save the meeting's report"), name, self.tr("PDF files (*.pdf)"),
                               ".pdf")
        if not path:
            return
        stories, ratings = self._stories, self._ratings

        def work(store) -> Path:
            make_report(store, Path(path), self._options(store, meeting), stories=stories, ratings=ratings,
                        meeting=meeting)
            store.export_log.record("monitoring", None, [Path(path)])
            return Path(path)
        self._reporting = True
        self.report_button.setEnabled(False)
        self._worker.write(work, {"export_log"}, on_done=self._reported, on_error=self._report_failed, asker=self)

    def _reported(self, path: Path) -> None:
        self._reporting = False
        self.report_button.setEnabled(True)
        self.notice.setText(self.tr("Report saved: {path}").format(path=str(path)))

    def _report_failed(self, error: BaseException) -> None:
        self._reporting = False
        self.report_button.setEnabled(True)
        self._failed(error)
