"""The facts of an applicant: :class:`Applicant`, :class:`Child`, :class:`Spouse`,
:class:`Pregnancy`.

Every fact that a programme needs and that could pay someone wrongly if
guessed defaults to ``None``, which means *not given*: a programme that needs
it reports the condition as unknown (``met=None``) and the result is not a
yes. Dates are ``datetime.date`` or ISO strings (a ``datetime`` is refused).
Several bad fields at once raise one :class:`~familyplan.errors.InvalidInputs`
naming each:

>>> Child(born_on="1979-01-01", sex="male", alive=True, disability_grade=11)
Traceback (most recent call last):
...
familyplan.errors.InvalidInput: disability_grade must be an int from 1 (most severe) to 10, or None (no disability grade), got 11
>>> try:
...     Applicant(born_on="1950-03-01", sex="f", residence="town",
...               children=[Child(born_on="1949-01-01", sex="male", alive=True)])
... except InvalidInputs as group:
...     for e in group.exceptions:
...         print(e)
sex must be one of 'male' or 'female', got 'f'
residence must be one of 'rural' or 'urban' (or None), got 'town'
children[0].born_on must be on or after the parent's birth (1950-03-01), got datetime.date(1949, 1, 1)
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Iterable
from typing import Literal

import attrs

from familyplan._dates import as_date
from familyplan._json import JSONInput
from familyplan._validate import Collector, choice, sequence, strict_bool, strict_int
from familyplan.errors import InvalidInput, InvalidInputs
from familyplan.statutes import Jurisdiction
from familyplan.types import DateLike, DivisionCode, JurisdictionLike

__all__ = [
    "NO_SPOUSE",
    "Applicant",
    "Child",
    "Document",
    "Ground",
    "Marriage",
    "NoSpouse",
    "Pregnancy",
    "Residence",
    "Sex",
    "Spouse",
    "WorkUnit",
]

Sex = Literal["male", "female"]
Residence = Literal["rural", "urban"]
"""Household registration: 农业户口 / 界定为农村居民户口 (``"rural"``) or 城镇 (``"urban"``)."""
WorkUnit = Literal["none", "state-organ", "public-institution", "state-owned-enterprise", "other"]
"""The applicant's work unit (工作单位), or the one retired from: ``"none"`` (无工作单位),
国家机关, 事业单位, 国有企业 / 国有控股企业, or any other employer."""
Marriage = Literal["first", "remarriage", "remarriage-same-couple"]
"""The current marriage: a first marriage for both, a remarriage (再婚) of at
least one spouse, or a remarriage of the same couple (复婚, which 《湖南省人口与计划
生育条例》 art. 15 excludes from 再婚)."""
Ground = Literal["serious-illness", "fetal-defect", "divorce", "widowhood", "other"]
"""The ground of a request to end a pregnancy of 14 weeks or more."""
Document = Literal[
    "identity-card",
    "county-certificate",
    "divorce-certificate",
    "spouse-death-certificate",
    "diagnosis-certificate",
    "prenatal-diagnosis-certificate",
]
"""Documents of a late-term termination request: 身份证 (or 身份信息); the county
family-planning department's 证明 / 《终止妊娠手术证明》; 离婚证; 配偶死亡证明;
a hospital's 《诊断证明书》; a prenatal-diagnosis centre's 《产前诊断证明》."""


class NoSpouse(enum.Enum):
    """The marker for an applicant who has no spouse (never married, divorced
    or widowed). ``spouse=None`` means the spouse was *not given*."""

    NO_SPOUSE = "no-spouse"


NO_SPOUSE = NoSpouse.NO_SPOUSE

_CODE = re.compile(r"[0-9]{6}")


def _opt_date(value: object, field: str) -> _dt.date | None:
    return None if value is None else as_date(value, field)


def _opt_code(value: object, field: str) -> DivisionCode | None:
    """A division code as callers name one (``JurisdictionLike``), kept as its six digits.

    Any six-digit code is taken (a registration may be anywhere, not only in a
    division the library has rules for); ASCII digits only.
    """
    if value is None:
        return None
    if isinstance(value, Jurisdiction):
        return DivisionCode(value.code)
    code = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if isinstance(code, str) and _CODE.fullmatch(code):
        return DivisionCode(code)
    raise InvalidInput(
        field,
        value,
        "a six-digit GB/T 2260 division code such as '430602' (a str, an int or a "
        "Jurisdiction), or None",
    )


@attrs.frozen(init=False)
class Child(JSONInput):
    """A child of the applicant, born or adopted.

    :param born_on: date of birth.
    :param sex: ``"male"`` or ``"female"``; ``None`` when not given.
    :param alive: whether the child is alive now; ``None`` when not given.
    :param adopted: legally adopted (合法收养) rather than born to the applicant.
    :param disability_grade: the grade of a legal disability assessment, 1 (most
        severe) to 10; ``None`` when the child has no disability grade. (The
        default cannot pay anyone: special assistance needs a grade of 3 or worse.)

    >>> Child(born_on="1990-05-01", sex="female", alive=True).alive
    True
    """

    born_on: _dt.date
    sex: Sex | None
    alive: bool | None
    adopted: bool
    disability_grade: int | None

    def __init__(
        self,
        born_on: DateLike,
        sex: Sex | None = None,
        alive: bool | None = None,
        adopted: bool = False,
        disability_grade: int | None = None,
    ) -> None:
        c = Collector()
        b = c.take(lambda: as_date(born_on, "born_on"), _dt.date(1900, 1, 1))
        s = c.take(lambda: choice(sex, "sex", Sex, optional=True), None)
        a = c.take(lambda: strict_bool(alive, "alive", optional=True), None)
        ad = c.take(lambda: strict_bool(adopted, "adopted"), False)
        g = c.take(
            lambda: strict_int(
                disability_grade,
                "disability_grade",
                low=1,
                high=10,
                optional=True,
                allowed="an int from 1 (most severe) to 10, or None (no disability grade)",
            ),
            None,
        )
        c.raise_if_any("Child")
        self.__attrs_init__(b, s, a, ad, g)


@attrs.frozen(init=False)
class Spouse(JSONInput):
    """The applicant's spouse (配偶).

    :param sex: ``"male"`` or ``"female"`` (the other sex than the applicant's).
    :param born_on: date of birth, ``None`` when not given (special assistance
        needs the woman's).
    :param residence: ``"rural"`` / ``"urban"`` registration, ``None`` when not given.
    :param registered_in: GB/T 2260 code of the household registration
        (``"430602"``, ``430602`` or a ``Jurisdiction``), kept as its code.
    :param work_unit: see :data:`WorkUnit`.
    :param children: the spouse's children from earlier relationships (not the
        couple's shared children, which are in ``Applicant.children``); ``None``
        when not given. Only the additional-birth cases of remarried couples use them.
    """

    sex: Sex
    born_on: _dt.date | None
    residence: Residence | None
    registered_in: DivisionCode | None
    work_unit: WorkUnit | None
    children: tuple[Child, ...] | None

    def __init__(
        self,
        sex: Sex,
        born_on: DateLike | None = None,
        residence: Residence | None = None,
        registered_in: JurisdictionLike | None = None,
        work_unit: WorkUnit | None = None,
        children: Iterable[Child] | None = None,
    ) -> None:
        c = Collector()
        s: Sex = c.take(lambda: choice(sex, "sex", Sex, optional=False), "female")
        b = c.take(lambda: _opt_date(born_on, "born_on"), None)
        r = c.take(lambda: choice(residence, "residence", Residence, optional=True), None)
        reg = c.take(lambda: _opt_code(registered_in, "registered_in"), None)
        w = c.take(lambda: choice(work_unit, "work_unit", WorkUnit, optional=True), None)
        kids = c.take(lambda: _children(children, "children", b), None)
        c.raise_if_any("Spouse")
        self.__attrs_init__(s, b, r, reg, w, kids)


@attrs.frozen(init=False)
class Pregnancy(JSONInput):
    """A pregnancy for which termination is requested (中期以上终止妊娠).

    :param weeks: completed weeks of pregnancy (1–45).
    :param ground: see :data:`Ground`; ``None`` when not given.
    :param compliant: whether the pregnancy meets the legal conditions
        (符合法定条件); ``None`` when not given.
    :param documents: the documents held (see :data:`Document`); ``None`` when not given.
    :param diagnosing_physicians: how many physicians jointly diagnosed the
        serious illness, ``None`` when not given.
    :param hospital_county_level_or_above: the diagnosing hospital is a people's
        hospital at county level or above, ``None`` when not given.
    """

    weeks: int
    ground: Ground | None
    compliant: bool | None
    documents: frozenset[Document] | None
    diagnosing_physicians: int | None
    hospital_county_level_or_above: bool | None

    def __init__(
        self,
        weeks: int,
        ground: Ground | None = None,
        compliant: bool | None = None,
        documents: Iterable[Document] | None = None,
        diagnosing_physicians: int | None = None,
        hospital_county_level_or_above: bool | None = None,
    ) -> None:
        c = Collector()
        w: int = c.take(lambda: strict_int(weeks, "weeks", low=1, high=45), 0)
        g = c.take(lambda: choice(ground, "ground", Ground, optional=True), None)
        comp = c.take(lambda: strict_bool(compliant, "compliant", optional=True), None)
        docs = c.take(lambda: _documents(documents), None)
        phys = c.take(
            lambda: strict_int(
                diagnosing_physicians,
                "diagnosing_physicians",
                low=0,
                high=99,
                optional=True,
                allowed="an int from 0 to 99, or None",
            ),
            None,
        )
        hosp = c.take(
            lambda: strict_bool(
                hospital_county_level_or_above, "hospital_county_level_or_above", optional=True
            ),
            None,
        )
        c.raise_if_any("Pregnancy")
        self.__attrs_init__(w, g, comp, docs, phys, hosp)


def _documents(value: object) -> frozenset[Document] | None:
    if value is None:
        return None
    items = sequence(value, "documents") if not isinstance(value, set | frozenset) else tuple(value)
    out = []
    for i, d in enumerate(items):
        out.append(choice(d, f"documents[{i}]", Document, optional=False))
    return frozenset(out)


def _children(value: object, field: str, parent_born: _dt.date | None) -> tuple[Child, ...] | None:
    if value is None:
        return None
    items = sequence(value, field)
    errors: list[InvalidInput] = []
    out = []
    for i, child in enumerate(items):
        if not isinstance(child, Child):
            errors.append(InvalidInput(f"{field}[{i}]", child, "a Child"))
            continue
        if parent_born is not None and child.born_on < parent_born:
            errors.append(
                InvalidInput(
                    f"{field}[{i}].born_on",
                    child.born_on,
                    f"on or after the parent's birth ({parent_born.isoformat()})",
                )
            )
        out.append(child)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InvalidInputs(f"{len(errors)} invalid children", errors)
    return tuple(out)


def _years(value: object, field: str, born: _dt.date | None) -> tuple[int, ...] | None:
    if value is None:
        return None
    items = sequence(value, field)
    low = born.year if born is not None else 1900
    out = []
    for i, y in enumerate(items):
        if isinstance(y, bool) or not isinstance(y, int) or not low <= y <= 2200:
            raise InvalidInput(
                f"{field}[{i}]", y, f"an int year from {low} (the applicant's birth) to 2200"
            )
        out.append(y)
    return tuple(sorted(out))


@attrs.frozen(init=False)
class Applicant(JSONInput):
    """The applicant (or recipient) of a subsidy or approval.

    Required: ``born_on`` and ``sex``. Every other fact defaults to ``None`` —
    *not given* — and a programme that needs it reports the condition as unknown.

    :param born_on: date of birth.
    :param sex: ``"male"`` or ``"female"``.
    :param residence: household registration, ``"rural"`` or ``"urban"``.
    :param registered_in: GB/T 2260 code of the division of household registration
        (``"430602"``, ``430602`` or a ``Jurisdiction``), kept as its code
        (a :data:`~familyplan.types.DivisionCode`).
    :param children: the applicant's children (born or legally adopted), including
        children of earlier marriages; ``()`` for none.
    :param spouse: a :class:`Spouse`, :data:`NO_SPOUSE`, or ``None`` (not given).
    :param work_unit: see :data:`WorkUnit`.
    :param retired: retired from employment with formal retirement procedures
        (办理正式退休手续).
    :param urban_employee_pension: receives urban employees' basic pension
        (城镇职工养老保险待遇).
    :param births_against_rules: the years of every birth against the
        family-planning rules (违反计划生育法规、规章或政策规定生育); ``()`` for none.
    :param only_child_certificate: holds an only-child certificate (《独生子女证》
        or 《独生子女父母光荣证》 or similar valid proof).
    :param certificate_issued_on: issue date of the 《独生子女父母光荣证》 (implies
        ``only_child_certificate``).
    :param childless_certified: holds a 《无子女证明》 (never bore nor adopted a child).
    :param similar_reward_elsewhere: receives a similar reward in another
        province (在外省市区享受同类奖励).
    :param marriage: see :data:`Marriage`.
    :param married_on: date of the current marriage.
    :param disabled_child_appraisal: a disabled-child medical appraisal organisation
        designated by a prefecture-level city, autonomous prefecture or the province
        concluded as 《湖南省人口与计划生育条例》 art. 15 item 1 requires (a child
        disabled, cannot become a normal labourer, another birth medically possible).
    :param pregnancy: a :class:`Pregnancy` (female applicants only).

    >>> a = Applicant(born_on="1950-06-01", sex="male", residence="rural", spouse=NO_SPOUSE,
    ...               children=[Child("1980-01-01", "male", alive=True)], births_against_rules=())
    >>> a.spouse is NO_SPOUSE, a.children[0].born_on
    (True, datetime.date(1980, 1, 1))
    """

    born_on: _dt.date
    sex: Sex
    residence: Residence | None
    registered_in: DivisionCode | None
    children: tuple[Child, ...] | None
    spouse: Spouse | NoSpouse | None
    work_unit: WorkUnit | None
    retired: bool | None
    urban_employee_pension: bool | None
    births_against_rules: tuple[int, ...] | None
    only_child_certificate: bool | None
    certificate_issued_on: _dt.date | None
    childless_certified: bool | None
    similar_reward_elsewhere: bool | None
    marriage: Marriage | None
    married_on: _dt.date | None
    disabled_child_appraisal: bool | None
    pregnancy: Pregnancy | None

    def __init__(
        self,
        born_on: DateLike,
        sex: Sex,
        *,
        residence: Residence | None = None,
        registered_in: JurisdictionLike | None = None,
        children: Iterable[Child] | None = None,
        spouse: Spouse | NoSpouse | None = None,
        work_unit: WorkUnit | None = None,
        retired: bool | None = None,
        urban_employee_pension: bool | None = None,
        births_against_rules: Iterable[int] | None = None,
        only_child_certificate: bool | None = None,
        certificate_issued_on: DateLike | None = None,
        childless_certified: bool | None = None,
        similar_reward_elsewhere: bool | None = None,
        marriage: Marriage | None = None,
        married_on: DateLike | None = None,
        disabled_child_appraisal: bool | None = None,
        pregnancy: Pregnancy | None = None,
    ) -> None:
        c = Collector()
        born: _dt.date = c.take(lambda: as_date(born_on, "born_on"), _dt.date(1900, 1, 1))
        n = len(c.errors)
        s: Sex = c.take(lambda: choice(sex, "sex", Sex, optional=False), "female")
        sex_ok = len(c.errors) == n
        res = c.take(lambda: choice(residence, "residence", Residence, optional=True), None)
        reg = c.take(lambda: _opt_code(registered_in, "registered_in"), None)
        kids = c.take(lambda: _children(children, "children", born), None)
        sp: Spouse | NoSpouse | None = None
        if spouse is None or isinstance(spouse, Spouse | NoSpouse):
            sp = spouse
        else:
            c.fail("spouse", spouse, "a Spouse, NO_SPOUSE or None (not given)")
        if isinstance(sp, Spouse) and sex_ok and sp.sex == s:
            c.fail("spouse.sex", sp.sex, f"the other sex than the applicant's ({s!r})")
        wu = c.take(lambda: choice(work_unit, "work_unit", WorkUnit, optional=True), None)
        ret = c.take(lambda: strict_bool(retired, "retired", optional=True), None)
        pen = c.take(
            lambda: strict_bool(urban_employee_pension, "urban_employee_pension", optional=True),
            None,
        )
        bar = c.take(lambda: _years(births_against_rules, "births_against_rules", born), None)
        occ = c.take(
            lambda: strict_bool(only_child_certificate, "only_child_certificate", optional=True),
            None,
        )
        cert = c.take(lambda: _opt_date(certificate_issued_on, "certificate_issued_on"), None)
        if cert is not None and occ is False:
            c.fail(
                "only_child_certificate",
                occ,
                "True or None when certificate_issued_on is given (the certificate was issued)",
            )
        if cert is not None and cert < born:
            c.fail("certificate_issued_on", cert, f"on or after born_on ({born.isoformat()})")
        childless = c.take(
            lambda: strict_bool(childless_certified, "childless_certified", optional=True), None
        )
        if childless and kids:
            c.fail("childless_certified", childless, "False or None when children are given")
        similar = c.take(
            lambda: strict_bool(
                similar_reward_elsewhere, "similar_reward_elsewhere", optional=True
            ),
            None,
        )
        mar = c.take(lambda: choice(marriage, "marriage", Marriage, optional=True), None)
        mon = c.take(lambda: _opt_date(married_on, "married_on"), None)
        if mon is not None and mon < born:
            c.fail("married_on", mon, f"on or after born_on ({born.isoformat()})")
        if mon is not None and spouse is NO_SPOUSE:
            c.fail("married_on", mon, "None when the applicant has no spouse (NO_SPOUSE)")
        appraisal = c.take(
            lambda: strict_bool(
                disabled_child_appraisal, "disabled_child_appraisal", optional=True
            ),
            None,
        )
        preg: Pregnancy | None = None
        if pregnancy is None or isinstance(pregnancy, Pregnancy):
            preg = pregnancy
        else:
            c.fail("pregnancy", pregnancy, "a Pregnancy or None")
        if preg is not None and sex_ok and s == "male":
            c.fail("pregnancy", preg, "None for a male applicant")
        c.raise_if_any("Applicant")
        self.__attrs_init__(
            born,
            s,
            res,
            reg,
            kids,
            sp,
            wu,
            ret,
            pen,
            bar,
            True if cert is not None else occ,
            cert,
            childless,
            similar,
            mar,
            mon,
            appraisal,
            preg,
        )

    @property
    def woman_born_on(self) -> _dt.date | None:
        """The woman's date of birth: the applicant's, or the wife's (``None`` if not given)."""
        if self.sex == "female":
            return self.born_on
        if isinstance(self.spouse, Spouse):
            return self.spouse.born_on
        return None
