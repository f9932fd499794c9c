"""Lexicons for reading numbers: currencies, units, calendar words, qualifiers and rates."""

from __future__ import annotations

from os.path import commonprefix
from pathlib import Path

# Currency symbols, with the country prefixes written before "$" ("US$", "A$").
SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
           "₪": "ILS", "₺": "TRY", "₱": "PHP", "₦": "NGN", "฿": "THB", "₫": "VND", "₮": "MNT",
           "₾": "GEL", "₼": "AZN", "֏": "AMD", "₭": "LAK", "៛": "KHR", "₡": "CRC"}
DOLLAR_PREFIXES = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD",
                   "nz": "NZD", "n": "NAD", "hk": "HKD", "s": "SGD", "r": "BRL", "nt": "TWD",
                   "mx": "MXN", "ec": "XCD", "tt": "TTD", "j": "JMD", "bz": "BZD", "fj": "FJD",
                   "f": "FJD", "si": "SBD", "l": "LRD", "gy": "GYD", "g": "GYD", "bds": "BBD",
                   "bd": "BMD", "ws": "WST", "b": "BSD", "rd": "DOP"}
# Local signs written before the amount: "zł 2 billion", "KSh 4 million", "Rp 1.6 trillion",
# "GH¢14" (Ghana's cedi, written with a cent sign too)
# ("Shs", as Uganda's press writes its shilling; a bare "Sh", see SHARED_WORDS; "B/." for
# Panama's balboa, "Q" for Guatemala's quetzal; "Rwf" or "FRw" for Rwanda's franc, "FBu" for
# Burundi's, "MK" for Malawi's kwacha, "Kz" for Angola's kwanza, "VT" for Vanuatu's vatu).
PREFIX_CODES = {"Rs": "INR", "Rp": "IDR", "zł": "PLN", "KSh": "KES", "Ksh": "KES", "TSh": "TZS",
                "USh": "UGX", "Shs": "UGX", "Sh": "KES", "B/": "PAB", "Q": "GTQ", "RM": "MYR",
                "Dh": "AED", "Dhs": "AED", "QR": "QAR",
                "Kč": "CZK",
                "₵": "GHS", "GH₵": "GHS", "GH¢": "GHS", "₴": "UAH", "₸": "KZT", "₲": "PYG",
                "৳": "BDT", "VNĐ": "VND",
                "JD": "JOD", "KD": "KWD", "BD": "BHD", "SR": "SAR", "RO": "OMR", "LE": "EGP",
                "E£": "EGP", "LL": "LBP", "DA": "DZD", "Br": "ETB", "Rf": "MVR", "Nu": "BTN",
                "S/": "PEN", "CFA": "XOF", "Bs": "BOB", "Bs.": "BOB", "ZiG": "ZWG",
                "Tk": "BDT", "Tk.": "BDT", "Rwf": "RWF", "RWf": "RWF", "Frw": "RWF",
                "FRw": "RWF", "FBu": "BIF", "MK": "MWK", "Kz": "AOA", "FCFA": "XOF", "VT": "VUV",
                "L£": "LBP"}
# (a CFA franc is West Africa's, XOF, unless the article names a Central African country: see
# SHARED_WORDS)
ISO_CODES = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "aud", "cad", "chf", "nzd", "hkd",
             "sgd", "krw", "rub", "brl", "zar", "sek", "nok", "dkk", "pln", "try", "mxn", "ils",
             "twd", "thb", "idr", "myr", "php", "vnd", "egp", "ngn", "kes", "pkr", "sar", "aed",
             "qar", "irr", "iqd", "uah", "czk", "huf", "ars", "clp", "cop", "pen", "uyu", "bob",
             "pyg", "ves", "dop", "gtq", "crc", "isk", "ron", "bgn", "rsd", "mad", "dzd", "tnd",
             "ghs", "xof", "xaf", "tzs", "ugx", "etb", "zmw", "mwk", "mzn", "aoa", "bwp", "nad",
             "mur", "lkr", "npr", "bdt", "mmk", "khr", "kzt", "uzs", "azn", "gel", "amd", "omr",
             "bhd", "kwd", "jod", "lbp", "nis", "zwg", "pgk", "wst", "lak", "hnl"}
