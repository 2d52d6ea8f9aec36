# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_letter.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QToolButton, QVBoxLayout, QWidget)

from app.ui.widgets.scan_list import ScanList

class Ui_RegisterLetterDialog(object):
    def setupUi(self, RegisterLetterDialog):
        if not RegisterLetterDialog.objectName():
            RegisterLetterDialog.setObjectName(u"RegisterLetterDialog")
        RegisterLetterDialog.resize(1100, 780)
        RegisterLetterDialog.setAcceptDrops(True)
        self.mainLayout = QVBoxLayout(RegisterLetterDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 12)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(14)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.letterGroup = QGroupBox(RegisterLetterDialog)
        self.letterGroup.setObjectName(u"letterGroup")
        self.letterForm = QFormLayout(self.letterGroup)
        self.letterForm.setObjectName(u"letterForm")
        self.letterForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.letterForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.letterForm.setHorizontalSpacing(10)
        self.letterForm.setVerticalSpacing(6)
        self.operatorLabel = QLabel(self.letterGroup)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorCombo = QComboBox(self.letterGroup)
        self.operatorCombo.setObjectName(u"operatorCombo")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.operatorCombo)

        self.typeLabel = QLabel(self.letterGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.letterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.letterGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.letterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.receivedLabel = QLabel(self.letterGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.letterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEditRow = QHBoxLayout()
        self.receivedEditRow.setSpacing(10)
        self.receivedEditRow.setObjectName(u"receivedEditRow")
        self.receivedEdit = QDateEdit(self.letterGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receivedEdit.sizePolicy().hasHeightForWidth())
        self.receivedEdit.setSizePolicy(sizePolicy)
        self.receivedEdit.setMinimumSize(QSize(130, 0))
        self.receivedEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.receivedEdit.setCalendarPopup(True)

        self.receivedEditRow.addWidget(self.receivedEdit)

        self.receivedError = QLabel(self.letterGroup)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setWordWrap(True)

        self.receivedEditRow.addWidget(self.receivedError)

        self.receivedEditRow.setStretch(1, 1)

        self.letterForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.receivedEditRow)

        self.postmarkCheck = QCheckBox(self.letterGroup)
        self.postmarkCheck.setObjectName(u"postmarkCheck")
        self.postmarkCheck.setLayoutDirection(Qt.RightToLeft)

        self.letterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postmarkCheck)

        self.postmarkEditRow = QHBoxLayout()
        self.postmarkEditRow.setSpacing(10)
        self.postmarkEditRow.setObjectName(u"postmarkEditRow")
        self.postmarkEdit = QDateEdit(self.letterGroup)
        self.postmarkEdit.setObjectName(u"postmarkEdit")
        sizePolicy.setHeightForWidth(self.postmarkEdit.sizePolicy().hasHeightForWidth())
        self.postmarkEdit.setSizePolicy(sizePolicy)
        self.postmarkEdit.setMinimumSize(QSize(130, 0))
        self.postmarkEdit.setEnabled(False)
        self.postmarkEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.postmarkEdit.setCalendarPopup(True)

        self.postmarkEditRow.addWidget(self.postmarkEdit)

        self.postmarkError = QLabel(self.letterGroup)
        self.postmarkError.setObjectName(u"postmarkError")
        self.postmarkError.setWordWrap(True)

        self.postmarkEditRow.addWidget(self.postmarkError)

        self.postmarkEditRow.setStretch(1, 1)

        self.letterForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.postmarkEditRow)

        self.letterDateCheck = QCheckBox(self.letterGroup)
        self.letterDateCheck.setObjectName(u"letterDateCheck")
        self.letterDateCheck.setLayoutDirection(Qt.RightToLeft)

        self.letterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.letterDateCheck)

        self.letterDateEditRow = QHBoxLayout()
        self.letterDateEditRow.setSpacing(10)
        self.letterDateEditRow.setObjectName(u"letterDateEditRow")
        self.letterDateEdit = QDateEdit(self.letterGroup)
        self.letterDateEdit.setObjectName(u"letterDateEdit")
        sizePolicy.setHeightForWidth(self.letterDateEdit.sizePolicy().hasHeightForWidth())
        self.letterDateEdit.setSizePolicy(sizePolicy)
        self.letterDateEdit.setMinimumSize(QSize(130, 0))
        self.letterDateEdit.setEnabled(False)
        self.letterDateEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.letterDateEdit.setCalendarPopup(True)

        self.letterDateEditRow.addWidget(self.letterDateEdit)

        self.letterDateError = QLabel(self.letterGroup)
        self.letterDateError.setObjectName(u"letterDateError")
        self.letterDateError.setWordWrap(True)

        self.letterDateEditRow.addWidget(self.letterDateError)

        self.letterDateEditRow.setStretch(1, 1)

        self.letterForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.letterDateEditRow)

        self.registeredLabel = QLabel(self.letterGroup)
        self.registeredLabel.setObjectName(u"registeredLabel")

        self.letterForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.registeredLabel)

        self.registeredEditRow = QHBoxLayout()
        self.registeredEditRow.setSpacing(10)
        self.registeredEditRow.setObjectName(u"registeredEditRow")
        self.registeredEdit = QDateEdit(self.letterGroup)
        self.registeredEdit.setObjectName(u"registeredEdit")
        sizePolicy.setHeightForWidth(self.registeredEdit.sizePolicy().hasHeightForWidth())
        self.registeredEdit.setSizePolicy(sizePolicy)
        self.registeredEdit.setMinimumSize(QSize(130, 0))
        self.registeredEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.registeredEdit.setCalendarPopup(True)

        self.registeredEditRow.addWidget(self.registeredEdit)

        self.registeredError = QLabel(self.letterGroup)
        self.registeredError.setObjectName(u"registeredError")
        self.registeredError.setWordWrap(True)

        self.registeredEditRow.addWidget(self.registeredError)

        self.registeredEditRow.setStretch(1, 1)

        self.letterForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.registeredEditRow)

        self.channelLabel = QLabel(self.letterGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.letterForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.letterGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.letterForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.languageLabel = QLabel(self.letterGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.letterForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.letterGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.letterForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.signedCheck = QCheckBox(self.letterGroup)
        self.signedCheck.setObjectName(u"signedCheck")

        self.letterForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signedCheck)

        self.senderLabel = QLabel(self.letterGroup)
        self.senderLabel.setObjectName(u"senderLabel")

        self.letterForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.senderEdit = QLineEdit(self.letterGroup)
        self.senderEdit.setObjectName(u"senderEdit")
        self.senderEdit.setMaxLength(300)

        self.letterForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.senderEdit)

        self.senderError = QLabel(self.letterGroup)
        self.senderError.setObjectName(u"senderError")
        self.senderError.setWordWrap(True)

        self.letterForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.senderError)

        self.addressLabel = QLabel(self.letterGroup)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setAlignment(Qt.AlignRight|Qt.AlignTop)

        self.letterForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.letterGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 62))
        self.addressEdit.setTabChangesFocus(True)

        self.letterForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.summaryLabel = QLabel(self.letterGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignRight|Qt.AlignTop)

        self.letterForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.letterGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 80))
        self.summaryEdit.setTabChangesFocus(True)

        self.letterForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.assigneeLabel = QLabel(self.letterGroup)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.letterForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assigneeEdit = QLineEdit(self.letterGroup)
        self.assigneeEdit.setObjectName(u"assigneeEdit")
        self.assigneeEdit.setMaxLength(120)

        self.letterForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.assigneeEdit)


        self.columnsLayout.addWidget(self.letterGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(10)
        self.rightColumn.setObjectName(u"rightColumn")
        self.subjectGroup = QGroupBox(RegisterLetterDialog)
        self.subjectGroup.setObjectName(u"subjectGroup")
        self.subjectLayout = QVBoxLayout(self.subjectGroup)
        self.subjectLayout.setSpacing(6)
        self.subjectLayout.setObjectName(u"subjectLayout")
        self.subjectForm = QFormLayout()
        self.subjectForm.setObjectName(u"subjectForm")
        self.subjectForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.subjectForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.subjectForm.setHorizontalSpacing(10)
        self.subjectForm.setVerticalSpacing(6)
        self.iinLabel = QLabel(self.subjectGroup)
        self.iinLabel.setObjectName(u"iinLabel")

        self.subjectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.iinLabel)

        self.iinEditRow = QHBoxLayout()
        self.iinEditRow.setSpacing(10)
        self.iinEditRow.setObjectName(u"iinEditRow")
        self.iinEdit = QLineEdit(self.subjectGroup)
        self.iinEdit.setObjectName(u"iinEdit")
        self.iinEdit.setMinimumSize(QSize(150, 0))
        self.iinEdit.setMaxLength(16)

        self.iinEditRow.addWidget(self.iinEdit)

        self.iinError = QLabel(self.subjectGroup)
        self.iinError.setObjectName(u"iinError")
        self.iinError.setWordWrap(True)

        self.iinEditRow.addWidget(self.iinError)

        self.iinEditRow.setStretch(1, 1)

        self.subjectForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.iinEditRow)

        self.searchLabel = QLabel(self.subjectGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.subjectForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.searchLabel)

        self.searchEdit = QLineEdit(self.subjectGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.subjectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.searchEdit)


        self.subjectLayout.addLayout(self.subjectForm)

        self.matchesList = QListWidget(self.subjectGroup)
        self.matchesList.setObjectName(u"matchesList")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.matchesList.sizePolicy().hasHeightForWidth())
        self.matchesList.setSizePolicy(sizePolicy1)
        self.matchesList.setMinimumSize(QSize(0, 72))
        self.matchesList.setAlternatingRowColors(True)
        self.matchesList.setWordWrap(True)

        self.subjectLayout.addWidget(self.matchesList)

        self.matchesHint = QLabel(self.subjectGroup)
        self.matchesHint.setObjectName(u"matchesHint")
        self.matchesHint.setStyleSheet(u"color: #666;")
        self.matchesHint.setWordWrap(True)

        self.subjectLayout.addWidget(self.matchesHint)

        self.linkRadio = QRadioButton(self.subjectGroup)
        self.linkRadio.setObjectName(u"linkRadio")

        self.subjectLayout.addWidget(self.linkRadio)

        self.createRadio = QRadioButton(self.subjectGroup)
        self.createRadio.setObjectName(u"createRadio")

        self.subjectLayout.addWidget(self.createRadio)

        self.newContactsBox = QWidget(self.subjectGroup)
        self.newContactsBox.setObjectName(u"newContactsBox")
        self.newContactsBox.setEnabled(False)
        self.newContactsForm = QFormLayout(self.newContactsBox)
        self.newContactsForm.setObjectName(u"newContactsForm")
        self.newContactsForm.setContentsMargins(24, 0, 0, 0)
        self.newPhoneLabel = QLabel(self.newContactsBox)
        self.newPhoneLabel.setObjectName(u"newPhoneLabel")

        self.newContactsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newPhoneLabel)

        self.newPhoneEdit = QLineEdit(self.newContactsBox)
        self.newPhoneEdit.setObjectName(u"newPhoneEdit")
        self.newPhoneEdit.setMaxLength(60)

        self.newContactsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newPhoneEdit)

        self.newEmailLabel = QLabel(self.newContactsBox)
        self.newEmailLabel.setObjectName(u"newEmailLabel")

        self.newContactsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newEmailLabel)

        self.newEmailEdit = QLineEdit(self.newContactsBox)
        self.newEmailEdit.setObjectName(u"newEmailEdit")
        self.newEmailEdit.setMaxLength(200)

        self.newContactsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEmailEdit)


        self.subjectLayout.addWidget(self.newContactsBox)

        self.unlinkedRadio = QRadioButton(self.subjectGroup)
        self.unlinkedRadio.setObjectName(u"unlinkedRadio")
        self.unlinkedRadio.setChecked(True)

        self.subjectLayout.addWidget(self.unlinkedRadio)


        self.rightColumn.addWidget(self.subjectGroup)

        self.dueGroup = QGroupBox(RegisterLetterDialog)
        self.dueGroup.setObjectName(u"dueGroup")
        self.dueLayout = QVBoxLayout(self.dueGroup)
        self.dueLayout.setSpacing(4)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueLabel = QLabel(self.dueGroup)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.dueLabel.setText(u"\u2014")
        self.dueLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dueLayout.addWidget(self.dueLabel)

        self.termLabel = QLabel(self.dueGroup)
        self.termLabel.setObjectName(u"termLabel")
        self.termLabel.setStyleSheet(u"color: #555;")
        self.termLabel.setWordWrap(True)

        self.dueLayout.addWidget(self.termLabel)

        self.explainButton = QToolButton(self.dueGroup)
        self.explainButton.setObjectName(u"explainButton")
        self.explainButton.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.explainButton.setAutoRaise(True)

        self.dueLayout.addWidget(self.explainButton)


        self.rightColumn.addWidget(self.dueGroup)

        self.rightColumn.setStretch(0, 1)

        self.columnsLayout.addLayout(self.rightColumn)

        self.columnsLayout.setStretch(0, 11)
        self.columnsLayout.setStretch(1, 10)

        self.mainLayout.addLayout(self.columnsLayout)

        self.scansGroup = QGroupBox(RegisterLetterDialog)
        self.scansGroup.setObjectName(u"scansGroup")
        self.scansLayout = QVBoxLayout(self.scansGroup)
        self.scansLayout.setObjectName(u"scansLayout")
        self.scanList = ScanList(self.scansGroup)
        self.scanList.setObjectName(u"scanList")

        self.scansLayout.addWidget(self.scanList)


        self.mainLayout.addWidget(self.scansGroup)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setSpacing(8)
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(RegisterLetterDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy2)
        self.statusLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.saveButton = QPushButton(RegisterLetterDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(130, 0))

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(RegisterLetterDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.operatorLabel.setBuddy(self.operatorCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.registeredLabel.setBuddy(self.registeredEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.senderLabel.setBuddy(self.senderEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.assigneeLabel.setBuddy(self.assigneeEdit)
        self.iinLabel.setBuddy(self.iinEdit)
        self.searchLabel.setBuddy(self.searchEdit)
        self.newPhoneLabel.setBuddy(self.newPhoneEdit)
        self.newEmailLabel.setBuddy(self.newEmailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.operatorCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.postmarkCheck)
        QWidget.setTabOrder(self.postmarkCheck, self.postmarkEdit)
        QWidget.setTabOrder(self.postmarkEdit, self.letterDateCheck)
        QWidget.setTabOrder(self.letterDateCheck, self.letterDateEdit)
        QWidget.setTabOrder(self.letterDateEdit, self.registeredEdit)
        QWidget.setTabOrder(self.registeredEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.signedCheck)
        QWidget.setTabOrder(self.signedCheck, self.senderEdit)
        QWidget.setTabOrder(self.senderEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.assigneeEdit)
        QWidget.setTabOrder(self.assigneeEdit, self.iinEdit)
        QWidget.setTabOrder(self.iinEdit, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.matchesList)
        QWidget.setTabOrder(self.matchesList, self.linkRadio)
        QWidget.setTabOrder(self.linkRadio, self.createRadio)
        QWidget.setTabOrder(self.createRadio, self.newPhoneEdit)
        QWidget.setTabOrder(self.newPhoneEdit, self.newEmailEdit)
        QWidget.setTabOrder(self.newEmailEdit, self.unlinkedRadio)
        QWidget.setTabOrder(self.unlinkedRadio, self.explainButton)
        QWidget.setTabOrder(self.explainButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(RegisterLetterDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(RegisterLetterDialog)
    # setupUi

    def retranslateUi(self, RegisterLetterDialog):
        RegisterLetterDialog.setWindowTitle(QCoreApplication.translate("RegisterLetterDialog", u"Register a letter", None))
        self.letterGroup.setTitle(QCoreApplication.translate("RegisterLetterDialog", u"The letter", None))
        self.operatorLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"&Operator:", None))
#if QT_CONFIG(tooltip)
        self.operatorCombo.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The organisation the letter is addressed to; numbering follows its pattern", None))
#endif // QT_CONFIG(tooltip)
        self.typeLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"&Type:", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"What the subject asks for; the type sets the response term", None))
#endif // QT_CONFIG(tooltip)
        self.receivedLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"&Received:", None))
