"""coop-extract's spaCy components, one module each; importing registers the factories."""

from . import (  # noqa: F401
    cities,
    counts,
    dates,
    events,
    institutions,
    money,
    officials,
    percentages,
    pubdate,
    sentences,
    spans,
)
