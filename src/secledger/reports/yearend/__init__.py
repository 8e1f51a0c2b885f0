"""reports/yearend: 年度涉密载体管理情况统计表 and 保密自查自评报告."""
