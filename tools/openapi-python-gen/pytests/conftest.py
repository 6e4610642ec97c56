"""Puts the packages generated from testdata/ on the import path.

`GENERATED_DIR` names a directory holding one generated project per testdata
document (`python_test.go` fills it); each project directory is importable.
"""

import os
import sys
from pathlib import Path

_generated = os.environ.get("GENERATED_DIR")
if _generated:
    for project in sorted(Path(_generated).iterdir()):
        sys.path.insert(0, str(project))
