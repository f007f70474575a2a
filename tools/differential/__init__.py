"""Differential testing against the JVM: random well-typed programs run by scalac + java and by scalawasi.

`python -m tools.differential --seconds 600` generates programs (generator.py), compiles each batch with one scalac
call and runs it in one JVM (jvm.py), builds and runs the same programs through scalawasi in-process (wasi.py),
reduces every mismatch to a small program (reduce.py) and stores it with the JVM's output in
tests/differential/corpus (corpus.py), which the normal test command replays without a JVM.
"""
