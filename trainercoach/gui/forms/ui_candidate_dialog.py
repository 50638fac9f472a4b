# source-sha256: 191c67a5c5d7d15c2e9d2eda190a08ccf285a5a238d344b7ed12a33159071cba
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QTreeView, QVBoxLayout, QWidget

from trainercoach.gui.widgets.dates import OptionalDateEdit

class Ui_CandidateDialog(object):
    def setupUi(self, CandidateDialog):
        if not CandidateDialog.objectName():
            CandidateDialog.setObjectName(u"CandidateDialog")
        CandidateDialog.resize(820, 620)
        self.dialogLayout = QVBoxLayout(CandidateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(CandidateDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headerLabel.sizePolicy().hasHeightForWidth())
        self.headerLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.headerLabel)

        self.exportEvaluationButton = QPushButton(CandidateDialog)
        self.exportEvaluationButton.setObjectName(u"exportEvaluationButton")
        self.exportEvaluationButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.exportEvaluationButton)


        self.dialogLayout.addLayout(self.headerLayout)

        self.formError = QLabel(CandidateDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"class", u"fieldError")
        self.formError.setVisible(False)

        self.dialogLayout.addWidget(self.formError)

        self.tabs = QTabWidget(CandidateDialog)
        self.tabs.setObjectName(u"tabs")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileLayout = QGridLayout(self.profileTab)
        self.profileLayout.setObjectName(u"profileLayout")
        self.nameEditLabel = QLabel(self.profileTab)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.profileLayout.addWidget(self.nameEditLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.profileTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.profileLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.profileTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"class", u"fieldError")
        self.nameError.setVisible(False)

        self.profileLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.emailEditLabel = QLabel(self.profileTab)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.profileLayout.addWidget(self.emailEditLabel, 2, 0, 1, 1)

        self.emailEdit = QLineEdit(self.profileTab)
        self.emailEdit.setObjectName(u"emailEdit")

        self.profileLayout.addWidget(self.emailEdit, 2, 1, 1, 1)

        self.emailError = QLabel(self.profileTab)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"class", u"fieldError")
        self.emailError.setVisible(False)

        self.profileLayout.addWidget(self.emailError, 3, 1, 1, 1)

        self.teamEditLabel = QLabel(self.profileTab)
        self.teamEditLabel.setObjectName(u"teamEditLabel")

        self.profileLayout.addWidget(self.teamEditLabel, 4, 0, 1, 1)

        self.teamEdit = QLineEdit(self.profileTab)
        self.teamEdit.setObjectName(u"teamEdit")

        self.profileLayout.addWidget(self.teamEdit, 4, 1, 1, 1)

        self.siteEditLabel = QLabel(self.profileTab)
        self.siteEditLabel.setObjectName(u"siteEditLabel")

        self.profileLayout.addWidget(self.siteEditLabel, 5, 0, 1, 1)

        self.siteEdit = QLineEdit(self.profileTab)
        self.siteEdit.setObjectName(u"siteEdit")

        self.profileLayout.addWidget(self.siteEdit, 5, 1, 1, 1)

        self.languagesEditLabel = QLabel(self.profileTab)
        self.languagesEditLabel.setObjectName(u"languagesEditLabel")

        self.profileLayout.addWidget(self.languagesEditLabel, 6, 0, 1, 1)

        self.languagesEdit = QLineEdit(self.profileTab)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.profileLayout.addWidget(self.languagesEdit, 6, 1, 1, 1)

        self.employeeRadioLabel = QLabel(self.profileTab)
        self.employeeRadioLabel.setObjectName(u"employeeRadioLabel")

        self.profileLayout.addWidget(self.employeeRadioLabel, 7, 0, 1, 1)

        self.employmentBox = QWidget(self.profileTab)
        self.employmentBox.setObjectName(u"employmentBox")
        self.employmentLayout = QHBoxLayout(self.employmentBox)
        self.employmentLayout.setObjectName(u"employmentLayout")
        self.employmentLayout.setContentsMargins(0, 0, 0, 0)
        self.employeeRadio = QRadioButton(self.employmentBox)
        self.employeeRadio.setObjectName(u"employeeRadio")
        self.employeeRadio.setText(u"")
        self.employeeRadio.setChecked(True)

        self.employmentLayout.addWidget(self.employeeRadio)

        self.vendorRadio = QRadioButton(self.employmentBox)
        self.vendorRadio.setObjectName(u"vendorRadio")
        self.vendorRadio.setText(u"")

        self.employmentLayout.addWidget(self.vendorRadio)

        self.vendorCompanyEdit = QLineEdit(self.employmentBox)
        self.vendorCompanyEdit.setObjectName(u"vendorCompanyEdit")

        self.employmentLayout.addWidget(self.vendorCompanyEdit)


        self.profileLayout.addWidget(self.employmentBox, 7, 1, 1, 1)

        self.vendorCompanyError = QLabel(self.profileTab)
        self.vendorCompanyError.setObjectName(u"vendorCompanyError")
        self.vendorCompanyError.setWordWrap(True)
        self.vendorCompanyError.setProperty(u"class", u"fieldError")
        self.vendorCompanyError.setVisible(False)

        self.profileLayout.addWidget(self.vendorCompanyError, 8, 1, 1, 1)

        self.hireDateEditLabel = QLabel(self.profileTab)
        self.hireDateEditLabel.setObjectName(u"hireDateEditLabel")

        self.profileLayout.addWidget(self.hireDateEditLabel, 9, 0, 1, 1)

        self.hireDateEdit = OptionalDateEdit(self.profileTab)
        self.hireDateEdit.setObjectName(u"hireDateEdit")

        self.profileLayout.addWidget(self.hireDateEdit, 9, 1, 1, 1)

        self.hireDateError = QLabel(self.profileTab)
        self.hireDateError.setObjectName(u"hireDateError")
        self.hireDateError.setWordWrap(True)
        self.hireDateError.setProperty(u"class", u"fieldError")
        self.hireDateError.setVisible(False)

        self.profileLayout.addWidget(self.hireDateError, 10, 1, 1, 1)

        self.nominatedByComboLabel = QLabel(self.profileTab)
        self.nominatedByComboLabel.setObjectName(u"nominatedByComboLabel")

        self.profileLayout.addWidget(self.nominatedByComboLabel, 11, 0, 1, 1)

        self.nominatedByCombo = QComboBox(self.profileTab)
        self.nominatedByCombo.setObjectName(u"nominatedByCombo")

        self.profileLayout.addWidget(self.nominatedByCombo, 11, 1, 1, 1)

        self.nominatedByError = QLabel(self.profileTab)
        self.nominatedByError.setObjectName(u"nominatedByError")
        self.nominatedByError.setWordWrap(True)
        self.nominatedByError.setProperty(u"class", u"fieldError")
        self.nominatedByError.setVisible(False)

        self.profileLayout.addWidget(self.nominatedByError, 12, 1, 1, 1)

        self.nominatedOnEditLabel = QLabel(self.profileTab)
        self.nominatedOnEditLabel.setObjectName(u"nominatedOnEditLabel")

        self.profileLayout.addWidget(self.nominatedOnEditLabel, 13, 0, 1, 1)

        self.nominatedOnEdit = OptionalDateEdit(self.profileTab)
        self.nominatedOnEdit.setObjectName(u"nominatedOnEdit")

        self.profileLayout.addWidget(self.nominatedOnEdit, 13, 1, 1, 1)

        self.nominatedOnError = QLabel(self.profileTab)
        self.nominatedOnError.setObjectName(u"nominatedOnError")
        self.nominatedOnError.setWordWrap(True)
        self.nominatedOnError.setProperty(u"class", u"fieldError")
        self.nominatedOnError.setVisible(False)

        self.profileLayout.addWidget(self.nominatedOnError, 14, 1, 1, 1)

        self.mentorComboLabel = QLabel(self.profileTab)
        self.mentorComboLabel.setObjectName(u"mentorComboLabel")

        self.profileLayout.addWidget(self.mentorComboLabel, 15, 0, 1, 1)

        self.mentorCombo = QComboBox(self.profileTab)
        self.mentorCombo.setObjectName(u"mentorCombo")

        self.profileLayout.addWidget(self.mentorCombo, 15, 1, 1, 1)

        self.mentorError = QLabel(self.profileTab)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setWordWrap(True)
        self.mentorError.setProperty(u"class", u"fieldError")
        self.mentorError.setVisible(False)

        self.profileLayout.addWidget(self.mentorError, 16, 1, 1, 1)

        self.notesEditLabel = QLabel(self.profileTab)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.profileLayout.addWidget(self.notesEditLabel, 17, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.profileTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.profileLayout.addWidget(self.notesEdit, 17, 1, 1, 1)

        self.profileLayout.setColumnStretch(1, 1)
        self.tabs.addTab(self.profileTab, "")
        self.traitsTab = QWidget()
        self.traitsTab.setObjectName(u"traitsTab")
        self.traitsLayout = QGridLayout(self.traitsTab)
        self.traitsLayout.setObjectName(u"traitsLayout")
        self.traitsIntro = QLabel(self.traitsTab)
        self.traitsIntro.setObjectName(u"traitsIntro")
        self.traitsIntro.setWordWrap(True)

        self.traitsLayout.addWidget(self.traitsIntro, 0, 0, 1, 3)

        self.knowledgeLabel = QLabel(self.traitsTab)
        self.knowledgeLabel.setObjectName(u"knowledgeLabel")
        self.knowledgeLabel.setText(u"")
        self.knowledgeLabel.setWordWrap(True)

        self.traitsLayout.addWidget(self.knowledgeLabel, 1, 0, 1, 1)

        self.knowledgeScore = QSpinBox(self.traitsTab)
        self.knowledgeScore.setObjectName(u"knowledgeScore")
        self.knowledgeScore.setMinimum(0)
        self.knowledgeScore.setMaximum(5)
        self.knowledgeScore.setMinimumSize(QSize(64, 0))

        self.traitsLayout.addWidget(self.knowledgeScore, 1, 1, 1, 1)

        self.knowledgeNote = QLineEdit(self.traitsTab)
        self.knowledgeNote.setObjectName(u"knowledgeNote")

        self.traitsLayout.addWidget(self.knowledgeNote, 1, 2, 1, 1)

        self.knowledgeError = QLabel(self.traitsTab)
        self.knowledgeError.setObjectName(u"knowledgeError")
        self.knowledgeError.setWordWrap(True)
        self.knowledgeError.setProperty(u"class", u"fieldError")
        self.knowledgeError.setVisible(False)

        self.traitsLayout.addWidget(self.knowledgeError, 2, 1, 1, 2)

        self.passionLabel = QLabel(self.traitsTab)
        self.passionLabel.setObjectName(u"passionLabel")
        self.passionLabel.setText(u"")
        self.passionLabel.setWordWrap(True)

        self.traitsLayout.addWidget(self.passionLabel, 3, 0, 1, 1)

        self.passionScore = QSpinBox(self.traitsTab)
        self.passionScore.setObjectName(u"passionScore")
        self.passionScore.setMinimum(0)
        self.passionScore.setMaximum(5)
        self.passionScore.setMinimumSize(QSize(64, 0))

        self.traitsLayout.addWidget(self.passionScore, 3, 1, 1, 1)

        self.passionNote = QLineEdit(self.traitsTab)
        self.passionNote.setObjectName(u"passionNote")

        self.traitsLayout.addWidget(self.passionNote, 3, 2, 1, 1)

        self.passionError = QLabel(self.traitsTab)
        self.passionError.setObjectName(u"passionError")
        self.passionError.setWordWrap(True)
        self.passionError.setProperty(u"class", u"fieldError")
        self.passionError.setVisible(False)

        self.traitsLayout.addWidget(self.passionError, 4, 1, 1, 2)

        self.presentingLabel = QLabel(self.traitsTab)
        self.presentingLabel.setObjectName(u"presentingLabel")
        self.presentingLabel.setText(u"")
        self.presentingLabel.setWordWrap(True)

        self.traitsLayout.addWidget(self.presentingLabel, 5, 0, 1, 1)

        self.presentingScore = QSpinBox(self.traitsTab)
        self.presentingScore.setObjectName(u"presentingScore")
        self.presentingScore.setMinimum(0)
        self.presentingScore.setMaximum(5)
        self.presentingScore.setMinimumSize(QSize(64, 0))

        self.traitsLayout.addWidget(self.presentingScore, 5, 1, 1, 1)

        self.presentingNote = QLineEdit(self.traitsTab)
        self.presentingNote.setObjectName(u"presentingNote")

        self.traitsLayout.addWidget(self.presentingNote, 5, 2, 1, 1)

        self.presentingError = QLabel(self.traitsTab)
        self.presentingError.setObjectName(u"presentingError")
        self.presentingError.setWordWrap(True)
        self.presentingError.setProperty(u"class", u"fieldError")
        self.presentingError.setVisible(False)

        self.traitsLayout.addWidget(self.presentingError, 6, 1, 1, 2)

        self.processLabel = QLabel(self.traitsTab)
        self.processLabel.setObjectName(u"processLabel")
        self.processLabel.setText(u"")
        self.processLabel.setWordWrap(True)

        self.traitsLayout.addWidget(self.processLabel, 7, 0, 1, 1)

        self.processScore = QSpinBox(self.traitsTab)
        self.processScore.setObjectName(u"processScore")
        self.processScore.setMinimum(0)
        self.processScore.setMaximum(5)
        self.processScore.setMinimumSize(QSize(64, 0))

        self.traitsLayout.addWidget(self.processScore, 7, 1, 1, 1)

        self.processNote = QLineEdit(self.traitsTab)
        self.processNote.setObjectName(u"processNote")

        self.traitsLayout.addWidget(self.processNote, 7, 2, 1, 1)

        self.processError = QLabel(self.traitsTab)
        self.processError.setObjectName(u"processError")
        self.processError.setWordWrap(True)
        self.processError.setProperty(u"class", u"fieldError")
        self.processError.setVisible(False)

        self.traitsLayout.addWidget(self.processError, 8, 1, 1, 2)

        self.selectionScoreLabel = QLabel(self.traitsTab)
        self.selectionScoreLabel.setObjectName(u"selectionScoreLabel")

        self.traitsLayout.addWidget(self.selectionScoreLabel, 9, 0, 1, 3)

        self.traitsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.traitsLayout.addItem(self.traitsSpacer, 10, 0, 1, 1)

        self.traitsLayout.setColumnStretch(0, 3)
        self.traitsLayout.setColumnStretch(2, 4)
        self.tabs.addTab(self.traitsTab, "")
        self.milestonesTab = QWidget()
        self.milestonesTab.setObjectName(u"milestonesTab")
        self.milestonesLayout = QGridLayout(self.milestonesTab)
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestonesIntro = QLabel(self.milestonesTab)
        self.milestonesIntro.setObjectName(u"milestonesIntro")
        self.milestonesIntro.setWordWrap(True)

        self.milestonesLayout.addWidget(self.milestonesIntro, 0, 0, 1, 4)

        self.guidedPracticeLabel = QLabel(self.milestonesTab)
        self.guidedPracticeLabel.setObjectName(u"guidedPracticeLabel")
        self.guidedPracticeLabel.setText(u"")
        self.guidedPracticeLabel.setWordWrap(True)

        self.milestonesLayout.addWidget(self.guidedPracticeLabel, 1, 0, 1, 1)

        self.guidedPracticeStatus = QComboBox(self.milestonesTab)
        self.guidedPracticeStatus.setObjectName(u"guidedPracticeStatus")

        self.milestonesLayout.addWidget(self.guidedPracticeStatus, 1, 1, 1, 1)

        self.guidedPracticeDate = OptionalDateEdit(self.milestonesTab)
        self.guidedPracticeDate.setObjectName(u"guidedPracticeDate")

        self.milestonesLayout.addWidget(self.guidedPracticeDate, 1, 2, 1, 1)

        self.guidedPracticeEvidence = QLineEdit(self.milestonesTab)
        self.guidedPracticeEvidence.setObjectName(u"guidedPracticeEvidence")

        self.milestonesLayout.addWidget(self.guidedPracticeEvidence, 1, 3, 1, 1)

        self.guidedPracticeError = QLabel(self.milestonesTab)
        self.guidedPracticeError.setObjectName(u"guidedPracticeError")
        self.guidedPracticeError.setWordWrap(True)
        self.guidedPracticeError.setProperty(u"class", u"fieldError")
        self.guidedPracticeError.setVisible(False)

        self.milestonesLayout.addWidget(self.guidedPracticeError, 2, 1, 1, 3)

        self.feedbackEvaluationLabel = QLabel(self.milestonesTab)
        self.feedbackEvaluationLabel.setObjectName(u"feedbackEvaluationLabel")
        self.feedbackEvaluationLabel.setText(u"")
        self.feedbackEvaluationLabel.setWordWrap(True)

        self.milestonesLayout.addWidget(self.feedbackEvaluationLabel, 3, 0, 1, 1)

        self.feedbackEvaluationStatus = QComboBox(self.milestonesTab)
        self.feedbackEvaluationStatus.setObjectName(u"feedbackEvaluationStatus")

        self.milestonesLayout.addWidget(self.feedbackEvaluationStatus, 3, 1, 1, 1)

        self.feedbackEvaluationDate = OptionalDateEdit(self.milestonesTab)
        self.feedbackEvaluationDate.setObjectName(u"feedbackEvaluationDate")

        self.milestonesLayout.addWidget(self.feedbackEvaluationDate, 3, 2, 1, 1)

        self.feedbackEvaluationEvidence = QLineEdit(self.milestonesTab)
        self.feedbackEvaluationEvidence.setObjectName(u"feedbackEvaluationEvidence")

        self.milestonesLayout.addWidget(self.feedbackEvaluationEvidence, 3, 3, 1, 1)

        self.feedbackEvaluationError = QLabel(self.milestonesTab)
        self.feedbackEvaluationError.setObjectName(u"feedbackEvaluationError")
        self.feedbackEvaluationError.setWordWrap(True)
        self.feedbackEvaluationError.setProperty(u"class", u"fieldError")
        self.feedbackEvaluationError.setVisible(False)

        self.milestonesLayout.addWidget(self.feedbackEvaluationError, 4, 1, 1, 3)

        self.gapBusinessCaseLabel = QLabel(self.milestonesTab)
        self.gapBusinessCaseLabel.setObjectName(u"gapBusinessCaseLabel")
        self.gapBusinessCaseLabel.setText(u"")
        self.gapBusinessCaseLabel.setWordWrap(True)

        self.milestonesLayout.addWidget(self.gapBusinessCaseLabel, 5, 0, 1, 1)

        self.gapBusinessCaseStatus = QComboBox(self.milestonesTab)
        self.gapBusinessCaseStatus.setObjectName(u"gapBusinessCaseStatus")

        self.milestonesLayout.addWidget(self.gapBusinessCaseStatus, 5, 1, 1, 1)

        self.gapBusinessCaseDate = OptionalDateEdit(self.milestonesTab)
        self.gapBusinessCaseDate.setObjectName(u"gapBusinessCaseDate")

        self.milestonesLayout.addWidget(self.gapBusinessCaseDate, 5, 2, 1, 1)

        self.gapBusinessCaseEvidence = QLineEdit(self.milestonesTab)
        self.gapBusinessCaseEvidence.setObjectName(u"gapBusinessCaseEvidence")

        self.milestonesLayout.addWidget(self.gapBusinessCaseEvidence, 5, 3, 1, 1)

        self.gapBusinessCaseError = QLabel(self.milestonesTab)
        self.gapBusinessCaseError.setObjectName(u"gapBusinessCaseError")
        self.gapBusinessCaseError.setWordWrap(True)
        self.gapBusinessCaseError.setProperty(u"class", u"fieldError")
        self.gapBusinessCaseError.setVisible(False)

        self.milestonesLayout.addWidget(self.gapBusinessCaseError, 6, 1, 1, 3)

        self.contentBuildingLabel = QLabel(self.milestonesTab)
        self.contentBuildingLabel.setObjectName(u"contentBuildingLabel")
        self.contentBuildingLabel.setText(u"")
        self.contentBuildingLabel.setWordWrap(True)

        self.milestonesLayout.addWidget(self.contentBuildingLabel, 7, 0, 1, 1)

        self.contentBuildingStatus = QComboBox(self.milestonesTab)
        self.contentBuildingStatus.setObjectName(u"contentBuildingStatus")

        self.milestonesLayout.addWidget(self.contentBuildingStatus, 7, 1, 1, 1)

        self.contentBuildingDate = OptionalDateEdit(self.milestonesTab)
        self.contentBuildingDate.setObjectName(u"contentBuildingDate")

        self.milestonesLayout.addWidget(self.contentBuildingDate, 7, 2, 1, 1)

        self.contentBuildingEvidence = QLineEdit(self.milestonesTab)
        self.contentBuildingEvidence.setObjectName(u"contentBuildingEvidence")

        self.milestonesLayout.addWidget(self.contentBuildingEvidence, 7, 3, 1, 1)

        self.contentBuildingError = QLabel(self.milestonesTab)
        self.contentBuildingError.setObjectName(u"contentBuildingError")
        self.contentBuildingError.setWordWrap(True)
        self.contentBuildingError.setProperty(u"class", u"fieldError")
        self.contentBuildingError.setVisible(False)

        self.milestonesLayout.addWidget(self.contentBuildingError, 8, 1, 1, 3)

        self.milestonesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.milestonesLayout.addItem(self.milestonesSpacer, 9, 0, 1, 1)

        self.milestonesLayout.setColumnStretch(0, 3)
        self.milestonesLayout.setColumnStretch(3, 3)
        self.tabs.addTab(self.milestonesTab, "")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineView = QTreeView(self.timelineTab)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setRootIsDecorated(False)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setWordWrap(True)

        self.timelineLayout.addWidget(self.timelineView)

        self.tabs.addTab(self.timelineTab, "")
        self.sessionsTab = QWidget()
        self.sessionsTab.setObjectName(u"sessionsTab")
        self.sessionsLayout = QVBoxLayout(self.sessionsTab)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsHeadLayout = QHBoxLayout()
        self.sessionsHeadLayout.setObjectName(u"sessionsHeadLayout")
        self.sessionsLabel = QLabel(self.sessionsTab)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.sessionsHeadLayout.addWidget(self.sessionsLabel)

        self.sessionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionsHeadLayout.addItem(self.sessionsSpacer)

        self.newSessionButton = QPushButton(self.sessionsTab)
        self.newSessionButton.setObjectName(u"newSessionButton")

        self.sessionsHeadLayout.addWidget(self.newSessionButton)


        self.sessionsLayout.addLayout(self.sessionsHeadLayout)

        self.candidateSessionsView = QTableView(self.sessionsTab)
        self.candidateSessionsView.setObjectName(u"candidateSessionsView")
        self.candidateSessionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidateSessionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidateSessionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidateSessionsView.setAlternatingRowColors(True)
        self.candidateSessionsView.setSortingEnabled(True)

        self.sessionsLayout.addWidget(self.candidateSessionsView)

        self.actionItemsLabel = QLabel(self.sessionsTab)
        self.actionItemsLabel.setObjectName(u"actionItemsLabel")
        self.actionItemsLabel.setWordWrap(True)

        self.sessionsLayout.addWidget(self.actionItemsLabel)

        self.candidateActionsView = QTableView(self.sessionsTab)
        self.candidateActionsView.setObjectName(u"candidateActionsView")
        self.candidateActionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidateActionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidateActionsView.setAlternatingRowColors(True)

        self.sessionsLayout.addWidget(self.candidateActionsView)

        self.sessionsLayout.setStretch(1, 3)
        self.sessionsLayout.setStretch(3, 2)
        self.tabs.addTab(self.sessionsTab, "")
        self.effectivenessTab = QWidget()
        self.effectivenessTab.setObjectName(u"effectivenessTab")
        self.effectivenessLayout = QVBoxLayout(self.effectivenessTab)
        self.effectivenessLayout.setObjectName(u"effectivenessLayout")
        self.effectivenessLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.effectivenessTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(CandidateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.teamEditLabel.setBuddy(self.teamEdit)
        self.siteEditLabel.setBuddy(self.siteEdit)
        self.languagesEditLabel.setBuddy(self.languagesEdit)
        self.employeeRadioLabel.setBuddy(self.employeeRadio)
        self.hireDateEditLabel.setBuddy(self.hireDateEdit)
        self.nominatedByComboLabel.setBuddy(self.nominatedByCombo)
        self.nominatedOnEditLabel.setBuddy(self.nominatedOnEdit)
        self.mentorComboLabel.setBuddy(self.mentorCombo)
        self.notesEditLabel.setBuddy(self.notesEdit)
        self.knowledgeLabel.setBuddy(self.knowledgeScore)
        self.passionLabel.setBuddy(self.passionScore)
        self.presentingLabel.setBuddy(self.presentingScore)
        self.processLabel.setBuddy(self.processScore)
        self.guidedPracticeLabel.setBuddy(self.guidedPracticeStatus)
        self.feedbackEvaluationLabel.setBuddy(self.feedbackEvaluationStatus)
        self.gapBusinessCaseLabel.setBuddy(self.gapBusinessCaseStatus)
        self.contentBuildingLabel.setBuddy(self.contentBuildingStatus)
        self.sessionsLabel.setBuddy(self.candidateSessionsView)
        self.actionItemsLabel.setBuddy(self.candidateActionsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.teamEdit)
        QWidget.setTabOrder(self.teamEdit, self.siteEdit)
        QWidget.setTabOrder(self.siteEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.employeeRadio)
        QWidget.setTabOrder(self.employeeRadio, self.vendorRadio)
        QWidget.setTabOrder(self.vendorRadio, self.vendorCompanyEdit)
        QWidget.setTabOrder(self.vendorCompanyEdit, self.hireDateEdit)
        QWidget.setTabOrder(self.hireDateEdit, self.nominatedByCombo)
        QWidget.setTabOrder(self.nominatedByCombo, self.nominatedOnEdit)
        QWidget.setTabOrder(self.nominatedOnEdit, self.mentorCombo)
        QWidget.setTabOrder(self.mentorCombo, self.notesEdit)

        self.retranslateUi(CandidateDialog)

        QMetaObject.connectSlotsByName(CandidateDialog)
    # setupUi

    def retranslateUi(self, CandidateDialog):
        CandidateDialog.setWindowTitle(QCoreApplication.translate("CandidateDialog", u"Candidate", None))
        self.headerLabel.setText("")
        self.exportEvaluationButton.setText(QCoreApplication.translate("CandidateDialog", u"Export e&valuation\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportEvaluationButton.setToolTip(QCoreApplication.translate("CandidateDialog", u"This candidate's trainer evaluation, as last saved, as a PDF (A4 or Letter)", None))
#endif // QT_CONFIG(tooltip)
        self.formError.setText("")
        self.nameEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Name as the person writes it, in any script", None))
        self.nameError.setText("")
        self.emailEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"name@example.com", None))
        self.emailError.setText("")
        self.teamEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Team", None))
        self.siteEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Site", None))
        self.languagesEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Languages", None))
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"e.g. English, \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac, \u4e2d\u6587", None))
        self.employeeRadioLabel.setText(QCoreApplication.translate("CandidateDialog", u"Em&ployment", None))
        self.vendorCompanyEdit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Vendor company", None))
        self.vendorCompanyError.setText("")
        self.hireDateEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Hire date", None))
        self.hireDateError.setText("")
        self.nominatedByComboLabel.setText(QCoreApplication.translate("CandidateDialog", u"Nominated &by", None))
        self.nominatedByError.setText("")
        self.nominatedOnEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"Nominated &on", None))
        self.nominatedOnError.setText("")
        self.mentorComboLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Mentor", None))
        self.mentorError.setText("")
        self.notesEditLabel.setText(QCoreApplication.translate("CandidateDialog", u"N&otes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("CandidateDialog", u"Profile", None))
        self.traitsIntro.setText(QCoreApplication.translate("CandidateDialog", u"The guide names four traits to look for in a trainer candidate. Score each from 1 (weak) to 5 (outstanding), or leave it unscored.", None))
        self.knowledgeScore.setSpecialValueText(QCoreApplication.translate("CandidateDialog", u"\u2014", None))
        self.knowledgeNote.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"What you saw that supports this score", None))
        self.knowledgeError.setText("")
        self.passionScore.setSpecialValueText(QCoreApplication.translate("CandidateDialog", u"\u2014", None))
        self.passionNote.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"What you saw that supports this score", None))
        self.passionError.setText("")
        self.presentingScore.setSpecialValueText(QCoreApplication.translate("CandidateDialog", u"\u2014", None))
        self.presentingNote.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"What you saw that supports this score", None))
        self.presentingError.setText("")
        self.processScore.setSpecialValueText(QCoreApplication.translate("CandidateDialog", u"\u2014", None))
        self.processNote.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"What you saw that supports this score", None))
        self.processError.setText("")
        self.selectionScoreLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.traitsTab), QCoreApplication.translate("CandidateDialog", u"Selection traits", None))
        self.milestonesIntro.setText(QCoreApplication.translate("CandidateDialog", u"The four components of train-the-trainer, with the evidence for each.", None))
        self.guidedPracticeEvidence.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Evidence: what was done, where to find it", None))
        self.guidedPracticeError.setText("")
        self.feedbackEvaluationEvidence.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Evidence: what was done, where to find it", None))
        self.feedbackEvaluationError.setText("")
        self.gapBusinessCaseEvidence.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Evidence: what was done, where to find it", None))
        self.gapBusinessCaseError.setText("")
        self.contentBuildingEvidence.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Evidence: what was done, where to find it", None))
        self.contentBuildingError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.milestonesTab), QCoreApplication.translate("CandidateDialog", u"Train-the-trainer", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("CandidateDialog", u"Timeline", None))
        self.sessionsLabel.setText(QCoreApplication.translate("CandidateDialog", u"Practice deliveries (double-click one to open it)", None))
        self.newSessionButton.setText(QCoreApplication.translate("CandidateDialog", u"New &session\u2026", None))
        self.actionItemsLabel.setText(QCoreApplication.translate("CandidateDialog", u"Action items (tick one when it is done; overdue ones are in red)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sessionsTab), QCoreApplication.translate("CandidateDialog", u"Sessions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.effectivenessTab), QCoreApplication.translate("CandidateDialog", u"Effectiveness", None))
    # retranslateUi

