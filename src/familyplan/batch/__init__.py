"""Batch path: whole registers at memory speed, the same answers as the scalar path.

Each function takes a columnar table — a pandas ``DataFrame``, a pyarrow
``Table`` or a ``dict`` of numpy arrays — and returns one of the same kind,
one output row per input row, in integer fen (int64), never floats. The
thresholds, amounts, dates and rates are read from the very tables the
scalar calculators use. A malformed row is reported in its ``error`` column
(amount 0, never a figure) and the rest of the batch goes on. Each call works
on its rows alone, so ``dask.dataframe.map_partitions`` parallelises it.
See docs/batch.md for the column schema.

>>> import numpy as np
>>> from familyplan import batch
>>> out = batch.late_fee({
...     "principal": np.array(["100000", "100000.00"], dtype=object),
...     "due_on": np.array(["2013-01-31", "2013-01-31"], dtype="datetime64[D]"),
...     "as_of": np.array(["2014-01-31", "2014-01-30"], dtype="datetime64[D]"),
... })
>>> out["amount_fen"].tolist(), out["months"].tolist()
([240000, 220000], [12, 11])
"""

from familyplan.batch._childcare import CHILDCARE_COLUMNS, childcare_subsidy
from familyplan.batch._eligibility import ELIGIBILITY_COLUMNS, rural_reward, special_assistance
from familyplan.batch._labels import Labels
from familyplan.batch._late_fee import LATE_FEE_COLUMNS, late_fee
from familyplan.batch._levy import LEVY_COLUMNS, levy

__all__ = [
    "CHILDCARE_COLUMNS",
    "ELIGIBILITY_COLUMNS",
    "LATE_FEE_COLUMNS",
    "LEVY_COLUMNS",
    "Labels",
    "childcare_subsidy",
    "late_fee",
    "levy",
    "rural_reward",
    "special_assistance",
]
