"""Full against incremental parsing of a 2,000- and a 20,000-line map (Benchmarks/documents.py).

Builds nothing itself: give it the stroom-parse-bench binary (Benchmarks/run.sh parse does).
Three one-character edits per map: inside the label of the first step (a statement directly in
the `proces` block), inside the block of a step in the middle of the map, and in a comment-free
spot near the end (the `->` line before the last `}`).
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import documents  # noqa: E402


def offsets(document):
    text = document.text
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line.encode()) + 1)
    label = starts[document.edit_line] + document.edit_column
    middle_step = next(i for i in range(len(lines) // 2, len(lines)) if lines[i].lstrip().startswith("stap "))
    inside_block = starts[middle_step] + lines[middle_step].index("15min")
    last_arrow = max(i for i, line in enumerate(lines) if "->" in line)
    return {"step-label": label, "step-block-middle": inside_block, "arrow-near-end": starts[last_arrow] + 3}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True, help="path of the stroom-parse-bench binary")
    parser.add_argument("--sizes", default="2000,20000")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        document = documents.vsm_document(size)
        with tempfile.NamedTemporaryFile("w", suffix=".vsm", delete=False) as handle:
            handle.write(document.text)
            path = handle.name
        try:
            rounds = "200" if size <= 5000 else "40"
            edits = [f"{name}:{offset}" for name, offset in offsets(document).items()]
            print(f"== {size}-line map")
            sys.stdout.flush()
            subprocess.run([args.bench, path, rounds, *edits], check=True)
        finally:
            os.unlink(path)


if __name__ == "__main__":
    main()
