"""Generated documents for the benchmarks: a value stream map, Python and TOML of a given size.

Each is valid in its own language and nearly clean, so that every server spends its time on
analysis rather than on sending hundreds of findings: the map gives 2 hints (a person and a
system nobody uses), the Python 1 finding (an unused import, F401), the TOML none. They have
the same number of lines and roughly the same number of bytes (the benchmarks print both). Each also
says where a one-character edit goes: inside a string literal on a line near the top, so
the edit is of the same kind in all three languages and leaves the document valid.
"""


class Document:
    def __init__(self, text, edit_line, edit_column):
        self.text = text
        self.edit_line = edit_line      # 0-based
        self.edit_column = edit_column  # 0-based, inside a string literal (all text is ASCII)

    @property
    def lines(self):
        return self.text.count("\n")


def _inside_first_string(line_text):
    """The column just after the first character inside the line's first string literal."""
    starts = [index for index in (line_text.find('"'), line_text.find("'")) if index >= 0]
    if not starts:
        raise ValueError(f"no string literal in {line_text!r}")
    column = min(starts)
    while line_text[column] in "\"'":  # past the opening quote (all three of a docstring)
        column += 1
    return column + 1


def vsm_document(lines, name="groot"):
    """A process map in the style of the samples: per step a problem, an idea, an action point
    and a flow arrow, every attribute the checks ask for filled in (an ICT action point says who
    maintains it, V330)."""
    out = ["# Een groot proces, gegenereerd voor de benchmark.",
           f'proces {name} "Een groot proces" {{', '  school: "OBS Benchmark"', "  methode: vsm",
           "  stadium: verandering", "  toestand: huidig", "  nuttig: ja", "",
           '  leverancier vorige "Leraar van vorig jaar" { levert: "overdracht" }',
           '  klant groep "Leerlingen van de groep" { ontvangt: "les" }',
           '  persoon leraar "Groepsleraar"', '  persoon ib "Intern begeleider"',
           '  ict lvs "Leerlingvolgsysteem"', '  ict office "Office"', ""]
    edit_line = len(out)
    n = 0
    while len(out) < lines - 5:
        out += [f'  stap s{n} "Stap {n}: toetsgegevens verzamelen" {{ door: leraar  ict: lvs  tijd: 15min  waarde: ja }}',
                f'  probleem p{n} "Dubbel invoeren {n}" {{ bij: s{n}  fase: uitvoering  aspect: inhoud }}',
                f'  idee i{n} "Koppeling {n}" {{ lost_op: p{n}  categorie: ict  haalbaar: ja }}',
                f'  actie a{n} "Koppeling {n} aanvragen" {{ uit: i{n}  eigenaar: ib  gereed: 2027-03-01  horizon: kort  werkbelasting: lichter  onderhoud: "ib beheert" }}']
        if n > 0:
            out.append(f"  s{n - 1} -> s{n}")
        n += 1
    out.append("}")
    return Document("\n".join(out) + "\n", edit_line, _inside_first_string(out[edit_line]))


def python_document(lines):
    """Functions with a docstring, a comprehension and a dictionary each (about as many bytes
    per line as the map); one unused import."""
    out = ['"""A large module, generated for the benchmark."""', "import os", "import sys", "", ""]
    edit_line = None
    n = 0
    while len(out) < lines - 5:
        out += [f'def collect_results_{n}(pupils, teacher="groepsleraar", period="2026-11"):',
                f'    """Step {n}: collect the test results of every pupil in the group, for the group plan of this period."""',
                f'    results = [os.path.join(str(pupil), f"result_{n}_{{period}}.txt") for pupil in pupils]',
                '    return {"teacher": teacher, "period": period, "results": results}', "", ""]
        if edit_line is None:
            edit_line = len(out) - 5
        n += 1
    return Document("\n".join(out) + "\n", edit_line, _inside_first_string(out[edit_line]))


def toml_document(lines):
    """Tables with strings, a number and an array each (about as many bytes per line as the map)."""
    out = ["[package]", 'name = "groot"', 'description = "A large file, generated for the benchmark."', ""]
    edit_line = 2
    n = 0
    while len(out) < lines:
        out += [f"[section{n}]", f'label = "Stap {n}: toetsgegevens verzamelen uit het leerlingvolgsysteem en het groepsplan schrijven"',
                f'owner = "Intern begeleider van de onderbouw, samen met de leraar van groep {n % 8 + 1}"', f"minutes = {n}",
                'systems = ["leerlingvolgsysteem", "office", "groepsplan", "rooster", "toetskalender"]', ""]
        n += 1
    return Document("\n".join(out[:lines]) + "\n", edit_line, _inside_first_string(out[edit_line]))


def batenlogica_document(name, references):
    """A benefits logic in the thin design-thinking shape of Samples/borgstee: an intent, a
    benefit per theme and per theme a few initiatives, each taken `uit:` an idea of a map in
    another file (`references`: "map.idea" names) — the cross-file references of a workspace."""
    out = [f"# Baten van {name}, gegenereerd voor de benchmark.",
           f'batenlogica {name} "Baten van het programma {name}" {{', '  school: "OBS Benchmark"',
           "  methode: design_thinking", "",
           '  bedoeling visie "Elke leerling krijgt onderwijs dat past, zonder dubbel werk voor de leraar" {',
           '    notitie: "Gegenereerd."', "  }", ""]
    per_theme = 4
    for theme in range(0, max(len(references), 1), per_theme):
        out += [f'  baat baat_{theme} "Minder dubbel werk in thema {theme}" {{',
                f'    omschrijving: "Leraren voeren gegevens één keer in (thema {theme})."', "  }",
                f'  thema thema_{theme} "Thema {theme}: gegevens één keer invoeren" {{',
                f'    omschrijving: "Huidige situatie: gegevens staan in meerdere systemen (thema {theme})."']
        for index, reference in enumerate(references[theme:theme + per_theme]):
            out += [f'    initiatief ini_{theme}_{index} "Initiatief {theme}.{index}: koppeling invoeren" {{',
                    f"      uit: {reference}", "    }"]
        out += ["  }", ""]
    out.append("}")
    return "\n".join(out) + "\n"


def workspace_documents(files, edited, edited_text, lines=(150, 300, 600, 900)):
    """A workspace of `files` files as a school would have it: maps of varied length (cycling
    through `lines`), one file in ten a benefits logic whose initiatives refer to ideas in the
    maps (the edited map among them), and the edited map (`edited`, "name.vsm") itself.
    Returns {relative path: text}; stroom.json is added, as in a real workspace."""
    result = {"stroom.json": "{}\n", edited: edited_text}
    edited_name = edited.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    maps = [(f"kaarten/proces_{index}", lines[index % len(lines)]) for index in range(files - 1 - (files - 1) // 10)]
    for path, length in maps:
        result[path + ".vsm"] = vsm_document(length, name=path.rsplit("/", 1)[-1]).text
    names = [edited_name] + [path.rsplit("/", 1)[-1] for path, _ in maps]
    for index in range(files - 1 - len(maps)):
        references = [f"{names[(index * 7 + k) % len(names)]}.i{k}" for k in range(12)]
        result[f"baten/baten_{index}.batenlogica"] = batenlogica_document(f"baten_{index}", references)
    return result
