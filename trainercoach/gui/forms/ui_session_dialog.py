# source-sha256: f6623f71b28f2848d9e546042b26c349d2dbb0a02fd81a35143c9212f8900451
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(620, 640)
        self.dialogLayout = QVBoxLayout(SessionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(SessionDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.headerLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.candidateLabel = QLabel(SessionDialog)
        self.candidateLabel.setObjectName(u"candidateLabel")

        self.fieldsLayout.addWidget(self.candidateLabel, 0, 0, 1, 1)

        self.candidateCombo = QComboBox(SessionDialog)
        self.candidateCombo.setObjectName(u"candidateCombo")
        self.candidateCombo.setEditable(True)
        self.candidateCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fieldsLayout.addWidget(self.candidateCombo, 0, 1, 1, 1)

        self.candidateError = QLabel(SessionDialog)
        self.candidateError.setObjectName(u"candidateError")
        self.candidateError.setWordWrap(True)
        self.candidateError.setProperty(u"class", u"fieldError")
        self.candidateError.setVisible(False)

        self.fieldsLayout.addWidget(self.candidateError, 1, 1, 1, 1)

        self.startsAtLabel = QLabel(SessionDialog)
        self.startsAtLabel.setObjectName(u"startsAtLabel")

        self.fieldsLayout.addWidget(self.startsAtLabel, 2, 0, 1, 1)

        self.startsAtEdit = QDateTimeEdit(SessionDialog)
        self.startsAtEdit.setObjectName(u"startsAtEdit")
        self.startsAtEdit.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.startsAtEdit, 2, 1, 1, 1)

        self.startsAtError = QLabel(SessionDialog)
        self.startsAtError.setObjectName(u"startsAtError")
        self.startsAtError.setWordWrap(True)
        self.startsAtError.setProperty(u"class", u"fieldError")
        self.startsAtError.setVisible(False)

        self.fieldsLayout.addWidget(self.startsAtError, 3, 1, 1, 1)

        self.topicLabel = QLabel(SessionDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.fieldsLayout.addWidget(self.topicLabel, 4, 0, 1, 1)

        self.topicEdit = QLineEdit(SessionDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.fieldsLayout.addWidget(self.topicEdit, 4, 1, 1, 1)

        self.topicError = QLabel(SessionDialog)
        self.topicError.setObjectName(u"topicError")
        self.topicError.setWordWrap(True)
        self.topicError.setProperty(u"class", u"fieldError")
        self.topicError.setVisible(False)

        self.fieldsLayout.addWidget(self.topicError, 5, 1, 1, 1)

        self.methodLabel = QLabel(SessionDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.fieldsLayout.addWidget(self.methodLabel, 6, 0, 1, 1)

        self.methodAudienceBox = QWidget(SessionDialog)
        self.methodAudienceBox.setObjectName(u"methodAudienceBox")
        self.methodAudienceLayout = QHBoxLayout(self.methodAudienceBox)
        self.methodAudienceLayout.setObjectName(u"methodAudienceLayout")
        self.methodAudienceLayout.setContentsMargins(0, 0, 0, 0)
        self.methodCombo = QComboBox(self.methodAudienceBox)
        self.methodCombo.setObjectName(u"methodCombo")

        self.methodAudienceLayout.addWidget(self.methodCombo)

        self.audienceLabel = QLabel(self.methodAudienceBox)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.methodAudienceLayout.addWidget(self.audienceLabel)

        self.audienceCombo = QComboBox(self.methodAudienceBox)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.methodAudienceLayout.addWidget(self.audienceCombo)

        self.methodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.methodAudienceLayout.addItem(self.methodSpacer)


        self.fieldsLayout.addWidget(self.methodAudienceBox, 6, 1, 1, 1)

        self.methodError = QLabel(SessionDialog)
        self.methodError.setObjectName(u"methodError")
        self.methodError.setWordWrap(True)
        self.methodError.setProperty(u"class", u"fieldError")
        self.methodError.setVisible(False)

        self.fieldsLayout.addWidget(self.methodError, 7, 1, 1, 1)

        self.audienceError = QLabel(SessionDialog)
        self.audienceError.setObjectName(u"audienceError")
        self.audienceError.setWordWrap(True)
        self.audienceError.setProperty(u"class", u"fieldError")
        self.audienceError.setVisible(False)

        self.fieldsLayout.addWidget(self.audienceError, 8, 1, 1, 1)

        self.traineesLabel = QLabel(SessionDialog)
        self.traineesLabel.setObjectName(u"traineesLabel")

        self.fieldsLayout.addWidget(self.traineesLabel, 9, 0, 1, 1)

        self.numbersBox = QWidget(SessionDialog)
        self.numbersBox.setObjectName(u"numbersBox")
        self.numbersLayout = QHBoxLayout(self.numbersBox)
        self.numbersLayout.setObjectName(u"numbersLayout")
        self.numbersLayout.setContentsMargins(0, 0, 0, 0)
        self.traineesSpin = QSpinBox(self.numbersBox)
        self.traineesSpin.setObjectName(u"traineesSpin")
        self.traineesSpin.setMaximum(10000)
        self.traineesSpin.setMinimumSize(QSize(80, 0))

        self.numbersLayout.addWidget(self.traineesSpin)

        self.durationLabel = QLabel(self.numbersBox)
        self.durationLabel.setObjectName(u"durationLabel")

        self.numbersLayout.addWidget(self.durationLabel)

        self.durationSpin = QSpinBox(self.numbersBox)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(1)
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setValue(60)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setMinimumSize(QSize(90, 0))

        self.numbersLayout.addWidget(self.durationSpin)

        self.numbersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.numbersLayout.addItem(self.numbersSpacer)


        self.fieldsLayout.addWidget(self.numbersBox, 9, 1, 1, 1)

        self.traineesError = QLabel(SessionDialog)
        self.traineesError.setObjectName(u"traineesError")
        self.traineesError.setWordWrap(True)
        self.traineesError.setProperty(u"class", u"fieldError")
        self.traineesError.setVisible(False)

        self.fieldsLayout.addWidget(self.traineesError, 10, 1, 1, 1)

        self.durationError = QLabel(SessionDialog)
        self.durationError.setObjectName(u"durationError")
        self.durationError.setWordWrap(True)
        self.durationError.setProperty(u"class", u"fieldError")
        self.durationError.setVisible(False)

        self.fieldsLayout.addWidget(self.durationError, 11, 1, 1, 1)

        self.assetLabel = QLabel(SessionDialog)
        self.assetLabel.setObjectName(u"assetLabel")

        self.fieldsLayout.addWidget(self.assetLabel, 12, 0, 1, 1)

        self.assetBox = QWidget(SessionDialog)
        self.assetBox.setObjectName(u"assetBox")
        self.assetLayout = QHBoxLayout(self.assetBox)
        self.assetLayout.setObjectName(u"assetLayout")
        self.assetLayout.setContentsMargins(0, 0, 0, 0)
        self.assetCombo = QComboBox(self.assetBox)
        self.assetCombo.setObjectName(u"assetCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.assetCombo.sizePolicy().hasHeightForWidth())
        self.assetCombo.setSizePolicy(sizePolicy)

        self.assetLayout.addWidget(self.assetCombo)

        self.newAssetButton = QPushButton(self.assetBox)
        self.newAssetButton.setObjectName(u"newAssetButton")

        self.assetLayout.addWidget(self.newAssetButton)


        self.fieldsLayout.addWidget(self.assetBox, 12, 1, 1, 1)

        self.assetError = QLabel(SessionDialog)
        self.assetError.setObjectName(u"assetError")
        self.assetError.setWordWrap(True)
        self.assetError.setProperty(u"class", u"fieldError")
        self.assetError.setVisible(False)

        self.fieldsLayout.addWidget(self.assetError, 13, 1, 1, 1)

        self.observersLabel = QLabel(SessionDialog)
        self.observersLabel.setObjectName(u"observersLabel")

        self.fieldsLayout.addWidget(self.observersLabel, 14, 0, 1, 1, Qt.AlignTop)

        self.observersList = QListWidget(SessionDialog)
        self.observersList.setObjectName(u"observersList")
        self.observersList.setMinimumSize(QSize(0, 90))

        self.fieldsLayout.addWidget(self.observersList, 14, 1, 1, 1)

        self.observersError = QLabel(SessionDialog)
        self.observersError.setObjectName(u"observersError")
        self.observersError.setWordWrap(True)
        self.observersError.setProperty(u"class", u"fieldError")
        self.observersError.setVisible(False)

        self.fieldsLayout.addWidget(self.observersError, 15, 1, 1, 1)

        self.notesLabel = QLabel(SessionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 16, 0, 1, 1, Qt.AlignTop)

        self.notesEdit = QPlainTextEdit(SessionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.notesEdit, 16, 1, 1, 1)

        self.recordingLinkLabel = QLabel(SessionDialog)
        self.recordingLinkLabel.setObjectName(u"recordingLinkLabel")

        self.fieldsLayout.addWidget(self.recordingLinkLabel, 17, 0, 1, 1)

        self.recordingLinkEdit = QLineEdit(SessionDialog)
        self.recordingLinkEdit.setObjectName(u"recordingLinkEdit")

        self.fieldsLayout.addWidget(self.recordingLinkEdit, 17, 1, 1, 1)

        self.recordingLinkError = QLabel(SessionDialog)
        self.recordingLinkError.setObjectName(u"recordingLinkError")
        self.recordingLinkError.setWordWrap(True)
        self.recordingLinkError.setProperty(u"class", u"fieldError")
        self.recordingLinkError.setVisible(False)

        self.fieldsLayout.addWidget(self.recordingLinkError, 18, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.formError = QLabel(SessionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"class", u"fieldError")
        self.formError.setVisible(False)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.candidateLabel.setBuddy(self.candidateCombo)
        self.startsAtLabel.setBuddy(self.startsAtEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.traineesLabel.setBuddy(self.traineesSpin)
        self.durationLabel.setBuddy(self.durationSpin)
        self.assetLabel.setBuddy(self.assetCombo)
        self.observersLabel.setBuddy(self.observersList)
        self.notesLabel.setBuddy(self.notesEdit)
        self.recordingLinkLabel.setBuddy(self.recordingLinkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.candidateCombo, self.startsAtEdit)
        QWidget.setTabOrder(self.startsAtEdit, self.topicEdit)
        QWidget.setTabOrder(self.topicEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.audienceCombo)
        QWidget.setTabOrder(self.audienceCombo, self.traineesSpin)
        QWidget.setTabOrder(self.traineesSpin, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.assetCombo)
        QWidget.setTabOrder(self.assetCombo, self.newAssetButton)
        QWidget.setTabOrder(self.newAssetButton, self.observersList)
        QWidget.setTabOrder(self.observersList, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.recordingLinkEdit)
        QWidget.setTabOrder(self.recordingLinkEdit, self.buttonBox)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.candidateLabel.setText(QCoreApplication.translate("SessionDialog", u"&Candidate", None))
#if QT_CONFIG(tooltip)
        self.candidateCombo.setToolTip(QCoreApplication.translate("SessionDialog", u"Type to find a candidate by name", None))
#endif // QT_CONFIG(tooltip)
        self.candidateError.setText("")
        self.startsAtLabel.setText(QCoreApplication.translate("SessionDialog", u"&Date and time", None))
        self.startsAtEdit.setDisplayFormat(QCoreApplication.translate("SessionDialog", u"yyyy-MM-dd HH:mm", None))
        self.startsAtError.setText("")
        self.topicLabel.setText(QCoreApplication.translate("SessionDialog", u"&Topic", None))
        self.topicEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"What the session taught, in any language", None))
        self.topicError.setText("")
        self.methodLabel.setText(QCoreApplication.translate("SessionDialog", u"Delivery &method", None))
        self.audienceLabel.setText(QCoreApplication.translate("SessionDialog", u"&Audience", None))
        self.methodError.setText("")
        self.audienceError.setText("")
        self.traineesLabel.setText(QCoreApplication.translate("SessionDialog", u"Trai&nees", None))
        self.durationLabel.setText(QCoreApplication.translate("SessionDialog", u"D&uration", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("SessionDialog", u" min", None))
        self.traineesError.setText("")
        self.durationError.setText("")
        self.assetLabel.setText(QCoreApplication.translate("SessionDialog", u"Training a&sset", None))
        self.newAssetButton.setText(QCoreApplication.translate("SessionDialog", u"New &asset\u2026", None))
        self.assetError.setText("")
        self.observersLabel.setText(QCoreApplication.translate("SessionDialog", u"&Observers", None))
#if QT_CONFIG(tooltip)
        self.observersList.setToolTip(QCoreApplication.translate("SessionDialog", u"Tick the leads and trainers who observe; each may score the session", None))
#endif // QT_CONFIG(tooltip)
        self.observersError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("SessionDialog", u"N&otes", None))
        self.recordingLinkLabel.setText(QCoreApplication.translate("SessionDialog", u"&Recording link", None))
#if QT_CONFIG(tooltip)
        self.recordingLinkEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Where the session's recording can be watched again, for review and calibration (https://\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.recordingLinkEdit.setPlaceholderText(QCoreApplication.translate("SessionDialog", u"https://", None))
        self.recordingLinkError.setText("")
        self.formError.setText("")
    # retranslateUi

