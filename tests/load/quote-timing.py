#!/usr/bin/env python3
"""Times /api/quote on a running site: paragraph-length quotations of its own records.

Usage: python3 tests/load/quote-timing.py BASE-URL DOCUMENTS-FOLDER [COUNT] [--exact]

Takes COUNT records spread evenly over the documents folder (in path order), and from each the
first paragraph of its text of 40 to 150 words; quotes it as a footnote might misquote it: commas,
full stops, semicolons and colons dropped and one word from the middle left out (--exact quotes
it as written). Asks the site once per quotation, one at a time, and prints the median, 95th
percentile and longest time per request and how often the record quoted came first. A warm-up
request comes first. Not part of the suite; no test asserts a time.
"""
import json, os, re, statistics, sys, time, urllib.parse, urllib.request

def paragraphs(path):
    text = open(path, encoding="utf-8").read()
    if "**Contents:**" not in text:
        return None
    body = text.split("**Contents:**", 1)[1]
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if not block or block.startswith(("-", "|", "[^", "#", "*", ">", "“", '"')):
            continue
        words = re.sub(r"\[\^[^\]]*\]|[*_]", "", block).split()
        if 40 <= len(words) <= 150:
            return words
    return None

def quotation(words, exact):
    if exact:
        return " ".join(words)
    words = [re.sub(r"[,.;:]+$", "", w) for w in words]
    del words[len(words) // 2]
    return " ".join(w for w in words if w)

def ask(base, text):
    url = base + "/api/quote?text=" + urllib.parse.quote(text)
    start = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        answer = json.load(response)
    return time.perf_counter() - start, answer

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    exact = "--exact" in sys.argv
    base, folder = args[0].rstrip("/"), args[1]
    count = int(args[2]) if len(args) > 2 else 100
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith((".md", ".txt")))
    step = max(1, len(files) // count)
    ask(base, "I have received your telegram about the preparation of pilot cadres")
    times, first, found, words_seen = [], 0, 0, []
    for path in files[::step][:count]:
        words = paragraphs(path)
        if words is None:
            continue
        text = quotation(words, exact)
        if len(text) > 3000:
            continue
        seconds, answer = ask(base, text)
        times.append(seconds)
        words_seen.append(answer["words"])
        ids = [m["id"] for m in answer["matches"]]
        stem = os.path.splitext(os.path.basename(path))[0]
        first += bool(ids) and ids[0] == stem
        found += stem in ids
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(f"{len(times)} quotations of {min(words_seen)}-{max(words_seen)} words (median {statistics.median(words_seen):.0f}), {'as written' if exact else 'punctuation dropped, one word left out'}")
    print(f"time per request: median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    print(f"the record quoted first: {first}/{len(times)}; among the matches: {found}/{len(times)}")

main()
