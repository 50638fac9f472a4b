"""Survey tools' exports recognised from their shape, and their questions matched to feedback items by meaning.

Every lead words the questions their own way ("Was the explanation easy to follow?", "Κατάλαβα εύκολα τις
εξηγήσεις", "培训师讲得很清楚"), so a header is matched against a vocabulary per item in English, Greek and
Simplified Chinese, case- and accent-insensitive, and each guess carries a confidence. An import goes ahead without
a preset only when every column is placed with confidence; otherwise the person is told which columns are not.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from trainercoach.records.feedback import FeedbackItemRecord
from trainercoach.services.text import fold

GOOGLE = "Google Forms"
MICROSOFT = "Microsoft Forms"
BUILTIN_PRESETS = (GOOGLE, MICROSOFT)
CONFIDENT = 0.8

COMMENT = "comment"
IGNORE = ""
TIME = "@time"  # the column that holds each form's response time

# A Google Forms export starts with the response time, named in the form's language.
GOOGLE_FIRST = {"timestamp", "χρονικη σημανση", "时间戳记", "时间戳"}
# A Microsoft Forms export starts with these five, in the form's language.
MICROSOFT_FIRST = (
    ("id", "start time", "completion time", "email", "name"),
    ("αναγνωριστικο", "ωρα εναρξης", "ωρα ολοκληρωσης", "ηλεκτρονικο ταχυδρομειο", "ονομα"),
    ("id", "开始时间", "完成时间", "电子邮件", "名称"),
)
MICROSOFT_TIME = {"completion time", "ωρα ολοκληρωσης", "完成时间"}

# Columns survey tools add around the answers: never a question.
METADATA = {
    "timestamp", "email address", "score", "total score", "χρονικη σημανση", "διευθυνση ηλεκτρονικου ταχυδρομειου",
    "ηλεκτρονικο ταχυδρομειο", "βαθμολογια", "时间戳记", "时间戳", "电子邮件地址", "分数", "id", "start time",
    "completion time", "email", "name", "last modified time", "total points", "quiz feedback", "language",
    "αναγνωριστικο", "ωρα εναρξης", "ωρα ολοκληρωσης", "ωρα τελευταιας τροποποιησης", "ονομα", "γλωσσα", "开始时间",
    "完成时间", "电子邮件", "名称", "姓名", "上次修改时间", "语言", "总分",
}

# Words and stems that say which item a question asks about, folded (lower case, no accents).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "clarity": ("clear", "clarity", "easy to follow", "understand", "explain", "explanation",
                "σαφ", "κατανο", "καταλαβ", "εξηγησ", "ξεκαθαρ",
                "清楚", "清晰", "易懂", "讲解", "明白", "理解"),
    "relevance": ("relevant", "relevance", "useful", "my work", "my job", "my role",
                  "σχετικ", "χρησιμ", "δουλεια", "εργασια",
                  "相关", "有关", "有用", "实用"),
    "pace": ("pace", "speed", "too fast", "too slow", "timing",
             "ρυθμ", "ταχυτητ",
             "节奏", "速度", "进度"),
    "engagement": ("engag", "interesting", "interactive", "attention", "involved", "participat",
                   "ενδιαφερ", "συμμετοχ", "προσοχ", "ενεργ",
                   "投入", "有趣", "互动", "参与", "吸引"),
    "confidence": ("confident", "confidence", "able to apply", "ready to",
                   "σιγουρ", "αυτοπεποιθ", "ετοιμ",
                   "信心", "自信", "有把握"),
    "overall": ("overall", "in general", "satisf",
                "συνολικ", "γενικα", "ικανοποι",
                "总体", "整体", "总的来说", "满意"),
    "recommend": ("recommend", "likely", "colleague",
                  "προτειν", "συστησ", "συστην", "συναδελφ",
                  "推荐", "可能性", "同事"),
}
COMMENT_VOCABULARY = ("comment", "suggest", "improve", "feedback", "anything else", "other", "remark", "why",
                      "σχολι", "προταση", "προτασεις", "βελτι", "αλλο",
                      "评论", "意见", "建议", "其他", "备注", "改进")


def folded(text: str) -> str:
    """Trimmed, case- and accent-insensitive, one space between words."""
    return " ".join(fold(text).split())


def survey_kind(headers: Sequence[str]) -> str:
    """GOOGLE or MICROSOFT when the headers have that tool's shape, else ""."""
    keys = [folded(h) for h in headers]
    if len(keys) >= 2 and keys[0] in GOOGLE_FIRST:
        return GOOGLE
    if len(keys) >= 6 and any(tuple(keys[:5]) == shape for shape in MICROSOFT_FIRST):
        return MICROSOFT
    return ""


