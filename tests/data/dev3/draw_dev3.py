"""Seeded selection of the third development set (``tests/data/dev3``; README there).

Run from the repository root: ``python tests/data/dev3/draw_dev3.py [CORPUS]``. Prints
the drawn articles per topic in draw order: topic, ``pool_index``, half, article key,
outlet, title. ``tests/test_dev3_gold.py`` checks that it gives ``articles.csv``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
#: Outlets whose articles are in the held-out set: never drawn.
HELD_OUT = ("okaz", "alriyadh", "aljazirah", "aleqtisadiya")
#: The two days with the fewest articles in ../dev and ../dev2 (one each); every day of
#: the corpus copy has at least one.
DAYS = ("2015-07-23", "2015-08-01")
#: Body length in characters (NFC), bounds included.
MIN_BODY, MAX_BODY = 400, 1500
PER_TOPIC = 8
PER_OUTLET_TOPIC = 2
#: Two bodies at or above this word 3-gram Jaccard similarity are one story (the same
#: wire report in two outlets): the later drawn is skipped.
SAME_STORY = 0.2
#: Title keywords per topic, tried in this order: the first topic with a keyword in the
#: title wins; titles with none are not drawn. A one-word keyword matches a title word
#: after removing at most one of the proclitics و ف ب ل ك and then ال (so نادي matches
#: النادي, لنادي, والنادي; للنادي via ل + ال); a keyword of two words matches as a
#: substring of the title.
TOPICS: dict[str, tuple[str, ...]] = {
    "sports": (
        "دوري",
        "نادي",
        "لاعب",
        "لاعبين",
        "لاعبي",
        "مباراة",
        "مباريات",
        "منتخب",
        "مدرب",
        "كرة",
        "بطولة",
        "ودية",
        "وديات",
        "معسكر",
        "احتراف",
        "فريق",
        "رياضي",
        "رياضية",
        "رياضة",
        "أولمبي",
        "هلال",
        "نصر",
        "أهلي",
        "فيصلي",
        "هجر",
        "برشلونة",
        "ريال مدريد",
        "تعاقد",
        "السوبر",
    ),
    "health_education": (
        "صحة",
        "صحي",
        "صحية",
        "مستشفى",
        "مستشفيات",
        "طبي",
        "طبية",
        "مرض",
        "أمراض",
        "مريض",
        "مرضى",
        "علاج",
        "طبيب",
        "أطباء",
        "كورونا",
        "دواء",
        "تعليم",
        "جامعة",
        "جامعات",
        "مدارس",
        "مدرسة",
        "طلاب",
        "طالبات",
        "طالب",
        "معلم",
        "معلمين",
        "معلمات",
        "ابتعاث",
        "مبتعثين",
        "تربية",
        "دراسة",
    ),
    "economy": (
        "شركة",
        "شركات",
        "أسهم",
        "سهم",
        "سوق",
        "أسواق",
        "اقتصاد",
        "اقتصادي",
        "اقتصادية",
        "نفط",
        "أسعار",
        "مليار",
        "ريال",
        "دولار",
        "بنك",
        "بنوك",
        "مصرف",
        "استثمار",
        "استثمارات",
        "تداول",
        "أرباح",
        "خسائر",
        "صادرات",
        "ميزانية",
        "تجاري",
        "تجارة",
        "تجارية",
        "عقار",
        "عقاري",
        "وظائف",
        "توظيف",
    ),
    "foreign": (
        "إيران",
        "إيراني",
        "الإيرانية",
        "يمن",
        "يمني",
        "يمنية",
        "حوثي",
        "حوثيين",
        "سوريا",
        "سوري",
        "عراق",
        "عراقي",
        "مصر",
        "مصري",
        "روسيا",
        "روسي",
        "أمريكا",
        "أمريكي",
        "أمريكية",
        "أميركي",
        "أميركية",
        "واشنطن",
        "إسرائيل",
        "إسرائيلي",
        "احتلال",
        "فلسطين",
        "فلسطيني",
        "غزة",
        "تركيا",
        "تركي",
        "داعش",
        "الأمم المتحدة",
        "ليبيا",
        "لبنان",
        "نووي",
        "عدن",
        "صنعاء",
        "أسد",
        "أوروبا",
        "أوروبي",
        "بريطانيا",
        "فرنسا",
        "الصين",
        "أفغانستان",
        "باكستان",
        "الهند",
        "اليابان",
        "ألمانيا",
        "اليونان",
        "الإمارات",
        "الكويت",
        "قطر",
        "البحرين",
        "عمان",
        "الأردن",
        "تونس",
        "الجزائر",
        "المغرب",
        "السودان",
        "إخوان",
        "طالبان",
    ),
    "local": (
        "أمير",
        "أمانة",
        "بلدية",
        "محافظ",
        "محافظة",
        "منطقة",
        "رياض",
        "جدة",
        "مكة",
        "المدينة المنورة",
        "شرقية",
        "دمام",
        "عسير",
        "جازان",
        "قصيم",
        "تبوك",
        "حائل",
        "مرور",
        "الدفاع المدني",
        "مدني",
        "شرطة",
        "أمن",
        "وزارة",
        "وزير",
        "هيئة",
        "المملكة",
        "سعودي",
        "سعودية",
        "سعوديين",
    ),
}


#: Club names that are also everyday words (الاتحاد، الاتفاق، الفتح، التعاون) are not
#: keywords. Articles with the same NFC title as an earlier key (wire copies in two
#: outlets) are dropped from the pools.
def article_key(day: str, url: str) -> str:
    """``<day>:<first 12 hex digits of SHA-1(url)>``, as in ../heldout/README.md."""
    return f"{day}:{hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]}"


def _forms(word: str) -> set[str]:
    """``word`` and what is left after one proclitic و ف ب ل ك and then ال (لل: ل + ال)."""
    forms = {word}
    for w in list(forms):
        if len(w) > 3 and w[0] in "وفبلك":
            forms.add(w[1:])
    for w in list(forms):
        if len(w) > 4 and w.startswith("ال"):
            forms.add(w[2:])
        if len(w) > 3 and w.startswith("ل") and not w.startswith("ال"):
            forms.add(w[1:])
    return forms


def topic_of(title: str, topics: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """The first topic of ``topics`` (default :data:`TOPICS`, in its order) with a
    keyword in ``title``, else None (also the rule of ``../dev4/draw_dev4.py``)."""
    words = set().union(*(_forms(w) for w in re.findall(r"\w+", title)))
    for topic, keys in (TOPICS if topics is None else topics).items():
        for k in keys:
            hit = k in title if " " in k else (k in words or k.removeprefix("ال") in words)
            if hit:
                return topic
    return None


#: The quote development sets that existed when this set was drawn (session 7 start):
#: their stories are left out. Later sets are not read, so the draw stays the same.
QUOTE_SETS = ("quotes_dev.tsv", "quotes_dev2.tsv", "quotes_dev3.tsv", "quotes_dev4.tsv")


def used_keys(
    gold_sets: tuple[str, ...] = ("dev", "dev2"), quote_sets: tuple[str, ...] = QUOTE_SETS
) -> set[str]:
    """Article keys of the gold sets ``tests/data/<name>`` in ``gold_sets`` and
    ``quotes:<story id>`` of the ``quote_sets`` in benchmarks/ (story ids
    ``<day>/<day>-<1-based position>``, matched in :func:`pools`). Defaults: this set's
    (../dev, ../dev2 and :data:`QUOTE_SETS`)."""
    keys = set()
    for sub in gold_sets:
        with open(ROOT / "tests" / "data" / sub / "articles.csv", encoding="utf-8") as f:
            keys |= {r["article"] for r in csv.DictReader(f)}
    for tsv in (ROOT / "benchmarks" / name for name in quote_sets):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "story_id")):
                keys.add("quotes:" + line.split("\t")[0])
    return keys


def pools(
    corpus: Path,
    days: tuple[str, ...] = DAYS,
    body: tuple[int, int] = (MIN_BODY, MAX_BODY),
    topic=topic_of,
    topics: tuple[str, ...] = tuple(TOPICS),
    used: set[str] | None = None,
) -> dict[str, list[dict]]:
    """Candidate articles per topic (keys in the order of ``topics``, the values that
    ``topic`` returns), sorted by key: of ``days``, not of a held-out
    outlet, not in ``used`` (default :func:`used_keys`), a non-blank title that
    ``topic`` gives a topic (None: not drawn), a body (NFC) of ``body`` characters
    (bounds included), one per key, and of articles with the same stripped title the
    first key only. Rows ``article, outlet, title, body``: the zone texts as annotated
    (NFC, the title not stripped: offsets count from its first character)."""
    used = used_keys() if used is None else used
    out: dict[str, dict[str, dict]] = {t: {} for t in topics}
    titles: dict[str, str] = {}
    for day in days:
        with zipfile.ZipFile(corpus / f"{day}.zip") as z:
            arr = json.loads(z.read(f"{day}.json"))
        for i, a in enumerate(arr, start=1):
            if a["source"] in HELD_OUT:
                continue
            key = article_key(day, a["url"])
            if key in used or f"quotes:{day}/{day}-{i}" in used:
                continue
            raw = unicodedata.normalize("NFC", a["title"] or "")
            title, text = raw.strip(), unicodedata.normalize("NFC", a["content"] or "")
            t = topic(title)
            if not title or t is None or not body[0] <= len(text) <= body[1]:
                continue
            row = {"article": key, "outlet": a["source"], "title": raw, "body": text}
            out[t].setdefault(key, row)
            titles[key] = title
    first: dict[str, str] = {}
    for key in sorted(titles):
        first.setdefault(titles[key], key)
    return {t: [v[k] for k in sorted(v) if first[titles[k]] == k] for t, v in out.items()}


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def same_story(a: dict, b: dict) -> bool:
    """Jaccard similarity of the bodies' word 3-gram sets >= :data:`SAME_STORY`."""
    x, y = _shingles(a["body"]), _shingles(b["body"])
    return bool(x and y) and len(x & y) / len(x | y) >= SAME_STORY


