"""Units of measurement: the surface table used by the number scanner, and the app's pint registry.

Two jobs, both kept off the import path:

* **Surface lookup** (`unit_after`, `currency_before`): the words and symbols that may follow
  or precede a number ("km", "kilometres", "per cent", "$", "USD", "degrees Celsius").  The
  table is built once, on first use, from quantulum3's packaged ``units.json`` (read as plain
  JSON: quantulum3's parser is never imported, its first parse costs seconds) plus the
  additions below.  Building it takes a few milliseconds.
* **Conversion** (`convert`, `same_dimension`): the single pint ``UnitRegistry`` of the app,
  created lazily the first time a conversion is asked for.

Canonical names are what pint parses ("kilometer", "hour", "percent", "degree_Celsius",
"kilometer ** 2") or ISO 4217 codes for money ("USD", "EUR", "GBP", "UAH", "RUB").  A few
names pint does not know are kept in snake case: "percentage_point", "basis_point",
and the *age* units below.

Units that mean "not a claim": an age ("a 5-year-old", "aged 34", "ten months old") is
returned by `checker.numbers.find_mentions` as a mention with one of `AGE_UNITS`
("year_of_age", "month_of_age", "week_of_age", "day_of_age"); the claims layer should drop
those (`is_claim_unit(unit)` is False for them).
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

AGE_UNITS: frozenset[str] = frozenset({"year_of_age", "month_of_age", "week_of_age", "day_of_age"})
NOT_CLAIM_UNITS: frozenset[str] = AGE_UNITS


def is_claim_unit(unit: str | None) -> bool:
    """False for units that mark a figure which is not a claim (ages)."""
    return unit not in NOT_CLAIM_UNITS


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as the scanner sees it: canonical name, the names a scorer may match, its kind."""

    name: str
    aliases: tuple[str, ...]
    kind: str = "other"  # currency | percent | temperature | length | time | ... | other


# ---------------------------------------------------------------- canonical names

_NAME_OVERRIDES: dict[str, str] = {
    "percentage": "percent",
    "percentage point": "percentage_point",
    "basis point": "basis_point",
    "degree angle": "degree",
    "degree celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree rankine": "degree_Rankine",
    "pound-mass": "pound",
    "light-year": "light_year",
    "metric ton": "metric_ton",
    "tonne": "metric_ton",
    "kilometre per hour": "kilometer / hour",
    "mile per hour": "mile / hour",
    "metre per second": "meter / second",
}


def canonical_name(name: str) -> str:
    """quantulum3's unit name -> a pint-parsable name ("square kilometre" -> "kilometer ** 2")."""
    low = name.lower()
    if low in _NAME_OVERRIDES:
        return _NAME_OVERRIDES[low]
    low = low.replace("metre", "meter").replace("litre", "liter")
    low = re.sub(r"\bsquare (\w+)", r"\1 ** 2", low)
    low = re.sub(r"\bcubic (\w+)", r"\1 ** 3", low)
    low = low.replace(" per ", " / ")
    return re.sub(r"(?<=\w)[ -](?=\w)", "_", low)


# ---------------------------------------------------------------- our additions
# (canonical name, kind, surfaces...).  Surfaces are matched case-insensitively when they are
# three characters or longer, case-sensitively when shorter ("m" metre, "M" mega/million).

