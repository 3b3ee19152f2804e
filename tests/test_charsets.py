"""helpers.charsets: the one definition of the letter folds and digit maps that
corpus (boilerplate lines, month names, credits) and charts (tick labels) use."""

from helpers.charsets import (
    ARABIC_INDIC_DIGITS,
    ARABIC_INDIC_NUMBER,
    HAMZA_ALEFS,
    LOOSE_FOLD,
)
from helpers.charts.labels import digits_to_arabic_indic
from helpers.charts.skeleton import _formatter
from helpers.corpus.clean import boilerplate_key
from helpers.corpus.dates import parse_date
from helpers.text import normalize


def test_loose_fold_by_hand():
    # أ إ آ -> ا, ى -> ي, ة -> ه, tatweel dropped
    assert "إعلانـات الصفحة الأولى".translate(LOOSE_FOLD) == "اعلانات الصفحه الاولي"


def test_hamza_alefs_are_what_normalize_folds():
    assert normalize(HAMZA_ALEFS) == "ا" * 7
    assert "".join(HAMZA_ALEFS).translate(LOOSE_FOLD) == "ا" * 7


def test_arabic_indic_tables_by_hand():
    assert "2024".translate(ARABIC_INDIC_DIGITS) == "٢٠٢٤"
    assert "12,345.5".translate(ARABIC_INDIC_NUMBER) == "١٢٬٣٤٥٫٥"
    assert digits_to_arabic_indic("عام 2015") == "عام ٢٠١٥"


def test_users_of_the_folds_keep_their_values():
    assert boilerplate_key("الرئيسـية » ") == boilerplate_key("الرئيسيه")
    assert parse_date("5 آب 2015") == parse_date("5 اب 2015")
    assert str(parse_date("٥ أغسطس ٢٠١٥")[0].date()) == "2015-08-05"
    assert _formatter("arabic-indic")(-12345.5) == "\u2212١٢٬٣٤٥٫٥"
    assert _formatter("western")(64000) == "64,000"
