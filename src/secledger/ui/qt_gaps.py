"""Words Qt's own Chinese catalogue (``qtbase_zh_CN.qm``) lacks in the Qt this app ships, so
that Qt's dialogs are Chinese throughout: the file dialog said "Look in:" and "Files of
type:" in the Chinese UI. Installed after Qt's catalogue, it answers only for these."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

#: (context, source) -> Chinese
ZH_CN: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QFileDialog", "Look in:"): "查找范围：",
    ("QFileDialog", "Files of type:"): "文件类型：",
}


class QtGaps(QTranslator):
    """A translator for the few Qt strings its own catalogue misses."""

    def __init__(self, words: dict[tuple[str, str], str], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.words = words

    def isEmpty(self) -> bool:
        return not self.words

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null QString), not "": "" would be taken as the translation of the rest
        return self.words.get((context, source))
