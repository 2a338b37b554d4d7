"""LetterService (desk.letters): make letters, log them as sent, list and batch what is due,
and keep each practice's wanted moments. The store layer of the feature lives here and in
`wor_desk.domain.letters`; everything else goes through Desk."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from wor_desk.domain import process
from wor_desk.domain.letters import Practice
from wor_desk.domain.models import Trajectory, now_utc
from wor_desk.errors import InputError, RuleViolation, Violation
from wor_desk.letters.data import EXTRA_MAX, HealthScoreRow, LetterData, build_letter_data
from wor_desk.letters.pdf import render_pdf
from wor_desk.letters.template import FilledLetter, fill, load_template
from wor_desk.letters.text import render_text
from wor_desk.values import Caseload, Changes

#: The largest logo kept in the profile (it is embedded in every letter).
LOGO_MAX_KB = 512


@dataclass(frozen=True)
class Letter:
    """One rendered letter: its values, its filled content, the PDF bytes and the plain text."""

    data: LetterData
    filled: FilledLetter
    pdf: bytes
    text: str

    @property
    def trajectory_id(self) -> int:
        return self.data.trajectory_id

    @property
    def moment(self) -> str:
        return self.data.moment

    def filename(self, suffix: str = ".pdf") -> str:
        """A file name without the client's name (file lists are seen by others)."""
        return f"terugkoppeling-{self.data.values['kenmerk']}-{self.moment}{suffix}"


@dataclass(frozen=True)
class DueLetter:
    """A letter the referrer wants and that has not been sent yet."""

    trajectory_id: int
    client_id: int
    naam: str
    moment: str


@dataclass(frozen=True)
class PracticePreference:
    praktijk: str
    momenten: tuple[str, ...]


