"""Strips counted by two threads: GDAL reads and numpy's or numba's arithmetic release the
GIL, so the threads overlap; each keeps its own datasets, as GDAL datasets are not thread-safe.
"""

import threading
from typing import Callable, List, Optional

from ..messages import Cancelled

WORKERS = 2
PROGRESS_SECONDS = 0.05  # how often progress and cancel are looked at


def run_strips(jobs, worker, progress: Callable[[float], None],
               is_cancelled: Callable[[], bool], workers: int = WORKERS) -> List:
    """Runs ``jobs`` on threads: each calls ``worker()`` once for its own (count(first_row,
    rows), result()) pair (its own datasets: GDAL's are not thread-safe); returns every
    thread's result(). Raises what a thread raised, or Cancelled."""
    state = _RunState(len(jobs))

    def work():
        count, result = worker()
        while not state.stop.is_set() and not is_cancelled():
            job = state.next_job()
            if job is None:
                break
            count(*jobs[job])
            state.finished()
        state.add_result(result())

    threads = [threading.Thread(target=state.guard(work), daemon=True)
               for _ in range(max(1, min(workers, len(jobs))))]
    for thread in threads:
        thread.start()
    running = threads
    while running:
        if is_cancelled():
            state.stop.set()
        progress(state.done / max(1, len(jobs)))
        running[0].join(PROGRESS_SECONDS)  # returns as soon as that thread is done
        running = [thread for thread in running if thread.is_alive()]
    for thread in threads:
        thread.join()
    if state.error is not None:
        raise state.error
    if is_cancelled() or state.done < len(jobs):
        raise Cancelled()
    return state.results


class _RunState:
    def __init__(self, jobs: int):
        self.jobs = jobs
        self.done = 0
        self.results: List = []
        self.stop = threading.Event()
        self.error: Optional[BaseException] = None
        self._next = 0
        self._lock = threading.Lock()

    def next_job(self) -> Optional[int]:
        with self._lock:
            if self._next >= self.jobs:
                return None
            self._next += 1
            return self._next - 1

    def finished(self) -> None:
        with self._lock:
            self.done += 1

    def add_result(self, counts) -> None:
        with self._lock:
            self.results.append(counts)

    def guard(self, work):
        def run():
            try:
                work()
            except BaseException as error:  # noqa: B036 (re-raised in the main thread)
                self.error = error
                self.stop.set()
        return run
