# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SubjectDialog(object):
    def setupUi(self, SubjectDialog):
        if not SubjectDialog.objectName():
            SubjectDialog.setObjectName(u"SubjectDialog")
        SubjectDialog.resize(620, 560)
        SubjectDialog.setMinimumSize(QSize(540, 0))
        self.mainLayout = QVBoxLayout(SubjectDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.headingLabel = QLabel(SubjectDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headingLabel)

        self.operatorValue = QLabel(SubjectDialog)
        self.operatorValue.setObjectName(u"operatorValue")
        self.operatorValue.setStyleSheet(u"color: #555;")
        self.operatorValue.setText(u"")
        self.operatorValue.setWordWrap(True)

        self.mainLayout.addWidget(self.operatorValue)

        self.personGroup = QGroupBox(SubjectDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.personForm.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.personForm.setHorizontalSpacing(12)
        self.personForm.setVerticalSpacing(6)
        self.surnameLabel = QLabel(self.personGroup)
        self.surnameLabel.setObjectName(u"surnameLabel")
        self.surnameLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.surnameLabel.setMinimumSize(QSize(150, 0))

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(self.personGroup)
        self.surnameEdit.setObjectName(u"surnameEdit")
        self.surnameEdit.setMaxLength(120)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.surnameError = QLabel(self.personGroup)
        self.surnameError.setObjectName(u"surnameError")
        self.surnameError.setStyleSheet(u"color: #9b1c13;")
        self.surnameError.setWordWrap(True)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.surnameError)

        self.givenNameLabel = QLabel(self.personGroup)
        self.givenNameLabel.setObjectName(u"givenNameLabel")
        self.givenNameLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.givenNameLabel.setMinimumSize(QSize(150, 0))

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenNameEdit = QLineEdit(self.personGroup)
        self.givenNameEdit.setObjectName(u"givenNameEdit")
        self.givenNameEdit.setMaxLength(120)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.givenNameEdit)

        self.patronymicLabel = QLabel(self.personGroup)
        self.patronymicLabel.setObjectName(u"patronymicLabel")
        self.patronymicLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.patronymicLabel.setMinimumSize(QSize(150, 0))

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.patronymicLabel)

        self.patronymicEdit = QLineEdit(self.personGroup)
        self.patronymicEdit.setObjectName(u"patronymicEdit")
        self.patronymicEdit.setMaxLength(120)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.patronymicEdit)

        self.iinLabel = QLabel(self.personGroup)
        self.iinLabel.setObjectName(u"iinLabel")
        self.iinLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.iinLabel.setMinimumSize(QSize(150, 0))

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.iinLabel)

        self.iinEdit = QLineEdit(self.personGroup)
        self.iinEdit.setObjectName(u"iinEdit")
        self.iinEdit.setMaxLength(16)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.iinEdit)

        self.iinError = QLabel(self.personGroup)
        self.iinError.setObjectName(u"iinError")
        self.iinError.setStyleSheet(u"color: #9b1c13;")
        self.iinError.setWordWrap(True)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.iinError)

        self.iinHint = QLabel(self.personGroup)
        self.iinHint.setObjectName(u"iinHint")
        self.iinHint.setStyleSheet(u"color: #555;")
        self.iinHint.setWordWrap(True)

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.iinHint)

        self.birthDateLabel = QLabel(self.personGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")
        self.birthDateLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.birthDateLabel.setMinimumSize(QSize(150, 0))

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.personGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(10)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthDateError = QLabel(self.personGroup)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setStyleSheet(u"color: #9b1c13;")
        self.birthDateError.setWordWrap(True)

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.birthDateError)


        self.mainLayout.addWidget(self.personGroup)

        self.contactGroup = QGroupBox(SubjectDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.contactForm.setLabelAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.contactForm.setHorizontalSpacing(12)
        self.contactForm.setVerticalSpacing(6)
        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.phoneLabel.setMinimumSize(QSize(150, 0))

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(60)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.emailLabel.setMinimumSize(QSize(150, 0))

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.contactGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #9b1c13;")
        self.emailError.setWordWrap(True)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setMinimumSize(QSize(150, 0))
        self.addressLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignTop)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.contactGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 64))
        self.addressEdit.setTabChangesFocus(True)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.accountLabel = QLabel(self.contactGroup)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.accountLabel.setMinimumSize(QSize(150, 0))

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(self.contactGroup)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setMaxLength(200)

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.clientOrgLabel = QLabel(self.contactGroup)
        self.clientOrgLabel.setObjectName(u"clientOrgLabel")
        self.clientOrgLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.clientOrgLabel.setMinimumSize(QSize(150, 0))

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.clientOrgLabel)

        self.clientOrgEdit = QLineEdit(self.contactGroup)
        self.clientOrgEdit.setObjectName(u"clientOrgEdit")
        self.clientOrgEdit.setMaxLength(300)

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clientOrgEdit)

        self.clientBinLabel = QLabel(self.contactGroup)
        self.clientBinLabel.setObjectName(u"clientBinLabel")
        self.clientBinLabel.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)
        self.clientBinLabel.setMinimumSize(QSize(150, 0))

        self.contactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.clientBinLabel)

        self.clientBinEdit = QLineEdit(self.contactGroup)
        self.clientBinEdit.setObjectName(u"clientBinEdit")
        self.clientBinEdit.setMaxLength(16)

        self.contactForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.clientBinEdit)

        self.clientBinError = QLabel(self.contactGroup)
        self.clientBinError.setObjectName(u"clientBinError")
        self.clientBinError.setStyleSheet(u"color: #9b1c13;")
        self.clientBinError.setWordWrap(True)

        self.contactForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.clientBinError)


        self.mainLayout.addWidget(self.contactGroup)

        self.formError = QLabel(SubjectDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #9b1c13;")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SubjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.patronymicLabel.setBuddy(self.patronymicEdit)
        self.iinLabel.setBuddy(self.iinEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.accountLabel.setBuddy(self.accountEdit)
        self.clientOrgLabel.setBuddy(self.clientOrgEdit)
        self.clientBinLabel.setBuddy(self.clientBinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.surnameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.patronymicEdit)
        QWidget.setTabOrder(self.patronymicEdit, self.iinEdit)
        QWidget.setTabOrder(self.iinEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.accountEdit)
        QWidget.setTabOrder(self.accountEdit, self.clientOrgEdit)
        QWidget.setTabOrder(self.clientOrgEdit, self.clientBinEdit)
        QWidget.setTabOrder(self.clientBinEdit, self.buttonBox)

        self.retranslateUi(SubjectDialog)

        QMetaObject.connectSlotsByName(SubjectDialog)
    # setupUi

    def retranslateUi(self, SubjectDialog):
        SubjectDialog.setWindowTitle(QCoreApplication.translate("SubjectDialog", u"Subject", None))
        self.headingLabel.setText(QCoreApplication.translate("SubjectDialog", u"New subject", None))
        self.personGroup.setTitle(QCoreApplication.translate("SubjectDialog", u"Person", None))
        self.surnameLabel.setText(QCoreApplication.translate("SubjectDialog", u"&Surname:", None))
        self.surnameEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"required, as on the letter or in the records", None))
        self.givenNameLabel.setText(QCoreApplication.translate("SubjectDialog", u"&Given name:", None))
        self.patronymicLabel.setText(QCoreApplication.translate("SubjectDialog", u"&Patronymic:", None))
        self.patronymicEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"if any", None))
        self.iinLabel.setText(QCoreApplication.translate("SubjectDialog", u"&IIN:", None))
        self.iinEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"12 digits, if known", None))
        self.birthDateLabel.setText(QCoreApplication.translate("SubjectDialog", u"&Birth date:", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"dd.mm.yyyy", None))
        self.contactGroup.setTitle(QCoreApplication.translate("SubjectDialog", u"Contacts and account", None))
        self.phoneLabel.setText(QCoreApplication.translate("SubjectDialog", u"P&hone:", None))
        self.emailLabel.setText(QCoreApplication.translate("SubjectDialog", u"&E-mail:", None))
        self.addressLabel.setText(QCoreApplication.translate("SubjectDialog", u"&Address:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"postal address, several lines if needed", None))
        self.accountLabel.setText(QCoreApplication.translate("SubjectDialog", u"Acc&ount / login:", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"the subject's id or login on the operator's platform", None))
        self.clientOrgLabel.setText(QCoreApplication.translate("SubjectDialog", u"&Client organisation:", None))
        self.clientOrgEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"the company the subject acts for, if any", None))
        self.clientBinLabel.setText(QCoreApplication.translate("SubjectDialog", u"Client &BIN:", None))
        self.clientBinEdit.setPlaceholderText(QCoreApplication.translate("SubjectDialog", u"12 digits", None))
    # retranslateUi

