# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(620, 420)
        self.mainLayout = QVBoxLayout(WelcomeDialog)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(32, 28, 32, 24)
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 20pt; font-weight: 600;")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.createButton = QPushButton(WelcomeDialog)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setMinimumSize(QSize(0, 52))

        self.mainLayout.addWidget(self.createButton)

        self.demoButton = QPushButton(WelcomeDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(0, 52))

        self.mainLayout.addWidget(self.demoButton)

        self.openButton = QPushButton(WelcomeDialog)
        self.openButton.setObjectName(u"openButton")

        self.mainLayout.addWidget(self.openButton)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.databaseLabel = QLabel(WelcomeDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setStyleSheet(u"color: #666;")
        self.databaseLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.databaseLabel)


        self.retranslateUi(WelcomeDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to Derbes", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to Derbes", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Derbes is the desk for the letters of data subjects: register each letter, count its deadline in Kazakh working days, and answer it on paper in Kazakh or Russian.\n"
"\n"
"To begin, describe the operator you answer for, or look around in a demo database built from five real operators.", None))
        self.createButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Create the operator profile\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"Open the &demo database", None))
        self.openButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Open another database file\u2026", None))
        self.databaseLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Database:", None))
    # retranslateUi