@dataclass(frozen=True)
class Guess:
    """Where a column goes (an item key, COMMENT, TIME or IGNORE) and how sure the guess is (0 to 1); a survey's
    own metadata is ignored with full confidence."""

    header: str
    target: str
    confidence: float
    why: str = ""

    @property
    def confident(self) -> bool:
        return self.confidence >= CONFIDENT


def guess_columns(headers: Sequence[str], items: Sequence[FeedbackItemRecord]) -> list[Guess]:
    """A guess per column, in the file's order. Each item takes at most one column: when two claim it, the surer
    keeps it and the other is left unplaced."""
    kind = survey_kind(headers)
    guesses: list[Guess] = []
    for index, header in enumerate(headers):
        key = folded(header)
        if kind == GOOGLE and index == 0 or kind == MICROSOFT and key in MICROSOFT_TIME:
            guesses.append(Guess(header, TIME, 1.0, "response time"))
        elif key in METADATA:
            guesses.append(Guess(header, IGNORE, 1.0, "survey metadata"))
        else:
            guesses.append(_guess(header, items))
    best: dict[str, Guess] = {}
    for guess in guesses:
        if guess.target not in (IGNORE, COMMENT, TIME):
            held = best.get(guess.target)
            if held is None or guess.confidence > held.confidence:
                best[guess.target] = guess
    return [g if g.target in (IGNORE, COMMENT, TIME) or best[g.target] is g
            else Guess(g.header, IGNORE, 0.0, "another column asks this") for g in guesses]


def _guess(header: str, items: Sequence[FeedbackItemRecord]) -> Guess:
    text = folded(header)
    for item in items:  # the item's own label or key: certain
        if text in (folded(item.label), folded(item.key.replace("_", " ")), folded(item.key)):
            return Guess(header, item.key, 1.0, "label")
    hits: dict[str, int] = {}
    for item in items:
        length = max((len(word) for word in VOCABULARY.get(item.key, ()) if word in text), default=0)
        if length:
            hits[item.key] = length
    comment = any(word in text for word in COMMENT_VOCABULARY)
    if hits:
        ranked = sorted(hits.items(), key=lambda hit: -hit[1])
        if len(ranked) == 1 and not comment:
            return Guess(header, ranked[0][0], 0.9, "vocabulary")
        # Several meanings in one question: the strongest, unsure.
        return Guess(header, ranked[0][0], 0.6, "vocabulary, ambiguous")
    if comment:
        return Guess(header, COMMENT, 0.9, "free text")
    score, key = max(((_likeness(text, item), item.key) for item in items), default=(0.0, IGNORE))
    if score >= 0.55:
        return Guess(header, key, min(score, 0.75), "similar wording")
    return Guess(header, IGNORE, 0.0, "not recognised")


def _likeness(text: str, item: FeedbackItemRecord) -> float:
    label = folded(item.label)
    ratio = difflib.SequenceMatcher(None, text, label).ratio()
    words = set(re.findall(r"\w+", text))
    label_words = {w for w in re.findall(r"\w+", label) if len(w) > 3}
    overlap = len(words & label_words) / len(label_words) if label_words else 0.0
    return max(ratio, overlap)


CERTAIN, LIKELY, GUESS, UNPLACED = "certain", "likely", "guess", "not placed"


def sureness(confidence: float) -> str:
    """A guess's confidence as a person reads it beside the mapping: CERTAIN (the item's own name, a survey's
    metadata, the response time), LIKELY (the vocabulary, one meaning: imported without asking), GUESS (several
    meanings or similar wording: check it), UNPLACED (nothing matched)."""
    if confidence >= 0.95:
        return CERTAIN
    if confidence >= CONFIDENT:
        return LIKELY
    return GUESS if confidence > 0 else UNPLACED


def unplaced(guesses: Sequence[Guess]) -> list[str]:
    """The columns not placed with confidence: an import without a preset names them and stops."""
    return [g.header for g in guesses if not g.confident]


__all__ = ["BUILTIN_PRESETS", "CERTAIN", "CONFIDENT", "GOOGLE", "GUESS", "LIKELY", "MICROSOFT", "TIME", "UNPLACED",
           "Guess", "guess_columns", "sureness", "survey_kind", "unplaced"]
