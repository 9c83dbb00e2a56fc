"""Photos of an order or repair on a form: added from files (Ctrl+O), by drag and drop, or from
a camera (Ctrl+K; without a camera the button is disabled and says so). Each photo is checked
and kept by the service on the worker; a refused photo is a message, nothing else is lost."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLoggingCategory, QSize, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.tasks import TaskRunner

THUMB = 96


@functools.cache
def camera_available() -> bool:
    """True when Qt Multimedia sees at least one camera (asked once per run)."""
    # Loading Qt Multimedia warns about optional video-acceleration libraries a counter PC
    # need not have (pipewire, VA-API): facts about the PC, not problems. setFilterRules
    # replaces earlier rules, so theme.py's rule is repeated here.
    QLoggingCategory.setFilterRules(
        "qt.text.font.db.info=false\n"
        "qt.multimedia.symbolsresolver.warning=false\n"
        "qt.multimedia.ffmpeg.info=false"
    )
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # a build without Qt Multimedia
        return False
    return bool(QMediaDevices.videoInputs())


class _DropList(QListWidget):
    """The thumbnails; files dropped on it are offered as photos."""

    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("photoList")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setFixedHeight(THUMB + 30)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            emit(self.files_dropped, paths)
        else:
            super().dropEvent(event)


class PhotoList(QWidget):
    """Holds the sha256 of the photos kept so far; ``refused(text)`` says why one was not."""

    photo_added = Signal(str)
    refused = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        *,
        add_file: Callable[[str], str],
        add_bytes: Callable[[bytes], str],
        thumb_path: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._add_file = add_file
        self._add_bytes = add_bytes
        self._thumb_path = thumb_path
        self._shas: list[str] = []
        self._camera: Any = None
        self.list = _DropList()
        self.list.files_dropped.connect(self._on_list_files_dropped)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPhoto")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.camera_button = QPushButton()
        self.camera_button.setObjectName("cameraButton")
        self.camera_button.clicked.connect(self.take_photo)
        self.has_camera = camera_available()
        self.camera_button.setEnabled(self.has_camera)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        for b in (self.add_button, self.remove_button, self.camera_button):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.camera_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        for key, slot in (("Ctrl+O", self.choose_files), ("Ctrl+K", self.take_photo)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add photo…  Ctrl+O"))
        self.remove_button.setText(self.tr("Remove photo"))
        if self.has_camera:
            self.camera_button.setText(self.tr("Camera  Ctrl+K"))
            self.camera_button.setToolTip("")
        else:
            self.camera_button.setText(self.tr("No camera found"))
            self.camera_button.setToolTip(
                self.tr("No camera is connected to this counter: add photos from files.")
            )
        self.hint.setText(self.tr("or drop photo files here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def shas(self) -> tuple[str, ...]:
        return tuple(self._shas)

    def clear(self) -> None:
        self._shas.clear()
        self.list.clear()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)"),
        )
        self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Check and keep each file on the worker; thumbnails appear as they are kept."""
        for path in paths:
            self._runner.run(
                self._add_file, path, on_done=self._on_photo_kept, on_error=self._on_photo_refused
            )

    def add_bytes(self, data: bytes) -> None:
        self._runner.run(
            self._add_bytes, data, on_done=self._on_photo_kept, on_error=self._on_photo_refused
        )

    def _on_list_files_dropped(self, paths: list[str]) -> None:
        self.add_files(paths)

    def _on_photo_kept(self, sha: str) -> None:
        if sha in self._shas:
            return
        self._shas.append(sha)
        item = QListWidgetItem(QIcon(QPixmap(self._thumb_path(sha))), "")
        item.setData(Qt.ItemDataRole.UserRole, sha)
        item.setSizeHint(QSize(THUMB + 8, THUMB + 8))
        self.list.addItem(item)
        emit(self.photo_added, sha)

    def _on_photo_refused(self, exc: JewelPOSError) -> None:
        from jewelpos.ui.messages import error_text, problem_text

        problem = problem_text(exc) if isinstance(exc, ValidationError) else error_text(exc)
        emit(self.refused, self.tr("Photo not added. {problem}").format(problem=problem))

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        sha = item.data(Qt.ItemDataRole.UserRole) if item else None
        if sha in self._shas:
            self._shas.remove(sha)

    # --- camera ------------------------------------------------------------------------

    def take_photo(self) -> None:
        """Capture one still from the default camera (only when a camera exists)."""
        if not self.has_camera:
            emit(self.refused, self.camera_button.toolTip())
            return
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession

        if self._camera is None:
            session = QMediaCaptureSession(self)
            camera = QCamera(self)
            capture = QImageCapture(self)
            session.setCamera(camera)
            session.setImageCapture(capture)
            capture.imageCaptured.connect(self._on_capture_image_captured)
            capture.errorOccurred.connect(self._on_capture_error_occurred)
            self._camera = (session, camera, capture)
            camera.start()
        _session, _camera, capture = self._camera
        if capture.isReadyForCapture():
            capture.capture()
        else:
            capture.readyForCaptureChanged.connect(self._on_capture_ready)

    def _on_capture_ready(self, ready: bool) -> None:
        if ready and self._camera is not None:
            capture = self._camera[2]
            capture.readyForCaptureChanged.disconnect(self._on_capture_ready)
            capture.capture()

    def _on_capture_image_captured(self, _id: int, image: Any) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "JPG", 90)
        buf.close()
        self.add_bytes(bytes(data.data()))

    def _on_capture_error_occurred(self, _id: int, _error: Any, text: str) -> None:
        emit(self.refused, self.tr("The camera did not take the photo: {text}").format(text=text))

    def stop_camera(self) -> None:
        if self._camera is not None:
            self._camera[1].stop()
            self._camera = None
