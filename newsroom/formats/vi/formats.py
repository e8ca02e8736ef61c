"""How Vietnamese write dates, for the forms that read them.

Django's ``vi`` locale sets no input formats, so its defaults apply, and they
read "05/12/2026" month first: 12 May. A journalist means 5 December, and a
story embargoed until then went live at once. Here day/month/year comes
first, the calendar widget writes it (it uses the first format), and the
unambiguous ISO form is still accepted. Month-first forms are not.
Display formats are left to Django's ``vi`` locale (FORMAT_MODULE_PATH only
overrides what it names).
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 05/12/2026
    "%d-%m-%Y",  # 05-12-2026
    "%d.%m.%Y",  # 05.12.2026
    "%Y-%m-%d",  # 2026-12-05
]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%H:%M:%S.%f", "%Hh%M", "%Hh"]
DATETIME_INPUT_FORMATS = [
    f"{day} {time}" for day in DATE_INPUT_FORMATS for time in ("%H:%M", "%H:%M:%S", "%H:%M:%S.%f")
] + DATE_INPUT_FORMATS
FIRST_DAY_OF_WEEK = 1  # Monday
