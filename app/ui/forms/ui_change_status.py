# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_status.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ChangeStatusDialog(object):
    def setupUi(self, ChangeStatusDialog):
        if not ChangeStatusDialog.objectName():
            ChangeStatusDialog.setObjectName(u"ChangeStatusDialog")
        ChangeStatusDialog.resize(500, 250)
        self.mainLayout = QVBoxLayout(ChangeStatusDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.currentLabel = QLabel(ChangeStatusDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")
        self.currentLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.currentLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(ChangeStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ChangeStatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(ChangeStatusDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setStyleSheet(u"color: #9b1c13;")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.noteLabel = QLabel(ChangeStatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ChangeStatusDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.finalWarning = QLabel(ChangeStatusDialog)
        self.finalWarning.setObjectName(u"finalWarning")
        self.finalWarning.setStyleSheet(u"color: #8a4b00; background: #fdebd3; border-radius: 4px; padding: 6px;")
        self.finalWarning.setText(u"")
        self.finalWarning.setWordWrap(True)

        self.mainLayout.addWidget(self.finalWarning)

        self.generalError = QLabel(ChangeStatusDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #9b1c13;")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ChangeStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.noteEdit)

        self.retranslateUi(ChangeStatusDialog)

        QMetaObject.connectSlotsByName(ChangeStatusDialog)
    # setupUi

    def retranslateUi(self, ChangeStatusDialog):
        ChangeStatusDialog.setWindowTitle(QCoreApplication.translate("ChangeStatusDialog", u"Change the status", None))
        self.statusLabel.setText(QCoreApplication.translate("ChangeStatusDialog", u"&New status:", None))
        self.noteLabel.setText(QCoreApplication.translate("ChangeStatusDialog", u"N&ote:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ChangeStatusDialog", u"Optional: why, or what was done", None))
    # retranslateUi

