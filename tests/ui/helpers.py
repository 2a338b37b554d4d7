"""Driving the real windows the way a coach does: only what can be seen can be typed into or
clicked.

Every UI test types and clicks through these functions. Each one first asserts that the
widget is *seeable*: shown, enabled, with a non-empty visible region that lies inside its
window (not clipped away by a splitter, a scroll area or a squashed layout). `qtbot.keyClicks`
alone happily types into widgets that nobody can see; these refuse, so a form that collapses
to nothing fails the test that uses it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

NO_MOD = Qt.KeyboardModifier.NoModifier

#: Key presses sent through this module since the last reset (the end-to-end keyboard test
#: counts what a coach would have to press).
presses = 0


def reset_count() -> None:
    global presses
    presses = 0


def _count(n: int = 1) -> None:
    global presses
    presses += n


def visible_rect(w: QWidget) -> QRect:
    """The part of `w` a person can see, in the widget's own coordinates (empty if none).

    visibleRegion() is clipped by parents and siblings; it is also intersected with the
    window's rectangle, so a widget laid out beyond the window's edge counts as unseen."""
    if not w.isVisible():
        return QRect()
    region = w.visibleRegion()
    rect = region.boundingRect()
    if rect.isEmpty():
        return QRect()
    win = w.window()
    top_left = w.mapTo(win, QPoint(0, 0)) if win is not w else QPoint(0, 0)
    in_window = QRect(top_left + rect.topLeft(), rect.size()).intersected(win.rect())
    if in_window.isEmpty():
        return QRect()
    return QRect(in_window.topLeft() - top_left, in_window.size())


def seeable_problem(w: QWidget) -> str | None:
    """Why a coach could not use `w`, or None when they can."""
    name = f"{type(w).__name__} {w.objectName() or ''}".strip()
    if not w.isVisible():
        return f"{name} is not shown"
    if not w.isEnabled():
        return f"{name} is disabled"
    r = visible_rect(w)
    if r.isEmpty():
        return f"{name} has no visible area inside its window (geometry {w.geometry()})"
    if r.height() < min(8, w.height()) or r.width() < min(8, w.width()):
        return f"{name} shows only a sliver ({r.width()}x{r.height()} px)"
    return None


def scroll_to(w: QWidget) -> None:
    """Bring `w` into view in every scroll area that holds it, as Tab (focus) does for a coach."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(w)
        parent = parent.parentWidget()


def assert_seeable(w: QWidget) -> None:
    scroll_to(w)
    problem = seeable_problem(w)
    assert problem is None, problem


def focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "no widget has the keyboard focus"
    return w


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` into `widget` (it must be seeable); gives it the focus first."""
    assert_seeable(widget)
    if not widget.hasFocus():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
    _keys(qtbot, widget, text)


def _keys(qtbot, widget: QWidget, text: str) -> None:
    """keyClicks, with a new line typed as Return (QTest cannot send '\\n' as a character)."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            _count()
        if line:
            qtbot.keyClicks(widget, line)
            _count(len(line))


def key_into(qtbot, widget: QWidget, key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    assert_seeable(widget)
    qtbot.keyClick(widget, key, modifier)
    _count()


def type_text(qtbot, text: str) -> None:
    """Type into whatever has the focus; it must be seeable."""
    w = focus()
    assert_seeable(w)
    _keys(qtbot, w, text)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    """One key press (with modifiers) to the focused widget; it must be seeable."""
    w = focus()
    assert_seeable(w)
    qtbot.keyClick(w, key, modifier)
    _count()
    if modifier & Qt.KeyboardModifier.AltModifier:
        qtbot.wait(150)  # an Alt-letter on a button clicks it after a 100 ms "pressed" look


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def backtab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)


def click(qtbot, widget: QWidget, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """Click the middle of the visible part of `widget` (it must be seeable)."""
    assert_seeable(widget)
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    qtbot.mouseClick(target, button, pos=visible_rect(target).center())


def set_date(qtbot, widget: QWidget, text: str) -> None:
    """Replace what a date field holds by `text`, as a coach does (select all, type, Tab away)."""
    assert_seeable(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    _count(len(text) + 1)
    widget.editingFinished.emit()


def activate(qtbot, window) -> None:
    """Show a top-level window and make it the active one (offscreen needs asking)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def show_at(qtbot, widget, width: int = 1024, height: int = 700) -> None:
    """Show a screen on its own at a window size a coach may have (the smallest by default)."""
    widget.resize(width, height)
    activate(qtbot, widget)


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt-letters a coach can use in `window` as it is shown now: letter -> the texts that
    claim it (menu bar, buttons, labels with a buddy, tabs, group boxes that are visible)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar

    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        i = 0
        while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
            ch = text[i + 1]
            if ch != "&":
                found.setdefault(ch.lower(), []).append(text)
                return
            i += 2

    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for a in window.menuBar().actions():
            add(a.text())
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window:
            continue
        if isinstance(w, QAbstractButton):
            add(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i))
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(window).items() if len(v) > 1}


def tab_to(qtbot, target: QWidget, limit: int = 60) -> int:
    """Press Tab until `target` has the focus, as a coach does; returns the presses. Fails when
    Tab never reaches it (a keyboard trap, or a field left out of the Tab order)."""
    n = 0
    while QApplication.focusWidget() is not target:
        assert n < limit, (
            f"Tab did not reach {target.accessibleName() or target} in {limit} presses"
        )
        tab(qtbot)
        n += 1
    return n