# codes in common use that are not ISO 4217's: China's "RMB", Israel's "NIS"
_CODE_ALIASES = {"rmb": "CNY", "nis": "ILS"}


def code_of(word: str) -> str:
    """The ISO code a currency code written in an amount stands for ("NIS" -> ILS)."""
    return _CODE_ALIASES.get(word.lower(), word.upper())


# Currency names written after the amount ("422,000 euros", "ten million dollars").
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "franc": "CHF", "francs": "CHF", "peso": "MXN", "pesos": "MXN",
    "shekel": "ILS", "shekels": "ILS", "real": "BRL", "reais": "BRL", "rand": "ZAR",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "lira": "TRY",
    "dinar": "IQD", "dinars": "IQD", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
    "dirhams": "AED", "naira": "NGN", "rial": "IRR", "rials": "IRR", "hryvnia": "UAH",
    "zloty": "PLN", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "lire": "ITL",
    "zł": "PLN", "złoty": "PLN", "zlotys": "PLN", "złotys": "PLN", "forint": "HUF",
    "forints": "HUF", "koruna": "CZK", "lei": "RON", "leu": "RON", "cedi": "GHS", "cedis": "GHS",
    "shilling": "KES", "shillings": "KES", "birr": "ETB", "kwacha": "ZMW", "taka": "BDT",
    "dong": "VND", "đồng": "VND", "sol": "PEN", "soles": "PEN", "boliviano": "BOB",
    "bolivianos": "BOB", "lek": "ALL", "lekë": "ALL", "leke": "ALL", "manat": "AZN", "dram": "AMD",
    "drams": "AMD",
    "lari": "GEL", "tenge": "KZT", "som": "KGS", "kip": "LAK", "riel": "KHR", "riels": "KHR",
    "kyat": "MMK", "kyats": "MMK", "afghani": "AFN", "afghanis": "AFN", "ariary": "MGA",
    "kina": "PGK", "tala": "WST", "tālā": "WST", "vatu": "VUV", "gourde": "HTG", "gourdes": "HTG",
    "soum": "UZS", "soums": "UZS", "sum": "UZS", "so'm": "UZS", "so’m": "UZS", "soʻm": "UZS",
    "tetri": "GEL", "paise": "INR", "kopecks": "RUB", "kopeks": "RUB",
    "kwanza": "AOA", "kwanzas": "AOA", "pa'anga": "TOP", "pa’anga": "TOP", "loti": "LSL",
    "maloti": "LSL", "córdoba": "NIO", "córdobas": "NIO", "cordobas": "NIO", "metical": "MZN",
    "meticais": "MZN", "pula": "BWP", "quetzal": "GTQ", "quetzales": "GTQ", "lempira": "HNL",
    "lempiras": "HNL", "guaraní": "PYG", "guaranís": "PYG", "guarani": "PYG", "tugrik": "MNT",
    "tugriks": "MNT", "denar": "MKD", "denars": "MKD", "hryvnias": "UAH", "somoni": "TJS",
    "guaraníes": "PYG", "krónur": "ISK", "króna": "ISK", "kronur": "ISK", "colón": "CRC",
    "colones": "CRC", "tögrög": "MNT", "tögrögs": "MNT", "togrog": "MNT", "tugrug": "MNT",
    "manats": "AZN", "bolívares": "VES", "bolivares": "VES", "lev": "BGN", "leva": "BGN",
    "emalangeni": "SZL", "buck": "USD", "bucks": "USD", "cent": "USD", "cents": "USD",
    "pence": "GBP", "p": "GBP", "centavo": "MXN", "centavos": "MXN",
}
# One capital letter before an amount is a currency's sign only in an article that names its
# country ("N412 million" in Nigeria, "M190,000" in Lesotho, "P2.5 million" in Botswana or the
# Philippines, "Le25" in Sierra Leone); elsewhere it is a label ("M5", "K2").
LETTER_SIGNS = {"N": {"nigeria": "NGN"}, "M": {"lesotho": "LSL", "basotho": "LSL"},
                "K": {"zambia": "ZMW", "malawi": "MWK", "papua": "PGK", "myanmar": "MMK",
                      "burm": "MMK"},
                "P": {"botswana": "BWP", "philippine": "PHP", "filipino": "PHP"},
                "E": {"eswatini": "SZL", "swaziland": "SZL", "swazi": "SZL"}, "L": {"hondura": "HNL"},
                "D": {"gambia": "GMD"}, "Le": {"sierra leone": "SLE"}}
