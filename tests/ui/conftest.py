import pytest

from tests.ui.helpers import activate
from ui.hub import Hub
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk):
    """The main window over the test profile, shown and active."""
    w = MainWindow(desk, Hub())
    qtbot.addWidget(w)
    activate(qtbot, w)
    qtbot.waitUntil(lambda: not w.views["vandaag"].is_loading() and not w.views["clienten"].is_loading(), timeout=20000)
    yield w
    w.idle.remove()
