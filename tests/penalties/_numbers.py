"""Written forms of a statutory figure, for checking it appears in a quote."""

from __future__ import annotations

from decimal import Decimal

from familyplan.explain import chinese_numeral


def _chinese_amount(n: int) -> set[str]:
    forms = set()
    if n % 10000 == 0 and n // 10000 < 10000:
        head = chinese_numeral(n // 10000)
        forms |= {head + "万", head.replace("二", "两") + "万"}
    elif n < 10000:
        text = chinese_numeral(n)
        forms |= {text, text.replace("二", "两")}
    return forms


def amount_forms(d: Decimal) -> set[str]:
    """10000 → {'10000', '10,000', '1万', '一万', ...}."""
    n = int(d)
    if Decimal(n) != d:
        return {str(d)}
    forms = {str(n), f"{n:,}"}
    forms |= _chinese_amount(n)
    if n % 10000 == 0:
        forms.add(f"{n // 10000}万")
    return forms


def multiple_forms(d: Decimal) -> set[str]:
    """2 → {'2倍', '二倍', '两倍'}."""
    n = int(d)
    text = chinese_numeral(n)
    return {f"{n}倍", f"{text}倍", f"{text.replace('二', '两')}倍"}
