"""Letters: how long one letter and a batch of 200 take, beside a bare reportlab baseline.

    PYTHONPATH=. python bench/bench_letters.py

Target (issue #6): one letter < 200 ms. "One letter" is what the coach waits for when the
preview refreshes: read the trajectory, build the values, fill the template, render the PDF
(fonts embedded, subset) and the plain text. The baselines are measured in the same run:
a one-paragraph PDF with reportlab's built-in Helvetica, and the same with DejaVu Sans
embedded (what any letter with a name like Şükrü costs at least)."""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["WOR_DESK_HOME"] = tempfile.mkdtemp(prefix="wor-bench-letters-")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from wor_desk.desk import Desk  # noqa: E402
from wor_desk.letters.pdf import register_fonts  # noqa: E402

TODAY = date(2026, 11, 23)
N_BATCH = 200
REPEAT = 25


def bare_pdf(font: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build(
        [
            Paragraph(
                "Op 01-10-2026 heeft u Şükrü Yılmaz-Ĳsselstein naar Welzijn op Recept verwezen.",
                ParagraphStyle("p", fontName=font, fontSize=10),
            )
        ]
    )
    return buf.getvalue()


def timed(fn, repeat: int = REPEAT) -> float:
    """Median milliseconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    desk = Desk.create("bench", "correct paard batterij niet", today=lambda: TODAY)
    desk.update_settings(
        organisatie_naam="Welzijn Oost",
        organisatie_adres="Dorpsstraat 12\n1234 AB Utrecht",
        coach_naam="Fatima El Amrani",
        coach_telefoon="06 12 34 56 78",
        coach_email="f@welzijnoost.nl",
    )
    t0 = time.perf_counter()
    ids = []
    for i in range(N_BATCH):
        tid, _ = desk.register_referral(
            client={
                "voornaam": "Şükrü",
                "achternaam": f"Yılmaz-Ĳsselstein {i}",
                "geboortedatum": date(1958, 4, 3),
            },
            verwijsdatum=TODAY - timedelta(days=40),
            verwijzer_type="huisarts",
            verwijzer_naam="Dr. A. de Vries",
            verwijzer_praktijk=f"Praktijk {i % 12}",
            toestemming_terugkoppeling=True,
            redenen=["eenzaamheid", "stress"],
        )
        desk.update_trajectory(
            tid,
            eerste_contact=TODAY - timedelta(days=38),
            kennismaking=TODAY - timedelta(days=30),
            behoefte="Weer onder de mensen komen; houdt van tuinieren.",
        )
        ids.append(tid)
    setup_s = time.perf_counter() - t0

    t = time.perf_counter()
    first = desk.letters.render(
        ids[0], "intake"
    )  # loads and parses the fonts and the template once
    cold = (time.perf_counter() - t) * 1000
    assert first.pdf.startswith(b"%PDF")
    register_fonts()

    rows = [
        ("baseline: bare reportlab paragraph, Helvetica", timed(lambda: bare_pdf("Helvetica"))),
        ("baseline: bare reportlab paragraph, DejaVu Sans", timed(lambda: bare_pdf("WorSans"))),
        (
            "one letter (store read + data + template + PDF + text)",
            timed(lambda: desk.letters.render(ids[1], "intake", extra="Tot ziens.")),
        ),
        ("one letter, first of the process (fonts, template load)", cold),
    ]
    t = time.perf_counter()
    letters = desk.letters.make_due()
    batch_ms = (time.perf_counter() - t) * 1000
    assert len(letters) == N_BATCH, len(letters)
    rows.append((f"batch of {N_BATCH} (letters due + render all)", batch_ms))
    rows.append((f"batch of {N_BATCH}, per letter", batch_ms / N_BATCH))

    base = rows[0][1]
    print(
        f"letters bench ({N_BATCH} trajectories set up in {setup_s:.1f} s; medians of {REPEAT} runs)\n"
    )
    print(f"{'what':<58} {'ms':>10} {'x baseline':>11}")
    print("-" * 81)
    for what, ms in rows:
        print(f"{what:<58} {ms:>10.1f} {ms / base:>11.1f}")
    one = rows[2][1]
    print(
        f"\ntarget: one letter < 200 ms -> {'met' if one < 200 else 'NOT met'} ({one:.1f} ms); PDF size {len(first.pdf) // 1024} kB"
    )
    desk.close()


if __name__ == "__main__":
    main()
