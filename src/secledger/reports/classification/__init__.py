"""The classification forms: 定密审批表, 定（解）密工作情况登记簿, 密级变更（解密）通知."""
