"""The text a PDF of Qt's writer draws, read back without a PDF library (for tests).

Qt's writer draws each glyph as ``<gid> Tj`` in a Flate-compressed page stream,
after ``/F<n> <size> Tf``; each font has a ``/ToUnicode`` CMap (uncompressed) whose
``bfchar``/``bfrange`` entries (a range to a start or to an array) map glyph ids back to characters. Spaces are not
drawn (they are moves), so the text comes back without them.
"""

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)


def pdf_text(data: bytes) -> str:
    """Every glyph drawn, page by page, in drawing order, without spaces."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}
    cmaps = {}
    for number, body in objects.items():
        to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if to_unicode:
            cmaps[number] = _cmap(_stream(objects[int(to_unicode.group(1))]))
    fonts = {}
    for body in objects.values():
        for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", body):
            if int(number) in cmaps:
                fonts[name.decode()] = cmaps[int(number)]
    out = []
    for body in objects.values():
        if b"/ToUnicode" in body or b"stream" not in body or b"/Subtype" in body:
            continue
        content = _stream(body)
        if b" Tj" not in content:
            continue
        font = {}
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", content):
            if token.group(1):
                font = fonts.get(token.group(1).decode(), {})
            else:
                hex_ = token.group(2).decode()
                out += [font.get(int(hex_[i : i + 4], 16), "?") for i in range(0, len(hex_), 4)]
    return "".join(out)


def _stream(body: bytes) -> bytes:
    raw = _STREAM.search(body).group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in body else raw


def _cmap(text: bytes) -> dict[int, str]:
    out = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for gid, uni in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(gid, 16)] = _unicode(uni)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, target in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^]]*\])", block
        ):
            gids = range(int(lo, 16), int(hi, 16) + 1)
            if target.startswith(b"["):
                out.update(zip(gids, (_unicode(u) for u in re.findall(rb"<([0-9A-Fa-f]+)>", target))))
            else:
                out.update((gid, chr(int(target[1:-1], 16) + k)) for k, gid in enumerate(gids))
    return out


def _unicode(hex_: bytes) -> str:
    raw = bytes.fromhex(hex_.decode())
    return raw.decode("utf-16-be")
