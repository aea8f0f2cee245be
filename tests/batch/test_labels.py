"""Label columns: codes with their labels in every output kind, strings on request."""

from __future__ import annotations

import numpy as np
import pytest

from familyplan import batch
from familyplan.errors import InvalidInput

PEOPLE = {
    "born_on": np.array(["1952-12-31", "1953-01-01", "1950-05-01", "NaT"], dtype="datetime64[D]"),
    "sex": np.array(["male", "male", "female", "female"]),
    "residence": np.array(["rural", "rural", "", "rural"]),
    "has_spouse": np.array([False, False, False, False]),
    "violating_births": np.array([0, 0, 0, 0]),
    "children": np.array([1, 1, 1, 1]),
    "sons_alive": np.array([1, 1, 1, 1]),
}
# by hand (docs/batch.md's example, and a row without a birth date)
STATUS = ["eligible", "not eligible", "undetermined", "error"]
FAILED = ["", "rural-reward.aged-60", "rural-reward.rural-registration", ""]
ERROR = ["", "", "", "born_on not given"]


def test_dict_result_holds_labels_not_strings() -> None:
    out = batch.rural_reward(PEOPLE, year=2012)
    for name in ("status", "failed_condition", "citation", "error"):
        col = out[name]
        assert isinstance(col, batch.Labels)
        assert col.codes.dtype.kind == "i"
        assert col.codes.dtype.itemsize <= 2
        assert len(col.categories) == len(set(col.categories))
    assert out["status"].tolist() == STATUS
    assert out["failed_condition"].tolist() == FAILED
    assert out["error"].tolist() == ERROR
    assert (out["status"] == "eligible").tolist() == [True, False, False, False]
    assert (out["status"] != "eligible").tolist() == [False, True, True, True]
    assert not (out["status"] == "no such label").any()
    with pytest.raises(ValueError, match="read-only"):
        out["status"].codes[0] = 1


def test_labels_str_gives_python_strings() -> None:
    out = batch.rural_reward(PEOPLE, year=2012, labels="str")
    assert out["status"].dtype == object
    assert out["status"].tolist() == STATUS
    assert out["error"].tolist() == ERROR
    fee = batch.late_fee(
        {
            "principal_fen": np.array([100_000, -1]),
            "due_on": np.array(["2013-01-31", "2013-01-31"], dtype="datetime64[D]"),
            "as_of": np.array(["2014-01-31", "2014-01-31"], dtype="datetime64[D]"),
        },
        labels="str",
    )
    assert fee["citation"].dtype == object
    assert fee["citation"].tolist() == ["levy-measures art. 8", ""]


def test_bad_labels_argument() -> None:
    with pytest.raises(InvalidInput, match="labels"):
        batch.rural_reward(PEOPLE, year=2012, labels="object")


def test_pandas_categorical_and_arrow_dictionary() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    frame = pd.DataFrame({**PEOPLE, "residence": ["rural", "rural", None, "rural"]})
    out = batch.rural_reward(frame, year=2012)
    assert isinstance(out["status"].dtype, pd.CategoricalDtype)
    assert out["status"].tolist() == STATUS
    assert out["error"].tolist() == ERROR
    strs = batch.rural_reward(frame, year=2012, labels="str")
    assert not isinstance(strs["status"].dtype, pd.CategoricalDtype)  # str or object
    assert strs["status"].tolist() == STATUS
    assert strs["failed_condition"].tolist() == FAILED
    tab = batch.rural_reward(pa.Table.from_pandas(frame), year=2012)
    assert pa.types.is_dictionary(tab.column("status").type)
    assert tab.column("status").to_pylist() == STATUS
    assert tab.column("error").to_pylist() == ERROR


def test_labels_input_and_chunks_joined() -> None:
    # more rows than a chunk, errors only in a later chunk: categories merged by code
    n = 200_000
    sex = batch.Labels(np.zeros(n, dtype=np.int8), ("male", "female"))
    born = np.full(n, np.datetime64("1950-01-01"), dtype="datetime64[D]")
    born[-1] = np.datetime64("NaT")
    out = batch.rural_reward({"born_on": born, "sex": sex}, year=2012)
    assert out["error"][0] == ""
    assert out["error"][n - 1] == "born_on not given"
    assert (out["error"] != "").sum() == 1
    assert out["status"][n - 1] == "error"
    # the same rows as strings
    strs = batch.rural_reward(
        {"born_on": born, "sex": np.array(["male"] * n)}, year=2012, labels="str"
    )
    assert strs["failed_condition"].tolist() == out["failed_condition"].tolist()


def test_labels_checks_its_codes() -> None:
    with pytest.raises(InvalidInput, match="codes"):
        batch.Labels(np.array([0, 2]), ("a", "b"))
    with pytest.raises(InvalidInput, match="distinct"):
        batch.Labels(np.array([0]), ("a", "a"))
    s = batch.Labels(np.array([-1, 1]), ("a", "b"))
    assert s.tolist() == [None, "b"]
    assert s[0] is None
    assert s[1:].tolist() == ["b"]
