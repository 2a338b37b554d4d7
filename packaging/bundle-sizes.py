"""Print what a PyInstaller bundle of WoR Desk is made of: MB per category, and the largest files.

    python3 packaging/bundle-sizes.py [dist/wor-desk] [--top N]

Symbolic links count once (as the file they point to). Runs with any Python 3.8+, no packages.
"""

from __future__ import annotations

import argparse
import os
import re
from collections import defaultdict
from pathlib import Path

#: (category, pattern on the path relative to the bundle, "/"-separated); the first match wins.
CATEGORIES = [
    ("Qt ICU (libicu*)", r"(^|/)libicu"),
    ("Qt translations", r"PySide6/Qt/translations/|PySide6/translations/"),
    ("Qt plugins", r"PySide6/Qt/plugins/|PySide6/plugins/"),
    ("Qt libraries", r"PySide6/Qt/lib/|PySide6/Qt6|PySide6/lib"),
    ("PySide6 bindings", r"PySide6/|shiboken6/"),
    ("app code + Python packages (PYZ in the executable)", r"^wor-desk(\.exe)?$|^WoR Desk"),
    ("Python interpreter + stdlib", r"libpython|python3\.\d+/|base_library\.zip"),
    ("cryptography", r"cryptography/"),
    ("sqlcipher3", r"sqlcipher3/"),
    ("Pillow (PIL, pillow.libs)", r"PIL/|pillow\.libs/"),
    ("pydantic_core", r"pydantic_core/"),
    ("app resources (fonts, templates, icons, migrations)", r"wor_desk_resources/|wor_desk/"),
    ("package metadata (*.dist-info)", r"\.dist-info/"),
    ("desktop files (share/, install-linux.sh)", r"^share/|^install-linux\.sh$"),
    ("system libraries (from the build machine)", r"^_internal/[^/]+\.(so|dylib|dll)"),
]


def category(rel: str) -> str:
    for name, pattern in CATEGORIES:
        if re.search(pattern, rel):
            return name
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/wor-desk")
    parser.add_argument("--top", type=int, default=25, help="how many of the largest files to list")
    args = parser.parse_args()
    root = Path(args.bundle)
    sizes: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    files: list[tuple[int, str]] = []
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath, name)
            if path.is_symlink():
                continue
            rel = path.relative_to(root).as_posix()
            size = path.stat().st_size
            cat = category(rel)
            sizes[cat] += size
            counts[cat] += 1
            files.append((size, rel))
    total = sum(sizes.values())
    mb = 1024 * 1024
    print(f"{'category':<55} {'files':>5} {'MB':>7}")
    for cat, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
        print(f"{cat:<55} {counts[cat]:>5} {size / mb:>7.1f}")
    print(f"{'total':<55} {len(files):>5} {total / mb:>7.1f}")
    if args.top:
        print(f"\nlargest {args.top} files:")
        for size, rel in sorted(files, reverse=True)[: args.top]:
            print(f"{size / mb:7.1f}  {rel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
