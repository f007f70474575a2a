#!/bin/sh
# Installs what the code-generation benchmark needs beside the project: Debian's clang for wasm32-wasi (the
# yardstick). Not part of CI: the tests never need a C compiler. Run as root (or with sudo) on Debian 12.
set -e
PACKAGES="clang lld wasi-libc libclang-rt-14-dev-wasm32"
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
command -v valgrind >/dev/null 2>&1 || echo "note: valgrind is not installed; instruction counts will be skipped" >&2
echo "clang for wasm32-wasi: $(clang --version | head -1)"
