"""Status messages name settings in words, never by their JSON path."""


def test_a_change_and_a_refusal_name_the_layer_in_words(controller, qtbot):
    with qtbot.waitSignal(controller.settings_changed) as changed:
        controller.change(("network", "layers", 0, "units"), 4)
    assert changed.args[0].startswith("Layer 1 units changed: training restarts")
    with qtbot.waitSignal(controller.failed) as failed:
        controller.change(("network", "layers", 0, "units"), 0)
    assert failed.args[0].startswith("Layer 1 units: "), failed.args[0]
    assert "network.layers" not in failed.args[0]


def test_a_change_that_pauses_a_run_says_so(controller, qtbot):
    """The message said "training restarts" while the rebuilt network sat paused at iteration 0."""
    controller.iterations_per_frame = 1
    controller.run()
    qtbot.waitUntil(lambda: controller.workspace.stepper.trainer.iteration > 0, timeout=30000)
    with qtbot.waitSignal(controller.settings_changed) as changed:
        controller.change(("network", "layers", 0, "units"), 4)
    assert not controller.running
    assert changed.args[0].endswith("— paused: Run (F5) trains the new network"), changed.args[0]
    with qtbot.waitSignal(controller.settings_changed) as changed:
        controller.change(("network", "layers", 0, "units"), 3)  # nothing ran: nothing to say about a pause
    assert "paused" not in changed.args[0]
