"""Annual verification: terminations and claw-backs of seeds 000 (君山), 002 (隆尧), 003 (博山)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from familyplan.eligibility import (
    Adoption,
    Birth,
    Child,
    Death,
    Divorce,
    Fraud,
    Payment,
    Policy,
    Recovery,
    Spouse,
    UrbanPension,
    verify,
)
from familyplan.errors import InvalidInput

from ._helpers import BOSHAN, JUNSHAN, LONGYAO, YUEYANGLOU, bereaved, rural


class TestRuralReward:
    def test_death_stops_at_once(self) -> None:
        # 2015: 80 a month; death 2015-04-10 → January to March due = 240
        v = verify(
            "rural-reward",
            rural(),
            year=2015,
            events=[Death("2015-04-10")],
            jurisdiction=JUNSHAN,
            payments=[Payment(2015, "960")],
        )
        (o,) = v.outcomes
        assert (o.effect, o.citation.statute_id, o.citation.article) == ("stop", "junshan-list", 14)
        assert (v.continues, str(v.stops_on), v.due) == (False, "2015-04-10", Decimal("240.00"))
        assert v.to_recover == Decimal("0.00")  # no recovery rule for death
        assert v.overpaid == Decimal("720.00")

    def test_death_month_due_by_policy(self) -> None:
        v = verify(
            "rural-reward",
            rural(),
            year=2015,
            events=[Death("2015-04-10")],
            jurisdiction=JUNSHAN,
            policy=Policy(event_month="due"),
        )
        assert v.due == Decimal("320.00")  # January to April

    def test_death_elsewhere_uses_the_national_text(self) -> None:
        v = verify(
            "rural-reward",
            rural(),
            year=2015,
            events=[Death("2015-04-10")],
            jurisdiction=YUEYANGLOU,
        )
        assert v.outcomes[0].citation.statute_id == "rural-reward-2004"  # 直至身故
        assert v.continues is False

    def test_urban_pension_stops_it(self) -> None:
        v = verify(
            "rural-reward",
            rural(),
            year=2015,
            events=[UrbanPension("2015-07-01")],
            jurisdiction=BOSHAN,
        )
        assert v.outcomes[0].effect == "stop"
        assert v.due == Decimal("480.00")

    def test_urban_pension_without_a_rule(self) -> None:
        # 岳阳楼区's list says nothing about pensions: not encoded, undetermined
        v = verify(
            "rural-reward",
            rural(),
            year=2016,
            events=[UrbanPension("2016-07-01")],
            jurisdiction=YUEYANGLOU,
        )
        assert v.outcomes[0].effect == "not-encoded"
        assert v.continues is None
        assert v.due == Decimal("960.00")

    def test_fraud_recovers_everything_paid(self) -> None:
        pays = [
            Payment(2013, "960"),
            Payment(2014, "960"),
            Payment(2015, "240", paid_on="2015-04-20"),
        ]
        v = verify(
            "rural-reward",
            rural(),
            year=2015,
            events=[Fraud("2015-06-01")],
            jurisdiction=LONGYAO,
            payments=pays,
        )
        assert v.outcomes[0].citation.statute_id == "longyao-list"
        assert (v.paid, v.to_recover, v.due) == (
            Decimal("2160.00"),
            Decimal("2160.00"),
            Decimal("0.00"),
        )

    def test_nothing_happened(self) -> None:
        v = verify(
            "rural-reward",
            rural(),
            year=2015,
            jurisdiction=JUNSHAN,
            payments=[Payment(2015, "960")],
        )
        assert (v.continues, v.stops_on, v.due, v.overpaid) == (
            True,
            None,
            Decimal("960.00"),
            Decimal("0.00"),
        )

    def test_a_birth_is_a_recheck(self) -> None:
        v = verify(
            "rural-reward", rural(), year=2015, events=[Birth("2015-05-01")], jurisdiction=JUNSHAN
        )
        assert v.outcomes[0].effect == "recheck"
        assert v.continues is True


class TestSpecialAssistance:
    @pytest.mark.parametrize("event", [Birth("2015-09-20"), Adoption("2015-09-20")])
    def test_birth_or_adoption_ends_it_from_that_date(self, event: object) -> None:
        v = verify("special-assistance", bereaved(), year=2015, events=[event], jurisdiction=BOSHAN)  # type: ignore[list-item]
        assert v.outcomes[0].citation.statute_id == "boshan-list"
        assert v.due == Decimal("1360.00")  # rural death 170 x 8 (January-August)

    def test_recovery(self) -> None:
        a = bereaved(
            children=[Child("1975-03-01", "male", alive=True, disability_grade=2)],
            residence="urban",
        )
        v = verify(
            "special-assistance",
            a,
            year=2015,
            events=[Recovery("2015-03-05")],
            jurisdiction=YUEYANGLOU,
        )
        # nationally: 直至亡故或子女康复为止
        assert v.outcomes[0].citation.statute_id == "special-assistance-2007"
        assert v.due == Decimal("540.00")  # urban disability 270 x 2

    def test_pension_does_not_stop_special_assistance(self) -> None:
        v = verify(
            "special-assistance",
            bereaved(),
            year=2015,
            events=[UrbanPension("2015-02-01")],
            jurisdiction=JUNSHAN,
        )
        assert v.outcomes[0].effect == "no-effect"
        assert v.continues is True
        assert v.due == Decimal("2040.00")

    def test_earliest_stop_wins(self) -> None:
        v = verify(
            "special-assistance",
            bereaved(),
            year=2015,
            events=[Death("2015-11-02"), Birth("2015-06-30")],
            jurisdiction=BOSHAN,
        )
        assert str(v.stops_on) == "2015-06-30"
        assert v.due == Decimal("850.00")


class TestPermits:
    def _holder(self):  # type: ignore[no-untyped-def]
        from familyplan.eligibility import Applicant

        return Applicant("1985-01-01", "female", spouse=Spouse("male"))

    @pytest.mark.parametrize(
        ("pregnant", "effect", "continues"),
        [(False, "revoke", False), (True, "no-effect", True), (None, "undetermined", None)],
    )
    def test_divorce(self, pregnant: bool | None, effect: str, continues: bool | None) -> None:
        v = verify(
            "additional-birth",
            self._holder(),
            year=2017,
            events=[Divorce("2017-05-01", pregnant=pregnant)],
            jurisdiction=JUNSHAN,
        )
        assert (v.outcomes[0].effect, v.continues) == (effect, continues)
        assert v.due is None

    def test_divorce_in_a_district_without_the_rule(self) -> None:
        v = verify(
            "additional-birth",
            self._holder(),
            year=2017,
            events=[Divorce("2017-05-01", pregnant=False)],
            jurisdiction=YUEYANGLOU,
        )
        assert v.outcomes[0].effect == "not-encoded"


class TestArguments:
    def test_programme_without_rules(self) -> None:
        with pytest.raises(
            InvalidInput, match="programme_id must be a programme with verification rules"
        ):
            verify("only-child-health-allowance", rural(), year=2017, jurisdiction=YUEYANGLOU)

    def test_event_of_another_programme(self) -> None:
        with pytest.raises(InvalidInput, match=r"events\[0\] must be an event of rural-reward"):
            verify(
                "rural-reward",
                rural(),
                year=2015,
                events=[Divorce("2015-01-01")],
                jurisdiction=JUNSHAN,
            )

    def test_not_an_event(self) -> None:
        with pytest.raises(InvalidInput, match=r"events\[0\] must be a Death"):
            verify("rural-reward", rural(), year=2015, events=["death"], jurisdiction=JUNSHAN)  # type: ignore[list-item]

    def test_payment_refuses_float(self) -> None:
        with pytest.raises(InvalidInput, match=r"Payment\.amount must be"):
            Payment(2015, 960.0)

    def test_to_dict(self) -> None:
        v = verify(
            "rural-reward",
            rural(),
            year=2015,
            events=[Death("2015-04-10")],
            jurisdiction=JUNSHAN,
            payments=[Payment(2015, "960")],
        )
        d = v.to_dict()
        json.dumps(d)
        assert d["kind"] == "verification"
        assert d["outcomes"][0]["event"] == {
            "kind": "death",
            "on": "2015-04-10",
        }
