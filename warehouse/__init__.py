"""The DuckDB warehouse: schema, connections, transactional loads and the runs journal."""
from warehouse.db import Warehouse, open_warehouse
from warehouse.runs import RunRecorder, run_step

__all__ = ["Warehouse", "open_warehouse", "RunRecorder", "run_step"]
