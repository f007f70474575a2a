"""Developer tools that run beside the test suite (differential testing against the JVM, long fuzz runs)."""
