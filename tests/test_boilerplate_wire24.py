"""Session 24 (lead, after hostile24 F13): paragraphs that a few stories of one outlet
share are story text, not site boilerplate.

terms24 had lowered the site-boilerplate floor from 20 stories to 3 for whole
paragraphs with no full stop, to catch a columnist's SMS footer in small subsets. A
hostile tester showed the kind it also cut: three rewrites of one wire story ending in
the same two paragraphs (Arabic news paragraphs often end with no full stop), and
obituaries ending in «إنا لله وإنا إليه راجعون». The lead withdrew the lower floor;
these tests hold the right values: nothing cut, every paragraph kept."""

from jsonl_files import write_jsonl

from helpers.corpus import load_corpus

SHARED = [
    "وأوضحت الوزارة أن المصابين يتلقون العلاج في المستشفيات",
    "وأكدت أن الحالات مستقرة وأن الفرق الطبية تتابع المخالطين",
]
LEADS = [
    "أعلنت وزارة الصحة تسجيل إصابات جديدة في جدة.",
    "سجلت الرياض ثلاث حالات جديدة أمس.",
    "قالت مصادر طبية إن الدمام شهدت حالتين.",
]


#: words of the other stories, so that no first or last words repeat in many of them
WORDS = [
    "المطر",
    "البحر",
    "الجبل",
    "السوق",
    "المدرسة",
    "الطريق",
    "الحديقة",
    "الملعب",
    "المكتبة",
    "المصنع",
    "الميناء",
    "القطار",
    "الجسر",
    "النهر",
    "الوادي",
    "الصحراء",
    "الغابة",
    "المزرعة",
    "المسجد",
    "المتحف",
    "الفندق",
    "المطار",
    "الشاطئ",
    "السد",
    "البرج",
    "الساحة",
    "القرية",
    "الحي",
    "الشارع",
    "المخبز",
    "المستودع",
]


def _others(n: int) -> list[dict]:
    # stories of the same outlet with nothing in common but the language
    w = WORDS
    return [
        {
            "title": f"خبر رقم {i}",
            "body": f"{w[i % 31]} {w[(i * 7 + 3) % 31]} {w[(i * 11 + 5) % 31]}.\n"
            f"{w[(i * 3 + 1) % 31]} {w[(i * 5 + 2) % 31]} {w[(i * 13 + 7) % 31]}.",
            "outlet": "x",
        }
        for i in range(n)
    ]


def _wire(k: int) -> dict:
    return {"title": f"إصابات {k}", "body": "\n".join([LEADS[k], *SHARED]), "outlet": "x"}


def test_three_rewrites_of_one_wire_story_keep_their_shared_paragraphs(tmp_path):
    for others in (97, 0):  # an outlet of 100 stories, and of only these 3
        recs = [_wire(k) for k in range(3)] + _others(others)
        st, rep = load_corpus(write_jsonl(tmp_path / f"c{others}.jsonl", recs), return_report=True)
        wire = st[st["title"].str.startswith("إصابات")]
        assert [p for ps in wire["paragraphs"] for p in ps] == [
            x for k in range(3) for x in [LEADS[k], *SHARED]
        ]
        assert not rep["reason"].astype(str).str.startswith("site boilerplate").any()


def test_obituaries_keep_their_closing_formula(tmp_path):
    closing = "إنا لله وإنا إليه راجعون"
    recs = [
        {
            "title": f"وفاة {n}",
            "body": f"انتقل إلى رحمة الله {n} بعد مرض.\n{closing}",
            "outlet": "x",
        }
        for n in ("محمد العلي", "سعد الناصر", "فهد القحطاني")
    ] + _others(40)
    st, rep = load_corpus(write_jsonl(tmp_path / "o.jsonl", recs), return_report=True)
    obits = st[st["title"].str.startswith("وفاة")]
    assert [ps[-1] for ps in obits["paragraphs"]] == [closing] * 3
    assert not rep["reason"].astype(str).str.startswith("site boilerplate").any()
