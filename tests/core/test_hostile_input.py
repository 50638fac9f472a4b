"""Hostile input, property-based: whatever text a person types or a file holds, the app either keeps it exactly or
refuses it with a message in words, and a refusal writes nothing. Then the same text goes through the PDFs and the
spreadsheet exports without breaking them.

Text is drawn towards what breaks programs: control characters (NUL, escape, bell), right-to-left marks and
scripts, emoji with joiners and skin tones, combining marks, byte order marks, non-characters, line separators,
markup (``<b>``, ``&``), formula starts and very long runs. Files are random bytes, known binary formats, other
encodings, unclosed quotes, huge lines and huge headers.
"""

from __future__ import annotations

import codecs
import io
import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tests.core.helpers import counts
from tests.core.import_files import make_session, write_csv, write_xlsx
from trainercoach.errors import TrainerCoachError, ValidationError
from trainercoach.exports.spreadsheets import export_list
from trainercoach.imports import import_comprehension, import_feedback, preview
from trainercoach.imports.tables import TableRefused
from trainercoach.records.certification import CertificationForm
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.reports.evaluation import write_trainer_evaluation
from trainercoach.reports.feedback_form import write_feedback_form
from trainercoach.reports.session_report import write_session_report
from trainercoach.services import CandidateForm, Coach, TraitEntry

HEADER = ["clarity", "relevance", "pace", "engagement", "confidence", "overall", "recommend", "comment"]
NASTY = ["\x00", "\x07", "\x1b[31m", "\x08", "\x0b", "\x0c", "\x7f", "\u202e", "\u202c", "\u200f", "\u200e",
         "\u2028", "\u2029", "\ufeff", "\uffff", "\ufffe", "\u0301", "👩🏽‍💻", "🇬🇷", "🏳️‍🌈", "مرحبا", "שלום",
         "讲得很清楚", "Συμφωνώ", "<b>", "&amp;", "<para>", "]]>", "=1+1", "@SUM(A1)", "-", "+", '"', "'", ",", ";",
         "\t", "\r", "\n", "\r\n", " ", "\\", "%s", "{0}", "\ud800", "\udfff"]
hostile = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=6)), max_size=10).map("".join)
long_runs = st.builds(lambda c, n: c * n, st.sampled_from(["x", "ω", "中", "🙂", "\u0301", " "]),
                      st.integers(150, 25_000))
any_text = st.one_of(hostile, hostile, long_runs)
# What a file or a text box can carry: no lone surrogates (a decoder never produces them).
file_text = hostile.map(lambda t: t.replace("\ud800", "").replace("\udfff", ""))

pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")  # scripts no shipped font has

SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture,
                                                        HealthCheck.too_slow]}


def clear_message(error: TrainerCoachError) -> None:
    """A refusal is for a person: words, not a driver's traceback."""
    text = str(error)
    assert text.strip(), "a refusal without a message"
    for leak in ("Traceback", "[SQL:", "psycopg", "sqlite3.", "IntegrityError", "DataError"):
        assert leak not in text, text


# -- every free-text field through its service ---------------------------------------------------------------
@pytest.fixture
def world(coach: Coach) -> dict[str, int]:
    cid = coach.candidates.add(CandidateForm(name="Base Candidate"))
    observer = coach.people.add("Tom Becker")
    did = coach.deliveries.add(DeliveryForm(candidate_id=cid, starts_at=datetime(2026, 1, 5, 9), topic="Refunds",
                                            observer_ids=[observer]))
    return {"candidate": cid, "delivery": did, "observer": observer}


def _candidate_name(coach: Coach, w: dict[str, int], text: str) -> str:
    return coach.candidates.get(coach.candidates.add(CandidateForm(name=text))).form.name


def _candidate_fields(coach: Coach, w: dict[str, int], text: str) -> str:
    form = CandidateForm(name="Field Test", notes=text, team=text, site=text)
    form.traits = {trait: TraitEntry(3, text) for trait in form.traits}
    saved = coach.candidates.get(coach.candidates.add(form)).form
    assert saved.team == saved.site
    assert {entry.note for entry in saved.traits.values()} == {saved.notes}
    return saved.notes


