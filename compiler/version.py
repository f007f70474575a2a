"""The package version, read by the build (pyproject.toml) and by `scalawasi --version` without importlib.metadata."""
VERSION = "0.1.0"
