"""File › Open Recent: the remembered files survive a round trip through the settings file."""

from PySide6.QtCore import QSettings

from nnviz.qt.documents import MAX_RECENT, recent_files, remember_recent


def test_a_second_file_is_remembered_beside_the_first_not_spelt_out_letter_by_letter(tmp_path):
    """The settings file as a previous run of the app left it after one save: QSettings reads a
    list of one back as a bare string, and iterating it gave the menu '/', 't', 'm', 'p', …"""
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nrecent=/tmp/a.json\n", encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert recent_files(settings) == ["/tmp/a.json"]
    remember_recent(settings, "/tmp/b.json")
    assert recent_files(settings) == ["/tmp/b.json", "/tmp/a.json"]


def test_reopening_moves_a_file_first_and_the_list_is_bounded(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for i in range(MAX_RECENT + 3):
        remember_recent(settings, f"/f{i}.json")
    remember_recent(settings, "/f5.json")
    recent = recent_files(settings)
    assert recent[0] == "/f5.json" and len(recent) == MAX_RECENT and recent.count("/f5.json") == 1