def _session_topic(coach: Coach, w: dict[str, int], text: str) -> str:
    did = coach.deliveries.add(DeliveryForm(candidate_id=w["candidate"], starts_at=datetime(2026, 1, 6, 9),
                                            topic=text, notes=text))
    form = coach.deliveries.get(did).form
    return form.topic


def _feedback_comment(coach: Coach, w: dict[str, int], text: str) -> str:
    rid = coach.feedback.add_response(w["delivery"], FeedbackEntry({"clarity": 4}, text))
    return next(r.comment for r in coach.feedback.responses(w["delivery"]) if r.id == rid)


def _action_item(coach: Coach, w: dict[str, int], text: str) -> str:
    item = coach.action_items.add(w["candidate"], text)
    return next(r.text for r in coach.action_items.list() if r.id == item)


def _certification(coach: Coach, w: dict[str, int], text: str) -> str:
    cid = coach.certification.award(CertificationForm(w["candidate"], text, evidence=text,
                                                      awarded_on=date(2026, 1, 7)))
    return next(r.topic for r in coach.certification.list() if r.id == cid)


def _person(coach: Coach, w: dict[str, int], text: str) -> str:
    pid = coach.people.add(text)
    return next(r.name for r in coach.people.list() if r.id == pid)


def _asset(coach: Coach, w: dict[str, int], text: str) -> str:
    aid = coach.assets.add(text)
    return next(r.title for r in coach.assets.list() if r.id == aid)


def _stage(coach: Coach, w: dict[str, int], text: str) -> str:
    sid = coach.pipeline.add_stage(text)
    return next(s.name for s in coach.pipeline.stages() if s.id == sid)


def _move_reason(coach: Coach, w: dict[str, int], text: str) -> str:
    current = coach.candidates.get(w["candidate"]).stage_id
    target = next(s.id for s in coach.pipeline.stages() if s.id != current)
    coach.pipeline.move(w["candidate"], target, text)
    return max(coach.candidates.get(w["candidate"]).timeline, key=lambda move: move.id).reason


def _preset(coach: Coach, w: dict[str, int], text: str) -> str:
    coach.feedback.save_preset(text, {"columns": {text: "clarity"}})
    return next(name for name in coach.feedback.presets() if name == text.strip())


def _feedback_item(coach: Coach, w: dict[str, int], text: str) -> str:
    item = coach.feedback.add_item(text)
    return next(i.label for i in coach.feedback.items() if i.id == item)


def _observation(coach: Coach, w: dict[str, int], text: str) -> str:
    """The first text saves a new observation, the others change it (an update goes through the same checks)."""
    version = coach.rubrics.latest()
    first = version.criteria[0]
    form = ObservationForm(w["delivery"], w["observer"], version.id, scores={first.id: 3}, notes={first.id: text},
                           strengths=text, improvements=text)
    saved_id = coach.observations.save(form, w.get("observation"))
    w["observation"] = saved_id
    saved = coach.observations.get(saved_id).form
    assert saved.strengths == saved.improvements
    assert saved.notes.get(first.id, "") in (text, text.strip())
    return saved.strengths


def _comprehension(coach: Coach, w: dict[str, int], text: str) -> str:
    check = coach.comprehension.save(CheckForm(w["delivery"], title=text, held_on=date(2026, 1, 9),
                                               scores=[ScoreEntry(text[:40] or "T01", 3.0, 8.0)]))
    return coach.comprehension.get(check).form.title


def _sign_off(coach: Coach, w: dict[str, int], text: str) -> str:
    coach.certification.sign_off(w["candidate"], text)
    return text.strip()  # the note is kept with the sign-off; what matters here is that it saves or is refused


FIELDS = {f.__name__.lstrip("_"): f for f in (
    _candidate_name, _candidate_fields, _session_topic, _feedback_comment, _action_item, _certification, _person,
    _asset, _stage, _move_reason, _preset, _feedback_item, _observation, _comprehension, _sign_off)}