_EXTRA: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("percent", "percent", ("%", "per cent", "percent", "pct", "pct.", "percentage", "p.c.")),
    ("percentage_point", "percent", ("percentage point", "percentage points")),
    ("basis_point", "percent", ("basis point", "basis points", "bps", "bp")),
    ("USD", "currency", ("$", "US$", "U.S.$", "USD", "usd", "dollar", "dollars", "US dollar",
                         "US dollars", "U.S. dollars", "u.s. dollars", "us dollars",
                         "United States dollars", "bucks", "MUSD")),
    ("EUR", "currency", ("€", "EUR", "eur", "euro", "euros", "MEUR")),
    ("GBP", "currency", ("£", "GBP", "gbp", "pound sterling", "pounds sterling", "sterling",
                         "British pounds", "MGBP")),
    ("JPY", "currency", ("¥", "JPY", "yen", "Japanese yen")),
    ("CNY", "currency", ("CNY", "yuan", "renminbi", "RMB", "rmb", "元", "Chinese yuan", "kuai")),
    ("UAH", "currency", ("UAH", "₴", "hryvnia", "hryvnias", "hryvnya", "hryvnyas", "hryvni")),
    ("RUB", "currency", ("RUB", "₽", "rouble", "roubles", "ruble", "rubles")),
    ("INR", "currency", ("INR", "₹", "Rs", "Rs.", "rupee", "rupees", "Indian rupees")),
    ("CAD", "currency", ("CAD", "C$", "c$", "CAD$", "cad$", "Canadian dollars")),
    ("AUD", "currency", ("AUD", "A$", "AU$", "aud$", "Australian dollars", "MAUD")),
    ("NZD", "currency", ("NZD", "NZ$", "nzd$", "New Zealand dollars")),
    ("HKD", "currency", ("HKD", "HK$", "hk$", "Hong Kong dollars")),
    ("MXN", "currency", ("MXN", "Mex$", "mex$", "mxn$", "Mexican pesos")),
    ("CHF", "currency", ("CHF", "Swiss francs", "swiss franc")),
    ("TRY", "currency", ("TRY", "₺", "lira", "liras", "Turkish lira", "Turkish liras")),
    ("KRW", "currency", ("KRW", "₩", "won", "South Korean won")),
    ("ILS", "currency", ("ILS", "₪", "shekel", "shekels", "new shekels")),
    ("NGN", "currency", ("NGN", "₦", "naira")),
    ("BTC", "currency", ("BTC", "₿", "bitcoin", "bitcoins")),
    ("CRC", "currency", ("CRC", "₡", "colon", "colones")),
    ("GEL", "currency", ("GEL", "₾", "lari")),
    ("LAK", "currency", ("LAK", "₭", "kip")),
    ("LKR", "currency", ("LKR", "ரூ")),
    ("PLN", "currency", ("PLN", "zloty", "zlotys", "złoty")),
    ("SEK", "currency", ("SEK", "Swedish kronor", "Swedish crowns")),
    ("NOK", "currency", ("NOK", "Norwegian kroner")),
    ("DKK", "currency", ("DKK", "Danish kroner")),
    ("CZK", "currency", ("CZK", "koruna", "korunas", "Czech crowns")),
    ("HUF", "currency", ("HUF", "forint", "forints")),
    ("VND", "currency", ("VND", "₫", "dong", "Vietnamese dong")),
    ("PKR", "currency", ("PKR", "Pakistani rupees", "Pakistani rupee")),
    ("NPR", "currency", ("NPR", "Nepali rupees", "Nepalese rupees")),
    ("BDT", "currency", ("BDT", "Tk", "Tk.", "taka")),
    ("IDR", "currency", ("IDR", "Rp", "Rp.", "rupiah")),
    ("MYR", "currency", ("MYR", "RM", "ringgit")),
    ("SGD", "currency", ("SGD", "S$", "s$", "Singapore dollars")),
    ("TWD", "currency", ("TWD", "NT$", "nt$", "Taiwan dollars", "New Taiwan dollars")),
    ("THB", "currency", ("THB", "฿", "baht")),
    ("PHP", "currency", ("₱", "Philippine pesos")),
    ("KES", "currency", ("KES", "KSh", "Ksh", "KShs", "Sh", "Kenyan shillings", "Kenya shillings")),
    ("UGX", "currency", ("UGX", "USh", "UShs", "Shs", "Ugandan shillings", "Uganda shillings")),
    ("TZS", "currency", ("TZS", "TSh", "TShs", "Tanzanian shillings")),
    ("GHS", "currency", ("GHS", "GH₵", "GH¢", "GHc", "cedi", "cedis")),
    ("ETB", "currency", ("ETB", "birr")),
    ("AFN", "currency", ("AFN", "afghani", "afghanis", "Afghani", "Afghanis")),
    ("ZAR", "currency", ("ZAR", "rand")),
    ("EGP", "currency", ("EGP", "E£", "Egyptian pounds")),
    ("SAR", "currency", ("SAR", "riyal", "riyals", "Saudi riyals")),
    ("AED", "currency", ("AED", "dirham", "dirhams")),
    ("BRL", "currency", ("BRL", "R$", "r$", "reais", "real", "Brazilian reais")),
    ("ARS", "currency", ("ARS", "Argentine pesos")),
    ("COP", "currency", ("COP", "Colombian pesos")),
    ("CLP", "currency", ("CLP", "Chilean pesos")),
    ("PEN", "currency", ("soles", "Peruvian soles")),
    ("KZT", "currency", ("KZT", "₸", "tenge")),
    ("KGS", "currency", ("KGS", "som", "soms", "Kyrgyz som")),
    ("UZS", "currency", ("UZS", "Uzbek sum", "Uzbek som", "soum", "soums")),
    ("AZN", "currency", ("AZN", "₼", "manat", "manats")),
    ("MNT", "currency", ("MNT", "₮", "tugrik", "tugriks", "togrog")),
    ("MMK", "currency", ("MMK", "kyat", "kyats")),
    ("KHR", "currency", ("KHR", "riel", "riels")),
    ("ZMW", "currency", ("ZMW", "kwacha", "Zambian kwacha")),
    ("MWK", "currency", ("MWK", "Malawian kwacha")),
    ("XOF", "currency", ("XOF", "CFA franc", "CFA francs", "CFA")),
    ("RWF", "currency", ("RWF", "Rwandan francs", "Rwf", "FRW")),
    ("MAD", "currency", ("MAD", "Moroccan dirhams")),
    ("IQD", "currency", ("IQD", "Iraqi dinars", "dinar", "dinars")),
    ("JOD", "currency", ("JOD", "JD", "Jordanian dinars")),
    ("LYD", "currency", ("LYD", "Libyan dinars")),
    ("TND", "currency", ("TND", "Tunisian dinars")),
    ("IRR", "currency", ("IRR", "rial", "rials", "Iranian rials")),
    ("LBP", "currency", ("LBP", "Lebanese pounds")),
    ("SDG", "currency", ("SDG", "Sudanese pounds")),
    ("MZN", "currency", ("MZN", "metical", "meticais")),
    ("AOA", "currency", ("AOA", "kwanza", "kwanzas")),
    ("BOB", "currency", ("BOB", "boliviano", "bolivianos")),
    ("PYG", "currency", ("PYG", "guarani", "guaranies")),
    ("GTQ", "currency", ("GTQ", "quetzal", "quetzales")),
    ("HNL", "currency", ("HNL", "lempira", "lempiras")),
    ("HTG", "currency", ("HTG", "gourde", "gourdes")),
    ("VES", "currency", ("VES", "bolivar", "bolivars", "bolívares")),
    ("FRF", "currency", ("franc", "francs")),
    ("ESP", "currency", ("peseta", "pesetas")),
    ("FIM", "currency", ("markka", "markkaa", "finnish markka")),
    ("NLG", "currency", ("guilder", "guilders", "dutch guilders")),
    ("DEM", "currency", ("mark", "marks", "deutsche mark", "deutschmarks")),
    ("cent", "currency", ("cent", "cents", "¢")),
    ("penny", "currency", ("penny", "pence", "p")),
    ("satoshi", "currency", ("satoshi", "satoshis")),
    ("kilometer", "length", ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
    ("meter", "length", ("m", "metre", "metres", "meter", "meters", "mtrs")),
    ("centimeter", "length", ("cm", "centimetre", "centimetres", "centimeter", "centimeters")),
    ("millimeter", "length", ("mm", "millimetre", "millimetres", "millimeter", "millimeters")),
    ("mile", "length", ("mi", "mile", "miles")),
    ("nautical_mile", "length", ("nautical mile", "nautical miles", "nmi")),
    ("foot", "length", ("ft", "foot", "feet", "'")),
    ("inch", "length", ("in.", "inch", "inches", '"', "″")),
    ("yard", "length", ("yd", "yds", "yard", "yards")),
    ("kilogram", "mass", ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme",
                          "kilogrammes")),
    ("gram", "mass", ("g", "gram", "grams", "gramme", "grammes")),
    ("metric_ton", "mass", ("t", "tonne", "tonnes", "metric ton", "metric tons", "metric tonnes")),
    ("ton", "mass", ("ton", "tons")),
    ("pound", "mass", ("lb", "lbs", "pound", "pounds")),
    ("liter", "volume", ("l", "L", "litre", "litres", "liter", "liters", "ltr")),
    ("gallon", "volume", ("gal", "gallon", "gallons")),
    ("barrel", "volume", ("bbl", "barrel", "barrels")),
    ("hour", "time", ("h", "hr", "hrs", "hour", "hours")),
    ("minute", "time", ("min", "mins", "minute", "minutes")),
    ("second", "time", ("s", "sec", "secs", "second", "seconds")),
    ("day", "time", ("day", "days")),
    ("week", "time", ("wk", "wks", "week", "weeks")),
    ("month", "time", ("month", "months")),
    ("year", "time", ("yr", "yrs", "year", "years")),
    ("decade", "time", ("decade", "decades")),
    ("century", "time", ("century", "centuries")),
    ("kilometer / hour", "speed", ("km/h", "kmh", "kph", "kmph", "km/hr", "km per hour",
                                   "kilometres per hour", "kilometers per hour",
                                   "kilometre per hour", "kilometer per hour", "km an hour",
                                   "kilometres an hour", "kilometers an hour")),
    ("mile / hour", "speed", ("mph", "miles per hour", "mile per hour", "miles an hour",
                              "mile an hour", "mi/h")),
    ("knot", "speed", ("knot", "knots", "kt", "kts")),
    ("degree_Celsius", "temperature", ("°C", "ºC", "° C", "C", "celsius", "degrees celsius",
                                       "degree celsius", "deg celsius", "deg c", "degrees c",
                                       "degree c", "centigrade", "degrees centigrade", "celcius",
                                       "degrees celcius", "centigrate")),
    ("degree_Fahrenheit", "temperature", ("°F", "ºF", "° F", "F", "fahrenheit",
                                          "degrees fahrenheit", "degree fahrenheit",
                                          "deg fahrenheit", "deg f", "degrees f", "degree f",
                                          "farenheit", "degrees farenheit", "degree farenheit")),
    ("degree", "angle", ("°", "º", "degree", "degrees", "deg", "deg.")),
    ("kilometer ** 2", "area", ("km2", "km²", "sq km", "sq. km", "square kilometre",
                                "square kilometres", "square kilometer", "square kilometers")),
    ("meter ** 2", "area", ("m2", "m²", "sq m", "square metre", "square metres", "square meter",
                            "square meters")),
    ("square_mile", "area", ("sq mi", "square mile", "square miles")),
    ("hectare", "area", ("ha", "hectare", "hectares")),
    ("acre", "area", ("acre", "acres")),
    ("megawatt", "power", ("MW", "megawatt", "megawatts")),
    ("gigawatt", "power", ("GW", "gigawatt", "gigawatts")),
    ("kilowatt", "power", ("kW", "kilowatt", "kilowatts")),
    ("megawatt_hour", "energy", ("MWh", "megawatt hour", "megawatt hours", "megawatt-hours")),
    ("kilowatt_hour", "energy", ("kWh", "kilowatt hour", "kilowatt hours", "kilowatt-hours")),
    ("gigawatt_hour", "energy", ("GWh", "gigawatt hour", "gigawatt hours")),
    ("megabyte", "data", ("MB", "megabyte", "megabytes")),
    ("gigabyte", "data", ("GB", "gigabyte", "gigabytes")),
    ("terabyte", "data", ("TB", "terabyte", "terabytes")),
    ("megabit", "data", ("mb", "Mb", "megabit", "megabits")),
    ("bit", "data", ("bit", "bits")),
    ("cubic_foot", "volume", ("cubic foot", "cubic feet", "cu ft")),
    ("meter ** 3", "volume", ("m3", "m³", "cubic metre", "cubic metres", "cubic meter",
                              "cubic meters")),
    ("milliliter", "volume", ("ml", "mL", "millilitre", "millilitres", "milliliter",
                              "milliliters")),
    ("microgram", "mass", ("μg", "µg", "mcg", "microgram", "micrograms", "microgramme",
                           "microgrammes")),
    ("milligram", "mass", ("mg", "milligram", "milligrams")),
    ("ounce", "mass", ("oz", "ounce", "ounces")),
    ("decimeter", "length", ("dm", "decimetre", "decimetres", "decimeter", "decimeters")),
    ("picometer", "length", ("pm", "picometre", "picometer", "picometres", "picometers")),
    ("radian", "angle", ("rad", "radian", "radians")),
    ("turn", "angle", ("turn", "turns")),
    ("tablespoon", "volume", ("tbsp", "tablespoon", "tablespoons")),
    ("teaspoon", "volume", ("tsp", "teaspoon", "teaspoons")),
    ("cup", "volume", ("cup", "cups")),
    ("dram", "mass", ("dram", "drams", "drachma", "drachmas")),
    ("kilometer / millisecond", "speed", ("km/ms",)),
    ("meter / millisecond", "speed", ("meters per millisecond", "metres per millisecond")),
    ("centimeter / millisecond", "speed", ("centimeters/millisecond",
                                           "centimetres/millisecond")),
)

