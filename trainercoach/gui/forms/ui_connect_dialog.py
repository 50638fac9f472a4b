# source-sha256: e4654b9dbf64f9db5d658fce5669a513e791a6eaafcbcb8eb9e123f8a43bec1e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connect_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_ConnectDialog(object):
    def setupUi(self, ConnectDialog):
        if not ConnectDialog.objectName():
            ConnectDialog.setObjectName(u"ConnectDialog")
        ConnectDialog.resize(480, 400)
        self.dialogLayout = QVBoxLayout(ConnectDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ConnectDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.serverLayout = QFormLayout()
        self.serverLayout.setObjectName(u"serverLayout")
        self.hostLabel = QLabel(ConnectDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ConnectDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ConnectDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ConnectDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(ConnectDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ConnectDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(ConnectDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ConnectDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(ConnectDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ConnectDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.serverLayout)

        self.rememberCheck = QCheckBox(ConnectDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.dialogLayout.addWidget(self.rememberCheck)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(ConnectDialog)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testLayout.addWidget(self.testButton)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testLayout.addItem(self.testSpacer)


        self.dialogLayout.addLayout(self.testLayout)

        self.statusLabel = QLabel(ConnectDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.errorLabel = QLabel(ConnectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setProperty(u"class", u"fieldError")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ConnectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.testButton)
        QWidget.setTabOrder(self.testButton, self.buttonBox)

        self.retranslateUi(ConnectDialog)

        QMetaObject.connectSlotsByName(ConnectDialog)
    # setupUi

    def retranslateUi(self, ConnectDialog):
        ConnectDialog.setWindowTitle(QCoreApplication.translate("ConnectDialog", u"Connect to team server", None))
        self.introLabel.setText(QCoreApplication.translate("ConnectDialog", u"Your team's shared database on a PostgreSQL server. Ask your lead (or whoever runs the server) for these details; you sign in with your own login.", None))
        self.hostLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Server:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"e.g. training-db.example.com", None))
        self.portLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Port:", None))
        self.databaseLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Database:", None))
        self.databaseEdit.setText(QCoreApplication.translate("ConnectDialog", u"trainercoach", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Login:", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectDialog", u"Pass&word:", None))
        self.rememberCheck.setText(QCoreApplication.translate("ConnectDialog", u"&Remember this server", None))
        self.testButton.setText(QCoreApplication.translate("ConnectDialog", u"&Test connection", None))
    # retranslateUi

