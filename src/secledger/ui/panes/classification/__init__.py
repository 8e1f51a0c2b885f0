"""定密管理: the classification lifecycle pane, its worklists, dialogs and start-screen counts."""
