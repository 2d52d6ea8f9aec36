# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extend.ui'
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
    QRadioButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ExtendDialog(object):
    def setupUi(self, ExtendDialog):
        if not ExtendDialog.objectName():
            ExtendDialog.setObjectName(u"ExtendDialog")
        ExtendDialog.resize(540, 440)
        self.mainLayout = QVBoxLayout(ExtendDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.currentDueLabel = QLabel(ExtendDialog)
        self.currentDueLabel.setObjectName(u"currentDueLabel")
        self.currentDueLabel.setText(u"")
        self.currentDueLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.currentDueLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonHint = QLabel(ExtendDialog)
        self.reasonHint.setObjectName(u"reasonHint")
        self.reasonHint.setText(u"")
        self.reasonHint.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.reasonHint)

        self.reasonKkLabel = QLabel(ExtendDialog)
        self.reasonKkLabel.setObjectName(u"reasonKkLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonKkLabel)

        self.reasonKkEdit = QPlainTextEdit(ExtendDialog)
        self.reasonKkEdit.setObjectName(u"reasonKkEdit")
        self.reasonKkEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonKkEdit)

        self.reasonKkError = QLabel(ExtendDialog)
        self.reasonKkError.setObjectName(u"reasonKkError")
        self.reasonKkError.setStyleSheet(u"color: #9b1c13;")
        self.reasonKkError.setText(u"")
        self.reasonKkError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonKkError)

        self.reasonRuLabel = QLabel(ExtendDialog)
        self.reasonRuLabel.setObjectName(u"reasonRuLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonRuLabel)

        self.reasonRuEdit = QPlainTextEdit(ExtendDialog)
        self.reasonRuEdit.setObjectName(u"reasonRuEdit")
        self.reasonRuEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonRuEdit)

        self.reasonRuError = QLabel(ExtendDialog)
        self.reasonRuError.setObjectName(u"reasonRuError")
        self.reasonRuError.setStyleSheet(u"color: #9b1c13;")
        self.reasonRuError.setText(u"")
        self.reasonRuError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonRuError)

        self.byDaysRadio = QRadioButton(ExtendDialog)
        self.byDaysRadio.setObjectName(u"byDaysRadio")
        self.byDaysRadio.setChecked(True)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.byDaysRadio)

        self.daysSpin = QSpinBox(ExtendDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(365)
        self.daysSpin.setValue(10)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.toDateRadio = QRadioButton(ExtendDialog)
        self.toDateRadio.setObjectName(u"toDateRadio")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.toDateRadio)

        self.newDueEdit = QDateEdit(ExtendDialog)
        self.newDueEdit.setObjectName(u"newDueEdit")
        self.newDueEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.newDueEdit.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.newDueEdit)

        self.daysError = QLabel(ExtendDialog)
        self.daysError.setObjectName(u"daysError")
        self.daysError.setStyleSheet(u"color: #9b1c13;")
        self.daysError.setText(u"")
        self.daysError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.daysError)


        self.mainLayout.addLayout(self.form)

        self.previewLabel = QLabel(ExtendDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setStyleSheet(u"background: #f6f6f8; border: 1px solid #e2e2e6; border-radius: 4px; padding: 6px;")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.previewLabel)

        self.generalError = QLabel(ExtendDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #9b1c13;")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ExtendDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonKkLabel.setBuddy(self.reasonKkEdit)
        self.reasonRuLabel.setBuddy(self.reasonRuEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonKkEdit, self.reasonRuEdit)
        QWidget.setTabOrder(self.reasonRuEdit, self.byDaysRadio)
        QWidget.setTabOrder(self.byDaysRadio, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.toDateRadio)
        QWidget.setTabOrder(self.toDateRadio, self.newDueEdit)

        self.retranslateUi(ExtendDialog)

        QMetaObject.connectSlotsByName(ExtendDialog)
    # setupUi

    def retranslateUi(self, ExtendDialog):
        ExtendDialog.setWindowTitle(QCoreApplication.translate("ExtendDialog", u"Extend the deadline", None))
        self.reasonKkLabel.setText(QCoreApplication.translate("ExtendDialog", u"Reason in &Kazakh:", None))
        self.reasonKkEdit.setPlaceholderText(QCoreApplication.translate("ExtendDialog", u"Why the answer needs more time, in Kazakh, as the notice will say", None))
        self.reasonRuLabel.setText(QCoreApplication.translate("ExtendDialog", u"Reason in R&ussian:", None))
        self.reasonRuEdit.setPlaceholderText(QCoreApplication.translate("ExtendDialog", u"The same reason in Russian, as a Russian notice will say", None))
        self.byDaysRadio.setText(QCoreApplication.translate("ExtendDialog", u"&By working days:", None))
        self.toDateRadio.setText(QCoreApplication.translate("ExtendDialog", u"&To a new due date:", None))
    # retranslateUi

