#!/usr/bin/env python3
"""Chooses the FRUS slice committed in tests/corpus/frus/ from ../shared/corpus/frus-22k.tar.gz.

The suite must pass on a fresh clone with nothing beside it, so the tests that need real FRUS
records read this slice; the whole corpus is for the documented scripts (tests/corpus/README.md).
The slice holds every record of the corpus with a shape that once broke the site, the records
tests name, and a fixed random sample. Deterministic: the same archive gives the same slice.

    python3 tests/corpus/select.py ../shared/corpus/frus-22k.tar.gz tests/corpus/frus
"""
import datetime
import random
import re
import shutil
import sys
import tarfile
from collections import Counter
from pathlib import Path

archive, out = sys.argv[1], Path(sys.argv[2])
records = {}
with tarfile.open(archive) as tar:
    for member in tar:
        if member.isfile():
            records[Path(member.name).name] = tar.extractfile(member).read()

definition = re.compile(rb"^ {0,3}\[\^([^\]\[\s]+)\]:", re.M)
chosen = {}


def take(reason, names, limit=40):
    """Up to `limit` records of a kind, the shortest first: the slice stays a few MB."""
    for name in sorted(names, key=lambda n: (len(records[n]), n))[:limit]:
        chosen.setdefault(name, reason)


def where(predicate):
    return [n for n, b in records.items() if predicate(n, b)]


# Named by tests and issues.
take("named", limit=100, names=[n for n in records if Path(n).stem in {
    "frus1955-57v02-d7", "frus1955-57v26-d145", "frus1955-57v26-d147", "frus1955-57v24-d141",
    "frus1955-57v24-d142", "frus1969-76ve05p1-d274", "frus1961-63v01-d112", "frus1948v01p1-d119",
    "frus1958-60v02-d145", "frus1961-63v22-d133", "frus1948v05p1-d137", "frus1948v01p1-d3",
    "frus1961-63v08-d49", "frus1961-63v17-d23"}])

# Markdown that once lost words: a bracket pair right before a marker, labels defined twice,
# labels that are not numbers, notes out of numeric order, lines like link definitions, a link
# whose target is not an address, character references, angle brackets that are not URLs.
def labels(body):
    return [m.group(1) for m in definition.finditer(body)]

take("bracket-before-marker", where(lambda n, b: n.endswith(".md") and b"][^" in b))
take("label-defined-twice", where(lambda n, b: n.endswith(".md") and any(c > 1 for c in Counter(labels(b)).values())))
take("label-not-a-number", where(lambda n, b: n.endswith(".md") and any(not l.isdigit() for l in labels(b))))
take("notes-out-of-order", where(lambda n, b: n.endswith(".md") and [int(l) for l in labels(b) if l.isdigit()] != sorted(int(l) for l in labels(b) if l.isdigit())))
take("looks-like-link-definition", where(lambda n, b: n.endswith(".md") and re.search(rb"^ {0,3}\[[^\]^][^\]]*\]:", b, re.M)))
take("link-to-no-address", where(lambda n, b: n.endswith(".md") and re.search(rb"\]\((?!https?:)", b)))
take("character-reference", where(lambda n, b: re.search(rb"&[A-Za-z]+;|&#[0-9]+;", b)))
take("angle-brackets", where(lambda n, b: re.search(rb"<(?!https?://)[^>\s][^>]*>", b)))

# The corpus README's shapes: ranges, a body line "Summary:", long bodies.
take("date-range", where(lambda n, b: re.search(rb"\d{4} - [A-Z][a-z]+ \d", b.split(b"Citation", 1)[0])))
take("summary-line-in-body", where(lambda n, b: sum(1 for l in b.split(b"\n") if l.strip().strip(b"*") == b"Summary:") > 1))
longest = sorted(records, key=lambda n: len(records[n]), reverse=True)
take("long-body", [longest[0]])

# A fixed sample of everything else, both formats.
rest = sorted(n for n in records if n not in chosen)
take("sample", random.Random(1950).sample(rest, 150), limit=150)

# Letters and their answers, for the reply tests: A writes to B, B writes to A one to 31 days later
# and says "your letter" (or telegram, message, note, cable). Read from the citations' titles and
# dates, independently of the site's own rule (ReplyThreads), and listed in frus-replies.tsv beside the
# slice so the tests can check the site links them. Taken after the sample, so adding them changed
# none of the records chosen before. The shortest pairs first.
citation = re.compile(r'^\**Citation:\**\s*$\s*^\s*["“](.+?),?["”],?\s+([A-Z][a-z]+ \d{1,2}, \d{4}),', re.M)
from_to = re.compile(r"\b(?:from|form)\s+(.+?)\s+to\s+(.+?)(?=\s*(?:,|;|\btransmitting\b|\bvia\b|\bregarding\b|\bon\b|\babout\b|$))", re.I)
answers = re.compile(rb"\byour\s+(?:[\w-]+\s+)?(?:telegram|letter|message|note|cable)s?\b", re.I)


def correspondent(name):
    name = " ".join(name.split()).lower().rstrip(".,;")
    return name[4:] if name.startswith("the ") else name


letters = []
for name, body in records.items():
    if match := citation.search(body.decode("utf-8")):
        date = datetime.datetime.strptime(match.group(2), "%B %d, %Y").date()
        letters += [(name, correspondent(a), correspondent(b), date) for a, b in from_to.findall(match.group(1))]
sent = {}
for name, sender, recipient, date in letters:
    sent.setdefault((sender, recipient), []).append((date, name))
replies = {}
for name, sender, recipient, date in letters:
    earlier = [(d, n) for d, n in sent.get((recipient, sender), []) if 1 <= (date - d).days <= 31]
    if earlier and name not in replies and answers.search(records[name]):
        replies[name] = max(earlier)[1]
pairs = sorted(replies.items(), key=lambda p: (len(records[p[0]]) + len(records[p[1]]), p[0]))[:40]
for answer, letter in pairs:
    chosen.setdefault(letter, "letter-and-answer")
    chosen.setdefault(answer, "letter-and-answer")

if out.exists():
    shutil.rmtree(out)
out.mkdir(parents=True)
for name in chosen:
    (out / name).write_bytes(records[name])
(out.parent / f"{out.name}-replies.tsv").write_text(
    "# answer\tletter: chosen by select.py (letters and their answers)\n"
    + "".join(f"{answer}\t{letter}\n" for answer, letter in sorted(pairs)), encoding="utf-8")
size = sum(len(records[n]) for n in chosen)
print(f"{len(chosen)} records, {size / 1e6:.1f} MB:", dict(Counter(chosen.values())))
