"""The fictional world of the demo: people, companies, schools and places.

Place names are real parts of Hà Nội; every person, company and figure is
made up (the site footer says so). Stories refer to these objects through
``str.format`` fields such as ``{a.Ong} {a.name}`` or ``{cty.full}``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Areas of Hà Nội, named without an administrative tier so the text stays
# true whatever the tier is called this year. ``inner`` areas are urban.
AREAS: dict[str, bool] = {
    "Đống Đa": True,
    "Cầu Giấy": True,
    "Hoàng Mai": True,
    "Long Biên": True,
    "Thanh Xuân": True,
    "Hà Đông": True,
    "Tây Hồ": True,
    "Hai Bà Trưng": True,
    "Sóc Sơn": False,
    "Đông Anh": False,
    "Gia Lâm": False,
    "Chương Mỹ": False,
    "Mỹ Đức": False,
    "Thường Tín": False,
    "Ba Vì": False,
    "Mê Linh": False,
    "Thạch Thất": False,
    "Thanh Oai": False,
    "Phú Xuyên": False,
    "Ứng Hòa": False,
    "Sơn Tây": False,
}

# Which side of the city each outer area lies on ("cửa ngõ phía Tây").
SIDES: dict[str, str] = {
    "Sóc Sơn": "phía Bắc",
    "Đông Anh": "phía Bắc",
    "Mê Linh": "phía Bắc",
    "Gia Lâm": "phía Đông",
    "Chương Mỹ": "phía Tây",
    "Ba Vì": "phía Tây",
    "Thạch Thất": "phía Tây",
    "Sơn Tây": "phía Tây",
    "Mỹ Đức": "phía Nam",
    "Thường Tín": "phía Nam",
    "Thanh Oai": "phía Nam",
    "Phú Xuyên": "phía Nam",
    "Ứng Hòa": "phía Nam",
}

# Home provinces of migrant workers.
PROVINCES = (
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Ninh Bình",
    "Hưng Yên",
    "Phú Thọ",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Sơn La",
    "Lạng Sơn",
    "Cao Bằng",
    "Bắc Ninh",
    "Điện Biên",
)


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FAMILY = _names(
    "Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Vũ Vũ Đỗ Bùi Đặng Ngô "
    "Dương Đinh Phan Trịnh Đào Mai Tạ Lưu Chu Kiều Khuất Nghiêm Lại"
)
_MALE_MIDDLE = _names("Văn Văn Đức Minh Quang Hữu Mạnh Xuân Tiến Thanh Công Trung Duy Ngọc")
_MALE_GIVEN = _names(
    "Hùng Dũng Tuấn Thắng Cường Hải Long Nam Sơn Hưng Phong Khánh Lâm Quân Tùng Toàn "
    "Đạt Huy Bình Vinh Hòa Thành Kiên Nghĩa Hiếu Tâm Lực Quyết"
)
_FEMALE_MIDDLE = _names("Thị Thị Thị Thu Thanh Ngọc Minh Hồng Phương Thùy Kim Bích Lan Hải")
_FEMALE_GIVEN = _names(
    "Hương Lan Hà Hằng Mai Nga Thủy Hạnh Yến Huyền Loan Trang Ngân Dung Thảo Linh "
    "Oanh Nhung Phượng Quỳnh Hiền Vân Thoa Liên Nhàn"
)


@dataclass(frozen=True)
class Person:
    """A fictional person, with the words Vietnamese uses to address them."""

    name: str
    female: bool
    tuoi: int

    @property
    def ten(self) -> str:
        """The given name: "Nguyễn Thị Hằng" -> "Hằng"."""
        return self.name.rsplit(" ", 1)[-1]

    @property
    def ong(self) -> str:
        return "bà" if self.female else "ông"

    @property
    def Ong(self) -> str:  # capitalised, for the start of a sentence
        return self.ong.capitalize()

    @property
    def anh(self) -> str:
        return "chị" if self.female else "anh"

    @property
    def Anh(self) -> str:
        return self.anh.capitalize()

    @property
    def tat(self) -> str:
        """Initials, as the press names a patient: "Nguyễn Văn Hùng" -> "N.V.H."."""
        return "".join(part[0] + "." for part in self.name.split(" "))

    @property
    def viettat(self) -> str:
        """The press's way to name a suspect: "Trần Văn Hùng" -> "Trần Văn H."."""
        *rest, given = self.name.split(" ")
        return " ".join(rest) + f" {given[0]}."


