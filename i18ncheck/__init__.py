"""i18ncheck: keep the Ukrainian, English and Russian editions of an article saying the same thing."""

__version__ = "0.1.0"
