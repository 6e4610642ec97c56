"""Operations tagged \"Policies\"."""