# Names a scorer may use for the same unit, not matched as surfaces ("tons" are written for
# tonnes in most news).
_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "metric_ton": ("ton", "tons"),
    "GBP": ("pound", "pounds"),
    "USD": ("dollar",),
    "NLG": ("netherlands guilder",),
    "LKR": ("sri lankan rupee",),
    "CNY": ("chinese yuan",),
}

# Words quantulum3 lists as units that are ordinary English after a number, or that the
# scanner handles itself (scale words, "dozen").  They never become units.
_STOP_SURFACES: frozenset[str] = frozenset({
    "a", "an", "as", "at", "in", "is", "it", "of", "on", "or", "to", "by", "be", "do", "no", "so",
    "up", "we", "he", "me", "my", "us", "am", "pm", "are", "set", "pair", "pairs", "sets",
    "dozen", "dozens", "score", "scores", "gross", "hundred", "thousand", "million", "billion",
    "trillion", "k", "K", "M", "B", "G", "b", "bn", "mn", "mil", "mln", "bln", "point", "points",
    "per", "unit", "units", "one", "ones", "the", "and", "for", "from", "time", "times", "day",
    "net", "span", "drop", "drops", "pace", "hand", "hands", "stone", "stones", "line", "lines",
    "bar", "bars", "cycle", "cycles", "can", "cans", "pt", "sh", "yo", "mo", "s", "d", "c", "f",
    "e", "term", "terms", "shot", "shots", "step", "steps", "round", "rounds", "case", "cases",
})

