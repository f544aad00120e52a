import math

from carbon_clusters_plugin.analysis.values import numeric_column, to_float


class FakeNull:
    def isNull(self):  # noqa: N802 (QVariant's name)
        return True


def test_to_float_reads_numbers_text_and_nulls():
    assert to_float(3) == 3.0 and to_float(" 1,234.5 ") == 1234.5
    assert math.isnan(to_float(None)) and math.isnan(to_float(FakeNull()))
    assert math.isnan(to_float("")) and math.isnan(to_float("NULL"))


def test_numeric_column_reports_nulls_and_text():
    column = numeric_column([1, None, "abc", "2.5", ""])
    assert column.values[0] == 1.0 and column.values[3] == 2.5
    assert column.null_rows == [1, 4]
    assert column.bad_rows == [2] and column.bad_values == ["abc"]
