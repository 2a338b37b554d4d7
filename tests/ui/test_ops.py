from wor_desk_ui.ops import Op


def test_op_result_and_progress_arrive_on_the_ui_thread(qtbot):
    seen = []

    def work(op):
        for i in range(3):
            op.report(i + 1, 3)
        return 42

    op = Op(None, work).progress(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(op._signals.done, timeout=5000) as blocker:
        op.run()
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_op_failure_is_handed_to_the_failure_callback(qtbot):
    got = []
    op = Op(None, lambda op: 1 / 0).failure(got.append)
    with qtbot.waitSignal(op._signals.failed, timeout=5000) as blocker:
        op.run()
    assert isinstance(blocker.args[0], ZeroDivisionError)
    assert isinstance(got[0], ZeroDivisionError)
    # a bug also gets the app's error dialog (tests/ui/test_errors.py): close it
    from PySide6.QtWidgets import QApplication
    from wor_desk_ui.errors import ErrorDialog

    for w in QApplication.topLevelWidgets():
        if isinstance(w, ErrorDialog):
            w.close()


def test_a_callback_connected_after_the_work_finished_still_gets_the_result(qtbot):
    import time

    op = Op(None, lambda op: 7).run()
    time.sleep(0.3)  # the worker is done and has emitted before anyone listens
    assert op.running
    with qtbot.waitSignal(op._signals.done, timeout=3000) as blocker:
        pass
    assert blocker.args == [7] and not op.running
