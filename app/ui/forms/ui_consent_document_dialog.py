# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QWidget)

class Ui_ConsentDocumentDialog(object):
    def setupUi(self, ConsentDocumentDialog):
        if not ConsentDocumentDialog.objectName():
            ConsentDocumentDialog.setObjectName(u"ConsentDocumentDialog")
        ConsentDocumentDialog.resize(620, 520)
        self.form = QFormLayout(ConsentDocumentDialog)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.form.setContentsMargins(16, 16, 16, 12)
        self.titleKkLabel = QLabel(ConsentDocumentDialog)
        self.titleKkLabel.setObjectName(u"titleKkLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleKkLabel)

        self.titleKkEdit = QLineEdit(ConsentDocumentDialog)
        self.titleKkEdit.setObjectName(u"titleKkEdit")
        self.titleKkEdit.setMaxLength(400)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleKkEdit)

        self.titleKkError = QLabel(ConsentDocumentDialog)
        self.titleKkError.setObjectName(u"titleKkError")
        self.titleKkError.setStyleSheet(u"color: #b3261e;")
        self.titleKkError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleKkError)

        self.titleRuLabel = QLabel(ConsentDocumentDialog)
        self.titleRuLabel.setObjectName(u"titleRuLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleRuLabel)

        self.titleRuEdit = QLineEdit(ConsentDocumentDialog)
        self.titleRuEdit.setObjectName(u"titleRuEdit")
        self.titleRuEdit.setMaxLength(400)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleRuEdit)

        self.editionLabel = QLabel(ConsentDocumentDialog)
        self.editionLabel.setObjectName(u"editionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.editionLabel)

        self.editionEdit = QLineEdit(ConsentDocumentDialog)
        self.editionEdit.setObjectName(u"editionEdit")
        self.editionEdit.setMaxLength(60)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.editionEdit)

        self.effectiveCheck = QCheckBox(ConsentDocumentDialog)
        self.effectiveCheck.setObjectName(u"effectiveCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.effectiveCheck)

        self.effectiveDateEdit = QDateEdit(ConsentDocumentDialog)
        self.effectiveDateEdit.setObjectName(u"effectiveDateEdit")
        self.effectiveDateEdit.setEnabled(False)
        self.effectiveDateEdit.setCalendarPopup(True)
        self.effectiveDateEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.effectiveDateEdit.setMaximumSize(QSize(160, 16777215))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.effectiveDateEdit)

        self.textLabel = QLabel(ConsentDocumentDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ConsentDocumentDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.fileLabel = QLabel(ConsentDocumentDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ConsentDocumentDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ConsentDocumentDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)

        self.clearFileButton = QPushButton(ConsentDocumentDialog)
        self.clearFileButton.setObjectName(u"clearFileButton")

        self.fileRow.addWidget(self.clearFileButton)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.fileError = QLabel(ConsentDocumentDialog)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setStyleSheet(u"color: #b3261e;")
        self.fileError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.fileError)

        self.buttonBox = QDialogButtonBox(ConsentDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleKkLabel.setBuddy(self.titleKkEdit)
        self.titleRuLabel.setBuddy(self.titleRuEdit)
        self.editionLabel.setBuddy(self.editionEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleKkEdit, self.titleRuEdit)
        QWidget.setTabOrder(self.titleRuEdit, self.editionEdit)
        QWidget.setTabOrder(self.editionEdit, self.effectiveCheck)
        QWidget.setTabOrder(self.effectiveCheck, self.effectiveDateEdit)
        QWidget.setTabOrder(self.effectiveDateEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.clearFileButton)

        self.retranslateUi(ConsentDocumentDialog)
        self.effectiveCheck.toggled.connect(self.effectiveDateEdit.setEnabled)

        QMetaObject.connectSlotsByName(ConsentDocumentDialog)
    # setupUi

    def retranslateUi(self, ConsentDocumentDialog):
        ConsentDocumentDialog.setWindowTitle(QCoreApplication.translate("ConsentDocumentDialog", u"Consent document", None))
        self.titleKkLabel.setText(QCoreApplication.translate("ConsentDocumentDialog", u"Title (&Kazakh):", None))
        self.titleRuLabel.setText(QCoreApplication.translate("ConsentDocumentDialog", u"Title (&Russian):", None))
        self.editionLabel.setText(QCoreApplication.translate("ConsentDocumentDialog", u"&Edition:", None))
        self.editionEdit.setPlaceholderText(QCoreApplication.translate("ConsentDocumentDialog", u"e.g. No. 1, or the approval date", None))
        self.effectiveCheck.setText(QCoreApplication.translate("ConsentDocumentDialog", u"In &force from:", None))
        self.textLabel.setText(QCoreApplication.translate("ConsentDocumentDialog", u"&Text:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ConsentDocumentDialog", u"The text of the document as published (optional when a file is attached)", None))
        self.fileLabel.setText(QCoreApplication.translate("ConsentDocumentDialog", u"File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ConsentDocumentDialog", u"No file", None))
        self.browseButton.setText(QCoreApplication.translate("ConsentDocumentDialog", u"C&hoose\u2026", None))
        self.clearFileButton.setText(QCoreApplication.translate("ConsentDocumentDialog", u"C&lear", None))
    # retranslateUi

