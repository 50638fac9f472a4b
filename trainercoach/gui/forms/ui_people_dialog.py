# source-sha256: 5af23e024a094457d6805f99386de0b05933f33a5d6e1082c3f3636cad563a88
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout

class Ui_PeopleDialog(object):
    def setupUi(self, PeopleDialog):
        if not PeopleDialog.objectName():
            PeopleDialog.setObjectName(u"PeopleDialog")
        PeopleDialog.resize(620, 620)
        self.dialogLayout = QVBoxLayout(PeopleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PeopleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.peopleView = QTableView(PeopleDialog)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialogLayout.addWidget(self.peopleView)

        self.addBox = QGroupBox(PeopleDialog)
        self.addBox.setObjectName(u"addBox")
        self.addLayout = QGridLayout(self.addBox)
        self.addLayout.setObjectName(u"addLayout")
        self.nameLabel = QLabel(self.addBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.addBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.emailLabel = QLabel(self.addBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.addLayout.addWidget(self.emailLabel, 1, 0, 1, 1)

        self.emailEdit = QLineEdit(self.addBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.addLayout.addWidget(self.emailEdit, 1, 1, 1, 1)

        self.roleLabel = QLabel(self.addBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addLayout.addWidget(self.roleLabel, 2, 0, 1, 1)

        self.roleCombo = QComboBox(self.addBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.addLayout.addWidget(self.roleCombo, 2, 1, 1, 1)

        self.errorLabel = QLabel(self.addBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"fieldError")
        self.errorLabel.setVisible(False)

        self.addLayout.addWidget(self.errorLabel, 3, 1, 1, 1)

        self.personButtons = QHBoxLayout()
        self.personButtons.setObjectName(u"personButtons")
        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")

        self.personButtons.addWidget(self.addButton)

        self.saveButton = QPushButton(self.addBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.personButtons.addWidget(self.saveButton)

        self.retireButton = QPushButton(self.addBox)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setEnabled(False)

        self.personButtons.addWidget(self.retireButton)

        self.youButton = QPushButton(self.addBox)
        self.youButton.setObjectName(u"youButton")
        self.youButton.setEnabled(False)

        self.personButtons.addWidget(self.youButton)


        self.addLayout.addLayout(self.personButtons, 4, 1, 1, 1)


        self.dialogLayout.addWidget(self.addBox)

        self.accessBox = QGroupBox(PeopleDialog)
        self.accessBox.setObjectName(u"accessBox")
        self.accessLayout = QGridLayout(self.accessBox)
        self.accessLayout.setObjectName(u"accessLayout")
        self.accessIntroLabel = QLabel(self.accessBox)
        self.accessIntroLabel.setObjectName(u"accessIntroLabel")
        self.accessIntroLabel.setWordWrap(True)

        self.accessLayout.addWidget(self.accessIntroLabel, 0, 0, 1, 2)

        self.loginLabel = QLabel(self.accessBox)
        self.loginLabel.setObjectName(u"loginLabel")

        self.accessLayout.addWidget(self.loginLabel, 1, 0, 1, 1)

        self.loginEdit = QLineEdit(self.accessBox)
        self.loginEdit.setObjectName(u"loginEdit")

        self.accessLayout.addWidget(self.loginEdit, 1, 1, 1, 1)

        self.accessRoleLabel = QLabel(self.accessBox)
        self.accessRoleLabel.setObjectName(u"accessRoleLabel")

        self.accessLayout.addWidget(self.accessRoleLabel, 2, 0, 1, 1)

        self.accessRoleCombo = QComboBox(self.accessBox)
        self.accessRoleCombo.setObjectName(u"accessRoleCombo")

        self.accessLayout.addWidget(self.accessRoleCombo, 2, 1, 1, 1)

        self.passwordLabel = QLabel(self.accessBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.accessLayout.addWidget(self.passwordLabel, 3, 0, 1, 1)

        self.passwordEdit = QLineEdit(self.accessBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.accessLayout.addWidget(self.passwordEdit, 3, 1, 1, 1)

        self.accessErrorLabel = QLabel(self.accessBox)
        self.accessErrorLabel.setObjectName(u"accessErrorLabel")
        self.accessErrorLabel.setWordWrap(True)
        self.accessErrorLabel.setProperty(u"class", u"fieldError")
        self.accessErrorLabel.setVisible(False)

        self.accessLayout.addWidget(self.accessErrorLabel, 4, 1, 1, 1)

        self.accessButtons = QHBoxLayout()
        self.accessButtons.setObjectName(u"accessButtons")
        self.grantButton = QPushButton(self.accessBox)
        self.grantButton.setObjectName(u"grantButton")

        self.accessButtons.addWidget(self.grantButton)

        self.revokeButton = QPushButton(self.accessBox)
        self.revokeButton.setObjectName(u"revokeButton")

        self.accessButtons.addWidget(self.revokeButton)


        self.accessLayout.addLayout(self.accessButtons, 5, 1, 1, 1)


        self.dialogLayout.addWidget(self.accessBox)

        self.buttonBox = QDialogButtonBox(PeopleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.loginLabel.setBuddy(self.loginEdit)
        self.accessRoleLabel.setBuddy(self.accessRoleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeopleDialog)

        QMetaObject.connectSlotsByName(PeopleDialog)
    # setupUi

    def retranslateUi(self, PeopleDialog):
        PeopleDialog.setWindowTitle(QCoreApplication.translate("PeopleDialog", u"People", None))
        self.introLabel.setText(QCoreApplication.translate("PeopleDialog", u"Leads and trainers mentor and nominate candidates. Add the people who do; choose someone in the list to correct their details or to retire them (they stay on old records, and are no longer offered for new work).", None))
        self.addBox.setTitle(QCoreApplication.translate("PeopleDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PeopleDialog", u"&Name", None))
        self.emailLabel.setText(QCoreApplication.translate("PeopleDialog", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PeopleDialog", u"name@example.com", None))
        self.roleLabel.setText(QCoreApplication.translate("PeopleDialog", u"&Role", None))
        self.addButton.setText(QCoreApplication.translate("PeopleDialog", u"&Add as new", None))
        self.saveButton.setText(QCoreApplication.translate("PeopleDialog", u"&Save changes", None))
        self.retireButton.setText(QCoreApplication.translate("PeopleDialog", u"Re&tire", None))
        self.youButton.setText(QCoreApplication.translate("PeopleDialog", u"This is &me", None))
#if QT_CONFIG(tooltip)
        self.youButton.setToolTip(QCoreApplication.translate("PeopleDialog", u"What you record on this computer (an import, a move in the pipeline) is recorded under this person's name", None))
#endif // QT_CONFIG(tooltip)
        self.accessBox.setTitle(QCoreApplication.translate("PeopleDialog", u"Access to the team server", None))
        self.accessIntroLabel.setText(QCoreApplication.translate("PeopleDialog", u"Choose a person in the list, then give them a login and a role. A trainer sees their own sessions and observations; a lead sees everything.", None))
        self.loginLabel.setText(QCoreApplication.translate("PeopleDialog", u"&Login", None))
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("PeopleDialog", u"maria_k", None))
        self.accessRoleLabel.setText(QCoreApplication.translate("PeopleDialog", u"R&ole", None))
        self.passwordLabel.setText(QCoreApplication.translate("PeopleDialog", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("PeopleDialog", u"only for a new login, or to change it", None))
        self.grantButton.setText(QCoreApplication.translate("PeopleDialog", u"&Give access", None))
        self.revokeButton.setText(QCoreApplication.translate("PeopleDialog", u"&Take access away", None))
    # retranslateUi

