"""Editor queries over an analysis (symbols at offsets, occurrences, tokens, structure): plain data with byte offsets,
no LSP; the language server converts."""
