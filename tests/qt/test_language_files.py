"""A translation file that cannot be read leaves the window in English with a warning, not a crash."""

from nnviz import i18n
from nnviz.qt.i18n import install_language, translate


def test_an_unreadable_qm_leaves_the_window_in_english(qapp, tmp_path, monkeypatch, capsys):
    (tmp_path / "nnviz_zh_TW.qm").write_bytes(b"not a qm file")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    try:
        install_language("zh_TW")
        assert translate("Docks", "Breakpoints") == "Breakpoints"
        err = capsys.readouterr().err
        assert err.startswith("nnviz: warning: nnviz_zh_TW.qm") and err.count("\n") == 1
    finally:
        install_language("en")
