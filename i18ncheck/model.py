"""The frozen records that flow between the pipeline stages."""

from __future__ import annotations

import copyreg
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

LANGS = ("uk", "en", "ru")

K = TypeVar("K")
V = TypeVar("V")


class Severity(str, Enum):
    """How serious a finding is; the order matters for --fail-on."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


def frozen_map(data: Mapping[K, V] | None = None) -> MappingProxyType[K, V]:
    """A read-only view of a dict, for mapping fields of frozen records."""
    return MappingProxyType(dict(data or {}))


# records travel between processes (check --jobs): a read-only view pickles as its dict
copyreg.pickle(MappingProxyType, lambda view: (frozen_map, (dict(view),)))


@dataclass(frozen=True)
class Span:
    """A half-open range [start, end) of code points."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Edition:
    """One language edition of an article, as read from disk.

    `source` is the decoded file text (BOM removed); `text` is the plain view that later
    stages read: Markdown and HTML markup are removed and blocks are joined with a blank
    line. `starts[i]` / `ends[i]` give the source range of view character i, so every
    span found in `text` maps back to exact characters of the file. For plain text the
    two are the same string and the maps are empty (identity).
    """

    lang: str
    path: str
    source: str
    text: str
    blocks: tuple[Span, ...]
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    suppressed: Mapping[int, frozenset[str]] = field(default_factory=frozen_map)

    def to_source(self, span: Span) -> Span:
        """Map a span of the view text to the span of the file text it came from."""
        if not self.starts:
            return span
        if span.end <= span.start:  # an empty span: a point just after the character before it
            pos = self.ends[span.start - 1] if span.start > 0 else self.starts[0]
            return Span(pos, pos)
        return Span(self.starts[span.start], self.ends[span.end - 1])

    def source_text(self, span: Span) -> str:
        src = self.to_source(span)
        return self.source[src.start:src.end]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an edition: its index, paragraph index and view-text span."""

    index: int
    paragraph: int
    span: Span
    text: str


@dataclass(frozen=True)
class Segmented:
    """An edition split into paragraphs and sentences."""

    edition: Edition
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]

    @property
    def lang(self) -> str:
        return self.edition.lang


@dataclass(frozen=True)
class LanguageGuess:
    """The language a piece of text is written in, with a confidence in [0, 1]."""

    lang: str
    confidence: float


@dataclass(frozen=True)
class EditionLanguage:
    """Language of a whole edition and of each of its paragraphs and sentences."""

    edition: LanguageGuess
    paragraphs: tuple[LanguageGuess, ...]
    sentences: tuple[LanguageGuess, ...]


@dataclass(frozen=True)
class Group:
    """A set of sentences that translate each other, by edition (empty tuple: none)."""

    members: Mapping[str, tuple[int, ...]]
    confidence: float

    def present(self) -> tuple[str, ...]:
        return tuple(lang for lang, idx in self.members.items() if idx)


@dataclass(frozen=True)
class Alignment:
    """The aligned groups of an article, in reading order."""

    langs: tuple[str, ...]
    groups: tuple[Group, ...]


class EntityKey(NamedTuple):
    """What an entity mention names, language-neutrally: the gazetteer ids it may stand
    for, and per proper word the consonant skeletons of its readings (see facts.names)."""

    ids: frozenset[str]
    words: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Fact:
    """A fact found in a sentence: a number, a date, a named entity.

    `kind` is the fact family ("number", "date", "entity"); `values` holds every reading
    of the text (an ambiguous "1,500" in Ukrainian may be 1.5 or 1500), the first being
    the preferred one; an entity's one value is its `EntityKey` (`key`); `unit` and `category` say what it measures; `span` is in the
    edition's view text; `precision` is the rounding the text shows (10 for "620 km");
    `scale` the magnitude word applied ("35 тисяч": 1000). A `weak` fact ("one", "first",
    "half": words that are often not numbers at all) is matched but never reported.
    """

    kind: str
    values: tuple[Any, ...]
    span: Span
    text: str
    sentence: int
    category: str = "count"
    unit: str | None = None
    approximate: bool = False
    precision: float = 0.0
    scale: float = 1.0
    weak: bool = False

    @property
    def value(self) -> Any:
        return self.values[0]

    @property
    def key(self) -> EntityKey:
        """An entity fact's key (its one value)."""
        key = self.values[0]
        if not isinstance(key, EntityKey):
            raise TypeError(f"a {self.kind} fact has no entity key")
        return key


@dataclass(frozen=True)
class Location:
    """Where a finding is, in one edition: a span of the file text and its words."""

    start: int
    end: int
    text: str
    view: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class EntryLocation:
    """Where a finding is, in a PO catalog: the entry's msgid and msgctxt, and its line."""

    msgid: str
    msgctxt: str | None
    line: int


@dataclass(frozen=True)
class Finding:
    """A mismatch, as a check code plus its arguments: between the editions of an article
    (`locations`: the words of each edition) or in an entry of a PO catalog (`entry`;
    `locations` empty)."""

    code: str
    odd: tuple[str, ...]
    args: Mapping[str, Any]
    locations: Mapping[str, Location] = field(default_factory=frozen_map)
    group: int | None = None
    severity: Severity | None = None  # set from the confidence, or by the configuration
    confidence: float = 1.0  # how likely the finding is right (see i18ncheck.confidence)
    evidence: Mapping[str, float] = field(default_factory=frozen_map, compare=False)  # what it rests on
    entry: EntryLocation | None = None


@dataclass(frozen=True)
class EditionInfo:
    """What the report says about an edition."""

    path: str
    language: str
    confidence: float


@dataclass(frozen=True)
class GroupSpan:
    """An alignment group as reported: per edition a file-text span or None."""

    spans: Mapping[str, Span | None]
    confidence: float
    views: Mapping[str, Span | None] = field(default_factory=frozen_map, compare=False)


@dataclass(frozen=True)
class Problem:
    """Bad input: a file that could not be read, or an article that could not be checked."""

    path: str
    message: str  # in English
    template: str = ""  # the message before its values were filled in, for translation
    values: Mapping[str, Any] = field(default_factory=frozen_map)

    def text(self, lang: str = "en") -> str:
        """The message in a language (English when there is no translation)."""
        if not self.template or lang == "en":
            return self.message
        from .messages import translate

        return translate(self.template, lang).format_map(dict(self.values)) if self.values else \
            translate(self.template, lang)


@dataclass(frozen=True)
class ArticleReport:
    """Everything found in one article."""

    article: str
    editions: Mapping[str, EditionInfo]
    findings: tuple[Finding, ...]
    alignment: tuple[GroupSpan, ...] = ()
    missing: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    sentences: int = 0
    sources: Mapping[str, str] = field(default_factory=frozen_map)
    views: Mapping[str, str] = field(default_factory=frozen_map)


@dataclass(frozen=True)
class RunReport:
    """The result of one run over many articles."""

    articles: tuple[ArticleReport, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class CatalogReport:
    """Everything found in one PO catalog."""

    catalog: str
    language: str
    entries: int
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...] = ()

    def located(self) -> Iterator[tuple[Finding, EntryLocation]]:
        """Each finding with the entry it is about."""
        for f in self.findings:
            if f.entry is None:
                raise TypeError(f"a {f.code} finding of {self.catalog} has no entry")
            yield f, f.entry


@dataclass(frozen=True)
class CatalogRun:
    """The result of one run over PO catalogs."""

    catalogs: tuple[CatalogReport, ...]


Report = ArticleReport | CatalogReport  # what a run reports one at a time