@settings(max_examples=90, **SETTINGS)
@given(field=st.sampled_from(sorted(FIELDS)), text=any_text)
def test_any_text_in_any_field_is_kept_exactly_or_refused_cleanly(coach: Coach, world: dict[str, int], field: str,
                                                                  text: str) -> None:
    before = counts(coach)
    try:
        stored = FIELDS[field](coach, world, text)
    except TrainerCoachError as error:
        clear_message(error)
        assert counts(coach) == before, f"{field}: a refused save wrote something"
        return
    # Kept: as typed (a name or title without the spaces around it, a stage without doubled spaces inside).
    assert stored in (text, text.strip(), " ".join(text.split())), (field, text[:80], stored[:80])
    assert "\x00" not in stored and not any("\ud800" <= c <= "\udfff" for c in stored)


@pytest.mark.parametrize("bad", ["a\x00b", "half \ud800 a character"])
def test_nul_and_broken_characters_are_refused_on_every_backend(coach: Coach, world: dict[str, int],
                                                                bad: str) -> None:
    before = counts(coach)
    for field, save in FIELDS.items():
        with pytest.raises(TrainerCoachError) as refused:
            save(coach, world, bad)
        clear_message(refused.value)
        assert counts(coach) == before, field
    with pytest.raises(ValidationError, match="invisible control character"):
        coach.candidates.add(CandidateForm(name="x", notes=bad))


def test_a_person_name_longer_than_its_column_is_refused(coach: Coach) -> None:
    with pytest.raises(ValidationError, match="at most 200"):
        coach.people.add("Ω" * 201)
    assert coach.people.add("Ω" * 200)


def test_an_action_item_has_the_same_limit_everywhere(coach: Coach, world: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="at most 2000"):
        coach.action_items.add(world["candidate"], "x" * 2001)


# -- files -------------------------------------------------------------------------------------------------
MAGIC = [b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x1f\x8b",
         b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"SQLite format 3\x00", b"clarity,comment\n"]


def _imports(coach: Coach, delivery: int, path: Path) -> None:
    """Every way a file comes in: the preview, the feedback import, the comprehension import."""
    for attempt in (lambda: preview(coach, path),
                    lambda: import_feedback(coach, delivery, path, allow_duplicate=True),
                    lambda: import_comprehension(coach, CheckForm(delivery, kind="daily_quiz", title="Quiz",
                                                                  max_score=10.0, held_on=date(2026, 1, 5)), path)):
        try:
            attempt()
        except TrainerCoachError as error:
            clear_message(error)


@settings(max_examples=40, **SETTINGS)
@given(head=st.sampled_from(MAGIC), body=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ""]))
def test_binary_files_are_refused_or_read_never_crash(coach: Coach, tmp_path: Path, head: bytes, body: bytes,
                                                      suffix: str) -> None:
    delivery = make_session(coach) if not coach.deliveries.list() else coach.deliveries.list()[0].id
    path = tmp_path / f"upload{suffix}"
    path.write_bytes(head + body)
    before = counts(coach)
    try:
        import_feedback(coach, delivery, path, allow_duplicate=True)
    except TrainerCoachError as error:
        clear_message(error)
        assert counts(coach) == before
    _imports(coach, delivery, path)


@settings(max_examples=30, **SETTINGS)
@given(comments=st.lists(file_text, min_size=1, max_size=5),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1253", "gb18030", "latin-1",
                                 "utf-16-le", "cp1252"]))
def test_feedback_comments_in_any_encoding_arrive_exactly_or_not_at_all(coach: Coach, tmp_path: Path,
                                                                        comments: list[str], encoding: str) -> None:
    delivery = make_session(coach, topic=f"Session {len(coach.deliveries.list())}")
    rows = [HEADER] + [["4", "", "3", "", "", "5", "9", c] for c in comments]
    buffer = io.StringIO()
    import csv

    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    path = tmp_path / "survey.csv"
    path.write_bytes(data)
    before = counts(coach)
    try:
        result = import_feedback(coach, delivery, path, allow_duplicate=True)
    except TrainerCoachError as error:
        clear_message(error)
        assert counts(coach) == before, "a refused import wrote something"
        if "\x00" not in buffer.getvalue() and codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
            # UTF-8 that is plain text is never refused for its encoding
            assert "not UTF-8" not in str(error)
        return
    stored = sorted(r.comment for r in coach.feedback.responses(delivery))
    assert result.imported == len(comments)
    # No mojibake: what is stored is what was written, whichever encoding carried it.
    assert stored == sorted(c.strip() for c in comments) or stored == sorted(comments)


