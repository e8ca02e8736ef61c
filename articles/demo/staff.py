"""The demo newsroom's people: bylines, and the accounts that log in."""

from __future__ import annotations

from dataclasses import dataclass

from ..roles import EDITOR, JOURNALIST

TEAM = "Nhóm phóng viên"


@dataclass(frozen=True)
class Reporter:
    name: str
    bio: str
    beats: tuple[str, ...]  # section slugs this reporter usually covers
    username: str = ""  # the staff account linked to this byline, if any


REPORTERS = (
    Reporter(
        "Thùy Linh",
        "Phóng viên mảng công đoàn và quan hệ lao động, theo dõi các khu công nghiệp phía Bắc "
        "Hà Nội.",
        ("cong-doan", "hoat-dong"),
        username="phongvien",
    ),
    Reporter(
        "Nguyễn Thanh Hải",
        "Biên tập viên ban Công đoàn, nhiều năm viết về chính sách tiền lương và bảo hiểm xã hội.",
        ("cong-doan", "kinh-te"),
        username="bientap",
    ),
    Reporter(
        "Phương Ngân",
        "Phóng viên hoạt động công đoàn cơ sở, phong trào công nhân viên chức lao động.",
        ("hoat-dong", "xa-hoi"),
    ),
    Reporter(
        "Trần Đức Thắng",
        "Phóng viên thời sự đô thị, giao thông và quy hoạch Thủ đô.",
        ("thoi-su", "phap-luat"),
    ),
    Reporter(
        "Minh Anh",
        "Phóng viên ảnh kiêm phóng viên hiện trường.",
        ("hoat-dong", "the-thao", "van-hoa"),
    ),
    Reporter(
        "Lan Phương",
        "Phóng viên kinh tế: thị trường, doanh nghiệp, giá cả.",
        ("kinh-te", "xa-hoi"),
    ),
    Reporter(
        "Hoàng Nam",
        "Phóng viên pháp luật và bạn đọc.",
        ("phap-luat", "thoi-su"),
    ),
    Reporter(
        "Bảo Châu",
        "Phóng viên văn hóa, giải trí và đời sống.",
        ("van-hoa", "xa-hoi"),
    ),
    Reporter(
        "Đặng Quốc Khánh",
        "Phóng viên thể thao, theo dõi phong trào thể thao công nhân viên chức lao động.",
        ("the-thao", "hoat-dong"),
    ),
)

# Credits under the photos: the paper's photographers and reporters.
PHOTO_CREDITS = (
    "Ảnh: Minh Anh",
    "Ảnh: Thùy Linh",
    "Ảnh: Phương Ngân",
    "Ảnh: Hoàng Nam",
    "Ảnh: Bảo Châu",
    "Ảnh: Đặng Quốc Khánh",
)


@dataclass(frozen=True)
class Account:
    username: str
    password: str
    first_name: str
    last_name: str
    group: str  # a role of articles/roles.py; "" for the superuser
    role: str  # how the end-of-run message names the account


ACCOUNTS = (
    Account("admin", "admin-newsroom", "Quản trị", "", "", "Đăng nhập quản trị"),
    Account("bientap", "bientap-newsroom", "Hải", "Nguyễn Thanh", EDITOR, "Biên tập viên"),
    Account("phongvien", "phongvien-newsroom", "Linh", "Thùy", JOURNALIST, "Phóng viên"),
)
