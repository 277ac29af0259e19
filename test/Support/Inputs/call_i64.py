"""call_i64.py SYMBOL N LIB.so...: prints SYMBOL(N) of each library, an
int64 -> int64 function."""
import ctypes
import sys

symbol, n = sys.argv[1], int(sys.argv[2])
results = []
for path in sys.argv[3:]:
    function = getattr(ctypes.CDLL(path), symbol)
    function.argtypes, function.restype = [ctypes.c_int64], ctypes.c_int64
    results.append(function(n))
print(*results)
