#!/usr/bin/env python3
"""Writes a platform wheel that installs one executable into the environment's scripts folder.

The binary goes to ``<name>-<version>.data/scripts/``, which pip installs into the venv's
``bin`` (``Scripts`` on Windows), so ``stroom`` is on ``PATH`` once the venv is active. No
Python code, no build backend: the wheel format (PEP 427, PEP 491) is a zip with three
metadata files, written here with the standard library only.

    make_wheel.py --name stroom-lang --version 0.1.0 --tag manylinux_2_34_x86_64 \
        --binary dist/linux-x86_64/stroom --readme README.md --license LICENSE \
        --home-url https://… --out dist
"""

import argparse
import base64
import hashlib
import os
import re
import sys
import zipfile

# A fixed time for every entry, so that the same inputs give the same wheel.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def metadata(args, readme: str) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {args.name}",
        f"Version: {args.version}",
        "Summary: Stroom: check value stream maps (.vsm) and benefit logics (.batenlogica); "
        "the stroom command and its language server",
        f"Home-page: {args.home_url}",
        f"Project-URL: Source, {args.home_url}",
        "License: Apache-2.0",
        "Classifier: License :: OSI Approved :: Apache Software License",
        "Classifier: Environment :: Console",
        "Classifier: Natural Language :: Dutch",
        "Classifier: Natural Language :: English",
        "Requires-Python: >=3.8",
        "Description-Content-Type: text/markdown",
    ]
    return "\n".join(lines) + "\n\n" + readme


def wheel_file(tags) -> str:
    lines = ["Wheel-Version: 1.0", "Generator: stroom Packaging/make_wheel.py", "Root-Is-Purelib: false"]
    lines += [f"Tag: py3-none-{tag}" for tag in tags]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for option in ("name", "version", "tag", "readme", "license", "home-url", "out"):
        parser.add_argument("--" + option, required=True)
    # Repeatable: on Windows the Swift runtime DLLs go beside stroom.exe.
    parser.add_argument("--binary", required=True, action="append")
    args = parser.parse_args()

    # PEP 427: the distribution name in file names has `-` (and other runs) as `_`.
    distribution = re.sub(r"[-_.]+", "_", args.name).lower()
    tags = args.tag.split(".")
    for tag in tags:
        if not re.fullmatch(r"[a-z0-9_]+", tag):
            print(f"make_wheel: bad platform tag {tag!r}", file=sys.stderr)
            return 2
    data = f"{distribution}-{args.version}.data"
    info = f"{distribution}-{args.version}.dist-info"

    binaries = []
    for path in args.binary:
        with open(path, "rb") as handle:
            binaries.append((os.path.basename(path), handle.read()))
    with open(args.readme, encoding="utf-8") as handle:
        readme = handle.read()
    with open(args.license, "rb") as handle:
        license_text = handle.read()

    # (path in the wheel, bytes, executable?)
    entries = [(f"{data}/scripts/{name}", content, True) for name, content in binaries]
    entries += [
        (f"{info}/METADATA", metadata(args, readme).encode("utf-8"), False),
        (f"{info}/WHEEL", wheel_file(tags).encode("utf-8"), False),
        (f"{info}/LICENSE", license_text, False),
    ]
    record = "".join(f"{path},{record_hash(content)},{len(content)}\n" for path, content, _ in entries)
    record += f"{info}/RECORD,,\n"
    entries.append((f"{info}/RECORD", record.encode("utf-8"), False))

    os.makedirs(args.out, exist_ok=True)
    wheel_path = os.path.join(args.out, f"{distribution}-{args.version}-py3-none-{args.tag}.whl")
    with zipfile.ZipFile(wheel_path, "w", compression=zipfile.ZIP_DEFLATED) as wheel:
        for path, content, executable in entries:
            entry = zipfile.ZipInfo(path, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            # Unix permissions in the upper half: pip keeps the executable bit of scripts.
            entry.external_attr = ((0o100755 if executable else 0o100644) & 0xFFFF) << 16
            wheel.writestr(entry, content)
    print(wheel_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
