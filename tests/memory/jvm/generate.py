"""Produces the expected outputs of tests/memory/*.scala by running them on the JVM against wasm.scala.

    python tests/memory/jvm/generate.py [--write] [NAME ...]

Compiles every program (or the NAMEs given) with Debian's scalac 2.11.12 together with the stand-in library
`wasm.scala`, runs each on OpenJDK with the WASI environment from NAME.env (as `-Dwasi.env`), argv from NAME.args, stdin
from NAME.in and `-Dwasm.memoryLimit` from NAME.memory_limit, and prints (or with --write, writes) NAME.out,
NAME.err and NAME.exit. Standard error is kept up to the JVM's first `Exception in thread "main" ...` line: the
compiled program prints only that line, not the stack trace.

`@WasmImport("wasi_snapshot_preview1", "x_y") def m(params): T = native` declarations are rewritten to call
`wasi.xY(...)` of the stand-in, since the JVM has no host to import from. Programs whose first line contains
`jvm: skip` are not run.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE.parent
LIBRARY = "/usr/share/scala/lib/scala-library.jar"
IMPORT = re.compile(r'@WasmImport\("wasi_snapshot_preview1",\s*"(\w+)"\)\s*def (\w+)\(([^)]*)\)\s*:\s*(\w+)\s*=\s*native')


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.capitalize() for p in rest)


def jvm_source(text: str) -> str:
    def rewrite(m: re.Match) -> str:
        wasi_name, method, params, result = m.groups()
        names = [p.split(":")[0].strip() for p in params.split(",") if p.strip()]
        return f"def {method}({params}): {result} = scala.scalajs.wasm.wasi.{camel(wasi_name)}({', '.join(names)})"
    return IMPORT.sub(rewrite, text)


def main_object(text: str) -> str:
    before_main = text[: text.index("def main(")]
    return re.findall(r"object (\w+)", before_main)[-1]


def first_failure(stderr: bytes) -> bytes:
    lines = stderr.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith(b'Exception in thread "main"'):
            return b"".join(lines[: i + 1])
    return stderr


def write_expected(sibling, stdout: bytes, err: bytes, status: int) -> None:
    """NAME.out always; NAME.err and NAME.exit only when there is something to say (stale ones removed)."""
    sibling(".out").write_bytes(stdout)
    for ext, content in ((".err", err), (".exit", f"{status}\n".encode() if status else b"")):
        if content:
            sibling(ext).write_bytes(content)
        elif sibling(ext).exists():
            sibling(ext).unlink()


def main(argv: list[str]) -> None:
    write = "--write" in argv
    names = [a for a in argv if not a.startswith("--")]
    sources = [p for p in sorted(PROGRAMS.glob("*.scala")) if not names or p.stem in names]
    sources = [p for p in sources if "jvm: skip" not in p.read_text(encoding="utf-8").splitlines()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        src_dir, classes = Path(tmp) / "src", Path(tmp) / "classes"
        src_dir.mkdir()
        classes.mkdir()
        for p in sources:
            (src_dir / p.name).write_text(jvm_source(p.read_text(encoding="utf-8")), encoding="utf-8")
        subprocess.run(["scalac", "-d", str(classes), str(HERE / "wasm.scala"),
                        *[str(src_dir / p.name) for p in sources]], check=True)
        for p in sources:
            sibling = p.with_suffix
            args = sibling(".args").read_text(encoding="utf-8").split() if sibling(".args").exists() else []
            env = sibling(".env").read_text(encoding="utf-8").splitlines() if sibling(".env").exists() else []
            stdin = sibling(".in").read_bytes() if sibling(".in").exists() else b""
            props = [f"-Dwasi.argv0={p.stem}"]
            if sibling(".memory_limit").exists():
                props.append(f"-Dwasm.memoryLimit={sibling('.memory_limit').read_text().strip()}")
            java = subprocess.run(["bash", "-c", "command -v java"], capture_output=True, text=True).stdout.strip()
            if env:
                props.append("-Dwasi.env=" + "\n".join(e for e in env if e))
            cmd = ["env", "LANG=C.UTF-8", java, "-Xss16m", "-Xmx1g",
                   "-Dfile.encoding=UTF-8", *props, "-cp", f"{classes}:{LIBRARY}",
                   main_object(p.read_text(encoding="utf-8")), *args]
            done = subprocess.run(cmd, input=stdin, capture_output=True, timeout=300)
            err = first_failure(done.stderr)
            print(f"== {p.stem}: exit {done.returncode}")
            print(done.stdout.decode("utf-8", "backslashreplace"), end="")
            if err:
                print("-- stderr:\n" + err.decode("utf-8", "backslashreplace"), end="")
            if write:
                write_expected(sibling, done.stdout, err, done.returncode)


if __name__ == "__main__":
    main(sys.argv[1:])
