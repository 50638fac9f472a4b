# source-sha256: f93d45bd44fb5b609b01a64ac933e718a0b517769ca3264163880e0b036bc0dd
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'readiness_rule_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_ReadinessRuleDialog(object):
    def setupUi(self, ReadinessRuleDialog):
        if not ReadinessRuleDialog.objectName():
            ReadinessRuleDialog.setObjectName(u"ReadinessRuleDialog")
        ReadinessRuleDialog.resize(560, 460)
        self.dialogLayout = QVBoxLayout(ReadinessRuleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ReadinessRuleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.ruleLayout = QFormLayout()
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.minObservedLabel = QLabel(ReadinessRuleDialog)
        self.minObservedLabel.setObjectName(u"minObservedLabel")

        self.ruleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minObservedLabel)

        self.minObservedSpin = QSpinBox(ReadinessRuleDialog)
        self.minObservedSpin.setObjectName(u"minObservedSpin")
        self.minObservedSpin.setMaximum(100)

        self.ruleLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minObservedSpin)

        self.minObservedError = QLabel(ReadinessRuleDialog)
        self.minObservedError.setObjectName(u"minObservedError")
        self.minObservedError.setWordWrap(True)
        self.minObservedError.setProperty(u"class", u"fieldError")
        self.minObservedError.setVisible(False)

        self.ruleLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minObservedError)

        self.lastSessionsLabel = QLabel(ReadinessRuleDialog)
        self.lastSessionsLabel.setObjectName(u"lastSessionsLabel")

        self.ruleLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastSessionsLabel)

        self.lastSessionsSpin = QSpinBox(ReadinessRuleDialog)
        self.lastSessionsSpin.setObjectName(u"lastSessionsSpin")
        self.lastSessionsSpin.setMinimum(1)
        self.lastSessionsSpin.setMaximum(20)

        self.ruleLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastSessionsSpin)

        self.lastSessionsError = QLabel(ReadinessRuleDialog)
        self.lastSessionsError.setObjectName(u"lastSessionsError")
        self.lastSessionsError.setWordWrap(True)
        self.lastSessionsError.setProperty(u"class", u"fieldError")
        self.lastSessionsError.setVisible(False)

        self.ruleLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastSessionsError)

        self.rubricThresholdLabel = QLabel(ReadinessRuleDialog)
        self.rubricThresholdLabel.setObjectName(u"rubricThresholdLabel")

        self.ruleLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rubricThresholdLabel)

        self.rubricThresholdSpin = QDoubleSpinBox(ReadinessRuleDialog)
        self.rubricThresholdSpin.setObjectName(u"rubricThresholdSpin")
        self.rubricThresholdSpin.setDecimals(2)
        self.rubricThresholdSpin.setMinimum(1.000000000000000)
        self.rubricThresholdSpin.setMaximum(5.000000000000000)
        self.rubricThresholdSpin.setSingleStep(0.100000000000000)

        self.ruleLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rubricThresholdSpin)

        self.rubricThresholdError = QLabel(ReadinessRuleDialog)
        self.rubricThresholdError.setObjectName(u"rubricThresholdError")
        self.rubricThresholdError.setWordWrap(True)
        self.rubricThresholdError.setProperty(u"class", u"fieldError")
        self.rubricThresholdError.setVisible(False)

        self.ruleLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rubricThresholdError)

        self.feedbackThresholdLabel = QLabel(ReadinessRuleDialog)
        self.feedbackThresholdLabel.setObjectName(u"feedbackThresholdLabel")

        self.ruleLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.feedbackThresholdLabel)

        self.feedbackThresholdSpin = QDoubleSpinBox(ReadinessRuleDialog)
        self.feedbackThresholdSpin.setObjectName(u"feedbackThresholdSpin")
        self.feedbackThresholdSpin.setDecimals(2)
        self.feedbackThresholdSpin.setMinimum(1.000000000000000)
        self.feedbackThresholdSpin.setMaximum(5.000000000000000)
        self.feedbackThresholdSpin.setSingleStep(0.100000000000000)

        self.ruleLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.feedbackThresholdSpin)

        self.feedbackThresholdError = QLabel(ReadinessRuleDialog)
        self.feedbackThresholdError.setObjectName(u"feedbackThresholdError")
        self.feedbackThresholdError.setWordWrap(True)
        self.feedbackThresholdError.setProperty(u"class", u"fieldError")
        self.feedbackThresholdError.setVisible(False)

        self.ruleLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.feedbackThresholdError)

        self.feedbackMinAnswersLabel = QLabel(ReadinessRuleDialog)
        self.feedbackMinAnswersLabel.setObjectName(u"feedbackMinAnswersLabel")

        self.ruleLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.feedbackMinAnswersLabel)

        self.feedbackMinAnswersSpin = QSpinBox(ReadinessRuleDialog)
        self.feedbackMinAnswersSpin.setObjectName(u"feedbackMinAnswersSpin")
        self.feedbackMinAnswersSpin.setMaximum(100000)

        self.ruleLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.feedbackMinAnswersSpin)

        self.feedbackMinAnswersError = QLabel(ReadinessRuleDialog)
        self.feedbackMinAnswersError.setObjectName(u"feedbackMinAnswersError")
        self.feedbackMinAnswersError.setWordWrap(True)
        self.feedbackMinAnswersError.setProperty(u"class", u"fieldError")
        self.feedbackMinAnswersError.setVisible(False)

        self.ruleLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.feedbackMinAnswersError)

        self.requireSignoffCheck = QCheckBox(ReadinessRuleDialog)
        self.requireSignoffCheck.setObjectName(u"requireSignoffCheck")

        self.ruleLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.requireSignoffCheck)


        self.dialogLayout.addLayout(self.ruleLayout)

        self.previewHeading = QLabel(ReadinessRuleDialog)
        self.previewHeading.setObjectName(u"previewHeading")
        self.previewHeading.setProperty(u"class", u"subheading")

        self.dialogLayout.addWidget(self.previewHeading)

        self.previewLabel = QLabel(ReadinessRuleDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.previewLabel)

        self.errorLabel = QLabel(ReadinessRuleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"class", u"fieldError")
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.ruleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.ruleSpacer)

        self.buttonBox = QDialogButtonBox(ReadinessRuleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.minObservedLabel.setBuddy(self.minObservedSpin)
        self.lastSessionsLabel.setBuddy(self.lastSessionsSpin)
        self.rubricThresholdLabel.setBuddy(self.rubricThresholdSpin)
        self.feedbackThresholdLabel.setBuddy(self.feedbackThresholdSpin)
        self.feedbackMinAnswersLabel.setBuddy(self.feedbackMinAnswersSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.minObservedSpin, self.lastSessionsSpin)
        QWidget.setTabOrder(self.lastSessionsSpin, self.rubricThresholdSpin)
        QWidget.setTabOrder(self.rubricThresholdSpin, self.feedbackThresholdSpin)
        QWidget.setTabOrder(self.feedbackThresholdSpin, self.feedbackMinAnswersSpin)
        QWidget.setTabOrder(self.feedbackMinAnswersSpin, self.requireSignoffCheck)
        QWidget.setTabOrder(self.requireSignoffCheck, self.buttonBox)

        self.retranslateUi(ReadinessRuleDialog)

        QMetaObject.connectSlotsByName(ReadinessRuleDialog)
    # setupUi

    def retranslateUi(self, ReadinessRuleDialog):
        ReadinessRuleDialog.setWindowTitle(QCoreApplication.translate("ReadinessRuleDialog", u"Readiness rule", None))
        self.introLabel.setText(QCoreApplication.translate("ReadinessRuleDialog", u"A candidate is ready for certification when every condition below is met. The rule is shared by everyone using this database.", None))
        self.minObservedLabel.setText(QCoreApplication.translate("ReadinessRuleDialog", u"Observed practice deliveries, at &least", None))
        self.lastSessionsLabel.setText(QCoreApplication.translate("ReadinessRuleDialog", u"Look at the last &sessions", None))
        self.rubricThresholdLabel.setText(QCoreApplication.translate("ReadinessRuleDialog", u"Their &rubric averages at or above (1\u20135)", None))
        self.feedbackThresholdLabel.setText(QCoreApplication.translate("ReadinessRuleDialog", u"Overall &feedback at or above (1\u20135)", None))
        self.feedbackMinAnswersLabel.setText(QCoreApplication.translate("ReadinessRuleDialog", u"From at least this many &answers", None))
        self.requireSignoffCheck.setText(QCoreApplication.translate("ReadinessRuleDialog", u"Require the &mentor's sign-off", None))
        self.previewHeading.setText(QCoreApplication.translate("ReadinessRuleDialog", u"The rule in words", None))
    # retranslateUi

