# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_filters.ui'
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
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RequestsFilters(object):
    def setupUi(self, RequestsFilters):
        if not RequestsFilters.objectName():
            RequestsFilters.setObjectName(u"RequestsFilters")
        RequestsFilters.resize(1000, 120)
        self.mainLayout = QVBoxLayout(RequestsFilters)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(8)
        self.topRow.setObjectName(u"topRow")
        self.headingLabel = QLabel(RequestsFilters)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.topRow.addWidget(self.headingLabel)

        self.headingSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.headingSpacer)

        self.searchEdit = QLineEdit(RequestsFilters)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(RequestsFilters)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(110, 0))
        self.countLabel.setStyleSheet(u"color: #555;")
        self.countLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.topRow.addWidget(self.countLabel)

        self.clearButton = QPushButton(RequestsFilters)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.topRow.addWidget(self.clearButton)

        self.batchButton = QPushButton(RequestsFilters)
        self.batchButton.setObjectName(u"batchButton")
        self.batchButton.setAutoDefault(False)

        self.topRow.addWidget(self.batchButton)

        self.newLetterButton = QPushButton(RequestsFilters)
        self.newLetterButton.setObjectName(u"newLetterButton")
        self.newLetterButton.setAutoDefault(False)

        self.topRow.addWidget(self.newLetterButton)


        self.mainLayout.addLayout(self.topRow)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.filterGrid.setHorizontalSpacing(8)
        self.filterGrid.setVerticalSpacing(6)
        self.typeLabel = QLabel(RequestsFilters)
        self.typeLabel.setObjectName(u"typeLabel")

        self.filterGrid.addWidget(self.typeLabel, 0, 0, 1, 1)

        self.typeCombo = QComboBox(RequestsFilters)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setMinimumSize(QSize(200, 0))

        self.filterGrid.addWidget(self.typeCombo, 0, 1, 1, 1)

        self.statusLabel = QLabel(RequestsFilters)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterGrid.addWidget(self.statusLabel, 0, 2, 1, 1)

        self.statusCombo = QComboBox(RequestsFilters)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(200, 0))

        self.filterGrid.addWidget(self.statusCombo, 0, 3, 1, 1)

        self.urgencyLabel = QLabel(RequestsFilters)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.filterGrid.addWidget(self.urgencyLabel, 0, 4, 1, 1)

        self.urgencyCombo = QComboBox(RequestsFilters)
        self.urgencyCombo.setObjectName(u"urgencyCombo")
        self.urgencyCombo.setMinimumSize(QSize(200, 0))

        self.filterGrid.addWidget(self.urgencyCombo, 0, 5, 1, 1)

        self.operatorLabel = QLabel(RequestsFilters)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.filterGrid.addWidget(self.operatorLabel, 1, 0, 1, 1)

        self.operatorCombo = QComboBox(RequestsFilters)
        self.operatorCombo.setObjectName(u"operatorCombo")
        self.operatorCombo.setMinimumSize(QSize(200, 0))

        self.filterGrid.addWidget(self.operatorCombo, 1, 1, 1, 1)

        self.assigneeLabel = QLabel(RequestsFilters)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.filterGrid.addWidget(self.assigneeLabel, 1, 2, 1, 1)

        self.assigneeCombo = QComboBox(RequestsFilters)
        self.assigneeCombo.setObjectName(u"assigneeCombo")
        self.assigneeCombo.setMinimumSize(QSize(200, 0))

        self.filterGrid.addWidget(self.assigneeCombo, 1, 3, 1, 1)

        self.periodCheck = QCheckBox(RequestsFilters)
        self.periodCheck.setObjectName(u"periodCheck")

        self.filterGrid.addWidget(self.periodCheck, 1, 4, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setSpacing(6)
        self.periodRow.setObjectName(u"periodRow")
        self.fromDate = QDateEdit(RequestsFilters)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setEnabled(False)
        self.fromDate.setDisplayFormat(u"dd.MM.yyyy")
        self.fromDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromDate)

        self.periodDash = QLabel(RequestsFilters)
        self.periodDash.setObjectName(u"periodDash")
        self.periodDash.setText(u"\u2013")

        self.periodRow.addWidget(self.periodDash)

        self.toDate = QDateEdit(RequestsFilters)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setEnabled(False)
        self.toDate.setDisplayFormat(u"dd.MM.yyyy")
        self.toDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.toDate)


        self.filterGrid.addLayout(self.periodRow, 1, 5, 1, 1)

        self.gridSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterGrid.addItem(self.gridSpacer, 0, 6, 1, 1)


        self.mainLayout.addLayout(self.filterGrid)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.urgencyLabel.setBuddy(self.urgencyCombo)
        self.operatorLabel.setBuddy(self.operatorCombo)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.urgencyCombo)
        QWidget.setTabOrder(self.urgencyCombo, self.operatorCombo)
        QWidget.setTabOrder(self.operatorCombo, self.assigneeCombo)
        QWidget.setTabOrder(self.assigneeCombo, self.periodCheck)
        QWidget.setTabOrder(self.periodCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.batchButton)
        QWidget.setTabOrder(self.batchButton, self.newLetterButton)

        self.retranslateUi(RequestsFilters)

        QMetaObject.connectSlotsByName(RequestsFilters)
    # setupUi

    def retranslateUi(self, RequestsFilters):
        self.headingLabel.setText(QCoreApplication.translate("RequestsFilters", u"Incoming requests", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RequestsFilters", u"Find a request by its registration number, the subject's IIN, or a name in Kazakh, Russian or Latin letters (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RequestsFilters", u"Search: number, IIN, name or a word of the letter", None))
        self.countLabel.setText(QCoreApplication.translate("RequestsFilters", u"Loading\u2026", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("RequestsFilters", u"Show every request again", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("RequestsFilters", u"Cl&ear filters", None))
#if QT_CONFIG(tooltip)
        self.batchButton.setToolTip(QCoreApplication.translate("RequestsFilters", u"Generate or print the letters of the selected requests (Ctrl+Shift+B)", None))
#endif // QT_CONFIG(tooltip)
        self.batchButton.setText(QCoreApplication.translate("RequestsFilters", u"&Batch letters\u2026", None))
#if QT_CONFIG(tooltip)
        self.newLetterButton.setToolTip(QCoreApplication.translate("RequestsFilters", u"Register an incoming letter (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newLetterButton.setText(QCoreApplication.translate("RequestsFilters", u"Register a letter\u2026", None))
        self.typeLabel.setText(QCoreApplication.translate("RequestsFilters", u"&Type", None))
        self.statusLabel.setText(QCoreApplication.translate("RequestsFilters", u"&Status", None))
        self.urgencyLabel.setText(QCoreApplication.translate("RequestsFilters", u"&Deadline", None))
        self.operatorLabel.setText(QCoreApplication.translate("RequestsFilters", u"&Operator", None))
        self.assigneeLabel.setText(QCoreApplication.translate("RequestsFilters", u"&Assignee", None))
#if QT_CONFIG(tooltip)
        self.periodCheck.setToolTip(QCoreApplication.translate("RequestsFilters", u"Only letters received between these dates (inclusive)", None))
#endif // QT_CONFIG(tooltip)
        self.periodCheck.setText(QCoreApplication.translate("RequestsFilters", u"&Received", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("RequestsFilters", u"Received on or after", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("RequestsFilters", u"Received on or before", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

