# source-sha256: c937a6df0b019d88e9258fdbf66285ebc3fa955cf4214a268b76ca30179673e4
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stages_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_StagesDialog(object):
    def setupUi(self, StagesDialog):
        if not StagesDialog.objectName():
            StagesDialog.setObjectName(u"StagesDialog")
        StagesDialog.resize(560, 460)
        self.dialogLayout = QVBoxLayout(StagesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(StagesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.stagesView = QListView(StagesDialog)
        self.stagesView.setObjectName(u"stagesView")
        self.stagesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stagesView.setAlternatingRowColors(True)

        self.bodyLayout.addWidget(self.stagesView)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(StagesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(StagesDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonsLayout.addWidget(self.renameButton)

        self.upButton = QPushButton(StagesDialog)
        self.upButton.setObjectName(u"upButton")

        self.buttonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(StagesDialog)
        self.downButton.setObjectName(u"downButton")

        self.buttonsLayout.addWidget(self.downButton)

        self.exitCheck = QCheckBox(StagesDialog)
        self.exitCheck.setObjectName(u"exitCheck")

        self.buttonsLayout.addWidget(self.exitCheck)

        self.deleteButton = QPushButton(StagesDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.errorLabel = QLabel(StagesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"fieldError")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StagesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(StagesDialog)

        QMetaObject.connectSlotsByName(StagesDialog)
    # setupUi

    def retranslateUi(self, StagesDialog):
        StagesDialog.setWindowTitle(QCoreApplication.translate("StagesDialog", u"Pipeline stages", None))
        self.introLabel.setText(QCoreApplication.translate("StagesDialog", u"The columns of the pipeline board, in order. Side exits (such as Paused or Withdrawn) sit apart at the end. A stage that holds candidates cannot be deleted.", None))
        self.addButton.setText(QCoreApplication.translate("StagesDialog", u"&Add\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("StagesDialog", u"&Rename\u2026", None))
        self.upButton.setText(QCoreApplication.translate("StagesDialog", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("StagesDialog", u"Move &down", None))
        self.exitCheck.setText(QCoreApplication.translate("StagesDialog", u"Side &exit", None))
        self.deleteButton.setText(QCoreApplication.translate("StagesDialog", u"De&lete", None))
    # retranslateUi

