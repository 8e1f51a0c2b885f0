"""Search text for the CJK-friendly full-text index.

Every character becomes one token (like a unigram CJK analyzer), so any substring query —
one Chinese character, two, five — is an FTS5 phrase of consecutive tokens. Only letters
and digits are indexed; punctuation such as 〔〕 is ignored in both index and query.
"""

from __future__ import annotations

import unicodedata


def _chars(text: str) -> list[str]:
    norm = unicodedata.normalize("NFKC", text).lower()
    return [c for c in norm if unicodedata.category(c)[0] in ("L", "N")]


def index_body(*fields: str) -> str:
    """The body stored in the index: fields separated so phrases never span two fields."""
    return " , ".join(" ".join(_chars(f)) for f in fields if f)


def phrase_query(query: str) -> str | None:
    """FTS5 MATCH expression for a substring query, or None when nothing searchable."""
    chars = _chars(query)
    if not chars:
        return None
    return '"' + " ".join(chars) + '"'
