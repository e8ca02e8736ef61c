"""The content model: sections, bylines, the photo library, articles and curation.

Every element of a story page has a home here: the title, the bold lead, the
body with captioned photos, the section (and its parent), the byline, the
cover photo and its caption, the editor-picked headlines above the lead,
pinned and excluded related stories, and the site-wide "Nên xem" block.

Django loads an app's models from ``articles.models``; they are kept in
modules by concern and all named here:

* ``content``: the story and what it is made of (sections, authors, photos, tags);
* ``curation``: editors' links between stories and the curated blocks;
* ``related``: the related-article engine's index and precomputed results;
* ``activity``: reads per hour and the audit trail of editorial decisions.
"""

from .activity import ArticleEvent, ArticleReads, EventAction
from .content import (
    RESERVED_SLUGS,
    Article,
    ArticleAuthor,
    Author,
    Image,
    Section,
    Tag,
    TaggedArticle,
    new_preview_key,
    unique_slug,
)
from .curation import (
    ArticleLink,
    Block,
    BlockItem,
    ExcludedRelated,
    LinkKind,
    PinnedRelated,
    TopHeadline,
)
from .curation import _FixedKind as _FixedKind  # migration 0001 names it here
from .related import RelatedDoc, RelatedPosting, RelatedResult, RelatedState, RelatedTerm

__all__ = [
    "RESERVED_SLUGS",
    "Article",
    "ArticleAuthor",
    "ArticleEvent",
    "ArticleLink",
    "ArticleReads",
    "Author",
    "Block",
    "BlockItem",
    "EventAction",
    "ExcludedRelated",
    "Image",
    "LinkKind",
    "PinnedRelated",
    "RelatedDoc",
    "RelatedPosting",
    "RelatedResult",
    "RelatedState",
    "RelatedTerm",
    "Section",
    "Tag",
    "TaggedArticle",
    "TopHeadline",
    "new_preview_key",
    "unique_slug",
]
