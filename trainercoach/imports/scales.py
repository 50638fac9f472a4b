"""Answers as survey tools write them, read as the number they mean: plain numbers, the worded 5-point scales of
agreement, satisfaction and quality in English, Greek and Simplified Chinese, star ratings ("★★★★☆", "4 stars",
"4/5"), and numbered words ("(5) Strongly agree", "5 - Strongly agree").

Nothing is guessed: a word that is on none of the scales (nor in the preset's own words) is a problem with its line
and column, and an answer that carries its own scale ("4/10", seven stars out of ten) must be on the item's scale.
In particular a 0-10 likelihood column is never rescaled onto a 1-5 item: 7 out of 10 is not 3.5 out of 5 in any
sense a trainee meant, so the preview says the column is on the wrong scale (``likelihood_problem``) and the lead
maps it to a 0-10 item (Would recommend) or leaves it out.
"""

from __future__ import annotations

import re

from trainercoach.i18n import _
from trainercoach.records.feedback import FeedbackItemRecord
from trainercoach.services.text import fold

# The worded 5-point scales, matched after ``normalise_word`` (trimmed, case- and accent-insensitive). A word
# means the same number on every scale it is on ("Neutral", "一般": 3), so one table serves them all; a Chinese
# quality "Fair" is 尚可, because 一般 is the middle of the agreement and satisfaction scales.
AGREEMENT: dict[str, int] = {
    "strongly disagree": 1, "disagree": 2, "somewhat disagree": 2, "neutral": 3,
    "neither agree nor disagree": 3, "neither agree or disagree": 3, "somewhat agree": 4, "agree": 4,
    "strongly agree": 5,
    "διαφωνώ απόλυτα": 1, "διαφωνώ έντονα": 1, "διαφωνώ": 2, "ουδέτερο": 3, "ούτε συμφωνώ ούτε διαφωνώ": 3,
    "συμφωνώ": 4, "συμφωνώ απόλυτα": 5, "συμφωνώ έντονα": 5,
    "非常不同意": 1, "强烈不同意": 1, "不同意": 2, "中立": 3, "一般": 3, "同意": 4, "非常同意": 5, "强烈同意": 5,
}
SATISFACTION: dict[str, int] = {
    "very dissatisfied": 1, "dissatisfied": 2, "neither satisfied nor dissatisfied": 3, "neutral": 3,
    "satisfied": 4, "very satisfied": 5,
    **{f"πολύ δυσαρεστημένος{e}": 1 for e in ("", "/η")}, "πολύ δυσαρεστημένη": 1,
    **{f"δυσαρεστημένος{e}": 2 for e in ("", "/η")}, "δυσαρεστημένη": 2,
    "ούτε ικανοποιημένος ούτε δυσαρεστημένος": 3, "ουδέτερο": 3,
    **{f"ικανοποιημένος{e}": 4 for e in ("", "/η")}, "ικανοποιημένη": 4,
    **{f"πολύ ικανοποιημένος{e}": 5 for e in ("", "/η")}, "πολύ ικανοποιημένη": 5,
    "非常不满意": 1, "不满意": 2, "一般": 3, "满意": 4, "非常满意": 5,
}
QUALITY: dict[str, int] = {
    "poor": 1, "very poor": 1, "fair": 2, "good": 3, "very good": 4, "excellent": 5,
    **{word: 1 for word in ("κακό", "κακή", "κακός", "φτωχό", "φτωχή")},
    **{word: 2 for word in ("μέτριο", "μέτρια", "μέτριος")},
    **{word: 3 for word in ("καλό", "καλή", "καλός")},
    **{word: 4 for word in ("πολύ καλό", "πολύ καλή", "πολύ καλός")},
    **{word: 5 for word in ("εξαιρετικό", "εξαιρετική", "εξαιρετικός", "άριστο", "άριστη", "άριστος")},
    "差": 1, "很差": 1, "尚可": 2, "好": 3, "良好": 3, "很好": 4, "非常好": 5, "优秀": 5, "极好": 5,
}
SCALES: dict[str, dict[str, int]] = {"agreement": AGREEMENT, "satisfaction": SATISFACTION, "quality": QUALITY}
BUILTIN_SCALE: dict[str, int] = {word: value for scale in SCALES.values() for word, value in scale.items()}

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_STARS = re.compile(r"([★⭐✭✮]*)([☆✩]*)")
# Matched against the folded answer (no accents, lower case).
_COUNTED_STARS = re.compile(r"(\d{1,2})\s*(?:stars?|αστερια|αστερι|αστερακια|颗星|星)")
_OUT_OF = re.compile(r"(\d{1,2})\s*(?:/|out of|απο)\s*(\d{1,2})")
# A number the survey put beside its words: "(5) Strongly agree", "5 - Strongly agree", "Strongly agree (5)".
_NUMBERED = re.compile(r"(?:[(\[]\s*(\d{1,2})\s*[)\]]|(\d{1,2})\s*[-–—.:=)])\s*(\D.*)")
_WORD_NUMBERED = re.compile(r"(\D.*?)\s*[(\[]\s*(\d{1,2})\s*[)\]]")


