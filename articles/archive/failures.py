"""Why a story, a file or a photo could not be brought in, in words the person
importing can act on.

An exception's own text is English and written for programmers: a database's
"value too long for type character varying(300)", urllib's "[Errno 111]", a
bug's ``KeyError: 'id'``. The import report names the kind of failure in
Vietnamese; the traceback goes to the log, where whoever fixes it will look.
"""

from __future__ import annotations

import errno
import logging
import urllib.error

from django.core.exceptions import ValidationError
from django.db import DatabaseError, DataError, IntegrityError, InterfaceError, OperationalError
from django.utils.translation import gettext as _


def failure_reason(exc: BaseException) -> str | None:
    """The failure in a few Vietnamese words; None for one nobody expected (a bug)."""
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)  # the models' validators already speak Vietnamese
    if isinstance(exc, DataError):
        return _("có trường dữ liệu quá dài hoặc sai kiểu")
    if isinstance(exc, IntegrityError):
        return _("dữ liệu trùng hoặc mâu thuẫn với dữ liệu đã có")
    if isinstance(exc, (OperationalError, InterfaceError)):
        return _("cơ sở dữ liệu không trả lời hoặc đang bận")
    if isinstance(exc, DatabaseError):
        return _("cơ sở dữ liệu từ chối thao tác")
    if isinstance(exc, OSError):
        return file_failure(exc)
    return None


def file_failure(exc: OSError) -> str:
    """A file that could not be read or written, in Vietnamese (``strerror`` is English)."""
    if exc.errno == errno.ENOSPC:
        return _("đĩa đầy")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("không có quyền truy cập tệp")
    if exc.errno == errno.ENOENT:
        return _("tệp không còn ở đó")
    if exc.errno == errno.EISDIR:
        return _("đây là thư mục, không phải tệp")
    return _("lỗi đọc hoặc ghi tệp")


def download_failure(exc: BaseException) -> str:
    """What went wrong fetching a photo, in Vietnamese: urllib's own words are
    English ("<urlopen error [Errno -2] Name or service not known>")."""
    if isinstance(exc, urllib.error.HTTPError):
        return _("máy chủ trả lời mã %(code)s") % {"code": exc.code}
    if isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError):
        return _("quá thời gian chờ")
    if isinstance(exc, OSError):  # URLError among them
        return _("không kết nối được tới máy chủ ảnh")
    if isinstance(exc, ValueError):  # urllib's "unknown url type", a bad port
        return _("địa chỉ ảnh không hợp lệ")
    return _("máy chủ ảnh trả lời không đúng chuẩn")  # http.client's IncompleteRead…


def explain(logger: logging.Logger, exc: BaseException, what: str, path: object) -> str:
    """Log ``exc`` (an error when it is a bug) and say in Vietnamese what went wrong."""
    reason = failure_reason(exc)
    level = logging.INFO if reason is not None else logging.ERROR
    logger.log(level, "%s failed for %s", what, path, exc_info=exc)
    return reason or _("lỗi ngoài dự kiến, chi tiết ở nhật ký máy chủ")
