"""An `Array[Int]` (any array of a known element type) passed where a method takes an `Array[T]`: copied in and out.

The JVM passes the very array (generic code reaches it through `ScalaRunTime.array_apply`); here an `Array[T]` is an
array of anyref (T is erased), so the call gets a boxed copy and, once it returns, the copy's elements are written
back into the caller's array. That is exactly the JVM's behaviour when the method only reads, writes and measures the
array during the call (or hands it to methods that do the same); a method that keeps it (a field, a closure that
outlives the call, a value it returns or aliases) would see a different array than the caller's, so such a call is
`unsupported`, decided once every method is typed (`check_array_copies`). One difference remains: the same array
passed as two arguments of one call becomes two copies during that call.
"""
from __future__ import annotations

from . import tir
from .symbols import LocalSymbol, MethodSymbol
from .types import ANY, BOOLEAN, INT, NULL, UNIT, NOTHING, ArrayType, Type, is_value_type


def erased_any_array(t: Type) -> bool:
    """Whether t's Wasm form is the array of anyref (`Array[T]`, `Array[Any]`)."""
    from .generics import erase

    return isinstance(t, ArrayType) and erase(t) == ArrayType(ANY, t.is_seq)


class ArrayCopyTyping:
    """Typer mixin: the copies around a call, and the check that the callee does not keep the array."""

    def copy_array_argument(self, e: tir.Expr, declared: ArrayType, ctx, copy_backs: list, site) -> tir.Expr:
        """The argument e (an array of a known element type) as a boxed copy; the statement writing the copy's
        elements back after the call goes to copy_backs, and site (method, parameter index) to the checks."""
        span = e.span
        actual: ArrayType = e.tpe
        boxed_type = ArrayType(ANY, actual.is_seq)
        source = self.temp(actual, span, ctx)
        boxed = self.temp(boxed_type, span, ctx)
        src = tir.LocalGet(span, actual, source)
        dst = tir.LocalGet(span, boxed_type, boxed)

        def box(x: tir.Expr) -> tir.Expr:
            return tir.Box(span, ANY, x) if is_value_type(x.tpe) else tir.Cast(span, ANY, x, checked=False)

        copy_in = tir.Block(span, boxed_type, [
            tir.LocalDef(span, UNIT, source, e),
            tir.LocalDef(span, UNIT, boxed, tir.If(
                span, boxed_type, tir.RefEquals(span, BOOLEAN, src, tir.Const(span, NULL, None), False),
                tir.Const(span, boxed_type, None),
                self._copied(src, boxed_type, box, span, ctx)))], dst)
        back = self._copy_into(dst, src, lambda x: tir.Cast(span, actual.element, x, checked=True), span, ctx)
        copy_backs.append(tir.If(span, UNIT, tir.RefEquals(span, BOOLEAN, src, tir.Const(span, NULL, None), True),
                                 back, None))
        self.array_copy_sites.append((site[0], site[1], span, actual, declared))
        return copy_in

    def _copied(self, src: tir.Expr, target: ArrayType, convert, span, ctx) -> tir.Expr:
        """A new array of type target holding src's elements, each converted."""
        made = self.temp(target, span, ctx)
        dst = tir.LocalGet(span, target, made)
        return tir.Block(span, target, [
            tir.LocalDef(span, UNIT, made, tir.NewArray(span, target, tir.ArrayLength(span, INT, src))),
            self._copy_into(src, dst, convert, span, ctx)], dst)

    def _copy_into(self, src: tir.Expr, dst: tir.Expr, convert, span, ctx) -> tir.Expr:
        """`for (i <- 0 until src.length) dst(i) = convert(src(i))`."""
        index = self.temp(INT, span, ctx)
        index.mutable = True
        i = tir.LocalGet(span, INT, index)
        element = convert(tir.ArrayGet(span, src.tpe.element, src, i))
        return tir.Block(span, UNIT, [
            tir.LocalDef(span, UNIT, index, tir.Const(span, INT, 0)),
            tir.While(span, UNIT, tir.Binary(span, BOOLEAN, "<", INT, i, tir.ArrayLength(span, INT, src)),
                      tir.Block(span, UNIT, [
                          tir.ArraySet(span, UNIT, dst, i, element),
                          tir.LocalSet(span, UNIT, index, tir.Binary(span, INT, "+", INT, i,
                                                                     tir.Const(span, INT, 1)))], None))], None)

    def with_copy_backs(self, call: tir.Expr, copy_backs: list, ctx) -> tir.Expr:
        """The call, then the copies written back; its value is the call's."""
        span = call.span
        if not copy_backs or call.tpe is NOTHING:
            return call
        if call.tpe is UNIT:
            return tir.Block(span, UNIT, [call, *copy_backs], None)
        result = self.temp(call.tpe, span, ctx)
        return tir.Block(span, call.tpe, [tir.LocalDef(span, UNIT, result, call), *copy_backs],
                         tir.LocalGet(span, call.tpe, result))

    def check_array_copies(self) -> None:
        """Every call given a copy: unsupported where the method may keep the array past the call."""
        seen: dict = {}
        for method, index, span, actual, declared in self.array_copy_sites:
            if param_escapes(self.program, method, index, seen):
                self.unsupported(f"an `{actual.name}` passed as an `{declared.name}` to a method that keeps it "
                                 "(stores, returns or aliases it: generic code holds an array of boxes, a copy here)",
                                 span)