def normalise_word(text: str) -> str:
    """Trimmed, case- and accent-insensitive, one space between words: how worded answers are matched."""
    return " ".join(fold(text).split())


_BUILTIN = {normalise_word(word): value for word, value in BUILTIN_SCALE.items()}
_SCALE_OF = {normalise_word(word): name for name, scale in SCALES.items() for word in scale}


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def parse_answer(text: str, item: FeedbackItemRecord, scale: dict[str, int] | None = None) -> int | None:
    """The number a cell means for ``item``: None when blank; ValueError (with a message for a person) when it
    cannot be read or is out of range. ``scale`` adds a preset's own words to the built-in ones."""
    return answer(text, item, {normalise_word(k): v for k, v in (scale or {}).items()})


def answer(text: str, item: FeedbackItemRecord, scale: dict[str, int]) -> int | None:
    """``parse_answer`` with the preset's words already normalised."""
    stripped = text.strip()
    if not stripped:
        return None
    low, high = item.range
    value, shown = _read(stripped, item, scale)
    if not low <= value <= high:
        raise ValueError(_("{value} is out of range: answer from {low} to {high}, or leave it blank.", value=shown,
                           low=low, high=high))
    return value


def _read(stripped: str, item: FeedbackItemRecord, scale: dict[str, int]) -> tuple[int, str]:
    low, high = item.range
    if _NUMBER.fullmatch(stripped):
        number = float(stripped.replace(",", "."))
        if not number.is_integer():
            raise ValueError(_("{value!r} is not a whole number; answer from {low} to {high}.", value=stripped,
                               low=low, high=high))
        return int(number), short(stripped)  # as typed: "1e30", not the float's digits
    word = normalise_word(stripped)
    if word in scale:
        return scale[word], str(scale[word])
    if item.kind == "likert" and word in _BUILTIN:
        return _BUILTIN[word], str(_BUILTIN[word])
    compact = stripped.replace(" ", "")
    stars = _STARS.fullmatch(compact)
    if stars and compact:
        filled, empty = len(stars.group(1)), len(stars.group(2))
        if empty and filled + empty != high:
            raise ValueError(_("{value!r} is a rating out of {of} stars, but this item is answered from {low} to "
                               "{high}; it is not rescaled.", value=stripped, of=filled + empty, low=low, high=high))
        return filled, str(filled)
    counted = _COUNTED_STARS.fullmatch(word)
    if counted:
        return int(counted.group(1)), stripped
    out_of = _OUT_OF.fullmatch(word)
    if out_of:
        value, of = int(out_of.group(1)), int(out_of.group(2))
        if of != high:
            raise ValueError(_("{value!r} is an answer out of {of}, but this item is answered from {low} to {high}; "
                               "it is not rescaled.", value=stripped, of=of, low=low, high=high))
        return value, stripped
    numbered = _NUMBERED.fullmatch(stripped)
    word_numbered = _WORD_NUMBERED.fullmatch(stripped)
    if numbered or word_numbered:
        if numbered:
            number, label = int(numbered.group(1) or numbered.group(2)), numbered.group(3)
        else:
            assert word_numbered is not None
            number, label = int(word_numbered.group(2)), word_numbered.group(1)
        meant = scale.get(normalise_word(label), _BUILTIN.get(normalise_word(label)))
        if meant is not None and meant != number and item.kind == "likert":
            raise ValueError(_("{value!r} says both {number} and {meant}; check the survey's answer labels.",
                               value=short(stripped), number=number, meant=meant))
        return number, str(number)
    if item.kind == "likert":
        raise ValueError(_("{value!r} is not an answer from {low} to {high} nor a worded answer this app knows (such "
                           "as 'Agree', 'Very satisfied', 'Good' or '★★★★☆'); add it to the preset's words.",
                           value=short(stripped), low=low, high=high))
    raise ValueError(_("{value!r} is not an answer from {low} to {high}.", value=short(stripped), low=low, high=high))


