"""Atomic file writes: a crash never leaves half a file, and the old file stays whole.

Temp file in the same folder, flush + fsync, `os.replace`, then fsync the folder (POSIX).
On Windows the replace fails while Word, OneDrive or a virus scanner holds the target:
retry briefly, then let the caller tell the user to close the file.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def atomic_write(path: Path, data: bytes, *, tries: int = 20, delay: float = 0.1) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:  # replacing a file keeps its permissions; a new one stays private (0600)
            os.chmod(tmp, os.stat(path).st_mode & 0o777)
        except OSError:
            pass
        for attempt in range(tries):
            try:
                os.replace(tmp, path)
                break
            except PermissionError:
                if attempt == tries - 1:
                    raise
                time.sleep(delay)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if os.name == "posix":  # make the rename itself durable
        try:
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError:
            pass
