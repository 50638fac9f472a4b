# source-sha256: a1bc25407dc8d2e10165a3f40833c6d7577df0cd090274226349e083b078995d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_FeedbackEntryDialog(object):
    def setupUi(self, FeedbackEntryDialog):
        if not FeedbackEntryDialog.objectName():
            FeedbackEntryDialog.setObjectName(u"FeedbackEntryDialog")
        FeedbackEntryDialog.resize(980, 560)
        self.dialogLayout = QVBoxLayout(FeedbackEntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sessionLabel = QLabel(FeedbackEntryDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setProperty(u"class", u"subheading")

        self.dialogLayout.addWidget(self.sessionLabel)

        self.hintLabel = QLabel(FeedbackEntryDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.hintLabel)

        self.formsView = QTableView(FeedbackEntryDialog)
        self.formsView.setObjectName(u"formsView")
        self.formsView.setAlternatingRowColors(True)
        self.formsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.formsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.formsView.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.formsView)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(FeedbackEntryDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"class", u"subheading")

        self.statusLayout.addWidget(self.countLabel)

        self.keyLabel = QLabel(FeedbackEntryDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setProperty(u"class", u"fieldError")

        self.statusLayout.addWidget(self.keyLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.deleteButton = QPushButton(FeedbackEntryDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.statusLayout.addWidget(self.deleteButton)


        self.dialogLayout.addLayout(self.statusLayout)

        self.errorList = QListWidget(FeedbackEntryDialog)
        self.errorList.setObjectName(u"errorList")
        self.errorList.setMaximumSize(QSize(16777215, 110))
        self.errorList.setVisible(False)
        self.errorList.setStyleSheet(u"color: #b42318;")

        self.dialogLayout.addWidget(self.errorList)

        self.buttonBox = QDialogButtonBox(FeedbackEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.formsView, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.errorList)
        QWidget.setTabOrder(self.errorList, self.buttonBox)

        self.retranslateUi(FeedbackEntryDialog)

        QMetaObject.connectSlotsByName(FeedbackEntryDialog)
    # setupUi

    def retranslateUi(self, FeedbackEntryDialog):
        FeedbackEntryDialog.setWindowTitle(QCoreApplication.translate("FeedbackEntryDialog", u"Type paper feedback forms", None))
        self.hintLabel.setText(QCoreApplication.translate("FeedbackEntryDialog", u"One row per paper form. Type each answer's digit and the cursor moves on (type 10 as 1 then 0); Space leaves a question blank. Tab or Enter at the end of a row starts the next form. Nothing is saved until you press Save.", None))
        self.deleteButton.setText(QCoreApplication.translate("FeedbackEntryDialog", u"&Delete this form", None))
    # retranslateUi

