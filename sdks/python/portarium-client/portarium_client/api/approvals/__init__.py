"""Operations tagged \"Approvals\"."""
