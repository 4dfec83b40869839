"""Charts are plain SVG with whole-number axes and escaped labels."""

from __future__ import annotations

import re

from commentletters.web.charts import Series, horizontal_bars, stacked_bars


def test_axis_ticks_are_whole_numbers() -> None:
    svg = stacked_bars("t", ["2019", "2020"], [Series("a", [3, 5]), Series("b", [0, 0])])
    ticks = re.findall(r'text-anchor="end">([^<]+)<', svg)
    assert ticks == ["0", "1", "2", "3", "4", "5"]


def test_labels_are_escaped_and_single_series_has_no_legend() -> None:
    svg = stacked_bars("<b>", ["<2020>"], [Series("x<y", [2])])
    assert "<b>" not in svg and "&lt;2020&gt;" in svg
    assert svg.count("<rect") == 1 and svg.count("x&lt;y") == 1  # the bar and its tooltip, no legend


def test_charts_on_one_page_have_distinct_ids() -> None:
    ids = {
        re.search(r'aria-labelledby="([^"]+)"', stacked_bars(t, ["2020"], [Series("a", [1])])).group(1)
        for t in ("Comments per year", "Reviews by length")
    }
    assert len(ids) == 2


def test_bar_units_agree_with_the_number() -> None:
    svg = horizontal_bars("t", ["short", "long"], [1, 3], unit=(" review", " reviews"))
    assert ">1 review<" in svg and ">3 reviews<" in svg
