<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Practice delivery observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default rubric shipped with Trainer Coach. Score each criterion 1-5; the anchors say what each level looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has clear learning objectives, shared at the start, and the trainer is ready: materials, room or call, timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives stated; materials or setup missing; the start is delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives vague or only implied; some materials not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives stated; materials ready; minor setup hiccups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear, measurable objectives shared and revisited; everything ready on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives tied to trainees&apos; daily work, revisited at the end; flawless preparation with backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy of content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is taught matches current business knowledge, policies and support processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several errors or outdated processes taught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error or an outdated point that could mislead agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate, with small imprecisions that do not mislead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate and current, with sources (knowledge base) pointed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate, current, and enriched with real cases and edge cases from the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarity of explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanations are structured, use plain words and examples, and build from simple to complex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to follow; jargon unexplained; no structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understandable in parts; structure unclear; few examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly clear and structured; some jargon unexplained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear structure, plain words, well-chosen examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptionally clear; complex ideas made simple with examples trainees remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement and active learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees take part: practice, discussion, hands-on tasks for different learning styles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture only; trainees passive or disengaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional questions to the room; little participation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some activities or discussion; most trainees take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular hands-on practice and discussion mixing text, visual and hands-on elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees drive much of the learning; every trainee practises; energy stays high throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer checks that trainees understood (questions, quick quizzes, practical tasks) and adapts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never checks understanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks &quot;any questions?&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks at the end with a few targeted questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks at each key point and revisits what was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous checks (quiz, task, teach-back) with the session adapted on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions are welcomed and answered accurately; unknowns are followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions dismissed or answered wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers incomplete; follow-ups forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers correct; unknowns noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers clear and correct; unknowns followed up with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns questions into learning for the whole group; follow-ups closed promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing and time management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session keeps a pace trainees can follow and finishes on time with every objective covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far too fast or too slow; overran or cut key content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uneven pace; some content rushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable pace; small overrun or a section rushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good pace adapted to the group; on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace fitted to the group throughout; time left for practice and questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of tools and materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides, demos, the support tools and the knowledge base are used well and work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials missing, unreadable or not working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials used awkwardly; demos fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials support the session adequately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials and live demos of the support tools used smoothly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials, demos and knowledge-base links woven in; trainees leave with what they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} observed practice deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last {count} rubric averages at or above {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mean} from {n} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (95% interval {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall feedback at or above {threshold} from at least {count} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off on {date} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: deliveries over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised learning gain (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric (observers, weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback (overall item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under {n} answers (hollow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning gain (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trend needs at least two sessions with a score; {name} has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: rubric criteria against the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rubric score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (n={n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above cohort median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below cohort median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion has been scored for {name} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee feedback: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{responses} responses from {trainees} trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers (disagree ← | → agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (n={n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (no answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainee has answered the feedback for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: “{label}” uses a 0–10 scale (n={n}, mean {mean}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}  ({share:.0%} of previous stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate has entered the pipeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage (completed stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} (n={n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no completed stays yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {days:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate has completed a stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee: higher after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee: lower after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean gain {gain} (95% interval {low} to {high}), n={n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean gain {gain}, n={n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised gain {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No normalised gain: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} trainee(s) with only one score are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainee has both a before and an after score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee feedback (overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal trainers gave {internal} of {total} sessions ({share:.0%}).
For reference, the guide&apos;s g2g network gives about 80% of internal training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session has been given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Guided practice delivering sessions in a safe environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Soliciting trainee feedback, evaluating effectiveness and making targeted improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Spotting knowledge gaps and writing a business case for a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Building new content that mixes text, visual and hands-on elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor: {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trainer}: {level} in {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online / self-paced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical task test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one answer: no interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>few answers: read the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite: not available (no rubric score, feedback or learning gain yet) — weights {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite {score:.0f} = {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (without {parts}: no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rubric:.0%} rubric + {feedback:.0%} feedback + {gain:.0%} learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the observers&apos; weighted averages, with its 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 10 answers: the interval is wide, so the mean can move a lot with more answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer evaluation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}   ·   Mentor: {mentor}   ·   Generated {date} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric average (observers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee feedback, overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every condition met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every move through the pipeline, oldest first, with who made it and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage moves recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four traits the guide looks for, scored 1–5 by the lead. Selection score {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train-the-trainer milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} components of the curriculum done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: the observers&apos; weighted average (1–5), n = observers. Feedback: the trainees&apos; overall item (1–5) with its number of answers, and its 95% interval when fewer than 10 answered. Gain: the normalised learning gain from the comprehension checks (0–1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– ({count} forms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method, audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice delivery logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric and trainee feedback per session on the 1–5 scale; the shaded band is the 95% interval of the feedback, hollow points had fewer than 10 answers; the dashed line is the normalised learning gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score per rubric criterion (n = criterion scores), against the median of every candidate&apos;s mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forms} anonymous feedback forms over {sessions} sessions, every answer counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected trainee comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} most recent of {total} written comments, as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainee has written a comment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overdue} overdue, {open} open, {done} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s rule, condition by condition, with the figures behind each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for certification: every condition is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet ready: {met} of {total} conditions met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification awarded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have read and discussed this evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{starts}  ·  Trainer: {trainer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSION CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is anonymous: please do not write your name. Tick one box per question (1 = strongly disagree, 5 = strongly agree). Leave a question blank if you prefer not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments: what worked well, and what would you change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {code}  ·  anonymous trainee feedback  ·  page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session feedback {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous trainee feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– (no {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 95% CI {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {unit} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} ({part} of {whole})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {date} by {author} · Trainer Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the trainer: pipeline, deliveries and readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{candidates} candidates   ·   {sessions} practice deliveries   ·   Generated {date} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ready for certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal trainers: {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} action items overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many candidates ever reached each stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days each completed stay in a stage lasted (n = stays per stage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: mean of the observers&apos; weighted averages over the sessions scored (n). Feedback: the trainees&apos; overall item (n answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly means with their 95% intervals, and deliveries per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session report: {topic} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer: {trainer}   ·   {starts}   ·   Session code {code}   ·   Generated {date} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric (observers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {n} observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forms} forms from {trainees} trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} checks give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each observer&apos;s scores against the rubric version they used, 1–5, with their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observation recorded for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{observer} · weighted average {average} (n={n} criteria) · recommendation: {recommendation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forms} anonymous forms from {trainees} trainees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers per item, disagree to the left, agree to the right (n per item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} written comments, as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainee has written a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehension checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores before and after the session for trainees with both; the normalised gain is the share of what was left to learn that was learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comprehension check recorded for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain per trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is one trainee (n={n} with both scores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge of the business and the support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passion for teaching and developing others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confident presenting; spoken and written communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows precise instructions and processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Soliciting trainee feedback, evaluating effectiveness, targeted improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Building content mixing text, visual and hands-on elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is relevant to my work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace was right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session kept me engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel confident applying what I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall, the session was good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely are you to recommend this session to a colleague?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemDelegate</name>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection traits not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Action item overdue by %n day(s): {text}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session not observed yet (%n day(s) ago): {topic}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No trainee feedback yet (%n day(s) ago): {topic}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for certification: every readiness condition is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certification renewal overdue by %n day(s): {topic}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certification due for renewal in %n day(s): {topic}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer evaluations {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 candidate will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} candidates will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} archived left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database held only in memory cannot be shared with the export processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {n} evaluations into {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: no new file is started; the ones being written are finished first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {n} of {total} evaluations were written to {folder}; the others were not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {n} of {total} evaluations written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be written: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped: {reason}. Files already finished are kept; no half-written file is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate&apos;s trainer evaluation as a PDF of its own, named after the candidate, in one folder. The work is shared among all the processor cores of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;archived candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateActionsModel</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} (overdue by %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominate an agent as a trainer candidate. They start in the first stage of the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {stage}, {days} days in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection score: {score} (mean of the scored traits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection score: not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and open it again to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e&amp;valuation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate&apos;s trainer evaluation, as last saved, as a PDF (A4 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as the person writes it, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. English, Ελληνικά, 中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;ployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide names four traits to look for in a trainer candidate. Score each from 1 (weak) to 5 (outstanding), or leave it unscored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep knowledge of the business and of the support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw that supports this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passion for teaching and for developing others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confident presenting, with excellent spoken and written communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ability to follow precise instructions and processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four components of train-the-trainer, with the evidence for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Guided practice delivering sessions in a safe environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: what was done, where to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Soliciting trainee feedback, evaluating effectiveness and making targeted improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Spotting knowledge gaps and writing a business case for a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Building new content that mixes text, visual and hands-on elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice deliveries (double-click one to open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items (tick one when it is done; overdue ones are in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateEffectivenessPanel</name>
    <message>
        <source>Readiness for certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the candidate is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and weaknesses against the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Ready for certification: every condition of the readiness rule is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet: {met} of {total} conditions met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is shared by everyone on this database; change it with Edit ▸ Readiness rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw mentor sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the certification for “{topic}” ({level})? Undo with Ctrl+Z in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>Search name, email, team, site, mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Mentor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in this stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificationDialog</name>
    <message>
        <source>Award certification — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certify &lt;b&gt;{name}&lt;/b&gt; to train a topic at a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Awarded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the award rests on: observations, feedback, a co-delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;sessions (tick the deliveries this award rests on)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComprehensionDialog</name>
    <message>
        <source>Daily quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical task test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic} · {when} · {trainer} · code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comprehension check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no scores in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehension check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Refund rules quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention check on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per trainee, by an anonymous label. Type a score and press Enter to go down the column; leave a cell empty when there is no score. Rows with no score at all are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import scores from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the server, database and login in your settings. The password goes into the system keyring if there is one; the settings never hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password was not saved; the app never writes it in plain text. To connect without typing it each time, add this line to your PostgreSQL password file {path} (with your password in place of YOUR_PASSWORD), readable only by you (chmod 600 {path}):

{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s shared database on a PostgreSQL server. Ask your lead (or whoever runs the server) for these details; you sign in with your own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. training-db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainercoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaScoreModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not observed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No candidates yet&lt;/h3&gt;&lt;p&gt;Nominate your best agents as trainer candidates and follow them through the train-the-trainer pipeline. Or look around a demo database first; your own database is not touched.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominate a candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention today: every candidate has a mentor, scored traits and a recent move, no action item is overdue and every recent session is observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the programme</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackEntryDialog</name>
    <message>
        <source>Paper forms — {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}&lt;br/&gt;&lt;span style=&apos;font-weight:normal&apos;&gt;Check that each form carries this code.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}, or Space to leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{digit} is not an answer to “{label}”: type {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 form typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} forms typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {n} saved earlier for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one form before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard typed forms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} typed form(s) have not been saved. Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type paper feedback forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per paper form. Type each answer&apos;s digit and the cursor moves on (type 10 as 1 then 0); Space leaves a question blank. Tab or Enter at the end of a row starts the next form. Nothing is saved until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFeedbackDialog</name>
    <message>
        <source>Into session &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (no longer asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none: guess from the headers —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping as a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (e.g. the survey tool it is for):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {encoding}, separated by {sep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{info} · {n} rows below the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported on {when} by {who} ({n} forms into session {session}). You will be asked before it is imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} feedback forms will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} blank rows skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems below (in the file, or in the mapping) to import; nothing is imported while any remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank row: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the same file again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it again only if it really holds other forms. Import again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the file was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import trainee feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a survey tool, or the generic feedback file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which question each column answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows, as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel i&amp;mport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskCodeDialog</name>
    <message>
        <source>Start the feedback kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an unlock code of {low} to {high} digits. Trainees cannot leave the kiosk without it; you will need it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer: type the unlock code to leave the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the unlock code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is {low} to {high} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two codes differ: type the same code twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk unlock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback — {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved. The form is ready for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} feedback form(s) collected in this kiosk round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are anonymous. Tap one number per question; leave out any you prefer not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you would like to say? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer Coach will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database — changes are thrown away when you quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer Coach — {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {name}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness rule saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee feedback forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comprehension check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comprehension checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its {parts} will be deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session “{topic}” of {candidate}?

{goes} This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric saved as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of Trainer Coach is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a team server with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer Coach database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Trainer Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trainer Coach {version}&lt;/h3&gt;&lt;p&gt;Grow your own trainers: candidates, the g2g pipeline, observations, feedback and certification.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A throwaway database full of examples; your own data is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and trainers who mentor and nominate candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure &amp;stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel, time in stage, trends and certification across the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness &amp;rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a candidate is ready for certification: the rule everyone on this database shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a practice delivery a candidate gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected session with its observations, feedback and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit session details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session with its observations, feedback and checks (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bserve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the session against the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in trainees&apos; paper feedback forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen anonymous feedback on this computer, one trainee after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a survey export (CSV or XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print feedback form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printable feedback form (PDF) carrying the session&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comprehension check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily quiz, practical task test or oral exam: scores before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the observation rubric; saving makes a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all &amp;evaluations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate&apos;s trainer evaluation as a PDF, into one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;programme report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel, KPIs, every candidate and the trends as a PDF for managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected candidate&apos;s trainer evaluation as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport session report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s details, observations, feedback and comprehension results as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Trainer Coach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &lt;b&gt;{name}&lt;/b&gt; from &lt;b&gt;{source}&lt;/b&gt; to &lt;b&gt;{target}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why? The reason stays in the candidate&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Passed the screening interview with strong presenting skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>&lt;b&gt;{topic}&lt;/b&gt; — {candidate}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation of {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — scored with this version; the rubric is now at version {newest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the observer —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “{title}” (what you saw):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average: — (no criterion scored yet, 0 of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average: {average} ({scored} of {total} criteria scored; not observed ones do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and open it again to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1–5 score the selected criterion and move to the next; 0 or N: not observed; ↑ ↓ move. The anchors of the criterion are on the right; the level you chose is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this criterion (what you saw):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stren&amp;gths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, so the candidate keeps doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change next time, concretely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperFormsModel</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trainee wrote, as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the page being drawn is finished, then thrown away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Training lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and trainers mentor and nominate candidates. Add the people who do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another stage, or right-click it for its menu. Every move asks why and is kept in the candidate&apos;s timeline. The number on a card is the selection score, the mean of the scored traits; a green card is ready for certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export programme report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel, KPIs, every candidate and the trends as a PDF for managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of sessions given by internal trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification: trainers by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds a certification yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification is due for renewal in the next 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of {date}. Every chart states its n; F5 reads them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counting paused or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold a certification in force</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no sessions yet; the guide&apos;s g2g network: ~{guide:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{internal} of {total} sessions · the guide&apos;s g2g network: ~{guide:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessRuleDialog</name>
    <message>
        <source>Readiness rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate is ready for certification when every condition below is met. The rule is shared by everyone using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed practice deliveries, at &amp;least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the last &amp;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;rubric averages at or above (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall &amp;feedback at or above (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From at least this many &amp;answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the &amp;mentor&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Rubrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this rubric are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rubric yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are editing version {n} of this rubric. Saving makes version {next}; observations already scored keep version {n}, and new observations use version {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riteria, in the order an observer scores them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural anchors: what each score level looks like in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line for the version history, e.g. clearer anchors for pacing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the {name} score {text!r} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a practice delivery: who gave it, when, on what, to whom. Trainee feedback and observations are added to it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code {code}: trainees type it in the kiosk and it is printed on paper feedback forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to find the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the material the session uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and open it again to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a candidate by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the session taught, in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trai&amp;nees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a&amp;sset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the leads and trainers who observe; each may score the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEffectivenessSection</name>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three views, kept apart: what the observers scored, how the trainees reacted, and what they learned. Every mean carries its n and 95% interval; amber rows rest on fewer than 10 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: weighted overall {overall} observer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has observed this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate {rate:.0%}: {forms} feedback form(s) from {trainees} trainee(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forms} feedback form(s); the session records no trainees, so no response rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comprehension check for this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>← All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Observations (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainee feedback: %n form(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comprehension checks (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee feedback forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code (on paper forms and the kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Search topic, candidate, code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>Selection score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for certification: every readiness condition is met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>{name}  ({count} candidates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — side exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds candidates; move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stage {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of the pipeline board, in order. Side exits (such as Paused or Withdrawn) sit apart at the end. A stage that holds candidates cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Total {total}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The composite divides by the total, so these act as shares of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The composite puts each part on 0–100 and takes their weighted mean. A part a session has no data for is left out, not counted as zero. The three views stay on the page beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubric (observers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback (trainees&apos; overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning (normalised gain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
