"""What makes a training asset, a version, a review or a piece of feedback on the material saveable: each refusal
in the person's words, keyed by the editor's field (issue 20)."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from trainercoach.i18n import _
from trainercoach.records.assets import AssetForm

MAX_TITLE = 300
MAX_TEMPLATE = 200
MAX_LANGUAGES = 100
MAX_LINK = 1000
MAX_LABEL = 40
MAX_CHANGES = 4000
MAX_COMMENT = 4000
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


def split_languages(text: str) -> tuple[str, ...]:
    """Codes as a person types them ("en, el; zh_CN"), each once, in their order."""
    return tuple(dict.fromkeys(code for code in re.split(r"[,;\s]+", text.strip()) if code))


def article_link_error(link: str) -> str:
    """Why a knowledge-base address cannot be saved, or "" when it can: only web addresses, since the page
    opens it with a click (never a ``file:`` or ``javascript:`` address someone typed or imported)."""
    link = link.strip()
    if not link:
        return ""
    if len(link) > MAX_LINK:
        return _("A link can be at most {most} characters.", most=MAX_LINK)
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() or ord(c) < 32
                                                                                 for c in link):
        return _("The article's address is a web address starting with https:// (for example "
                 "https://kb.example.com/refunds).")
    return ""


def asset_errors(form: AssetForm, today: date) -> dict[str, str]:
    """Every field's problem at once (the database is asked separately: a taken title, a gone owner)."""
    errors: dict[str, str] = {}
    title = form.title.strip()
    if not title:
        errors["title"] = _("Give the training asset a title.")
    elif len(title) > MAX_TITLE:
        errors["title"] = _("A title can be at most {max_topic} characters.", max_topic=MAX_TITLE)
    if len(form.template.strip()) > MAX_TEMPLATE:
        errors["template"] = _("A template's name can be at most {most} characters.", most=MAX_TEMPLATE)
    bad = [code for code in form.languages if not LANGUAGE_CODE.match(code)]
    if bad:
        errors["languages"] = _("“{code}” is not a language code: write codes such as en, el, zh_CN, separated by "
                                "commas.", code=bad[0])
    elif len(",".join(form.languages)) > MAX_LANGUAGES:
        errors["languages"] = _("Too many languages: at most {most} characters of codes.", most=MAX_LANGUAGES)
    link_error = article_link_error(form.link)
    if link_error:
        errors["link"] = link_error
    if form.article_changed_on is not None:
        if not form.link.strip() and "link" not in errors:
            errors["article_changed_on"] = _("Give the article's address first: the date is when that article "
                                             "last changed.")
        elif form.article_changed_on > today:
            errors["article_changed_on"] = _("The article cannot have changed after today.")
    if not (form.has_text or form.has_visual or form.has_hands_on or form.has_mock_tickets):
        errors["mix"] = _("Tick at least one kind of content: text, visual, hands-on or mock tickets.")
    return errors


def version_errors(label: str, changes: str, taken: list[str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    label = label.strip()
    if not label:
        errors["label"] = _("Give the version a label, such as 2.0 or 2026-12.")
    elif len(label) > MAX_LABEL:
        errors["label"] = _("A version's label can be at most {most} characters.", most=MAX_LABEL)
    elif any(label.casefold() == other.casefold() for other in taken):
        errors["label"] = _("This asset already has a version {label}.", label=label)
    if not changes.strip():
        errors["changes"] = _("Say what changed in this version.")
    elif len(changes) > MAX_CHANGES:
        errors["changes"] = _("What changed can be at most {most} characters.", most=MAX_CHANGES)
    return errors


def review_errors(reviewed_on: date, next_due: date | None, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if reviewed_on > today:
        errors["reviewed_on"] = _("A review cannot be dated after today.")
    if next_due is not None and next_due <= reviewed_on:
        errors["review_due"] = _("The next review is due after this one.")
    return errors


def feedback_errors(rating: int | None, comment: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if rating is not None and (type(rating) is not int or not 1 <= rating <= 5):
        errors["rating"] = _("A rating is a whole number from 1 to 5, or empty.")
    if len(comment) > MAX_COMMENT:
        errors["comment"] = _("A comment can be at most {most} characters.", most=MAX_COMMENT)
    elif rating is None and not comment.strip() and "rating" not in errors:
        errors["comment"] = _("Give a rating, a comment or both.")
    return errors
