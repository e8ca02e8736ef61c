"""The related-article engine ("Có thể bạn quan tâm").

terms.py    Vietnamese syllables and syllable bigrams, stopwords
vectors.py  term weighting (sublinear tf, damped idf, title+lead boost, top-K)
scoring.py  the one scoring formula, shared by the rebuild and the updates
index.py    stored corpus statistics and postings (no in-process caches)
facts.py    sections, times and tags of stories
service.py  incremental update of one story; ``explain`` for the admin
rebuild.py  the full, resumable rebuild (sparse matrix products in batches)
tasks.py    django.tasks entry points; signals.py connects them to saves

Public entry points are re-exported lazily (models must load first).
"""

from __future__ import annotations


def explain(article, now=None):
    """See ``service.explain``: suggestions with score and Vietnamese reasons."""
    from .service import explain as _explain

    return _explain(article, now)
