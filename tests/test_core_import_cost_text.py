"""Text hygiene with its patterns compiled at first use, not at import: a pasted text loses
its control characters and XML-invalid ones, keeps its line breaks as newlines, and a clean
text comes back as the very same string."""

from __future__ import annotations

import subprocess
import sys

from sus_desktop.core.text import clean_line, clean_text


def test_pasted_text_is_cleaned_and_clean_text_returned_as_is():
    pasted = "Mål\x0bnæste\u2028år\x00 nu\r\nslut\rfin\ud800\ufffe"
    assert clean_text(pasted) == "Mål\nnæste\når nu\nslut\nfin"
    plain = "Elevernes trivsel – «mål» for 2025\nnæste linje"
    assert clean_text(plain) is plain
    assert clean_text("") == ""
    assert clean_line("  Mette \n Kragh\x01 ") == "Mette Kragh"


def test_importing_the_text_module_compiles_no_pattern():
    code = (
        "import sus_desktop.core.text as t; print(t._patterns.cache_info().currsize); "
        "t.clean_text('x'); print(t._patterns.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["0", "1"], out.stderr
