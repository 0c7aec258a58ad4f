import re
import tomllib
from pathlib import Path

import yaml

from myanmar_analysis.schemas import schema_markdown

ROOT = Path(__file__).resolve().parents[1]


def _pins(specs):
    out = {}
    for s in specs:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*(==|>=|<=|~=)?\s*([^\s;]*)", s.strip())
        assert m, f"cannot read requirement {s!r}"
        out[m.group(1).lower().replace("_", "-")] = (m.group(2) or "") + m.group(3)
    return out


def test_environment_yml_lists_what_pyproject_pins():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    want = _pins(py["dependencies"] + py["optional-dependencies"]["test"] + py["optional-dependencies"]["bench"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = _pins(d for d in env["dependencies"] if isinstance(d, str) and not d.startswith(("python", "pip")))
    assert conda == want
    assert all(v.startswith("==") for v in want.values()), "pin exact versions so CI installs what was tested"


def test_lock_file_agrees_with_pyproject_pins():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    want = _pins(py["dependencies"] + py["optional-dependencies"]["test"] + py["optional-dependencies"]["bench"])
    lock = _pins(ln for ln in (ROOT / "requirements.lock").read_text().splitlines()
                 if ln.strip() and not ln.startswith("#"))
    for name, pin in want.items():
        assert lock.get(name) == pin, f"{name}: pyproject {pin}, requirements.lock {lock.get(name)}"


def test_schema_docs_are_current():
    assert (ROOT / "docs" / "schemas.md").read_text() == schema_markdown() + "\n", "run: make schemas"
