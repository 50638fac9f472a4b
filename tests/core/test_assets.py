"""Issue 20: the training asset library through its service, on SQLite and PostgreSQL through the migrations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.core.helpers import make_form, snapshot
from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.records.assets import AssetFilter, AssetForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach
from trainercoach.services.asset_checks import split_languages

TODAY = date.today()
CRAFTED = "=HYPERLINK(\"http://evil\",\"x\") Ανανέωση 退款 📊 <&"


def form(title: str = "Refunds deck", **fields: object) -> AssetForm:
    values: dict[str, object] = {"link": "https://kb.example/refunds", "languages": ("en",)}
    values.update(fields)
    return AssetForm(title, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize("fields, key, words", [
    ({"title": "  "}, "title", "title"),
    ({"title": "x" * 301}, "title", "300"),
    ({"template": "t" * 201}, "template", "200"),
    ({"languages": ("en", "not a code")}, "languages", "not a code"),
    ({"languages": ("e1",)}, "languages", "e1"),
    ({"link": "javascript:alert(1)"}, "link", "https://"),
    ({"link": "file:///etc/passwd"}, "link", "https://"),
    ({"link": "", "article_changed_on": date(2026, 1, 1)}, "article_changed_on", "address"),
    ({"article_changed_on": TODAY + timedelta(days=1)}, "article_changed_on", "after today"),
    ({"has_text": False}, "mix", "at least one"),
])
def test_a_bad_field_is_refused_in_words_and_nothing_changes(coach: Coach, fields: dict[str, object], key: str,
                                                            words: str) -> None:
    asset = coach.assets.create(form())
    before = snapshot(coach)
    values = {"title": "Another deck", **fields}
    title = str(values.pop("title"))
    with pytest.raises(ValidationError) as refused:
        coach.assets.create(form(title, **values))
    assert words in refused.value.errors[key]
    with pytest.raises(ValidationError) as refused_edit:
        coach.assets.update(asset, form(title, **values))
    assert words in refused_edit.value.errors[key]
    assert snapshot(coach) == before


def test_a_taken_title_and_a_gone_owner_are_refused(coach: Coach) -> None:
    coach.assets.create(form("Κατάρτιση επιστροφών"))
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.assets.create(form("ΚΑΤΆΡΤΙΣΗ ΕΠΙΣΤΡΟΦΏΝ", owner_id=99999))
    assert "already" in refused.value.errors["title"]
    assert "no longer" in refused.value.errors["owner"]
    assert snapshot(coach) == before


def test_an_asset_is_created_edited_and_undone(coach: Coach) -> None:
    owner = coach.people.add("Μαρία Κ.", role="trainer")
    asset = coach.assets.create(form(CRAFTED, owner_id=owner, template="Standard deck v3", has_mock_tickets=True,
                                     languages=split_languages("el, zh_CN; en el")))
    detail = coach.assets.get(asset)
    assert detail.form.title == CRAFTED and detail.record.owner_name == "Μαρία Κ."
    assert detail.form.languages == ("el", "zh_CN", "en") and detail.record.mix == ("text", "mock_tickets")
    coach.assets.update(asset, replace(detail.form, template="模板 B", has_visual=True),
                        expected_version=detail.record.version)
    assert coach.assets.get(asset).form.template == "模板 B"
    assert coach.history.undo_label == f"Edit training asset {CRAFTED}"
    coach.history.undo()
    assert coach.assets.get(asset).form == detail.form
    coach.history.redo()
    assert coach.assets.get(asset).form.has_visual
    with pytest.raises(Conflict):  # a save from an old window
        coach.assets.update(asset, replace(detail.form, template="old"), expected_version=detail.record.version)
    coach.history.undo()
    coach.history.undo()  # the creation
    with pytest.raises(NotFound):
        coach.assets.get(asset)
    coach.history.redo()
    assert coach.assets.get(asset).form.title == CRAFTED


def test_versions_keep_what_changed_when_and_by_whom(coach: Coach) -> None:
    asset = coach.assets.create(form())
    first = coach.assets.new_version(asset, "1.0", "First cut")
    coach.assets.new_version(asset, "2.0", "Νέα ενότητα για επιστροφές · 新增退款部分")
    detail = coach.assets.get(asset)
    assert [v.label for v in detail.versions] == ["2.0", "1.0"] and detail.record.version_label == "2.0"
    assert detail.versions[0].made_by == coach.actor and detail.versions[0].changes.startswith("Νέα")
    before = snapshot(coach)
    for label, changes, key in (("2.0", "again", "label"), ("", "x", "label"), ("3.0", " ", "changes"),
                                ("x" * 41, "x", "label")):
        with pytest.raises(ValidationError) as refused:
            coach.assets.new_version(asset, label, changes)
        assert key in refused.value.errors
    assert snapshot(coach) == before
    coach.history.undo()
    detail = coach.assets.get(asset)
    assert [v.id for v in detail.versions] == [first] and detail.record.version_label == "1.0"
    coach.history.redo()
    assert coach.assets.get(asset).record.version_label == "2.0"


def test_stale_when_the_article_changed_after_the_last_review(coach: Coach) -> None:
    asset = coach.assets.create(form(article_changed_on=TODAY - timedelta(days=400)))
    assert not coach.assets.get(asset).record.stale  # the article changed before the asset was made
    coach.assets.mark_reviewed(asset, TODAY - timedelta(days=30), TODAY + timedelta(days=150))
    detail = coach.assets.get(asset)
    coach.assets.update(asset, replace(detail.form, article_changed_on=TODAY - timedelta(days=3)))
    stale = coach.assets.list(AssetFilter(stale=True))
    assert [a.id for a in stale] == [asset]
    coach.assets.mark_reviewed(asset)
    record = coach.assets.get(asset).record
    assert not record.stale and record.last_reviewed_on == TODAY and record.last_reviewed_by == coach.actor
    assert record.review_due is None
    coach.history.undo()
    assert coach.assets.get(asset).record.stale
    for reviewed, due, key in ((TODAY + timedelta(days=1), None, "reviewed_on"), (TODAY, TODAY, "review_due")):
        with pytest.raises(ValidationError) as refused:
            coach.assets.mark_reviewed(asset, reviewed, due)
        assert key in refused.value.errors
    assert coach.assets.get(asset).record.stale


def test_the_list_filters_by_stale_review_due_language_and_owner(coach: Coach) -> None:
    lena = coach.people.add("Lena", role="lead")
    due = coach.assets.create(form("Due deck", review_due=TODAY - timedelta(days=2), owner_id=lena,
                                   languages=("el",)))
    later = coach.assets.create(form("Later deck", review_due=TODAY + timedelta(days=20), languages=("zh_CN", "en")))
    assert [a.id for a in coach.assets.list(AssetFilter(review_due=True))] == [due]
    assert [a.id for a in coach.assets.list(AssetFilter(review_due=True), today=TODAY + timedelta(days=30))] == [
        due, later]
    assert [a.id for a in coach.assets.list(AssetFilter(language="ZH_cn"))] == [later]
    assert [a.id for a in coach.assets.list(AssetFilter(owner_id=lena))] == [due]
    assert [a.id for a in coach.assets.list(AssetFilter(search="lena"))] == [due]
    assert coach.assets.languages() == ["el", "en", "zh_CN"]
    data = coach.dashboard.load(TODAY)
    assert [a.id for a in data.assets] == [due]


def test_agents_feedback_on_the_material(coach: Coach) -> None:
    asset = coach.assets.create(form())
    candidate = coach.candidates.add(make_form())
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 5, 4, 9), "Refunds", asset_id=asset))
    coach.assets.add_feedback(asset, 4, "Τα παραδείγματα βοήθησαν <&>", session)
    coach.assets.add_feedback(asset, 5)
    coach.assets.add_feedback(asset, None, "太长了 😅")
    detail = coach.assets.get(asset)
    assert detail.rating is not None and detail.rating.n == 2 and detail.rating.mean == 4.5
    assert detail.record.ratings == 2 and detail.record.comments == 2 and detail.record.mean_rating == 4.5
    assert {f.session_topic for f in detail.feedback} == {"Refunds", ""}
    before = snapshot(coach)
    for rating, comment, key in ((6, "", "rating"), (0, "x", "rating"), (None, "  ", "comment")):
        with pytest.raises(ValidationError) as refused:
            coach.assets.add_feedback(asset, rating, comment)
        assert key in refused.value.errors
    with pytest.raises(ValidationError):
        coach.assets.add_feedback(asset, 3, "", 99999)
    assert snapshot(coach) == before
    coach.history.undo()
    assert len(coach.assets.get(asset).feedback) == 2
    with coach.db.engine.begin() as connection:  # spaces for a comment, as another writer might leave them
        connection.execute(text("INSERT INTO training_asset_feedback (asset_id, rating, comment, created_at) "
                                "VALUES (:a, 1, '   ', '2026-05-05')"), {"a": asset})
    [listed] = coach.assets.list()
    assert (listed.ratings, listed.comments, listed.mean_rating) == (3, 1, pytest.approx(10 / 3))


def test_the_session_editors_new_asset_is_owned_by_you(db_path: Path) -> None:
    coach = Coach.open(db_path, actor="Me")
    me = coach.people.add("Me", role="lead")
    coach.settings.set_you(me)
    coach.forget_actor()
    asset = coach.assets.add("Quick deck")
    assert coach.assets.get(asset).record.owner_id == me
    coach.close()


def test_undoing_a_review_never_overwrites_a_colleagues_later_save(coach: Coach, database_url: str) -> None:
    asset = coach.assets.create(form())
    coach.assets.mark_reviewed(asset, TODAY, TODAY + timedelta(days=90))
    colleague = Coach(coach.db.__class__(database_url), actor="Colleague")
    try:
        detail = colleague.assets.get(asset)
        colleague.assets.update(asset, replace(detail.form, template="Theirs"), detail.record.version)
    finally:
        colleague.close()
    with pytest.raises(Conflict):
        coach.history.undo()
    record = coach.assets.get(asset).record
    assert record.template == "Theirs" and record.last_reviewed_on == TODAY
