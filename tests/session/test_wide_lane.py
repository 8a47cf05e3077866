"""The lanes on the canvas: every concat slot fed from its own input column or deep unit, named."""

import numpy as np

from nnviz.presets import load_experiment
from nnviz.session.canvas.layout import build_layout
from nnviz.session.canvas.wide_lane import AND, wide_lane_geometry
from nnviz.session.wide_deep import find_lanes


def geometry_of(preset: str):
    experiment = load_experiment(preset)
    names = experiment.data.input_names
    layout = build_layout(experiment.network)
    lanes = find_lanes(experiment.network, names)
    return layout, lanes, names, wide_lane_geometry(layout, lanes, names)


def test_every_slot_is_fed_from_where_the_concat_takes_it():
    layout, lanes, _names, geometry = geometry_of("wide-and-deep")
    inputs, hidden, concat = layout.layers[0], layout.layers[1], layout.layers[2]
    assert list(geometry.slots) == list(range(20))
    assert geometry.feed_lanes == ("wide",) * 16 + ("deep",) * 4
    for (_x0, y0, x1, y1), s in zip(geometry.feeds, geometry.slots):
        source = inputs.position(int(lanes.columns[s])) if s < 16 else hidden.position(int(s) - 16)
        assert y0 == source[1] and y1 == concat.position(int(s))[1]
        assert x1 == concat.x - concat.radius


def test_names_of_inputs_and_slots_with_crosses_as_and_units():
    layout, lanes, names, geometry = geometry_of("wide-and-deep")
    concat = layout.layers[2]
    by_y = {(t.x < concat.x, t.y): t for t in geometry.texts}
    slot = lanes.wide_names.index("colour=red × size=S")
    text = by_y[(True, float(concat.ys[slot]))]
    assert text.text == AND + "colour=red × size=S" and text.lane == "wide"
    assert by_y[(True, float(concat.ys[16]))].lane == "deep"
    inputs = [t.text for t in geometry.texts if t.lane == ""]
    assert inputs == list(names)
    assert [b.lane for b in geometry.bands] == ["wide", "deep"]
    wide, deep = geometry.bands
    assert wide.top + wide.height < deep.top  # the bar's two parts do not overlap


def test_the_bounds_grow_to_hold_the_names():
    layout, _, _, geometry = geometry_of("wide-and-deep")
    left, _top, width, _height = geometry.bounds
    assert left < layout.bounds[0] and np.isclose(left + width, layout.bounds[0] + layout.bounds[2])


def test_slot_names_shorten_to_their_categories_where_the_full_ones_have_no_room():
    from nnviz.session.canvas.wide_lane import slot_name

    layout, lanes, names, full = geometry_of("wide-and-deep")
    big = wide_lane_geometry(layout, lanes, names, 2.0)
    concat = layout.layers[lanes.concat]
    slots = [t.text for t in big.texts if t.lane == "wide"]
    assert slots == [slot_name(lanes, int(s), short=True) for s in concat.shown if s < lanes.wide_width]
    assert slots[0] == AND + "blue × L" and big.text_px == 2.0 * full.text_px
    huge = wide_lane_geometry(layout, lanes, names, 4.0)  # names taller than the units' spacing
    assert huge.texts == []
