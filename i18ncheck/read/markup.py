"""Reduce plain text, Markdown and HTML to text blocks that keep their file offsets.

Each reducer returns a `View`: the plain text later stages read (blocks joined by a blank
line), the block spans in it, and for every character of it the range of the file text it
came from, so a finding in the view points at the exact characters of the file. Markup is
dropped (emphasis, link targets, tags, scripts); entities are decoded and map back to the
whole entity. Suppression markers (`<!-- i18ncheck: ignore NU01 -->`) are collected per
block: a marker applies to the block that follows it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..model import Span

_SUPPRESS = re.compile(r"i18ncheck:\s*ignore\b([^>]*)", re.IGNORECASE)
_CODES = re.compile(r"\b[A-Z]{2}\d{0,2}\b")
_SPACE = " \t\r\n\f\v"


@dataclass(frozen=True)
class View:
    """Plain text of a file, its blocks, and the map back to the file text."""

    text: str
    blocks: tuple[Span, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    suppressed: dict[int, frozenset[str]]


def suppression_codes(comment: str) -> frozenset[str] | None:
    """The codes an `i18ncheck: ignore CODE...` comment silences ("*" for all), or None."""
    m = _SUPPRESS.search(comment)
    if not m:
        return None
    codes = frozenset(_CODES.findall(m.group(1).upper()))
    return codes or frozenset({"*"})


class _Builder:
    """Accumulates view characters with their source ranges, block by block."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.blocks: list[Span] = []
        self._block_start: int | None = None
        self._pending_space: tuple[int, int] | None = None
        self._pending_codes: frozenset[str] = frozenset()
        self.suppressed: dict[int, frozenset[str]] = {}

    def _put(self, ch: str, start: int, end: int) -> None:
        if self._block_start is None:
            if self.chars:
                for _ in range(2):
                    self.chars.append("\n")
                    self.starts.append(self.ends[-1])
                    self.ends.append(self.ends[-1])
            self._block_start = len(self.chars)
            if self._pending_codes:
                self.suppressed[len(self.blocks)] = self._pending_codes
                self._pending_codes = frozenset()
        elif self._pending_space is not None:
            s, e = self._pending_space
            self.chars.append(" ")
            self.starts.append(s)
            self.ends.append(e)
        self._pending_space = None
        self.chars.append(ch)
        self.starts.append(start)
        self.ends.append(end)

    def text(self, text: str, offset: int) -> None:
        """Add source text that starts at `offset`, collapsing runs of ASCII space."""
        for i, ch in enumerate(text):
            if ch in _SPACE:
                if self._block_start is not None and self._pending_space is None:
                    self._pending_space = (offset + i, offset + i + 1)
            else:
                self._put(ch, offset + i, offset + i + 1)

    def char(self, ch: str, start: int, end: int) -> None:
        """Add one character that stands for the source range [start, end) (an entity)."""
        if ch in _SPACE:
            if self._block_start is not None and self._pending_space is None:
                self._pending_space = (start, end)
            return
        self._put(ch, start, end)

    def entity(self, raw: str, start: int) -> None:
        """Add a character reference written as `raw` at `start`: what it decodes to, every
        character standing for the whole reference; one that does not decode (`&nbps;`) is
        the text it is written as."""
        decoded = html.unescape(raw)
        if decoded == raw:
            self.text(raw, start)
            return
        for ch in decoded:  # one character, or a few (`&NotEqualTilde;`, `&ampx` -> "&x")
            self.char(ch, start, start + len(raw))

    def space(self, at: int) -> None:
        """A word break that is not in the text itself (between two table cells, say)."""
        if self._block_start is not None and self._pending_space is None:
            self._pending_space = (at, at)

    def suppress(self, codes: frozenset[str]) -> None:
        """Silence codes in the next block."""
        self._pending_codes = self._pending_codes | codes

    def end_block(self) -> None:
        if self._block_start is not None:
            self.blocks.append(Span(self._block_start, len(self.chars)))
        self._block_start = None
        self._pending_space = None

    def view(self) -> View:
        self.end_block()
        return View("".join(self.chars), tuple(self.blocks), tuple(self.starts),
                    tuple(self.ends), self.suppressed)


def plain_view(source: str) -> View:
    """Plain text: every non-blank line is a block; the view is the file text itself."""
    blocks = []
    for m in re.finditer(r"[^\n]+", source):
        line = m.group()
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(Span(m.start() + lead, m.start() + lead + len(stripped)))
    return View(source, tuple(blocks), (), (), {})


# --- Markdown --------------------------------------------------------------------------

