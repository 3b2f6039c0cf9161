"""Execute a notebook read from stdin with nbclient and write the executed notebook to stdout.

Usage: python execute_notebook.py WORKING_DIR TIMEOUT_SECONDS < in.ipynb > out.ipynb
The kernel is the one named in the notebook's metadata (tslab, found on JUPYTER_PATH).
Errors in cells are recorded, never raised, so the caller sees every cell. tslab reports a failing cell as text
on stderr rather than as an error output, and aborts the cells queued behind it, so the status of every
execute_reply ("ok", "error", "aborted") is kept in the cell's metadata as `scimlab_status`.
"""
import sys

import nbformat
from nbclient import NotebookClient


def record_status(cell, cell_index, execute_reply):
    cell.metadata["scimlab_status"] = execute_reply["content"]["status"]


def main() -> None:
    working_dir, timeout = sys.argv[1], int(sys.argv[2])
    notebook = nbformat.reads(sys.stdin.read(), as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        allow_errors=True,
        resources={"metadata": {"path": working_dir}},
        on_cell_executed=record_status,
    )
    client.execute()
    sys.stdout.write(nbformat.writes(notebook))


if __name__ == "__main__":
    main()
