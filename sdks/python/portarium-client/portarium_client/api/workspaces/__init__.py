"""Operations tagged \"Workspaces\"."""
