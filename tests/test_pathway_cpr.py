"""CPR parsing: formats, century rules (INSTRUMENTS.md §10), sex, replacement numbers, errors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lbp_desktop.domain.cpr import Cpr, CprError, age_on, is_valid_cpr, parse_cpr

TODAY = dt.date(2025, 6, 1)


def century(seventh: int, yy: int) -> int:
    """INSTRUMENTS.md §10, written out: 0–3 → 1900; 4, 9 → 2000 if YY ≤ 36 else 1900;
    5–8 → 2000 if YY ≤ 57 else 1800."""
    if seventh in (0, 1, 2, 3):
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


@pytest.mark.parametrize(("text", "birth", "sex"), [
    ("010190-1234", dt.date(1990, 1, 1), "female"),
    ("0101901235", dt.date(1990, 1, 1), "male"),
    (" 010190-1235 ", dt.date(1990, 1, 1), "male"),
    ("010190 1235", dt.date(1990, 1, 1), "male"),
    ("311299-3999", dt.date(1999, 12, 31), "male"),
    ("010136-4000", dt.date(2036, 1, 1), "female"),    # 4, YY ≤ 36 → 20YY (future: see below)
    ("010137-4000", dt.date(1937, 1, 1), "female"),    # 4, YY ≥ 37 → 19YY
    ("150820-9001", dt.date(2020, 8, 15), "male"),     # 9, YY ≤ 36 → 20YY
    ("150850-9002", dt.date(1950, 8, 15), "female"),   # 9, YY ≥ 37 → 19YY
    ("010157-5001", dt.date(2057, 1, 1), "male"),      # 5, YY ≤ 57 → 20YY
    ("010158-5001", dt.date(1858, 1, 1), "male"),      # 5, YY ≥ 58 → 18YY
    ("290200-8000", dt.date(2000, 2, 29), "female"),   # leap day in 2000
    ("290296-2000", dt.date(1996, 2, 29), "female"),
    ("010165-4321", dt.date(1965, 1, 1), "male"),      # without modulus 11 (issued since 2007)
])
def test_century_and_sex(text, birth, sex):
    today = max(TODAY, birth)
    cpr = parse_cpr(text, today)
    assert cpr.birth_date == birth
    assert cpr.sex == sex
    assert cpr.replacement is False
    assert len(cpr.number) == 10 and cpr.formatted == cpr.number[:6] + "-" + cpr.number[6:]


@given(day=st.integers(1, 28), month=st.integers(1, 12), yy=st.integers(0, 99),
       seventh=st.integers(0, 9), rest=st.integers(0, 999))
def test_every_century_digit(day, month, yy, seventh, rest):
    text = f"{day:02d}{month:02d}{yy:02d}{seventh}{rest:03d}"
    birth = dt.date(century(seventh, yy) + yy, month, day)
    if birth > TODAY:
        with pytest.raises(CprError) as info:
            parse_cpr(text, TODAY)
        assert info.value.reason == "future"
    else:
        cpr = parse_cpr(text, TODAY)
        assert cpr.birth_date == birth
        assert cpr.sex == ("male" if rest % 2 else "female")


def modulus11_ok(number: str) -> bool:
    return sum(w * int(d) for w, d in zip((4, 3, 2, 7, 6, 5, 4, 3, 2, 1), number,
                                          strict=True)) % 11 == 0


def test_never_rejects_on_modulus_11():
    numbers = [f"010180{serial:04d}" for serial in range(0, 200)]
    failing = [n for n in numbers if not modulus11_ok(n)]
    assert len(failing) > 150
    for number in failing:
        assert is_valid_cpr(number, TODAY)


@pytest.mark.parametrize(("text", "reason"), [
    ("", "format"), ("   ", "format"), ("12345", "format"), ("010190-12345", "format"),
    ("010190--1234", "format"), ("01019O-1234", "format"), ("0101901234x", "format"),
    ("01-01-90-1234", "format"), ("010190_1234", "format"),
    ("320190-1234", "date"), ("001090-1234", "date"), ("011390-1234", "date"),
    ("010090-1234", "date"), ("290297-1234", "date"), ("310490-1234", "date"),
    ("290200-1234", "date"),                     # 7th digit 1 → 1900, not a leap year
    ("010130-4000", "future"), ("010126-5000", "future"),
    ("020625-4000", "future"),                   # tomorrow
])
def test_errors_carry_a_reason(text, reason):
    with pytest.raises(CprError) as info:
        parse_cpr(text, TODAY)
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)
    assert str(info.value)
    assert not is_valid_cpr(text, TODAY)


def test_born_today_is_accepted():
    assert parse_cpr("010625-4001", TODAY).birth_date == TODAY


def test_not_text_is_a_format_error():
    with pytest.raises(CprError) as info:
        parse_cpr(101901234)  # type: ignore[arg-type]
    assert info.value.reason == "format"


@pytest.mark.parametrize(("text", "birth", "sex"), [
    ("0203291WQ3", dt.date(1929, 3, 2), "male"),       # X-eCPR examples (nspop.dk)
    ("1308781OS6", dt.date(1978, 8, 13), "female"),
    ("3101057JC9", dt.date(2005, 1, 31), "male"),
    ("010180-0AB2", dt.date(1980, 1, 1), "female"),    # D-eCPR, 0 → 19YY
    ("010110-6AB2", dt.date(2010, 1, 1), "female"),    # D-eCPR, 6 → 20YY
    ("0101801ab3", dt.date(1980, 1, 1), "male"),       # lower case accepted, stored upper
    ("010190-AB12", dt.date(1990, 1, 1), "female"),    # other layout: latest past century
    ("010110-ABCD", dt.date(2010, 1, 1), None),        # last character a letter: sex unknown
    ("6701801234", dt.date(1980, 1, 7), "female"),     # cpr.dk construction: day + 60
])
def test_replacement_numbers_are_accepted_and_flagged(text, birth, sex):
    cpr = parse_cpr(text, TODAY)
    assert cpr.replacement is True
    assert cpr.birth_date == birth
    assert cpr.sex == sex
    assert cpr.number == cpr.number.upper()


def test_replacement_with_bad_date_or_future():
    with pytest.raises(CprError) as info:
        parse_cpr("3102801AB3", TODAY)
    assert info.value.reason == "date"
    with pytest.raises(CprError) as info:
        parse_cpr("0101307AB3", TODAY)  # X-eCPR 7 → 2030
    assert info.value.reason == "future"


def test_result_type_and_age():
    cpr = parse_cpr("150570-1235", TODAY)
    assert isinstance(cpr, Cpr)
    assert str(cpr) == "150570-1235"
    assert cpr.age_on(dt.date(2025, 5, 14)) == 54
    assert cpr.age_on(dt.date(2025, 5, 15)) == 55
    assert age_on(dt.date(2000, 2, 29), dt.date(2021, 2, 28)) == 20
    assert age_on(dt.date(2000, 2, 29), dt.date(2021, 3, 1)) == 21
    assert age_on(dt.date(2000, 2, 29), dt.date(2024, 2, 29)) == 24
