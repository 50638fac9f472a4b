# source-sha256: 261b74bb9a869c65036eb3f0b44aafc3c67b87437a130c17196c85560f2d1f8b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_BatchExportDialog(object):
    def setupUi(self, BatchExportDialog):
        if not BatchExportDialog.objectName():
            BatchExportDialog.setObjectName(u"BatchExportDialog")
        BatchExportDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(BatchExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BatchExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.choicesLayout = QFormLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.folderLabel = QLabel(BatchExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.choicesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(BatchExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(BatchExportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.choicesLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.paperLabel = QLabel(BatchExportDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.choicesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(BatchExportDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.choicesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.archivedCheck = QCheckBox(BatchExportDialog)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.choicesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.archivedCheck)


        self.dialogLayout.addLayout(self.choicesLayout)

        self.countLabel = QLabel(BatchExportDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.countLabel)

        self.progressBar = QProgressBar(BatchExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BatchExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.exportButton = QPushButton(BatchExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.cancelButton = QPushButton(BatchExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(BatchExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.browseButton)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.closeButton)

        self.retranslateUi(BatchExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(BatchExportDialog)
    # setupUi

    def retranslateUi(self, BatchExportDialog):
        BatchExportDialog.setWindowTitle(QCoreApplication.translate("BatchExportDialog", u"Export all evaluations", None))
        self.introLabel.setText(QCoreApplication.translate("BatchExportDialog", u"Every candidate's trainer evaluation as a PDF of its own, named after the candidate, in one folder. The work is shared among all the processor cores of this computer.", None))
        self.folderLabel.setText(QCoreApplication.translate("BatchExportDialog", u"&Folder:", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BatchExportDialog", u"Where the PDFs go", None))
        self.browseButton.setText(QCoreApplication.translate("BatchExportDialog", u"&Choose\u2026", None))
        self.paperLabel.setText(QCoreApplication.translate("BatchExportDialog", u"&Paper:", None))
        self.archivedCheck.setText(QCoreApplication.translate("BatchExportDialog", u"Include &archived candidates", None))
        self.exportButton.setText(QCoreApplication.translate("BatchExportDialog", u"&Export", None))
        self.cancelButton.setText(QCoreApplication.translate("BatchExportDialog", u"Cancel export", None))
        self.closeButton.setText(QCoreApplication.translate("BatchExportDialog", u"Close", None))
    # retranslateUi