_KEEP_EXTRA_STOPS: frozenset[str] = frozenset()
_NORM_SPACE = re.compile(r"\s+")
_NORM_SLASH = re.compile(r"\s*/\s*")


_PLAIN_SURFACE = re.compile(r"[^\s/-]+(?: [^\s/-]+)*")


def norm_surface(s: str) -> str:
    """The lookup key of a surface: single spaces, no spaces around '/', no '-' between words."""
    if s.isalpha() or _PLAIN_SURFACE.fullmatch(s) is not None:
        return s  # already a key: the common case, without the two substitutions
    s = _NORM_SLASH.sub("/", _NORM_SPACE.sub(" ", s.strip()))
    return s.replace("-", " ") if len(s) > 2 else s


_FIRST = re.compile(r"[^\s/-]+")


def _first_token(key: str) -> str:
    m = _FIRST.match(key)
    return m.group() if m else key


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _quantulum_units() -> dict[str, Any]:
    """quantulum3's units.json, read as JSON without importing quantulum3 ({} if absent)."""
    try:
        spec = importlib.util.find_spec("quantulum3")
    except (ImportError, ValueError):
        return {}
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "units.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class _Table:
    """Surface -> Unit, in a case-sensitive map (short symbols) and a case-folded map (words)."""

    def __init__(self) -> None:
        self.exact: dict[str, Unit] = {}
        self.folded: dict[str, Unit] = {}
        self.max_words = 1
        self.currency_prefix: dict[str, Unit] = {}
        self.first_exact: set[str] = set()  # first token of every surface, for a quick reject
        self.first_folded: set[str] = set()
        # first token of every surface of two tokens or more ("sq" of "sq km")
        self.multi_first_exact: set[str] = set()
        self.multi_first_folded: set[str] = set()

    def add(self, surface: str, unit: Unit, *, override: bool = False) -> None:
        key = norm_surface(surface)
        if not key or (key in _STOP_SURFACES and key not in _KEEP_EXTRA_STOPS and not override):
            return
        self.max_words = max(self.max_words, key.count(" ") + 1)
        first = _first_token(key)
        self.first_exact.add(first)
        self.first_folded.add(first.lower())
        short = len(key) <= 2 or not key.isascii() or (key.isupper() and len(key) <= 4)
        multi = first != key
        if short and (override or key not in self.exact):
            self.exact[key] = unit
            if multi:
                self.multi_first_exact.add(first)
        if len(key) >= 3:
            folded = key.lower()
            if override or folded not in self.folded:
                self.folded[folded] = unit
                if multi:
                    self.multi_first_folded.add(first.lower())


