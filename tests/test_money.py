"""familyplan.money: parsing, refusing, rounding."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyplan.errors import InvalidInput
from familyplan.money import (
    FEN_HALF_UP,
    YUAN_DOWN,
    YUAN_HALF_UP,
    Rounding,
    exact_context,
    fen,
    quantize_fen,
    yuan,
    yuan_or_none,
)


class TestYuan:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (0, Decimal("0.00")),  # zero is a valid amount
            (10000, Decimal("10000.00")),  # int
            ("1200", Decimal("1200.00")),  # str, no decimals
            ("1,200.50", Decimal("1200.50")),  # thousands separator
            (" 7.1 ", Decimal("7.10")),  # surrounding blanks
            (Decimal("9999.99"), Decimal("9999.99")),  # the fen below a threshold
            (Decimal("1.000"), Decimal("1.00")),  # trailing zeros beyond fen are exact
            (Decimal("1E+3"), Decimal("1000.00")),  # exponent notation
        ],
    )
    def test_accepts(self, value: object, expected: Decimal) -> None:
        got = yuan(value)
        assert got == expected
        assert got.as_tuple().exponent == -2

    @pytest.mark.parametrize(
        ("value", "match"),
        [
            (0.1, "floats are refused"),  # binary float
            (1.0, "floats are refused"),  # even a whole float
            (True, "bool is refused"),  # bool is an int subclass
            (Decimal("NaN"), "finite"),
            ("inf", "finite"),
            (Decimal("-Infinity"), "finite"),
            (-1, "non-negative"),
            ("-0.01", "non-negative"),
            (Decimal("1.005"), "at most 2 decimal places"),  # the acceptance case
            ("0.001", "at most 2 decimal places"),
            ("abc", "int, str or Decimal"),
            (None, "int, str or Decimal"),
            ([1], "int, str or Decimal"),
        ],
    )
    def test_refuses(self, value: object, match: str) -> None:
        with pytest.raises(InvalidInput, match=match) as info:
            yuan(value, field="principal")
        assert info.value.field == "principal"
        assert str(info.value).startswith("principal must be")

    def test_negative_allowed_when_asked(self) -> None:
        assert yuan("-3.5", allow_negative=True) == Decimal("-3.50")

    def test_none_stays_none(self) -> None:
        assert yuan_or_none(None) is None
        assert yuan_or_none("5") == Decimal("5.00")

    def test_global_context_cannot_change_a_figure(self) -> None:
        import decimal

        with decimal.localcontext() as ctx:
            ctx.prec = 3
            assert yuan("123456.78") == Decimal("123456.78")
            assert quantize_fen(Decimal("123456.785")) == Decimal("123456.79")


class TestRounding:
    @pytest.mark.parametrize(
        ("policy", "value", "expected"),
        [
            (FEN_HALF_UP, "2.345", "2.35"),  # half goes up
            (FEN_HALF_UP, "2.344999", "2.34"),
            (FEN_HALF_UP, "-2.345", "-2.35"),  # away from zero
            (YUAN_HALF_UP, "2.5", "3"),
            (YUAN_HALF_UP, "2.49", "2"),
            (YUAN_DOWN, "9999.99", "9999"),  # the whole-yuan cut
            (YUAN_DOWN, "10000.00", "10000"),
        ],
    )
    def test_apply(self, policy: Rounding, value: str, expected: str) -> None:
        assert policy.apply(Decimal(value)) == Decimal(expected)

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [({"quantum": "0.1"}, "quantum"), ({"mode": "up"}, "mode"), ({"quantum": 1.0}, "quantum")],
    )
    def test_refuses(self, kwargs: dict[str, object], field: str) -> None:
        with pytest.raises(InvalidInput) as info:
            Rounding(**kwargs)  # type: ignore[arg-type]
        assert info.value.field == field

    def test_records_itself(self) -> None:
        assert YUAN_DOWN.to_dict() == {"quantum": "1", "mode": "down"}
        assert YUAN_DOWN.label == "yuan, down"
        assert pickle.loads(pickle.dumps(YUAN_DOWN)) == YUAN_DOWN


def test_fen() -> None:
    assert fen(Decimal("12.34")) == 1234
    with pytest.raises(InvalidInput):
        fen(Decimal("0.001"))


cents = st.integers(min_value=0, max_value=10**13)


@given(cents)
def test_parse_round_trips_every_fen_amount(n: int) -> None:
    text = f"{n // 100}.{n % 100:02d}"
    assert yuan(text) == Decimal(n) / 100
    assert yuan(Decimal(text)) == yuan(text) == yuan(str(yuan(text)))


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=0, max_value=10**9, places=6))
def test_parse_accepts_exactly_the_fen_amounts(d: Decimal) -> None:
    if d == d.quantize(Decimal("0.01")):
        assert yuan(d) == d
    else:
        with pytest.raises(InvalidInput):
            yuan(d)


@given(st.floats(allow_nan=True))
def test_every_float_is_refused(x: float) -> None:
    with pytest.raises(InvalidInput):
        yuan(x)


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, min_value=-(10**9), max_value=10**9, places=8
    )
)
def test_rounding_moves_less_than_one_quantum(d: Decimal) -> None:
    for policy in (FEN_HALF_UP, YUAN_HALF_UP, YUAN_DOWN):
        r = policy.apply(d)
        with exact_context():
            assert abs(r - d) <= policy.quantum / (1 if policy.mode == "down" else 2)
            assert r == r.quantize(policy.quantum)
        if policy.mode == "down":
            assert abs(r) <= abs(d)
