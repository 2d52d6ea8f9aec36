# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stop_clock.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClockDialog(object):
    def setupUi(self, ClockDialog):
        if not ClockDialog.objectName():
            ClockDialog.setObjectName(u"ClockDialog")
        ClockDialog.resize(520, 290)
        self.mainLayout = QVBoxLayout(ClockDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ClockDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(ClockDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ClockDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(ClockDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setStyleSheet(u"color: #9b1c13;")
        self.dateError.setText(u"")
        self.dateError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.reasonLabel = QLabel(ClockDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ClockDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(ClockDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setStyleSheet(u"color: #9b1c13;")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.mainLayout.addLayout(self.form)

        self.previewLabel = QLabel(ClockDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setStyleSheet(u"background: #f6f6f8; border: 1px solid #e2e2e6; border-radius: 4px; padding: 6px;")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.previewLabel)

        self.generalError = QLabel(ClockDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #9b1c13;")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ClockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)

        self.retranslateUi(ClockDialog)

        QMetaObject.connectSlotsByName(ClockDialog)
    # setupUi

    def retranslateUi(self, ClockDialog):
        ClockDialog.setWindowTitle(QCoreApplication.translate("ClockDialog", u"Stop the clock", None))
        self.dateLabel.setText(QCoreApplication.translate("ClockDialog", u"&Date:", None))
        self.reasonLabel.setText(QCoreApplication.translate("ClockDialog", u"&Reason:", None))
    # retranslateUi

