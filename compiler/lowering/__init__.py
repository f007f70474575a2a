"""Lowering: the typed program into the in-memory Wasm module (`codegen`), with the Scala-to-Wasm types."""
