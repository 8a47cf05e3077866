"""PDF documents: the ``nnviz check`` report and exercise worksheets, typeset from their HTML."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from pdf_text import pdf_text

from nnviz.cli import main
from nnviz.core.number_text import num
from nnviz.grading.worksheet import BLANK
from nnviz.presets import load_experiment

STUDENT = """phase,layer,quantity,row,col,value
forward,1,z,1,1,0.3775
loss,,data,,,0.2984
backward,2,delta,1,1,0.7414
backward,2,grad_weights,1,1,0.4398
update,2,bias,1,,0.53
"""


def _text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return pdf_text(data).replace("\t", " ")


def _z_of_layer_1() -> np.ndarray:
    experiment = load_experiment("worked-example")
    return experiment.trainer.step().layers[0].z


def test_the_answer_key_pdf_holds_every_value_and_the_worksheet_blank_boxes(qapp, tmp_path, capsys):
    key, sheet = tmp_path / "key.pdf", tmp_path / "sheet.pdf"
    assert main(["exercise", "worked-example", "--format", "pdf", "--answers", "--out", str(key)]) == 0
    assert main(["exercise", "worked-example", "--format", "pdf", "--out", str(sheet)]) == 0
    assert capsys.readouterr().out.split() == [str(key), str(sheet)]
    key_text, sheet_text = _text(key), _text(sheet)
    assert "Answer key" in key_text and "Exercise" in sheet_text
    for z in _z_of_layer_1().ravel():
        assert num(float(z), 6) in key_text
        assert num(float(z), 6) not in sheet_text
    assert BLANK not in key_text and sheet_text.count(BLANK) == 2 * 4 * 2 + 3 + 2 * 6 * 2
    assert "w1,1" in sheet_text and "0.15" in sheet_text  # the givens: parameters before the update


def test_the_check_report_pdf_has_the_learners_values_beside_nnvizs_and_keeps_the_exit_code(
    qapp, tmp_path, capsys
):
    student, out = tmp_path / "mine.csv", tmp_path / "report.pdf"
    student.write_text(STUDENT)
    assert main(["check", "worked-example", str(student), "--format", "pdf", "--out", str(out)]) == 1
    text = _text(out)
    assert "0.7414" in text and "0.138499" in text and "f′(z)missing" in text.replace(" ", "")
    assert "consistent with your earlier value" in text
    assert "Score by phase" in text


def test_pdf_without_out_is_refused_and_an_unwritable_out_named(tmp_path, capsys):
    student = tmp_path / "mine.csv"
    student.write_text(STUDENT)
    assert main(["check", "worked-example", str(student), "--format", "pdf"]) == 2
    assert "--out FILE.pdf" in capsys.readouterr().err
    bad = tmp_path / "missing" / "x.pdf"
    assert main(["exercise", "worked-example", "--format", "pdf", "--out", str(bad)]) == 2
    assert f"--out {bad}: cannot write it" in capsys.readouterr().err
    assert main(["exercise", "worked-example", "--format", "pdf", "--out", str(tmp_path)]) == 2
    assert f"--out {tmp_path}: a folder; give a file name in it" in capsys.readouterr().err


def test_the_same_worksheet_gives_the_same_pdf_bytes_in_another_process(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("QT_HASH_SEED", None)
    outs = []
    for k in range(2):
        out = tmp_path / f"sheet{k}.pdf"
        command = [sys.executable, "-m", "nnviz", "exercise", "xor-2-2-1", "--format", "pdf", "--out", str(out)]
        subprocess.run(command, check=True, env=env, cwd=tmp_path, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert b"CreationDate (D:20000101000000Z)" in outs[0]


def test_markdown_and_text_go_to_out_as_they_would_to_stdout(tmp_path, capsys):
    out = tmp_path / "sheet.md"
    assert main(["exercise", "worked-example", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["exercise", "worked-example"]) == 0
    assert out.read_text(encoding="utf-8") == capsys.readouterr().out


def test_a_chinese_report_pdf_is_set_in_the_shipped_fonts_only(qapp, tmp_path, capsys):
    """The Chinese words come from the package's Noto Sans SC/TC subset, never from a font the
    machine happens to have (which may be missing, or Japanese-shaped): same document anywhere."""
    import re

    from nnviz import i18n

    student = tmp_path / "mine.csv"
    student.write_text(STUDENT)
    try:
        for lang, face in (("zh_CN", b"NotoSansSCnnviz"), ("zh_TW", b"NotoSansTCnnviz")):
            out = tmp_path / f"{lang}.pdf"
            main(["check", "worked-example", str(student), "--format", "pdf", "--lang", lang, "--out", str(out)])
            capsys.readouterr()
            data = out.read_bytes()
            fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z-]+)", data))
            assert fonts and all(b"nnviz" in f for f in fonts), fonts
            assert any(f.startswith(face) for f in fonts), fonts
            assert "得分" in _text(out) or "得分" in _text(out).replace(" ", "")
    finally:
        i18n.set_language("en")
