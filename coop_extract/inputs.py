"""Turn command-line paths into input texts, or into one clear error each.

Nothing here raises for a bad input: every path yields an ``Input`` that holds either its
text or the reason it could not be read, so one bad file never stops a batch.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

# Bytes looked at to decide that a file is binary.
SNIFF_BYTES = 8192


@dataclass
class Input:
    """One input: where it came from, where its JSON goes, and its text or error."""

    source: str
    out_name: str
    text: str | None = None
    error: str | None = None
    encoding: str | None = None


# File signatures of formats that are never plain text.
MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or an Office document)",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"\xd0\xcf\x11\xe0": "Office document",
}
# Encodings that news in this domain comes in, tried when the bytes are not UTF-8. Keeping
# the list short stops a detector from reading "Café" as Urdu (cp1006).
CANDIDATE_ENCODINGS = ["gb18030", "big5", "cp1252", "shift_jis", "euc_kr"]


def decode(data: bytes) -> tuple[str | None, str | None, str | None]:
    """Return (text, encoding, error) for raw bytes.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are read directly; known binary
    formats and data with NUL bytes are refused; anything else is handed to
    charset-normalizer, limited to ``CANDIDATE_ENCODINGS``.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, None
            except UnicodeDecodeError as exc:
                reason = f"{exc.reason} at byte {exc.start}"
                return None, None, f"not valid {codec.upper()} text ({reason})"
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return None, None, f"binary file ({kind}), not text"
    if b"\x00" in data[:SNIFF_BYTES]:
        return None, None, "binary file (NUL bytes), not text"
    try:
        text = data.decode("utf-8-sig")
        return text, ("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 file

    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        return None, None, f"not text: invalid UTF-8 ({utf8_error}) and no other encoding fits"
    return str(best), best.encoding, None


def read_stream(stream: BinaryIO, source: str, out_name: str) -> Input:
    """Read and decode one binary stream."""
    try:
        data = stream.read()
    except OSError as exc:
        return Input(source, out_name, error=f"cannot read: {exc.strerror or exc}")
    text, encoding, error = decode(data)
    return Input(source, out_name, text=text, error=error, encoding=encoding)


def read_file(path: Path, source: str, out_name: str) -> Input:
    """Read and decode one file."""
    try:
        with path.open("rb") as fh:
            return read_stream(fh, source, out_name)
    except FileNotFoundError:
        return Input(source, out_name, error="no such file (it may have been removed)")
    except IsADirectoryError:
        return Input(source, out_name, error="is a directory")
    except PermissionError:
        return Input(source, out_name, error="permission denied")
    except OSError as exc:
        return Input(source, out_name, error=f"cannot read: {exc.strerror or exc}")


def _out_name(path: Path) -> str:
    return path.with_suffix(".json").name if path.suffix else path.name + ".json"


def expand(paths: list[str], glob: str) -> Iterator[tuple[str, Path | None, str, str | None]]:
    """Yield (source, path, out_name, error) for each input the paths stand for.

    ``-`` is standard input (path None). A folder stands for every file under it that
    matches ``glob``, with ``out_name`` its relative path ending in ``.json``.
    """
    for raw in paths:
        if raw == "-":
            yield "<stdin>", None, "stdin.json", None
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob(glob) if p.is_file())
            except OSError as exc:  # e.g. a symlink loop
                yield raw, path, _out_name(path), f"cannot list folder: {exc}"
                continue
            if not found:
                yield raw, path, _out_name(path), f"no files matching '{glob}' in this folder"
                continue
            for p in found:
                rel = p.relative_to(path)
                yield str(p), p, str(rel.with_suffix(".json")), None
        elif path.exists():
            yield raw, path, _out_name(path), None
        else:
            yield raw, path, _out_name(path), "no such file or directory"


def load(source: str, path: Path | None, out_name: str, error: str | None) -> Input:
    """Read one expanded input."""
    if error is not None:
        return Input(source, out_name, error=error)
    if path is None:
        return read_stream(sys.stdin.buffer, source, out_name)
    return read_file(path, source, out_name)
