"""`python -m scalawasi.server`: the language server on stdin/stdout."""
import sys

from . import main

sys.exit(main())