def make_person(rng: random.Random, taken: set[str], female: bool | None = None) -> Person:
    """A person whose name is not in ``taken`` (and is then added to it)."""
    while True:
        is_female = rng.random() < 0.5 if female is None else female
        middles, givens = (
            (_FEMALE_MIDDLE, _FEMALE_GIVEN) if is_female else (_MALE_MIDDLE, _MALE_GIVEN)
        )
        middle, given = rng.choice(middles), rng.choice(givens)
        if middle == given:
            continue
        name = f"{rng.choice(_FAMILY)} {middle} {given}"
        if name not in taken:
            taken.add(name)
            return Person(name, is_female, rng.randint(24, 52))


@dataclass(frozen=True)
class Company:
    """A fictional employer. ``noi`` is its place in brackets, as the press
    writes it after the name: "(Khu công nghiệp Thăng Long, Đông Anh)"."""

    full: str
    short: str
    nganh: str
    san_pham: str
    area: str
    zone: str
    lao_dong: str

    @property
    def name(self) -> str:
        """The short form used after the first mention: "Công ty Minh Quang"."""
        return f"Công ty {self.short}"

    @property
    def noi(self) -> str:
        return f"({self.zone}, {self.area})" if self.zone else f"({self.area})"


COMPANIES = (
    Company(
        "Công ty TNHH Điện tử Minh Quang",
        "Minh Quang",
        "điện tử",
        "linh kiện điện tử",
        "Đông Anh",
        "Khu công nghiệp Thăng Long",
        "2.400",
    ),
    Company(
        "Công ty CP May xuất khẩu Phú Nghĩa Việt",
        "Phú Nghĩa Việt",
        "may mặc",
        "hàng may mặc xuất khẩu",
        "Chương Mỹ",
        "Khu công nghiệp Phú Nghĩa",
        "1.650",
    ),
    Company(
        "Công ty TNHH Cơ khí chính xác Tân Hưng",
        "Tân Hưng",
        "cơ khí",
        "phụ tùng xe máy",
        "Sóc Sơn",
        "Khu công nghiệp Nội Bài",
        "870",
    ),
    Company(
        "Công ty CP Thực phẩm Đồng Xanh",
        "Đồng Xanh",
        "chế biến thực phẩm",
        "thực phẩm đóng gói",
        "Thường Tín",
        "Cụm công nghiệp Hà Bình Phương",
        "520",
    ),
    Company(
        "Công ty TNHH Bao bì Thành Công Hà Nội",
        "Thành Công",
        "bao bì",
        "bao bì carton",
        "Long Biên",
        "Khu công nghiệp Sài Đồng B",
        "410",
    ),
    Company(
        "Công ty CP Dược phẩm Ánh Dương",
        "Ánh Dương",
        "dược phẩm",
        "thuốc viên và thực phẩm chức năng",
        "Hoàng Mai",
        "",
        "360",
    ),
    Company(
        "Công ty TNHH Linh kiện ô tô Việt Tiến",
        "Việt Tiến",
        "phụ tùng ô tô",
        "dây dẫn điện ô tô",
        "Mê Linh",
        "Khu công nghiệp Quang Minh",
        "1.900",
    ),
    Company(
        "Công ty TNHH Giày da Ngọc Khánh",
        "Ngọc Khánh",
        "da giày",
        "giày thể thao xuất khẩu",
        "Thạch Thất",
        "Khu công nghiệp Thạch Thất - Quốc Oai",
        "2.100",
    ),
    Company(
        "Công ty CP Nhựa Đông Phong",
        "Đông Phong",
        "nhựa",
        "ống nhựa và đồ gia dụng",
        "Đông Anh",
        "",
        "640",
    ),
    Company(
        "Công ty TNHH Điện lạnh Hưng Thịnh",
        "Hưng Thịnh",
        "điện lạnh",
        "máy điều hòa và tủ mát",
        "Sóc Sơn",
        "Khu công nghiệp Nội Bài",
        "980",
    ),
    Company(
        "Công ty TNHH Dệt kim Phương Nam",
        "Phương Nam",
        "dệt may",
        "vải dệt kim",
        "Thường Tín",
        "",
        "730",
    ),
    Company(
        "Công ty CP Nông sản Ba Vì Xanh",
        "Ba Vì Xanh",
        "chế biến nông sản",
        "sữa và chè đóng gói",
        "Ba Vì",
        "",
        "340",
    ),
    Company(
        "Công ty TNHH Đồ gỗ Chúc Sơn",
        "Chúc Sơn",
        "đồ gỗ",
        "đồ gỗ nội thất",
        "Chương Mỹ",
        "",
        "450",
    ),
)


