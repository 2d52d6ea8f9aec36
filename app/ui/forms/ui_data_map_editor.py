# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_map_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget)

from app.ui.dialogs.data_map_table import PairTable

class Ui_DataMapEditor(object):
    def setupUi(self, DataMapEditor):
        if not DataMapEditor.objectName():
            DataMapEditor.setObjectName(u"DataMapEditor")
        DataMapEditor.resize(820, 520)
        self.mainLayout = QHBoxLayout(DataMapEditor)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.partsList = QListWidget(DataMapEditor)
        self.partsList.setObjectName(u"partsList")
        self.partsList.setMaximumSize(QSize(240, 16777215))

        self.mainLayout.addWidget(self.partsList)

        self.pages = QStackedWidget(DataMapEditor)
        self.pages.setObjectName(u"pages")
        self.categoriesPage = QWidget()
        self.categoriesPage.setObjectName(u"categoriesPage")
        self.categoriesPageLayout = QVBoxLayout(self.categoriesPage)
        self.categoriesPageLayout.setObjectName(u"categoriesPageLayout")
        self.categoriesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.categoriesHelp = QLabel(self.categoriesPage)
        self.categoriesHelp.setObjectName(u"categoriesHelp")
        self.categoriesHelp.setStyleSheet(u"color: #666;")
        self.categoriesHelp.setWordWrap(True)

        self.categoriesPageLayout.addWidget(self.categoriesHelp)

        self.categoriesSection = PairTable(self.categoriesPage)
        self.categoriesSection.setObjectName(u"categoriesSection")

        self.categoriesPageLayout.addWidget(self.categoriesSection)

        self.retentionGroup = QGroupBox(self.categoriesPage)
        self.retentionGroup.setObjectName(u"retentionGroup")
        self.retentionGroup.setCheckable(True)
        self.retentionGroup.setChecked(False)
        self.retentionForm = QFormLayout(self.retentionGroup)
        self.retentionForm.setObjectName(u"retentionForm")
        self.retentionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.retentionForm.setHorizontalSpacing(12)
        self.retentionForm.setVerticalSpacing(6)
        self.basisKkLabel = QLabel(self.retentionGroup)
        self.basisKkLabel.setObjectName(u"basisKkLabel")

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basisKkLabel)

        self.basisKkEdit = QLineEdit(self.retentionGroup)
        self.basisKkEdit.setObjectName(u"basisKkEdit")

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.basisKkEdit)

        self.basisRuLabel = QLabel(self.retentionGroup)
        self.basisRuLabel.setObjectName(u"basisRuLabel")

        self.retentionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basisRuLabel)

        self.basisRuEdit = QLineEdit(self.retentionGroup)
        self.basisRuEdit.setObjectName(u"basisRuEdit")

        self.retentionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basisRuEdit)

        self.periodLabel = QLabel(self.retentionGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.retentionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setSpacing(6)
        self.periodRow.setObjectName(u"periodRow")
        self.yearsSpin = QSpinBox(self.retentionGroup)
        self.yearsSpin.setObjectName(u"yearsSpin")
        self.yearsSpin.setMaximum(99)

        self.periodRow.addWidget(self.yearsSpin)

        self.yearsLabel = QLabel(self.retentionGroup)
        self.yearsLabel.setObjectName(u"yearsLabel")

        self.periodRow.addWidget(self.yearsLabel)

        self.monthsSpin = QSpinBox(self.retentionGroup)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMaximum(11)

        self.periodRow.addWidget(self.monthsSpin)

        self.monthsLabel = QLabel(self.retentionGroup)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.periodRow.addWidget(self.monthsLabel)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.retentionForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.fromKkLabel = QLabel(self.retentionGroup)
        self.fromKkLabel.setObjectName(u"fromKkLabel")

        self.retentionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromKkLabel)

        self.fromKkEdit = QLineEdit(self.retentionGroup)
        self.fromKkEdit.setObjectName(u"fromKkEdit")

        self.retentionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromKkEdit)

        self.fromRuLabel = QLabel(self.retentionGroup)
        self.fromRuLabel.setObjectName(u"fromRuLabel")

        self.retentionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fromRuLabel)

        self.fromRuEdit = QLineEdit(self.retentionGroup)
        self.fromRuEdit.setObjectName(u"fromRuEdit")

        self.retentionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromRuEdit)

        self.retentionProblems = QLabel(self.retentionGroup)
        self.retentionProblems.setObjectName(u"retentionProblems")
        self.retentionProblems.setStyleSheet(u"color: #b3261e;")
        self.retentionProblems.setWordWrap(True)

        self.retentionForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.retentionProblems)


        self.categoriesPageLayout.addWidget(self.retentionGroup)

        self.pages.addWidget(self.categoriesPage)
        self.purposesPage = QWidget()
        self.purposesPage.setObjectName(u"purposesPage")
        self.purposesPageLayout = QVBoxLayout(self.purposesPage)
        self.purposesPageLayout.setObjectName(u"purposesPageLayout")
        self.purposesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.purposesHelp = QLabel(self.purposesPage)
        self.purposesHelp.setObjectName(u"purposesHelp")
        self.purposesHelp.setStyleSheet(u"color: #666;")
        self.purposesHelp.setWordWrap(True)

        self.purposesPageLayout.addWidget(self.purposesHelp)

        self.purposesSection = PairTable(self.purposesPage)
        self.purposesSection.setObjectName(u"purposesSection")

        self.purposesPageLayout.addWidget(self.purposesSection)

        self.pages.addWidget(self.purposesPage)
        self.methodsPage = QWidget()
        self.methodsPage.setObjectName(u"methodsPage")
        self.methodsPageLayout = QVBoxLayout(self.methodsPage)
        self.methodsPageLayout.setObjectName(u"methodsPageLayout")
        self.methodsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.methodsHelp = QLabel(self.methodsPage)
        self.methodsHelp.setObjectName(u"methodsHelp")
        self.methodsHelp.setStyleSheet(u"color: #666;")
        self.methodsHelp.setWordWrap(True)

        self.methodsPageLayout.addWidget(self.methodsHelp)

        self.methodsSection = PairTable(self.methodsPage)
        self.methodsSection.setObjectName(u"methodsSection")

        self.methodsPageLayout.addWidget(self.methodsSection)

        self.pages.addWidget(self.methodsPage)
        self.sourcesPage = QWidget()
        self.sourcesPage.setObjectName(u"sourcesPage")
        self.sourcesPageLayout = QVBoxLayout(self.sourcesPage)
        self.sourcesPageLayout.setObjectName(u"sourcesPageLayout")
        self.sourcesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.sourcesHelp = QLabel(self.sourcesPage)
        self.sourcesHelp.setObjectName(u"sourcesHelp")
        self.sourcesHelp.setStyleSheet(u"color: #666;")
        self.sourcesHelp.setWordWrap(True)

        self.sourcesPageLayout.addWidget(self.sourcesHelp)

        self.sourcesSection = PairTable(self.sourcesPage)
        self.sourcesSection.setObjectName(u"sourcesSection")

        self.sourcesPageLayout.addWidget(self.sourcesSection)

        self.pages.addWidget(self.sourcesPage)
        self.recipientsPage = QWidget()
        self.recipientsPage.setObjectName(u"recipientsPage")
        self.recipientsPageLayout = QVBoxLayout(self.recipientsPage)
        self.recipientsPageLayout.setObjectName(u"recipientsPageLayout")
        self.recipientsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.recipientsHelp = QLabel(self.recipientsPage)
        self.recipientsHelp.setObjectName(u"recipientsHelp")
        self.recipientsHelp.setStyleSheet(u"color: #666;")
        self.recipientsHelp.setWordWrap(True)

        self.recipientsPageLayout.addWidget(self.recipientsHelp)

        self.recipientsSection = PairTable(self.recipientsPage)
        self.recipientsSection.setObjectName(u"recipientsSection")

        self.recipientsPageLayout.addWidget(self.recipientsSection)

        self.pages.addWidget(self.recipientsPage)
        self.systemsPage = QWidget()
        self.systemsPage.setObjectName(u"systemsPage")
        self.systemsPageLayout = QVBoxLayout(self.systemsPage)
        self.systemsPageLayout.setObjectName(u"systemsPageLayout")
        self.systemsPageLayout.setContentsMargins(0, 0, 0, 0)
        self.systemsHelp = QLabel(self.systemsPage)
        self.systemsHelp.setObjectName(u"systemsHelp")
        self.systemsHelp.setStyleSheet(u"color: #666;")
        self.systemsHelp.setWordWrap(True)

        self.systemsPageLayout.addWidget(self.systemsHelp)

        self.systemsSection = PairTable(self.systemsPage)
        self.systemsSection.setObjectName(u"systemsSection")

        self.systemsPageLayout.addWidget(self.systemsSection)

        self.pages.addWidget(self.systemsPage)

        self.mainLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.basisKkLabel.setBuddy(self.basisKkEdit)
        self.basisRuLabel.setBuddy(self.basisRuEdit)
        self.periodLabel.setBuddy(self.yearsSpin)
        self.fromKkLabel.setBuddy(self.fromKkEdit)
        self.fromRuLabel.setBuddy(self.fromRuEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partsList, self.retentionGroup)
        QWidget.setTabOrder(self.retentionGroup, self.basisKkEdit)
        QWidget.setTabOrder(self.basisKkEdit, self.basisRuEdit)
        QWidget.setTabOrder(self.basisRuEdit, self.yearsSpin)
        QWidget.setTabOrder(self.yearsSpin, self.monthsSpin)
        QWidget.setTabOrder(self.monthsSpin, self.fromKkEdit)
        QWidget.setTabOrder(self.fromKkEdit, self.fromRuEdit)

        self.retranslateUi(DataMapEditor)

        QMetaObject.connectSlotsByName(DataMapEditor)
    # setupUi

    def retranslateUi(self, DataMapEditor):
