"""Structural checks of the generated Sublime and Kate grammars (used by tokenize_stroom.py):
they parse, every context they name exists, every regular expression compiles (Oniguruma,
which reads the subset these files use as Sublime and PCRE do), and they hold the same word
lists as the Swift tables and the same scopes as the TextMate grammar."""

import json
import plistlib
import re
import xml.etree.ElementTree as ElementTree

import yaml
from onigurumacffi import compile as compile_regex

VARIABLE = re.compile(r"\{\{(\w+)\}\}")


def scopes_of_textmate(path):
    scopes = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name", "contentName") and isinstance(value, str):
                    scopes.update(value.split())
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(path.read_text(encoding="utf-8")))
    return scopes


def alternation_words(regex):
    """The words of a `(?:a|b|c)` alternation."""
    found = re.fullmatch(r"\(\?:([\w|]+)\)", regex)
    return set(found.group(1).split("|")) if found else None


def compiles(regex, where, failures):
    try:
        compile_regex(regex)
    except Exception as error:  # onigurumacffi raises its own error type
        failures.append(f"{where}: regex does not compile: {error}: {regex}")


def check_sublime(path, words, textmate_scopes, failures):
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key in ("name", "scope", "file_extensions", "variables", "contexts"):
        if key not in document:
            failures.append(f"{path.name}: no {key}")
            return
    if document["scope"] != "source.stroom" or set(document["file_extensions"]) != {"vsm", "batenlogica"}:
        failures.append(f"{path.name}: wrong scope or file extensions")
    variables, contexts = document["variables"], document["contexts"]
    expected = {"map_kinds": words["mapKinds"], "kinds": words["memberKinds"], "units": words["units"],
                "periods": words["periods"], "directive_actions": words["directiveActions"]}
    for name, wanted in expected.items():
        if alternation_words(variables.get(name, "")) != set(wanted):
            failures.append(f"{path.name}: variable {name} is not the Swift list")
    attributes = set().union(*[alternation_words(v) or set() for k, v in variables.items() if k.startswith("attributes")])
    if attributes != set(words["attributes"]):
        failures.append(f"{path.name}: attribute names differ: {sorted(attributes ^ set(words['attributes']))}")
    value_words = set().union(*[alternation_words(v) or set() for k, v in variables.items() if k.startswith("words_")])
    if value_words != set(words["valueWords"]):
        failures.append(f"{path.name}: value words differ: {sorted(value_words ^ set(words['valueWords']))}")

    def expand(regex):
        for _ in range(3):
            regex = VARIABLE.sub(lambda m: variables.get(m.group(1), "{{missing:" + m.group(1) + "}}"), regex)
        return regex

    if "main" not in contexts:
        failures.append(f"{path.name}: no main context")
    for name, rules in contexts.items():
        for rule in rules:
            for key in ("include", "push", "set"):
                if key in rule and rule[key] not in contexts:
                    failures.append(f"{path.name}: {name} names an unknown context {rule[key]}")
            if "match" in rule:
                regex = expand(rule["match"])
                if "{{missing:" in regex:
                    failures.append(f"{path.name}: {name} uses an undefined variable: {rule['match']}")
                compiles(regex, f"{path.name}: {name}", failures)
            scopes = [rule.get("scope"), rule.get("meta_scope")] + list((rule.get("captures") or {}).values())
            for scope in filter(None, scopes):
                if scope not in textmate_scopes:
                    failures.append(f"{path.name}: {name} uses scope {scope}, which the TextMate grammar has not")


def check_sublime_preferences(path, failures):
    """The comment toggle of Sublime Text: `# ` for source.stroom."""
    settings = plistlib.loads(path.read_bytes())
    variables = {v["name"]: v["value"] for v in settings.get("settings", {}).get("shellVariables", [])}
    if settings.get("scope") != "source.stroom" or variables.get("TM_COMMENT_START") != "# ":
        failures.append(f"{path.name}: not the comment start '# ' for source.stroom")


def check_kate(path, words, failures):
    root = ElementTree.parse(path).getroot()
    if root.tag != "language" or root.get("extensions") != "*.vsm;*.batenlogica":
        failures.append(f"{path.name}: not a Kate language for *.vsm;*.batenlogica")
    lists = {element.get("name"): {item.text for item in element.findall("item")}
             for element in root.iter("list")}
    if lists.get("map-kinds") != set(words["mapKinds"]) or lists.get("kinds") != set(words["memberKinds"]):
        failures.append(f"{path.name}: kind lists are not the Swift lists")
    if lists.get("periods") != set(words["periods"]):
        failures.append(f"{path.name}: periods are not the Swift list")
    attributes = set().union(*[v for k, v in lists.items() if k.startswith("attributes")])
    if attributes != set(words["attributes"]):
        failures.append(f"{path.name}: attribute names differ: {sorted(attributes ^ set(words['attributes']))}")
    value_words = set().union(*[v for k, v in lists.items() if k.startswith("words")])
    if value_words != set(words["valueWords"]):
        failures.append(f"{path.name}: value words differ: {sorted(value_words ^ set(words['valueWords']))}")
    contexts = {context.get("name"): context for context in root.iter("context")}
    items = {item.get("name") for item in root.iter("itemData")}

    def known(target):
        return all(part in ("", "#stay") or part.startswith("#pop") and part.strip("#pop") == "" or part in contexts
                   for part in target.split("!"))

    for name, context in contexts.items():
        for key in ("lineEndContext", "fallthroughContext"):
            if context.get(key) and not known(context.get(key)):
                failures.append(f"{path.name}: context {name} goes to unknown {context.get(key)}")
        if context.get("attribute") not in items:
            failures.append(f"{path.name}: context {name} has unknown item {context.get('attribute')}")
        for rule in context:
            target = rule.get("context")
            if target and not known(target):
                failures.append(f"{path.name}: {name}: {rule.tag} goes to unknown context {target}")
            if rule.get("attribute") and rule.get("attribute") not in items:
                failures.append(f"{path.name}: {name}: unknown item {rule.get('attribute')}")
            if rule.tag == "keyword" and rule.get("String") not in lists:
                failures.append(f"{path.name}: {name}: unknown list {rule.get('String')}")
            if rule.tag == "RegExpr":
                compiles(rule.get("String"), f"{path.name}: {name}", failures)
