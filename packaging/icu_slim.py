"""A smaller ICU data library for the Linux bundle (used by wor-desk.spec; Linux only).

The PySide6 wheels for Linux ship Qt with ICU 73, whose data library `libicudata.so.73` is
31 MB: every locale of the world, East-Asian word-break dictionaries, transliteration rules and
hundreds of conversion tables. Qt uses ICU for four things only (the ICU functions libQt6Core
imports): text codecs (`ucnv_*`), upper/lower case (`u_strToUpper/Lower`), collation (`ucol_*`,
QCollator) and time-zone ids and names (`ucal_*`). This module rebuilds the library with ICU's
own `icupkg`, keeping all locale-independent data and the locale data of root, English and Dutch,
and leaving out what those four uses never read in a Dutch/English app (the same cuts ICU's
documented data filters make: other locales, `translit`, break-iterator dictionaries, the
East-Asian multi-byte conversion tables). A locale that is left out falls back to root (ICU's
normal fallback); nothing fails to load.

Needs `objcopy` (binutils, also used by PyInstaller's strip), `icupkg` (Debian/Ubuntu package
`icu-devtools`; any ICU version reads ICU 73's package format) and a C compiler (`cc`).

    python3 packaging/icu_slim.py SRC/libicudata.so.73 OUT_DIR    # by hand: prints the result
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: the languages whose locale data stays (with all their regional variants); root always stays
KEEP_LANGUAGES = ("en", "nl")
#: conversion tables bigger than this are the East-Asian multi-byte ones (Chinese, Japanese,
#: Korean, ISO-2022); the single-byte tables (windows-125x, ISO-8859-x, DOS, Mac) are 1-31 KiB
MAX_CNV_BYTES = 64 * 1024
#: trees Qt never reads: transliteration (no utrans_* in Qt)
DROP_TREES = ("translit",)

_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_NOT_LOCALES = {"res_index.res", "pool.res", "root.res"}


class IcuSlimError(RuntimeError):
    pass


def _run(*cmd: str) -> str:
    tool = shutil.which(cmd[0])
    if tool is None:
        raise IcuSlimError(
            f"'{cmd[0]}' is needed to make the bundle's ICU data smaller; install it "
            "(Debian/Ubuntu: apt-get install icu-devtools binutils gcc)."
        )
    done = subprocess.run([tool, *cmd[1:]], capture_output=True, text=True)
    if done.returncode != 0:
        raise IcuSlimError(f"{' '.join(cmd)} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def item_sizes(dat: bytes) -> dict[str, int]:
    """Name -> size of each item of an ICU common-data package (little-endian ToC)."""
    toc = int.from_bytes(dat[0:2], "little")  # header size: the ToC follows the header
    count = int.from_bytes(dat[toc : toc + 4], "little")
    entries = []
    for i in range(count):
        at = toc + 4 + 8 * i
        name_at = toc + int.from_bytes(dat[at : at + 4], "little")
        data_at = toc + int.from_bytes(dat[at + 4 : at + 8], "little")
        entries.append((dat[name_at : dat.index(b"\0", name_at)].decode("ascii"), data_at))
    ends = [at for _name, at in entries[1:]] + [len(dat)]
    return {name.split("/", 1)[1]: end - at for (name, at), end in zip(entries, ends, strict=True)}


def unwanted(item: str, size: int) -> bool:
    """Whether a package item (e.g. 'coll/fr.res', 'brkitr/cjdict.dict') is left out."""
    tree, _, base = item.rpartition("/")
    if tree.split("/", 1)[0] in DROP_TREES or base.endswith(".dict"):
        return True
    if base.endswith(".cnv"):
        return size > MAX_CNV_BYTES
    match = _LOCALE.match(base)
    return bool(match) and base not in _NOT_LOCALES and match["lang"] not in KEEP_LANGUAGES


def slim_icudata(src: Path, out_dir: Path) -> Path:
    """Write a smaller copy of the ICU data library `src` (libicudata.so.NN) into out_dir."""
    src, out_dir = Path(src), Path(out_dir)
    version = re.fullmatch(r"libicudata\.so\.(\d+)", src.name)
    if not version:
        raise IcuSlimError(f"{src.name}: expected libicudata.so.<version>")
    major = version[1]
    package = f"icudt{major}l"  # l: little-endian, ASCII
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full = work / "full" / f"{package}.dat"
        full.parent.mkdir()
        # the library holds one object, icudtNN_dat, the whole package, in .rodata
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(src), str(full))
        sizes = item_sizes(full.read_bytes())
        drop = sorted(name for name, size in sizes.items() if unwanted(name, size))
        (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="ascii")
        small = work / f"{package}.dat"
        # --ignore-deps: root's break rules name the dictionaries, which are loaded on demand
        # only (ICU breaks without them); nothing else left in depends on a removed item
        _run("icupkg", "--ignore-deps", "-r", str(work / "drop.txt"), str(full), str(small))
        asm = work / "icudata.S"
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.globl icudt{major}_dat\n"
            f"\t.type icudt{major}_dat, @object\n"
            "\t.balign 16\n"
            f"icudt{major}_dat:\n"
            f'\t.incbin "{small}"\n'
            f"\t.size icudt{major}_dat, . - icudt{major}_dat\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        target = out_dir / src.name
        _run(
            "cc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{src.name}",
            "-Wl,-z,noexecstack",
            "-o",
            str(target),
            str(asm),
        )
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    target = slim_icudata(Path(argv[0]), Path(argv[1]))
    mb = 1024 * 1024
    print(
        f"{argv[0]}: {Path(argv[0]).stat().st_size / mb:.1f} MB -> {target}: {target.stat().st_size / mb:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
