"""How fast py3langid tells the language of a short news snippet, against a baseline.

Run: ``PYTHONPATH=. python bench/language_detection.py``. The baseline is ``str.lower`` over
the same snippets in the same process, so the ratio does not depend on the machine; the
absolute time per snippet is printed too. Model loading (once per process) is timed apart.
"""

from __future__ import annotations

import time

from timeline.ingest.language import detect_language

SNIPPETS = [
    "La maire a appelé hier les deux parties au dialogue.",
    "The court rejected the union's appeal on Tuesday.",
    "Das Gericht wies die Klage der Gewerkschaft am Dienstag ab.",
    "Le tribunal de commerce de Saint-Aubin a ordonné samedi la levée du blocage.",
] * 250


def _time(fn) -> float:
    start = time.perf_counter()
    for text in SNIPPETS:
        fn(text)
    return time.perf_counter() - start


def main() -> None:
    """Print load time, time per snippet and the ratio to the baseline."""
    start = time.perf_counter()
    detect_language(SNIPPETS[0], "fr")
    load = time.perf_counter() - start
    baseline = _time(str.lower)
    detect = _time(lambda t: detect_language(t, "fr"))
    per = detect / len(SNIPPETS) * 1000
    print(f"model load {load:.2f} s; {per:.3f} ms per snippet; {detect / baseline:.0f}x str.lower")


if __name__ == "__main__":
    main()