def draw(corpus: Path) -> list[dict]:
    """Per topic: the pool shuffled with ``random.Random("khabar-dev3-" + topic)``,
    walked in order, skipping outlets already drawn
    :data:`PER_OUTLET_TOPIC` times for the topic, until :data:`PER_TOPIC` are taken;
    drawn articles alternate tune, test (even position tune). An article that is
    :func:`same_story` as one taken before (any topic, in topic order) is skipped."""
    rows: list[dict] = []
    for topic, pool in pools(corpus).items():
        random.Random("khabar-dev3-" + topic).shuffle(pool)
        taken: list[dict] = []
        for pos, a in enumerate(pool):
            if len(taken) == PER_TOPIC:
                break
            if sum(t["outlet"] == a["outlet"] for t in taken) >= PER_OUTLET_TOPIC:
                continue
            if any(same_story(a, t) for t in rows + taken):
                continue
            half = "tune" if len(taken) % 2 == 0 else "test"
            taken.append({**a, "topic": topic, "pool_index": pos, "half": half})
        rows += taken
    return rows


def main(draw_fn=None, argv: list[str] | None = None) -> None:
    """Print ``draw_fn(corpus)`` (default :func:`draw`) a line an article: topic,
    ``pool_index``, half, key, outlet, title; the corpus folder is ``argv[0]`` or the
    default of ``benchmarks/saudinewsnet.find_corpus``. Exits with a message where it
    is not found."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from saudinewsnet import find_corpus

    argv = sys.argv[1:] if argv is None else argv
    corpus = find_corpus(argv[0] if argv else None)
    if corpus is None:
        raise SystemExit("SaudiNewsNet not found (give its folder as the argument)")
    for r in (draw_fn or draw)(corpus):
        print(r["topic"], r["pool_index"], r["half"], r["article"], r["outlet"], r["title"])


if __name__ == "__main__":
    main()
