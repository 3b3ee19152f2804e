"""count_terms counts whitespace-separated runs, then the tokens of each distinct run."""

import re
import sys

from helpers.freq import count_terms


def test_regex_whitespace_is_str_whitespace():
    # the premise of counting runs: no token can hold a character str.split() cuts at
    ws = re.compile(r"\s")
    assert [
        c for c in range(sys.maxunicode + 1) if bool(ws.match(chr(c))) != chr(c).isspace()
    ] == []


def test_runs_with_several_tokens_and_unusual_spaces():
    # العراق،وزير is one run of two words; em space, file separator and no-break space
    # separate words; و2006 is a number, www.x.com a URL: neither is counted
    text = "العراق،وزير\u2003الخارجية\x1cقال\u00a0و2006 www.x.com سوريا. وزير"
    table = count_terms([text], progress=False)
    assert dict(zip(table["term"], table["count"], strict=True)) == {
        "وزير": 2,
        "عراق": 1,
        "خارجية": 1,
        "قال": 1,
        "سوريا": 1,
    }
    assert table.attrs["tokens"] == 6