class ColumnScan:
    """What one answer column holds as a whole, gathered a cell at a time (a file may be large): whether its numbers
    are a 0-10 likelihood scale and which worded scales its answers come from."""

    def __init__(self, own_words: dict[str, int] | None = None) -> None:
        self.own_words = own_words or {}  # the preset's own words (normalised): never a mix
        self.numbers = 0
        self.beyond_likelihood = False  # a number outside 0-10: not a likelihood column
        self.beyond_five = 0  # answers of 0 or above 5: two or more and none above 10 is a 0-10 column
        self.scales: dict[str, str] = {}  # scale name -> the first answer seen from it

    def add(self, cell: str) -> None:
        text = cell.strip()
        if not text:
            return
        if _NUMBER.fullmatch(text):
            number = float(text.replace(",", "."))
            if number.is_integer():
                self.numbers += 1
                self.beyond_likelihood |= not 0 <= number <= 10
                self.beyond_five += number == 0 or number > 5
            return
        word = normalise_word(text)
        name = _SCALE_OF.get(word)
        if name is not None and word not in _AMBIGUOUS and word not in self.own_words:
            self.scales.setdefault(name, text)

    def problem(self, item: FeedbackItemRecord) -> str:
        """Why the column cannot go to ``item`` as a whole, "" when it can. 0-10 likelihood answers on a 1-5 item:
        the ones above 5 would be refused one by one anyway, but those from 1 to 5 would slip through meaning
        something else, so the column is refused as one, with the reason. One stray 6 is a typing slip, refused
        on its own line; two or more answers of 0 or 6-10, and none above 10, make the column a 0-10 one. Worded
        answers from two scales ("Agree" and "Excellent") mean two kinds of question in one column,
        or a wrong mapping."""
        low, high = item.range
        if item.kind == "likert" and self.numbers and not self.beyond_likelihood and self.beyond_five >= 2:
            return _("The answers in this column run from 0 to 10 (a likelihood scale), but {item!r} is answered "
                     "from {low} to {high}. They are not rescaled: map the column to an item answered from 0 to 10 "
                     "(such as Would recommend), or leave it out.", item=item.label, low=low, high=high)
        if len(self.scales) > 1:
            examples = ", ".join(repr(v) for v in self.scales.values())
            return _("This column mixes answers from different scales ({examples}); check the mapping.",
                     examples=examples)
        return ""


_AMBIGUOUS = {word for word in _SCALE_OF
              if sum(word in {normalise_word(w) for w in scale} for scale in SCALES.values()) > 1}


__all__ = ["AGREEMENT", "BUILTIN_SCALE", "QUALITY", "SATISFACTION", "SCALES", "ColumnScan", "answer", "normalise_word",
           "parse_answer"]
