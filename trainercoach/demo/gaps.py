"""The demo's knowledge gaps and business cases (issue 20): questions on every comprehension check (one of them
most trainees miss on a few topics), gaps built from those questions with comments, action items and outside
figures as evidence, and business cases in every state of their review, one evaluated with its before/after.

Drawn from its own random generator and written after everything else, so no earlier table changes."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, time, timedelta

from trainercoach.demo.base import BuilderBase
from trainercoach.demo.plan import PlannedDelivery, stored

QUESTIONS = {
    "en": ("Which policy applies here?", "What is the first step?", "When do you escalate?",
           "What do you tell the customer?"),
    "el": ("Ποια πολιτική ισχύει εδώ;", "Ποιο είναι το πρώτο βήμα;", "Πότε κλιμακώνετε;",
           "Τι λέτε στον πελάτη;"),
    "zh": ("这里适用哪项政策？", "第一步是什么？", "什么时候需要升级？", "您应该如何告诉客户？"),
}
MISSED = 2  # the question trainees miss on the gaps' topics: when to escalate
GAP_TEXT = {
    "en": "Agents do not know when to escalate; QA keeps flagging it.",
    "el": "Οι εκπρόσωποι δεν ξέρουν πότε να κλιμακώσουν· ο έλεγχος ποιότητας το επισημαίνει συνεχώς.",
    "zh": "客服不清楚何时需要升级；质检一再指出这个问题。",
}
CASE_TEXT = {
    "en": ("{topic}: when to escalate", "Most trainees miss the escalation question; QA scores are falling.",
           "1. The escalation rules\n2. Three mock tickets\n3. Quiz", "Escalate the right tickets at the right time",
           "Check scores up 20 points; QA back above 85"),
    "el": ("{topic}: πότε κλιμακώνουμε", "Οι περισσότεροι απαντούν λάθος στην ερώτηση κλιμάκωσης· το QA πέφτει.",
           "1. Οι κανόνες κλιμάκωσης\n2. Τρία δοκιμαστικά αιτήματα\n3. Κουίζ", "Σωστή κλιμάκωση τη σωστή στιγμή",
           "Βαθμοί ελέγχου +20 μονάδες· QA ξανά πάνω από 85"),
    "zh": ("{topic}：何时升级", "大多数学员答错升级题；质检分数在下降。", "1. 升级规则\n2. 三个模拟工单\n3. 测验",
              "在正确的时间升级正确的工单", "测验成绩提高 20 分；质检回到 85 以上"),
}
# At a large organisation's scale (``gap_rounds`` > 1) a topic holds more than one gap: the first from the check
# question most trainees miss, the others spotted in comments, action items and QA figures, each named for its aspect.
ASPECTS = {
    "en": ("refund window", "tone with angry customers", "the new ticket form", "knowledge-base search",
           "handover notes"),
    "el": ("προθεσμία επιστροφής", "ύφος με θυμωμένους πελάτες", "η νέα φόρμα αιτήματος", "αναζήτηση στη βάση γνώσεων",
           "σημειώσεις παράδοσης"),
    "zh": ("退款期限", "应对愤怒的客户", "新的工单表单", "知识库搜索", "交接记录"),
}
RETURN_REASON = {"en": "Say how many agents per team need it.",
                 "el": "Πείτε πόσοι εκπρόσωποι ανά ομάδα το χρειάζονται.", "zh": "请说明每个团队有多少客服需要。"}
# The review as far as each demo case has gone: every state appears once, "evaluated" with its before/after.
JOURNEYS = (
    ("draft",),
    ("draft", "submitted"),
    ("draft", "submitted", "returned"),
    ("draft", "submitted", "approved"),
    ("draft", "submitted", "approved", "scheduled"),
    ("draft", "submitted", "returned", "submitted", "approved", "scheduled", "delivered"),
    ("draft", "submitted", "approved", "scheduled", "delivered", "evaluated"),
)


class GapParts(BuilderBase):
    """Check questions, knowledge gaps with their evidence, and business cases.

    The small demo has one gap per language (its most checked topic) and one case per state of the review; a
    scale's builder sets ``gap_topics`` (topics per language with gaps), ``gap_rounds`` (gaps per such topic)
    and ``case_rounds`` (cases per state), so the gap and case pages have a realistic number of rows."""

    gap_topics_per_language = 1
    gap_rounds = 1
    case_rounds = 1

    def add_gaps(self) -> None:
        rng = self.rng("gaps")
        by_id = {d.id: d for d in self.deliveries}
        checks = self.raw.execute(
            "SELECT c.id, c.delivery_id, c.held_on, count(s.post) FROM comprehension_check c "
            "JOIN comprehension_score s ON s.check_id = c.id GROUP BY c.id ORDER BY c.id").fetchall()
        topics: Counter[tuple[str, str]] = Counter(
            (by_id[d].lang, by_id[d].topic) for _c, d, _h, _n in checks if d in by_id)
        gap_topics: list[tuple[str, str]] = []
        for lang in ("en", "el", "zh"):
            mine = [t for t in topics.most_common() if t[0][0] == lang]
            gap_topics += [topic for topic, _n in mine[:self.gap_topics_per_language]]
        questions: list[tuple[object, ...]] = []
        missed: dict[str, tuple[int, int, str]] = {}  # topic -> (question id, check id, held on) latest
        next_question = 1
        for check_id, delivery_id, held_on, answered in checks:
            delivery = by_id.get(delivery_id)
            lang = delivery.lang if delivery is not None else "en"
            topic = delivery.topic if delivery is not None else ""
            on_gap = (lang, topic) in gap_topics
            for number, text in enumerate(QUESTIONS.get(lang, QUESTIONS["en"]), start=1):
                share = 0.3 if on_gap and number - 1 == MISSED else rng.uniform(0.6, 0.95)
                correct = sum(rng.random() < share for _ in range(answered))
                questions.append((next_question, check_id, number, text, topic, answered, correct))
                if on_gap and number - 1 == MISSED:
                    missed[topic] = (next_question, check_id, held_on)
                next_question += 1
        self.write("check_question", ("id", "check_id", "position", "text", "topic", "answered", "correct"),
                   questions)
        self.counts["check_questions"] = len(questions)
        self._write_gaps(rng, gap_topics, missed, by_id)

    def _write_gaps(self, rng: random.Random, gap_topics: list[tuple[str, str]],
                    missed: dict[str, tuple[int, int, str]], by_id: dict[int, PlannedDelivery]) -> None:
        gaps: list[tuple[object, ...]] = []
        evidence: list[tuple[object, ...]] = []
        latest = self._latest()
        leads: dict[int, str] = {}
        named: list[tuple[str, str]] = []  # each gap's (language, topic as shown), in gap id order
        sessions_of: dict[str, list[int]] = {}
        for delivery in self.deliveries:
            sessions_of.setdefault(delivery.topic, []).append(delivery.id)
        planned = [(lang, topic, aspect) for aspect in range(self.gap_rounds) for lang, topic in gap_topics]
        for gap_id, (lang, topic, aspect) in enumerate(planned, start=1):
            sessions = sessions_of.get(topic, [])
            shown = topic if not aspect else f"{topic} · {ASPECTS[lang][(aspect - 1) % len(ASPECTS[lang])]}"
            named.append((lang, shown))
            lead = by_id[sessions[0]].plan.lead if sessions else next(iter(self.mentors.values()), None)
            lead_name = leads[gap_id] = lead.name if lead is not None else ""
            # The small demo's three gaps in its last ten weeks; a large organisation's further back, one by one.
            created = latest - timedelta(days=70 - 5 * gap_id if gap_id <= 3 else 70 + 3 * gap_id)
            gaps.append((gap_id, shown, GAP_TEXT[lang], "open", lead.id if lead else None, lead_name, stored(created),
                         None, 1))
            question = missed.get(topic) if not aspect else None
            base = {"question_id": None, "check_id": None, "response_id": None, "action_item_id": None,
                    "figure_kind": None, "source": "", "on_date": None, "value": None, "agents": None}
            rows: list[dict[str, object]] = []
            if question is not None:
                rows.append({**base, "kind": "question", "question_id": question[0]})
                rows.append({**base, "kind": "check", "check_id": question[1]})
            comment = (self.raw.execute(
                f"SELECT id FROM feedback_response WHERE comment != '' AND delivery_id IN "
                f"({','.join('?' * len(sessions))}) ORDER BY id LIMIT 1 OFFSET ?", (*sessions, aspect)).fetchone()
                if sessions else None)
            if comment is not None:
                rows.append({**base, "kind": "comment", "response_id": comment[0]})
            candidates = {by_id[s].plan.candidate.id for s in sessions if by_id[s].plan.candidate}  # type: ignore[union-attr]
            item = self.raw.execute(
                f"SELECT id FROM action_item WHERE candidate_id IN ({','.join('?' * len(candidates))}) "
                "ORDER BY id LIMIT 1 OFFSET ?", (*sorted(candidates), aspect)).fetchone() if candidates else None
            if item is not None:
                rows.append({**base, "kind": "action_item", "action_item_id": item[0]})
            agents = rng.randint(30, 120)
            for months_ago in (4, 3, 2, 1):
                day = (self.today - timedelta(days=30 * months_ago)).replace(day=1)
                rows.append({**base, "kind": "figure", "figure_kind": "qa_score", "source": "QA · " + shown[:40],
                             "on_date": stored(day), "value": round(88 - 3 * (4 - months_ago) + rng.uniform(-1, 1), 1),
                             "agents": agents})
                rows.append({**base, "kind": "figure", "figure_kind": "ticket_volume", "source": "Helpdesk",
                             "on_date": stored(day), "value": float(200 + 25 * (4 - months_ago) + rng.randint(0, 9)),
                             "agents": agents})
            for row in rows:
                evidence.append((len(evidence) + 1, gap_id, row["kind"], row["question_id"], row["check_id"],
                                 row["response_id"], row["action_item_id"], row["figure_kind"], row["source"],
                                 row["on_date"], row["value"], row["agents"], "", lead_name, stored(created)))
        self.write("knowledge_gap", ("id", "topic", "description", "status", "owner_id", "created_by", "created_at",
                                     "closed_at", "version"), gaps)
        self.write("gap_evidence", ("id", "gap_id", "kind", "question_id", "check_id", "response_id",
                                    "action_item_id", "figure_kind", "source", "on_date", "value", "agents", "note",
                                    "added_by", "added_at"), evidence)
        self.counts["gaps"] = len(gaps)
        self.counts["gap_evidence"] = len(evidence)
        self._write_cases(named, missed, leads)

    def _write_cases(self, gap_topics: list[tuple[str, str]], missed: dict[str, tuple[int, int, str]],
                     leads: dict[int, str]) -> None:
        """``gap_topics``: each gap's language and topic as shown, in gap id order; a case is linked to the
        missed question's session only on a gap named for its topic alone (the first round's)."""
        if not gap_topics:
            return
        authors = [p for p in self.planned if p.candidate is not None and p.person is not None]
        cases: list[tuple[object, ...]] = []
        steps: list[tuple[object, ...]] = []
        links: list[tuple[object, ...]] = []
        latest = self._latest()
        for case_id, journey in enumerate(JOURNEYS * self.case_rounds, start=1):
            gap_id = (case_id - 1) % len(gap_topics) + 1
            lang, topic = gap_topics[gap_id - 1]
            mine = [p for p in authors if p.lang == lang] or authors
            if not mine:
                return
            author = mine[(case_id * 5) % len(mine)]
            lead_name = leads[gap_id]
            title, problem, outline, objectives, effect = CASE_TEXT[lang]
            status = journey[-1]
            linked = None
            if status in ("scheduled", "delivered", "evaluated") and topic in missed:
                found = self.raw.execute("SELECT d.id, d.starts_at FROM comprehension_check c JOIN delivery d "
                                         "ON d.id = c.delivery_id WHERE c.id = ?", (missed[topic][1],)).fetchone()
                if found is not None:
                    linked = (found[0], datetime.fromisoformat(found[1]))
                    links.append((case_id, found[0]))
            # The review runs four days a step; a case given in a session is scheduled a week before it and
            # marked delivered the day after, so no step comes before what it records.
            anchor = journey.index("scheduled") if "scheduled" in journey else len(journey)
            if linked is not None:
                start = linked[1] - timedelta(days=7 + 4 * anchor)
            elif case_id <= len(JOURNEYS):
                start = latest - timedelta(days=55 - case_id)
            else:  # a large organisation's cases, spread over its last two years
                start = latest - timedelta(days=40 + (case_id * 37) % 690)
            first = len(steps)
            for number, step in enumerate(journey):
                who = author.name if step in ("draft", "submitted") else lead_name
                reason = RETURN_REASON[lang] if step == "returned" else ""
                day = start + timedelta(days=4 * number)
                if linked is not None and number > anchor:
                    day = linked[1] + timedelta(days=1 + 3 * (number - anchor - 1))
                at = datetime.combine(day.date(), time(10, 5 * number))
                steps.append((len(steps) + 1, case_id, step, who, stored(min(at, latest)), reason))
            cases.append((case_id, author.candidate.id, gap_id, title.format(topic=topic[:60]),  # type: ignore[union-attr]
                          problem, "existing", 20 + 6 * case_id, outline, objectives, "classroom", True, False, True,
                          4.0 + case_id, effect, "check_score", status, steps[first][4], 1))
        self.write("business_case", ("id", "candidate_id", "gap_id", "title", "problem", "audience", "audience_size",
                                     "outline", "objectives", "method", "has_text", "has_visual", "has_hands_on",
                                     "effort_hours", "expected_effect", "measure", "status", "created_at", "version"),
                   cases)
        self.write("case_step", ("id", "case_id", "status", "by", "at", "reason"), steps)
        self.write("case_session", ("case_id", "delivery_id"), links)
        self.counts["business_cases"] = len(cases)

