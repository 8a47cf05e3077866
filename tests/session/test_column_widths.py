"""A narrow table's columns: numbers keep their width, words are cut longest first, nothing scrolls."""

from nnviz.session.column_widths import column_widths


def test_columns_that_fit_keep_their_width_and_the_last_takes_the_rest():
    assert column_widths([40, 30, 50], 200, elide=(2,), floor=20) == [40, 30, 130]


def test_too_wide_the_word_columns_are_cut_to_one_cap_and_numbers_stay_whole():
    widths = column_widths([145, 40, 56, 114], 301, elide=(0, 3), floor=24)
    assert widths[1:3] == [40, 56] and sum(widths) <= 301
    assert widths[0] == widths[3] == 102  # one cap, as high as 301 allows


def test_a_short_word_column_is_not_cut_while_a_longer_one_can_give():
    widths = column_widths([40, 60, 200], 250, elide=(1, 2), floor=20)
    assert widths == [40, 60, 150]


def test_cut_columns_keep_the_floor_even_if_the_table_then_scrolls():
    assert column_widths([200, 100], 220, elide=(1,), floor=30) == [200, 30]
    assert column_widths([200, 100], 220, elide=(), floor=30) == [200, 100]
