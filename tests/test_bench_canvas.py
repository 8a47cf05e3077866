"""The canvas section of the benchmark runs and measures every net (no timing assertions)."""

from nnviz.benchmarks import canvas
from nnviz.benchmarks.timing import Budget


def test_canvas_section_measures_every_net(qapp):
    result = canvas.run(Budget.quick(), None)
    assert [row["net"] for row in result.rows] == ["2-4-2-1", "2-8-8-8-8-8-8-1", "784-32-10", "digits-cnn"]
    for row in result.rows:
        assert row["redraw_ms"] > 0 and row["drawn_edges"] <= row["edges"]
    assert result.rows[2]["edges"] > 25_000 > result.rows[2]["drawn_edges"]
