"""File storage whose files appear whole or not at all.

Django's FileSystemStorage streams an upload straight into its final name,
so a crash, a full disk or a dropped connection half-way leaves a truncated
photo that nginx then serves to readers (and a reader requesting it during
the write gets half a JPEG). Here the bytes go to a hidden temporary file in
the same folder, are flushed to disk, and only then get their real name with
a hard link (atomic, and it never replaces an existing file, so two uploads
racing for one name still get two names).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import Any

from django.core.files.storage import FileSystemStorage


class AtomicFileSystemStorage(FileSystemStorage):
    """FileSystemStorage that writes to a temporary file and links it into place."""

    def _save(self, name: str, content: Any) -> str:
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        os.makedirs(directory, exist_ok=True)
        fd, temp_path = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=directory)
        try:
            with os.fdopen(fd, "wb") as out:
                # File.chunks() starts from the beginning of the file.
                for chunk in content.chunks():
                    out.write(chunk if isinstance(chunk, bytes) else chunk.encode())
                out.flush()
                os.fsync(out.fileno())
            mode = self.file_permissions_mode if self.file_permissions_mode is not None else 0o644
            os.chmod(temp_path, mode)
            while True:
                try:
                    if self._allow_overwrite:
                        os.replace(temp_path, full_path)
                    else:
                        os.link(temp_path, full_path)
                except FileExistsError:
                    name = self.get_available_name(name)
                    full_path = self.path(name)
                else:
                    break
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_path)
        self._ensure_location_group_id(full_path)
        return os.path.relpath(full_path, self.location).replace("\\", "/")
