# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_letters.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QComboBox, QDialog,
    QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BatchLettersDialog(object):
    def setupUi(self, BatchLettersDialog):
        if not BatchLettersDialog.objectName():
            BatchLettersDialog.setObjectName(u"BatchLettersDialog")
        BatchLettersDialog.resize(720, 640)
        BatchLettersDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(BatchLettersDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 12)
        self.titleLabel = QLabel(BatchLettersDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")
        self.titleLabel.setText(u"")

        self.mainLayout.addWidget(self.titleLabel)

        self.requestsLabel = QLabel(BatchLettersDialog)
        self.requestsLabel.setObjectName(u"requestsLabel")
        self.requestsLabel.setStyleSheet(u"color: #555;")
        self.requestsLabel.setText(u"")
        self.requestsLabel.setWordWrap(True)
        self.requestsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.requestsLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.kindLabel = QLabel(BatchLettersDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(BatchLettersDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.workflowNote = QLabel(BatchLettersDialog)
        self.workflowNote.setObjectName(u"workflowNote")
        self.workflowNote.setStyleSheet(u"color: #6b6b6b;")
        self.workflowNote.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.workflowNote)

        self.questionLabel = QLabel(BatchLettersDialog)
        self.questionLabel.setObjectName(u"questionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QLineEdit(BatchLettersDialog)
        self.questionEdit.setObjectName(u"questionEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.optionsError = QLabel(BatchLettersDialog)
        self.optionsError.setObjectName(u"optionsError")
        self.optionsError.setStyleSheet(u"color: #9b1c13;")
        self.optionsError.setText(u"")
        self.optionsError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.optionsError)

        self.languageLabel = QLabel(BatchLettersDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageLayout = QVBoxLayout()
        self.languageLayout.setSpacing(2)
        self.languageLayout.setObjectName(u"languageLayout")
        self.ownLanguageRadio = QRadioButton(BatchLettersDialog)
        self.languageGroup = QButtonGroup(BatchLettersDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageGroup.addButton(self.ownLanguageRadio)
        self.ownLanguageRadio.setObjectName(u"ownLanguageRadio")
        self.ownLanguageRadio.setChecked(True)

        self.languageLayout.addWidget(self.ownLanguageRadio)

        self.kazakhRadio = QRadioButton(BatchLettersDialog)
        self.languageGroup.addButton(self.kazakhRadio)
        self.kazakhRadio.setObjectName(u"kazakhRadio")

        self.languageLayout.addWidget(self.kazakhRadio)

        self.bilingualRadio = QRadioButton(BatchLettersDialog)
        self.languageGroup.addButton(self.bilingualRadio)
        self.bilingualRadio.setObjectName(u"bilingualRadio")

        self.languageLayout.addWidget(self.bilingualRadio)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.languageLayout)

        self.outputLabel = QLabel(BatchLettersDialog)
        self.outputLabel.setObjectName(u"outputLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputLayout = QGridLayout()
        self.outputLayout.setObjectName(u"outputLayout")
        self.outputLayout.setHorizontalSpacing(6)
        self.outputLayout.setVerticalSpacing(4)
        self.filesRadio = QRadioButton(BatchLettersDialog)
        self.outputGroup = QButtonGroup(BatchLettersDialog)
        self.outputGroup.setObjectName(u"outputGroup")
        self.outputGroup.addButton(self.filesRadio)
        self.filesRadio.setObjectName(u"filesRadio")
        self.filesRadio.setChecked(True)

        self.outputLayout.addWidget(self.filesRadio, 0, 0, 1, 3)

        self.formatCombo = QComboBox(BatchLettersDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.outputLayout.addWidget(self.formatCombo, 1, 0, 1, 1)

        self.folderEdit = QLineEdit(BatchLettersDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.outputLayout.addWidget(self.folderEdit, 1, 1, 1, 1)

        self.browseButton = QPushButton(BatchLettersDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.outputLayout.addWidget(self.browseButton, 1, 2, 1, 1)

        self.folderError = QLabel(BatchLettersDialog)
        self.folderError.setObjectName(u"folderError")
        self.folderError.setStyleSheet(u"color: #9b1c13;")
        self.folderError.setText(u"")
        self.folderError.setWordWrap(True)

        self.outputLayout.addWidget(self.folderError, 2, 1, 1, 2)

        self.printRadio = QRadioButton(BatchLettersDialog)
        self.outputGroup.addButton(self.printRadio)
        self.printRadio.setObjectName(u"printRadio")

        self.outputLayout.addWidget(self.printRadio, 3, 0, 1, 3)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.outputLayout)


        self.mainLayout.addLayout(self.form)

        self.draftNote = QLabel(BatchLettersDialog)
        self.draftNote.setObjectName(u"draftNote")
        self.draftNote.setStyleSheet(u"color: #6b6b6b;")
        self.draftNote.setWordWrap(True)

        self.mainLayout.addWidget(self.draftNote)

        self.progressBar = QProgressBar(BatchLettersDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(BatchLettersDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.progressLabel)

        self.resultsList = QListWidget(BatchLettersDialog)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setWordWrap(True)
        self.resultsList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.resultsList)

        self.generalError = QLabel(BatchLettersDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #9b1c13;")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setSpacing(6)
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openFolderButton = QPushButton(BatchLettersDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.openFolderButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.startButton = QPushButton(BatchLettersDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonsLayout.addWidget(self.startButton)

        self.stopButton = QPushButton(BatchLettersDialog)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.stopButton)

        self.closeButton = QPushButton(BatchLettersDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.questionLabel.setBuddy(self.questionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.questionEdit)
        QWidget.setTabOrder(self.questionEdit, self.ownLanguageRadio)
        QWidget.setTabOrder(self.ownLanguageRadio, self.kazakhRadio)
        QWidget.setTabOrder(self.kazakhRadio, self.bilingualRadio)
        QWidget.setTabOrder(self.bilingualRadio, self.filesRadio)
        QWidget.setTabOrder(self.filesRadio, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.printRadio)
        QWidget.setTabOrder(self.printRadio, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.startButton)
        QWidget.setTabOrder(self.startButton, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.openFolderButton)

        self.retranslateUi(BatchLettersDialog)

        self.startButton.setDefault(True)


        QMetaObject.connectSlotsByName(BatchLettersDialog)
    # setupUi

    def retranslateUi(self, BatchLettersDialog):
        BatchLettersDialog.setWindowTitle(QCoreApplication.translate("BatchLettersDialog", u"Letters for several requests", None))
        self.kindLabel.setText(QCoreApplication.translate("BatchLettersDialog", u"&Kind:", None))
        self.workflowNote.setText(QCoreApplication.translate("BatchLettersDialog", u"Each letter states what its own case's Withdrawal tab recorded; a case not complete yet is listed with what is missing.", None))
        self.questionLabel.setText(QCoreApplication.translate("BatchLettersDialog", u"&Question:", None))
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("BatchLettersDialog", u"What every subject is asked to clarify (empty: a blank in each letter)", None))
        self.languageLabel.setText(QCoreApplication.translate("BatchLettersDialog", u"Language:", None))
        self.ownLanguageRadio.setText(QCoreApplication.translate("BatchLettersDialog", u"Each in the language of its &letter (Kazakh when it came in another one)", None))
        self.kazakhRadio.setText(QCoreApplication.translate("BatchLettersDialog", u"All in Ka&zakh", None))
        self.bilingualRadio.setText(QCoreApplication.translate("BatchLettersDialog", u"All in &both languages (Kazakh and Russian)", None))
        self.outputLabel.setText(QCoreApplication.translate("BatchLettersDialog", u"Output:", None))
        self.filesRadio.setText(QCoreApplication.translate("BatchLettersDialog", u"&Save one file per request", None))
#if QT_CONFIG(tooltip)
        self.formatCombo.setToolTip(QCoreApplication.translate("BatchLettersDialog", u"PDF to print or send; DOCX to edit in Word or LibreOffice", None))
#endif // QT_CONFIG(tooltip)
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BatchLettersDialog", u"The folder the files are written to", None))
        self.browseButton.setText(QCoreApplication.translate("BatchLettersDialog", u"&Folder\u2026", None))
        self.printRadio.setText(QCoreApplication.translate("BatchLettersDialog", u"&Print them all in one print job", None))
        self.draftNote.setText(QCoreApplication.translate("BatchLettersDialog", u"The letters are drafts without outgoing numbers, and any [[blanks]] stay for you to fill in. Finalise a letter in its case.", None))
        self.openFolderButton.setText(QCoreApplication.translate("BatchLettersDialog", u"&Open the folder", None))
        self.startButton.setText(QCoreApplication.translate("BatchLettersDialog", u"&Make the letters", None))
        self.stopButton.setText(QCoreApplication.translate("BatchLettersDialog", u"S&top", None))
        self.closeButton.setText(QCoreApplication.translate("BatchLettersDialog", u"Close", None))
    # retranslateUi

