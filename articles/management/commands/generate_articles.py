"""``manage.py generate_articles N [--seed 1]``: N synthetic stories, fast.

For benchmarks only (bench/related_scale.py): Vietnamese-looking text built
from a small list of syllables, grouped into topics so that the related
engine has real structure to find, spread over five years and written in
that order, in sections with children, with a few tags each. Rows are
written with bulk_create, so no signal runs: rebuild the index afterwards
(``rebuild_related``).
"""

from __future__ import annotations

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy, ngettext
from tqdm import tqdm

from articles.models import Article, Section, Tag, TaggedArticle
from articles.querysets import Status

from . import TranslatedCommand

_SYLLABLE_TEXT = (
    "an anh ba bác bản bảo bình bộ cao các cải cán cảnh cấp chất chế chi chính chủ chức "
    "chương công cơ cử dân dịch diễn doanh dục dụng dự đại đào đạo đầu đất đề điểm điện "
    "định đoàn đô đội đồng động đơn đường gia giá giải giáo giao hàng hành hạ hải hiện hóa "
    "học hội hợp khách khai khoa khu kiểm kinh kỹ lao lãnh lập liên lĩnh luật lực lượng "
    "lý mạng máy mới mục năng nghệ nghị nghiệp ngân người nhà nhân nhập nội nông nước "
    "pháp phát phần phí phòng phố phụ quan quản quân quốc quy sách sản sinh sở sức tác "
    "tài tâm tạo tế thanh thành thông thị thể thi thống thuế thuật thực thương tiền tiến "
    "tin tình toàn tổ tổng trạng trình trọng trung trường tuyển văn vận viên việc vốn xã "
    "xây xuất y bóng bệnh viện thuốc sân mưa bão lũ rừng biển cảng tàu xe ga cầu"  # i18n: data
)
_COMMON_TEXT = (
    "của và là có được cho với các những trong đã này một không người năm khi từ"  # i18n: data
)
SYLLABLES = _SYLLABLE_TEXT.split()
COMMON = _COMMON_TEXT.split()
N_TOPICS = 40


def _vocabulary(rng: random.Random):
    topics = []
    for _ in range(N_TOPICS):
        words = [" ".join(rng.sample(SYLLABLES, 2)) for _ in range(40)]
        tags = [" ".join(rng.sample(SYLLABLES, 2)).capitalize() for _ in range(6)]
        topics.append((words, tags))
    return topics


def _sentence(rng: random.Random, words: list[str], n: int) -> str:
    picks = [rng.choice(words) if rng.random() < 0.6 else rng.choice(COMMON) for _ in range(n)]
    return " ".join(picks).capitalize() + "."


class Command(TranslatedCommand):
    help = gettext_lazy("Tạo nhanh N bài viết giả lập (chỉ dùng cho đo hiệu năng).")

    def add_arguments(self, parser) -> None:
        parser.add_argument("n", type=int)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, n: int, seed: int, batch_size: int, **options) -> None:
        rng = random.Random(seed)
        topics = _vocabulary(rng)
        sections = self._sections()
        tags = {
            name: Tag.objects.get_or_create(name=name)[0] for _, names in topics for name in names
        }
        now = timezone.now()
        # Written oldest first, as a newsroom writes its archive: rows then
        # lie in the table in publication order, which is what the reader
        # pages' newest-first index walks meet in a real database.
        minutes_ago = sorted((rng.randrange(5 * 365 * 24 * 60) for _ in range(n)), reverse=True)
        first = (Article.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
        made = 0
        with tqdm(total=n, desc=gettext("Tạo bài"), unit=gettext("bài")) as bar:
            while made < n:
                size = min(batch_size, n - made)
                batch, batch_tags = [], []
                for k in range(size):
                    t = rng.randrange(N_TOPICS)
                    words, topic_tags = topics[t]
                    roll = rng.random()
                    status, when = Status.PUBLISHED, now - timedelta(minutes=minutes_ago[made + k])
                    if roll < 0.02:
                        status = Status.DRAFT
                    elif roll < 0.03:
                        when = now + timedelta(hours=rng.randrange(1, 72))
                    body = "".join(
                        "<p>"
                        + " ".join(_sentence(rng, words, rng.randint(12, 25)) for _ in range(3))
                        + "</p>"
                        for _ in range(rng.randint(2, 4))
                    )
                    number = first + made + k
                    batch.append(
                        Article(
                            title=_sentence(rng, words, rng.randint(8, 14))[:-1],
                            slug=f"tin-gia-lap-{number}",
                            lead=_sentence(rng, words, rng.randint(18, 30)),
                            body=body,
                            section=sections[t % len(sections)],
                            status=status,
                            published_at=when,
                        )
                    )
                    batch_tags.append(rng.sample(topic_tags, rng.randint(0, 3)))
                with transaction.atomic():
                    created = Article.objects.bulk_create(batch)
                    TaggedArticle.objects.bulk_create(
                        [
                            TaggedArticle(content_object_id=a.pk, tag_id=tags[name].pk)
                            for a, names in zip(created, batch_tags, strict=True)
                            for name in names
                        ]
                    )
                made += size
                bar.update(size)
        self.stdout.write(
            ngettext("Đã tạo %(count)s bài.", "Đã tạo %(count)s bài.", made) % {"count": made}
        )

    def _sections(self) -> list[Section]:
        sections = []
        for i in range(8):
            parent, _ = Section.objects.get_or_create(
                slug=f"gia-lap-{i}",
                defaults={"name": f"Chuyên mục {i}", "position": i},  # i18n: data
            )
            sections.append(parent)
            for j in range(2):
                child, _ = Section.objects.get_or_create(
                    slug=f"gia-lap-{i}-{j}",
                    defaults={
                        "name": f"Mục con {i}.{j}",  # i18n: data
                        "parent": parent,
                        "position": j,
                    },
                )
                sections.append(child)
        return sections
