# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'link_subject.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_LinkSubjectDialog(object):
    def setupUi(self, LinkSubjectDialog):
        if not LinkSubjectDialog.objectName():
            LinkSubjectDialog.setObjectName(u"LinkSubjectDialog")
        LinkSubjectDialog.resize(720, 460)
        self.mainLayout = QVBoxLayout(LinkSubjectDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(LinkSubjectDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(LinkSubjectDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.searchLayout)

        self.hintLabel = QLabel(LinkSubjectDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #666;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.resultsTable = QTableWidget(LinkSubjectDialog)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsTable.setTabKeyNavigation(False)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.resultsTable)

        self.resultLabel = QLabel(LinkSubjectDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setStyleSheet(u"color: #555;")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.resultLabel)

        self.buttonBox = QDialogButtonBox(LinkSubjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.resultsTable)

        self.retranslateUi(LinkSubjectDialog)

        QMetaObject.connectSlotsByName(LinkSubjectDialog)
    # setupUi

    def retranslateUi(self, LinkSubjectDialog):
        LinkSubjectDialog.setWindowTitle(QCoreApplication.translate("LinkSubjectDialog", u"Link a subject", None))
        self.searchLabel.setText(QCoreApplication.translate("LinkSubjectDialog", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LinkSubjectDialog", u"IIN, or a name in Kazakh, Russian or Latin letters", None))
        self.hintLabel.setText(QCoreApplication.translate("LinkSubjectDialog", u"Names match across scripts: \u04d8\u043b\u0438\u0435\u0432, \u0410\u043b\u0438\u0435\u0432 and Aliyev find each other. Only subjects of this request's operator are listed.", None))
    # retranslateUi