# Countries that share a currency word, by the stem of their names and demonyms ("Kenya",
# "Kenyan"; "Chile", "Chilean"; "Ivorian"; "Togolese"), with the code of each one's currency.
_SHILLING_LANDS = {"kenya": "KES", "tanzania": "TZS", "uganda": "UGX", "somali": "SOS",
                   "somaliland": "SLSH"}
_FRANC_LANDS = {"swiss": "CHF", "switzerland": "CHF", "senegal": "XOF", "mali": "XOF",
                "burkina": "XOF", "ivor": "XOF", "ivory coast": "XOF", "côte d'ivoire": "XOF",
                "côte d’ivoire": "XOF", "cote d'ivoire": "XOF", "benin": "XOF",
                "togo": "XOF", "niger": "XOF", "guinea-bissau": "XOF", "cameroon": "XAF",
                "chad": "XAF", "gabon": "XAF", "central african republic": "XAF",
                "equatorial guinea": "XAF", "brazzaville": "XAF", "burundi": "BIF",
                "rwanda": "RWF", "djibouti": "DJF", "comor": "KMF", "drc": "CDF",
                "democratic republic of the congo": "CDF", "kinshasa": "CDF",
                "french polynesia": "XPF", "tahiti": "XPF", "new caledonia": "XPF",
                "conakry": "GNF"}
_RIAL_LANDS = {"iran": "IRR", "oman": "OMR", "yemen": "YER", "saudi": "SAR", "qatar": "QAR"}
_RUPEE_LANDS = {"india": "INR", "pakistan": "PKR", "sri lanka": "LKR", "nepal": "NPR",
                "mauriti": "MUR", "seychell": "SCR"}
