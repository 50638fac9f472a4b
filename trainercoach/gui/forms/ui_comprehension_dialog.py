# source-sha256: cfd13414faabfa7c3f763c41d12082aa96d02c784d4ae8856c76f93ab36bba6d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comprehension_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

from trainercoach.gui.widgets.dates import OptionalDateEdit

class Ui_ComprehensionDialog(object):
    def setupUi(self, ComprehensionDialog):
        if not ComprehensionDialog.objectName():
            ComprehensionDialog.setObjectName(u"ComprehensionDialog")
        ComprehensionDialog.resize(640, 640)
        self.dialogLayout = QVBoxLayout(ComprehensionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sessionLabel = QLabel(ComprehensionDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setProperty(u"class", u"subheading")

        self.dialogLayout.addWidget(self.sessionLabel)

        self.checkLayout = QFormLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.kindLabel = QLabel(ComprehensionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.checkLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ComprehensionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.checkLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(ComprehensionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.checkLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ComprehensionDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.checkLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.maxScoreLabel = QLabel(ComprehensionDialog)
        self.maxScoreLabel.setObjectName(u"maxScoreLabel")

        self.checkLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.maxScoreLabel)

        self.maxScoreLayout = QHBoxLayout()
        self.maxScoreLayout.setObjectName(u"maxScoreLayout")
        self.hasMaxCheck = QCheckBox(ComprehensionDialog)
        self.hasMaxCheck.setObjectName(u"hasMaxCheck")
        self.hasMaxCheck.setChecked(True)

        self.maxScoreLayout.addWidget(self.hasMaxCheck)

        self.maxScoreSpin = QDoubleSpinBox(ComprehensionDialog)
        self.maxScoreSpin.setObjectName(u"maxScoreSpin")
        self.maxScoreSpin.setDecimals(1)
        self.maxScoreSpin.setMinimum(0.500000000000000)
        self.maxScoreSpin.setMaximum(100000.000000000000000)
        self.maxScoreSpin.setValue(10.000000000000000)

        self.maxScoreLayout.addWidget(self.maxScoreSpin)

        self.maxScoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maxScoreLayout.addItem(self.maxScoreSpacer)


        self.checkLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.maxScoreLayout)

        self.heldOnLabel = QLabel(ComprehensionDialog)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.checkLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.heldOnLabel)

        self.heldOnEdit = OptionalDateEdit(ComprehensionDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.checkLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.heldOnEdit)

        self.retentionOnLabel = QLabel(ComprehensionDialog)
        self.retentionOnLabel.setObjectName(u"retentionOnLabel")

        self.checkLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.retentionOnLabel)

        self.retentionOnEdit = OptionalDateEdit(ComprehensionDialog)
        self.retentionOnEdit.setObjectName(u"retentionOnEdit")

        self.checkLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.retentionOnEdit)


        self.dialogLayout.addLayout(self.checkLayout)

        self.scoresHint = QLabel(ComprehensionDialog)
        self.scoresHint.setObjectName(u"scoresHint")
        self.scoresHint.setWordWrap(True)
        self.scoresHint.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.scoresHint)

        self.scoresView = QTableView(ComprehensionDialog)
        self.scoresView.setObjectName(u"scoresView")
        self.scoresView.setAlternatingRowColors(True)
        self.scoresView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scoresView.setTabKeyNavigation(True)

        self.dialogLayout.addWidget(self.scoresView)

        self.rowButtonsLayout = QHBoxLayout()
        self.rowButtonsLayout.setObjectName(u"rowButtonsLayout")
        self.addRowButton = QPushButton(ComprehensionDialog)
        self.addRowButton.setObjectName(u"addRowButton")
        self.addRowButton.setAutoDefault(False)

        self.rowButtonsLayout.addWidget(self.addRowButton)

        self.removeRowButton = QPushButton(ComprehensionDialog)
        self.removeRowButton.setObjectName(u"removeRowButton")
        self.removeRowButton.setAutoDefault(False)

        self.rowButtonsLayout.addWidget(self.removeRowButton)

        self.rowButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtonsLayout.addItem(self.rowButtonsSpacer)

        self.importButton = QPushButton(ComprehensionDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.rowButtonsLayout.addWidget(self.importButton)


        self.dialogLayout.addLayout(self.rowButtonsLayout)

        self.errorList = QListWidget(ComprehensionDialog)
        self.errorList.setObjectName(u"errorList")
        self.errorList.setMaximumSize(QSize(16777215, 110))
        self.errorList.setVisible(False)
        self.errorList.setStyleSheet(u"color: #b42318;")

        self.dialogLayout.addWidget(self.errorList)

        self.buttonBox = QDialogButtonBox(ComprehensionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.maxScoreLabel.setBuddy(self.maxScoreSpin)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.retentionOnLabel.setBuddy(self.retentionOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.hasMaxCheck)
        QWidget.setTabOrder(self.hasMaxCheck, self.maxScoreSpin)
        QWidget.setTabOrder(self.maxScoreSpin, self.heldOnEdit)
        QWidget.setTabOrder(self.heldOnEdit, self.retentionOnEdit)
        QWidget.setTabOrder(self.retentionOnEdit, self.scoresView)
        QWidget.setTabOrder(self.scoresView, self.addRowButton)
        QWidget.setTabOrder(self.addRowButton, self.removeRowButton)
        QWidget.setTabOrder(self.removeRowButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.errorList)
        QWidget.setTabOrder(self.errorList, self.buttonBox)

        self.retranslateUi(ComprehensionDialog)

        QMetaObject.connectSlotsByName(ComprehensionDialog)
    # setupUi

    def retranslateUi(self, ComprehensionDialog):
        ComprehensionDialog.setWindowTitle(QCoreApplication.translate("ComprehensionDialog", u"Comprehension check", None))
        self.kindLabel.setText(QCoreApplication.translate("ComprehensionDialog", u"&Kind:", None))
        self.titleLabel.setText(QCoreApplication.translate("ComprehensionDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ComprehensionDialog", u"e.g. Refund rules quiz", None))
        self.maxScoreLabel.setText(QCoreApplication.translate("ComprehensionDialog", u"&Maximum score:", None))
        self.hasMaxCheck.setText(QCoreApplication.translate("ComprehensionDialog", u"Out of", None))
        self.heldOnLabel.setText(QCoreApplication.translate("ComprehensionDialog", u"&Date:", None))
        self.retentionOnLabel.setText(QCoreApplication.translate("ComprehensionDialog", u"&Retention check on:", None))
        self.scoresHint.setText(QCoreApplication.translate("ComprehensionDialog", u"One row per trainee, by an anonymous label. Type a score and press Enter to go down the column; leave a cell empty when there is no score. Rows with no score at all are not saved.", None))
        self.addRowButton.setText(QCoreApplication.translate("ComprehensionDialog", u"&Add trainee", None))
        self.removeRowButton.setText(QCoreApplication.translate("ComprehensionDialog", u"Remo&ve trainee", None))
        self.importButton.setText(QCoreApplication.translate("ComprehensionDialog", u"&Import scores from CSV\u2026", None))
    # retranslateUi

