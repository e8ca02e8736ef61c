from django.urls import path, re_path

from . import feeds, preview, readership, sitemaps, uploads, views
from .cache import reader_page

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("admin-upload/anh/", uploads.editor_image_upload, name="editor_image_upload"),
    path("tag/<slug:slug>/", views.tag_page, name="tag"),
    path("tac-gia/<slug:slug>/", views.author_page, name="author"),
    path("tim-kiem/", views.search_page, name="search"),
    # Reads, counted by a beacon because story pages are cached (articles/readership.py).
    path("luot-doc/", readership.read_beacon, name="read_beacon"),
    # Signed draft previews: never cached, never indexed (articles/preview.py).
    path("xem-truoc/<str:token>/", preview.preview_page, name="preview"),
    # Feeds, sitemaps and robots.txt: before the catch-all section patterns.
    path("rss/", reader_page(feeds.ArticleFeed()), name="feed"),
    path("rss/<slug:slug>.rss", reader_page(feeds.SectionFeed()), name="section_feed"),
    path("sitemap.xml", reader_page(sitemaps.sitemap_index), name="sitemap_index"),
    path("sitemap-news.xml", reader_page(sitemaps.news_sitemap), name="sitemap_news"),
    re_path(
        r"^sitemap-(?P<section>[a-z0-9-]+)\.xml$",
        reader_page(sitemaps.sitemap_section),
        name="sitemap",
    ),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    re_path(
        r"^(?P<slug>[a-z0-9-]*)-(?P<pk>[0-9]{1,12})\.html$", views.article_page, name="article"
    ),
    path("<slug:slug>/", views.section_page, name="section"),
    path("<slug:slug>/<slug:child>/", views.section_page, name="subsection"),
]
