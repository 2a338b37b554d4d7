"""`wor-desk kaart ...` end to end on a real profile."""

from datetime import date

from tests.conftest import PASSPHRASE
from wor_desk.cli import main


def _run(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_import_list_check_export_and_gaps_from_the_command_line(
    home, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    assert _run(capsys, "init")[0] == 0
    src = tmp_path / "kaart.csv"
    src.write_text(
        "name,category,neighbourhood,byday,assured_date\nWandelclub,bewegen,Overvecht,TU,2026-01-01\n"
        f"Koor,muziek_cultuur,Zuilen,TH,{date.today().isoformat()}\n",
        encoding="utf-8",
    )
    rc, out, _ = _run(capsys, "kaart", "import", str(src))
    assert (rc, out.strip()) == (0, "2 rijen ingelezen: 2 nieuw, 0 bijgewerkt.")
    rc, out, _ = _run(capsys, "kaart", "lijst", "--verouderd")
    assert "Wandelclub" in out and "Koor" not in out
    rc, out, _ = _run(capsys, "kaart", "lijst", "--dag", "do")
    assert "Koor" in out and "Wandelclub" not in out
    wid = int(
        next(
            line for line in _run(capsys, "kaart", "lijst")[1].splitlines() if "Wandelclub" in line
        ).split()[0]
    )
    assert _run(capsys, "kaart", "gecontroleerd", str(wid))[0] == 0
    assert "Wandelclub" not in _run(capsys, "kaart", "lijst", "--verouderd")[1]
    dest = tmp_path / "uit.csv"
    assert _run(capsys, "kaart", "export", str(dest))[0] == 0
    assert dest.read_text(encoding="utf-8-sig").count("\n") == 3
    rc, _, err = _run(capsys, "kaart", "export", str(dest))
    assert rc == 2 and "bestaat al" in err
    rc, out, _ = _run(
        capsys,
        "kaart",
        "hiaten",
        "--van",
        "2026-01-01",
        "--tot",
        "31-12-2026",
        "--csv",
        str(tmp_path / "hiaten.csv"),
    )
    assert rc == 0 and (tmp_path / "hiaten.csv").read_text().startswith(
        "section,gemeente,wijk,category,measure,value"
    )


def test_a_bad_file_prints_every_bad_row_and_exits_non_zero(home, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    _run(capsys, "init")
    src = tmp_path / "fout.csv"
    src.write_text("name,category,minimum_age\n,bewegen,x\nYoga,yoga,\n", encoding="utf-8")
    rc, out, err = _run(capsys, "kaart", "import", str(src))
    assert rc == 2
    lines = err.splitlines()
    assert lines[0].startswith("wor-desk: 2 rij(en) zijn ongeldig; er is niets geïmporteerd.")
    assert [line.split(":")[0] for line in lines[1:]] == [
        "FOUT rij 2, name",
        "FOUT rij 2, minimum_age",
        "FOUT rij 3, category",
    ]
    assert "Traceback" not in err
