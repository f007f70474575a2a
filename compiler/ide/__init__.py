"""Editor queries over an analysis (symbols at offsets, occurrences, tokens, structure, what is in scope,
completion, signatures, hovers, inlay hints): plain data with byte offsets, no LSP; the language server converts."""
