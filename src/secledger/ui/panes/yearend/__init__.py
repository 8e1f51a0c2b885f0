"""年度统计与自查自评: the year-end pane (statistics with charts, the self-inspection, 整改)."""
