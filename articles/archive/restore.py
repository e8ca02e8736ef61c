"""Import a JSON Lines export written by ``jsonl.export_jsonl``.

Everything happens in one transaction: a file that is cut short, points at a
record it does not contain, or carries a photo whose bytes do not match its
checksum is refused as a whole, with the line number, and no row and no file
of it stays behind. Rows are matched by their natural keys, so importing the
same file twice changes nothing the second time.

Rows are written as the file says, without the side effects of the models'
``save`` that would alter them (an article's version bump, ``auto_now``
times, filling a library caption from a body): that is what makes the
export/import/export round trip byte-identical. Article text is still cleaned
(``sanitize_html``, ``clean_line``), so a hand-edited file cannot store a script.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path, PurePosixPath
from uuid import UUID

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, models, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..images import is_picture
from ..models import Article, Image
from ..sanitize import sanitize_html
from ..text import clean_line
from .failures import file_failure
from .jsonl import FORMAT, USER_FIELDS, VERSION, ArchiveError, Stats, data_fields, files_folder
from .jsonl import kinds as record_kinds

ARTICLE_LINES = ("title", "lead", "cover_caption", "seo_title", "seo_description")
EXTRA_KEYS = {"type", "key", "sha256"}


def _load(f: models.Field, value):
    if value is None:
        return None
    if isinstance(f, models.DateTimeField):
        return datetime.fromisoformat(value)
    if isinstance(f, models.DateField):
        return date.fromisoformat(value)
    if isinstance(f, models.TimeField):
        return time.fromisoformat(value)
    if isinstance(f, models.DecimalField):
        return Decimal(value)
    if isinstance(f, models.UUIDField):
        return UUID(value)
    return value


class _Restorer:
    def __init__(self, path: Path):
        self.path, self.name = path, path.name
        self.folder = files_folder(path)
        self.stats = Stats()
        self.pks: dict[type[models.Model], dict] = {}
        self.renamed: dict[str, str] = {}
        self.written: list[str] = []
        self.media_url = settings.MEDIA_URL

    def error(self, line: int, text: str) -> ArchiveError:
        return ArchiveError(
            _("%(file)s, dòng %(line)s: %(text)s") % {"file": self.name, "line": line, "text": text}
        )

    def read(self) -> list[tuple[int, dict]]:
        try:
            text = self.path.read_bytes().decode("utf-8-sig")  # a BOM from a Windows editor
        except OSError as exc:
            raise ArchiveError(
                _("Không đọc được tệp %(file)s (%(error)s).")
                % {"file": self.name, "error": file_failure(exc)}
            ) from None
        except UnicodeDecodeError:
            raise ArchiveError(
                _("Tệp %(file)s không phải văn bản UTF-8.") % {"file": self.name}
            ) from None
        records = []
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:  # exc.msg is English: the column says where
                raise self.error(
                    number, _("JSON không hợp lệ (cột %(column)s).") % {"column": exc.colno}
                ) from None
            except RecursionError:
                raise self.error(number, _("JSON lồng nhau quá sâu.")) from None
            if not isinstance(record, dict) or not isinstance(record.get("type"), str):
                raise self.error(number, _("bản ghi phải là một đối tượng JSON có trường “type”."))
            records.append((number, record))
        if not records or records[0][1]["type"] != "meta":
            raise ArchiveError(
                _("%(file)s: thiếu dòng đầu “meta”, đây không phải tệp xuất.") % {"file": self.name}
            )
        meta = records[0][1]
        if meta.get("format") != FORMAT or not isinstance(meta.get("version"), int):
            raise ArchiveError(
                _("%(file)s: không phải tệp xuất của Newsroom.") % {"file": self.name}
            )
        if meta["version"] > VERSION:
            raise ArchiveError(
                _("%(file)s: phiên bản định dạng %(version)s mới hơn bản này.")
                % {"file": self.name, "version": meta["version"]}
            )
        found: dict[str, int] = {}
        for _number, record in records[1:]:
            found[record["type"]] = found.get(record["type"], 0) + 1
        counts = meta.get("counts") or {}
        if not isinstance(counts, dict):
            raise ArchiveError(
                _("%(file)s: “counts” của dòng “meta” phải là một đối tượng JSON.")
                % {"file": self.name}
            )
        for kind, expected in counts.items():
            if found.get(kind, 0) != expected:
                raise ArchiveError(
                    _(
                        "%(file)s: có %(found)s bản ghi “%(kind)s” thay vì %(expected)s: "
                        "tệp bị cắt cụt hoặc đã bị sửa."
                    )
                    % {
                        "file": self.name,
                        "found": found.get(kind, 0),
                        "kind": kind,
                        "expected": expected,
                    }
                )
        self.source_media_url = meta.get("media_url") or self.media_url
        return records[1:]

    # -- keys --------------------------------------------------------------
    def resolve(self, model: type[models.Model], key, line: int):
        known = self.pks.get(model)
        if known is None:
            return key  # no natural key registered: the file holds the raw value
        if isinstance(key, str) and key in known:
            return known[key]
        found = self.lookup(model, key) if isinstance(key, str) and "\x00" not in key else None
        if found is None:
            raise self.error(
                line,
                _("không tìm thấy %(model)s “%(key)s”.")
                % {"model": model._meta.verbose_name, "key": key},
            )
        known[key] = found.pk
        return found.pk

    def lookup(self, model: type[models.Model], key):
        if model is get_user_model():
            return model._default_manager.filter(**{model.USERNAME_FIELD: key}).first()
        if model is Image:
            if key.startswith("file:"):
                return Image.objects.filter(source_key__isnull=True, file=key[5:]).first()
            return Image.objects.filter(source_key=key).first()
        field = next(k.key_field for k in record_kinds() if k.model is model)
        return model._default_manager.filter(**{field: key}).first()

    # -- files ---------------------------------------------------------------
    def copy_in(self, name: str, checksum: str | None, line: int) -> str:
        if not name:
            return name
        pure = PurePosixPath(name)
        if pure.is_absolute() or ".." in pure.parts:
            raise self.error(line, _("đường dẫn tệp ảnh không hợp lệ: %(name)s.") % {"name": name})
        source = self.folder / pure
        if not source.is_file():
            if not default_storage.exists(name):
                self.stats.warnings.append(
                    _("dòng %(line)s: thiếu tệp ảnh %(name)s trong %(folder)s.")
                    % {"line": line, "name": name, "folder": self.folder}
                )
            return name
        data = source.read_bytes()
        if checksum and hashlib.sha256(data).hexdigest() != checksum:
            raise self.error(
                line, _("tệp ảnh %(name)s không khớp mã kiểm tra sha256.") % {"name": name}
            )
        if not is_picture(data):
            raise self.error(
                line,
                _("tệp %(name)s không phải ảnh (JPEG, PNG, WebP, GIF, AVIF).") % {"name": name},
            )
        if default_storage.exists(name):
            with default_storage.open(name, "rb") as stored:
                if stored.read() == data:
                    return name
        stored_name = default_storage.save(name, ContentFile(data))
        self.written.append(stored_name)
        self.stats.files += 1
        if stored_name != name:
            self.renamed[name] = stored_name
        return stored_name

    def fix_body(self, body: str) -> str:
        if self.source_media_url != self.media_url:
            body = body.replace(f'src="{self.source_media_url}', f'src="{self.media_url}')
        for old, new in self.renamed.items():
            body = body.replace(
                f'src="{default_storage.url(old)}"', f'src="{default_storage.url(new)}"'
            )
        return body

    # -- rows ----------------------------------------------------------------
    def apply(self, obj: models.Model, record: dict, line: int) -> None:
        for f in data_fields(type(obj)):
            if f.name not in record:
                continue
            value = record[f.name]
            if value is None and not f.null and not isinstance(f, models.FileField):
                raise self.error(
                    line, _("trường “%(field)s” không được để trống.") % {"field": f.name}
                )
            if f.is_relation:
                value = None if value is None else self.resolve(f.related_model, value, line)
                setattr(obj, f.attname, value)
            elif isinstance(f, models.FileField):
                if value is not None and (not isinstance(value, str) or "\x00" in value):
                    raise self.error(
                        line, _("giá trị không hợp lệ cho trường “%(field)s”.") % {"field": f.name}
                    )
                obj.__dict__[f.attname] = self.copy_in(value or "", record.get("sha256"), line)
            else:
                setattr(obj, f.attname, self.checked(f, value, line))

    def checked(self, f: models.Field, value, line: int):
        """``value`` as ``f`` holds it, refused with the field's name if no database
        column could: PostgreSQL rejects a NUL, a string longer than the column, an
        integer beyond its range; a type JSON allows but the field does not."""
        if value is None:
            return None
        if isinstance(f, models.CharField | models.TextField) and not isinstance(value, str):
            raise self.error(
                line, _("trường “%(field)s” phải là một chuỗi văn bản.") % {"field": f.name}
            )
        if isinstance(value, str) and "\x00" in value:
            raise self.error(line, _("trường “%(field)s” có ký tự null.") % {"field": f.name})
        default = f.get_default() if isinstance(f, models.JSONField) else None
        if isinstance(default, dict) and not isinstance(value, dict):
            raise self.error(
                line, _("trường “%(field)s” phải là một đối tượng JSON.") % {"field": f.name}
            )
        try:
            loaded = f.to_python(_load(f, value))
            f.run_validators(loaded)
            if f.choices and loaded not in dict(f.flatchoices):
                raise ValidationError(f.error_messages["invalid_choice"] % {"value": loaded})
        except ValidationError as exc:
            reason = " ".join(exc.messages).rstrip(".") + "."
            raise self.error(
                line,
                _("giá trị không hợp lệ cho trường “%(field)s”: %(reason)s")
                % {"field": f.name, "reason": reason},
            ) from None
        except (TypeError, ValueError, OverflowError):
            raise self.error(
                line, _("giá trị không hợp lệ cho trường “%(field)s”.") % {"field": f.name}
            ) from None
        return loaded

    def save(self, obj: models.Model, record: dict) -> None:
        if isinstance(obj, Article):
            for name in ARTICLE_LINES:
                setattr(obj, name, clean_line(getattr(obj, name)))
            obj.body = sanitize_html(self.fix_body(obj.body))
            models.Model.save(obj)  # no version bump, no library side effects
        else:
            obj.save()
        fixed = {
            f.attname: _load(f, record[f.name])
            for f in data_fields(type(obj))
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
            if f.name in record
        }
        if fixed:
            type(obj)._default_manager.filter(pk=obj.pk).update(**fixed)

    def restore(self, kind, record: dict, line: int) -> None:
        model = kind.model
        unknown = set(record) - EXTRA_KEYS - {f.name for f in data_fields(model)}
        if unknown:
            self.stats.warnings.append(
                _("dòng %(line)s: bỏ qua trường lạ %(fields)s.")
                % {"line": line, "fields": ", ".join(sorted(unknown))}
            )
        if kind.key_field:
            key = record.get("key") if model is Image else record.get(kind.key_field)
            if not isinstance(key, str) or not key:
                raise self.error(line, _("thiếu khoá “%(key)s”.") % {"key": kind.key_field})
            if "\x00" in key:
                raise self.error(line, _("khoá “%(key)s” có ký tự null.") % {"key": kind.key_field})
            obj = self.lookup(model, key) or model()
            self.apply(obj, record, line)
            self.save(obj, record)
            self.pks.setdefault(model, {})[key] = obj.pk
        else:
            fresh = model()
            self.apply(fresh, record, line)
            unique = model._meta.unique_together
            names = unique[0] if unique else [f.name for f in data_fields(model)]
            lookup = {
                model._meta.get_field(n).attname: getattr(fresh, model._meta.get_field(n).attname)
                for n in names
            }
            obj = model._default_manager.filter(**lookup).first()
            if obj is not None:
                self.apply(obj, record, line)
            self.save(obj or fresh, record)
        self.stats.counts[kind.type] = self.stats.counts.get(kind.type, 0) + 1

    def restore_user(self, record: dict, line: int) -> None:
        user_model = get_user_model()
        username = record.get("username")
        if not isinstance(username, str) or not username:
            raise self.error(line, _("tài khoản thiếu “username”."))
        values = {
            name: self.checked(user_model._meta.get_field(name), record.get(name) or "", line)
            for name in USER_FIELDS
        }
        user = user_model._default_manager.filter(**{user_model.USERNAME_FIELD: username}).first()
        if user is None:
            user = user_model(**values)
            user.set_unusable_password()  # accounts travel without passwords or rights
            user.save()
        self.pks.setdefault(user_model, {})[username] = user.pk
        self.stats.counts["user"] = self.stats.counts.get("user", 0) + 1

    @contextlib.contextmanager
    def refused_by_database(self, line: int):
        """What ``checked`` cannot see (a unique value another row holds) as the
        line's error; the whole import is rolled back by the caller's transaction."""
        try:
            yield
        except DatabaseError:
            raise self.error(
                line,
                _(
                    "cơ sở dữ liệu không nhận bản ghi này (trùng giá trị duy nhất "
                    "với một bản ghi khác, hoặc giá trị vượt giới hạn)."
                ),
            ) from None

    def run(self) -> Stats:
        records = self.read()
        by_type: dict[str, list[tuple[int, dict]]] = {}
        for line, record in records:
            by_type.setdefault(record["type"], []).append((line, record))
        known_types = {"user"} | {k.type for k in record_kinds()}
        for kind_name in sorted(set(by_type) - known_types):
            count = len(by_type[kind_name])
            self.stats.warnings.append(
                ngettext(
                    "bỏ qua %(count)s bản ghi loại “%(kind)s”.",
                    "bỏ qua %(count)s bản ghi loại “%(kind)s”.",
                    count,
                )
                % {"count": count, "kind": kind_name}
            )
        self.pks = {k.model: {} for k in record_kinds() if k.key_field}
        self.pks[get_user_model()] = {}
        try:
            with transaction.atomic():
                for line, record in by_type.get("user", []):
                    with self.refused_by_database(line):
                        self.restore_user(record, line)
                for kind in record_kinds():
                    pending = by_type.get(kind.type, [])
                    if kind.type == "section":  # parents first, whatever the file's order
                        pending = sorted(
                            pending, key=lambda item: item[1].get("parent") is not None
                        )
                    for line, record in pending:
                        with self.refused_by_database(line):
                            self.restore(kind, record, line)
        except BaseException:
            for name in self.written:
                with contextlib.suppress(OSError):
                    default_storage.delete(name)
            raise
        return self.stats


def import_jsonl(path: Path) -> Stats:
    """Import an export file (and its ``.files`` folder) in one transaction."""
    return _Restorer(path).run()
