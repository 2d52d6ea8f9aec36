# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from app.ui.dialogs.data_map_editor import DataMapEditor

class Ui_OperatorDialog(object):
    def setupUi(self, OperatorDialog):
        if not OperatorDialog.objectName():
            OperatorDialog.setObjectName(u"OperatorDialog")
        OperatorDialog.resize(840, 700)
        OperatorDialog.setMinimumSize(QSize(720, 580))
        self.mainLayout = QVBoxLayout(OperatorDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 12)
        self.headingLabel = QLabel(OperatorDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headingLabel)

        self.tabs = QTabWidget(OperatorDialog)
        self.tabs.setObjectName(u"tabs")
        self.organisationTab = QWidget()
        self.organisationTab.setObjectName(u"organisationTab")
        self.organisationForm = QFormLayout(self.organisationTab)
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisationForm.setHorizontalSpacing(12)
        self.organisationForm.setVerticalSpacing(9)
        self.organisationForm.setContentsMargins(14, 14, 14, 14)
        self.nameKkLabel = QLabel(self.organisationTab)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameKkLabel)

        self.nameKkBox = QVBoxLayout()
        self.nameKkBox.setSpacing(3)
        self.nameKkBox.setObjectName(u"nameKkBox")
        self.nameKkEdit = QLineEdit(self.organisationTab)
        self.nameKkEdit.setObjectName(u"nameKkEdit")
        self.nameKkEdit.setMaxLength(300)
        self.nameKkEdit.setPlaceholderText(u"\u00abSenimkey\u00bb \u0416\u0428\u0421")

        self.nameKkBox.addWidget(self.nameKkEdit)

        self.nameKkError = QLabel(self.organisationTab)
        self.nameKkError.setObjectName(u"nameKkError")
        self.nameKkError.setStyleSheet(u"color: #b3261e;")
        self.nameKkError.setWordWrap(True)
        self.nameKkError.setMinimumSize(QSize(320, 0))

        self.nameKkBox.addWidget(self.nameKkError)


        self.organisationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameKkBox)

        self.nameRuLabel = QLabel(self.organisationTab)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameRuLabel)

        self.nameRuBox = QVBoxLayout()
        self.nameRuBox.setSpacing(3)
        self.nameRuBox.setObjectName(u"nameRuBox")
        self.nameRuEdit = QLineEdit(self.organisationTab)
        self.nameRuEdit.setObjectName(u"nameRuEdit")
        self.nameRuEdit.setMaxLength(300)
        self.nameRuEdit.setPlaceholderText(u"\u0422\u041e\u041e \u00abSenimkey\u00bb")

        self.nameRuBox.addWidget(self.nameRuEdit)

        self.nameRuError = QLabel(self.organisationTab)
        self.nameRuError.setObjectName(u"nameRuError")
        self.nameRuError.setStyleSheet(u"color: #b3261e;")
        self.nameRuError.setWordWrap(True)
        self.nameRuError.setMinimumSize(QSize(320, 0))

        self.nameRuBox.addWidget(self.nameRuError)


        self.organisationForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameRuBox)

        self.shortNameLabel = QLabel(self.organisationTab)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.organisationTab)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(120)
        self.shortNameEdit.setPlaceholderText(u"Senimkey")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.codeLabel = QLabel(self.organisationTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeBox = QVBoxLayout()
        self.codeBox.setSpacing(3)
        self.codeBox.setObjectName(u"codeBox")
        self.codeEdit = QLineEdit(self.organisationTab)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)
        self.codeEdit.setPlaceholderText(u"senimkey")

        self.codeBox.addWidget(self.codeEdit)

        self.codeError = QLabel(self.organisationTab)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setStyleSheet(u"color: #b3261e;")
        self.codeError.setWordWrap(True)
        self.codeError.setMinimumSize(QSize(320, 0))

        self.codeBox.addWidget(self.codeError)


        self.organisationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.codeBox)

        self.regNumberLabel = QLabel(self.organisationTab)
        self.regNumberLabel.setObjectName(u"regNumberLabel")

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regNumberLabel)

        self.regNumberBox = QVBoxLayout()
        self.regNumberBox.setSpacing(3)
        self.regNumberBox.setObjectName(u"regNumberBox")
        self.regNumberRow = QHBoxLayout()
        self.regNumberRow.setSpacing(6)
        self.regNumberRow.setObjectName(u"regNumberRow")
        self.regKindCombo = QComboBox(self.organisationTab)
        self.regKindCombo.addItem(u"BIN")
        self.regKindCombo.addItem(u"INN")
        self.regKindCombo.setObjectName(u"regKindCombo")
        self.regKindCombo.setEditable(True)
        self.regKindCombo.setMinimumSize(QSize(90, 0))

        self.regNumberRow.addWidget(self.regKindCombo)

        self.regNumberEdit = QLineEdit(self.organisationTab)
        self.regNumberEdit.setObjectName(u"regNumberEdit")
        self.regNumberEdit.setMaxLength(40)

        self.regNumberRow.addWidget(self.regNumberEdit)


        self.regNumberBox.addLayout(self.regNumberRow)

        self.regNumberError = QLabel(self.organisationTab)
        self.regNumberError.setObjectName(u"regNumberError")
        self.regNumberError.setStyleSheet(u"color: #b3261e;")
        self.regNumberError.setWordWrap(True)
        self.regNumberError.setMinimumSize(QSize(320, 0))

        self.regNumberBox.addWidget(self.regNumberError)


        self.organisationForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.regNumberBox)

        self.countryLabel = QLabel(self.organisationTab)
        self.countryLabel.setObjectName(u"countryLabel")

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryBox = QVBoxLayout()
        self.countryBox.setSpacing(3)
        self.countryBox.setObjectName(u"countryBox")
        self.countryEdit = QLineEdit(self.organisationTab)
        self.countryEdit.setObjectName(u"countryEdit")
        self.countryEdit.setMaxLength(2)
        self.countryEdit.setMaximumSize(QSize(60, 16777215))
        self.countryEdit.setText(u"KZ")

        self.countryBox.addWidget(self.countryEdit)

        self.countryError = QLabel(self.organisationTab)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setStyleSheet(u"color: #b3261e;")
        self.countryError.setWordWrap(True)
        self.countryError.setMinimumSize(QSize(320, 0))

        self.countryBox.addWidget(self.countryError)


        self.organisationForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.countryBox)

        self.addressLabel = QLabel(self.organisationTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.organisationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressGrid = QGridLayout()
        self.addressGrid.setObjectName(u"addressGrid")
        self.addressGrid.setHorizontalSpacing(8)
        self.addressGrid.setVerticalSpacing(3)
        self.addressKkLabel = QLabel(self.organisationTab)
        self.addressKkLabel.setObjectName(u"addressKkLabel")

        self.addressGrid.addWidget(self.addressKkLabel, 0, 0, 1, 1)

        self.addressKkEdit = QPlainTextEdit(self.organisationTab)
        self.addressKkEdit.setObjectName(u"addressKkEdit")
        self.addressKkEdit.setMaximumSize(QSize(16777215, 62))
        self.addressKkEdit.setTabChangesFocus(True)
        self.addressKkEdit.setPlaceholderText(u"050000, \u0410\u043b\u043c\u0430\u0442\u044b \u049b., \u0410\u0431\u0430\u0439 \u0434\u0430\u04a3\u0493\u044b\u043b\u044b, 10")

        self.addressGrid.addWidget(self.addressKkEdit, 0, 1, 1, 1)

        self.addressKkError = QLabel(self.organisationTab)
        self.addressKkError.setObjectName(u"addressKkError")
        self.addressKkError.setStyleSheet(u"color: #b3261e;")
        self.addressKkError.setWordWrap(True)

        self.addressGrid.addWidget(self.addressKkError, 1, 1, 1, 1)

        self.addressRuLabel = QLabel(self.organisationTab)
        self.addressRuLabel.setObjectName(u"addressRuLabel")

        self.addressGrid.addWidget(self.addressRuLabel, 2, 0, 1, 1)

        self.addressRuEdit = QPlainTextEdit(self.organisationTab)
        self.addressRuEdit.setObjectName(u"addressRuEdit")
        self.addressRuEdit.setMaximumSize(QSize(16777215, 62))
        self.addressRuEdit.setTabChangesFocus(True)
        self.addressRuEdit.setPlaceholderText(u"050000, \u0433. \u0410\u043b\u043c\u0430\u0442\u044b, \u043f\u0440. \u0410\u0431\u0430\u044f, 10")

        self.addressGrid.addWidget(self.addressRuEdit, 2, 1, 1, 1)

        self.addressRuError = QLabel(self.organisationTab)
        self.addressRuError.setObjectName(u"addressRuError")
        self.addressRuError.setStyleSheet(u"color: #b3261e;")
        self.addressRuError.setWordWrap(True)

        self.addressGrid.addWidget(self.addressRuError, 3, 1, 1, 1)


        self.organisationForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.addressGrid)

        self.emailLabel = QLabel(self.organisationTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.organisationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(3)
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(self.organisationTab)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)
        self.emailEdit.setPlaceholderText(u"info@example.kz")

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(self.organisationTab)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #b3261e;")
        self.emailError.setWordWrap(True)
        self.emailError.setMinimumSize(QSize(320, 0))

        self.emailBox.addWidget(self.emailError)


        self.organisationForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.phoneLabel = QLabel(self.organisationTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.organisationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.organisationTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(60)
        self.phoneEdit.setPlaceholderText(u"+7 (7172) 00-00-00")

        self.organisationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.websiteLabel = QLabel(self.organisationTab)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.organisationForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.organisationTab)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(200)
        self.websiteEdit.setPlaceholderText(u"https://example.kz")

        self.organisationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.organisationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisationForm.setItem(10, QFormLayout.ItemRole.SpanningRole, self.organisationSpacer)

        self.tabs.addTab(self.organisationTab, "")
        self.lettersTab = QWidget()
        self.lettersTab.setObjectName(u"lettersTab")
        self.lettersLayout = QVBoxLayout(self.lettersTab)
        self.lettersLayout.setSpacing(10)
        self.lettersLayout.setObjectName(u"lettersLayout")
        self.lettersLayout.setContentsMargins(14, 14, 14, 14)
        self.signatoryGroup = QGroupBox(self.lettersTab)
        self.signatoryGroup.setObjectName(u"signatoryGroup")
        self.signatoryForm = QFormLayout(self.signatoryGroup)
        self.signatoryForm.setObjectName(u"signatoryForm")
        self.signatoryForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signatoryForm.setHorizontalSpacing(12)
        self.signatoryForm.setVerticalSpacing(8)
        self.signatoryPositionKkLabel = QLabel(self.signatoryGroup)
        self.signatoryPositionKkLabel.setObjectName(u"signatoryPositionKkLabel")

        self.signatoryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signatoryPositionKkLabel)

        self.signatoryPositionKkBox = QVBoxLayout()
        self.signatoryPositionKkBox.setSpacing(3)
        self.signatoryPositionKkBox.setObjectName(u"signatoryPositionKkBox")
        self.signatoryPositionKkEdit = QLineEdit(self.signatoryGroup)
        self.signatoryPositionKkEdit.setObjectName(u"signatoryPositionKkEdit")
        self.signatoryPositionKkEdit.setMaxLength(200)
        self.signatoryPositionKkEdit.setPlaceholderText(u"\u0411\u0430\u0441 \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440")

        self.signatoryPositionKkBox.addWidget(self.signatoryPositionKkEdit)

        self.signatoryPositionKkError = QLabel(self.signatoryGroup)
        self.signatoryPositionKkError.setObjectName(u"signatoryPositionKkError")
        self.signatoryPositionKkError.setStyleSheet(u"color: #b3261e;")
        self.signatoryPositionKkError.setWordWrap(True)

        self.signatoryPositionKkBox.addWidget(self.signatoryPositionKkError)


        self.signatoryForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.signatoryPositionKkBox)

        self.signatoryPositionRuLabel = QLabel(self.signatoryGroup)
        self.signatoryPositionRuLabel.setObjectName(u"signatoryPositionRuLabel")

        self.signatoryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signatoryPositionRuLabel)

        self.signatoryPositionRuBox = QVBoxLayout()
        self.signatoryPositionRuBox.setSpacing(3)
        self.signatoryPositionRuBox.setObjectName(u"signatoryPositionRuBox")
        self.signatoryPositionRuEdit = QLineEdit(self.signatoryGroup)
        self.signatoryPositionRuEdit.setObjectName(u"signatoryPositionRuEdit")
        self.signatoryPositionRuEdit.setMaxLength(200)
        self.signatoryPositionRuEdit.setPlaceholderText(u"\u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c\u043d\u044b\u0439 \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440")

        self.signatoryPositionRuBox.addWidget(self.signatoryPositionRuEdit)

        self.signatoryPositionRuError = QLabel(self.signatoryGroup)
        self.signatoryPositionRuError.setObjectName(u"signatoryPositionRuError")
        self.signatoryPositionRuError.setStyleSheet(u"color: #b3261e;")
        self.signatoryPositionRuError.setWordWrap(True)

        self.signatoryPositionRuBox.addWidget(self.signatoryPositionRuError)


        self.signatoryForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.signatoryPositionRuBox)

        self.signatoryNameLabel = QLabel(self.signatoryGroup)
        self.signatoryNameLabel.setObjectName(u"signatoryNameLabel")

        self.signatoryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatoryNameLabel)

        self.signatoryNameEdit = QLineEdit(self.signatoryGroup)
        self.signatoryNameEdit.setObjectName(u"signatoryNameEdit")
        self.signatoryNameEdit.setMaxLength(200)
        self.signatoryNameEdit.setPlaceholderText(u"\u0410. \u0411. \u0421\u0435\u0439\u0456\u0442\u043e\u0432")

        self.signatoryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signatoryNameEdit)


        self.lettersLayout.addWidget(self.signatoryGroup)

        self.executorGroup = QGroupBox(self.lettersTab)
        self.executorGroup.setObjectName(u"executorGroup")
        self.executorForm = QFormLayout(self.executorGroup)
        self.executorForm.setObjectName(u"executorForm")
        self.executorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.executorForm.setHorizontalSpacing(12)
        self.executorForm.setVerticalSpacing(8)
        self.executorNameLabel = QLabel(self.executorGroup)
        self.executorNameLabel.setObjectName(u"executorNameLabel")

        self.executorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.executorNameLabel)

        self.executorNameEdit = QLineEdit(self.executorGroup)
        self.executorNameEdit.setObjectName(u"executorNameEdit")
        self.executorNameEdit.setMaxLength(200)

        self.executorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.executorNameEdit)

        self.executorPhoneLabel = QLabel(self.executorGroup)
        self.executorPhoneLabel.setObjectName(u"executorPhoneLabel")

        self.executorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.executorPhoneLabel)

        self.executorPhoneEdit = QLineEdit(self.executorGroup)
        self.executorPhoneEdit.setObjectName(u"executorPhoneEdit")
        self.executorPhoneEdit.setMaxLength(60)

        self.executorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.executorPhoneEdit)


        self.lettersLayout.addWidget(self.executorGroup)

        self.numberingGroup = QGroupBox(self.lettersTab)
        self.numberingGroup.setObjectName(u"numberingGroup")
        self.numberingForm = QFormLayout(self.numberingGroup)
        self.numberingForm.setObjectName(u"numberingForm")
        self.numberingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberingForm.setHorizontalSpacing(12)
        self.numberingForm.setVerticalSpacing(8)
        self.requestPrefixLabel = QLabel(self.numberingGroup)
        self.requestPrefixLabel.setObjectName(u"requestPrefixLabel")

        self.numberingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestPrefixLabel)

        self.requestPrefixBox = QVBoxLayout()
        self.requestPrefixBox.setSpacing(3)
        self.requestPrefixBox.setObjectName(u"requestPrefixBox")
        self.requestPrefixEdit = QLineEdit(self.numberingGroup)
        self.requestPrefixEdit.setObjectName(u"requestPrefixEdit")
        self.requestPrefixEdit.setMaxLength(10)
        self.requestPrefixEdit.setMaximumSize(QSize(120, 16777215))

        self.requestPrefixBox.addWidget(self.requestPrefixEdit)

        self.requestPrefixError = QLabel(self.numberingGroup)
        self.requestPrefixError.setObjectName(u"requestPrefixError")
        self.requestPrefixError.setStyleSheet(u"color: #b3261e;")
        self.requestPrefixError.setWordWrap(True)
        self.requestPrefixError.setMinimumSize(QSize(320, 0))

        self.requestPrefixBox.addWidget(self.requestPrefixError)


        self.numberingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.requestPrefixBox)

        self.requestPatternLabel = QLabel(self.numberingGroup)
        self.requestPatternLabel.setObjectName(u"requestPatternLabel")

        self.numberingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestPatternLabel)

        self.requestPatternBox = QVBoxLayout()
        self.requestPatternBox.setSpacing(3)
        self.requestPatternBox.setObjectName(u"requestPatternBox")
        self.requestPatternRow = QHBoxLayout()
        self.requestPatternRow.setSpacing(10)
        self.requestPatternRow.setObjectName(u"requestPatternRow")
        self.requestPatternEdit = QLineEdit(self.numberingGroup)
        self.requestPatternEdit.setObjectName(u"requestPatternEdit")
        self.requestPatternEdit.setMaxLength(80)

        self.requestPatternRow.addWidget(self.requestPatternEdit)

        self.requestExampleLabel = QLabel(self.numberingGroup)
        self.requestExampleLabel.setObjectName(u"requestExampleLabel")
        self.requestExampleLabel.setMinimumSize(QSize(220, 0))
        self.requestExampleLabel.setStyleSheet(u"color: #1f4e87;")

        self.requestPatternRow.addWidget(self.requestExampleLabel)


        self.requestPatternBox.addLayout(self.requestPatternRow)

        self.requestPatternError = QLabel(self.numberingGroup)
        self.requestPatternError.setObjectName(u"requestPatternError")
        self.requestPatternError.setStyleSheet(u"color: #b3261e;")
        self.requestPatternError.setWordWrap(True)
        self.requestPatternError.setMinimumSize(QSize(320, 0))

        self.requestPatternBox.addWidget(self.requestPatternError)


        self.numberingForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.requestPatternBox)

        self.outgoingPatternLabel = QLabel(self.numberingGroup)
        self.outgoingPatternLabel.setObjectName(u"outgoingPatternLabel")

        self.numberingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outgoingPatternLabel)

        self.outgoingPatternBox = QVBoxLayout()
        self.outgoingPatternBox.setSpacing(3)
        self.outgoingPatternBox.setObjectName(u"outgoingPatternBox")
        self.outgoingPatternRow = QHBoxLayout()
        self.outgoingPatternRow.setSpacing(10)
        self.outgoingPatternRow.setObjectName(u"outgoingPatternRow")
        self.outgoingPatternEdit = QLineEdit(self.numberingGroup)
        self.outgoingPatternEdit.setObjectName(u"outgoingPatternEdit")
        self.outgoingPatternEdit.setMaxLength(80)

        self.outgoingPatternRow.addWidget(self.outgoingPatternEdit)

        self.outgoingExampleLabel = QLabel(self.numberingGroup)
        self.outgoingExampleLabel.setObjectName(u"outgoingExampleLabel")
        self.outgoingExampleLabel.setMinimumSize(QSize(220, 0))
        self.outgoingExampleLabel.setStyleSheet(u"color: #1f4e87;")

        self.outgoingPatternRow.addWidget(self.outgoingExampleLabel)


        self.outgoingPatternBox.addLayout(self.outgoingPatternRow)

        self.outgoingPatternError = QLabel(self.numberingGroup)
        self.outgoingPatternError.setObjectName(u"outgoingPatternError")
        self.outgoingPatternError.setStyleSheet(u"color: #b3261e;")
        self.outgoingPatternError.setWordWrap(True)
        self.outgoingPatternError.setMinimumSize(QSize(320, 0))

        self.outgoingPatternBox.addWidget(self.outgoingPatternError)

        self.outgoingPatternKkRow = QHBoxLayout()
        self.outgoingPatternKkRow.setSpacing(10)
        self.outgoingPatternKkRow.setObjectName(u"outgoingPatternKkRow")
        self.outgoingPatternKkLabel = QLabel(self.numberingGroup)
        self.outgoingPatternKkLabel.setObjectName(u"outgoingPatternKkLabel")

        self.outgoingPatternKkRow.addWidget(self.outgoingPatternKkLabel)

        self.outgoingPatternKkEdit = QLineEdit(self.numberingGroup)
        self.outgoingPatternKkEdit.setObjectName(u"outgoingPatternKkEdit")
        self.outgoingPatternKkEdit.setMaxLength(80)

        self.outgoingPatternKkRow.addWidget(self.outgoingPatternKkEdit)

        self.outgoingKkExampleLabel = QLabel(self.numberingGroup)
        self.outgoingKkExampleLabel.setObjectName(u"outgoingKkExampleLabel")
        self.outgoingKkExampleLabel.setMinimumSize(QSize(220, 0))
        self.outgoingKkExampleLabel.setStyleSheet(u"color: #1f4e87;")

        self.outgoingPatternKkRow.addWidget(self.outgoingKkExampleLabel)


        self.outgoingPatternBox.addLayout(self.outgoingPatternKkRow)

        self.outgoingPatternKkError = QLabel(self.numberingGroup)
        self.outgoingPatternKkError.setObjectName(u"outgoingPatternKkError")
        self.outgoingPatternKkError.setStyleSheet(u"color: #b3261e;")
        self.outgoingPatternKkError.setWordWrap(True)

        self.outgoingPatternBox.addWidget(self.outgoingPatternKkError)


        self.numberingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.outgoingPatternBox)

        self.actPatternLabel = QLabel(self.numberingGroup)
        self.actPatternLabel.setObjectName(u"actPatternLabel")

        self.numberingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actPatternLabel)

        self.actPatternBox = QVBoxLayout()
        self.actPatternBox.setSpacing(3)
        self.actPatternBox.setObjectName(u"actPatternBox")
        self.actPatternRow = QHBoxLayout()
        self.actPatternRow.setSpacing(10)
        self.actPatternRow.setObjectName(u"actPatternRow")
        self.actPatternEdit = QLineEdit(self.numberingGroup)
        self.actPatternEdit.setObjectName(u"actPatternEdit")
        self.actPatternEdit.setMaxLength(80)

        self.actPatternRow.addWidget(self.actPatternEdit)

        self.actExampleLabel = QLabel(self.numberingGroup)
        self.actExampleLabel.setObjectName(u"actExampleLabel")
        self.actExampleLabel.setMinimumSize(QSize(220, 0))
        self.actExampleLabel.setStyleSheet(u"color: #1f4e87;")

        self.actPatternRow.addWidget(self.actExampleLabel)


        self.actPatternBox.addLayout(self.actPatternRow)

        self.actPatternError = QLabel(self.numberingGroup)
        self.actPatternError.setObjectName(u"actPatternError")
        self.actPatternError.setStyleSheet(u"color: #b3261e;")
        self.actPatternError.setWordWrap(True)
        self.actPatternError.setMinimumSize(QSize(320, 0))

        self.actPatternBox.addWidget(self.actPatternError)


        self.numberingForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.actPatternBox)

        self.patternHelpLabel = QLabel(self.numberingGroup)
        self.patternHelpLabel.setObjectName(u"patternHelpLabel")
        self.patternHelpLabel.setStyleSheet(u"color: #666;")
        self.patternHelpLabel.setWordWrap(True)

        self.numberingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.patternHelpLabel)


        self.lettersLayout.addWidget(self.numberingGroup)

        self.lettersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lettersLayout.addItem(self.lettersSpacer)

        self.tabs.addTab(self.lettersTab, "")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataLayout = QVBoxLayout(self.dataTab)
        self.dataLayout.setSpacing(6)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataLayout.setContentsMargins(14, 14, 14, 14)
        self.dataHelpLabel = QLabel(self.dataTab)
        self.dataHelpLabel.setObjectName(u"dataHelpLabel")
        self.dataHelpLabel.setStyleSheet(u"color: #666;")
        self.dataHelpLabel.setWordWrap(True)

        self.dataLayout.addWidget(self.dataHelpLabel)

        self.dataMapEditor = DataMapEditor(self.dataTab)
        self.dataMapEditor.setObjectName(u"dataMapEditor")

        self.dataLayout.addWidget(self.dataMapEditor)

        self.tabs.addTab(self.dataTab, "")
        self.retentionTab = QWidget()
        self.retentionTab.setObjectName(u"retentionTab")
        self.retentionLayout = QGridLayout(self.retentionTab)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.retentionLayout.setHorizontalSpacing(12)
        self.retentionLayout.setVerticalSpacing(6)
        self.retentionLayout.setContentsMargins(14, 14, 14, 14)
        self.retentionKkLabel = QLabel(self.retentionTab)
        self.retentionKkLabel.setObjectName(u"retentionKkLabel")
        self.retentionKkLabel.setStyleSheet(u"font-weight: 600;")

        self.retentionLayout.addWidget(self.retentionKkLabel, 0, 0, 1, 1)

        self.retentionRuLabel = QLabel(self.retentionTab)
        self.retentionRuLabel.setObjectName(u"retentionRuLabel")
        self.retentionRuLabel.setStyleSheet(u"font-weight: 600;")

        self.retentionLayout.addWidget(self.retentionRuLabel, 0, 1, 1, 1)

        self.retentionKkEdit = QPlainTextEdit(self.retentionTab)
        self.retentionKkEdit.setObjectName(u"retentionKkEdit")
        self.retentionKkEdit.setTabChangesFocus(True)

        self.retentionLayout.addWidget(self.retentionKkEdit, 1, 0, 1, 1)

        self.retentionRuEdit = QPlainTextEdit(self.retentionTab)
        self.retentionRuEdit.setObjectName(u"retentionRuEdit")
        self.retentionRuEdit.setTabChangesFocus(True)

        self.retentionLayout.addWidget(self.retentionRuEdit, 1, 1, 1, 1)

        self.withdrawalKkLabel = QLabel(self.retentionTab)
        self.withdrawalKkLabel.setObjectName(u"withdrawalKkLabel")
        self.withdrawalKkLabel.setStyleSheet(u"font-weight: 600;")

        self.retentionLayout.addWidget(self.withdrawalKkLabel, 2, 0, 1, 1)

        self.withdrawalRuLabel = QLabel(self.retentionTab)
        self.withdrawalRuLabel.setObjectName(u"withdrawalRuLabel")
        self.withdrawalRuLabel.setStyleSheet(u"font-weight: 600;")

        self.retentionLayout.addWidget(self.withdrawalRuLabel, 2, 1, 1, 1)

        self.withdrawalKkEdit = QPlainTextEdit(self.retentionTab)
        self.withdrawalKkEdit.setObjectName(u"withdrawalKkEdit")
        self.withdrawalKkEdit.setTabChangesFocus(True)

        self.retentionLayout.addWidget(self.withdrawalKkEdit, 3, 0, 1, 1)

        self.withdrawalRuEdit = QPlainTextEdit(self.retentionTab)
        self.withdrawalRuEdit.setObjectName(u"withdrawalRuEdit")
        self.withdrawalRuEdit.setTabChangesFocus(True)

        self.retentionLayout.addWidget(self.withdrawalRuEdit, 3, 1, 1, 1)

        self.crossBorderCheck = QCheckBox(self.retentionTab)
        self.crossBorderCheck.setObjectName(u"crossBorderCheck")

        self.retentionLayout.addWidget(self.crossBorderCheck, 4, 0, 1, 2)

        self.tabs.addTab(self.retentionTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setSpacing(8)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsLayout.setContentsMargins(14, 14, 14, 14)
        self.documentsHelpLabel = QLabel(self.documentsTab)
        self.documentsHelpLabel.setObjectName(u"documentsHelpLabel")
        self.documentsHelpLabel.setStyleSheet(u"color: #666;")
        self.documentsHelpLabel.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsHelpLabel)

        self.documentsTable = QTableWidget(self.documentsTab)
        if (self.documentsTable.columnCount() < 5):
            self.documentsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsTable.setAlternatingRowColors(True)
        self.documentsTable.verticalHeader().setVisible(False)

        self.documentsLayout.addWidget(self.documentsTable)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setSpacing(8)
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.addDocumentButton = QPushButton(self.documentsTab)
        self.addDocumentButton.setObjectName(u"addDocumentButton")

        self.documentsButtons.addWidget(self.addDocumentButton)

        self.removeDocumentButton = QPushButton(self.documentsTab)
        self.removeDocumentButton.setObjectName(u"removeDocumentButton")

        self.documentsButtons.addWidget(self.removeDocumentButton)

        self.documentsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsButtons.addItem(self.documentsButtonsSpacer)


        self.documentsLayout.addLayout(self.documentsButtons)

        self.tabs.addTab(self.documentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.defaultCheck = QCheckBox(OperatorDialog)
        self.defaultCheck.setObjectName(u"defaultCheck")

        self.mainLayout.addWidget(self.defaultCheck)

        self.formError = QLabel(OperatorDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)
        self.formError.setMinimumSize(QSize(320, 0))

        self.mainLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(OperatorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.regNumberLabel.setBuddy(self.regNumberEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.addressLabel.setBuddy(self.addressKkEdit)
        self.addressKkLabel.setBuddy(self.addressKkEdit)
        self.addressRuLabel.setBuddy(self.addressRuEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.signatoryPositionKkLabel.setBuddy(self.signatoryPositionKkEdit)
        self.signatoryPositionRuLabel.setBuddy(self.signatoryPositionRuEdit)
        self.signatoryNameLabel.setBuddy(self.signatoryNameEdit)
        self.executorNameLabel.setBuddy(self.executorNameEdit)
        self.executorPhoneLabel.setBuddy(self.executorPhoneEdit)
        self.requestPrefixLabel.setBuddy(self.requestPrefixEdit)
        self.requestPatternLabel.setBuddy(self.requestPatternEdit)
        self.outgoingPatternLabel.setBuddy(self.outgoingPatternEdit)
        self.outgoingPatternKkLabel.setBuddy(self.outgoingPatternKkEdit)
        self.actPatternLabel.setBuddy(self.actPatternEdit)
        self.retentionKkLabel.setBuddy(self.retentionKkEdit)
        self.retentionRuLabel.setBuddy(self.retentionRuEdit)
        self.withdrawalKkLabel.setBuddy(self.withdrawalKkEdit)
        self.withdrawalRuLabel.setBuddy(self.withdrawalRuEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameKkEdit)
        QWidget.setTabOrder(self.nameKkEdit, self.nameRuEdit)
        QWidget.setTabOrder(self.nameRuEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.regKindCombo)
        QWidget.setTabOrder(self.regKindCombo, self.regNumberEdit)
        QWidget.setTabOrder(self.regNumberEdit, self.countryEdit)
        QWidget.setTabOrder(self.countryEdit, self.addressKkEdit)
        QWidget.setTabOrder(self.addressKkEdit, self.addressRuEdit)
        QWidget.setTabOrder(self.addressRuEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.signatoryPositionKkEdit)
        QWidget.setTabOrder(self.signatoryPositionKkEdit, self.signatoryPositionRuEdit)
        QWidget.setTabOrder(self.signatoryPositionRuEdit, self.signatoryNameEdit)
        QWidget.setTabOrder(self.signatoryNameEdit, self.executorNameEdit)
        QWidget.setTabOrder(self.executorNameEdit, self.executorPhoneEdit)
        QWidget.setTabOrder(self.executorPhoneEdit, self.requestPrefixEdit)
        QWidget.setTabOrder(self.requestPrefixEdit, self.requestPatternEdit)
        QWidget.setTabOrder(self.requestPatternEdit, self.outgoingPatternEdit)
        QWidget.setTabOrder(self.outgoingPatternEdit, self.outgoingPatternKkEdit)
        QWidget.setTabOrder(self.outgoingPatternKkEdit, self.actPatternEdit)
        QWidget.setTabOrder(self.actPatternEdit, self.dataMapEditor)
        QWidget.setTabOrder(self.dataMapEditor, self.retentionKkEdit)
        QWidget.setTabOrder(self.retentionKkEdit, self.retentionRuEdit)
        QWidget.setTabOrder(self.retentionRuEdit, self.withdrawalKkEdit)
        QWidget.setTabOrder(self.withdrawalKkEdit, self.withdrawalRuEdit)
        QWidget.setTabOrder(self.withdrawalRuEdit, self.crossBorderCheck)
        QWidget.setTabOrder(self.crossBorderCheck, self.documentsTable)
        QWidget.setTabOrder(self.documentsTable, self.addDocumentButton)
        QWidget.setTabOrder(self.addDocumentButton, self.removeDocumentButton)
        QWidget.setTabOrder(self.removeDocumentButton, self.defaultCheck)
        QWidget.setTabOrder(self.defaultCheck, self.buttonBox)

        self.retranslateUi(OperatorDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OperatorDialog)
    # setupUi

    def retranslateUi(self, OperatorDialog):
        OperatorDialog.setWindowTitle(QCoreApplication.translate("OperatorDialog", u"Operator profile", None))
        self.headingLabel.setText(QCoreApplication.translate("OperatorDialog", u"Operator profile", None))
        self.nameKkLabel.setText(QCoreApplication.translate("OperatorDialog", u"Name (&Kazakh):", None))
        self.nameRuLabel.setText(QCoreApplication.translate("OperatorDialog", u"Name (&Russian):", None))
        self.shortNameLabel.setText(QCoreApplication.translate("OperatorDialog", u"S&hort name:", None))
        self.codeLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("OperatorDialog", u"A short Latin name for the command line and file names, e.g. senimkey", None))
#endif // QT_CONFIG(tooltip)
        self.regNumberLabel.setText(QCoreApplication.translate("OperatorDialog", u"Registration &number:", None))

#if QT_CONFIG(tooltip)
        self.regKindCombo.setToolTip(QCoreApplication.translate("OperatorDialog", u"BIN for a Kazakh organisation; for a foreign one its own kind of number, e.g. INN", None))
#endif // QT_CONFIG(tooltip)
        self.regNumberEdit.setPlaceholderText(QCoreApplication.translate("OperatorDialog", u"12 digits", None))
        self.countryLabel.setText(QCoreApplication.translate("OperatorDialog", u"Co&untry:", None))
#if QT_CONFIG(tooltip)
        self.countryEdit.setToolTip(QCoreApplication.translate("OperatorDialog", u"The two-letter country code: KZ, RU, \u2026", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("OperatorDialog", u"Postal &address:", None))
        self.addressKkLabel.setText(QCoreApplication.translate("OperatorDialog", u"in Kazakh:", None))
        self.addressRuLabel.setText(QCoreApplication.translate("OperatorDialog", u"in Russian:", None))
        self.emailLabel.setText(QCoreApplication.translate("OperatorDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Phone:", None))
        self.websiteLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Website:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.organisationTab), QCoreApplication.translate("OperatorDialog", u"Organisation", None))
        self.signatoryGroup.setTitle(QCoreApplication.translate("OperatorDialog", u"Who signs the letters", None))
        self.signatoryPositionKkLabel.setText(QCoreApplication.translate("OperatorDialog", u"Position (Ka&zakh):", None))
        self.signatoryPositionRuLabel.setText(QCoreApplication.translate("OperatorDialog", u"Position (R&ussian):", None))
        self.signatoryNameLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Name:", None))
        self.executorGroup.setTitle(QCoreApplication.translate("OperatorDialog", u"Executor printed at the bottom of letters", None))
        self.executorNameLabel.setText(QCoreApplication.translate("OperatorDialog", u"N&ame:", None))
        self.executorPhoneLabel.setText(QCoreApplication.translate("OperatorDialog", u"P&hone:", None))
        self.numberingGroup.setTitle(QCoreApplication.translate("OperatorDialog", u"Registration numbers", None))
        self.requestPrefixLabel.setText(QCoreApplication.translate("OperatorDialog", u"Pre&fix:", None))
        self.requestPatternLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Incoming letters:", None))
        self.outgoingPatternLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Outgoing letters (Russian):", None))
        self.outgoingPatternKkLabel.setText(QCoreApplication.translate("OperatorDialog", u"in &Kazakh letters:", None))
        self.actPatternLabel.setText(QCoreApplication.translate("OperatorDialog", u"Destruction &acts:", None))
        self.patternHelpLabel.setText(QCoreApplication.translate("OperatorDialog", u"Placeholders: {prefix} the prefix, {year} or {yy} the year, {seq} the running number ({seq:04d} pads it to 4 digits). Numbers restart every year.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lettersTab), QCoreApplication.translate("OperatorDialog", u"Signatory and numbering", None))
        self.dataHelpLabel.setText(QCoreApplication.translate("OperatorDialog", u"What the operator declares in its consent and policy, in Kazakh and in Russian: the access response and the deregistration letters quote it, and each withdrawal copies its systems and categories. A text missing its other half is asked for at its row.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dataTab), QCoreApplication.translate("OperatorDialog", u"Data map", None))
        self.retentionKkLabel.setText(QCoreApplication.translate("OperatorDialog", u"How long data are &kept (Kazakh)", None))
        self.retentionRuLabel.setText(QCoreApplication.translate("OperatorDialog", u"How long data are kept (Russian)", None))
        self.withdrawalKkLabel.setText(QCoreApplication.translate("OperatorDialog", u"How consent is &withdrawn (Kazakh)", None))
        self.withdrawalRuLabel.setText(QCoreApplication.translate("OperatorDialog", u"How consent is withdrawn (Russian)", None))
        self.crossBorderCheck.setText(QCoreApplication.translate("OperatorDialog", u"Data &cross the border (transferred to or stored outside Kazakhstan)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.retentionTab), QCoreApplication.translate("OperatorDialog", u"Retention and withdrawal", None))
        self.documentsHelpLabel.setText(QCoreApplication.translate("OperatorDialog", u"The consent agreements and privacy policies subjects accepted, each edition on its own. New documents are saved with the profile; saved ones stay as they are, as the evidence of what was agreed.", None))
        ___qtablewidgetitem = self.documentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OperatorDialog", u"Title", None))
        ___qtablewidgetitem1 = self.documentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OperatorDialog", u"Edition", None))
        ___qtablewidgetitem2 = self.documentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OperatorDialog", u"In force from", None))
        ___qtablewidgetitem3 = self.documentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OperatorDialog", u"Content", None))
        ___qtablewidgetitem4 = self.documentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OperatorDialog", u"State", None))
        self.addDocumentButton.setText(QCoreApplication.translate("OperatorDialog", u"&Add a document\u2026", None))
        self.removeDocumentButton.setText(QCoreApplication.translate("OperatorDialog", u"&Remove the new document", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("OperatorDialog", u"Consent documents", None))
        self.defaultCheck.setText(QCoreApplication.translate("OperatorDialog", u"&Default operator: new letters are registered for it", None))
    # retranslateUi

