# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTextBrowser, QToolButton,
    QVBoxLayout, QWidget)

from app.ui.widgets.scans_panel import ScansPanel

class Ui_CaseWindow(object):
    def setupUi(self, CaseWindow):
        if not CaseWindow.objectName():
            CaseWindow.setObjectName(u"CaseWindow")
        CaseWindow.resize(1200, 760)
        self.mainLayout = QVBoxLayout(CaseWindow)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(CaseWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 17pt; font-weight: 600;")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(CaseWindow)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setStyleSheet(u"color: #555; font-size: 11pt;")
        self.subtitleLabel.setText(u"")
        self.subtitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusChip = QLabel(CaseWindow)
        self.statusChip.setObjectName(u"statusChip")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusChip.sizePolicy().hasHeightForWidth())
        self.statusChip.setSizePolicy(sizePolicy)
        self.statusChip.setText(u"")
        self.statusChip.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerLayout.addWidget(self.statusChip)

        self.dueChip = QLabel(CaseWindow)
        self.dueChip.setObjectName(u"dueChip")
        sizePolicy.setHeightForWidth(self.dueChip.sizePolicy().hasHeightForWidth())
        self.dueChip.setSizePolicy(sizePolicy)
        self.dueChip.setText(u"")
        self.dueChip.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerLayout.addWidget(self.dueChip)


        self.mainLayout.addLayout(self.headerLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.changeStatusButton = QPushButton(CaseWindow)
        self.changeStatusButton.setObjectName(u"changeStatusButton")

        self.actionsLayout.addWidget(self.changeStatusButton)

        self.stopClockButton = QPushButton(CaseWindow)
        self.stopClockButton.setObjectName(u"stopClockButton")

        self.actionsLayout.addWidget(self.stopClockButton)

        self.resumeClockButton = QPushButton(CaseWindow)
        self.resumeClockButton.setObjectName(u"resumeClockButton")

        self.actionsLayout.addWidget(self.resumeClockButton)

        self.extendButton = QPushButton(CaseWindow)
        self.extendButton.setObjectName(u"extendButton")

        self.actionsLayout.addWidget(self.extendButton)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.busyLabel = QLabel(CaseWindow)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setStyleSheet(u"color: #777;")
        self.busyLabel.setText(u"")

        self.actionsLayout.addWidget(self.busyLabel)


        self.mainLayout.addLayout(self.actionsLayout)

        self.loadErrorLabel = QLabel(CaseWindow)
        self.loadErrorLabel.setObjectName(u"loadErrorLabel")
        self.loadErrorLabel.setStyleSheet(u"color: #9b1c13; background: #fbe3e1; padding: 6px; border-radius: 4px;")
        self.loadErrorLabel.setText(u"")
        self.loadErrorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.loadErrorLabel)

        self.mainSplitter = QSplitter(CaseWindow)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.detailsScroll = QScrollArea(self.mainSplitter)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setMinimumSize(QSize(340, 0))
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsContents = QWidget()
        self.detailsContents.setObjectName(u"detailsContents")
        self.detailsLayout = QVBoxLayout(self.detailsContents)
        self.detailsLayout.setSpacing(10)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 8, 0)
        self.deadlineGroup = QGroupBox(self.detailsContents)
        self.deadlineGroup.setObjectName(u"deadlineGroup")
        self.deadlineForm = QFormLayout(self.deadlineGroup)
        self.deadlineForm.setObjectName(u"deadlineForm")
        self.deadlineForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dueCaption = QLabel(self.deadlineGroup)
        self.dueCaption.setObjectName(u"dueCaption")

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueValue = QLabel(self.deadlineGroup)
        self.dueValue.setObjectName(u"dueValue")
        self.dueValue.setText(u"")

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dueValue)

        self.daysLeftCaption = QLabel(self.deadlineGroup)
        self.daysLeftCaption.setObjectName(u"daysLeftCaption")

        self.deadlineForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.daysLeftCaption)

        self.daysLeftValue = QLabel(self.deadlineGroup)
        self.daysLeftValue.setObjectName(u"daysLeftValue")
        self.daysLeftValue.setText(u"")

        self.deadlineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.daysLeftValue)

        self.termCaption = QLabel(self.deadlineGroup)
        self.termCaption.setObjectName(u"termCaption")

        self.deadlineForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.termCaption)

        self.termValue = QLabel(self.deadlineGroup)
        self.termValue.setObjectName(u"termValue")
        self.termValue.setText(u"")
        self.termValue.setWordWrap(True)

        self.deadlineForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.termValue)

        self.assigneeCaption = QLabel(self.deadlineGroup)
        self.assigneeCaption.setObjectName(u"assigneeCaption")

        self.deadlineForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.assigneeCaption)

        self.assigneeLayout = QHBoxLayout()
        self.assigneeLayout.setObjectName(u"assigneeLayout")
        self.assigneeCombo = QComboBox(self.deadlineGroup)
        self.assigneeCombo.setObjectName(u"assigneeCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.assigneeCombo.sizePolicy().hasHeightForWidth())
        self.assigneeCombo.setSizePolicy(sizePolicy1)
        self.assigneeCombo.setEditable(True)
        self.assigneeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.assigneeLayout.addWidget(self.assigneeCombo)

        self.assignButton = QPushButton(self.deadlineGroup)
        self.assignButton.setObjectName(u"assignButton")

        self.assigneeLayout.addWidget(self.assignButton)


        self.deadlineForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.assigneeLayout)

        self.assigneeError = QLabel(self.deadlineGroup)
        self.assigneeError.setObjectName(u"assigneeError")
        self.assigneeError.setStyleSheet(u"color: #9b1c13;")
        self.assigneeError.setText(u"")
        self.assigneeError.setWordWrap(True)

        self.deadlineForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assigneeError)

        self.explainToggle = QToolButton(self.deadlineGroup)
        self.explainToggle.setObjectName(u"explainToggle")
        self.explainToggle.setCheckable(True)
        self.explainToggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.explainToggle.setArrowType(Qt.ArrowType.RightArrow)
        self.explainToggle.setAutoRaise(True)

        self.deadlineForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.explainToggle)

        self.explanationLabel = QLabel(self.deadlineGroup)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setStyleSheet(u"background: #f6f6f8; border: 1px solid #e2e2e6; border-radius: 4px; padding: 6px;")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setTextFormat(Qt.TextFormat.RichText)
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deadlineForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.explanationLabel)


        self.detailsLayout.addWidget(self.deadlineGroup)

        self.subjectGroup = QGroupBox(self.detailsContents)
        self.subjectGroup.setObjectName(u"subjectGroup")
        self.subjectLayout = QVBoxLayout(self.subjectGroup)
        self.subjectLayout.setObjectName(u"subjectLayout")
        self.subjectNameValue = QLabel(self.subjectGroup)
        self.subjectNameValue.setObjectName(u"subjectNameValue")
        self.subjectNameValue.setStyleSheet(u"font-size: 11pt; font-weight: 600;")
        self.subjectNameValue.setText(u"")
        self.subjectNameValue.setWordWrap(True)
        self.subjectNameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.subjectLayout.addWidget(self.subjectNameValue)

        self.subjectDetailsValue = QLabel(self.subjectGroup)
        self.subjectDetailsValue.setObjectName(u"subjectDetailsValue")
        self.subjectDetailsValue.setText(u"")
        self.subjectDetailsValue.setTextFormat(Qt.TextFormat.RichText)
        self.subjectDetailsValue.setWordWrap(True)
        self.subjectDetailsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.subjectLayout.addWidget(self.subjectDetailsValue)

        self.subjectButtons = QHBoxLayout()
        self.subjectButtons.setObjectName(u"subjectButtons")
        self.openSubjectButton = QPushButton(self.subjectGroup)
        self.openSubjectButton.setObjectName(u"openSubjectButton")

        self.subjectButtons.addWidget(self.openSubjectButton)

        self.linkSubjectButton = QPushButton(self.subjectGroup)
        self.linkSubjectButton.setObjectName(u"linkSubjectButton")

        self.subjectButtons.addWidget(self.linkSubjectButton)

        self.unlinkSubjectButton = QPushButton(self.subjectGroup)
        self.unlinkSubjectButton.setObjectName(u"unlinkSubjectButton")

        self.subjectButtons.addWidget(self.unlinkSubjectButton)

        self.subjectSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subjectButtons.addItem(self.subjectSpacer)


        self.subjectLayout.addLayout(self.subjectButtons)


        self.detailsLayout.addWidget(self.subjectGroup)

        self.letterGroup = QGroupBox(self.detailsContents)
        self.letterGroup.setObjectName(u"letterGroup")
        self.letterForm = QFormLayout(self.letterGroup)
        self.letterForm.setObjectName(u"letterForm")
        self.letterForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberCaption = QLabel(self.letterGroup)
        self.numberCaption.setObjectName(u"numberCaption")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberValue = QLabel(self.letterGroup)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setText(u"")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.operatorCaption = QLabel(self.letterGroup)
        self.operatorCaption.setObjectName(u"operatorCaption")

        self.letterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorCaption)

        self.operatorValue = QLabel(self.letterGroup)
        self.operatorValue.setObjectName(u"operatorValue")
        self.operatorValue.setText(u"")

        self.letterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operatorValue)

        self.typeCaption = QLabel(self.letterGroup)
        self.typeCaption.setObjectName(u"typeCaption")

        self.letterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeCaption)

        self.typeValue = QLabel(self.letterGroup)
        self.typeValue.setObjectName(u"typeValue")
        self.typeValue.setText(u"")

        self.letterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeValue)

        self.senderCaption = QLabel(self.letterGroup)
        self.senderCaption.setObjectName(u"senderCaption")

        self.letterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.senderCaption)

        self.senderValue = QLabel(self.letterGroup)
        self.senderValue.setObjectName(u"senderValue")
        self.senderValue.setText(u"")

        self.letterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.senderValue)

        self.addressCaption = QLabel(self.letterGroup)
        self.addressCaption.setObjectName(u"addressCaption")

        self.letterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.letterGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setText(u"")

        self.letterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.languageCaption = QLabel(self.letterGroup)
        self.languageCaption.setObjectName(u"languageCaption")

        self.letterForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageValue = QLabel(self.letterGroup)
        self.languageValue.setObjectName(u"languageValue")
        self.languageValue.setText(u"")

        self.letterForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageValue)

        self.signedCaption = QLabel(self.letterGroup)
        self.signedCaption.setObjectName(u"signedCaption")

        self.letterForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signedCaption)

        self.signedValue = QLabel(self.letterGroup)
        self.signedValue.setObjectName(u"signedValue")
        self.signedValue.setText(u"")

        self.letterForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signedValue)

        self.channelCaption = QLabel(self.letterGroup)
        self.channelCaption.setObjectName(u"channelCaption")

        self.letterForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channelCaption)

        self.channelValue = QLabel(self.letterGroup)
        self.channelValue.setObjectName(u"channelValue")
        self.channelValue.setText(u"")

        self.letterForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.channelValue)

        self.postmarkCaption = QLabel(self.letterGroup)
        self.postmarkCaption.setObjectName(u"postmarkCaption")

        self.letterForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.postmarkCaption)

        self.postmarkValue = QLabel(self.letterGroup)
        self.postmarkValue.setObjectName(u"postmarkValue")
        self.postmarkValue.setText(u"")

        self.letterForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.postmarkValue)

        self.letterDateCaption = QLabel(self.letterGroup)
        self.letterDateCaption.setObjectName(u"letterDateCaption")

        self.letterForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.letterDateCaption)

        self.letterDateValue = QLabel(self.letterGroup)
        self.letterDateValue.setObjectName(u"letterDateValue")
        self.letterDateValue.setText(u"")

        self.letterForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.letterDateValue)

        self.receivedCaption = QLabel(self.letterGroup)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.letterForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(self.letterGroup)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setText(u"")

        self.letterForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.registeredCaption = QLabel(self.letterGroup)
        self.registeredCaption.setObjectName(u"registeredCaption")

        self.letterForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.registeredCaption)

        self.registeredValue = QLabel(self.letterGroup)
        self.registeredValue.setObjectName(u"registeredValue")
        self.registeredValue.setText(u"")

        self.letterForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.registeredValue)

        self.summaryCaption = QLabel(self.letterGroup)
        self.summaryCaption.setObjectName(u"summaryCaption")

        self.letterForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.summaryCaption)

        self.summaryValue = QLabel(self.letterGroup)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setText(u"")

        self.letterForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.summaryValue)


        self.detailsLayout.addWidget(self.letterGroup)

        self.detailsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsScroll.setWidget(self.detailsContents)
        self.mainSplitter.addWidget(self.detailsScroll)
        self.tabs = QTabWidget(self.mainSplitter)
        self.tabs.setObjectName(u"tabs")
        self.scansTab = QWidget()
        self.scansTab.setObjectName(u"scansTab")
        self.scansLayout = QVBoxLayout(self.scansTab)
        self.scansLayout.setObjectName(u"scansLayout")
        self.scansPanel = ScansPanel(self.scansTab)
        self.scansPanel.setObjectName(u"scansPanel")

        self.scansLayout.addWidget(self.scansPanel)

        self.tabs.addTab(self.scansTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.noteLayout = QHBoxLayout()
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteEdit = QPlainTextEdit(self.timelineTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 64))
        self.noteEdit.setTabChangesFocus(True)

        self.noteLayout.addWidget(self.noteEdit)

        self.addNoteButton = QPushButton(self.timelineTab)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.noteLayout.addWidget(self.addNoteButton)


        self.timelineLayout.addLayout(self.noteLayout)

        self.noteError = QLabel(self.timelineTab)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #9b1c13;")
        self.noteError.setText(u"")

        self.timelineLayout.addWidget(self.noteError)

        self.timelineView = QTextBrowser(self.timelineTab)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setOpenLinks(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.tabs.addTab(self.timelineTab, "")
        self.mainSplitter.addWidget(self.tabs)

        self.mainLayout.addWidget(self.mainSplitter)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.assigneeCaption.setBuddy(self.assigneeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.changeStatusButton, self.stopClockButton)
        QWidget.setTabOrder(self.stopClockButton, self.resumeClockButton)
        QWidget.setTabOrder(self.resumeClockButton, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.assigneeCombo)
        QWidget.setTabOrder(self.assigneeCombo, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.explainToggle)
        QWidget.setTabOrder(self.explainToggle, self.openSubjectButton)
        QWidget.setTabOrder(self.openSubjectButton, self.linkSubjectButton)
        QWidget.setTabOrder(self.linkSubjectButton, self.unlinkSubjectButton)
        QWidget.setTabOrder(self.unlinkSubjectButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.addNoteButton)
        QWidget.setTabOrder(self.addNoteButton, self.timelineView)

        self.retranslateUi(CaseWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseWindow)
    # setupUi

    def retranslateUi(self, CaseWindow):
        CaseWindow.setWindowTitle(QCoreApplication.translate("CaseWindow", u"Case", None))
#if QT_CONFIG(tooltip)
        self.statusChip.setToolTip(QCoreApplication.translate("CaseWindow", u"Status of the request", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.dueChip.setToolTip(QCoreApplication.translate("CaseWindow", u"Due date and working days left", None))
#endif // QT_CONFIG(tooltip)
        self.changeStatusButton.setText(QCoreApplication.translate("CaseWindow", u"Change &status\u2026", None))
        self.stopClockButton.setText(QCoreApplication.translate("CaseWindow", u"Sto&p the clock\u2026", None))
        self.resumeClockButton.setText(QCoreApplication.translate("CaseWindow", u"&Resume the clock\u2026", None))
        self.extendButton.setText(QCoreApplication.translate("CaseWindow", u"E&xtend\u2026", None))
        self.deadlineGroup.setTitle(QCoreApplication.translate("CaseWindow", u"Deadline and work", None))
        self.dueCaption.setText(QCoreApplication.translate("CaseWindow", u"Due date:", None))
        self.daysLeftCaption.setText(QCoreApplication.translate("CaseWindow", u"Working days left:", None))
        self.termCaption.setText(QCoreApplication.translate("CaseWindow", u"Term:", None))
        self.assigneeCaption.setText(QCoreApplication.translate("CaseWindow", u"Assi&gnee:", None))
#if QT_CONFIG(tooltip)
        self.assigneeCombo.setToolTip(QCoreApplication.translate("CaseWindow", u"Who works on this request (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("CaseWindow", u"&Assign", None))
        self.explainToggle.setText(QCoreApplication.translate("CaseWindow", u"How was the due date counted?", None))
        self.subjectGroup.setTitle(QCoreApplication.translate("CaseWindow", u"Subject", None))
        self.openSubjectButton.setText(QCoreApplication.translate("CaseWindow", u"&Open subject", None))
        self.linkSubjectButton.setText(QCoreApplication.translate("CaseWindow", u"&Link a subject\u2026", None))
        self.unlinkSubjectButton.setText(QCoreApplication.translate("CaseWindow", u"&Unlink", None))
        self.letterGroup.setTitle(QCoreApplication.translate("CaseWindow", u"Letter", None))
        self.numberCaption.setText(QCoreApplication.translate("CaseWindow", u"Number:", None))
        self.operatorCaption.setText(QCoreApplication.translate("CaseWindow", u"Operator:", None))
        self.typeCaption.setText(QCoreApplication.translate("CaseWindow", u"Type:", None))
        self.senderCaption.setText(QCoreApplication.translate("CaseWindow", u"Sender:", None))
        self.addressCaption.setText(QCoreApplication.translate("CaseWindow", u"Address:", None))
        self.languageCaption.setText(QCoreApplication.translate("CaseWindow", u"Language:", None))
        self.signedCaption.setText(QCoreApplication.translate("CaseWindow", u"Signed:", None))
        self.channelCaption.setText(QCoreApplication.translate("CaseWindow", u"Channel:", None))
        self.postmarkCaption.setText(QCoreApplication.translate("CaseWindow", u"Postmark:", None))
        self.letterDateCaption.setText(QCoreApplication.translate("CaseWindow", u"Letter date:", None))
        self.receivedCaption.setText(QCoreApplication.translate("CaseWindow", u"Received:", None))
        self.registeredCaption.setText(QCoreApplication.translate("CaseWindow", u"Registered:", None))
        self.summaryCaption.setText(QCoreApplication.translate("CaseWindow", u"Summary:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scansTab), QCoreApplication.translate("CaseWindow", u"Scans", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CaseWindow", u"Add a note to the case: what was done, who was called\u2026 (Ctrl+Enter saves)", None))
        self.addNoteButton.setText(QCoreApplication.translate("CaseWindow", u"Add &note", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("CaseWindow", u"Timeline", None))
    # retranslateUi