# A currency word or sign that several countries use, named by neither its country nor its own
# sign ("450,000 shillings", "Sh450,000", "850 francs", "950 million pesos"), is the currency of
# the country the article names most, else the word's usual one: (the word in the amount, the
# code it gives alone, the countries that use it).
NOT_MONEY = "-"  # a word that is no currency in the country named
SHARED_WORDS = [
    (r"^B\$", "BSD", {"bahama": "BSD", "brunei": "BND"}),
    (r"^C\$", "CAD", {"canad": "CAD", "nicaragu": "NIO"}),  # (the córdoba is written C$ too)
    (r"^Rs(?![A-Za-z])", "INR", _RUPEE_LANDS),
    (r"\b[Mm]anats?\b", "AZN", {"azerbaijan": "AZN", "azeri": "AZN", "turkmen": "TMT"}),
    (r"\b[Ss]oms?\b", "KGS", {"kyrgyz": "KGS", "uzbek": "UZS"}),
    # (a soum is Mongolia's district: NOT_MONEY, "in 11 of the province's 13 soums")
    (r"\b[Ss]oums?\b", "UZS", {"uzbek": "UZS", "mongoli": NOT_MONEY}),
    (r"\b[Rr]oubles?\b|\b[Rr]ubles?\b", "RUB", {"russia": "RUB", "belarus": "BYN",
                                                "transnistria": "PRB"}),
    (r"^Bs\b", "BOB", {"bolivia": "BOB", "venezuela": "VES"}),
    (r"^SR(?![A-Za-z])", "SAR", {"saudi": "SAR", "seychell": "SCR"}),
    (r"\bF?CFA\b", "XOF", {k: v for k, v in _FRANC_LANDS.items() if v in ("XOF", "XAF")}),
    (r"^Sh(?![A-Za-z])|\b[Ss]hillings?$", "KES", _SHILLING_LANDS),
    (r"\b[Ff]rancs?\b", "CHF", _FRANC_LANDS),
    (r"\b[Pp]esos?\b", "MXN", {"mexic": "MXN", "colombia": "COP", "chile": "CLP",
                              "argentin": "ARS", "urugua": "UYU", "philippine": "PHP",
                              "filipino": "PHP", "dominican republic": "DOP",
                              "santo domingo": "DOP", "cuba": "CUP"}),
    (r"\b[Cc]entavos?\b", "MXN", {"mexic": "MXN", "colombia": "COP", "chile": "CLP",
                                  "argentin": "ARS", "brazil": "BRL", "philippine": "PHP",
                                  "dominican republic": "DOP", "cuba": "CUP", "guatemal": "GTQ",
                                  "hondura": "HNL", "nicaragu": "NIO", "mozambi": "MZN",
                                  "bolivia": "BOB", "cabo verde": "CVE", "cape verde": "CVE"}),
    (r"\b[Dd]inars?\b", "IQD", {"iraq": "IQD", "serbia": "RSD", "jordan": "JOD",
                               "algeria": "DZD", "tunisia": "TND", "kuwait": "KWD",
                               "bahrain": "BHD", "libya": "LYD"}),
    (r"\b[Rr]upees?\b", "INR", _RUPEE_LANDS),
    (r"\b[Rr]ials?\b", "IRR", _RIAL_LANDS),
    (r"\b[Rr]iyals?\b", "SAR", _RIAL_LANDS),
    (r"\b[Dd]irhams?\b", "AED", {"emirat": "AED", "uae": "AED", "dubai": "AED",
                                "abu dhabi": "AED", "morocc": "MAD"}),
    (r"\b[Kk]ron(?:e|er)\b", "NOK", {"norw": "NOK", "denmark": "DKK", "danish": "DKK",
                                   "dane": "DKK", "greenland": "DKK", "faroe": "DKK"}),
    (r"\b[Kk]ron(?:a|or)\b", "SEK", {"swed": "SEK", "iceland": "ISK"}),
    (r"\b(?:[Ll]ei|[Ll]eu)\b", "RON", {"romania": "RON", "moldova": "MDL"}),
    (r"\b[Kk]wacha\b", "ZMW", {"zambia": "ZMW", "malawi": "MWK"}),
    # (and the capitals: where the text names none of these and writes no "£", its pounds are
    # a weight)
    (r"\b[Pp]ounds?\b", "GBP", {"brit": "GBP", "england": "GBP", "scotland": "GBP",
                               "wales": "GBP", "northern ireland": "GBP", "guernsey": "GBP",
                               "isle of man": "GBP", "london": "GBP", "edinburgh": "GBP",
                               "cardiff": "GBP", "belfast": "GBP", "egypt": "EGP", "cairo": "EGP",
                               "leban": "LBP", "beirut": "LBP", "sudan": "SDG", "khartoum": "SDG",
                               "south sudan": "SSP", "juba": "SSP", "syria": "SYP",
                               "damascus": "SYP", "gibraltar": "GIP", "falkland": "FKP",
                               "st helena": "SHP"}),
]
# Adjectives naming whose dollars ("Australian dollars") and the code they give.
DOLLAR_ADJECTIVES = {"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD",
                     "canadian": "CAD", "new": "NZD", "hong": "HKD", "singapore": "SGD",
                     "taiwan": "TWD", "zealand": "NZD", "kong": "HKD", "jamaican": "JMD",
                     "namibian": "NAD", "fijian": "FJD", "guyanese": "GYD", "surinamese": "SRD",
                     "belizean": "BZD", "liberian": "LRD", "bahamian": "BSD", "barbadian": "BBD",
                     "brunei": "BND", "zimbabwean": "ZWL"}
SUBUNITS = {"cent", "cents", "pence", "p", "tetri", "paise", "kopecks", "kopeks", "centavo",
            "centavos"}
