"""JSON token scanner: make_scanner(context) returns scan_once(string, idx) -> (value, end)."""

from .decoder import c_make_scanner, py_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner or py_make_scanner
