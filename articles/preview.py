"""Signed preview links: ``/xem-truoc/<token>/`` shows a story before it is live.

An editor or the story's author hands the link to someone without an account
(a source checking a quote, the editor-in-chief on a phone). The token is
signed with the site's secret by ``TimestampSigner``: it names the story, the
story's ``preview_key`` and how many days it lives. Nothing is stored per link,
so links are revoked all at once by changing the key
(``workflow.revoke_previews``), and expire by themselves.

The page is the reader page itself (same template, same blocks) with a
"Bản xem trước" banner, and it is never cached and never indexed: no page
cache (the view is not a ``reader_page``), ``Cache-Control: private,
no-store``, ``X-Robots-Tag`` and a robots meta tag. An expired or revoked link
answers 410 Gone with a page that says which of the two it is.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from .models import Article
from .story import SHOWN_PREFETCHES, story_context

SALT = "articles.preview"
DEFAULT_DAYS = 7
DURATION_CHOICES = (1, 3, 7, 14, 30)
MAX_DAYS = max(DURATION_CHOICES)


class PreviewGone(Exception):
    """The link was real but no longer opens the story (expired, revoked, deleted)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=SALT)


def make_token(article: Article, days: int = DEFAULT_DAYS) -> str:
    days = max(1, min(int(days), MAX_DAYS))
    return _signer().sign_object({"a": article.pk, "k": article.preview_key, "d": days})


def preview_path(article: Article, days: int = DEFAULT_DAYS) -> str:
    return reverse("articles:preview", args=[make_token(article, days)])


def expires_at(token: str) -> datetime | None:
    """When a well-formed token stops working (for the banner and the desk)."""
    try:
        payload = _signer().unsign_object(token)
        signed_at = signing.b62_decode(token.rsplit(":", 2)[-2])
    except (signing.BadSignature, ValueError, IndexError):
        return None
    return datetime.fromtimestamp(signed_at, tz=UTC) + timedelta(days=int(payload["d"]))


def read_token(token: str) -> Article:
    """The story a token opens. Http404 for a forged or mangled token;
    PreviewGone when it was real but has expired or was revoked."""
    signer = _signer()
    try:
        payload = signer.unsign_object(token)  # the signature, not yet the age
        article_id, key, days = int(payload["a"]), str(payload["k"]), int(payload["d"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise Http404(gettext("Liên kết xem trước không hợp lệ.")) from error
    try:
        signer.unsign_object(token, max_age=timedelta(days=min(days, MAX_DAYS)))
    except signing.SignatureExpired as error:
        raise PreviewGone("expired") from error
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise PreviewGone("deleted")
    if article.preview_key != key:
        raise PreviewGone("revoked")
    return article


GONE_MESSAGES = {
    "expired": (
        _("Liên kết xem trước đã hết hạn"),
        _(
            "Liên kết này chỉ dùng được trong một thời gian nhất định và nay đã hết hạn. "
            "Hãy xin người gửi một liên kết mới."
        ),
    ),
    "revoked": (
        _("Liên kết xem trước đã bị thu hồi"),
        _(
            "Tòa soạn đã thu hồi liên kết này. Nếu bạn vẫn cần xem bài, hãy xin người gửi "
            "một liên kết mới."
        ),
    ),
    "deleted": (
        _("Bài viết không còn"),
        _("Bài viết mà liên kết này trỏ tới đã bị xóa."),
    ),
}


def _private(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The token is the key to the draft: never hand it to another site.
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_safe
def preview_page(request: HttpRequest, token: str) -> HttpResponse:
    try:
        found = read_token(token)
    except PreviewGone as gone:
        title, text = GONE_MESSAGES[gone.reason]
        response = render(
            request, "articles/preview_gone.html", {"title": title, "text": text}, status=410
        )
        return _private(response)
    return story_preview(request, found.pk, preview_expires=expires_at(token))


def story_preview(request: HttpRequest, article_id: int, **banner) -> HttpResponse:
    """The story as readers will see it, live or not, with the preview banner:
    for a signed link (``preview_expires``) or for the desk (``for_staff``)."""
    article = (
        Article.objects.select_related("section", "section__parent", "cover")
        .prefetch_related(*SHOWN_PREFETCHES)
        .get(pk=article_id)
    )
    response = render(
        request,
        "articles/preview.html",
        {**story_context(request, article), "is_live": article.is_live(), **banner},
    )
    return _private(response)
