import pytest


@pytest.mark.django_db
def test_home_section_article_pages_render(client, make_article, sections, make_image):
    article = make_article(
        title="Công đoàn Hà Nội: Đẩy mạnh phát triển đoàn viên", cover=make_image()
    )
    assert client.get("/").status_code == 200
    assert client.get("/cong-doan/").status_code == 200
    assert client.get("/cong-doan/hoat-dong/").status_code == 200
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Công đoàn Hà Nội: Đẩy mạnh phát triển đoàn viên" in response.content.decode()
