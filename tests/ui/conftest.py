import pytest
from wor_desk_ui.hub import Hub
from wor_desk_ui.main_window import MainWindow

from tests.ui.helpers import activate


@pytest.fixture
def window(qtbot, desk):
    """The main window over the test profile, shown and active."""
    w = MainWindow(desk, Hub())
    activate(qtbot, w)
    qtbot.waitUntil(
        lambda: not w.views["vandaag"].is_loading() and not w.views["clienten"].is_loading(),
        timeout=20000,
    )
    yield w
    for v in w.views.values():  # a test may end with edits pending: no "save?" question at teardown
        getattr(v, "discard", lambda: None)()
    w.idle.remove()
    w.close()
    w.deleteLater()
