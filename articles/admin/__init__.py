"""The journalists' and editors' admin, in Vietnamese.

- article.py: the story desk (ArticleAdmin), where the workflow is enforced;
- desk_views.py: history, diff, restore, preview links and who-is-editing;
- forms.py: the story form (tags, workflow, optimistic lock);
- library.py: photos, sections, bylines and the curated blocks;
- accounts.py: Django's user admin, with the English it hard-codes replaced.
"""

from .accounts import AccountAdmin
from .article import ArticleAdmin, status_badge
from .forms import ArticleForm, TagListField, TagListWidget, split_tags
from .library import AuthorAdmin, BlockAdmin, ImageAdmin, SectionAdmin

__all__ = [
    "AccountAdmin",
    "ArticleAdmin",
    "ArticleForm",
    "AuthorAdmin",
    "BlockAdmin",
    "ImageAdmin",
    "SectionAdmin",
    "TagListField",
    "TagListWidget",
    "split_tags",
    "status_badge",
]
