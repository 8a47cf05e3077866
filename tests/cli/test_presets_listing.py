"""``nnviz presets``: every shipped lesson once, in the suggested order, under numbered groups."""

from nnviz.cli import main
from nnviz.presets import lesson_groups, preset_names, preset_title


def test_presets_are_listed_in_lesson_order_under_their_groups(capsys):
    assert main(["presets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    headings = [line for line in lines if not line.startswith(" ")]
    assert headings[:-1] == [f"{i}. {title}" for i, (title, _) in enumerate(lesson_groups(), start=1)]
    lines = lines[: lines.index(headings[-1])]  # the comparison lessons come last, in their own group
    listed = [line.split()[0] for line in lines if line.startswith(" ")]
    assert listed == [name for _, names in lesson_groups() for name in names]
    assert sorted(listed) == preset_names()
    assert any(line.strip().endswith(preset_title("spiral")) for line in lines)
