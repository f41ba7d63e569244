"""Article text, titles, sources, attributions, categories and rule messages are untrusted:
every vector renders as text, in the page and in the fragment. tests/browser runs the same
vectors in Chromium and checks that none executes."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

import checker
from checker.model import Claim, Document, Finding, Report, Scope
from checker.report import render_fragment, render_html

# Each vector, if it ever ran, would set window.__xss or open a dialog.
VECTORS: tuple[str, ...] = (
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=1\">",
    "<svg onload=window.__xss=1>",
    "\"><script>window.__xss=1;alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "javascript:window.__xss=1",
    "<a href=\"javascript:window.__xss=1\">click</a>",
    "</section><script>window.__xss=1</script>",
    "</style><script>window.__xss=1</script><style>",
    "</mark></div><script>window.__xss=1</script>",
    "{{ 7*7 }}{{ self.__init__.__globals__ }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "<iframe src=\"javascript:window.__xss=1\"></iframe>",
    "<body onload=window.__xss=1>",
    "<details open ontoggle=window.__xss=1>",
    "<!--<img src=\"--><img src=x onerror=window.__xss=1//\">",
    "<object data=\"data:text/html,<script>parent.__xss=1</script>\"></object>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
    "<style>@import 'http://evil.example/x.css';</style>",
    "\" onmouseover=\"window.__xss=1\" x=\"",
    "<base href=\"http://evil.example/\">",
    "</title><script>window.__xss=1</script>",
    "<math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>",
    "&lt;script&gt;window.__xss=1&lt;/script&gt;",
    "<svg><title><script>window.__xss=1</script></title></svg>",
)
IDS = [f"v{n:02d}" for n in range(len(VECTORS))]

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "main", "footer", "section",
    "p", "span", "strong", "small", "code", "h1", "h2", "h3", "h4", "ul", "ol", "li", "a", "mark",
    "details", "summary", "table", "caption", "thead", "tbody", "tr", "th", "td", "br", "figure",
    "figcaption", "svg", "desc", "line", "polyline", "path", "circle", "g", "text",
}


def xss_article(vector: str) -> str:
    """An article with the vector in its title and source header lines and in its body."""
    return (f"date 2025-04-25\ntitle {vector}\nsource {vector}\n\n"
            f"KYIV - {vector} At least 12 people were killed, {vector} said. "
            f"There were 9 dead, officials said. {vector}\n")


def synthetic_report(vector: str) -> Report:
    """The vector in every string a report carries, including rule ids, categories and messages."""
    text = f"{vector} 12 dead {vector} and 9 dead."
    a, b = text.index("12 dead"), text.rindex("9 dead")
    doc = Document("d1", text, path=f"/tmp/{vector}.txt", url=vector, date="2025-04-25",
                   source=vector, title=vector, event=vector, place=vector)
    doc2 = Document("d2", text, path=None, url=vector, date="2025-04-26", source=vector, title=vector)
    claims = tuple(
        Claim(f"{d}.c{n}", d, 0, s, s + 7 - (n - 1), text[s:s + 7 - (n - 1)], v, v, v, "exact", vector,
              vector, cat, attribution=vector, scope=Scope(vector, vector))
        for d in ("d1", "d2") for n, s, v, cat in ((1, a, 12, "killed"), (2, b, 9, vector)))
    findings = (Finding(vector, "fail", "error", vector, ("d1.c1", "d1.c2"), kind=vector),
                Finding(vector, "pass", "warning", vector, ("d2.c1",), kind=vector),
                Finding(vector, "skip", "info", vector, (), kind=vector))
    return Report((doc, doc2), claims, findings)


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_inert(html: str) -> None:
    parser = Collect()
    parser.feed(html)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}>"
        for name, value in attrs:
            assert not name.startswith("on"), f"<{tag} {name}=...>"
            assert name in {"class", "id", "lang", "charset", "http-equiv", "content", "name", "href",
                            "title", "aria-label", "aria-labelledby", "aria-hidden", "role", "viewbox",
                            "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "d", "points",
                            "text-anchor", "scope"} or name.startswith("data-"), f"<{tag} {name}=...>"
            if name == "href":
                assert value and value.startswith("#"), value
    assert not re.search(r"<(script|img|iframe|object|base|embed|form|input|link|meta http-equiv=.refresh)\b",
                         html, re.I)


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
@pytest.mark.parametrize("render", [render_html, render_fragment], ids=["page", "fragment"])
def test_every_string_of_a_report_renders_as_text(vector: str, render: object) -> None:
    html = render(synthetic_report(vector))  # type: ignore[operator]
    assert_inert(html)
    escaped = str(escape(vector))
    assert escaped in html  # titles, sources, attributions, messages: the vector, shown as text
    if render is render_fragment:
        assert html.count("</section>") == html.count("<section")


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_vectors_in_an_article_file_render_as_text(vector: str, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(xss_article(vector), encoding="utf-8")
    report = checker.check([path])
    assert report.documents[0].title == vector and report.documents[0].source == vector
    for html in (render_html(report), render_fragment(report)):
        assert_inert(html)
        assert str(escape(vector)) in html


def test_template_syntax_in_text_is_not_evaluated() -> None:
    html = render_html(synthetic_report("{{ 7*7 }} {% if true %}yes{% endif %}"))
    assert "{{ 7*7 }} {% if true %}yes{% endif %}" in html
    assert ">49<" not in html and "49 " not in html
