"""Classified computers, devices and storage media (涉密计算机和存储介质台账).

- ``items``: register an item, correct its description, raise its level, change its
  责任人, out of service and back, mark for destruction (待销毁) and take it off, void;
- ``lending``: 借用 of removable media with approval and a due date, lend, return;
- ``repair``: 维修 requests with approval, sent and returned, replaced storage registered;
- ``read`` / ``records``: the frozen DTOs, the filtered register, an item's history, the
  loans and repairs, what is still lent out;
- ``printing``: 涉密计算机台账 and 涉密存储介质台账 (PDF, XLSX), 涉密设备维修审批表,
  维修登记簿 and the labels, each with its output event.

Every change of an item's state, 责任人 or level goes through
``services.carriers.transition.transition`` (the media table of ``domain.media``).
"""
