# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(500, 220)
        self.form = QFormLayout(OverrideDialog)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setContentsMargins(16, 16, 16, 12)
        self.introLabel = QLabel(OverrideDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setStyleSheet(u"color: #666;")
        self.introLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.introLabel)

        self.dayLabel = QLabel(OverrideDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayRow = QHBoxLayout()
        self.dayRow.setObjectName(u"dayRow")
        self.dayEdit = QDateEdit(OverrideDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.dayRow.addWidget(self.dayEdit)

        self.dayInfoLabel = QLabel(OverrideDialog)
        self.dayInfoLabel.setObjectName(u"dayInfoLabel")
        self.dayInfoLabel.setStyleSheet(u"color: #666;")

        self.dayRow.addWidget(self.dayInfoLabel)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dayRow)

        self.dayError = QLabel(OverrideDialog)
        self.dayError.setObjectName(u"dayError")
        self.dayError.setStyleSheet(u"color: #b3261e;")
        self.dayError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayError)

        self.kindLabel = QLabel(OverrideDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindColumn = QVBoxLayout()
        self.kindColumn.setObjectName(u"kindColumn")
        self.holidayRadio = QRadioButton(OverrideDialog)
        self.holidayRadio.setObjectName(u"holidayRadio")
        self.holidayRadio.setChecked(True)

        self.kindColumn.addWidget(self.holidayRadio)

        self.workdayRadio = QRadioButton(OverrideDialog)
        self.workdayRadio.setObjectName(u"workdayRadio")

        self.kindColumn.addWidget(self.workdayRadio)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.kindColumn)

        self.noteLabel = QLabel(OverrideDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(OverrideDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(OverrideDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #b3261e;")
        self.noteError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteError)

        self.buttonBox = QDialogButtonBox(OverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.holidayRadio)
        QWidget.setTabOrder(self.holidayRadio, self.workdayRadio)
        QWidget.setTabOrder(self.workdayRadio, self.noteEdit)

        self.retranslateUi(OverrideDialog)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Calendar override", None))
        self.introLabel.setText(QCoreApplication.translate("OverrideDialog", u"When the government moves a day off, mark the day here. Open requests' due dates are counted again.", None))
        self.dayLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Date:", None))
        self.kindLabel.setText(QCoreApplication.translate("OverrideDialog", u"The day is:", None))
        self.holidayRadio.setText(QCoreApplication.translate("OverrideDialog", u"a &holiday (day off)", None))
        self.workdayRadio.setText(QCoreApplication.translate("OverrideDialog", u"a &working day", None))
        self.noteLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("OverrideDialog", u"e.g. Government decree of 12.09.2026: day off moved", None))
    # retranslateUi

