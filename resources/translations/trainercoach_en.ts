<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttentionModel</name>
    <message numerus="yes">
        <source>No move for %n day(s)</source>
        <translation>
            <numerusform>No move for %n day</numerusform>
            <numerusform>No move for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Action item overdue by %n day(s): {text}</source>
        <translation>
            <numerusform>Action item overdue by %n day: {text}</numerusform>
            <numerusform>Action item overdue by %n days: {text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session not observed yet (%n day(s) ago): {topic}</source>
        <translation>
            <numerusform>Session not observed yet (%n day ago): {topic}</numerusform>
            <numerusform>Session not observed yet (%n days ago): {topic}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No trainee feedback yet (%n day(s) ago): {topic}</source>
        <translation>
            <numerusform>No trainee feedback yet (%n day ago): {topic}</numerusform>
            <numerusform>No trainee feedback yet (%n days ago): {topic}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certification renewal overdue by %n day(s): {topic}</source>
        <translation>
            <numerusform>Certification renewal overdue by %n day: {topic}</numerusform>
            <numerusform>Certification renewal overdue by %n days: {topic}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certification due for renewal in %n day(s): {topic}</source>
        <translation>
            <numerusform>Certification due for renewal in %n day: {topic}</numerusform>
            <numerusform>Certification due for renewal in %n days: {topic}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateActionsModel</name>
    <message numerus="yes">
        <source>{date} (overdue by %n day(s))</source>
        <translation>
            <numerusform>{date} (overdue by %n day)</numerusform>
            <numerusform>{date} (overdue by %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n overdue</numerusform>
            <numerusform> · %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n day in this stage</numerusform>
            <numerusform>%n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n candidate(s) in the programme</source>
        <translation>
            <numerusform>%n candidate in the programme</numerusform>
            <numerusform>%n candidates in the programme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackEntryDialog</name>
    <message numerus="yes">
        <source> (%n with unanswered questions)</source>
        <translation>
            <numerusform> (%n with unanswered questions)</numerusform>
            <numerusform> (%n with unanswered questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed form(s) have not been saved. Close and lose them?</source>
        <translation>
            <numerusform>%n typed form has not been saved. Close and lose it?</numerusform>
            <numerusform>%n typed forms have not been saved. Close and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFeedbackDialog</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>%n feedback form(s) collected in this kiosk round.</source>
        <translation>
            <numerusform>%n feedback form collected in this kiosk round.</numerusform>
            <numerusform>%n feedback forms collected in this kiosk round.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message numerus="yes">
        <source>Move %n candidates</source>
        <translation>
            <numerusform>Move %n candidate</numerusform>
            <numerusform>Move %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n candidates to &lt;b&gt;{target}&lt;/b&gt;: {names}.</source>
        <translation>
            <numerusform>Move %n candidate to &lt;b&gt;{target}&lt;/b&gt;: {names}.</numerusform>
            <numerusform>Move %n candidates to &lt;b&gt;{target}&lt;/b&gt;: {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperFormsModel</name>
    <message numerus="yes">
        <source>%n of {total} questions answered</source>
        <translation>
            <numerusform>%n of {total} questions answered</numerusform>
            <numerusform>%n of {total} questions answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message numerus="yes">
        <source>&amp;Move %n cards to</source>
        <translation>
            <numerusform>&amp;Move %n card to</numerusform>
            <numerusform>&amp;Move %n cards to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message numerus="yes">
        <source>%n hold a certification in force</source>
        <translation>
            <numerusform>%n holds a certification in force</numerusform>
            <numerusform>%n hold a certification in force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>%n session in all</numerusform>
            <numerusform>%n sessions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEffectivenessSection</name>
    <message numerus="yes">
        <source>Rubric: weighted overall {overall}, %n observer(s)</source>
        <translation>
            <numerusform>Rubric: weighted overall {overall}, %n observer</numerusform>
            <numerusform>Rubric: weighted overall {overall}, %n observers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response rate {rate:.0%}: %n feedback form(s); trainees in the session: {trainees}.</source>
        <translation>
            <numerusform>Response rate {rate:.0%}: %n feedback form; trainees in the session: {trainees}.</numerusform>
            <numerusform>Response rate {rate:.0%}: %n feedback forms; trainees in the session: {trainees}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s); the session records no trainees, so no response rate.</source>
        <translation>
            <numerusform>%n feedback form; the session records no trainees, so no response rate.</numerusform>
            <numerusform>%n feedback forms; the session records no trainees, so no response rate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>Observations (%n)</source>
        <translation>
            <numerusform>Observations (%n)</numerusform>
            <numerusform>Observations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainee feedback: %n form(s)</source>
        <translation>
            <numerusform>Trainee feedback: %n form</numerusform>
            <numerusform>Trainee feedback: %n forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comprehension checks (%n)</source>
        <translation>
            <numerusform>Comprehension checks (%n)</numerusform>
            <numerusform>Comprehension checks (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
