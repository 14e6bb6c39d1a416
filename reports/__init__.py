"""Restitution: the HTML report (``html``, ``svg``), a committee sheet per certification (``committee``),
the capitalisation dossier (``dossier``, ``tables``),
the national merge (``merge``), weekly signals shared with the notebooks (``signals``), and the summary
the CLI prints (``summary``)."""

from ecarts.reports.summary import recent_runs, relation_counts, summary_table, write_report

__all__ = ["write_report", "summary_table", "relation_counts", "recent_runs"]
