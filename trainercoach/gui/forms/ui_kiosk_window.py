# source-sha256: 4fa8c4046cccfeb1ec02633007a6ed89319a97cd555ab5a453d14018bd150876
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kiosk_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_KioskWindow(object):
    def setupUi(self, KioskWindow):
        if not KioskWindow.objectName():
            KioskWindow.setObjectName(u"KioskWindow")
        KioskWindow.resize(1280, 800)
        KioskWindow.setStyleSheet(u"\n"
"QWidget#KioskWindow { background: #f7f8fa; }\n"
"QLabel#topicLabel { font-size: 30px; font-weight: 600; color: #111827; }\n"
"QLabel#introLabel { font-size: 18px; color: #4b5563; }\n"
"QLabel#thanksLabel { font-size: 22px; font-weight: 600; color: #065f46; background: #d1fae5;\n"
"                     border-radius: 10px; padding: 12px 18px; }\n"
"QLabel#errorLabel { font-size: 18px; color: #b42318; }\n"
"QLabel[class=\"kioskQuestion\"] { font-size: 21px; color: #111827; padding-top: 14px; }\n"
"QLabel[class=\"kioskAnchor\"] { font-size: 15px; color: #6b7280; }\n"
"QPushButton[class=\"kioskScore\"] { font-size: 22px; font-weight: 600; border: 2px solid #9ca3af;\n"
"                                  border-radius: 12px; background: #ffffff; color: #111827; }\n"
"QPushButton[class=\"kioskScore\"]:checked { background: #1d4ed8; border-color: #1d4ed8; color: #ffffff; }\n"
"QPlainTextEdit#commentEdit { font-size: 19px; background: #ffffff; border: 2px solid #d1d5db;\n"
"                             border-radi"
                        "us: 10px; padding: 6px; }\n"
"QLabel#commentLabel { font-size: 21px; color: #111827; padding-top: 14px; }\n"
"QPushButton#submitButton { font-size: 24px; font-weight: 600; color: #ffffff; background: #047857;\n"
"                           border-radius: 12px; padding: 14px 48px; }\n"
"QPushButton#finishButton { font-size: 13px; color: #6b7280; background: transparent; border: none; }\n"
"QScrollArea#questionsArea, QWidget#questionsWidget { background: transparent; border: none; }\n"
"")
        self.kioskLayout = QVBoxLayout(KioskWindow)
        self.kioskLayout.setObjectName(u"kioskLayout")
        self.kioskLayout.setContentsMargins(48, 24, 48, 24)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.topicLabel = QLabel(KioskWindow)
        self.topicLabel.setObjectName(u"topicLabel")
        self.topicLabel.setWordWrap(True)
        self.topicLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.topLayout.addWidget(self.topicLabel)

        self.finishButton = QPushButton(KioskWindow)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.topLayout.addWidget(self.finishButton)

        self.topLayout.setStretch(0, 1)

        self.kioskLayout.addLayout(self.topLayout)

        self.introLabel = QLabel(KioskWindow)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.kioskLayout.addWidget(self.introLabel)

        self.thanksLabel = QLabel(KioskWindow)
        self.thanksLabel.setObjectName(u"thanksLabel")
        self.thanksLabel.setWordWrap(True)
        self.thanksLabel.setVisible(False)

        self.kioskLayout.addWidget(self.thanksLabel)

        self.questionsArea = QScrollArea(KioskWindow)
        self.questionsArea.setObjectName(u"questionsArea")
        self.questionsArea.setWidgetResizable(True)
        self.questionsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.questionsWidget = QWidget()
        self.questionsWidget.setObjectName(u"questionsWidget")
        self.questionsLayout = QVBoxLayout(self.questionsWidget)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.commentLabel = QLabel(self.questionsWidget)
        self.commentLabel.setObjectName(u"commentLabel")

        self.questionsLayout.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.questionsWidget)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMinimumSize(QSize(0, 120))
        self.commentEdit.setMaximumSize(QSize(16777215, 180))
        self.commentEdit.setTabChangesFocus(True)

        self.questionsLayout.addWidget(self.commentEdit)

        self.questionsArea.setWidget(self.questionsWidget)

        self.kioskLayout.addWidget(self.questionsArea)

        self.errorLabel = QLabel(KioskWindow)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.kioskLayout.addWidget(self.errorLabel)

        self.submitLayout = QHBoxLayout()
        self.submitLayout.setObjectName(u"submitLayout")
        self.submitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.submitLayout.addItem(self.submitSpacer)

        self.submitButton = QPushButton(KioskWindow)
        self.submitButton.setObjectName(u"submitButton")

        self.submitLayout.addWidget(self.submitButton)


        self.kioskLayout.addLayout(self.submitLayout)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KioskWindow)

        QMetaObject.connectSlotsByName(KioskWindow)
    # setupUi

    def retranslateUi(self, KioskWindow):
        KioskWindow.setWindowTitle(QCoreApplication.translate("KioskWindow", u"Session feedback", None))
        self.finishButton.setText(QCoreApplication.translate("KioskWindow", u"Finish (trainer)", None))
        self.introLabel.setText(QCoreApplication.translate("KioskWindow", u"Your answers are anonymous. Tap one number per question; leave out any you prefer not to answer.", None))
        self.commentLabel.setText(QCoreApplication.translate("KioskWindow", u"Anything else you would like to say? (optional)", None))
        self.submitButton.setText(QCoreApplication.translate("KioskWindow", u"Submit", None))
    # retranslateUi

