# source-sha256: be8895e34ee483cf4a3238c6b72be015dc9eedc746669944f99e83f5dcced66c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'observation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_ObservationDialog(object):
    def setupUi(self, ObservationDialog):
        if not ObservationDialog.objectName():
            ObservationDialog.setObjectName(u"ObservationDialog")
        ObservationDialog.resize(1040, 700)
        self.dialogLayout = QVBoxLayout(ObservationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(ObservationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.topLayout = QGridLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.observerLabel = QLabel(ObservationDialog)
        self.observerLabel.setObjectName(u"observerLabel")

        self.topLayout.addWidget(self.observerLabel, 0, 0, 1, 1)

        self.observerCombo = QComboBox(ObservationDialog)
        self.observerCombo.setObjectName(u"observerCombo")
        self.observerCombo.setMinimumContentsLength(20)
        self.observerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.observerCombo, 0, 1, 1, 1)

        self.rubricLabel = QLabel(ObservationDialog)
        self.rubricLabel.setObjectName(u"rubricLabel")

        self.topLayout.addWidget(self.rubricLabel, 0, 2, 1, 1)

        self.rubricVersionLabel = QLabel(ObservationDialog)
        self.rubricVersionLabel.setObjectName(u"rubricVersionLabel")
        self.rubricVersionLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.rubricVersionLabel.sizePolicy().hasHeightForWidth())
        self.rubricVersionLabel.setSizePolicy(sizePolicy)

        self.topLayout.addWidget(self.rubricVersionLabel, 0, 3, 1, 1)

        self.observerError = QLabel(ObservationDialog)
        self.observerError.setObjectName(u"observerError")
        self.observerError.setWordWrap(True)
        self.observerError.setProperty(u"class", u"fieldError")
        self.observerError.setVisible(False)

        self.topLayout.addWidget(self.observerError, 1, 1, 1, 3)

        self.topLayout.setColumnStretch(3, 1)

        self.dialogLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(ObservationDialog)
        self.tabs.setObjectName(u"tabs")
        self.scoresTab = QWidget()
        self.scoresTab.setObjectName(u"scoresTab")
        self.scoresLayout = QVBoxLayout(self.scoresTab)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresHint = QLabel(self.scoresTab)
        self.scoresHint.setObjectName(u"scoresHint")
        self.scoresHint.setWordWrap(True)
        self.scoresHint.setProperty(u"class", u"hint")

        self.scoresLayout.addWidget(self.scoresHint)

        self.scoresSplitter = QSplitter(self.scoresTab)
        self.scoresSplitter.setObjectName(u"scoresSplitter")
        self.scoresSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.scoresSplitter.setChildrenCollapsible(False)
        self.criteriaView = QTableView(self.scoresSplitter)
        self.criteriaView.setObjectName(u"criteriaView")
        self.criteriaView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteriaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteriaView.setWordWrap(True)
        self.criteriaView.setTabKeyNavigation(False)
        self.scoresSplitter.addWidget(self.criteriaView)
        self.anchorPanel = QWidget(self.scoresSplitter)
        self.anchorPanel.setObjectName(u"anchorPanel")
        self.anchorLayout = QVBoxLayout(self.anchorPanel)
        self.anchorLayout.setObjectName(u"anchorLayout")
        self.anchorLayout.setContentsMargins(0, 0, 0, 0)
        self.anchorsBrowser = QTextBrowser(self.anchorPanel)
        self.anchorsBrowser.setObjectName(u"anchorsBrowser")
        self.anchorsBrowser.setOpenLinks(False)
        self.anchorsBrowser.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.anchorLayout.addWidget(self.anchorsBrowser)

        self.criterionNoteLabel = QLabel(self.anchorPanel)
        self.criterionNoteLabel.setObjectName(u"criterionNoteLabel")
        self.criterionNoteLabel.setWordWrap(True)

        self.anchorLayout.addWidget(self.criterionNoteLabel)

        self.criterionNoteEdit = QPlainTextEdit(self.anchorPanel)
        self.criterionNoteEdit.setObjectName(u"criterionNoteEdit")
        self.criterionNoteEdit.setTabChangesFocus(True)
        self.criterionNoteEdit.setMaximumSize(QSize(16777215, 80))

        self.anchorLayout.addWidget(self.criterionNoteEdit)

        self.scoresSplitter.addWidget(self.anchorPanel)

        self.scoresLayout.addWidget(self.scoresSplitter)

        self.scoresError = QLabel(self.scoresTab)
        self.scoresError.setObjectName(u"scoresError")
        self.scoresError.setWordWrap(True)
        self.scoresError.setProperty(u"class", u"fieldError")
        self.scoresError.setVisible(False)

        self.scoresLayout.addWidget(self.scoresError)

        self.scoresLayout.setStretch(1, 1)
        self.tabs.addTab(self.scoresTab, "")
        self.summaryTab = QWidget()
        self.summaryTab.setObjectName(u"summaryTab")
        self.summaryLayout = QGridLayout(self.summaryTab)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.strengthsLabel = QLabel(self.summaryTab)
        self.strengthsLabel.setObjectName(u"strengthsLabel")

        self.summaryLayout.addWidget(self.strengthsLabel, 0, 0, 1, 1)

        self.strengthsEdit = QPlainTextEdit(self.summaryTab)
        self.strengthsEdit.setObjectName(u"strengthsEdit")
        self.strengthsEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.strengthsEdit, 0, 1, 1, 1)

        self.improvementsLabel = QLabel(self.summaryTab)
        self.improvementsLabel.setObjectName(u"improvementsLabel")

        self.summaryLayout.addWidget(self.improvementsLabel, 1, 0, 1, 1)

        self.improvementsEdit = QPlainTextEdit(self.summaryTab)
        self.improvementsEdit.setObjectName(u"improvementsEdit")
        self.improvementsEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.improvementsEdit, 1, 1, 1, 1)

        self.recommendationLabel = QLabel(self.summaryTab)
        self.recommendationLabel.setObjectName(u"recommendationLabel")

        self.summaryLayout.addWidget(self.recommendationLabel, 2, 0, 1, 1)

        self.recommendationCombo = QComboBox(self.summaryTab)
        self.recommendationCombo.setObjectName(u"recommendationCombo")

        self.summaryLayout.addWidget(self.recommendationCombo, 2, 1, 1, 1)

        self.recommendationError = QLabel(self.summaryTab)
        self.recommendationError.setObjectName(u"recommendationError")
        self.recommendationError.setWordWrap(True)
        self.recommendationError.setProperty(u"class", u"fieldError")
        self.recommendationError.setVisible(False)

        self.summaryLayout.addWidget(self.recommendationError, 3, 1, 1, 1)

        self.actionItemsLabel = QLabel(self.summaryTab)
        self.actionItemsLabel.setObjectName(u"actionItemsLabel")

        self.summaryLayout.addWidget(self.actionItemsLabel, 4, 0, 1, 1)

        self.actionItemsView = QTableView(self.summaryTab)
        self.actionItemsView.setObjectName(u"actionItemsView")
        self.actionItemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionItemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.summaryLayout.addWidget(self.actionItemsView, 4, 1, 1, 1)

        self.actionButtonsLayout = QHBoxLayout()
        self.actionButtonsLayout.setObjectName(u"actionButtonsLayout")
        self.addActionButton = QPushButton(self.summaryTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtonsLayout.addWidget(self.addActionButton)

        self.removeActionButton = QPushButton(self.summaryTab)
        self.removeActionButton.setObjectName(u"removeActionButton")

        self.actionButtonsLayout.addWidget(self.removeActionButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtonsLayout.addItem(self.actionSpacer)


        self.summaryLayout.addLayout(self.actionButtonsLayout, 5, 1, 1, 1)

        self.actionsError = QLabel(self.summaryTab)
        self.actionsError.setObjectName(u"actionsError")
        self.actionsError.setWordWrap(True)
        self.actionsError.setProperty(u"class", u"fieldError")
        self.actionsError.setVisible(False)

        self.summaryLayout.addWidget(self.actionsError, 6, 1, 1, 1)

        self.summaryLayout.setRowStretch(0, 2)
        self.summaryLayout.setRowStretch(1, 2)
        self.summaryLayout.setRowStretch(4, 3)
        self.summaryLayout.setColumnStretch(1, 1)
        self.tabs.addTab(self.summaryTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.averageLabel = QLabel(ObservationDialog)
        self.averageLabel.setObjectName(u"averageLabel")
        self.averageLabel.setProperty(u"class", u"subheading")

        self.dialogLayout.addWidget(self.averageLabel)

        self.formError = QLabel(ObservationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"class", u"fieldError")
        self.formError.setVisible(False)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ObservationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.observerLabel.setBuddy(self.observerCombo)
        self.criterionNoteLabel.setBuddy(self.criterionNoteEdit)
        self.strengthsLabel.setBuddy(self.strengthsEdit)
        self.improvementsLabel.setBuddy(self.improvementsEdit)
        self.recommendationLabel.setBuddy(self.recommendationCombo)
        self.actionItemsLabel.setBuddy(self.actionItemsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.observerCombo, self.tabs)
        QWidget.setTabOrder(self.tabs, self.criteriaView)
        QWidget.setTabOrder(self.criteriaView, self.criterionNoteEdit)
        QWidget.setTabOrder(self.criterionNoteEdit, self.strengthsEdit)
        QWidget.setTabOrder(self.strengthsEdit, self.improvementsEdit)
        QWidget.setTabOrder(self.improvementsEdit, self.recommendationCombo)
        QWidget.setTabOrder(self.recommendationCombo, self.actionItemsView)
        QWidget.setTabOrder(self.actionItemsView, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.removeActionButton)
        QWidget.setTabOrder(self.removeActionButton, self.buttonBox)

        self.retranslateUi(ObservationDialog)

        QMetaObject.connectSlotsByName(ObservationDialog)
    # setupUi

    def retranslateUi(self, ObservationDialog):
        ObservationDialog.setWindowTitle(QCoreApplication.translate("ObservationDialog", u"Observation", None))
        self.observerLabel.setText(QCoreApplication.translate("ObservationDialog", u"O&bserver", None))
        self.rubricLabel.setText(QCoreApplication.translate("ObservationDialog", u"Rubric", None))
        self.observerError.setText("")
        self.scoresHint.setText(QCoreApplication.translate("ObservationDialog", u"Keys: 1\u20135 score the selected criterion and move to the next; 0 or N: not observed; \u2191 \u2193 move. The anchors of the criterion are on the right; the level you chose is highlighted.", None))
        self.criterionNoteLabel.setText(QCoreApplication.translate("ObservationDialog", u"Note on this criterion (what you saw):", None))
        self.scoresError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.scoresTab), QCoreApplication.translate("ObservationDialog", u"&Scores", None))
        self.strengthsLabel.setText(QCoreApplication.translate("ObservationDialog", u"Stren&gths", None))
        self.strengthsEdit.setPlaceholderText(QCoreApplication.translate("ObservationDialog", u"What went well, so the candidate keeps doing it", None))
        self.improvementsLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Improvements", None))
        self.improvementsEdit.setPlaceholderText(QCoreApplication.translate("ObservationDialog", u"What to change next time, concretely", None))
        self.recommendationLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Recommendation", None))
        self.recommendationError.setText("")
        self.actionItemsLabel.setText(QCoreApplication.translate("ObservationDialog", u"Action &items", None))
        self.addActionButton.setText(QCoreApplication.translate("ObservationDialog", u"&Add action item", None))
        self.removeActionButton.setText(QCoreApplication.translate("ObservationDialog", u"Re&move", None))
        self.actionsError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.summaryTab), QCoreApplication.translate("ObservationDialog", u"S&trengths and actions", None))
        self.formError.setText("")
    # retranslateUi