@pytest.mark.parametrize("what", ["missing", "folder", "device", "pipe"])
def test_what_is_not_a_file_is_refused_in_words_without_reading_it(coach: Coach, tmp_path: Path, what: str) -> None:
    delivery = make_session(coach)
    path = {"missing": tmp_path / "gone.csv", "folder": tmp_path, "device": Path("/dev/zero"),
            "pipe": tmp_path / "pipe.csv"}[what]
    if what == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(path)  # opening it to read would wait for a writer for ever
    if what == "device" and not path.exists():
        pytest.skip("no /dev/zero here")
    message = {"missing": "There is no file", "folder": "is a folder", "device": "device or a pipe",
               "pipe": "device or a pipe"}[what]
    for attempt in (lambda: import_feedback(coach, delivery, path), lambda: preview(coach, path),
                    lambda: import_comprehension(coach, CheckForm(delivery, title="Quiz", held_on=date(2026, 1, 5)),
                                                 path)):
        with pytest.raises(TrainerCoachError, match=message):
            attempt()
    assert coach.feedback.count(delivery) == 0


def test_an_unclosed_quote_is_refused_rather_than_swallowing_the_rest(coach: Coach, tmp_path: Path) -> None:
    delivery = make_session(coach)
    path = tmp_path / "survey.csv"
    path.write_text(",".join(HEADER) + '\n3,3,3,3,3,3,5,"Great session\n4,4,4,4,4,4,9,ok\n5,5,5,5,5,5,10,fine\n',
                    encoding="utf-8")
    with pytest.raises(TrainerCoachError, match=r"Line 2 opens a quote \(\"\) that is never closed"):
        import_feedback(coach, delivery, path)
    assert coach.feedback.count(delivery) == 0
    # A quoted comment over several lines, closed properly, is one comment (and the check is not fooled by it).
    path.write_text(",".join(HEADER) + '\n3,3,3,3,3,3,5,"two\nlines, one ""comment"""\n\n', encoding="utf-8")
    assert import_feedback(coach, delivery, path).imported == 1
    assert coach.feedback.responses(delivery)[0].comment == 'two\nlines, one "comment"'


def test_huge_lines_and_huge_headers_are_refused_in_words(coach: Coach, tmp_path: Path) -> None:
    delivery = make_session(coach)
    huge_cell = tmp_path / "cell.csv"
    huge_cell.write_text(",".join(HEADER) + "\n3,3,3,3,3,3,5," + "ω" * 300_000 + "\n", encoding="utf-8")
    with pytest.raises(TrainerCoachError, match="Line 2 cannot be read as CSV"):
        import_feedback(coach, delivery, huge_cell)
    huge_header = tmp_path / "header.csv"
    huge_header.write_bytes(b"a" * 8_000_000)  # 8 MB and no line break
    with pytest.raises(TableRefused, match="Line 1 cannot be read as CSV"):
        import_feedback(coach, delivery, huge_header)
    many_columns = tmp_path / "wide.csv"
    many_columns.write_text(",".join(f"c{i}" for i in range(30_000)) + "\n1\n", encoding="utf-8")
    with pytest.raises(TrainerCoachError) as refused:
        import_feedback(coach, delivery, many_columns)
    assert len(str(refused.value)) < 2000  # the problem is named, not all 30 000 columns spelled out
    assert coach.feedback.count(delivery) == 0


def test_a_number_too_big_for_a_float_is_echoed_as_typed(coach: Coach, tmp_path: Path) -> None:
    delivery = make_session(coach)
    path = write_csv(tmp_path / "big.csv", [HEADER, ["99999999999999999999999", "", "", "", "", "", "", ""]])
    with pytest.raises(TrainerCoachError) as refused:
        import_feedback(coach, delivery, path)
    assert "99999999999999999999999 is out of range" in str(refused.value.problems[0])


