"""The kiosk's controls: large buttons and rows that Enter, Space and the arrow keys drive.

Shared by every stage and every ballot widget of :mod:`breakout_qt.kiosk`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breakout_qt.i18n import Catalogue


def clean_code(text: str) -> str:
    """A typed code compared as the card prints it: no spaces or dashes, upper case."""
    return "".join(ch for ch in text if ch.isalnum()).upper()


def move_focus(widget: QWidget, key: int) -> bool:
    """Arrow keys walk the focus chain like Tab and Shift+Tab."""
    if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
        return widget.focusNextPrevChild(True)
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
        return widget.focusNextPrevChild(False)
    return False


class KioskButton(QPushButton):
    """A large button that Enter presses too, and arrow keys leave.

    A ballot's + and − are never disabled: a disabled button that has the
    focus hands it to the next one, so the next Space would put a dot on a
    different item. At a limit they are "spent" instead — drawn greyed, still
    focused — and a press says why nothing happened.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setProperty("spent", False)

    def set_spent(self, spent: bool, note: str = "") -> None:
        """Draw it greyed (or not); ``note`` is what a screen reader says of it then."""
        if self.property("spent") == spent:
            return
        self.setProperty("spent", spent)
        self.setAccessibleDescription(note if spent else "")
        self.style().unpolish(self)
        self.style().polish(self)

    def is_spent(self) -> bool:
        return bool(self.property("spent"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.isEnabled():
                self.click()
            return
        if move_focus(self, event.key()):
            return
        super().keyPressEvent(event)


class TapRow(QFrame):
    """A whole row that acts as one big button: a badge on the left, the item's wording."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tapRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("selected", False)
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        self.badge = QLabel("", self)
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text, self)
        self.text.setObjectName("itemText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.badge)
        layout.addWidget(self.text, 1)
        self._pressed = False

    def set_selected(self, selected: bool, badge: str) -> None:
        self.setProperty("selected", selected)
        self.badge.setText(badge)
        self.setAccessibleDescription(badge)
        for widget in (self, self.badge, self.text):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = False
            if self.rect().contains(event.position().toPoint()):
                self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        if move_focus(self, event.key()):
            return
        super().keyPressEvent(event)


class CodeEdit(QLineEdit):
    """The code from the card: large, upper case as typed, Enter continues."""

    def __init__(self, words: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEdit")
        self.setAccessibleName(words.translate("Kiosk", "Your voting code"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMaxLength(12)
        self.setPlaceholderText(words.translate("Kiosk", "Code"))
        # Masked as it is typed: whoever stands behind the voter cannot read it.
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhUppercaseOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.textEdited.connect(self._upper)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.cursorPosition()
            self.setText(text.upper())
            self.setCursorPosition(position)


def clear_layout(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def scroll_area(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("kioskScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a Tab stop of its own: it has nothing to show focus with. Tab goes to the
    # controls inside, and the area scrolls to show the one focused.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    content.setObjectName("kioskScrollContent")
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def kiosk_label(name: str, accessible: str, *, wrap: bool = True) -> QLabel:
    """A plain-text label styled by its object name."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    return label


def message_label(words: Catalogue) -> QLabel:
    """Where a stage says what went wrong: always in place, empty when there is nothing
    to say, so nothing jumps."""
    label = kiosk_label("kioskMessage", words.translate("Kiosk", "Message"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def sentence(message: str) -> str:
    """An engine message as a sentence for the screen: capital first, full stop last."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."
