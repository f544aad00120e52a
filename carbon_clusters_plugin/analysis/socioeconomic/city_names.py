"""City names and administrative codes as yearbooks and inventories write them.

Names: full-width characters folded (NFKC), every space removed, the unit suffix (市, 地区,
自治州, 盟, 林区, 特别行政区) and a leading province taken off. Codes: 4-, 6- and 12-digit
forms of the 6-digit GB/T 2260 code; the municipalities' 110000 / 110100 / 110200 variants.
"""

import re
import unicodedata
from typing import Iterable, List, Optional, Tuple

# Province-level units: full name, short name. Municipalities and SARs are also cities.
PROVINCES = (
    ("北京市", "北京"), ("天津市", "天津"), ("河北省", "河北"), ("山西省", "山西"),
    ("内蒙古自治区", "内蒙古"), ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"),
    ("上海市", "上海"), ("江苏省", "江苏"), ("浙江省", "浙江"), ("安徽省", "安徽"),
    ("福建省", "福建"), ("江西省", "江西"), ("山东省", "山东"), ("河南省", "河南"),
    ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"), ("广西壮族自治区", "广西"),
    ("海南省", "海南"), ("重庆市", "重庆"), ("四川省", "四川"), ("贵州省", "贵州"),
    ("云南省", "云南"), ("西藏自治区", "西藏"), ("陕西省", "陕西"), ("甘肃省", "甘肃"),
    ("青海省", "青海"), ("宁夏回族自治区", "宁夏"), ("新疆维吾尔自治区", "新疆"),
    ("台湾省", "台湾"), ("香港特别行政区", "香港"), ("澳门特别行政区", "澳门"),
)
MUNICIPALITY_PREFIXES = ("11", "12", "31", "50")

# Longest first: 自治州 before 州-less forms, 特别行政区 before 区.
SUFFIXES = ("特别行政区", "自治州", "地区", "林区", "市", "盟", "省")
# The ethnic groups named in autonomous prefectures' names (大理白族自治州 → 大理).
_ETHNIC = ("维吾尔", "哈萨克", "柯尔克孜", "蒙古", "土家", "布依", "朝鲜", "哈尼", "傈僳",
           "景颇", "拉祜", "纳西", "达斡尔", "仫佬", "仡佬", "锡伯", "塔吉克", "乌孜别克",
           "鄂温克", "鄂伦春")
_ETHNIC_ONE = "回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京"

# Words of total and subtotal rows (全省合计, 总计, 全国, 其中 ...).
TOTAL_WORDS = ("合计", "总计", "小计", "总和", "总量", "全国", "全省", "全市", "全区",
               "全自治区", "其中", "TOTAL", "SUM")

# Characters that yearbooks and hand-typed tables confuse in place names (亳州 written 毫州).
# Only ever used to suggest, never to match.
CONFUSABLE = ("亳毫", "泸沪", "衢瞿", "濮璞", "儋瞻", "郴彬", "莆蒲", "邢刑", "漯潔", "鄂谔",
              "婺务", "睢雎", "嵊剩", "崂劳", "汕讪", "濉睢", "渑绳", "涿琢", "黔钤")

# Marks of footnotes and of missing values that tables put beside names.
_FOOTNOTE = re.compile(r"[*＊#＃①②③④⑤⑥⑦⑧⑨⑩\"'“”‘’]+")
_YEAR_COLUMN = re.compile(r"^[Yy]?((?:19|20)\d{2})(?:年|年度|年末)?$")


def normalised(text) -> str:
    """Full-width characters folded, every space (and stray quote or footnote mark) removed."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text))
    return _FOOTNOTE.sub("", "".join(folded.split()))


def without_suffix(name: str) -> str:
    """南京市 → 南京, 阿里地区 → 阿里, 神农架林区 → 神农架, 大理白族自治州 → 大理."""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[:-len(suffix)]
            if suffix == "自治州":
                name = _without_ethnic_groups(name)
            break
    return name


def _without_ethnic_groups(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for group in _ETHNIC:
            for form in (group + "族", group):
                if name.endswith(form) and len(name) - len(form) >= 2:
                    name, changed = name[:-len(form)], True
                    break
            if changed:
                break
        if not changed and name.endswith("族") and len(name) >= 4 and name[-2] in _ETHNIC_ONE:
            name, changed = name[:-2], True
    return name


def province_key(text) -> str:
    """The short name of a province written any way (湖北省, 湖北, 广西壮族自治区 → 广西)."""
    name = normalised(text)
    for full, short in PROVINCES:
        if name in (full, short):
            return short
    return name


def split_province(name: str) -> Tuple[Optional[str], str]:
    """(province short name, rest) when ``name`` starts with a province and more follows that
    is not only a suffix (湖北省武汉市 → 湖北, 武汉市; 吉林市 stays whole)."""
    for full, short in PROVINCES:
        for prefix in (full, short):
            rest = name[len(prefix):]
            if name.startswith(prefix) and rest and rest not in SUFFIXES:
                return short, rest
    return None, name


def is_province(name: str) -> bool:
    return any(name in pair for pair in PROVINCES)


def is_total(name: str) -> bool:
    upper = name.upper()
    return any(word in upper for word in TOTAL_WORDS)


def aliases(name_zh: str) -> List[str]:
    """The keys a unit is found under: its full name, the name without suffix, and for an
    autonomous prefecture also place + 州 (恩施土家族苗族自治州 → 恩施州, 恩施)."""
    full = normalised(name_zh)
    short = without_suffix(full)
    keys = [full, short]
    if full.endswith("自治州"):
        keys.append(short + "州")
    return list(dict.fromkeys(k for k in keys if k))


def confusable_variants(key: str) -> Iterable[str]:
    """``key`` with one character swapped for a character it is often confused with."""
    for position, char in enumerate(key):
        for pair in CONFUSABLE:
            if char in pair:
                for other in pair.replace(char, ""):
                    yield key[:position] + other + key[position + 1:]


# ------------------------------------------------------------------------------ codes

def code_digits(value) -> Optional[str]:
    """The digits of a code written as text or number (320100, "3201", 320100.0,
    "320100000000"); None when the value is not a code."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    text = normalised(value)
    if text.endswith(".0"):
        text = text[:-2]
    return text if text.isdigit() and len(text) in (4, 6, 9, 12) else None


def six_digit_code(digits: str) -> Optional[str]:
    """The 6-digit code of a 4-, 6- or 12-digit code; None for a 9-digit (township) code
    or a 12-digit code below county level."""
    if len(digits) == 4:
        return digits + "00"
    if len(digits) == 6:
        return digits
    if len(digits) == 12 and digits[6:] == "000000":
        return digits[:6]
    return None


def municipality_variants(code: str) -> List[str]:
    """The codes a municipality is written with: 110000 (province), 110100 (市辖区) and
    110200 (the old 县 part)."""
    prefix = code[:2]
    if prefix not in MUNICIPALITY_PREFIXES or code[2:] not in ("0000", "0100", "0200"):
        return [code]
    return [prefix + "0000", prefix + "0100", prefix + "0200"]


def prefecture_of(code: str) -> str:
    """The prefecture-level code a county-level code belongs to (320102 → 320100)."""
    return code[:4] + "00"


# ------------------------------------------------------------------------------ years

def year_of_column(name) -> Optional[int]:
    """The year a column is named after (2005, 2005年, Y2005, "２００５年"), else None."""
    match = _YEAR_COLUMN.match(normalised(name))
    return int(match.group(1)) if match else None