@pytest.mark.parametrize("smuggled", [b"bad&#0;comment", b"bad&#x1b;comment", b"bad_x0000_comment", b"<x>",
                                      b"\xff\xfe"])
def test_a_workbook_smuggling_control_characters_is_refused_or_read_as_text(coach: Coach, tmp_path: Path,
                                                                          smuggled: bytes) -> None:
    delivery = make_session(coach)
    path = write_xlsx(tmp_path / "survey.xlsx", [HEADER, [3, 3, 3, 3, 3, 3, 5, "PLACEHOLDER"]])
    source = zipfile.ZipFile(path)
    parts = {name: source.read(name).replace(b"PLACEHOLDER", smuggled) for name in source.namelist()}
    source.close()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    try:
        import_feedback(coach, delivery, path)
    except TrainerCoachError as error:
        clear_message(error)
        assert coach.feedback.count(delivery) == 0
        return
    [response] = coach.feedback.responses(delivery)
    assert "\x00" not in response.comment and "\x1b" not in response.comment


# -- through to the PDFs and the spreadsheets -----------------------------------------------------------------
@settings(max_examples=3, **SETTINGS)
@given(text=file_text.filter(lambda t: t.strip()))
def test_hostile_text_prints_in_every_pdf_and_exports_in_every_list(coach: Coach, tmp_path: Path,
                                                                     text: str) -> None:
    name = text.strip()[:190] or "x"
    try:
        cid = coach.candidates.add(CandidateForm(name=name, notes=text, team=text[:100]))
    except ValidationError as error:  # a NUL, or a name the same as another: refused in words
        clear_message(error)
        return
    did = coach.deliveries.add(DeliveryForm(candidate_id=cid, starts_at=datetime(2026, 2, 2, 9),
                                            topic=(text.strip() or "t")[:300], notes=text))
    coach.feedback.add_response(did, FeedbackEntry({"clarity": 3, "overall": 4}, text))
    coach.action_items.add(cid, text.strip()[:2000] or "practise")
    out = tmp_path / "out"
    for pdf in (write_trainer_evaluation(coach.reports.evaluation(cid), out / "evaluation.pdf"),
                write_session_report(coach.reports.session_report(did), out / "session.pdf"),
                write_feedback_form(coach.reports.feedback_form(did), out / "form.pdf")):
        assert len(PdfReader(pdf).pages) >= 1
    for what in ("candidates", "sessions", "action-items"):
        for suffix in (".csv", ".xlsx"):
            assert export_list(coach, what, out / f"{what}{suffix}").stat().st_size > 0
    assert not list(out.glob(".*.part"))


# -- file names from what people typed ----------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(name=any_text)
def test_a_file_name_from_any_text_fits_every_file_system(name: str) -> None:
    from trainercoach.reports.batch import safe_stem

    stem = safe_stem(name.replace("\ud800", "").replace("\udfff", ""))
    assert stem and len(stem.encode("utf-8")) <= 150 and len(stem) <= 80
    assert not stem.startswith(".") and "/" not in stem and "\x00" not in stem


def test_pdfs_and_lists_named_after_long_emoji_and_chinese_text_are_written(coach: Coach, tmp_path: Path) -> None:
    from trainercoach.reports.batch import evaluation_paths, safe_stem

    cid = coach.candidates.add(CandidateForm(name="王" * 199))
    did = coach.deliveries.add(DeliveryForm(candidate_id=cid, starts_at=datetime(2026, 1, 1, 9), topic="🙂" * 290))
    out = tmp_path / "out"
    [path] = evaluation_paths([(cid, "王" * 199)], out).values()
    assert write_trainer_evaluation(coach.reports.evaluation(cid), path).exists()
    session = out / f"{safe_stem('2026-01-01 ABC123 ' + '🙂' * 290)}.pdf"
    assert write_session_report(coach.reports.session_report(did), session).exists()
    long_name = out / ("🙂" * 60 + ".csv")  # 244 bytes: a name the file system takes, its temporary name too
    assert export_list(coach, "sessions", long_name).exists()
    assert not list(out.glob(".*.part"))
