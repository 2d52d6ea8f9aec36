# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dispatch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DispatchDialog(object):
    def setupUi(self, DispatchDialog):
        if not DispatchDialog.objectName():
            DispatchDialog.setObjectName(u"DispatchDialog")
        DispatchDialog.resize(720, 460)
        self.column = QVBoxLayout(DispatchDialog)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(16, 16, 16, 12)
        self.introLabel = QLabel(DispatchDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setStyleSheet(u"color: #666;")
        self.introLabel.setWordWrap(True)

        self.column.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.methodLabel = QLabel(DispatchDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(DispatchDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.dateLabel = QLabel(DispatchDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DispatchDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(DispatchDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setStyleSheet(u"color: #b3261e;")
        self.dateError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.weightLabel = QLabel(DispatchDialog)
        self.weightLabel.setObjectName(u"weightLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightCombo = QComboBox(DispatchDialog)
        self.weightCombo.setObjectName(u"weightCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.weightCombo)

        self.noteLabel = QLabel(DispatchDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DispatchDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.column.addLayout(self.form)

        self.lettersTable = QTableWidget(DispatchDialog)
        if (self.lettersTable.columnCount() < 4):
            self.lettersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.lettersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.lettersTable.setObjectName(u"lettersTable")
        self.lettersTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lettersTable.setColumnCount(4)
        self.lettersTable.horizontalHeader().setStretchLastSection(True)
        self.lettersTable.verticalHeader().setVisible(False)

        self.column.addWidget(self.lettersTable)

        self.warningLabel = QLabel(DispatchDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"color: #8a5a00;")
        self.warningLabel.setWordWrap(True)

        self.column.addWidget(self.warningLabel)

        self.acceptCheck = QCheckBox(DispatchDialog)
        self.acceptCheck.setObjectName(u"acceptCheck")

        self.column.addWidget(self.acceptCheck)

        self.generalError = QLabel(DispatchDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setWordWrap(True)

        self.column.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(DispatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.column.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.methodCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.weightLabel.setBuddy(self.weightCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DispatchDialog)

        QMetaObject.connectSlotsByName(DispatchDialog)
    # setupUi

    def retranslateUi(self, DispatchDialog):
        DispatchDialog.setWindowTitle(QCoreApplication.translate("DispatchDialog", u"Dispatch letters", None))
        self.introLabel.setText(QCoreApplication.translate("DispatchDialog", u"Record how and when the letters left the office. Sending an answer moves its request to \u201csent\u201d.", None))
        self.methodLabel.setText(QCoreApplication.translate("DispatchDialog", u"&Method:", None))
        self.dateLabel.setText(QCoreApplication.translate("DispatchDialog", u"&Sent on:", None))
        self.weightLabel.setText(QCoreApplication.translate("DispatchDialog", u"&Weight class:", None))
        self.noteLabel.setText(QCoreApplication.translate("DispatchDialog", u"&Note:", None))
        ___qtablewidgetitem = self.lettersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DispatchDialog", u"Letter", None))
        ___qtablewidgetitem1 = self.lettersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DispatchDialog", u"Addressee", None))
        ___qtablewidgetitem2 = self.lettersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DispatchDialog", u"Tracking number", None))
        ___qtablewidgetitem3 = self.lettersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DispatchDialog", u"Check", None))
        self.acceptCheck.setText(QCoreApplication.translate("DispatchDialog", u"&Keep the numbers that are not UPU S10 as typed", None))
    # retranslateUi

