# source-sha256: 8b867bbefb24014b93e66bb8339abbbc1f6c7f8fbfebd19c036d23f156a4f01b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certification_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QListView, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_CertificationDialog(object):
    def setupUi(self, CertificationDialog):
        if not CertificationDialog.objectName():
            CertificationDialog.setObjectName(u"CertificationDialog")
        CertificationDialog.resize(600, 560)
        self.dialogLayout = QVBoxLayout(CertificationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(CertificationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.topicLabel = QLabel(CertificationDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(CertificationDialog)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setEditable(True)
        self.topicCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.topicError = QLabel(CertificationDialog)
        self.topicError.setObjectName(u"topicError")
        self.topicError.setWordWrap(True)
        self.topicError.setProperty(u"class", u"fieldError")
        self.topicError.setVisible(False)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicError)

        self.levelLabel = QLabel(CertificationDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(CertificationDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.levelError = QLabel(CertificationDialog)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setWordWrap(True)
        self.levelError.setProperty(u"class", u"fieldError")
        self.levelError.setVisible(False)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelError)

        self.awardedOnLabel = QLabel(CertificationDialog)
        self.awardedOnLabel.setObjectName(u"awardedOnLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.awardedOnLabel)

        self.awardedOnEdit = QDateEdit(CertificationDialog)
        self.awardedOnEdit.setObjectName(u"awardedOnEdit")
        self.awardedOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.awardedOnEdit)

        self.awardedOnError = QLabel(CertificationDialog)
        self.awardedOnError.setObjectName(u"awardedOnError")
        self.awardedOnError.setWordWrap(True)
        self.awardedOnError.setProperty(u"class", u"fieldError")
        self.awardedOnError.setVisible(False)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.awardedOnError)

        self.renewalLabel = QLabel(CertificationDialog)
        self.renewalLabel.setObjectName(u"renewalLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.renewalLabel)

        self.renewalEdit = QDateEdit(CertificationDialog)
        self.renewalEdit.setObjectName(u"renewalEdit")
        self.renewalEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.renewalEdit)

        self.renewalError = QLabel(CertificationDialog)
        self.renewalError.setObjectName(u"renewalError")
        self.renewalError.setWordWrap(True)
        self.renewalError.setProperty(u"class", u"fieldError")
        self.renewalError.setVisible(False)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.renewalError)

        self.evidenceLabel = QLabel(CertificationDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QPlainTextEdit(CertificationDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")
        self.evidenceEdit.setTabChangesFocus(True)
        self.evidenceEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.sessionsLabel = QLabel(CertificationDialog)
        self.sessionsLabel.setObjectName(u"sessionsLabel")
        self.sessionsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sessionsLabel)

        self.sessionsList = QListView(CertificationDialog)
        self.sessionsList.setObjectName(u"sessionsList")
        self.sessionsList.setAlternatingRowColors(True)
        self.sessionsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialogLayout.addWidget(self.sessionsList)

        self.evidenceError = QLabel(CertificationDialog)
        self.evidenceError.setObjectName(u"evidenceError")
        self.evidenceError.setWordWrap(True)
        self.evidenceError.setProperty(u"class", u"fieldError")
        self.evidenceError.setVisible(False)

        self.dialogLayout.addWidget(self.evidenceError)

        self.formError = QLabel(CertificationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"class", u"fieldError")
        self.formError.setVisible(False)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(CertificationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.topicLabel.setBuddy(self.topicCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.awardedOnLabel.setBuddy(self.awardedOnEdit)
        self.renewalLabel.setBuddy(self.renewalEdit)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
        self.sessionsLabel.setBuddy(self.sessionsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.topicCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.awardedOnEdit)
        QWidget.setTabOrder(self.awardedOnEdit, self.renewalEdit)
        QWidget.setTabOrder(self.renewalEdit, self.evidenceEdit)
        QWidget.setTabOrder(self.evidenceEdit, self.sessionsList)
        QWidget.setTabOrder(self.sessionsList, self.buttonBox)

        self.retranslateUi(CertificationDialog)

        QMetaObject.connectSlotsByName(CertificationDialog)
    # setupUi

    def retranslateUi(self, CertificationDialog):
        CertificationDialog.setWindowTitle(QCoreApplication.translate("CertificationDialog", u"Award certification", None))
        self.topicLabel.setText(QCoreApplication.translate("CertificationDialog", u"&Topic", None))
        self.levelLabel.setText(QCoreApplication.translate("CertificationDialog", u"&Level", None))
        self.awardedOnLabel.setText(QCoreApplication.translate("CertificationDialog", u"&Awarded on", None))
        self.awardedOnEdit.setDisplayFormat(QCoreApplication.translate("CertificationDialog", u"yyyy-MM-dd", None))
        self.renewalLabel.setText(QCoreApplication.translate("CertificationDialog", u"&Renew by", None))
        self.renewalEdit.setDisplayFormat(QCoreApplication.translate("CertificationDialog", u"yyyy-MM-dd", None))
        self.evidenceLabel.setText(QCoreApplication.translate("CertificationDialog", u"E&vidence", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("CertificationDialog", u"What the award rests on: observations, feedback, a co-delivery\u2026", None))
        self.sessionsLabel.setText(QCoreApplication.translate("CertificationDialog", u"Evidence &sessions (tick the deliveries this award rests on)", None))
    # retranslateUi