#if QT_CONFIG(tooltip)
        self.receivedEdit.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The day the letter reached the operator (day 0 of the term)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.postmarkCheck.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"Tick when the envelope shows the date it was posted", None))
#endif // QT_CONFIG(tooltip)
        self.postmarkCheck.setText(QCoreApplication.translate("RegisterLetterDialog", u"Post&mark:", None))
#if QT_CONFIG(tooltip)
        self.postmarkEdit.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The date stamped on the envelope by the post office", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.letterDateCheck.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"Tick when the letter itself is dated", None))
#endif // QT_CONFIG(tooltip)
        self.letterDateCheck.setText(QCoreApplication.translate("RegisterLetterDialog", u"Letter d&ate:", None))
#if QT_CONFIG(tooltip)
        self.letterDateEdit.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The date the sender wrote on the letter (not the postmark)", None))
#endif // QT_CONFIG(tooltip)
        self.registeredLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"Re&gistered on:", None))
#if QT_CONFIG(tooltip)
        self.registeredEdit.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The day the letter is entered in the register (today unless entered late)", None))
#endif // QT_CONFIG(tooltip)
        self.channelLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"C&hannel:", None))
        self.languageLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The language the letter is written in; the answer defaults to it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.signedCheck.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"A consent withdrawal must be a signed written statement", None))
