# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_outcome.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LetterOutcomeDialog(object):
    def setupUi(self, LetterOutcomeDialog):
        if not LetterOutcomeDialog.objectName():
            LetterOutcomeDialog.setObjectName(u"LetterOutcomeDialog")
        LetterOutcomeDialog.resize(460, 240)
        self.form = QFormLayout(LetterOutcomeDialog)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setContentsMargins(16, 16, 16, 12)
        self.letterLabel = QLabel(LetterOutcomeDialog)
        self.letterLabel.setObjectName(u"letterLabel")
        self.letterLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.letterLabel)

        self.outcomeLabel = QLabel(LetterOutcomeDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeColumn = QVBoxLayout()
        self.outcomeColumn.setObjectName(u"outcomeColumn")
        self.deliveredRadio = QRadioButton(LetterOutcomeDialog)
        self.deliveredRadio.setObjectName(u"deliveredRadio")
        self.deliveredRadio.setChecked(True)

        self.outcomeColumn.addWidget(self.deliveredRadio)

        self.returnedRadio = QRadioButton(LetterOutcomeDialog)
        self.returnedRadio.setObjectName(u"returnedRadio")

        self.outcomeColumn.addWidget(self.returnedRadio)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.outcomeColumn)

        self.dateLabel = QLabel(LetterOutcomeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LetterOutcomeDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(LetterOutcomeDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setStyleSheet(u"color: #b3261e;")
        self.dateError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.noteLabel = QLabel(LetterOutcomeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(LetterOutcomeDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.buttonBox = QDialogButtonBox(LetterOutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LetterOutcomeDialog)

        QMetaObject.connectSlotsByName(LetterOutcomeDialog)
    # setupUi

    def retranslateUi(self, LetterOutcomeDialog):
        LetterOutcomeDialog.setWindowTitle(QCoreApplication.translate("LetterOutcomeDialog", u"Delivery notice or return", None))
        self.outcomeLabel.setText(QCoreApplication.translate("LetterOutcomeDialog", u"The letter was:", None))
        self.deliveredRadio.setText(QCoreApplication.translate("LetterOutcomeDialog", u"&delivered (the delivery notice came back)", None))
        self.returnedRadio.setText(QCoreApplication.translate("LetterOutcomeDialog", u"&returned undelivered", None))
        self.dateLabel.setText(QCoreApplication.translate("LetterOutcomeDialog", u"&On:", None))
        self.noteLabel.setText(QCoreApplication.translate("LetterOutcomeDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LetterOutcomeDialog", u"e.g. the addressee has moved", None))
    # retranslateUi

