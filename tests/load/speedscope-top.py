#!/usr/bin/env python3
"""Inclusive time per method in a dotnet-trace Speedscope file (evented, one profile per thread),
as a share of the heaviest frame whose name contains ROOT (default: ArchiveSearcher.Search).
Recursion is counted once. Prints the methods whose name contains FILTER, heaviest first.

    python3 tests/load/speedscope-top.py TRACE.speedscope.json [FILTER] [ROOT]
"""
import collections
import json
import sys

trace = json.load(open(sys.argv[1]))
name_filter = sys.argv[2] if len(sys.argv) > 2 else ''
root = sys.argv[3] if len(sys.argv) > 3 else 'ArchiveSearcher.Search('
frames = [f['name'] for f in trace['shared']['frames']]
inclusive = collections.Counter()
for profile in trace['profiles']:
    stack = []
    for event in profile['events']:
        if event['type'] == 'O':
            stack.append((event['frame'], event['at']))
            continue
        frame, opened = stack.pop()
        if all(f != frame for f, _ in stack):
            inclusive[frames[frame]] += event['at'] - opened
base = max((t for n, t in inclusive.items() if root in n), default=0) or max(inclusive.values())
print(f'100 % = {base:.0f} ms of thread time in {root}')
for name, time in inclusive.most_common():
    if name_filter in name and time >= 0.01 * base:
        print(f'{100 * time / base:6.1f} %  {name[:170]}')
