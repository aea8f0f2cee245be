"""Griffe extension: give attrs classes the ``__init__`` attrs generates.

``@attrs.frozen`` classes have no ``__init__`` in their source, so the API
reference saw no parameters: no signature, and an empty "Type" column in the
parameter tables. Like griffe's own dataclasses extension, this builds the
``__init__`` from the annotated attributes, in order (attrs drops a leading
underscore from the argument name; ``attrs.field(init=False)`` is left out;
``default=`` / ``factory=`` become the default).
"""

from __future__ import annotations

from typing import Any

import griffe


def _is_attrs(cls: griffe.Class) -> bool:
    for dec in cls.decorators:
        text = str(dec.value)
        if text.split("(")[0] in {
            "attrs.frozen",
            "attrs.define",
            "attrs.mutable",
            "attr.s",
            "attr.attrs",
            "attrs.fields",
            "frozen",
            "define",
        }:
            return "init=False" not in text.replace(" ", "")
    return False


def _field(value: object) -> tuple[bool, object]:
    """``(in __init__, default)`` of an attribute's value."""
    if isinstance(value, griffe.ExprCall) and str(value.function).split(".")[-1] in {
        "field",
        "ib",
        "attrib",
    }:
        default: object = None
        for arg in value.arguments:
            if isinstance(arg, griffe.ExprKeyword):
                if arg.name == "init" and str(arg.value) == "False":
                    return False, None
                if arg.name == "default":
                    default = arg.value
                if arg.name == "factory":
                    default = f"{arg.value}()"
        return True, default
    return True, value


def _init(cls: griffe.Class) -> None:
    params = [
        griffe.Parameter("self", annotation=None, kind=griffe.ParameterKind.positional_or_keyword)
    ]
    for member in cls.members.values():
        if member.is_alias or not member.is_attribute:
            continue
        attr: Any = member
        if attr.annotation is None or (
            "class-attribute" in attr.labels and ("instance-attribute" not in attr.labels)
        ):
            continue
        if "ClassVar" in str(attr.annotation):
            continue
        in_init, default = _field(attr.value)
        if not in_init:
            continue
        params.append(
            griffe.Parameter(
                attr.name.lstrip("_"),
                annotation=attr.annotation,
                kind=griffe.ParameterKind.positional_or_keyword,
                default=default,  # type: ignore[arg-type]
                docstring=attr.docstring,
            )
        )
    init = griffe.Function(
        "__init__",
        lineno=0,
        endlineno=0,
        parent=cls,
        parameters=griffe.Parameters(*params),
        returns="None",
    )
    cls.set_member("__init__", init)


def _walk(obj: griffe.Module | griffe.Class, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    if isinstance(obj, griffe.Class) and "__init__" not in obj.members and _is_attrs(obj):
        _init(obj)
    for member in list(obj.members.values()):
        if not member.is_alias and (member.is_module or member.is_class):
            _walk(member, seen)  # type: ignore[arg-type]


class AttrsInit(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        _walk(pkg, set())
