"""Random well-typed programs over the accepted subset, built as program.py trees so mismatches can be reduced.

Every choice comes from one `random.Random(seed)`, so a seed names a program. Each feature is a method that adds
statements or builds an expression of a wanted type; a new construct of the language (closures, hierarchies,
pattern matching, collections) joins by adding a method and listing it in `STATEMENT_KINDS` or `expr_makers`.
Programs always terminate: loops count to small literals, recursion is bounded, and only the optional last
statement of `main` may throw.
"""
from __future__ import annotations

import random
import struct
from dataclasses import dataclass, field

from .program import Block, Expr, Program, Stmt

INTEGRAL = ("Int", "Long", "Short", "Byte", "Char")
NUMERIC = INTEGRAL + ("Float", "Double")
VALUE_TYPES = NUMERIC + ("Boolean", "String")

# Edge values first: they are where the JVM's rules (overflow, -0.0, NaN, shortest float printing) show.
INT_EDGES = ["0", "1", "-1", "2", "7", "-7", "31", "32", "33", "63", "64", "100", "255", "256", "-128", "65535",
             "65536", "1000000", "123456789", "2147483647", "-2147483648", "Int.MaxValue", "Int.MinValue",
             "0x7fffffff", "0x80000000", "0xff", "-0x10"]
LONG_EDGES = ["0L", "1L", "-1L", "2L", "63L", "64L", "4294967296L", "-4294967296L", "2147483648L",
              "9223372036854775807L", "-9223372036854775808L", "Long.MaxValue", "Long.MinValue",
              "123456789012345L", "0xffffffffL", "0x7fffffffffffffffL"]
DOUBLE_EDGES = ["0.0", "-0.0", "1.0", "-1.0", "0.1", "0.5", "1.5", "2.5", "-2.5", "3.14159", "1e7", "1.0E7",
                "9999999.0", "1e-3", "0.001", "1e-4", "1e21", "1e22", "1e23", "123456789.125", "1e308",
                "4.9E-324", "Double.MaxValue", "Double.MinValue", "Double.MinPositiveValue", "Double.NaN",
                "Double.PositiveInfinity", "Double.NegativeInfinity", "2147483647.5", "-2147483648.5",
                "9.223372036854776E18", "1e19", "-1e19", "0.30000000000000004"]
# (not "3.4028235E38f": scalac 2.11 rejects Float.MaxValue written out as "floating point number too large")
FLOAT_EDGES = ["0.0f", "-0.0f", "1.0f", "-1.0f", "0.1f", "0.5f", "1.5f", "3.4028234E38f", "1.4E-45f", "1e7f",
               "9999999.0f", "1e-3f", "16777216.0f", "16777217.0f", "Float.MaxValue", "Float.MinValue",
               "Float.MinPositiveValue", "Float.NaN", "Float.PositiveInfinity", "Float.NegativeInfinity",
               "2.14748365E9f", "3.3333333f", "100.0f"]
CHAR_EDGES = ["'a'", "'Z'", "'0'", "' '", "'\\n'", "'\\t'", "'\\\\'", "'\\''", "'\"'", "'\\u00e9'", "'\\u0000'",
              "'\\uffff'", "'\\u20ac'", "'\\u4e2d'", "'~'", "Char.MaxValue", "Char.MinValue"]
STRING_EDGES = ['""', '"a"', '"hello"', '"Hello, World!"', '"\\n"', '"tab\\there"', '"quote\\"q"',
                '"back\\\\slash"', '"\\u00e9t\\u00e9"', '"\\u20ac"', '"\\u4e2d\\u6587"', '"\\ud83d\\ude00"',
                '"x y z"', '"123"', '"-0"', '"null"']

STATEMENT_KINDS = ("print", "print", "print", "print", "local", "local", "assign", "if", "while", "for_range",
                   "array", "match", "string_build", "object_use", "class_use", "call", "closure")
FATAL_KINDS = ("div_zero", "rem_zero", "long_div_zero", "array_index", "negative_array", "throw", "match_error",
               "char_at", "substring", "null_field", "object_init_throw", "not_implemented")
EXCEPTIONS = ("RuntimeException", "IllegalArgumentException", "IllegalStateException", "ArithmeticException",
              "UnsupportedOperationException", "Exception", "NumberFormatException", "Error")


@dataclass
class Var:
    name: str
    tpe: str
    mutable: bool = False


