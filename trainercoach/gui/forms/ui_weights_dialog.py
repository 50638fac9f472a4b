# source-sha256: baa03e9fbe088f7a7a5c6dee8e56a954cb572c0e8e8c440becee035a8ca01ec5
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'weights_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

class Ui_WeightsDialog(object):
    def setupUi(self, WeightsDialog):
        if not WeightsDialog.objectName():
            WeightsDialog.setObjectName(u"WeightsDialog")
        WeightsDialog.resize(440, 300)
        self.dialogLayout = QVBoxLayout(WeightsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(WeightsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.weightsLayout = QFormLayout()
        self.weightsLayout.setObjectName(u"weightsLayout")
        self.rubricLabel = QLabel(WeightsDialog)
        self.rubricLabel.setObjectName(u"rubricLabel")

        self.weightsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rubricLabel)

        self.rubricSpin = QSpinBox(WeightsDialog)
        self.rubricSpin.setObjectName(u"rubricSpin")
        self.rubricSpin.setSuffix(u" %")
        self.rubricSpin.setMaximum(100)

        self.weightsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rubricSpin)

        self.feedbackLabel = QLabel(WeightsDialog)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.weightsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feedbackLabel)

        self.feedbackSpin = QSpinBox(WeightsDialog)
        self.feedbackSpin.setObjectName(u"feedbackSpin")
        self.feedbackSpin.setSuffix(u" %")
        self.feedbackSpin.setMaximum(100)

        self.weightsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feedbackSpin)

        self.gainLabel = QLabel(WeightsDialog)
        self.gainLabel.setObjectName(u"gainLabel")

        self.weightsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gainLabel)

        self.gainSpin = QSpinBox(WeightsDialog)
        self.gainSpin.setObjectName(u"gainSpin")
        self.gainSpin.setSuffix(u" %")
        self.gainSpin.setMaximum(100)

        self.weightsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gainSpin)


        self.dialogLayout.addLayout(self.weightsLayout)

        self.totalLabel = QLabel(WeightsDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.totalLabel)

        self.errorLabel = QLabel(WeightsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"fieldError")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WeightsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.rubricLabel.setBuddy(self.rubricSpin)
        self.feedbackLabel.setBuddy(self.feedbackSpin)
        self.gainLabel.setBuddy(self.gainSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rubricSpin, self.feedbackSpin)
        QWidget.setTabOrder(self.feedbackSpin, self.gainSpin)
        QWidget.setTabOrder(self.gainSpin, self.buttonBox)

        self.retranslateUi(WeightsDialog)

        QMetaObject.connectSlotsByName(WeightsDialog)
    # setupUi

    def retranslateUi(self, WeightsDialog):
        WeightsDialog.setWindowTitle(QCoreApplication.translate("WeightsDialog", u"Composite score weights", None))
        self.introLabel.setText(QCoreApplication.translate("WeightsDialog", u"The composite puts each part on 0\u2013100 and takes their weighted mean. A part a session has no data for is left out, not counted as zero. The three views stay on the page beside it.", None))
        self.rubricLabel.setText(QCoreApplication.translate("WeightsDialog", u"&Rubric (observers)", None))
        self.feedbackLabel.setText(QCoreApplication.translate("WeightsDialog", u"&Feedback (trainees' overall)", None))
        self.gainLabel.setText(QCoreApplication.translate("WeightsDialog", u"&Learning (normalised gain)", None))
    # retranslateUi

