"""Readers: find articles and read their editions (the only stage that touches files)."""

from .articles import ArticleSource, EditionSource, discover, explicit, read_edition

__all__ = ["ArticleSource", "EditionSource", "discover", "explicit", "read_edition"]
