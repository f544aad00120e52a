"""Fonts for charts in Chinese and English: the installed CJK families first, then a Latin
family; matplotlib falls back along the list glyph by glyph (CJK, then ₂ and ⁴)."""

from pathlib import Path
from typing import Dict, List

# Fonts for Chinese labels first; "Noto Sans CJK JP" is how matplotlib names the first face of
# Debian's Noto CJK collection (fonts-noto-cjk), which holds the simplified Chinese glyphs too.
FONT_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "Source Han Sans SC",
                 "Microsoft YaHei", "SimHei", "DejaVu Sans")
_CJK_FILE_HINTS = ("notosanscjk", "wqy-zenhei", "msyh", "simhei")
_font_cache: List[str] = []


def font_families() -> List[str]:
    """The installed families of FONT_FAMILIES, CJK first; matplotlib falls back along the
    list glyph by glyph. Fonts installed after matplotlib built its cache are added once."""
    from matplotlib import font_manager

    if not _font_cache:
        installed = {f.name for f in font_manager.fontManager.ttflist}
        if not installed & set(FONT_FAMILIES[:-1]):
            for path in font_manager.findSystemFonts():
                if any(hint in Path(path).name.lower() for hint in _CJK_FILE_HINTS):
                    try:
                        font_manager.fontManager.addfont(path)
                    except (OSError, RuntimeError, ValueError):
                        continue
            installed = {f.name for f in font_manager.fontManager.ttflist}
        _font_cache.extend(f for f in FONT_FAMILIES if f in installed)
    return list(_font_cache) or ["sans-serif"]


def chart_style() -> Dict[str, object]:
    return {"font.family": font_families(), "font.size": 8, "axes.titlesize": 9,
            "legend.fontsize": 7, "axes.unicode_minus": False, "svg.fonttype": "none"}


