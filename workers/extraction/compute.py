"""How the models multiply matrices: numpy's BLAS, on one thread per process.

thinc multiplies with the BLIS it bundles unless told otherwise; numpy's OpenBLAS gives the same
annotations and, on the project's machines, runs spaCy 1.3x and sm plus the attribution tagger
1.7x as fast (``python -m bench.speed`` prints both). One thread, because the service runs one
worker process per core.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def numpy_blas() -> Iterator[None]:
    """Models created inside the block multiply with numpy's BLAS; the process's BLAS keeps to one
    thread from now on."""
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        yield