def _build_table() -> _Table:
    table = _Table()
    collected: dict[str, tuple[str, set[str], list[str]]] = {}  # name -> (kind, aliases, surfaces)
    for qname, info in _quantulum_units().items():
        entity = info.get("entity", "")
        if entity in ("dimensionless", "unknown", "") or qname in ("unk", "dimensionless"):
            continue
        code = info.get("currency_code")
        name = code if code else canonical_name(qname)
        kind = "currency" if entity == "currency" else entity
        surfaces = [qname, *info.get("surfaces", [])]
        surfaces += [_plural(s) for s in surfaces if s and s[-1].isalpha()]
        symbols = list(info.get("symbols", []))
        entry = collected.setdefault(name, (kind, set(), []))
        entry[1].update(s for s in surfaces + symbols if s)
        entry[2].extend(surfaces + symbols)
    for name, kind, surfaces in _EXTRA:
        entry = collected.setdefault(name, (kind, set(), []))
        entry[1].update(surfaces)
    for name, extra in _EXTRA_ALIASES.items():
        if name in collected:
            collected[name][1].update(extra)
    units: dict[str, Unit] = {}
    for name, (kind, aliases, _) in collected.items():
        units[name] = Unit(name, tuple(sorted({name, *aliases})), kind)
    for name, (_, _, surfaces) in collected.items():
        for s in surfaces:
            table.add(s, units[name])
    for name, _, surfaces in _EXTRA:  # our additions win over quantulum3's choices
        for s in surfaces:
            table.add(s, units[name], override=True)
    for name, unit in units.items():
        if unit.kind == "currency":
            for s in unit.aliases:
                if not s[:1].isalpha() or (s.isupper() and 2 <= len(s) <= 4) or s.endswith("$"):
                    table.currency_prefix[s.lower() if s.endswith("$") else s] = unit
            table.currency_prefix.setdefault(name, unit)
    for name, kind, surfaces in _EXTRA:
        if kind == "currency":
            for s in surfaces:
                if not s[:1].isalpha() or s.isupper() or s.endswith("$"):
                    table.currency_prefix[s.lower() if s.endswith("$") else s] = units[name]
    for s, name in _LETTER_PREFIXES.items():
        table.currency_prefix[s] = units[name]
    table.currency_prefix.pop("p", None)
    table.currency_prefix.pop("¢", None)
    return table