# A currency named by whose it is ("CFA francs", "Djiboutian francs", "South Sudanese pounds",
# "convertible marks"): the world's currencies of ISO 4217, read from data/currencies.txt.
UNIT_ALIASES = {"riyal": "rial", "rouble": "ruble", "sheqel": "shekel", "colón": "colon",
                "cordoba": "córdoba", "bolivar": "bolívar", "pa'anga": "paʻanga",
                "pa’anga": "paʻanga", "guaraní": "guarani", "złoty": "zloty"}
_CURRENCY_OVERRIDES = {("cfa",): "XOF"}  # the two CFA francs are at par: XOF stands for both


def _load_currencies() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    by_unit: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    path = Path(__file__).parent / "data" / "currencies.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, whose, unit = line.split("\t")
            whose_words = tuple(whose.lower().split())
            code = _CURRENCY_OVERRIDES.get(whose_words, code)
            by_unit.setdefault(UNIT_ALIASES.get(unit, unit), []).append((whose_words, code))
    return by_unit


CURRENCIES_BY_UNIT = _load_currencies()
CURRENCY_CODES = {code for entries in CURRENCIES_BY_UNIT.values() for _, code in entries}


# Every code reads before or after an amount ("MVR 310 million"), but those that are words.
ISO_CODES |= {code.lower() for code in CURRENCY_CODES} - {"all", "top", "cup", "mop", "sos",
                                                          "bam"}


def sole_currency(unit: str) -> str | None:
    """The code of the one currency whose unit this is ("escudo": CVE); None when several
    currencies share the unit ("franc") or none has it."""
    entries = CURRENCIES_BY_UNIT.get(UNIT_ALIASES.get(unit, unit), ())
    return entries[0][1] if len(entries) == 1 else None


# A unit that names one currency reads alone too ("4,500 escudos"), but those that are words.
WORD_UNITS = ("mark", "real", "sol", "sum")
for _unit in sorted(CURRENCIES_BY_UNIT.keys() - set(WORD_UNITS)):
    if _code := sole_currency(_unit):
        for _form in (_unit, _unit + "s"):
            CURRENCY_WORDS.setdefault(_form, _code)


def _same_word(written: str, listed: str) -> bool:
    """ "djiboutian" names "Djibouti", "lankan" "Lanka", "seychellois" "Seychelles"."""
    return written == listed or listed not in ("and", "new") and len(
        commonprefix([written, listed])) >= min(5, len(listed))


def qualified_currency(whose: list[str], unit: str) -> str | None:
    """The code of the currency ``unit`` (singular) that the words ``whose`` (lower case) name:
    ``(["south", "sudanese"], "pound")`` -> SSP, ``(["falkland"], "pound")`` -> FKP (of the
    Falkland Islands), ``(["st", "helena"], "pound")`` -> SHP; None when they name none."""
    unit = UNIT_ALIASES.get(unit, unit)
    whose = ["saint" if w == "st" else w for w in whose]
    entries = CURRENCIES_BY_UNIT.get(unit, ())
    for same in (str.__eq__, _same_word):  # the words as listed first ("Somali", not "Somaliland")
        for listed, code in entries:
            short = listed[:-1] if listed[-1:] in (("islands",), ("island",)) else listed
            if any(len(form) == len(whose) and all(map(same, whose, form))
                   for form in (listed, short)):
                return code
    return None


# Time units: surface form -> (unit, factor). Decades and centuries become years.
TIME_UNITS = {
    "second": ("second", 1), "seconds": ("second", 1), "sec": ("second", 1),
    "secs": ("second", 1), "minute": ("minute", 1), "minutes": ("minute", 1),
    "min": ("minute", 1), "mins": ("minute", 1), "hour": ("hour", 1), "hours": ("hour", 1),
    "hr": ("hour", 1), "hrs": ("hour", 1), "day": ("day", 1), "days": ("day", 1),
    "night": ("night", 1), "nights": ("night", 1), "week": ("week", 1), "weeks": ("week", 1),
    "fortnight": ("week", 2), "fortnights": ("week", 2), "month": ("month", 1),
    "months": ("month", 1), "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1),
    "yrs": ("year", 1), "decade": ("year", 10), "decades": ("year", 10),
    "century": ("year", 100), "centuries": ("year", 100), "millennium": ("year", 1000),
    "millennia": ("year", 1000),
}
# Words allowed between a number and its time unit: "twenty working days".
DURATION_ADJECTIVES = {"working", "business", "straight", "consecutive", "full", "calendar",
                       "long", "more", "whole", "successive", "extra", "additional", "school",
                       "trading", "sitting", "light"}

