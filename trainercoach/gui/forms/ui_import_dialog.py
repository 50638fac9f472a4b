# source-sha256: ad659c1177d37b280e450c54781e56dc85d8612c7e61da9ad8ac560ad6220839
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ImportFeedbackDialog(object):
    def setupUi(self, ImportFeedbackDialog):
        if not ImportFeedbackDialog.objectName():
            ImportFeedbackDialog.setObjectName(u"ImportFeedbackDialog")
        ImportFeedbackDialog.resize(1000, 720)
        self.dialogLayout = QVBoxLayout(ImportFeedbackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sessionLabel = QLabel(ImportFeedbackDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setProperty(u"class", u"subheading")

        self.dialogLayout.addWidget(self.sessionLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ImportFeedbackDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportFeedbackDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportFeedbackDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.fileInfoLabel = QLabel(ImportFeedbackDialog)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)
        self.fileInfoLabel.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.fileInfoLabel)

        self.duplicateLabel = QLabel(ImportFeedbackDialog)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setVisible(False)
        self.duplicateLabel.setStyleSheet(u"background: #fef3c7; color: #92400e; border-radius: 6px; padding: 6px;")

        self.dialogLayout.addWidget(self.duplicateLabel)

        self.splitter = QSplitter(ImportFeedbackDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.mappingPane = QWidget(self.splitter)
        self.mappingPane.setObjectName(u"mappingPane")
        self.mappingLayout = QVBoxLayout(self.mappingPane)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(0, 0, 0, 0)
        self.presetLayout = QHBoxLayout()
        self.presetLayout.setObjectName(u"presetLayout")
        self.mappingTitle = QLabel(self.mappingPane)
        self.mappingTitle.setObjectName(u"mappingTitle")
        self.mappingTitle.setProperty(u"class", u"subheading")

        self.presetLayout.addWidget(self.mappingTitle)

        self.presetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.presetLayout.addItem(self.presetSpacer)

        self.presetLabel = QLabel(self.mappingPane)
        self.presetLabel.setObjectName(u"presetLabel")

        self.presetLayout.addWidget(self.presetLabel)

        self.presetCombo = QComboBox(self.mappingPane)
        self.presetCombo.setObjectName(u"presetCombo")
        self.presetCombo.setMinimumSize(QSize(200, 0))

        self.presetLayout.addWidget(self.presetCombo)

        self.savePresetButton = QPushButton(self.mappingPane)
        self.savePresetButton.setObjectName(u"savePresetButton")
        self.savePresetButton.setAutoDefault(False)

        self.presetLayout.addWidget(self.savePresetButton)


        self.mappingLayout.addLayout(self.presetLayout)

        self.mappingTable = QTableWidget(self.mappingPane)
        if (self.mappingTable.columnCount() < 4):
            self.mappingTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setColumnCount(4)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mappingLayout.addWidget(self.mappingTable)

        self.splitter.addWidget(self.mappingPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewTitle = QLabel(self.previewPane)
        self.previewTitle.setObjectName(u"previewTitle")
        self.previewTitle.setProperty(u"class", u"subheading")

        self.previewLayout.addWidget(self.previewTitle)

        self.previewView = QTableView(self.previewPane)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.previewView)

        self.splitter.addWidget(self.previewPane)
        self.problemsPane = QWidget(self.splitter)
        self.problemsPane.setObjectName(u"problemsPane")
        self.problemsLayout = QVBoxLayout(self.problemsPane)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsTitle = QLabel(self.problemsPane)
        self.problemsTitle.setObjectName(u"problemsTitle")
        self.problemsTitle.setProperty(u"class", u"subheading")

        self.problemsLayout.addWidget(self.problemsTitle)

        self.problemsList = QListWidget(self.problemsPane)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setStyleSheet(u"color: #b42318;")
        self.problemsList.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsList)

        self.splitter.addWidget(self.problemsPane)

        self.dialogLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(ImportFeedbackDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.runLayout = QHBoxLayout()
        self.runLayout.setObjectName(u"runLayout")
        self.progressBar = QProgressBar(ImportFeedbackDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)

        self.runLayout.addWidget(self.progressBar)

        self.cancelImportButton = QPushButton(ImportFeedbackDialog)
        self.cancelImportButton.setObjectName(u"cancelImportButton")
        self.cancelImportButton.setVisible(False)
        self.cancelImportButton.setAutoDefault(False)

        self.runLayout.addWidget(self.cancelImportButton)

        self.runSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runLayout.addItem(self.runSpacer)

        self.importButton = QPushButton(ImportFeedbackDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.runLayout.addWidget(self.importButton)

        self.buttonBox = QDialogButtonBox(ImportFeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.runLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.runLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
        self.presetLabel.setBuddy(self.presetCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browseButton, self.presetCombo)
        QWidget.setTabOrder(self.presetCombo, self.savePresetButton)
        QWidget.setTabOrder(self.savePresetButton, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.previewView)
        QWidget.setTabOrder(self.previewView, self.problemsList)
        QWidget.setTabOrder(self.problemsList, self.importButton)
        QWidget.setTabOrder(self.importButton, self.buttonBox)

        self.retranslateUi(ImportFeedbackDialog)

        QMetaObject.connectSlotsByName(ImportFeedbackDialog)
    # setupUi

    def retranslateUi(self, ImportFeedbackDialog):
        ImportFeedbackDialog.setWindowTitle(QCoreApplication.translate("ImportFeedbackDialog", u"Import trainee feedback", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportFeedbackDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportFeedbackDialog", u"A CSV or XLSX export of a survey tool, or the generic feedback file", None))
        self.browseButton.setText(QCoreApplication.translate("ImportFeedbackDialog", u"&Choose\u2026", None))
        self.mappingTitle.setText(QCoreApplication.translate("ImportFeedbackDialog", u"Which question each column answers", None))
        self.presetLabel.setText(QCoreApplication.translate("ImportFeedbackDialog", u"&Preset:", None))
        self.savePresetButton.setText(QCoreApplication.translate("ImportFeedbackDialog", u"&Save as preset\u2026", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportFeedbackDialog", u"Column in the file", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportFeedbackDialog", u"Goes to", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportFeedbackDialog", u"How sure", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem2.setToolTip(QCoreApplication.translate("ImportFeedbackDialog", u"How sure the guess from the column's wording is: certain, likely (imported without asking) or a guess to check", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem3 = self.mappingTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportFeedbackDialog", u"First answer", None))
        self.previewTitle.setText(QCoreApplication.translate("ImportFeedbackDialog", u"Preview of the first rows, as they will be imported", None))
        self.cancelImportButton.setText(QCoreApplication.translate("ImportFeedbackDialog", u"Cancel i&mport", None))
        self.importButton.setText(QCoreApplication.translate("ImportFeedbackDialog", u"&Import", None))
    # retranslateUi

