# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from app.ui.widgets.pdf_preview import PdfPreview

class Ui_TemplatesPage(object):
    def setupUi(self, TemplatesPage):
        if not TemplatesPage.objectName():
            TemplatesPage.setObjectName(u"TemplatesPage")
        TemplatesPage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(TemplatesPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 14, 16, 14)
        self.introLabel = QLabel(TemplatesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setStyleSheet(u"color: #666;")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(TemplatesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setSpacing(6)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 4, 0)
        self.treeLabel = QLabel(self.listPane)
        self.treeLabel.setObjectName(u"treeLabel")
        self.treeLabel.setStyleSheet(u"font-weight: 600;")

        self.listLayout.addWidget(self.treeLabel)

        self.templatesTree = QTreeWidget(self.listPane)
        self.templatesTree.setObjectName(u"templatesTree")
        self.templatesTree.setMinimumSize(QSize(200, 0))
        self.templatesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templatesTree.setAlternatingRowColors(False)
        self.templatesTree.setRootIsDecorated(False)
        self.templatesTree.setUniformRowHeights(True)
        self.templatesTree.setItemsExpandable(False)
        self.templatesTree.setExpandsOnDoubleClick(False)
        self.templatesTree.setColumnCount(2)
        self.templatesTree.header().setVisible(False)
        self.templatesTree.header().setStretchLastSection(False)

        self.listLayout.addWidget(self.templatesTree)

        self.legendLabel = QLabel(self.listPane)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setStyleSheet(u"color: #666;")
        self.legendLabel.setWordWrap(True)

        self.listLayout.addWidget(self.legendLabel)

        self.resetButton = QPushButton(self.listPane)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setAutoDefault(False)

        self.listLayout.addWidget(self.resetButton)

        self.listLayout.setStretch(1, 1)
        self.splitter.addWidget(self.listPane)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setSpacing(6)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(4, 0, 4, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(8)
        self.titleRow.setObjectName(u"titleRow")
        self.templateTitle = QLabel(self.editorPane)
        self.templateTitle.setObjectName(u"templateTitle")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templateTitle.sizePolicy().hasHeightForWidth())
        self.templateTitle.setSizePolicy(sizePolicy)
        self.templateTitle.setStyleSheet(u"font-weight: 600;")
        self.templateTitle.setText(u"")

        self.titleRow.addWidget(self.templateTitle)

        self.titleSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.templateState = QLabel(self.editorPane)
        self.templateState.setObjectName(u"templateState")
        self.templateState.setStyleSheet(u"color: #666;")
        self.templateState.setText(u"")

        self.titleRow.addWidget(self.templateState)


        self.editorLayout.addLayout(self.titleRow)

        self.sourceEdit = QPlainTextEdit(self.editorPane)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setMinimumSize(QSize(320, 0))
        self.sourceEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.sourceEdit.setTabChangesFocus(False)

        self.editorLayout.addWidget(self.sourceEdit)

        self.problemLabel = QLabel(self.editorPane)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.RichText)
        self.problemLabel.setText(u"")
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editorLayout.addWidget(self.problemLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setSpacing(6)
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(self.editorPane)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.editorPane)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.buttonsRow)

        self.editorLayout.setStretch(1, 1)
        self.splitter.addWidget(self.editorPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setSpacing(6)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(4, 0, 0, 0)
        self.sampleRow = QHBoxLayout()
        self.sampleRow.setSpacing(6)
        self.sampleRow.setObjectName(u"sampleRow")
        self.sampleCaption = QLabel(self.previewPane)
        self.sampleCaption.setObjectName(u"sampleCaption")

        self.sampleRow.addWidget(self.sampleCaption)

        self.sampleEdit = QLineEdit(self.previewPane)
        self.sampleEdit.setObjectName(u"sampleEdit")
        self.sampleEdit.setMaxLength(60)
        self.sampleEdit.setClearButtonEnabled(True)

        self.sampleRow.addWidget(self.sampleEdit)


        self.previewLayout.addLayout(self.sampleRow)

        self.sampleLabel = QLabel(self.previewPane)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setStyleSheet(u"color: #666;")
        self.sampleLabel.setWordWrap(True)
        self.sampleLabel.setText(u"")

        self.previewLayout.addWidget(self.sampleLabel)

        self.preview = PdfPreview(self.previewPane)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(360, 0))

        self.previewLayout.addWidget(self.preview)

        self.previewLayout.setStretch(2, 1)
        self.splitter.addWidget(self.previewPane)

        self.pageLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(TemplatesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.pageLayout.addWidget(self.messageLabel)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.treeLabel.setBuddy(self.templatesTree)
        self.templateTitle.setBuddy(self.sourceEdit)
        self.sampleCaption.setBuddy(self.sampleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templatesTree, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.sampleEdit)

        self.retranslateUi(TemplatesPage)

        QMetaObject.connectSlotsByName(TemplatesPage)
    # setupUi

    def retranslateUi(self, TemplatesPage):
        self.introLabel.setText(QCoreApplication.translate("TemplatesPage", u"Every letter is written from a template, one for each kind and language. Your edited copy is kept in the database and writes every new letter; the shipped version is never changed and can be put back at any time. The preview shows the letter for a real request.", None))
        self.treeLabel.setText(QCoreApplication.translate("TemplatesPage", u"Letter &kinds", None))
        ___qtreewidgetitem = self.templatesTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TemplatesPage", u"State", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TemplatesPage", u"Template", None))
        self.legendLabel.setText(QCoreApplication.translate("TemplatesPage", u"\u201cedited\u201d: your copy writes the letters of this kind and language.", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("TemplatesPage", u"Delete your edited copy of the chosen template and write its letters from the shipped one again", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("TemplatesPage", u"&Reset to the shipped version\u2026", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("TemplatesPage", u"Template text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("TemplatesPage", u"Discard the edits not saved yet", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("TemplatesPage", u"&Undo the edits", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TemplatesPage", u"Keep your copy of the template; it is checked first (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("TemplatesPage", u"&Save", None))
        self.sampleCaption.setText(QCoreApplication.translate("TemplatesPage", u"Preview &for request No.:", None))
        self.sampleEdit.setPlaceholderText(QCoreApplication.translate("TemplatesPage", u"the latest suitable request", None))
#if QT_CONFIG(tooltip)
        self.sampleEdit.setToolTip(QCoreApplication.translate("TemplatesPage", u"Type a registration number and press Enter; leave empty to use the latest request this letter suits", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

