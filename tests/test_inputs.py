"""Bad input gets one clear line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import checker
from checker.documents import dateline_place, load, parse_header
from checker.errors import InputError
from tests.conftest import SEED, run_check


def _assert_one_line_exit_2(result, needle: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert needle in lines[0]
    assert lines[0].startswith("check: ")


def test_missing_file(tmp_path: Path) -> None:
    _assert_one_line_exit_2(run_check(tmp_path / "nope.txt"), "no such file")


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _assert_one_line_exit_2(run_check(empty), "empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n\t\n")
    _assert_one_line_exit_2(run_check(blank), "empty")


def test_header_only_file(tmp_path: Path) -> None:
    header = tmp_path / "header.txt"
    header.write_text("date 2025-04-25\nsource Reuters\n", encoding="utf-8")
    _assert_one_line_exit_2(run_check(header), "no text")


def test_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    _assert_one_line_exit_2(run_check(binary), "binary")


def test_folder_given_as_article(tmp_path: Path) -> None:
    _assert_one_line_exit_2(run_check(tmp_path), "folder")


def test_broken_cms_json(tmp_path: Path) -> None:
    bad = tmp_path / "story.json"
    bad.write_text('{"body": "Twelve people were killed", ', encoding="utf-8")
    _assert_one_line_exit_2(run_check(bad), "not valid JSON")


def test_latin1_file_is_decoded_and_checked(tmp_path: Path) -> None:
    text = "date 2025-04-25\nKYIV - Russia's attack on Kyiv killed at least 12 people, the café owner said.\n"
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(text.encode("latin-1"))
    result = run_check(latin, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    claim = report["claims"][0]
    assert (claim["text"], claim["category"]) == ("at least 12 people", "killed")
    decoded = latin.read_bytes().decode("cp1252")
    assert decoded[claim["start"]:claim["end"]] == claim["text"]


def test_one_bad_file_among_good_ones_names_the_bad_one(tmp_path: Path) -> None:
    result = run_check(SEED, tmp_path / "missing.txt")
    _assert_one_line_exit_2(result, "missing.txt")


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    text = "date 2025-04-25\r\nKYIV - At least 12 people were killed, officials said.\r\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    doc = load(path)
    assert doc.date == "2025-04-25"
    assert doc.place == "Kyiv"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (" date 2025-04-25 KYIV - Russia", {"date": "2025-04-25"}),
        ("date 2025-04-24T23:10\nsource Reuters\ntitle Drones hit Kyiv\nevent kyiv-1\nBody.",
         {"date": "2025-04-24T23:10", "source": "Reuters", "title": "Drones hit Kyiv", "event": "kyiv-1"}),
        ("Source close to the ministry said 12 people died.", {}),
    ],
    ids=["inline-date", "full-header", "prose-not-header"],
)
def test_header_lines(text: str, fields: dict[str, str]) -> None:
    assert parse_header(text)[0] == fields


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KYIV - Russia", "Kyiv"),
        ("KYIV, April 25 (Reuters) - Russia", "Kyiv"),
        ("NEW YORK (AP) \u2014 Police", "New York"),
        ("Russia pounded Kyiv", None),
        ("PHILADELPHIA POLICE DEPARTMENT \u2014 OFFICE OF PUBLIC AFFAIRS", None),
        ("UKRAINIAN AIR FORCE COMMAND - Overnight", None),
        ("Kazan (Russia) (AFP) - The death toll", None),
    ],
)
def test_dateline(text: str, place: str | None) -> None:
    assert dateline_place(text, 0) == place


@pytest.mark.parametrize("dateline", ["KAZAN - ", "KAZAN, Russia (AFP) - ", "Kazan (Russia) (AFP) - "])
def test_the_first_sentence_starts_after_the_dateline(dateline: str) -> None:
    text = (f"{dateline}The death toll from Saturday's assault by gunmen on a packed concert hall in the "
            "Russian city of Kazan rose to 27 on Sunday.")
    (toll,) = checker.extract(text)
    assert (toll.category, toll.role) == ("killed", "total")


def test_html_article_with_metadata(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Strike</title><meta property='article:published_time' "
        "content='2025-04-25T08:00:00Z'><script>var x = 99;</script></head><body>"
        "<p>KYIV - At least 12 people were killed.</p><p>Russia launched 145 drones.</p></body></html>",
        encoding="utf-8",
    )
    doc = load(page)
    assert doc.title == "Strike" and doc.date == "2025-04-25T08:00:00"
    assert "var x" not in doc.text and "145 drones" in doc.text


def test_cms_json_record(tmp_path: Path) -> None:
    record = tmp_path / "story.json"
    record.write_text(json.dumps({"body": "At least 12 people were killed.", "title": "T",
                                  "date": "2025-04-25", "source": "Wire"}), encoding="utf-8")
    doc = load(record)
    assert (doc.title, doc.date, doc.source) == ("T", "2025-04-25", "Wire")


def test_input_error_is_typed(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load(tmp_path / "absent.txt")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(21 * 2**20)
    _assert_one_line_exit_2(run_check(huge), "the limit is 20 MB")


def test_long_article_is_checked_in_full(tmp_path: Path) -> None:
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    long = tmp_path / "long.txt"
    long.write_text("date 2025-04-25\n" + "\n\n".join([body] * 30), encoding="utf-8")
    result = run_check(long, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert sum(c["text"] == "145 drones" for c in report["claims"]) == 30