#endif // QT_CONFIG(tooltip)
        self.signedCheck.setText(QCoreApplication.translate("RegisterLetterDialog", u"&Signed by hand", None))
        self.senderLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"S&ender as written:", None))
        self.senderEdit.setPlaceholderText(QCoreApplication.translate("RegisterLetterDialog", u"Surname, name and patronymic exactly as signed", None))
        self.addressLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"Sender's a&ddress:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("RegisterLetterDialog", u"Postal address for the answer, several lines", None))
        self.summaryLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"Summar&y:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("RegisterLetterDialog", u"What the subject asks, in a sentence or two", None))
        self.assigneeLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"Assig&nee:", None))
        self.assigneeEdit.setPlaceholderText(QCoreApplication.translate("RegisterLetterDialog", u"Who works on the letter (optional)", None))
        self.subjectGroup.setTitle(QCoreApplication.translate("RegisterLetterDialog", u"The subject who wrote", None))
        self.iinLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"&IIN:", None))
#if QT_CONFIG(tooltip)
        self.iinEdit.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The subject's 12-digit IIN if the letter gives it; checked by its check digit", None))
#endif // QT_CONFIG(tooltip)
        self.iinEdit.setPlaceholderText(QCoreApplication.translate("RegisterLetterDialog", u"12 digits, if the letter gives it", None))
        self.searchLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"&Find:", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"Search the operator's subjects by name in Kazakh, Russian or Latin spelling, or by IIN. Empty: the sender and the IIN above are searched.", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterLetterDialog", u"Another name or IIN (empty: the sender and the IIN are searched)", None))
        self.linkRadio.setText(QCoreApplication.translate("RegisterLetterDialog", u"Lin&k to the subject selected above", None))
        self.createRadio.setText(QCoreApplication.translate("RegisterLetterDialog", u"Create a new su&bject from this letter", None))
#if QT_CONFIG(tooltip)
        self.newContactsBox.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The new subject's contacts (an existing subject's contacts are changed in its card)", None))
#endif // QT_CONFIG(tooltip)
        self.newPhoneLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"&Phone:", None))
        self.newEmailLabel.setText(QCoreApplication.translate("RegisterLetterDialog", u"E-mail:", None))
        self.unlinkedRadio.setText(QCoreApplication.translate("RegisterLetterDialog", u"Leave &unlinked for now", None))
        self.dueGroup.setTitle(QCoreApplication.translate("RegisterLetterDialog", u"Due date", None))
#if QT_CONFIG(tooltip)
        self.explainButton.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"The receipt day, day 1, every non-working day skipped and why, and the term with its basis", None))
#endif // QT_CONFIG(tooltip)
        self.explainButton.setText(QCoreApplication.translate("RegisterLetterDialog", u"How was this &counted?", None))
        self.scansGroup.setTitle(QCoreApplication.translate("RegisterLetterDialog", u"Scans", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"Register the letter (Enter or Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("RegisterLetterDialog", u"Register", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("RegisterLetterDialog", u"Close without registering (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("RegisterLetterDialog", u"Cancel", None))
    # retranslateUi

