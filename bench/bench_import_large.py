"""A large sheet import, and `wor-desk status` on the profile it makes, beside their baselines.

    PYTHONPATH=. python bench/bench_import_large.py [--rows 100000]

Each figure runs in a child process of its own (so peak memory is that step's alone):
- baseline: reading the same CSV with the csv module only (no checks, no store);
- `Desk.import_sheet` of the sheet into an empty encrypted store (targets: < 30 s, < 400 MB
  peak resident memory), then the same sheet again (a re-import: every row is matched);
- `wor-desk status` on that profile as a command (target: < 1 s beside the key derivation
  alone, which every unlock pays: PBKDF2-HMAC-SHA512, 256,000 rounds).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PASSPHRASE = "bench wachtwoord voor de import"
COLUMNS = [
    "client_nr",
    "voornaam",
    "achternaam",
    "geboortedatum",
    "geslacht",
    "postcode",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
    "verwijsdatum",
    "verwijzer_naam",
    "verwijzer_praktijk",
    "verwijzer_type",
    "kanaal",
    "reden",
    "toestemming_gegevens",
    "toestemming_terugkoppeling",
    "eerste_contact",
    "kennismaking",
    "aanbod",
    "activiteit",
    "start_activiteit",
    "afgerond",
    "afsluitreden",
]
TOWNS = [("Utrecht", "Overvecht"), ("Utrecht", "Zuilen"), ("Gouda", "Korte Akkeren"), ("Zeist", "")]


def write_sheet(path: Path, rows: int, seed: int = 13) -> None:
    """`rows` trajectories of ~0.7 * rows clients, valid, spread over 2017-2026."""
    rnd = random.Random(seed)
    start = date(2017, 1, 2)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for i in range(rows):
            clients = max(1, int(rows * 0.7))
            nr = f"K{i % clients:07d}"
            ref = start + timedelta(days=(i * 7919 + (i // clients) * 13) % 3200)
            town, wijk = TOWNS[i % len(TOWNS)]
            step = rnd.random()
            contact = ref + timedelta(days=rnd.randint(0, 6))
            intake = contact + timedelta(days=rnd.randint(1, 20)) if step > 0.2 else None
            act = intake + timedelta(days=rnd.randint(1, 30)) if intake and step > 0.5 else None
            closed = act + timedelta(days=rnd.randint(30, 120)) if act and step > 0.7 else None
            w.writerow(
                [
                    nr,
                    "Voornaam",
                    f"Achternaam {i % 5000}",
                    (date(1940, 1, 1) + timedelta(days=i % 20000)).isoformat(),
                    ("vrouw", "man", "onbekend")[i % 3],
                    f"{3500 + i % 400} AB",
                    town,
                    wijk,
                    "06-12345678",
                    f"k{i % 7000}@voorbeeld.nl",
                    ref.isoformat(),
                    "dr. Jansen",
                    f"Praktijk {i % 40}",
                    ("huisarts", "poh", "sociaal_domein")[i % 3],
                    "telefoon",
                    "eenzaamheid;stress" if i % 2 else "rouw_verlies",
                    "ja",
                    "ja" if i % 4 else "nee",
                    contact.isoformat(),
                    intake.isoformat() if intake else "",
                    "bewegen" if act else "",
                    "Wandelgroep" if act else "",
                    act.isoformat() if act else "",
                    closed.isoformat() if closed else "",
                    "afgerond_doel_bereikt" if closed else "",
                ]
            )


# -- the steps, each run in a child process ---------------------------------------------------
def step_csv(sheet: Path) -> str:
    n = 0
    with sheet.open(encoding="utf-8", newline="") as fh:
        for _ in csv.reader(fh):
            n += 1
    return f"{n - 1} rows"


def step_import(sheet: Path) -> str:
    from wor_desk.desk import Desk

    d = Desk.open("bench", PASSPHRASE) if _exists() else Desk.create("bench", PASSPHRASE)
    try:
        r = d.import_sheet(sheet)
    finally:
        d.close()
    assert r.written and not r.errors, [str(p) for p in r.errors[:5]]
    return (
        f"{r.trajectories_created} new, {r.trajectories_updated} updated, "
        f"{r.trajectories_unchanged} unchanged"
    )


def step_kdf(_sheet: Path) -> str:
    from wor_desk.store.cipher import Key

    Key.derive(PASSPHRASE, b"\0" * 16)
    return "PBKDF2-HMAC-SHA512 x 256,000"


def step_status(_sheet: Path) -> str:
    from wor_desk.cli import main

    out = sys.stdout
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    try:
        rc = main(["--profile", "bench", "status"])
    finally:
        sys.stdout.close()
        sys.stdout = out
    assert rc == 0
    return "wor-desk status"


STEPS = {"csv": step_csv, "import": step_import, "kdf": step_kdf, "status": step_status}


def _exists() -> bool:
    from wor_desk.store import paths

    return (paths.profile_dir("bench") / paths.STORE_FILE).exists()


def child(step: str, sheet: Path) -> None:
    t, c = time.perf_counter(), time.process_time()
    what = STEPS[step](sheet)
    sec, cpu = time.perf_counter() - t, time.process_time() - c
    use = resource.getrusage(resource.RUSAGE_SELF)
    peak = use.ru_maxrss / 1024  # KiB -> MiB (Linux)
    print(f"RESULT\t{sec:.3f}\t{cpu:.3f}\t{peak:.0f}\t{what}")


def run(step: str, sheet: Path, env: dict) -> tuple[float, float, float, str]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", step, str(sheet)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    _, sec, cpu, peak, what = line.split("\t")
    return float(sec), float(cpu), float(peak), what


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--child", nargs=2, metavar=("STEP", "SHEET"))
    args = ap.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    with tempfile.TemporaryDirectory(prefix="wor-bench-") as tmp:
        sheet = Path(tmp) / "blad.csv"
        write_sheet(sheet, args.rows)
        env = {
            **os.environ,
            "WOR_DESK_HOME": str(Path(tmp) / "home"),
            "WOR_DESK_PASSPHRASE": PASSPHRASE,
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), *sys.path]),
        }
        load = os.getloadavg()
        rows = [
            ("csv module alone (baseline)", *run("csv", sheet, env), "-"),
            ("import into an empty store", *run("import", sheet, env), "< 30 s, < 400 MB"),
            ("import again (re-import)", *run("import", sheet, env), "< 30 s, < 400 MB"),
            ("key derivation alone (baseline)", *run("kdf", sheet, env), "-"),
            ("wor-desk status", *run("status", sheet, env), "< 1 s + key derivation"),
        ]
        load_after = os.getloadavg()
    print(f"\n{args.rows:,} rows, {sheet.name}; each step in its own process")
    print(
        "load average (1/5/15 min) before "
        + "/".join(f"{x:.2f}" for x in load)
        + ", after "
        + "/".join(f"{x:.2f}" for x in load_after)
        + f" on {os.cpu_count()} cores\n"
    )
    print(f"{'step':<34}{'wall':>10}{'CPU':>10}{'peak RSS':>11}   {'target':<24}what")
    for name, sec, cpu, peak, what, target in rows:
        print(f"{name:<34}{sec:>8.2f} s{cpu:>8.2f} s{peak:>8.0f} MB   {target:<24}{what}")
    print("\nwall: the step itself; CPU: user + system time of the step (process_time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
