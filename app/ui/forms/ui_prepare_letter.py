# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prepare_letter.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from app.ui.widgets.pdf_preview import PdfPreview

class Ui_PrepareLetterDialog(object):
    def setupUi(self, PrepareLetterDialog):
        if not PrepareLetterDialog.objectName():
            PrepareLetterDialog.setObjectName(u"PrepareLetterDialog")
        PrepareLetterDialog.resize(1280, 820)
        PrepareLetterDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(PrepareLetterDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(PrepareLetterDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(PrepareLetterDialog)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setStyleSheet(u"color: #555;")
        self.subtitleLabel.setText(u"")
        self.subtitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(PrepareLetterDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setStyleSheet(u"color: #6b6b6b;")
        self.statusLabel.setText(u"")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.finalBanner = QLabel(PrepareLetterDialog)
        self.finalBanner.setObjectName(u"finalBanner")
        self.finalBanner.setStyleSheet(u"background: #e7f3e8; color: #1e5b22; border: 1px solid #bcdcbf; border-radius: 4px; padding: 8px;")
        self.finalBanner.setText(u"")
        self.finalBanner.setWordWrap(True)
        self.finalBanner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.finalBanner)

        self.splitter = QSplitter(PrepareLetterDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftPane.setMinimumSize(QSize(420, 0))
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setSpacing(8)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 6, 0)
        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.choiceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.choiceForm.setVerticalSpacing(4)
        self.kindLabel = QLabel(self.leftPane)
        self.kindLabel.setObjectName(u"kindLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.leftPane)
        self.kindCombo.setObjectName(u"kindCombo")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(self.leftPane)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setStyleSheet(u"color: #9b1c13;")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.languageLabel = QLabel(self.leftPane)
        self.languageLabel.setObjectName(u"languageLabel")

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.leftPane)
        self.languageCombo.setObjectName(u"languageCombo")

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.leftPane)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setStyleSheet(u"color: #6b6b6b;")
        self.languageNote.setText(u"")
        self.languageNote.setWordWrap(True)

        self.choiceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.leftLayout.addLayout(self.choiceForm)

        self.tabs = QTabWidget(self.leftPane)
        self.tabs.setObjectName(u"tabs")
        self.textTab = QWidget()
        self.textTab.setObjectName(u"textTab")
        self.textLayout = QVBoxLayout(self.textTab)
        self.textLayout.setSpacing(6)
        self.textLayout.setObjectName(u"textLayout")
        self.textLayout.setContentsMargins(6, 6, 6, 6)
        self.rewriteNote = QLabel(self.textTab)
        self.rewriteNote.setObjectName(u"rewriteNote")
        self.rewriteNote.setStyleSheet(u"background: #fff6cc; color: #5c4a00; border: 1px solid #eadb9a; border-radius: 4px; padding: 6px;")
        self.rewriteNote.setText(u"")
        self.rewriteNote.setWordWrap(True)

        self.textLayout.addWidget(self.rewriteNote)

        self.bodyEdit = QPlainTextEdit(self.textTab)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.bodyEdit)

        self.hintLayout = QHBoxLayout()
        self.hintLayout.setSpacing(8)
        self.hintLayout.setObjectName(u"hintLayout")
        self.markupHint = QLabel(self.textTab)
        self.markupHint.setObjectName(u"markupHint")
        self.markupHint.setStyleSheet(u"color: #6b6b6b;")
        self.markupHint.setText(u"")
        self.markupHint.setWordWrap(True)

        self.hintLayout.addWidget(self.markupHint)

        self.rewriteButton = QPushButton(self.textTab)
        self.rewriteButton.setObjectName(u"rewriteButton")
        self.rewriteButton.setAutoDefault(False)

        self.hintLayout.addWidget(self.rewriteButton)


        self.textLayout.addLayout(self.hintLayout)

        self.tabs.addTab(self.textTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsTabLayout = QVBoxLayout(self.detailsTab)
        self.detailsTabLayout.setObjectName(u"detailsTabLayout")
        self.detailsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsScroll = QScrollArea(self.detailsTab)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsContents = QWidget()
        self.detailsContents.setObjectName(u"detailsContents")
        self.detailsLayout = QVBoxLayout(self.detailsContents)
        self.detailsLayout.setSpacing(10)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(8, 8, 8, 8)
        self.detailsIntro = QLabel(self.detailsContents)
        self.detailsIntro.setObjectName(u"detailsIntro")
        self.detailsIntro.setStyleSheet(u"color: #6b6b6b;")
        self.detailsIntro.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailsIntro)

        self.refusalGroup = QGroupBox(self.detailsContents)
        self.refusalGroup.setObjectName(u"refusalGroup")
        self.refusalForm = QFormLayout(self.refusalGroup)
        self.refusalForm.setObjectName(u"refusalForm")
        self.refusalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.groundLabel = QLabel(self.refusalGroup)
        self.groundLabel.setObjectName(u"groundLabel")

        self.refusalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groundLabel)

        self.groundValue = QLabel(self.refusalGroup)
        self.groundValue.setObjectName(u"groundValue")
        self.groundValue.setText(u"")
        self.groundValue.setWordWrap(True)
        self.groundValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.refusalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groundValue)

        self.groundDetailLabel = QLabel(self.refusalGroup)
        self.groundDetailLabel.setObjectName(u"groundDetailLabel")

        self.refusalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groundDetailLabel)

        self.groundDetailValue = QLabel(self.refusalGroup)
        self.groundDetailValue.setObjectName(u"groundDetailValue")
        self.groundDetailValue.setText(u"")
        self.groundDetailValue.setWordWrap(True)
        self.groundDetailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.refusalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groundDetailValue)

        self.groundError = QLabel(self.refusalGroup)
        self.groundError.setObjectName(u"groundError")
        self.groundError.setStyleSheet(u"color: #9b1c13;")
        self.groundError.setText(u"")
        self.groundError.setWordWrap(True)

        self.refusalForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.groundError)


        self.detailsLayout.addWidget(self.refusalGroup)

        self.clarificationGroup = QGroupBox(self.detailsContents)
        self.clarificationGroup.setObjectName(u"clarificationGroup")
        self.clarificationForm = QFormLayout(self.clarificationGroup)
        self.clarificationForm.setObjectName(u"clarificationForm")
        self.clarificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.questionLabel = QLabel(self.clarificationGroup)
        self.questionLabel.setObjectName(u"questionLabel")

        self.clarificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QPlainTextEdit(self.clarificationGroup)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setMaximumSize(QSize(16777215, 90))
        self.questionEdit.setTabChangesFocus(True)

        self.clarificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.stopClockCheck = QCheckBox(self.clarificationGroup)
        self.stopClockCheck.setObjectName(u"stopClockCheck")
        self.stopClockCheck.setChecked(True)

        self.clarificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stopClockCheck)


        self.detailsLayout.addWidget(self.clarificationGroup)

        self.claimGroup = QGroupBox(self.detailsContents)
        self.claimGroup.setObjectName(u"claimGroup")
        self.claimForm = QFormLayout(self.claimGroup)
        self.claimForm.setObjectName(u"claimForm")
        self.claimForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.findingsLabel = QLabel(self.claimGroup)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.claimForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(self.claimGroup)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setMaximumSize(QSize(16777215, 90))
        self.findingsEdit.setTabChangesFocus(True)

        self.claimForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findingsEdit)

        self.decisionLabel = QLabel(self.claimGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.claimForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QPlainTextEdit(self.claimGroup)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setMaximumSize(QSize(16777215, 90))
        self.decisionEdit.setTabChangesFocus(True)

        self.claimForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionEdit)


        self.detailsLayout.addWidget(self.claimGroup)

        self.disposalsGroup = QGroupBox(self.detailsContents)
        self.disposalsGroup.setObjectName(u"disposalsGroup")
        self.disposalsLayout = QVBoxLayout(self.disposalsGroup)
        self.disposalsLayout.setSpacing(6)
        self.disposalsLayout.setObjectName(u"disposalsLayout")
        self.workflowNote = QLabel(self.disposalsGroup)
        self.workflowNote.setObjectName(u"workflowNote")
        self.workflowNote.setStyleSheet(u"color: #6b6b6b;")
        self.workflowNote.setWordWrap(True)

        self.disposalsLayout.addWidget(self.workflowNote)

        self.effectiveValue = QLabel(self.disposalsGroup)
        self.effectiveValue.setObjectName(u"effectiveValue")
        self.effectiveValue.setText(u"")
        self.effectiveValue.setWordWrap(True)

        self.disposalsLayout.addWidget(self.effectiveValue)

        self.disposalsTable = QTableWidget(self.disposalsGroup)
        self.disposalsTable.setObjectName(u"disposalsTable")
        self.disposalsTable.setMinimumSize(QSize(0, 120))
        self.disposalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.disposalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disposalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.disposalsLayout.addWidget(self.disposalsTable)

        self.systemsLabel = QLabel(self.disposalsGroup)
        self.systemsLabel.setObjectName(u"systemsLabel")

        self.disposalsLayout.addWidget(self.systemsLabel)

        self.systemsList = QListWidget(self.disposalsGroup)
        self.systemsList.setObjectName(u"systemsList")
        self.systemsList.setMaximumSize(QSize(16777215, 120))

        self.disposalsLayout.addWidget(self.systemsList)

        self.disposalsError = QLabel(self.disposalsGroup)
        self.disposalsError.setObjectName(u"disposalsError")
        self.disposalsError.setStyleSheet(u"color: #9b1c13;")
        self.disposalsError.setText(u"")
        self.disposalsError.setWordWrap(True)

        self.disposalsLayout.addWidget(self.disposalsError)

        self.methodLabel = QLabel(self.disposalsGroup)
        self.methodLabel.setObjectName(u"methodLabel")

        self.disposalsLayout.addWidget(self.methodLabel)

        self.methodEdit = QLineEdit(self.disposalsGroup)
        self.methodEdit.setObjectName(u"methodEdit")

        self.disposalsLayout.addWidget(self.methodEdit)


        self.detailsLayout.addWidget(self.disposalsGroup)

        self.attachmentsGroup = QGroupBox(self.detailsContents)
        self.attachmentsGroup.setObjectName(u"attachmentsGroup")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsGroup)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsEdit = QPlainTextEdit(self.attachmentsGroup)
        self.attachmentsEdit.setObjectName(u"attachmentsEdit")
        self.attachmentsEdit.setMaximumSize(QSize(16777215, 80))
        self.attachmentsEdit.setTabChangesFocus(True)

        self.attachmentsLayout.addWidget(self.attachmentsEdit)


        self.detailsLayout.addWidget(self.attachmentsGroup)

        self.detailsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsScroll.setWidget(self.detailsContents)

        self.detailsTabLayout.addWidget(self.detailsScroll)

        self.tabs.addTab(self.detailsTab, "")

        self.leftLayout.addWidget(self.tabs)

        self.problemsTitle = QLabel(self.leftPane)
        self.problemsTitle.setObjectName(u"problemsTitle")
        self.problemsTitle.setStyleSheet(u"font-weight: 600;")
        self.problemsTitle.setText(u"")

        self.leftLayout.addWidget(self.problemsTitle)

        self.problemsList = QListWidget(self.leftPane)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 96))
        self.problemsList.setWordWrap(True)

        self.leftLayout.addWidget(self.problemsList)

        self.leftLayout.setStretch(1, 1)
        self.splitter.addWidget(self.leftPane)
        self.preview = PdfPreview(self.splitter)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(420, 0))
        self.splitter.addWidget(self.preview)

        self.mainLayout.addWidget(self.splitter)

        self.generalError = QLabel(PrepareLetterDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #9b1c13;")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setSpacing(6)
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.saveDraftButton = QPushButton(PrepareLetterDialog)
        self.saveDraftButton.setObjectName(u"saveDraftButton")
        self.saveDraftButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveDraftButton)

        self.savePdfButton = QPushButton(PrepareLetterDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")
        self.savePdfButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.savePdfButton)

        self.saveDocxButton = QPushButton(PrepareLetterDialog)
        self.saveDocxButton.setObjectName(u"saveDocxButton")
        self.saveDocxButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveDocxButton)

        self.printButton = QPushButton(PrepareLetterDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.finaliseButton = QPushButton(PrepareLetterDialog)
        self.finaliseButton.setObjectName(u"finaliseButton")
        self.finaliseButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.finaliseButton)

        self.closeButton = QPushButton(PrepareLetterDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.questionLabel.setBuddy(self.questionEdit)
        self.findingsLabel.setBuddy(self.findingsEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.systemsLabel.setBuddy(self.systemsList)
        self.methodLabel.setBuddy(self.methodEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.tabs)
        QWidget.setTabOrder(self.tabs, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.rewriteButton)
        QWidget.setTabOrder(self.rewriteButton, self.detailsScroll)
        QWidget.setTabOrder(self.detailsScroll, self.questionEdit)
        QWidget.setTabOrder(self.questionEdit, self.stopClockCheck)
        QWidget.setTabOrder(self.stopClockCheck, self.findingsEdit)
        QWidget.setTabOrder(self.findingsEdit, self.decisionEdit)
        QWidget.setTabOrder(self.decisionEdit, self.disposalsTable)
        QWidget.setTabOrder(self.disposalsTable, self.systemsList)
        QWidget.setTabOrder(self.systemsList, self.methodEdit)
        QWidget.setTabOrder(self.methodEdit, self.attachmentsEdit)
        QWidget.setTabOrder(self.attachmentsEdit, self.problemsList)
        QWidget.setTabOrder(self.problemsList, self.saveDraftButton)
        QWidget.setTabOrder(self.saveDraftButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.saveDocxButton)
        QWidget.setTabOrder(self.saveDocxButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.finaliseButton)
        QWidget.setTabOrder(self.finaliseButton, self.closeButton)

        self.retranslateUi(PrepareLetterDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PrepareLetterDialog)
    # setupUi

    def retranslateUi(self, PrepareLetterDialog):
        PrepareLetterDialog.setWindowTitle(QCoreApplication.translate("PrepareLetterDialog", u"Prepare a letter", None))
        self.kindLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"&Kind:", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("PrepareLetterDialog", u"What the letter is (Ctrl+1)", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("PrepareLetterDialog", u"The language of the letter (Ctrl+2)", None))
#endif // QT_CONFIG(tooltip)
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("PrepareLetterDialog", u"The text of the letter", None))
        self.rewriteButton.setText(QCoreApplication.translate("PrepareLetterDialog", u"&Rewrite from the template", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textTab), QCoreApplication.translate("PrepareLetterDialog", u"&Text", None))
        self.detailsIntro.setText(QCoreApplication.translate("PrepareLetterDialog", u"What the letter says beyond the case record. Changing a detail rewrites the text from the template.", None))
        self.refusalGroup.setTitle(QCoreApplication.translate("PrepareLetterDialog", u"Ground of the refusal (as the decision recorded it)", None))
        self.groundLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"Ground:", None))
        self.groundDetailLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"Facts:", None))
        self.clarificationGroup.setTitle(QCoreApplication.translate("PrepareLetterDialog", u"Request for clarification", None))
        self.questionLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"&Question:", None))
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("PrepareLetterDialog", u"What the subject is asked to clarify or provide", None))
        self.stopClockCheck.setText(QCoreApplication.translate("PrepareLetterDialog", u"&Stop the clock when the letter is finalised", None))
        self.claimGroup.setTitle(QCoreApplication.translate("PrepareLetterDialog", u"Answer to the claim", None))
        self.findingsLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"F&indings:", None))
        self.findingsEdit.setPlaceholderText(QCoreApplication.translate("PrepareLetterDialog", u"What the review established: which data, in which systems, on which basis", None))
        self.decisionLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"D&ecision:", None))
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("PrepareLetterDialog", u"What the operator decided and did", None))
        self.disposalsGroup.setTitle(QCoreApplication.translate("PrepareLetterDialog", u"What the withdrawal recorded", None))
        self.workflowNote.setText(QCoreApplication.translate("PrepareLetterDialog", u"The letter states what the Withdrawal tab of the case recorded; change it there.", None))
        self.systemsLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"S&ystems the data were removed from:", None))
        self.methodLabel.setText(QCoreApplication.translate("PrepareLetterDialog", u"&Method of destruction:", None))
        self.methodEdit.setPlaceholderText(QCoreApplication.translate("PrepareLetterDialog", u"Empty: the usual method (deletion without recovery, shredding paper)", None))
        self.attachmentsGroup.setTitle(QCoreApplication.translate("PrepareLetterDialog", u"Attachments", None))
        self.attachmentsEdit.setPlaceholderText(QCoreApplication.translate("PrepareLetterDialog", u"One attachment a line, e.g. \u201cCopy of the destruction act, 1 page\u201d", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("PrepareLetterDialog", u"&Details", None))
#if QT_CONFIG(tooltip)
        self.problemsList.setToolTip(QCoreApplication.translate("PrepareLetterDialog", u"Double-click a blank to go to it in the text", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.saveDraftButton.setToolTip(QCoreApplication.translate("PrepareLetterDialog", u"Keep the text as a draft of this case (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveDraftButton.setText(QCoreApplication.translate("PrepareLetterDialog", u"Save &draft", None))
        self.savePdfButton.setText(QCoreApplication.translate("PrepareLetterDialog", u"Save as &PDF\u2026", None))
        self.saveDocxButton.setText(QCoreApplication.translate("PrepareLetterDialog", u"Save as D&OCX\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PrepareLetterDialog", u"Print the letter (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PrepareLetterDialog", u"P&rint\u2026", None))
        self.finaliseButton.setText(QCoreApplication.translate("PrepareLetterDialog", u"&Finalise\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrepareLetterDialog", u"Close", None))
    # retranslateUi

