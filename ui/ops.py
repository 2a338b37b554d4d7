"""One shape for all background work (Anki's QueryOp): import, export, backup, sync, letters.

    Op(parent, fn).success(cb).failure(cb).progress(cb).run()

`fn(op)` runs on a worker thread and may call `op.report(done, total)` and check
`op.cancelled`; callbacks run on the UI thread. A failure goes to the app's one error path
(`errors.show_error`) when there is no failure callback, and always when it is unexpected (not
a WorDeskError: a bug gets the error dialog and the log, then the callback can reset its screen). `fn` must open its own store connections
(Desk methods do: each call takes a pooled connection of its own thread)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget
from wor_desk_ui.errors import show_error

from wor_desk.errors import WorDeskError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Raw(QObject):
    """What the worker thread emits; the Op re-emits it on the UI thread."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


_reads: QThreadPool | None = None


def reads_pool() -> QThreadPool:
    """One worker for the screens' big reads, so they run one after the other (in the order
    asked) instead of fighting over the interpreter lock."""
    global _reads
    if _reads is None:
        _reads = QThreadPool()
        _reads.setMaxThreadCount(1)
    return _reads


class Op(QObject):
    def __init__(self, parent: QObject | None, fn: Callable[[Op], Any]) -> None:
        super().__init__(parent)
        self._fn = fn
        self._signals = _Signals()
        self.cancelled = False
        self.running = False
        self._has_failure = False
        # The worker emits on `_raw`; the Op passes it on from the UI thread. So `running`
        # turns False before the callbacks run, and a callback or waitSignal connected just
        # after run() still gets the result even when the work was already done by then.
        self._raw = _Raw()
        self._raw.done.connect(self._relay_done)
        self._raw.failed.connect(self._relay_failed)
        self._raw.progressed.connect(self._signals.progressed)

    def _relay_done(self, result: object) -> None:
        self.running = False
        self._signals.done.emit(result)

    def _relay_failed(self, exc: object) -> None:
        self.running = False
        where = f"Op in {type(self.parent()).__name__}"
        unexpected = isinstance(exc, BaseException) and not isinstance(exc, WorDeskError)
        if not self._has_failure or unexpected:
            parent = self.parent()
            show_error(parent if isinstance(parent, QWidget) else None, exc, where)  # type: ignore[arg-type]
        self._signals.failed.emit(exc)

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._signals.done.connect(cb)
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._has_failure = True
        self._signals.failed.connect(cb)
        return self

    def progress(self, cb: Callable[[int, int], None]) -> Op:
        self._signals.progressed.connect(cb)
        return self

    def report(self, done: int, total: int) -> None:
        self._raw.progressed.emit(done, total)

    def cancel(self) -> None:
        self.cancelled = True

    def run(self, pool: QThreadPool | None = None) -> Op:
        self.running = True
        op = self

        class _Task(QRunnable):
            def run(self_inner) -> None:  # noqa: N805
                try:
                    result = op._fn(op)
                except BaseException as exc:  # noqa: BLE001 - handed to the failure callback
                    op._raw.failed.emit(exc)
                else:
                    op._raw.done.emit(result)

        (pool or QThreadPool.globalInstance()).start(_Task())
        return self
