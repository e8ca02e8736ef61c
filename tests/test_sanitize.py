"""Article bodies are cleaned on save, whichever way they arrive.

The assertions read the body back from the database row, because that row is
what every reader page prints with ``|safe``.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from articles.models import Article
from articles.sanitize import plain_text, sanitize_html
from tests.test_admin import ADD_URL, errors_of, fill, form_values

PNG_DATA = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="

# (payload, strings that must not reach the database)
ATTACKS = {
    "script": ("<script>alert(1)</script>", ["<script", "alert(1)"]),
    "img-onerror": ("<img src=x onerror=alert(1)>", ["onerror", "alert", "<img"]),
    "js-link": ('<a href="javascript:alert(1)">x</a>', ["javascript:", "alert"]),
    "js-link-mixed-case": ('<a href="JaVaScRiPt:alert(document.cookie)">x</a>', ["script:"]),
    "js-link-entities": ('<a href="&#106;avascript:alert(1)">x</a>', ["avascript", "&#106;"]),
    "js-link-tab": ('<a href="java\tscript:alert(1)">x</a>', ["script:", "alert"]),
    "data-img": (f'<img src="{PNG_DATA}">', ["data:", "base64", "<img"]),
    "data-link": ('<a href="data:text/html,&lt;script&gt;">x</a>', ["data:", "text/html"]),
    "iframe": ('<iframe src="https://evil.example/"></iframe>', ["<iframe", "evil.example"]),
    "style": ('<p style="background:url(javascript:alert(1))">x</p>', ["style", "javascript"]),
    "svg": ("<svg onload=alert(1)><circle r=1 /></svg>", ["<svg", "onload", "alert"]),
    "protocol-relative-img": ('<img src="//evil.example/a.jpg">', ["evil.example", "<img"]),
    "backslash-img": ('<img src="/\\evil.example/a.jpg">', ["evil.example", "<img"]),
    "object": ('<object data="https://evil.example/x.swf"></object>', ["<object", "evil"]),
    "form": ('<form action="https://evil.example/"><input name="pw"></form>', ["<form", "<input"]),
    "meta-refresh": (
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        ["<meta"],
    ),
    "event-on-allowed-tag": ('<p onclick="alert(1)">x</p>', ["onclick", "alert"]),
    "style-tag": ("<style>body{display:none}</style>", ["<style", "display:none"]),
    "math-xlink": ('<math><mi xlink:href="javascript:alert(1)">x</mi></math>', ["javascript"]),
    "noscript-breakout": (
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
        ["onerror", "alert(1)>"],
    ),
}

LEGITIMATE = [
    '<figure class="image"><img src="/media/photos/a.jpg" alt="Mô tả"><figcaption>Chú thích</figcaption></figure>',
    '<figure class="image"><img src="/media/photos/2026/11/anh-ho-guom-1a2b3c4d.jpg" alt="" width="1200" height="800"><figcaption>Hồ Gươm <em>sáng sớm</em></figcaption></figure>',
    "<h2>Tiêu đề phụ</h2><h3>Mục nhỏ</h3>",
    "<p>Đoạn văn có <strong>chữ đậm</strong> và <em>chữ nghiêng</em>.</p>",
    "<ul><li>Một</li><li>Hai</li></ul><ol><li>Thứ nhất</li><li>Thứ hai</li></ol>",
    "<blockquote><p>Trích dẫn của ông Nguyễn Văn A.</p></blockquote>",
    '<figure class="table"><table><tbody><tr><td>Quý I</td><td>5,2%</td></tr></tbody></table></figure>',
    '<figure class="table"><table><thead><tr><th>Vùng</th><th>Lương</th></tr></thead><tbody><tr><td>I</td><td>4.960.000 đ</td></tr></tbody></table></figure>',
    "<p>Dòng một<br>Dòng hai&nbsp;và A &amp; B &lt; C</p>",
]


def saved_body(article: Article) -> str:
    return Article.objects.values_list("body", flat=True).get(pk=article.pk)


def assert_clean(body: str, forbidden: list[str]) -> None:
    lowered = body.lower()
    for needle in forbidden:
        assert needle.lower() not in lowered, f"{needle!r} survived in {body!r}"


# --- through the model ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("payload", "forbidden"), ATTACKS.values(), ids=ATTACKS.keys())
def test_model_save_stores_no_attack(make_article, payload, forbidden):
    article = make_article(body=f"<p>Trước</p>{payload}<p>Sau</p>")
    body = saved_body(article)
    assert_clean(body, forbidden)
    assert body.startswith("<p>Trước</p>") and body.endswith("<p>Sau</p>")


@pytest.mark.django_db
def test_every_attack_at_once_leaves_only_the_words(make_article):
    article = make_article(body="".join(p for p, _ in ATTACKS.values()))
    body = saved_body(article)
    for _, forbidden in ATTACKS.values():
        assert_clean(body, forbidden)
    for needle in ("<script", "<iframe", "<svg", "<img", " on", "style=", "javascript:", "data:"):
        assert needle not in body.lower()


@pytest.mark.django_db
def test_update_is_cleaned_too(make_article):
    article = make_article()
    article.body = '<p>Sửa</p><img src=x onerror="alert(1)"><script>alert(2)</script>'
    article.save()
    assert saved_body(article) == "<p>Sửa</p>"


@pytest.mark.django_db
@pytest.mark.parametrize("html", LEGITIMATE)
def test_editor_output_survives_exactly(make_article, html):
    assert saved_body(make_article(body=html)) == html


@pytest.mark.django_db
def test_links_keep_their_address_and_gain_rel(make_article):
    article = make_article(
        body='<p><a href="https://laodong.vn/cong-doan/">Báo</a> và '
        '<a href="/cong-doan/bai-1.html">bài trong trang</a> và '
        '<a href="mailto:toasoan@example.vn">thư</a></p>'
    )
    assert saved_body(article) == (
        '<p><a href="https://laodong.vn/cong-doan/" rel="noopener noreferrer">Báo</a> và '
        '<a href="/cong-doan/bai-1.html" rel="noopener noreferrer">bài trong trang</a> và '
        '<a href="mailto:toasoan@example.vn" rel="noopener noreferrer">thư</a></p>'
    )


@pytest.mark.django_db
def test_unknown_figure_classes_and_attributes_are_dropped(make_article):
    article = make_article(
        body='<figure class="image image-style-side evil" style="width:50%">'
        '<img src="/media/a.jpg" alt="A" width="12px" height="300" class="x" '
        'srcset="javascript:alert(1) 1x"></figure>'
    )
    assert saved_body(article) == (
        '<figure class="image image-style-side"><img src="/media/a.jpg" alt="A" height="300">'
        "</figure>"
    )


# --- idempotence and Unicode ------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [*LEGITIMATE, *(p for p, _ in ATTACKS.values()), "<p><p>lồng</p></p>", "<li>lẻ</li>"],
)
def test_cleaning_twice_is_cleaning_once(html):
    once = sanitize_html(html)
    assert sanitize_html(once) == once


@pytest.mark.django_db
def test_saving_twice_changes_nothing(make_article):
    article = make_article(body="".join(LEGITIMATE) + "".join(p for p, _ in ATTACKS.values()))
    first = saved_body(article)
    article.save()
    assert saved_body(article) == first


@pytest.mark.django_db
def test_decomposed_vietnamese_is_stored_composed(make_article):
    composed = '<p>Người lao động được hỗ trợ</p><figure class="image"><img src="/media/a.jpg" alt="Ảnh Hồ Gươm"><figcaption>Chú thích ảnh</figcaption></figure>'
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    body = saved_body(make_article(body=decomposed))
    assert body == composed
    assert unicodedata.is_normalized("NFC", body)


def test_plain_text_reads_the_words():
    assert plain_text("<h2>Tiêu đề</h2><p>Một&nbsp;<strong>hai</strong></p><p>ba</p>") == (
        "Tiêu đề Một hai ba"
    )
    assert plain_text("") == ""


# --- through the admin, as a journalist's browser would post it ------------------


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.django_db
def test_admin_post_stores_no_attack_and_keeps_editor_output(admin_client, sections):
    attacks = "".join(p for p, _ in ATTACKS.values())
    legit = "".join(LEGITIMATE)
    data = fill(
        form_values(admin_client.get(ADD_URL)),
        {
            "title": "Bài thử bộ lọc HTML",
            "section": sections["kinh_te"].pk,
            "body": unicodedata.normalize("NFD", legit) + attacks,
        },
    )
    response = admin_client.post(ADD_URL, data, follow=True)
    assert response.status_code == 200
    assert not errors_of(response), errors_of(response)
    body = saved_body(Article.objects.get(title="Bài thử bộ lọc HTML"))
    assert body.startswith(legit)
    for _, forbidden in ATTACKS.values():
        assert_clean(body[len(legit) :], forbidden)
    # What is left of the attacks is harmless: links without an address, paragraphs, text.
    assert set(re.findall(r"<(\w+)", body[len(legit) :])) <= {"a", "p"}
    assert "href" not in body[len(legit) :]


@pytest.mark.django_db
def test_published_story_page_shows_the_clean_body(client, make_article):
    article = make_article(
        body='<p>Mở đầu</p><img src=x onerror=alert(1)><figure class="image">'
        '<img src="/media/photos/a.jpg" alt="Mô tả"><figcaption>Chú thích</figcaption></figure>'
    )
    html = client.get(article.get_absolute_url()).content.decode()
    # A photo that is not in the library is served as it is, loaded lazily.
    assert (
        '<figure class="image"><img src="/media/photos/a.jpg" alt="Mô tả"'
        ' loading="lazy" decoding="async"><figcaption>Chú thích</figcaption></figure>'
    ) in html
    assert "onerror" not in html
