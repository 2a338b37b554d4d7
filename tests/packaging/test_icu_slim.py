"""The Linux bundle's smaller ICU data (packaging/icu_slim.py): Qt behaves the same for Dutch and
English with it, and the rest of the world's locale data is really gone.

Builds the small library from the installed PySide6's libicudata (objcopy, icupkg, cc; skipped
where those are missing or not on Linux) and runs Qt twice in a fresh interpreter, once with the
wheel's library and once with the small one in front (LD_LIBRARY_PATH comes before Qt's RUNPATH).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("icu_slim", ROOT / "packaging" / "icu_slim.py")
icu_slim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_slim)

#: what Qt reads from ICU (the ICU functions libQt6Core imports): collation, case mapping, time-
#: zone names, codecs; printed as JSON by a fresh interpreter
QT_ICU_USES = r"""
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QStringConverter, QTimeZone
words = ["ijsland", "Zwolle", "appel", "Äpfel", "éclair", "IJmuiden", "zeeland", "Ærø", "eik", "Eik"]
out = {"icudata": sorted({l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l})}
for loc in ("nl_NL", "nl_BE", "en_GB", "en_US", "de_DE"):
    locale = QLocale(loc)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    out[loc] = {
        "sorted": sorted(words + ["item 10", "item 9"], key=collator.sortKey),
        "upper": locale.toUpper("ijsland straße"),
        "zones": [
            QTimeZone(tz).displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, locale)
            for tz in (b"Europe/Amsterdam", b"America/New_York", b"UTC")
        ],
    }
out["codecs"] = {name: QStringDecoder(name).isValid() for name in ("windows-1252", "ISO-8859-15", "IBM850", "Shift_JIS")}
out["codec_count"] = len(QStringConverter.availableCodecs())
print(json.dumps(out))
"""


@pytest.mark.parametrize(
    ("item", "size", "left_out"),
    [
        ("nl.res", 1000, False),
        ("nl_BE.res", 1000, False),
        ("en_GB.res", 1000, False),
        ("root.res", 1000, False),
        ("res_index.res", 1000, False),
        ("pool.res", 1000, False),
        ("supplementalData.res", 200_000, False),
        ("zoneinfo64.res", 140_000, False),
        ("coll/ucadata.icu", 560_000, False),
        ("coll/nl.res", 1000, False),
        ("zone/en_NL.res", 1000, False),
        ("fr.res", 1000, True),
        ("coll/zh.res", 700_000, True),
        ("coll/de_.res", 100, True),
        ("zone/sr_Latn_BA.res", 1000, True),
        ("brkitr/cjdict.dict", 2_000_000, True),
        ("brkitr/root.res", 1000, False),
        ("brkitr/word.brk", 1000, False),
        ("translit/root.res", 1_000_000, True),
        ("ibm-5348_P100-1997.cnv", 3000, False),  # windows-1252
        ("gb18030.cnv", 230_000, True),
        ("cnvalias.icu", 90_000, False),
    ],
)
def test_what_is_left_out(item: str, size: int, left_out: bool) -> None:
    assert icu_slim.unwanted(item, size) is left_out


def _qt_icu(extra_env: dict[str, str]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra_env}
    done = subprocess.run(
        [sys.executable, "-c", QT_ICU_USES], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cut is Linux-only")
def test_qt_is_the_same_for_dutch_and_english_with_the_small_icu_data(tmp_path: Path) -> None:
    if not all(shutil.which(tool) for tool in ("objcopy", "icupkg", "cc")):
        why = "needs objcopy, icupkg and cc (apt-get install binutils icu-devtools gcc)"
        if os.environ.get("CI"):
            pytest.fail(f"{why}: scripts/bootstrap.sh installs them; CI must not skip this")
        pytest.skip(why)
    import PySide6

    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    small = icu_slim.slim_icudata(full, tmp_path)
    assert small.name == full.name
    assert small.stat().st_size < full.stat().st_size / 4

    before = _qt_icu({})
    after = _qt_icu({"LD_LIBRARY_PATH": str(tmp_path)})
    assert before["icudata"] == [str(full)]
    assert after["icudata"] == [str(small)]
    for loc in ("nl_NL", "nl_BE", "en_GB", "en_US"):
        assert after[loc] == before[loc], loc
    assert after["nl_NL"]["zones"][0] == "Midden-Europese standaardtijd"
    nl_sorted = after["nl_NL"]["sorted"]
    assert nl_sorted[-2:] == ["zeeland", "Zwolle"]  # by letter, not by case
    assert nl_sorted.index("item 9") < nl_sorted.index("item 10")  # numeric mode
    # what was cut: German names fall back to root's (English) ones; sorting stays the same
    assert after["de_DE"]["zones"] != before["de_DE"]["zones"]
    assert after["de_DE"]["sorted"] == before["de_DE"]["sorted"]
    # Western single-byte codecs stay, the East-Asian multi-byte ones go
    assert after["codecs"] == {**before["codecs"], "Shift_JIS": False}
    assert after["codec_count"] < before["codec_count"]
