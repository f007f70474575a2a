"""Conditions of `while` and `if` lowered as branches: `a && b` and `a || b` jump straight to where control goes
instead of computing a Boolean value first (short-circuit order kept; each part evaluated at most once, in order).
A load in the part that always runs before the body then dominates the body, so the body may reuse it."""
from __future__ import annotations

from ..semantics import tir
from ..wasm import LabelId


class ConditionLowering:
    """Mixed into FunctionLowering: needs expr, emit and fb."""

    def branch_unless(self, cond: tir.Expr, target: LabelId) -> None:
        """Jump to target when cond is false; fall through when it is true."""
        if isinstance(cond, tir.Logical) and cond.op == "&&":
            self.branch_unless(cond.lhs, target)
            self.branch_unless(cond.rhs, target)
        elif isinstance(cond, tir.Logical):  # a || b is false only when both are
            with self.fb.block() as holds:
                self.branch_when(cond.lhs, holds)
                self.branch_unless(cond.rhs, target)
        elif isinstance(cond, tir.Unary) and cond.op == "!":
            self.branch_when(cond.operand, target)
        else:
            self.expr(cond)
            self.emit("i32.eqz")
            self.emit("br_if", target)

    def branch_when(self, cond: tir.Expr, target: LabelId) -> None:
        """Jump to target when cond is true; fall through when it is false."""
        if isinstance(cond, tir.Logical) and cond.op == "||":
            self.branch_when(cond.lhs, target)
            self.branch_when(cond.rhs, target)
        elif isinstance(cond, tir.Logical):  # a && b is true only when both are
            with self.fb.block() as fails:
                self.branch_unless(cond.lhs, fails)
                self.branch_when(cond.rhs, target)
        elif isinstance(cond, tir.Unary) and cond.op == "!":
            self.branch_unless(cond.operand, target)
        else:
            self.expr(cond)
            self.emit("br_if", target)


def branches(cond: tir.Expr) -> bool:
    """Whether a condition gains from branching: it has a short-circuit operator."""
    while isinstance(cond, tir.Unary) and cond.op == "!":
        cond = cond.operand
    return isinstance(cond, tir.Logical)
