"""What a window says, gathered for the Kazakh walk (``test_kazakh_walk.py``): the words of its
chrome (labels, buttons, group and tab titles, placeholders, tool tips, column headers, menu
items, combo box choices), and which of them read as English.

Any word in Latin letters is English unless it is a proper name of the small allow-list below
(Derbes, PostgreSQL, PDF…). Data shown in the window is not chrome: paths and e-mail addresses,
the demo operators' Latin brand names, and whatever the test itself typed in.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBox,
    QTreeView,
    QWidget,
    QWizardPage,
)

TAGS = re.compile(r"<[^<>]+>")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# The only Latin words a Kazakh window may show: proper names and the names of file formats and
# technologies, which Kazakh writes in Latin too. Everything else in Latin letters is English.
ALLOWED = frozenset(
    {
        *("Derbes", "PostgreSQL", "SQLite", "Qt", "PySide", "Python", "Windows", "Linux"),
        *("PDF", "DOCX", "XLSX", "CSV", "XLS", "UTF", "SQL", "URL", "Word", "Excel"),
        *("PT", "Serif", "ParaType", "SMS", "IP", "ID", "CRM", "SaaS", "KZ", "RU", "DL"),
        *("JPEG", "PNG", "TIFF", "SHA", "eGov", "mail"),  # "mail" of "e-mail"
        *(
            "English",
            "Aliyev",
            "BOM",
        ),  # the language's own name; a name spelt in Latin, as an example
        *("Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Delete", "Del", "Insert"),  # keys
    }
)
# Latin proper names in the demo operators' data (brand and system names), as whole phrases.
DATA_NAMES = re.compile(
    r"\b[\w.-]+\.(?:kz|com|ru|org|net)\b"  # a web address (before the names it may hold)
    r"|\b[A-Z]{2}\d{9}[A-Z]{2}\b"  # a registered letter's S10 number, RR123456785KZ
    r"|(?i:Qazaq Build Group|Senimkey|IPSM|SmartUstaz|ID ?Collect)"
    r"|ParaType Free Font License|ParaType Ltd\."  # the fonts' licence and maker, in About
    r"|\bcookie\b|\bDE\b"  # a loanword in the demo's data map; a country's ISO code
    r"|\{[\w:]+\}"  # a placeholder of a numbering pattern, {seq:04d}
    r"|\btester\b"  # the tests' officer
)


def _strip(text: str) -> str:
    text = text or ""
    if "<" in text or "&nbsp;" in text:  # rich text
        return html.unescape(TAGS.sub(" ", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
        if w is not root and (not w.isVisibleTo(root) or w.window() is not root):
            continue  # hidden, or in a window of its own (read as one)
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
                add(w, "actiontip", action.toolTip() if action.toolTip() != action.text() else "")
        if isinstance(w, QAbstractSpinBox):
            add(w, "special", w.specialValueText())
            if isinstance(w, QSpinBox | QDoubleSpinBox):
                add(w, "prefix", w.prefix())
                add(w, "suffix", w.suffix())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w, f"item{i}", w.item(i).text())
                add(w, f"itemtip{i}", w.item(i).toolTip())
        if isinstance(w, QToolBox):
            for i in range(w.count()):
                add(w, f"page{i}", w.itemText(i))
                add(w, f"pagetip{i}", w.itemToolTip(i))
        if isinstance(w, QWizardPage):
            add(w, "pagetitle", w.title())
            add(w, "subtitle", w.subTitle())
        add(w, "tooltip", w.toolTip())
    add(root, "title", root.windowTitle())
    return found


# Not words of the interface: a path, a file name, a file pattern or an address, and a key named in brackets "(Page Down)".
PATH = re.compile(r"\S*[/\\@*]\S*|\b[\w-]+\.(?:sqlite3|db|pdf|docx|xlsx|csv)\b")
KEYS = re.compile(
    r"\((?:Ctrl|Shift|Alt|Page|Up|Down|Delete|Enter|Esc|Insert|Home|End|F\d+|[+ ])+\)"
    r"|\b(?:Ctrl|Shift|Alt)\+[^\s,;)]+"
)


def english_words(text: str, data: tuple[str, ...] = ()) -> list[str]:
    """The Latin words of ``text`` that are not an allowed proper name; ``data`` are strings the
    test itself put in the window (a file name, an exception's text) and are not chrome."""
    for datum in data:
        text = text.replace(datum, " ")
    text = DATA_NAMES.sub(" ", KEYS.sub(" ", PATH.sub(" ", text)))
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED]


def english_in(root: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    """The chrome of ``root`` that reads as English, one line each."""
    return sorted(
        {f"{where}: {text!r}" for where, text in chrome_texts(root) if english_words(text, data)}
    )


def demo_data(ctx) -> tuple[str, ...]:
    """What the demo database shows in Latin letters and is not chrome: the subjects' account
    logins (e-mail and web addresses are told apart by their shape)."""
    from sqlmodel import select

    from app.storage.models import Subject

    with ctx.read() as s:
        accounts = s.exec(select(Subject.account_id)).all()
    return tuple(sorted({a for a in accounts if a}, key=len, reverse=True))


def open_windows() -> list[QWidget]:
    """Every window shown now: the main window, case windows, dialogs, message boxes, menus."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def english_shown(data: tuple[str, ...] = ()) -> list[str]:
    """The English in every window shown now."""
    found: set[str] = set()
    for window in open_windows():
        found.update(english_in(window, data))
    return sorted(found)


def close_new(before: list[QWidget]) -> None:
    """Close the windows that opened since ``before`` was taken (dialogs rejected)."""
    for window in open_windows():
        if window not in before:
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()
