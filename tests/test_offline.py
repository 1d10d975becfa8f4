"""Nothing downloads: textstat gets its English syllables from the bundled CMU data.

Runs in a fresh interpreter with every socket refused, ``nltk.download``
replaced by a function that fails loudly, and NLTK's data path pointed at an
empty directory, so a machine that happens to have NLTK's cmudict cannot hide
a download.
"""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import socket, sys

    class NoNetwork(Exception):
        pass

    def refuse(*args, **kwargs):
        raise NoNetwork("network access attempted")

    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import nltk
    calls = []
    def fake_download(*args, **kwargs):
        calls.append(args)
        raise NoNetwork("nltk.download called")
    nltk.download = fake_download

    mode = sys.argv[1]
    if mode == "raw":
        # Without credscore, textstat reaches for the download: the test is meaningful.
        import textstat
        try:
            textstat.syllable_count("information")
        except Exception as exc:
            print("RAISED", type(exc).__name__)
        print("CALLS", len(calls))
    else:
        import credscore
        from credscore.features.readability import readability
        r = readability("The committee published its comprehensive evaluation yesterday.")
        report = credscore.score(
            "Officials said the bridge may close next week. The council agreed on Monday."
        )
        from textstat.textstat import textstatistics
        print("SYLLABLES", textstatistics().syllable_count("information"))
        print("FRE", round(r["flesch_reading_ease"], 2))
        print("CALLS", len(calls))
    """
)


def _run(mode, tmp_path):
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_unpatched_textstat_would_download(tmp_path):
    out = _run("raw", tmp_path)
    assert "CALLS 1" in out or "RAISED" in out


def test_credscore_never_downloads(tmp_path):
    out = _run("credscore", tmp_path)
    assert "CALLS 0" in out
    assert "SYLLABLES 4" in out  # in-for-ma-tion, from the CMU dictionary
