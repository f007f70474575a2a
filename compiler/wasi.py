"""WASI preview1: every function's core-Wasm signature (from shared/reference/wasi-preview1.md), errno names."""
from __future__ import annotations

WASI_MODULE = "wasi_snapshot_preview1"

# name: (parameter kinds, result kinds); kinds are "i32" / "i64". Every function returns an errno except proc_exit.
_P = "i32"
_L = "i64"
SIGNATURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "args_get": ((_P, _P), (_P,)),
    "args_sizes_get": ((_P, _P), (_P,)),
    "environ_get": ((_P, _P), (_P,)),
    "environ_sizes_get": ((_P, _P), (_P,)),
    "clock_res_get": ((_P, _P), (_P,)),
    "clock_time_get": ((_P, _L, _P), (_P,)),
    "fd_advise": ((_P, _L, _L, _P), (_P,)),
    "fd_allocate": ((_P, _L, _L), (_P,)),
    "fd_close": ((_P,), (_P,)),
    "fd_datasync": ((_P,), (_P,)),
    "fd_fdstat_get": ((_P, _P), (_P,)),
    "fd_fdstat_set_flags": ((_P, _P), (_P,)),
    "fd_fdstat_set_rights": ((_P, _L, _L), (_P,)),
    "fd_filestat_get": ((_P, _P), (_P,)),
    "fd_filestat_set_size": ((_P, _L), (_P,)),
    "fd_filestat_set_times": ((_P, _L, _L, _P), (_P,)),
    "fd_pread": ((_P, _P, _P, _L, _P), (_P,)),
    "fd_prestat_get": ((_P, _P), (_P,)),
    "fd_prestat_dir_name": ((_P, _P, _P), (_P,)),
    "fd_pwrite": ((_P, _P, _P, _L, _P), (_P,)),
    "fd_read": ((_P, _P, _P, _P), (_P,)),
    "fd_readdir": ((_P, _P, _P, _L, _P), (_P,)),
    "fd_renumber": ((_P, _P), (_P,)),
    "fd_seek": ((_P, _L, _P, _P), (_P,)),
    "fd_sync": ((_P,), (_P,)),
    "fd_tell": ((_P, _P), (_P,)),
    "fd_write": ((_P, _P, _P, _P), (_P,)),
    "path_create_directory": ((_P, _P, _P), (_P,)),
    "path_filestat_get": ((_P, _P, _P, _P, _P), (_P,)),
    "path_filestat_set_times": ((_P, _P, _P, _P, _L, _L, _P), (_P,)),
    "path_link": ((_P, _P, _P, _P, _P, _P, _P), (_P,)),
    "path_open": ((_P, _P, _P, _P, _P, _L, _L, _P, _P), (_P,)),
    "path_readlink": ((_P, _P, _P, _P, _P, _P), (_P,)),
    "path_remove_directory": ((_P, _P, _P), (_P,)),
    "path_rename": ((_P, _P, _P, _P, _P, _P), (_P,)),
    "path_symlink": ((_P, _P, _P, _P, _P), (_P,)),
    "path_unlink_file": ((_P, _P, _P), (_P,)),
    "poll_oneoff": ((_P, _P, _P, _P), (_P,)),
    "proc_exit": ((_P,), ()),
    "proc_raise": ((_P,), (_P,)),
    "sched_yield": ((), (_P,)),
    "random_get": ((_P, _P), (_P,)),
    "sock_accept": ((_P, _P, _P), (_P,)),
    "sock_recv": ((_P, _P, _P, _P, _P, _P), (_P,)),
    "sock_send": ((_P, _P, _P, _P, _P), (_P,)),
    "sock_shutdown": ((_P, _P), (_P,)),
}


def camel_case(name: str) -> str:
    """`fd_write` -> `fdWrite`: the method name of a preview1 function on the `wasi` object."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


BY_CAMEL_CASE: dict[str, str] = {camel_case(name): name for name in SIGNATURES}
