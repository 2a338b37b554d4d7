"""The user's documentation lives in the repository and matches the code: every sheet column and
code in docs/import.md, every count in docs/codebook.md, the example sheet imports cleanly, and
nothing links outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

from wor_desk import codes, counts, importer

ROOT = Path(__file__).resolve().parents[2]


def test_import_doc_lists_every_column_and_every_code():
    doc = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    for col in importer.COLUMNS:
        assert f"`{col}`" in doc, f"column {col} is not in docs/import.md"
    for cl in (*importer.CODE_COLUMNS.values(), codes.REDEN):
        for code in cl.codes():
            assert f"`{code}`" in doc, f"code {code} is not in docs/import.md"


def test_codebook_doc_lists_every_count():
    doc = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    for ind in counts.INDICATORS:
        assert f"| `{ind}` |" in doc, f"{ind} is not in docs/codebook.md"


def test_the_example_sheet_imports_without_errors_or_warnings(desk):
    report = desk.import_sheet(ROOT / "docs" / "voorbeeld-registratie.csv", dry_run=True)
    assert report.errors == [] and report.warnings == []


def test_readme_and_docs_never_point_outside_the_repository():
    for md in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = md.read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/" not in text, md.name
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            assert (md.parent / target).exists(), f"{md.name} links to missing {target}"


def test_messages_point_to_the_docs_not_to_files_the_user_does_not_have():
    from wor_desk.messages import MESSAGES

    for key, pair in MESSAGES.items():
        for text in pair:
            assert "IMPORT.md" not in text and "INDICATORS.md" not in text, key
