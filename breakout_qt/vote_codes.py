"""Everyone's voting code, on screen, to copy, or printed on cards to cut out."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class CodesDialog(QDialog):
    """Everyone's voting code, to print on cards or copy elsewhere."""

    def __init__(self, parent: QWidget | None, rows: Sequence[tuple[str, str]], title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("VoteDialogs", "Voting codes"))
        self.rows = list(rows)
        self.session_title = title
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setAccessibleName(
            QCoreApplication.translate("VoteDialogs", "Voting codes by name")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("VoteDialogs", "Name"),
                QCoreApplication.translate("VoteDialogs", "Code"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (name, code) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            code_item = QTableWidgetItem(code)
            font = code_item.font()
            font.setFamily("monospace")
            font.setBold(True)
            code_item.setFont(font)
            self.table.setItem(row, 1, code_item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        note = QLabel(
            QCoreApplication.translate(
                "VoteDialogs",
                "Hand each person the card with their code before the vote. A code lets its "
                "holder vote once in each secret round; ballots are stored without names.",
            )
        )
        note.setWordWrap(True)
        copy_button = QPushButton(QCoreApplication.translate("VoteDialogs", "&Copy"))
        copy_button.clicked.connect(self.copy)
        print_button = QPushButton(QCoreApplication.translate("VoteDialogs", "&Print cards…"))
        print_button.clicked.connect(self.print_cards)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(copy_button)
        bar.addWidget(print_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.resize(520, 560)

    def text(self) -> str:
        return "".join(f"{name}\t{code}\n" for name, code in self.rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def cards_html(self) -> str:
        """One card per person, three to a row, to cut out."""
        return cards_html(self.rows, self.session_title)

    def print_cards(self) -> None:
        print_html(self, self.cards_html())


def cards_html(rows: Sequence[tuple[str, str]], session_title: str) -> str:
    """A card for each (name, code), three to a row, to cut out."""
    yours = html.escape(QCoreApplication.translate("VoteDialogs", "Your voting code"))
    cells = [
        "<td style='border:1px dashed #888; padding:14px; width:33%'>"
        f"<div style='font-size:9pt'>{html.escape(session_title)}</div>"
        f"<div style='font-size:12pt; font-weight:bold'>{html.escape(name)}</div>"
        f"<div style='font-size:9pt'>{yours}</div>"
        f"<div style='font-size:24pt; font-weight:bold; font-family:monospace'>"
        f"{html.escape(code)}</div></td>"
        for name, code in rows
    ]
    lines = ["<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3)]
    return "<table cellspacing='0' width='100%'>" + "".join(lines) + "</table>"


def print_html(parent: QWidget, text: str) -> None:
    """Print a page of HTML on the printer the user picks (nothing if they cancel)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    document = QTextDocument()
    document.setHtml(text)
    document.print_(printer)


__all__ = ["CodesDialog", "cards_html", "print_html"]
