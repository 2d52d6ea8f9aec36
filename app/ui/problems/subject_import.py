"""The wording of the codes of the subject import (a file of data subjects)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SUBJECT_IMPORT: dict[str, str] = {
    # == subject import (i11) ==
    "import_date": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” is not a date (use YYYY-MM-DD or DD.MM.YYYY)."
    ),
    "import_iin_twice": QT_TRANSLATE_NOOP("Problems", "This IIN is already on line {line}."),
    "import_bad_row": QT_TRANSLATE_NOOP("Problems", "Line {line}: {reason}"),
    "import_no_column": QT_TRANSLATE_NOOP(
        "Problems", "No column is mapped to the field “{field}”."
    ),
    "import_encoding": QT_TRANSLATE_NOOP("Problems", "The file cannot be read as {encoding}."),
}
