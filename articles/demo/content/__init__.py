"""The demo's story seeds, one module per section (or part of a section).

Each module names its ``SECTION`` (a section slug), its ``SEEDS`` and, for
one module per section, the ``ENDINGS`` any story of that section may close
with. The order of ``MODULES`` fixes the numbering of the demo stories
("demo:1", "demo:2"…): add new modules at the end so existing stories keep
their keys.
"""

from __future__ import annotations

from types import ModuleType

from ..compose import Seed
from . import (
    cong_doan_1,
    cong_doan_2,
    cong_doan_3,
    hoat_dong_1,
    hoat_dong_2,
    hoat_dong_3,
    kinh_te_1,
    kinh_te_2,
    phap_luat_1,
    phap_luat_2,
    the_thao_1,
    the_thao_2,
    thoi_su_1,
    thoi_su_2,
    van_hoa_1,
    van_hoa_2,
    xa_hoi_1,
    xa_hoi_2,
)

MODULES: tuple[ModuleType, ...] = (
    cong_doan_1,
    cong_doan_2,
    cong_doan_3,
    hoat_dong_1,
    hoat_dong_2,
    hoat_dong_3,
    thoi_su_1,
    thoi_su_2,
    kinh_te_1,
    kinh_te_2,
    xa_hoi_1,
    xa_hoi_2,
    phap_luat_1,
    phap_luat_2,
    van_hoa_1,
    van_hoa_2,
    the_thao_1,
    the_thao_2,
)


def seeds() -> list[tuple[str, Seed]]:
    """Every (section slug, seed), in the fixed order that numbers the stories."""
    return [(module.SECTION, seed) for module in MODULES for seed in module.SEEDS]


def endings() -> dict[str, tuple[str, ...]]:
    """Closing paragraphs by section slug."""
    found: dict[str, tuple[str, ...]] = {}
    for module in MODULES:
        found[module.SECTION] = found.get(module.SECTION, ()) + getattr(module, "ENDINGS", ())
    return found
