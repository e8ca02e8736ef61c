import unicodedata

import pytest

from articles.models import Article, Section
from articles.text import fold, nfc, slugify_vi


def test_slug_keeps_d_with_stroke():
    assert (
        slugify_vi("Công đoàn Hà Nội: Đẩy mạnh phát triển đoàn viên")
        == "cong-doan-ha-noi-day-manh-phat-trien-doan-vien"
    )


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đại hội Công đoàn Việt Nam lần thứ XIII", "dai-hoi-cong-doan-viet-nam-lan-thu-xiii"),
        ("Giá vàng hôm nay (2/6): tăng 300.000 đồng", "gia-vang-hom-nay-26-tang-300000-dong"),
        (
            "“Mái ấm Công đoàn” — niềm vui đến với người lao động",
            "mai-am-cong-doan-niem-vui-den-voi-nguoi-lao-dong",
        ),
        ("Ứng Hòa, Thường Tín, Mỹ Đức", "ung-hoa-thuong-tin-my-duc"),
    ],
)
def test_slugs_fold_vietnamese(text, slug):
    assert slugify_vi(text) == slug


def test_nfd_and_nfc_fold_alike():
    composed = "Người lao động Đống Đa"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "nguoi lao dong dong da"
    assert nfc(decomposed) == composed


@pytest.mark.django_db
def test_article_text_is_stored_nfc_and_slugs_stay_unique(sections):
    title = unicodedata.normalize("NFD", "Công đoàn Hà Nội: Đẩy mạnh phát triển đoàn viên")
    first = Article.objects.create(title=title, section=sections["hoat_dong"], lead=title)
    second = Article.objects.create(title=title, section=sections["kinh_te"])
    first.refresh_from_db()
    assert first.title == unicodedata.normalize("NFC", title)
    assert first.lead == first.title
    assert first.slug == "cong-doan-ha-noi-day-manh-phat-trien-doan-vien"
    assert second.slug == "cong-doan-ha-noi-day-manh-phat-trien-doan-vien-2"


@pytest.mark.django_db
def test_section_slug_unique_and_reserved_words_refused():
    from django.core.exceptions import ValidationError

    a = Section.objects.create(name="Đời sống")
    b = Section.objects.create(name="Đời sống")
    assert (a.slug, b.slug) == ("doi-song", "doi-song-2")
    with pytest.raises(ValidationError):
        Section(name="Admin").full_clean()
