"""An IRC client's channel log read day by day, message by message, with the map back to
the input.

The clients write one line a message, led by its clock time and the speaker's nick
("09:03 < tkchan> yep. the delegation landed yesterday" in irssi, "[09:03] <tkchan> ..."
in mIRC or ZNC, "Nov 24 09:03:12 <tkchan> ..." in HexChat, "2026-11-24 09:03:12<TAB>tkchan
<TAB>..." in WeeChat), and mark where a day begins ("--- Log opened Tue Nov 24 08:57:41
2026", "--- Day changed Wed Nov 25 2026", "Session Start: ...", "**** BEGIN LOGGING AT
..."). Each day is laid out as a chat export's day is, under a divider that holds its date
("----- Tue Nov 24 2026 -----"), each message a paragraph of its own (a chat's lines seldom
end with a full stop), so "yesterday" in a message reads against its day. Clock times,
nicks, joins, quits, nick changes and the client's notices are left out (a message led by
its clock time would read as a programme's entry); an action ("* tkchan is at the
presser") keeps its nick, its subject.
"""

from __future__ import annotations

from . import recache
from .markup import OffsetMap, Shown
from .textutil import line_spans

# a day's date as the clients write it: ctime's "Tue Nov 24 08:57:41 2026" or "Wed Nov 25
# 2026"
_CTIME = (
    r"(?P<day>[A-Z][a-z]{2}[ \t]+[A-Z][a-z]{2}[ \t]+\d{1,2})"
    r"(?:[ \t]+\d{1,2}:\d{2}:\d{2})?(?P<year>[ \t]+\d{4})"
)
_DAY_MARK = recache.compile(
    rf"(?:---[ \t]+(?:Log[ \t]+opened|Day[ \t]+changed)|Session[ \t]+(?:Start|Time):"
    rf"|\*\*\*\*[ \t]+BEGIN[ \t]+LOGGING[ \t]+AT)[ \t]+{_CTIME}[ \t]*"
)
_END_MARK = recache.compile(
    r"(?:---[ \t]+Log[ \t]+closed|Session[ \t]+Close:|\*\*\*\*[ \t]+ENDING[ \t]+LOGGING)\b"
)
_ISO = r"(?:19|20)\d\d-\d\d-\d\d"
# a line's stamp: its clock time, maybe in brackets, maybe after its day (HexChat's "Nov 24",
# WeeChat's "2026-11-24")
_STAMP = (
    rf"\[?(?:(?P<iso>{_ISO})[ \t]+|[A-Z][a-z]{{2}}[ \t]+\d{{1,2}}[ \t]+)?"
    r"(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\]?"
)
# a message ("< tkchan>", "<@mwong>") or an action ("* tkchan waves"); WeeChat's columns
_MESSAGE = recache.compile(
    rf"{_STAMP}[ \t]+(?:<[ @+%&~!]?[^\s<>]+>|(?P<action>\*)(?=[ \t]+[^\s*]))[ \t]*"
)
_WEECHAT = recache.compile(rf"{_STAMP}\t(?:(?P<status>-->|<--|--|=!=)|[ \t]*\*|[@+%&~!]?[^\s]+)\t")
# a client's notice: a join, a quit, a nick change, the client's own line
_STATUS = recache.compile(rf"{_STAMP}[ \t]+(?:-!-|\*\*\*|-->|<--|--|=!=|-[^\s-][^\s]*-)[ \t]")


def _line_kind(line: str) -> str | None:
    """What an IRC log's line is: "day", "end", "message", "status", or None (no log's)."""
    if _DAY_MARK.fullmatch(line):
        return "day"
    if _END_MARK.match(line):
        return "end"
    weechat = _WEECHAT.match(line)
    if weechat is not None:
        return "status" if weechat.group("status") else "message"
    if _MESSAGE.match(line):
        return "message"
    if _STATUS.match(line):
        return "status"
    return None


def looks_like_irc_log(text: str) -> bool:
    """Is ``text`` an IRC channel's log: three messages or more, and every line but a few
    (a wrapped message's tail) a message, a notice or a day's mark?"""
    if "<" not in text[:4000] and "\t" not in text[:4000]:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    messages = other = 0
    for line in lines:
        kind = _line_kind(line)
        if kind is None:
            other += 1
            if other * 10 > len(lines):
                return False
        messages += kind == "message"
    return messages >= 3


def irc_text(text: str) -> tuple[str, OffsetMap, int]:
    """The days and messages an IRC log stands for, the map of their characters back to
    ``text``, and how many days are marked (none: a log of clock times only)."""
    shown = Shown()
    days = 0
    last_day = ""
    for pos, line_end, _ in line_spans(text):
        line = text[pos:line_end]
        kind = _line_kind(line)
        day = _DAY_MARK.fullmatch(line) if kind == "day" else None
        weechat = _WEECHAT.match(line) if kind == "message" else None
        iso = weechat.group("iso") if weechat is not None else None
        if day is not None or iso:
            spans = (
                [day.span("day"), day.span("year")] if day is not None else [weechat.span("iso")]
            )
            key = "".join(line[a:b] for a, b in spans).split()
            if key != last_day.split():
                last_day = " ".join(key)
                shown.emit("----- ", pos + spans[0][0], pos + spans[0][0])
                for a, b in spans:
                    shown.copy(text, pos + a, pos + b)
                end = pos + spans[-1][1]
                shown.emit(" -----\n\n", end, end)
                days += 1
        if kind == "message":
            m = weechat or _MESSAGE.match(line)
            body = m.end()  # (an action's nick is its subject: "* tkchan waves")
            end = len(line.rstrip())
            shown.copy(text, pos + body, pos + end)
            shown.emit("\n\n", pos + end, pos + end)
        elif kind is None and line.strip():
            # (a message's tail wrapped onto a line of its own, or a line the log holds)
            shown.copy(text, pos, pos + len(line.rstrip()))
            shown.emit("\n\n", line_end, line_end)
    return (*shown.result(), max(days, 1))