@dataclass(frozen=True)
class Place:
    """A named place inside an area: a school, a hospital, a street, a market."""

    name: str
    area: str


SCHOOLS = (
    Place("Trường Tiểu học Kim Chung", "Đông Anh"),
    Place("Trường THCS Phù Lỗ", "Sóc Sơn"),
    Place("Trường THCS Đại Kim", "Hoàng Mai"),
    Place("Trường Tiểu học Ngọc Thụy", "Long Biên"),
    Place("Trường THPT Chúc Động", "Chương Mỹ"),
    Place("Trường Mầm non Hoa Sen", "Cầu Giấy"),
    Place("Trường THCS Văn Chương", "Đống Đa"),
    Place("Trường Tiểu học Hương Sơn", "Mỹ Đức"),
    Place("Trường THCS Dương Xá", "Gia Lâm"),
    Place("Trường Tiểu học Tản Lĩnh", "Ba Vì"),
    Place("Trường THPT Nguyễn Trãi", "Thường Tín"),
    Place("Trường Mầm non Sơn Ca", "Thanh Xuân"),
)

HOSPITALS = (
    Place("Bệnh viện Đa khoa Đông Anh", "Đông Anh"),
    Place("Bệnh viện Đa khoa Sóc Sơn", "Sóc Sơn"),
    Place("Bệnh viện Đa khoa Đức Giang", "Long Biên"),
    Place("Bệnh viện Đa khoa Hà Đông", "Hà Đông"),
    Place("Bệnh viện Thanh Nhàn", "Hai Bà Trưng"),
    Place("Bệnh viện Đa khoa Chương Mỹ", "Chương Mỹ"),
    Place("Bệnh viện Đa khoa Ba Vì", "Ba Vì"),
    Place("Bệnh viện Đa khoa Thường Tín", "Thường Tín"),
)

STREETS = (
    Place("đường Võ Chí Công", "Tây Hồ"),
    Place("phố Tam Trinh", "Hoàng Mai"),
    Place("đường Nguyễn Văn Cừ", "Long Biên"),
    Place("đường Trường Chinh", "Đống Đa"),
    Place("đường Phạm Văn Đồng", "Cầu Giấy"),
    Place("đường Nguyễn Trãi", "Thanh Xuân"),
    Place("đường Ngọc Hồi", "Thường Tín"),
    Place("Quốc lộ 3", "Sóc Sơn"),
    Place("đường Võ Nguyên Giáp", "Đông Anh"),
    Place("Quốc lộ 6", "Chương Mỹ"),
    Place("phố Minh Khai", "Hai Bà Trưng"),
    Place("đường Quang Trung", "Hà Đông"),
    Place("Quốc lộ 32", "Sơn Tây"),
)

MARKETS = (
    Place("chợ Long Biên", "Long Biên"),
    Place("chợ Đồng Xa", "Cầu Giấy"),
    Place("chợ Hà Đông", "Hà Đông"),
    Place("chợ Phù Lỗ", "Sóc Sơn"),
    Place("chợ Vân Đình", "Ứng Hòa"),
    Place("chợ Mai Động", "Hoàng Mai"),
    Place("chợ Sơn Tây", "Sơn Tây"),
    Place("chợ Tó", "Đông Anh"),
)

# Craft villages and their craft, for culture and economy stories.
VILLAGES = (
    Place("làng gốm Bát Tràng", "Gia Lâm"),
    Place("làng mây tre đan Phú Vinh", "Chương Mỹ"),
    Place("làng lụa Vạn Phúc", "Hà Đông"),
    Place("làng sơn mài Hạ Thái", "Thường Tín"),
    Place("làng khảm trai Chuyên Mỹ", "Phú Xuyên"),
    Place("làng nón Chuông", "Thanh Oai"),
    Place("làng cổ Đường Lâm", "Sơn Tây"),
)
