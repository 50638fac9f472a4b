# source-sha256: f4366eee129d2e70cda933ddc4861464b2df279bf40cbe873a046742e27e7779
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kiosk_code_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_KioskCodeDialog(object):
    def setupUi(self, KioskCodeDialog):
        if not KioskCodeDialog.objectName():
            KioskCodeDialog.setObjectName(u"KioskCodeDialog")
        KioskCodeDialog.resize(420, 240)
        self.dialogLayout = QVBoxLayout(KioskCodeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(KioskCodeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.codeLayout = QFormLayout()
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeLabel = QLabel(KioskCodeDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(KioskCodeDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.codeEdit.setMaxLength(8)

        self.codeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.repeatLabel = QLabel(KioskCodeDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.codeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(KioskCodeDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatEdit.setMaxLength(8)

        self.codeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.codeLayout)

        self.errorLabel = QLabel(KioskCodeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"fieldError")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.codeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.codeSpacer)

        self.buttonBox = QDialogButtonBox(KioskCodeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.buttonBox)

        self.retranslateUi(KioskCodeDialog)

        QMetaObject.connectSlotsByName(KioskCodeDialog)
    # setupUi

    def retranslateUi(self, KioskCodeDialog):
        KioskCodeDialog.setWindowTitle(QCoreApplication.translate("KioskCodeDialog", u"Kiosk unlock code", None))
        self.codeLabel.setText(QCoreApplication.translate("KioskCodeDialog", u"&Code:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("KioskCodeDialog", u"4 to 8 digits", None))
        self.repeatLabel.setText(QCoreApplication.translate("KioskCodeDialog", u"&Again:", None))
    # retranslateUi

