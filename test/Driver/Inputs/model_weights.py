"""The 2-D f32 weight constants of a printed model, in order, as numpy arrays.

Constants print either as nested lists (dense<[[...]]>) or, when large, as
hex (dense<"0x...">: little-endian f32 bytes).
"""
import json
import re

import numpy as np

PATTERN = re.compile(r'dense<(\[\[.*?\]\]|"0x[0-9A-Fa-f]+")>\s*:\s*tensor<(\d+)x(\d+)xf32>')


def weights(path):
    arrays = []
    for match in PATTERN.finditer(open(path).read()):
        rows, cols = int(match.group(2)), int(match.group(3))
        if rows < 2 or cols < 2:
            continue
        text = match.group(1)
        if text.startswith('"0x'):
            values = np.frombuffer(bytes.fromhex(text[3:-1]), dtype="<f4")
        else:
            values = np.array(json.loads(text), dtype=np.float32)
        arrays.append(values.reshape(rows, cols))
    return arrays
