"""ClassTag evidence: a context bound `T: ClassTag` as a hidden parameter holding T's zero, as scalac passes the tag.

A type parameter is erased to `anyref`, so generic code cannot tell what `new Array[T](n)` should hold until
written: the JVM's array of a primitive T reads 0, 0.0, false or '\u0000' (boxed once generic code reads it), not
null. scalac passes a `ClassTag[T]` for each context bound; here the evidence is the one thing an array needs of it,
T's zero value, held as a T (boxed for a primitive T): a method or class with `T: ClassTag` takes one more
parameter per bound after its written ones (`LocalSymbol.evidence_of` names T), each call passes the zero of its
type argument there (the caller's own evidence when that argument is a type parameter of the caller), and a class
keeps it in a field. `new Array[T](n)` and `Array.ofDim[T](n)` fill the array with it (`tir.NewArray.fill`).
"""
from __future__ import annotations

from .. import diagnostics as codes
from ..source import Span
from . import tir
from .symbols import ClassSymbol, FieldSymbol, LocalSymbol, MethodSymbol
from .types import (BOOLEAN, BYTE, CHAR, DOUBLE, ERROR, FLOAT, INT, LONG, NULL, SHORT, UNIT, ArrayType, Type,
                    TypeParamType)

# The zero of each primitive type, as the JVM initialises an array of it.
_ZEROS = {INT: 0, LONG: 0, SHORT: 0, BYTE: 0, CHAR: 0, DOUBLE: 0.0, FLOAT: 0.0, BOOLEAN: False}


def has_class_tag(p: TypeParamType) -> bool:
    return "ClassTag" in p.context


def evidence_name(p: TypeParamType) -> str:
    """The hidden parameter's (and a class's field's) name: `evidence$T`, as scalac's `evidence$1` is not written in
    the program either; a class's is named by its class too, so that a subclass's own bound is a field of its own."""
    owner = p.owner
    return f"evidence${owner.name}${p.name}" if isinstance(owner, ClassSymbol) else f"evidence${p.name}"


def is_evidence(param) -> bool:
    return getattr(param, "evidence_of", None) is not None


def is_evidence_field(field) -> bool:
    """A class's field holding its ClassTag evidence (listed nowhere a program's own members are)."""
    return field.defn is None and field.name.startswith("evidence$")


def written_params(params: list | None) -> list:
    """A method's or constructor's parameters without its ClassTag evidence (the ones a call writes)."""
    return [p for p in params or () if not is_evidence(p)]


class ClassTagTyping:
    """Typer mixin: the evidence parameters of definitions with `T: ClassTag`, their arguments at calls, and the
    zero an array of T is filled with."""

    def evidence_params(self, type_params: list) -> list[LocalSymbol]:
        """One hidden parameter per type parameter with a ClassTag bound, in order (appended to the written ones)."""
        out = []
        for p in type_params:
            if has_class_tag(p):
                local = LocalSymbol(evidence_name(p), p.span, p, is_param=True)
                local.evidence_of = p
                out.append(local)
        return out

    def enter_class_evidence(self, cls: ClassSymbol) -> None:
        """A class's evidence: constructor parameters, kept in fields (its methods make arrays after construction)."""
        for local in self.evidence_params(cls.type_params):
            cls.params.append(local)
            if local.name not in cls.fields:
                cls.fields[local.name] = FieldSymbol(local.name, local.span, cls, local.tpe, False,
                                                     index=len(cls.fields))

    def class_tag_argument(self, seen: Type, span: Span, ctx) -> tir.Expr:
        """What a call passes for an evidence parameter whose type argument is `seen`: its zero, or the evidence the
        caller holds for it when it is a type parameter of the caller's."""
        if seen is ERROR:
            return tir.ErrorNode(span, ERROR)
        if isinstance(seen, TypeParamType):
            found = self.evidence_in_scope(seen, span, ctx)
            if found is None:
                return self.error(codes.MISSING_CLASS_TAG, f"No ClassTag available for {seen.name}", span)
            return found
        if seen in _ZEROS:
            return tir.Const(span, seen, _ZEROS[seen])
        if seen is UNIT:
            return tir.UnitValue(span, UNIT)
        return tir.Const(span, NULL, None)  # (a reference type: its arrays start out null, as the JVM's)

    def evidence_in_scope(self, p: TypeParamType, span: Span, ctx) -> tir.Expr | None:
        """The evidence for p where ctx is: its method's hidden parameter, or its class's field. None when p has no
        ClassTag bound (or the code cannot reach its evidence)."""
        if not has_class_tag(p):
            return None
        name = evidence_name(p)
        local = ctx.scope.lookup(name)
        if isinstance(local, LocalSymbol) and local.evidence_of is p:
            return self.read_local(local, span, ctx, None)
        if isinstance(p.owner, MethodSymbol):
            return None
        member = self.member_in_scope(name, ctx, span)
        if isinstance(member, FieldSymbol):
            return self.member_access(member, None, span, ctx)
        return None

    def lacks_class_tag(self, element: Type, span: Span, ctx) -> bool:
        """Report scalac's `No ClassTag available for T` when an array of element is made where T has no ClassTag
        (`Array.fill(n)(x)`, `Array(x, y)`, `Array.empty[T]` in generic code); the prelude's own code makes its
        erased arrays freely."""
        if self.class_tag_known(element) or getattr(ctx.owner, "from_prelude", False):
            return False
        shown = element.element.name if isinstance(element, ArrayType) else element.name
        self.error(codes.MISSING_CLASS_TAG, f"No ClassTag available for {shown}", span)
        return True

    def array_zero(self, array_type: Type, span: Span, ctx) -> tir.Expr | None:
        """The value a new array of array_type starts out with where it is not the Wasm default: the zero of an
        element type that is a type parameter with a ClassTag (null for a reference T, 0 boxed for Int, ...)."""
        element = array_type.element if isinstance(array_type, ArrayType) else None
        if isinstance(element, TypeParamType) and has_class_tag(element):
            return self.evidence_in_scope(element, span, ctx)
        return None