# Measure units: surface form -> normalised unit name.
MEASURES = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "mi": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "foot": "ft",
    "feet": "ft", "in": "in", "inch": "in", "inches": "in", "yard": "yd", "yards": "yd",
    "yd": "yd", "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg",
    "kilos": "kg", "g": "g", "gram": "g", "grams": "g", "mg": "mg", "milligrams": "mg",
    "µg": "µg", "mcg": "µg", "microgram": "µg", "micrograms": "µg", "lb": "lb", "lbs": "lb",
    "ounce": "oz", "ounces": "oz", "oz": "oz", "tonne": "t", "tonnes": "t", "ton": "t",
    "tons": "t", "t": "t", "l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "ml": "ml", "millilitres": "ml", "gallon": "gal", "gallons": "gal", "barrel": "bbl",
    "carat": "ct", "carats": "ct",
    "barrels": "bbl", "bpd": "bbl/day", "acre": "acre", "acres": "acre", "hectare": "ha",
    "hectares": "ha", "ha": "ha", "mph": "mph", "kph": "km/h", "kmh": "km/h", "knots": "kn",
    "degrees": "°", "degree": "°", "°": "°", "°c": "°C", "°f": "°F", "celsius": "°C",
    "fahrenheit": "°F", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh",
    "gwh": "GWh", "watts": "W", "volts": "V", "mb": "MB", "gb": "GB", "tb": "TB", "kb": "KB",
    "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB", "bytes": "B", "mbps": "Mbit/s",
    "gbps": "Gbit/s", "kbps": "kbit/s", "kilobits": "kbit", "megabits": "Mbit", "megabit": "Mbit",
    "gigabits": "Gbit", "gigabit": "Gbit", "terabits": "Tbit",
    "ghz": "GHz", "mhz": "MHz", "hz": "Hz", "calories": "kcal", "kcal": "kcal",
    "magnitude": "magnitude", "light-year": "light-year", "light-years": "light-year",
    "storeys": "storey", "stories": "storey", "nmi": "nmi", "teu": "TEU", "TEU": "TEU",
    "decibels": "dB", "decibel": "dB", "db": "dB", "dB": "dB", "kilojoules": "kJ",
    "joules": "J", "pascals": "Pa", "hectopascals": "hPa", "hpa": "hPa", "millibars": "mbar",
    "millibar": "mbar", "psi": "psi",
    "kilonewtons": "kN", "newtons": "N", "lumens": "lm", "microns": "µm",
    "micrometres": "µm", "nanometres": "nm", "nanometers": "nm", "nanometre": "nm",
    "nanometer": "nm", "nm": "nm", "ppm": "ppm", "kilovolt": "kV", "kilovolts": "kV",
    "volt": "V", "megavolt": "MV", "becquerels": "Bq", "becquerel": "Bq", "bq": "Bq",
    "sieverts": "Sv", "millisieverts": "mSv", "microsieverts": "µSv",
    # Written in their own case: "480 MW", "1,500 GWh".
    "MW": "MW", "GW": "GW", "kW": "kW", "KW": "kW", "TW": "TW", "kWh": "kWh", "MWh": "MWh",
    "GWh": "GWh", "TWh": "TWh", "MB": "MB", "GB": "GB", "TB": "TB", "KB": "KB", "Mbps": "Mbit/s",
    "Gbps": "Gbit/s", "Kbps": "kbit/s",
    "GHz": "GHz", "MHz": "MHz", "Hz": "Hz", "ML": "ML", "GL": "GL", "kV": "kV",
    "horsepower": "hp", "hp": "hp",
    "watt": "W", "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW", "megawatts": "MW",
    "gigawatt": "GW", "gigawatts": "GW", "kilowatt-hours": "kWh", "kilowatt-hour": "kWh",
    "megawatt-hours": "MWh", "megawatt-hour": "MWh", "gigawatt-hours": "GWh",
    "gigawatt-hour": "GWh", "terawatt-hours": "TWh", "terawatt-hour": "TWh",
    "megalitre": "ML", "megalitres": "ML", "megaliter": "ML", "megaliters": "ML",
    "gigalitres": "GL", "gigaliters": "GL", "kilolitres": "kl", "kiloliters": "kl",
    "hectolitres": "hl", "hectoliters": "hl", "hectolitre": "hl", "decilitre": "dl",
    "decilitres": "dl", "deciliter": "dl", "deciliters": "dl",
    # local measures of land and harvest: "four stremmata", "two quintals", "12 dunams"
    "quintal": "quintal", "quintals": "quintal", "quintales": "quintal", "stremma": "stremma",
    "stremmata": "stremma", "stremmas": "stremma", "dunam": "dunam", "dunams": "dunam",
    "dunum": "dunam", "dunums": "dunam", "donum": "dunam", "donums": "dunam",
    "feddan": "feddan", "feddans": "feddan", "manzana": "manzana", "manzanas": "manzana",
    "bigha": "bigha", "bighas": "bigha", "arroba": "arroba", "arrobas": "arroba",
    "fanega": "fanega", "fanegas": "fanega", "cuerda": "cuerda", "cuerdas": "cuerda",
    "jerib": "jerib", "jeribs": "jerib", "kanal": "kanal", "kanals": "kanal", "marla": "marla",
    "marlas": "marla", "ropani": "ropani", "ropanis": "ropani", "rai": "rai", "mu": "mu",
    "pyeong": "pyeong", "tsubo": "tsubo",
    # and of weight: "900 viss of cashews", "two maunds of wheat", "a tola of gold"
    "viss": "viss", "maund": "maund", "maunds": "maund", "tola": "tola", "tolas": "tola",
    "catty": "catty", "catties": "catty", "picul": "picul", "piculs": "picul",
}
# Unit names after "square"/"cubic".
AREA_PREFIXES = {"square": "sq", "sq": "sq", "cubic": "cu"}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
CLOCK_WORDS = {"noon", "midnight", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "est", "edt", "pst", "pdt",
               "cet", "cest", "ist", "jst", "kst", "aest", "hrs", "o'clock", "o’clock"}

