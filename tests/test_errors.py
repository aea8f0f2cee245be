"""familyplan.errors: hierarchy, messages, pickling."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from familyplan import errors
from familyplan.errors import (
    CalendarNotAvailable,
    FamilyPlanError,
    InvalidInput,
    InvalidInputs,
    NotEncoded,
    NotInForce,
    UnknownJurisdiction,
    UnknownProvision,
    UnknownStatute,
)

SAMPLES: list[FamilyPlanError] = [
    InvalidInput("persons", 0, "an int of at least 1"),
    InvalidInputs("2 bad fields", [InvalidInput("a", 1, "x"), InvalidInput("b", 2, "y")]),
    NotInForce(
        "levy-measures art. 8",
        dt.date(2022, 1, 1),
        [("2002", dt.date(2002, 9, 1), dt.date(2021, 9, 30))],
        "abolished",
    ),
    UnknownStatute("nope", ["a", "b"]),
    UnknownJurisdiction("110000", ["100000"]),
    UnknownProvision("levy-measures", 99, [3, 8]),
    CalendarNotAvailable(dt.date(2030, 1, 1), 2001, 2026),
    NotEncoded(
        "rural-reward",
        "year",
        2017,
        dt.date(2017, 1, 1),
        [("960 yuan a year", dt.date(2012, 1, 1), dt.date(2016, 12, 31))],
        "no source for later years",
    ),
    NotEncoded("special-assistance", "as_of", dt.date(2000, 5, 1), dt.date(2000, 5, 1), []),
]


@pytest.mark.parametrize("err", SAMPLES, ids=lambda e: type(e).__name__)
def test_pickles_with_its_message_and_attributes(err: FamilyPlanError) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert vars(back) == vars(err)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InvalidInput, ValueError),
        (NotInForce, LookupError),
        (UnknownStatute, LookupError),
        (UnknownJurisdiction, LookupError),
        (UnknownProvision, LookupError),
        (CalendarNotAvailable, LookupError),
        (InvalidInputs, ExceptionGroup),
    ],
)
def test_leaves_subclass_root_and_builtin(cls: type, builtin: type) -> None:
    assert issubclass(cls, FamilyPlanError)
    assert issubclass(cls, builtin)


def test_messages_name_field_value_and_allowed() -> None:
    assert str(SAMPLES[0]) == "persons must be an int of at least 1, got 0"
    nif = str(SAMPLES[2])
    assert "2022-01-01" in nif
    assert "2002-09-01" in nif
    assert "2021-09-30" in nif
    assert "abolished" in nif
    assert "110000" in str(SAMPLES[4])
    assert "2026" in str(SAMPLES[6])
    assert "allow_provisional" in str(SAMPLES[6])


def test_group_keeps_members_and_splits() -> None:
    group = SAMPLES[1]
    assert isinstance(group, InvalidInputs)
    assert [e.field for e in group.exceptions] == ["a", "b"]
    match, rest = group.split(lambda e: isinstance(e, InvalidInput) and e.field == "a")
    assert isinstance(match, InvalidInputs)
    assert rest is not None
    assert [e.field for e in rest.exceptions] == ["b"]


def test_all_is_complete() -> None:
    defined = {
        n
        for n, v in vars(errors).items()
        if not n.startswith("_")
        and isinstance(v, type)
        and issubclass(v, BaseException)
        and v.__module__.startswith("familyplan")
    }
    assert set(errors.__all__) == defined


def test_every_error_class_is_defined_in_errors() -> None:
    # issue 13: one home for every error class; the old import places keep working.
    import importlib
    import pkgutil

    import familyplan

    homes = {id(v) for v in vars(errors).values()}
    found = []
    for info in pkgutil.walk_packages(familyplan.__path__, "familyplan."):
        if info.name.startswith("familyplan.statutes._data"):
            continue
        mod = importlib.import_module(info.name)
        for name, v in vars(mod).items():
            is_error = isinstance(v, type) and issubclass(v, errors.FamilyPlanError)
            if is_error and v.__module__.startswith("familyplan") and id(v) not in homes:
                found.append(f"{info.name}.{name}")
    assert found == []


def test_moved_errors_keep_their_old_names() -> None:
    import pickle

    from familyplan.deadlines import _steps
    from familyplan.eligibility import NotEncoded
    from familyplan.statutes import _registry

    assert NotEncoded is errors.NotEncoded
    assert _registry.RegistryDataError is errors.RegistryDataError
    assert _steps._RulesDataError is errors.RulesDataError
    assert issubclass(errors.RulesDataError, errors.FamilyPlanError)
    err = NotEncoded("rural-reward", "year", 2017, dt.date(2017, 1, 1), [], "why")
    assert repr(type(err)) == "<class 'familyplan.eligibility.NotEncoded'>"
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is NotEncoded
    assert str(again) == str(err)


def test_not_encoded_is_both_errors_with_their_attributes() -> None:
    versions = [("960 yuan a year", dt.date(2012, 1, 1), None)]
    err = NotEncoded("rural-reward", "year", 2011, dt.date(2011, 1, 1), iter(versions), "why")
    assert str(err) == (
        "year must be within the encoded period of rural-reward "
        "(960 yuan a year (2012-01-01 to now)), got 2011; why"
    )
    # NotInForce's attributes
    assert (err.what, err.on, err.versions, err.reason) == (
        "rural-reward",
        dt.date(2011, 1, 1),
        tuple(versions),
        "why",
    )
    # InvalidInput's attributes
    assert (err.field, err.value) == ("year", 2011)
    assert (
        err.allowed
        == "within the encoded period of rural-reward (960 yuan a year (2012-01-01 to now))"
    )
    assert isinstance(err, NotInForce)
    assert isinstance(err, InvalidInput)
    bare = NotEncoded("x", "as_of", "2011-01-01", dt.date(2011, 1, 1), [])
    assert str(bare) == "as_of must be within the encoded period of x (none), got '2011-01-01'"
    assert bare.reason == ""
    again = pickle.loads(pickle.dumps(err))
    assert vars(again) == vars(err)
    assert str(again) == str(err)
    assert again.args == err.args


def test_not_in_force_message() -> None:
    err = NotInForce("levy-measures art. 8", dt.date(2022, 1, 1), [], "abolished")
    assert (
        str(err) == "levy-measures art. 8 is not in force on 2022-01-01; versions: none; abolished"
    )
    assert str(NotInForce("x", dt.date(2022, 1, 1), [])) == (
        "x is not in force on 2022-01-01; versions: none"
    )
