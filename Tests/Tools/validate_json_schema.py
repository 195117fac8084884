"""Validate a JSON document against a JSON Schema (draft 2020-12), e.g. the output of
`stroom check --format json` against docs/stroom-check.schema.json. Also checks that the
document's `$schema` names the schema's `$id`. Prints the problems; exit 1 if any."""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(sys.argv[2], encoding="utf-8") as handle:
        document = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = [f"{'/'.join(map(str, error.path))}: {error.message}" for error in validator.iter_errors(document)]
    if document.get("$schema") != schema.get("$id"):
        problems.append(f"$schema {document.get('$schema')!r} is not the schema's $id {schema.get('$id')!r}")
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
