"""Status messages name settings in words, never by their JSON path."""


def test_a_change_and_a_refusal_name_the_layer_in_words(controller, qtbot):
    with qtbot.waitSignal(controller.settings_changed) as changed:
        controller.change(("network", "layers", 0, "units"), 4)
    assert changed.args[0].startswith("Layer 1 units changed: training restarts")
    with qtbot.waitSignal(controller.failed) as failed:
        controller.change(("network", "layers", 0, "units"), 0)
    assert failed.args[0].startswith("Layer 1 units: "), failed.args[0]
    assert "network.layers" not in failed.args[0]
