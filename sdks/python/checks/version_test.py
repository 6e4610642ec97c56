"""The committed SDK's version is the contract's info.version."""

import sys
import tomllib
from pathlib import Path

import yaml

if __name__ == "__main__":
    spec, pyproject = Path(sys.argv[1]), Path(sys.argv[2])
    want = str(yaml.safe_load(spec.read_text())["info"]["version"])
    have = tomllib.loads(pyproject.read_text())["project"]["version"]
    if have != want:
        raise SystemExit(
            f"{pyproject} has version {have!r} but {spec} has info.version {want!r}; "
            "regenerate with scripts/codegen/generate-python-client.sh"
        )
    print(f"version {have} matches info.version")
