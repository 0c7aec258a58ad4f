"""Bytes to text: byte-order marks, binary files, the encodings tried in turn
(UTF-8, cp1252, latin-1), and the language of the text."""

from __future__ import annotations

import re

from .ingest_reasons import Unreadable
from .schemas import LANGUAGES

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def bom_encoding(raw: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when the bytes start with that byte-order mark."""
    return next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return ctrl > 0.05 * max(len(head), 1)


def decode(raw: bytes) -> tuple[str, str, str]:
    """Bytes to text: UTF-16/32 when a byte-order mark says so, else UTF-8, else
    cp1252, else latin-1. Returns (text, encoding, warning)."""
    bom = bom_encoding(raw)
    if bom:
        try:
            return raw.decode(bom), bom, ""
        except UnicodeDecodeError:
            pass  # the caller sees the encoding differ from the mark
    try:
        return raw.decode("utf-8-sig"), "utf-8", ""
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    for enc in ("cp1252", "latin-1"):
        try:
            return raw.decode(enc), enc, f"not valid UTF-8 ({where}); decoded as {enc}: check accented characters"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def decode_article(raw: bytes) -> tuple[str, str, str]:
    """An article's bytes as text (text, encoding, warning); ``Unreadable`` when they are not text."""
    bom = bom_encoding(raw)
    if bom is None and looks_binary(raw):
        raise Unreadable("binary file (NUL or control bytes), not text: save the article as .txt, .md or .html")
    text, enc, warn = decode(raw)
    if bom and enc != bom:
        raise Unreadable(f"starts with a {bom.upper()} byte-order mark but is not valid {bom.upper()}: "
                         "save it again as UTF-8")
    return text, enc, warn


_BURMESE = re.compile("[\u1000-\u109f\uaa60-\uaa7f]")


def language_of(text: str) -> str:
    """``my`` when Burmese script makes up over 30% of the letters, else ``en``."""
    if not _BURMESE.search(text):
        return "en"
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    burmese = sum(1 for c in letters if "\u1000" <= c <= "\u109f" or "\uaa60" <= c <= "\uaa7f")
    return "my" if burmese > 0.3 * len(letters) else "en"


def article_language(given, text: str) -> tuple[str, str]:
    """The article's language code and a warning: the metadata's code when it is one
    of ``schemas.LANGUAGES`` (``en-GB`` counts as ``en``), else the detected one."""
    detected = language_of(text)
    if given is None:
        return detected, ""
    code = re.split(r"[-_]", str(given).strip().lower(), maxsplit=1)[0]
    if code in LANGUAGES:
        return code, ""
    return detected, (f"language {str(given)!r} is not one of {', '.join(LANGUAGES)}: "
                      f"the detected language ({detected}) is used")
