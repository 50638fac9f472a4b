<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Practice delivery observation</source>
        <translation>试讲观察评估</translation>
    </message>
    <message>
        <source>The default rubric shipped with Trainer Coach. Score each criterion 1-5; the anchors say what each level looks like.</source>
        <translation>Trainer Coach 自带的默认评分量表。每个评分标准按 1-5 打分；行为锚点说明了每个等级的表现。</translation>
    </message>
    <message>
        <source>Preparation and objectives</source>
        <translation>准备与目标</translation>
    </message>
    <message>
        <source>The session has clear learning objectives, shared at the start, and the trainer is ready: materials, room or call, timing.</source>
        <translation>课程有明确的学习目标并在开始时告知学员，培训师准备充分：材料、教室或线上会议、时间安排。</translation>
    </message>
    <message>
        <source>No objectives stated; materials or setup missing; the start is delayed.</source>
        <translation>未说明目标；材料或设备缺失；开课延迟。</translation>
    </message>
    <message>
        <source>Objectives vague or only implied; some materials not ready.</source>
        <translation>目标模糊或仅有暗示；部分材料未准备好。</translation>
    </message>
    <message>
        <source>Objectives stated; materials ready; minor setup hiccups.</source>
        <translation>说明了目标；材料已就绪；准备中有小问题。</translation>
    </message>
    <message>
        <source>Clear, measurable objectives shared and revisited; everything ready on time.</source>
        <translation>目标清晰可衡量，已告知并回顾；一切按时就绪。</translation>
    </message>
    <message>
        <source>Objectives tied to trainees&apos; daily work, revisited at the end; flawless preparation with backups.</source>
        <translation>目标与学员的日常工作挂钩，结束时再次回顾；准备无可挑剔并有备用方案。</translation>
    </message>
    <message>
        <source>Accuracy of content</source>
        <translation>内容准确性</translation>
    </message>
    <message>
        <source>What is taught matches current business knowledge, policies and support processes.</source>
        <translation>所讲内容符合当前的业务知识、政策和客户服务流程。</translation>
    </message>
    <message>
        <source>Several errors or outdated processes taught.</source>
        <translation>讲授了多处错误或过时的流程。</translation>
    </message>
    <message>
        <source>An error or an outdated point that could mislead agents.</source>
        <translation>有一处错误或过时内容，可能误导客服人员。</translation>
    </message>
    <message>
        <source>Accurate, with small imprecisions that do not mislead.</source>
        <translation>内容准确，有不影响理解的小瑕疵。</translation>
    </message>
    <message>
        <source>Accurate and current, with sources (knowledge base) pointed out.</source>
        <translation>准确且时新，并指明了出处（知识库）。</translation>
    </message>
    <message>
        <source>Accurate, current, and enriched with real cases and edge cases from the floor.</source>
        <translation>准确时新，并融入了一线的真实案例和特殊情况。</translation>
    </message>
    <message>
        <source>Clarity of explanation</source>
        <translation>讲解清晰度</translation>
    </message>
    <message>
        <source>Explanations are structured, use plain words and examples, and build from simple to complex.</source>
        <translation>讲解有条理，用词浅显并有示例，由浅入深。</translation>
    </message>
    <message>
        <source>Hard to follow; jargon unexplained; no structure.</source>
        <translation>难以跟上；术语未解释；没有结构。</translation>
    </message>
    <message>
        <source>Understandable in parts; structure unclear; few examples.</source>
        <translation>部分内容可以理解；结构不清；示例很少。</translation>
    </message>
    <message>
        <source>Mostly clear and structured; some jargon unexplained.</source>
        <translation>大体清晰有条理；部分术语未解释。</translation>
    </message>
    <message>
        <source>Clear structure, plain words, well-chosen examples.</source>
        <translation>结构清晰，用词浅显，示例恰当。</translation>
    </message>
    <message>
        <source>Exceptionally clear; complex ideas made simple with examples trainees remember.</source>
        <translation>极其清晰；用学员记得住的示例把复杂概念讲得简单。</translation>
    </message>
    <message>
        <source>Engagement and active learning</source>
        <translation>参与度与主动学习</translation>
    </message>
    <message>
        <source>Trainees take part: practice, discussion, hands-on tasks for different learning styles.</source>
        <translation>学员积极参与：练习、讨论、适合不同学习风格的实操任务。</translation>
    </message>
    <message>
        <source>Lecture only; trainees passive or disengaged.</source>
        <translation>只有讲授；学员被动或不投入。</translation>
    </message>
    <message>
        <source>Occasional questions to the room; little participation.</source>
        <translation>偶尔向全场提问；参与很少。</translation>
    </message>
    <message>
        <source>Some activities or discussion; most trainees take part.</source>
        <translation>有一些活动或讨论；多数学员参与。</translation>
    </message>
    <message>
        <source>Regular hands-on practice and discussion mixing text, visual and hands-on elements.</source>
        <translation>经常安排实操练习和讨论，结合文字、可视化和实操内容。</translation>
    </message>
    <message>
        <source>Trainees drive much of the learning; every trainee practises; energy stays high throughout.</source>
        <translation>学员主导大部分学习；每位学员都动手练习；全程保持高昂状态。</translation>
    </message>
    <message>
        <source>Checking understanding</source>
        <translation>检查理解情况</translation>
    </message>
    <message>
        <source>The trainer checks that trainees understood (questions, quick quizzes, practical tasks) and adapts.</source>
        <translation>培训师检查学员是否理解（提问、小测验、实操任务）并相应调整。</translation>
    </message>
    <message>
        <source>Never checks understanding.</source>
        <translation>从不检查理解情况。</translation>
    </message>
    <message>
        <source>Asks &quot;any questions?&quot; only.</source>
        <translation>只问“有问题吗？”。</translation>
    </message>
    <message>
        <source>Checks at the end with a few targeted questions.</source>
        <translation>在结束时用几个有针对性的问题检查。</translation>
    </message>
    <message>
        <source>Checks at each key point and revisits what was missed.</source>
        <translation>在每个要点处检查，并回顾没掌握的内容。</translation>
    </message>
    <message>
        <source>Continuous checks (quiz, task, teach-back) with the session adapted on the spot.</source>
        <translation>持续检查（测验、任务、学员复述），并当场调整课程。</translation>
    </message>
    <message>
        <source>Handling questions</source>
        <translation>回答问题</translation>
    </message>
    <message>
        <source>Questions are welcomed and answered accurately; unknowns are followed up.</source>
        <translation>欢迎提问并准确回答；不清楚的问题会后续跟进。</translation>
    </message>
    <message>
        <source>Questions dismissed or answered wrongly.</source>
        <translation>问题被忽视或回答错误。</translation>
    </message>
    <message>
        <source>Answers incomplete; follow-ups forgotten.</source>
        <translation>回答不完整；忘记后续跟进。</translation>
    </message>
    <message>
        <source>Answers correct; unknowns noted.</source>
        <translation>回答正确；记下了不清楚的问题。</translation>
    </message>
    <message>
        <source>Answers clear and correct; unknowns followed up with a date.</source>
        <translation>回答清晰正确；不清楚的问题定了日期跟进。</translation>
    </message>
    <message>
        <source>Turns questions into learning for the whole group; follow-ups closed promptly.</source>
        <translation>把问题变成全组的学习机会；后续事项及时完成。</translation>
    </message>
    <message>
        <source>Pacing and time management</source>
        <translation>节奏与时间管理</translation>
    </message>
    <message>
        <source>The session keeps a pace trainees can follow and finishes on time with every objective covered.</source>
        <translation>课程节奏适合学员跟上，并按时结束、覆盖所有目标。</translation>
    </message>
    <message>
        <source>Far too fast or too slow; overran or cut key content.</source>
        <translation>过快或过慢；超时或删减了关键内容。</translation>
    </message>
    <message>
        <source>Uneven pace; some content rushed.</source>
        <translation>节奏不均；部分内容仓促带过。</translation>
    </message>
    <message>
        <source>Reasonable pace; small overrun or a section rushed.</source>
        <translation>节奏合理；略有超时或有一部分较仓促。</translation>
    </message>
    <message>
        <source>Good pace adapted to the group; on time.</source>
        <translation>节奏良好，适应学员情况；准时。</translation>
    </message>
    <message>
        <source>Pace fitted to the group throughout; time left for practice and questions.</source>
        <translation>全程节奏与学员相适应；留有练习和提问时间。</translation>
    </message>
    <message>
        <source>Use of tools and materials</source>
        <translation>工具与材料的使用</translation>
    </message>
    <message>
        <source>Slides, demos, the support tools and the knowledge base are used well and work.</source>
        <translation>幻灯片、演示、客服工具和知识库使用得当且运行正常。</translation>
    </message>
    <message>
        <source>Materials missing, unreadable or not working.</source>
        <translation>材料缺失、难以辨认或无法使用。</translation>
    </message>
    <message>
        <source>Materials used awkwardly; demos fail.</source>
        <translation>材料使用生疏；演示失败。</translation>
    </message>
    <message>
        <source>Materials support the session adequately.</source>
        <translation>材料足以支持课程。</translation>
    </message>
    <message>
        <source>Materials and live demos of the support tools used smoothly.</source>
        <translation>材料和客服工具的现场演示使用流畅。</translation>
    </message>
    <message>
        <source>Materials, demos and knowledge-base links woven in; trainees leave with what they need.</source>
        <translation>材料、演示和知识库链接融为一体；学员带着所需的一切离开。</translation>
    </message>
    <message>
        <source>The number of observed deliveries is a whole number from 0 to 100.</source>
        <translation>经观察评估的试讲次数须为 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>Look at the last 1 to 20 sessions.</source>
        <translation>请考察最近 1 到 20 次课程。</translation>
    </message>
    <message>
        <source>The rubric threshold is on the 1-5 scale.</source>
        <translation>评分量表阈值应在 1-5 分之间。</translation>
    </message>
    <message>
        <source>The feedback threshold is on the 1-5 scale.</source>
        <translation>反馈阈值应在 1-5 分之间。</translation>
    </message>
    <message>
        <source>The number of answers is a whole number of 0 or more.</source>
        <translation>回答数须为 0 或更大的整数。</translation>
    </message>
    <message>
        <source>At least {count} observed practice deliveries</source>
        <translation>至少 {count} 次经观察评估的试讲</translation>
    </message>
    <message>
        <source>{count} observed</source>
        <translation>{count} 次已观察</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>The last {count} rubric averages at or above {threshold}</source>
        <translation>最近 {count} 次评分量表平均分不低于 {threshold}</translation>
    </message>
    <message>
        <source>last: {values}</source>
        <translation>最近：{values}</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>尚无回答</translation>
    </message>
    <message>
        <source>{mean} from {n} answers</source>
        <translation>{mean}，来自 {n} 份回答</translation>
    </message>
    <message>
        <source> (95% interval {low}–{high})</source>
        <translation>（95% 区间 {low}–{high}）</translation>
    </message>
    <message>
        <source>Overall feedback at or above {threshold} from at least {count} answers</source>
        <translation>总体反馈不低于 {threshold}，且至少有 {count} 份回答</translation>
    </message>
    <message>
        <source>Mentor sign-off</source>
        <translation>导师签字确认</translation>
    </message>
    <message>
        <source>signed off on {date} by {name}</source>
        <translation>{name} 于 {date} 签字确认</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>未签字确认</translation>
    </message>
    <message>
        <source>Weights are 0 or more, and at least one is above 0.</source>
        <translation>权重须为 0 或以上，且至少有一个大于 0。</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>{name}: deliveries over time</source>
        <translation>{name}：各次试讲趋势</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>课程日期</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>得分（1–5）</translation>
    </message>
    <message>
        <source>Normalised learning gain (0–1)</source>
        <translation>标准化学习收益（0–1）</translation>
    </message>
    <message>
        <source>Rubric (observers, weighted)</source>
        <translation>评分量表（观察员，加权）</translation>
    </message>
    <message>
        <source>Feedback (overall item)</source>
        <translation>反馈（总体评价项）</translation>
    </message>
    <message>
        <source>Feedback 95% interval</source>
        <translation>反馈 95% 区间</translation>
    </message>
    <message>
        <source>Under {n} answers (hollow)</source>
        <translation>少于 {n} 份回答（空心点）</translation>
    </message>
    <message>
        <source>Learning gain (normalised)</source>
        <translation>学习收益（标准化）</translation>
    </message>
    <message>
        <source>A trend needs at least two sessions with a score; {name} has {count}.</source>
        <translation>趋势图至少需要两次有评分的课程；{name} 目前有 {count} 次。</translation>
    </message>
    <message>
        <source>{name}: rubric criteria against the cohort</source>
        <translation>{name}：评分标准与同期学员对比</translation>
    </message>
    <message>
        <source>Mean rubric score (1–5)</source>
        <translation>评分量表平均分（1–5）</translation>
    </message>
    <message>
        <source>{title} (n={n})</source>
        <translation>{title}（n={n}）</translation>
    </message>
    <message>
        <source>{title} (not scored)</source>
        <translation>{title}（未评分）</translation>
    </message>
    <message>
        <source>At or above cohort median</source>
        <translation>不低于同期中位数</translation>
    </message>
    <message>
        <source>Below cohort median</source>
        <translation>低于同期中位数</translation>
    </message>
    <message>
        <source>Cohort median</source>
        <translation>同期中位数</translation>
    </message>
    <message>
        <source>No criterion has been scored for {name} yet.</source>
        <translation>{name} 尚无任何评分标准得分。</translation>
    </message>
    <message>
        <source>Trainee feedback: {topic}</source>
        <translation>学员反馈：{topic}</translation>
    </message>
    <message>
        <source>{responses} responses from {trainees} trainees</source>
        <translation>{trainees} 名学员中 {responses} 份回答</translation>
    </message>
    <message>
        <source>Share of answers (disagree ← | → agree)</source>
        <translation>回答占比（不同意 ← | → 同意）</translation>
    </message>
    <message>
        <source>{label} (n={n})</source>
        <translation>{label}（n={n}）</translation>
    </message>
    <message>
        <source>{label} (no answers)</source>
        <translation>{label}（无回答）</translation>
    </message>
    <message>
        <source>No trainee has answered the feedback for this session yet.</source>
        <translation>尚无学员为本次课程填写反馈。</translation>
    </message>
    <message>
        <source>Not shown: “{label}” uses a 0–10 scale (n={n}, mean {mean}).</source>
        <translation>未显示：“{label}”使用 0–10 分制（n={n}，平均 {mean}）。</translation>
    </message>
    <message>
        <source>1 Strongly disagree</source>
        <translation>1 非常不同意</translation>
    </message>
    <message>
        <source>2 Disagree</source>
        <translation>2 不同意</translation>
    </message>
    <message>
        <source>3 Neutral</source>
        <translation>3 中立</translation>
    </message>
    <message>
        <source>4 Agree</source>
        <translation>4 同意</translation>
    </message>
    <message>
        <source>5 Strongly agree</source>
        <translation>5 非常同意</translation>
    </message>
    <message>
        <source>Pipeline funnel</source>
        <translation>培养流程漏斗</translation>
    </message>
    <message>
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>{count}  ({share:.0%} of previous stage)</source>
        <translation>{count}  （上一阶段的 {share:.0%}）</translation>
    </message>
    <message>
        <source>No candidate has entered the pipeline yet.</source>
        <translation>尚无候选人进入培养流程。</translation>
    </message>
    <message>
        <source>Candidates who reached this stage: {count}</source>
        <translation>到达此阶段的候选人：{count}</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>各阶段停留时间</translation>
    </message>
    <message>
        <source>Days in stage (completed stays)</source>
        <translation>阶段内天数（已完成的停留）</translation>
    </message>
    <message>
        <source>{stage} (n={n})</source>
        <translation>{stage}（n={n}）</translation>
    </message>
    <message>
        <source>{stage}</source>
        <translation>{stage}</translation>
    </message>
    <message>
        <source>no completed stays yet</source>
        <translation>尚无已完成的停留</translation>
    </message>
    <message>
        <source>median {days:g}</source>
        <translation>中位数 {days:g}</translation>
    </message>
    <message>
        <source>No candidate has completed a stage yet.</source>
        <translation>尚无候选人完成任何阶段。</translation>
    </message>
    <message>
        <source>Days in this stage: {days}</source>
        <translation>在此阶段的天数：{days}</translation>
    </message>
    <message>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Maximum {max}</source>
        <translation>满分 {max}</translation>
    </message>
    <message>
        <source>Class mean</source>
        <translation>全班平均</translation>
    </message>
    <message>
        <source>Trainee: higher after</source>
        <translation>学员：之后更高</translation>
    </message>
    <message>
        <source>Trainee: unchanged</source>
        <translation>学员：无变化</translation>
    </message>
    <message>
        <source>Trainee: lower after</source>
        <translation>学员：之后更低</translation>
    </message>
    <message>
        <source>Mean gain {gain} (95% interval {low} to {high}), n={n}</source>
        <translation>平均收益 {gain}（95% 区间 {low} 至 {high}），n={n}</translation>
    </message>
    <message>
        <source>Mean gain {gain}, n={n}</source>
        <translation>平均收益 {gain}，n={n}</translation>
    </message>
    <message>
        <source>Normalised gain {g}</source>
        <translation>标准化收益 {g}</translation>
    </message>
    <message>
        <source>No normalised gain: {why}</source>
        <translation>无标准化收益：{why}</translation>
    </message>
    <message>
        <source>Trainees with only one score, not shown: {count}.</source>
        <translation>只有一个分数而未显示的学员：{count}。</translation>
    </message>
    <message>
        <source>No trainee has both a before and an after score.</source>
        <translation>没有学员同时拥有前测和后测得分。</translation>
    </message>
    <message>
        <source>The programme month by month</source>
        <translation>培训计划逐月概况</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>平均分（1–5）</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>试讲次数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Rubric score</source>
        <translation>评分量表得分</translation>
    </message>
    <message>
        <source>Trainee feedback (overall)</source>
        <translation>学员反馈（总体）</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Internal trainers gave {internal} of {total} sessions ({share:.0%}).
For reference, the guide&apos;s g2g network gives about 80% of internal training.</source>
        <translation>内部培训师讲授了 {total} 次课程中的 {internal} 次（{share:.0%}）。
