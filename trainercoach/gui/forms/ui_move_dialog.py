# source-sha256: cad5b635acc53a4d5da8881baeb31f46a983f777c48810dd42a5a87d76505fae
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_MoveDialog(object):
    def setupUi(self, MoveDialog):
        if not MoveDialog.objectName():
            MoveDialog.setObjectName(u"MoveDialog")
        MoveDialog.resize(460, 260)
        self.dialogLayout = QVBoxLayout(MoveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(MoveDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.skipLabel = QLabel(MoveDialog)
        self.skipLabel.setObjectName(u"skipLabel")
        self.skipLabel.setWordWrap(True)
        self.skipLabel.setProperty(u"class", u"fieldError")
        self.skipLabel.setVisible(False)

        self.dialogLayout.addWidget(self.skipLabel)

        self.reasonLabel = QLabel(MoveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(MoveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(MoveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"fieldError")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(MoveDialog)

        QMetaObject.connectSlotsByName(MoveDialog)
    # setupUi

    def retranslateUi(self, MoveDialog):
        MoveDialog.setWindowTitle(QCoreApplication.translate("MoveDialog", u"Move candidate", None))
        self.reasonLabel.setText(QCoreApplication.translate("MoveDialog", u"&Why? The reason stays in the candidate's timeline.", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MoveDialog", u"e.g. Passed the screening interview with strong presenting skills", None))
    # retranslateUi

