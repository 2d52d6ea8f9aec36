"""What a window says, gathered for the Kazakh walk (``test_kazakh_walk.py``): the words of its
chrome (labels, buttons, group and tab titles, placeholders, tool tips, column headers, menu
items, combo box choices), and which of them read as English.

Data shown in the window (names, e-mail addresses, operators' Latin brand names) is not chrome;
it is told apart by the words themselves: a string is English when it holds a word of the common
English vocabulary of an interface, which no Kazakh text and no demo datum contains.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

TAGS = re.compile(r"<[^<>]+>")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# The words an English interface is made of. A Kazakh or Russian text never holds them; demo
# data (names, e-mail logins, brand names such as Senimkey, IPSM, Qazaq Build Group) does not.
ENGLISH = frozenset(
    re.findall(
        r"\w+",
        """
    the of and to from after before for with without by on in at is are was were be been not no
    none all any each every this that these those it its or an as if then than when where which
    who what why how day days working week month year today yesterday tomorrow date dates due
    letter letters request requests subject subjects operator operators register registered
    registration save cancel open close closed add remove delete edit change print export import
    search find filter filters clear status type types kind language received sent send sender
    address phone email number numbers reason note notes file files scan scans page pages next
    back previous finish done ok yes apply reset undo redo copy settings help about quit view
    refresh new show hide more less choose select selected set total totals count counts
    name names surname given patronymic birth account client organisation organization consent
    consents withdrawal claim access correction blocking destruction other answer answers reply
    dispatch delivered delivery returned tracking method post posted envelope envelopes list
    report reports period chart deadline deadlines term terms basis clock stopped extension
    overdue within waiting progress cancelled failed error errors warning database backup
    backups restore audit log check verify template templates preview draft final finalise
    finalised signed signature assignee executor officer outgoing incoming case timeline
""",
    )
)


def _strip(text: str) -> str:
    return TAGS.sub(" ", text or "").replace("&&", "&").replace("&", "")


def chrome_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of chrome visible in ``root`` now."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        text = _strip(text).strip()
        if text:
            name = widget.objectName() or type(widget).__name__
            found.append((f"{type(root).__name__}/{name}.{what}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
                add(w, f"tabtip{i}", w.tabToolTip(i))
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                add(w, f"header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        if isinstance(w, QMenu):
            for action in w.actions():
                add(w, "action", action.text())
        add(w, "tooltip", w.toolTip())
    add(root, "title", root.windowTitle())
    return found


# Not words of the interface: a path or an address, and a key named in brackets "(Page Down)".
PATH = re.compile(r"\S*[/\\@]\S*")
KEYS = re.compile(
    r"\((?:Ctrl|Shift|Alt|Page|Up|Down|Delete|Enter|Esc|Insert|Home|End|F\d+|[+ ])+\)"
)


def english_words(text: str) -> list[str]:
    text = KEYS.sub(" ", PATH.sub(" ", text))
    return [w for w in LATIN_WORD.findall(text) if w.lower() in ENGLISH]


def english_in(root: QWidget) -> list[str]:
    """The chrome of ``root`` that reads as English, one line each."""
    return sorted(
        {f"{where}: {text!r}" for where, text in chrome_texts(root) if english_words(text)}
    )