作为参考，指南中的 g2g 网络承担了约 80% 的内部培训。</translation>
    </message>
    <message>
        <source>No session has been given yet.</source>
        <translation>尚未开展任何课程。</translation>
    </message>
    <message>
        <source>Sessions given: {count}</source>
        <translation>已开展的课程：{count}</translation>
    </message>
    <message>
        <source>Each observer&apos;s bias</source>
        <translation>每位观察员的偏差</translation>
    </message>
    <message>
        <source>Mean difference from the other observers (points on the 1–5 scale)</source>
        <translation>与其他观察员的平均差异（1–5 分制的分数）</translation>
    </message>
    <message>
        <source>Mean difference from the reference score (points on the 1–5 scale)</source>
        <translation>与参考评分的平均差异（1–5 分制的分数）</translation>
    </message>
    <message>
        <source>{name} (n={n})</source>
        <translation>{name}（n={n}）</translation>
    </message>
    <message>
        <source>Lenient: the whole 95% interval above zero</source>
        <translation>偏宽松：整个 95% 区间高于零</translation>
    </message>
    <message>
        <source>Severe: the whole 95% interval below zero</source>
        <translation>偏严格：整个 95% 区间低于零</translation>
    </message>
    <message>
        <source>Interval includes zero</source>
        <translation>区间包含零</translation>
    </message>
    <message>
        <source>No observer has scores to compare yet.</source>
        <translation>还没有观察员有可比较的评分。</translation>
    </message>
    <message>
        <source>{name}: forecast to readiness</source>
        <translation>{name}：认证准备预测</translation>
    </message>
    <message>
        <source>Practice delivery number</source>
        <translation>练习授课序号</translation>
    </message>
    <message>
        <source>Rubric score (1–5)</source>
        <translation>评分量表得分（1–5）</translation>
    </message>
    <message>
        <source>Expected score (own sessions pooled with the cohort)</source>
        <translation>预期得分（本人课程与同期群体合并估计）</translation>
    </message>
    <message>
        <source>80% band of one session&apos;s score</source>
        <translation>单次课程得分的 80% 区间带</translation>
    </message>
    <message>
        <source>Observed rubric score</source>
        <translation>观察到的评分量表得分</translation>
    </message>
    <message>
        <source>Rubric threshold {threshold}</source>
        <translation>评分量表门槛 {threshold}</translation>
    </message>
    <message>
        <source>Rule expected to be met (80% interval)</source>
        <translation>预计满足规则的时段（80% 区间）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Mostly waiting on the rubric scores</source>
        <translation>主要等待评分量表得分达标</translation>
    </message>
    <message>
        <source>Mostly waiting on the trainees&apos; feedback (the rubric is expected sooner)</source>
        <translation>主要等待学员反馈达标（评分量表预计更早达标）</translation>
    </message>
    <message>
        <source>Delivery {number}: rubric {score}</source>
        <translation>第 {number} 次授课：评分 {score}</translation>
    </message>
    <message>
        <source>The measured conditions of the readiness rule are already met.</source>
        <translation>认证准备规则中可测量的条件已经满足。</translation>
    </message>
    <message>
        <source>A forecast needs at least one observed session, and a cohort with five or more candidates observed three times.</source>
        <translation>预测至少需要一次被观察的课程，以及一个至少有五名候选人各被观察三次的同期群体。</translation>
    </message>
    <message>
        <source>Candidates expected to become ready, month by month</source>
        <translation>预计每月达到认证准备的候选人</translation>
    </message>
    <message>
        <source>{ready} ready now (sign-off aside), {forecast} forecast, {unknown} without enough data</source>
        <translation>{ready} 人现已达标（不含签字确认），{forecast} 人有预测，{unknown} 人数据不足</translation>
    </message>
    <message>
        <source>Expected number becoming ready</source>
        <translation>预计达标人数</translation>
    </message>
    <message>
        <source>Expected to become ready: {expected}</source>
        <translation>预计达标人数：{expected}</translation>
    </message>
    <message>
        <source>No candidate in the pipeline has a forecast yet.</source>
        <translation>流程中还没有候选人有预测。</translation>
    </message>
    <message>
        <source>Trainer hours needed and available, month by month</source>
        <translation>每月所需与可用的培训师工时</translation>
    </message>
    <message>
        <source>Shortfall counted per site and language; one trainer gives {hours} hours a month</source>
        <translation>缺口按站点和语言分别计算；每位培训师每月提供 {hours} 小时</translation>
    </message>
    <message>
        <source>Certified trainers&apos; hours</source>
        <translation>已认证培训师的工时</translation>
    </message>
    <message>
        <source>Candidates forecast to be ready</source>
        <translation>预测将达标的候选人</translation>
    </message>
    <message>
        <source>Hours needed</source>
        <translation>所需工时</translation>
    </message>
    <message>
        <source>Trainer hours a month</source>
        <translation>每月培训师工时</translation>
    </message>
    <message>
        <source>Trainers short (the figure above a month)</source>
        <translation>缺少的培训师（月份上方的数字）</translation>
    </message>
    <message>
        <source>Needed {needed} h, certified {available} h, newly ready {ready} h; short {short} h ({trainers} trainers)</source>
        <translation>需要 {needed} 小时，已认证 {available} 小时，新达标 {ready} 小时；缺口 {short} 小时（{trainers} 名培训师）</translation>
    </message>
    <message>
        <source>Add a site and language, or a trainer, to plan.</source>
        <translation>请添加一个站点和语言或一名培训师后再做规划。</translation>
    </message>
    <message>
        <source>Each observer&apos;s bias per quarter</source>
        <translation>每位观察员每季度的偏差</translation>
    </message>
    <message>
        <source>Mean difference from the consensus (points)</source>
        <translation>与共识的平均差（分）</translation>
    </message>
    <message>
        <source>Dashboard threshold (±{points})</source>
        <translation>仪表板阈值（±{points}）</translation>
    </message>
    <message>
        <source>{name}, {period}: {bias} ({low} … {high}), n={n}</source>
        <translation>{name}，{period}：{bias}（{low} … {high}），n={n}</translation>
    </message>
    <message>
        <source>Learning styles the training assets cover, per topic</source>
        <translation>各主题培训资料覆盖的学习方式</translation>
    </message>
    <message>
        <source>A topic is what its sessions are called; each cell counts the assets they used</source>
        <translation>主题即课程的名称；每格统计这些课程所用的资料数</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Mock tickets</source>
        <translation>模拟工单</translation>
    </message>
    <message>
        <source>{topic} (sessions: {sessions})</source>
        <translation>{topic}（课程：{sessions}）</translation>
    </message>
    <message>
        <source>{topic} (sessions: {sessions}) — text only</source>
        <translation>{topic}（课程：{sessions}）— 仅文字</translation>
    </message>
    <message>
        <source>{topic}: {count} of {assets} assets teach as {style}</source>
        <translation>{topic}：{assets} 份资料中有 {count} 份采用{style}方式</translation>
    </message>
    <message>
        <source>No session has used a training asset yet: pick one in a session to see its topic here.</source>
        <translation>还没有课程使用培训资料：在课程中选择一份资料，即可在此看到其主题。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>1. Guided practice delivering sessions in a safe environment</source>
        <translation>1. 在安全的环境下获得讲授培训课程的指导和实践机会</translation>
    </message>
    <message>
        <source>2. Soliciting trainee feedback, evaluating effectiveness and making targeted improvements</source>
        <translation>2. 向培训学员征集反馈意见，评估有效性并实施有针对性的改进</translation>
    </message>
    <message>
        <source>3. Spotting knowledge gaps and writing a business case for a new session</source>
        <translation>3. 找出知识缺口，针对新的培训课程开发商业案例</translation>
    </message>
    <message>
        <source>4. Building new content that mixes text, visual and hands-on elements</source>
        <translation>4. 开发融合文字、可视化和实操内容的新培训内容</translation>
    </message>
    <message>
        <source>Vendor: {company}</source>
        <translation>供应商：{company}</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>{trainer}: {level} in {topic}</source>
        <translation>{trainer}：{topic}（{level}）</translation>
    </message>
    <message>
        <source>overdue by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>续期截止</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>授予日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>课堂培训</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>虚拟培训</translation>
    </message>
    <message>
        <source>Online / self-paced</source>
        <translation>在线培训 / 自定进度</translation>
    </message>
    <message>
        <source>New hires</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>Existing agents</source>
        <translation>现有客服人员</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>节奏</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信心</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>Open for scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>Closed: scores revealed</source>
        <translation>已关闭：评分已公开</translation>
    </message>
    <message>
        <source>Gap open</source>
        <translation>缺口未解决</translation>
    </message>
    <message>
        <source>Gap closed</source>
        <translation>缺口已关闭</translation>
    </message>
    <message>
        <source>Check question</source>
        <translation>测验题目</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>测验成绩</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>反馈评论</translation>
    </message>
    <message>
        <source>Observation action item</source>
        <translation>观察行动项</translation>
    </message>
    <message>
        <source>Outside figure</source>
        <translation>外部数据</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检分数</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>客户满意度 (CSAT)</translation>
    </message>
    <message>
        <source>Ticket volume</source>
        <translation>工单量</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已实施</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Comprehension check scores</source>
        <translation>理解测验成绩</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>正在恶化</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>正在改善</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Not enough figures</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>Add calibration exercise {name}</source>
        <translation>添加校准练习 {name}</translation>
    </message>
    <message>
        <source>Close calibration exercise {name}</source>
        <translation>关闭校准练习 {name}</translation>
    </message>
    <message>
        <source>Save capacity plan {name}</source>
        <translation>保存产能计划 {name}</translation>
    </message>
    <message>
        <source>Delete capacity plan {name}</source>
        <translation>删除产能计划 {name}</translation>
    </message>
    <message>
        <source>Reference scores of {name}</source>
        <translation>{name} 的参考评分</translation>
    </message>
    <message>
        <source>Observer bias threshold</source>
        <translation>观察员偏差阈值</translation>
    </message>
    <message>
        <source>Delete stage {name}</source>
        <translation>删除阶段 {name}</translation>
    </message>
    <message>
        <source>Move {count} candidates to {stage}</source>
        <translation>将 {count} 名候选人移到 {stage}</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>编辑里程碑</translation>
    </message>
    <message>
        <source>Delete session {topic}</source>
        <translation>删除课程 {topic}</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>添加观察评估</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>编辑观察评估</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>删除观察评估</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>将行动项标为已完成</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>重新打开行动项</translation>
    </message>
    <message>
        <source>Add feedback forms ({count})</source>
        <translation>添加反馈表（{count}）</translation>
    </message>
    <message>
        <source>Import feedback from {file}</source>
        <translation>从 {file} 导入反馈</translation>
    </message>
    <message>
        <source>Add comprehension check</source>
        <translation>添加理解测验</translation>
    </message>
    <message>
        <source>Edit comprehension check</source>
        <translation>编辑理解测验</translation>
    </message>
    <message>
        <source>Delete comprehension check</source>
        <translation>删除理解测验</translation>
    </message>
    <message>
        <source>Revoke certification</source>
        <translation>撤销认证</translation>
    </message>
    <message>
        <source>Change the details of {name}</source>
        <translation>修改 {name} 的资料</translation>
    </message>
    <message>
        <source>Retire {name}</source>
        <translation>停用 {name}</translation>
    </message>
    <message>
        <source>Bring back {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Add training asset {title}</source>
        <translation>添加培训资料 {title}</translation>
    </message>
    <message>
        <source>Edit training asset {title}</source>
        <translation>编辑培训资料 {title}</translation>
    </message>
    <message>
        <source>New version {label} of a training asset</source>
        <translation>培训资料的新版本 {label}</translation>
    </message>
    <message>
        <source>Mark {title} reviewed</source>
        <translation>将 {title} 标记为已审核</translation>
    </message>
    <message>
        <source>Add feedback on a training asset</source>
        <translation>添加对培训资料的反馈</translation>
    </message>
    <message>
        <source>Add knowledge gap {topic}</source>
        <translation>添加知识缺口 {topic}</translation>
    </message>
    <message>
        <source>Edit knowledge gap {topic}</source>
        <translation>编辑知识缺口 {topic}</translation>
    </message>
    <message>
        <source>Close knowledge gap {topic}</source>
        <translation>关闭知识缺口 {topic}</translation>
    </message>
    <message>
        <source>Reopen knowledge gap {topic}</source>
        <translation>重新打开知识缺口 {topic}</translation>
    </message>
    <message>
        <source>Add evidence to {topic}</source>
        <translation>为 {topic} 添加证据</translation>
    </message>
    <message>
        <source>Remove evidence from {topic}</source>
        <translation>从 {topic} 移除证据</translation>
    </message>
    <message>
        <source>Import figures into {topic}</source>
        <translation>将数据导入 {topic}</translation>
    </message>
    <message>
        <source>Add business case {title}</source>
        <translation>添加商业论证 {title}</translation>
    </message>
    <message>
        <source>Edit business case {title}</source>
        <translation>编辑商业论证 {title}</translation>
    </message>
    <message>
        <source>Mark business case {title} {status}</source>
        <translation>将商业论证 {title} 标记为 {status}</translation>
    </message>
    <message>
        <source>Link a session to business case {title}</source>
        <translation>为商业论证 {title} 关联课程</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>需要支持</translation>
    </message>
    <message>
        <source>Daily quiz</source>
        <translation>每日测验</translation>
    </message>
    <message>
        <source>Practical task test</source>
        <translation>实际任务测验</translation>
    </message>
    <message>
        <source>Oral exam</source>
        <translation>口头考察</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>{mean} ({low} to {high}), n={n}</source>
        <translation>{mean}（{low} 至 {high}），n={n}</translation>
    </message>
    <message>
        <source>one answer: no interval</source>
        <translation>仅一份回答：无区间</translation>
    </message>
    <message>
        <source>few answers: read the interval</source>
        <translation>回答较少：请参考区间</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中阶</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高阶</translation>
    </message>
    <message>
        <source>Composite: not available (no rubric score, feedback or learning gain yet) — weights {parts}</source>
        <translation>综合得分：暂不可用（尚无评分量表得分、反馈或学习收益）— 权重 {parts}</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Composite {score:.0f} = {parts}</source>
        <translation>综合得分 {score:.0f} = {parts}</translation>
    </message>
    <message>
        <source> (without {parts}: no data)</source>
        <translation>（无 {parts}：暂无数据）</translation>
    </message>
    <message>
        <source>{rubric:.0%} rubric + {feedback:.0%} feedback + {gain:.0%} learning</source>
        <translation>{rubric:.0%} 评分量表 + {feedback:.0%} 反馈 + {gain:.0%} 学习</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <source>Mean of the observers&apos; weighted averages, with its 95% interval</source>
        <translation>各观察员加权平均分的平均值，附 95% 区间</translation>
    </message>
    <message>
        <source>Fewer than 10 answers: the interval is wide, so the mean can move a lot with more answers.</source>
        <translation>回答少于 10 份：区间较宽，回答增多后平均值可能变化较大。</translation>
    </message>
    <message>
        <source>Feedback item</source>
        <translation>反馈项</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Paired n</source>
        <translation>配对 n</translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation>平均分 之前 → 之后</translation>
    </message>
    <message>
        <source>Gain (95% interval)</source>
        <translation>收益（95% 区间）</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>标准化收益</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保持情况</translation>
    </message>
    <message>
        <source>Trainer evaluation: {name}</source>
        <translation>培训师评估：{name}</translation>
    </message>
    <message>
        <source>Trainer evaluation</source>
        <translation>培训师评估</translation>
    </message>
    <message>
        <source>Stage: {stage}   ·   Mentor: {mentor}   ·   Generated {date} by {author}</source>
        <translation>阶段：{stage}   ·   导师：{mentor}   ·   由 {author} 于 {date} 生成</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Practice deliveries</source>
        <translation>试讲</translation>
    </message>
    <message>
        <source>Rubric average (observers)</source>
        <translation>评分量表平均分（观察员）</translation>
    </message>
    <message>
        <source>sessions scored</source>
        <translation>次已评分课程</translation>
    </message>
    <message>
        <source>Trainee feedback, overall</source>
        <translation>学员反馈，总体</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>份回答</translation>
    </message>
    <message>
        <source>Readiness for certification</source>
        <translation>认证准备情况</translation>
    </message>
    <message>
        <source>{met} of {total}</source>
        <translation>{met} / {total}</translation>
    </message>
    <message>
        <source>every condition met</source>
        <translation>所有条件均已满足</translation>
    </message>
    <message>
        <source>conditions met</source>
        <translation>项条件已满足</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Hours from candidates forecast to be ready</source>
        <translation>预测达标候选人提供的工时</translation>
    </message>
    <message>
        <source>Hours short</source>
        <translation>缺口工时</translation>
    </message>
    <message>
        <source>Trainers short</source>
        <translation>缺少的培训师</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>雇用类型</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>提名人</translation>
    </message>
    <message>
        <source>Nominated on</source>
        <translation>提名日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>In this stage since</source>
        <translation>进入本阶段日期</translation>
    </message>
    <message>
        <source>{date} ({days} days)</source>
        <translation>{date}（{days} 天）</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>hands-on</source>
        <translation>动手实践</translation>
    </message>
    <message>
        <source>not visible to you</source>
        <translation>您无权查看</translation>
    </message>
    <message>
        <source>{correct} of {answered} right ({share})</source>
        <translation>{answered} 人中 {correct} 人答对（{share}）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Business case: {title}</source>
        <translation>商业论证：{title}</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>By {candidate}   ·   {status}   ·   Generated {date} by {author}</source>
        <translation>作者 {candidate}   ·   {status}   ·   {author} 于 {date} 生成</translation>
    </message>
    <message>
        <source>Knowledge gap</source>
        <translation>知识缺口</translation>
    </message>
    <message>
        <source>Agents it touches</source>
        <translation>涉及的客服人数</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>受众人数</translation>
    </message>
    <message>
        <source>Effort (trainer hours)</source>
        <translation>工作量（培训师小时）</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>授课方式</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>内容组合</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Session outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <source>Read from the knowledge gap when this PDF was made, not copied into the case.</source>
        <translation>在生成此 PDF 时从知识缺口读取，而非复制到论证中。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服人数</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Measured once the case&apos;s sessions are linked and given.</source>
        <translation>关联并实施课程后即可衡量。</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>课程：{sessions}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>not meaningful with so few targets</source>
        <translation>目标太少，没有意义</translation>
    </message>
    <message>
        <source>no scores to compare</source>
        <translation>没有可比较的评分</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>偏宽松</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>偏严格</translation>
    </message>
    <message>
        <source>too few scores for an interval</source>
        <translation>评分太少，无法给出区间</translation>
    </message>
    <message>
        <source>in line with the others</source>
        <translation>与其他人一致</translation>
    </message>
    <message>
        <source>Calibration report: {name}</source>
        <translation>校准报告：{name}</translation>
    </message>
    <message>
        <source>Calibration report</source>
        <translation>校准报告</translation>
    </message>
    <message>
        <source>Lead: {lead}   ·   {status}   ·   {targets} deliveries, {observers} observers   ·   Generated {date} by {author}</source>
        <translation>负责人：{lead}   ·   {status}   ·   {targets} 场授课，{observers} 位观察员   ·   {author} 于 {date} 生成</translation>
    </message>
    <message>
        <source>ICC(2,1): one observer</source>
        <translation>ICC(2,1)：单个观察员</translation>
    </message>
    <message>
        <source>95% interval {interval}; {band} ({source})</source>
        <translation>95% 区间 {interval}；{band}（{source}）</translation>
    </message>
    <message>
        <source>ICC(2,k): mean of the observers</source>
        <translation>ICC(2,k)：观察员的平均</translation>
    </message>
    <message>
        <source>95% interval {interval}; {band}</source>
        <translation>95% 区间 {interval}；{band}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval)</source>
        <translation>Krippendorff α 系数（等距）</translation>
    </message>
    <message>
        <source>{band} ({source})</source>
        <translation>{band}（{source}）</translation>
    </message>
    <message>
        <source>Within one point</source>
        <translation>相差不超过一分</translation>
    </message>
    <message>
        <source>{pairs} pairs of scores; exact {exact}</source>
        <translation>{pairs} 对评分；完全一致 {exact}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Deliveries and observers</source>
        <translation>授课与观察员</translation>
    </message>
    <message>
        <source>Each delivery&apos;s score here is the observer&apos;s mean over the rubric&apos;s criteria.</source>
        <translation>此处每场授课的分数是该观察员在评分标准各项上的平均分。</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>授课</translation>
    </message>
    <message>
        <source>Intraclass correlations</source>
        <translation>组内相关系数</translation>
    </message>
    <message>
        <source>On each delivery&apos;s mean over the criteria: {n} deliveries with every observer&apos;s score, {k} observers, {dropped} left out for a missing score. Bands: {source}, below 0.5 poor, 0.5 to 0.75 moderate, 0.75 to 0.9 good, above 0.9 excellent; read the interval as well as the figure.</source>
        <translation>基于每场授课在各项标准上的平均分：{n} 场授课有全部观察员的评分，{k} 位观察员，{dropped} 场因缺少评分而未计入。分级：{source}，低于 0.5 为差，0.5 至 0.75 为中等，0.75 至 0.9 为良好，高于 0.9 为优秀；请同时参考区间与数值。</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorff α 系数</translation>
    </message>
    <message>
        <source>Band ({source})</source>
        <translation>分级（{source}）</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>定序</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>等距</translation>
    </message>
    <message>
        <source>Alpha takes every score, missing ones too: rely on 0.8 and above; 0.667 to 0.8 allows tentative conclusions only.</source>
        <translation>α 系数使用全部评分，包括有缺失的：0.8 及以上可以信赖；0.667 至 0.8 仅可得出初步结论。</translation>
    </message>
    <message>
        <source>Alpha&apos;s 95% interval is a percentile bootstrap: {resamples} resamples of the deliveries, drawn with a fixed seed ({seed}) so the same scores always give the same interval. It is given from {fewest} deliveries scored by two or more observers; this exercise has {targets}.</source>
        <translation>α 的 95% 区间为百分位 bootstrap：对授课重抽样 {resamples} 次，使用固定种子（{seed}），相同的评分总是得到相同的区间。至少需要 {fewest} 次由两名或以上观察员评分的授课才给出区间；本次练习有 {targets} 次。</translation>
    </message>
    <message>
        <source>Quadratic weighted kappa of the two observers: {kappa}.</source>
        <translation>两位观察员的二次加权 kappa：{kappa}。</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>各项标准的一致性</translation>
    </message>
    <message>
        <source>Each criterion&apos;s scores on their own: how far the observers agree on what they judged alike and differently.</source>
        <translation>分别看每项标准的评分：观察员在哪些方面判断一致、哪些方面不同。</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>Alpha (ordinal)</source>
        <translation>α 系数（定序）</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>Within one</source>
        <translation>相差一分内</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未计入</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean difference from the lead&apos;s reference score, on each delivery&apos;s mean over the criteria, with its 95% interval. Lenient: the whole interval above zero; severe: the whole interval below.</source>
        <translation>每位观察员与负责人参考评分的平均差异（基于每场授课在各项标准上的平均分），附 95% 区间。偏宽松：整个区间高于零；偏严格：整个区间低于零。</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean difference from the other observers&apos; mean, on each delivery&apos;s mean over the criteria, with its 95% interval. Lenient: the whole interval above zero; severe: the whole interval below.</source>
        <translation>每位观察员与其他观察员平均分的平均差异（基于每场授课在各项标准上的平均分），附 95% 区间。偏宽松：整个区间高于零；偏严格：整个区间低于零。</translation>
    </message>
    <message>
        <source>Dots: mean difference; lines: 95% interval; zero: in line with the consensus.</source>
        <translation>圆点：平均差异；线段：95% 区间；零：与共识一致。</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Deliveries (n)</source>
        <translation>授课（n）</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>平均差异</translation>
    </message>
    <message>
        <source>%1 (interval not meaningful with so few targets)</source>
        <translation>%1（目标太少，区间没有意义）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>%1 次授课</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha, ordinal</source>
        <translation>Krippendorff α（有序）</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha, interval</source>
        <translation>Krippendorff α（等距）</translation>
    </message>
    <message>
        <source>Exact agreement / within one point</source>
        <translation>完全一致 / 相差一分以内</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 对</translation>
    </message>
    <message>
        <source>Alpha&apos;s interval: a percentile bootstrap of %1 resamples of the deliveries (seeded: the same scores give the same interval), given from %2 deliveries scored by two or more observers.</source>
        <translation>α 的区间：对授课进行 %1 次百分位 bootstrap 重抽样（固定种子：相同评分得到相同区间），至少需要 %2 次由两名或以上观察员评分的授课。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value (95% interval)</source>
        <translation>数值（95% 区间）</translation>
    </message>
    <message>
        <source>Scores leniently: {names}.</source>
        <translation>评分偏宽松：{names}。</translation>
    </message>
    <message>
        <source>Scores severely: {names}.</source>
        <translation>评分偏严格：{names}。</translation>
    </message>
    <message>
        <source>Reference scores</source>
        <translation>参考评分</translation>
    </message>
    <message>
        <source>The lead&apos;s score of each criterion on each delivery.</source>
        <translation>负责人对每场授课每项标准的评分。</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>Every move through the pipeline, oldest first, with who made it and why.</source>
        <translation>培养流程中的每次变动，按时间先后排列，注明操作人和原因。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No stage moves recorded.</source>
        <translation>没有阶段变动记录。</translation>
    </message>
    <message>
        <source>Selection traits</source>
        <translation>选拔特征</translation>
    </message>
    <message>
        <source>The four traits the guide looks for, scored 1–5 by the lead. Selection score {score}.</source>
        <translation>指南所列的四项特征，由培训负责人按 1–5 打分。选拔得分 {score}。</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>个得分</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Train-the-trainer milestones</source>
        <translation>“对培训师开展培训”里程碑</translation>
    </message>
    <message>
        <source>{done} of {total} components of the curriculum done.</source>
        <translation>课程体系 {total} 个组成部分中已完成 {done} 个。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Rubric: the observers&apos; weighted average (1–5), n = observers. Feedback: the trainees&apos; overall item (1–5) with its number of answers, and its 95% interval when fewer than 10 answered. Gain: the normalised learning gain from the comprehension checks (0–1).</source>
        <translation>评分量表：观察员的加权平均分（1–5），n = 观察员人数。反馈：学员的总体评价项（1–5）及回答数，少于 10 份回答时附 95% 区间。收益：来自理解测验的标准化学习收益（0–1）。</translation>
    </message>
    <message>
        <source>– ({count} forms)</source>
        <translation>–（{count} 份表单）</translation>
    </message>
    <message>
        <source>Method, audience</source>
        <translation>方式、对象</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>No practice delivery logged yet.</source>
        <translation>尚未记录任何试讲。</translation>
    </message>
    <message>
        <source>Session effectiveness</source>
        <translation>课程成效</translation>
    </message>
    <message>
        <source>Rubric and trainee feedback per session on the 1–5 scale; the shaded band is the 95% interval of the feedback, hollow points had fewer than 10 answers; the dashed line is the normalised learning gain.</source>
        <translation>每次课程的评分量表得分和学员反馈（1–5 分制）；阴影带为反馈的 95% 区间，空心点表示回答少于 10 份；虚线为标准化学习收益。</translation>
    </message>
    <message>
        <source>Mean score per rubric criterion (n = criterion scores), against the median of every candidate&apos;s mean.</source>
        <translation>各评分标准的平均分（n = 该标准的得分数），与所有候选人平均分的中位数对比。</translation>
    </message>
    <message>
        <source>Trainee feedback</source>
        <translation>学员反馈</translation>
    </message>
    <message>
        <source>{forms} anonymous feedback forms over {sessions} sessions, every answer counted once.</source>
        <translation>{sessions} 次课程共 {forms} 份匿名反馈表，每个回答只计一次。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评价项</translation>
    </message>
    <message>
        <source>Answers (n)</source>
        <translation>回答数（n）</translation>
    </message>
    <message>
        <source>No feedback items.</source>
        <translation>没有反馈项。</translation>
    </message>
    <message>
        <source>Selected trainee comments</source>
        <translation>学员评论精选</translation>
    </message>
    <message>
        <source>The {count} most recent of {total} written comments, as typed.</source>
        <translation>共 {total} 条书面评论中最近的 {count} 条，按原文照录。</translation>
    </message>
    <message>
        <source>No trainee has written a comment yet.</source>
        <translation>尚无学员撰写评论。</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>{overdue} overdue, {open} open, {done} done.</source>
        <translation>逾期 {overdue} 项，进行中 {open} 项，已完成 {done} 项。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>没有行动项。</translation>
    </message>
    <message>
        <source>The lead&apos;s rule, condition by condition, with the figures behind each.</source>
        <translation>培训负责人的规则，逐条列出各项条件及其依据的数据。</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>当前情况</translation>
    </message>
    <message>
        <source>Ready for certification: every condition is met.</source>
        <translation>可以认证：所有条件均已满足。</translation>
    </message>
    <message>
        <source>Not yet ready: {met} of {total} conditions met.</source>
        <translation>尚未就绪：{total} 项条件中满足 {met} 项。</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>No certification awarded yet.</source>
        <translation>尚未授予任何认证。</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>We have read and discussed this evaluation.</source>
        <translation>我们已阅读并讨论了本评估。</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>课程反馈</translation>
    </message>
    <message>
        <source>{starts}  ·  Trainer: {trainer}</source>
        <translation>{starts}  ·  培训师：{trainer}</translation>
    </message>
    <message>
        <source>SESSION CODE</source>
        <translation>课程代码</translation>
    </message>
    <message>
        <source>This form is anonymous: please do not write your name. Tick one box per question (1 = strongly disagree, 5 = strongly agree). Leave a question blank if you prefer not to answer.</source>
        <translation>本表为匿名填写：请勿写上您的姓名。每题勾选一个方框（1 = 非常不同意，5 = 非常同意）。如不想回答，可留空。</translation>
    </message>
    <message>
        <source>Comments: what worked well, and what would you change?</source>
        <translation>评论：哪些地方做得好？您会做哪些改变？</translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper.</source>
        <translation>请选择 A4 或 Letter 纸张。</translation>
    </message>
    <message>
        <source>Session {code}  ·  anonymous trainee feedback  ·  page {page}</source>
        <translation>课程 {code}  ·  匿名学员反馈  ·  第 {page} 页</translation>
    </message>
    <message>
        <source>Session code {code}</source>
        <translation>课程代码 {code}</translation>
    </message>
    <message>
        <source>Session feedback {code}</source>
        <translation>课程反馈 {code}</translation>
    </message>
    <message>
        <source>Anonymous trainee feedback form</source>
        <translation>匿名学员反馈表</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>– (no {unit})</source>
        <translation>–（无{unit}）</translation>
    </message>
    <message>
        <source>; 95% CI {low}–{high}</source>
        <translation>；95% 置信区间 {low}–{high}</translation>
    </message>
    <message>
        <source>no {unit} yet</source>
        <translation>尚无{unit}</translation>
    </message>
    <message>
        <source>n = {n} {unit}</source>
        <translation>n = {n} {unit}</translation>
    </message>
    <message>
        <source>{share} ({part} of {whole})</source>
        <translation>{share}（{whole} 中的 {part}）</translation>
    </message>
    <message>
        <source>Generated {date} by {author} · Trainer Coach</source>
        <translation>由 {author} 于 {date} 生成 · Trainer Coach</translation>
    </message>
    <message>
        <source>page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>培训计划报告</translation>
    </message>
    <message>
        <source>Train the trainer: pipeline, deliveries and readiness</source>
        <translation>对培训师开展培训：培养流程、试讲与准备情况</translation>
    </message>
    <message>
        <source>{candidates} candidates   ·   {sessions} practice deliveries   ·   Generated {date} by {author}</source>
        <translation>{candidates} 名候选人   ·   {sessions} 次试讲   ·   由 {author} 于 {date} 生成</translation>
    </message>
    <message>
        <source>Candidates in the programme</source>
        <translation>计划中的候选人</translation>
    </message>
    <message>
        <source>internal trainers: {share}</source>
        <translation>内部培训师：{share}</translation>
    </message>
    <message>
        <source>Certifications in force</source>
        <translation>有效认证</translation>
    </message>
    <message>
        <source>{count} action items overdue</source>
        <translation>{count} 个行动项逾期</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>培养流程</translation>
    </message>
    <message>
        <source>not counting {paused} paused or withdrawn; {count} ready for certification</source>
        <translation>不含 {paused} 名暂停或退出者；{count} 名可认证</translation>
    </message>
    <message>
        <source>How many candidates ever reached each stage: the {active} active candidates, including {paused} since paused or withdrawn; archived candidates are left out.</source>
        <translation>每个阶段曾到达过的候选人人数：{active} 名在册候选人，包括此后暂停或退出的 {paused} 名；已归档的候选人不计入。</translation>
    </message>
    <message>
        <source>Days each completed stay in a stage lasted (n = stays per stage).</source>
        <translation>每次已完成的阶段停留天数（n = 各阶段停留次数）。</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Rubric: mean of the observers&apos; weighted averages over the sessions scored (n). Feedback: the trainees&apos; overall item (n answers).</source>
        <translation>评分量表：已评分课程中观察员加权平均分的平均值（n）。反馈：学员的总体评价项（n 份回答）。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>尚无候选人。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Monthly means with their 95% intervals, and deliveries per month.</source>
        <translation>每月平均值及其 95% 区间，以及每月试讲次数。</translation>
    </message>
    <message>
        <source>Session report: {topic} ({code})</source>
        <translation>课程报告：{topic}（{code}）</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>课程报告</translation>
    </message>
    <message>
        <source>Trainer: {trainer}   ·   {starts}   ·   Session code {code}   ·   Generated {date} by {author}</source>
        <translation>培训师：{trainer}   ·   {starts}   ·   课程代码 {code}   ·   由 {author} 于 {date} 生成</translation>
    </message>
    <message>
        <source>Rubric (observers)</source>
        <translation>评分量表（观察员）</translation>
    </message>
    <message>
        <source>n = {n} observers</source>
        <translation>n = {n} 名观察员</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>{forms} forms from {trainees} trainees</source>
        <translation>{trainees} 名学员提交 {forms} 份表单</translation>
    </message>
    <message>
        <source>{count} of {total} checks give one</source>
        <translation>{total} 次测验中有 {count} 次可计算</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>课程代码</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>授课方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察评估</translation>
    </message>
    <message>
        <source>Each observer&apos;s scores against the rubric version they used, 1–5, with their notes.</source>
        <translation>每位观察员按所用评分量表版本给出的得分（1–5）及其备注。</translation>
    </message>
    <message>
        <source>No observation recorded for this session.</source>
        <translation>本次课程没有观察评估记录。</translation>
    </message>
    <message>
        <source>{observer} · weighted average {average} (n={n} criteria) · recommendation: {recommendation}</source>
        <translation>{observer} · 加权平均 {average}（n={n} 个标准）· 建议：{recommendation}</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>未观察</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>改进之处</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{forms} anonymous forms from {trainees} trainees.</source>
        <translation>{trainees} 名学员提交了 {forms} 份匿名表单。</translation>
    </message>
    <message>
        <source>Share of answers per item, disagree to the left, agree to the right (n per item).</source>
        <translation>各评价项的回答占比，左侧为不同意，右侧为同意（n 为各项回答数）。</translation>
    </message>
    <message>
        <source>Trainee comments</source>
        <translation>学员评论</translation>
    </message>
    <message>
        <source>{count} of {total} written comments, as typed.</source>
        <translation>共 {total} 条书面评论中的 {count} 条，按原文照录。</translation>
    </message>
    <message>
        <source>No trainee has written a comment.</source>
        <translation>没有学员撰写评论。</translation>
    </message>
    <message>
        <source>Comprehension checks</source>
        <translation>理解测验</translation>
    </message>
    <message>
        <source>Scores before and after the session for trainees with both; the normalised gain is the share of what was left to learn that was learned.</source>
        <translation>同时有前测和后测得分的学员在课程前后的得分；标准化收益是指原本未掌握的内容中已学会的比例。</translation>
    </message>
    <message>
        <source>No comprehension check recorded for this session.</source>
        <translation>本次课程没有理解测验记录。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Before (mean)</source>
        <translation>之前（平均）</translation>
    </message>
    <message>
        <source>After (mean)</source>
        <translation>之后（平均）</translation>
    </message>
    <message>
        <source>Gain per trainee</source>
        <translation>每名学员的收益</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>对</translation>
    </message>
    <message>
        <source>Retention check</source>
        <translation>保持情况测验</translation>
    </message>
    <message>
        <source>Each line is one trainee (n={n} with both scores).</source>
        <translation>每条线代表一名学员（n={n} 名有两次得分）。</translation>
    </message>
    <message>
        <source>Knowledge of the business and the support processes</source>
        <translation>了解业务和客户服务流程</translation>
    </message>
    <message>
        <source>Passion for teaching and developing others</source>
        <translation>对于向他人传授技能和帮助他人提升能力饱含激情</translation>
    </message>
    <message>
        <source>Confident presenting; spoken and written communication</source>
        <translation>自信的演讲者；口头和书面沟通</translation>
    </message>
    <message>
        <source>Follows precise instructions and processes</source>
        <translation>能执行明确的指示与清晰的流程</translation>
    </message>
    <message>
        <source>Practise more</source>
        <translation>需多加练习</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation>对培训师开展培训</translation>
    </message>
    <message>
        <source>Co-delivery</source>
        <translation>联合授课</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Active trainer</source>
        <translation>在岗培训师</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>The session was clear</source>
        <translation>课程内容清晰</translation>
    </message>
    <message>
        <source>The content is relevant to my work</source>
        <translation>内容与我的工作相关</translation>
    </message>
    <message>
        <source>The pace was right</source>
        <translation>节奏合适</translation>
    </message>
    <message>
        <source>The session kept me engaged</source>
        <translation>课程让我保持投入</translation>
    </message>
    <message>
        <source>I feel confident applying what I learned</source>
        <translation>我有信心运用所学内容</translation>
    </message>
    <message>
        <source>Overall, the session was good</source>
        <translation>总体而言，这次课程很好</translation>
    </message>
    <message>
        <source>How likely are you to recommend this session to a colleague?</source>
        <translation>您向同事推荐这次课程的可能性有多大？</translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation>请输入候选人姓名。</translation>
    </message>
    <message>
        <source>A name can be at most {max_name} characters.</source>
        <translation>姓名最多 {max_name} 个字符。</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>这看起来不是电子邮件地址（name@example.com）。</translation>
    </message>
    <message>
        <source>{other} already uses this email address.</source>
        <translation>{other} 已在使用此电子邮件地址。</translation>
    </message>
    <message>
        <source>Choose employee or vendor.</source>
        <translation>请选择员工或供应商。</translation>
    </message>
    <message>
        <source>Name the vendor&apos;s company.</source>
        <translation>请填写供应商公司名称。</translation>
    </message>
    <message>
        <source>{title} was changed by someone else since; their change is kept.</source>
        <translation>{title} 已被他人修改；保留其修改。</translation>
    </message>
    <message>
        <source>Only {owner}, who owns “{title}”, or a lead can change it.</source>
        <translation>只有“{title}”的负责人 {owner} 或主管可以修改它。</translation>
    </message>
    <message>
        <source>its owner</source>
        <translation>其负责人</translation>
    </message>
    <message>
        <source>On the team server you own the assets you add and edit; a lead can give one to someone else.</source>
        <translation>在团队服务器上，您添加和编辑的资料归您所有；负责人可以将其转交他人。</translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation>此人已不在数据库中。</translation>
    </message>
    <message>
        <source>This version is no longer in the database.</source>
        <translation>该版本已不在数据库中。</translation>
    </message>
    <message>
        <source>This feedback is no longer in the database.</source>
        <translation>该反馈已不在数据库中。</translation>
    </message>
    <message>
        <source>A candidate cannot be their own mentor.</source>
        <translation>候选人不能担任自己的导师。</translation>
    </message>
    <message>
        <source>The nomination date cannot be in the future.</source>
        <translation>提名日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The hire date cannot be in the future.</source>
        <translation>入职日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Unknown traits: {join}.</source>
        <translation>未知特征：{join}。</translation>
    </message>
    <message>
        <source>Score the trait from 1 to 5, or leave it empty.</source>
        <translation>请按 1 到 5 为该特征打分，或留空。</translation>
    </message>
    <message>
        <source>This candidate is no longer in the database.</source>
        <translation>此候选人已不在数据库中。</translation>
    </message>
    <message>
        <source>Sessions, action items or certifications were added for {name} since; undo would delete them, so {name} is kept.</source>
        <translation>此后已为 {name} 添加了课程、行动项或认证；撤销会删除它们，因此保留 {name}。</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <source>The pipeline has no stages; add one first.</source>
        <translation>培养流程中没有阶段；请先添加一个。</translation>
    </message>
    <message>
        <source>{name} was changed by someone else since; their change is kept.</source>
        <translation>{name} 已被他人修改；保留其修改。</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>归档 {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>{person_name} is already archived.</source>
        <translation>{person_name} 已归档。</translation>
    </message>
    <message>
        <source>{person_name} is not archived.</source>
        <translation>{person_name} 未归档。</translation>
    </message>
    <message>
        <source>Name the topic the trainer is certified for.</source>
        <translation>请填写培训师获得认证的主题。</translation>
    </message>
    <message>
        <source>A topic can be at most 300 characters.</source>
        <translation>主题最多 300 个字符。</translation>
    </message>
    <message>
        <source>Choose beginner, intermediate or advanced.</source>
        <translation>请选择入门、中阶或高阶。</translation>
    </message>
    <message>
        <source>A certification cannot be awarded in the future.</source>
        <translation>认证的授予日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The renewal date comes after the award.</source>
        <translation>续期日期须晚于授予日期。</translation>
    </message>
    <message>
        <source>Evidence must be sessions this trainer gave.</source>
        <translation>证据必须是该培训师讲授的课程。</translation>
    </message>
    <message>
        <source>Certify for {topic}</source>
        <translation>认证：{topic}</translation>
    </message>
    <message>
        <source>This certification is no longer in the database.</source>
        <translation>此认证已不在数据库中。</translation>
    </message>
    <message>
        <source>This certification was changed by someone else since; their change is kept.</source>
        <translation>此认证此后已被他人更改；保留其更改。</translation>
    </message>
    <message>
        <source>There is no sign-off to withdraw.</source>
        <translation>没有可撤回的签字确认。</translation>
    </message>
    <message>
        <source>Choose a daily quiz, a practical task test or an oral exam.</source>
        <translation>请选择每日测验、实际任务测验或口头考察。</translation>
    </message>
    <message>
        <source>The maximum score is a number above 0, or empty when there is none.</source>
        <translation>满分须为大于 0 的数字；没有满分时留空。</translation>
    </message>
    <message>
        <source>A title can be at most 300 characters.</source>
        <translation>标题最多 300 个字符。</translation>
    </message>
    <message>
        <source>The retention check comes after the check itself.</source>
        <translation>保持情况测验须在本次测验之后。</translation>
    </message>
    <message>
        <source>Trainee {label}</source>
        <translation>学员 {label}</translation>
    </message>
    <message>
        <source>Row {line}: give the trainee an anonymous label, such as T{line:02d}.</source>
        <translation>第 {line} 行：请为学员填写匿名标签，例如 T{line:02d}。</translation>
    </message>
    <message>
        <source>Row {line}: a trainee label can be at most {max_trainee} characters.</source>
        <translation>第 {line} 行：学员标签最多 {max_trainee} 个字符。</translation>
    </message>
    <message>
        <source>{where} appears twice.</source>
        <translation>{where} 出现了两次。</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>保持情况</translation>
    </message>
    <message>
        <source>{where}: the {name} score must be a number of 0 or more.</source>
        <translation>{where}：{name}得分须为 0 或以上的数字。</translation>
    </message>
    <message>
        <source>{where}: the {name} score {value:g} is above the maximum {form_max_score:g}.</source>
        <translation>{where}：{name}得分 {value:g} 超过满分 {form_max_score:g}。</translation>
    </message>
    <message>
        <source>Question {line}: write the question (or a short name for it).</source>
        <translation>第 {line} 题：请填写题目（或简短名称）。</translation>
    </message>
    <message>
        <source>Question {line}: a question can be at most {max} characters.</source>
        <translation>第 {line} 题：题目最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Question {line}: a topic can be at most {max} characters.</source>
        <translation>第 {line} 题：主题最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Question {line}: the counts are whole numbers of 0 or more.</source>
        <translation>第 {line} 题：人数须为 0 或以上的整数。</translation>
    </message>
    <message>
        <source>Question {line}: {correct} right answers out of {answered} answers cannot be.</source>
        <translation>第 {line} 题：{answered} 个作答中不可能有 {correct} 个答对。</translation>
    </message>
    <message>
        <source>This comprehension check is no longer in the database.</source>
        <translation>此理解测验已不在数据库中。</translation>
    </message>
    <message>
        <source>This session is no longer in the database.</source>
        <translation>本课程已不在数据库中。</translation>
    </message>
    <message>
        <source>This comprehension check was changed by someone else since; their change is kept.</source>
        <translation>此理解检查此后已被他人更改；保留其更改。</translation>
    </message>
    <message>
        <source>Choose the candidate who gave the session.</source>
        <translation>请选择讲授本次课程的候选人。</translation>
    </message>
    <message>
        <source>Enter the session&apos;s topic.</source>
        <translation>请输入课程主题。</translation>
    </message>
    <message>
        <source>A topic can be at most {max_topic} characters.</source>
        <translation>主题最多 {max_topic} 个字符。</translation>
    </message>
    <message>
        <source>Give the date and time of the session.</source>
        <translation>请填写课程的日期和时间。</translation>
    </message>
    <message>
        <source>The session is more than a year ahead; check the date.</source>
        <translation>课程日期距今超过一年；请检查日期。</translation>
    </message>
    <message>
        <source>Choose classroom, virtual or online/self-paced.</source>
        <translation>请选择课堂培训、虚拟培训或在线培训/自定进度。</translation>
    </message>
    <message>
        <source>Choose new hires, existing agents or mixed.</source>
        <translation>请选择新员工、现有客服人员或混合。</translation>
    </message>
    <message>
        <source>The number of trainees is a whole number from 0 to {max_trainees}.</source>
        <translation>学员人数须为 0 到 {max_trainees} 之间的整数。</translation>
    </message>
    <message>
        <source>The duration is a whole number of minutes, from 1 to 1440.</source>
        <translation>时长为 1 到 1440 之间的整数分钟。</translation>
    </message>
    <message>
        <source>This session, or something recorded for it, was changed or added to by someone else since; their change is kept and the session stays.</source>
        <translation>此后有其他人修改或补充了这节课程或其中的记录；其修改已保留，课程也保留不变。</translation>
    </message>
    <message>
        <source>The candidate who gave this session was deleted since, so the session cannot come back.</source>
        <translation>讲授这节课程的候选人此后已被删除，因此课程无法恢复。</translation>
    </message>
    <message>
        <source>A session logged since has taken this session&apos;s number or code, so it cannot come back; nothing was changed.</source>
        <translation>此后记录的另一节课程占用了这节课程的编号或代码，因此无法恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>Something this session needs was deleted, or its records&apos; places were taken, since it was deleted; nothing was put back.</source>
        <translation>删除这节课程之后，它所需的某些内容已被删除，或其记录的位置已被占用；未恢复任何内容。</translation>
    </message>
    <message>
        <source>This training asset is no longer in the database.</source>
        <translation>此培训资料已不在数据库中。</translation>
    </message>
    <message>
        <source>An observer is listed twice.</source>
        <translation>有观察员被列了两次。</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>请为练习命名。</translation>
    </message>
    <message>
        <source>A name can be at most {most} characters.</source>
        <translation>名称最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Choose at least two observers: agreement needs two or more.</source>
        <translation>请至少选择两名观察员：一致性需要两名或以上。</translation>
    </message>
    <message>
        <source>Add at least one delivery to score.</source>
        <translation>请至少添加一场待评分的授课。</translation>
    </message>
    <message>
        <source>Delivery {line}: choose a practice session or give a recording&apos;s link.</source>
        <translation>授课 {line}：请选择一场练习授课，或提供录像链接。</translation>
    </message>
    <message>
        <source>Delivery {line}: the title or the link is too long.</source>
        <translation>授课 {line}：标题或链接过长。</translation>
    </message>
    <message>
        <source>This calibration exercise is no longer in the database.</source>
        <translation>此校准练习已不在数据库中。</translation>
    </message>
    <message>
        <source>An observer is no longer in the database.</source>
        <translation>有观察员已不在数据库中。</translation>
    </message>
    <message>
        <source>A session to score is no longer in the database.</source>
        <translation>一场待评分的授课已不在数据库中。</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5, or empty.</source>
        <translation>评分为 1 到 5 的整数，或留空。</translation>
    </message>
    <message>
        <source>These scores were handed in; they can no longer change.</source>
        <translation>这些评分已提交，不能再更改。</translation>
    </message>
    <message>
        <source>A score is for a delivery or criterion not in this exercise.</source>
        <translation>有评分针对的授课或标准不属于此练习。</translation>
    </message>
    <message>
        <source>This exercise is closed; its scores can no longer change.</source>
        <translation>此练习已关闭，其评分不能再更改。</translation>
    </message>
    <message>
        <source>This person is not an observer in this exercise.</source>
        <translation>此人不是此练习的观察员。</translation>
    </message>
    <message>
        <source>Mean over criteria</source>
        <translation>各标准平均</translation>
    </message>
    <message>
        <source>A candidate cannot observe their own session.</source>
        <translation>候选人不能观察评估自己的课程。</translation>
    </message>
    <message>
        <source>A recording link can be at most {max_link} characters.</source>
        <translation>录像链接最多 {max_link} 个字符。</translation>
    </message>
    <message>
        <source>A recording link is a web address starting with https:// (for example https://video.example.com/session-12).</source>
        <translation>录像链接须为以 https:// 开头的网址（例如 https://video.example.com/session-12）。</translation>
    </message>
    <message>
        <source>No session has the code {code_strip!r}.</source>
        <translation>没有课程使用代码 {code_strip!r}。</translation>
    </message>
    <message>
        <source>This session was changed by someone else since; their change is kept.</source>
        <translation>此课程此后已被他人更改；保留其更改。</translation>
    </message>
    <message>
        <source>Observations, feedback or checks were added to this session since; undo would delete them, so the session is kept.</source>
        <translation>此后已为此课程添加了观察、反馈或检查；撤销会删除它们，因此保留该课程。</translation>
    </message>
    <message>
        <source>Log session {topic}</source>
        <translation>记录课程 {topic}</translation>
    </message>
    <message>
        <source>Edit session {topic}</source>
        <translation>编辑课程 {topic}</translation>
    </message>
    <message>
        <source>This session has been observed, and the observation is part of the record: ask a lead to delete it.</source>
        <translation>本课程已有观察评估，且观察评估属于正式记录：请联系培训负责人删除。</translation>
    </message>
    <message>
        <source>A link can be at most {most} characters.</source>
        <translation>链接最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>The article&apos;s address is a web address starting with https:// (for example https://kb.example.com/refunds).</source>
        <translation>文章地址是以 https:// 开头的网址（例如 https://kb.example.com/refunds）。</translation>
    </message>
    <message>
        <source>Give the training asset a title.</source>
        <translation>请为培训资料填写标题。</translation>
    </message>
    <message>
        <source>A title can be at most {max_topic} characters.</source>
        <translation>标题最多 {max_topic} 个字符。</translation>
    </message>
    <message>
        <source>A template&apos;s name can be at most {most} characters.</source>
        <translation>模板名称最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>“{code}” is not a language code: write codes such as en, el, zh_CN, separated by commas.</source>
        <translation>“{code}”不是语言代码：请填写 en、el、zh_CN 等代码，用逗号分隔。</translation>
    </message>
    <message>
        <source>Too many languages: at most {most} characters of codes.</source>
        <translation>语言过多：代码最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Give the article&apos;s address first: the date is when that article last changed.</source>
        <translation>请先填写文章地址：该日期是这篇文章最后一次更改的日期。</translation>
    </message>
    <message>
        <source>The article cannot have changed after today.</source>
        <translation>文章的更改日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Tick at least one kind of content: text, visual, hands-on or mock tickets.</source>
        <translation>请至少勾选一种内容：文字、图像、动手实践或模拟工单。</translation>
    </message>
    <message>
        <source>Give the version a label, such as 2.0 or 2026-12.</source>
        <translation>请为版本填写标签，例如 2.0 或 2026-12。</translation>
    </message>
    <message>
        <source>A version&apos;s label can be at most {most} characters.</source>
        <translation>版本标签最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>This asset already has a version {label}.</source>
        <translation>这份资料已有版本 {label}。</translation>
    </message>
    <message>
        <source>Say what changed in this version.</source>
        <translation>请说明此版本的更改内容。</translation>
    </message>
    <message>
        <source>What changed can be at most {most} characters.</source>
        <translation>更改说明最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>A review cannot be dated after today.</source>
        <translation>审核日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The next review is due after this one.</source>
        <translation>下次审核必须晚于本次审核。</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5, or empty.</source>
        <translation>评分是 1 到 5 的整数，或留空。</translation>
    </message>
    <message>
        <source>A comment can be at most {most} characters.</source>
        <translation>评论最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Give a rating, a comment or both.</source>
        <translation>请给出评分、评论或两者。</translation>
    </message>
    <message>
        <source>There is already a training asset called {title}.</source>
        <translation>已有标题为 {title} 的培训资料。</translation>
    </message>
    <message>
        <source>There is no feedback item {key!r}.</source>
        <translation>没有反馈项 {key!r}。</translation>
    </message>
    <message>
        <source>{item_label}: answer from {low} to {high}, or leave it blank.</source>
        <translation>{item_label}：请回答 {low} 到 {high}，或留空。</translation>
    </message>
    <message>
        <source>A comment can be at most {max_comment} characters.</source>
        <translation>评论最多 {max_comment} 个字符。</translation>
    </message>
    <message>
        <source>This form is empty: answer at least one question or write a comment.</source>
        <translation>此表单为空：请至少回答一个问题或写一条评论。</translation>
    </message>
    <message>
        <source>Write the question trainees will answer.</source>
        <translation>请填写学员要回答的问题。</translation>
    </message>
    <message>
        <source>A question can be at most 300 characters.</source>
        <translation>问题最多 300 个字符。</translation>
    </message>
    <message>
        <source>Choose a 1-5 agreement scale or a 0-10 recommendation scale.</source>
        <translation>请选择 1-5 同意程度量表或 0-10 推荐量表。</translation>
    </message>
    <message>
        <source>This question is already asked.</source>
        <translation>此问题已存在。</translation>
    </message>
    <message>
        <source>This feedback item is no longer in the database.</source>
        <translation>此反馈项已不在数据库中。</translation>
    </message>
    <message>
        <source>This import was taken back or deleted by someone else since; nothing was changed.</source>
        <translation>此后其他人已撤回或删除了这次导入；未做任何更改。</translation>
    </message>
    <message>
        <source>Forms of this import were changed, added or deleted by someone else since; their change is kept and nothing was taken back.</source>
        <translation>此后其他人修改、添加或删除了这次导入的反馈表；其修改已保留，未撤回任何内容。</translation>
    </message>
    <message>
        <source>This file was imported into the session again since; putting its forms back would count them twice, so nothing was changed.</source>
        <translation>此后该文件已再次导入这节课程；若恢复其反馈表会被重复计算，因此未做任何更改。</translation>
    </message>
    <message>
        <source>Feedback forms were added since in the places of this import&apos;s forms; nothing was put back.</source>
        <translation>此后新增的反馈表占用了这次导入的反馈表的位置；未恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} is shared by the team; only a lead changes it. Save your mapping under another name.</source>
        <translation>{name} 是团队共享的；只有负责人可以更改。请用另一个名称保存您的映射。</translation>
    </message>
    <message>
        <source>Unknown source of feedback.</source>
        <translation>未知的反馈来源。</translation>
    </message>
    <message>
        <source>Form {number}: </source>
        <translation>表单 {number}：</translation>
    </message>
    <message>
        <source>These feedback forms were changed or deleted by someone else since; their change is kept and nothing was taken back.</source>
        <translation>这些反馈表此后已被他人更改或删除；保留其更改，未撤销任何内容。</translation>
    </message>
    <message>
        <source>There is no import preset called {name!r}.</source>
        <translation>没有名为 {name!r} 的导入预设。</translation>
    </message>
    <message>
        <source>Give the preset a name, e.g. the survey tool it is for.</source>
        <translation>请为预设命名，例如所适用的问卷工具。</translation>
    </message>
    <message>
        <source>A preset name can be at most 200 characters.</source>
        <translation>预设名称最多 200 个字符。</translation>
    </message>
    <message>
        <source>This milestone was changed by someone else since; their change is kept.</source>
        <translation>此里程碑此后已被他人更改；保留其更改。</translation>
    </message>
    <message>
        <source>Unknown train-the-trainer component.</source>
        <translation>未知的“对培训师开展培训”组成部分。</translation>
    </message>
    <message>
        <source>Choose not started, in progress or done.</source>
        <translation>请选择未开始、进行中或已完成。</translation>
    </message>
    <message>
        <source>Name the topic agents struggle with.</source>
        <translation>请填写客服感到困难的主题。</translation>
    </message>
    <message>
        <source>A topic can be at most {max} characters.</source>
        <translation>主题最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>A description can be at most {max} characters.</source>
        <translation>描述最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Choose what kind of evidence this is.</source>
        <translation>请选择证据类型。</translation>
    </message>
    <message>
        <source>Choose the record this evidence points to.</source>
        <translation>请选择该证据指向的记录。</translation>
    </message>
    <message>
        <source>Choose a QA score, CSAT or a ticket volume.</source>
        <translation>请选择质检分数、客户满意度或工单量。</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. The columns are date, kind, value, source, agents and note.</source>
        <translation>未知的列：{columns}。列为日期、类型、数值、来源、人数和备注。</translation>
    </message>
    <message>
        <source>Missing columns: {columns}. Each figure needs its date, its kind, its value and its source.</source>
        <translation>缺少列：{columns}。每项数据都需要日期、类型、数值和来源。</translation>
    </message>
    <message>
        <source>A file of figures holds at most {count} rows; is this the right file?</source>
        <translation>数据文件最多包含 {count} 行；这是正确的文件吗？</translation>
    </message>
    <message>
        <source>{cell!r} is not a kind of figure: write qa_score, csat or ticket_volume.</source>
        <translation>{cell!r} 不是数据类型：请写 qa_score、csat 或 ticket_volume。</translation>
    </message>
    <message>
        <source>Say what the figure is: qa_score, csat or ticket_volume.</source>
        <translation>请说明数据类型：qa_score、csat 或 ticket_volume。</translation>
    </message>
    <message>
        <source>Say where the figure comes from (a report, a tool, a team).</source>
        <translation>请说明数据来源（报表、工具或团队）。</translation>
    </message>
    <message>
        <source>A source can be at most {max} characters.</source>
        <translation>来源最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Give the date the figure is for.</source>
        <translation>请填写该数据对应的日期。</translation>
    </message>
    <message>
        <source>{cell!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>{cell!r} 不是日期：请写成 YYYY-MM-DD，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>{cell!r} is not a date on the calendar.</source>
        <translation>{cell!r} 不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Give the figure, a number.</source>
        <translation>请填写数值。</translation>
    </message>
    <message>
        <source>{cell!r} is not a number.</source>
        <translation>{cell!r} 不是数字。</translation>
    </message>
    <message>
        <source>The figure is a number.</source>
        <translation>数值须为数字。</translation>
    </message>
    <message>
        <source>The figure cannot be below 0.</source>
        <translation>数值不能小于 0。</translation>
    </message>
    <message>
        <source>The number of agents is a whole number of 0 or more, or empty.</source>
        <translation>客服人数须为 0 或以上的整数，或留空。</translation>
    </message>
    <message>
        <source>A note can be at most {max} characters.</source>
        <translation>备注最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>This knowledge gap is no longer in the database.</source>
        <translation>此知识缺口已不在数据库中。</translation>
    </message>
    <message>
        <source>This check question is no longer in the database.</source>
        <translation>此测验题目已不在数据库中。</translation>
    </message>
    <message>
        <source>A gap is open or closed.</source>
        <translation>缺口只能是未解决或已关闭。</translation>
    </message>
    <message>
        <source>A business case was written for this gap since; the gap is kept.</source>
        <translation>此后已有人为该缺口撰写商业论证；缺口已保留。</translation>
    </message>
    <message>
        <source>This knowledge gap was changed by someone else since; their change is kept.</source>
        <translation>此知识缺口已被他人修改；其修改已保留。</translation>
    </message>
    <message>
        <source>The record this evidence points to is no longer there.</source>
        <translation>该证据指向的记录已不存在。</translation>
    </message>
    <message>
        <source>This record is already evidence of the gap.</source>
        <translation>此记录已是该缺口的证据。</translation>
    </message>
    <message>
        <source>This evidence is no longer in the database.</source>
        <translation>此证据已不在数据库中。</translation>
    </message>
    <message>
        <source>There are no figures in this file; nothing was imported.</source>
        <translation>此文件中没有数据；未导入任何内容。</translation>
    </message>
    <message>
        <source>Give the date the milestone was reached.</source>
        <translation>请填写达成该里程碑的日期。</translation>
    </message>
    <message>
        <source>Choose who observed the session.</source>
        <translation>请选择观察评估本次课程的人员。</translation>
    </message>
    <message>
        <source>This observer is no longer in the database.</source>
        <translation>此观察员已不在数据库中。</translation>
    </message>
    <message>
        <source>{observer_name} has already observed this session; open that observation.</source>
        <translation>{observer_name} 已观察评估过本课程；请打开那条观察评估。</translation>
    </message>
    <message>
        <source>This rubric version is no longer in the database.</source>
        <translation>此评分量表版本已不在数据库中。</translation>
    </message>
    <message>
        <source>A score is for a criterion that is not in this rubric version.</source>
        <translation>有得分对应的评分标准不在此评分量表版本中。</translation>
    </message>
    <message>
        <source>Score each criterion from 1 to 5, or leave it as not observed.</source>
        <translation>每个评分标准按 1 到 5 打分，或标为未观察。</translation>
    </message>
    <message>
        <source>Score at least one criterion.</source>
        <translation>请至少为一个评分标准打分。</translation>
    </message>
    <message>
        <source>Choose a recommendation.</source>
        <translation>请选择建议。</translation>
    </message>
    <message>
        <source>Action item {position} needs a description.</source>
        <translation>行动项 {position} 需要填写说明。</translation>
    </message>
    <message>
        <source>Action item {position} is longer than {max_action} characters.</source>
        <translation>行动项 {position} 超过 {max_action} 个字符。</translation>
    </message>
    <message>
        <source>The owner of action item {position} is no longer in the database.</source>
        <translation>行动项 {position} 的负责人已不在数据库中。</translation>
    </message>
    <message>
        <source>This observation is no longer in the database.</source>
        <translation>此观察评估已不在数据库中。</translation>
    </message>
    <message>
        <source>This observation was changed by someone else after you opened it.</source>
        <translation>您打开此观察评估后，其他人修改了它。</translation>
    </message>
    <message>
        <source>This observation was changed by someone else since; their change is kept.</source>
        <translation>此观察此后已被他人更改；保留其更改。</translation>
    </message>
    <message>
        <source>Describe the action item.</source>
        <translation>请描述行动项。</translation>
    </message>
    <message>
        <source>An action item can be at most {max_action} characters.</source>
        <translation>行动项最多 {max_action} 个字符。</translation>
    </message>
    <message>
        <source>This action item is no longer in the database.</source>
        <translation>此行动项已不在数据库中。</translation>
    </message>
    <message>
        <source>This action item was changed by someone else since; their change is kept.</source>
        <translation>此行动项此后已被他人更改；保留其更改。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入人员姓名。</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters.</source>
        <translation>名称最多 200 个字符。</translation>
    </message>
    <message>
        <source>Choose lead, trainer or agent.</source>
        <translation>请选择培训负责人、培训师或客服人员。</translation>
    </message>
    <message>
        <source>The login {db_user} has no access to this team.</source>
        <translation>登录名 {db_user} 没有此团队的访问权限。</translation>
    </message>
    <message>
        <source>Choose lead or trainer.</source>
        <translation>请选择培训负责人或培训师。</translation>
    </message>
    <message>
        <source>Logins and roles are for a team server (PostgreSQL). A database file on your computer is yours alone; move it to a server with db copy first.</source>
        <translation>登录名和角色仅用于团队服务器（PostgreSQL）。您电脑上的数据库文件只属于您自己；请先用 db copy 将其迁移到服务器。</translation>
    </message>
    <message>
        <source>Only a lead can give people access to the team server.</source>
        <translation>只有培训负责人可以授予团队服务器的访问权限。</translation>
    </message>
    <message>
        <source>The login {db_user} already belongs to {someone}.</source>
        <translation>登录名 {db_user} 已属于 {someone}。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>{db_user} is an administrator of the server; give the person their own login.</source>
        <translation>{db_user} 是服务器管理员；请为此人提供其自己的登录名。</translation>
    </message>
    <message>
        <source>Logins and roles are for a team server (PostgreSQL).</source>
        <translation>登录名和角色仅用于团队服务器（PostgreSQL）。</translation>
    </message>
    <message>
        <source>This person has no login on the team server.</source>
        <translation>此人在团队服务器上没有登录名。</translation>
    </message>
    <message>
        <source>That stage no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <source>They are all in {target_name} already.</source>
        <translation>他们都已在 {target_name} 中。</translation>
    </message>
    <message>
        <source>{person_name} is already in {target_name}.</source>
        <translation>{person_name} 已在 {target_name} 阶段。</translation>
    </message>
    <message>
        <source>Say why the candidate moves; the reason stays in their timeline.</source>
        <translation>请说明候选人移动的原因；原因会保留在其时间线中。</translation>
    </message>
    <message>
        <source>{person_name} is archived; restore them before moving them.</source>
        <translation>{person_name} 已归档；请先恢复再移动。</translation>
    </message>
    <message>
        <source>Move {name} to {stage}</source>
        <translation>将 {name} 移到 {stage}</translation>
    </message>
    <message>
        <source>That move is no longer in the database.</source>
        <translation>该变动已不在数据库中。</translation>
    </message>
    <message>
        <source>The candidate has moved again since; undo that move first.</source>
        <translation>候选人此后又移动过；请先撤销那次移动。</translation>
    </message>
    <message>
        <source>The candidate is no longer where this move started.</source>
        <translation>候选人已不在此次移动的起始阶段。</translation>
    </message>
    <message>
        <source>A stage is either part of the pipeline or a side exit.</source>
        <translation>阶段要么属于培养流程，要么是旁路出口。</translation>
    </message>
    <message>
        <source>The new order must list every stage exactly once.</source>
        <translation>新顺序必须包含每个阶段且只出现一次。</translation>
    </message>
    <message>
        <source>A stage added since has this stage&apos;s name or place; nothing was changed.</source>
        <translation>此后新增的阶段使用了这个阶段的名称或位置；未做任何更改。</translation>
    </message>
    <message>
        <source>{stage_name} was changed by someone else since; their change is kept.</source>
        <translation>此后其他人修改了 {stage_name}；其修改已保留。</translation>
    </message>
    <message>
        <source>{stage_name} holds {held} candidate(s), archived ones included; move them to another stage first.</source>
        <translation>阶段 {stage_name} 中有 {held} 名候选人（含已归档）；请先将他们移到其他阶段。</translation>
    </message>
    <message>
        <source>{stage_name} is named in candidates&apos; timelines (moves: {in_history}), so it stays; rename it instead.</source>
        <translation>{stage_name} 出现在候选人的时间线中（移动：{in_history} 次），因此保留；请改为重命名。</translation>
    </message>
    <message>
        <source>The pipeline needs at least one stage.</source>
        <translation>培养流程至少需要一个阶段。</translation>
    </message>
    <message>
        <source>Give the stage a name.</source>
        <translation>请为阶段命名。</translation>
    </message>
    <message>
        <source>A stage name can be at most {max_stage_name} characters.</source>
        <translation>阶段名称最多 {max_stage_name} 个字符。</translation>
    </message>
    <message>
        <source>There is already a stage called {other}.</source>
        <translation>已有名为 {other} 的阶段。</translation>
    </message>
    <message>
        <source>A rubric needs at least one criterion.</source>
        <translation>评分量表至少需要一个评分标准。</translation>
    </message>
    <message>
        <source>A rubric can have at most {max_criteria} criteria.</source>
        <translation>评分量表最多可有 {max_criteria} 个评分标准。</translation>
    </message>
    <message>
        <source>Two criteria have the same key.</source>
        <translation>有两个评分标准的键名相同。</translation>
    </message>
    <message>
        <source>Criterion {position} needs a title.</source>
        <translation>评分标准 {position} 需要标题。</translation>
    </message>
    <message>
        <source>Criterion {position} needs a key.</source>
        <translation>评分标准 {position} 需要一个键名。</translation>
    </message>
    <message>
        <source>The weight of criterion {position} must be above 0 (up to 100).</source>
        <translation>评分标准 {position} 的权重须大于 0（最大 100）。</translation>
    </message>
    <message>
        <source>Anchors are for score levels 1 to 5.</source>
        <translation>行为锚点仅适用于 1 到 5 分。</translation>
    </message>
    <message>
        <source>There is no rubric yet; add one in the rubric editor.</source>
        <translation>尚无评分量表；请在评分量表编辑器中添加。</translation>
    </message>
    <message>
        <source>Give the rubric a name.</source>
        <translation>请为评分量表命名。</translation>
    </message>
    <message>
        <source>There is already a rubric called {name}.</source>
        <translation>已有名为 {name} 的评分量表。</translation>
    </message>
    <message>
        <source>This rubric is no longer in the database.</source>
        <translation>此评分量表已不在数据库中。</translation>
    </message>
    <message>
        <source>A second column for {name!r}; keep one.</source>
        <translation>{name!r} 有第二列；请只保留一列。</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. The columns are trainee, before, after and retention.</source>
        <translation>未知的列：{columns}。列应为 trainee、before、after 和 retention。</translation>
    </message>
    <message>
        <source>Unknown column: {columns}. The columns are trainee, before, after and retention.</source>
        <translation>未知的列：{columns}。列应为 trainee、before、after 和 retention。</translation>
    </message>
    <message>
        <source>There is no &apos;trainee&apos; column with each trainee&apos;s anonymous label.</source>
        <translation>没有包含每名学员匿名标签的“trainee”列。</translation>
    </message>
    <message>
        <source>A comprehension check holds at most {max_score_rows} trainees; is this the right file?</source>
        <translation>一次理解测验最多包含 {max_score_rows} 名学员；这个文件对吗？</translation>
    </message>
    <message>
        <source>This row has more filled cells than the header has columns.</source>
        <translation>此行已填写的单元格多于表头的列数。</translation>
    </message>
    <message>
        <source>Give the trainee an anonymous label, such as T01.</source>
        <translation>请为学员填写匿名标签，例如 T01。</translation>
    </message>
    <message>
        <source>A trainee label can be at most {max_trainee} characters.</source>
        <translation>学员标签最多 {max_trainee} 个字符。</translation>
    </message>
    <message>
        <source>{label!r} is already on line {seen_label_casefold}.</source>
        <translation>{label!r} 已出现在第 {seen_label_casefold} 行。</translation>
    </message>
    <message>
        <source>{cell!r}: write 1 for a right answer, 0 for a wrong one, or leave it blank.</source>
        <translation>{cell!r}：答对填 1，答错填 0，未作答留空。</translation>
    </message>
    <message>
        <source>{stripped_40!r} is not a number.</source>
        <translation>{stripped_40!r} 不是数字。</translation>
    </message>
    <message>
        <source>{stripped} is not a score: a score is 0 or more.</source>
        <translation>{stripped} 不是有效得分：得分须为 0 或以上。</translation>
    </message>
    <message>
        <source>{value:g} is above the maximum score {max_score:g}.</source>
        <translation>{value:g} 超过满分 {max_score:g}。</translation>
    </message>
    <message>
        <source>line {line}, column {column!r}</source>
        <translation>第 {line} 行，列 {column!r}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Line {line}, column “{column}”: {why}</source>
        <translation>第 {line} 行，“{column}”列：{why}</translation>
    </message>
    <message>
        <source>Line {line}: {why}</source>
        <translation>第 {line} 行：{why}</translation>
    </message>
    <message>
        <source>Column “{column}”: {why}</source>
        <translation>“{column}”列：{why}</translation>
    </message>
    <message>
        <source>The file: {why}</source>
        <translation>文件：{why}</translation>
    </message>
    <message>
        <source>The file has {count} problems; nothing was imported. </source>
        <translation>文件有 {count} 个问题；未导入任何内容。</translation>
    </message>
    <message>
        <source>The file has 1 problem; nothing was imported. </source>
        <translation>文件有 1 个问题；未导入任何内容。</translation>
    </message>
    <message>
        <source>This file was already imported on {when} by {who} into session {session} ({count} forms). Import it again only if it really holds other forms.</source>
        <translation>此文件已于 {when} 由 {who} 导入课程 {session}（{count} 份表单）。仅当它确实包含其他表单时才再次导入。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>This preset is not a column mapping; save it again from the import.</source>
        <translation>此预设不是列映射；请在导入时重新保存。</translation>
    </message>
    <message>
        <source>This preset is damaged; save it again from the import.</source>
        <translation>此预设已损坏；请在导入时重新保存。</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number; answer from {low} to {high}.</source>
        <translation>{value!r} 不是整数；请回答 {low} 到 {high}。</translation>
    </message>
    <message>
        <source>{value!r} is a rating out of {of} stars, but this item is answered from {low} to {high}; it is not rescaled.</source>
        <translation>{value!r} 是满分 {of} 星的评分，但此项的答案为 {low} 到 {high}；不会换算到其他量表。</translation>
    </message>
    <message>
        <source>{value!r} is an answer out of {of}, but this item is answered from {low} to {high}; it is not rescaled.</source>
        <translation>{value!r} 是满分 {of} 的答案，但此项的答案为 {low} 到 {high}；不会换算到其他量表。</translation>
    </message>
    <message>
        <source>{value!r} says both {number} and {meant}; check the survey&apos;s answer labels.</source>
        <translation>{value!r} 同时表示 {number} 和 {meant}；请检查问卷的答案标签。</translation>
    </message>
    <message>
        <source>{value!r} is not an answer from {low} to {high} nor a worded answer this app knows (such as &apos;Agree&apos;, &apos;Very satisfied&apos;, &apos;Good&apos; or &apos;★★★★☆&apos;); add it to the preset&apos;s words.</source>
        <translation>{value!r} 不是 {low} 到 {high} 之间的答案，也不是本应用认识的文字答案（如“同意”“非常满意”“好”或“★★★★☆”）；请把它加入预设的词语。</translation>
    </message>
    <message>
        <source>The answers in this column run from 0 to 10 (a likelihood scale), but {item!r} is answered from {low} to {high}. They are not rescaled: map the column to an item answered from 0 to 10 (such as Would recommend), or leave it out.</source>
        <translation>此列的答案为 0 到 10（可能性量表），但 {item!r} 的答案为 {low} 到 {high}。答案不会被换算：请把此列对应到答案为 0 到 10 的项目（如“会推荐”），或不导入此列。</translation>
    </message>
    <message>
        <source>This column mixes answers from different scales ({examples}); check the mapping.</source>
        <translation>此列混有不同量表的答案（{examples}）；请检查对应关系。</translation>
    </message>
    <message>
        <source>{value!r} is not an answer from {low} to {high}.</source>
        <translation>{value!r} 不是 {low} 到 {high} 之间的回答。</translation>
    </message>
    <message>
        <source>{value} is out of range: answer from {low} to {high}, or leave it blank.</source>
        <translation>{value} 超出范围：请回答 {low} 到 {high}，或留空。</translation>
    </message>
    <message>
        <source>No column is mapped to a rating, so only the comments would be imported and every rating dropped. Map the rating columns, or confirm that this form has comments only.</source>
        <translation>没有任何列对应评分，因此只会导入评论，所有评分都会丢失。请对应评分列，或确认此表单只有评论。</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. Map or ignore them (the generic file has only the columns {known}).</source>
        <translation>未知列：{columns}。请映射或忽略它们（通用文件只有以下列：{known}）。</translation>
    </message>
    <message>
        <source>Unknown column: {columns}. Map or ignore it (the generic file has only the columns {known}).</source>
        <translation>未知列：{columns}。请映射或忽略它（通用文件只有以下列：{known}）。</translation>
    </message>
    <message>
        <source>The mapping expects columns {columns} which this file lacks; check the preset.</source>
        <translation>映射需要列 {columns}，但此文件中没有；请检查预设。</translation>
    </message>
    <message>
        <source>The mapping expects column {columns} which this file lacks; check the preset.</source>
        <translation>映射需要列 {columns}，但此文件中没有；请检查预设。</translation>
    </message>
    <message>
        <source>There is no feedback item {target!r} to put this column in.</source>
        <translation>没有可放入此列的反馈项 {target!r}。</translation>
    </message>
    <message>
        <source>Both {first!r} and {second!r} are mapped to {item!r}; map one of them to something else.</source>
        <translation>{first!r} 和 {second!r} 都映射到了 {item!r}；请将其中一个映射到其他项。</translation>
    </message>
    <message>
        <source>No column is mapped to a feedback item or the comment.</source>
        <translation>没有任何列映射到反馈项或评论。</translation>
    </message>
    <message>
        <source>Some response times are day/month and others month/day; check the file.</source>
        <translation>部分答复时间是日/月，另一些是月/日；请检查文件。</translation>
    </message>
    <message>
        <source>Every response time could be day/month or month/day (such as 10/11); say which the file uses.</source>
        <translation>每个答复时间都可能是日/月或月/日（例如 10/11）；请说明文件使用哪一种。</translation>
    </message>
    <message>
        <source>The response times are marked {name}, which could be {choices}; say which it is.</source>
        <translation>回复时间标注为 {name}，可能是{choices}；请说明是哪一个。</translation>
    </message>
    <message>
        <source>Answered on {when}, before the session began ({start}); import it or leave it out.</source>
        <translation>作答于 {when}，早于课程开始时间（{start}）；请选择导入或不导入。</translation>
    </message>
    <message>
        <source>Answered on {when}, more than {days} days after the session; import it or leave it out.</source>
        <translation>作答于 {when}，在课程结束 {days} 天以后；请选择导入或不导入。</translation>
    </message>
    <message>
        <source>This row has {count} more filled cells than the header has columns.</source>
        <translation>此行比表头多 {count} 个已填写的单元格。</translation>
    </message>
    <message>
        <source>This row has 1 more filled cell than the header has columns.</source>
        <translation>此行比表头多 1 个已填写的单元格。</translation>
    </message>
    <message>
        <source>A comment can be at most {max} characters (this one has {count}).</source>
        <translation>评论最多 {max} 个字符（这条有 {count} 个）。</translation>
    </message>
    <message>
        <source>There are no feedback forms in this file (only blank rows); nothing was imported.</source>
        <translation>此文件中没有反馈表（只有空行）；未导入任何内容。</translation>
    </message>
    <message>
        <source>There are no feedback forms in this file (only a header row); nothing was imported.</source>
        <translation>此文件中没有反馈表（只有表头行）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; nothing was written. </source>
        <translation>文件在导入过程中发生了变化；未写入任何内容。</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; nothing was written.</source>
        <translation>文件在导入过程中发生了变化；未写入任何内容。</translation>
    </message>
    <message>
        <source>This file is not UTF-8 or UTF-16 text; save it from your spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>此文件不是 UTF-8 或 UTF-16 文本；请在电子表格软件中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>an old Excel (.xls) or Word file; save it as .xlsx or as &apos;CSV UTF-8&apos;</source>
        <translation>旧版 Excel（.xls）或 Word 文件；请另存为 .xlsx 或“CSV UTF-8”</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>压缩文件（gzip）</translation>
    </message>
    <message>
        <source>a compressed (7-Zip) file</source>
        <translation>压缩文件（7-Zip）</translation>
    </message>
    <message>
        <source>a compressed (RAR) file</source>
        <translation>压缩文件（RAR）</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>There is no file {path!r}.</source>
        <translation>没有文件 {path!r}。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>无法读取 {file}：{error}。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 为空。</translation>
    </message>
    <message>
        <source>{file} is not a valid Excel workbook (.xlsx); open it in your spreadsheet and save it again as .xlsx or as &apos;CSV UTF-8&apos;.</source>
        <translation>{file} 不是有效的 Excel 工作簿（.xlsx）；请在电子表格软件中打开并重新保存为 .xlsx 或“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>{file} has no header row: its first sheet is empty.</source>
        <translation>{file} 没有表头行：第一个工作表为空。</translation>
    </message>
    <message>
        <source>{file} has no worksheet to read.</source>
        <translation>{file} 中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>{file} has no header row: its first line is empty.</source>
        <translation>{file} 没有表头行：第一行为空。</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>{file} 没有表头行。</translation>
    </message>
    <message>
        <source>{file} has no header row naming its columns.</source>
        <translation>{file} 没有为各列命名的表头行。</translation>
    </message>
    <message>
        <source>The header row (line {line}) has no name for column {columns}; give every column a name.</source>
        <translation>表头行（第 {line} 行）中列 {columns} 没有名称；请为每一列命名。</translation>
    </message>
    <message>
        <source>The header row names a column twice: {columns}; give each column its own name.</source>
        <translation>标题行中有列名重复：{columns}；请为每一列取不同的名称。</translation>
    </message>
    <message>
        <source>Line {line} opens a quote (&quot;) that is never closed, so the rest of the file would be read as one cell; close the quote or remove it.</source>
        <translation>第 {line} 行的引号（&quot;）没有闭合，文件其余部分会被当作一个单元格读取；请闭合或删除该引号。</translation>
    </message>
    <message>
        <source>Near line {line}: {not_unicode}</source>
        <translation>第 {line} 行附近：{not_unicode}</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: a cell is longer than {limit} characters, the import limit for one cell ({how}).</source>
        <translation>第 {line} 行无法作为 CSV 读取：有一个单元格超过 {limit} 个字符，即单个单元格的导入上限（{how}）。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {error}.</source>
        <translation>第 {line} 行无法按 CSV 读取：{error}。</translation>
    </message>
    <message>
        <source>Line {line} holds binary data: {file} is not a text table.</source>
        <translation>第 {line} 行包含二进制数据：{file} 不是文本表格。</translation>
    </message>
    <message>
        <source>Line {line} holds binary data (a NUL character): save the sheet again from your spreadsheet, or as &apos;CSV UTF-8&apos;.</source>
        <translation>第 {line} 行包含二进制数据（NUL 字符）：请从电子表格软件重新保存该工作表，或另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read past this point: {error}.</source>
        <translation>{file} 已损坏，从此处起无法继续读取：{error}。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: it is longer than {limit} characters, the import limit for one line ({how}).</source>
        <translation>第 {line} 行无法作为 CSV 读取：该行超过 {limit} 个字符，即单行的导入上限（{how}）。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows, the import limit ({how}).</source>
        <translation>{file} 超过 {limit} 行，即导入上限（{how}）。</translation>
    </message>
    <message>
        <source>Line {line} has {count} cells, more than {limit} columns, the import limit ({how}).</source>
        <translation>第 {line} 行有 {count} 个单元格，超过 {limit} 列的导入上限（{how}）。</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} cells (rows times columns), the import limit ({how}).</source>
        <translation>{file} 包含超过 {limit} 个单元格（行数乘以列数），即导入上限（{how}）。</translation>
    </message>
    <message>
        <source>Line {line} has a cell longer than {limit} characters, the import limit for one cell ({how}).</source>
        <translation>第 {line} 行有一个单元格超过 {limit} 个字符，即单个单元格的导入上限（{how}）。</translation>
    </message>
    <message>
        <source>{path_name} cannot be read: {error}.</source>
        <translation>无法读取 {path_name}：{error}。</translation>
    </message>
    <message>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{path_name} is not a file but a device or a pipe; choose a CSV or XLSX file.</source>
        <translation>{path_name} 不是文件，而是设备或管道；请选择 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>a bigger file can be read after raising it: the setting import_limits, or TRAINERCOACH_IMPORT_LIMITS={name}=… on the command line</source>
        <translation>提高上限后即可读取更大的文件：设置 import_limits，或在命令行中使用 TRAINERCOACH_IMPORT_LIMITS={name}=…</translation>
    </message>
    <message>
        <source>{file} holds {count} parts; a workbook has a few dozen. It is not read.</source>
        <translation>{file} 包含 {count} 个部件；一个工作簿只有几十个。不予读取。</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB in its part {part}, more than {limit} MB, the import limit ({how}).</source>
        <translation>{file} 的部件 {part} 解压后为 {size} MB，超过 {limit} MB 的导入上限（{how}）。</translation>
    </message>
    <message>
        <source>{file} has a cell longer than {limit} characters, the import limit for one cell ({how}).</source>
        <translation>{file} 有一个单元格超过 {limit} 个字符，即单个单元格的导入上限（{how}）。</translation>
    </message>
    <message>
        <source>{file} declares more than {limit} different texts (shared strings), the import limit ({how}).</source>
        <translation>{file} 声明了超过 {limit} 个不同文本（共享字符串），即导入上限（{how}）。</translation>
    </message>
    <message>
        <source>{name} is not a text table: it looks like {what}.</source>
        <translation>{name} 不是文本表格：它看起来是 {what}。</translation>
    </message>
    <message>
        <source>{name} is UTF-16 text ({order}) without a byte order mark, which cannot be read safely; save it from your spreadsheet as &apos;CSV UTF-8&apos; (or as UTF-16 with a byte order mark).</source>
        <translation>{name} 是没有字节顺序标记（BOM）的 UTF-16 文本（{order}），无法安全读取；请在电子表格中将其另存为“CSV UTF-8”（或带字节顺序标记的 UTF-16）。</translation>
    </message>
    <message>
        <source>{name} is not a text table: it holds binary data. {not_unicode}</source>
        <translation>{name} 不是文本表格：其中包含二进制数据。{not_unicode}</translation>
    </message>
    <message>
        <source>{name} is not a text table: it holds binary data.</source>
        <translation>{name} 不是文本表格：其中包含二进制数据。</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>小端序</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>大端序</translation>
    </message>
    <message>
        <source>Keep between 1 and {max_keep} automatic backups.</source>
        <translation>请保留 1 到 {max_keep} 个自动备份。</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a backup file in it.</source>
        <translation>{path} 是文件夹；请选择其中的备份文件。</translation>
    </message>
    <message>
        <source>There is no backup file {path!r}.</source>
        <translation>没有备份文件 {path!r}。</translation>
    </message>
    <message>
        <source>{file} is not a Trainer Coach database (it is not an SQLite file); nothing was restored.</source>
        <translation>{file} 不是 Trainer Coach 数据库（不是 SQLite 文件）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未进行任何恢复。</translation>
    </message>
    <message>
        <source>{name} is not a Trainer Coach database: it holds other tables. Nothing was restored.</source>
        <translation>{name} 不是 Trainer Coach 数据库：其中包含其他表。未恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Trainer Coach (schema {revision}); update the app to restore it. Nothing was restored.</source>
        <translation>{name} 由更新版本的 Trainer Coach 创建（结构版本 {revision}）；请更新应用后再恢复。未恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} is damaged ({verdict}); choose another backup. Nothing was restored.</source>
        <translation>{name} 已损坏（{verdict}）；请选择其他备份。未恢复任何内容。</translation>
    </message>
    <message>
        <source>{name} has no schema version.</source>
        <translation>{name} 没有架构版本。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database ({error}); nothing was restored.</source>
        <translation>无法将 {name} 作为数据库读取（{error}）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Restoring from a backup is for SQLite databases; restore a team server with pg_restore.</source>
        <translation>从备份恢复仅适用于 SQLite 数据库；团队服务器请使用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>The backup and the database are the same file; choose a backup to restore from.</source>
        <translation>备份与数据库是同一个文件；请选择要从中恢复的备份。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{file} is in use ({error}); close the app&apos;s windows on it and try again. Nothing was restored.</source>
        <translation>{file} 正在使用中（{error}）；请关闭应用中打开它的窗口后重试。未恢复任何内容。</translation>
    </message>
    <message>
        <source>The restored database failed its integrity check ({verdict}); the database as it was is in {safety}.</source>
        <translation>恢复后的数据库未通过完整性检查（{verdict}）；原来的数据库保存在 {safety}。</translation>
    </message>
    <message>
        <source>{path} is not a database file (it is a device or another special file). It was left untouched.</source>
        <translation>{path} 不是数据库文件（而是设备或其他特殊文件）。该文件未被改动。</translation>
    </message>
    <message>
        <source>{path} is not a Trainer Coach database (it is not an SQLite file). It was left untouched.</source>
        <translation>{path} 不是 Trainer Coach 数据库（不是 SQLite 文件）。该文件未被改动。</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a database: {reason}. Nothing was changed; check the file and its folder (or restore a backup).</source>
        <translation>无法将 {path} 作为数据库打开：{reason}。未做任何更改；请检查该文件及其所在文件夹（或恢复备份）。</translation>
    </message>
    <message>
        <source>It was left untouched; restore a backup.</source>
        <translation>文件未被改动；请恢复一个备份。</translation>
    </message>
    <message>
        <source>{name} is not a Trainer Coach database: it holds other tables. It was left untouched.</source>
        <translation>{name} 不是 Trainer Coach 数据库：其中包含其他表。该数据库未被改动。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Trainer Coach (schema {state_revision}). Update the app to open it; the database was left untouched.</source>
        <translation>{name} 由更新版本的 Trainer Coach 创建（结构版本 {state_revision}）。请更新应用后再打开；该数据库未被改动。</translation>
    </message>
    <message>
        <source>{name} needs its schema brought up to this version of Trainer Coach, and your login may not change the schema. Ask the person who runs the team server to open it once with this version (or to run: python -m trainercoach db upgrade). ({error})</source>
        <translation>{name} 的数据库结构需要升级到此版本的 Trainer Coach，而您的登录名无权更改数据库结构。请让团队服务器的管理员用此版本打开一次（或运行：python -m trainercoach db upgrade）。（{error}）</translation>
    </message>
    <message>
        <source>Backups from the app are for SQLite databases; back up a team server with pg_dump.</source>
        <translation>应用内备份仅适用于 SQLite 数据库；团队服务器请使用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>{destination} already exists; choose another name for the backup.</source>
        <translation>{destination} 已存在；请为备份另选一个名称。</translation>
    </message>
    <message>
        <source>The backup failed its integrity check: {verdict}</source>
        <translation>备份未通过完整性检查：{verdict}</translation>
    </message>
    <message>
        <source>No backup was made: the database is damaged ({error}), and a copy would be too. Keep a copy of the file as it is, and restore an earlier backup.</source>
        <translation>未创建备份：数据库已损坏（{error}），备份也会同样损坏。请保留该文件的原样副本，并恢复一个较早的备份。</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time; open it again to see their change.</source>
        <translation>其他人同时修改了此内容；请重新打开以查看其更改。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Another program or window kept {path} busy for longer than {seconds:g} seconds. Nothing was changed; try again in a moment.</source>
        <translation>另一个程序或窗口占用 {path} 超过 {seconds:g} 秒。未做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged ({reason}). Nothing was changed. Restore a backup: File ▸ Restore from backup…, or python -m trainercoach db restore.</source>
        <translation>数据库文件已损坏（{reason}）。未做任何更改。请恢复备份：文件 ▸ 从备份恢复…，或运行 python -m trainercoach db restore。</translation>
    </message>
    <message>
        <source>Your role on the team server does not allow this ({reason}).</source>
        <translation>您在团队服务器上的角色不允许此操作（{reason}）。</translation>
    </message>
    <message>
        <source>Text with an invisible control character (NUL) cannot be saved or looked up; it is often left by copying from another program. Remove it and try again.</source>
        <translation>包含不可见控制字符（NUL）的文本无法保存或查找；这通常是从其他程序复制时留下的。请删除后重试。</translation>
    </message>
    <message>
        <source>A text is longer than the database can keep ({reason}); shorten it and try again. Nothing was saved.</source>
        <translation>文本超出数据库可保存的长度（{reason}）；请缩短后重试。未保存任何内容。</translation>
    </message>
    <message>
        <source>Someone else was saving the same thing at the same moment; try again.</source>
        <translation>其他人正在同时保存相同的内容；请重试。</translation>
    </message>
    <message>
        <source>The team server at {address} did not accept the login {user}: {reason}. Check the user name and password (or ask a lead to give you access).</source>
        <translation>位于 {address} 的团队服务器拒绝了登录名 {user}：{reason}。请检查用户名和密码（或请培训负责人为您开通访问权限）。</translation>
    </message>
    <message>
        <source>The team server at {address} has no database called {database!r}: check the name, or ask whoever runs the server to create it.</source>
        <translation>位于 {address} 的团队服务器上没有名为 {database!r} 的数据库：请检查名称，或请服务器管理员创建。</translation>
    </message>
    <message>
        <source>Cannot reach the team server at {address}: {reason}. Nothing was changed; check the network (or ask whoever runs the server) and try again.</source>
        <translation>无法连接位于 {address} 的团队服务器：{reason}。未做任何更改；请检查网络（或询问服务器管理员）后重试。</translation>
    </message>
    <message>
        <source>The {what} holds an invisible control character (NUL) or a broken character, often left by copying from another program; remove it and save again.</source>
        <translation>字段“{what}”中含有不可见控制字符（NUL）或残缺字符，通常是从其他程序复制时留下的；请删除后重新保存。</translation>
    </message>
    <message>
        <source>A number is too large for the database ({error}); nothing was changed.</source>
        <translation>数字过大，数据库无法保存（{error}）；未做任何更改。</translation>
    </message>
    <message>
        <source>The text holds a broken character (half of one, often left by copying from another program); remove it and try again.</source>
        <translation>文本中含有残缺字符（半个字符，通常是从其他程序复制时留下的）；请删除后重试。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}; its database is empty: Trainer Coach will set it up when you open it.</source>
        <translation>已连接到 PostgreSQL {version}；其数据库为空：打开时 Trainer Coach 会完成设置。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}; it holds a Trainer Coach database ready for this app.</source>
        <translation>已连接到 PostgreSQL {version}；其中的 Trainer Coach 数据库可供本应用使用。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}; it holds a Trainer Coach database that will be upgraded when it is opened.</source>
        <translation>已连接到 PostgreSQL {version}；其中的 Trainer Coach 数据库将在打开时升级。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}, but it holds a Trainer Coach database from a newer app: update this app first.</source>
        <translation>已连接到 PostgreSQL {version}，但其中的 Trainer Coach 数据库来自更新版本的应用：请先更新本应用。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}, but its database holds other tables: it is not a Trainer Coach database.</source>
        <translation>已连接到 PostgreSQL {version}，但其数据库包含其他表：它不是 Trainer Coach 数据库。</translation>
    </message>
    <message>
        <source>Give the spreadsheet a name ending in .csv or .xlsx (not {name}).</source>
        <translation>请为电子表格使用以 .csv 或 .xlsx 结尾的文件名（不是 {name}）。</translation>
    </message>
    <message>
        <source>{name} could not be written in {folder}: {reason}. Nothing was written.</source>
        <translation>无法在 {folder} 中写入 {name}：{reason}。未写入任何内容。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write.</source>
        <translation>{path} 是一个文件夹；请提供要写入的文件名。</translation>
    </message>
    <message>
        <source>A login is lower-case letters, digits and _ (at most {most}), starting with a letter, e.g. maria_k.</source>
        <translation>登录名由小写字母、数字和 _ 组成（最多 {most} 个），以字母开头，例如 maria_k。</translation>
    </message>
    <message>
        <source>{name} is reserved on the server; choose another login.</source>
        <translation>{name} 是服务器保留的名称；请选择其他登录名。</translation>
    </message>
    <message>
        <source>The password could not be sent safely; type it again.</source>
        <translation>无法安全地发送密码；请重新输入。</translation>
    </message>
    <message>
        <source>{db_user} has powers on the server beyond this team (making roles or databases, replication); give the person their own login.</source>
        <translation>{db_user} 在服务器上拥有超出此团队的权限（创建角色或数据库、复制）；请给此人一个自己的登录名。</translation>
    </message>
    <message>
        <source>{db_user} owns or is granted things elsewhere on the server (another database or application); give the person their own login.</source>
        <translation>{db_user} 在服务器的其他地方（另一个数据库或应用）拥有对象或被授予权限；请给此人一个自己的登录名。</translation>
    </message>
    <message>
        <source>{db_user} belongs to other roles on the server, perhaps another team&apos;s; give the person their own login.</source>
        <translation>{db_user} 属于服务器上的其他角色，可能是另一个团队的；请给此人一个自己的登录名。</translation>
    </message>
    <message>
        <source>{db_user} is a login this team did not make; give the person a new login.</source>
        <translation>{db_user} 不是此团队创建的登录名；请给此人一个新的登录名。</translation>
    </message>
    <message>
        <source>There is no login {db_user} on the server.</source>
        <translation>服务器上没有登录名 {db_user}。</translation>
    </message>
    <message>
        <source>The server refused to change the login {db_user}.</source>
        <translation>服务器拒绝更改登录名 {db_user}。</translation>
    </message>
    <message>
        <source>table {name}</source>
        <translation>表 {name}</translation>
    </message>
    <message>
        <source>index {name}</source>
        <translation>索引 {name}</translation>
    </message>
    <message>
        <source>trigger {name}</source>
        <translation>触发器 {name}</translation>
    </message>
    <message>
        <source>view {name}</source>
        <translation>视图 {name}</translation>
    </message>
    <message>
        <source>alembic_version holds {count} rows instead of exactly one</source>
        <translation>alembic_version 表有 {count} 行，而不是恰好一行</translation>
    </message>
    <message>
        <source>an extra {what}</source>
        <translation>多出的{what}</translation>
    </message>
    <message>
        <source>no {what}</source>
        <translation>缺少{what}</translation>
    </message>
    <message>
        <source>a different {what}</source>
        <translation>不同的{what}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation>，另有 {count} 处</translation>
    </message>
    <message>
        <source>{name} has been changed by another program: its alembic_version table holds more than one row, so its schema version is unknown.</source>
        <translation>{name} 已被其他程序更改：其 alembic_version 表有不止一行，因此其架构版本未知。</translation>
    </message>
    <message>
        <source>{name} is not laid out as Trainer Coach (schema {revision}) lays out its databases: {problems}. It may have been changed by another program, on purpose or not.</source>
        <translation>{name} 的结构与 Trainer Coach（架构 {revision}）建立的数据库不同：{problems}。它可能已被其他程序有意或无意地更改。</translation>
    </message>
    <message>
        <source>There is no room left on the disk that holds {path}; free some space (or choose another disk) and try again.</source>
        <translation>{path} 所在的磁盘已没有剩余空间；请释放一些空间（或选择其他磁盘）后重试。</translation>
    </message>
    <message>
        <source>{path} is in use by another program or window; close it there and try again.</source>
        <translation>{path} 正被其他程序或窗口使用；请在那里关闭后重试。</translation>
    </message>
    <message>
        <source>{path} was changed by another program while it was open here, or is damaged; open it again (or restore a backup).</source>
        <translation>{path} 在此处打开期间被其他程序更改，或已损坏；请重新打开（或恢复一个备份）。</translation>
    </message>
    <message>
        <source>{path} is a read-only file; allow writing to it (or copy it elsewhere) and try again.</source>
        <translation>{path} 是只读文件；请允许写入（或将其复制到别处）后重试。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, and the database needs to write its journal beside the file; allow writing to the folder (or move the database) and try again.</source>
        <translation>文件夹 {folder} 是只读的，而数据库需要在文件旁写入其日志；请允许写入该文件夹（或移动数据库）后重试。</translation>
    </message>
    <message>
        <source>{path} cannot be written (the disk or the file is read-only); allow writing to it and try again.</source>
        <translation>无法写入 {path}（磁盘或文件是只读的）；请允许写入后重试。</translation>
    </message>
    <message>
        <source>{path} cannot be used: {error}.</source>
        <translation>无法使用 {path}：{error}。</translation>
    </message>
    <message>
        <source>{path} was moved, replaced or deleted by another program while it was open here; open it again.</source>
        <translation>{path} 在此处打开期间被其他程序移动、替换或删除；请重新打开。</translation>
    </message>
    <message>
        <source>{name} must be a whole number from 1 to 10^12.</source>
        <translation>{name} 必须是 1 到 10^12 之间的整数。</translation>
    </message>
    <message>
        <source>{variable} holds {part!r}; write name=number, with names from: {names}.</source>
        <translation>{variable} 的值为 {part!r}；请写成 名称=数字，名称可为：{names}。</translation>
    </message>
    <message>
        <source>On a team server you are the person your login belongs to; ask a lead to change it.</source>
        <translation>在团队服务器上，您就是您的登录所属的人员；请让负责人更改。</translation>
    </message>
    <message>
        <source>ICC(1,1): one observer; each target scored by a different random set of observers</source>
        <translation>ICC(1,1)：单个观察员；每个对象由不同的随机观察员组评分</translation>
    </message>
    <message>
        <source>ICC(2,1): one observer; absolute agreement, observers a random sample</source>
        <translation>ICC(2,1)：单个观察员；绝对一致性，观察员为随机样本</translation>
    </message>
    <message>
        <source>ICC(3,1): one observer; consistency, these observers only</source>
        <translation>ICC(3,1)：单个观察员；一致性，仅限这些观察员</translation>
    </message>
    <message>
        <source>ICC(1,k): mean of k observers; each target scored by a different random set</source>
        <translation>ICC(1,k)：k 名观察员的平均；每个对象由不同的随机组评分</translation>
    </message>
    <message>
        <source>ICC(2,k): mean of k observers; absolute agreement, observers a random sample</source>
        <translation>ICC(2,k)：k 名观察员的平均；绝对一致性，观察员为随机样本</translation>
    </message>
    <message>
        <source>ICC(3,k): mean of k observers; consistency, these observers only</source>
        <translation>ICC(3,k)：k 名观察员的平均；一致性，仅限这些观察员</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>极好</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>tentative conclusions only</source>
        <translation>仅可作初步结论</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>The first column names the targets and each other column is an observer&apos;s scores; this file has no observer columns.</source>
        <translation>第一列为对象名称，其余每列为一名观察员的评分；此文件没有观察员列。</translation>
    </message>
    <message>
        <source>Line {line}: more filled cells than the header has columns.</source>
        <translation>第 {line} 行：已填写的单元格多于标题行的列数。</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>第 {line} 行，{column} 列：{problem}</translation>
    </message>
    <message>
        <source>There are no targets below the header.</source>
        <translation>标题行下没有任何对象。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>China Standard Time</source>
        <translation>中国标准时间</translation>
    </message>
    <message>
        <source>Central Standard Time (North America)</source>
        <translation>北美中部标准时间</translation>
    </message>
    <message>
        <source>Cuba Standard Time</source>
        <translation>古巴标准时间</translation>
    </message>
    <message>
        <source>Central Daylight Time (North America)</source>
        <translation>北美中部夏令时间</translation>
    </message>
    <message>
        <source>Cuba Daylight Time</source>
        <translation>古巴夏令时间</translation>
    </message>
    <message>
        <source>India Standard Time</source>
        <translation>印度标准时间</translation>
    </message>
    <message>
        <source>Irish Standard Time</source>
        <translation>爱尔兰标准时间</translation>
    </message>
    <message>
        <source>Israel Standard Time</source>
        <translation>以色列标准时间</translation>
    </message>
    <message>
        <source>British Summer Time</source>
        <translation>英国夏令时间</translation>
    </message>
    <message>
        <source>Bangladesh Standard Time</source>
        <translation>孟加拉国标准时间</translation>
    </message>
    <message>
        <source>Atlantic Standard Time</source>
        <translation>大西洋标准时间</translation>
    </message>
    <message>
        <source>Arabia Standard Time</source>
        <translation>阿拉伯标准时间</translation>
    </message>
    <message>
        <source>Samoa Standard Time</source>
        <translation>萨摩亚标准时间</translation>
    </message>
    <message>
        <source>Singapore Standard Time</source>
        <translation>新加坡标准时间</translation>
    </message>
    <message>
        <source>{value!r} is not a time-zone offset such as +08:00.</source>
        <translation>{value!r} 不是 +08:00 这样的时区偏移。</translation>
    </message>
    <message>
        <source>{value!r}: the time zone {name} could be {choices}; say which offset it is.</source>
        <translation>{value!r}：时区 {name} 可能是 {choices}；请说明是哪个偏移。</translation>
    </message>
    <message>
        <source>{value!r}: this app does not know the time zone {name}; say which offset it is.</source>
        <translation>{value!r}：本应用不认识时区 {name}；请说明是哪个偏移。</translation>
    </message>
    <message>
        <source>{value!r} could be day/month or month/day; say which the file uses.</source>
        <translation>{value!r} 可能是日/月或月/日；请说明文件使用哪一种。</translation>
    </message>
    <message>
        <source>{value!r} is not a time.</source>
        <translation>{value!r} 不是时间。</translation>
    </message>
    <message>
        <source>{value!r} is not a date.</source>
        <translation>{value!r} 不是日期。</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time this app can read.</source>
        <translation>{value!r} 不是本应用能读取的日期和时间。</translation>
    </message>
    <message>
        <source>a first column named for the response time ({names}), then one column a question</source>
        <translation>第一列是作答时间（{names}），之后每列一个问题</translation>
    </message>
    <message>
        <source>the first columns ID, Start time, Completion time, Email, Name (in the form&apos;s language), then one column a question</source>
        <translation>前几列为 ID、开始时间、完成时间、电子邮件、名称（用表单的语言），之后每列一个问题</translation>
    </message>
    <message>
        <source>matched to feedback items by meaning, in English, Greek and Simplified Chinese; an import goes ahead without a preset only when every column is placed with confidence</source>
        <translation>按含义对应到反馈项目（英语、希腊语和简体中文）；只有每一列都能有把握地对应时，才会不用预设直接导入</translation>
    </message>
    <message>
        <source>{file} is {size} bytes; a preset file is at most {max} bytes. Is it the right file?</source>
        <translation>{file} 有 {size} 字节；预设文件最多 {max} 字节。是不是选错了文件？</translation>
    </message>
    <message>
        <source>{file} cannot be read: {why}.</source>
        <translation>无法读取 {file}：{why}。</translation>
    </message>
    <message>
        <source>{file} is not a preset file (not JSON in UTF-8).</source>
        <translation>{file} 不是预设文件（不是 UTF-8 编码的 JSON）。</translation>
    </message>
    <message>
        <source>{file} is not a Trainer Coach preset file (made with presets export).</source>
        <translation>{file} 不是 Trainer Coach 预设文件（由 presets export 生成）。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>This preset file is version {version!r}; this app reads version {ours}.</source>
        <translation>此预设文件为版本 {version!r}；本应用读取版本 {ours}。</translation>
    </message>
    <message>
        <source>The preset&apos;s mapping is not a set of columns.</source>
        <translation>预设的对应关系不是一组列。</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>对应关系</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The column {header!r} goes to {target!r}, which is not a feedback item here (nor the comment).</source>
        <translation>列 {header!r} 对应到 {target!r}，它在这里不是反馈项目（也不是评论）。</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>量表词语</translation>
    </message>
    <message>
        <source>The worded answer {word!r} means {value!r}; a worded answer means a whole number from 0 to 10.</source>
        <translation>文字答案 {word!r} 表示 {value!r}；文字答案应表示 0 到 10 的整数。</translation>
    </message>
    <message>
        <source>The preset&apos;s date order {order!r} is not dmy or mdy.</source>
        <translation>预设的日期顺序 {order!r} 不是 dmy 或 mdy。</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>The time zone {zone!r}: {why}</source>
        <translation>时区 {zone!r}：{why}</translation>
    </message>
    <message>
        <source>The preset has no name.</source>
        <translation>预设没有名称。</translation>
    </message>
    <message>
        <source>A preset name can be at most {max} characters.</source>
        <translation>预设名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The preset&apos;s name {name!r} holds markup or control characters; a name is plain text.</source>
        <translation>预设名称 {name!r} 含有标记或控制字符；名称只能是纯文本。</translation>
    </message>
    <message>
        <source>Unknown keys in {where}: {keys}. Is this preset from a newer version of the app?</source>
        <translation>{where}中有未知的键：{keys}。这个预设是否来自更新版本的应用？</translation>
    </message>
    <message>
        <source>The preset&apos;s {what} are not a list of names and values.</source>
        <translation>预设的{what}不是名称和值的列表。</translation>
    </message>
    <message>
        <source>The preset has {count} {what}; at most {max} are allowed.</source>
        <translation>预设有 {count} 个{what}；最多允许 {max} 个。</translation>
    </message>
    <message>
        <source>The preset&apos;s {what} hold a name that is empty, longer than {max} characters or has control characters.</source>
        <translation>预设的{what}中有名称为空、超过 {max} 个字符或含控制字符。</translation>
    </message>
    <message>
        <source>Plan of {day}</source>
        <translation>{day} 的计划</translation>
    </message>
    <message>
        <source>This plan is no longer in the database.</source>
        <translation>该计划已不在数据库中。</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>计划需要一个名称。</translation>
    </message>
    <message>
        <source>A plan&apos;s name is at most 200 characters.</source>
        <translation>计划名称最多 200 个字符。</translation>
    </message>
    <message>
        <source>Hires, hours and changes are numbers of 0 or more.</source>
        <translation>招聘人数、工时和变更次数须为 0 或更大的数。</translation>
    </message>
    <message>
        <source>At least one trainee per session.</source>
        <translation>每次课程至少一名学员。</translation>
    </message>
    <message>
        <source>Hours a month are from 0 to 744.</source>
        <translation>每月工时须在 0 到 744 之间。</translation>
    </message>
    <message>
        <source>The threshold is a number of points from {low} to {high}.</source>
        <translation>阈值是 {low} 到 {high} 之间的分数。</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>全部标准</translation>
    </message>
    <message>
        <source>Give the business case a title: the session it asks for.</source>
        <translation>请为商业论证填写标题：即所申请的课程。</translation>
    </message>
    <message>
        <source>A title can be at most {max} characters.</source>
        <translation>标题最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Choose new hires, existing agents or both.</source>
        <translation>请选择新员工、在职客服或两者。</translation>
    </message>
    <message>
        <source>Choose classroom, virtual or online.</source>
        <translation>请选择面授、虚拟课堂或在线。</translation>
    </message>
    <message>
        <source>Choose how the effect will be measured.</source>
        <translation>请选择如何衡量效果。</translation>
    </message>
    <message>
        <source>The audience size is a whole number of agents, or empty.</source>
        <translation>受众人数须为整数，或留空。</translation>
    </message>
    <message>
        <source>The effort is a number of trainer hours from 0 to {max}, or empty.</source>
        <translation>工作量须为 0 到 {max} 的培训师小时数，或留空。</translation>
    </message>
    <message>
        <source>This can be at most {max} characters.</source>
        <translation>此处最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Tick at least one kind of content: text, visual or hands-on.</source>
        <translation>请至少勾选一种内容：文字、视觉或动手实践。</translation>
    </message>
    <message>
        <source>Say what the problem is before submitting.</source>
        <translation>提交前请说明问题。</translation>
    </message>
    <message>
        <source>Write the session&apos;s objectives before submitting.</source>
        <translation>提交前请填写课程目标。</translation>
    </message>
    <message>
        <source>Say how many agents the session is for before submitting.</source>
        <translation>提交前请说明课程面向多少名客服。</translation>
    </message>
    <message>
        <source>Estimate the effort in trainer hours before submitting.</source>
        <translation>提交前请估算培训师小时数。</translation>
    </message>
    <message>
        <source>Say what effect you expect before submitting.</source>
        <translation>提交前请说明预期效果。</translation>
    </message>
    <message>
        <source>This business case is no longer in the database.</source>
        <translation>此商业论证已不在数据库中。</translation>
    </message>
    <message>
        <source>Choose the candidate who writes the case.</source>
        <translation>请选择撰写论证的候选人。</translation>
    </message>
    <message>
        <source>Choose the knowledge gap the case is for.</source>
        <translation>请选择论证针对的知识缺口。</translation>
    </message>
    <message>
        <source>A case that is {status} is no longer edited; return it first.</source>
        <translation>状态为“{status}”的论证不能再编辑；请先退回。</translation>
    </message>
    <message>
        <source>This business case was changed by someone else since; their change is kept.</source>
        <translation>此商业论证已被他人修改；其修改已保留。</translation>
    </message>
    <message>
        <source>A case that is {now} cannot be marked {then}.</source>
        <translation>状态为“{now}”的论证不能标记为“{then}”。</translation>
    </message>
    <message>
        <source>The gap has no evidence yet: link some before submitting.</source>
        <translation>该缺口还没有证据：提交前请先关联证据。</translation>
    </message>
    <message>
        <source>Say why the case goes back, so its author knows what to change.</source>
        <translation>请说明退回原因，以便作者知道要修改什么。</translation>
    </message>
    <message>
        <source>A reason can be at most {max} characters.</source>
        <translation>原因最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Link the session (or sessions) the case is delivered in first.</source>
        <translation>请先关联实施该论证的课程。</translation>
    </message>
    <message>
        <source>None of the case&apos;s sessions has taken place yet.</source>
        <translation>该论证的课程都尚未举行。</translation>
    </message>
    <message>
        <source>There is nothing measured after the sessions yet to evaluate.</source>
        <translation>课程之后尚无可评估的测量数据。</translation>
    </message>
    <message>
        <source>Business case “{title}” approved on {day}.</source>
        <translation>商业论证“{title}”于 {day} 获批。</translation>
    </message>
    <message>
        <source>Business case “{title}” delivered on {day}.</source>
        <translation>商业论证“{title}”于 {day} 实施。</translation>
    </message>
    <message>
        <source>Training asset “{title}” (version {label}) used in a session on {held} and reviewed on {day}.</source>
        <translation>培训资料“{title}”（版本 {label}）于 {held} 在课程中使用，并于 {day} 完成审核。</translation>
    </message>
    <message>
        <source>Training asset “{title}”, version {label}, recorded on {day}.</source>
        <translation>培训资料“{title}”，版本 {label}，记录于 {day}。</translation>
    </message>
    <message>
        <source>Each site and language needs: the classes of new hires (hires a month divided by trainees a class, rounded up) times the hours a class, plus changes a month times the hours a change, plus the knowledge base&apos;s hours.</source>
        <translation>每个网点和语言所需工时：新员工班数（每月新员工除以每班学员，向上取整）乘以每班工时，加上每月变更乘以每次变更工时，再加上知识库工时。</translation>
    </message>
    <message>
        <source>A trainer&apos;s hours count only at their own site and in their own language: the hours short are added up line by line, so spare hours in one place do not cover another.</source>
        <translation>培训师的工时只计入其所在网点和所用语言：缺口工时逐行相加，一处的富余工时不能弥补另一处。</translation>
    </message>
    <message>
        <source>Candidates forecast to become ready in these {months} months: {count} (the readiness forecast). Each gives {hours} hours a month from the month after, set against the whole shortfall, since the forecast does not say where a new trainer will teach.</source>
        <translation>这 {months} 个月内预测将达标的候选人：{count}（达标预测）。每人从下个月起每月提供 {hours} 小时，计入总缺口，因为预测并不知道新培训师将在哪里授课。</translation>
    </message>
    <message>
        <source>Trainers short: the hours short divided by {hours} hours, the average certified trainer&apos;s month, rounded up.</source>
        <translation>缺少的培训师：缺口工时除以 {hours} 小时（已认证培训师每月的平均工时），向上取整。</translation>
    </message>
    <message>
        <source>The inputs are the same every month; only the candidates becoming ready change the outlook. Nothing here is weighted: each figure can be checked with a pencil.</source>
        <translation>各项输入每月相同；只有达标的候选人会改变前景。这里没有任何加权：每个数字都可以用笔核算。</translation>
    </message>
    <message>
        <source>Capacity plan: {name}</source>
        <translation>产能规划：{name}</translation>
    </message>
    <message>
        <source>Capacity plan</source>
        <translation>产能规划</translation>
    </message>
    <message>
        <source>Saved plan no. {id}</source>
        <translation>已保存的规划 {id} 号</translation>
    </message>
    <message>
        <source>The plan as it stood on screen</source>
        <translation>屏幕上当时的规划</translation>
    </message>
    <message>
        <source>{source}   ·   {first} to {last}   ·   Generated {date} by {author}</source>
        <translation>{source}   ·   {first} 至 {last}   ·   由 {author} 于 {date} 生成</translation>
    </message>
    <message>
        <source>Trainer hours needed a month</source>
        <translation>每月所需培训师工时</translation>
    </message>
    <message>
        <source>{available} h available from certified trainers</source>
        <translation>已认证培训师可提供 {available} 小时</translation>
    </message>
    <message>
        <source>Trainers short this month</source>
        <translation>本月缺少的培训师</translation>
    </message>
    <message>
        <source>{short} hours short</source>
        <translation>缺口 {short} 小时</translation>
    </message>
    <message>
        <source>Trainers short in {month}</source>
        <translation>{month} 缺少的培训师</translation>
    </message>
    <message>
        <source>{short} hours short, with the candidates forecast to be ready</source>
        <translation>计入预测将达标的候选人后，缺口 {short} 小时</translation>
    </message>
    <message>
        <source>Inputs per site and language</source>
        <translation>各网点和语言的输入</translation>
    </message>
    <message>
        <source>Hours a class: the trainer hours one class of new hires takes. Hours a change: the refresher training one change needs. Knowledge base hours: a month, keeping it up to date.</source>
        <translation>每班工时：一班新员工所需的培训师工时。每次变更工时：一次变更所需的复训。知识库工时：每月维护知识库的工时。</translation>
    </message>
    <message>
        <source>Hires a month</source>
        <translation>每月新员工</translation>
    </message>
    <message>
        <source>Hours a class</source>
        <translation>每班工时</translation>
    </message>
    <message>
        <source>Trainees a class</source>
        <translation>每班学员</translation>
    </message>
    <message>
        <source>Changes a month</source>
        <translation>每月变更</translation>
    </message>
    <message>
        <source>Hours a change</source>
        <translation>每次变更工时</translation>
    </message>
    <message>
        <source>Knowledge base hours</source>
        <translation>知识库工时</translation>
    </message>
    <message>
        <source>No site or language in this plan.</source>
        <translation>此规划中没有网点或语言。</translation>
    </message>
    <message>
        <source>Certified trainers</source>
        <translation>已认证培训师</translation>
    </message>
    <message>
        <source>Certified trainer</source>
        <translation>已认证培训师</translation>
    </message>
    <message>
        <source>Hours a month</source>
        <translation>每月工时</translation>
    </message>
    <message>
        <source>No certified trainer in this plan.</source>
        <translation>此规划中没有已认证培训师。</translation>
    </message>
    <message>
        <source>The next {months} months</source>
        <translation>未来 {months} 个月</translation>
    </message>
    <message>
        <source>Bars: certified trainers&apos; hours, with the candidates forecast to be ready stacked on them; line: the hours needed; above a month, the trainers short.</source>
        <translation>柱：已认证培训师的工时，其上叠加预测将达标的候选人；线：所需工时；月份上方：缺少的培训师。</translation>
    </message>
    <message>
        <source>Hours from candidates becoming ready</source>
        <translation>达标候选人提供的工时</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Side by side with {name}</source>
        <translation>与 {name} 并列对比</translation>
    </message>
    <message>
        <source>A: this plan, {this}. B: {other}. Both on the same forecast of candidates becoming ready.</source>
        <translation>A：本规划，{this}。B：{other}。两者采用相同的候选人达标预测。</translation>
    </message>
    <message>
        <source>Sites and languages</source>
        <translation>网点和语言</translation>
    </message>
    <message>
        <source>A: hours short</source>
        <translation>A：缺口工时</translation>
    </message>
    <message>
        <source>A: trainers short</source>
        <translation>A：缺少的培训师</translation>
    </message>
    <message>
        <source>B: hours short</source>
        <translation>B：缺口工时</translation>
    </message>
    <message>
        <source>B: trainers short</source>
        <translation>B：缺少的培训师</translation>
    </message>
    <message>
        <source>B minus A, trainers</source>
        <translation>B 减 A，培训师</translation>
    </message>
