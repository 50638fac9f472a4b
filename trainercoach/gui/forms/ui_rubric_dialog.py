# source-sha256: 4759066470a70efffaa3f2daf4b9c19f9476f45c1c31c3bbc524ad04d2dc355c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rubric_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout, QWidget

class Ui_RubricDialog(object):
    def setupUi(self, RubricDialog):
        if not RubricDialog.objectName():
            RubricDialog.setObjectName(u"RubricDialog")
        RubricDialog.resize(980, 680)
        self.dialogLayout = QVBoxLayout(RubricDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.rubricLayout = QHBoxLayout()
        self.rubricLayout.setObjectName(u"rubricLayout")
        self.rubricLabel = QLabel(RubricDialog)
        self.rubricLabel.setObjectName(u"rubricLabel")

        self.rubricLayout.addWidget(self.rubricLabel)

        self.rubricCombo = QComboBox(RubricDialog)
        self.rubricCombo.setObjectName(u"rubricCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.rubricCombo.sizePolicy().hasHeightForWidth())
        self.rubricCombo.setSizePolicy(sizePolicy)

        self.rubricLayout.addWidget(self.rubricCombo)


        self.dialogLayout.addLayout(self.rubricLayout)

        self.versionInfoLabel = QLabel(RubricDialog)
        self.versionInfoLabel.setObjectName(u"versionInfoLabel")
        self.versionInfoLabel.setWordWrap(True)
        self.versionInfoLabel.setProperty(u"class", u"hint")

        self.dialogLayout.addWidget(self.versionInfoLabel)

        self.editorSplitter = QSplitter(RubricDialog)
        self.editorSplitter.setObjectName(u"editorSplitter")
        self.editorSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.editorSplitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.editorSplitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.criteriaLabel = QLabel(self.listPanel)
        self.criteriaLabel.setObjectName(u"criteriaLabel")
        self.criteriaLabel.setWordWrap(True)

        self.listLayout.addWidget(self.criteriaLabel)

        self.criteriaList = QListWidget(self.listPanel)
        self.criteriaList.setObjectName(u"criteriaList")

        self.listLayout.addWidget(self.criteriaList)

        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.addCriterionButton = QPushButton(self.listPanel)
        self.addCriterionButton.setObjectName(u"addCriterionButton")

        self.listButtonsLayout.addWidget(self.addCriterionButton)

        self.removeCriterionButton = QPushButton(self.listPanel)
        self.removeCriterionButton.setObjectName(u"removeCriterionButton")

        self.listButtonsLayout.addWidget(self.removeCriterionButton)

        self.upButton = QPushButton(self.listPanel)
        self.upButton.setObjectName(u"upButton")

        self.listButtonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(self.listPanel)
        self.downButton.setObjectName(u"downButton")

        self.listButtonsLayout.addWidget(self.downButton)


        self.listLayout.addLayout(self.listButtonsLayout)

        self.editorSplitter.addWidget(self.listPanel)
        self.criterionPanel = QWidget(self.editorSplitter)
        self.criterionPanel.setObjectName(u"criterionPanel")
        self.criterionLayout = QGridLayout(self.criterionPanel)
        self.criterionLayout.setObjectName(u"criterionLayout")
        self.criterionLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.criterionPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.criterionLayout.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(self.criterionPanel)
        self.titleEdit.setObjectName(u"titleEdit")

        self.criterionLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.descriptionLabel = QLabel(self.criterionPanel)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.criterionLayout.addWidget(self.descriptionLabel, 1, 0, 1, 1, Qt.AlignTop)

        self.descriptionEdit = QPlainTextEdit(self.criterionPanel)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 70))

        self.criterionLayout.addWidget(self.descriptionEdit, 1, 1, 1, 1)

        self.weightLabel = QLabel(self.criterionPanel)
        self.weightLabel.setObjectName(u"weightLabel")

        self.criterionLayout.addWidget(self.weightLabel, 2, 0, 1, 1)

        self.weightSpin = QDoubleSpinBox(self.criterionPanel)
        self.weightSpin.setObjectName(u"weightSpin")
        self.weightSpin.setDecimals(2)
        self.weightSpin.setMinimum(0.000000000000000)
        self.weightSpin.setMaximum(100.000000000000000)
        self.weightSpin.setSingleStep(0.250000000000000)
        self.weightSpin.setValue(1.000000000000000)
        self.weightSpin.setMaximumSize(QSize(120, 16777215))

        self.criterionLayout.addWidget(self.weightSpin, 2, 1, 1, 1)

        self.anchorsHint = QLabel(self.criterionPanel)
        self.anchorsHint.setObjectName(u"anchorsHint")
        self.anchorsHint.setWordWrap(True)
        self.anchorsHint.setProperty(u"class", u"hint")

        self.criterionLayout.addWidget(self.anchorsHint, 3, 0, 1, 2)

        self.anchor1Label = QLabel(self.criterionPanel)
        self.anchor1Label.setObjectName(u"anchor1Label")

        self.criterionLayout.addWidget(self.anchor1Label, 4, 0, 1, 1)

        self.anchor1Edit = QPlainTextEdit(self.criterionPanel)
        self.anchor1Edit.setObjectName(u"anchor1Edit")
        self.anchor1Edit.setTabChangesFocus(True)
        self.anchor1Edit.setMaximumSize(QSize(16777215, 52))

        self.criterionLayout.addWidget(self.anchor1Edit, 4, 1, 1, 1)

        self.anchor2Label = QLabel(self.criterionPanel)
        self.anchor2Label.setObjectName(u"anchor2Label")

        self.criterionLayout.addWidget(self.anchor2Label, 5, 0, 1, 1)

        self.anchor2Edit = QPlainTextEdit(self.criterionPanel)
        self.anchor2Edit.setObjectName(u"anchor2Edit")
        self.anchor2Edit.setTabChangesFocus(True)
        self.anchor2Edit.setMaximumSize(QSize(16777215, 52))

        self.criterionLayout.addWidget(self.anchor2Edit, 5, 1, 1, 1)

        self.anchor3Label = QLabel(self.criterionPanel)
        self.anchor3Label.setObjectName(u"anchor3Label")

        self.criterionLayout.addWidget(self.anchor3Label, 6, 0, 1, 1)

        self.anchor3Edit = QPlainTextEdit(self.criterionPanel)
        self.anchor3Edit.setObjectName(u"anchor3Edit")
        self.anchor3Edit.setTabChangesFocus(True)
        self.anchor3Edit.setMaximumSize(QSize(16777215, 52))

        self.criterionLayout.addWidget(self.anchor3Edit, 6, 1, 1, 1)

        self.anchor4Label = QLabel(self.criterionPanel)
        self.anchor4Label.setObjectName(u"anchor4Label")

        self.criterionLayout.addWidget(self.anchor4Label, 7, 0, 1, 1)

        self.anchor4Edit = QPlainTextEdit(self.criterionPanel)
        self.anchor4Edit.setObjectName(u"anchor4Edit")
        self.anchor4Edit.setTabChangesFocus(True)
        self.anchor4Edit.setMaximumSize(QSize(16777215, 52))

        self.criterionLayout.addWidget(self.anchor4Edit, 7, 1, 1, 1)

        self.anchor5Label = QLabel(self.criterionPanel)
        self.anchor5Label.setObjectName(u"anchor5Label")

        self.criterionLayout.addWidget(self.anchor5Label, 8, 0, 1, 1)

        self.anchor5Edit = QPlainTextEdit(self.criterionPanel)
        self.anchor5Edit.setObjectName(u"anchor5Edit")
        self.anchor5Edit.setTabChangesFocus(True)
        self.anchor5Edit.setMaximumSize(QSize(16777215, 52))

        self.criterionLayout.addWidget(self.anchor5Edit, 8, 1, 1, 1)

        self.criterionError = QLabel(self.criterionPanel)
        self.criterionError.setObjectName(u"criterionError")
        self.criterionError.setWordWrap(True)
        self.criterionError.setProperty(u"class", u"fieldError")
        self.criterionError.setVisible(False)

        self.criterionLayout.addWidget(self.criterionError, 9, 1, 1, 1)

        self.criterionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.criterionLayout.addItem(self.criterionSpacer, 10, 1, 1, 1)

        self.criterionLayout.setRowStretch(10, 1)
        self.criterionLayout.setColumnStretch(1, 1)
        self.editorSplitter.addWidget(self.criterionPanel)

        self.dialogLayout.addWidget(self.editorSplitter)

        self.noteLayout = QHBoxLayout()
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteLabel = QLabel(RubricDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(RubricDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteLayout.addWidget(self.noteEdit)


        self.dialogLayout.addLayout(self.noteLayout)

        self.formError = QLabel(RubricDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"class", u"fieldError")
        self.formError.setVisible(False)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RubricDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.rubricLabel.setBuddy(self.rubricCombo)
        self.criteriaLabel.setBuddy(self.criteriaList)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.weightLabel.setBuddy(self.weightSpin)
        self.anchor1Label.setBuddy(self.anchor1Edit)
        self.anchor2Label.setBuddy(self.anchor2Edit)
        self.anchor3Label.setBuddy(self.anchor3Edit)
        self.anchor4Label.setBuddy(self.anchor4Edit)
        self.anchor5Label.setBuddy(self.anchor5Edit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rubricCombo, self.criteriaList)
        QWidget.setTabOrder(self.criteriaList, self.addCriterionButton)
        QWidget.setTabOrder(self.addCriterionButton, self.removeCriterionButton)
        QWidget.setTabOrder(self.removeCriterionButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.weightSpin)
        QWidget.setTabOrder(self.weightSpin, self.anchor1Edit)
        QWidget.setTabOrder(self.anchor1Edit, self.anchor2Edit)
        QWidget.setTabOrder(self.anchor2Edit, self.anchor3Edit)
        QWidget.setTabOrder(self.anchor3Edit, self.anchor4Edit)
        QWidget.setTabOrder(self.anchor4Edit, self.anchor5Edit)
        QWidget.setTabOrder(self.anchor5Edit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(RubricDialog)

        QMetaObject.connectSlotsByName(RubricDialog)
    # setupUi

    def retranslateUi(self, RubricDialog):
        RubricDialog.setWindowTitle(QCoreApplication.translate("RubricDialog", u"Rubrics", None))
        self.rubricLabel.setText(QCoreApplication.translate("RubricDialog", u"R&ubric", None))
        self.criteriaLabel.setText(QCoreApplication.translate("RubricDialog", u"C&riteria, in the order an observer scores them", None))
        self.addCriterionButton.setText(QCoreApplication.translate("RubricDialog", u"&Add", None))
        self.removeCriterionButton.setText(QCoreApplication.translate("RubricDialog", u"Remo&ve", None))
        self.upButton.setText(QCoreApplication.translate("RubricDialog", u"&Up", None))
        self.downButton.setText(QCoreApplication.translate("RubricDialog", u"Do&wn", None))
        self.titleLabel.setText(QCoreApplication.translate("RubricDialog", u"&Title", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RubricDialog", u"&Description", None))
        self.weightLabel.setText(QCoreApplication.translate("RubricDialog", u"W&eight", None))
        self.anchorsHint.setText(QCoreApplication.translate("RubricDialog", u"Behavioural anchors: what each score level looks like in the room.", None))
        self.anchor1Label.setText(QCoreApplication.translate("RubricDialog", u"Level &1", None))
        self.anchor2Label.setText(QCoreApplication.translate("RubricDialog", u"Level &2", None))
        self.anchor3Label.setText(QCoreApplication.translate("RubricDialog", u"Level &3", None))
        self.anchor4Label.setText(QCoreApplication.translate("RubricDialog", u"Level &4", None))
        self.anchor5Label.setText(QCoreApplication.translate("RubricDialog", u"Level &5", None))
        self.criterionError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("RubricDialog", u"What &changed", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("RubricDialog", u"A line for the version history, e.g. clearer anchors for pacing", None))
        self.formError.setText("")
    # retranslateUi

