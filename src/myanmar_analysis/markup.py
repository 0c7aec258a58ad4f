"""Markdown and HTML to plain text: Markdown's inline marks stripped, and a saved
web page's main text and metadata (trafilatura), refused when it holds no
article text."""

from __future__ import annotations

import re

from .ingest_reasons import Unreadable

_MD_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),       # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),        # links -> text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),              # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"^#{1,6}\s+", re.M), ""),                 # headings
    (re.compile(r"^>\s?", re.M), ""),                      # block quotes
]


def strip_markdown(body: str) -> str:
    for pat, rep in _MD_INLINE:
        body = pat.sub(rep, body)
    return body


def html_to_text(html: str) -> tuple[dict, str]:
    """Main text and metadata of a saved web page (trafilatura)."""
    import trafilatura  # slow to import; only needed for HTML

    body = trafilatura.extract(html, output_format="txt", include_comments=False,
                               include_tables=False, favor_precision=True) or ""
    meta = {}
    md = trafilatura.extract_metadata(html)
    if md is not None:
        for ours, theirs in (("title", "title"), ("author", "author"), ("url", "url"),
                             ("outlet", "sitename"), ("published", "date")):
            v = getattr(md, theirs, None)
            if v:
                meta[ours] = v
    return meta, body


def _canon(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def link_texts(html: str) -> set[str]:
    """The texts of a page's links, canonicalised (empty when the page cannot be parsed)."""
    try:
        from lxml import html as lxml_html

        return {_canon(a.text_content()) for a in lxml_html.fromstring(html).iter("a")}
    except Exception:  # noqa: BLE001 - without link texts every paragraph counts as text
        return set()


_SENTENCE_END = re.compile(r"[.!?\u104b][\"'\u201d\u2019)\]]*(?:\s|$)")


def has_running_text(body: str, links: set[str]) -> bool:
    """Whether a page's text holds a paragraph of prose: 40 characters or more, a
    sentence end, and not the text of a link (menus and link lists have none)."""
    return any(len(p) >= 40 and _SENTENCE_END.search(p) and _canon(p) not in links
               for p in (ln.strip() for ln in body.split("\n")))


def html_article(html: str) -> tuple[dict, str]:
    """Metadata and main text of a page; ``Unreadable`` without HTML support or article text."""
    try:
        meta, body = html_to_text(html)
    except ImportError as e:
        raise Unreadable(f"HTML support is not installed ({e}): run 'pip install lxml_html_clean' "
                         "(trafilatura needs it), or save the article as .txt") from None
    except Exception as e:  # noqa: BLE001 - the parser's problem with this page, reported
        raise Unreadable(f"HTML page could not be parsed ({type(e).__name__}: {e})") from None
    if not body.strip():
        raise Unreadable("HTML page with no main text found")
    if not has_running_text(body, link_texts(html)):
        raise Unreadable("HTML page with no article text, only menus, links or short lines "
                         "(a section front or navigation page?)")
    return meta, body