#if QT_CONFIG(tooltip)
        self.partsList.setToolTip(QCoreApplication.translate("DataMapEditor", u"The parts of the data map; a part with a text missing is marked", None))
#endif // QT_CONFIG(tooltip)
        self.categoriesHelp.setText(QCoreApplication.translate("DataMapEditor", u"Categories of personal data the operator processes. Select one to say whether the law obliges keeping it after consent is withdrawn, on what basis and for how long.", None))
        self.retentionGroup.setTitle(QCoreApplication.translate("DataMapEditor", u"&Kept after consent is withdrawn (a legal obligation)", None))
        self.basisKkLabel.setText(QCoreApplication.translate("DataMapEditor", u"Legal &basis (Kazakh):", None))
        self.basisKkEdit.setPlaceholderText(QCoreApplication.translate("DataMapEditor", u"e.g. \u049a\u04b1\u043f\u0438\u044f\u043b\u044b\u043b\u044b\u049b \u0441\u0430\u044f\u0441\u0430\u0442\u044b\u043d\u044b\u04a3 5.3-\u0442\u0430\u0440\u043c\u0430\u0493\u044b", None))
        self.basisRuLabel.setText(QCoreApplication.translate("DataMapEditor", u"Legal basis (&Russian):", None))
        self.basisRuEdit.setPlaceholderText(QCoreApplication.translate("DataMapEditor", u"e.g. \u043f. 5.3 \u041f\u043e\u043b\u0438\u0442\u0438\u043a\u0438 \u043a\u043e\u043d\u0444\u0438\u0434\u0435\u043d\u0446\u0438\u0430\u043b\u044c\u043d\u043e\u0441\u0442\u0438", None))
        self.periodLabel.setText(QCoreApplication.translate("DataMapEditor", u"&Period:", None))
        self.yearsLabel.setText(QCoreApplication.translate("DataMapEditor", u"years", None))
        self.monthsLabel.setText(QCoreApplication.translate("DataMapEditor", u"months", None))
        self.fromKkLabel.setText(QCoreApplication.translate("DataMapEditor", u"&From when (Kazakh):", None))
        self.fromKkEdit.setPlaceholderText(QCoreApplication.translate("DataMapEditor", u"e.g. \u049b\u044b\u0437\u043c\u0435\u0442\u0442\u0435\u0440\u0434\u0456 \u043f\u0430\u0439\u0434\u0430\u043b\u0430\u043d\u0443 \u0442\u043e\u049b\u0442\u0430\u0442\u044b\u043b\u0493\u0430\u043d \u043a\u04af\u043d\u043d\u0435\u043d \u0431\u0430\u0441\u0442\u0430\u043f", None))
        self.fromRuLabel.setText(QCoreApplication.translate("DataMapEditor", u"From when (R&ussian):", None))
        self.fromRuEdit.setPlaceholderText(QCoreApplication.translate("DataMapEditor", u"e.g. \u0441\u043e \u0434\u043d\u044f \u043f\u0440\u0435\u043a\u0440\u0430\u0449\u0435\u043d\u0438\u044f \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u043d\u0438\u044f \u0443\u0441\u043b\u0443\u0433\u0430\u043c\u0438", None))
        self.purposesHelp.setText(QCoreApplication.translate("DataMapEditor", u"Why the data are processed, as the consent and the policy say.", None))
        self.methodsHelp.setText(QCoreApplication.translate("DataMapEditor", u"How the data are processed: the operations (collection, storage, destruction\u2026) and whether by automated means.", None))
        self.sourcesHelp.setText(QCoreApplication.translate("DataMapEditor", u"Where the data come from: the subject, a client organisation, a creditor, the operator's systems\u2026", None))
        self.recipientsHelp.setText(QCoreApplication.translate("DataMapEditor", u"Third parties the data are passed to. Give the two-letter country of a recipient abroad (cross-border transfer); leave it empty for Kazakhstan.", None))
        self.systemsHelp.setText(QCoreApplication.translate("DataMapEditor", u"The systems to clean when consent is withdrawn, in the order of the checklist: each withdrawal copies them.", None))
        pass
    # retranslateUi