class LetterService:
    #: The most characters of the coach's own text in a letter (for the form's counter).
    EXTRA_MAX = EXTRA_MAX

    def __init__(self, desk: Caseload) -> None:
        self.desk = desk
        #: Another source of Positive Health scores (trajectory id -> rows); None: wor_desk.health.
        self.scores_source: Callable[[int], Sequence[HealthScoreRow]] | None = None

    # -- making letters ------------------------------------------------------------------
    def build(
        self, trajectory_id: int, moment: str, extra: str = "", lang: str = "nl"
    ) -> LetterData:
        """The letter's values. Raises RuleViolation without consent (and then builds nothing)."""
        detail = self.desk.trajectory(trajectory_id)
        scores = self.scores(trajectory_id, lang)
        key = process.practice_key(detail.trajectory.verwijzer_praktijk)
        with self.desk.store.session() as s:
            practice = s.get(Practice, key) if key else None
            address = practice.adres if practice is not None else None
        return build_letter_data(
            detail,
            self.desk.settings(),
            moment,
            today=self.desk.today(),
            lang=lang,
            extra=extra,
            scores=scores,
            practice_address=address or "",
        )

    def scores(self, trajectory_id: int, lang: str = "nl") -> tuple[HealthScoreRow, ...]:
        """Positive Health before and after (wor_desk.health), or what `scores_source` gives."""
        if self.scores_source is not None:
            return tuple(self.scores_source(trajectory_id))
        from wor_desk import health

        before, after = health.before_after(self.desk, trajectory_id)
        if before is None:
            return ()
        return tuple(
            HealthScoreRow(
                health.DIMENSIES.label(d, lang),
                before.values.get(d),
                after.values.get(d) if after else None,
            )
            for d in health.DIMENSIES.codes()
        )

    def render(self, trajectory_id: int, moment: str, extra: str = "", lang: str = "nl") -> Letter:
        data = self.build(trajectory_id, moment, extra, lang)
        filled = fill(load_template(lang), data)
        title = f"{filled.titel} ({data.values['kenmerk']})"
        return Letter(data, filled, render_pdf(filled, title=title), render_text(filled))

    def mark_sent(
        self, letter: Letter, kanaal: str, datum: date | None = None
    ) -> tuple[int, Changes]:
        """Log the letter as sent on its trajectory (this is what terugkoppeling_gegeven counts).
        The letter's plain text is kept in the store with the log entry, in the same transaction,
        so the client's inzage can show it (it is erased with the client)."""
        return self.desk.record_feedback(
            letter.trajectory_id,
            datum or self.desk.today(),
            letter.moment,
            kanaal,
            letter.data.values["extra"] or None,
            brief_tekst=letter.text,
        )

    # -- letters due -------------------------------------------------------------------------
    def due(self) -> list[DueLetter]:
        """Trajectories that reached a moment their referrer wants and have no letter for it yet
        (the same list as the Vandaag screen's feedback items: process.feedback_due)."""
        items = self.desk.today_overview().feedback
        return [DueLetter(i.trajectory_id, i.client_id, i.naam, i.note or "") for i in items]

    def make_due(
        self,
        lang: str = "nl",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Letter]:
        """Render every due letter (for the batch). Nothing is logged: mark them sent once sent."""
        todo = self.due()
        out = []
        for n, item in enumerate(todo, 1):
            if cancelled and cancelled():
                break
            out.append(self.render(item.trajectory_id, item.moment, lang=lang))
            if progress:
                progress(n, len(todo))
        return out

    @staticmethod
    def write(letters: Sequence[Letter], folder: Path, text: bool = False) -> list[Path]:
        """Write letters into `folder` (made when missing); never overwrites a file."""
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(
                "letter_output_unwritable", path=str(folder), reason=exc.strerror or str(exc)
            ) from None
        written = []
        for letter in letters:
            for suffix, content in (
                (".pdf", letter.pdf),
                *(((".txt", letter.text.encode("utf-8")),) if text else ()),
            ):
                target = folder / letter.filename(suffix)
                write_new(target, content)
                written.append(target)
        return written

    # -- per-practice preferences ------------------------------------------------------------
    def preferences(self) -> list[PracticePreference]:
        """The practices of the register that chose their own letter moments."""
        with self.desk.store.session() as s:
            rows = (
                s.exec(
                    select(Practice).where(Practice.momenten.is_not(None)).order_by(Practice.naam)
                )
                .scalars()
                .all()
            )
            return [PracticePreference(r.naam, r.moment_codes or ()) for r in rows]

    def wanted(self, practice: str | None) -> tuple[str, ...]:
        """The moments this practice wants (the default when it set none)."""
        from wor_desk.domain.letters import wanted_moments

        with self.desk.store.session() as s:
            return wanted_moments(s, practice)

    def set_preference(self, practice: str, moments: Sequence[str]) -> Changes:
        """Which moments a practice wants; the name is matched case- and space-insensitively."""

        key = process.practice_key(practice)
        moments = tuple(dict.fromkeys(m.strip() for m in moments if m.strip()))
        problems = [] if key else [Violation("praktijk", "letter_practice_empty", {})]
        problems += process.check_feedback_moments(moments)
        if problems:
            raise RuleViolation(problems)
        ordered = tuple(m for m in process.REACHABLE_FEEDBACK_MOMENTS if m in moments)
        known = {process.practice_key(n): n for n in self.practices()}
        name = known.get(key, " ".join(practice.split()))  # the spelling the trajectories use
        with self.desk.store.transaction() as s:
            row = s.get(Practice, key)
            if row is None:  # the practice enters the register with its moments
                s.add(Practice(sleutel=key, naam=name, momenten=",".join(ordered)))
            else:
                row.momenten, row.gewijzigd = ",".join(ordered), now_utc()
        return Changes.of("feedback_preference", self._trajectories_of(key))

    def reset_preference(self, practice: str) -> Changes:
        """Back to the default moments for this practice."""

        key = process.practice_key(practice)
        with self.desk.store.transaction() as s:
            row = s.get(Practice, key)
            if row is not None:  # it stays in the register, without moments of its own
                row.momenten, row.gewijzigd = None, now_utc()
        return Changes.of("feedback_preference", self._trajectories_of(key))

    def practices(self) -> list[str]:
        """The referring practices, for choosing: the register's, with its spelling, and those
        only known from trajectories (their most used spelling)."""
        with self.desk.store.session() as s:
            names = s.exec(
                select(Trajectory.verwijzer_praktijk, func.count())
                .where(Trajectory.verwijzer_praktijk.is_not(None))
                .group_by(Trajectory.verwijzer_praktijk)
            ).all()
            registered = {p.sleutel: p.naam for p in s.exec(select(Practice)).scalars()}
        best: dict[str, tuple[int, str]] = {}
        for name, n in names:
            key = process.practice_key(name)
            if key and (key not in best or n > best[key][0]):
                best[key] = (n, " ".join(name.split()))
        out = {key: v[1] for key, v in best.items()} | registered
        return sorted(out.values(), key=str.casefold)

    def _trajectories_of(self, key: str) -> list[int]:
        with self.desk.store.session() as s:
            rows = s.exec(
                select(Trajectory.id, Trajectory.verwijzer_praktijk).where(
                    Trajectory.verwijzer_praktijk.is_not(None)
                )
            ).all()
        return [tid for tid, name in rows if process.practice_key(name) == key]

    # -- logo ------------------------------------------------------------------------------
    def set_logo(self, path: Path) -> Changes:
        """Keep the organisation's logo (PNG or JPEG) in the profile, inside the encrypted store."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError:
            raise InputError("letter_logo_unreadable", path=str(path)) from None
        if len(data) > LOGO_MAX_KB * 1024:
            raise InputError("letter_logo_too_big", size=len(data) // 1024, max=LOGO_MAX_KB)
        try:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as img:
                img.verify()
                if img.format not in ("PNG", "JPEG"):
                    raise ValueError(img.format)
        except Exception:  # noqa: BLE001 - any failure means: not an image we can use
            raise InputError("letter_logo_unreadable", path=str(path)) from None
        return self.desk.update_settings(organisatie_logo=base64.b64encode(data).decode("ascii"))

    def remove_logo(self) -> Changes:
        return self.desk.update_settings(organisatie_logo="")


def write_new(target: Path, content: bytes) -> None:
    """Write a file that must not exist yet (a letter is never silently overwritten)."""
    try:
        with open(target, "xb") as fh:
            fh.write(content)
    except FileExistsError:
        raise InputError("letter_output_exists", path=str(target)) from None
    except OSError as exc:
        raise InputError(
            "letter_output_unwritable", path=str(target), reason=exc.strerror or str(exc)
        ) from None


__all__ = ["DueLetter", "Letter", "LetterService", "PracticePreference", "write_new"]
