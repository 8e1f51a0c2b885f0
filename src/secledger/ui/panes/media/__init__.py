"""The classified devices and storage media pane (涉密计算机和存储介质台账)."""
