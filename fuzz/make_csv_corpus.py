#!/usr/bin/env python3
"""Writes fuzz/corpus/csv from the importer's CSV fixtures. fuzz_csvreader reads its first byte
as the dialect (bits 0-1: separator auto , ; tab; bits 2-3: encoding auto utf-8 windows-1252
auto) and the rest as the file, so every seed is a fixture behind the byte of the dialect its
golden test reads it with. Run from the repository root after adding a CSV fixture; commit."""
import json, os

FIXTURES = 'tests/import/fixtures'
OUT = 'fuzz/corpus/csv'
SEPARATORS = {None: 0, ',': 1, ';': 2, '\t': 3, 'tab': 3}
ENCODINGS = {None: 0, 'auto': 0, 'utf-8': 1, 'windows-1252': 2}

for name in sorted(os.listdir(OUT)):
    os.remove(os.path.join(OUT, name))
for name in sorted(os.listdir(FIXTURES)):
    if not name.endswith(('.csv', '.txt')):
        continue
    options = {}
    if os.path.exists(os.path.join(FIXTURES, name + '.options.json')):
        options = json.load(open(os.path.join(FIXTURES, name + '.options.json')))
    # A separator the harness cannot force ('|') is left to detection.
    mode = SEPARATORS.get(options.get('separator'), 0) | ENCODINGS[options.get('encoding')] << 2
    data = open(os.path.join(FIXTURES, name), 'rb').read()
    open(os.path.join(OUT, name), 'wb').write(bytes([mode]) + data)