# Shillings and cedis as East and West African papers write them ("Sh250 million", "Shs2 billion",
# "GH¢1.2 million"), and the one-letter signs of the naira and the rand ("N5m", "R4.2bn"), which
# are currencies only before an amount (`_ONE_LETTER_AMOUNT`): "the N1" and "the R21" are roads.
_LETTER_PREFIXES = {"Sh": "KES", "Ksh": "KES", "KShs": "KES", "Shs": "UGX", "USh": "UGX", "UShs": "UGX",
                    "TSh": "TZS", "TShs": "TZS", "GH¢": "GHS", "GHc": "GHS", "N": "NGN", "R": "ZAR"}
_ONE_LETTER_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:[ \t]?(?:m|bn|k|tn)\b"
                                r"|[ \t-]?(?:million|billion|trillion)\b"
                                r"|[ \t]+(?:per|each|a[ \t]+(?:month|week|day|year|head))\b)")


_TABLE: _Table | None = None


def table() -> _Table:
    """The lazily built surface table (a few milliseconds, once per process)."""
    global _TABLE
    if _TABLE is None:
        _TABLE = _build_table()
    return _TABLE


def lookup(surface: str) -> Unit | None:
    """The unit a surface names ("km", "Kilometres", "per cent", "$"), or None."""
    key = surface if surface.isalpha() else norm_surface(surface)
    t = _TABLE or table()
    hit = t.exact.get(key)
    if hit is None and len(key) >= 3:
        hit = t.folded.get(key.lower())
    return hit


def get_unit(name: str) -> Unit | None:
    """The Unit with this canonical name ("USD", "kilometer"), if the table has it."""
    hit = lookup(name)
    return hit if hit is not None and hit.name == name else _by_name().get(name)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Unit]:
    t = table()
    return {u.name: u for u in (*t.exact.values(), *t.folded.values())}


