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