_MD_INLINE = re.compile(r"""
    (?P<image>!\[[^\]]*\]\([^)]*\))
  | (?P<link>\[(?P<ltext>[^\]]+)\](?:\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)|\[[^\]]*\]))
  | (?P<auto><(?:https?|mailto):[^>\s]+>)
  | (?P<comment><!--.*?-->)
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
  | (?P<entity>&(?:\#\d+|\#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)
  | (?P<escape>\\[\\`*_{}\[\]()#+\-.!|>~])
  | (?P<emph>\*+|~~|(?<!\w)_+(?=\S)|(?<=\S)_+(?!\w))
  | (?P<code>`+)
""", re.VERBOSE)
_MD_BLOCK_PREFIX = re.compile(r"[ ]{0,3}(?:>[ ]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?")
_MD_HEADING = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")
_MD_ITEM = re.compile(r"[ ]{0,3}(?:>[ ]?)*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_MD_RULE = re.compile(r"[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*")
_MD_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")


def _md_inline(b: _Builder, text: str, offset: int) -> None:
    pos = 0
    for m in _MD_INLINE.finditer(text):
        b.text(text[pos:m.start()], offset + pos)
        pos = m.end()
        kind = m.lastgroup
        if kind == "link" or (kind == "ltext"):
            _md_inline(b, m.group("ltext"), offset + m.start("ltext"))
        elif kind == "entity":
            b.entity(m.group(), offset + m.start())
        elif kind == "escape":
            b.char(m.group()[1], offset + m.start(), offset + m.end())
        elif kind == "comment":
            codes = suppression_codes(m.group())
            if codes:
                b.suppress(codes)
        elif kind == "tag" and re.match(r"</?(?:br|p|div)\b", m.group(), re.IGNORECASE):
            b.space(offset + m.start())
    b.text(text[pos:], offset + pos)


def markdown_view(source: str) -> View:
    """Markdown: paragraphs, headings, list items and quotes become blocks; markup goes."""
    b = _Builder()
    lines = source.splitlines(keepends=True)
    offset = 0
    fence: str | None = None
    in_comment = False
    if lines and lines[0].strip() == "---":  # YAML front matter
        for k in range(1, len(lines)):
            if lines[k].strip() in ("---", "..."):
                offset = sum(len(x) for x in lines[:k + 1])
                lines = lines[k + 1:]
                break
    for line in lines:
        start, body = offset, line.rstrip("\r\n")
        offset += len(line)
        if fence is not None:
            if body.strip().startswith(fence):
                fence = None
            continue
        if in_comment:
            if "-->" in body:
                in_comment = False
            continue
        m = _MD_FENCE.match(body)
        if m:
            b.end_block()
            fence = m.group(1)
            continue
        stripped = body.strip()
        if stripped.startswith("<!--"):
            codes = suppression_codes(stripped)
            if codes:
                b.end_block()
                b.suppress(codes)
            if "-->" not in stripped:
                in_comment = True
            if stripped.endswith("-->"):
                continue
        if not stripped or _MD_RULE.fullmatch(body):
            b.end_block()
            continue
        if _MD_HEADING.match(body) or _MD_ITEM.match(body):
            b.end_block()
        prefix = _MD_BLOCK_PREFIX.match(body)
        content_start = prefix.end() if prefix else 0
        content = body[content_start:]
        if _MD_HEADING.match(body):
            closing = _MD_CLOSING_HASHES.search(content)
            if closing:
                content = content[:closing.start()]
        if "|" in content and stripped.startswith("|"):
            for cell in re.finditer(r"[^|]+", content):
                _md_inline(b, cell.group(), start + content_start + cell.start())
                b.space(start + content_start + cell.end())
        else:
            _md_inline(b, content, start + content_start)
            b.space(start + len(body))
        if _MD_HEADING.match(body):
            b.end_block()
    return b.view()


# --- HTML ------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset("""address article aside blockquote body br caption dd details div dl dt
    fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre
    section summary table tbody td tfoot th thead tr ul""".split())
_SKIP_TAGS = frozenset("script style noscript template head svg math iframe object".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


class _HTMLReducer(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.b = _Builder()
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.line_starts = [0]
        for m in re.finditer("\n", source):
            self.line_starts.append(m.end())

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_stack.append(tag)
            return
        if tag in _BLOCK_TAGS:
            self.b.end_block()
        elif tag == "td":
            self.b.space(self._offset())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.b.end_block()

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK_TAGS:
            self.b.end_block()

    def handle_data(self, data: str) -> None:
        if not self.skip_stack:
            self.b.text(data, self._offset())

    def _ref(self, raw: str) -> None:
        """An entity or character reference `raw` ("&amp", "&#1234") the parser found here,
        with its closing ";" when the source has one."""
        if self.skip_stack:
            return
        start = self._offset()
        end = start + len(raw)
        if self.source.startswith(";", end):
            end += 1
        self.b.entity(self.source[start:end], start)

    def handle_entityref(self, name: str) -> None:
        self._ref("&" + name)

    def handle_charref(self, name: str) -> None:
        self._ref("&#" + name)

    def handle_comment(self, data: str) -> None:
        codes = suppression_codes(data)
        if codes and not self.skip_stack:
            self.b.end_block()
            self.b.suppress(codes)


def html_view(source: str) -> View:
    """HTML: block elements become blocks; head, scripts and styles are not article text."""
    reducer = _HTMLReducer(source)
    reducer.feed(source)
    reducer.close()
    return reducer.b.view()


REDUCERS = {".txt": plain_view, ".text": plain_view, ".md": markdown_view,
            ".markdown": markdown_view, ".html": html_view, ".htm": html_view}
