"""What the benchmark scripts share: the heading that names the machine, and appending a
table to its results file in bench/."""

import datetime
import os
import platform
from pathlib import Path


def machine_heading(*details: str) -> str:
    """"## date · host · CPU · cores · details…": every table says where and how it ran."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info
                       if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    parts = [str(datetime.date.today()), platform.node(), cpu, f"{os.cpu_count()} cores",
             *details]
    return "## " + " · ".join(parts)


def append(results: Path, introduction: str, report: str) -> None:
    """Appends ``report`` to ``results``, starting the file with ``introduction``."""
    results.parent.mkdir(exist_ok=True)
    if not results.exists():
        results.write_text(introduction, encoding="utf-8")
    with open(results, "a", encoding="utf-8") as handle:
        handle.write(report)
