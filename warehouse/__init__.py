"""The DuckDB warehouse: schema, connections, transactional loads and the runs journal."""

from ecarts.warehouse.db import Warehouse, open_warehouse
from ecarts.warehouse.runs import RunRecorder, run_step

__all__ = ["Warehouse", "open_warehouse", "RunRecorder", "run_step"]
