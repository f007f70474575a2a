"""Semantics: names, types and Scala's rules for the subset; the typed tree (`tir`) the later stages read."""
