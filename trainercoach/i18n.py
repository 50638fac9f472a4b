"""The core's words in English, Greek and Simplified Chinese, without Qt.

The windows translate with Qt (QTranslator and the .qm files built from resources/translations/*.ts). The
core never imports Qt, so it reads the same .ts files itself (XML, the standard library). Its strings are
marked with two functions lupdate is told about (tools/translations.py: ``-tr-function-alias``); they land
in the .ts files' unnamed context, which is the core's:

    N_('Pipeline funnel')                         marks a string where it is written, returns it unchanged
    text('Pipeline funnel', 'el')                 a marked string in a language (the English if none)
    _('At most {n} characters.', n=200)           marked, translated into the current language, formatted

The current language is English until ``set_language`` is called (the desktop app calls it with the
interface language; the command line keeps English unless asked). Charts and PDFs take their language as a
parameter instead. ``tools/translations.py update`` collects every marked string into the .ts files.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from typing import Protocol

from trainercoach import paths

LANGUAGES = ("en", "el", "zh_CN")
NAMES = {"en": "English", "el": "Ελληνικά", "zh_CN": "简体中文"}
CONTEXT = ""  # lupdate puts the strings of free functions (_ and N_) in the unnamed context

_current = "en"
# A document being written in another language than the interface's (a PDF, a chart): see ``using``.
_document: ContextVar[str | None] = ContextVar("trainercoach_document_language", default=None)


def N_(source: str) -> str:  # the conventional name of a gettext no-op mark
    """Marks ``source`` for extraction (lupdate); returns it unchanged, to be translated where it is shown."""
    return source


def normalise(lang: str | None) -> str:
    """One of LANGUAGES for a code such as "el_GR", "zh-Hans-CN", "zh_CN.UTF-8" or "en_US" (English if unknown)."""
    if not lang:
        return "en"
    code = lang.split(".")[0].replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    if base == "el":
        return "el"
    if base == "zh" and not any(part in ("TW", "HK", "MO", "Hant") for part in code.split("_")[1:]):
        return "zh_CN"
    return "en"


def system_language() -> str:
    """The language of the user's locale, as gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; on Windows
    the user's locale), for the command line's defaults; the windows ask Qt's QLocale.system() instead."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return normalise(value.split(":")[0])
    import locale

    return normalise(locale.getlocale()[0])


def set_language(lang: str | None) -> str:
    """The language ``_`` translates into from now on; returns the normalised code."""
    global _current
    _current = normalise(lang)
    return _current


def language() -> str:
    """The language ``_`` translates into here: the document's being written, else the app's."""
    return _document.get() or _current


@contextmanager
def using(lang: str | None) -> Iterator[str]:
    """Within the block (this thread or task only), ``_`` and ``text`` speak ``lang`` (None: no change)."""
    chosen = normalise(lang) if lang else language()
    token = _document.set(chosen)
    try:
        yield chosen
    finally:
        _document.reset(token)


def day(value: date) -> str:
    """A date in a text the core writes for a window, as the windows write dates (gui/formats.py, after Qt's
    QLocale): 18/11/2026 in Greek, 2026/11/18 in Chinese, 2026-11-18 in English, so a reason on a tab reads
    like the dates beside it. Inside a document (``using``: a PDF, a chart, the command line) the ISO form,
    which the PDFs write throughout."""
    lang = language()
    if _document.get() is not None or lang == "en":
        return value.isoformat()
    if lang == "el":
        return f"{value.day}/{value.month}/{value.year}"
    return f"{value.year}/{value.month}/{value.day}"


def decimal(value: float | None, digits: int | None = 2, *, signed: bool = False) -> str:
    """A decimal as the current language writes it: 3,25 in Greek, 3.25 in English and Chinese (``digits``
    None: as few as it needs, 3.5 or 4; no value: "–"). The windows use QLocale (gui/formats.py); the core's
    texts, charts and PDFs come here, without Qt."""
    if value is None:
        return "–"
    written = format(value, ("+" if signed else "") + ("g" if digits is None else f".{digits}f"))
    return written.replace(".", ",") if language() == "el" else written


@cache
def catalogue(lang: str, context: str = CONTEXT) -> dict[str, str]:
    """source -> translation for one context of one language's .ts file (finished translations only)."""
    if lang == "en":
        return {}
    path = paths.resource("translations", f"trainercoach_{lang}.ts")
    if not path.exists():
        return {}
    import xml.etree.ElementTree as ElementTree  # here: an English start never needs it

    found: dict[str, str] = {}
    for element in ElementTree.parse(path).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                   "vanished"):
                continue
            if translation.text:
                found[source] = translation.text
    return found


def text(source: str, lang: str | None = None, context: str = CONTEXT) -> str:
    """``source`` in ``lang`` (the current language if None); the English itself when there is no translation."""
    return catalogue(normalise(lang) if lang else language(), context).get(source, source)


def _(source: str, /, **values: object) -> str:
    """``source`` in the current language, formatted with ``values`` (str.format) when there are any."""
    translated = text(source)
    return translated.format(**values) if values else translated


class Translate(Protocol):
    """What ``translator`` returns: called like ``_``."""

    def __call__(self, source: str, /, **values: object) -> str: ...


def translator(lang: str | None) -> Translate:
    """A function like ``_`` bound to one language: for a chart or a PDF made in a given language."""
    chosen = normalise(lang) if lang else language()

    def translate(source: str, /, **values: object) -> str:
        translated = catalogue(chosen, CONTEXT).get(source, source)
        return translated.format(**values) if values else translated

    return translate
