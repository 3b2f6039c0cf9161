"""Execute a notebook read from stdin with nbclient and write the executed notebook to stdout.

Usage: python execute_notebook.py WORKING_DIR TIMEOUT_SECONDS < in.ipynb > out.ipynb
The kernel is the one named in the notebook's metadata (tslab, found on JUPYTER_PATH).
Errors in cells are recorded in the outputs (allow_errors), never raised, so the caller sees every cell.
"""
import sys

import nbformat
from nbclient import NotebookClient


def main() -> None:
    working_dir, timeout = sys.argv[1], int(sys.argv[2])
    notebook = nbformat.reads(sys.stdin.read(), as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        allow_errors=True,
        resources={"metadata": {"path": working_dir}},
    )
    client.execute()
    sys.stdout.write(nbformat.writes(notebook))


if __name__ == "__main__":
    main()
