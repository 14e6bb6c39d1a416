"""Where ecarts finds its own files, in a checkout as when installed by ``pip install .``.

- The **checkout root** (the folder of ``pyproject.toml``) exists only in a checkout or an editable install.
- The **home** is the folder that relative paths of ecarts's own data resolve against: the embedding model
  (``nlp.model``, ``models/fr-static-md`` by default, built by ``ecarts models build``) and the demo's
  warehouse (``data/demo.duckdb``). It is ``ECARTS_HOME`` when set, else the checkout root in a checkout,
  else a per-user data folder (``$XDG_DATA_HOME/ecarts``, by default ``~/.local/share/ecarts``;
  ``%LOCALAPPDATA%\\ecarts`` on Windows).
- The **bundled sample** is ``data/sample`` in a checkout; installed, the same files are the package data of
  ``ecarts.sample`` (pyproject.toml maps that package onto data/sample).

The user's warehouse (``ECARTS_DB``, ``warehouse.db``) and the output folders are not resolved here:
relative, they start from the current folder, as the contract says.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = [
    "DEMO_DB",
    "GOLD_DIR",
    "HOME_ENV",
    "checkout_root",
    "demo_db",
    "home",
    "resolve",
    "sample_dir",
    "user_data_dir",
]

HOME_ENV = "ECARTS_HOME"
DEMO_DB = "data/demo.duckdb"  # relative to the home
GOLD_DIR = "data/gold"  # relative to the checkout root: the gold set ships with the sources only

_PACKAGE_DIR = Path(__file__).resolve().parent


def checkout_root() -> Path | None:
    """The project's checkout (pyproject.toml beside the stage folders), or None when installed."""
    root = _PACKAGE_DIR.parent
    if (root / "pyproject.toml").is_file() and (root / "ecarts").is_dir() and (root / "nlp").is_dir():
        return root
    return None


def user_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The per-user data folder, when neither ``ECARTS_HOME`` nor a checkout gives one."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / "ecarts"
    base = env.get("XDG_DATA_HOME")
    if base and Path(base).is_absolute():
        return Path(base) / "ecarts"
    return Path(env.get("HOME") or Path.home()) / ".local" / "share" / "ecarts"


def home(environ: Mapping[str, str] | None = None) -> Path:
    """The folder that relative paths of ecarts's own data resolve against (see the module's doc)."""
    env = os.environ if environ is None else environ
    explicit = env.get(HOME_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser().resolve()
    root = checkout_root()
    return root if root is not None else user_data_dir(env)


def resolve(path: str | os.PathLike[str], environ: Mapping[str, str] | None = None) -> Path:
    """``path`` as given when absolute (``~`` expanded), else under :func:`home`."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else home(environ) / p


def sample_dir() -> Path:
    """The bundled sample: data/sample in a checkout, else the installed package data ``ecarts.sample``."""
    root = checkout_root()
    if root is not None:
        return root / "data" / "sample"
    return _PACKAGE_DIR / "sample"  # installed: a missing file is reported by sample_inputs()


def demo_db(environ: Mapping[str, str] | None = None) -> Path:
    """The demo's own warehouse (recreated by each ``ecarts demo``): data/demo.duckdb under the home."""
    return resolve(DEMO_DB, environ)
