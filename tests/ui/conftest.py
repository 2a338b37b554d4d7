import pytest
from wor_desk_ui import i18n
from wor_desk_ui.hub import Hub
from wor_desk_ui.main_window import MainWindow

from tests.ui.helpers import activate


@pytest.fixture(autouse=True)
def dutch(qapp):
    """Dutch, as the app starts (its plural forms come from wor_desk_nl.qm)."""
    i18n.set_language("nl")


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