# A run of up to four unit-ish tokens after a number: words, symbols, "km/h", "sq. km".
_TOKEN = r"(?:ரூ|[°º][CFK]\b|[^\W\d_][\w²³.$]*|[%°º$€£¥′″'\"¢₿₡₾₭₴₽₹₩₺₪₦元]+)"
_TAIL = re.compile(
    r"[ \t\u00a0]{0,2}(?:[(\[{<][ ]?)?(" + _TOKEN + r"(?:(?:[ \t\u00a0]{1,2}|[ \t]?[/-][ \t]?)"
    + r"(?:" + _TOKEN + r"|\d(?![\d.,])))" + r"{0,3})"
)
_CLOSE = re.compile(r"[ ]?[)\]}>]")
# The start of _TAIL up to its first token: _TAIL matches exactly when this does, with the same
# first token (which holds no space, "/" or "-", so it is also `_first_token` of the tail).
_HEAD = re.compile(r"[ \t\u00a0]{0,2}(?:[(\[{<][ ]?)?(" + _TOKEN + r")")


def unit_after(text: str, pos: int, end: int | None = None) -> tuple[Unit, int] | None:
    """The longest unit surface starting at text[pos] (after at most two spaces).

    Returns the unit and the end offset of its surface, or None.  "12 hours later" -> hour;
    "10 km/h" -> kilometer / hour; "20 (kg)" -> kilogram.
    """
    stop = len(text) if end is None else end
    head = _HEAD.match(text, pos, stop)
    if head is None:
        return None
    t = _TABLE or table()
    first = head.group(1)
    if first not in t.first_exact:
        low = first.lower()
        if low not in t.first_folded and low.rstrip(".") not in t.first_folded:
            return None
    if first in t.multi_first_exact or first.lower() in t.multi_first_folded:
        m = _TAIL.match(text, pos, stop)
        if m is None:  # cannot happen (see _HEAD)
            return None
        tail = m.group(1)
        ends = [e.end() for e in _TOKEN_RE.finditer(tail)]
        surfaces = [tail[:ends[k - 1]] for k in range(min(len(ends), t.max_words + 2), 0, -1)]
    else:
        m = head  # only the first token can be a surface: skip the longer ones
        surfaces = [first]
    base = m.start(1)
    for surface in surfaces:
        unit = lookup(surface)
        cand = surface
        if unit is None and surface[-1] == ".":
            cand = surface.rstrip(".")
            if cand:
                unit = lookup(cand)
        if unit is not None:
            unit_end = base + len(cand)
            if base > m.start() and m.group(0)[: base - m.start()].strip():  # opened a bracket
                close = _CLOSE.match(text, unit_end)
                if close is None:
                    return None
                unit_end = close.end()
            return unit, unit_end
    return None


_TOKEN_RE = re.compile(_TOKEN + r"|\d")


def _split_tokens(tail: str) -> list[int]:
    """End offsets (within tail) of its successive tokens."""
    return [m.end() for m in _TOKEN_RE.finditer(tail)]


_PREFIX = re.compile(r"(?:(?<![\w$])([A-Za-z]{1,3}\.?\s?\$|[A-Z]{3}\$|(?i:u\.s\.?\s?\$)|[$€£¥₴₽₹₩₺₪₦₿₡₾₭¢]|"
                     r"ரூ|[₫฿₱]|\b[A-Z]{3,4}|"
                     r"\b(?:Rs\.?|Tk\.?|Rp\.?|RM|JD|K?Shs?|KShs|U?Shs?|TShs?|GH[¢c]|[NR]|dollars?|euros?|rmb|usd|eur|gbp|sen))"
                     r"[ \t\u00a0]?)\Z")


_PREFIX_WORDS = frozenset({"dollar", "dollars", "euro", "euros", "rs", "rmb", "usd", "eur", "gbp",
                           "sen", "cad", "aud", "maud", "ரூ", "tk", "rp", "ksh", "sh", "shs", "kshs", "ush",
                           "ushs", "tsh", "tshs", "ghc", "jd"})


# Lower-case letters no word of _PREFIX_WORDS ends with: a word ending in one is neither upper
# case, a currency word nor "...$".
_NOT_PREFIX_END = frozenset("abcdefghijklmnopqrstuvwxyz") - {w[-1] for w in _PREFIX_WORDS}

