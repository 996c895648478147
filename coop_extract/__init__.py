"""coop-extract: facts about regional cooperation (cities, officials, institutions, dated
events, figures) from English news, as validated records."""

from .models import Document
from .pipeline import Extractor, build_nlp, extract

__version__ = "0.1.0"
__all__ = ["Document", "Extractor", "__version__", "build_nlp", "extract"]
