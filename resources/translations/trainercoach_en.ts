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
    <name>CandidateEffectivenessPanel</name>
    <message numerus="yes">
        <source>Each condition of the readiness rule (Edit ▸ Readiness rule…) checked against the candidate&apos;s record: %n observed session(s), {answers} answers to the overall feedback question.</source>
        <translation>
            <numerusform>Each condition of the readiness rule (Edit ▸ Readiness rule…) checked against the candidate&apos;s record: %n observed session, {answers} answers to the overall feedback question.</numerusform>
            <numerusform>Each condition of the readiness rule (Edit ▸ Readiness rule…) checked against the candidate&apos;s record: %n observed sessions, {answers} answers to the overall feedback question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One point per session with a score (%n here): the rubric score is the mean of the observers&apos; weighted averages; feedback is the mean of the overall question ({answers} answers in all) with its 95% interval as a band, hollow under 10 answers; learning is the normalised gain.</source>
        <translation>
            <numerusform>One point per session with a score (%n here): the rubric score is the mean of the observers&apos; weighted averages; feedback is the mean of the overall question ({answers} answers in all) with its 95% interval as a band, hollow under 10 answers; learning is the normalised gain.</numerusform>
            <numerusform>One point per session with a score (%n here): the rubric score is the mean of the observers&apos; weighted averages; feedback is the mean of the overall question ({answers} answers in all) with its 95% interval as a band, hollow under 10 answers; learning is the normalised gain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each bar is the mean of the candidate&apos;s scores on one rubric criterion (%n score(s) in all, the n of each in its label); the tick is the cohort&apos;s median of every candidate&apos;s mean.</source>
        <translation>
            <numerusform>Each bar is the mean of the candidate&apos;s scores on one rubric criterion (%n score in all, the n of each in its label); the tick is the cohort&apos;s median of every candidate&apos;s mean.</numerusform>
            <numerusform>Each bar is the mean of the candidate&apos;s scores on one rubric criterion (%n scores in all, the n of each in its label); the tick is the cohort&apos;s median of every candidate&apos;s mean.</numerusform>
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
        <source>%n candidate(s) in the stage “{stage}” now, counted by each candidate&apos;s current stage; archived candidates are left out.</source>
        <translation>
            <numerusform>%n candidate in the stage “{stage}” now, counted by each candidate&apos;s current stage; archived candidates are left out.</numerusform>
            <numerusform>%n candidates in the stage “{stage}” now, counted by each candidate&apos;s current stage; archived candidates are left out.</numerusform>
        </translation>
    </message>
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
        <source>%n form(s) dated before the session began or more than {days} days after it (marked below): you will be asked whether to import them or leave them out.</source>
        <translation>
            <numerusform>%n form dated before the session began or more than {days} days after it (marked below): you will be asked whether to import them or leave them out.</numerusform>
            <numerusform>%n forms dated before the session began or more than {days} days after it (marked below): you will be asked whether to import them or leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) dated before the session began or more than {days} days after it: they may belong to another session.

Import them into this session, or leave them out?</source>
        <translation>
            <numerusform>%n form dated before the session began or more than {days} days after it: they may belong to another session.

Import them into this session, or leave them out?</numerusform>
            <numerusform>%n forms dated before the session began or more than {days} days after it: they may belong to another session.