@dataclass
class Scope:
    vars: list[Var] = field(default_factory=list)

    def of_type(self, tpe: str, mutable: bool = False) -> list[Var]:
        return [v for v in self.vars if v.tpe == tpe and (v.mutable or not mutable)]


@dataclass
class Method:
    owner: str  # "" for Main's own, else the object's name
    name: str
    params: list[tuple[str, str]]
    result: str


@dataclass
class ObjectInfo:
    name: str
    fields: list[Var]
    methods: list[Method]


@dataclass
class ClassInfo:
    name: str
    fields: list[Var]  # the readable ones (val/var parameters and body vals)
    params: list[tuple[str, str]]
    methods: list[Method]


def promote(a: str, b: str) -> str:
    """Scala's numeric promotion for a binary operator."""
    for t in ("Double", "Float", "Long"):
        if t in (a, b):
            return t
    return "Int"


def unary_promote(a: str) -> str:
    return a if a in ("Int", "Long", "Float", "Double") else "Int"


class Generator:
    """One program per `program()` call; `seed` fixes everything it draws."""

    def __init__(self, seed: int, size: int = 30) -> None:
        self.rng = random.Random(seed)
        self.size = size
        self.counter = 0
        self.objects: list[ObjectInfo] = []
        self.classes: list[ClassInfo] = []
        self.methods: list[Method] = []

    # ------------------------------------------------------------------------------------------------ helpers

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(list(seq))

    # ------------------------------------------------------------------------------------------------ literals

    def literal(self, tpe: str) -> Expr:
        r = self.rng
        if tpe == "Int":
            text = self.pick(INT_EDGES) if r.random() < 0.6 else str(r.randint(-1000, 1000))
            return Expr("Int", f"({text})" if text.startswith("-") else text)
        if tpe == "Long":
            text = self.pick(LONG_EDGES) if r.random() < 0.6 else f"{r.randint(-10**12, 10**12)}L"
            return Expr("Long", f"({text})" if text.startswith("-") else text)
        if tpe == "Double":
            if r.random() < 0.6:
                text = self.pick(DOUBLE_EDGES)
            else:
                text = repr(r.choice([r.uniform(-1000, 1000), r.uniform(-1, 1), r.uniform(-1e10, 1e10)]))
            return Expr("Double", f"({text})" if text.startswith("-") else text)
        if tpe == "Float":
            if r.random() < 0.6:
                text = self.pick(FLOAT_EDGES)
            else:
                value = struct.unpack("<f", struct.pack("<f", r.uniform(-1000, 1000)))[0]
                text = f"{value!r}f"
            return Expr("Float", f"({text})" if text.startswith("-") else text)
        if tpe == "Short":
            return Expr("Short", f"({self.pick(['0', '1', '-1', '127', '128', '-129', '32767', '-32768', '1000'])}"
                                 ").toShort" if r.random() < 0.7 else self.pick(["Short.MaxValue", "Short.MinValue"]))
        if tpe == "Byte":
            return Expr("Byte", f"({self.pick(['0', '1', '-1', '127', '-128', '100', '-100', '42'])}).toByte"
                        if r.random() < 0.7 else self.pick(["Byte.MaxValue", "Byte.MinValue"]))
        if tpe == "Char":
            return Expr("Char", self.pick(CHAR_EDGES))
        if tpe == "Boolean":
            return Expr("Boolean", self.pick(["true", "false"]))
        if tpe == "String":
            return Expr("String", self.pick(STRING_EDGES))
        raise ValueError(tpe)

    # ------------------------------------------------------------------------------------------------ expressions

    def expr(self, tpe: str, scope: Scope, depth: int = 3) -> Expr:
        if depth <= 0 or self.chance(0.25):
            return self.leaf(tpe, scope)
        makers = self.expr_makers(tpe)
        return self.pick(makers)(tpe, scope, depth - 1)

    def leaf(self, tpe: str, scope: Scope) -> Expr:
        candidates = scope.of_type(tpe)
        fields = [(o, f) for o in self.objects for f in o.fields if f.tpe == tpe]
        if candidates and self.chance(0.6):
            return Expr(tpe, self.pick(candidates).name)
        if fields and self.chance(0.2):
            obj, f = self.pick(fields)
            return Expr(tpe, f"{obj.name}.{f.name}")
        return self.literal(tpe)

    def expr_makers(self, tpe: str) -> list:
        makers = [self.leaf_maker, self.if_expr, self.match_expr]
        if tpe in NUMERIC:
            makers += [self.conversion, self.conversion, self.rich_call]
        if tpe in ("Int", "Long", "Float", "Double"):
            makers += [self.arithmetic, self.arithmetic, self.arithmetic, self.unary_minus, self.math_call]
        if tpe in ("Int", "Long"):
            makers += [self.shift, self.bitwise, self.bitwise]
        if tpe == "Int":
            makers += [self.string_length, self.array_length]
        if tpe == "Char":
            makers += [self.char_at]
        if tpe == "Boolean":
            makers += [self.comparison, self.comparison, self.logic, self.string_equality]
        if tpe == "String":
            makers += [self.concat, self.concat, self.interpolation, self.to_string, self.substring]
        if any(m.result == tpe for m in self.all_methods()):
            makers += [self.method_call, self.method_call]
        return makers

    def all_methods(self) -> list[Method]:
        """The methods an expression may call with any arguments: not the recursive ones (called with small
        literals only, since Wasm's stack is shallower than the JVM's)."""
        return [m for m in self.methods if not m.name.startswith("rec")] + [m for o in self.objects for m in o.methods]

    def leaf_maker(self, tpe, scope, depth):
        return self.leaf(tpe, scope)

    def any_numeric_for(self, result: str) -> str:
        """An operand type whose promotion with `result`'s partner still gives `result`."""
        if result == "Int":
            return self.pick(("Int", "Int", "Short", "Byte", "Char"))
        if result == "Long":
            return self.pick(("Long", "Int", "Short", "Byte", "Char"))
        if result == "Float":
            return self.pick(("Float", "Int", "Long", "Short", "Char"))
        return self.pick(NUMERIC)

    def arithmetic(self, tpe, scope, depth):
        op = self.pick(("+", "-", "*", "/", "%", "+", "*"))
        a_t, b_t = tpe, self.any_numeric_for(tpe)
        if self.chance(0.5):
            a_t, b_t = b_t, a_t
        a, b = self.expr(a_t, scope, depth), self.expr(b_t, scope, depth)
        if op in ("/", "%") and tpe in ("Int", "Long"):
            # never a zero divisor here (`| 1` keeps the sign and the -1 that overflows MinValue / -1)
            one = "1L" if b_t == "Long" else "1"
            return Expr(tpe, "({0} " + op + " ({1} | " + one + "))", [a, b]) if b_t in ("Int", "Long") else \
                Expr(tpe, "({0} " + op + " ({1}.toInt | 1))", [a, b])
        return Expr(tpe, "({0} " + op + " {1})", [a, b])

    def unary_minus(self, tpe, scope, depth):
        return Expr(tpe, "(-{0})", [self.expr(tpe, scope, depth)])

    def shift(self, tpe, scope, depth):
        op = self.pick(("<<", ">>", ">>>"))
        left_t = tpe if tpe == "Long" else self.pick(("Int", "Int", "Short", "Byte", "Char"))
        # an Int shifted by a constant Long count is folded to a Long by scalac 2.11 (a compile error there)
        count_t = self.pick(("Int", "Int", "Long")) if tpe == "Long" else "Int"
        count = self.literal(count_t) if self.chance(0.6) else self.expr(count_t, scope, depth)
        return Expr(tpe, "({0} " + op + " {1})", [self.expr(left_t, scope, depth), count])

    def bitwise(self, tpe, scope, depth):
        if self.chance(0.2):
            return Expr(tpe, "(~{0})", [self.expr(tpe, scope, depth)])
        op = self.pick(("&", "|", "^"))
        other = "Long" if tpe == "Long" and self.chance(0.5) else self.pick(("Int", "Short", "Byte", "Char"))
        a, b = self.expr(tpe, scope, depth), self.expr(other, scope, depth)
        return Expr(tpe, "({0} " + op + " {1})", [a, b] if self.chance(0.5) else [b, a])

    def conversion(self, tpe, scope, depth):
        source = self.pick(NUMERIC)
        return Expr(tpe, "{0}.to" + tpe, [self.paren(self.expr(source, scope, depth))])

    @staticmethod
    def paren(e: Expr) -> Expr:
        text = e.fmt
        if e.kids or not text[:1].isalnum() or text[:1].isdigit():
            return Expr(e.tpe, "({0})", [e])
        return e

    def math_call(self, tpe, scope, depth):
        name = self.pick(("max", "min", "abs"))
        if tpe in ("Float", "Double") and self.chance(0.3):
            name = self.pick(("floor", "ceil", "sqrt")) if tpe == "Double" else name
        if name == "abs":
            return Expr(tpe, "math.abs({0})", [self.expr(tpe, scope, depth)])
        if name in ("floor", "ceil", "sqrt"):
            return Expr(tpe, "math." + name + "({0})", [self.expr("Double", scope, depth)])
        return Expr(tpe, "math." + name + "({0}, {1})", [self.expr(tpe, scope, depth), self.expr(tpe, scope, depth)])

    def rich_call(self, tpe, scope, depth):
        name = self.pick(("max", "min", "abs"))
        receiver = self.paren(self.expr(tpe, scope, depth))
        if name == "abs":
            return Expr(tpe, "{0}.abs", [receiver])
        return Expr(tpe, "{0}." + name + "({1})", [receiver, self.expr(tpe, scope, depth)])

    def if_expr(self, tpe, scope, depth):
        return Expr(tpe, "(if ({0}) {1} else {2})",
                    [self.expr("Boolean", scope, depth), self.expr(tpe, scope, depth), self.expr(tpe, scope, depth)])

    def match_expr(self, tpe, scope, depth):
        scrutinee_t = self.pick(("Int", "Char", "String", "Boolean"))
        scrutinee = self.expr(scrutinee_t, scope, depth)
        kids = [scrutinee]
        cases = []
        if scrutinee_t == "Boolean":
            patterns = ["true", "false"]
        else:
            patterns = sorted({self.literal(scrutinee_t).fmt.strip("()") for _ in range(self.rng.randint(1, 3))})
            patterns = [p for p in patterns if not p.startswith(("Int.", "Char.", "-"))] or ["1"]
            if scrutinee_t == "Char":
                patterns = [p for p in patterns if p.startswith("'")] or ["'a'"]
            if scrutinee_t == "String":
                patterns = [p for p in patterns if p.startswith('"')] or ['"a"']
        for i, pattern in enumerate(patterns):
            kids.append(self.expr(tpe, scope, depth))
            pattern = pattern.replace("{", "{{").replace("}", "}}")
            cases.append(f"case {pattern} => {{{len(kids) - 1}}}")
        if scrutinee_t != "Boolean" or self.chance(0.5):
            kids.append(self.expr(tpe, scope, depth))
            cases.append(f"case _ => {{{len(kids) - 1}}}")
        return Expr(tpe, "({0} match {{ " + " ".join(cases) + " }})", kids)

    def comparison(self, tpe, scope, depth):
        op = self.pick(("<", "<=", ">", ">=", "==", "!="))
        a_t = self.pick(NUMERIC)
        b_t = self.pick(NUMERIC) if self.chance(0.3) else a_t
        return Expr("Boolean", "({0} " + op + " {1})", [self.expr(a_t, scope, depth), self.expr(b_t, scope, depth)])

    def logic(self, tpe, scope, depth):
        if self.chance(0.2):
            return Expr("Boolean", "(!{0})", [self.expr("Boolean", scope, depth)])
        op = self.pick(("&&", "||", "&", "|", "^", "==", "!="))
        return Expr("Boolean", "({0} " + op + " {1})",
                    [self.expr("Boolean", scope, depth), self.expr("Boolean", scope, depth)])

    def string_equality(self, tpe, scope, depth):
        op = self.pick(("==", "!="))
        return Expr("Boolean", "({0} " + op + " {1})",
                    [self.expr("String", scope, depth), self.expr("String", scope, depth)])

    def concat(self, tpe, scope, depth):
        other = self.expr(self.pick(VALUE_TYPES), scope, depth)
        s = self.expr("String", scope, depth)
        return Expr("String", "({0} + {1})", [s, other] if self.chance(0.5) else [other, s])

    def interpolation(self, tpe, scope, depth):
        parts, kids = [], []
        for _ in range(self.rng.randint(1, 3)):
            parts.append(self.pick(["", "x=", " ", "[", "] ", "\u00e9", "$$"]))
            kids.append(self.expr(self.pick(VALUE_TYPES), scope, depth))
            parts.append("${{{" + str(len(kids) - 1) + "}}}")
        parts.append(self.pick(["", ".", "!"]))
        return Expr("String", 's"' + "".join(parts) + '"', kids)

    def to_string(self, tpe, scope, depth):
        return Expr("String", "{0}.toString", [self.paren(self.expr(self.pick(NUMERIC + ("Boolean",)), scope, depth))])

    def substring(self, tpe, scope, depth):
        text = self.pick(["abcdef", "hello world", "\u00e9t\u00e9 ok", "0123456789"])
        i = self.rng.randint(0, len(text))
        j = self.rng.randint(i, len(text))
        return Expr("String", f'"{text}".substring({i}, {j})' if self.chance(0.7) else f'"{text}".substring({i})')

    def string_length(self, tpe, scope, depth):
        # a concatenation is never null (a String variable may be)
        return Expr("Int", "{0}.length", [self.concat("String", scope, depth)])

    def char_at(self, tpe, scope, depth):
        text = self.pick(["abc", "xyz\u00e9", "\u4e2d\u6587", "0123456789"])
        return Expr("Char", f'"{text}".charAt({self.rng.randint(0, len(text) - 1)})')

    def array_length(self, tpe, scope, depth):
        n = self.rng.randint(0, 5)
        return Expr("Int", f"new Array[{self.pick(VALUE_TYPES)}]({n}).length")

    def method_call(self, tpe, scope, depth):
        method = self.pick([m for m in self.all_methods() if m.result == tpe])
        args = [self.expr(t, scope, depth) for _, t in method.params]
        prefix = f"{method.owner}." if method.owner else ""
        holes = ", ".join("{" + str(i) + "}" for i in range(len(args)))
        return Expr(tpe, prefix + method.name + ("(" + holes + ")"), args)

    # ------------------------------------------------------------------------------------------------ statements

    def statements(self, scope: Scope, count: int, depth: int) -> list[Stmt]:
        out: list[Stmt] = []
        for _ in range(count):
            kind = self.pick(STATEMENT_KINDS)
            out.extend(getattr(self, "stmt_" + kind)(scope, depth))
        return out

    def stmt_print(self, scope, depth):
        tpe = self.pick(VALUE_TYPES)
        fn = "print" if self.chance(0.1) else "println"
        return [Stmt(fn + "({0})", [self.expr(tpe, scope, 3)])]

    def stmt_local(self, scope, depth):
        tpe = self.pick(VALUE_TYPES)
        mutable = self.chance(0.4)
        name = self.fresh("v")
        value = self.expr(tpe, scope, 3)
        keyword = "var" if mutable else "val"
        if tpe == "String" and mutable and self.chance(0.2):
            stmt = Stmt(f"{keyword} {name}: String = null")
        elif self.chance(0.3) and tpe in ("Int", "Long", "Double", "Boolean", "String") and value.kids:
            stmt = Stmt(f"{keyword} {name} = {{0}}", [value])
            tpe = value.tpe
        else:
            stmt = Stmt(f"{keyword} {name}: {tpe} = {{0}}", [value])
        scope.vars.append(Var(name, tpe, mutable))
        return [stmt, Stmt(f"println({name})")]

    def stmt_assign(self, scope, depth):
        targets = [v for v in scope.vars if v.mutable]
        if not targets:
            return self.stmt_local(scope, depth)
        var = self.pick(targets)
        if var.tpe in ("Int", "Long", "Float", "Double") and self.chance(0.5):
            op = self.pick(("+=", "-=", "*=", "/=", "%=") if var.tpe in ("Float", "Double") else ("+=", "-=", "*="))
            rhs_t = var.tpe if var.tpe != "Double" else self.pick(("Double", "Int", "Float"))
            return [Stmt(f"{var.name} {op} {{0}}", [self.expr(rhs_t, scope, 2)]), Stmt(f"println({var.name})")]
        if var.tpe == "String" and self.chance(0.5):
            return [Stmt(f"{var.name} += {{0}}", [self.expr(self.pick(VALUE_TYPES), scope, 2)]),
                    Stmt(f"println({var.name})")]
        return [Stmt(f"{var.name} = {{0}}", [self.expr(var.tpe, scope, 2)]), Stmt(f"println({var.name})")]

    def inner(self, scope: Scope, depth: int, extra: list[Var] = ()) -> Block:
        inner = Scope(scope.vars + list(extra))
        count = self.rng.randint(1, 3) if depth > 0 else 1
        stmts = self.statements(inner, count, depth - 1) if depth > 0 else self.stmt_print(inner, 0)
        return Block(stmts)

    def stmt_if(self, scope, depth):
        cond = self.expr("Boolean", scope, 2)
        if self.chance(0.5):
            return [Stmt("if ({0}) {1} else {2}", [cond, self.inner(scope, depth), self.inner(scope, depth)])]
        return [Stmt("if ({0}) {1}", [cond, self.inner(scope, depth)])]

    def stmt_while(self, scope, depth):
        counter = self.fresh("i")
        limit = self.rng.randint(0, 4)
        body = self.inner(scope, depth, [Var(counter, "Int")])
        body.stmts.append(Stmt(f"{counter} += 1"))
        return [Stmt(f"var {counter} = 0"), Stmt(f"while ({counter} < {limit}) {{0}}", [body])]

    def stmt_for_range(self, scope, depth):
        i = self.fresh("k")
        low = self.rng.randint(-2, 2)
        high = low + self.rng.randint(-1, 4)
        word = self.pick(("until", "to"))
        return [Stmt(f"for ({i} <- {low} {word} {high}) {{0}}", [self.inner(scope, depth, [Var(i, "Int")])])]

    def stmt_array(self, scope, depth):
        tpe = self.pick(VALUE_TYPES)
        name = self.fresh("arr")
        out = []
        if self.chance(0.5):
            n = self.rng.randint(4, 6)
            holes = ", ".join("{" + str(i) + "}" for i in range(n))
            out.append(Stmt(f"val {name} = Array[{tpe}]({holes})", [self.expr(tpe, scope, 2) for _ in range(n)]))
        else:
            out.append(Stmt(f"val {name} = new Array[{tpe}]({self.rng.randint(4, 6)})"))
        index = Expr("Int", "({0} & 3)", [self.expr("Int", scope, 2)])
        out.append(Stmt(f"{name}({{0}}) = {{1}}", [index, self.expr(tpe, scope, 2)]))
        x = self.fresh("x")
        out.append(Stmt(f"for ({x} <- {name}) {{0}}", [Block([Stmt(f"println({x})")])]))
        out.append(Stmt(f"println({name}.length)"))
        out.append(Stmt(f'println({name}.mkString("[", ", ", "]"))'))
        if tpe in ("Int", "Long", "Double", "Float") and self.chance(0.5):
            out.append(Stmt(f"println({name}.{self.pick(('sum', 'min', 'max'))})"))
        return out

    def stmt_match(self, scope, depth):
        e = self.match_expr(self.pick(VALUE_TYPES), scope, 2)
        return [Stmt("println({0})", [e])]

    def stmt_closure(self, scope, depth):
        """A function value capturing what is in scope (a var too), applied twice."""
        name, param = self.fresh("fn"), self.fresh("x")
        param_t, result_t = self.pick(VALUE_TYPES), self.pick(VALUE_TYPES)
        body = self.expr(result_t, Scope(scope.vars + [Var(param, param_t)]), 2)
        return [Stmt(f"val {name} = ({param}: {param_t}) => {{0}}", [body]),
                Stmt(f"println({name}({{0}}))", [self.expr(param_t, scope, 1)]),
                Stmt(f"println({name}({{0}}))", [self.expr(param_t, scope, 1)])]

    def stmt_string_build(self, scope, depth):
        name, i = self.fresh("sb"), self.fresh("j")
        piece = self.expr(self.pick(VALUE_TYPES), Scope(scope.vars + [Var(i, "Int")]), 2)
        return [Stmt(f'var {name} = ""'),
                Stmt(f"for ({i} <- 0 until {self.rng.randint(0, 4)}) {{0}}",
                     [Block([Stmt(f'{name} = {name} + {{0}} + ","', [piece])])]),
                Stmt(f"println({name})")]

    def stmt_object_use(self, scope, depth):
        if not self.objects:
            return self.stmt_print(scope, depth)
        obj = self.pick(self.objects)
        out = []
        mutable = [f for f in obj.fields if f.mutable]
        if mutable and self.chance(0.4):
            f = self.pick(mutable)
            out.append(Stmt(f"{obj.name}.{f.name} = {{0}}", [self.expr(f.tpe, scope, 2)]))
        f = self.pick(obj.fields)
        out.append(Stmt(f"println({obj.name}.{f.name})"))
        return out

    def stmt_class_use(self, scope, depth):
        if not self.classes:
            return self.stmt_print(scope, depth)
        cls = self.pick(self.classes)
        name = self.fresh("c")
        holes = ", ".join("{" + str(i) + "}" for i in range(len(cls.params)))
        out = [Stmt(f"val {name} = new {cls.name}({holes})", [self.expr(t, scope, 2) for _, t in cls.params])]
        for f in self.rng.sample(cls.fields, min(len(cls.fields), 2)):
            out.append(Stmt(f"println({name}.{f.name})"))
        mutable = [f for f in cls.fields if f.mutable]
        if mutable:
            f = self.pick(mutable)
            out.append(Stmt(f"{name}.{f.name} = {{0}}", [self.expr(f.tpe, scope, 2)]))
            out.append(Stmt(f"println({name}.{f.name})"))
        for m in cls.methods:
            holes = ", ".join("{" + str(i) + "}" for i in range(len(m.params)))
            out.append(Stmt(f"println({name}.{m.name}({holes}))", [self.expr(t, scope, 2) for _, t in m.params]))
        return out

    def stmt_call(self, scope, depth):
        methods = self.all_methods()
        if not methods:
            return self.stmt_print(scope, depth)
        m = self.pick(methods)
        return [Stmt("println({0})", [self.method_call(m.result, scope, 2)])] if m.result != "Unit" else []

    # ------------------------------------------------------------------------------------------------ fatal endings

    def fatal(self, scope: Scope) -> list[Stmt]:
        kind = self.pick(FATAL_KINDS)
        if kind == "div_zero":
            return [Stmt("println({0} / (0 * {1}))", [self.expr("Int", scope, 1), self.expr("Int", scope, 1)])]
        if kind == "rem_zero":
            return [Stmt("println({0} % 0)", [self.expr("Int", scope, 1)])]
        if kind == "long_div_zero":
            return [Stmt("println({0} / 0L)", [self.expr("Long", scope, 1)])]
        if kind == "array_index":
            n = self.rng.randint(0, 3)
            return [Stmt(f"println(new Array[Int]({n})({self.pick([n, n + 1, -1, 100])}))")]
        if kind == "negative_array":
            return [Stmt(f"println(new Array[Long]({self.pick(['-1', '-5', 'Int.MinValue'])}).length)")]
        if kind == "throw":
            message = self.pick(['"boom"', '""', '"a \\u00e9 b"'])  # (null: scalac finds the constructor ambiguous)
            return [Stmt(f"throw new {self.pick(EXCEPTIONS)}({message})")]
        if kind == "match_error":
            tpe = self.pick(("Int", "Char", "String", "Boolean", "Long", "String"))
            value = "null" if tpe == "String" and self.chance(0.5) else self.literal(tpe).render()
            pattern = {"Int": "123454321", "Char": "'\\u0001'", "String": '"never matched"', "Boolean": "true",
                       "Long": "42L"}[tpe]
            if tpe == "Boolean":
                value = "false"
            return [Stmt(f"val mm: {tpe} = {value}"), Stmt(f"mm match {{ case {pattern} => println(1) }}")]
        if kind == "char_at":
            return [Stmt(f'println("abc".charAt({self.pick([3, -1, 10])}))')]
        if kind == "substring":
            return [Stmt(f'println("abc".substring({self.pick(["2, 1", "-1, 2", "0, 4", "4"])}))')]
        if kind == "null_field" and self.classes:
            cls = self.pick(self.classes)
            f = self.pick(cls.fields)
            return [Stmt(f"val nn: {cls.name} = null"), Stmt(f"println(nn.{f.name})")]
        if kind == "object_init_throw":
            name = self.fresh("Failing")
            self.extra_top.append(Stmt(f'object {name} {{ println("init {name}"); val x: Int = throw new '
                                       f'{self.pick(EXCEPTIONS)}("init failed"); val y = 2 }}'))
            return [Stmt(f"println({name}.y)")]
        return [Stmt(self.pick(['throw new NotImplementedError("todo")', "throw new NotImplementedError"]))]

    # ------------------------------------------------------------------------------------------------ definitions

    def define_method(self, owner: str) -> tuple[Stmt, Method]:
        name = self.fresh("f")
        params = [(self.fresh("p"), self.pick(VALUE_TYPES)) for _ in range(self.rng.randint(0, 3))]
        result = self.pick(VALUE_TYPES)
        scope = Scope([Var(p, t) for p, t in params])
        body = self.expr(result, scope, 3)
        signature = ", ".join(f"{p}: {t}" for p, t in params)
        return Stmt(f"def {name}({signature}): {result} = {{0}}", [body]), Method(owner, name, params, result)

    def define_recursive(self, owner: str) -> tuple[Stmt, Method]:
        name = self.fresh("rec")
        result = self.pick(("Int", "Long", "Double"))
        op = self.pick(("+", "*", "-"))
        one = {"Int": "1", "Long": "1L", "Double": "1.0"}[result]
        text = (f"def {name}(n: Int): {result} = if (n <= 0) {one} else "
                f"n {op} {name}(n - 1)" + (" * 3" if result != "Double" and self.chance(0.5) else ""))
        return Stmt(text), Method(owner, name, [("n", "Int")], result)

    def define_object(self) -> Stmt:
        name = self.fresh("Obj")
        info = ObjectInfo(name, [], [])
        members: list[Stmt] = []
        scope = Scope()
        if self.chance(0.6):
            members.append(Stmt(f'println("init {name}")'))
        planned = [(self.fresh("g"), self.pick(VALUE_TYPES), self.chance(0.4)) for _ in range(self.rng.randint(1, 4))]
        for index, (field_name, tpe, mutable) in enumerate(planned):
            # a field may read a later one: the JVM sees its default value then
            later = [Var(n, t) for n, t, _ in planned[index + 1:] if t == tpe]
            if later and self.chance(0.2):
                value = Expr(tpe, self.pick(later).name)
            elif self.chance(0.4):
                value = self.literal(tpe)
            else:
                value = self.expr(tpe, scope, 2)
            members.append(Stmt(f"{'var' if mutable else 'val'} {field_name}: {tpe} = {{0}}", [value]))
            var = Var(field_name, tpe, mutable)
            scope.vars.append(var)
            info.fields.append(var)
        for _ in range(self.rng.randint(0, 2)):
            stmt, method = self.define_method(name)
            stmt.kids[0] = self.expr(method.result, Scope(scope.vars + [Var(p, t) for p, t in method.params]), 2)
            members.append(stmt)
            info.methods.append(method)
        self.objects.append(info)
        return Stmt(f"object {name} {{0}}", [Block(members)])

    def define_class(self) -> Stmt:
        name = self.fresh("Cls")
        params = [(self.fresh("q"), self.pick(VALUE_TYPES), self.pick(("val", "var", ""))) for _ in
                  range(self.rng.randint(1, 3))]
        scope = Scope([Var(p, t) for p, t, _ in params])
        fields = [Var(p, t, kw == "var") for p, t, kw in params if kw]
        members = []
        for _ in range(self.rng.randint(0, 2)):
            f, t = self.fresh("h"), self.pick(VALUE_TYPES)
            members.append(Stmt(f"val {f}: {t} = {{0}}", [self.expr(t, scope, 2)]))
            scope.vars.append(Var(f, t))
            fields.append(Var(f, t))
        if not fields:
            f, t = self.fresh("h"), "Int"
            members.append(Stmt(f"val {f}: {t} = {{0}}", [self.expr(t, scope, 2)]))
            fields.append(Var(f, t))
        methods = []
        for _ in range(self.rng.randint(0, 2)):
            m, result = self.fresh("m"), self.pick(VALUE_TYPES)
            mparams = [(self.fresh("a"), self.pick(VALUE_TYPES)) for _ in range(self.rng.randint(0, 2))]
            body = self.expr(result, Scope(scope.vars + [Var(p, t) for p, t in mparams]), 2)
            members.append(Stmt(f"def {m}({', '.join(f'{p}: {t}' for p, t in mparams)}): {result} = {{0}}", [body]))
            methods.append(Method("", m, mparams, result))
        self.classes.append(ClassInfo(name, fields, [(p, t) for p, t, _ in params], methods))
        signature = ", ".join(f"{kw + ' ' if kw else ''}{p}: {t}" for p, t, kw in params)
        return Stmt(f"class {name}({signature}) {{0}}", [Block(members)])

    # ------------------------------------------------------------------------------------------------ the program

    def program(self) -> Program:
        self.extra_top: list[Stmt] = []
        top: list[Stmt] = []
        for _ in range(self.rng.randint(0, 3)):
            top.append(self.define_object())
        for _ in range(self.rng.randint(0, 2)):
            top.append(self.define_class())
        main_members: list[Stmt] = []
        for _ in range(self.rng.randint(0, 3)):
            stmt, method = self.define_recursive("") if self.chance(0.25) else self.define_method("")
            main_members.append(stmt)
            self.methods.append(method)
        scope = Scope()
        body = self.statements(scope, self.size, depth=2)
        if self.chance(0.3):
            body.extend(self.fatal(scope))
        for m in self.methods:
            if m.name.startswith("rec"):
                body.append(Stmt(f"println({m.name}({self.rng.randint(0, 12)}))"))
        main = Stmt("def main(args: Array[String]): Unit = {0}", [Block(body)], removable=False)
        main_object = Stmt("object Main {0}", [Block(main_members + [main])], removable=False)
        return Program(Block(top + self.extra_top + [main_object], braces=False))


def generate(seed: int, size: int = 30) -> Program:
    return Generator(seed, size).program()
