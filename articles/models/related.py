"""The related-article engine's storage (the logic is the articles.related
package): the term index, each story's vector and its precomputed top-N."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .content import Article


class RelatedTerm(models.Model):
    """A term of the related-article index and the number of indexed stories
    containing it. Stored, not cached in memory, so every worker sees the same
    corpus statistics. The id is a stable 63-bit hash of the text, so a worker
    can write postings for a new term without asking for an id first."""

    id = models.BigIntegerField(primary_key=True)
    text = models.CharField(max_length=120)
    df = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("từ của bộ gợi ý")
        verbose_name_plural = _("từ của bộ gợi ý")

    def __str__(self) -> str:
        return self.text


class RelatedPosting(models.Model):
    """One weighted term of one indexed (published) story: the inverted index.

    ``term`` is a RelatedTerm id without a foreign key, so the full rebuild
    can bulk-write millions of rows without per-row checks."""

    pk = models.CompositePrimaryKey("article", "term")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+", db_index=False)
    term = models.BigIntegerField()
    weight = models.FloatField()

    class Meta:
        verbose_name = _("mục chỉ mục gợi ý")
        verbose_name_plural = _("mục chỉ mục gợi ý")
        indexes = [models.Index(fields=["term", "-weight"], name="related_posting_term_idx")]

    def __str__(self) -> str:
        return gettext("bài %(article)s, từ %(term)s") % {
            "article": self.article_id,
            "term": self.term,
        }


class RelatedDoc(models.Model):
    """Which published stories are in the index, whether their terms are
    counted in RelatedTerm.df (so removing a story decrements exactly once),
    and the story's whole vector packed in one value: an update reads its
    candidates' vectors as a hundred rows, not fifteen thousand postings."""

    article = models.OneToOneField(
        Article, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    counted = models.BooleanField(default=True)
    indexed_at = models.DateTimeField(default=timezone.now)
    vector = models.BinaryField(default=b"")

    class Meta:
        verbose_name = _("bài trong chỉ mục gợi ý")
        verbose_name_plural = _("bài trong chỉ mục gợi ý")

    def __str__(self) -> str:
        return str(self.article_id)


class RelatedResult(models.Model):
    """The engine's precomputed suggestion: ``target`` is related to ``source``.

    A page view reads a story's rows, best score first, joined to what the
    block displays, in one query on (source, -score). ``reasons`` keeps what
    the admin explains: shared tags, shared words, section, time."""

    source = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+", db_index=False)
    target = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reasons = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("gợi ý bài liên quan")
        verbose_name_plural = _("gợi ý bài liên quan")
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="related_result_uniq")
        ]
        indexes = [models.Index(fields=["source", "-score"], name="related_result_read_idx")]

    def __str__(self) -> str:
        return gettext("bài %(source)s → bài %(target)s") % {
            "source": self.source_id,
            "target": self.target_id,
        }


class RelatedState(models.Model):
    """Small named values of the engine: the rebuild's checkpoint, its settings."""

    key = models.CharField(max_length=60, primary_key=True)
    value = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("trạng thái bộ gợi ý")
        verbose_name_plural = _("trạng thái bộ gợi ý")

    def __str__(self) -> str:
        return self.key
