"""Synthetic wire-style corpora for batch tests and benchmarks.

Stories about air attacks, earthquakes and floods with varied figures, written as .txt, .md,
.html, CMS JSON (one object or a list) and JSON-lines exports. Some are deliberately
inconsistent (two death tolls that cannot both be true), some share an event key (reports of one
event by several outlets, tolls rising over the days), and a few files are broken (empty,
binary, bad JSON). Everything is deterministic for a given seed.

    python -m bench.corpus_gen OUT_DIR --articles 1000 [--seed 7] [--broken 3]

The manifest (returned by `generate`, and written as OUT_DIR/../<name>.manifest.json by the
command) says what each article is, so tests know the expected counts.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

SOURCES = ("Reuters", "AP", "AFP", "Kyiv Independent", "BBC", "Ukrainska Pravda")
CITIES = ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Lviv", "Poltava", "Kherson")
QUAKE_PLACES = (("Malatya", "Turkey"), ("Herat", "Afghanistan"), ("Mandalay", "Myanmar"),
                ("Sulawesi", "Indonesia"), ("Marrakech", "Morocco"), ("Kathmandu", "Nepal"))
FLOOD_PLACES = (("Valencia", "Spain"), ("Sindh", "Pakistan"), ("Derna", "Libya"),
                ("Bahia", "Brazil"), ("Emilia-Romagna", "Italy"), ("Assam", "India"))
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
FORMATS = ("txt", "txt", "txt", "md", "html", "json", "jsonl", "jsonl")


@dataclass
class Article:
    """One generated article and what a correct audit says about it."""

    topic: str
    source: str
    date: str
    title: str
    body: str
    inconsistent: bool = False
    event: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Manifest:
    articles: int = 0  # readable articles written
    inconsistent: list[str] = field(default_factory=list)  # ids of deliberately wrong articles
    events: dict[str, list[str]] = field(default_factory=dict)  # event key -> article ids
    falling_events: list[str] = field(default_factory=list)  # event keys whose toll falls
    broken: list[str] = field(default_factory=list)  # ids (path or path#n) that cannot be read
    ids: list[str] = field(default_factory=list)  # every readable article id


# --------------------------------------------------------------------------- stories


def _date(rng: random.Random) -> tuple[str, str]:
    month, day = rng.randint(3, 6), rng.randint(1, 28)
    return f"2025-{month:02d}-{day:02d}", f"{MONTHS[month - 1]} {day}"


def air_attack(rng: random.Random, inconsistent: bool) -> Article:
    city, source = rng.choice(CITIES), rng.choice(SOURCES)
    date, dateline = _date(rng)
    killed, injured = rng.randint(2, 30), rng.randint(10, 90)
    drones, missiles = rng.randint(40, 300), rng.randint(3, 40)
    down = rng.randint(drones // 2, drones - 1)
    fires = rng.randint(3, 25)
    body = (
        f"{city.upper()}, Ukraine, {dateline} ({source}) - Russian drones and missiles struck {city} "
        f"overnight, killing {killed} people and injuring {injured}, regional governor Oleh Kovalenko "
        f"said.\n\n"
        f"Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the air force "
        f"said. Air defence units shot down {down} of the {drones} drones, it said.\n\n"
        f"Firefighters put out {fires} fires across the city, the State Emergency Service said.\n"
    )
    if inconsistent:
        body += f"\nThe attack on {city} killed {killed + rng.randint(5, 15)} people.\n"
    return Article("air", source, date, f"Russian attack on {city} kills {killed}", body, inconsistent)


def earthquake(rng: random.Random, inconsistent: bool) -> Article:
    (place, country), source = rng.choice(QUAKE_PLACES), rng.choice(SOURCES)
    date, dateline = _date(rng)
    killed, injured, buildings = rng.randint(20, 400), rng.randint(100, 900), rng.randint(50, 800)
    body = (
        f"{place.upper()}, {country}, {dateline} ({source}) - A strong earthquake struck "
        f"near {place} early on Tuesday, killing at least {killed} people and injuring {injured}, "
        f"the disaster agency said.\n\n"
        f"Rescue teams searched the rubble of {buildings} buildings that were damaged or destroyed, "
        f"officials said.\n"
    )
    if inconsistent:
        body += f"\nThe earthquake killed {max(killed // 2, 1)} people.\n"
    return Article("quake", source, date, f"Earthquake near {place} kills {killed}", body, inconsistent)


def flood(rng: random.Random, inconsistent: bool) -> Article:
    (place, country), source = rng.choice(FLOOD_PLACES), rng.choice(SOURCES)
    date, dateline = _date(rng)
    killed, missing = rng.randint(5, 200), rng.randint(3, 60)
    body = (
        f"{place.upper()}, {country}, {dateline} ({source}) - Flash floods in {place} have killed "
        f"{killed} people and {missing} people are missing, local authorities said on Wednesday.\n\n"
        f"Torrential rain swept away roads and bridges, and more than {rng.randint(2, 40)} thousand "
        f"homes were left without power.\n"
    )
    if inconsistent:
        body += f"\nThe floods in {place} killed {killed + rng.randint(20, 60)} people.\n"
    return Article("flood", source, date, f"Floods in {place} kill {killed}", body, inconsistent)


STORIES: tuple[Callable[[random.Random, bool], Article], ...] = (air_attack, earthquake, flood)


def event_series(rng: random.Random, key: str, n: int, falling: bool = False) -> list[Article]:
    """Reports of one earthquake by several outlets on consecutive days, the toll rising.

    When `falling`, the last report gives a toll below the first one: a `toll-does-not-fall`
    warning for the event as a whole.
    """
    place, country = rng.choice(QUAKE_PLACES)
    toll = first = rng.randint(10, 60) + 3
    out = []
    for day in range(n):
        toll = first - 2 if falling and day == n - 1 else toll + rng.randint(3, 20)
        source = SOURCES[day % len(SOURCES)]
        date = f"2025-05-{10 + day:02d}"
        body = (
            f"{place.upper()}, {country}, May {10 + day} ({source}) - The death toll from the earthquake "
            f"near {place} has risen to {toll} people, the disaster agency said.\n\n"
            f"Rescue teams were still searching collapsed buildings, officials said.\n"
        )
        out.append(Article("quake", source, date, f"{place} quake toll rises to {toll}", body,
                           False, key))
    out[0].extra["falling"] = "yes" if falling else "no"
    return out


# --------------------------------------------------------------------------- file formats


def _header(a: Article) -> str:
    event = f"event {a.event}\n" if a.event else ""
    return f"date {a.date}\nsource {a.source}\ntitle {a.title}\n{event}\n"


def _record(a: Article) -> dict[str, str | None]:
    return {"title": a.title, "date": a.date, "source": a.source, "event": a.event, "body": a.body,
            "url": None}


def _html(a: Article) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in a.body.split("\n\n") if p.strip())
    event = f'<meta name="checker:event" content="{a.event}">\n' if a.event else ""
    return (f"<!doctype html><html><head><title>{a.title}</title>\n"
            f'<meta property="article:published_time" content="{a.date}">\n'
            f'<meta property="og:site_name" content="{a.source}">\n{event}</head>\n'
            f"<body><article>\n{paragraphs}</article></body></html>\n")


def write_articles(out: Path, articles: list[Article], rng: random.Random, manifest: Manifest) -> None:
    """Spread articles over formats and sub-folders; record the id each gets in the batch."""
    i = 0
    while i < len(articles):
        fmt = FORMATS[rng.randrange(len(FORMATS))]
        folder = out / f"{articles[i].date[:7]}"
        folder.mkdir(parents=True, exist_ok=True)
        if fmt in ("json", "jsonl"):
            group = articles[i:i + rng.randint(2, 6)]
            path = folder / f"export-{i:05d}.{fmt}"
            if fmt == "jsonl":
                path.write_text("".join(json.dumps(_record(a)) + "\n" for a in group), encoding="utf-8")
            else:
                path.write_text(json.dumps([_record(a) for a in group], indent=1), encoding="utf-8")
            ids = [f"{path}#{n}" for n in range(len(group))]
        else:
            group = articles[i:i + 1]
            path = folder / f"story-{i:05d}.{fmt}"
            a = group[0]
            text = _html(a) if fmt == "html" else _header(a) + a.body
            path.write_text(text, encoding="utf-8")
            ids = [str(path)]
        for a, aid in zip(group, ids):
            _note(manifest, a, aid)
        i += len(group)


def _note(manifest: Manifest, a: Article, aid: str) -> None:
    manifest.articles += 1
    manifest.ids.append(aid)
    if a.inconsistent:
        manifest.inconsistent.append(aid)
    if a.event:
        manifest.events.setdefault(a.event, []).append(aid)
        if a.extra.get("falling") == "yes":
            manifest.falling_events.append(a.event)


def write_broken(out: Path, n: int, manifest: Manifest) -> None:
    """Empty, binary and bad-JSON files, plus one bad line in a JSON-lines export."""
    folder = out / "broken"
    folder.mkdir(parents=True, exist_ok=True)
    makers: list[tuple[str, bytes]] = [
        ("empty.txt", b""),
        ("image.txt", bytes(range(256)) * 8),
        ("bad.json", b'{"title": "Half a record", "body": "KYIV - Russia launched'),
        ("nobody.json", b'{"title": "No body here"}'),
    ]
    for k in range(n):
        name, data = makers[k % len(makers)]
        path = folder / f"{k:03d}-{name}"
        path.write_bytes(data)
        manifest.broken.append(str(path))
    if n:
        path = folder / "mixed.jsonl"
        good = {"title": "Dnipro strike", "date": "2025-05-02", "source": "AP",
                "body": "DNIPRO, Ukraine (AP) - A Russian missile strike killed 3 people in Dnipro, "
                        "the governor said.\n"}
        path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
        manifest.broken.append(f"{path}#1")
        manifest.articles += 1
        manifest.ids.append(f"{path}#0")


# --------------------------------------------------------------------------- public


def make_articles(n: int, seed: int = 7, inconsistent_share: float = 0.15,
                  events: int = 0, per_event: int = 3) -> list[Article]:
    rng = random.Random(seed)
    out = [STORIES[k % len(STORIES)](rng, rng.random() < inconsistent_share) for k in range(n)]
    for e in range(events):
        out.extend(event_series(rng, f"quake-{seed}-{e}", per_event, falling=e % 2 == 1))
    rng.shuffle(out)
    return out


def generate(out: Path, n: int, seed: int = 7, broken: int = 0, events: int = 0,
             per_event: int = 3, inconsistent_share: float = 0.15) -> Manifest:
    """Write a corpus of `n` single stories (+ `events` series) and `broken` bad files into `out`."""
    rng = random.Random(seed + 1)
    manifest = Manifest()
    write_articles(out, make_articles(n, seed, inconsistent_share, events, per_event), rng, manifest)
    write_broken(out, broken, manifest)
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--broken", type=int, default=0)
    parser.add_argument("--events", type=int, default=0)
    args = parser.parse_args()
    manifest = generate(args.out, args.articles, args.seed, args.broken, args.events)
    args.out.with_suffix(".manifest.json").write_text(json.dumps(asdict(manifest), indent=1))
    print(f"{manifest.articles} articles, {len(manifest.broken)} broken inputs in {args.out}")


if __name__ == "__main__":
    main()
