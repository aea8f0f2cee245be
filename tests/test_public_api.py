"""Every public module lists exactly its public names in ``__all__``."""

from __future__ import annotations

import importlib
import types

import pytest

PUBLIC_MODULES = [
    "familyplan",
    "familyplan.errors",
    "familyplan.money",
    "familyplan.explain",
    "familyplan.statutes",
    "familyplan.penalties",
    "familyplan.deadlines",
    "familyplan.eligibility",
    "familyplan.batch",
    "familyplan.cli",
    "familyplan.types",
    "familyplan.schemas",
]


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_names_exist_once(name: str) -> None:
    mod = importlib.import_module(name)
    exported = list(mod.__all__)
    assert len(exported) == len(set(exported)), "duplicates in __all__"
    for n in exported:
        assert hasattr(mod, n), f"{name}.__all__ names {n!r} which does not exist"


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_every_public_object_of_the_package_is_exported(name: str) -> None:
    mod = importlib.import_module(name)
    missing = []
    for attr, value in vars(mod).items():
        if attr.startswith("_") or isinstance(value, types.ModuleType):
            continue
        origin = getattr(value, "__module__", None)
        if not isinstance(origin, str) or not origin.startswith("familyplan"):
            continue
        if origin != name and not origin.startswith(name + "._") and name != "familyplan":
            continue  # imported from a sibling public module for internal use
        if attr not in mod.__all__:
            missing.append(attr)
    assert not missing, f"{name}: public names missing from __all__: {missing}"


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_star_import_is_exactly_all(name: str) -> None:
    ns: dict[str, object] = {}
    exec(f"from {name} import *", ns)
    ns.pop("__builtins__")
    assert set(ns) == set(importlib.import_module(name).__all__)


def test_private_modules_are_underscored() -> None:
    import pkgutil

    import familyplan

    public = set(PUBLIC_MODULES) | {"familyplan.__main__"}
    for info in pkgutil.walk_packages(familyplan.__path__, "familyplan."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts[1:]):
            continue
        assert info.name in public, f"{info.name} is public but not in the API list"


def test_py_typed_is_shipped() -> None:
    import familyplan

    assert (familyplan.__path__[0] + "/py.typed").endswith("py.typed")
    from pathlib import Path

    assert Path(familyplan.__path__[0], "py.typed").is_file()