# Approximators before a number, longest first; kept out of the span, reported as qualifier.
QUALIFIERS = [
    "more than", "less than", "fewer than", "greater than", "higher than", "lower than",
    "at least", "at most", "up to", "as many as", "as much as", "as few as", "as little as",
    "close to", "upwards of", "in excess of", "no more than", "no less than", "not more than",
    "just over", "just under", "well over", "well under", "just above", "just below",
    "an estimated", "an average of", "a total of", "a maximum of", "a minimum of", "around",
    "about", "approximately", "roughly", "nearly", "almost", "over", "under", "some", "only",
    "just", "estimated", "approx.", "approx", "circa", "c.", "~", "maybe", "perhaps",
    "barely", "above", "below", "exactly", "precisely", "fully",
]
# Rates after a number: surface form (lower-case words) -> period.
RATE_PERIODS = {"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
                "hour": "hour", "minute": "minute", "second": "second", "decade": "decade",
                "night": "night", "person": "person", "head": "person", "capita": "person",
                "quarter": "quarter", "yr": "year", "game": "game", "match": "match",
                "barrel": "barrel", "share": "share", "litre": "litre", "liter": "litre",
                "gallon": "gallon", "tonne": "tonne", "ton": "ton", "kilo": "kg", "kg": "kg",
                "household": "household", "family": "family", "passenger": "passenger",
                "ticket": "ticket", "student": "student", "child": "child"}
RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "hourly": "hour", "nightly": "night", "p.a.": "year",
                "quarterly": "quarter"}
