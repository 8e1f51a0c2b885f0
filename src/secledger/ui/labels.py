"""The one place the UI turns an enumeration into the text it shows, in the app's language.

The domain enumerations carry a Chinese ``label`` (printed forms, stored text) and, for the
glossary enums, an English ``label_en`` with ``label_in(lang)``. Widgets call ``label_for(e)``
(or ``label_of(Enum, code)`` for a stored value code) instead of ``e.label``, so
``--lang en`` shows "In store" where Chinese shows 在库. The language is the one whose
translators ``ui.app.install_translators`` installed (``set_language``); Chinese by default.
Enumerations without English labels show their Chinese label.
"""

from __future__ import annotations

from typing import Any

DEFAULT_LANG = "zh_CN"
_lang = DEFAULT_LANG


def set_language(lang: str) -> None:
    """Called when the app's translators are installed (``zh_CN`` or ``en``)."""
    global _lang
    _lang = lang or DEFAULT_LANG


def language() -> str:
    return _lang


def english() -> bool:
    return _lang.lower().startswith("en")


def label_for(member: Any) -> str:
    """*member*'s label in the app's language (its Chinese ``label`` when it has no other);
    English labels start with a capital, as a cell or an item shows them."""
    label_in = getattr(member, "label_in", None)
    if callable(label_in):
        text = str(label_in(_lang))
        return text[:1].upper() + text[1:] if english() else text
    return str(member.label)


def label_list(members: Any) -> str:
    """Labels of several members, joined as the language writes a list (、 or , )."""
    sep = ", " if _lang.lower().startswith("en") else "、"
    return sep.join(label_for(m) for m in members)


def label_list_of(counted: Any) -> str:
    """``在库 3、领用 2`` / ``In store 3, With holder 2`` from (label, count) pairs."""
    sep = ", " if english() else "、"
    return sep.join(f"{label} {n}" for label, n in counted)


def label_from(enum: Any, label: str | None) -> str:
    """A Chinese *label* of *enum* (as DTOs for printed forms carry it) in the app's
    language; the text itself when it is no label of *enum*."""
    if not label:
        return ""
    member = next((m for m in enum if m.label == label), None)
    return label_for(member) if member is not None else label


def label_of(enum: Any, value: str | None) -> str:
    """The label of the stored code *value* of *enum*; the code itself when unknown."""
    if not value:
        return ""
    try:
        return label_for(enum(value))
    except ValueError:
        return value