</context>
<context>
    <name>ActionItemDelegate</name>
    <message>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <source>Criterion {position} of {total} · weight {weight}</source>
        <translation>评分标准 {position} / {total} · 权重 {weight}</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Training asset</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>The standard template it follows, e.g. Classroom deck v3</source>
        <translation>所遵循的标准模板，例如 Classroom deck v3</translation>
    </message>
    <message>
        <source>Language codes, e.g. en, el, zh_CN</source>
        <translation>语言代码，例如 en, el, zh_CN</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>动手实践</translation>
    </message>
    <message>
        <source>Mock tickets</source>
        <translation>模拟工单</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Template used</source>
        <translation>所用模板</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Knowledge-base article</source>
        <translation>知识库文章</translation>
    </message>
    <message>
        <source>Article last changed</source>
        <translation>文章最后更改</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>内容组合</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>审核截止</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Next review due:</source>
        <translation>下次审核截止：</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>标记为今天已审核</translation>
    </message>
    <message>
        <source>You checked the asset against its article today</source>
        <translation>您今天已对照文章检查了这份资料</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Label, e.g. 2.0</source>
        <translation>标签，例如 2.0</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>此版本的更改内容</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>添加版本</translation>
    </message>
    <message>
        <source>Agents&apos; feedback on the material</source>
        <translation>客服人员对材料的反馈</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>What the agent said about the material</source>
        <translation>客服人员对材料的评价</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>添加反馈</translation>
    </message>
    <message>
        <source>What trainees thought, per version</source>
        <translation>学员的评价（按版本）</translation>
    </message>
    <message>
        <source>The sessions that used the asset, under the version current on their date: trainees&apos; overall rating (1–5) and their learning gain (after − before, in points of the check&apos;s maximum), each with n and its 95% interval.</source>
        <translation>使用该资料的课程，按课程日期时的当前版本归类：学员的总体评分（1–5）及其学习提升（后测 − 前测，以测验满分的百分点计），各附 n 与 95% 区间。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <source>Learning gain</source>
        <translation>学习提升</translation>
    </message>
    <message>
        <source>before the first version</source>
        <translation>首个版本之前</translation>
    </message>
    <message>
        <source>No session has used this asset yet.</source>
        <translation>还没有课程使用这份资料。</translation>
    </message>
    <message>
        <source>Training asset: {title}</source>
        <translation>培训资料：{title}</translation>
    </message>
    <message>
        <source>Stale: the article changed on {changed}, after the last review ({reviewed}). Check the asset against it, then mark it reviewed.</source>
        <translation>过时：文章于 {changed} 更改，晚于上次审核（{reviewed}）。请对照文章检查资料，然后标记为已审核。</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>从未审核</translation>
    </message>
    <message>
        <source>Last reviewed on {day} by {who}.</source>
        <translation>最近一次审核：{day}，由 {who} 完成。</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未审核。</translation>
    </message>
    <message>
        <source>The review was due on {day}.</source>
        <translation>审核截止日期为 {day}。</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>尚无评分。</translation>
    </message>
    <message>
        <source>Mean rating {mean} of 5 (n = {n}; 95% interval: {interval})</source>
        <translation>平均评分 {mean}（满分 5；n = {n}；95% 区间：{interval}）</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this asset.</source>
        <translation>未保存：其他人修改了这份资料。</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>Training assets</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>New asset…</source>
        <translation>新建资料…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Search titles, templates, owners</source>
        <translation>搜索标题、模板、负责人</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>仅过时</translation>
    </message>
    <message>
        <source>The linked article changed after the asset&apos;s last review</source>
        <translation>关联的文章在资料上次审核之后有了更改</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>审核截止</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Content mix</source>
        <translation>内容组合</translation>
    </message>
    <message>
        <source>Article changed</source>
        <translation>文章更改</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最近审核</translation>
    </message>
    <message>
        <source>Rating (n)</source>
        <translation>评分 (n)</translation>
    </message>
    <message>
        <source>No training asset yet. New asset… adds one: its owner, template, languages, the knowledge-base article it teaches from and its mix of text, visual, hands-on and mock tickets.</source>
        <translation>还没有培训资料。“新建资料…”可添加一份：负责人、模板、语言、所依据的知识库文章，以及文字、图像、动手实践和模拟工单的组合。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>A topic is what its sessions are called; a cell counts the assets used for it that teach in that style. Right-click to save the chart.</source>
        <translation>主题即课程的名称；每格统计该主题所用资料中采用此方式的数量。右键单击可保存图表。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>The training assets could not be read: {reason}</source>
        <translation>无法读取培训资料：{reason}</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任何语言</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>任何人的</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>动手实践</translation>
    </message>
    <message>
        <source>Mock tickets</source>
        <translation>模拟工单</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>{shown} of {total} training assets shown. Stale: the linked knowledge-base article changed after the asset&apos;s last review.</source>
        <translation>显示 {total} 份培训资料中的 {shown} 份。过时：关联的知识库文章在资料上次审核之后有了更改。</translation>
    </message>
    <message>
        <source>Taught only as text: {topics}. The guide asks for a mix of text, visual and hands-on material (mock tickets too).</source>
        <translation>仅以文字讲授：{topics}。指南要求文字、视觉和实操材料相结合（还有模拟工单）。</translation>
    </message>
    <message>
        <source>No topic is taught only as text.</source>
        <translation>没有仅以文字讲授的主题。</translation>
    </message>
    <message>
        <source>Not used in any session yet, so in no topic: {titles}</source>
        <translation>尚未在任何课程中使用，因此不属于任何主题：{titles}</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>days since the session</source>
        <translation>距课程天数</translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s)</source>
        <translation>
            <numerusform>%n 天没有变动</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor assigned</source>
        <translation>未指定导师</translation>
    </message>
    <message>
        <source>Selection traits not scored</source>
        <translation>选拔特征尚未评分</translation>
    </message>
    <message numerus="yes">
        <source>Action item overdue by %n day(s): {text}</source>
        <translation>
            <numerusform>行动项逾期 %n 天：{text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session not observed yet (%n day(s) ago): {topic}</source>
        <translation>
            <numerusform>课程尚未观察评估（%n 天前）：{topic}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No trainee feedback yet (%n day(s) ago): {topic}</source>
        <translation>
            <numerusform>尚无学员反馈（%n 天前）：{topic}</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for certification: every readiness condition is met</source>
        <translation>可以认证：所有准备条件均已满足</translation>
    </message>
    <message numerus="yes">
        <source>Certification renewal overdue by %n day(s): {topic}</source>
        <translation>
            <numerusform>认证续期已逾期 %n 天：{topic}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certification due for renewal in %n day(s): {topic}</source>
        <translation>
            <numerusform>认证将在 %n 天后到期续期：{topic}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter</translation>
    </message>
    <message>
        <source>Trainer evaluations {date}</source>
        <translation>培训师评估 {date}</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Folder for the evaluations</source>
        <translation>评估保存文件夹</translation>
    </message>
    <message>
        <source>1 candidate will be exported</source>
        <translation>将导出 1 名候选人</translation>
    </message>
    <message>
        <source>{n} candidates will be exported</source>
        <translation>将导出 {n} 名候选人</translation>
    </message>
    <message>
        <source> ({n} archived left out)</source>
        <translation>（不含 {n} 名已归档）</translation>
    </message>
    <message>
        <source>A database held only in memory cannot be shared with the export processes.</source>
        <translation>仅存在于内存中的数据库无法与导出进程共享。</translation>
    </message>
    <message>
        <source>Writing {n} evaluations into {folder}…</source>
        <translation>正在将 {n} 份评估写入 {folder}…</translation>
    </message>
    <message>
        <source>Cancelling: no new file is started; the ones being written are finished first…</source>
        <translation>正在取消：不再开始新文件；正在写入的文件会先完成…</translation>
    </message>
    <message>
        <source>Cancelled: {n} of {total} evaluations were written to {folder}; the others were not.</source>
        <translation>已取消：{total} 份评估中已有 {n} 份写入 {folder}；其余未写入。</translation>
    </message>
    <message>
        <source>Done: {n} of {total} evaluations written to {folder}.</source>
        <translation>完成：{total} 份评估中已有 {n} 份写入 {folder}。</translation>
    </message>
    <message>
        <source>the folder could not be written: {why}</source>
        <translation>无法写入该文件夹：{why}</translation>
    </message>
    <message>
        <source>The export stopped: {reason}. Files already finished are kept; no half-written file is left.</source>
        <translation>导出已停止：{reason}。已完成的文件会保留；不会留下写了一半的文件。</translation>
    </message>
    <message>
        <source>Export all evaluations</source>
        <translation>导出全部评估</translation>
    </message>
    <message>
        <source>Every candidate&apos;s trainer evaluation as a PDF of its own, named after the candidate, in one folder. The work is shared among all the processor cores of this computer.</source>
        <translation>每位候选人的培训师评估各生成一个 PDF，以候选人姓名命名，保存在同一文件夹中。导出工作由本机所有处理器核心分担。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Where the PDFs go</source>
        <translation>PDF 的保存位置</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Include &amp;archived candidates</source>
        <translation>包括已归档的候选人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>新建练习…</translation>
    </message>
    <message>
        <source>Choose deliveries, a rubric and observers who each score them blind</source>
        <translation>选择授课、评分量表和观察员，各观察员独立盲评</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>授课</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>No calibration exercise yet. New exercise… starts one: observers score the same deliveries blind, then see how far they agree.</source>
        <translation>还没有校准练习。点击“新建练习…”开始：观察员对同样的授课进行盲评，然后查看彼此的一致程度。</translation>
    </message>
    <message>
        <source>Observer:</source>
        <translation>观察员：</translation>
    </message>
    <message>
        <source>Whose scores Score… and Hand in are for</source>
        <translation>“评分…”和“提交”针对哪位观察员</translation>
    </message>
    <message>
        <source>Score…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>The observer&apos;s scores become final; when the last observer hands in, everyone&apos;s scores are shown</source>
        <translation>该观察员的评分即成定稿；最后一位观察员提交后，所有人的评分都会显示</translation>
    </message>
    <message>
        <source>Reference scores…</source>
        <translation>参考评分…</translation>
    </message>
    <message>
        <source>The lead&apos;s own scores: bias is then measured against them</source>
        <translation>负责人自己的评分：偏差将以其为准衡量</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Stop the scoring and show every score now</source>
        <translation>停止评分并立即显示所有评分</translation>
    </message>
    <message>
        <source>Scores: mean over criteria, deliveries by observers</source>
        <translation>评分：各标准平均分，授课 × 观察员</translation>
    </message>
    <message>
        <source>Deviation from the consensus, by criterion</source>
        <translation>与共识的偏差（按标准）</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Bias (95% interval)</source>
        <translation>偏差（95% 区间）</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Furthest off on</source>
        <translation>偏差最大的标准</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>The exercises could not be read: {reason}</source>
        <translation>无法读取练习：{reason}</translation>
    </message>
    <message>
        <source>Observers score the same deliveries blind; once all have handed in (or the exercise is closed) everyone sees every score and how far they agree.</source>
        <translation>观察员对同样的授课进行盲评；所有人提交后（或练习结束后），每个人都能看到全部评分及一致程度。</translation>
    </message>
    <message>
        <source>{done} of {all}</source>
        <translation>{done} / {all}</translation>
    </message>
    <message>
        <source>{name} (handed in)</source>
        <translation>{name}（已提交）</translation>
    </message>
    <message>
        <source>Every score is shown.</source>
        <translation>已显示所有评分。</translation>
    </message>
    <message>
        <source>Blind: {waiting} of {all} observers have not handed in yet. Until all have (or the exercise is closed) no one sees another observer&apos;s scores.</source>
        <translation>盲评中：{all} 位观察员中还有 {waiting} 位未提交。在所有人提交（或练习结束）之前，任何人都看不到其他观察员的评分。</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean score minus the lead&apos;s reference score; red: more lenient, blue: more severe. Hover a cell for its interval.</source>
        <translation>每位观察员的平均分减去负责人的参考评分；红色：较宽松，蓝色：较严格。将鼠标停在单元格上可查看区间。</translation>
    </message>
    <message>
        <source>Each observer&apos;s mean score minus the other observers&apos;; red: more lenient, blue: more severe. Hover a cell for its interval.</source>
        <translation>每位观察员的平均分减去其他观察员的平均分；红色：较宽松，蓝色：较严格。将鼠标停在单元格上可查看区间。</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>偏宽松</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>偏严格</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Of each delivery&apos;s mean over criteria: {used} deliveries with every observer&apos;s score used, {dropped} left out for a missing score. Bands: {icc} for the ICCs, {alpha} for alpha.</source>
        <translation>基于每次授课各标准的平均分：使用了 {used} 次所有观察员均有评分的授课，{dropped} 次因缺少评分而未计入。分级：ICC 依据 {icc}，alpha 依据 {alpha}。</translation>
    </message>
    <message>
        <source>Cannot hand in</source>
        <translation>无法提交</translation>
    </message>
    <message>
        <source>Cannot close</source>
        <translation>无法结束</translation>
    </message>
</context>
<context>
    <name>CandidateActionsModel</name>
    <message>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>{date} (overdue by %n day(s))</source>
        <translation>
            <numerusform>{date}（已逾期 %n 天）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>新候选人</translation>
    </message>
    <message>
        <source>Nominate an agent as a trainer candidate. They start in the first stage of the pipeline.</source>
        <translation>提名一名客服人员为培训师候选人。其将从培养流程的第一个阶段开始。</translation>
    </message>
    <message>
        <source>O&amp;bserve…</source>
        <translation>观察评估(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter &amp;feedback…</source>
        <translation>录入反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Sessions ({n})</source>
        <translation>课程（{n}）</translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— 暂无 —</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {stage}, {days} days in this stage</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {stage}，已在本阶段 {days} 天</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Selection score: {score} (mean of the scored traits)</source>
        <translation>选拔得分：{score}（已评分特征的平均值）</translation>
    </message>
    <message>
        <source>Selection score: not scored yet</source>
        <translation>选拔得分：尚未评分</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this candidate.</source>
        <translation>未保存：其他人修改了此候选人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>雇用类型</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>提名人</translation>
    </message>
    <message>
        <source>Nominated on</source>
        <translation>提名日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Export e&amp;valuation…</source>
        <translation>导出评估(&amp;V)…</translation>
    </message>
    <message>
        <source>This candidate&apos;s trainer evaluation, as last saved, as a PDF (A4 or Letter)</source>
        <translation>将该候选人最近保存的培训师评估导出为 PDF（A4 或 Letter）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Name as the person writes it, in any script</source>
        <translation>按本人的写法填写姓名，任何文字均可</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>网点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. English, Ελληνικά, 中文</source>
        <translation>例如 English、Ελληνικά、中文</translation>
    </message>
    <message>
        <source>Em&amp;ployment</source>
        <translation>雇用类型(&amp;P)</translation>
    </message>
    <message>
        <source>Vendor company</source>
        <translation>供应商公司</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>入职日期(&amp;H)</translation>
    </message>
    <message>
        <source>Nominated &amp;by</source>
        <translation>提名人(&amp;B)</translation>
    </message>
    <message>
        <source>Nominated &amp;on</source>
        <translation>提名日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>导师(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Selection traits</source>
        <translation>选拔特征</translation>
    </message>
    <message>
        <source>The guide names four traits to look for in a trainer candidate. Score each from 1 (weak) to 5 (outstanding), or leave it unscored.</source>
        <translation>指南列出了培训师候选人应具备的四项特征。每项按 1（较弱）到 5（出色）打分，也可以不打分。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What you saw that supports this score</source>
        <translation>您观察到的支持该得分的表现</translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation>对培训师开展培训</translation>
    </message>
    <message>
        <source>The four components of train-the-trainer, with the evidence for each.</source>
        <translation>“对培训师开展培训”的四个组成部分，及每部分的证据。</translation>
    </message>
    <message>
        <source>Evidence: what was done, where to find it</source>
        <translation>证据：做了什么，在哪里可以找到</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Practice deliveries (double-click one to open it)</source>
        <translation>试讲（双击打开）</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>新建课程(&amp;S)…</translation>
    </message>
    <message>
        <source>Action items (tick one when it is done; overdue ones are in red)</source>
        <translation>行动项（完成后请勾选；逾期项显示为红色）</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>成效</translation>
    </message>
</context>
<context>
    <name>CandidateEffectivenessPanel</name>
    <message>
        <source>Readiness for certification</source>
        <translation>认证准备情况</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Where the candidate is</source>
        <translation>候选人当前情况</translation>
    </message>
    <message>
        <source>Certifications in force</source>
        <translation>有效认证</translation>
    </message>
    <message>
        <source>Award certification…</source>
        <translation>授予认证…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>No certification yet.</source>
        <translation>尚无认证。</translation>
    </message>
    <message>
        <source>Forecast to readiness</source>
        <translation>认证准备预测</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation>试讲趋势</translation>
    </message>
    <message>
        <source>Strengths and weaknesses against the cohort</source>
        <translation>与同期学员相比的优势和不足</translation>
    </message>
    <message>
        <source>Also show the rubric averages adjusted for observer leniency</source>
        <translation>同时显示按观察员宽严调整后的评分量表平均分</translation>
    </message>
    <message>
        <source>Adjusted for observer leniency: each score less its observer&apos;s estimated bias (their mean difference from the consensus over every calibration exercise and co-observed session, Calibration page), then averaged as the raw figure is. An observer with nothing to compare is taken as scored. The raw figures above are what readiness uses.</source>
        <translation>按观察员宽严调整：每个分数减去该观察员的估计偏差（其在所有校准练习和共同观察中与共识的平均差，见“校准”页），再按原始数值的方式求平均。没有可比数据的观察员按原分计算。准备度使用上面的原始数值。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>As scored (n)</source>
        <translation>原始评分（n）</translation>
    </message>
    <message>
        <source>Adjusted for observer leniency</source>
        <translation>按观察员宽严调整</translation>
    </message>
    <message>
        <source>✓ Ready for certification: every condition of the readiness rule is met.</source>
        <translation>✓ 可以认证：认证准备规则的所有条件均已满足。</translation>
    </message>
    <message>
        <source>Not ready yet: {met} of {total} conditions met.</source>
        <translation>尚未就绪：{total} 项条件中满足 {met} 项。</translation>
    </message>
    <message>
        <source>The rule is shared by everyone on this database; change it with Edit ▸ Readiness rule…</source>
        <translation>本数据库的所有用户共用此规则；可通过“编辑 ▸ 认证准备规则…”修改。</translation>
    </message>
    <message>
        <source>Withdraw mentor sign-off</source>
        <translation>撤回导师签字确认</translation>
    </message>
    <message>
        <source>Mentor sign-off</source>
        <translation>导师签字确认</translation>
    </message>
    <message numerus="yes">
        <source>The candidate&apos;s rubric scores per delivery with their learning curve: a line on the logarithm of the delivery number, their own %n observed session(s) pooled with the cohort&apos;s curve (few sessions lean on the cohort, many on their own). The band holds 80% of single sessions; the shaded span is the 80% interval of when the rule&apos;s measured conditions are met.</source>
        <translation>
            <numerusform>候选人每次授课的评分量表得分及其学习曲线：以授课序号的对数为自变量的直线，由本人 %n 次被观察的课程与同期群体曲线合并估计（课程少时更依赖群体，课程多时更依赖本人）。区间带包含 80% 的单次课程得分；阴影区域是满足规则可测量条件的时间的 80% 区间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each condition of the readiness rule (Edit ▸ Readiness rule…) checked against the candidate&apos;s record: %n observed session(s), {answers} answers to the overall feedback question.</source>
        <translation>
            <numerusform>认证准备规则（编辑 ▸ 认证准备规则…）的每项条件均按候选人的记录核对：%n 次被观察的课程，总体反馈问题共 {answers} 份回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One point per session with a score (%n here): the rubric score is the mean of the observers&apos; weighted averages; feedback is the mean of the overall question ({answers} answers in all) with its 95% interval as a band, hollow under 10 answers; learning is the normalised gain.</source>
        <translation>
            <numerusform>每次有评分的课程一个点（此处共 %n 次）：评分细则得分是观察员加权平均的平均值；反馈是总体问题的平均值（共 {answers} 份回答），阴影带为其 95% 区间，不足 10 份回答时为空心点；学习是标准化增益。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each bar is the mean of the candidate&apos;s scores on one rubric criterion (%n score(s) in all, the n of each in its label); the tick is the cohort&apos;s median of every candidate&apos;s mean.</source>
        <translation>
            <numerusform>每个条形是候选人在一项评分细则标准上所得分数的平均值（共 %n 个分数，各自的 n 见其标签）；刻度线是所有候选人平均值的中位数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the certification for “{topic}” ({level})? Undo with Ctrl+Z in the main window.</source>
        <translation>撤销“{topic}”（{level}）的认证？可在主窗口按 Ctrl+Z 撤销此操作。</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段内天数</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选拔</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>雇用类型</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>Search name, email, team, site, mentor…</source>
        <translation>搜索姓名、电子邮件、团队、网点、导师…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>雇用类型</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>所有导师</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有网点</translation>
    </message>
    <message>
        <source>The candidates could not be read: {reason}</source>
        <translation>无法读取候选人：{reason}</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Vendor staff</source>
        <translation>供应商员工</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 名候选人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity planner</source>
        <translation>培训产能规划</translation>
    </message>
    <message>
        <source>Do we have enough trainers for what is coming? One line per site and language: new hires a month, the trainer hours a class of new hires takes, how many are taught together, changes a month and the refresher hours each needs, and the knowledge base&apos;s hours. Below, each certified trainer&apos;s hours a month. Every edit is a what-if: the outlook follows at once and nothing is saved.</source>
        <translation>我们的培训师够不够应对接下来的需求？每个站点和语言一行：每月新员工人数、一个新员工班所需的培训师工时、每班学员人数、每月变更次数及每次变更所需的复训工时，以及知识库维护工时。下方是每位已认证培训师每月可用的工时。每次修改都是一次假设分析：预测立即更新，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Saved plans:</source>
        <translation>已保存的计划：</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>The plan as it stands on screen, with the plan compared with it, as a PDF: inputs, chart, month table and assumptions.</source>
        <translation>将屏幕上的规划及其对比规划导出为 PDF：输入、图表、月度表和假设。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Hires a month</source>
        <translation>每月新员工</translation>
    </message>
    <message>
        <source>Hours a class</source>
        <translation>每班工时</translation>
    </message>
    <message>
        <source>Trainees a class</source>
        <translation>每班学员</translation>
    </message>
    <message>
        <source>Changes a month</source>
        <translation>每月变更</translation>
    </message>
    <message>
        <source>Hours a change</source>
        <translation>每次变更工时</translation>
    </message>
    <message>
        <source>Knowledge base hours</source>
        <translation>知识库工时</translation>
    </message>
    <message>
        <source>Hours a class: the trainer hours one class of new hires takes. Hours a change: the refresher training one change needs. Knowledge base hours: a month, keeping it up to date.</source>
        <translation>每班工时：一个新员工班所需的培训师工时。每次变更工时：一次变更所需的复训。知识库工时：每月用于保持知识库更新的工时。</translation>
    </message>
    <message>
        <source>Add a site and language</source>
        <translation>添加站点和语言</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <source>Certified trainer</source>
        <translation>已认证培训师</translation>
    </message>
    <message>
        <source>Hours a month</source>
        <translation>每月工时</translation>
    </message>
    <message>
        <source>Add a trainer</source>
        <translation>添加培训师</translation>
    </message>
    <message>
        <source>Remove trainer</source>
        <translation>删除培训师</translation>
    </message>
    <message>
        <source>Hours a month a newly ready candidate gives:</source>
        <translation>新达标候选人每月提供的工时：</translation>
    </message>
    <message>
        <source>Start again from the database</source>
        <translation>从数据库重新开始</translation>
    </message>
    <message>
        <source>The plan could not be read: {reason}</source>
        <translation>无法读取计划：{reason}</translation>
    </message>
    <message>
        <source>Candidates forecast to become ready in the next 12 months: {count}. Their hours count from the month after.</source>
        <translation>预测未来 12 个月内达标的候选人：{count}。其工时从达标后的下个月起计入。</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>计划名称：</translation>
    </message>
    <message>
        <source>Side by side, trainers short each month: this plan {this}; {other}: {others}.</source>
        <translation>逐月对比缺少的培训师人数：本计划 {this}；{other}：{others}。</translation>
    </message>
    <message>
        <source>line {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>trainer {row}</source>
        <translation>第 {row} 位培训师</translation>
    </message>
    <message>
        <source>Not a number: {where}.</source>
        <translation>不是数字：{where}。</translation>
    </message>
    <message>
        <source>This month: {needed} trainer hours needed, {available} available; short {short} hours, that is {trainers} trainers. In 12 months, with the candidates forecast to be ready: short {short_late} hours, {trainers_late} trainers.</source>
        <translation>本月：需要 {needed} 小时培训师工时，可用 {available} 小时；缺口 {short} 小时，即 {trainers} 名培训师。12 个月后，计入预测达标的候选人：缺口 {short_late} 小时，{trainers_late} 名培训师。</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Mentor: {name}</source>
        <translation>导师：{name}</translation>
    </message>
    <message>
        <source>No mentor yet</source>
        <translation>尚无导师</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>已在本阶段 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Business case</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>The session it asks for</source>
        <translation>所申请的课程</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>动手实践</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>候选人：</translation>
    </message>
    <message>
        <source>Knowledge gap:</source>
        <translation>知识缺口：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>受众：</translation>
    </message>
    <message>
        <source>Audience size:</source>
        <translation>受众人数：</translation>
    </message>
    <message>
        <source>Session outline:</source>
        <translation>课程大纲：</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Content mix:</source>
        <translation>内容组合：</translation>
    </message>
    <message>
        <source>Effort (trainer hours):</source>
        <translation>工作量（培训师小时）：</translation>
    </message>
    <message>
        <source>Expected effect:</source>
        <translation>预期效果：</translation>
    </message>
    <message>
        <source>Measured by:</source>
        <translation>衡量指标：</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Business cases</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建论证…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Knowledge gap</source>
        <translation>知识缺口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trainer hours</source>
        <translation>培训师小时</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最近一步</translation>
    </message>
    <message>
        <source>No business case yet. A candidate writes one for a knowledge gap: New case…</source>
        <translation>还没有商业论证。候选人可针对知识缺口撰写：新建论证…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已实施</translation>
    </message>
    <message>
        <source>Mark evaluated</source>
        <translation>标记为已评估</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Link session…</source>
        <translation>关联课程…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Evidence, from the gap</source>
        <translation>证据（来自缺口）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服人数</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The business cases could not be read: {reason}</source>
        <translation>无法读取商业论证：{reason}</translation>
    </message>
    <message>
        <source>By {candidate} · gap: {gap} (touches {agents} agents) · {sessions} sessions
Problem: {problem}</source>
        <translation>作者 {candidate} · 缺口：{gap}（涉及 {agents} 名客服）· {sessions} 节课程
问题：{problem}</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>（您无权查看）</translation>
    </message>
    <message>
        <source>Effect ({measure}): measured once the case&apos;s sessions are linked and given.</source>
        <translation>效果（{measure}）：关联并实施课程后即可衡量。</translation>
    </message>
    <message>
        <source>Effect ({measure}): {lines}</source>
        <translation>效果（{measure}）：{lines}</translation>
    </message>
    <message>
        <source>Return the case</source>
        <translation>退回论证</translation>
    </message>
    <message>
        <source>Why does the case go back? Its author reads this.</source>
        <translation>为什么退回？作者会看到此说明。</translation>
    </message>
    <message>
        <source>Cannot move the case</source>
        <translation>无法变更论证状态</translation>
    </message>
    <message>
        <source>Link the session the case is given in</source>
        <translation>关联实施该论证的课程</translation>
    </message>
    <message>
        <source>Cannot link the session</source>
        <translation>无法关联课程</translation>
    </message>
    <message>
        <source>Save the business case</source>
        <translation>保存商业论证</translation>
    </message>
</context>
<context>
    <name>CertificationDialog</name>
    <message>
        <source>Award certification — {name}</source>
        <translation>授予认证 — {name}</translation>
    </message>
    <message>
        <source>Certify &lt;b&gt;{name}&lt;/b&gt; to train a topic at a level.</source>
        <translation>认证 &lt;b&gt;{name}&lt;/b&gt; 按某一级别讲授某一主题。</translation>
    </message>
    <message>
        <source>Award certification</source>
        <translation>授予认证</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Awarded on</source>
        <translation>授予日期(&amp;A)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Renew by</source>
        <translation>续期截止(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>证据(&amp;V)</translation>
    </message>
    <message>
        <source>What the award rests on: observations, feedback, a co-delivery…</source>
        <translation>授予认证的依据：观察评估、反馈、联合授课…</translation>
    </message>
    <message>
        <source>Evidence &amp;sessions (tick the deliveries this award rests on)</source>
        <translation>证据课程(&amp;S)（勾选此认证所依据的试讲）</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save as PNG/SVG…</source>
        <translation>另存为 PNG/SVG…</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>这是如何计算的？</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <source>The chart could not be written: {reason}</source>
        <translation>无法写入图表：{reason}</translation>
    </message>
</context>
<context>
    <name>ComprehensionDialog</name>
    <message>
        <source>{topic} · {when} · {trainer} · code {code}</source>
        <translation>{topic} · {when} · {trainer} · 代码 {code}</translation>
    </message>
    <message>
        <source>New comprehension check</source>
        <translation>新建理解测验</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>导入得分</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>…and {n} more problems.</source>
        <translation>…以及另外 {n} 个问题。</translation>
    </message>
    <message>
        <source>There are no scores in this file.</source>
        <translation>此文件中没有得分。</translation>
    </message>
    <message>
        <source>Comprehension check</source>
        <translation>理解测验</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. Refund rules quiz</source>
        <translation>例如：退款规则测验</translation>
    </message>
    <message>
        <source>&amp;Maximum score:</source>
        <translation>满分(&amp;M)：</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>满分为</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Retention check on:</source>
        <translation>保持情况测验日期(&amp;R)：</translation>
    </message>
    <message>
        <source>One row per trainee, by an anonymous label. Type a score and press Enter to go down the column; leave a cell empty when there is no score. Rows with no score at all are not saved.</source>
        <translation>每名学员一行，使用匿名标签。输入得分后按 Enter 移到下一行；没有得分时单元格留空。完全没有得分的行不会保存。</translation>
    </message>
    <message>
        <source>&amp;Add trainee</source>
        <translation>添加学员(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve trainee</source>
        <translation>移除学员(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import scores from CSV…</source>
        <translation>从 CSV 导入得分(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Nothing you typed differs from their version; it was moved or archived.</source>
        <translation>您输入的内容与对方的版本没有差别；它已被移动或归档。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Someone else saved this after you opened it. Here is what differs:</source>
        <translation>您打开后，其他人保存了此内容。差异如下：</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的覆盖对方的</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>使用对方的</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Keeps the server, database and login in your settings. The password goes into the system keyring if there is one; the settings never hold it.</source>
        <translation>在您的设置中保存服务器、数据库和登录名。如有系统密钥环，密码会存入其中；设置中从不保存密码。</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so the password was not saved; the app never writes it in plain text. To connect without typing it each time, add this line to your PostgreSQL password file {path} (with your password in place of YOUR_PASSWORD), readable only by you (chmod 600 {path}):

{line}</source>
        <translation>此计算机上没有系统密钥环，因此密码未保存；本应用从不以明文写入密码。如果不想每次都输入密码，请将下面这行添加到 PostgreSQL 密码文件 {path} 中（用您的密码替换 YOUR_PASSWORD），并设为仅您本人可读（chmod 600 {path}）：

{line}</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>Your team&apos;s shared database on a PostgreSQL server. Ask your lead (or whoever runs the server) for these details; you sign in with your own login.</source>
        <translation>您团队在 PostgreSQL 服务器上的共享数据库。请向您的负责人（或服务器管理员）索取以下信息；使用您自己的登录名登录。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. training-db.example.com</source>
        <translation>例如 training-db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>trainercoach</source>
        <translation>trainercoach</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember this server</source>
        <translation>记住此服务器(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Candidates in a pipeline stage, from Nominated to the last stage. Not counted: {paused} paused or withdrawn, and archived candidates.</source>
        <translation>处于培养流程某一阶段（从提名到最后阶段）的候选人。不计入：{paused} 名暂停或退出者，以及已归档的候选人。</translation>
    </message>
    <message>
        <source>How many candidates ever reached each stage: the {active} active candidates, including {paused} since paused or withdrawn; archived candidates are left out.</source>
        <translation>每个阶段曾到达过的候选人人数：{active} 名在册候选人，包括此后暂停或退出的 {paused} 名；已归档的候选人不计入。</translation>
    </message>
</context>
<context>
    <name>CriteriaScoreModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>未观察</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No candidates yet&lt;/h3&gt;&lt;p&gt;Nominate your best agents as trainer candidates and follow them through the train-the-trainer pipeline. Or look around a demo database first; your own database is not touched.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;尚无候选人&lt;/h3&gt;&lt;p&gt;将您最优秀的客服人员提名为培训师候选人，并在“对培训师开展培训”培养流程中跟进他们。也可以先浏览一个演示数据库；您自己的数据库不会受到影响。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nominate a candidate…</source>
        <translation>提名候选人…</translation>
    </message>
    <message>
        <source>Explore a demo database</source>
        <translation>浏览演示数据库</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Nothing needs your attention today: every candidate has a mentor, scored traits and a recent move, no action item is overdue and every recent session is observed.</source>
        <translation>今天没有需要您关注的事项：每位候选人都有导师、已评分的特征和近期变动，没有逾期的行动项，近期课程都已观察评估。</translation>
    </message>
    <message>
        <source>Training assets to review</source>
        <translation>待审核的培训资料</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Stale: the article changed on {day}, after the last review</source>
        <translation>过时：文章于 {day} 更改，晚于上次审核</translation>
    </message>
    <message>
        <source>Review due on {day}</source>
        <translation>审核截止 {day}</translation>
    </message>
    <message numerus="yes">
        <source>{name} scores above the consensus: {bias} points in {period} (%n delivery(ies)), beyond the threshold of ±{threshold}.</source>
        <translation>
            <numerusform>{name} 的评分高于共识：{period} 为 {bias} 分（%n 次授课），超出阈值 ±{threshold}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} scores below the consensus: {bias} points in {period} (%n delivery(ies)), beyond the threshold of ±{threshold}.</source>
        <translation>
            <numerusform>{name} 的评分低于共识：{period} 为 {bias} 分（%n 次授课），超出阈值 ±{threshold}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Observer bias (see the Calibration page):</source>
        <translation>观察员偏差（见“校准”页）：</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {reason}</source>
        <translation>无法读取概览：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the stage “{stage}” now, counted by each candidate&apos;s current stage; archived candidates are left out.</source>
        <translation>
            <numerusform>目前处于“{stage}”阶段的候选人：%n 人，按每位候选人当前所在阶段计算；已归档的候选人不计入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the programme</source>
        <translation>
            <numerusform>计划中共有 %n 名候选人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EverydaySection</name>
    <message>
        <source>Everyday agreement: practice sessions two or more observers scored</source>
        <translation>日常一致性：由两名或以上观察员评分的练习授课</translation>
    </message>
    <message>
        <source>The same statistics over every practice session observed by two or more observers with the same rubric version, not only exercises. Observers differ from session to session, so most sessions lack someone&apos;s score: alpha takes them all, the ICCs only sessions every observer scored.</source>
        <translation>对所有由两名或以上观察员使用同一评分量表版本观察的练习授课计算相同的统计量，而不仅限于练习。各次授课的观察员不同，因此多数授课缺少某人的评分：α 使用全部授课，ICC 只用每位观察员都评分的授课。</translation>
    </message>
    <message>
        <source>No practice session has been scored by two observers yet.</source>
        <translation>还没有由两名观察员评分的练习授课。</translation>
    </message>
    <message>
        <source>Deviation from the other observers, by criterion</source>
        <translation>按标准与其他观察员的偏差</translation>
    </message>
    <message numerus="yes">
        <source>%n co-observed session(s) with two or more scores.</source>
        <translation>
            <numerusform>%n 次共同观察的授课有两个或以上评分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since {date}: %n co-observed session(s) with two or more scores.</source>
        <translation>
            <numerusform>自 {date} 起：%n 次共同观察的授课有两个或以上评分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackEntryDialog</name>
    <message>
        <source>Paper forms — {topic}</source>
        <translation>纸质表单 — {topic}</translation>
    </message>
    <message>
        <source>Session code &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}&lt;br/&gt;&lt;span style=&apos;font-weight:normal&apos;&gt;Check that each form carries this code.&lt;/span&gt;</source>
        <translation>课程代码 &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}&lt;br/&gt;&lt;span style=&apos;font-weight:normal&apos;&gt;请检查每份表单上都有此代码。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}, or Space to leave it blank.</source>
        <translation>输入 {low} 到 {high} 之间的数字，或按空格键留空。</translation>
    </message>
    <message>
        <source>{digit} is not an answer to “{label}”: type {low} to {high}.</source>
        <translation>{digit} 不是“{label}”的有效回答：请输入 {low} 到 {high}。</translation>
    </message>
    <message>
        <source>1 form typed</source>
        <translation>已录入 1 份表单</translation>
    </message>
    <message>
        <source>{n} forms typed</source>
        <translation>已录入 {n} 份表单</translation>
    </message>
    <message numerus="yes">
        <source> (%n with unanswered questions)</source>
        <translation>
            <numerusform>（%n 份有未回答的问题）</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} saved earlier for this session</source>
        <translation> · 本课程之前已保存 {n} 份</translation>
    </message>
    <message>
        <source>Type at least one form before saving.</source>
        <translation>保存前请至少录入一份表单。</translation>
    </message>
    <message>
        <source>row {row}: {answered} of {total}</source>
        <translation>第 {row} 行：{answered}/{total}</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>未回答的问题</translation>
    </message>
    <message>
        <source>Some forms have questions left unanswered:</source>
        <translation>部分表单有未回答的问题：</translation>
    </message>
    <message>
        <source>Saved as typed, the blank questions count as not answered, and each form counts as one response.</source>
        <translation>按录入内容保存时，空白的问题计为未回答，每份表单计为一份回复。</translation>
    </message>
    <message>
        <source>&amp;Save as typed</source>
        <translation>按录入内容保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go back to row {row}</source>
        <translation>返回第 {row} 行(&amp;G)</translation>
    </message>
    <message>
        <source>Row {row}:</source>
        <translation>第 {row} 行：</translation>
    </message>
    <message>
        <source>Discard typed forms?</source>
        <translation>放弃已录入的表单？</translation>
    </message>
    <message numerus="yes">
        <source>%n typed form(s) have not been saved. Close and lose them?</source>
        <translation>
            <numerusform>已录入的 %n 份表单尚未保存。关闭并放弃它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Type paper feedback forms</source>
        <translation>录入纸质反馈表</translation>
    </message>
    <message>
        <source>One row per paper form. Type each answer&apos;s digit and the cursor moves on (type 10 as 1 then 0); Space leaves a question blank. Tab or Enter at the end of a row starts the next form. Nothing is saved until you press Save.</source>
        <translation>每份纸质表单一行。输入每个回答的数字后光标会自动前进（10 请依次输入 1 和 0）；按空格键可留空某题。在行末按 Tab 或 Enter 开始下一份表单。按“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Delete this form</source>
        <translation>删除此表单(&amp;D)</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Add an outside figure</source>
        <translation>添加外部数据</translation>
    </message>
    <message>
        <source>Where it comes from: a report, a tool, a team</source>
        <translation>来源：报表、工具或团队</translation>
    </message>
    <message>
        <source>How many agents it covers (optional)</source>
        <translation>涵盖多少名客服（可选）</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>客服人数：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>FigureTips</name>
    <message>
        <source>How is this computed? Press F1 with the pointer here for the user guide.</source>
        <translation>这是如何计算的？将鼠标指针停在此处并按 F1 查看用户指南。</translation>
    </message>
</context>
<context>
    <name>ForecastWords</name>
    <message>
        <source>Measured conditions met, awaiting sign-off</source>
        <translation>可测条件已满足，待签字确认</translation>
    </message>
    <message>
        <source>Not enough data to forecast</source>
        <translation>数据不足，无法预测</translation>
    </message>
    <message numerus="yes">
        <source>Not within %n sessions</source>
        <translation>
            <numerusform>%n 次课程内不会达标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready in ~%n session(s), {interval}</source>
        <translation>
            <numerusform>约 %n 次课程后达标，{interval}</numerusform>
        </translation>
    </message>
    <message>
        <source>The measured conditions of the readiness rule are met; the mentor&apos;s sign-off is a person&apos;s decision and is not forecast.</source>
        <translation>认证准备规则中可测量的条件已满足；导师签字确认由人决定，不作预测。</translation>
    </message>
    <message>
        <source>Not enough data to forecast: the forecast needs at least one observed session, and a cohort with five or more candidates observed three times.</source>
        <translation>数据不足，无法预测：预测至少需要一次被观察的课程，以及一个至少有五名候选人各被观察三次的同期群体。</translation>
    </message>
    <message numerus="yes">
        <source>Not expected to meet the readiness rule within %n more sessions at the present rate of progress.</source>
        <translation>
            <numerusform>按目前的进步速度，预计再上 %n 次课程也不会满足认证准备规则。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected to meet the readiness rule&apos;s measured conditions in about %n more session(s) (80% interval: {interval}), around {date}</source>
        <translation>
            <numerusform>预计再上约 %n 次课程即可满足认证准备规则的可测量条件（80% 区间：{interval}），约在 {date}</numerusform>
        </translation>
    </message>
    <message>
        <source> (between {low} and {high})</source>
        <translation>（{low} 至 {high} 之间）</translation>
    </message>
    <message>
        <source> (from {low})</source>
        <translation>（{low} 起）</translation>
    </message>
    <message numerus="yes">
        <source>, at one session every %n day(s).</source>
        <translation>
            <numerusform>，按每 %n 天一次课程计算。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <source>Knowledge gap</source>
        <translation>知识缺口</translation>
    </message>
    <message>
        <source>What agents struggle with, e.g. refunds after 30 days</source>
        <translation>客服感到困难的内容，例如 30 天后的退款</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>Knowledge gaps</source>
        <translation>知识缺口</translation>
    </message>
    <message>
        <source>New gap…</source>
        <translation>新建缺口…</translation>
    </message>
    <message>
        <source>From a missed question…</source>
        <translation>从答错的题目…</translation>
    </message>
    <message>
        <source>Start a gap from a check question most trainees got wrong</source>
        <translation>从大多数学员答错的测验题目新建缺口</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服人数</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Business cases</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>No knowledge gap yet. Start one from a check question most trainees missed, or with New gap…</source>
        <translation>还没有知识缺口。可从多数学员答错的测验题目新建，或点击“新建缺口…”</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add figure…</source>
        <translation>添加数据…</translation>
    </message>
    <message>
        <source>Import figures…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <source>Outside figures from a CSV or Excel file: columns date, kind, value, source, agents and note</source>
        <translation>从 CSV 或 Excel 文件导入外部数据：列为日期、类型、数值、来源、人数和备注</translation>
    </message>
    <message>
        <source>Link a record…</source>
        <translation>关联记录…</translation>
    </message>
    <message>
        <source>A check, a check question, a feedback comment or an action item</source>
        <translation>测验、测验题目、反馈评论或行动项</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Write a business case…</source>
        <translation>撰写商业论证…</translation>
    </message>
    <message>
        <source>A case for a new session that closes this gap</source>
        <translation>为弥补此缺口的新课程撰写论证</translation>
    </message>
    <message>
        <source>Close gap</source>
        <translation>关闭缺口</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The knowledge gaps could not be read: {reason}</source>
        <translation>无法读取知识缺口：{reason}</translation>
    </message>
    <message>
        <source>Knowledge gap: {topic}</source>
        <translation>知识缺口：{topic}</translation>
    </message>
    <message>
        <source>{count} pieces of evidence · touches {agents} agents · {trend}
{description}</source>
        <translation>{count} 条证据 · 涉及 {agents} 名客服 · {trend}
{description}</translation>
    </message>
    <message>
        <source>Reopen gap</source>
        <translation>重新打开缺口</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>（您无权查看）</translation>
    </message>
    <message>
        <source>Start a gap from a check question</source>
        <translation>从测验题目新建缺口</translation>
    </message>
    <message>
        <source>Cannot add the gap</source>
        <translation>无法添加缺口</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>……还有 {count} 个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has {count} problems.</source>
        <translation>未导入任何内容：文件有 {count} 个问题。</translation>
    </message>
    <message>
        <source>Cannot import the figures</source>
        <translation>无法导入数据</translation>
    </message>
    <message>
        <source>Link a record as evidence</source>
        <translation>关联记录作为证据</translation>
    </message>
    <message>
        <source>Cannot link it</source>
        <translation>无法关联</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>ImportFeedbackDialog</name>
    <message>
        <source>Into session &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}</source>
        <translation>导入课程 &lt;b&gt;{code}&lt;/b&gt; · {topic} · {when} · {trainer}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— 忽略 —</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>作答时间</translation>
    </message>
    <message>
        <source>{label} (no longer asked)</source>
        <translation>{label}（已不再提问）</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>导入反馈</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>问卷导出文件 (*.csv *.xlsx *.xlsm *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>✔ certain</source>
        <translation>✔ 确定</translation>
    </message>
    <message>
        <source>✔ likely</source>
        <translation>✔ 很可能</translation>
    </message>
    <message>
        <source>? a guess: check it</source>
        <translation>? 猜测：请检查</translation>
    </message>
    <message>
        <source>from the preset</source>
        <translation>来自预设</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>— not placed</source>
        <translation>— 未对应</translation>
    </message>
    <message>
        <source>— none: guess from the headers —</source>
        <translation>— 无：根据表头推断 —</translation>
    </message>
    <message>
        <source>Save the mapping as a preset</source>
        <translation>将映射保存为预设</translation>
    </message>
    <message>
        <source>Name (e.g. the survey tool it is for):</source>
        <translation>名称（例如适用的问卷工具）：</translation>
    </message>
    <message>
        <source>Preset not saved</source>
        <translation>预设未保存</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>{kind}, {encoding}, separated by {sep}</source>
        <translation>{kind}，{encoding}，以 {sep} 分隔</translation>
    </message>
    <message>
        <source>{info} · {n} rows below the header</source>
        <translation>{info} · 表头下方 {n} 行</translation>
    </message>
    <message>
        <source>recognised as a {tool} export</source>
        <translation>识别为 {tool} 导出文件</translation>
    </message>
    <message>
        <source>…and {n} more problems.</source>
        <translation>…以及另外 {n} 个问题。</translation>
    </message>
    <message>
        <source>This file was already imported on {when} by {who} ({n} forms into session {session}). You will be asked before it is imported again.</source>
        <translation>此文件已于 {when} 由 {who} 导入过（{n} 份表单导入课程 {session}）。再次导入前会询问您。</translation>
    </message>
    <message>
        <source>The response times are marked {names}, which could mean more than one time zone: you will be asked which, then shown the preview again.</source>
        <translation>回复时间标注为 {names}，可能指不止一个时区：系统会问您是哪一个，然后再次显示预览。</translation>
    </message>
    <message>
        <source>The response times could be day/month or month/day (such as 10/11): you will be asked which, then shown the preview again.</source>
        <translation>作答时间可能是 日/月 也可能是 月/日（如 10/11）：会先询问您是哪一种，再重新显示预览。</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) dated before the session began or more than {days} days after it (marked below): you will be asked whether to import them or leave them out.</source>
        <translation>
            <numerusform>%n 份表单的日期早于课程开始或晚于课程 {days} 天以上（见下方标记）：导入时会询问您导入还是不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is a rating: only comments would be imported. You will be asked to confirm that this form has comments only.</source>
        <translation>没有评分列：只会导入评论。系统会请您确认此表单只有评论。</translation>
    </message>
    <message>
        <source>{n} feedback forms will be imported</source>
        <translation>将导入 {n} 份反馈表</translation>
    </message>
    <message>
        <source> ({n} blank rows skipped)</source>
        <translation>（跳过 {n} 个空行）</translation>
    </message>
    <message>
        <source> ({n} dated outside the session left out)</source>
        <translation>（{n} 份日期在课程之外，不导入）</translation>
    </message>
    <message>
        <source>Fix the problems below (in the file, or in the mapping) to import; nothing is imported while any remain.</source>
        <translation>请修正以下问题（在文件或映射中）后再导入；只要还有问题，就不会导入任何内容。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>A blank row: skipped</source>
        <translation>空行：已跳过</translation>
    </message>
    <message>
        <source>Dated outside the session</source>
        <translation>日期在课程之外</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>先日还是先月？</translation>
    </message>
    <message>
        <source>Every response time in this file could be read day/month or month/day (such as 10/11/2025). Which does the file use?</source>
        <translation>此文件中的每个作答时间都既可读作 日/月 也可读作 月/日（如 10/11/2025）。文件用的是哪一种？</translation>
    </message>
    <message>
        <source>Day first (10 November)</source>
        <translation>先日（11月10日）</translation>
    </message>
    <message>
        <source>Month first (October 11)</source>
        <translation>先月（10月11日）</translation>
    </message>
    <message>
        <source>{name} — {meaning}, {offset}</source>
        <translation>{name} — {meaning}，{offset}</translation>
    </message>
    <message>
        <source>Which time zone is {name}?</source>
        <translation>{name} 是哪个时区？</translation>
    </message>
    <message>
        <source>The response times in this file are marked {name}, a name that several time zones share. Which one did the survey use?</source>
        <translation>此文件中的回复时间标注为 {name}，这个名称为多个时区共用。问卷使用的是哪一个？</translation>
    </message>
    <message>
        <source>Forms dated outside the session</source>
        <translation>日期在课程之外的表单</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) dated before the session began or more than {days} days after it: they may belong to another session.

Import them into this session, or leave them out?</source>
        <translation>
            <numerusform>%n 份表单的日期早于课程开始或晚于课程 {days} 天以上：它们可能属于另一次课程。

导入到本次课程，还是不导入？</numerusform>
        </translation>
    </message>
    <message>
        <source>Import them</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Import comments only?</source>
        <translation>只导入评论？</translation>
    </message>
    <message>
        <source>No column is mapped to a rating, so only the comments would be imported and every rating in the file dropped.

Does this form really have comments only?</source>
        <translation>没有任何列对应评分，因此只会导入评论，文件中的所有评分都会丢失。

此表单确实只有评论吗？</translation>
    </message>
    <message>
        <source>Import the same file again?</source>
        <translation>再次导入同一个文件？</translation>
    </message>
    <message>
        <source>Import it again only if it really holds other forms. Import again?</source>
        <translation>仅当它确实包含其他表单时才再次导入。要再次导入吗？</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Feedback imported</source>
        <translation>反馈已导入</translation>
    </message>
    <message>
        <source>Not imported: the file was imported before.</source>
        <translation>未导入：此文件之前已导入过。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>导入失败：{error}</translation>
    </message>
    <message>
        <source>Import trainee feedback</source>
        <translation>导入学员反馈</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of a survey tool, or the generic feedback file</source>
        <translation>问卷工具导出的 CSV 或 XLSX 文件，或通用反馈文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Which question each column answers</source>
        <translation>每一列对应的问题</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>保存为预设(&amp;S)…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>对应到</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>把握程度</translation>
    </message>
    <message>
        <source>How sure the guess from the column&apos;s wording is: certain, likely (imported without asking) or a guess to check</source>
        <translation>根据列标题猜测的把握程度：确定、很可能（无需询问即导入）或需检查的猜测</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>第一个回答</translation>
    </message>
    <message>
        <source>Preview of the first rows, as they will be imported</source>
        <translation>前几行预览，按导入后的样子显示</translation>
    </message>
    <message>
        <source>Cancel i&amp;mport</source>
        <translation>取消导入(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>KioskCodeDialog</name>
    <message>
        <source>Start the feedback kiosk</source>
        <translation>启动反馈自助模式</translation>
    </message>
    <message>
        <source>Choose an unlock code of {low} to {high} digits. Trainees cannot leave the kiosk without it; you will need it to finish.</source>
        <translation>请设置一个 {low} 到 {high} 位数字的解锁码。学员没有解锁码就无法退出自助模式；结束时您需要用到它。</translation>
    </message>
    <message>
        <source>Finish the kiosk</source>
        <translation>结束自助模式</translation>
    </message>
    <message>
        <source>Trainer: type the unlock code to leave the kiosk.</source>
        <translation>培训师：请输入解锁码以退出自助模式。</translation>
    </message>
    <message>
        <source>That is not the unlock code.</source>
        <translation>解锁码不正确。</translation>
    </message>
    <message>
        <source>The code is {low} to {high} digits.</source>
        <translation>解锁码为 {low} 到 {high} 位数字。</translation>
    </message>
    <message>
        <source>The two codes differ: type the same code twice.</source>
        <translation>两次输入的解锁码不同：请输入两次相同的解锁码。</translation>
    </message>
    <message>
        <source>Kiosk unlock code</source>
        <translation>自助模式解锁码</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>解锁码(&amp;C)：</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Strongly disagree</source>
        <translation>非常不同意</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>非常同意</translation>
    </message>
    <message>
        <source>Not at all likely</source>
        <translation>完全不可能</translation>
    </message>
    <message>
        <source>Extremely likely</source>
        <translation>极有可能</translation>
    </message>
    <message>
        <source>Feedback — {topic}</source>
        <translation>反馈 — {topic}</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved. The form is ready for the next person.</source>
        <translation>谢谢！您的回答已保存。表单已为下一位准备好。</translation>
    </message>
    <message>
        <source>Kiosk finished</source>
        <translation>自助模式已结束</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s) collected in this kiosk round.</source>
        <translation>
            <numerusform>本轮自助模式共收集 %n 份反馈表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>课程反馈</translation>
    </message>
    <message>
        <source>Finish (trainer)</source>
        <translation>结束（培训师）</translation>
    </message>
    <message>
        <source>Your answers are anonymous. Tap one number per question; leave out any you prefer not to answer.</source>
        <translation>您的回答是匿名的。每题点选一个数字；不想回答的题目可以跳过。</translation>
    </message>
    <message>
        <source>Anything else you would like to say? (optional)</source>
        <translation>还有其他想说的吗？（选填）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Trainer Coach will use the new language the next time it starts.</source>
        <translation>Trainer Coach 将在下次启动时使用新的语言。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>培养流程</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>培训产能</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Knowledge gaps</source>
        <translation>知识缺口</translation>
    </message>
    <message>
        <source>Business cases</source>
        <translation>商业论证</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Demo database — changes are thrown away when you quit</source>
        <translation>演示数据库 — 退出时将丢弃所有更改</translation>
    </message>
    <message>
        <source>Trainer Coach — {where}</source>
        <translation>Trainer Coach — {where}</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>已添加 {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Archived {name}. Undo with Ctrl+Z.</source>
        <translation>已归档 {name}。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>已恢复 {name}。</translation>
    </message>
    <message>
        <source>Readiness rule saved</source>
        <translation>认证准备规则已保存</translation>
    </message>
    <message>
        <source>Logged {topic}</source>
        <translation>已记录 {topic}</translation>
    </message>
    <message>
        <source>Saved {topic}</source>
        <translation>已保存 {topic}</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>观察评估</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>观察评估</translation>
    </message>
    <message>
        <source>trainee feedback form</source>
        <translation>学员反馈表</translation>
    </message>
    <message>
        <source>trainee feedback forms</source>
        <translation>学员反馈表</translation>
    </message>
    <message>
        <source>comprehension check</source>
        <translation>理解测验</translation>
    </message>
    <message>
        <source>comprehension checks</source>
        <translation>理解测验</translation>
    </message>
    <message>
        <source>Its {parts} will be deleted with it.</source>
        <translation>其{parts}将一并删除。</translation>
    </message>
    <message>
        <source>Nothing has been recorded for it yet.</source>
        <translation>尚未为其记录任何内容。</translation>
    </message>
    <message>
        <source>Delete the session “{topic}” of {candidate}?

{goes} Edit ▸ Undo brings it all back.</source>
        <translation>删除 {candidate} 的课程“{topic}”？

{goes}可通过“编辑 ▸ 撤销”全部恢复。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Deleted {topic}</source>
        <translation>已删除 {topic}</translation>
    </message>
    <message>
        <source>Observation saved</source>
        <translation>观察评估已保存</translation>
    </message>
    <message>
        <source>Rubric saved as a new version</source>
        <translation>评分量表已另存为新版本</translation>
    </message>
    <message>
        <source>Evaluation exported</source>
        <translation>评估已导出</translation>
    </message>
    <message>
        <source>Session report exported</source>
        <translation>课程报告已导出</translation>
    </message>
    <message>
        <source>Programme report exported</source>
        <translation>培训计划报告已导出</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>已撤销：{label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>已重做：{label}</translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation>撤销 {label}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {label}</source>
        <translation>重做 {label}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Back up a team server with pg_dump.</source>
        <translation>请使用 pg_dump 备份团队服务器。</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Trainer Coach database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Trainer Coach 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Trainer Coach</source>
        <translation>关于 Trainer Coach</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>尚未打开</translation>
    </message>
    <message>
        <source>Qt {qt} (PySide6 {pyside}), Python {python}, {database}, schema {schema}</source>
        <translation>Qt {qt}（PySide6 {pyside}），Python {python}，{database}，数据库结构 {schema}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trainer Coach {version}&lt;/h3&gt;&lt;p&gt;Grow your own trainers: candidates, the g2g pipeline, observations, feedback and certification.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trainer Coach {version}&lt;/h3&gt;&lt;p&gt;培养您自己的培训师：候选人、g2g 培养流程、观察评估、反馈和认证。&lt;/p&gt;&lt;p&gt;数据库：{db}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trainer Coach</source>
        <translation>Trainer Coach</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>课程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a &amp;demo database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>A throwaway database full of examples; your own data is not touched</source>
        <translation>一个装满示例的临时数据库；不会影响您自己的数据</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (the database as it is now is backed up first)</source>
        <translation>用备份替换当前数据库（会先备份当前的数据库）</translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation>导出列表(&amp;L)…</translation>
    </message>
    <message>
        <source>The candidates (or, on the sessions page, the sessions) as a spreadsheet: CSV for Excel or XLSX</source>
        <translation>将候选人（在课程页面则为课程）导出为电子表格：适用于 Excel 的 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find candidate</source>
        <translation>查找候选人(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>概览(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>培养流程(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation>新建候选人(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open candidate…</source>
        <translation>打开候选人(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Archive candidate</source>
        <translation>归档候选人(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Leads and trainers who mentor and nominate candidates</source>
        <translation>担任导师和提名候选人的培训负责人和培训师</translation>
    </message>
    <message>
        <source>Configure &amp;stages…</source>
        <translation>配置阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>课程(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>培训计划(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>The funnel, time in stage, trends and certification across the programme</source>
        <translation>整个培训计划的漏斗、阶段停留时间、趋势和认证情况</translation>
    </message>
    <message>
        <source>Readiness &amp;rule…</source>
        <translation>认证准备规则(&amp;R)…</translation>
    </message>
    <message>
        <source>When a candidate is ready for certification: the rule everyone on this database shares</source>
        <translation>候选人何时可以认证：本数据库所有用户共用的规则</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>新建课程(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Log a practice delivery a candidate gave</source>
        <translation>记录候选人进行的一次试讲</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>打开课程(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected session with its observations, feedback and checks</source>
        <translation>显示所选课程及其观察评估、反馈和测验</translation>
    </message>
    <message>
        <source>&amp;Edit session details…</source>
        <translation>编辑课程详情(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>删除课程(&amp;D)…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete the session with its observations, feedback and checks (asks first)</source>
        <translation>删除课程及其观察评估、反馈和测验（会先询问）</translation>
    </message>
    <message>
        <source>O&amp;bserve…</source>
        <translation>观察评估(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Score the session against the rubric</source>
        <translation>按评分量表为课程打分</translation>
    </message>
    <message>
        <source>Enter &amp;feedback…</source>
        <translation>录入反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Type in trainees&apos; paper feedback forms</source>
        <translation>录入学员的纸质反馈表</translation>
    </message>
    <message>
        <source>&amp;Kiosk…</source>
        <translation>自助模式(&amp;K)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Full-screen anonymous feedback on this computer, one trainee after another</source>
        <translation>在本机全屏匿名收集反馈，学员依次填写</translation>
    </message>
    <message>
        <source>&amp;Import feedback…</source>
        <translation>导入反馈(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import a survey export (CSV or XLSX)</source>
        <translation>导入问卷导出文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <source>&amp;Print feedback form…</source>
        <translation>打印反馈表(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save a printable feedback form (PDF) carrying the session&apos;s code</source>
        <translation>保存带课程代码的可打印反馈表（PDF）</translation>
    </message>
    <message>
        <source>&amp;Comprehension check…</source>
        <translation>理解测验(&amp;C)…</translation>
    </message>
    <message>
        <source>A daily quiz, practical task test or oral exam: scores before and after</source>
        <translation>每日测验、实际任务测验或口头考察：前后得分</translation>
    </message>
    <message>
        <source>&amp;Rubrics…</source>
        <translation>评分量表(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit the observation rubric; saving makes a new version</source>
        <translation>编辑观察评估量表；保存后生成新版本</translation>
    </message>
    <message>
        <source>Export all &amp;evaluations…</source>
        <translation>导出全部评估(&amp;E)…</translation>
    </message>
    <message>
        <source>Every candidate&apos;s trainer evaluation as a PDF, into one folder</source>
        <translation>将每位候选人的培训师评估导出为 PDF，保存到同一文件夹</translation>
    </message>
    <message>
        <source>Export &amp;programme report…</source>
        <translation>导出培训计划报告(&amp;P)…</translation>
    </message>
    <message>
        <source>The funnel, KPIs, every candidate and the trends as a PDF for managers</source>
        <translation>将漏斗、关键指标、每位候选人和趋势导出为 PDF，供管理者查看</translation>
    </message>
    <message>
        <source>E&amp;xport evaluation…</source>
        <translation>导出评估(&amp;X)…</translation>
    </message>
    <message>
        <source>The selected candidate&apos;s trainer evaluation as a PDF</source>
        <translation>将所选候选人的培训师评估导出为 PDF</translation>
    </message>
    <message>
        <source>E&amp;xport session report…</source>
        <translation>导出课程报告(&amp;X)…</translation>
    </message>
    <message>
        <source>This session&apos;s details, observations, feedback and comprehension results as a PDF</source>
        <translation>将本课程的详情、观察评估、反馈和理解测验结果导出为 PDF</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>How the figures are computed, and how to run a kiosk and paper feedback forms; with the pointer on a figure, F1 opens the section that explains it</source>
        <translation>各项数字如何计算，以及如何使用自助模式和纸质反馈表；将鼠标指针停在某个数字上按 F1，会打开解释它的章节</translation>
    </message>
    <message>
        <source>&amp;About Trainer Coach</source>
        <translation>关于 Trainer Coach(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;{name}&lt;/b&gt; from &lt;b&gt;{source}&lt;/b&gt; to &lt;b&gt;{target}&lt;/b&gt;.</source>
        <translation>将 &lt;b&gt;{name}&lt;/b&gt; 从 &lt;b&gt;{source}&lt;/b&gt; 移到 &lt;b&gt;{target}&lt;/b&gt;。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n candidates</source>
        <translation>
            <numerusform>移动 %n 名候选人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n candidates to &lt;b&gt;{target}&lt;/b&gt;: {names}.</source>
        <translation>
            <numerusform>将 %n 名候选人移到 &lt;b&gt;{target}&lt;/b&gt;：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <source>This move skips {stages}. Check that this is meant before you press OK.</source>
        <translation>此次移动会跳过 {stages}。按“确定”前请确认这是您的本意。</translation>
    </message>
    <message>
        <source>Move candidate</source>
        <translation>移动候选人</translation>
    </message>
    <message>
        <source>&amp;Why? The reason stays in the candidate&apos;s timeline.</source>
        <translation>原因(&amp;W)？原因会保留在候选人的时间线中。</translation>
    </message>
    <message>
        <source>e.g. Passed the screening interview with strong presenting skills</source>
        <translation>例如：通过筛选面试，演讲能力突出</translation>
    </message>
</context>
<context>
    <name>NewExerciseDialog</name>
    <message>
        <source>New calibration exercise</source>
        <translation>新建校准练习</translation>
    </message>
    <message>
        <source>e.g. March calibration</source>
        <translation>例如：三月校准</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>评分量表(&amp;R)：</translation>
    </message>
    <message>
        <source>Practice sessions to score:</source>
        <translation>要评分的练习授课：</translation>
    </message>
    <message>
        <source>Recordings to score (one link a line):</source>
        <translation>要评分的录像（每行一个链接）：</translation>
    </message>
    <message>
        <source>Observers (two or more):</source>
        <translation>观察员（两位或以上）：</translation>
    </message>
    <message>
        <source>Create exercise</source>
        <translation>创建练习</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>录像 %1</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>&lt;b&gt;{topic}&lt;/b&gt; — {candidate}, {when}</source>
        <translation>&lt;b&gt;{topic}&lt;/b&gt; — {candidate}，{when}</translation>
    </message>
    <message>
        <source>Observation of {topic}</source>
        <translation>观察评估：{topic}</translation>
    </message>
    <message>
        <source>{name}, version {number}</source>
        <translation>{name}，第 {number} 版</translation>
    </message>
    <message>
        <source> — scored with this version; the rubric is now at version {newest}</source>
        <translation> — 按此版本评分；评分量表现已更新到第 {newest} 版</translation>
    </message>
    <message>
        <source>— choose the observer —</source>
        <translation>— 选择观察员 —</translation>
    </message>
    <message>
        <source>Note on “{title}” (what you saw):</source>
        <translation>关于“{title}”的备注（您观察到的）：</translation>
    </message>
    <message>
        <source>Weighted average: — (no criterion scored yet, 0 of {total})</source>
        <translation>加权平均：—（尚未对任何标准评分，0 / {total}）</translation>
    </message>
    <message>
        <source>Weighted average: {average} ({scored} of {total} criteria scored; not observed ones do not count)</source>
        <translation>加权平均：{average}（{total} 个标准中已评 {scored} 个；未观察的不计入）</translation>
    </message>
    <message>
        <source>Close and open it again to see the changes.</source>
        <translation>关闭后重新打开即可看到更改。</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察评估</translation>
    </message>
    <message>
        <source>O&amp;bserver</source>
        <translation>观察员(&amp;B)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>Keys: 1–5 score the selected criterion and move to the next; 0 or N: not observed; ↑ ↓ move. The anchors of the criterion are on the right; the level you chose is highlighted.</source>
        <translation>按键：1–5 为所选标准打分并跳到下一项；0 或 N：未观察；↑ ↓ 移动。右侧显示该标准的行为锚点；您选择的等级会高亮显示。</translation>
    </message>
    <message>
        <source>Note on this criterion (what you saw):</source>
        <translation>关于此标准的备注（您观察到的）：</translation>
    </message>
    <message>
        <source>S&amp;trengths and actions</source>
        <translation>优点和行动(&amp;T)</translation>
    </message>
    <message>
        <source>Stren&amp;gths</source>
        <translation>优点(&amp;G)</translation>
    </message>
    <message>
        <source>What went well, so the candidate keeps doing it</source>
        <translation>做得好的地方，让候选人继续保持</translation>
    </message>
    <message>
        <source>&amp;Improvements</source>
        <translation>改进之处(&amp;I)</translation>
    </message>
    <message>
        <source>What to change next time, concretely</source>
        <translation>下次具体要改变什么</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>建议(&amp;R)</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>行动项(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>添加行动项(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+向下）</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {example}, or leave it empty.</source>
        <translation>“{text}”不是日期：请按 {example} 的格式输入，或留空。</translation>
    </message>
</context>
<context>
    <name>PaperFormsModel</name>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>What the trainee wrote, as written</source>
        <translation>学员所写内容，按原文照录</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} questions answered</source>
        <translation>
            <numerusform>已回答 %n/{total} 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting a PDF</source>
        <translation>正在导出 PDF</translation>
    </message>
    <message>
        <source>Cancelling: the page being drawn is finished, then thrown away…</source>
        <translation>正在取消：正在绘制的页面完成后将被丢弃…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Export the capacity plan</source>
        <translation>导出产能规划</translation>
    </message>
    <message>
        <source>Writing the capacity plan…</source>
        <translation>正在写入产能规划…</translation>
    </message>
    <message>
        <source>Capacity plan not exported</source>
        <translation>产能规划未导出</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Training lead</source>
        <translation>培训负责人</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>{role} (retired)</source>
        <translation>{role}（已停用）</translation>
    </message>
    <message>
        <source>{role} — you</source>
        <translation>{role} — 您</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>恢复(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation>请先在列表中选择人员。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Leads and trainers mentor and nominate candidates. Add the people who do; choose someone in the list to correct their details or to retire them (they stay on old records, and are no longer offered for new work).</source>
        <translation>培训主管和培训师负责辅导和提名候选人。请添加这些人；在列表中选择某人即可修改其资料或将其停用（停用后仍保留在以往记录中，但不再用于新的工作）。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>作为新人员添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>这是我(&amp;M)</translation>
    </message>
    <message>
        <source>What you record on this computer (an import, a move in the pipeline) is recorded under this person&apos;s name</source>
        <translation>您在这台电脑上记录的内容（一次导入、一次流程阶段变更）将以此人的名义记录</translation>
    </message>
    <message>
        <source>Access to the team server</source>
        <translation>团队服务器访问权限</translation>
    </message>
    <message>
        <source>Choose a person in the list, then give them a login and a role. A trainer sees their own sessions and observations; a lead sees everything.</source>
        <translation>在列表中选择一个人，然后为其设置登录名和角色。培训师只能看到自己的培训场次和观察评估；负责人可以看到全部。</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>maria_k</source>
        <translation>maria_k</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>only for a new login, or to change it</source>
        <translation>仅用于新登录名或修改密码</translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation>授予访问权限(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Take access away</source>
        <translation>撤销访问权限(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Nothing to choose from yet.</source>
        <translation>暂无可选项。</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>培养流程</translation>
    </message>
    <message>
        <source>Drag a card to another stage, right-click it for its menu, or press Ctrl+Shift+→ or Ctrl+Shift+← to move it to the next or previous stage; Ctrl+click chooses several cards to move together. Every move asks why and is kept in the candidate&apos;s timeline. The number on a card is the selection score, the mean of the scored traits; a green card is ready for certification. The last line forecasts the further practice sessions until the readiness rule is met, with an 80% interval.</source>
        <translation>将卡片拖到另一个阶段，右键单击打开其菜单，或按 Ctrl+Shift+→ 或 Ctrl+Shift+← 将其移到下一个或上一个阶段；按住 Ctrl 单击可选择多张卡片一起移动。每次移动都会询问原因，并记录在候选人的时间线中。卡片上的数字是选拔分数，即已评分特质的平均值；绿色卡片表示已可认证。最后一行预测还需多少次练习课程才能满足认证准备规则，并给出 80% 区间。</translation>
    </message>
    <message>
        <source>Move to &amp;next stage…</source>
        <translation>移到下一阶段(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage…</source>
        <translation>移到上一阶段(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移到(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n cards to</source>
        <translation>
            <numerusform>将 %n 张卡片移到(&amp;M)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <source>Observer profiles over time</source>
        <translation>观察员随时间的概况</translation>
    </message>
    <message>
        <source>From every revealed exercise and co-observed session: each score minus the consensus (the lead&apos;s reference where there is one, else the other observers&apos; mean), averaged per delivery. Lenient or severe on a criterion when its whole 95% interval is above or below zero; drifting when the interval of the trend (points per year, a least-squares slope over time) excludes zero.</source>
        <translation>来自每个已公开的练习和共同观察的授课：每个分数减去共识（有负责人参考评分时用参考评分，否则用其他观察员的平均分），按授课求平均。某标准的整个 95% 区间高于或低于零时为宽松或严格；趋势（每年分数，随时间的最小二乘斜率）的区间不含零时为漂移。</translation>
    </message>
    <message>
        <source>No observer has scores to compare yet.</source>
        <translation>还没有观察员有可比较的评分。</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Bias (95% interval)</source>
        <translation>偏差（95% 区间）</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>试讲次数</translation>
    </message>
    <message>
        <source>Lenient on</source>
        <translation>宽松于</translation>
    </message>
    <message>
        <source>Severe on</source>
        <translation>严格于</translation>
    </message>
    <message>
        <source>Latest quarter</source>
        <translation>最近一季度</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <source>Name an observer on the dashboard when their latest quarter&apos;s bias is beyond</source>
        <translation>当观察员最近一季度的偏差超过以下值时在仪表板上列出</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation>保存阈值</translation>
    </message>
    <message numerus="yes">
        <source>all %n criteria</source>
        <translation>
            <numerusform>全部 %n 项标准</numerusform>
        </translation>
    </message>
    <message>
        <source>too few deliveries</source>
        <translation>授课太少</translation>
    </message>
    <message>
        <source>drifting: {slope} a year</source>
        <translation>漂移：每年 {slope}</translation>
    </message>
    <message>
        <source>steady: {slope} a year</source>
        <translation>稳定：每年 {slope}</translation>
    </message>
    <message>
        <source>Named on the dashboard now: {names}.</source>
        <translation>目前在仪表板上列出：{names}。</translation>
    </message>
    <message>
        <source>No observer&apos;s latest quarter is beyond {points} points.</source>
        <translation>没有观察员最近一季度的偏差超过 {points} 分。</translation>
    </message>
    <message>
        <source>Cannot save the threshold</source>
        <translation>无法保存阈值</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>Export programme report…</source>
        <translation>导出培训计划报告…</translation>
    </message>
    <message>
        <source>The funnel, KPIs, every candidate and the trends as a PDF for managers</source>
        <translation>将漏斗、关键指标、每位候选人和趋势导出为 PDF，供管理者查看</translation>
    </message>
    <message>
        <source>candidates in the programme</source>
        <translation>计划中的候选人</translation>
    </message>
    <message>
        <source>active trainers</source>
        <translation>在岗培训师</translation>
    </message>
    <message>
        <source>sessions this month</source>
        <translation>本月课程</translation>
    </message>
    <message>
        <source>of sessions given by internal trainers</source>
        <translation>由内部培训师讲授的课程占比</translation>
    </message>
    <message>
        <source>Certification: trainers by topic</source>
        <translation>认证：按主题列出的培训师</translation>
    </message>
    <message>
        <source>Nobody holds a certification yet.</source>
        <translation>尚无人获得认证。</translation>
    </message>
    <message>
        <source>Renewals due soon</source>
        <translation>即将到期的续期</translation>
    </message>
    <message>
        <source>No certification is due for renewal in the next 60 days.</source>
        <translation>未来 60 天内没有需要续期的认证。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Candidates in the last pipeline stage now: %n. Of all candidates, {certified} hold a certification in force.</source>
        <translation>
            <numerusform>目前处于流程最后阶段的候选人：%n 人。所有候选人中，有 {certified} 人持有有效认证。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions dated in {month}: %n, of {total} sessions in all.</source>
        <translation>
            <numerusform>日期在 {month} 的课程：%n 次，共 {total} 次课程。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions given by candidates employed by the company (not by a vendor) out of all sessions: {internal} of %n.</source>
        <translation>
            <numerusform>由公司员工（而非外包供应商人员）候选人讲授的课程占全部课程的比例：%n 次中的 {internal} 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The days each completed stay in a stage lasted, from %n completed stay(s).</source>
        <translation>
            <numerusform>每次已完成的阶段停留持续的天数，共 %n 次已完成的停留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions per month (%n in all), with each month&apos;s mean rubric score and mean feedback; a month with no session is drawn empty.</source>
        <translation>
            <numerusform>每月课程数（共 %n 次），以及每月评分细则和反馈的平均值；没有课程的月份显示为空。</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme could not be read: {reason}</source>
        <translation>无法读取培训计划：{reason}</translation>
    </message>
    <message>
        <source>Figures as of {date}. Every chart states its n; F5 reads them again.</source>
        <translation>数据截至 {date}。每个图表都标明了 n；按 F5 重新读取。</translation>
    </message>
    <message>
        <source>not counting {paused} paused or withdrawn</source>
        <translation>不含 {paused} 名暂停或退出者</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the programme.</source>
        <translation>
            <numerusform>项目中的候选人：%n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold a certification in force</source>
        <translation>
            <numerusform>%n 人持有有效认证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>共 %n 次课程</numerusform>
        </translation>
    </message>
    <message>
        <source>no sessions yet; the guide&apos;s g2g network: ~{guide:.0%}</source>
        <translation>尚无课程；指南中的 g2g 网络：约 {guide:.0%}</translation>
    </message>
    <message>
        <source>{internal} of {total} sessions · the guide&apos;s g2g network: ~{guide:.0%}</source>
        <translation>{total} 次课程中的 {internal} 次 · 指南中的 g2g 网络：约 {guide:.0%}</translation>
    </message>
    <message numerus="yes">
        <source>Each bar adds up every pipeline candidate&apos;s chance of meeting the readiness rule&apos;s measured conditions in that month, from their forecast at their own cadence (%n candidate(s) with a forecast); the mentor&apos;s sign-off is not forecast.</source>
        <translation>
            <numerusform>每根柱子把流程中每位候选人在该月满足认证准备规则可测量条件的概率相加，依据其按自身授课节奏得出的预测（%n 位候选人有预测）；导师签字确认不作预测。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>上级目录</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>详细视图</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>显示详细信息...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隐藏详细信息...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>关闭但不保存</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>ReadinessRuleDialog</name>
    <message>
        <source>Readiness rule</source>
        <translation>认证准备规则</translation>
    </message>
    <message>
        <source>A candidate is ready for certification when every condition below is met. The rule is shared by everyone using this database.</source>
        <translation>当以下所有条件都满足时，候选人即可认证。本数据库的所有用户共用此规则。</translation>
    </message>
    <message>
        <source>Observed practice deliveries, at &amp;least</source>
        <translation>经观察评估的试讲，至少(&amp;L)</translation>
    </message>
    <message>
        <source>Look at the last &amp;sessions</source>
        <translation>考察最近几次课程(&amp;S)</translation>
    </message>
    <message>
        <source>Their &amp;rubric averages at or above (1–5)</source>
        <translation>其评分量表平均分不低于(&amp;R)（1–5）</translation>
    </message>
    <message>
        <source>Overall &amp;feedback at or above (1–5)</source>
        <translation>总体反馈不低于(&amp;F)（1–5）</translation>
    </message>
    <message>
        <source>From at least this many &amp;answers</source>
        <translation>至少有这么多份回答(&amp;A)</translation>
    </message>
    <message>
        <source>Require the &amp;mentor&apos;s sign-off</source>
        <translation>需要导师签字确认(&amp;M)</translation>
    </message>
    <message>
        <source>The rule in words</source>
        <translation>规则说明</translation>
    </message>
    <message>
        <source>A candidate is ready for certification when:</source>
        <translation>候选人满足以下条件即可认证：</translation>
    </message>
    <message>
        <source>at least 1 practice delivery has been observed;</source>
        <translation>至少有 1 次试讲经过观察评估；</translation>
    </message>
    <message>
        <source>at least {n} practice deliveries have been observed;</source>
        <translation>至少有 {n} 次试讲经过观察评估；</translation>
    </message>
    <message>
        <source>the rubric average of their last observed session is {threshold} or more;</source>
        <translation>最近一次经观察评估的课程，评分量表平均分不低于 {threshold}；</translation>
    </message>
    <message>
        <source>the rubric average of each of their last {n} observed sessions is {threshold} or more;</source>
        <translation>最近 {n} 次经观察评估的课程，每次的评分量表平均分都不低于 {threshold}；</translation>
    </message>
    <message>
        <source>the trainees&apos; overall feedback, over all their sessions, averages {threshold} or more from at least {n} answers;</source>
        <translation>学员对其所有课程的总体反馈平均分不低于 {threshold}，且至少有 {n} 份回答；</translation>
    </message>
    <message>
        <source>and their mentor has signed them off.</source>
        <translation>且导师已签字确认。</translation>
    </message>
    <message>
        <source>no mentor sign-off is needed.</source>
        <translation>无需导师签字确认。</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference scores: %1</source>
        <translation>参考评分：%1</translation>
    </message>
    <message>
        <source>Type the score each criterion deserves on each delivery, from 1 to 5 (leave a cell empty for none). Observers see the reference scores once every score is revealed; bias is then measured against them.</source>
        <translation>为每次授课的每个标准输入应得的分数，1 到 5（留空表示无）。所有评分公开后观察员可看到参考评分；偏差将以其为准衡量。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the database. The database as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>选择一个备份来替换当前数据库。系统会先备份当前的数据库，因此恢复操作本身也可以通过恢复该备份来撤销。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>Automatic backups are made on the first start of each day and before every upgrade and restore; older ones are deleted. Backups you make yourself are never deleted.</source>
        <translation>每天首次启动时以及每次升级和恢复之前都会自动备份；较旧的自动备份会被删除。您手动创建的备份永远不会被删除。</translation>
    </message>
    <message>
        <source>automatic backups</source>
        <translation>个自动备份</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>每日，自动</translation>
    </message>
    <message>
        <source>Before an upgrade, automatic</source>
        <translation>升级前，自动</translation>
    </message>
    <message>
        <source>Before a restore, automatic</source>
        <translation>恢复前，自动</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>This is a team server: its backups are made and restored by whoever runs it (pg_dump and pg_restore).</source>
        <translation>这是团队服务器：其备份由服务器管理员创建和恢复（pg_dump 和 pg_restore）。</translation>
    </message>
    <message>
        <source>There are no backups beside this database yet. Choose “Other file…” to restore one kept elsewhere.</source>
        <translation>此数据库旁边还没有备份。选择“其他文件…”可恢复保存在其他位置的备份。</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>Trainer Coach database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Trainer Coach 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Put the backup {name} in place of the database? What was entered since that backup is set aside in a backup of its own.</source>
        <translation>要用备份 {name} 替换当前数据库吗？该备份之后录入的内容会另存为一个单独的备份。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Rubrics</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>Your changes to this rubric are not saved. Discard them?</source>
        <translation>您对此评分量表的更改尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>There is no rubric yet.</source>
        <translation>尚无评分量表。</translation>
    </message>
    <message>
        <source>You are editing version {n} of this rubric. Saving makes version {next}; observations already scored keep version {n}, and new observations use version {next}.</source>
        <translation>您正在编辑此评分量表的第 {n} 版。保存后将生成第 {next} 版；已评分的观察评估保留第 {n} 版，新的观察评估使用第 {next} 版。</translation>
    </message>
    <message>
        <source>new criterion</source>
        <translation>新评分标准</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>评分量表(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;riteria, in the order an observer scores them</source>
        <translation>评分标准(&amp;R)，按观察员打分的顺序排列</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>W&amp;eight</source>
        <translation>权重(&amp;E)</translation>
    </message>
    <message>
        <source>Behavioural anchors: what each score level looks like in the room.</source>
        <translation>行为锚点：每个得分等级在课堂上的具体表现。</translation>
    </message>
    <message>
        <source>Level &amp;1</source>
        <translation>等级 &amp;1</translation>
    </message>
    <message>
        <source>Level &amp;2</source>
        <translation>等级 &amp;2</translation>
    </message>
    <message>
        <source>Level &amp;3</source>
        <translation>等级 &amp;3</translation>
    </message>
    <message>
        <source>Level &amp;4</source>
        <translation>等级 &amp;4</translation>
    </message>
    <message>
        <source>Level &amp;5</source>
        <translation>等级 &amp;5</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>更改内容(&amp;C)</translation>
    </message>
    <message>
        <source>A line for the version history, e.g. clearer anchors for pacing</source>
        <translation>版本历史中的一行说明，例如：节奏的行为锚点更清晰</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Scores of %1</source>
        <translation>%1 的评分</translation>
    </message>
    <message>
        <source>Type a score from 1 to 5 in each cell (leave it empty if you could not judge). No one sees your scores until every observer has handed in.</source>
        <translation>在每个单元格中输入 1 到 5 的分数（无法判断时留空）。在所有观察员提交之前，任何人都看不到你的评分。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保持情况</translation>
    </message>
    <message>
        <source>Row {row}: the {name} score {text!r} is not a number.</source>
        <translation>第 {row} 行：{name} 得分 {text!r} 不是数字。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Log a practice delivery: who gave it, when, on what, to whom. Trainee feedback and observations are added to it afterwards.</source>
        <translation>记录一次试讲：谁讲的、何时、讲什么、对谁讲。学员反馈和观察评估之后再添加。</translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation>课程 {code}</translation>
    </message>
    <message>
        <source>Session code {code}: trainees type it in the kiosk and it is printed on paper feedback forms.</source>
        <translation>课程代码 {code}：学员在自助模式中输入，并打印在纸质反馈表上。</translation>
    </message>
    <message>
        <source>Type a name to find the candidate</source>
        <translation>输入姓名以查找候选人</translation>
    </message>
    <message>
        <source>There are no candidates yet. A session is a practice delivery that a trainer candidate gives: add the candidate first, then log the session.</source>
        <translation>还没有候选人。课程是培训师候选人进行的一次试讲：请先添加候选人，再记录课程。</translation>
    </message>
    <message>
        <source>&amp;Add a candidate…</source>
        <translation>添加候选人(&amp;A)…</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>New training asset</source>
        <translation>新建培训资料</translation>
    </message>
    <message>
        <source>Title of the material the session uses:</source>
        <translation>课程所用材料的标题：</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>授课方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>录像链接</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this session.</source>
        <translation>未保存：其他人修改了此培训场次。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <source>Type to find a candidate by name</source>
        <translation>输入以按姓名查找候选人</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>日期和时间(&amp;D)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>What the session taught, in any language</source>
        <translation>课程讲授的内容，任何语言均可</translation>
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation>授课方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>培训对象(&amp;A)</translation>
    </message>
    <message>
        <source>Trai&amp;nees</source>
        <translation>学员人数(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>时长(&amp;U)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Training a&amp;sset</source>
        <translation>培训资料(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;asset…</source>
        <translation>新建资料(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Observers</source>
        <translation>观察员(&amp;O)</translation>
    </message>
    <message>
        <source>Tick the leads and trainers who observe; each may score the session</source>
        <translation>勾选参与观察的培训负责人和培训师；每人都可以为课程打分</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Recording link</source>
        <translation>录像链接(&amp;R)</translation>
    </message>
    <message>
        <source>Where the session&apos;s recording can be watched again, for review and calibration (https://…)</source>
        <translation>可重新观看本课程录像的地址，用于回顾和校准（https://…）</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
</context>
<context>
    <name>SessionEffectivenessSection</name>
    <message>
        <source>Effectiveness</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Three views, kept apart: what the observers scored, how the trainees reacted, and what they learned. Every mean carries its n and 95% interval; amber rows rest on fewer than 10 answers.</source>
        <translation>三个视角分开呈现：观察员的评分、学员的反应、学员学到了什么。每个平均值都附有 n 和 95% 区间；橙色行表示回答少于 10 份。</translation>
    </message>
    <message>
        <source>Change weights…</source>
        <translation>更改权重…</translation>
    </message>
    <message numerus="yes">
        <source>Rubric: weighted overall {overall}, %n observer(s)</source>
        <translation>
            <numerusform>评分量表：加权总分 {overall}，%n 名观察员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response rate {rate:.0%}: %n feedback form(s); trainees in the session: {trainees}.</source>
        <translation>
            <numerusform>回复率 {rate:.0%}：%n 份反馈表；课程学员人数：{trainees}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback form(s); the session records no trainees, so no response rate.</source>
        <translation>
            <numerusform>%n 份反馈表；课程未记录学员人数，因此没有回复率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The weighted mean of the parts that exist, each put on 0–100: the rubric from %n observer(s), feedback from {answers} answers to the overall question, learning from {paired} trainees with both a before and an after score. A part with no data is left out, not counted as zero.</source>
        <translation>
            <numerusform>现有各部分的加权平均，每部分先换算到 0–100：评分细则来自 %n 位观察员，反馈来自总体问题的 {answers} 份回答，学习来自 {paired} 位同时有测前和测后成绩的学员。没有数据的部分会被略去，不按零分计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each observer&apos;s weighted average of the criteria they scored, then the mean over %n observer(s), with its 95% interval.</source>
        <translation>
            <numerusform>每位观察员对其评分标准的加权平均，再取 %n 位观察员的平均值，并附 95% 区间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback forms saved for this session (kiosk, typed or imported) divided by the trainees it records: %n form(s) of {trainees}.</source>
        <translation>
            <numerusform>本课程已保存的反馈表（自助模式、手工录入或导入）除以课程记录的学员人数：{trainees} 人中的 %n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean of each question&apos;s answers with its 95% interval, from %n feedback form(s); n is how many answered the question. Amber rows rest on fewer than 10 answers.</source>
        <translation>
            <numerusform>每个问题回答的平均值及其 95% 区间，来自 %n 份反馈表；n 为回答该问题的人数。橙色行基于不足 10 份回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share of each answer to every question, from %n feedback form(s).</source>
        <translation>
            <numerusform>每个问题中各选项所占的比例，来自 %n 份反馈表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Means before and after, the gain and the normalised gain of each check, from %n trainee(s) with both a before and an after score.</source>
        <translation>
            <numerusform>每次测验的测前和测后平均分、增益和标准化增益，来自 %n 位同时有测前和测后成绩的学员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each trainee&apos;s score before and after the first check, from %n trainee(s) with both scores.</source>
        <translation>
            <numerusform>每位学员在第一次测验前后的成绩，来自 %n 位两项成绩都有的学员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>Nobody has observed this session yet.</source>
        <translation>尚无人观察评估本次课程。</translation>
    </message>
    <message>
        <source>Trainee reaction</source>
        <translation>学员反应</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>No comprehension check for this session yet.</source>
        <translation>本课程尚无理解测验。</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>← All sessions</source>
        <translation>← 所有课程</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>授课方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Training asset</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Feedback code</source>
        <translation>反馈代码</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分量表</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <source>Criteria scored</source>
        <translation>已评分标准</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation>平均分 之前 → 之后</translation>
    </message>
    <message>
        <source>Open the training asset: its versions, review and agents&apos; feedback</source>
        <translation>打开培训资料：版本、审核和客服人员的反馈</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>{name}, v{number}</source>
        <translation>{name}，第 {number} 版</translation>
    </message>
    <message numerus="yes">
        <source>Observations (%n)</source>
        <translation>
            <numerusform>观察评估（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weighted average: each observer&apos;s scores weighted by the rubric&apos;s criterion weights, over the criteria they scored (a criterion not judged is not a zero); %n observation(s).</source>
        <translation>
            <numerusform>加权平均：每位观察员的分数按评分细则各标准的权重加权，只计其评分的标准（未评分的标准不算零分）；共 %n 次观察。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainee feedback: %n form(s)</source>
        <translation>
            <numerusform>学员反馈：%n 份表单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback forms saved for this session from the kiosk, typed from paper or imported: %n.</source>
        <translation>
            <numerusform>本课程通过自助模式、纸质录入或导入保存的反馈表：%n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comprehension checks (%n)</source>
        <translation>
            <numerusform>理解测验（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean before → after: the mean of the before scores and of the after scores typed for each check (Trainees is how many rows each check has); %n check(s).</source>
        <translation>
            <numerusform>测前 → 测后平均分：每次测验所录入的测前成绩和测后成绩各自的平均值（“人数”为每次测验的行数）；共 %n 次测验。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>授课方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Obs.</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>授课方式</translation>
    </message>
    <message>
        <source>Number of trainees</source>
        <translation>学员人数</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察评估</translation>
    </message>
    <message>
        <source>Trainee feedback forms</source>
        <translation>学员反馈表</translation>
    </message>
    <message>
        <source>Session code (on paper forms and the kiosk)</source>
        <translation>课程代码（用于纸质表单和自助模式）</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Search topic, candidate, code…</source>
        <translation>搜索主题、候选人、代码…</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>授课方式</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>培训对象</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>所有候选人</translation>
    </message>
    <message>
        <source>The sessions could not be read: {reason}</source>
        <translation>无法读取课程：{reason}</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>所有授课方式</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>所有培训对象</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次课程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>Selection score: {score}</source>
        <translation>选拔得分：{score}</translation>
    </message>
    <message>
        <source>Ready for certification: every readiness condition is met</source>
        <translation>可以认证：所有准备条件均已满足</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>{name}  ({count} candidates)</source>
        <translation>{name}  （{count} 名候选人）</translation>
    </message>
    <message>
        <source>  — side exit</source>
        <translation>  — 旁路出口</translation>
    </message>
    <message>
        <source>{name} holds candidates; move them first.</source>
        <translation>阶段 {name} 中还有候选人；请先将他们移走。</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>新阶段名称：</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Delete the stage {name}?</source>
        <translation>删除阶段 {name}？</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>培养流程阶段</translation>
    </message>
    <message>
        <source>The columns of the pipeline board, in order. Side exits (such as Paused or Withdrawn) sit apart at the end. A stage that holds candidates cannot be deleted.</source>
        <translation>培养流程看板的各列，按顺序排列。旁路出口（如“暂停”或“已退出”）单独放在最后。有候选人的阶段不能删除。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Side &amp;exit</source>
        <translation>旁路出口(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Total {total}%.</source>
        <translation>合计 {total}%。</translation>
    </message>
    <message>
        <source>The composite divides by the total, so these act as shares of it.</source>
        <translation>综合得分会除以合计值，因此这些数值相当于各自所占的比例。</translation>
    </message>
    <message>
        <source>Composite score weights</source>
        <translation>综合得分权重</translation>
    </message>
    <message>
        <source>The composite puts each part on 0–100 and takes their weighted mean. A part a session has no data for is left out, not counted as zero. The three views stay on the page beside it.</source>
        <translation>综合得分将各部分换算为 0–100 后取加权平均。某次课程没有数据的部分会被略去，而不是按零计算。三个视角仍在旁边分别显示。</translation>
    </message>
    <message>
        <source>&amp;Rubric (observers)</source>
        <translation>评分量表（观察员）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Feedback (trainees&apos; overall)</source>
        <translation>反馈（学员总体评价）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Learning (normalised gain)</source>
        <translation>学习（标准化收益）(&amp;L)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Restored from {name}; the database as it was is in {copy}</source>
        <translation>已从 {name} 恢复；原来的数据库保存在 {copy}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {reason}. Your data is unchanged; make a backup by hand (File ▸ Back up database…) when you can.</source>
        <translation>今天的自动备份未能完成：{reason}。您的数据没有变化；请在方便时手动备份（文件 ▸ 备份数据库…）。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The list could not be written: {error}</source>
        <translation>无法写入列表：{error}</translation>
    </message>
    <message>
        <source>List written to {path}</source>
        <translation>列表已写入 {path}</translation>
    </message>
</context>
</TS>
