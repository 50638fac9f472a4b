"""The lists' rows in plain SQL: the floor the benchmark measures the candidate and session lists against, read
by the benchmark itself (the SELECT alone) and by the bare-view probe (the same rows in a bare QTableView)."""

CANDIDATES_SQL = (
    "SELECT c.id, p.name, p.email, p.team, p.site, p.languages, p.employment, p.vendor_company, c.stage_id, "
    "s.name, c.mentor_id, m.name, e.entered, t.score, c.archived_at FROM candidate c "
    "JOIN person p ON p.id = c.person_id JOIN stage s ON s.id = c.stage_id "
    "LEFT JOIN person m ON m.id = c.mentor_id "
    "LEFT JOIN (SELECT candidate_id, max(moved_at) AS entered FROM stage_move GROUP BY candidate_id) e "
    "  ON e.candidate_id = c.id "
    "LEFT JOIN (SELECT candidate_id, avg(score) AS score FROM trait_score WHERE score IS NOT NULL "
    "           GROUP BY candidate_id) t ON t.candidate_id = c.id"
)
SESSIONS_SQL = (
    "SELECT d.id, d.code, d.candidate_id, p.name, d.starts_at, d.topic, d.method, d.audience, d.trainees, "
    "d.duration_minutes, a.title, coalesce(o.n, 0), coalesce(r.n, 0) FROM delivery d "
    "JOIN candidate c ON c.id = d.candidate_id JOIN person p ON p.id = c.person_id "
    "LEFT JOIN training_asset a ON a.id = d.asset_id "
    "LEFT JOIN (SELECT delivery_id, count(*) AS n FROM observation GROUP BY delivery_id) o ON o.delivery_id = d.id "
    "LEFT JOIN (SELECT delivery_id, count(*) AS n FROM feedback_response GROUP BY delivery_id) r "
    "  ON r.delivery_id = d.id {where} ORDER BY d.starts_at DESC, d.id DESC"
)

CANDIDATE_LIST_SQL = CANDIDATES_SQL + " WHERE c.archived_at IS NULL ORDER BY p.name, c.id"
SESSION_LIST_SQL = SESSIONS_SQL.format(where="")

# The dashboard's observer warning (issue 19): each observer's gap to the other observers' mean per criterion,
# averaged per co-observed delivery since the previous quarter began.
OBSERVER_BIAS_SQL = (
    "SELECT observer, min(at), avg(score - (total - score) / (n - 1)) FROM ("
    "  SELECT observer, delivery, version, at, score, sum(score) OVER w AS total, count(*) OVER w AS n FROM ("
    "    SELECT o.delivery_id AS delivery, o.rubric_version_id AS version, o.observer_id AS observer, "
    "           k.key AS criterion, avg(s.score) AS score, min(d.starts_at) AS at "
    "    FROM observation o JOIN observation_score s ON s.observation_id = o.id "
    "    JOIN criterion k ON k.id = s.criterion_id JOIN delivery d ON d.id = o.delivery_id "
    "    WHERE s.score IS NOT NULL AND d.starts_at >= ? "
    "    GROUP BY o.delivery_id, o.rubric_version_id, o.observer_id, k.key) cells "
    "  WINDOW w AS (PARTITION BY delivery, version, criterion)) windowed "
    "WHERE n >= 2 GROUP BY observer, delivery, version"
)

# The Knowledge gaps and Business cases lists (issue 22): each gap with its evidence, the agents it touches (each
# comment one, the outside figures' largest group, each question's trainees who got it wrong) and its cases; each
# case with its author, gap and last step. The gap's trend is not in the floor: the page works it out in Python
# from the same evidence, so the floor is the stricter for it.
GAP_LIST_SQL = (
    "SELECT g.id, g.topic, g.status, count(e.id), "
    "  sum(CASE WHEN e.kind = 'comment' THEN 1 ELSE 0 END) "
    "  + coalesce(max(CASE WHEN e.kind = 'figure' THEN e.agents END), 0) + coalesce(sum(q.answered - q.correct), 0), "
    "  (SELECT count(*) FROM business_case b WHERE b.gap_id = g.id) "
    "FROM knowledge_gap g LEFT JOIN gap_evidence e ON e.gap_id = g.id "
    "LEFT JOIN check_question q ON q.id = e.question_id "
    "GROUP BY g.id, g.topic, g.status ORDER BY g.status DESC, g.topic, g.id"
)
CASE_LIST_SQL = (
    "SELECT b.id, b.title, p.name, g.topic, b.status, b.effort_hours, coalesce(s.at, b.created_at) "
    "FROM business_case b JOIN candidate c ON c.id = b.candidate_id JOIN person p ON p.id = c.person_id "
    "JOIN knowledge_gap g ON g.id = b.gap_id "
    "LEFT JOIN (SELECT case_id, max(id) AS last FROM case_step GROUP BY case_id) l ON l.case_id = b.id "
    "LEFT JOIN case_step s ON s.id = l.last ORDER BY b.id"
)