_SPACED_DOLLAR_PREFIXES = frozenset({"c", "us", "u.s.", "u.s", "hk", "nz", "au", "mex", "cad",
                                     "aud", "usd", "mxn", "nzd", "hkd"})


_DOTTED_PREFIXES = ("Rs.", "Tk.", "Rp.")


def currency_before(text: str, pos: int, floor: int = 0) -> tuple[Unit, int] | None:
    """A currency sign or ISO code written just before text[pos] ("$", "US$", "€ ", "USD ")."""
    lo = pos - 8 if pos - 8 > floor else floor
    if pos <= lo:
        return None
    window = text[lo:pos]
    w = window.rstrip(" \t\u00a0")
    if w.endswith(_DOTTED_PREFIXES):
        w = w[:-1]  # "Rs.1 million", "Tk. 500"
    if not w or w[-1].isdigit() or w[-1] in ".,;:!?()'\"-":
        return None
    if w[-1] in _NOT_PREFIX_END:
        return None  # a lower-case word that is no currency word ("about 5")
    if w[-1].isalpha():
        word = w.rsplit(None, 1)[-1]
        if not (word.isupper() or word.lower() in _PREFIX_WORDS or word.endswith("$")):
            return None
    m = _PREFIX.search(window)
    if m is None:
        return None
    raw = m.group(1)
    key = raw.replace(" ", "").replace("\u00a0", "")
    if key in ("N", "R") and not _ONE_LETTER_AMOUNT.match(text, pos):
        return None
    t = _TABLE or table()
    spaced = key.endswith("$") and raw.rstrip()[:-1] != raw.rstrip()[:-1].rstrip()
    if spaced and key[:-1].lower() not in _SPACED_DOLLAR_PREFIXES:
        key = key + "?"  # "a $5": an article, not a prefix
    if key.endswith(("$", "$?")) and len(key) > 1 and key.lower() not in t.currency_prefix:
        dollar = raw.rindex("$")  # "at $ 5", "a $5": the letters are a word, not a prefix
        return t.currency_prefix["$"], lo + m.start(1) + dollar
    unit = t.currency_prefix.get(key) or t.currency_prefix.get(key.lower())
    if unit is None:
        unit = t.currency_prefix.get(key.upper()) if key.upper() in t.currency_prefix else None
        if unit is None:
            unit = lookup(key)
            if unit is None or unit.kind != "currency":
                return None
    return unit, lo + m.start(1)


# ---------------------------------------------------------------- pint

_UREG: Any = None


def registry() -> Any:
    """The app's one pint UnitRegistry, created on first use (about half a second)."""
    global _UREG
    if _UREG is None:
        import logging

        import pint

        logging.getLogger("pint").setLevel(logging.ERROR)
        _UREG = pint.UnitRegistry(cache_folder=":auto:")
        _UREG.define("decade_of_years = 10 * year")  # pint's own "decade" is a logarithmic ratio
    return _UREG


_PINT_NAME = {"decade": "decade_of_years"}
_KIND_OF: dict[str, str] = {name: kind for name, kind, _ in _EXTRA}


def _parse(name: str) -> Any:
    if name in NOT_CLAIM_UNITS:
        name = name.split("_of_", 1)[0]
    name = _PINT_NAME.get(name, name)
    try:
        return registry().parse_units(name)
    except Exception:  # pint raises several unrelated types for bad names
        return None


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """`value` in `from_unit` expressed in `to_unit`; None if either is unknown or they differ.

    Currency codes are not converted (no exchange rates); equal codes return the value.
    """
    if from_unit == to_unit:
        return float(value)
    a, b = _parse(from_unit), _parse(to_unit)
    if a is None or b is None:
        return None
    try:
        return float(registry().Quantity(value, a).to(b).magnitude)
    except Exception:
        return None


def same_dimension(a: str, b: str) -> bool:
    """True when the two unit names measure the same kind of quantity (km and mile)."""
    if a == b:
        return True
    ka, kb = _KIND_OF.get(a), _KIND_OF.get(b)
    if ka is not None and kb is not None and ka != kb:
        return False  # pint calls percent, angles and bits all dimensionless
    ua, ub = _parse(a), _parse(b)
    if ua is None or ub is None:
        return False
    try:
        return bool(ua.dimensionality == ub.dimensionality)
    except Exception:
        return False
