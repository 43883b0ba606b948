"""The dashboard's HTML, rendered on the server: plain HTML and inline SVG bars, no
script and nothing loaded from elsewhere (a hub may run on a network with no internet).
Every value placed in the page goes through html.escape."""

from __future__ import annotations

from html import escape

from shelter_desk.hub.aggregate import STAR, NetworkTable
from shelter_desk.hub.repo import LibraryEntry, Organisation, StoredReport
from shelter_desk.reports.network_labels import network_dimension, network_title, network_value

_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;color:#1d2430;background:#f5f6f8}
header{background:#234e70;color:#fff;padding:12px 24px;display:flex;align-items:center;gap:24px}
header h1{font-size:20px;margin:0;flex:1} header a{color:#fff}
main{padding:16px 24px;max-width:1200px}
section{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:12px 16px;
margin:12px 0}
h2{font-size:17px;margin:4px 0 8px} h3{font-size:15px;margin:4px 0}
table{border-collapse:collapse;font-size:13px}
td,th{padding:3px 8px;border-bottom:1px solid #e6e9ed;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums} .muted{color:#5b6675;font-size:13px}
nav a{margin-right:10px} .grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.err{color:#a01818} form.inline{display:inline} button{padding:4px 10px}
"""


def layout(title: str, body: str, *, user: str | None = None, csrf: str = "") -> str:
    logout = (f'<span>{escape(user)}</span><form class="inline" method="post" '
              f'action="/logout"><input type="hidden" name="csrf" value="{escape(csrf)}">'
              '<button>Salir / Log out</button></form>') if user else ""
    return (f'<!doctype html><html lang="es"><head><meta charset="utf-8">'
            f'<title>{escape(title)}</title><style>{_STYLE}</style></head><body>'
            f'<header><h1>{escape(title)}</h1>{logout}</header><main>{body}</main>'
            '</body></html>')


def login(csrf: str, error: str = "") -> str:
    message = f'<p class="err">{escape(error)}</p>' if error else ""
    return layout("Hub de la red · Iniciar sesión", f"""<section><h2>Iniciar sesión / Log in</h2>
{message}<form method="post" action="/login">
<input type="hidden" name="csrf" value="{escape(csrf)}">
<p><label>Usuario / User<br><input name="username" autocomplete="username" required></label></p>
<p><label>Contraseña / Password<br><input name="password" type="password"
 autocomplete="current-password" required></label></p>
<p><button>Entrar / Log in</button></p></form></section>""")


def dashboard(*, user: str, csrf: str, periods: list[str], period: str | None,
              tables: list[NetworkTable], reports: list[StoredReport], k: int,
              show_names: bool, organisations: list[Organisation],
              library: list[LibraryEntry], notice: str = "") -> str:
    nav = " ".join(
        f'<a href="/?period={escape(p)}">{f"<b>{escape(p)}</b>" if p == period else escape(p)}'
        "</a>" for p in periods) or (
        '<span class="muted">Aún no llegan informes / No reports yet</span>')
    parts = [f'<section><h2>Periodos / Periods</h2><nav>{nav}</nav>'
             '<p><a href="/network">Red por partes secretas / Network by secret shares</a>'
             "</p>"]
    if notice:
        parts.append(f"<p><b>{escape(notice)}</b></p>")
    if period:
        parts.append(
            f'<p class="muted">{len(reports)} organizaciones informaron {escape(period)} '
            f'({len(reports)} members reported). Cifras menores que {k} se ocultan '
            f'(«&lt; {k}»); «≥ n» y «a–b» cuando una organización ocultó una cifra. '
            f'<a href="/export/{escape(period)}.csv">CSV</a> · '
            f'<a href="/api/v1/statistics/{escape(period)}">JSON</a></p>')
    parts.append("</section>")
    if show_names and reports:
        rows = "".join(f"<tr><td>{escape(r.organisation_name)}</td><td class=n>{r.revision}"
                       f"</td><td>{escape(r.received_at)}</td></tr>" for r in reports)
        parts.append("<section><h2>Organizaciones que informaron / Reporting members</h2>"
                     "<table><tr><th>Organización</th><th>Revisión</th><th>Recibido</th>"
                     f"</tr>{rows}</table></section>")
    parts.append('<div class="grid">')
    for table in tables:
        parts.append(_table(table, k))
    parts.append("</div>")
    parts.append(_upload(csrf))
    parts.append(_members(organisations))
    parts.append(_library(library, csrf))
    return layout("Hub de la red · Estadísticas / Network statistics",
                  "".join(parts), user=user, csrf=csrf)


def _table(table: NetworkTable, k: int) -> str:
    rows = table.rows()
    cells = [(key, value) for key, value in rows if STAR not in key]
    margins = [(key, value) for key, value in rows if STAR in key]
    head = "".join(f"<th>{escape(_dimension(d))}</th>" for d in table.dimensions)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(_value(d, v)) if v != STAR else 'Σ'}</td>"
                         for d, v in zip(table.dimensions, key, strict=True))
        + f"<td class=n>{escape(value.text(k))}</td></tr>" for key, value in cells + margins)
    return (f'<section><h3>{escape(_title(table.key, "es"))}</h3><p class="muted">'
            f'{escape(_title(table.key, "en"))} · {table.members} informes / reports</p>'
            f"{_bars(table, k)}<details open><summary>Tabla / Table"
            f"</summary><table><tr>{head}<th>Red / Network</th></tr>{body}</table>"
            "</details></section>")


def _title(key: str, language: str) -> str:
    try:
        return network_title(key, language)
    except KeyError:  # a table this version of the app does not know: its key
        return key


def _dimension(dimension: str) -> str:
    try:
        return network_dimension(dimension)
    except KeyError:
        return dimension


def _value(dimension: str, value: str) -> str:
    """The app's own words for a report's codes ("GT" -> Guatemala, "18-29" as it is)."""
    try:
        return network_value(dimension, value)
    except KeyError:
        return value


def _bars(table: NetworkTable, k: int) -> str:
    """Horizontal bars of the first dimension's margins: the known part solid, the
    uncertain part of an interval hatched lighter, suppressed values as text only."""
    width = len(table.dimensions)
    if width == 1:
        bars = [(key[0], value) for key, value in table.rows() if STAR not in key]
    else:
        bars = [(key[0], value) for key, value in table.rows()
                if key[0] != STAR and all(v == STAR for v in key[1:])]
    if not bars:
        return ""
    top = max((v.high if v.high is not None else v.low) for _l, v in bars) or 1
    rows, height = [], 22
    for index, (label, value) in enumerate(bars[:20]):
        y = index * height
        known = 0 if value.suppressed else value.low * 300 // top
        extra = (0 if value.suppressed or value.high is None
                 else (value.high - value.low) * 300 // top)
        rows.append(
            f'<text x="0" y="{y + 15}" font-size="12">'
            f"{escape(_value(table.dimensions[0], label))}</text>"
            f'<rect x="170" y="{y + 4}" width="{known}" height="14" fill="#2f6f9f"/>'
            f'<rect x="{170 + known}" y="{y + 4}" width="{extra}" height="14" fill="#a9c6dd"/>'
            f'<text x="{176 + known + extra}" y="{y + 15}" font-size="12">'
            f"{escape(value.text(k))}</text>")
    total_height = len(rows) * height + 4
    return (f'<svg role="img" aria-label="{escape(table.key)}" width="560" '
            f'height="{total_height}" viewBox="0 0 560 {total_height}">{"".join(rows)}</svg>')


def _upload(csrf: str) -> str:
    return f"""<section><h2>Subir un informe .sdreport / Upload a .sdreport file</h2>
<p class="muted">Para informes que llegan en una memoria USB. /
For reports carried on a USB stick.</p>
<form method="post" action="/upload" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{escape(csrf)}">
<input type="file" name="file" accept=".sdreport" required> <button>Subir / Upload</button>
</form></section>"""


def _members(organisations: list[Organisation]) -> str:
    rows = "".join(
        f"<tr><td>{escape(o.name)}</td><td>{escape(o.id)}</td>"
        f"<td>{'inscrita / enrolled' if o.public_key else 'pendiente / pending'}</td></tr>"
        for o in organisations)
    return ("<section><h2>Organizaciones miembro / Members</h2><table><tr><th>Nombre</th>"
            f"<th>Id</th><th>Estado</th></tr>{rows}</table></section>")


def _library(entries: list[LibraryEntry], csrf: str) -> str:
    rows = "".join(
        f"<tr><td>{escape(e.title)}</td><td class=n>v{e.version}</td>"
        f"<td>{escape(e.media_type)}</td><td>{escape(e.published_at)}</td></tr>"
        for e in entries) or '<tr><td class="muted">Vacía / Empty</td></tr>'
    return ("<section><h2>Biblioteca de protocolos / Protocol library</h2>"
            f"<table>{rows}</table>"
            '<form method="post" action="/library" enctype="multipart/form-data">'
            f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
            '<p><label>Título / Title <input name="title" required maxlength="200"></label> '
            '<input type="file" name="file" accept=".pdf,.md,.markdown,.txt" required> '
            "<button>Publicar / Publish</button></p>"
            '<p class="muted">PDF, Markdown o texto, hasta 20 MB. Publicar un archivo con el '
            "mismo nombre crea una nueva versión. / Publishing a file of the same name adds "
            "a version.</p></form></section>")
