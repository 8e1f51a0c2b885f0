"""Console helpers for the command line: language, passwords, one-line errors."""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING, TextIO

from secledger.domain.errors import AuthError, DomainError, ValidationError

if TYPE_CHECKING:  # the key store is imported when a key slot is made (a light --help)
    from secledger.store.keyslots import KdfParams

PASSWORD_ENV = "SECLEDGER_PASSWORD"
#: TEST-ONLY: when "1", ledgers and accounts the CLI creates use weak Argon2 parameters
#: (store.keyslots.TEST_KDF) so the CLI tests run fast. Never set it for a real ledger.
TEST_KDF_ENV = "SECLEDGER_TEST_KDF"
DEBUG_ENV = "SECLEDGER_DEBUG"


class Console:
    """Where the CLI writes, in which language."""

    def __init__(self, lang: str = "zh_CN", out: TextIO | None = None,
                 err: TextIO | None = None) -> None:
        self.lang = lang
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    @property
    def en(self) -> bool:
        return self.lang.startswith("en")

    def t(self, zh: str, en: str) -> str:
        return en if self.en else zh

    def say(self, zh: str, en: str = "") -> None:
        print(self.t(zh, en or zh), file=self.out)

    def fail(self, exc: DomainError) -> None:
        """Exactly one line on stderr."""
        print(" ".join(exc.message(self.lang).split()), file=self.err)

    def warn(self, zh: str, en: str) -> None:
        print(self.t(zh, en), file=self.err)

    def password(self, prompt_zh: str, prompt_en: str, *, confirm: bool = False) -> str:
        """From SECLEDGER_PASSWORD, else asked (twice when *confirm*) without echo."""
        env = os.environ.get(PASSWORD_ENV)
        if env:
            return env
        first = self._ask(self.t(prompt_zh, prompt_en))
        if confirm:
            again = self._ask(self.t("再次输入密码：", "Repeat the password: "))
            if again != first:
                raise ValidationError("auth.password_mismatch", field="confirm")
        return first

    def _ask(self, prompt: str) -> str:
        try:
            value = getpass.getpass(prompt, stream=self.err)
        except EOFError as exc:
            raise AuthError("cli.no_password") from exc
        if not value:
            raise AuthError("cli.no_password")
        return value

    def secret(self, env: str, prompt_zh: str, prompt_en: str) -> str:
        """From the variable *env*, else asked without echo."""
        return os.environ.get(env) or self._ask(self.t(prompt_zh, prompt_en))

    def kdf(self) -> KdfParams:
        """The KDF for new key slots (TEST_KDF only under the test-only variable)."""
        from secledger.store.keyslots import DEFAULT_KDF, TEST_KDF

        if os.environ.get(TEST_KDF_ENV) == "1":
            self.warn("警告：已设置仅供测试的 SECLEDGER_TEST_KDF=1，新密钥槽使用弱参数。",
                      "Warning: test-only SECLEDGER_TEST_KDF=1 is set; new key slots use weak parameters.")
            return TEST_KDF
        return DEFAULT_KDF


def debug() -> bool:
    return os.environ.get(DEBUG_ENV) == "1"


def quiet_sqlcipher() -> None:
    """SQLCipher logs decryption failures to stderr itself; the CLI says it in one line.

    The log level is process-wide, so any connection sets it (SECLEDGER_DEBUG=1 keeps it).
    """
    if debug():
        return
    from secledger.store.engine import silence_cipher_log

    silence_cipher_log()
