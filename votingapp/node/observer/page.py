"""The board as HTML: the whole page (works without JavaScript: it refreshes itself) and its live part.

Every value is escaped; the page holds no inline script or style (the Content-Security-Policy forbids them):
the bars are SVG rectangles whose width is an attribute, the look is ``/static/board.css`` and the live
update ``/static/board.js``, both served by the station.
"""

from __future__ import annotations

import time
from html import escape

from votingapp.node.observer.board import Board
from votingapp.node.observer.i18n import LANGUAGES, RIGHT_TO_LEFT, words

NOSCRIPT_REFRESH_S = 10  # without JavaScript the page reloads itself this often
POLL_MS = 2000  # with JavaScript: the live part is fetched this often


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def clock(ms: int) -> str:
    """A time as people in the room read it (the station's local time)."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ms / 1000))


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "0 %"


def _bar(part: int, whole: int, label: str) -> str:
    width = 0.0 if whole <= 0 else max(0.0, min(100.0, 100.0 * part / whole))
    return (f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="{_e(label)}">'
            f'<rect class="track" x="0" y="0" width="100" height="10"/>'
            f'<rect class="fill" x="0" y="0" width="{width:.2f}" height="10"/></svg>')


def _phase(board: Board, w: dict[str, str]) -> str:
    return {"closed": w["closed"], "open": w["voting_open"]}.get(board.state, w["not_open"])


def _results(board: Board, w: dict[str, str]) -> str:
    out = [f'<section class="results" id="results"><h2>{_e(w["results"])}</h2>']
    if board.kind == "secret":
        if board.sealed:
            out.append(f'<p class="status sealed" id="results-status">'
                       f'{_e(w["sealed"].format(n=board.shares, k=board.threshold))}</p>'
                       f'<p class="note">{_e(w["sealed_note"])}</p>')
        else:
            out.append(f'<p class="status decrypted" id="results-status">'
                       f'{_e(w["decrypted"].format(n=board.decrypted_by, t=board.trustees))}</p>')
            if board.stale:
                out.append(f'<p class="note" id="late-returns">{_e(w["stale"])}</p>')
    elif board.results is None:
        out.append(f'<p class="status hidden" id="results-status">{_e(w["hidden"])}</p>')
    else:
        text = w["final"] if board.state == "closed" else w["live"]
        out.append(f'<p class="status live" id="results-status">{_e(text)}</p>')
    if board.results is not None:
        total = sum(count for _option, count in board.results)
        most = max((count for _option, count in board.results), default=0)
        out.append('<ol class="chart" id="chart">')
        for option, count in board.results:
            share = _percent(count, total)
            votes = w["votes_1"] if count == 1 else w["votes_n"].format(n=count)
            out.append(
                f'<li class="row"><span class="option">{_e(option)}</span>'
                f'{_bar(count, most, f"{option}: {share}")}'
                f'<span class="count"><b>{_e(votes)}</b> <span dir="ltr">{_e(share)}</span></span></li>'
            )
        out.append("</ol>")
    out.append("</section>")
    return "".join(out)


def _stations(board: Board, w: dict[str, str]) -> str:
    items = []
    for s in board.stations:
        state = w["this_station"] if s.this else (w["connected"] if s.connected else w["not_connected"])
        height = w["height_n"].format(n=s.height) if s.height is not None else w["height_unknown"]
        css = "up" if s.connected else "down"
        items.append(f'<li class="{css}"><span class="dot" aria-hidden="true"></span>'
                     f'<span class="name">{_e(s.name)}</span> <span class="fp" dir="ltr">{_e(s.fingerprint)}</span>'
                     f'<span class="meta">{_e(state)} · {_e(height)}</span></li>')
    return f'<section class="stations"><h2>{_e(w["stations"])}</h2><ul>{"".join(items)}</ul></section>'


def live_html(board: Board, language: str) -> str:
    """The part of the page that changes (``/live``): state, turnout, results, stations, chain."""
    w = words(language)
    last = clock(board.last_block_ms) if board.last_block_ms is not None else w["no_block"]
    served = w["served_by"].format(name=board.served_by)
    origin = "" if board.live else f'<p class="offline">{_e(w["from_data_dir"])}</p>'
    return "".join([
        f'<p class="kind"><span class="tag">{_e(w[board.kind])}</span> '
        f'<span class="tag phase-{_e(board.state)}" id="phase">{_e(_phase(board, w))}</span></p>',
        f'<p class="served">{_e(served)}</p>{origin}',
        f'<section class="turnout"><h2>{_e(w["turnout"])}</h2>'
        f'<p class="big"><span id="voted">{board.voted}</span> / <span id="registered">{board.registered}</span>'
        f' <span class="pct" dir="ltr">{_e(_percent(board.voted, board.registered))}</span></p>'
        f'<p id="turnout-line">{_e(w["turnout_line"].format(voted=board.voted, registered=board.registered))}</p>'
        f'{_bar(board.voted, board.registered, _percent(board.voted, board.registered))}</section>',
        _results(board, w),
        _stations(board, w),
        f'<section class="chain"><h2>{_e(w["chain"])}</h2>'
        f'<p class="checked" id="checked"><span aria-hidden="true">✓</span> {_e(w["checked"])}</p><dl>'
        f'<dt>{_e(w["height"])}</dt><dd id="height">{board.height}</dd>'
        f'<dt>{_e(w["tip"])}</dt><dd class="hash" id="tip" dir="ltr">{_e(board.tip)}</dd>'
        f'<dt>{_e(w["last_block"])}</dt><dd id="last-block" dir="auto">{_e(last)}</dd></dl></section>',
    ])


def page_html(board: Board, language: str) -> str:
    """The whole board page in ``language``, with a link to each other language offered."""
    w = words(language)
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    links = " ".join(
        f'<a href="/?lang={code}" hreflang="{code}" lang="{code}"'
        + (' aria-current="true"' if code == language else "") + f">{_e(name)}</a>"
        for code, name in LANGUAGES.items()
    )
    short = board.election[:16]
    return f"""<!doctype html>
<html lang="{language}" dir="{direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{_e(w["board"])} — {_e(board.title)}</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/board.css">
<noscript><meta http-equiv="refresh" content="{NOSCRIPT_REFRESH_S}"></noscript>
<script src="/static/board.js" defer></script>
</head>
<body data-lang="{language}" data-poll="{POLL_MS}" data-lost="{_e(w["lost"])}" data-updated="{_e(w["updated"])}">
<header>
<p class="label"><img src="/static/icon.svg" alt="" width="20" height="20"> {_e(w["board"])}</p>
<h1 id="title">{_e(board.title)}</h1>
<nav class="langs" aria-label="{_e(w["language"])}">{links}</nav>
</header>
<main id="live">{live_html(board, language)}</main>
<section class="download"><h2>{_e(w["download"])}</h2><ul>
<li><a id="record-link" href="/record" download="election-{short}.record">{_e(w["record"])}</a></li>
<li><a id="manifest-link" href="/manifest" download="election-{short}.json">{_e(w["manifest"])}</a></li>
</ul><p class="hint">{_e(w["verify_hint"])} <code dir="ltr">python -m votingapp verify FILE</code></p></section>
<footer><p id="conn" role="status" aria-live="polite">{_e(w["updates"])}</p></footer>
</body>
</html>
"""
