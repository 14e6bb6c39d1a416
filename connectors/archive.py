"""Limits on zip members read from the referential exports (ROME CSV zip, RNCP XML and CSV zips).

A zip states each member's size; Python's ``zipfile`` never inflates more than that size, so checking the
stated size and its ratio to the compressed size before reading is enough to refuse a zip bomb. The limits
are far above the real exports (ROME 4.0 open data: members of a few tens of MB; RNCP XML v4.1: about 1 GB
inflated, 10 to 20 times its compressed size).
"""

from __future__ import annotations

import zipfile

from ecarts.exceptions import FormatError

__all__ = ["MAX_MEMBER_BYTES", "MAX_RATIO", "check_member"]

MAX_MEMBER_BYTES = 4 * 1024**3  # 4 GiB inflated, for one member
MAX_RATIO = 200  # inflated size / compressed size


def check_member(info: zipfile.ZipInfo, archive_name: str) -> zipfile.ZipInfo:
    """``info`` if its member may be read; a :class:`FormatError` naming the archive and the member if not."""
    where = f"{archive_name} : membre « {info.filename} »"
    if info.file_size > MAX_MEMBER_BYTES:
        raise FormatError(
            f"{where} : {info.file_size / 1024**3:.1f} Gio une fois décompressé, au-delà de la "
            f"limite de {MAX_MEMBER_BYTES // 1024**3} Gio ; ce n'est pas un export attendu : "
            "téléchargez de nouveau le fichier officiel"
        )
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise FormatError(
            f"{where} : taux de compression de {info.file_size / info.compress_size:.0f} pour 1, "
            f"au-delà de {MAX_RATIO} pour 1 (archive piégée ?) ; téléchargez de nouveau le fichier "
            "officiel"
        )
    return info
