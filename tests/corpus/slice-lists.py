#!/usr/bin/env python3
"""Cuts the slice of the FRUS volumes' lists the tests read (tests/corpus/README.md):
python3 tests/corpus/slice-lists.py ../shared/corpus tests/corpus

Of the volumes the committed records come from: every note, every person whose family name's
first word occurs in those volumes' records (and every Khrushchev and Dulles, whom the tests
name), and every term that occurs in them as a whole word. Deterministic: lines keep their order."""
import json, os, re, sys

source, target = sys.argv[1], sys.argv[2]
records = os.path.join(target, 'frus')
texts = {}
for name in sorted(os.listdir(records)):
    volume = name.split('-d')[0]
    texts[volume] = texts.get(volume, '') + open(os.path.join(records, name), encoding='utf-8').read() + '\n'

with open(os.path.join(target, 'frus-persons.jsonl'), 'w', encoding='utf-8') as out:
    for line in open(os.path.join(source, 'frus-persons.jsonl'), encoding='utf-8'):
        entry = json.loads(line)
        if entry['volume'] not in texts:
            continue
        family = entry['name'].split(',')[0].split('(')[0].strip()
        if entry['id'] == '' or 'Khrushchev' in family or 'Dulles' in family \
                or re.search(r'\b' + re.escape(family.split(' ')[0]) + r'\b', texts[entry['volume']]):
            out.write(line)

with open(os.path.join(target, 'frus-terms.jsonl'), 'w', encoding='utf-8') as out:
    for line in open(os.path.join(source, 'frus-terms.jsonl'), encoding='utf-8'):
        entry = json.loads(line)
        if entry['volume'] in texts and re.search(r'(?<![\w])' + re.escape(entry['term']) + r'(?![\w])', texts[entry['volume']]):
            out.write(line)