Import them into this session, or leave them out?</numerusform>
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
        <source>Candidates in the last pipeline stage now: %n. Of all candidates, {certified} hold a certification in force.</source>
        <translation>
            <numerusform>Candidates in the last pipeline stage now: %n. Of all candidates, {certified} hold a certification in force.</numerusform>
            <numerusform>Candidates in the last pipeline stage now: %n. Of all candidates, {certified} hold a certification in force.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions dated in {month}: %n, of {total} sessions in all.</source>
        <translation>
            <numerusform>Sessions dated in {month}: %n, of {total} sessions in all.</numerusform>
            <numerusform>Sessions dated in {month}: %n, of {total} sessions in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions given by candidates employed by the company (not by a vendor) out of all sessions: {internal} of %n.</source>
        <translation>
            <numerusform>Sessions given by candidates employed by the company (not by a vendor) out of all sessions: {internal} of %n.</numerusform>
            <numerusform>Sessions given by candidates employed by the company (not by a vendor) out of all sessions: {internal} of %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The days each completed stay in a stage lasted, from %n completed stay(s).</source>
        <translation>
            <numerusform>The days each completed stay in a stage lasted, from %n completed stay.</numerusform>
            <numerusform>The days each completed stay in a stage lasted, from %n completed stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions per month (%n in all), with each month&apos;s mean rubric score and mean feedback; a month with no session is drawn empty.</source>
        <translation>
            <numerusform>Sessions per month (%n in all), with each month&apos;s mean rubric score and mean feedback; a month with no session is drawn empty.</numerusform>
            <numerusform>Sessions per month (%n in all), with each month&apos;s mean rubric score and mean feedback; a month with no session is drawn empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the programme.</source>
        <translation>
            <numerusform>%n candidate in the programme.</numerusform>
            <numerusform>%n candidates in the programme.</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>The weighted mean of the parts that exist, each put on 0–100: the rubric from %n observer(s), feedback from {answers} answers to the overall question, learning from {paired} trainees with both a before and an after score. A part with no data is left out, not counted as zero.</source>
        <translation>
            <numerusform>The weighted mean of the parts that exist, each put on 0–100: the rubric from %n observer, feedback from {answers} answers to the overall question, learning from {paired} trainees with both a before and an after score. A part with no data is left out, not counted as zero.</numerusform>
            <numerusform>The weighted mean of the parts that exist, each put on 0–100: the rubric from %n observers, feedback from {answers} answers to the overall question, learning from {paired} trainees with both a before and an after score. A part with no data is left out, not counted as zero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each observer&apos;s weighted average of the criteria they scored, then the mean over %n observer(s), with its 95% interval.</source>
        <translation>
            <numerusform>Each observer&apos;s weighted average of the criteria they scored, then the mean over %n observer, with its 95% interval.</numerusform>
            <numerusform>Each observer&apos;s weighted average of the criteria they scored, then the mean over %n observers, with its 95% interval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback forms saved for this session (kiosk, typed or imported) divided by the trainees it records: %n form(s) of {trainees}.</source>
        <translation>
            <numerusform>Feedback forms saved for this session (kiosk, typed or imported) divided by the trainees it records: %n form of {trainees}.</numerusform>
            <numerusform>Feedback forms saved for this session (kiosk, typed or imported) divided by the trainees it records: %n forms of {trainees}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean of each question&apos;s answers with its 95% interval, from %n feedback form(s); n is how many answered the question. Amber rows rest on fewer than 10 answers.</source>
        <translation>
            <numerusform>The mean of each question&apos;s answers with its 95% interval, from %n feedback form; n is how many answered the question. Amber rows rest on fewer than 10 answers.</numerusform>
            <numerusform>The mean of each question&apos;s answers with its 95% interval, from %n feedback forms; n is how many answered the question. Amber rows rest on fewer than 10 answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share of each answer to every question, from %n feedback form(s).</source>
        <translation>
            <numerusform>The share of each answer to every question, from %n feedback form.</numerusform>
            <numerusform>The share of each answer to every question, from %n feedback forms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Means before and after, the gain and the normalised gain of each check, from %n trainee(s) with both a before and an after score.</source>
        <translation>
            <numerusform>Means before and after, the gain and the normalised gain of each check, from %n trainee with both a before and an after score.</numerusform>
            <numerusform>Means before and after, the gain and the normalised gain of each check, from %n trainees with both a before and an after score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each trainee&apos;s score before and after the first check, from %n trainee(s) with both scores.</source>
        <translation>
            <numerusform>Each trainee&apos;s score before and after the first check, from %n trainee with both scores.</numerusform>
            <numerusform>Each trainee&apos;s score before and after the first check, from %n trainees with both scores.</numerusform>
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
        <source>Weighted average: each observer&apos;s scores weighted by the rubric&apos;s criterion weights, over the criteria they scored (a criterion not judged is not a zero); %n observation(s).</source>
        <translation>
            <numerusform>Weighted average: each observer&apos;s scores weighted by the rubric&apos;s criterion weights, over the criteria they scored (a criterion not judged is not a zero); %n observation.</numerusform>
            <numerusform>Weighted average: each observer&apos;s scores weighted by the rubric&apos;s criterion weights, over the criteria they scored (a criterion not judged is not a zero); %n observations.</numerusform>
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
        <source>Feedback forms saved for this session from the kiosk, typed from paper or imported: %n.</source>
        <translation>
            <numerusform>Feedback forms saved for this session from the kiosk, typed from paper or imported: %n.</numerusform>
            <numerusform>Feedback forms saved for this session from the kiosk, typed from paper or imported: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comprehension checks (%n)</source>
        <translation>
            <numerusform>Comprehension checks (%n)</numerusform>
            <numerusform>Comprehension checks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean before → after: the mean of the before scores and of the after scores typed for each check (Trainees is how many rows each check has); %n check(s).</source>
        <translation>
            <numerusform>Mean before → after: the mean of the before scores and of the after scores typed for each check (Trainees is how many rows each check has); %n check.</numerusform>
            <numerusform>Mean before → after: the mean of the before scores and of the after scores typed for each check (Trainees is how many rows each check has); %n checks.</numerusform>
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