def param_escapes(program, method: MethodSymbol, index: int, seen: dict) -> bool:
    """Whether some implementation of method may keep its parameter `index` (an `Array[T]`) past the call."""
    key = (id(method), index)
    if key in seen:
        return seen[key]
    seen[key] = False  # (a recursive call passing it on keeps nothing by itself)
    found = any(_body_keeps(program, m, m.params[index], seen)
                for m in _implementations(program, method) if m.params is not None and index < len(m.params))
    seen[key] = found
    return found


def _implementations(program, method: MethodSymbol) -> list[MethodSymbol]:
    found = [method]
    if method.is_local or method.is_static:
        return found
    owners = [*program.classes.values(), *program.objects.values()]
    for owner in owners:
        for m in owner.every_method():
            parent = m.overrides
            while parent is not None and parent is not method:
                parent = parent.overrides
            if parent is method:
                found.append(m)
    return found


def _body_keeps(program, method: MethodSymbol, param: LocalSymbol, seen: dict) -> bool:
    bodies = [method.body]
    visited = {id(method)}
    while bodies:
        body = bodies.pop()
        if not isinstance(body, tir.Expr):
            continue
        parents: dict = {}
        for node in tir.walk(body):
            for child in tir.children(node):
                parents[id(child)] = node
            if isinstance(node, tir.Call) and node.method.is_local and id(node.method) not in visited:
                visited.add(id(node.method))  # a local def using the parameter as a captured local
                bodies.append(node.method.body)
        names = {id(param)}  # the parameter and the vals that hold it (a library expansion's `val xs = a`)
        nodes = list(tir.walk(body))
        for node in nodes:
            if isinstance(node, tir.LocalDef) and not node.sym.mutable and _names_array(node.value, names):
                names.add(id(node.sym))
        for node in nodes:
            if isinstance(node, tir.LocalGet) and id(node.sym) in names and _keeps(program, node, parents, seen):
                return True
            if isinstance(node, tir.Lambda) and not isinstance(parents.get(id(node)), (tir.Call, tir.Builtin)) \
                    and any(isinstance(n, tir.LocalGet) and id(n.sym) in names for n in tir.walk(node.body)):
                return True  # a function value holding the array may outlive the call
    return False


def _names_array(value, names: set) -> bool:
    while isinstance(value, tir.Cast) and not value.checked:
        value = value.value
    return isinstance(value, tir.LocalGet) and id(value.sym) in names


def _keeps(program, node: tir.Expr, parents: dict, seen: dict) -> bool:
    """Whether this use of the array lets it outlive the call."""
    parent = parents.get(id(node))
    while isinstance(parent, tir.Cast) and not parent.checked and erased_any_array(parent.tpe):
        node, parent = parent, parents.get(id(parent))  # re-typed only (`Array[T]` seen as such)
    if isinstance(parent, tir.LocalDef) and not parent.sym.mutable:
        return False  # a val naming it: its own uses are looked at
    if isinstance(parent, (tir.ArrayGet, tir.ArrayLength, tir.ForArray)):
        return False
    if isinstance(parent, tir.ArraySet):
        return parent.array is not node  # stored as an element of another array
    if isinstance(parent, tir.Builtin):
        return False  # the library's array operations read, write or copy it in place
    if isinstance(parent, tir.Call) and parent.receiver is not node:
        position = next((i for i, a in enumerate(parent.args) if a is node), None)
        callee = parent.method
        if position is None or callee.params is None or position >= len(callee.params):
            return True
        if not erased_any_array(callee.params[position].tpe):
            return True
        return param_escapes(program, callee, position, seen)
    return True
